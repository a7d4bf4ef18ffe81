"""`python -m np6.spec_diff OLD NEW [options]`."""

from .command import main

raise SystemExit(main())
