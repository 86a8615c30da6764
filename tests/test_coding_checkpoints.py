"""Workspace checkpoints against real git: what a snapshot holds, byte-for-byte restores, the user's
repository left alone, no git identity needed, and a restore that fails midway changing nothing."""

from __future__ import annotations

import os
import subprocess
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
