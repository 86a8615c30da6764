"""`agentkit code --resume` without an id, through the real CLI: on a terminal (a pseudo-terminal here)
a numbered list of the repository's recent sessions to choose from; piped or headless, a refusal that
lists them and points to --continue. No model and no sandbox are needed: the chosen session is shown by
`--diff`, which names it."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from pathlib import Path

import pytest
from cli_helpers import agentkit, cli_env, entry_point, write_task

from agentkit.coding.store import new_session

TASK = "version: 1\nengine: {kind: replay, outputs: []}\nmodel: {tokenizer: {tokenizer}}\nprompt: unused\n"


@pytest.fixture
def sessions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str], list[str]]:
    """A repository with three saved sessions (ids oldest first) and the environment that finds them."""
    env = {"AGENTKIT_CODE_HOME": str(tmp_path / "sessions"), "AGENTKIT_CONFIG_HOME": str(tmp_path / "config")}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    repo = tmp_path / "repo"
    repo.mkdir()
    ids = []
    for title in ("first task", "second task", "third task"):
        folder = new_session(repo)
        folder.meta.title = title
        folder.save()
        ids.append(folder.id)
        time.sleep(0.01)  # distinct `updated` times: the list is newest first
    return repo, env, ids


def test_resume_without_id_off_a_terminal_lists_sessions_and_points_to_continue(
    tmp_path: Path, sessions: tuple[Path, dict[str, str], list[str]]
) -> None:
    repo, env, ids = sessions
    task = write_task(tmp_path, TASK)
    for args in (("--resume", "-p", "go on"), ("-r",), ("--resume", "--diff")):
        done = agentkit("code", repo, "--task", task, *args, env=env)
        assert done.returncode == 2, (args, done.stderr)
        assert "--resume without an id needs a terminal" in done.stderr and "--continue" in done.stderr
        listed = [line.split()[0] for line in done.stderr.splitlines() if line.startswith("  ")]
        assert listed == ids[::-1], done.stderr  # every recent session, newest first
    named = agentkit("code", repo, "--task", task, "--resume", ids[0], "--diff", env=env)
    assert named.returncode == 1 and f"session {ids[0]} has no checkpoints yet" in named.stderr


def test_resume_without_id_on_a_terminal_offers_a_numbered_choice(
    tmp_path: Path, sessions: tuple[Path, dict[str, str], list[str]]
) -> None:
    repo, env, ids = sessions
    task = write_task(tmp_path, TASK)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*entry_point(), "code", str(repo), "--task", str(task), "--resume", "--diff"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=cli_env(env),
        close_fds=True,
    )
    os.close(follower)
    screen = b""

    def read_until(marker: bytes, timeout: float = 60) -> None:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while marker not in screen:
            assert time.monotonic() < deadline, f"{marker!r} not shown: {screen.decode(errors='replace')}"
            if select.select([leader], [], [], 0.5)[0]:
                try:
                    screen += os.read(leader, 4096)
                except OSError:  # the terminal closed: the program exited
                    break

    try:
        read_until(b"Resume which session?")
        text = screen.decode()
        for number, session_id in enumerate(ids[::-1], 1):
            assert f"{number}. {session_id}" in text
        os.write(leader, b"7\r")  # out of range: asked again
        read_until(b"is not a number from 1 to 3")
        os.write(leader, b"3\r")  # the oldest
        read_until(b"has no checkpoints yet")
        assert process.wait(timeout=60) == 1
        assert f"session {ids[0]} has no checkpoints yet" in screen.decode()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
