"""File operations confined to the workspace: read, write, put and get tar archives.

Every path is resolved (``..`` collapsed, symlinks followed) and refused with PathEscape unless the result
is the workspace or inside it. The resolved path is then opened one component at a time from a
descriptor of the workspace (``openat`` with O_NOFOLLOW on each): a directory swapped for a symlink
between the check and the open makes the open fail (PathEscape), never lands outside. FIFOs, sockets and
devices are refused: they are opened non-blocking and checked with fstat before any byte moves. Archives are checked member by member before anything is written, and
extracted by hand (no tarfile.extract): no absolute names, no ``..``, no links leading out, no devices.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tarfile

from akr_errors import RunnerError

_OPEN_FLAGS = os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


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


def _raced(display: str, where: str) -> RunnerError:
    return RunnerError(
        "PathEscape",
        f"{display!r}: {where} was replaced by a symlink or a non-directory while in use; refused",
    )


def open_dir_beneath(workspace: str, real_dir: str, display: str, *, create: bool = False) -> int:
    """A descriptor of ``real_dir`` (already confined), reached from the workspace one component at a
    time without following any symlink; with ``create``, missing directories are made on the way."""
    root = os.path.realpath(workspace)
    relative = os.path.relpath(real_dir, root)
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    if relative == ".":
        return fd
    try:
        for part in relative.split(os.sep):
            if part in ("", ".", ".."):
                raise RunnerError("PathEscape", f"{display!r}: unexpected component {part!r}")
            if create:
                try:
                    os.mkdir(part, 0o755, dir_fd=fd)
                except FileExistsError:
                    pass
            try:
                child = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except FileNotFoundError:
                raise RunnerError("NotFound", f"{display!r}: directory {part!r} does not exist") from None
            except (NotADirectoryError, OSError) as exc:
                if isinstance(exc, NotADirectoryError) or exc.errno in (40, 20):  # ELOOP, ENOTDIR
                    raise _raced(display, part) from None
                raise
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_beneath(workspace: str, real: str, flags: int, display: str, mode: int = 0o644) -> int:
    """Open the confined path ``real`` through `open_dir_beneath` and O_NOFOLLOW|O_NONBLOCK on the last
    component; anything but a regular file is refused before it is read or written."""
    parent = open_dir_beneath(workspace, os.path.dirname(real), display, create=bool(flags & os.O_CREAT))
    try:
        try:
            fd = os.open(os.path.basename(real), flags | _OPEN_FLAGS, mode, dir_fd=parent)
        except FileNotFoundError:
            raise RunnerError("NotFound", f"{display!r} does not exist in the workspace") from None
        except IsADirectoryError:
            raise RunnerError("BadRequest", f"{display!r} is a directory") from None
        except OSError as exc:
            if exc.errno == 40:  # ELOOP: the last component became a symlink after the check
                raise _raced(display, os.path.basename(real)) from None
            if exc.errno == 6:  # ENXIO: a FIFO without a reader, opened for writing
                raise RunnerError("BadRequest", f"{display!r} is a FIFO; refused") from None
            raise
    finally:
        os.close(parent)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file (FIFO, socket or device)"
        raise RunnerError("BadRequest", f"{display!r} is {kind}; refused")
    os.set_blocking(fd, True)
    return fd


def read_file(workspace: str, path: str, max_bytes: int) -> bytes:
    real = confine(workspace, path)
    fd = open_beneath(workspace, real, os.O_RDONLY, path)
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if info.st_size > max_bytes:
            raise RunnerError(
                "FileTooLarge", f"{path!r} is {_human(info.st_size)}, over the {_human(max_bytes)} read cap"
            )
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read it
        raise RunnerError("FileTooLarge", f"{path!r} is over the {_human(max_bytes)} read cap")
    return data


def _make_dirs(workspace: str, real_dir: str, display: str) -> None:
    """Create ``real_dir`` (already confined) one component at a time, never through a symlink."""
    os.close(open_dir_beneath(workspace, real_dir, display, create=True))


def _write_at(workspace: str, real: str, data: bytes, mode: int, display: str) -> None:
    parent = open_dir_beneath(workspace, os.path.dirname(real), display, create=True)
    try:
        name = os.path.basename(real)
        try:
            if stat.S_ISLNK(os.lstat(name, dir_fd=parent).st_mode):
                os.unlink(name, dir_fd=parent)  # a link checked by confine(): replace it, never write through
        except FileNotFoundError:
            pass
    finally:
        os.close(parent)
    fd = open_beneath(workspace, real, os.O_WRONLY | os.O_CREAT, display, mode)
    with os.fdopen(fd, "wb") as f:
        f.truncate(0)  # only now: a FIFO or device was refused above without being touched
        f.write(data)
        os.fchmod(f.fileno(), mode)


def write_file(workspace: str, path: str, data: bytes, max_bytes: int) -> int:
    if len(data) > max_bytes:
        raise RunnerError(
            "FileTooLarge", f"{path!r}: {_human(len(data))} is over the {_human(max_bytes)} cap"
        )
    real = confine(workspace, path)
    _make_dirs(workspace, os.path.dirname(real), path)
    _write_at(workspace, real, data, 0o644, path)
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
            fd = open_dir_beneath(workspace, real, member.name, create=True)
            try:
                os.fchmod(fd, mode | 0o700)
            finally:
                os.close(fd)
            continue
        if member.isfile():
            source = archive.extractfile(member)
            assert source is not None
            _write_at(workspace, real, source.read(), mode, member.name)
            continue
        parent = open_dir_beneath(workspace, os.path.dirname(real), member.name, create=True)
        name = os.path.basename(real)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name, dir_fd=parent)
            if member.issym():
                os.symlink(member.linkname, name, dir_fd=parent)
            elif member.islnk():
                target = _member_path(workspace, dest, member.linkname)
                source_fd = open_dir_beneath(workspace, os.path.dirname(target), member.linkname)
                try:
                    os.link(
                        os.path.basename(target),
                        name,
                        src_dir_fd=source_fd,
                        dst_dir_fd=parent,
                        follow_symlinks=False,
                    )
                finally:
                    os.close(source_fd)
        finally:
            os.close(parent)


# Tar headers (PAX records included) on top of the files' bytes: the archive may be this much larger.
ARCHIVE_OVERHEAD = 1 << 20


def _archivable(member: tarfile.TarInfo) -> tarfile.TarInfo | None:
    """Regular files, directories and links only: FIFOs, sockets and devices are left out."""
    return member if member.isfile() or member.isdir() or member.issym() or member.islnk() else None


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
        # Symlinks are stored as links, not followed; the host validates every member again.
        archive.add(real, arcname=arcname, recursive=True, filter=_archivable)
    data = buffer.getvalue()
    if len(data) > max_bytes + ARCHIVE_OVERHEAD:
        raise RunnerError(
            "FileTooLarge", f"{path!r}: the archive is {_human(len(data))}, over the {_human(max_bytes)} cap"
        )
    return data
