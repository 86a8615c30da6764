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

from agentkit.agent.events import CompletionEvent, RunEvent
from agentkit.gemma4 import THOUGHT_CLOSE

FORMAT_VERSION = 1

_EVENT_ADAPTER: TypeAdapter[RunEvent] = TypeAdapter(RunEvent)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁTrajectoryWriterǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁTrajectoryWriterǁ_open__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTrajectoryWriterǁwrite_header__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTrajectoryWriterǁappend__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTrajectoryWriterǁ_write_line__mutmut: MutantDict = {}  # type: ignore
mutants_xǁTrajectoryWriterǁclose__mutmut: MutantDict = {}  # type: ignore


class TrajectoryWriter:
    """Appends events to a JSONL file; each line is flushed (and fsync'd if asked) before returning."""

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁ__init____mutmut)
    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_orig(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_1(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_2(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_3(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(None)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_4(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=None, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_5(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=None)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_6(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_7(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, )
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_8(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=False, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_9(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=False)
        self._fsync = fsync
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_10(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = None
        self._file: IO[str] | None = None

    def xǁTrajectoryWriterǁ__init____mutmut_11(self, path: str | os.PathLike[str], *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fsync = fsync
        self._file: IO[str] | None = ""

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁ_open__mutmut)
    def _open(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_orig(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_1(self) -> IO[str]:
        if self._file is not None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_2(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(None)
            self._file = self.path.open("a", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_3(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = None
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_4(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open(None, encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_5(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding=None)
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_6(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open(encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_7(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", )
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_8(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("XXaXX", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_9(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("A", encoding="utf-8")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_10(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="XXutf-8XX")
        return self._file

    def xǁTrajectoryWriterǁ_open__mutmut_11(self) -> IO[str]:
        if self._file is None:
            _drop_torn_tail(self.path)
            self._file = self.path.open("a", encoding="UTF-8")
        return self._file

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁwrite_header__mutmut)
    def write_header(self, header: TrajectoryHeader) -> None:
        self._write_line(header.model_dump_json())

    def xǁTrajectoryWriterǁwrite_header__mutmut_orig(self, header: TrajectoryHeader) -> None:
        self._write_line(header.model_dump_json())

    def xǁTrajectoryWriterǁwrite_header__mutmut_1(self, header: TrajectoryHeader) -> None:
        self._write_line(None)

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁappend__mutmut)
    def append(self, event: BaseModel) -> None:
        self._write_line(event.model_dump_json())

    def xǁTrajectoryWriterǁappend__mutmut_orig(self, event: BaseModel) -> None:
        self._write_line(event.model_dump_json())

    def xǁTrajectoryWriterǁappend__mutmut_1(self, event: BaseModel) -> None:
        self._write_line(None)

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁ_write_line__mutmut)
    def _write_line(self, line: str) -> None:
        file = self._open()
        file.write(line + "\n")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_orig(self, line: str) -> None:
        file = self._open()
        file.write(line + "\n")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_1(self, line: str) -> None:
        file = None
        file.write(line + "\n")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_2(self, line: str) -> None:
        file = self._open()
        file.write(None)
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_3(self, line: str) -> None:
        file = self._open()
        file.write(line - "\n")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_4(self, line: str) -> None:
        file = self._open()
        file.write(line + "XX\nXX")
        file.flush()
        if self._fsync:
            os.fsync(file.fileno())

    def xǁTrajectoryWriterǁ_write_line__mutmut_5(self, line: str) -> None:
        file = self._open()
        file.write(line + "\n")
        file.flush()
        if self._fsync:
            os.fsync(None)

    @_mutmut_mutated(mutants_xǁTrajectoryWriterǁclose__mutmut)
    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def xǁTrajectoryWriterǁclose__mutmut_orig(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def xǁTrajectoryWriterǁclose__mutmut_1(self) -> None:
        if self._file is None:
            self._file.close()
            self._file = None

    def xǁTrajectoryWriterǁclose__mutmut_2(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = ""

mutants_xǁTrajectoryWriterǁ__init____mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_2'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_3'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_4'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_5'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_6'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_7'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_8'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_9'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_10'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ__init____mutmut['xǁTrajectoryWriterǁ__init____mutmut_11'] = TrajectoryWriter.xǁTrajectoryWriterǁ__init____mutmut_11 # type: ignore # mutmut generated

mutants_xǁTrajectoryWriterǁ_open__mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_2'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_3'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_4'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_5'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_6'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_7'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_8'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_9'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_10'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_open__mutmut['xǁTrajectoryWriterǁ_open__mutmut_11'] = TrajectoryWriter.xǁTrajectoryWriterǁ_open__mutmut_11 # type: ignore # mutmut generated

mutants_xǁTrajectoryWriterǁwrite_header__mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁwrite_header__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁwrite_header__mutmut['xǁTrajectoryWriterǁwrite_header__mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁwrite_header__mutmut_1 # type: ignore # mutmut generated

mutants_xǁTrajectoryWriterǁappend__mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁappend__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁappend__mutmut['xǁTrajectoryWriterǁappend__mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁappend__mutmut_1 # type: ignore # mutmut generated

mutants_xǁTrajectoryWriterǁ_write_line__mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_write_line__mutmut['xǁTrajectoryWriterǁ_write_line__mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_write_line__mutmut['xǁTrajectoryWriterǁ_write_line__mutmut_2'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_write_line__mutmut['xǁTrajectoryWriterǁ_write_line__mutmut_3'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_write_line__mutmut['xǁTrajectoryWriterǁ_write_line__mutmut_4'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁ_write_line__mutmut['xǁTrajectoryWriterǁ_write_line__mutmut_5'] = TrajectoryWriter.xǁTrajectoryWriterǁ_write_line__mutmut_5 # type: ignore # mutmut generated

mutants_xǁTrajectoryWriterǁclose__mutmut['_mutmut_orig'] = TrajectoryWriter.xǁTrajectoryWriterǁclose__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁclose__mutmut['xǁTrajectoryWriterǁclose__mutmut_1'] = TrajectoryWriter.xǁTrajectoryWriterǁclose__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTrajectoryWriterǁclose__mutmut['xǁTrajectoryWriterǁclose__mutmut_2'] = TrajectoryWriter.xǁTrajectoryWriterǁclose__mutmut_2 # type: ignore # mutmut generated


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
mutants_x_read_trajectory__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_trajectory__mutmut)
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


def x_read_trajectory__mutmut_orig(path: str | os.PathLike[str]) -> Trajectory:
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


def x_read_trajectory__mutmut_1(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = None
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


def x_read_trajectory__mutmut_2(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(None)
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


def x_read_trajectory__mutmut_3(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if file.is_file():
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


def x_read_trajectory__mutmut_4(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(None)
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


def x_read_trajectory__mutmut_5(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = None
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


def x_read_trajectory__mutmut_6(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding=None).splitlines()
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


def x_read_trajectory__mutmut_7(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="XXutf-8XX").splitlines()
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


def x_read_trajectory__mutmut_8(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="UTF-8").splitlines()
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


def x_read_trajectory__mutmut_9(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if lines:
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


def x_read_trajectory__mutmut_10(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise TrajectoryError(None)
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


def x_read_trajectory__mutmut_11(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise TrajectoryError(f"{file}: empty trajectory (no header line)")
    try:
        header = None
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


def x_read_trajectory__mutmut_12(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise TrajectoryError(f"{file}: empty trajectory (no header line)")
    try:
        header = TrajectoryHeader.model_validate_json(None)
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


def x_read_trajectory__mutmut_13(path: str | os.PathLike[str]) -> Trajectory:
    """Read a trajectory file. A torn final line is skipped and recorded in ``torn_lines``."""
    file = Path(path)
    if not file.is_file():
        raise TrajectoryError(f"{file}: no such trajectory file")
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        raise TrajectoryError(f"{file}: empty trajectory (no header line)")
    try:
        header = TrajectoryHeader.model_validate_json(lines[1])
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


def x_read_trajectory__mutmut_14(path: str | os.PathLike[str]) -> Trajectory:
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
        raise TrajectoryError(None) from None
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


def x_read_trajectory__mutmut_15(path: str | os.PathLike[str]) -> Trajectory:
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
        raise TrajectoryError(f"{file}:1: not a trajectory header: {exc.errors()[1]['msg']}") from None
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


def x_read_trajectory__mutmut_16(path: str | os.PathLike[str]) -> Trajectory:
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
        raise TrajectoryError(f"{file}:1: not a trajectory header: {exc.errors()[0]['XXmsgXX']}") from None
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


def x_read_trajectory__mutmut_17(path: str | os.PathLike[str]) -> Trajectory:
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
        raise TrajectoryError(f"{file}:1: not a trajectory header: {exc.errors()[0]['MSG']}") from None
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


def x_read_trajectory__mutmut_18(path: str | os.PathLike[str]) -> Trajectory:
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
    if header.format_version == FORMAT_VERSION:
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


def x_read_trajectory__mutmut_19(path: str | os.PathLike[str]) -> Trajectory:
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
            None
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


def x_read_trajectory__mutmut_20(path: str | os.PathLike[str]) -> Trajectory:
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
    events: list[RunEvent] = None
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


def x_read_trajectory__mutmut_21(path: str | os.PathLike[str]) -> Trajectory:
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
    torn: list[int] = None
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


def x_read_trajectory__mutmut_22(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(None, start=2):
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


def x_read_trajectory__mutmut_23(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(lines[1:], start=None):
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


def x_read_trajectory__mutmut_24(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(start=2):
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


def x_read_trajectory__mutmut_25(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(lines[1:], ):
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


def x_read_trajectory__mutmut_26(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(lines[2:], start=2):
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


def x_read_trajectory__mutmut_27(path: str | os.PathLike[str]) -> Trajectory:
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
    for number, line in enumerate(lines[1:], start=3):
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


def x_read_trajectory__mutmut_28(path: str | os.PathLike[str]) -> Trajectory:
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
        if line.strip():
            continue
        try:
            events.append(_EVENT_ADAPTER.validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_29(path: str | os.PathLike[str]) -> Trajectory:
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
            break
        try:
            events.append(_EVENT_ADAPTER.validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_30(path: str | os.PathLike[str]) -> Trajectory:
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
            events.append(None)
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_31(path: str | os.PathLike[str]) -> Trajectory:
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
            events.append(_EVENT_ADAPTER.validate_json(None))
        except ValidationError as exc:
            if number == len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_32(path: str | os.PathLike[str]) -> Trajectory:
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
            if number == len(lines) or not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_33(path: str | os.PathLike[str]) -> Trajectory:
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
            if number != len(lines) and not _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_34(path: str | os.PathLike[str]) -> Trajectory:
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
            if number == len(lines) and _is_complete_json(line):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_35(path: str | os.PathLike[str]) -> Trajectory:
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
            if number == len(lines) and not _is_complete_json(None):
                torn.append(number)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_36(path: str | os.PathLike[str]) -> Trajectory:
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
                torn.append(None)  # the writer died mid-line: everything before it is intact
                continue
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_37(path: str | os.PathLike[str]) -> Trajectory:
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
                break
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_38(path: str | os.PathLike[str]) -> Trajectory:
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
            raise TrajectoryError(None) from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_39(path: str | os.PathLike[str]) -> Trajectory:
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
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[1]['msg']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_40(path: str | os.PathLike[str]) -> Trajectory:
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
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['XXmsgXX']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_41(path: str | os.PathLike[str]) -> Trajectory:
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
            raise TrajectoryError(f"{file}:{number}: not a run event: {exc.errors()[0]['MSG']}") from None
    return Trajectory(header=header, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_42(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=None, events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_43(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, events=None, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_44(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, events=events, path=None, torn_lines=torn)


def x_read_trajectory__mutmut_45(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, events=events, path=file, torn_lines=None)


def x_read_trajectory__mutmut_46(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(events=events, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_47(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, path=file, torn_lines=torn)


def x_read_trajectory__mutmut_48(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, events=events, torn_lines=torn)


def x_read_trajectory__mutmut_49(path: str | os.PathLike[str]) -> Trajectory:
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
    return Trajectory(header=header, events=events, path=file, )

mutants_x_read_trajectory__mutmut['_mutmut_orig'] = x_read_trajectory__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_1'] = x_read_trajectory__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_2'] = x_read_trajectory__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_3'] = x_read_trajectory__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_4'] = x_read_trajectory__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_5'] = x_read_trajectory__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_6'] = x_read_trajectory__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_7'] = x_read_trajectory__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_8'] = x_read_trajectory__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_9'] = x_read_trajectory__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_10'] = x_read_trajectory__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_11'] = x_read_trajectory__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_12'] = x_read_trajectory__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_13'] = x_read_trajectory__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_14'] = x_read_trajectory__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_15'] = x_read_trajectory__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_16'] = x_read_trajectory__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_17'] = x_read_trajectory__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_18'] = x_read_trajectory__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_19'] = x_read_trajectory__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_20'] = x_read_trajectory__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_21'] = x_read_trajectory__mutmut_21 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_22'] = x_read_trajectory__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_23'] = x_read_trajectory__mutmut_23 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_24'] = x_read_trajectory__mutmut_24 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_25'] = x_read_trajectory__mutmut_25 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_26'] = x_read_trajectory__mutmut_26 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_27'] = x_read_trajectory__mutmut_27 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_28'] = x_read_trajectory__mutmut_28 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_29'] = x_read_trajectory__mutmut_29 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_30'] = x_read_trajectory__mutmut_30 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_31'] = x_read_trajectory__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_32'] = x_read_trajectory__mutmut_32 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_33'] = x_read_trajectory__mutmut_33 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_34'] = x_read_trajectory__mutmut_34 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_35'] = x_read_trajectory__mutmut_35 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_36'] = x_read_trajectory__mutmut_36 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_37'] = x_read_trajectory__mutmut_37 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_38'] = x_read_trajectory__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_39'] = x_read_trajectory__mutmut_39 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_40'] = x_read_trajectory__mutmut_40 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_41'] = x_read_trajectory__mutmut_41 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_42'] = x_read_trajectory__mutmut_42 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_43'] = x_read_trajectory__mutmut_43 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_44'] = x_read_trajectory__mutmut_44 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_45'] = x_read_trajectory__mutmut_45 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_46'] = x_read_trajectory__mutmut_46 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_47'] = x_read_trajectory__mutmut_47 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_48'] = x_read_trajectory__mutmut_48 # type: ignore # mutmut generated
mutants_x_read_trajectory__mutmut['x_read_trajectory__mutmut_49'] = x_read_trajectory__mutmut_49 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__drop_torn_tail__mutmut)
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


def x__drop_torn_tail__mutmut_orig(path: Path) -> None:
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


def x__drop_torn_tail__mutmut_1(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if path.is_file():
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


def x__drop_torn_tail__mutmut_2(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open(None) as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_3(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("XXrb+XX") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_4(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("RB+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_5(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = None
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_6(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(None, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_7(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, None)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_8(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_9(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, )
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_10(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(1, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_11(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size != 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_12(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 1:
            return
        file.seek(size - 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_13(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(None)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_14(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size + 1)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_15(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 2)
        if file.read(1) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_16(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(None) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_17(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(2) == b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_18(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) != b"\n":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_19(path: Path) -> None:
    """Cut a partial last line (the writer died mid-line) so appended events start on a line of their own."""
    if not path.is_file():
        return
    with path.open("rb+") as file:
        size = file.seek(0, os.SEEK_END)
        if size == 0:
            return
        file.seek(size - 1)
        if file.read(1) == b"XX\nXX":
            return
        file.seek(0)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_20(path: Path) -> None:
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
        file.seek(None)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_21(path: Path) -> None:
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
        file.seek(1)
        file.truncate(file.read().rfind(b"\n") + 1)


def x__drop_torn_tail__mutmut_22(path: Path) -> None:
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
        file.truncate(None)


def x__drop_torn_tail__mutmut_23(path: Path) -> None:
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
        file.truncate(file.read().rfind(b"\n") - 1)


def x__drop_torn_tail__mutmut_24(path: Path) -> None:
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
        file.truncate(file.read().rfind(None) + 1)


def x__drop_torn_tail__mutmut_25(path: Path) -> None:
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
        file.truncate(file.read().find(b"\n") + 1)


def x__drop_torn_tail__mutmut_26(path: Path) -> None:
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
        file.truncate(file.read().rfind(b"XX\nXX") + 1)


def x__drop_torn_tail__mutmut_27(path: Path) -> None:
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
        file.truncate(file.read().rfind(b"\n") + 2)

mutants_x__drop_torn_tail__mutmut['_mutmut_orig'] = x__drop_torn_tail__mutmut_orig # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_1'] = x__drop_torn_tail__mutmut_1 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_2'] = x__drop_torn_tail__mutmut_2 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_3'] = x__drop_torn_tail__mutmut_3 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_4'] = x__drop_torn_tail__mutmut_4 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_5'] = x__drop_torn_tail__mutmut_5 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_6'] = x__drop_torn_tail__mutmut_6 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_7'] = x__drop_torn_tail__mutmut_7 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_8'] = x__drop_torn_tail__mutmut_8 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_9'] = x__drop_torn_tail__mutmut_9 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_10'] = x__drop_torn_tail__mutmut_10 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_11'] = x__drop_torn_tail__mutmut_11 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_12'] = x__drop_torn_tail__mutmut_12 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_13'] = x__drop_torn_tail__mutmut_13 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_14'] = x__drop_torn_tail__mutmut_14 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_15'] = x__drop_torn_tail__mutmut_15 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_16'] = x__drop_torn_tail__mutmut_16 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_17'] = x__drop_torn_tail__mutmut_17 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_18'] = x__drop_torn_tail__mutmut_18 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_19'] = x__drop_torn_tail__mutmut_19 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_20'] = x__drop_torn_tail__mutmut_20 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_21'] = x__drop_torn_tail__mutmut_21 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_22'] = x__drop_torn_tail__mutmut_22 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_23'] = x__drop_torn_tail__mutmut_23 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_24'] = x__drop_torn_tail__mutmut_24 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_25'] = x__drop_torn_tail__mutmut_25 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_26'] = x__drop_torn_tail__mutmut_26 # type: ignore # mutmut generated
mutants_x__drop_torn_tail__mutmut['x__drop_torn_tail__mutmut_27'] = x__drop_torn_tail__mutmut_27 # type: ignore # mutmut generated
mutants_x__is_complete_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_complete_json__mutmut)
def _is_complete_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def x__is_complete_json__mutmut_orig(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def x__is_complete_json__mutmut_1(line: str) -> bool:
    try:
        json.loads(None)
    except json.JSONDecodeError:
        return False
    return True


def x__is_complete_json__mutmut_2(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return True
    return True


def x__is_complete_json__mutmut_3(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return False

mutants_x__is_complete_json__mutmut['_mutmut_orig'] = x__is_complete_json__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_complete_json__mutmut['x__is_complete_json__mutmut_1'] = x__is_complete_json__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_complete_json__mutmut['x__is_complete_json__mutmut_2'] = x__is_complete_json__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_complete_json__mutmut['x__is_complete_json__mutmut_3'] = x__is_complete_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_replay_engine_for__mutmut)
def replay_engine_for(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), tokenizer, **options)


def x_replay_engine_for__mutmut_orig(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), tokenizer, **options)


def x_replay_engine_for__mutmut_1(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(None, tokenizer, **options)


def x_replay_engine_for__mutmut_2(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), None, **options)


def x_replay_engine_for__mutmut_3(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(tokenizer, **options)


def x_replay_engine_for__mutmut_4(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), **options)


def x_replay_engine_for__mutmut_5(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(trajectory)), tokenizer, )


def x_replay_engine_for__mutmut_6(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(None), tokenizer, **options)


def x_replay_engine_for__mutmut_7(trajectory: str | Path, tokenizer: Any, **options: Any) -> Any:
    """A ReplayEngine that plays back a trajectory's engine outputs, request by request, so running the
    same agent against it reproduces the run exactly."""
    from agentkit.engines.replay import ReplayEngine

    return ReplayEngine(replay_outputs(read_trajectory(None)), tokenizer, **options)

mutants_x_replay_engine_for__mutmut['_mutmut_orig'] = x_replay_engine_for__mutmut_orig # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_1'] = x_replay_engine_for__mutmut_1 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_2'] = x_replay_engine_for__mutmut_2 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_3'] = x_replay_engine_for__mutmut_3 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_4'] = x_replay_engine_for__mutmut_4 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_5'] = x_replay_engine_for__mutmut_5 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_6'] = x_replay_engine_for__mutmut_6 # type: ignore # mutmut generated
mutants_x_replay_engine_for__mutmut['x_replay_engine_for__mutmut_7'] = x_replay_engine_for__mutmut_7 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_replay_outputs__mutmut)
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


def x_replay_outputs__mutmut_orig(recorded: Trajectory) -> list[list[int]]:
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


def x_replay_outputs__mutmut_1(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = None
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


def x_replay_outputs__mutmut_2(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = None
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


def x_replay_outputs__mutmut_3(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(None)
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


def x_replay_outputs__mutmut_4(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = None
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


def x_replay_outputs__mutmut_5(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths and [len(ids)]
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


def x_replay_outputs__mutmut_6(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = None
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


def x_replay_outputs__mutmut_7(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 1
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


def x_replay_outputs__mutmut_8(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(None):
            segment = ids[start : start + length]
            start += length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_9(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = None
            start += length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_10(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start - length]
            start += length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_11(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start = length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_12(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start -= length
            if number < len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_13(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start += length
            if number <= len(lengths) - 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_14(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start += length
            if number < len(lengths) + 1:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_15(recorded: Trajectory) -> list[list[int]]:
    """Each engine request's output ids (with its stop token) in the order the run made them."""
    outputs: list[list[int]] = []
    for completion in recorded.completions():
        ids = list(completion.completion_ids)
        lengths = completion.request_lengths or [len(ids)]
        start = 0
        for number, length in enumerate(lengths):
            segment = ids[start : start + length]
            start += length
            if number < len(lengths) - 2:
                start += 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_16(recorded: Trajectory) -> list[list[int]]:
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
                start = 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_17(recorded: Trajectory) -> list[list[int]]:
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
                start -= 1  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_18(recorded: Trajectory) -> list[list[int]]:
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
                start += 2  # the thought closer agentkit inserted when the thinking budget ran out
                assert ids[start - 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_19(recorded: Trajectory) -> list[list[int]]:
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
                assert ids[start + 1] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_20(recorded: Trajectory) -> list[list[int]]:
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
                assert ids[start - 2] == THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_21(recorded: Trajectory) -> list[list[int]]:
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
                assert ids[start - 1] != THOUGHT_CLOSE.id
            elif completion.stop_token_id is not None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_22(recorded: Trajectory) -> list[list[int]]:
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
            elif completion.stop_token_id is None:
                segment.append(completion.stop_token_id)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_23(recorded: Trajectory) -> list[list[int]]:
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
                segment.append(None)
            outputs.append(segment)
    return outputs


def x_replay_outputs__mutmut_24(recorded: Trajectory) -> list[list[int]]:
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
            outputs.append(None)
    return outputs

mutants_x_replay_outputs__mutmut['_mutmut_orig'] = x_replay_outputs__mutmut_orig # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_1'] = x_replay_outputs__mutmut_1 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_2'] = x_replay_outputs__mutmut_2 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_3'] = x_replay_outputs__mutmut_3 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_4'] = x_replay_outputs__mutmut_4 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_5'] = x_replay_outputs__mutmut_5 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_6'] = x_replay_outputs__mutmut_6 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_7'] = x_replay_outputs__mutmut_7 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_8'] = x_replay_outputs__mutmut_8 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_9'] = x_replay_outputs__mutmut_9 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_10'] = x_replay_outputs__mutmut_10 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_11'] = x_replay_outputs__mutmut_11 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_12'] = x_replay_outputs__mutmut_12 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_13'] = x_replay_outputs__mutmut_13 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_14'] = x_replay_outputs__mutmut_14 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_15'] = x_replay_outputs__mutmut_15 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_16'] = x_replay_outputs__mutmut_16 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_17'] = x_replay_outputs__mutmut_17 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_18'] = x_replay_outputs__mutmut_18 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_19'] = x_replay_outputs__mutmut_19 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_20'] = x_replay_outputs__mutmut_20 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_21'] = x_replay_outputs__mutmut_21 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_22'] = x_replay_outputs__mutmut_22 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_23'] = x_replay_outputs__mutmut_23 # type: ignore # mutmut generated
mutants_x_replay_outputs__mutmut['x_replay_outputs__mutmut_24'] = x_replay_outputs__mutmut_24 # type: ignore # mutmut generated
