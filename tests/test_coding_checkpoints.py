"""Workspace checkpoints against real git: what a snapshot holds, byte-for-byte restores, the user's
repository left alone, no git identity needed, and a restore that fails midway changing nothing."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from agentkit.coding.checkpoints import CheckpointError, CheckpointStore


def files_of(root: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(root.rglob("*")):
        if ".git" in path.relative_to(root).parts or not path.is_file():
            continue
        out[str(path.relative_to(root))] = path.read_bytes()
    return out


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout


def user_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "a.txt").write_text("one\r\ntwo\n")  # CRLF kept byte for byte
    (repo / ".gitattributes").write_text("*.txt text eol=crlf\n*.bin filter=lfs\n")
    (repo / ".gitignore").write_text("*.log\nbuild/\n")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=u", "-c", "user.email=u@u", "commit", "-q", "-m", "base")
    (repo / "dirty.txt").write_text("staged\n")
    git(repo, "add", "dirty.txt")
    (repo / "stashed.txt").write_text("x")
    git(repo, "stash", "push", "-q", "--include-untracked", "-m", "mine")
    (repo / "dirty.txt").write_text("staged\n")
    git(repo, "add", "dirty.txt")
    return repo


def repo_state(repo: Path) -> tuple[str, ...]:
    return (
        git(repo, "symbolic-ref", "HEAD"),
        git(repo, "rev-parse", "HEAD"),
        (repo / ".git" / "index").read_bytes().hex(),
        git(repo, "stash", "list"),
        (repo / ".git" / "config").read_text(),
        git(repo, "for-each-ref"),
    )


def test_snapshot_and_restore_are_byte_exact_and_leave_the_users_git_alone(tmp_path: Path) -> None:
    repo = user_repo(tmp_path)
    before_git = repo_state(repo)
    (repo / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (repo / "notes.log").write_text("small ignored file\n")
    (repo / "build").mkdir()
    (repo / "build" / "big.o").write_bytes(b"\0" * 10)
    (repo / "link").symlink_to("a.txt")
    store = CheckpointStore(repo, tmp_path / "store")
    original = files_of(repo)
    base = store.snapshot("start", step=0)
    assert base.skipped_ignored_dirs == ("build/",)

    (repo / "a.txt").write_text("changed\n")
    (repo / "blob.bin").unlink()
    (repo / "new" / "deep").mkdir(parents=True)
    (repo / "new" / "deep" / "file.py").write_text("print(1)\n")
    (repo / "notes.log").write_text("changed ignored file\n")
    (repo / "link").unlink()
    preview = store.preview(base)
    assert {str(c) for c in preview.changes} == {
        "M a.txt", "A blob.bin", "D new/deep/file.py", "M notes.log", "A link",
    }  # fmt: skip

    report = store.restore(base)
    assert report.safety is not None
    assert files_of(repo) == original
    assert (repo / "link").is_symlink() and os.readlink(repo / "link") == "a.txt"
    assert not (repo / "new").exists()  # directories emptied by the restore go too
    assert (repo / "build" / "big.o").exists()  # ignored directories are never touched
    assert repo_state(repo) == before_git

    # The safety snapshot holds what the restore replaced: restoring it is a redo.
    store.restore(report.safety)
    assert (repo / "new" / "deep" / "file.py").read_text() == "print(1)\n"
    assert (repo / "a.txt").read_text() == "changed\n"


def test_works_outside_a_git_repository_and_without_any_git_identity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "f.txt").write_text("v1")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no ~/.gitconfig: git has no user.name or user.email
    monkeypatch.delenv("EMAIL", raising=False)
    monkeypatch.setenv("GIT_DIR", str(tmp_path / "elsewhere"))  # a hook's leftovers must not leak in
    store = CheckpointStore(folder, tmp_path / "store")
    first = store.snapshot("start")
    (folder / "f.txt").write_text("v2")
    second = store.snapshot("later")
    assert first.tree != second.tree
    assert [str(c) for c in store.changes(first, second)] == ["M f.txt"]
    assert "-v1\n\\ No newline at end of file\n+v2" in store.diff(first, second)
    store.restore(first)
    assert (folder / "f.txt").read_text() == "v1"
    assert not (tmp_path / "elsewhere").exists()


def test_a_restore_failing_midway_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "a.txt").write_text("a1")
    (folder / "z.txt").write_text("z1")
    store = CheckpointStore(folder, tmp_path / "store")
    target = store.snapshot("target")
    # Break the target: the blob of z.txt disappears from the store, so checking it out fails after
    # a.txt (earlier in order) may already have been written.
    blob = subprocess.run(
        ["git", "--git-dir", str(store.git_dir), "rev-parse", f"{target.tree}:z.txt"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    (folder / "a.txt").write_text("a2")
    (folder / "z.txt").write_text("z2")
    (folder / "extra.txt").write_text("made later")
    (store.git_dir / "objects" / blob[:2] / blob[2:]).unlink()
    with pytest.raises(CheckpointError, match="nothing was changed"):
        store.restore(target)
    assert files_of(folder) == {"a.txt": b"a2", "extra.txt": b"made later", "z.txt": b"z2"}


def test_snapshots_are_read_back_from_the_store_log(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "f").write_text("x")
    store = CheckpointStore(folder, tmp_path / "store")
    made = store.snapshot("one", step=3)
    again = CheckpointStore(folder, tmp_path / "store")
    assert again.find(0) == made
    with pytest.raises(CheckpointError, match="no checkpoint 5"):
        again.find(5)


def fresh_tree(folder: Path, store: Path, max_ignored_bytes: int = 100) -> str:
    """The tree a brand-new store makes of ``folder`` (its first snapshot is a full `git add --all`)."""
    return CheckpointStore(folder, store, max_ignored_bytes=max_ignored_bytes).snapshot("reference").tree


def test_incremental_snapshots_equal_full_ones_through_every_kind_of_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each snapshot after the first asks git only about the paths one walk found changed; at every
    # step its tree must be the tree a new store's full `git add --all` makes of the same folder.
    folder = tmp_path / "ws"
    (folder / "src").mkdir(parents=True)
    (folder / ".gitignore").write_text("*.log\nnode_modules/\n")
    (folder / "src" / "a.py").write_text("a = 1\n")
    (folder / "src" / "b.py").write_text("b = 1\n")
    (folder / "run.sh").write_text("echo hi\n")
    (folder / "old.log").write_text("small ignored\n")
    store = CheckpointStore(folder, tmp_path / "store", max_ignored_bytes=100)
    edits = [
        lambda: (folder / "src" / "a.py").write_text("a = 2\n"),  # same size, within the same second
        lambda: (folder / "src" / "c.py").write_text("new\n"),
        lambda: (folder / "src" / "b.py").unlink(),
        lambda: os.chmod(folder / "run.sh", 0o755),  # a mode change only
        lambda: (folder / "new.log").write_text("small ignored, new\n"),
        lambda: (folder / "big.log").write_bytes(b"x" * 500),  # ignored and large: left out
        lambda: (folder / "node_modules" / "pkg").mkdir(parents=True),
        lambda: (folder / "node_modules" / "pkg" / "i.js").write_text("ignored directory\n"),
        lambda: (folder / "old.log").write_text("tracked now, so it follows the workspace\n"),
        lambda: (folder / "link").symlink_to("src/a.py"),
        lambda: ((folder / "link").unlink(), (folder / "link").symlink_to("src/c.py")),
        lambda: ((folder / "src" / "c.py").unlink(), (folder / "src" / "c.py").mkdir()),  # file -> dir
        lambda: (folder / "src" / "c.py" / "inner.py").write_text("inside\n"),
        lambda: subprocess.run(["rm", "-r", str(folder / "src" / "c.py")], check=True),
        lambda: (folder / "src" / "c.py").write_text("a file again\n"),  # dir -> file
        lambda: (folder / ".gitignore").write_text("*.log\n"),  # node_modules/ no longer ignored
        lambda: subprocess.run(["sh", "-c", "echo made by a shell > 'sp ace*.txt'"], cwd=folder, check=True),
    ]
    full_adds: list[int] = []
    add_all = CheckpointStore._add_all
    monkeypatch.setattr(
        CheckpointStore, "_add_all", lambda self, scan: full_adds.append(id(self)) or add_all(self, scan)
    )
    outside_snapshots = {5, 6, 7}  # a large ignored file, an empty directory, an ignored directory
    previous = store.snapshot("start")
    for number, edit in enumerate(edits):
        edit()
        made = store.snapshot(f"after edit {number}")
        assert made.tree == fresh_tree(folder, tmp_path / f"reference-{number}"), f"edit {number}"
        assert (made.tree == previous.tree) == (number in outside_snapshots), f"edit {number}"
        previous = made
    assert full_adds.count(id(store)) == 2  # the first snapshot, and the one after .gitignore changed
    assert "big.log" in made.skipped_large_files
    unchanged = store.snapshot("nothing changed")
    assert (unchanged.commit, unchanged.tree) == (made.commit, made.tree)  # no git object, no new commit
    store.restore(store.find(0))
    assert store.snapshot("after the restore").tree == fresh_tree(folder, tmp_path / "reference-restored")


def test_a_change_that_keeps_size_and_mtime_is_still_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hostile or careless writer can put the mtime back (touch -d), never the ctime. The racy rule
    # (files changed just before a walk are checked again) is off here, so the ctime alone must tell.
    monkeypatch.setattr("agentkit.coding.scan.RACY_NS", 0)
    folder = tmp_path / "ws"
    folder.mkdir()
    target = folder / "f.txt"
    target.write_text("aaaa")
    store = CheckpointStore(folder, tmp_path / "store")
    first = store.snapshot("one")
    before = target.stat()
    time.sleep(0.05)  # past the clock's granularity: the next write gets another ctime
    target.write_text("bbbb")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    second = store.snapshot("two")
    assert [str(c) for c in store.changes(first, second)] == ["M f.txt"]
    time.sleep(0.05)
    target.write_text("cccc")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    third = store.snapshot("three")
    assert [str(c) for c in store.changes(second, third)] == ["M f.txt"]


def test_another_writer_of_the_index_or_a_nested_repository_means_a_full_add(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "f.txt").write_text("one")
    store = CheckpointStore(folder, tmp_path / "store")
    store.snapshot("one")
    other = CheckpointStore(folder, tmp_path / "store")  # a second process on the same session
    (folder / "g.txt").write_text("two")
    other.snapshot("two")
    (folder / "h.txt").write_text("three")
    made = store.snapshot("three")  # its idea of the index is stale: it must not build on it
    assert made.tree == fresh_tree(folder, tmp_path / "reference")
    nested = folder / "vendor" / "lib"
    nested.mkdir(parents=True)
    git(nested, "init", "-q")
    (nested / "x.py").write_text("x")
    git(nested, "add", ".")
    git(nested, "-c", "user.name=u", "-c", "user.email=u@u", "commit", "-q", "-m", "x")
    made = store.snapshot("nested")
    assert made.tree == fresh_tree(folder, tmp_path / "reference-nested")
