"""`agentkit sandbox exec | build | ls | prune`, run as a user would (a subprocess, the real engine)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agentkit.sandbox import connect_docker, default_image
from agentkit.sandbox.ownership import LABEL_PID

pytestmark = pytest.mark.docker

REPO = Path(__file__).resolve().parent.parent


class Done:
    def __init__(self, pid: int, returncode: int, stdout: bytes, stderr: bytes) -> None:
        self.pid, self.returncode, self.stdout, self.stderr = pid, returncode, stdout, stderr


def agentkit(*args: str, env: dict[str, str] | None = None, stdin: bytes = b"") -> Done:
    with subprocess.Popen(
        [sys.executable, "-m", "agentkit.cli.app", "sandbox", *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    ) as process:
        stdout, stderr = process.communicate(stdin, timeout=120)
    return Done(process.pid, process.returncode, stdout, stderr)


def containers_of(pid: int) -> list[object]:
    found: list[object] = connect_docker().api.containers(all=True, filters={"label": f"{LABEL_PID}={pid}"})
    return found


def test_exec_streams_output_and_exits_with_the_command_code() -> None:
    done = agentkit("exec", "-e", "WHO=tester", "--", "bash", "-c", 'echo "hi $WHO"; echo oops >&2; exit 7')
    assert done.returncode == 7
    assert done.stdout == b"hi tester\n"
    assert done.stderr == b"oops\n"
    assert containers_of(done.pid) == []  # the container is removed afterwards


def test_exec_timeout_and_out_of_memory_exit_codes() -> None:
    timed_out = agentkit("exec", "--timeout", "1", "--", "sleep", "30")
    assert timed_out.returncode == 124
    assert b"timed out after 1s" in timed_out.stderr
    assert containers_of(timed_out.pid) == []
    oom = agentkit("exec", "--memory", "64m", "--", "python3", "-c", "x = b'x' * (300 << 20)")
    assert oom.returncode == 137
    assert b"out of memory (limit 64m)" in oom.stderr


def test_exec_network_option_and_stdin() -> None:
    isolated = agentkit("exec", "--", "cat", "/sys/class/net/eth0/operstate")
    assert isolated.returncode == 1 and b"No such file" in isolated.stderr  # --network none: only lo
    bridged = agentkit("exec", "--network", "bridge", "--", "ls", "/sys/class/net")
    assert bridged.returncode == 0 and b"eth0" in bridged.stdout
    piped = agentkit("exec", "--stdin", "--", "wc", "-c", stdin=b"12345")
    assert piped.stdout.strip() == b"5"


def test_bad_options_and_unreachable_daemon_are_clear_errors(tmp_path: Path) -> None:
    bad = agentkit("exec", "--network", "host", "--", "true")
    assert bad.returncode == 2 and b"network" in bad.stderr
    dead = tmp_path / "no.sock"
    unreachable = agentkit("exec", "--", "true", env={"DOCKER_HOST": f"unix://{dead}"})
    assert unreachable.returncode == 125
    assert f"cannot reach the Docker daemon at unix://{dead}".encode() in unreachable.stderr
    assert b"Traceback" not in unreachable.stderr


def test_build_ls_and_prune() -> None:
    built = agentkit("build")
    assert built.returncode == 0, built.stderr
    assert built.stdout.decode().strip() == default_image()
    listing = agentkit("ls", "--json")
    assert listing.returncode == 0
    for line in listing.stdout.decode().splitlines():
        info = json.loads(line)
        assert {"id", "name", "owner_pid", "owner_alive", "orphan"} <= set(info)
    client = connect_docker()
    client.api.tag(default_image(), "agentkit-sandbox", "stale-for-test")  # as if left by an older runner
    pruned = agentkit("prune", "--images")
    assert pruned.returncode == 0 and b"sandbox container(s) removed" in pruned.stdout
    assert b"removed image agentkit-sandbox:stale-for-test" in pruned.stdout
    tags = {tag for image in client.api.images(name="agentkit-sandbox") for tag in image["RepoTags"] or []}
    assert "agentkit-sandbox:stale-for-test" not in tags and default_image() in tags


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_exec_removes_its_container(signum: signal.Signals) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "agentkit.cli.app", "sandbox", "exec", "--", "sleep", "60"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as process:
        deadline = time.monotonic() + 60
        while not containers_of(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert containers_of(process.pid), "the sandbox never started"
        time.sleep(0.5)  # let the command start inside
        process.send_signal(signum)
        assert process.wait(timeout=60) != 0
    assert containers_of(process.pid) == []
