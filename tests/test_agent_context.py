"""Long runs: context budgets and compaction, with the ReplayEngine standing in for the model.

Everything but the model's outputs is real: rendering, tokenization, parsing, tools, the trajectory.
A `RecordingEngine` around the replay engine keeps every prompt the engine was actually sent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from agentkit.agent.agent import Agent
from agentkit.agent.compaction import SUMMARY_INSTRUCTION
from agentkit.agent.context import ContextPolicy
from agentkit.agent.events import (
    CompactionEvent,
    CompactionStarted,
    ExitReason,
    RunEvent,
    StepStarted,
    UsageEvent,
)
from agentkit.agent.limits import Limits
from agentkit.agent.trajectory import read_trajectory, replay_outputs
from agentkit.engines.replay import RecordingEngine, ReplayEngine
from agentkit.tool.core import tool

pytestmark = pytest.mark.anyio

SYSTEM = "You fetch pages and report on them."
REQUEST = "Fetch pages 1 to 5 and tell me how many words they hold."
MEMORY = "AGENTS.md: run the tests with pytest -q; never push to main."
SUMMARY = "Goal: count words of pages 1-5. Done: fetched pages 1-4. Next: fetch page 5, answer."


@tool(runs_in="host", read_only=True)
def fetch(n: int) -> str:
    """Fetch a page.

    Args:
        n: The page number.
    """
    return f"page {n}: " + "lorem ipsum dolor sit amet " * 40


def call(n: int, chatter: str = "") -> str:
    return f"{chatter}<|tool_call>call:fetch{{n:{n}}}<tool_call|><|tool_response>"


def agent_for(
    tokenizer: Any, outputs: Sequence[str | list[int]], policy: ContextPolicy, **options: Any
) -> tuple[Agent[Any], RecordingEngine]:
    engine = RecordingEngine(ReplayEngine(outputs, tokenizer))
    agent = Agent(
        engine, [fetch], system_prompt=SYSTEM, context=policy, limits=Limits(max_steps=20), **options
    )
    return agent, engine


async def events_of(agent: Agent[Any], prompt: str = REQUEST, **options: Any) -> list[RunEvent]:
    return [event async for event in agent.run_stream(prompt, **options)]


def assert_within_window(events: list[RunEvent], policy: ContextPolicy) -> None:
    starts = [e for e in events if isinstance(e, StepStarted)]
    assert starts
    assert policy.window is not None and policy.reserve is not None
    for started in starts:
        assert started.prompt_tokens + policy.reserve <= policy.window, started.step


# Five calls then an answer; each result is ~240 tokens, so the prompt passes 1200 tokens at step 5.
STAGE1 = ContextPolicy(window=2000, compact_at=1200, reserve=200, keep_tool_tokens=300)
CALLS = [call(n) for n in range(1, 6)] + ["They hold 1000 words.<turn|>"]


async def test_stage1_elides_old_tool_results_when_that_suffices(tokenizer: Any) -> None:
    agent, engine = agent_for(tokenizer, CALLS, STAGE1)
    events = await events_of(agent)
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER
    started = [e for e in events if isinstance(e, CompactionStarted)]
    done = [e for e in events if isinstance(e, CompactionEvent)]
    assert len(started) == len(done) >= 1
    first = done[0]
    assert first.stage == 1 and first.summary is None and first.reason == "threshold"
    assert first.tokens_before > STAGE1.compact_at and first.tokens_after <= 1200
    assert first.elided and all(e.name == "fetch" for e in first.elided)
    # The announcement comes first, and no summary was requested: one engine request per step.
    assert events.index(started[0]) < events.index(first)
    steps = [e for e in events if isinstance(e, StepStarted)]
    assert len(engine.records) == len(steps) == 6
    # The step after the compaction sees placeholders for the old results and the newest verbatim.
    after = next(s for s in steps if s.step == first.step)
    prompt = tokenizer.decode(engine.records[after.step - 1].prompt_ids)
    elided = first.elided[0]
    assert f"elided to save context: fetch, call {elided.call_id}, {elided.tokens} tokens" in prompt
    assert prompt.count("lorem ipsum") == 40  # exactly one result kept whole
    assert SYSTEM in prompt and REQUEST in prompt
    assert after.keep_tokens == 0  # the one prefix-cache miss
    assert_within_window(events, STAGE1)


# Long chatter before each call: eliding tool results cannot bring the prompt under the threshold.
# The prompt passes 1700 tokens at step 4 (~2200); without the old results it would still have ~1800.
STAGE2 = ContextPolicy(window=3000, compact_at=1700, reserve=300, keep_tool_tokens=300, memory=MEMORY)
CHATTER = "I will look at the next page carefully before counting. " * 40
LONG = [call(1, CHATTER), call(2, CHATTER), call(3, CHATTER), SUMMARY + "<turn|>", call(4), call(5)]
LONG += ["They hold 1000 words.<turn|>"]


async def test_stage2_summarises_and_keeps_memory_and_request_verbatim(tokenizer: Any) -> None:
    agent, engine = agent_for(tokenizer, LONG, STAGE2)
    events = await events_of(agent)
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER, events[-1]
    done = [e for e in events if isinstance(e, CompactionEvent)]
    assert [e.stage for e in done] == [2]
    record = done[0]
    assert record.summary == SUMMARY and record.memory == MEMORY
    assert record.tokens_after < 1700 < record.tokens_before
    assert record.messages_before == 8 and record.messages_after == 3  # system, memory + summary, request
    assert record.summarised == [(2, 8)] and record.kept == [1] and record.summary_input_from == 1
    # The summary request went through the engine with the fixed instruction.
    summary_prompt = tokenizer.decode(engine.records[3].prompt_ids)
    assert SUMMARY_INSTRUCTION in summary_prompt
    # The next step's prompt: system, tool declarations, memory, summary, the request verbatim; no chatter.
    prompt = tokenizer.decode(engine.records[4].prompt_ids)
    assert SYSTEM in prompt and "declaration:fetch" in prompt
    assert MEMORY in prompt and SUMMARY in prompt and REQUEST in prompt
    assert prompt.index(MEMORY) < prompt.index(SUMMARY) < prompt.rindex(REQUEST)
    assert CHATTER not in prompt and "lorem" not in prompt
    # Append-only again after the compaction: each later prompt extends the one before.
    for before, later in zip(engine.records[4:], engine.records[5:], strict=False):
        assert later.prompt_ids[: len(before.prompt_ids)] == before.prompt_ids
    usage = [e for e in events if isinstance(e, UsageEvent)]
    assert usage[-1].cached_prompt_tokens >= len(engine.records[4].prompt_ids) // 16 * 16 - 16
    assert_within_window(events, STAGE2)


async def test_full_history_survives_compaction(tokenizer: Any) -> None:
    agent, _ = agent_for(tokenizer, LONG, STAGE2)
    result = await agent.run(REQUEST)
    assert result.usage.compactions == 1
    texts = [str(m.content) for m in result.full_messages]
    assert sum(CHATTER.strip() in t for t in texts) == 3  # the summarised turns are all still there
    assert sum("lorem" in t for t in texts) == 5
    assert not any(CHATTER.strip() in str(m.content) for m in result.messages)


async def test_off_reaches_the_context_limit_and_stops(tokenizer: Any) -> None:
    off = STAGE2.model_copy(update={"mode": "off"})
    outputs = [call(n, CHATTER) for n in range(1, 8)] + ["They hold 1000 words.<turn|>"]
    agent, engine = agent_for(tokenizer, outputs, off)
    events = await events_of(agent)
    finished = events[-1]
    assert finished.exit_reason is ExitReason.MAX_CONTEXT_TOKENS
    assert "does not fit the context window of 3000" in (finished.error or "")
    assert "compaction is off" in (finished.error or "")
    assert not [e for e in events if isinstance(e, CompactionStarted | CompactionEvent)]
    for record in engine.records:  # what was sent always left the reserve free
        assert len(record.prompt_ids) + 300 <= 3000


async def test_replay_and_resume_across_a_compaction_give_the_same_prompts(
    tokenizer: Any, tmp_path: Path
) -> None:
    path = tmp_path / "run.jsonl"
    agent, engine = agent_for(tokenizer, LONG, STAGE2)
    original = await agent.run(REQUEST, trajectory=path)
    prompts = [r.prompt_ids for r in engine.records]
    recorded = read_trajectory(path)
    outputs = replay_outputs(recorded)
    assert len(outputs) == len(LONG)  # the summary request is among the engine outputs, in order

    # Exact replay: the same agent against the recorded outputs sends the same prompts.
    replayed, replay_engine = agent_for(tokenizer, outputs, STAGE2)
    again = await replayed.run(REQUEST)
    assert [r.prompt_ids for r in replay_engine.records] == prompts
    assert again.output == original.output and again.usage.compactions == 1

    # Resume, cut just after the compaction event and after the step that followed it.
    lines = path.read_text().splitlines()
    types = [json.loads(line)["type"] for line in lines]
    for cut in (types.index("compaction") + 1, types.index("compaction") + 3):
        cut_path = tmp_path / f"cut{cut}.jsonl"
        cut_path.write_text("\n".join(lines[:cut]) + "\n")
        done_requests = sum(1 for t in types[:cut] if t == "completion")
        resumer, resume_engine = agent_for(tokenizer, outputs[done_requests:], STAGE2)
        resumed = await resumer.resume(cut_path)
        assert [r.prompt_ids for r in resume_engine.records] == prompts[done_requests:], cut
        assert resumed.output == original.output
        assert resumed.usage.compactions == 1
        assert resumed.usage.generated_tokens == original.usage.generated_tokens
        assert resumed.prompt_ids == original.prompt_ids


async def test_compact_on_request_with_a_focus(tokenizer: Any, tmp_path: Path) -> None:
    outputs = [call(1), call(2), "Done: 2 pages.<turn|>", SUMMARY + "<turn|>", "Page 3 next.<turn|>"]
    policy = ContextPolicy(memory=MEMORY)
    agent, engine = agent_for(tokenizer, outputs, policy)
    path = tmp_path / "run.jsonl"
    first = await agent.run(REQUEST, trajectory=path)
    assert first.usage.compactions == 0
    compacted = await agent.compact(first, focus="the page numbers fetched")
    assert first.usage.compactions == 0 and len(first.messages) == 7  # the original is untouched
    assert compacted.usage.compactions == 1
    request = tokenizer.decode(engine.records[3].prompt_ids)
    assert request.rstrip().endswith(
        "Focus on: the page numbers fetched<turn|>\n<|turn>model\n<|channel>thought\n<channel|>"
    )
    roles = [m.role for m in compacted.messages]
    assert roles == ["system", "user", "user", "assistant"]  # summary, request, final answer
    assert compacted.messages[2].content == REQUEST and compacted.messages[3].content == "Done: 2 pages."
    later = await agent.run("And page 3?", history=compacted)
    prompt = tokenizer.decode(engine.records[4].prompt_ids)
    assert MEMORY in prompt and SUMMARY in prompt and "And page 3?" in prompt and "lorem" not in prompt
    assert later.output == "Page 3 next."
    types = [e.type for e in read_trajectory(path).events]
    assert types.count("compaction") == 1 and types.count("compaction_started") == 1


# -- task.yaml ---------------------------------------------------------------------------------------


def test_task_file_context_section_reaches_the_agent(tmp_path: Path) -> None:
    from cli_helpers import write_task
    from conftest import TOKENIZER_JSON

    from agentkit.task import load_task, prepare
    from agentkit.task.build import dry_run_agent

    task = f"""
version: 1
engine: {{kind: replay, outputs: ["Done.<turn|>"]}}
model: {{tokenizer: "{TOKENIZER_JSON}"}}
prompt: Go.
context: {{window: 4096, compact_at: 3000, reserve: 512, memory: "{MEMORY}"}}
"""
    agent = dry_run_agent(prepare(load_task(write_task(tmp_path, task)), {}))
    assert agent.spec.context.memory == MEMORY
    budget = agent.spec.context_budget
    assert (budget.window, budget.threshold, budget.reserve) == (4096, 3000, 512)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("{compact_at: 1.5}", "a fraction of the window must be in (0, 1]"),
        ("{compact_at: 8}", "a token threshold must be >= 16"),
        ("{mode: never}", "mode"),
        ("{reserv: 10}", "reserv"),
    ],
)
def test_task_file_context_section_errors_name_the_field(tmp_path: Path, section: str, message: str) -> None:
    from cli_helpers import write_task
    from conftest import TOKENIZER_JSON

    from agentkit.task import TaskError, load_task

    task = f"""
version: 1
engine: {{kind: replay, outputs: ["Done.<turn|>"]}}
model: {{tokenizer: "{TOKENIZER_JSON}"}}
prompt: Go.
context: {section}
"""
    with pytest.raises(TaskError) as caught:
        load_task(write_task(tmp_path, task))
    assert "context" in str(caught.value) and message in str(caught.value)


def test_fraction_threshold_and_default_reserve() -> None:
    budget = ContextPolicy().budget(context_limit=262_144, max_tokens_per_step=8192)
    assert (budget.window, budget.threshold, budget.reserve) == (262_144, 209_715, 8192)
    small = ContextPolicy(compact_at=0.5).budget(context_limit=512, max_tokens_per_step=8192)
    assert (small.window, small.threshold, small.reserve) == (512, 256, 64)
    assert small.over(257) and not small.over(256)
    assert small.over(449) and small.stop(449, "x") is not None and small.stop(448, "x") is None


async def test_the_cli_transcript_shows_compactions(tokenizer: Any) -> None:
    import io

    from rich.console import Console

    from agentkit.cli.live import EventPrinter

    agent, _ = agent_for(tokenizer, LONG, STAGE2)
    out = io.StringIO()
    printer = EventPrinter(Console(file=out, width=200, color_system=None))
    for event in await events_of(agent):
        printer.handle(event)
    text = out.getvalue()
    assert "compacting (threshold): prompt" in text and "threshold 1,700, window 3,000" in text
    assert "stage 2:" in text and "2 old tool results elided, messages 2-7 summarised" in text


@pytest.mark.parametrize("policy", [STAGE1, STAGE2], ids=["stage1", "stage2"])
async def test_template_conformant_runs_compact_and_resume_the_same(
    tokenizer: Any, tmp_path: Path, policy: ContextPolicy
) -> None:
    outputs = CALLS if policy is STAGE1 else LONG
    agent, engine = agent_for(tokenizer, outputs, policy, append_only=False)
    path = tmp_path / "run.jsonl"
    events = await events_of(agent, trajectory=path)
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER
    stages = [e.stage for e in events if isinstance(e, CompactionEvent)]
    assert stages and set(stages) == {1 if policy is STAGE1 else 2}
    assert_within_window(events, policy)
    # Each prompt is the template's rendering of the conversation the model sees at that step.
    last = tokenizer.decode(engine.records[-1].prompt_ids)
    assert REQUEST in last and ("elided to save context" in last or MEMORY in last)
    lines = path.read_text().splitlines()
    cut = next(i for i, line in enumerate(lines) if json.loads(line)["type"] == "compaction") + 1
    (tmp_path / "cut.jsonl").write_text("\n".join(lines[:cut]) + "\n")
    done = sum(1 for line in lines[:cut] if json.loads(line)["type"] == "completion")
    outputs_left = replay_outputs(read_trajectory(path))[done:]
    resumer, resumed_engine = agent_for(tokenizer, outputs_left, policy, append_only=False)
    await resumer.resume(tmp_path / "cut.jsonl")
    assert [r.prompt_ids for r in resumed_engine.records] == [r.prompt_ids for r in engine.records[done:]]
    assert resumed_engine.records  # the step after the compaction, at least


async def test_no_room_for_a_summary_ends_the_run_at_the_window(tokenizer: Any) -> None:
    # Step 1 writes a turn so long that the summary request could not fit it and the instruction.
    policy = ContextPolicy(window=1500, compact_at=1.0, reserve=50, keep_tool_tokens=300)
    agent, engine = agent_for(tokenizer, [call(1, "word " * 1320), "Never sent.<turn|>"], policy)
    events = await events_of(agent)
    finished = events[-1]
    assert finished.exit_reason is ExitReason.MAX_CONTEXT_TOKENS, finished
    assert "compaction left it too long" in (finished.error or "")
    done = [e for e in events if isinstance(e, CompactionEvent)]
    assert [e.stage for e in done] == [1] and done[0].elided == []  # stage 1, and no summary request
    assert len(engine.records) == 1
    assert_within_window(events, policy)


async def test_summary_request_is_cut_at_the_front_to_fit_and_the_request_stays_verbatim(
    tokenizer: Any,
) -> None:
    huge = "Count the words of page 1 in this text: " + "word " * 1310
    policy = ContextPolicy(window=1500, compact_at=1.0, reserve=50, keep_tool_tokens=300)
    agent, engine = agent_for(tokenizer, [call(1), SUMMARY + "<turn|>", "Done.<turn|>"], policy)
    events = await events_of(agent, huge)
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER
    (record,) = [e for e in events if isinstance(e, CompactionEvent)]
    assert record.stage == 2 and record.summary_input_from == 2  # the summary saw the turns after it
    assert huge.strip() not in tokenizer.decode(engine.records[1].prompt_ids)  # (the template trims)
    assert huge.strip() in tokenizer.decode(engine.records[2].prompt_ids)
    assert_within_window(events, policy)


async def test_thinking_run_compacts_and_replays_the_same(tokenizer: Any, tmp_path: Path) -> None:
    thought = "<|channel>thought\nPage {n} next; the count so far matters.<channel|>"
    outputs = [thought.format(n=n) + call(n, CHATTER) for n in (1, 2, 3)]
    outputs += [
        "<|channel>thought\nSummarise.<channel|>" + SUMMARY + "<turn|>",
        thought.format(n=4) + call(4),
        "<|channel>thought\nDone.<channel|>They hold 1000 words.<turn|>",
    ]
    path = tmp_path / "run.jsonl"
    agent, engine = agent_for(tokenizer, outputs, STAGE2, thinking=True)
    events = await events_of(agent, trajectory=path)
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER
    (record,) = [e for e in events if isinstance(e, CompactionEvent)]
    assert record.stage == 2 and record.summary == SUMMARY  # the summary's thought is not part of it
    after = tokenizer.decode(engine.records[4].prompt_ids)
    assert "Page 1 next" not in after and "Summarise." not in after and SUMMARY in after
    replayed, replay_engine = agent_for(
        tokenizer, replay_outputs(read_trajectory(path)), STAGE2, thinking=True
    )
    await replayed.run(REQUEST)
    assert [r.prompt_ids for r in replay_engine.records] == [r.prompt_ids for r in engine.records]


async def test_tracing_keeps_the_summary_off_the_step_spans(tokenizer: Any) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from agentkit.tracing import TracingConfig

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing = TracingConfig(tracer_provider=provider, capture_content=True)
    agent, _ = agent_for(tokenizer, LONG, STAGE2, tracing=tracing)
    result = await agent.run(REQUEST)
    assert result.usage.compactions == 1
    chats = [s for s in exporter.get_finished_spans() if s.name.startswith("chat")]
    assert len(chats) == 6  # one per step; the summary request is not a step
    outputs = [str((s.attributes or {}).get("gen_ai.output.messages", "")) for s in chats]
    assert not any("Goal: count words" in o for o in outputs)  # the summary landed on no step's span
    assert "fetch" in outputs[2]  # step 3's span still shows step 3's call
