"""The results file of a batch: one JSON line per finished run, appended as each run finishes.

A line is written (and flushed) once a run has finished, whatever its outcome, so the file is always
valid JSONL: a run cut off by Ctrl-C has no line and runs again on resume. A torn last line (the
process was killed while writing it) is dropped when the file is next opened, the way trajectories are.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from pydantic import BaseModel, Field

from agentkit.agent import ExitReason

Status = Literal["succeeded", "limit", "failed"]
RESULTS_FILE = "results.jsonl"
TRAJECTORIES = "trajectories"


class RecordUsage(BaseModel):
    steps: int = 0
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    generated_tokens: int = 0
    tool_calls: int = 0
    failed_tool_calls: int = 0


class RecordTimings(BaseModel):
    started_at: float = Field(description="Unix time the run started (after waiting for its turn).")
    finished_at: float
    duration_s: float
    waited_s: float = Field(0.0, description="Before the run began: loading the task, engine, sandbox slot.")
    engine_s: float = 0.0
    tools_s: float = 0.0


class RunRecord(BaseModel):
    """One run's outcome: one line of ``results.jsonl``."""

    key: str = Field(description="The run's name in the batch: unique, names its trajectory file.")
    task: str | None = None
    vars: dict[str, Any] = {}
    status: Status
    exit_reason: str | None = Field(description="The run's ExitReason; None if it never started.")
    output: Any = None
    error: str | None = None
    usage: RecordUsage = RecordUsage()
    timings: RecordTimings
    run_id: str | None = None
    trajectory: str | None = Field(None, description="Relative to the batch's output folder.")
    node: str | None = Field(None, description="The Ray node that ran it (Ray batches only).")

    @property
    def ok(self) -> bool:
        return self.status == "succeeded"


def status_of(reason: ExitReason) -> Status:
    if reason is ExitReason.FINAL_ANSWER:
        return "succeeded"
    return "limit" if reason.is_limit else "failed"


class ResultsFile:
    """``results.jsonl`` in a batch's output folder: read what is finished, append what finishes."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.path = self.folder / RESULTS_FILE
        self._file: IO[str] | None = None

    def trajectory_path(self, key: str) -> Path:
        return self.folder / TRAJECTORIES / f"{key}.jsonl"

    def read(self) -> dict[str, RunRecord]:
        """The recorded runs by key (a later line for the same key wins: a rerun of a failed run)."""
        records: dict[str, RunRecord] = {}
        if not self.path.is_file():
            return records
        with self.path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.endswith("\n"):
                    break  # a torn tail; dropped when the file is opened for appending
                if not line.strip():
                    continue
                try:
                    record = RunRecord.model_validate_json(line)
                except ValueError as exc:
                    raise ValueError(f"{self.path}:{number}: not a result line: {exc}") from None
                records[record.key] = record
        return records

    def append(self, record: RunRecord) -> None:
        if self._file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="utf-8")
        self._file.write(record.model_dump_json() + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _drop_torn_tail(path: Path) -> None:
    if not path.is_file():
        return
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])


def jsonable(value: Any) -> Any:
    """A run's output as JSON (a Pydantic model becomes its fields)."""
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)


Emit = Callable[[RunRecord], Awaitable[None]]


class BatchObserver(Protocol):
    """What a progress display is told (the CLI's is `agentkit.batch.progress`)."""

    def begin(self, total: int, skipped: int) -> None: ...

    def started(self, key: str) -> None: ...

    def finished(self, record: RunRecord) -> None: ...
