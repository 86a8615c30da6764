"""Hooks run for real (bash subprocesses, Python callables): exit 2 blocks with the hook's message,
a crash or a timeout blocks unless the hook says otherwise, and the payload arrives on stdin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agentkit.coding.hooks import Hook, HookConfigError, HookRunner, hook_from_config

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def runner(tmp_path: Path, *hooks: Hook) -> HookRunner:
    return HookRunner(list(hooks), cwd=tmp_path)


async def test_exit_2_blocks_with_stderr_and_the_payload_is_on_stdin(tmp_path: Path) -> None:
    hook = Hook("pre_tool_use", command="cat > payload.json; echo 'no rm here' >&2; exit 2", match="shell")
    outcome = await runner(tmp_path, hook).run(
        "pre_tool_use", {"tool": "shell", "arguments": {"command": "rm x"}}, tool="shell"
    )
    assert outcome.blocked and outcome.message == "no rm here"
    assert json.loads((tmp_path / "payload.json").read_text()) == {
        "event": "pre_tool_use", "tool": "shell", "arguments": {"command": "rm x"},
    }  # fmt: skip
    passing = await runner(tmp_path, hook).run("pre_tool_use", {}, tool="read_file", category="read")
    assert not passing.blocked  # match: shell


async def test_a_crashing_or_hanging_hook_blocks_unless_told_otherwise(tmp_path: Path) -> None:
    crash = Hook("stop", command="exit 1")
    outcome = await runner(tmp_path, crash).run("stop", {})
    assert outcome.blocked and "failed with exit code 1" in outcome.message
    missing = Hook("stop", command="/no/such/program")
    assert (await runner(tmp_path, missing).run("stop", {})).blocked
    slow = Hook("stop", command="sleep 30", timeout_s=0.3)
    outcome = await runner(tmp_path, slow).run("stop", {})
    assert outcome.blocked and "did not finish within 0.3s" in outcome.message
    lenient = Hook("stop", command="exit 1", on_error="allow")
    outcome = await runner(tmp_path, lenient).run("stop", {})
    assert not outcome.blocked and outcome.failures  # passed, but the failure is reported


async def test_python_hooks(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def refuse(payload: dict[str, Any]) -> str | None:
        seen.append(payload)
        return "tests must pass first" if payload.get("answer") == "done" else None

    def boom(payload: dict[str, Any]) -> None:
        raise RuntimeError("hook bug")

    hooks = runner(tmp_path, Hook("stop", function=refuse))
    assert (await hooks.run("stop", {"answer": "done"})).message == "tests must pass first"
    assert not (await hooks.run("stop", {"answer": "wip"})).blocked
    assert seen[0]["event"] == "stop"
    outcome = await runner(tmp_path, Hook("stop", function=boom)).run("stop", {})
    assert outcome.blocked and "raised RuntimeError: hook bug" in outcome.message


def test_config_entries_are_checked() -> None:
    with pytest.raises(HookConfigError, match="did you mean 'pre_tool_use'"):
        hook_from_config("pre_tool", {"command": "x"}, "project")
    with pytest.raises(HookConfigError, match="needs a command"):
        hook_from_config("stop", {}, "project")
    with pytest.raises(HookConfigError, match="on_error must be"):
        hook_from_config("stop", {"command": "x", "on_error": "ignore"}, "project")
