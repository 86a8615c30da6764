"""Compaction in `agentkit code`: `/compact [focus]` (CodingSession.compact) and the automatic compaction of
a headless session (the task's `context:` policy). The replay engine stands in for the model (recorded, so
the test reads the prompts it was sent); the sandbox, checkpoints and the CLI are real."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import agentkit, write_outputs, write_task

from agentkit.agent.compaction import SUMMARY_HEADING
from agentkit.coding.session import CodingSession, CompactError, SessionOptions
from agentkit.coding.settings import load_settings
from agentkit.engines.replay import RecordingEngine, ReplayEngine
from agentkit.gemma4.completion import call_text
from agentkit.messages import SystemMessage

pytestmark = [pytest.mark.docker]
MEMORY = "Project rule from AGENTS.md: run python3 -m unittest before you finish."
SUMMARY = "Goal: list numbers. Done: seq printed 1 to 300. Next: nothing."


def call(name: str, **arguments: str) -> str:
    return call_text(name, arguments)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    (repo / "AGENTS.md").write_text(MEMORY + "\n")
    (repo / "calc.py").write_text("def add(a, b):\n    return a - b\n")
    return repo


@pytest.mark.anyio
async def test_compact_summarises_keeps_memory_in_the_system_prompt_and_resume_sees_it(
    repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    settings = load_settings(repo, mode="auto")
    outputs = [call("shell", command="seq 1 300"), "Listed.<turn|>", SUMMARY + "<turn|>", "Go on.<turn|>"]
    engine = RecordingEngine(ReplayEngine(outputs, tokenizer))
    async with CodingSession.new(repo, engine, SessionOptions(settings=settings)) as coding:
        with pytest.raises(CompactError, match="no conversation yet"):
            await coding.compact()
        [_ async for _ in coding.run("list the numbers")]
        before = coding.history
        assert before is not None
        report = await coding.compact("the numbers listed")

        assert report.stage == 2 and report.summary == SUMMARY
        assert report.tokens_before - report.tokens_after > 1000  # the 300 lines of output are gone
        assert (report.messages_before, report.messages_after) == (len(before.messages), 4)
        summary_prompt = tokenizer.decode(engine.records[-1].prompt_ids)
        assert "Focus on: the numbers listed" in summary_prompt
        compacted = coding.history
        assert compacted is not None and compacted.usage.compactions == 1
        system = compacted.messages[0]
        assert isinstance(system, SystemMessage) and MEMORY in str(system.content)
        assert SUMMARY_HEADING in str(compacted.messages[1].content)
        assert [m.content for m in compacted.messages[2:]] == ["list the numbers", "Listed."]

        events = [e async for e in coding.run("go on")]
        sent = tokenizer.decode(engine.records[-1].prompt_ids)
        assert MEMORY in sent and SUMMARY in sent and "\n299\n" not in sent
        assert [e.output for e in events if e.type == "run_finished"] == ["Go on."]
        session_id = coding.id
        messages = coding.history.messages if coding.history else []

        # a rewind to the step before the compaction gives the conversation as it was then
        forked = coding.fork(2)
        async with forked:
            assert forked.history is not None and forked.history.usage.compactions == 0
            assert forked.history.messages == before.messages

    # --resume goes on from the compacted conversation, memory still in its system prompt
    resumed = CodingSession.resume(repo, ReplayEngine(["Resumed.<turn|>"], tokenizer), session_id)
    async with resumed:
        assert resumed.history is not None and resumed.history.messages == messages
        assert resumed.history.usage.compactions == 1
        with pytest.raises(CompactError, match="nothing to compact"):
            fresh = CodingSession.new(repo, ReplayEngine(["Hi.<turn|>"], tokenizer))
            async with fresh:
                [_ async for _ in fresh.run("hello")]
                await fresh.compact()  # one request and its answer: nothing to summarise


def compacting_task(tmp_path: Path) -> Path:
    """Two long tool results, then a summary and an answer: the window forces one stage-2 compaction."""
    outputs = write_outputs(
        tmp_path,
        [
            call("shell", command="seq 1 400"),
            call("shell", command="seq 401 800"),
            SUMMARY + "<turn|>",
            "Done listing.<turn|>",
        ],
    )
    return write_task(
        tmp_path,
        f"version: 1\nengine: {{kind: replay, outputs: {outputs}}}\nmodel: {{tokenizer: {{tokenizer}}}}\n"
        "prompt: unused\ncontext: {window: 16000, compact_at: 5000, keep_tool_tokens: 100000, "
        "summary_max_tokens: 64}\n",
    )


def test_headless_auto_compaction_keeps_the_project_memory(
    tmp_path: Path, repo: Path, tokenizer: Any, homes: dict[str, str]
) -> None:
    task = compacting_task(tmp_path)
    done = agentkit(
        "code", repo, "--task", task, "-p", "list numbers", "--output-format", "stream-json",
        "--allow", "shell(seq *)", env=homes,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    compactions = [e for e in events if e["type"] == "compaction"]
    assert [(c["stage"], c["reason"]) for c in compactions] == [(2, "threshold")], compactions
    after = [e for e in events if e["type"] == "step_started"][-1]
    assert after["keep_tokens"] == 0  # the compacted conversation, rendered whole
    prompt = tokenizer.decode(after["appended_ids"])
    assert MEMORY in prompt and SUMMARY in prompt and "\n399\n" not in prompt
    assert events[-1]["type"] != "run_finished" or events[-1]["exit_reason"] == "final_answer"
    assert [e["output"] for e in events if e["type"] == "run_finished"] == ["Done listing."]


def test_headless_text_output_reports_the_compaction(
    tmp_path: Path, repo: Path, homes: dict[str, str]
) -> None:
    done = agentkit(
        "code", repo, "--task", compacting_task(tmp_path), "-p", "list numbers", "--allow", "shell(seq *)",
        env=homes,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Done listing.\n"
    line = next(line for line in done.stderr.splitlines() if line.startswith("[compaction]"))
    assert re.fullmatch(
        r"\[compaction\] stage 2: [\d,]+ → [\d,]+ tokens \(0 old tool results elided, messages 2-5 summarised\)",
        line,
    ), line
