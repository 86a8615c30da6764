"""SandboxConfig: how a sandbox container is built, hardened by default and overridable per task.

The task.yaml loader embeds this model (``sandbox:`` section), so sizes accept Docker-style strings
("512m", "1g") as well as byte counts, and unknown keys are refused with the key's name.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    model_validator,
)

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}

MIN_MEMORY = 32 << 20
# Sockets that hand out control of the host; never mounted into a sandbox, whatever the config says.
DOCKER_SOCKETS = ("/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock")
# Host directories a sandbox never gets, nor any directory that contains one of them: they hold the
# container engine's sockets and data, the kernel's interfaces, devices and the host's credentials.
SYSTEM_DIRS = (
    "/",
    "/run",
    "/var/run",
    "/proc",
    "/sys",
    "/dev",
    "/etc",
    "/boot",
    "/var/lib/docker",
    "/var/lib/containerd",
)
# Inside these nothing is mounted either (a socket, a device node, a process's root, a secret).
SYSTEM_TREES = ("/run", "/var/run", "/proc", "/sys", "/dev", "/etc", "/var/lib/docker", "/var/lib/containerd")


def _is_within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def refuse_host_path(source: str, what: str, extra: tuple[str, ...] = ()) -> None:
    """ValueError if mounting host ``source`` would hand the sandbox a system directory or a socket.

    ``extra`` adds paths found at run time (the Docker data root, DOCKER_HOST's socket)."""
    real = os.path.realpath(source)
    candidates = {os.path.realpath(p) for p in (*SYSTEM_DIRS, *DOCKER_SOCKETS, *extra)} | set(SYSTEM_DIRS)
    for system in sorted(candidates):
        if _is_within(system, real):  # the source is this directory, or contains it
            raise ValueError(
                f"{what} {source!r} (resolves to {real}) is or contains {system}: a sandbox never gets a "
                "container-engine socket, the engine's data or a host system directory; mount a directory of its own"
            )
    for tree in sorted({*SYSTEM_TREES, *(os.path.realpath(t) for t in SYSTEM_TREES), *extra}):
        if _is_within(real, tree):
            raise ValueError(
                f"{what} {source!r} (resolves to {real}) is inside {tree}, which holds sockets, devices or "
                "host secrets; a sandbox never gets it"
            )
    if os.path.basename(real) in ("docker.sock", "containerd.sock") or (
        os.path.exists(real) and stat.S_ISSOCK(os.stat(real).st_mode)
    ):
        raise ValueError(
            f"{what} {source!r} is a socket (a container-engine socket would give the sandbox control of "
            "the host), so it is never mounted"
        )


def forbidden_gids() -> dict[int, str]:
    """Groups a sandbox never runs as: root, and whoever owns the Docker socket (the docker group)."""
    gids = {0: "root"}
    try:
        import grp

        gids[grp.getgrnam("docker").gr_gid] = "the docker group"
    except (KeyError, ImportError):
        pass
    for sock in DOCKER_SOCKETS:
        with contextlib.suppress(OSError):
            gids.setdefault(os.stat(sock).st_gid, f"the group that owns {sock}")
    return gids


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

    kind="tmpfs" (the default): in memory, capped at ``size`` (counts against the memory limit), so
    code in the sandbox cannot fill the host's disk. kind="volume": a Docker volume (``volume`` names one
    to keep; unnamed, a fresh one removed with the container): UNCAPPED, it grows on the host's disk
    (Docker's local volumes have no quota); choose it knowingly. kind="bind": a host directory
    (``host_path``), e.g. the repository a coding agent edits: uncapped too, and never a system directory.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["volume", "bind", "tmpfs"] = "tmpfs"
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
            refuse_host_path(self.host_path, "workspace.host_path")
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
    read_only: StrictBool = True

    @model_validator(mode="after")
    def _check(self) -> MountConfig:
        if not self.target.startswith("/"):
            raise ValueError(f"mount target {self.target!r} must be an absolute path")
        if self.kind == "bind":
            if not os.path.isabs(self.source):
                raise ValueError(f"bind mount source {self.source!r} must be an absolute host path")
            refuse_host_path(self.source, "mount source")
        return self


def check_host_paths(config: SandboxConfig, client: object) -> None:
    """At container creation: refuse mounts of the Docker data root and DOCKER_HOST's socket as the
    daemon reports them (the static checks cover the usual places). Raises SandboxError."""
    from agentkit.sandbox.base import SandboxError

    extra: list[str] = []
    for env_url in (os.environ.get("DOCKER_HOST", ""), getattr(client, "agentkit_base_url", None) or ""):
        if env_url.startswith("unix://"):
            extra.append(env_url[len("unix://") :])
    sources = [m.source for m in config.mounts if m.kind == "bind"]
    if config.workspace.kind == "bind" and config.workspace.host_path:
        sources.append(config.workspace.host_path)
    if not sources:
        return
    try:
        root = client.info().get("DockerRootDir")  # type: ignore[attr-defined]
        if root:
            extra.append(str(root))
    except Exception:  # noqa: BLE001, S110 - the daemon's answer only adds to the static list
        pass
    for source in sources:
        try:
            refuse_host_path(source, "mount source", tuple(extra))
        except ValueError as exc:
            raise SandboxError(str(exc)) from None


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
    # Only `agentkit code` sets this, when the person running it is root: the sandbox then runs as uid 0
    # (still without any capability) so files it makes in their repository are theirs.
    root_user_without_capabilities: StrictBool = False
    read_only_root: StrictBool = True
    timeout: float = Field(default=120.0, gt=0, description="default exec timeout, seconds")
    call_timeout: float = Field(default=120.0, gt=0, description="default call_python timeout, seconds")
    start_timeout: float = Field(default=60.0, gt=0, description="container start + runner hello, seconds")
    request_timeout: float = Field(
        default=60.0, gt=0, description="deadline of a file or control request to the runner, seconds"
    )
    max_output_bytes: ByteSize = 1 << 20
    max_file_bytes: ByteSize = 16 << 20
    labels: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> SandboxConfig:
        if self.memory < MIN_MEMORY:
            raise ValueError(
                f"memory {format_size(self.memory)} (bytes unless suffixed) is too small: the sandbox needs at least 32m"
            )
        uid, _, gid = self.user.partition(":")
        if self.root_user_without_capabilities:
            if os.getuid() != 0:
                raise ValueError(
                    "root_user_without_capabilities is only for a process that is itself root (agentkit code "
                    "run as root)"
                )
        elif uid in ("0", "root"):
            raise ValueError("user: sandboxes never run as root; use an unprivileged uid (default 1000:1000)")
        if not uid.isdigit() or (gid and not gid.isdigit()) or "," in self.user:
            raise ValueError(
                f"user {self.user!r}: give numeric 'uid:gid' (e.g. 1000:1000); names and supplementary "
                "groups are refused, as they could grant a group the host trusts"
            )
        refused = {
            k: v for k, v in forbidden_gids().items() if not (self.root_user_without_capabilities and k == 0)
        }
        if gid and int(gid) in refused:
            raise ValueError(
                f"user {self.user!r}: gid {gid} is {refused[int(gid)]}, which can talk to the host's "
                "container engine; use an unprivileged group (default 1000)"
            )
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
