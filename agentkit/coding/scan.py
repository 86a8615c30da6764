"""One walk of a workspace: every file's stat, and what must not stay in it.

Both users of the walk need every entry's ``lstat``: the checkpoints compare the stats with those of the
last snapshot so git is only asked about the paths that changed (git's own ``add -A`` would lstat every
file again), and the scrub looks for setuid/setgid bits and FIFOs, sockets and devices. The walk goes
through directory file descriptors (``openat`` with ``O_NOFOLLOW`` one level at a time), so a sandbox
that swaps a directory for a symlink while the walk runs cannot send it outside the workspace; what it
reports is a hint that the scrub checks again before it changes anything.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field

#: A file's identity for change detection: mode, inode, size, mtime and ctime in nanoseconds.
Fingerprint = tuple[int, int, int, int, int]

#: A file whose ctime is this close to the start of the walk that saw it may still change without
#: its stat changing (timestamps come from a coarse clock), so the next comparison treats it as
#: changed, as git treats "racily clean" index entries. Two seconds also covers 2 s timestamp filesystems.
RACY_NS = 2_000_000_000

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_SETID = stat.S_ISUID | stat.S_ISGID


@dataclass
class WorkspaceScan:
    """What one walk saw (the workspace's top-level ``.git`` is not walked).

    ``files``: regular files and symlinks by relative path (``/``-separated), with their fingerprint.
    ``unsafe``: special files, and files or directories carrying setuid/setgid, with their mode.
    ``nested_repositories``: directories below the top that hold a ``.git`` folder or file (git records
    them as gitlinks, which a comparison of files cannot follow).
    """

    started_ns: int
    files: dict[str, Fingerprint] = field(default_factory=dict)
    unsafe: list[tuple[str, int]] = field(default_factory=list)
    nested_repositories: list[str] = field(default_factory=list)

    def changes_since(self, before: WorkspaceScan) -> tuple[list[str], list[str]]:
        """(paths new or possibly changed since ``before``, paths gone since ``before``)."""
        racy_from = before.started_ns - RACY_NS
        old = before.files
        changed = [
            path
            for path, now in self.files.items()
            if (was := old.get(path)) is None or was != now or was[4] >= racy_from
        ]
        gone = [path for path in old if path not in self.files]
        return changed, gone


def scan_workspace(root: str | os.PathLike[str]) -> WorkspaceScan:
    """Walk ``root`` once without following symlinks; unreadable directories are skipped."""
    # One loop, no generator: this runs before every checkpoint and after every changing tool call,
    # over every file of the workspace, so per-entry overhead is what it costs.
    scan = WorkspaceScan(started_ns=time.time_ns())
    files, unsafe = scan.files, scan.unsafe
    is_reg, is_lnk, is_dir = stat.S_ISREG, stat.S_ISLNK, stat.S_ISDIR
    # Depth first with an explicit stack of open directories: one descriptor per level however wide a
    # directory is, each closed once its subdirectories are done.
    stack: list[tuple[int, str, list[str]]] = []
    fd, at = os.open(root, _DIR_FLAGS), ""
    try:
        while fd >= 0:
            subdirs: list[str] = []
            try:
                with os.scandir(fd) as entries:
                    for entry in entries:
                        name = entry.name
                        if not at and name == ".git":
                            continue  # the repository's own git directory: never snapshotted
                        try:
                            st = entry.stat(follow_symlinks=False)
                        except OSError:
                            continue  # gone since the listing
                        mode = st.st_mode
                        if is_reg(mode) or is_lnk(mode):
                            relative = at + name
                            files[relative] = (mode, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                            if mode & _SETID and is_reg(mode):
                                unsafe.append((relative, mode))
                            if name == ".git":  # a submodule's or worktree's pointer file
                                scan.nested_repositories.append(at.rstrip("/"))
                        elif is_dir(mode):
                            subdirs.append(name)
                            if mode & _SETID:
                                unsafe.append((at + name, mode))
                            if name == ".git":
                                scan.nested_repositories.append(at.rstrip("/"))
                        else:  # FIFO, socket, block or character device
                            unsafe.append((at + name, mode))
            except OSError:
                pass  # unreadable: nothing under it is seen (as find(1) and git would skip it)
            stack.append((fd, at, subdirs))
            fd = -1
            while stack and fd < 0:
                parent, parent_at, pending = stack[-1]
                if not pending:
                    os.close(parent)
                    stack.pop()
                    continue
                name = pending.pop()
                try:
                    fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
                    at = f"{parent_at}{name}/"
                except OSError:
                    fd = -1  # swapped for a symlink or removed since the listing: not followed
    finally:
        for parent, _, _ in stack:
            os.close(parent)
        if fd >= 0:
            os.close(fd)
    return scan
