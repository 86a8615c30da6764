"""The trajectory: an append-only JSONL log of a run's events, written before acting.

Line 1 is a header (format version, run id, what the run was configured with). Every following
line is one `RunEvent`. Because each event is flushed before the loop acts on it, a crashed or
killed run leaves a log that can be read back, resumed, or replayed through the ReplayEngine.
A torn last line (the process died mid-write) is reported and skipped, never fatal.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from agentkit.agent.events import Completion, RunEvent
from agentkit.gemma4 import tokens

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

    def completions(self) -> list[Completion]:
        return [e for e in self.events if isinstance(e, Completion)]

    @property
    def finished(self) -> bool:
        return any(e.type == "run_finished" for e in self.events)


def read_trajectory(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise TrajectoryError(f"{file}: empty trajectory (no header line)")
    try:
        header = TrajectoryHeader.model_validate_json(lines[0])
    except ValidationError as exc:
        raise TrajectoryError(f"{file}:1: not a trajectory header: {exc.errors()[0]['msg']}") from None
    if header.format_version != FORMAT_VERSION:
        raise TrajectoryError(
            f"{file}:1: trajectory format {header.format_version} is not supported (expected {FORMAT_VERSION})"
        )
    events: list[RunEvent] = []
    torn: list[int] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            events.append(_EVENT_ADAPTER.validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


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
    close = tokens.TOKEN_IDS[tokens.CHANNEL_CLOSE]
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start += length
            if number < len(lengths) - 1:
                start += 1  # the <channel|> agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == close
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs
