"""The `np6` command line (extra `np6[cli]`): batch jobs and look-ups from a shell.

    np6 [--base-url URL] [--api-key-file PATH] [--timeout S] [--json] [--debug] COMMAND ...

The key comes from `NP6_API_KEY` or `--api-key-file` (`--api-key` works but shows in `ps`).
Errors print one line on stderr. Exit codes: 0 success, 1 failure, 2 bad usage, 3 authentication
or permission refused (HTTP 401/403), 4 not found (404), 5 NP6 unreachable or timed out,
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import codecs
import itertools
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

try:
    import typer
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text
except ModuleNotFoundError as missing:  # `pip install np6` installs the script, not typer
    sys.exit(f"np6: the command line needs {missing.name}: pip install 'np6[cli]'")

from ._batching import BatchResult, partial_result
from ._client import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Client
from ._errors import (
    APIConnectionError,
    AuthenticationError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
)
from ._validate import exactly_one
from ._version import __version__

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_NETWORK = 5
EXIT_INTERRUPTED = 130
LOG_ENV = "NP6_LOG"
KEY_FILE_ENV = "NP6_API_KEY_FILE"

_EXIT_CODES = (
    "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 auth refused, 4 not found, 5 network, 130 Ctrl-C."
)
_HELP = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    help="Command line for the NP6 CM REST API.",
    epilog=_EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    context_settings=_HELP,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)
segments_app = typer.Typer(help="Segments and their targets.", no_args_is_help=True)
targets_app = typer.Typer(help="Targets (contacts).", no_args_is_help=True)
spec_app = typer.Typer(help="OpenAPI spec tools.", no_args_is_help=True)
app.add_typer(segments_app, name="segments")
app.add_typer(targets_app, name="targets")
app.add_typer(spec_app, name="spec")

err = Console(stderr=True, soft_wrap=True, highlight=False, markup=False)

# ESC sequences (CSI, OSC, two-byte), then any other C0/C1 control character or DEL.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?|[\x00-\x1f\x7f-\x9f]"
)
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself, not DEL and C1


def inert(text: object) -> str:
    """Text from NP6 (or a file) made safe for a terminal: one line, no control sequences."""
    return _CONTROL.sub(" ", str(text))


@dataclass(frozen=True)
class Settings:
    """The global options, resolved once by the root callback."""

    api_key: str | None
    base_url: str | None
    timeout: float
    json: bool

    def client(self) -> Client:
        if not self.api_key:
            fail(
                f"no API key: set {API_KEY_ENV} or give --api-key-file PATH (before the command)",
                EXIT_AUTH,
            )
        return Client(api_key=self.api_key, base_url=self.base_url, timeout=self.timeout)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"np6 {__version__}")
        raise typer.Exit()


def _read_key_file(path: Path) -> str:
    try:
        key = path.read_text(encoding="utf-8-sig").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(f"cannot read the key file: {exc}") from None
    if not key:
        raise typer.BadParameter(f"{path} is empty")
    return key


def _log_requests() -> None:
    """Request logs on stderr: np6's retries and httpx's request lines, which carry no headers."""
    logging.basicConfig(format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    for name in ("np6", "httpx"):
        logging.getLogger(name).setLevel(logging.DEBUG)


@app.callback()
def root(
    ctx: typer.Context,
    base_url: Annotated[
        str | None,
        typer.Option(
            envvar=BASE_URL_ENV,
            help="API root URL.",
            show_default=DEFAULT_BASE_URL,
        ),
    ] = None,
    api_key_file: Annotated[
        Path | None,
        typer.Option(
            envvar=KEY_FILE_ENV,
            help=f"File holding the API key (else ${API_KEY_ENV}).",
            dir_okay=False,
        ),
    ] = None,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar=API_KEY_ENV,
            help=f"API key. Avoid: other users see it in `ps`; use ${API_KEY_ENV} "
            "or --api-key-file.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds to wait for each answer.")
    ] = DEFAULT_TIMEOUT,
    json_output: Annotated[
        bool, typer.Option("--json", help="Machine output: compact JSON on stdout.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help=f"Log each request on stderr (never the key); or {LOG_ENV}=debug."
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Command line for the NP6 CM REST API."""
    if api_key_file is not None:
        source = ctx.get_parameter_source("api_key")
        if source is not None and source.name == "COMMANDLINE":
            raise typer.BadParameter("give --api-key or --api-key-file, not both")
        api_key = _read_key_file(api_key_file)
    if debug or os.environ.get(LOG_ENV, "").lower() == "debug":
        _log_requests()
    ctx.obj = Settings(api_key=api_key, base_url=base_url, timeout=timeout, json=json_output)


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    assert isinstance(settings, Settings)
    return settings


def exit_code(exc: BaseException) -> int:
    """The documented exit status for an error."""
    if isinstance(exc, AuthenticationError | PermissionDeniedError):
        return EXIT_AUTH
    if isinstance(exc, NotFoundError):
        return EXIT_NOT_FOUND
    if isinstance(exc, APIConnectionError):
        return EXIT_NETWORK
    return EXIT_FAILURE


def fail(message: object, code: int = EXIT_FAILURE) -> NoReturn:
    err.print(Text.assemble(("error: ", "red"), inert(message)))
    raise typer.Exit(code)


@contextmanager
def _reported() -> Iterator[None]:
    """np6, input and file errors as one line and their exit code; Ctrl-C as 130."""
    try:
        yield
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (NP6Error, ValueError, TypeError, OSError) as exc:
        fail(exc, exit_code(exc))


def _dump(settings: Settings, value: Any) -> None:
    """A model, a list of models or plain data as JSON: indented, or one line with --json."""
    if isinstance(value, list):
        value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
    elif hasattr(value, "to_dict"):
        value = value.to_dict()
    text = json.dumps(value, default=str, ensure_ascii=False, indent=None if settings.json else 2)
    typer.echo(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text))


class IdsFile:
    """Ids from a file or stdin ('-'), one per line: UTF-8 with or without a BOM, LF or CRLF,
    blank lines skipped. Reading stops at the first line that is not UTF-8 (`bad_line`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.is_stdin = str(path) == "-"
        self.bad_line: int | None = None

    def __iter__(self) -> Iterator[str]:
        stream = sys.stdin.buffer if self.is_stdin else self.path.open("rb")
        try:
            for number, raw in enumerate(stream, 1):
                line = raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw
                try:
                    text = line.decode("utf-8").strip()
                except UnicodeDecodeError:
                    self.bad_line = number
                    return
                if text:
                    yield text
        finally:
            if not self.is_stdin:
                stream.close()

    def count(self) -> int | None:
        """Non-blank lines, for the progress bar (None for stdin)."""
        if self.is_stdin:
            return None
        with self.path.open("rb") as f:
            return sum(1 for line in f if line.strip())


def write_private(path: Path, lines: Iterable[str]) -> int:
    """Write lines to `path`, mode 0600, refusing to follow a symlink there; how many."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    count = 0
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
        for line in lines:
            f.write(f"{line}\n")
            count += 1
    return count


class _Rate(ProgressColumn):
    """Ids per second over the last seconds."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} ids/s" if speed else "- ids/s")


def _progress() -> Progress:
    return Progress(
        TextColumn("adding targets"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )


@segments_app.command("add-targets")
def segments_add_targets(
    ctx: typer.Context,
    segment_id: Annotated[int, typer.Argument(help="Id of the static segment.")],
    file: Annotated[
        Path, typer.Argument(help="File of target ids or unicity values, one a line, or '-'.")
    ],
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Requests in flight.")] = 4,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue an interrupted or failed run: send only what FILE.journal does not "
            "show as added.",
        ),
    ] = False,
    failed_out: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the ids not added.", show_default="FILE.failed, or stdin.failed"
        ),
    ] = None,
) -> None:
    """Add any number of targets to a segment, 50 per request, with progress, rate and ETA.

    Each acknowledged request is journaled in FILE.journal (removed when every id is added), so
    that --resume after Ctrl-C, a crash or failures sends only the rest. Ctrl-C stops within a
    second, prints the summary and writes the ids not added (failed or never sent) to FILE.failed.
    """
    settings = _settings(ctx)
    ids = IdsFile(file)
    if not ids.is_stdin and not file.is_file():
        fail(f"no such file: {file}")
    journal = None if ids.is_stdin else Path(f"{file}.journal")
    if resume and journal is None:
        fail("--resume needs a FILE: stdin cannot be read twice", EXIT_USAGE)
    if journal is not None and not resume and journal.exists():
        fail(
            f"{journal} holds an earlier run of this job: add --resume to send only what it did "
            "not add, or delete it to start over",
            EXIT_USAGE,
        )
    failed_path = failed_out or Path(f"{'stdin' if ids.is_stdin else file}.failed")
    if failed_path.is_symlink():  # checked before sending anything, so nothing is lost
        fail(f"{failed_path} is a symlink: remove it or choose --failed-out")
    stop: BaseException | None = None
    with _reported():
        total = ids.count()
        with settings.client() as client, _progress() as bar:
            task = bar.add_task("add", total=total)
            try:
                result = client.segments.add_targets(
                    segment_id,
                    ids,
                    concurrency=concurrency,
                    on_progress=lambda p: bar.update(task, completed=p.ids_done + p.skipped),
                    checkpoint=journal,
                )
            except (KeyboardInterrupt, NP6Error, ValueError, TypeError, OSError) as exc:
                partial = partial_result(exc)
                if partial is None:
                    raise
                result, stop = partial, exc
    _finish_add_targets(settings, segment_id, ids, result, stop, failed_path, journal)


def _finish_add_targets(
    settings: Settings,
    segment_id: int,
    ids: IdsFile,
    result: BatchResult,
    stop: BaseException | None,
    failed_path: Path,
    journal: Path | None,
) -> None:
    """The summary (same on success, failure and Ctrl-C), FILE.failed, the journal, the exit."""
    not_added = 0
    if result.failed or result.not_sent_from is not None:
        not_sent = _unsent(ids, result.not_sent_from)
        with _reported():
            not_added = write_private(failed_path, itertools.chain(result.failed_ids, not_sent))
        if not not_added:
            failed_path.unlink()
    failed = len(result.failed_ids)
    # stdin cannot be read again: what was never sent from it is not known
    unknown = ids.is_stdin and result.not_sent_from is not None
    summary = {
        "segment_id": segment_id,
        "sent": result.sent,
        "added": result.added,
        "failed": failed,
        "not_sent": None if unknown else not_added - failed,
        "skipped": result.skipped,
        "duplicates": len(result.duplicates),
        "requests": result.chunks_sent,
        "interrupted": isinstance(stop, KeyboardInterrupt),
        "failed_file": str(failed_path) if not_added else None,
        "stopped_at_line": ids.bad_line,
    }
    if settings.json:
        typer.echo(json.dumps(summary))
    else:
        skipped = f", {result.skipped} added by an earlier run" if result.skipped else ""
        typer.echo(
            f"segment {segment_id}: {result.sent} sent, {result.added} added, {failed} failed, "
            f"{'the rest of stdin' if unknown else not_added - failed} not sent{skipped}, "
            f"{len(result.duplicates)} duplicates ({result.chunks_sent} requests)"
        )
    done = result.ok and stop is None and ids.bad_line is None
    if done:  # nothing left to resume, and an earlier run's list of ids not added is stale
        for leftover in (journal, failed_path):
            if leftover is not None and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)
    elif journal is not None and journal.exists():
        err.print(Text(f"{journal} keeps what was added: --resume sends only the rest"))
    if not_added:
        err.print(Text(f"{not_added} ids not added: written to {failed_path}"))
    if isinstance(stop, KeyboardInterrupt):
        err.print("interrupted")
        raise typer.Exit(EXIT_INTERRUPTED)
    if stop is not None:
        fail(stop, exit_code(stop))
    if ids.bad_line is not None:
        fail(
            f"{ids.path} line {ids.bad_line} is not UTF-8: reading stopped there; the ids "
            "before it were sent as summarised, that line and the rest were not"
        )
    if result.stopped_by is not None:
        fail(f"stopped: {result.stopped_by}", exit_code(result.stopped_by))
    if result.failed:
        first = result.failed[0].error
        fail(f"{failed} ids failed (first error: {first})", exit_code(first))


def _unsent(ids: IdsFile, start: int | None) -> Iterator[str]:
    """The ids from input position `start` on, read again (stdin cannot be: nothing)."""
    if start is None or ids.is_stdin:
        return iter(())
    return itertools.islice(iter(ids), start, None)


@targets_app.command("get")
def targets_get(
    ctx: typer.Context,
    target_id: Annotated[str | None, typer.Argument(help="Target id.")] = None,
    unicity: Annotated[str | None, typer.Option(help="Unicity value.")] = None,
    hash: Annotated[str | None, typer.Option("--hash", help="Hash of the target.")] = None,
) -> None:
    """Print one target as JSON, by id, unicity or hash (exactly one)."""
    settings = _settings(ctx)
    with _reported():
        exactly_one(id=target_id, unicity=unicity, hash=hash)
        with settings.client() as client:
            if target_id is not None:
                _dump(settings, client.targets.get(target_id))
            else:
                _dump(settings, client.targets.find(unicity=unicity, hash=hash))


@targets_app.command("hits")
def targets_hits(
    ctx: typer.Context,
    id: Annotated[str | None, typer.Option(help="Target id.")] = None,
    unicity: Annotated[str | None, typer.Option(help="Unicity value.")] = None,
    hash: Annotated[str | None, typer.Option("--hash", help="Hash of the target.")] = None,
    start: Annotated[str | None, typer.Option(help="ISO date or epoch.")] = None,
    end: Annotated[str | None, typer.Option(help="ISO date or epoch.")] = None,
) -> None:
    """Print the hit events of a target as JSON."""
    settings = _settings(ctx)
    with _reported(), settings.client() as client:
        _dump(settings, client.targets.hits(id, unicity=unicity, hash=hash, start=start, end=end))


@targets_app.command("archives")
def targets_archives(
    ctx: typer.Context,
    target_id: Annotated[str, typer.Argument(help="Target id.")],
) -> None:
    """Print the archived messages sent to a target as JSON."""
    settings = _settings(ctx)
    with _reported(), settings.client() as client:
        _dump(settings, client.archives.for_target(target_id))


# These two commands hand their arguments, -h included, to the argparse parser of the module that
# also runs on its own (`python -m np6.testing`, `scripts/spec_diff.py`): one declaration each.
_FORWARD = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def _forward(ctx: typer.Context, module: str, prog: str) -> NoReturn:
    import importlib

    try:
        main = importlib.import_module(module).main
    except ModuleNotFoundError as exc:
        fail(f"{prog} needs {exc.name}: pip install 'np6[cli]'")
    raise typer.Exit(main(list(ctx.args), prog=prog))


@app.command(
    "fake-server",
    context_settings=_FORWARD,
    add_help_option=False,
    short_help="The fake NP6 on 127.0.0.1: try np6 with no account.",
)
def fake_server(ctx: typer.Context) -> None:
    """Run the fake NP6 on 127.0.0.1 until Ctrl-C: try np6 with no account (-h: options)."""
    _forward(ctx, "np6.testing.__main__", "np6 fake-server")


@spec_app.command(
    "diff",
    context_settings=_FORWARD,
    add_help_option=False,
    short_help="What changed between two OpenAPI specs, and what breaks.",
)
def spec_diff(ctx: typer.Context) -> None:
    """What changed between two OpenAPI specs, and whether it breaks clients (-h: options)."""
    _forward(ctx, "np6.spec_diff", "np6 spec diff")


def main() -> None:
    app(prog_name="np6")


if __name__ == "__main__":
    main()
