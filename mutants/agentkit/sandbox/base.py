"""The Sandbox seam: where code-running tools execute.

Paths given to the file methods are relative to the workspace (or absolute inside it); anything
that resolves outside the workspace is refused with `PathEscape`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class ExecResult:
    exit_code: int
    stdout: str
    stderr: str
    duration_s: float
    timed_out: bool = False
    oom_killed: bool = False
    stdout_truncated: bool = False
    stderr_truncated: bool = False


class SandboxError(RuntimeError):
    """A sandbox operation failed; the message says what and where."""


class SandboxDead(SandboxError):
    """The container went away (killed, crashed, removed) while in use."""


class PathEscape(SandboxError):
    """A path resolves outside the workspace (``..``, absolute path or symlink)."""


class FileTooLarge(SandboxError):
    """A file is larger than the size cap of the operation."""


class SandboxTimeout(SandboxError):
    """``call_python`` ran past its timeout; its process tree was killed."""


class RemoteError(SandboxError):
    """``call_python``: the module could not be imported, or the function raised, inside the sandbox.

    ``stage`` is import, lookup, arguments, call or result; ``type_name`` the remote exception's type.
    """

    def __init__(self, message: str, *, type_name: str, stage: str, traceback: str = "") -> None:
        super().__init__(message)
        self.type_name = type_name
        self.stage = stage
        self.traceback = traceback


@runtime_checkable
class Sandbox(Protocol):
    @property
    def workspace(self) -> str:
        """Absolute path of the workspace inside the sandbox (the only writable place but /tmp)."""
        ...

    async def exec(
        self,
        cmd: str | Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        cwd: str | None = None,
        stdin: bytes | None = None,
    ) -> ExecResult:
        """Run a command (a string runs under ``bash -lc``); the timeout kills the whole process group."""
        ...

    async def call_python(
        self,
        module: str,
        function: str,
        arguments: Mapping[str, Any],
        *,
        timeout: float | None = None,
    ) -> Any:
        """Call ``module.function(**arguments)`` inside the sandbox; arguments and result cross as JSON."""
        ...

    async def read_file(self, path: str, *, max_bytes: int | None = None) -> bytes: ...

    async def write_file(self, path: str, data: bytes | str) -> None: ...

    async def put_archive(self, path: str, data: bytes) -> None: ...

    async def get_archive(self, path: str) -> bytes: ...

    async def close(self) -> None: ...
