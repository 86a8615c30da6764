"""The trajectory: an append-only JSONL log of a run's events, written before acting.

Line 1 is a header (format version, run id, what the run was configured with). Every following
line is one `RunEvent`. Because each event is flushed before the loop acts on it, a crashed or
killed run leaves a log that can be read back, resumed, or replayed through the ReplayEngine.
A torn last line (the process died mid-write) is reported and skipped, never fatal.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from agentkit.agent.events import CompletionEvent, RunEvent
from agentkit.gemma4 import THOUGHT_CLOSE

FORMAT_VERSION = 1

_EVENT_ADAPTER: TypeAdapter[RunEvent] = TypeAdapter(RunEvent)


class TrajectoryError(ValueError):
    """A trajectory file cannot be read; the message names the file and line."""


class TrajectoryHeader(BaseModel):
    type: str = "header"
    format_version: int = FORMAT_VERSION
    run_id: str
    agentkit_version: str
    revision: str
    thinking: bool
    system_prompt: str | None = None
    tools: list[dict[str, Any]] = []
    append_only: bool = True
    extra: dict[str, Any] = {}


class TrajectoryWriter:
    """Appends events to a JSONL file; each line is flushed (and fsync'd if asked) before returning."""

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def _open(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def write_header(self, header: TrajectoryHeader) -> None:
        self._write_line(header.model_dump_json())

    def append(self, event: BaseModel) -> None:
        self._write_line(event.model_dump_json())

    def _write_line(self, line: str) -> None:
        file = self._open()
        file.write(line + "\n")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


@dataclass
class Trajectory:
    header: TrajectoryHeader
    events: list[RunEvent]
    path: Path | None = None
    torn_lines: list[int] = field(default_factory=list)

    def completions(self) -> list[CompletionEvent]:
        return [e for e in self.events if isinstance(e, CompletionEvent)]

    @property
    def finished(self) -> bool:
        return any(e.type == "run_finished" for e in self.events)


def read_trajectory(path: str | os.PathLike[str], run: int | str | None = None) -> Trajectory:
    """One run of a trajectory file: the last by default, else ``run`` (its number from 1, or its run id).

    A file may hold several runs (written with ``trajectory_mode: append``): each starts at its header.
    A torn final line is skipped and recorded in ``torn_lines``.
    """
    runs = read_trajectories(path)
    if run is None:
        return runs[-1]
    if isinstance(run, int) or (isinstance(run, str) and run.isdigit()):
        number = int(run)
        if not 1 <= number <= len(runs):
            raise TrajectoryError(f"{path}: there is no run {number}; the file holds {_count(len(runs))}")
        return runs[number - 1]
    for recorded in runs:
        if recorded.header.run_id == run:
            return recorded
    ids = ", ".join(recorded.header.run_id for recorded in runs)
    raise TrajectoryError(f"{path}: no run with id {run!r}; the file holds {_count(len(runs))}: {ids}")


def _count(runs: int) -> str:
    return f"{runs} run{'s' if runs != 1 else ''}"


def read_trajectories(path: str | os.PathLike[str]) -> list[Trajectory]:
    """Every run in a trajectory file, in order. Raises `TrajectoryError` saying plainly what is wrong."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not any(line.strip() for line in lines):
        raise TrajectoryError(f"{file}: empty trajectory (no header line)")
    runs: list[Trajectory] = []
    current: Trajectory | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if current is None or _is_header(line):
            current = Trajectory(header=_header(file, number, line), events=[], path=file)
            runs.append(current)
            continue
        try:
            current.events.append(_EVENT_ADAPTER.validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                current.torn_lines.append(number)  # the writer died mid-line: everything before is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return runs


_HEADER_START = re.compile(r'^\{\s*"type"\s*:\s*"header"')


def _is_header(line: str) -> bool:
    return _HEADER_START.match(line) is not None


def _header(file: Path, number: int, line: str) -> TrajectoryHeader:
    try:
        header = TrajectoryHeader.model_validate_json(line)
    except ValidationError as exc:
        what = "the first line" if number == 1 else f"line {number}"
        raise TrajectoryError(
            f"{file}:{number}: not an agentkit trajectory ({what} should be a run header: "
            f"{exc.errors()[0]['msg']})"
        ) from None
    if header.format_version != FORMAT_VERSION:
        raise TrajectoryError(
            f"{file}:{number}: trajectory format {header.format_version} is not supported "
            f"(expected {FORMAT_VERSION})"
        )
    return header


def fresh_trajectory_path(path: str | os.PathLike[str]) -> Path:
    """``path`` if nothing is there yet, else the first free numbered sibling (``run.2.jsonl``, ...):
    one run per file, so a fixed ``trajectory:`` never mixes runs."""
    first = Path(path)
    if not first.exists():
        return first
    number = 2
    while (candidate := _numbered(first, number)).exists():
        number += 1
    return candidate


def latest_trajectory_path(path: str | os.PathLike[str]) -> Path | None:
    """The newest file `fresh_trajectory_path` made for ``path`` (``--continue``), or None."""
    first = Path(path)
    if not first.exists():
        return None
    number = 2
    while _numbered(first, number).exists():
        number += 1
    return first if number == 2 else _numbered(first, number - 1)


def _numbered(first: Path, number: int) -> Path:
    return first.with_name(f"{first.stem}.{number}{first.suffix}")


def _drop_torn_tail(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def _is_complete_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def replay_engine_for(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), tokenizer, **options)


def replay_outputs(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start += length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs
