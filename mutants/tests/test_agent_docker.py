"""Agent loop scenarios whose tools run in real Docker sandboxes (the model is the ReplayEngine)."""

from __future__ import annotations

from typing import Any

import anyio
import docker
import pytest
from agentkit_tools import default_toolset

from agentkit.agent.agent import Agent
from agentkit.agent.events import ExitReason, ToolResultEvent
from agentkit.engines.replay import ReplayEngine
from agentkit.sandbox import SandboxConfig, SandboxPool
from agentkit.sandbox.ownership import LABEL_RUN

pytestmark = [pytest.mark.anyio, pytest.mark.docker]


def shell(command: str) -> str:
    return f'<|tool_call>call:shell{{command:<|"|>{command}<|"|>}}<tool_call|>'


def containers_of(run_id: str) -> list[Any]:
    client = docker.from_env()
    try:
        return client.containers.list(all=True, filters={"label": f"{LABEL_RUN}={run_id}"})
    finally:
        client.close()


async def test_builtin_tools_in_a_fresh_sandbox_per_run(tokenizer: Any) -> None:
    outputs = [
        '<|tool_call>call:write_file{content:<|"|>print(6 * 7)\n<|"|>,path:<|"|>answer.py<|"|>}<tool_call|>'
        + "<|tool_response>",
        shell("python3 answer.py && id -u") + "<|tool_response>",
        "The program prints 42.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), default_toolset(["write_file", "shell"]))
    events = [e async for e in agent.run_stream("Write and run a program")]
    results = [e for e in events if isinstance(e, ToolResultEvent)]
    assert not any(r.is_error for r in results)
    stdout = results[1].content["stdout"]
    assert stdout.splitlines()[0] == "42" and stdout.splitlines()[1] != "0"  # ran, and not as root
    run_id = events[0].run_id
    assert containers_of(run_id) == []  # the run's sandbox is gone


async def test_runs_lease_from_a_pool(tokenizer: Any) -> None:
    async with SandboxPool(SandboxConfig(), size=1) as pool:
        outputs = [shell("echo $((20 + 22))") + "<|tool_response>", "42<turn|>"]
        agent = Agent(ReplayEngine(outputs * 2, tokenizer), default_toolset(["shell"]), sandbox=pool)
        first = await agent.run("compute")
        second = await agent.run("compute")
    assert first.ok and second.ok
    assert first.messages[2].content["stdout"].strip() == "42"


async def test_cancellation_during_a_tool_leaves_no_container(tokenizer: Any) -> None:
    outputs = [shell("sleep 60") + "<|tool_response>", "never<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]))
    run_ids: list[str] = []
    began = anyio.current_time()
    with anyio.move_on_after(8):
        async for event in agent.run_stream("sleep"):
            run_ids.append(event.run_id)
            if event.type == "tool_call":
                break_after = anyio.current_time()
                assert break_after - began < 8
    assert anyio.current_time() - began < 12
    assert run_ids and containers_of(run_ids[0]) == []


async def test_sandbox_tool_timeout_kills_and_feeds_back(tokenizer: Any) -> None:
    outputs = [
        '<|tool_call>call:shell{command:<|"|>sleep 30<|"|>,timeout:1}<tool_call|><|tool_response>',
        "It timed out.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]))
    with anyio.fail_after(30):
        result = await agent.run("sleep")
    assert result.exit_reason is ExitReason.FINAL_ANSWER
    content = result.messages[2].content
    assert content.get("timed_out") is True or "time" in str(content).lower()
