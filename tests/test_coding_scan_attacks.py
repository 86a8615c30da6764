"""Attacks on the incremental scanner: sequences of changes meant to leave `WorkspaceScanner.scan` different
from a full walk (`scan_workspace`), or `WorkspaceScan.changes_since` along the scanner's lineage different
from the comparison of every file. Each test makes the changes and checks both after every scan."""

from __future__ import annotations

import dataclasses
import os
import random
import shutil
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from scan_helpers import give_to_nobody, run_unprivileged, view

from agentkit.coding import watch
from agentkit.coding.scan import RACY_NS, WorkspaceScan, WorkspaceScanner, scan_workspace
from agentkit.coding.watch import WorkspaceWatch

pytestmark = pytest.mark.skipif(watch.INotify is None, reason="inotify is Linux-only")


class Checked:
    """A scanner whose every scan is checked against a full walk, and whose scans' `changes_since` along
    the lineage is checked against the same comparison made without it, for every pair of scans taken."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.scanner = WorkspaceScanner(root)
        self.scans: list[WorkspaceScan] = []

    def scan(self, what: str) -> WorkspaceScan:
        kept = self.scanner.scan()
        assert view(kept) == view(scan_workspace(self.root)), what
        self.scans.append(kept)
        for before in self.scans:
            fast = kept.changes_since(before)
            slow = kept.changes_since(dataclasses.replace(before, lineage=None))
            assert fast == slow, f"{what}: changes since scan {before.serial}"
        return kept

    def close(self) -> None:
        self.scanner.close()


@pytest.fixture
def root(base: Path) -> Path:
    top = base / "ws"
    for folder in ("p/x/y", "q", "r/s/t"):
        (top / folder).mkdir(parents=True)
    for path in ("p/x/y/deep.txt", "p/x/one.txt", "q/f", "r/s/t/leaf", "top.txt"):
        (top / path).write_text(f"{path}\n")
    (top / ".git").mkdir()
    give_to_nobody(top)
    return top


def on_visit(monkeypatch: pytest.MonkeyPatch, actions: dict[str, Callable[[], object]]) -> None:
    """Run ``actions[at]`` (once) right after the scanner puts its watch on the directory ``at``, before
    it lists it: what another process changing the workspace while a scan runs does, at a chosen instant."""
    add = WorkspaceWatch.add

    def racing_add(self: WorkspaceWatch, fd: int, at: str) -> None:
        add(self, fd, at)
        if (action := actions.pop(at, None)) is not None:
            action()

    monkeypatch.setattr(WorkspaceWatch, "add", racing_add)


# -- races with a scan in progress ----------------------------------------------------------------------


@pytest.mark.parametrize("written", ["p/x/new.txt", "p/x/y/new.txt"])
def test_a_folder_moved_away_and_back_while_a_scan_runs_stays_watched_where_it_is(
    root: Path, monkeypatch: pytest.MonkeyPatch, written: str
) -> None:
    """The scan lists q/ after p/x moved into it, walks q/x (its watch now says "q/x/"), and p/x moves
    back before the scan ends. p/'s next listing finds x where it was: on the code before the fix nothing
    listed p/x again, so its watch (and its subfolder's) kept saying q/x/ and every later change in p/x
    was put down to q/x, which does not exist: the file written there was never seen."""
    checked = Checked(root)
    try:
        checked.scan("first")
        on_visit(
            monkeypatch,
            {
                "q/": lambda: (root / "p" / "x").rename(root / "q" / "x"),
                "q/x/": lambda: (root / "q" / "x").rename(root / "p" / "x"),
            },
        )
        (root / "q" / "f").write_text("q is listed again\n")
        checked.scanner.scan()  # raced: what it says of p/x and q/x is whatever the instant was
        monkeypatch.undo()
        checked.scan("after the race")
        (root / written).write_text("written where the folder really is\n")
        kept = checked.scan("a file written in the folder moved away and back")
        assert written in kept.files
        assert checked.scanner.full_walks == 1
    finally:
        checked.close()


def test_a_thread_renaming_folders_while_scans_run_leaves_nothing_unseen_once_it_stops(root: Path) -> None:
    """A writer thread shuffles folders and files while the scanner scans in a loop; once it stops, the
    next scan, and one after a write in every folder, must be what a full walk sees."""
    names = ["p", "q", "r", "p/x", "q/x", "r/s", "p/x/y", "q/x/y"]
    stop = threading.Event()

    def shuffle() -> None:
        rng = random.Random(7)
        while not stop.is_set():
            source, target = rng.sample(names, 2)
            try:
                os.rename(root / source, root / target)
            except OSError:
                pass
            try:
                (root / rng.choice(names) / "w").write_text(str(rng.random()))
            except OSError:
                pass

    checked = Checked(root)
    writer = threading.Thread(target=shuffle)
    try:
        checked.scan("first")
        writer.start()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            checked.scanner.scan()
        stop.set()
        writer.join()
        checked.scan("after the writer stopped")
        for folder in [p for p in root.rglob("*") if p.is_dir() and ".git" not in p.parts]:
            (folder / "probe").write_text("seen?\n")
        checked.scan("a write in every folder")
    finally:
        stop.set()
        if writer.is_alive():
            writer.join()
        checked.close()


def test_changes_made_between_the_drain_and_the_listing_are_seen_next_time(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changes made right after a folder's watch is (re)added and before it is listed, and right after a
    new folder is walked: each must be seen by that scan or by the next one."""
    checked = Checked(root)
    try:
        checked.scan("first")
        on_visit(
            monkeypatch,
            {
                "q/": lambda: ((root / "q" / "during").write_text("1"), (root / "q" / "sub").mkdir()),
                "q/sub/": lambda: (root / "q" / "sub" / "inner").mkdir(),
                "r/": lambda: shutil.rmtree(root / "r" / "s"),
            },
        )
        (root / "q" / "f").write_text("changed\n")
        (root / "r" / "g").write_text("new\n")
        checked.scanner.scan()
        monkeypatch.undo()
        checked.scan("after")
        (root / "q" / "sub" / "inner" / "z").write_text("z")
        assert "q/sub/inner/z" in checked.scan("in the folder made during the scan").files
    finally:
        checked.close()


# -- sequences between two scans --------------------------------------------------------------------------


def test_rename_chains_within_one_drain(root: Path) -> None:
    checked = Checked(root)
    try:
        checked.scan("first")
        (root / "top.txt").rename(root / "b.txt")
        (root / "b.txt").rename(root / "q" / "c.txt")
        (root / "q" / "c.txt").rename(root / "p" / "x" / "y" / "d.txt")
        checked.scan("a file renamed three times")
        (root / "p" / "x").rename(root / "x1")
        (root / "x1").rename(root / "r" / "s" / "x2")
        (root / "r" / "s").rename(root / "q" / "s3")
        checked.scan("a folder renamed twice, then its new parent")
        (root / "q" / "s3" / "x2" / "y" / "e.txt").write_text("e")
        kept = checked.scan("written below the twice-moved folder")
        assert "q/s3/x2/y/e.txt" in kept.files
        # a -> b, b -> c, c -> a: three folders rotated.
        (root / "p").rename(root / "tmp")
        (root / "q").rename(root / "p")
        (root / "r").rename(root / "q")
        (root / "tmp").rename(root / "r")
        checked.scan("three folders rotated")
        for folder in ("p", "q", "r"):
            (root / folder / "after").write_text(folder)
        checked.scan("written in each rotated folder")
        assert checked.scanner.full_walks == 1
    finally:
        checked.close()


def test_a_folder_moved_into_its_former_childs_place(root: Path) -> None:
    checked = Checked(root)
    try:
        checked.scan("first")
        (root / "p" / "x").rename(root / "x-away")  # the child leaves
        (root / "p").rename(root / "x-away" / "p")  # the parent goes below its former child
        (root / "x-away").rename(root / "p")  # and the child takes the parent's place
        checked.scan("parent and child changed places")
        (root / "p" / "p" / "moved-parent.txt").write_text("1")
        (root / "p" / "y" / "former-grandchild.txt").write_text("2")
        kept = checked.scan("written in both")
        assert {"p/p/moved-parent.txt", "p/y/former-grandchild.txt"} <= set(kept.files)
        assert checked.scanner.full_walks == 1
    finally:
        checked.close()


def test_a_tree_removed_and_made_again_under_the_same_names(root: Path) -> None:
    """On ext4 the new folders often get the old ones' inode numbers back: the same path and the same
    inode is not the same folder (its watch went with the old one)."""
    checked = Checked(root)
    try:
        checked.scan("first")
        for round_number in range(5):
            shutil.rmtree(root / "p")
            (root / "p" / "x" / "y").mkdir(parents=True)
            checked.scan(f"round {round_number}: removed and made again")
            (root / "p" / "x" / "y" / f"f{round_number}").write_text("in the new folder")
            kept = checked.scan(f"round {round_number}: written in the new deepest folder")
            assert f"p/x/y/f{round_number}" in kept.files
        shutil.rmtree(root / "r")
        (root / "r" / "s" / "t").mkdir(parents=True)
        (root / "r" / "s" / "t" / "leaf").write_text("same name, new file")
        checked.scan("removed and made again in one step")
        (root / "r" / "s" / "t" / "leaf2").write_text("x")
        checked.scan("written in it")
    finally:
        checked.close()


def test_files_and_folders_trading_places_across_scans(root: Path) -> None:
    checked = Checked(root)
    try:
        checked.scan("first")
        for round_number in range(3):
            shutil.rmtree(root / "p" / "x")
            (root / "p" / "x").write_text("a file now")
            checked.scan(f"{round_number}: folder -> file")
            (root / "p" / "x").unlink()
            (root / "p" / "x" / "y").mkdir(parents=True)
            (root / "p" / "x" / "y" / "deep.txt").write_text(str(round_number))
            checked.scan(f"{round_number}: file -> folder")
            (root / "p" / "x").rename(root / "p" / "x2")
            (root / "p" / "x").symlink_to("x2")
            checked.scan(f"{round_number}: folder -> symlink to it")
            (root / "p" / "x2" / "y" / "deep.txt").write_text("written through its real path")
            checked.scan(f"{round_number}: written")
            (root / "p" / "x").unlink()
            (root / "p" / "x2").rename(root / "p" / "x")
            checked.scan(f"{round_number}: back")
    finally:
        checked.close()


def test_hard_links_made_and_removed_in_every_order(root: Path) -> None:
    checked = Checked(root)
    try:
        checked.scan("first")
        one = root / "p" / "x" / "one.txt"
        # Linked, written through the new link and unlinked again before any scan.
        os.link(one, root / "r" / "s" / "t" / "tmp-link")
        with open(root / "r" / "s" / "t" / "tmp-link", "a") as handle:
            handle.write("through a link that is gone at scan time\n")
        (root / "r" / "s" / "t" / "tmp-link").unlink()
        checked.scan("a link made, written through and removed")
        # Linked from a folder that then moves; written through the moved link.
        os.link(one, root / "q" / "alias")
        checked.scan("linked")
        (root / "q").rename(root / "r" / "q")
        with open(root / "r" / "q" / "alias", "a") as handle:
            handle.write("through the moved link\n")
        kept = checked.scan("written through a link in a moved folder")
        assert kept.files["p/x/one.txt"][2] == one.stat().st_size
        # The original removed: one link left, in the moved folder; then linked again elsewhere.
        one.unlink()
        checked.scan("the first link removed")
        os.link(root / "r" / "q" / "alias", root / "p" / "again")
        os.link(root / "r" / "q" / "alias", root / "p" / "x" / "y" / "third")
        (root / "r" / "q" / "alias").unlink()
        checked.scan("relinked twice, the old one removed")
        with open(root / "p" / "x" / "y" / "third", "a") as handle:
            handle.write("through the third\n")
        kept = checked.scan("written through the third link")
        assert kept.files["p/again"][2] == (root / "p" / "again").stat().st_size
        # A new file's inode may be the freed one's: linked in one step.
        (root / "p" / "again").unlink()
        (root / "p" / "x" / "y" / "third").unlink()
        (root / "q-new").mkdir()
        (root / "q-new" / "fresh").write_text("fresh")
        os.link(root / "q-new" / "fresh", root / "r" / "s" / "fresh-link")
        checked.scan("old links gone, a fresh pair")
        with open(root / "r" / "s" / "fresh-link", "a") as handle:
            handle.write("+")
        kept = checked.scan("written through the fresh pair")
        assert kept.files["q-new/fresh"][2] == len("fresh+")
    finally:
        checked.close()


def test_unreadable_folders_opened_and_closed_around_moves(root: Path) -> None:
    def scenario() -> None:
        checked = Checked(root)
        try:
            checked.scan("first")
            locked = root / "locked"
            locked.mkdir()
            os.chmod(locked, 0o300)  # can be written and crossed, not listed
            checked.scan("an unreadable folder")
            (root / "p" / "x").rename(locked / "x")  # a watched folder moved where nothing is listed
            checked.scan("moved into it")
            (locked / "x" / "y" / "hidden-write").write_text("h")  # its watch still says p/x/y/
            (root / "p" / "x").mkdir()  # and a new folder takes its old path
            (root / "p" / "x" / "visible").write_text("v")
            checked.scan("written in both")
            os.chmod(locked, 0o755)
            kept = checked.scan("readable again")
            assert "locked/x/y/hidden-write" in kept.files
            (locked / "x" / "y" / "later").write_text("l")
            assert "locked/x/y/later" in checked.scan("written below the formerly hidden folder").files
            os.chmod(root / "r", 0o600)  # listed, but nothing in it can be looked at
            checked.scan("a folder readable but not searchable")
            (root / "r" / "s" / "t" / "unseen").write_text("u") if os.geteuid() == 0 else None
            os.chmod(root / "r", 0o755)
            checked.scan("searchable again")
            (root / "r" / "s" / "t" / "seen").write_text("s")
            assert "r/s/t/seen" in checked.scan("written deep in it").files
        finally:
            checked.close()

    run_unprivileged(scenario)


def test_a_nested_repository_appearing_and_going_below(root: Path) -> None:
    checked = Checked(root)
    try:
        checked.scan("first")
        (root / "p" / "x" / ".git").mkdir()
        assert checked.scan("a .git folder below").nested_repositories == ["p/x"]
        shutil.rmtree(root / "p" / "x" / ".git")
        (root / "p" / "x" / ".git").write_text("gitdir: /elsewhere\n")
        assert checked.scan("a .git file instead").nested_repositories == ["p/x"]
        (root / "p" / "x").rename(root / "q" / "moved")
        assert checked.scan("moved").nested_repositories == ["q/moved"]
        (root / "q" / "moved" / ".git").unlink()
        assert checked.scan("gone").nested_repositories == []
        # A folder moved over the top's own .git is never walked (the top's .git never is).
        (root / ".git").rename(root / "git-away")
        (root / "r").rename(root / ".git")
        kept = checked.scan("a folder moved into the top's .git place")
        assert not any(path.startswith(".git/") for path in kept.files)
    finally:
        checked.close()


def test_an_overflow_in_the_middle_of_renames(root: Path) -> None:
    limit = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    checked = Checked(root)
    try:
        checked.scan("first")
        (root / "p" / "x").rename(root / "q" / "x")
        for index in range(limit // 2 + 10):
            (root / "r" / f"{index}").write_bytes(b"")
        (root / "q" / "x").rename(root / "p" / "x")
        checked.scan("renamed around an overflow")
        assert checked.scanner.full_walks == 2
        (root / "p" / "x" / "y" / "after").write_text("a")
        assert "p/x/y/after" in checked.scan("written after").files
        assert checked.scanner.full_walks == 2
    finally:
        checked.close()


def test_changes_since_with_racy_files_and_the_scrubs_second_scan(root: Path) -> None:
    """Each step is scanned twice (the checkpoint's and the scrub's); files changed within `RACY_NS` of a
    scan count as changed against it whatever their stat says. Lineage and full comparison must agree
    for every pair of scans, racy or not."""
    checked = Checked(root)
    rng = random.Random(3)
    try:
        checked.scan("first")
        for step in range(10):
            target = root / rng.choice(["p/x", "q", "r/s/t", "p/x/y"]) / rng.choice("abc")
            if target.parent.is_dir():
                target.write_text(str(step))
            if step % 3 == 0:
                before = (root / "q" / "f").stat()
                (root / "q" / "f").write_text("Q/F\n" if step % 2 else "q/f\n")  # same size
                os.utime(root / "q" / "f", ns=(before.st_atime_ns, before.st_mtime_ns))
            checked.scan(f"step {step}: checkpoint")
            checked.scan(f"step {step}: scrub")
        first, last = checked.scans[0], checked.scans[-1]
        assert first.racy, "the first scan's files were all just written"
        assert last.started_ns - first.started_ns < RACY_NS  # so every file counts as changed since it
        assert last.changes_since(first)[0] == sorted(last.files)
    finally:
        checked.close()


def test_the_watch_cap_reached_by_folders_moved_out_of_sight(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folders moved into the top's .git keep their watches (never walked again): past the cap the
    scanner walks every time instead of trusting what it no longer watches."""
    monkeypatch.setattr(watch, "MAX_WATCHES", 16)
    checked = Checked(root)
    try:
        checked.scan("first")
        for index in range(12):
            (root / f"d{index}").mkdir()
            checked.scan(f"made d{index}")
            (root / f"d{index}").rename(root / ".git" / f"d{index}")
            checked.scan(f"d{index} hidden")
        (root / "p" / "x" / "late").write_text("l")
        assert "p/x/late" in checked.scan("after the cap").files
    finally:
        checked.close()


# -- a hard link that comes and goes between two scans ----------------------------------------------------
#
# Writes, chmod and truncate through a hard link raise their event in the link's folder only, and link()
# and unlink() tell the file's own folder nothing: on the code before the fix, a link made, used and
# removed within one step changed its target with no event where the target lies, and nothing with two
# links was left for the scan to find.


def write_through_a_passing_link(victim: Path, link: Path, *, setuid: bool = False) -> None:
    os.link(victim, link)
    with open(link, "a") as handle:
        handle.write("appended through a link that is gone at scan time\n")
    if setuid:
        os.chmod(link, 0o4755)
    link.unlink()


def test_a_file_changed_through_a_hard_link_removed_before_the_scan(root: Path) -> None:
    checked = Checked(root)
    victim = root / "p" / "x" / "one.txt"
    try:
        checked.scan("first")
        write_through_a_passing_link(victim, root / "q" / "passing", setuid=True)
        kept = checked.scan("written and made setuid through a link removed since")
        assert kept.files["p/x/one.txt"][2] == victim.stat().st_size
        assert ("p/x/one.txt", victim.stat().st_mode) in kept.unsafe  # the scrub sees the setuid bit
        (root / "q" / "f").write_text("an ordinary change\n")
        checked.scan("an ordinary change after")
    finally:
        checked.close()


@pytest.mark.parametrize("how", ["new folder", "new folder kept", "renamed over", "renamed away and removed"])
def test_a_passing_hard_link_hidden_by_folders_and_renames(root: Path, how: str) -> None:
    checked = Checked(root)
    victim = root / "p" / "x" / "y" / "deep.txt"
    try:
        checked.scan("first")
        if how.startswith("new folder"):
            # No watch on a folder made during the step: its events before the scan are never reported.
            (root / "q" / "fresh").mkdir()
            write_through_a_passing_link(victim, root / "q" / "fresh" / "passing")
            if how == "new folder":
                (root / "q" / "fresh").rmdir()
        elif how == "renamed over":
            os.link(victim, root / "q" / "passing")
            with open(root / "q" / "passing", "a") as handle:
                handle.write("through the link\n")
            (root / "q" / "f").rename(root / "q" / "passing")  # the link is replaced by a rename
        else:
            os.link(victim, root / "q" / "passing")
            (root / "q" / "passing").rename(root / "r" / "s" / "renamed")
            with open(root / "r" / "s" / "renamed", "a") as handle:
                handle.write("through the renamed link\n")
            (root / "r" / "s" / "renamed").unlink()
        kept = checked.scan(how)
        assert kept.files["p/x/y/deep.txt"][2] == victim.stat().st_size
    finally:
        checked.close()


def test_a_passing_hard_link_in_a_folder_the_scanner_cannot_list(root: Path) -> None:
    def scenario() -> None:
        checked = Checked(root)
        victim = root / "p" / "x" / "one.txt"
        try:
            hole = root / "hole"
            hole.mkdir()
            os.chmod(hole, 0o300)  # written and crossed, never listed nor watched
            checked.scan("first")
            write_through_a_passing_link(victim, hole / "passing")
            kept = checked.scan("written through a link in the unlisted folder")
            assert kept.files["p/x/one.txt"][2] == victim.stat().st_size
        finally:
            checked.close()

    run_unprivileged(scenario)


def test_a_passing_hard_link_removed_between_the_drain_and_the_listing(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The link's creation is in one drain; the write and the removal happen before its folder is listed,
    and their events land in the next drain, with nothing to say what the link was."""
    checked = Checked(root)
    victim = root / "p" / "x" / "one.txt"
    try:
        checked.scan("first")
        os.link(victim, root / "q" / "passing")

        def use_and_remove() -> None:
            with open(root / "q" / "passing", "a") as handle:
                handle.write("written between the drain and the listing\n")
            (root / "q" / "passing").unlink()

        on_visit(monkeypatch, {"q/": use_and_remove})
        checked.scanner.scan()  # raced
        monkeypatch.undo()
        kept = checked.scan("the next scan")
        assert kept.files["p/x/one.txt"][2] == victim.stat().st_size
    finally:
        checked.close()


def test_ordinary_temporary_files_renamed_into_place_need_no_full_walk(root: Path) -> None:
    """What editors and git do (write a temporary file, rename it over the real one) is followed through
    the rename: no full walk for it, step after step (each scanned twice, as a session does)."""
    checked = Checked(root)
    try:
        checked.scan("first")
        for round_number in range(3):
            temporary = root / "p" / "x" / f".one.txt.{round_number}.tmp"
            temporary.write_text(f"saved {round_number}\n")
            temporary.rename(root / "p" / "x" / "one.txt")
            checked.scan(f"save {round_number}: the scrub after the step")
            checked.scan(f"save {round_number}: the checkpoint before the next")
        assert checked.scanner.full_walks == 1
    finally:
        checked.close()


def hostile_change(root: Path, rng: random.Random) -> None:
    """One random change, hard links made, used and removed among them (`random_change` has none)."""
    folders = [
        root,
        *(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink() and ".git" not in p.parts),
    ]
    entries = [p for p in root.rglob("*") if ".git" not in p.parts]
    files = [p for p in entries if p.is_file() and not p.is_symlink()]
    name = rng.choice(folders) / rng.choice("abcdef")
    kind = rng.randrange(12)
    try:
        if kind <= 1:
            name.write_text(rng.choice(["x", "yy"]))
        elif kind == 2:
            name.mkdir()
        elif kind == 3 and entries:
            victim = rng.choice(entries)
            shutil.rmtree(victim) if victim.is_dir() and not victim.is_symlink() else victim.unlink()
        elif kind == 4 and entries:
            os.rename(rng.choice(entries), name)
        elif kind == 5 and files:
            os.link(rng.choice(files), name)
        elif kind == 6 and files:  # a passing link, removed or renamed away
            os.link(rng.choice(files), name)
            with open(name, "a") as handle:
                handle.write("+")
            name.unlink() if rng.random() < 0.5 else os.rename(name, rng.choice(folders) / "moved")
        elif kind == 7 and files:
            with open(rng.choice(files), "a") as handle:
                handle.write("!")
        elif kind == 8 and entries:
            victim = rng.choice(entries)
            if not victim.is_symlink():
                os.chmod(victim, rng.choice([0o644, 0o755, 0o4755]))
        elif kind == 9:
            name.symlink_to("x")
        elif kind == 10 and len(folders) > 2:
            one, other = rng.sample(folders[1:], 2)
            os.rename(one, root / "swap")
            os.rename(other, one)
            os.rename(root / "swap", other)
        elif kind == 11 and files:
            temporary = name.with_name(f"{name.name}.tmp")
            temporary.write_text("saved")
            os.rename(temporary, rng.choice(files))
    except OSError:
        pass  # a name taken, a folder moved into itself: the change did not happen


@pytest.mark.parametrize("seed", range(30))
def test_random_hostile_changes_keep_scan_and_changes_since_equal_to_a_full_walk(
    base: Path, seed: int
) -> None:
    root = base / "ws"
    (root / ".git").mkdir(parents=True)
    rng = random.Random(seed)
    checked = Checked(root)
    try:
        checked.scan("first")
        for round_number in range(15):
            for _ in range(rng.randint(1, 5)):
                hostile_change(root, rng)
            checked.scan(f"round {round_number}")
            if rng.random() < 0.5:
                checked.scan(f"round {round_number}, the scrub's scan")
    finally:
        checked.close()


# -- the same attacks from inside the real sandbox ---------------------------------------------------------

PASSING_LINK = """
import os
os.chdir("/workspace")
os.link("src/victim.txt", "other/passing")
with open("other/passing", "a") as handle:
    handle.write("written through a link gone by the end of the call\\n")
os.chmod("other/passing", 0o4755)
os.unlink("other/passing")
"""

IN_A_NEW_FOLDER = """
import os, shutil
os.chdir("/workspace")
os.mkdir("fresh")
os.link("src/second.txt", "fresh/passing")
with open("fresh/passing", "a") as handle:
    handle.write("written through a link in a folder made in this call\\n")
shutil.rmtree("fresh")
"""

INTO_GIT = """
import os
os.chdir("/workspace")
try:
    os.link("src/victim.txt", ".git/passing")
except OSError as error:
    print(error.errno)
"""

MAKE_A_HOLE = """
import os
os.chdir("/workspace")
os.mkdir("hole")
os.chmod("hole", 0o300)
"""

THROUGH_THE_HOLE = """
import os
os.chdir("/workspace")
os.link("src/third.txt", "hole/passing")
with open("hole/passing", "a") as handle:
    handle.write("written through a link in a folder nobody can list\\n")
os.unlink("hole/passing")
"""

SHUFFLE = """
import os, shutil
os.chdir("/workspace")
os.rename("tree/child", "away")            # the child leaves,
os.rename("tree", "away/tree")             # the parent goes below it,
os.rename("away", "tree")                  # and the child takes the parent's place
os.rename("src/second.txt", "b.txt"); os.rename("b.txt", "other/c.txt"); os.rename("other/c.txt", "src/second.txt")
shutil.rmtree("other"); os.makedirs("other/deeper")
with open("tree/tree/inside.txt", "w") as handle:
    handle.write("below the moved parent\\n")
"""


@pytest.mark.docker
@pytest.mark.anyio
async def test_passing_hard_links_and_shuffles_from_inside_the_sandbox(tmp_path: Path) -> None:
    from agentkit.coding.workspace import workspace_sandbox_config
    from agentkit.sandbox.docker import DockerSandbox

    repo = tmp_path / "repo"
    for folder in ("src", "other", "tree/child/grandchild", ".git"):
        (repo / folder).mkdir(parents=True)
    for name in ("victim.txt", "second.txt", "third.txt"):
        (repo / "src" / name).write_text(f"{name}\n")
    (repo / "tree" / "child" / "grandchild" / "g.txt").write_text("g\n")
    checked = Checked(repo)
    sandbox = await DockerSandbox.create(workspace_sandbox_config(repo))

    async def call(script: str) -> str:
        done = await sandbox.exec(["python3", "-c", script], timeout=60)
        assert done.exit_code == 0, done.stderr
        return done.stdout

    try:
        checked.scan("first")
        await call(PASSING_LINK)
        kept = checked.scan("a passing link in the sandbox")
        victim = (repo / "src" / "victim.txt").stat()
        assert kept.files["src/victim.txt"][2] == victim.st_size and victim.st_mode & stat.S_ISUID
        assert ("src/victim.txt", victim.st_mode) in kept.unsafe
        checked.scan("the scrub's scan")
        await call(IN_A_NEW_FOLDER)
        kept = checked.scan("a passing link in a new folder")
        assert kept.files["src/second.txt"][2] == (repo / "src" / "second.txt").stat().st_size
        # The repository's .git is mounted read-only: no link can hide there.
        assert (await call(INTO_GIT)).strip() in {str(errno) for errno in (18, 30)}  # EXDEV, EROFS
        await call(MAKE_A_HOLE)
        checked.scan("a folder nobody can list")
        await call(THROUGH_THE_HOLE)
        kept = checked.scan("a passing link in it")
        assert kept.files["src/third.txt"][2] == (repo / "src" / "third.txt").stat().st_size
        os.chmod(repo / "hole", 0o700)
        await call(SHUFFLE)
        checked.scan("folders and files shuffled")
        await call("open('/workspace/tree/tree/child-was-here.txt', 'w').write('x')")
        kept = checked.scan("written in the moved parent")
        assert "tree/tree/child-was-here.txt" in kept.files
    finally:
        await sandbox.close()
        checked.close()
