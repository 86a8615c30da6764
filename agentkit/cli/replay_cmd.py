"""`agentkit replay trajectory.jsonl`: a readable transcript of a recorded run.

``--outputs FILE`` also writes the engine outputs the run received, one JSONL line per engine
request, in the format the replay engine reads: with ``engine: {kind: replay, outputs: FILE}`` the
same task runs again exactly as recorded (a regression test made from a real run).

``--rerun TASK.yaml`` does that and checks the result: the task runs again on the recorded outputs
(its tools for real) and every step's prompt must be the same tokens as recorded, and the outcome the
same. The first difference is shown decoded. Exit 0 when the run reproduces, 1 when it diverges.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from agentkit.agent.trajectory import Trajectory
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

EXIT_DIVERGED = 1
EXIT_BAD_INPUT = 2


def replay_command(
    trajectory: Annotated[
        Path,
        typer.Argument(metavar="TRAJECTORY.jsonl", help="A trajectory written by a run.", show_default=False),
    ],
    full: Annotated[bool, typer.Option("--full", help="Show thoughts, arguments and results uncut.")] = False,
    outputs: Annotated[
        Path | None,
        typer.Option(
            "--outputs", metavar="FILE", help="Also write the engine outputs as replay-engine JSONL."
        ),
    ] = None,
    rerun: Annotated[
        Path | None,
        typer.Option(
            "--rerun",
            metavar="TASK.yaml",
            help="Run TASK again on the recorded outputs and check it reproduces the run (exit 1 if not).",
        ),
    ] = None,
    var: Annotated[
        list[str] | None,
        typer.Option("--var", "-v", metavar="NAME=VALUE", help="For --rerun: a template value."),
    ] = None,
    run: Annotated[
        str | None,
        typer.Option(
            "--run", metavar="N|ID", help="Which run of a file holding several (default: the last)."
        ),
    ] = None,
) -> None:
    """Print the transcript of a run: prompt, steps, thoughts, tool calls and results, the outcome."""
    from rich.console import Console
    from rich.text import Text

    from agentkit.cli.live import EventPrinter, shorten
    from agentkit.cli.trajectories import open_run

    recorded = open_run(trajectory, run)
    if rerun is not None:
        raise typer.Exit(_rerun(recorded, rerun, var or []))
    console = Console(highlight=False)
    header = recorded.header
    names = [tool.get("function", {}).get("name", "?") for tool in header.tools]
    from agentkit.terminal import sanitize_rich

    console.print(
        sanitize_rich(
            Text(
                f"trajectory {trajectory} · {header.run_id} · agentkit {header.agentkit_version} · revision "
                f"{header.revision} · thinking {'on' if header.thinking else 'off'} · "
                f"{'append-only' if header.append_only else 'template-conformant'}",
                style="bold",
            )
        ),
        soft_wrap=True,
    )
    if header.system_prompt:
        system = header.system_prompt if full else shorten(header.system_prompt, 400)
        console.print(sanitize_rich(Text.assemble(("system: ", "bold"), (system, "dim"))), soft_wrap=True)
    if names:
        console.print(sanitize_rich(Text(f"tools: {', '.join(names)}", style="dim")), soft_wrap=True)
    printer = EventPrinter(console, full=full)
    for event in recorded.events:
        printer.handle(event)
    for line in recorded.torn_lines:
        console.print(Text(f"line {line} was cut off mid-write (the process died); skipped", style="yellow"))
    if not recorded.finished:
        console.print(
            Text(
                "the run did not finish (no run_finished event): Agent.resume(path) continues it",
                style="yellow",
            )
        )
    if outputs is not None:
        count = _write_outputs(recorded, outputs)
        typer.echo(f"wrote {count} engine outputs to {outputs}", err=True)


def _write_outputs(recorded: Trajectory, path: Path) -> int:
    from agentkit.agent.trajectory import replay_outputs

    played = replay_outputs(recorded)
    with path.open("w", encoding="utf-8") as out:
        for ids in played:
            out.write(json.dumps({"completion_ids": ids}) + "\n")
    return len(played)


def _rerun(recorded: Trajectory, task_file: Path, var: list[str]) -> int:
    import tempfile
    from contextlib import aclosing

    import anyio

    from agentkit.cli.run import load_prepared
    from agentkit.task import build_agent, build_engine

    with tempfile.TemporaryDirectory(prefix="agentkit-rerun-") as folder:
        outputs = Path(folder) / "outputs.jsonl"
        _write_outputs(recorded, outputs)
        override = "{kind: replay, outputs: " + json.dumps(str(outputs)) + "}"
        prepared = load_prepared(task_file, var, override)
        agent = build_agent(prepared, build_engine(prepared))
        events: list[Any] = []

        async def main() -> None:
            from agentkit.agent.result import LimitExceeded

            async with aclosing(agent.run_stream(prepared.prompts.prompt)) as stream:
                try:
                    async for event in stream:
                        events.append(event)
                except LimitExceeded:  # limits.on_limit: error; the events are complete
                    pass

        failure = None
        try:
            anyio.run(main)
        except Exception as exc:  # noqa: BLE001 - a rerun that cannot finish has diverged; say why
            failure = f"{type(exc).__name__}: {exc}"
    differences = compare_runs(recorded.events, events, prepared.tokenizer)
    if failure:
        differences.append(f"the rerun failed: {failure}")
    if differences:
        for line in differences:
            typer.echo(f"diverged: {line}")
        return EXIT_DIVERGED
    steps = [event for event in events if event.type == "step_started"]
    tokens = sum(len(event.appended_ids) for event in steps)
    outcome = events[-1].exit_reason.value
    typer.echo(f"reproduced: {len(steps)} steps, {tokens:,} prompt tokens identical, outcome {outcome}")
    return 0


def compare_runs(recorded: Sequence[Any], rerun: Sequence[Any], tokenizer: Gemma4Tokenizer) -> list[str]:
    """What differs between two runs' events: each step's prompt tokens, the step count, the outcome."""
    from agentkit.agent.events import jsonable_output

    before = [event for event in recorded if event.type == "step_started"]
    after = [event for event in rerun if event.type == "step_started"]
    for old, new in zip(before, after, strict=False):
        if (old.keep_tokens, old.appended_ids) != (new.keep_tokens, new.appended_ids):
            return [f"step {old.step}: the prompt differs; " + _first_difference(old, new, tokenizer)]
    problems = []
    if len(before) != len(after):
        problems.append(f"the recording has {len(before)} steps, the rerun {len(after)}")
    ends = [[event for event in events if event.type == "run_finished"] for events in (recorded, rerun)]
    if ends[0] and ends[1]:
        old_end, new_end = ends[0][-1], ends[1][-1]
        if old_end.exit_reason != new_end.exit_reason:
            problems.append(
                f"outcome {old_end.exit_reason.value} was recorded, the rerun ended {new_end.exit_reason.value}"
            )
        elif jsonable_output(old_end.output) != jsonable_output(new_end.output):  # recorded as JSON
            problems.append(f"the output differs: recorded {old_end.output!r}, now {new_end.output!r}")
    return problems


def _first_difference(old: Any, new: Any, tokenizer: Gemma4Tokenizer) -> str:
    if old.keep_tokens != new.keep_tokens:
        return f"it keeps {new.keep_tokens} tokens of the previous sequence, the recording {old.keep_tokens}"
    a, b = old.appended_ids, new.appended_ids
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, at - 8)

    def window(ids: list[int]) -> str:
        return repr(tokenizer.decode(ids[start : at + 12]))

    return (
        f"first difference at appended token {at} (of {len(a)} recorded, {len(b)} now): "
        f"recorded {window(a)}, now {window(b)}"
    )
