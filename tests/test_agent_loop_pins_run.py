"""Behaviour of the step loop (agentkit/agent/run.py) that mutation testing (mutmut, pyproject.toml)
found unpinned.

As in test_agent_loop_pins.py, each test drives the loop through its API (an `Agent` with the
ReplayEngine, the named stand-in for the GPU model, or a `Run` built from the agent's spec) and pins
something a user relies on: the events a run streams and logs, what a result reports, how it ends.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import anyio
import pytest
from PIL import Image
from request_log import RequestLog

from agentkit import __version__
from agentkit.agent import Agent, Limits
from agentkit.agent.context import ContextPolicy
from agentkit.agent.events import (
    CompactionEvent,
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    StepStarted,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    UserMessageEvent,
)
from agentkit.agent.media import load_image
from agentkit.agent.result import AgentError
from agentkit.agent.run import Run
from agentkit.agent.spec import StepView
from agentkit.agent.trajectory import read_trajectory
from agentkit.engines.base import EngineExhausted
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.grammar import ToolGrammar, prompt_start
from agentkit.messages import AssistantMessage, ImagePart, TextPart, UserMessage
from agentkit.tool import RunContext, tool

pytestmark = pytest.mark.anyio


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first integer.
        b: The second integer.
    """
    return a + b


TRACE: list[tuple[str, Any]] = []


@tool(runs_in="host", read_only=True)
async def nap(ctx: RunContext[None], seconds: float) -> str:
    """Sleep.

    Args:
        seconds: How long.
    """
    TRACE.append(("start", ctx.step))
    await anyio.sleep(seconds)
    TRACE.append(("end", ctx.step))
    return "rested"


@tool(runs_in="host")
def snapshot() -> ImagePart:
    """Take a picture."""
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return ImagePart(data=buffer.getvalue(), mime_type="image/png")


@tool(runs_in="host")
def whose(ctx: RunContext[str]) -> str:
    """Say whose run this is."""
    return f"{ctx.deps}, {ctx.run_id}, {ctx.logger.name}, sandbox {ctx.sandbox}"


def naps(*seconds: float) -> str:
    return "".join(f"<|tool_call>call:nap{{seconds:{s}}}<tool_call|>" for s in seconds) + "<|tool_response>"


async def events_of(agent: Agent[Any], prompt: str, **options: Any) -> list[RunEvent]:
    return [event async for event in agent.run_stream(prompt, **options)]


# ------------------------------------------------------------------------------------ continuing


async def test_a_run_continued_from_messages_sees_them_and_keeps_them(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine(["Six.<turn|>"], tokenizer), [])
    history = [UserMessage(content="2+2?"), AssistantMessage(content="Four.")]
    result = await agent.run("And 3+3?", history=history)
    assert [m.content for m in result.full_messages] == ["2+2?", "Four.", "And 3+3?", "Six."]
    assert [m.content for m in result.messages] == ["2+2?", "Four.", "And 3+3?", "Six."]
    assert "Four." in tokenizer.decode(result.prompt_ids)


# ------------------------------------------------------------------------------------ compaction


async def test_a_compaction_without_a_trajectory_and_twice_on_one_run(tokenizer: Any, tmp_path: Path) -> None:
    outputs = [
        "Four.<turn|>",
        "Six.<turn|>",
        "Summary one.<turn|>",
        "Summary two.<turn|>",
        "Summary three.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [], system_prompt="Be brief.")
    first = await agent.run("And 3+3?", history=await agent.run("2+2?"))
    compacted = await agent.compact(first)  # no trajectory: nothing to write or close
    assert compacted.usage.compactions == 1 and first.usage.compactions == 0
    # One Run compacted twice into a file: the second opens the file again and appends to it.
    assert compacted._state is not None
    path = tmp_path / "run.jsonl"
    run = Run(agent.spec, "r1", compacted._state.copy(), trajectory_path=path)
    for _ in range(2):
        async for _event in run.compaction_events(None):
            pass
    recorded = read_trajectory(path)
    assert [e.stage for e in recorded.events if isinstance(e, CompactionEvent)] == [2, 2]
    assert run.counters.usage.compactions == 2
    # A compaction cut short (the engine ran out during the summary) is announced but not counted.
    with pytest.raises(EngineExhausted):
        async for _event in run.compaction_events(None):
            pass
    assert run.counters.usage.compactions == 2
    assert [e.type for e in read_trajectory(path).events][-1] == "compaction_started"


# ----------------------------------------------------------------------------------------- answers


async def test_a_final_answer_is_the_results_output_and_text(tokenizer: Any) -> None:
    result = await Agent(ReplayEngine(["Four.<turn|>"], tokenizer), []).run("2+2?")
    assert (result.exit_reason, result.output, result.text, result.error) == (
        ExitReason.FINAL_ANSWER,
        "Four.",
        "Four.",
        None,
    )
    empty = await Agent(ReplayEngine(["<turn|>"], tokenizer), []).run("Say nothing.")
    assert (empty.exit_reason, empty.output) == (ExitReason.FINAL_ANSWER, "")


async def test_an_invalid_answer_is_logged_with_what_the_model_is_told(tokenizer: Any) -> None:
    outputs = ["not json<turn|>", '{"n": 3}<turn|>']
    agent = Agent(ReplayEngine(outputs, tokenizer), [], output_type={"type": "object"})
    events = await events_of(agent, "Give n.")
    [error] = [e for e in events if isinstance(e, ErrorEvent)]
    [_, feedback] = [e for e in events if isinstance(e, UserMessageEvent)]
    assert (error.kind, error.step) == ("output_invalid", 1)
    assert error.message == feedback.content and error.message.startswith(
        "Your final answer is not valid JSON"
    )
    assert isinstance(events[-1], RunFinished) and events[-1].output == {"n": 3}
    result = await Agent(ReplayEngine(outputs, tokenizer), [], output_type={"type": "object"}).run("Give n.")
    assert (result.output, result.text) == ({"n": 3}, '{"n": 3}')  # the text is the answer as written


async def test_an_invalid_answer_with_no_retries_left_ends_the_run_with_its_text(tokenizer: Any) -> None:
    agent = Agent(
        ReplayEngine(["not json<turn|>"], tokenizer),
        [],
        output_type={"type": "object"},
        limits=Limits(max_output_retries=0),
    )
    result = await agent.run("Give n.")
    assert (result.exit_reason, result.output, result.text) == (ExitReason.OUTPUT_INVALID, None, "not json")
    assert result.error is not None and result.error.startswith("Your final answer is not valid JSON")


# ------------------------------------------------------------------------------------ tool calls

TWO_CALLS = (
    "<|tool_call>call:add{a:1,b:2}<tool_call|><|tool_call>call:add{a:3,b:4}<tool_call|><|tool_response>"
)


async def test_a_result_event_carries_the_calls_duration(tokenizer: Any) -> None:
    outputs = ["<|tool_call>call:add{a:1,b:2}<tool_call|><|tool_response>", "3.<turn|>"]
    stream = Agent(ReplayEngine(outputs, tokenizer), [add]).run_stream("1+2?")
    events = [event async for event in stream]
    [done] = [e for e in events if isinstance(e, ToolResultEvent)]
    assert (done.step, done.call_id, done.name, done.content, done.is_error) == (
        1,
        "call_1_0",
        "add",
        {"value": 3},
        False,
    )
    assert done.duration_s > 0 and done.duration_s == stream.result.usage.tool_time_s


async def test_a_resume_announces_and_runs_only_the_calls_without_a_result(
    tokenizer: Any, tmp_path: Path
) -> None:
    path = tmp_path / "run.jsonl"
    await Agent(ReplayEngine([TWO_CALLS, "3 and 7.<turn|>"], tokenizer), [add]).run("Add.", trajectory=path)
    lines = path.read_text().splitlines(keepends=True)
    first_result = next(i for i, line in enumerate(lines) if '"type":"tool_result"' in line.replace(" ", ""))
    path.write_text("".join(lines[: first_result + 1]))  # the second call's result was never written
    resumed = [
        e async for e in Agent(ReplayEngine(["3 and 7.<turn|>"], tokenizer), [add]).resume_stream(path)
    ]
    calls = [e for e in resumed if isinstance(e, ToolCallEvent)]
    results = [e for e in resumed if isinstance(e, ToolResultEvent)]
    assert [(e.call_id, e.arguments) for e in calls] == [("call_1_1", {"a": 3, "b": 4})]
    assert [(e.call_id, e.content) for e in results] == [("call_1_1", {"value": 7})]
    assert not [e for e in resumed if isinstance(e, ErrorEvent)]  # no sandbox, so no word of a fresh one
    assert isinstance(resumed[-1], RunFinished) and resumed[-1].output == "3 and 7."


async def test_a_call_event_names_its_repairs_and_an_unusable_call_its_kind(tokenizer: Any) -> None:
    # No <|tool_call> opener: repaired; a call to a tool that does not exist: an unknown_tool error.
    outputs = [
        "call:add{a:1,b:2}<tool_call|><|tool_response>",
        TWO_CALLS.replace("add{a:3", "sub{a:3"),
        "Ok.<turn|>",
    ]
    events = await events_of(Agent(ReplayEngine(outputs, tokenizer), [add]), "Add.")
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    assert [(e.step, e.name, e.repairs, e.error is None) for e in calls] == [
        (1, "add", ["missing_opener"], True),
        (2, "add", [], True),
        (2, "sub", [], False),
    ]
    [error] = [e for e in events if isinstance(e, ErrorEvent)]
    assert (error.step, error.kind, error.message) == (2, "unknown_tool", calls[2].error)


async def test_tools_see_their_step_and_run_one_at_a_time_when_told(tokenizer: Any) -> None:
    outputs = ["Ok.<turn|>", naps(0.05, 0.0), "Ok.<turn|>"]
    for parallel, order in (
        (True, ["start", "start", "end", "end"]),
        (False, ["start", "end", "start", "end"]),
    ):
        agent = Agent(ReplayEngine(outputs, tokenizer), [nap], parallel_tool_calls=parallel)
        first = await agent.run("Wait.")
        TRACE.clear()
        await agent.run("Nap twice.", history=first)  # the calls are step 2's
        assert [what for what, _ in TRACE] == order
        assert {step for _, step in TRACE} == {2}


async def test_the_wall_time_limit_cuts_tool_calls_and_says_so(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine([naps(30)], tokenizer), [nap], limits=Limits(max_wall_time_s=0.5))
    with anyio.fail_after(20):
        result = await agent.run("Nap.")
    assert (result.exit_reason, result.error) == (
        ExitReason.WALL_TIME,
        "the wall-time limit (0.5 s) was reached during tool calls",
    )


async def test_a_generation_cut_by_the_wall_time_ends_the_run_at_once(tokenizer: Any) -> None:
    hooked: list[int] = []

    async def hook(view: StepView) -> list[RunEvent]:
        hooked.append(view.step)
        return []

    long = "word " * 200 + "<turn|>"
    engine = ReplayEngine([long, "Ok.<turn|>"], tokenizer, delay_s=0.01)
    agent = Agent(engine, [], limits=Limits(max_wall_time_s=0.3), between_steps=[hook])
    result = await agent.run("Talk.")
    assert (result.exit_reason, result.error) == (
        ExitReason.WALL_TIME,
        "the wall-time limit (0.3 s) was reached",
    )
    assert hooked == [1] and result.usage.steps == 1  # no hook and no step after the cut


# ---------------------------------------------------------------------------------- step events


async def test_a_steps_completion_and_usage_events_describe_what_the_engine_did(tokenizer: Any) -> None:
    output = "<|channel>thought\nEasy.<channel|>Four.<turn|>"
    agent = Agent(ReplayEngine(["One.<turn|>", output], tokenizer, cache_block_size=4), [], thinking=True)
    stream = agent.run_stream("And 2+2?", history=await agent.run("1+1?"))
    events = [event async for event in stream]
    [done] = [e for e in events if isinstance(e, CompletionEvent)]
    [usage] = [e for e in events if isinstance(e, UsageEvent)]
    [turn_close] = tokenizer.encode("<turn|>")
    ids = tokenizer.encode(output)[:-1]
    assert (done.step, done.completion_ids, done.text, done.finish_reason, done.stop_token_id) == (
        2,
        ids,
        tokenizer.decode(ids),
        "stop",
        turn_close,
    )
    assert (done.reasoning, done.content, done.request_lengths) == ("Easy.", "Four.", [len(ids)])
    total = stream.result.usage
    assert (
        done.prompt_tokens
        == usage.prompt_tokens
        > done.cached_prompt_tokens
        == usage.cached_prompt_tokens
        > 0
    )
    assert done.duration_s > 0 and total.engine_time_s > done.duration_s
    assert (usage.step, usage.generated_tokens) == (2, sum(done.request_lengths))
    assert usage.time_to_first_token_s is not None and usage.time_to_first_token_s > 0
    assert usage.decode_tokens_per_s is not None and usage.decode_tokens_per_s > 0


# -------------------------------------------------------------------------- the run's record


async def test_a_run_is_recorded_whole_and_shown_to_observers(tokenizer: Any, tmp_path: Path) -> None:
    seen: list[RunEvent] = []
    outputs = ["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>", "Four.<turn|>"]
    agent = Agent(
        ReplayEngine(outputs, tokenizer),
        [add],
        system_prompt="Be brief.",
        thinking=True,
        observers=[seen.append],
    )
    path = tmp_path / "run.jsonl"
    prompt = [TextPart(text="2+"), TextPart(text="2?")]
    stream = agent.run_stream(prompt, trajectory=path)
    events = [event async for event in stream]
    result = stream.result
    recorded = read_trajectory(path)
    assert [e.model_dump() for e in recorded.events] == [e.model_dump() for e in events]
    assert [e.model_dump() for e in seen] == [e.model_dump() for e in events]
    header = recorded.header
    assert (header.run_id, header.agentkit_version, header.revision, header.thinking) == (
        result.run_id,
        __version__,
        agent.revision,
        True,
    )
    assert (header.system_prompt, header.tools, header.append_only) == ("Be brief.", agent.declarations, True)
    started, user = events[0], events[1]
    assert isinstance(started, RunStarted) and isinstance(user, UserMessageEvent)
    assert (started.run_id, started.prompt, started.thinking, started.tools) == (
        result.run_id,
        "2+2?",
        True,
        ["add"],
    )
    assert (started.continued, started.history) == (False, [])
    assert user.content == [{"type": "text", "text": "2+"}, {"type": "text", "text": "2?"}]
    finished = events[-1]
    assert isinstance(finished, RunFinished)
    usage = result.usage
    assert (finished.exit_reason, finished.output, finished.error, finished.steps) == (
        ExitReason.FINAL_ANSWER,
        "Four.",
        None,
        2,
    )
    assert (finished.prompt_tokens, finished.generated_tokens) == (
        usage.prompt_tokens,
        usage.generated_tokens,
    )
    assert 0 < finished.duration_s <= result.duration_s
    assert (result.trajectory_path, result.error) == (path, None)


async def test_a_run_from_messages_records_them_and_says_it_continues(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine(["Six.<turn|>"], tokenizer), [], system_prompt="Be brief.")
    history = [UserMessage(content="2+2?"), AssistantMessage(content="Four.")]
    events = await events_of(agent, "And 3+3?", history=history)
    started = events[0]
    assert isinstance(started, RunStarted) and started.continued
    assert [(m.role, m.content) for m in started.history] == [
        ("system", "Be brief."),
        ("user", "2+2?"),
        ("assistant", "Four."),
    ]


# ------------------------------------------------------------------------------------ how it ends


async def test_an_engine_that_runs_out_ends_the_run_naming_the_step(tokenizer: Any) -> None:
    engine = ReplayEngine(["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>"], tokenizer)
    result = await Agent(engine, [add]).run("2+2?")
    assert result.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    assert result.error is not None and result.error.startswith("the engine ran out at step 2: ")
    assert result.text == f"The run stopped before a final answer: {result.error}."
    assert result.usage.steps == 2 and result.usage.tool_calls == 1  # step 2 started, then the engine ran out


async def test_an_engine_that_runs_out_during_a_compaction_names_the_step_to_come(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine(["Four.<turn|>"], tokenizer), [], context=ContextPolicy(compact_at=16))
    first = await agent.run("2+2?")  # one message: nothing to compact yet
    second = await agent.run("And 3+3?", history=first)  # the summary of the first turn finds no output
    assert second.exit_reason is ExitReason.OUTPUTS_EXHAUSTED
    assert second.error is not None and second.error.startswith("the engine ran out at step 2: ")
    assert (second.usage.steps, second.usage.compactions) == (1, 0)


async def test_a_run_stopped_by_a_limit_keeps_the_sequence_the_model_saw_and_said(tokenizer: Any) -> None:
    outputs = ["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>"]
    result = await Agent(ReplayEngine(outputs, tokenizer), [add], limits=Limits(max_steps=1)).run("2+2?")
    assert (result.exit_reason, result.error) == (ExitReason.MAX_STEPS, "the step limit (1) was reached")
    # The next prompt (with the tool's result) is built only when a step goes on to use it.
    assert tokenizer.decode(result.prompt_ids).endswith("call:add{a:2,b:2}<tool_call|><|tool_response>")


async def test_a_prompt_over_the_context_limit_names_both(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine(["Four.<turn|>"], tokenizer), [], limits=Limits(max_context_tokens=16))
    result = await agent.run("What is two plus two, and why?")
    prompt = len(tokenizer.encode(agent.render_first_prompt("What is two plus two, and why?")))
    assert prompt > 16
    assert (result.exit_reason, result.error) == (
        ExitReason.MAX_CONTEXT_TOKENS,
        f"the prompt has {prompt} tokens; the context limit is 16",
    )
    assert result.usage.steps == 0


@pytest.mark.parametrize(
    ("mode", "why"), [("off", "context compaction is off"), ("auto", "compaction left it too long")]
)
async def test_a_prompt_over_the_window_says_why_it_was_not_compacted(
    tokenizer: Any, mode: str, why: str
) -> None:
    policy = ContextPolicy(mode=mode, window=32, reserve=16)
    agent = Agent(ReplayEngine(["Four.<turn|>"], tokenizer), [], context=policy)
    result = await agent.run("What is two plus two, and why?")
    prompt = len(tokenizer.encode(agent.render_first_prompt("What is two plus two, and why?")))
    assert (result.exit_reason, result.error) == (
        ExitReason.MAX_CONTEXT_TOKENS,
        f"the prompt has {prompt} tokens; with 16 kept for generation it does not fit the context window of 32 ({why})",
    )


async def test_a_failing_hook_ends_the_run_as_an_error_and_the_file_says_why(
    tokenizer: Any, tmp_path: Path
) -> None:
    async def hook(view: StepView) -> list[RunEvent]:
        if view.step == 2:
            raise RuntimeError("the hook broke")
        return []

    outputs = ["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>", "Four.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [add], between_steps=[hook])
    path = tmp_path / "run.jsonl"
    stream = agent.run_stream("2+2?", trajectory=path)
    with pytest.raises(RuntimeError, match="the hook broke"):
        async for _event in stream:
            pass
    result = stream.result
    assert (result.exit_reason, result.error) == (ExitReason.ERROR, "RuntimeError: the hook broke")
    last = read_trajectory(path).events[-1]
    assert isinstance(last, RunFinished)
    assert (last.exit_reason, last.error, last.steps) == (ExitReason.ERROR, "RuntimeError: the hook broke", 1)


async def test_a_cancelled_run_is_recorded_as_cancelled(tokenizer: Any, tmp_path: Path) -> None:
    outputs = [naps(30), "Ok.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [nap])
    path = tmp_path / "run.jsonl"
    with anyio.move_on_after(1):
        await agent.run("Nap.", trajectory=path)
    last = read_trajectory(path).events[-1]
    assert isinstance(last, RunFinished)
    assert (last.exit_reason, last.error, last.steps) == (ExitReason.CANCELLED, "the run was cancelled", 1)


def test_a_run_has_no_result_before_it_ends(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine([], tokenizer), [])
    run = Run(agent.spec, "r1", agent.new_state())
    with pytest.raises(AgentError, match="^the run has not finished$"):
        run.result()


# ----------------------------------------------------------------------------------- tool_choice

CALL = "<|tool_call>call:add{a:1,b:2}<tool_call|><|tool_response>"


async def test_a_refused_grammar_is_not_sent_again_and_each_step_says_so(tokenizer: Any) -> None:
    engine = RequestLog([CALL, CALL, "Done.<turn|>"], tokenizer, constrains=True, refuse=True)
    agent = Agent(engine, [add], tool_choice=lambda step: "required" if step < 3 else "auto")
    events = await events_of(agent, "Add.")
    assert isinstance(events[-1], RunFinished) and events[-1].output == "Done."
    # Step 1 tries the grammar once; then no request of the run carries one.
    assert [grammar is not None for grammar in engine.grammars] == [True, False, False, False]
    notes = [e for e in events if isinstance(e, ErrorEvent)]
    why = "was not enforced: the engine refused the grammar (no grammars here)"
    assert [(e.step, e.kind, e.message) for e in notes] == [
        (1, "tool_choice_not_enforced", f"tool_choice 'required' {why}"),
        (2, "tool_choice_not_enforced", f"tool_choice 'required' {why}"),
        (3, "tool_choice_not_enforced", f"tool_choice 'auto' {why}"),
    ]


async def test_an_output_type_shapes_the_grammar_of_an_auto_step(tokenizer: Any) -> None:
    schema = {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
    engine = RequestLog(['{"n": 3}<turn|>'], tokenizer, constrains=True)
    agent = Agent(engine, [add], tool_choice="auto", output_type=schema, parallel_tool_calls=False)
    assert (await agent.run("Give n.")).output == {"n": 3}
    [grammar], [prompt] = engine.grammars, engine.prompts
    expected = ToolGrammar.for_tools(agent.spec.tool_schemas).constraint(
        "auto", start=prompt_start(prompt, thinking=False), parallel=False, answer_schema=schema
    )
    assert grammar == expected


# ----------------------------------------------------------------------------------------- media


async def test_an_image_a_tool_returns_is_sent_where_the_template_shows_it(tokenizer: Any) -> None:
    outputs = ["<|tool_call>call:snapshot{}<tool_call|><|tool_response>", "Red.<turn|>"]
    engine = RequestLog(outputs, tokenizer, constrains=True)
    agent = Agent(engine, [snapshot], revision="2026-07-09")
    events = await events_of(agent, "Look.")
    assert isinstance(events[-1], RunFinished) and events[-1].output == "Red."
    first, second = engine.media
    assert first is None and second is not None and len(second.images) == 1
    assert load_image(second.images[0]).getpixel((0, 0)) == (255, 0, 0)
    [done] = [e for e in events if isinstance(e, ToolResultEvent)]
    assert json.loads(json.dumps(done.content)) == [snapshot().model_dump(mode="json")]  # JSON, as logged


async def test_the_thinking_budget_applies_only_when_thinking_is_on(tokenizer: Any) -> None:
    output = "<|channel>thought\n" + "hmm " * 30 + "<channel|>Four.<turn|>"
    for thinking, closed in ((False, []), (True, ["thought_budget"])):
        agent = Agent(
            ReplayEngine([output, "Four.<turn|>"], tokenizer),
            [],
            thinking=thinking,
            limits=Limits(max_thought_tokens_per_step=8),
        )
        events = await events_of(agent, "2+2?")
        assert [e.kind for e in events if isinstance(e, ErrorEvent)] == closed
        assert isinstance(events[-1], RunFinished) and events[-1].output == "Four."


async def test_a_tool_sees_the_deps_run_id_and_logger_of_its_run(tokenizer: Any) -> None:
    outputs = ["<|tool_call>call:whose{}<tool_call|><|tool_response>", "Done.<turn|>"]
    for run_deps, seen in ((None, "the agent's"), ("the run's", "the run's")):
        agent = Agent(
            ReplayEngine(outputs, tokenizer), [whose], deps="the agent's", logger=logging.getLogger("mine")
        )
        events = await events_of(agent, "Whose?", deps=run_deps)
        said = f"{seen}, {events[0].run_id}, mine, sandbox None"
        assert [e.content for e in events if isinstance(e, ToolResultEvent)] == [said]


async def test_a_hook_sees_the_step_to_come_and_its_events_are_logged(tokenizer: Any, tmp_path: Path) -> None:
    seen: list[tuple[Any, ...]] = []

    async def hook(view: StepView) -> list[RunEvent]:
        seen.append((view.run_id, view.step, view.spec is agent.spec, view.counters.usage.steps))
        return [ErrorEvent(run_id=view.run_id, step=view.step, kind="note", message=f"before {view.step}")]

    outputs = ["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>", "Four.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [add], between_steps=[hook])
    path = tmp_path / "run.jsonl"
    result = await agent.run("2+2?", trajectory=path)
    assert seen == [(result.run_id, 1, True, 0), (result.run_id, 2, True, 1)]
    notes = [e for e in read_trajectory(path).events if isinstance(e, ErrorEvent)]
    assert [(e.step, e.message) for e in notes] == [(1, "before 1"), (2, "before 2")]


async def test_each_step_started_says_how_much_of_the_last_prompt_it_keeps(tokenizer: Any) -> None:
    # Template-conformant prompts drop an answered turn's thought: the next prompt changes its prefix.
    outputs = [
        "<|channel>thought\nEasy.<channel|>Four.<turn|>",
        "<|channel>thought\nAlso.<channel|>Six.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [], thinking=True, append_only=False)
    first = await agent.run("2+2?")
    events = await events_of(agent, "And 3+3?", history=first)
    [started] = [e for e in events if isinstance(e, StepStarted)]
    assert (started.step, started.prefix_stable) == (2, False)
    assert started.keep_tokens + len(started.appended_ids) == started.prompt_tokens
    assert 0 < started.keep_tokens < len(first.prompt_ids)


@pytest.mark.parametrize("results_kept", [1, 2])
async def test_a_run_restored_after_its_calls_keeps_the_results_only_if_all_came(
    tokenizer: Any, tmp_path: Path, results_kept: int
) -> None:
    path = tmp_path / "run.jsonl"
    agent = Agent(ReplayEngine([TWO_CALLS, "3 and 7.<turn|>"], tokenizer), [add])
    await agent.run("Add.", trajectory=path)
    lines = path.read_text().splitlines(keepends=True)
    results = [i for i, line in enumerate(lines) if '"type":"tool_result"' in line.replace(" ", "")]
    path.write_text("".join(lines[: results[results_kept - 1] + 1]))  # the process died here
    restored = agent.restore(path)
    assert (restored.exit_reason, restored.error) == (ExitReason.CANCELLED, "the run was interrupted")
    assert restored.usage.steps == 1
    roles = [m.role for m in restored.messages]
    if results_kept == 2:  # the step is whole: its calls and their results are in the conversation
        assert roles == ["user", "assistant", "tool", "tool"] and restored.usage.tool_calls == 2
    else:  # a result is missing: the calls stay unanswered (a resume runs the missing one)
        assert roles == ["user", "assistant"] and restored.usage.tool_calls == 0


# ------------------------------------------------------------------------------- the sandbox


@pytest.mark.docker
async def test_a_sandboxed_run_leases_a_container_labelled_with_its_run_id(tokenizer: Any) -> None:
    import docker
    from agentkit_tools import default_toolset

    from agentkit.sandbox.ownership import LABEL_RUN

    def containers_of(run_id: str) -> list[Any]:
        client = docker.from_env()
        try:
            return list(client.containers.list(all=True, filters={"label": f"{LABEL_RUN}={run_id}"}))
        finally:
            client.close()

    seen: list[int] = []

    async def hook(view: StepView) -> list[RunEvent]:
        seen.append(len(containers_of(view.run_id)))
        return []

    outputs = ['<|tool_call>call:shell{command:<|"|>true<|"|>}<tool_call|><|tool_response>', "Done.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]), between_steps=[hook])
    result = await agent.run("Go.")
    assert result.output == "Done." and seen == [1, 1]  # one container, leased for this run, before step 1
    assert containers_of(result.run_id) == []  # and released at its end
