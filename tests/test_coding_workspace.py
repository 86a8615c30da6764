"""The repository as the sandbox workspace: the container config, and the scrub of what must not stay."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentkit.coding.scan import scan_workspace
from agentkit.coding.workspace import find_unsafe, scrub, workspace_sandbox_config


def test_config_binds_the_repository_and_protects_git_and_agentkit(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".agentkit").mkdir()
    config = workspace_sandbox_config(tmp_path)
    assert config.workspace.kind == "bind" and config.workspace.host_path == str(tmp_path.resolve())
    assert config.user == f"{os.getuid()}:{os.getgid()}"
    assert {(m.target, m.read_only) for m in config.mounts} == {
        ("/workspace/.git", True),
        ("/workspace/.agentkit", True),
    }
    assert config.network == "none" and config.read_only_root  # the rest stays hardened


def test_scrub_clears_setuid_removes_special_files_and_keeps_what_was_there(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "sub").mkdir(parents=True)
    mine = repo / "shared-dir"
    mine.mkdir()
    os.chmod(mine, 0o2775)  # the person's own setgid directory, there before the session
    keep = find_unsafe(repo)
    assert keep == {"shared-dir"}
    (repo / "sub" / "su").write_bytes(b"\x7fELF")
    os.chmod(repo / "sub" / "su", 0o6755)
    os.mkfifo(repo / "sub" / "pipe")
    outside = tmp_path / "outside"
    outside.write_text("host file")
    os.chmod(outside, 0o4755)
    (repo / "link").symlink_to(outside)  # never followed
    report = scrub(repo, keep=keep)
    assert report.cleared == [("sub/su", 0o6755)] and report.removed == [("sub/pipe", "FIFO")]
    assert stat.S_IMODE((repo / "sub" / "su").stat().st_mode) == 0o755
    assert not (repo / "sub" / "pipe").exists()
    assert stat.S_IMODE(outside.stat().st_mode) == 0o4755  # the symlink's target was not touched
    assert stat.S_IMODE(mine.stat().st_mode) == 0o2775
    assert not scrub(repo, keep=keep)


def test_the_walk_never_leaves_the_repository_even_when_a_folder_is_swapped_mid_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a hostile sandbox can do while the scrub runs: list the top, then replace a folder the walk
    # is about to enter with a symlink to a host folder holding a setuid file and a FIFO.
    outside = tmp_path / "host"
    outside.mkdir()
    (outside / "su").write_bytes(b"\x7fELF")
    os.chmod(outside / "su", 0o4755)
    os.mkfifo(outside / "pipe")
    repo = tmp_path / "repo"
    (repo / "sub").mkdir(parents=True)
    (repo / "sub" / "f.txt").write_text("x")
    (repo / "dirlink").symlink_to(outside)  # a symlink from the start: never entered
    real_scandir = os.scandir
    listed: list[int] = []

    class SwapAfterTopListing:
        def __init__(self, fd: int) -> None:
            self.inner = real_scandir(fd)

        def __enter__(self) -> Iterator[os.DirEntry[str]]:
            return iter(self.inner)

        def __exit__(self, *exc: object) -> None:
            self.inner.close()
            listed.append(1)
            if len(listed) == 1:
                (repo / "sub").rename(tmp_path / "moved-away")
                (repo / "sub").symlink_to(outside)

    monkeypatch.setattr(os, "scandir", SwapAfterTopListing)
    found = scan_workspace(repo)
    monkeypatch.undo()
    assert len(listed) == 1  # the swapped folder was not entered
    assert found.unsafe == [] and set(found.files) == {"dirlink"}
    report = scrub(repo)  # a fresh walk: `sub` is a symlink now, and is not followed either
    assert not report
    assert stat.S_IMODE((outside / "su").stat().st_mode) == 0o4755 and stat.S_ISFIFO(
        (outside / "pipe").lstat().st_mode
    )
