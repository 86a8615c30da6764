"""`agentkit replay trajectory.jsonl`: a readable transcript of a recorded run.

``--outputs FILE`` also writes the engine outputs the run received, one JSONL line per engine
request, in the format the replay engine reads: with ``engine: {kind: replay, outputs: FILE}`` the
same task runs again exactly as recorded (a regression test made from a real run).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

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
) -> None:
    """Print the transcript of a run: prompt, steps, thoughts, tool calls and results, the outcome."""
    from rich.console import Console
    from rich.text import Text

    from agentkit.agent import replay_outputs
    from agentkit.cli.live import EventPrinter, shorten
    from agentkit.trajectory import TrajectoryError, read_trajectory

    try:
        recorded = read_trajectory(trajectory)
    except TrajectoryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: {trajectory}: cannot read: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    console = Console(highlight=False)
    header = recorded.header
    names = [tool.get("function", {}).get("name", "?") for tool in header.tools]
    console.print(
        Text(
            f"trajectory {trajectory} · {header.run_id} · agentkit {header.agentkit_version} · revision "
            f"{header.revision} · thinking {'on' if header.thinking else 'off'} · "
            f"{'append-only' if header.append_only else 'template-conformant'}",
            style="bold",
        ),
        soft_wrap=True,
    )
    if header.system_prompt:
        system = header.system_prompt if full else shorten(header.system_prompt, 400)
        console.print(Text.assemble(("system: ", "bold"), (system, "dim")), soft_wrap=True)
    if names:
        console.print(Text(f"tools: {', '.join(names)}", style="dim"), soft_wrap=True)
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
        played = replay_outputs(recorded)
        with outputs.open("w", encoding="utf-8") as out:
            for ids in played:
                out.write(json.dumps({"completion_ids": ids}) + "\n")
        typer.echo(f"wrote {len(played)} engine outputs to {outputs}", err=True)
