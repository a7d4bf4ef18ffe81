"""One module per reference section; each is imported on first use of its client attribute."""
