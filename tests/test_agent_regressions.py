"""Regressions of the loop's bookkeeping, through whole runs on the ReplayEngine (the named stand-in for
the GPU model) with real host tools, parser, tokenizer and trajectory.

- continuing a conversation never changes the earlier result;
- the thought closer agentkit inserts is not counted as generated;
- a resumed run ends with exactly the counters of the live run (one `apply_step` serves both), at every
  point the trajectory could have been cut.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from agentkit.agent import Agent, Limits
from agentkit.agent.events import CompletionEvent, ExitReason, UsageEvent
from agentkit.agent.result import RunUsage
from agentkit.agent.trajectory import read_trajectory
from agentkit.engines.replay import ReplayEngine
from agentkit.tool import ToolError, tool

pytestmark = pytest.mark.anyio


@tool(runs_in="host", read_only=True)
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first integer.
        b: The second integer.
    """
    return a + b


@tool(runs_in="host")
def explode(reason: str) -> str:
    """Always fails.

    Args:
        reason: What the failure says.
    """
    raise ToolError(f"exploded: {reason}")


class Sum(BaseModel):
    total: int


def call(name: str, args: str) -> str:
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|>"


def counted(usage: RunUsage) -> dict[str, Any]:
    """The counters of a usage, without the timings (which differ between runs)."""
    fields = {k: v for k, v in vars(usage).items() if not k.endswith("_time_s")}
    fields["repairs"] = dict(usage.repairs)
    return fields


async def test_continuing_a_conversation_leaves_the_earlier_result_unchanged(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine(["Hello!<turn|>", "Goodbye!<turn|>"], tokenizer), [add])
    first = await agent.run("hi")
    before = (copy.deepcopy(first.usage), list(first.prompt_ids), list(first.messages))
    second = await agent.run("bye", history=first)
    assert second.usage is not first.usage
    assert (first.usage, first.prompt_ids, first.messages) == before
    assert first.usage.steps == 1 and second.usage.steps == 2
    assert second.prompt_ids[: len(first.prompt_ids)] == first.prompt_ids
    # The earlier result can be continued again, into a different branch.
    agent2 = Agent(ReplayEngine(["Other.<turn|>"], tokenizer), [add])
    branch = await agent2.run("something else", history=first)
    assert branch.usage.steps == 2 and first.usage.steps == 1 and second.output == "Goodbye!"


async def test_the_inserted_thought_closer_is_not_counted_as_generated(
    tokenizer: Any, tmp_path: Path
) -> None:
    long_thought = "<|channel>thought\n" + "hmm " * 40 + "<channel|>answer<turn|>"
    engine = ReplayEngine([long_thought, "The answer.<turn|>"], tokenizer)
    agent = Agent(engine, [], thinking=True, limits=Limits(max_thought_tokens_per_step=8))
    path = tmp_path / "run.jsonl"
    result = await agent.run("think", trajectory=path)
    events = read_trajectory(path).events
    completion = next(e for e in events if isinstance(e, CompletionEvent))
    usage = next(e for e in events if isinstance(e, UsageEvent))
    assert len(completion.request_lengths) == 2
    generated = sum(completion.request_lengths)
    assert len(completion.completion_ids) == generated + 1  # one token agentkit wrote, not the model
    assert usage.generated_tokens == generated
    assert result.usage.generated_tokens == generated
    resumed = await Agent(ReplayEngine([], tokenizer), [], thinking=True).resume(path)
    assert resumed.usage.generated_tokens == generated


SCRIPT = [
    call("add", "a:1,b:2") + call("explode", 'reason:<|"|>x<|"|>') + "<|tool_response>",
    "<|tool_call>call:nope{}<tool_call|><|tool_response>",
    "call:add{a:3,b:4}<tool_call|><|tool_response>",
    '{"total": "seven"}<turn|>',
    '{"total": 7}<turn|>',
]


def scripted_agent(tokenizer: Any, outputs: list[str]) -> Agent[Any]:
    return Agent(
        ReplayEngine(outputs, tokenizer),
        [add, explode],
        output_type=Sum,
        limits=Limits(max_output_retries=2, max_consecutive_format_errors=3),
    )


async def test_a_resumed_run_has_the_counters_of_the_live_run(tokenizer: Any, tmp_path: Path) -> None:
    path = tmp_path / "live.jsonl"
    live = await scripted_agent(tokenizer, SCRIPT).run("go", trajectory=path)
    assert live.ok and live.output == Sum(total=7)
    usage = live.usage
    assert (usage.steps, usage.tool_calls, usage.failed_tool_calls) == (5, 4, 1)
    assert usage.repairs  # the bare call was repaired
    # A finished trajectory: the counters are rebuilt from it alone.
    rebuilt = await scripted_agent(tokenizer, []).resume(path)
    assert counted(rebuilt.usage) == counted(live.usage)
    # Cut after every line in turn: resuming plays the rest and ends where the live run ended.
    lines = path.read_text().splitlines()
    for cut in range(3, len(lines) - 1):  # from after the first user message
        cut_path = tmp_path / f"cut{cut}.jsonl"
        cut_path.write_text("\n".join(lines[:cut]) + "\n")
        steps_done = sum('"type":"completion"' in line for line in lines[:cut])
        resumed = await scripted_agent(tokenizer, SCRIPT[steps_done:]).resume(cut_path)
        assert resumed.output == live.output, cut
        assert resumed.prompt_ids == live.prompt_ids, cut
        # A fresh engine has an empty prefix cache, so only what it caches may differ.
        assert {**counted(resumed.usage), "cached_prompt_tokens": 0} == {
            **counted(live.usage),
            "cached_prompt_tokens": 0,
        }, cut


async def test_a_resumed_run_keeps_the_format_error_streak(tokenizer: Any, tmp_path: Path) -> None:
    bad = "<|tool_call>call:nope{}<tool_call|><|tool_response>"
    path = tmp_path / "live.jsonl"
    agent = Agent(
        ReplayEngine([bad, bad, bad], tokenizer), [add], limits=Limits(max_consecutive_format_errors=3)
    )
    live = await agent.run("go", trajectory=path)
    assert live.exit_reason is ExitReason.FORMAT_ERRORS
    lines = path.read_text().splitlines()
    cut = max(i for i, line in enumerate(lines) if '"type":"step_started"' in line and '"step":3' in line)
    cut_path = tmp_path / "cut.jsonl"
    cut_path.write_text("\n".join(lines[:cut]) + "\n")
    # Two bad steps are recorded; one more ends the run only if the streak survived the resume.
    resumed = await Agent(
        ReplayEngine([bad], tokenizer), [add], limits=Limits(max_consecutive_format_errors=3)
    ).resume(cut_path)
    assert resumed.exit_reason is ExitReason.FORMAT_ERRORS and resumed.usage.steps == 3


async def test_a_resumed_run_keeps_the_output_retries(tokenizer: Any, tmp_path: Path) -> None:
    wrong = '{"total": "x"}<turn|>'
    path = tmp_path / "live.jsonl"
    limits = Limits(max_output_retries=1)
    live = await Agent(ReplayEngine([wrong, wrong], tokenizer), [], output_type=Sum, limits=limits).run(
        "go", trajectory=path
    )
    assert live.exit_reason is ExitReason.OUTPUT_INVALID
    lines = path.read_text().splitlines()
    cut = max(i for i, line in enumerate(lines) if '"type":"step_started"' in line)
    cut_path = tmp_path / "cut.jsonl"
    cut_path.write_text("\n".join(lines[:cut]) + "\n")
    resumed = await Agent(ReplayEngine([wrong], tokenizer), [], output_type=Sum, limits=limits).resume(
        cut_path
    )
    assert resumed.exit_reason is ExitReason.OUTPUT_INVALID and resumed.usage.steps == 2


@tool(runs_in="host")
async def slow(seconds: float) -> str:
    """Sleep.

    Args:
        seconds: How long.
    """
    import anyio

    await anyio.sleep(seconds)
    return "done"


async def test_a_run_stopped_during_tool_calls_is_read_back(tokenizer: Any, tmp_path: Path) -> None:
    path = tmp_path / "live.jsonl"
    outputs = [call("slow", "seconds:30") + "<|tool_response>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [slow], limits=Limits(max_wall_time_s=1.5))
    live = await agent.run("go", trajectory=path)
    assert live.exit_reason is ExitReason.WALL_TIME and "during tool calls" in (live.error or "")
    # The step has a completion and no results: read back, it counts its tokens and no calls.
    rebuilt = await Agent(ReplayEngine([], tokenizer), [slow]).resume(path)
    assert rebuilt.exit_reason is ExitReason.WALL_TIME
    assert counted(rebuilt.usage) == counted(live.usage)
    assert rebuilt.usage.tool_calls == 0 and rebuilt.usage.generated_tokens > 0
