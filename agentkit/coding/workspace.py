"""The repository as a sandbox workspace: the container config, and the clean-up of what it leaves.

The repository is bind-mounted read-write at the sandbox's workspace path; everything else keeps the
hardened profile (no network, read-only root, no capabilities, limits). The sandbox runs as the uid and
gid of the person running the session, so files it creates are theirs. When that person is root, the
sandbox runs as uid 0 with every capability dropped: it can then write the root-owned repository and
nothing a capability-less process could not. The repository's ``.git`` (hooks and config that run on
the host) and ``.agentkit`` (the project's permission rules and hooks) are mounted read-only on top.

`scrub` removes what must never be left in a repository a person will use on the host: setuid and
setgid bits (a setuid file made by a root sandbox is a root shell), and FIFOs, sockets and devices.
It finds them with one walk of the whole repository (`agentkit.coding.scan`, every entry lstat'ed:
a `chmod u+s` on an old file changes nothing git or a directory's mtime would notice, so no shortcut
through "what changed" is safe), and fixes them through file descriptors, one path component at a time
without following symlinks, because the sandbox can swap a file for a symlink while the scrub runs.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from agentkit.coding.scan import WorkspaceScan, open_directory_beneath, scan_workspace
from agentkit.sandbox.config import MountConfig, SandboxConfig, WorkspaceConfig

PROTECTED_DIRS = (".git", ".agentkit")
_SPECIAL = (stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISBLK, stat.S_ISCHR)


def invoking_user() -> str:
    """``uid:gid`` of this process, the owner files made in the repository must have."""
    return f"{os.getuid()}:{os.getgid()}"


def workspace_sandbox_config(repo: Path, base: SandboxConfig | None = None) -> SandboxConfig:
    """``base`` (the hardened defaults when None) with ``repo`` as its read-write workspace."""
    base = base or SandboxConfig()
    repo = repo.resolve()
    workspace = WorkspaceConfig(kind="bind", host_path=str(repo), path=base.workspace.path)
    mounts = list(base.mounts)
    for name in PROTECTED_DIRS:
        inside = repo / name
        # A `.git` file (a worktree or submodule pointer) is protected too: rewritten, it could point
        # the host's git at a directory the sandbox controls.
        if (inside.is_dir() or inside.is_file()) and not inside.is_symlink():
            target = f"{workspace.path.rstrip('/')}/{name}"
            mounts.append(MountConfig(source=str(inside), target=target, read_only=True))
    settings = base.model_dump()
    settings.update(
        workspace=workspace.model_dump(),
        mounts=[mount.model_dump() for mount in mounts],
        user=invoking_user(),
        root_user_without_capabilities=os.getuid() == 0,
    )
    return SandboxConfig.model_validate(settings)


@dataclass
class ScrubReport:
    """What `scrub` changed: bits cleared (path, old mode) and special files removed (path, kind)."""

    cleared: list[tuple[str, int]] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.cleared or self.removed)

    def describe(self) -> str:
        parts = [f"cleared setuid/setgid on {path} (mode {mode:o})" for path, mode in self.cleared]
        parts += [f"removed {kind} {path}" for path, kind in self.removed]
        return "; ".join(parts)


def find_unsafe(repo: Path, *, scan: WorkspaceScan | None = None) -> set[str]:
    """Relative paths under ``repo`` that are special files or carry setuid/setgid (``.git`` skipped)."""
    return {relative for relative, _ in (scan or scan_workspace(repo)).unsafe}


def scrub(
    repo: Path, *, keep: set[str] | frozenset[str] = frozenset(), scan: WorkspaceScan | None = None
) -> ScrubReport:
    """Clear setuid/setgid bits and remove FIFOs, sockets and devices under ``repo``, except the paths
    in ``keep`` (what the repository had before the session: the user's own files are left alone).

    ``scan``: a walk of ``repo`` just made (the checkpoints' walk can serve); by default, a new one.
    What a walk reports is only a hint: each path is checked again through file descriptors before
    anything changes, so a path swapped for a symlink since the walk is left alone, never followed.
    """
    report = ScrubReport()
    for relative, mode in (scan or scan_workspace(repo)).unsafe:
        if relative in keep:
            continue
        _fix(repo, relative, mode, report)
    return report


def _fix(repo: Path, relative: str, mode: int, report: ScrubReport) -> None:
    parts = Path(relative).parts
    try:
        parent = _open_dir_beneath(repo, parts[:-1])
    except OSError:
        return  # the path changed under us (a component is now a symlink or gone): nothing to fix there
    try:
        name = parts[-1]
        now = os.stat(name, dir_fd=parent, follow_symlinks=False).st_mode
        if any(test(now) for test in _SPECIAL):
            os.unlink(name, dir_fd=parent)
            report.removed.append((relative, _kind(now)))
            return
        if not now & (stat.S_ISUID | stat.S_ISGID) or not (stat.S_ISREG(now) or stat.S_ISDIR(now)):
            return
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        fd = os.open(name, flags, dir_fd=parent)
        try:
            current = os.fstat(fd).st_mode
            os.fchmod(fd, stat.S_IMODE(current) & ~(stat.S_ISUID | stat.S_ISGID))
            report.cleared.append((relative, stat.S_IMODE(current)))
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR):
            raise
    finally:
        os.close(parent)


def _open_dir_beneath(repo: Path, parts: tuple[str, ...]) -> int:
    top = os.open(repo, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        return open_directory_beneath(top, parts)
    finally:
        os.close(top)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"
