"""Interrupted turns in `agentkit code`: whatever was cut short, the next turn and a later resume see the same
conversation (replay engine in place of the model; the Docker sandbox is real)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import anyio
import pytest

from agentkit.coding.session import CodingSession, SessionOptions
from agentkit.coding.settings import load_settings
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.completion import call_text

pytestmark = [pytest.mark.docker]
LONG = "Let me explain. " + " ".join(f"p{i}" for i in range(3000)) + "<turn|>"
SLOW = "echo started > started.txt && sleep 60"


def call(name: str, **arguments: str) -> str:
    return call_text(name, arguments)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AGENTKIT_CODE_HOME", str(tmp_path / "sessions"))
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    return repo


@pytest.mark.anyio
async def test_a_streamed_answer_then_a_running_tool_interrupted_and_the_session_goes_on(
    repo: Path, tokenizer: Any
) -> None:
    outputs = ["Hello.<turn|>", LONG, call("shell", command=SLOW), "Back.<turn|>", "Again.<turn|>"]
    options = SessionOptions(settings=load_settings(repo, mode="auto"))
    async with CodingSession.new(repo, ReplayEngine(outputs, tokenizer, delay_s=0.01), options) as coding:
        [_ async for _ in coding.run("hi")]
        async for event in coding.run("explain at length"):
            if event.type == "text_delta":
                coding.interrupt()  # Esc while the answer streams

        async def run_tool() -> None:
            async for _ in coding.run("a long job"):
                pass

        async def interrupt_the_tool() -> None:
            while not (repo / "started.txt").exists():
                await anyio.sleep(0.05)
            coding.interrupt()

        with anyio.fail_after(60):
            async with anyio.create_task_group() as group:
                group.start_soon(run_tool)
                group.start_soon(interrupt_the_tool)
        # Before the fix the turn after two interruptions ended in a ResumeError (the prompt it sent was
        # not the one the trajectory rebuilds).
        events = [e async for e in coding.run("are you there?")]
        assert [e.output for e in events if e.type == "run_finished"] == ["Back."]
        history = coding.history
        assert history is not None
        assert [m.content for m in history.messages if m.role == "user"] == ["hi", "are you there?"]
        session_id = coding.id

    resumed = CodingSession.resume(repo, ReplayEngine(["Again.<turn|>"], tokenizer), session_id, options)
    async with resumed:
        assert resumed.history is not None and resumed.history.messages == history.messages
        events = [e async for e in resumed.run("and now?")]
    assert [e.output for e in events if e.type == "run_finished"] == ["Again."]
