"""SandboxConfig: how a sandbox container is built, hardened by default and overridable per task.

The task.yaml loader embeds this model (``sandbox:`` section), so sizes accept Docker-style strings
("512m", "1g") as well as byte counts, and unknown keys are refused with the key's name.
"""

from __future__ import annotations

import os
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, model_validator

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}

# Sockets that hand out control of the host; never mounted into a sandbox, whatever the config says.
MIN_MEMORY = 32 << 20
DOCKER_SOCKETS = ("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock")


def parse_size(value: object) -> int:
    """``"512m"``, ``"1g"``, ``"64KiB"``, ``"1.5g"`` or an int -> bytes (binary units, as Docker reads them)."""
    if isinstance(value, bool):  # pydantic reports ValueError (not TypeError) as a validation error
        raise ValueError(f"a size must be bytes or a string like '512m', not {value!r}")  # noqa: TRY004
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(f"a size must be positive, got {value}")
        return value
    if isinstance(value, str):
        match = _SIZE_RE.match(value)
        if match:
            number, unit, _ = match.groups()
            size = int(float(number) * _UNITS[unit.lower()])
            if size > 0:
                return size
    raise ValueError(f"cannot read {value!r} as a size: use bytes or a number with k, m, g (e.g. '512m')")


def format_size(size: int) -> str:
    for unit, factor in (("g", 1 << 30), ("m", 1 << 20), ("k", 1 << 10)):
        if size % factor == 0:
            return f"{size // factor}{unit}"
    return str(size)


ByteSize = Annotated[int, BeforeValidator(parse_size), PlainSerializer(format_size, return_type=str)]


class WorkspaceConfig(BaseModel):
    """The workspace: the only writable place besides /tmp.

    kind="volume": a Docker volume (``volume`` names one to keep; unnamed, a fresh one removed with the
    container); kind="bind": a host directory (``host_path``), e.g. the repository a coding agent edits;
    kind="tmpfs": in memory, capped at ``size`` (counts against the memory limit).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["volume", "bind", "tmpfs"] = "volume"
    path: str = "/workspace"
    volume: str | None = None
    host_path: str | None = None
    size: ByteSize = 256 << 20

    @model_validator(mode="after")
    def _check(self) -> WorkspaceConfig:
        if not self.path.startswith("/") or self.path.rstrip("/") in ("", "/tmp", "/proc", "/sys", "/dev"):
            raise ValueError(
                f"workspace.path {self.path!r} must be an absolute path of its own (e.g. /workspace)"
            )
        if self.kind == "bind":
            if not self.host_path:
                raise ValueError("workspace.kind 'bind' needs workspace.host_path (a host directory)")
            if not os.path.isabs(self.host_path):
                raise ValueError(f"workspace.host_path {self.host_path!r} must be an absolute path")
        elif self.host_path is not None:
            raise ValueError(f"workspace.host_path is only for kind 'bind' (kind is {self.kind!r})")
        if self.volume is not None and self.kind != "volume":
            raise ValueError(f"workspace.volume is only for kind 'volume' (kind is {self.kind!r})")
        return self


class MountConfig(BaseModel):
    """An extra mount: a host path (``kind="bind"``) or a named volume, read-only unless stated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str
    target: str
    kind: Literal["bind", "volume"] = "bind"
    read_only: bool = True

    @model_validator(mode="after")
    def _check(self) -> MountConfig:
        if not self.target.startswith("/"):
            raise ValueError(f"mount target {self.target!r} must be an absolute path")
        if self.kind == "bind":
            if not os.path.isabs(self.source):
                raise ValueError(f"bind mount source {self.source!r} must be an absolute host path")
            real = os.path.realpath(self.source)
            if real in DOCKER_SOCKETS or os.path.basename(real) in ("docker.sock", "containerd.sock"):
                raise ValueError(
                    f"mount source {self.source!r} is a container-engine socket: it would give the sandbox "
                    "control of the host, so it is never mounted"
                )
        return self


def _default_image() -> str:
    from agentkit.sandbox.image import default_image

    return default_image()


class SandboxConfig(BaseModel):
    """Everything about one sandbox container. The defaults are the hardened profile."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    image: str = Field(default_factory=_default_image)
    network: Literal["none", "bridge"] = "none"
    memory: ByteSize = 512 << 20
    cpus: float = Field(default=1.0, gt=0, le=64)
    pids_limit: int = Field(default=256, ge=16)
    tmp_size: ByteSize = 64 << 20
    workspace: WorkspaceConfig = WorkspaceConfig()
    mounts: tuple[MountConfig, ...] = ()
    env: dict[str, str] = Field(default_factory=dict)
    user: str = "1000:1000"
    read_only_root: bool = True
    timeout: float = Field(default=120.0, gt=0, description="default exec timeout, seconds")
    call_timeout: float = Field(default=120.0, gt=0, description="default call_python timeout, seconds")
    start_timeout: float = Field(default=60.0, gt=0, description="container start + runner hello, seconds")
    max_output_bytes: ByteSize = 1 << 20
    max_file_bytes: ByteSize = 16 << 20
    labels: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> SandboxConfig:
        if self.memory < MIN_MEMORY:
            raise ValueError(
                f"memory {format_size(self.memory)} (bytes unless suffixed) is too small: the sandbox needs at least 32m"
            )
        if self.user.split(":")[0] in ("0", "root"):
            raise ValueError("user: sandboxes never run as root; use an unprivileged uid (default 1000:1000)")
        for name in self.env:
            if not name or "=" in name or "\0" in name:
                raise ValueError(f"env: {name!r} is not a valid variable name")
        for mount in self.mounts:
            if mount.target.rstrip("/") == self.workspace.path.rstrip("/"):
                raise ValueError(f"mount target {mount.target!r} would hide the workspace")
        for key in self.labels:
            if key.startswith("agentkit."):
                raise ValueError(f"label {key!r}: the agentkit.* namespace is reserved for ownership labels")
        return self
