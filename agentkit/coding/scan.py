"""One walk of a workspace: every file's stat, and what must not stay in it.

Both users of the walk need every entry's ``lstat``: the checkpoints compare the stats with those of the
last snapshot so git is only asked about the paths that changed (git's own ``add -A`` would lstat every
file again), and the scrub looks for setuid/setgid bits and FIFOs, sockets and devices. The walk goes
through directory file descriptors (``openat`` with ``O_NOFOLLOW`` one level at a time), so a sandbox
that swaps a directory for a symlink while the walk runs cannot send it outside the workspace; what it
reports is a hint that the scrub checks again before it changes anything.

`WorkspaceScanner` keeps a workspace's scan up to date between calls: a full walk the first time, then
(where the kernel offers inotify, see `agentkit.coding.watch`) a new listing of only the directories in
which something happened since, and a full walk again whenever events may have been lost.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from agentkit.coding.watch import WorkspaceWatch

#: A file's identity for change detection: mode, inode, size, mtime and ctime in nanoseconds.
Fingerprint = tuple[int, int, int, int, int]

#: Called with each directory's open descriptor and relative path before the walk lists it.
OnDirectory = Callable[[int, str], None]

#: A file whose ctime is this close to the start of the walk that saw it may still change without
#: its stat changing (timestamps come from a coarse clock), so the next comparison treats it as
#: changed, as git treats "racily clean" index entries. Two seconds also covers 2 s timestamp filesystems.
RACY_NS = 2_000_000_000

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_SETID = stat.S_ISUID | stat.S_ISGID


@dataclass(frozen=True, slots=True)
class Listing:
    """What one directory held when it was last listed: its inode, the names of its regular files and
    symlinks, and its subdirectories' names with their inodes; ``blind`` when some entry could not be
    looked at (no search permission, or gone between the listing and its stat)."""

    ino: int
    files: tuple[str, ...]
    subdirs: dict[str, int]
    blind: bool = False


class Lineage:
    """Which file paths each of one scanner's recent rescans touched (listed again, added or dropped),
    so that `WorkspaceScan.changes_since` can compare those paths only instead of every file."""

    def __init__(self, keep: int = 256) -> None:
        self._keep = keep
        self._next = 1
        self._steps: dict[int, tuple[int, frozenset[str]]] = {}  # serial -> (its base's serial, touched)

    def new_serial(self, base: int | None = None, touched: frozenset[str] = frozenset()) -> int:
        serial, self._next = self._next, self._next + 1
        if base is not None:
            self._steps[serial] = (base, touched)
            while len(self._steps) > self._keep:  # the oldest go first (dicts keep insertion order)
                del self._steps[next(iter(self._steps))]
        return serial

    def touched_between(self, old: int, new: int) -> set[str] | None:
        """The paths touched from scan ``old`` to its descendant ``new``; None if that is unknown."""
        touched: set[str] = set()
        while new != old:
            step = self._steps.get(new)
            if step is None:
                return None  # a full walk in between, or forgotten
            new, paths = step
            touched |= paths
        return touched


@dataclass
class WorkspaceScan:
    """What one walk saw (the workspace's top-level ``.git`` is not walked).

    ``files``: regular files and symlinks by relative path (``/``-separated), with their fingerprint.
    ``unsafe``: special files, and files or directories carrying setuid/setgid, with their mode.
    ``nested_repositories``: directories below the top that hold a ``.git`` folder or file (git records
    them as gitlinks, which a comparison of files cannot follow).
    ``listings``: each directory that could be listed, by relative path (``""`` for the top, else
    ``"a/b/"``). ``multi_linked``: regular files with more than one hard link, with their inode (a
    write through another link changes them without a change in their own directory).
    ``racy``: the files changed within `RACY_NS` before the scan started (see `changes_since`).
    ``lineage``/``serial``: where a scanner made it, its place in the scanner's lineage.
    """

    started_ns: int
    files: dict[str, Fingerprint] = field(default_factory=dict)
    unsafe: list[tuple[str, int]] = field(default_factory=list)
    nested_repositories: list[str] = field(default_factory=list)
    listings: dict[str, Listing] = field(default_factory=dict)
    multi_linked: dict[str, int] = field(default_factory=dict)
    racy: list[str] = field(default_factory=list)
    lineage: Lineage | None = None
    serial: int = 0

    def changes_since(self, before: WorkspaceScan) -> tuple[list[str], list[str]]:
        """(paths new or possibly changed since ``before``, paths gone since ``before``), sorted.

        A racy file of ``before`` counts as changed whatever its stat says now. When both scans come
        from one scanner's lineage, only the paths touched in between (and those racy files) can differ:
        the rest is not compared at all."""
        racy_from = before.started_ns - RACY_NS
        old, new = before.files, self.files
        touched = (
            self.lineage.touched_between(before.serial, self.serial)
            if self.lineage is not None and self.lineage is before.lineage
            else None
        )
        if touched is None:
            candidates: Iterable[str] = new
            gone = [path for path in old if path not in new]
        else:
            candidates = touched.union(before.racy)
            gone = [path for path in touched if path in old and path not in new]
        changed = [
            path
            for path in candidates
            if (now := new.get(path)) is not None
            and ((was := old.get(path)) is None or was != now or was[4] >= racy_from)
        ]
        return sorted(changed), sorted(gone)


def scan_workspace(root: str | os.PathLike[str], *, on_directory: OnDirectory | None = None) -> WorkspaceScan:
    """Walk ``root`` once without following symlinks; unreadable directories are skipped."""
    scan = WorkspaceScan(started_ns=time.time_ns())
    _walk(scan, os.open(root, _DIR_FLAGS), "", on_directory)
    racy_from = scan.started_ns - RACY_NS
    scan.racy = [path for path, fingerprint in scan.files.items() if fingerprint[4] >= racy_from]
    return scan


def _walk(scan: WorkspaceScan, fd: int, at: str, on_directory: OnDirectory | None) -> None:
    """Record the directory open as ``fd`` (relative path ``at``) and everything below it in ``scan``;
    closes ``fd``."""
    # Depth first with an explicit stack of open directories: one descriptor per level however wide a
    # directory is, each closed once its subdirectories are done.
    stack: list[tuple[int, str, list[str]]] = []
    try:
        while fd >= 0:
            if on_directory is not None:
                on_directory(fd, at)
            listing = _list(scan, fd, at)
            stack.append((fd, at, list(listing.subdirs) if listing else []))
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


def _list(scan: WorkspaceScan, fd: int, at: str) -> Listing | None:
    """Record the entries of the directory open as ``fd``; None if it cannot be listed."""
    # One loop, no generator: this runs over every file of the workspace on a full walk, so per-entry
    # overhead is what it costs.
    files, unsafe, linked = scan.files, scan.unsafe, scan.multi_linked
    is_reg, is_lnk, is_dir = stat.S_ISREG, stat.S_ISLNK, stat.S_ISDIR
    names: list[str] = []
    subdirs: dict[str, int] = {}
    blind = False
    try:
        ino = os.fstat(fd).st_ino
        with os.scandir(fd) as entries:
            for entry in entries:
                name = entry.name
                if not at and name == ".git":
                    continue  # the repository's own git directory: never snapshotted
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    blind = True  # gone since the listing, or the directory cannot be searched
                    continue
                mode = st.st_mode
                if is_reg(mode) or is_lnk(mode):
                    relative = at + name
                    names.append(name)
                    files[relative] = (mode, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                    if st.st_nlink > 1 and is_reg(mode):
                        linked[relative] = st.st_ino
                    if mode & _SETID and is_reg(mode):
                        unsafe.append((relative, mode))
                    if name == ".git":  # a submodule's or worktree's pointer file
                        scan.nested_repositories.append(at.rstrip("/"))
                elif is_dir(mode):
                    subdirs[name] = st.st_ino
                    if mode & _SETID:
                        unsafe.append((at + name, mode))
                    if name == ".git":
                        scan.nested_repositories.append(at.rstrip("/"))
                else:  # FIFO, socket, block or character device
                    unsafe.append((at + name, mode))
    except OSError:
        return None  # unreadable: nothing under it is seen (as find(1) and git would skip it)
    listing = Listing(ino, tuple(names), subdirs, blind)
    scan.listings[at] = listing
    return listing


# -- keeping a scan up to date ------------------------------------------------------------------------


def rescan(
    root: str | os.PathLike[str],
    previous: WorkspaceScan,
    changed_directories: Iterable[str],
    *,
    started_ns: int,
    on_directory: OnDirectory | None = None,
    moved_in: Iterable[str] = (),
) -> tuple[WorkspaceScan, frozenset[str]] | None:
    """``previous`` brought up to date by listing again only ``changed_directories`` (relative paths
    as in `WorkspaceScan.listings`): what a full walk would see, if nothing changed elsewhere since
    ``previous``; with the file paths it touched (listed again, added or dropped). A directory that is
    new or was replaced is walked whole, and so is each of ``moved_in`` (directories renamed into place:
    see `WorkspaceWatch.moved_in`); one that is gone takes its subtree with it. None when only a
    full walk can tell: the top was replaced, or a file gained a hard link whose other path may lie in
    a directory nobody listed again, or ``previous`` had folders it could not list or look into (no watch
    there: a hard link made, written through and removed in one of them would change a file elsewhere
    without an event, see `agentkit.coding.watch`).

    ``previous`` is left as it was (the checkpoints compare with it)."""
    if _has_holes(previous):
        return None  # before copying anything: the copy would be thrown away
    scan = WorkspaceScan(
        started_ns=started_ns,
        files=dict(previous.files),
        unsafe=list(previous.unsafe),
        nested_repositories=list(previous.nested_repositories),
        listings=dict(previous.listings),
        multi_linked=dict(previous.multi_linked),
    )
    touched: set[str] = set()
    listed: list[str] = []  # every directory listed here, walked whole or not

    def visit(fd: int, at: str) -> None:
        listed.append(at)
        if on_directory is not None:
            on_directory(fd, at)

    top = os.open(root, _DIR_FLAGS)
    try:
        if "" not in previous.listings or os.fstat(top).st_ino != previous.listings[""].ino:
            return None
        walked: list[str] = []  # subtrees walked whole here: their directories are up to date
        moved = {at for at in moved_in if at != ".git/"}  # (the top's .git is never walked)
        for at in moved:
            _forget_subtree(scan, at, touched)  # not listed any more: walked whole below
        # Parents first: a parent's new listing may walk a child whole, which its own entry then skips.
        for at in sorted(set(changed_directories) | moved, key=len):
            if not any(at.startswith(done) for done in walked):
                _relist(scan, top, at, walked, visit, touched)
    finally:
        os.close(top)
    known = set(previous.multi_linked.values())
    if any(ino not in known for ino in scan.multi_linked.values()):
        return None
    for at in listed:
        if (listing := scan.listings.get(at)) is not None:
            touched.update(at + name for name in listing.files)
    racy_from = started_ns - RACY_NS
    files = scan.files
    scan.racy = [
        path for path in touched.union(previous.racy) if path in files and files[path][4] >= racy_from
    ]
    return scan, frozenset(touched)


def _relist(
    scan: WorkspaceScan, top: int, at: str, walked: list[str], visit: OnDirectory, touched: set[str]
) -> None:
    old = scan.listings.get(at)
    try:
        fd = open_directory_beneath(top, filter(None, at.split("/")))
    except OSError:
        _forget_subtree(scan, at, touched)  # gone, unreadable, or swapped for something not a directory
        return
    if old is None or os.fstat(fd).st_ino != old.ino:  # new, or replaced since: walked whole
        _forget_subtree(scan, at, touched)
        walked.append(at)
        _walk(scan, fd, at, visit)
        return
    try:
        _forget_entries(scan, at, old, touched)
        visit(fd, at)  # (the watch is there already: adding it again keeps its path up to date)
        now = _list(scan, fd, at)
        if now is None:
            _forget_subtree(scan, at, touched)
            return
        for name, ino in old.subdirs.items():
            if now.subdirs.get(name) != ino:
                _forget_subtree(scan, f"{at}{name}/", touched)  # removed, renamed away, or replaced
        for name, ino in now.subdirs.items():
            child = f"{at}{name}/"
            if old.subdirs.get(name) != ino or child not in scan.listings:  # new, or unreadable until now
                _forget_subtree(scan, child, touched)
                try:
                    child_fd = os.open(name, _DIR_FLAGS, dir_fd=fd)
                except OSError:
                    continue
                walked.append(child)
                _walk(scan, child_fd, child, visit)
    finally:
        os.close(fd)


def open_directory_beneath(top: int, parts: Iterable[str]) -> int:
    """The directory ``parts`` (path components) below the open directory ``top``, opened one component
    at a time without following symlinks: a component swapped for a symlink raises (ELOOP/ENOTDIR)
    instead of leading outside. ``top`` stays open; the caller closes the result."""
    fd = os.dup(top)
    try:
        for part in parts:
            inner = os.open(part, _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = inner
    except BaseException:
        os.close(fd)
        raise
    return fd


def _forget_entries(scan: WorkspaceScan, at: str, listing: Listing, touched: set[str]) -> None:
    """Drop what the listing of ``at`` recorded (its subdirectories' own contents stay)."""
    for name in listing.files:
        path = at + name
        scan.files.pop(path, None)
        scan.multi_linked.pop(path, None)
        touched.add(path)
    scan.unsafe = [(path, mode) for path, mode in scan.unsafe if not _directly_in(path, at)]
    here = at.rstrip("/")
    scan.nested_repositories = [path for path in scan.nested_repositories if path != here]
    del scan.listings[at]


def _forget_subtree(scan: WorkspaceScan, at: str, touched: set[str]) -> None:
    """Drop the directory ``at`` and everything below it (what the parent's listing said of ``at``
    itself stays: the parent is listed again when that changes)."""
    for folder in [folder for folder in scan.listings if folder.startswith(at)]:
        _forget_entries(scan, folder, scan.listings[folder], touched)


def _has_holes(scan: WorkspaceScan) -> bool:
    """Whether ``scan`` saw folders it could not list, or entries it could not look at."""
    listings = scan.listings
    return any(
        listing.blind or any(f"{at}{name}/" not in listings for name in listing.subdirs)
        for at, listing in listings.items()
    )


def _directly_in(path: str, at: str) -> bool:
    return path.startswith(at) and "/" not in path[len(at) :]


def _parent(path: str) -> str:
    head, _, _ = path.rpartition("/")
    return f"{head}/" if head else ""


class WorkspaceScanner:
    """Up-to-date scans of one workspace, each what a full walk would see at the time of the call.

    The first scan walks everything and puts a watch on each directory it lists; later ones list again
    only the directories the watch saw change (and those holding files with other hard links), and
    walk everything again whenever the watch cannot vouch for what it saw (its queue overflowed, a
    watch could not be added, a folder was made or an entry came and went, a folder cannot be listed:
    see `agentkit.coding.watch`). Without inotify (another OS, or ``watch=False``) every scan is a walk.
    Thread-safe: a session scans from worker threads.
    """

    def __init__(self, root: str | os.PathLike[str], *, watch: bool = True) -> None:
        self.root = Path(root)
        self._want_watch = watch
        self._watch: WorkspaceWatch | None = None
        self._last: WorkspaceScan | None = None
        self._lineage = Lineage()
        self._lock = threading.Lock()
        self.full_walks = 0  # how many scans walked everything (the tests and the benchmark read it)

    def scan(self) -> WorkspaceScan:
        with self._lock:
            started = time.time_ns()
            if self._watch is not None and self._last is not None:
                changed = self._watch.drain()
                if changed is not None:
                    changed.update(_parent(path) for path in self._last.multi_linked)
                    made = rescan(
                        self.root,
                        self._last,
                        changed,
                        started_ns=started,
                        on_directory=self._watch.add,
                        moved_in=self._watch.moved_in,
                    )
                    if made is not None and self._watch.healthy:
                        scan, touched = made
                        scan.lineage = self._lineage
                        scan.serial = self._lineage.new_serial(self._last.serial, touched)
                        self._last = scan
                        return scan
            return self._walk_all()

    def _walk_all(self) -> WorkspaceScan:
        if self._watch is not None and not self._watch.healthy:
            self._watch.close()  # out of watches: every scan walks (and the user's watches are given back)
            self._watch = None
        elif self._watch is None and self._want_watch and self._last is None:
            self._watch = WorkspaceWatch.start()
        if self._watch is not None:
            self._watch.drain()  # what happened before this walk, the walk sees; what happens during it waits
        self.full_walks += 1
        scan = scan_workspace(self.root, on_directory=self._watch.add if self._watch else None)
        if self._watch is not None and not self._watch.healthy:
            self._watch.close()  # the walk ran out of watches: give them back now, not one scan later
            self._watch = None
        scan.lineage, scan.serial = self._lineage, self._lineage.new_serial()
        self._last = scan
        return scan

    def close(self) -> None:
        with self._lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
            self._last = None
