"""The `np6` command line (extra `np6[cli]`): batch jobs and look-ups from a shell.

Configuration: `NP6_API_KEY` (or `--api-key`) and `--base-url`. Errors print one line and exit
non-zero: 1 for an API or input error, 2 for bad usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ._client import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, Client
from ._errors import NP6Error
from ._validate import exactly_one

app = typer.Typer(help="Command line for the NP6 CM REST API.", no_args_is_help=True)
segments_app = typer.Typer(help="Segments and their targets.", no_args_is_help=True)
targets_app = typer.Typer(help="Targets (contacts).", no_args_is_help=True)
app.add_typer(segments_app, name="segments")
app.add_typer(targets_app, name="targets")
spec_app = typer.Typer(help="OpenAPI spec tools.", no_args_is_help=True)
app.add_typer(spec_app, name="spec")

err = Console(stderr=True, soft_wrap=True)
out = Console()

ApiKey = Annotated[
    str | None,
    typer.Option("--api-key", envvar=API_KEY_ENV, help="NP6 API key.", show_default=False),
]
BaseUrl = Annotated[
    str | None,
    typer.Option(
        "--base-url", envvar=BASE_URL_ENV, help=f"API root [default: {DEFAULT_BASE_URL}]."
    ),
]


@contextmanager
def _client(api_key: str | None, base_url: str | None) -> Iterator[Client]:
    """A client, with every np6 or input error turned into one line on stderr and exit 1."""
    try:
        with Client(api_key=api_key, base_url=base_url) as client:
            yield client
    except (NP6Error, ValueError, TypeError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, markup=True)
        raise typer.Exit(1) from None


def _dump(value: Any) -> None:
    if isinstance(value, list):
        value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
    elif hasattr(value, "to_dict"):
        value = value.to_dict()
    out.print_json(json.dumps(value, default=str))


def _lines(path: Path) -> Iterator[str]:
    """Ids from a file (or '-' for stdin), one per line; blank lines are skipped."""
    stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    with stream:
        for line in stream:
            text = line.strip()
            if text:
                yield text


def _count_lines(path: Path) -> int | None:
    if str(path) == "-":
        return None
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


@segments_app.command("add-targets")
def segments_add_targets(
    segment_id: Annotated[int, typer.Argument(help="Id of the static segment.")],
    file: Annotated[Path, typer.Argument(help="File of target ids or unicity values, or '-'.")],
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Requests in flight.")] = 4,
    failed_out: Annotated[
        Path | None,
        typer.Option(help="Where to write ids that failed (default: FILE.failed)."),
    ] = None,
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
) -> None:
    """Add any number of targets to a segment, 50 per request, with a progress bar."""
    if str(file) != "-" and not file.is_file():
        err.print(f"error: no such file: {file}", highlight=False, markup=False)
        raise typer.Exit(1)
    total = _count_lines(file)
    with (
        _client(api_key, base_url) as client,
        Progress(
            TextColumn("adding targets"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("add", total=total)
        result = client.segments.add_targets(
            segment_id,
            _lines(file),
            concurrency=concurrency,
            on_progress=lambda p: bar.update(task, completed=p.ids_done),
        )
    out.print(
        f"segment {segment_id}: {result.added} added, {result.sent} ids in "
        f"{result.chunks_sent} requests, {result.chunks_failed} failed, "
        f"{len(result.duplicates)} duplicates skipped",
        highlight=False,
    )
    if result.failed:
        target = failed_out or Path(f"{file if str(file) != '-' else 'stdin'}.failed")
        target.write_text("".join(f"{i}\n" for i in result.failed_ids), encoding="utf-8")
        first = result.failed[0].error
        err.print(
            f"error: {len(result.failed_ids)} ids not added (first error: {first}); "
            f"written to {target}",
            highlight=False,
            markup=False,
        )
        raise typer.Exit(1)


@targets_app.command("get")
def targets_get(
    target_id: Annotated[str | None, typer.Argument(help="Target id.")] = None,
    unicity: Annotated[str | None, typer.Option(help="Unicity value.")] = None,
    hash: Annotated[str | None, typer.Option("--hash", help="Hash of the target.")] = None,
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
) -> None:
    """Print one target as JSON, by id, unicity or hash (exactly one)."""
    with _client(api_key, base_url) as client:
        exactly_one(id=target_id, unicity=unicity, hash=hash)
        if target_id is not None:
            _dump(client.targets.get(target_id))
        else:
            _dump(client.targets.find(unicity=unicity, hash=hash))


@targets_app.command("hits")
def targets_hits(
    id: Annotated[str | None, typer.Option(help="Target id.")] = None,
    unicity: Annotated[str | None, typer.Option(help="Unicity value.")] = None,
    hash: Annotated[str | None, typer.Option("--hash", help="Hash of the target.")] = None,
    start: Annotated[str | None, typer.Option(help="ISO date or epoch.")] = None,
    end: Annotated[str | None, typer.Option(help="ISO date or epoch.")] = None,
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
) -> None:
    """Print the hit events of a target as JSON."""
    with _client(api_key, base_url) as client:
        _dump(client.targets.hits(id, unicity=unicity, hash=hash, start=start, end=end))


@targets_app.command("archives")
def targets_archives(
    target_id: Annotated[str, typer.Argument(help="Target id.")],
    api_key: ApiKey = None,
    base_url: BaseUrl = None,
) -> None:
    """Print the archived messages sent to a target as JSON."""
    with _client(api_key, base_url) as client:
        _dump(client.archives.for_target(target_id))


@app.command("fake-server")
def fake_server(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 picks a free one).")] = 8066,
    api_key: Annotated[str, typer.Option(help="The X-Key the fake accepts.")] = "test-key",
    seed_demo: Annotated[bool, typer.Option(help="Start with the demo data set.")] = True,
    latency: Annotated[float, typer.Option(help="Seconds added to every request.")] = 0.0,
) -> None:
    """Run the fake NP6 (np6.testing) on 127.0.0.1 until Ctrl-C: try np6 with no account."""
    from .testing.__main__ import main as serve

    argv = ["--port", str(port), "--api-key", api_key, "--latency", str(latency)]
    raise typer.Exit(serve([*argv, "--seed-demo"] if seed_demo else argv))


@spec_app.command(
    "diff",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def spec_diff(ctx: typer.Context) -> None:
    """Diff two OpenAPI specs: OLD NEW [--format text|json|markdown] [--fail-on LEVEL]."""
    from .spec_diff import main as diff_main

    raise typer.Exit(diff_main(list(ctx.args)))


def main() -> None:
    app()
