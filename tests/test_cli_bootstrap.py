"""A fresh machine: the README's first command bootstraps Docker and the sandbox image for a task with
sandboxed tools, or fails before starting anything with the one command to run; `doctor` says the same.

Docker is made unreachable with DOCKER_HOST pointing at a socket nobody listens on (the shared dockerd
is never touched). The wrapper is run from a copy of scripts/ whose setup-venv.sh and docker-bootstrap.sh
are stand-ins that record that they ran: the real ones would install packages and start a daemon.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import EXAMPLES, agentkit, cli_env, write_task
from conftest import REPO_ROOT

QUICKSTART = EXAMPLES / "quickstart" / "task.yaml"
HINT = "Run: ./scripts/docker-bootstrap.sh"


def dead_docker(tmp_path: Path) -> dict[str, str]:
    return {"DOCKER_HOST": f"unix://{tmp_path}/no-dockerd.sock"}


def test_run_without_docker_fails_first_with_the_one_command(tmp_path: Path) -> None:
    trajectory = tmp_path / "t.jsonl"
    done = agentkit("run", QUICKSTART, "--jsonl", "--trajectory", trajectory, env=dead_docker(tmp_path))
    assert done.returncode == 4, done.stderr
    assert "runs tools in a Docker sandbox" in done.stderr and "cannot reach the Docker daemon" in done.stderr
    assert HINT in done.stderr
    assert done.stdout == "" and not trajectory.exists()  # nothing started: no event, no trajectory


def test_dry_run_of_a_sandboxed_task_names_the_bootstrap_without_docker(tmp_path: Path) -> None:
    # A dry run checks what the run needs (the sandbox's Docker and image), located at the task's line.
    done = agentkit("run", QUICKSTART, "--dry-run", env=dead_docker(tmp_path))
    assert done.returncode == 2, done.stderr
    assert (
        "task.yaml:40:1: sandbox.image: a tool runs in the sandbox, but docker: cannot reach the Docker daemon"
        in (done.stderr)
    )
    assert "./scripts/docker-bootstrap.sh" in done.stderr


def test_doctor_names_the_same_command(tmp_path: Path) -> None:
    done = agentkit("doctor", "--task", QUICKSTART, env=dead_docker(tmp_path))
    assert done.returncode == 1
    docker_lines = [line for line in done.stdout.splitlines() if "docker" in line.lower()]
    assert any(line.startswith("fail  docker") for line in docker_lines), done.stdout
    assert "fix: ./scripts/docker-bootstrap.sh" in done.stdout


def wrapper_copy(tmp_path: Path, bootstrap_exit: int) -> tuple[Path, Path]:
    scripts = tmp_path / "repo" / "scripts"
    scripts.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / "scripts" / "agentkit", scripts / "agentkit")
    marker = tmp_path / "bootstrap-ran"
    (scripts / "setup-venv.sh").write_text("#!/bin/sh\nexit 0\n")
    (scripts / "docker-bootstrap.sh").write_text(
        f"#!/bin/sh\necho 'stand-in bootstrap ran' >&2\ntouch {marker}\nexit {bootstrap_exit}\n"
    )
    for script in scripts.iterdir():
        script.chmod(0o755)
    return scripts / "agentkit", marker


def run_wrapper(wrapper: Path, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    venv = Path(os.environ.get("AGENTKIT_VENV") or Path(sys.executable).parent.parent)
    env = cli_env({**dead_docker(tmp_path), "AGENTKIT_VENV": str(venv), **extra})
    return subprocess.run(
        [str(wrapper), "run", str(QUICKSTART), "--quiet"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )


def test_wrapper_bootstraps_with_visible_progress_then_runs_again(tmp_path: Path) -> None:
    wrapper, marker = wrapper_copy(tmp_path, bootstrap_exit=0)
    done = run_wrapper(wrapper, tmp_path)
    assert marker.exists()
    stderr = done.stderr
    assert stderr.index("cannot reach the Docker daemon") < stderr.index("bootstrapping Docker")
    assert stderr.index("stand-in bootstrap ran") < stderr.index("running the task")
    # The stand-in started nothing, so the second run fails the same way: the wrapper did not loop.
    assert done.returncode == 4 and stderr.count("cannot reach the Docker daemon") == 2


def test_wrapper_says_the_one_command_when_the_bootstrap_fails(tmp_path: Path) -> None:
    wrapper, marker = wrapper_copy(tmp_path, bootstrap_exit=1)
    done = run_wrapper(wrapper, tmp_path)
    assert marker.exists() and done.returncode == 4
    assert "the bootstrap failed" in done.stderr and "run: ./scripts/docker-bootstrap.sh" in done.stderr
    assert "running the task" not in done.stderr


def test_wrapper_never_bootstraps_when_told_not_to(tmp_path: Path) -> None:
    wrapper, marker = wrapper_copy(tmp_path, bootstrap_exit=0)
    done = run_wrapper(wrapper, tmp_path, AGENTKIT_BOOTSTRAP="0")
    assert done.returncode == 4 and HINT in done.stderr
    assert not marker.exists()


@pytest.mark.docker
def test_a_tasks_own_sandbox_image_is_the_one_checked(tmp_path: Path) -> None:
    # Docker is up here; the task names an image nobody built, so the run stops before it starts and
    # says how to get that image (agentkit's bootstrap cannot build someone else's image).
    (tmp_path / "outputs.jsonl").write_text("")
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: outputs.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\n"
        "prompt: Hi.\ntools: [shell]\nsandbox: {image: 'agentkit-test-absent:issue23'}\n",
    )
    done = agentkit("run", path)
    assert done.returncode == 4, done.stderr
    assert "agentkit-test-absent:issue23 (the task's sandbox.image) is not present" in done.stderr
    assert "Run: docker pull agentkit-test-absent:issue23" in done.stderr
