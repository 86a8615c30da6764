"""Agent.restore: a recorded conversation as history, without running; and a continuation written into
the same trajectory stays one readable file (it used to get a second header line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agentkit import Agent
from agentkit.agent.trajectory import read_trajectory
from agentkit.engines.replay import ReplayEngine

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_continuation_into_the_same_trajectory_and_restore(tmp_path: Path, tokenizer: Any) -> None:
    path = tmp_path / "conversation.jsonl"
    agent = Agent(ReplayEngine(["one<turn|>", "two<turn|>", "three<turn|>"], tokenizer), [])
    first = await agent.run("hi", trajectory=path)
    second = await agent.run("again", history=first)
    assert second.trajectory_path == path
    recorded = read_trajectory(path)  # one header, then every event of both turns
    assert [e.content for e in recorded.events if e.type == "user_message"] == ["hi", "again"]

    restored = agent.restore(path)  # nothing runs: the engine's third output is still unused
    assert restored.output == "two" and restored.usage.steps == 2
    assert [m.role for m in restored.messages] == [m.role for m in second.messages]
    third = await agent.run("once more", history=restored)
    assert third.output == "three" and third.usage.steps == 3
    assert len(read_trajectory(path).completions()) == 3
