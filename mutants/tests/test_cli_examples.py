"""Every task file in examples/ validates and runs through `agentkit run` (replay engine, real sandbox)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import EXAMPLES, agentkit
from conftest import REPO_ROOT

from agentkit.agent.trajectory import read_trajectory

TASKS = sorted(EXAMPLES.glob("*/task.yaml"))
IDS = [path.parent.name for path in TASKS]


def test_the_readme_names_the_quickstart_as_the_main_job() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "./scripts/agentkit run examples/quickstart/task.yaml" in readme
    assert EXAMPLES / "quickstart" / "task.yaml" in TASKS


@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_example_validates(task: Path) -> None:
    done = agentkit("run", task, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "is valid" in done.stderr


@pytest.mark.docker
@pytest.mark.parametrize("task", TASKS, ids=IDS)
def test_example_runs(task: Path, tmp_path: Path) -> None:
    trajectory = tmp_path / "run.jsonl"
    done = agentkit("run", task, "--trajectory", trajectory, cwd=tmp_path)  # from any directory
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    recorded = read_trajectory(trajectory)
    assert recorded.finished
    results = [event for event in recorded.events if event.type == "tool_result"]
    assert results and not any(event.is_error for event in results), results
    if task.parent.name == "structured":
        answer = json.loads(done.stdout)
        measured = results[0].content  # what the user's tool computed in the sandbox
        assert answer["words"] == measured["words"] == 14
        assert answer["longest_word"] == measured["longest_word"] == "containers"
        assert any(event.type == "error" and event.kind == "output_invalid" for event in recorded.events)
