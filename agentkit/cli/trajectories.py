"""Reading a trajectory file for a command (``agentkit replay``, ``agentkit run --resume``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from agentkit.agent.trajectory import Trajectory

EXIT_BAD_INPUT = 2


def open_run(path: Path, run: str | None) -> Trajectory:
    """One run of a trajectory file (the last unless ``run`` says), saying which when there are several;
    a file that is not a trajectory exits 2 with the reason."""
    from agentkit.agent.trajectory import TrajectoryError, read_trajectories, read_trajectory

    try:
        runs = read_trajectories(path)
        recorded = read_trajectory(path, run) if run is not None else runs[-1]
    except TrajectoryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: {path}: cannot read: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    if len(runs) > 1:
        number = next(
            n for n, found in enumerate(runs, start=1) if found.header.run_id == recorded.header.run_id
        )
        typer.echo(
            f"note: {path} holds {len(runs)} runs; using run {number} ({recorded.header.run_id}); "
            "--run N or --run ID picks another",
            err=True,
        )
    return recorded
