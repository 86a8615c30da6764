"""`agentkit batch`: many runs of task files on one shared engine (or on a Ray cluster).

    agentkit batch tasks/                         # every task file below tasks/
    agentkit batch 'evals/*.yaml' --out runs/     # a glob
    agentkit batch task.yaml --vars cases.jsonl   # one run per line of variables

Progress goes to stderr (a live bar on a terminal, a line per run otherwise), then a summary table.
Exit codes: 0 every run succeeded; 1 some run failed or hit a limit (``--allow-failures``: 0 as long as
every run finished, whatever its outcome; the results file says which); 2 bad input; 130 interrupted
(the running runs are cancelled, their sandboxes removed; the results so far are kept and a second
invocation resumes).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from agentkit.cli.run import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK

if TYPE_CHECKING:
    from agentkit.batch.items import BatchItem
    from agentkit.batch.runner import BatchOptions


def batch_command(
    tasks: Annotated[
        list[str],
        typer.Argument(
            metavar="TASKS...", help="Task files, folders of task files, or globs.", show_default=False
        ),
    ],
    vars_file: Annotated[
        Path | None,
        typer.Option(
            "--vars",
            metavar="VARS.jsonl",
            help="One run of the (single) task file per JSON line of variables.",
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output folder: results.jsonl and trajectories/.")
    ] = Path("batch-results"),
    max_runs: Annotated[
        int,
        typer.Option("--max-runs", min=1, help="Runs in flight at once (per Ray worker): KV-cache bound."),
    ] = 16,
    max_sandboxes: Annotated[
        int,
        typer.Option(
            "--max-sandboxes", min=1, help="Sandboxes leased at once (per worker): CPU/memory bound."
        ),
    ] = 4,
    warm: Annotated[
        int | None, typer.Option("--warm", min=0, help="Sandboxes kept started ahead of need (default 2).")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine", metavar="KIND|YAML", help="Replace every task's engine section (one engine)."
        ),
    ] = None,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="On resume, run the unsuccessful runs again too.")
    ] = False,
    allow_failures: Annotated[
        bool, typer.Option("--allow-failures", help="Exit 0 when every run finished, even unsuccessfully.")
    ] = False,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="[ADDRESS]",
            help="Run on a Ray cluster, one worker per node: ADDRESS (host:port), or alone (or 'auto') for "
            "RAY_ADDRESS or the local cluster.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress; the summary only.")] = False,
) -> None:
    """Run many tasks on one shared engine; results.jsonl gets one line per run."""
    from agentkit.batch.items import BatchInputError, items_from_paths, items_from_vars
    from agentkit.batch.runner import BatchOptions

    try:
        if vars_file is not None:
            if len(tasks) != 1:
                raise BatchInputError("--vars takes exactly one task file")
            items = items_from_vars(tasks[0], vars_file)
        else:
            items = items_from_paths(tasks)
        options = BatchOptions(
            max_runs=max_runs, max_sandboxes=max_sandboxes, warm_sandboxes=warm, engine=engine
        )
    except (BatchInputError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    code = _run(
        items, options, out, retry_failed=retry_failed, allow_failures=allow_failures, ray=ray, quiet=quiet
    )
    raise typer.Exit(code)


def optional_ray_address(argv: list[str]) -> list[str]:
    """``--ray`` may stand alone: click options take a value, so a bare one becomes ``--ray auto``.

    It is bare when nothing follows, an option follows, or what follows is a task path (a file,
    folder or glob that exists), not an address.
    """
    if "batch" not in argv or "--ray" not in argv:
        return argv
    out = list(argv)
    for index, arg in enumerate(out):
        if arg != "--ray":
            continue
        following = out[index + 1] if index + 1 < len(out) else None
        if following is None or following.startswith("-") or _looks_like_tasks(following):
            out.insert(index + 1, "auto")
        break
    return out


def _looks_like_tasks(arg: str) -> bool:
    import glob

    return Path(arg).exists() or (glob.has_magic(arg) and bool(glob.glob(arg, recursive=True)))


def _run(
    items: list[BatchItem],
    options: BatchOptions,
    out: Path,
    *,
    retry_failed: bool,
    allow_failures: bool,
    ray: str | None,
    quiet: bool,
) -> int:
    import anyio
    from rich.console import Console

    from agentkit.batch.driver import run_batch
    from agentkit.batch.progress import BatchProgress

    progress = BatchProgress(Console(stderr=True, highlight=False), quiet=quiet)
    address: str | bool | None = None if ray is None else (True if ray == "auto" else ray)

    async def main() -> None:
        from contextlib import aclosing

        with progress:
            batch = run_batch(
                items, out_dir=out, options=options, retry_failed=retry_failed, ray=address, observer=progress
            )
            async with aclosing(batch) as records:
                async for _ in records:
                    pass

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        progress.summary()
        typer.echo(
            f"interrupted: running runs cancelled and their sandboxes removed; {progress.done} results "
            f"written to {out / 'results.jsonl'} (run again to resume)",
            err=True,
        )
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get("AGENTKIT_DEBUG"):
            raise
        typer.echo(f"error: the batch failed: {type(exc).__name__}: {exc}", err=True)
        return EXIT_FAILED
    progress.summary()
    typer.echo(f"results: {out / 'results.jsonl'}", err=True)
    finished = progress.done + progress.skipped == progress.total
    if allow_failures:
        return EXIT_OK if finished else EXIT_FAILED
    everything_ok = finished and progress.statuses["succeeded"] == progress.done and _skipped_ok(out, items)
    return EXIT_OK if everything_ok else EXIT_FAILED


def _skipped_ok(out: Path, items: list[BatchItem]) -> bool:
    """The runs skipped on resume count too: every item's recorded status must be success."""
    from agentkit.batch.results import ResultsFile

    records = ResultsFile(out).read()
    return all(item.key in records and records[item.key].ok for item in items)
