"""The scanner keeps a workspace's scan up to date by listing only the directories a watch saw change:
after every kind of change, and after random ones, its scan must be what a full walk sees."""

from __future__ import annotations

import mmap
import os
import random
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scan_helpers import give_to_nobody, run_unprivileged, view

from agentkit.coding import watch
from agentkit.coding.scan import WorkspaceScan, WorkspaceScanner, rescan, scan_workspace

pytestmark = pytest.mark.skipif(watch.INotify is None, reason="inotify is Linux-only")


def assert_up_to_date(scanner: WorkspaceScanner, root: Path, what: str) -> WorkspaceScan:
    kept = scanner.scan()
    assert view(kept) == view(scan_workspace(root)), what
    return kept


@pytest.fixture
def tree(base: Path) -> Path:
    root = base / "ws"
    for folder in ("src/pkg", "docs", "build/out"):
        (root / folder).mkdir(parents=True)
    for path in ("src/a.py", "src/pkg/b.py", "docs/index.md", "build/out/x.o", "README"):
        (root / path).write_text(f"{path}\n")
    (root / ".git").mkdir()  # the repository's own: never walked, never watched
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    give_to_nobody(root)
    return root


def changes(root: Path, outside: Path) -> list[tuple[str, Callable[[], object]]]:
    """Every kind of change a step (or a hostile sandbox) can make, in order."""

    def restore_mtime_write() -> None:
        target = root / "src" / "a.py"
        before = target.stat()
        target.write_text("SRC/A.PY\n")  # same size
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))

    def swap_folders() -> None:
        (root / "docs").rename(root / "tmp-swap")
        (root / "src" / "pkg").rename(root / "docs")
        (root / "tmp-swap").rename(root / "src" / "pkg")

    return [
        ("edit a file", lambda: (root / "README").write_text("changed\n")),
        ("a new file", lambda: (root / "src" / "new.py").write_text("new\n")),
        ("a deep new folder", lambda: (root / "a" / "b" / "c").mkdir(parents=True)),
        ("a file in it", lambda: (root / "a" / "b" / "c" / "deep.txt").write_text("deep\n")),
        (
            "rename a file across folders",
            lambda: (root / "src" / "new.py").rename(root / "docs" / "moved.py"),
        ),
        ("rename a folder into another", lambda: (root / "a").rename(root / "docs" / "a")),
        # The moved folder's watch still carries its old path: its events must not be lost.
        (
            "write inside the moved folder",
            lambda: (root / "docs" / "a" / "b" / "c" / "deep.txt").write_text("x"),
        ),
        (
            "a new file inside the moved folder",
            lambda: (root / "docs" / "a" / "b" / "more.txt").write_text("y"),
        ),
        ("remove a tree", lambda: shutil.rmtree(root / "build")),
        (
            "a folder swapped for a symlink out",
            lambda: (shutil.rmtree(root / "docs" / "a"), (root / "docs" / "a").symlink_to(outside)),
        ),
        (
            "the symlink swapped for a folder",
            lambda: ((root / "docs" / "a").unlink(), (root / "docs" / "a").mkdir()),
        ),
        ("setuid on a file", lambda: os.chmod(root / "src" / "a.py", 0o4755)),
        ("setgid on a folder", lambda: os.chmod(root / "src" / "pkg", 0o2755)),
        ("a FIFO", lambda: os.mkfifo(root / "src" / "pkg" / "pipe")),
        ("a same-size write with its mtime put back", restore_mtime_write),
        ("a folder made unreadable", lambda: os.chmod(root / "src" / "pkg", 0o000)),
        (
            "a file added in it meanwhile",
            lambda: (
                os.chmod(root / "src" / "pkg", 0o700),
                (root / "src" / "pkg" / "hidden.py").write_text("h"),
                os.chmod(root / "src" / "pkg", 0o300),
            ),
        ),
        ("readable again", lambda: os.chmod(root / "src" / "pkg", 0o755)),
        ("two folders swapped", swap_folders),
        ("a nested repository", lambda: (root / "src" / "vendored" / ".git").mkdir(parents=True)),
        ("a file turned into a folder", lambda: ((root / "README").unlink(), (root / "README").mkdir())),
        ("and back", lambda: ((root / "README").rmdir(), (root / "README").write_text("file again\n"))),
        ("the user's .git written", lambda: (root / ".git" / "index").write_bytes(b"DIRC")),
    ]


#: The changes above after which the scan walks everything: a new folder had no watch while it was made,
#: and while a folder cannot be listed (from the change after it was locked until it is listed again)
#: nothing watches it either.
WALKED = [
    "a deep new folder",
    "the symlink swapped for a folder",
    "a file added in it meanwhile",
    "readable again",
    "a nested repository",
    "a file turned into a folder",
]


def test_every_kind_of_change_is_seen_without_walking_again(tree: Path, base: Path) -> None:
    def scenario() -> None:
        outside = base / "outside"
        outside.mkdir()
        (outside / "secret").write_text("host")
        scanner = WorkspaceScanner(tree)
        try:
            assert_up_to_date(scanner, tree, "first")
            walked = []
            for what, change in changes(tree, outside):
                change()
                walks = scanner.full_walks
                assert_up_to_date(scanner, tree, what)
                if scanner.full_walks > walks:
                    walked.append(what)
            # Every other change above was found through the watch. A new folder was not watched while
            # it was made (a hard link in it may have come and gone), nor is an unreadable one.
            assert walked == WALKED
            walks = scanner.full_walks
            assert_up_to_date(scanner, tree, "nothing changed")
            assert scanner.full_walks == walks
        finally:
            scanner.close()

    run_unprivileged(scenario)


def test_a_write_through_another_hard_link_is_seen(tree: Path) -> None:
    scanner = WorkspaceScanner(tree)
    try:
        scanner.scan()
        os.link(tree / "docs" / "index.md", tree / "src" / "alias.md")
        # A new multi-linked inode: its other path may be anywhere, so this scan walks everything.
        assert_up_to_date(scanner, tree, "a hard link made")
        assert scanner.full_walks == 2
        # A write through one path changes the other's directory without an event there.
        with open(tree / "src" / "alias.md", "a") as alias:
            alias.write("appended through the alias\n")
        kept = assert_up_to_date(scanner, tree, "written through the alias")
        assert kept.files["docs/index.md"][2] == (tree / "docs" / "index.md").stat().st_size
        assert scanner.full_walks == 2
    finally:
        scanner.close()


def test_a_file_linked_from_outside_the_workspace_is_checked_every_time(tree: Path, tmp_path: Path) -> None:
    os.link(tree / "src" / "a.py", tmp_path / "outside-link.py")  # made before the session
    scanner = WorkspaceScanner(tree)
    try:
        scanner.scan()
        (tmp_path / "outside-link.py").write_text("changed from outside the workspace\n")
        kept = assert_up_to_date(scanner, tree, "written through a link outside")
        assert kept.files["src/a.py"][2] == len("changed from outside the workspace\n")
        assert scanner.full_walks == 1
    finally:
        scanner.close()


def test_a_write_through_a_memory_mapping_is_seen_once_the_mapping_is_gone(tree: Path) -> None:
    scanner = WorkspaceScanner(tree)
    target = tree / "src" / "pkg" / "b.py"
    try:
        first = scanner.scan()
        with open(target, "r+b") as handle:
            mapping = mmap.mmap(handle.fileno(), 0)
        # The descriptor is closed; the mapping still holds the file open for writing.
        mapping[:3] = b"XYZ"
        mapping.close()
        kept = assert_up_to_date(scanner, tree, "written through a mapping")
        assert kept.files["src/pkg/b.py"] != first.files["src/pkg/b.py"] or target.read_bytes()[:3] == b"XYZ"
        assert scanner.full_walks == 1
    finally:
        scanner.close()


def test_a_folder_unreadable_from_the_start_is_walked_once_it_can_be(tree: Path) -> None:
    def scenario() -> None:
        locked = tree / "src" / "locked"
        locked.mkdir()
        (locked / "inside.py").write_text("not listed yet")
        os.chmod(locked, 0o000)  # no watch can be put on it either
        scanner = WorkspaceScanner(tree)
        try:
            assert "src/locked/inside.py" not in scanner.scan().files
            os.chmod(locked, 0o755)
            assert "src/locked/inside.py" in assert_up_to_date(scanner, tree, "readable now").files
            assert scanner.full_walks == 2  # while it could not be listed, nothing watched it
            (locked / "later.py").write_text("watched now")
            assert "src/locked/later.py" in assert_up_to_date(scanner, tree, "watched now").files
            assert scanner.full_walks == 2
        finally:
            scanner.close()

    run_unprivileged(scenario)


def test_an_overflowing_queue_means_a_full_walk(tree: Path) -> None:
    limit = int(Path("/proc/sys/fs/inotify/max_queued_events").read_text())
    scanner = WorkspaceScanner(tree)
    try:
        scanner.scan()
        many = tree / "docs"  # watched since the first scan
        for index in range(limit // 2 + 10):  # created, then closed after writing: two events each
            (many / f"{index}").write_bytes(b"")
        assert_up_to_date(scanner, tree, "after an overflow")
        assert scanner.full_walks == 2
        (many / "0").write_text("after")
        assert_up_to_date(scanner, tree, "the watch works again")
        assert scanner.full_walks == 2
    finally:
        scanner.close()


def test_past_the_watch_cap_every_scan_walks_and_the_watches_are_given_back(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch, "MAX_WATCHES", 8)
    scanner = WorkspaceScanner(tree)
    try:
        scanner.scan()
        for index in range(10):
            (tree / f"d{index}").mkdir()
        assert_up_to_date(scanner, tree, "past the cap")
        assert scanner._watch is None  # closed: the user's watches are free again
        (tree / "d3" / "f").write_text("seen by a walk")
        assert_up_to_date(scanner, tree, "walking")
        assert scanner.full_walks >= 3
    finally:
        scanner.close()


def test_a_replaced_top_folder_means_a_full_walk(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "f").write_text("1")
    scanner = WorkspaceScanner(root)
    try:
        first = scanner.scan()
        root.rename(tmp_path / "old")
        root.mkdir()
        (root / "g").write_text("2")
        assert rescan(root, first, set(), started_ns=0) is None
        assert set(assert_up_to_date(scanner, root, "replaced").files) == {"g"}
    finally:
        scanner.close()


def test_without_a_watch_every_scan_walks(tree: Path) -> None:
    scanner = WorkspaceScanner(tree, watch=False)
    scanner.scan()
    (tree / "src" / "z.py").write_text("z")
    assert "src/z.py" in assert_up_to_date(scanner, tree, "no watch").files
    assert scanner.full_walks == 2


def random_change(root: Path, rng: random.Random) -> None:
    folders = [
        root,
        *(p for p in root.rglob("*") if p.is_dir() and not p.is_symlink() and ".git" not in p.parts),
    ]
    entries = [p for p in root.rglob("*") if ".git" not in p.parts]
    folder = rng.choice(folders)
    name = folder / rng.choice("abcdefgh")
    kind = rng.randrange(10)
    try:
        if kind <= 2:
            name.write_text(rng.choice(["x", "yy", "zzz"]))
        elif kind == 3:
            name.mkdir()
        elif kind == 4 and entries:
            victim = rng.choice(entries)
            shutil.rmtree(victim) if victim.is_dir() and not victim.is_symlink() else victim.unlink()
        elif kind == 5 and entries:
            rng.choice(entries).rename(name)
        elif kind == 6:
            name.symlink_to(rng.choice(["a", "../b", "/etc"]))
        elif kind == 7 and entries:
            victim = rng.choice(entries)
            if not victim.is_symlink():
                os.chmod(victim, rng.choice([0o644, 0o755, 0o4755, 0o2755, 0o700]))
        elif kind == 8:
            files = [p for p in entries if p.is_file() and not p.is_symlink()]
            if files:
                os.link(rng.choice(files), name)
        elif kind == 9:
            files = [p for p in entries if p.is_file() and not p.is_symlink()]
            if files:
                with open(rng.choice(files), "a") as handle:
                    handle.write("+")
    except OSError:
        pass  # a name taken, a folder moved into itself: the change simply did not happen


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_random_changes_keep_the_scan_equal_to_a_full_walk(
    tmp_path_factory: pytest.TempPathFactory, seed: int
) -> None:
    root = tmp_path_factory.mktemp("random")
    rng = random.Random(seed)
    scanner = WorkspaceScanner(root)
    try:
        scanner.scan()
        for round_number in range(12):
            for _ in range(rng.randint(1, 4)):
                random_change(root, rng)
            assert_up_to_date(scanner, root, f"seed {seed}, round {round_number}")
    finally:
        scanner.close()
        for path in root.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, stat.S_IRWXU)
