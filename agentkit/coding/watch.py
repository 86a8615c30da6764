"""Which directories of a workspace changed since the last look: an inotify watch on each directory.

The checkpoints and the scrub need the stat of every file after each step; on a large repository the
walk that gets them costs more than everything else a checkpoint does. The kernel knows what changed: a
watch per directory reports every entry created, removed, renamed, written or re-permissioned in it, by
whoever did it (the sandbox writes through a bind mount of the same inodes, the person through their
editor). The scanner then lists only those directories again, and stays the judge of what changed: an
event only says where to look, so an event too many costs a listing, never a wrong snapshot.

Where the events cannot be trusted the answer is "walk everything": the kernel's queue overflowed, a
watch could not be added (the user's watch limit), or the watch count passed `MAX_WATCHES` (a sandbox
making directories by the hundred thousand would otherwise use up the user's watches for other programs),
or what the events say may hide a change they do not report: a hard link that came and went (see
`_Arrivals`), a folder made since the last look (nothing watched it meanwhile).
Writes through a shared memory mapping raise no event of their own, but the mapping's file raises one
when its last reference goes (``IN_CLOSE_WRITE``), and the sandbox ends every process a call started
when the call ends, so none outlives the step it wrote in.
"""

from __future__ import annotations

from typing import Any

try:  # Linux only; elsewhere every scan walks the workspace
    from inotify_simple import INotify
    from inotify_simple import flags as _flags
except ImportError:  # pragma: no cover - the dependency is declared for Linux
    INotify = None

#: At most this many watches per workspace; past it the scanner walks everything (and gives them back).
MAX_WATCHES = 65_536

if INotify is not None:
    # Everything that can change an entry of the directory, or the directory itself. IN_ONLYDIR: a path
    # that is no longer a directory when the watch is added is refused instead of watched.
    MASK = (
        _flags.CREATE
        | _flags.DELETE
        | _flags.MODIFY
        | _flags.ATTRIB
        | _flags.CLOSE_WRITE
        | _flags.MOVED_FROM
        | _flags.MOVED_TO
        | _flags.DELETE_SELF
        | _flags.MOVE_SELF
        | _flags.ONLYDIR
    )
    _OVERFLOW = int(_flags.Q_OVERFLOW)
    _IGNORED = int(_flags.IGNORED)
    _CREATE, _DELETE = int(_flags.CREATE), int(_flags.DELETE)
    _MOVED_FROM, _MOVED_TO, _ISDIR = int(_flags.MOVED_FROM), int(_flags.MOVED_TO), int(_flags.ISDIR)


class WorkspaceWatch:
    """An inotify instance with one watch per directory the walk listed (`add`), drained by `drain`."""

    def __init__(self, inotify: Any) -> None:
        self._inotify = inotify
        self._paths: dict[int, str] = {}  # watch descriptor -> the directory's relative path
        self.healthy = True
        #: The directories the last `drain` saw moved into place (relative paths, by their new parent's event).
        #: Their watches, and those of everything below them, may carry paths they no longer have: one
        #: moved away and back while a scan ran was listed at the other place, its parent finds it where
        #: it was, and its events would be put down to the other place forever. Walking them whole puts
        #: every watch below back on its path.
        self.moved_in: set[str] = set()
        self._arrived: set[str] = set()  # the entries that arrived in the last drain (see `_Arrivals`)

    @classmethod
    def start(cls) -> WorkspaceWatch | None:
        """A new watch, or None where the kernel offers none (another OS, no instances left)."""
        if INotify is None:
            return None
        try:
            return cls(INotify(nonblocking=True))
        except OSError:
            return None

    def add(self, fd: int, at: str) -> None:
        """Watch the directory open as ``fd`` (relative path ``at``). Through the descriptor, not the
        path: the directory watched is the one about to be listed, even if the path was swapped since."""
        if not self.healthy:
            return
        if len(self._paths) >= MAX_WATCHES:
            self.healthy = False
            return
        try:
            # The magic link names the open directory itself; watching an inode watched already gives
            # its descriptor back (a directory renamed since: its path is brought up to date).
            wd = self._inotify.add_watch(f"/proc/self/fd/{fd}", MASK)
        except OSError:
            self.healthy = False  # out of watches (ENOSPC), or no /proc: events are no longer complete
            return
        self._paths[wd] = at

    def drain(self) -> set[str] | None:
        """The directories (relative paths) in which something happened since the last drain; None when
        events may have been lost since, or an entry that came and went may have been a hard link to a
        file elsewhere, so only a full walk can tell."""
        changed: set[str] = set()
        self.moved_in = set()
        arrivals = _Arrivals(self._arrived)
        lost = not self.healthy
        while True:
            try:
                events = list(self._inotify.read(timeout=0))
            except OSError:
                self.healthy = False
                return None
            if not events:
                break
            for event in events:
                if event.mask & _OVERFLOW:
                    lost = True
                    continue
                at = self._paths.get(event.wd)
                if event.mask & _IGNORED:
                    self._paths.pop(event.wd, None)  # the directory is gone (its parent said so too)
                if at is not None:
                    # A renamed directory's path is stale until the walk of its new place re-adds it;
                    # the old path is then listed for nothing (it is gone or holds something else).
                    changed.add(at)
                    if event.name:
                        lost |= arrivals.see(event.mask, event.cookie, f"{at}{event.name}")
        self.moved_in = arrivals.moved_in
        self._arrived = arrivals.new
        return None if lost or arrivals.unsettled() else changed

    @property
    def watches(self) -> int:
        return len(self._paths)

    def close(self) -> None:
        self.healthy = False
        self._paths.clear()
        self._inotify.close()  # gives the user's watches back


class _Arrivals:
    """The entries that arrived (were created or renamed in) during one drain's events, followed through
    renames, to tell when one may have been a hard link that left before anyone looked at it.

    A hard link's writes, ``chmod`` and ``truncate`` raise their event in the link's folder only, and
    ``link``/``unlink`` themselves tell the file's own folder nothing (the link count change is reported to
    watches on the file, and there are none). ``ln victim tmp; echo x >> tmp; rm tmp`` would change
    ``victim`` without an event in its folder and leave nothing with two links for the scan to find. So
    an arrived entry that goes (removed, renamed out of sight, replaced by a rename) means a full walk,
    and so does a folder that arrived from nowhere watched (made, or renamed in from a folder nobody
    watches): what happened in it before the scan put a watch on it, nothing says. An entry that arrived
    and stays is listed by the scan, which sees its link count. The last drain's arrivals count too: one
    may have gone between that drain and the listing that followed it."""

    def __init__(self, before: set[str]) -> None:
        self.arrived = set(before)
        self.new: set[str] = set()  # the arrivals of this drain (the next one's ``before``)
        self.moved_in: set[str] = set()  # folders renamed into place, as `WorkspaceWatch.moved_in`
        self._moving: dict[int, str | None] = {}  # rename cookie -> the arrival renamed away, or None

    def see(self, mask: int, cookie: int, path: str) -> bool:
        """Take one event about the entry ``path``; True when only a full walk can tell what changed."""
        if mask & _ISDIR:
            if mask & _CREATE:
                return True
            if mask & _MOVED_FROM:
                self._moving[cookie] = None
            elif mask & _MOVED_TO:
                self.moved_in.add(f"{path}/")
                return self._moving.pop(cookie, "") is not None  # "": from a folder nobody watches
            return False
        if mask & _CREATE:
            self._arrive(path)
        elif mask & _DELETE:
            return path in self.arrived
        elif mask & _MOVED_FROM:
            self._moving[cookie] = path if path in self.arrived else None
            self.arrived.discard(path)
        elif mask & _MOVED_TO:
            replaced = path in self.arrived
            if self._moving.pop(cookie, "") is not None:  # an arrival, or from a folder nobody watches
                self._arrive(path)
            else:
                self.arrived.discard(path)  # a file the scans knew, renamed over the arrival
            return replaced
        return False

    def _arrive(self, path: str) -> None:
        self.arrived.add(path)
        self.new.add(path)

    def unsettled(self) -> bool:
        """Whether an arrival was renamed away to a place nobody watches."""
        return any(path is not None for path in self._moving.values())
