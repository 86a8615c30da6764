"""Hostile code in the real sandbox changes the bind-mounted repository in ways meant to go unseen; the
host's scanner, which lists only the directories its watch reported, must still see what a full walk sees."""

from __future__ import annotations

import textwrap
from pathlib import Path

import anyio
import pytest

from agentkit.coding.scan import WorkspaceScanner, scan_workspace
from agentkit.coding.workspace import workspace_sandbox_config
from agentkit.sandbox.docker import DockerSandbox

pytestmark = [pytest.mark.anyio, pytest.mark.docker]

HOSTILE = textwrap.dedent(
    """
    import mmap, os, subprocess
    os.chdir("/workspace")
    # A write through a mapping after its descriptor was closed, alone in its folder: no write(2) for
    # inotify to see, only the close when the mapping goes.
    with open("mapped/mapped.txt", "r+b") as handle:
        mapping = mmap.mmap(handle.fileno(), 0)
    mapping[:6] = b"MAPPED"
    mapping.flush()
    # A same-size write with the mtime put back.
    before = os.stat("src/quiet.txt")
    with open("src/quiet.txt", "w") as handle:
        handle.write("QUIET\\n")
    os.utime("src/quiet.txt", ns=(before.st_atime_ns, before.st_mtime_ns))
    # Setuid, a FIFO, a folder swapped for a symlink to the host's root, a deep new tree.
    os.chmod("src/run.sh", 0o4755)
    os.mkfifo("src/pipe")
    os.rename("docs", "docs-away")
    os.symlink("/", "docs")
    os.makedirs("deep/a/b/c")
    with open("deep/a/b/c/new.txt", "w") as handle:
        handle.write("new")
    # A child left running to write after the call returned: the sandbox ends it with the call.
    subprocess.Popen(["sh", "-c", "sleep 2; echo late > src/late.txt"], start_new_session=True)
    """
)

THROUGH_A_LINK = textwrap.dedent(
    """
    with open("/workspace/deep/alias.txt", "a") as handle:
        handle.write("written through the other link\\n")
    """
)


async def test_hostile_changes_in_the_sandbox_are_all_seen(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "docs" / "index.md").write_text("docs\n")
    (repo / "mapped").mkdir()
    (repo / "mapped" / "mapped.txt").write_text("original text\n")
    (repo / "src" / "quiet.txt").write_text("quiet\n")
    (repo / "src" / "run.sh").write_text("echo hi\n")
    scanner = WorkspaceScanner(repo)
    sandbox = await DockerSandbox.create(workspace_sandbox_config(repo))
    try:
        mapped_before = scanner.scan().files["mapped/mapped.txt"]
        done = await sandbox.exec(["python3", "-c", HOSTILE], timeout=60)
        assert done.exit_code == 0, done.stderr
        kept = scanner.scan()
        assert kept.files == scan_workspace(repo).files
        assert kept.files["mapped/mapped.txt"] != mapped_before
        assert (repo / "mapped" / "mapped.txt").read_bytes().startswith(b"MAPPED")
        assert sorted(kept.unsafe) == sorted(scan_workspace(repo).unsafe)
        assert {path for path, _ in kept.unsafe} == {"src/run.sh", "src/pipe"}
        assert "deep/a/b/c/new.txt" in kept.files and "docs/index.md" not in kept.files
        assert scanner.full_walks == 2  # folders made in the call: nothing watched them meanwhile
        # A hard link made in the sandbox, then a write through it in a later call.
        linked = await sandbox.exec("ln /workspace/src/quiet.txt /workspace/deep/alias.txt", timeout=30)
        assert linked.exit_code == 0, linked.stderr
        assert scanner.scan().files == scan_workspace(repo).files  # a new hard link: one full walk
        written = await sandbox.exec(["python3", "-c", THROUGH_A_LINK], timeout=30)
        assert written.exit_code == 0, written.stderr
        kept = scanner.scan()
        assert kept.files == scan_workspace(repo).files
        assert kept.files["src/quiet.txt"][2] == (repo / "src" / "quiet.txt").stat().st_size
        assert scanner.full_walks == 3
        await anyio.sleep(2.5)
        assert not (repo / "src" / "late.txt").exists()  # the child did not outlive its call
    finally:
        await sandbox.close()
        scanner.close()
