"""File operations confined to the workspace: read, write, put and get tar archives.

Every path is resolved (``..`` collapsed, symlinks followed) and refused with PathEscape unless the result
is the workspace or inside it. Files are opened with O_NOFOLLOW after resolution, so a symlink swapped in
afterwards is not followed. Archives are checked member by member before anything is written, and
extracted by hand (no tarfile.extract): no absolute names, no ``..``, no links leading out, no devices.
"""

from __future__ import annotations

import io
import os
import stat
import tarfile

from akr_errors import RunnerError

_OPEN_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def confine(workspace: str, path: str, *, follow_final: bool = True) -> str:
    """The real path of ``path`` (relative to the workspace, or absolute inside it), or PathEscape."""
    if "\0" in path:
        raise RunnerError("BadRequest", f"path {path!r} contains a NUL byte")
    root = os.path.realpath(workspace)
    lexical = os.path.normpath(os.path.join(root, path))
    if not _within(lexical, root):
        raise RunnerError("PathEscape", f"{path!r} is outside the workspace {workspace}")
    if follow_final:
        real = os.path.realpath(lexical)
    else:
        real = os.path.join(os.path.realpath(os.path.dirname(lexical)), os.path.basename(lexical))
    if not _within(real, root):
        raise RunnerError(
            "PathEscape",
            f"{path!r} resolves (through a symlink) to {real}, outside the workspace {workspace}",
        )
    return real


def _human(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def read_file(workspace: str, path: str, max_bytes: int) -> bytes:
    real = confine(workspace, path)
    try:
        fd = os.open(real, os.O_RDONLY | _OPEN_FLAGS)
    except FileNotFoundError:
        raise RunnerError("NotFound", f"{path!r} does not exist in the workspace") from None
    except IsADirectoryError:
        raise RunnerError("BadRequest", f"{path!r} is a directory") from None
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise RunnerError("BadRequest", f"{path!r} is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise RunnerError("BadRequest", f"{path!r} is not a regular file")
        if info.st_size > max_bytes:
            raise RunnerError(
                "FileTooLarge", f"{path!r} is {_human(info.st_size)}, over the {_human(max_bytes)} read cap"
            )
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read it
        raise RunnerError("FileTooLarge", f"{path!r} is over the {_human(max_bytes)} read cap")
    return data


def _make_dirs(workspace: str, real_dir: str, display: str) -> None:
    """Create ``real_dir`` (already confined) one component at a time, re-checking each one."""
    root = os.path.realpath(workspace)
    relative = os.path.relpath(real_dir, root)
    current = root
    if relative == ".":
        return
    for part in relative.split(os.sep):
        current = os.path.join(current, part)
        try:
            os.mkdir(current, 0o755)
        except FileExistsError:
            pass
        resolved = os.path.realpath(current)
        if not _within(resolved, root):
            raise RunnerError("PathEscape", f"{display!r}: {current} leads outside the workspace")
        if not os.path.isdir(resolved):
            raise RunnerError("BadRequest", f"{display!r}: {current} exists and is not a directory")
        current = resolved


def _write_at(real: str, data: bytes, mode: int, display: str) -> None:
    if os.path.islink(real):  # the link was checked by confine(); replace it, never write through it
        os.unlink(real)
    try:
        fd = os.open(real, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _OPEN_FLAGS, mode)
    except IsADirectoryError:
        raise RunnerError("BadRequest", f"{display!r} is a directory") from None
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(real, mode)


def write_file(workspace: str, path: str, data: bytes, max_bytes: int) -> int:
    if len(data) > max_bytes:
        raise RunnerError(
            "FileTooLarge", f"{path!r}: {_human(len(data))} is over the {_human(max_bytes)} cap"
        )
    real = confine(workspace, path)
    _make_dirs(workspace, os.path.dirname(real), path)
    _write_at(real, data, 0o644, path)
    return len(data)


def _member_path(workspace: str, dest: str, name: str) -> str:
    if os.path.isabs(name):
        raise RunnerError("PathEscape", f"archive member {name!r} has an absolute path")
    normalized = os.path.normpath(name)
    if normalized == ".." or normalized.startswith("../"):
        raise RunnerError("PathEscape", f"archive member {name!r} leads outside the destination")
    return confine(workspace, os.path.join(dest, normalized), follow_final=False)


def put_archive(workspace: str, path: str, data: bytes, max_bytes: int) -> int:
    dest = confine(workspace, path)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as archive:
            members = archive.getmembers()
            _check_members(workspace, dest, members, max_bytes)  # a bad archive writes nothing
            _make_dirs(workspace, dest, path)
            _extract_members(workspace, dest, archive, members)
    except tarfile.TarError as exc:
        raise RunnerError("BadRequest", f"put_archive: not a valid tar archive: {exc}") from None
    return len(members)


def _check_members(workspace: str, dest: str, members: list[tarfile.TarInfo], max_bytes: int) -> None:
    total = 0
    root = os.path.realpath(workspace)
    for member in members:
        _member_path(workspace, dest, member.name)
        if member.isfile():
            total += member.size
        elif member.issym():
            target = member.linkname
            base = os.path.dirname(os.path.join(dest, os.path.normpath(member.name)))
            resolved = os.path.normpath(target if os.path.isabs(target) else os.path.join(base, target))
            if not _within(resolved, root):
                raise RunnerError(
                    "PathEscape",
                    f"archive member {member.name!r} is a symlink to {target!r}, outside the workspace",
                )
        elif member.islnk():
            _member_path(workspace, dest, member.linkname)
        elif not member.isdir():
            raise RunnerError("BadRequest", f"archive member {member.name!r} is a device or fifo; refused")
    if total > max_bytes:
        raise RunnerError(
            "FileTooLarge", f"put_archive: {_human(total)} of files, over the {_human(max_bytes)} cap"
        )


def _extract_members(
    workspace: str, dest: str, archive: tarfile.TarFile, members: list[tarfile.TarInfo]
) -> None:
    for member in members:
        # Resolve again now: an earlier member may have created a symlink on this member's way.
        real = _member_path(workspace, dest, member.name)
        mode = member.mode & 0o777
        if member.isdir():
            _make_dirs(workspace, real, member.name)
            os.chmod(real, mode | 0o700)
            continue
        _make_dirs(workspace, os.path.dirname(real), member.name)
        if member.isfile():
            source = archive.extractfile(member)
            assert source is not None
            _write_at(real, source.read(), mode, member.name)
        elif member.issym():
            if os.path.lexists(real):
                os.unlink(real)
            os.symlink(member.linkname, real)
        elif member.islnk():
            target = _member_path(workspace, dest, member.linkname)
            if os.path.lexists(real):
                os.unlink(real)
            os.link(target, real, follow_symlinks=False)


def get_archive(workspace: str, path: str, max_bytes: int) -> bytes:
    real = confine(workspace, path)
    if not os.path.lexists(real):
        raise RunnerError("NotFound", f"{path!r} does not exist in the workspace")
    total = 0
    if os.path.isdir(real):
        for folder, _dirs, files in os.walk(real):
            for name in files:
                try:
                    total += os.lstat(os.path.join(folder, name)).st_size
                except OSError:
                    continue
    else:
        total = os.lstat(real).st_size
    if total > max_bytes:
        raise RunnerError("FileTooLarge", f"{path!r} holds {_human(total)}, over the {_human(max_bytes)} cap")
    buffer = io.BytesIO()
    root = os.path.realpath(workspace)
    arcname = os.path.basename(real) if real != root else "."
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        archive.add(real, arcname=arcname, recursive=True)  # symlinks are stored as links, not followed
    return buffer.getvalue()
