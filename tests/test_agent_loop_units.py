"""Unit tests of the loop's parts as values: limits, counters, call planning, dispatch, prompt state.

The loop (agentkit.agent.run) is a few named calls over these; each is pinned here on its own, with the
real parser and tokenizer where they are involved and real host tools for dispatch.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import anyio
import pytest

from agentkit.agent.counters import Counters, apply_step
from agentkit.agent.dispatch import INVALID_CALL, _batches, dispatch, plan_calls
from agentkit.agent.events import CompactionEvent, ElidedResult, ExitReason
from agentkit.agent.limits import (
    Limits,
    LimitState,
    answer_cut_stop,
    check,
    step_token_budget,
    time_left,
    wall_time_stop,
)
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.step import Completion, PlannedCall, StepRecord, assistant_message, tool_message
from agentkit.engines.base import Usage
from agentkit.gemma4 import parse_complete
from agentkit.messages import ToolCall, UserMessage
from agentkit.tool import RunContext, ToolResult, tool
from agentkit.tool.results import error_result, ok_result

SCHEMAS = {"add": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}}
ORDER: list[str] = []


def call(name: str, args: str) -> str:
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|>"


def state(**overrides: Any) -> LimitState:
    values: dict[str, Any] = {
        "steps": 0,
        "generated_tokens": 0,
        "elapsed_s": 0.0,
        "format_errors": 0,
        "failed_tool_calls": 0,
        "worst_tool": None,
    }
    values.update(overrides)
    return LimitState(**values)


def completion(text: str, step: int = 1, **overrides: Any) -> Completion:
    parsed = parse_complete(text, SCHEMAS)
    values: dict[str, Any] = {
        "step": step,
        "ids": tuple(range(7)),
        "text": text,
        "parsed": parsed,
        "finish_reason": "stop",
        "stop_token_id": None,
        "generated_tokens": 7,
        "request_lengths": (7,),
    }
    values.update(overrides)
    return Completion(**values)


# ------------------------------------------------------------------------------------------- limits


def test_nothing_stops_a_fresh_run() -> None:
    assert check(Limits(), state()) is None


@pytest.mark.parametrize(
    ("limits", "overrides", "reason", "words"),
    [
        (Limits(max_steps=3), {"steps": 3}, ExitReason.MAX_STEPS, "step limit (3)"),
        (Limits(max_generated_tokens=10), {"generated_tokens": 10}, ExitReason.MAX_GENERATED_TOKENS, "(10)"),
        (Limits(max_wall_time_s=1), {"elapsed_s": 1.0}, ExitReason.WALL_TIME, "wall-time limit (1 s)"),
        (Limits(max_consecutive_format_errors=2), {"format_errors": 2}, ExitReason.FORMAT_ERRORS, "2 steps"),
        (
            Limits(max_tool_retries=1),
            {"worst_tool": ("add", 2)},
            ExitReason.RETRIES_EXHAUSTED,
            "tool add failed 2",
        ),
        (
            Limits(max_run_retries=1),
            {"failed_tool_calls": 2},
            ExitReason.RETRIES_EXHAUSTED,
            "2 tool calls failed",
        ),
        (Limits(), {"prompt_tokens": 100, "context_limit": 100}, ExitReason.MAX_CONTEXT_TOKENS, "100 tokens"),
    ],
)
def test_each_limit_stops_at_its_bound(
    limits: Limits, overrides: dict[str, Any], reason: ExitReason, words: str
) -> None:
    stop = check(limits, state(**overrides))
    assert stop is not None and stop.reason is reason and words in stop.why


@pytest.mark.parametrize(
    ("limits", "overrides"),
    [
        (Limits(max_steps=3), {"steps": 2}),
        (Limits(max_generated_tokens=10), {"generated_tokens": 9}),
        (Limits(max_wall_time_s=1), {"elapsed_s": 0.99}),
        (Limits(max_consecutive_format_errors=2), {"format_errors": 1}),
        (Limits(max_tool_retries=1), {"worst_tool": ("add", 1)}),  # retries: failures beyond the first
        (Limits(max_run_retries=1), {"failed_tool_calls": 1}),
        (Limits(), {"prompt_tokens": 99, "context_limit": 100}),
        (Limits(), {"prompt_tokens": 10**6}),  # no context limit known yet: not checked
    ],
)
def test_each_limit_lets_the_run_go_on_just_below_its_bound(
    limits: Limits, overrides: dict[str, Any]
) -> None:
    assert check(limits, state(**overrides)) is None


def test_limits_are_checked_in_a_fixed_order() -> None:
    everything = state(
        steps=9,
        generated_tokens=9,
        elapsed_s=9.0,
        format_errors=9,
        failed_tool_calls=9,
        worst_tool=("x", 9),
        prompt_tokens=9,
        context_limit=1,
    )
    limits = Limits(
        max_steps=1,
        max_generated_tokens=1,
        max_wall_time_s=1,
        max_consecutive_format_errors=1,
        max_tool_retries=1,
        max_run_retries=1,
    )
    order = []
    while (stop := check(limits, everything)) is not None:
        order.append(stop.reason)
        fields = {
            ExitReason.FORMAT_ERRORS: {"format_errors": 0},
            ExitReason.MAX_STEPS: {"steps": 0},
            ExitReason.MAX_GENERATED_TOKENS: {"generated_tokens": 0},
            ExitReason.WALL_TIME: {"elapsed_s": 0.0},
            ExitReason.MAX_CONTEXT_TOKENS: {"prompt_tokens": None},
        }
        if stop.reason is ExitReason.RETRIES_EXHAUSTED:
            change: dict[str, Any] = (
                {"worst_tool": None} if everything.worst_tool else {"failed_tool_calls": 0}
            )
        else:
            change = fields[stop.reason]
        everything = LimitState(**{**vars(everything), **change})
    assert order == [
        ExitReason.FORMAT_ERRORS,
        ExitReason.RETRIES_EXHAUSTED,
        ExitReason.RETRIES_EXHAUSTED,
        ExitReason.MAX_STEPS,
        ExitReason.MAX_GENERATED_TOKENS,
        ExitReason.WALL_TIME,
        ExitReason.MAX_CONTEXT_TOKENS,
    ]


def test_time_left_and_the_wall_time_message() -> None:
    assert time_left(Limits(), 10**9) == float("inf")
    assert time_left(Limits(max_wall_time_s=5), 2.0) == 3.0
    stop = wall_time_stop(Limits(max_wall_time_s=2.5), " during tool calls")
    assert stop.reason is ExitReason.WALL_TIME
    assert stop.why == "the wall-time limit (2.5 s) was reached during tool calls"
    assert wall_time_stop(Limits(max_wall_time_s=1)).why == "the wall-time limit (1 s) was reached"


def test_step_token_budget_is_the_tightest_room() -> None:
    limits = Limits(max_tokens_per_step=100, max_generated_tokens=1000)
    assert step_token_budget(limits, prompt_tokens=10, context_limit=1000, generated_tokens=0) == 100
    assert step_token_budget(limits, prompt_tokens=950, context_limit=1000, generated_tokens=0) == 50
    assert step_token_budget(limits, prompt_tokens=10, context_limit=1000, generated_tokens=980) == 20
    assert (
        step_token_budget(
            Limits(max_tokens_per_step=100), prompt_tokens=10, context_limit=1000, generated_tokens=10**6
        )
        == 100
    )
    assert (
        step_token_budget(limits, prompt_tokens=1000, context_limit=1000, generated_tokens=0) == 1
    )  # never 0


def test_an_answer_cut_by_the_token_budget_is_not_final() -> None:
    limits = Limits(max_generated_tokens=10)
    stop = answer_cut_stop(limits, 10, "length")
    assert (
        stop is not None and stop.reason is ExitReason.MAX_GENERATED_TOKENS and "cut the answer" in stop.why
    )
    assert answer_cut_stop(limits, 9, "length") is None
    assert answer_cut_stop(limits, 10, "stop") is None
    assert answer_cut_stop(Limits(), 10**6, "length") is None


# ----------------------------------------------------------------------------------------- planning


def test_plan_calls_numbers_calls_by_step_and_position() -> None:
    parsed = parse_complete(call("add", "a:1,b:2") + call("add", "a:3,b:4"), SCHEMAS)
    planned = plan_calls(4, parsed)
    assert [p.call_id for p in planned] == ["call_4_0", "call_4_1"]
    assert [p.call.arguments for p in planned] == [{"a": 1, "b": 2}, {"a": 3, "b": 4}]
    assert all(p.error is None and p.error_kind is None for p in planned)
    assert plan_calls(4, parsed) == planned  # pure: the same completion always plans the same calls


def test_plan_calls_keeps_unusable_calls_in_place_with_their_error() -> None:
    text = call("add", "a:1,b:2") + call("nope", "x:1") + call("add", "a:5,b:6")
    planned = plan_calls(2, parse_complete(text, SCHEMAS))
    assert [p.call.name for p in planned] == ["add", "nope", "add"]
    assert [p.call_id for p in planned] == ["call_2_0", "call_2_1", "call_2_2"]
    bad = planned[1]
    assert bad.error is not None and "nope" in bad.error and bad.error_kind == "unknown_tool"
    assert bad.call.arguments == {"x": 1}


def test_an_unreadable_call_gets_the_invalid_name() -> None:
    planned = plan_calls(1, parse_complete("<|tool_call>call:{oops<tool_call|>", SCHEMAS))
    assert len(planned) == 1 and planned[0].error is not None
    assert planned[0].call.name == INVALID_CALL


def test_repairs_are_carried_by_the_planned_call() -> None:
    planned = plan_calls(1, parse_complete("call:add{a:1,b:2}<tool_call|>", SCHEMAS))
    assert planned and planned[0].repairs


# ----------------------------------------------------------------------------------------- dispatch


@tool(runs_in="host", read_only=True)
async def reader(name: str) -> str:
    """Read something.

    Args:
        name: What to read.
    """
    ORDER.append(f"start {name}")
    await anyio.sleep(0.01)
    ORDER.append(f"end {name}")
    return name


@tool(runs_in="host")
async def writer(name: str) -> str:
    """Write something.

    Args:
        name: What to write.
    """
    ORDER.append(f"start {name}")
    await anyio.sleep(0.01)
    ORDER.append(f"end {name}")
    return name


TOOLS = {"reader": reader, "writer": writer}


def planned(name: str, index: int, error: str | None = None) -> PlannedCall:
    return PlannedCall(
        ToolCall(id=f"call_1_{index}", name=name, arguments={"name": f"{name}{index}"}), error=error
    )


def test_batches_group_consecutive_parallel_safe_calls_only() -> None:
    calls = [planned("reader", 0), planned("reader", 1), planned("writer", 2), planned("reader", 3)]
    assert _batches(calls, TOOLS, True) == [[0, 1], [2], [3]]
    assert _batches(calls, TOOLS, False) == [[0], [1], [2], [3]]
    # An unusable call never runs, so it may join a batch; an unknown tool is unusable too.
    calls = [planned("reader", 0), planned("ghost", 1, error="bad"), planned("reader", 2)]
    assert _batches(calls, TOOLS, True) == [[0, 1, 2]]
    assert _batches([planned("ghost", 0)], TOOLS, True) == [[0]]


@pytest.mark.anyio
async def test_dispatch_runs_reads_together_and_writes_alone_in_call_order() -> None:
    ORDER.clear()
    calls = [planned("reader", 0), planned("reader", 1), planned("writer", 2)]
    ctx: RunContext[object] = RunContext(deps=None, run_id="r")
    results = await dispatch(calls, TOOLS, ctx, step=1)
    assert [r.content for r in results] == ["reader0", "reader1", "writer2"]
    # The reads overlapped (in either order: trio does not promise which task starts first).
    assert sorted(ORDER[:2]) == ["start reader0", "start reader1"]
    assert ORDER[-2:] == ["start writer2", "end writer2"]  # the write ran alone, after them


@pytest.mark.anyio
async def test_dispatch_answers_unusable_calls_without_running_them() -> None:
    ORDER.clear()
    ctx: RunContext[object] = RunContext(deps=None, run_id="r")
    results = await dispatch([planned("reader", 0, error="Fix it."), planned("ghost", 1)], TOOLS, ctx, step=1)
    assert ORDER == []
    assert [r.is_error for r in results] == [True, True]
    assert results[0].content == {"error": "Fix it."}
    assert "Unknown tool 'ghost'" in str(results[1].content) and "reader, writer" in str(results[1].content)
    assert [r.call_id for r in results] == ["call_1_0", "call_1_1"]


# ----------------------------------------------------------------------------------------- counters


def ok(call_id: str) -> ToolResult:
    return ok_result("add", 3, max_chars=100, duration_s=0.5, call_id=call_id)


def failed(call_id: str) -> ToolResult:
    return error_result("add", "error", "boom", max_chars=100, duration_s=0.25, call_id=call_id)


def test_apply_step_counts_a_completion() -> None:
    counters = Counters()
    done = completion("Hi.", step=1, usage=Usage(prompt_tokens=30, cached_prompt_tokens=20), duration_s=0.5)
    apply_step(counters, StepRecord(1, prefix_stable=True, completion=done))
    usage = counters.usage
    assert (usage.steps, usage.generated_tokens, usage.prompt_tokens, usage.cached_prompt_tokens) == (
        1,
        7,
        30,
        20,
    )
    assert usage.prefix_stable_steps == 1 and usage.engine_time_s == 0.5
    apply_step(counters, StepRecord(2, prefix_stable=False, completion=done))
    assert (usage.steps, usage.generated_tokens, usage.prompt_tokens, usage.cached_prompt_tokens) == (
        2,
        14,
        60,
        40,
    )
    assert usage.prefix_stable_steps == 1


def test_apply_step_counts_the_inserted_thought_closer_as_not_generated() -> None:
    counters = Counters()
    apply_step(
        counters,
        StepRecord(
            1, completion=completion("x", ids=tuple(range(9)), generated_tokens=8, request_lengths=(4, 4))
        ),
    )
    assert counters.usage.generated_tokens == 8


def test_apply_step_counts_repairs() -> None:
    counters = Counters()
    repaired = completion("call:add{a:1,b:2}<tool_call|>")
    apply_step(counters, StepRecord(1, completion=repaired))
    apply_step(counters, StepRecord(2, completion=repaired))
    assert counters.usage.repairs and all(n == 2 for n in counters.usage.repairs.values())


def test_failures_count_per_tool_and_parse_errors_are_format_errors_not_failures() -> None:
    counters = Counters()
    text = call("add", "a:1,b:2") + call("nope", "x:1")
    done = completion(text)
    calls = plan_calls(1, done.parsed)
    results = {calls[0].call_id: failed(calls[0].call_id), calls[1].call_id: failed(calls[1].call_id)}
    apply_step(counters, StepRecord(1, completion=done, calls=calls, results=results))
    assert counters.usage.tool_calls == 2
    assert counters.usage.failed_tool_calls == 1  # the unknown tool is a format error, not a failure
    assert counters.failures_per_tool == Counter({"add": 1})
    assert counters.format_errors == 1
    assert counters.usage.tool_time_s == 0.5


def test_the_format_error_streak_resets_on_a_clean_step() -> None:
    counters = Counters()
    bad = completion(call("nope", "x:1"))
    bad_calls = plan_calls(1, bad.parsed)
    good = completion(call("add", "a:1,b:2"), step=3)
    good_calls = plan_calls(3, good.parsed)
    for number in (1, 2):
        apply_step(
            counters,
            StepRecord(number, completion=bad, calls=bad_calls, results={bad_calls[0].call_id: failed("x")}),
        )
    assert counters.format_errors == 2
    apply_step(
        counters, StepRecord(3, completion=good, calls=good_calls, results={good_calls[0].call_id: ok("y")})
    )
    assert counters.format_errors == 0
    assert counters.usage.failed_tool_calls == 0


def test_a_step_without_all_its_results_counts_no_calls() -> None:
    counters = Counters()
    done = completion(call("nope", "x:1"))
    apply_step(counters, StepRecord(1, completion=done, calls=plan_calls(1, done.parsed), results=None))
    assert counters.usage.tool_calls == 0 and counters.format_errors == 0 and counters.usage.steps == 1


def test_output_retries_are_counted() -> None:
    counters = Counters()
    apply_step(counters, StepRecord(1, completion=completion("{"), output_invalid=True))
    apply_step(counters, StepRecord(2, completion=completion("{")))
    assert counters.output_retries == 1


def test_counters_copy_is_independent() -> None:
    counters = Counters()
    counters.usage.repairs["x"] += 1
    counters.failures_per_tool["add"] += 1
    counters.format_errors, counters.output_retries = 2, 1
    copied = counters.copy()
    assert copied == counters  # everything copied...
    assert copied.usage.repairs == Counter({"x": 1}) and copied.failures_per_tool == Counter({"add": 1})
    copied.usage.steps += 1  # ...and nothing shared
    copied.usage.repairs["x"] += 1
    copied.failures_per_tool["add"] += 1
    assert (
        counters.usage.steps == 0
        and counters.usage.repairs["x"] == 1
        and counters.failures_per_tool["add"] == 1
    )
    assert copied.usage is not counters.usage


def test_limit_state_reports_the_worst_tool() -> None:
    counters = Counters()
    assert counters.limit_state(1.0).worst_tool is None
    counters.failures_per_tool.update({"a": 1, "b": 3})
    view = counters.limit_state(2.0, prompt_tokens=5, context_limit=9)
    assert view.worst_tool == ("b", 3) and view.elapsed_s == 2.0
    assert (view.prompt_tokens, view.context_limit) == (5, 9)


# ------------------------------------------------------------------------------------- prompt state


def prompt_state(tokenizer: Any, append_only: bool = True) -> PromptState:
    return PromptState(
        tokenizer, system_prompt="Be brief.", revision="2026-04-28", thinking=False, append_only=append_only
    )


def test_prompt_state_appends_and_normalises_the_stop_token(tokenizer: Any) -> None:
    state = prompt_state(tokenizer)
    state.add_user(UserMessage(content="hi"))
    first = state.next_prompt()
    assert first.keep == 0 and first.previous_length == 0 and first.ids == first.appended
    assert tokenizer.decode(first.ids).startswith("<bos><|turn>system\nBe brief.")
    answer = completion("Hello.", ids=tuple(tokenizer.encode("Hello.")))
    state.add_step(StepRecord(1, completion=answer))
    assert state.sequence == first.ids + list(answer.ids) + [tokenizer.encode("<turn|>")[0]]
    state.add_user(UserMessage(content="bye"))
    second = state.next_prompt()
    assert second.prefix_stable and second.keep == len(first.ids) + len(answer.ids) + 1
    assert tokenizer.decode(second.appended).startswith("\n<|turn>user\nbye<turn|>")


def test_prompt_state_adds_tool_results_after_calls(tokenizer: Any) -> None:
    state = prompt_state(tokenizer)
    state.add_user(UserMessage(content="2+3?"))
    state.next_prompt()
    text = call("add", "a:2,b:3")
    done = completion(text, ids=tuple(tokenizer.encode(text)))
    calls = plan_calls(1, done.parsed)
    state.add_step(
        StepRecord(1, completion=done, calls=calls, results={calls[0].call_id: ok(calls[0].call_id)})
    )
    assert state.sequence[-1] == tokenizer.encode("<|tool_response>")[0]
    nxt = state.next_prompt()
    assert "response:add{value:3}" in tokenizer.decode(nxt.appended)
    assert [m.role for m in state.messages] == ["system", "user", "assistant", "tool"]


def test_prompt_state_copy_is_independent(tokenizer: Any) -> None:
    state = prompt_state(tokenizer)
    state.add_user(UserMessage(content="hi"))
    state.next_prompt()
    copied = state.copy()
    copied.add_user(UserMessage(content="more"))
    copied.next_prompt()
    assert len(state.messages) == 2 and len(copied.messages) == 3
    assert len(copied.sequence) > len(state.sequence)


def test_assistant_and_tool_messages_of_a_step() -> None:
    done = completion(call("add", "a:2,b:3"))
    calls = plan_calls(1, done.parsed)
    message = assistant_message(done, calls)
    assert message.tool_calls == [calls[0].call]
    result = tool_message(calls[0], ok_result("other", 5, max_chars=10))
    assert result.tool_call_id == "call_1_0" and result.name == "add"


@pytest.mark.anyio
async def test_an_unknown_tool_gets_the_closest_name() -> None:
    ctx: RunContext[object] = RunContext(deps=None, run_id="r")
    [result] = await dispatch([planned("reade", 0)], TOOLS, ctx, step=1)
    assert result.content == {
        "error": "Unknown tool 'reade'. Available tools: reader, writer. Did you mean 'reader'?"
    }


def test_did_you_mean_has_one_cutoff() -> None:
    from agentkit.suggest import closest, did_you_mean

    assert did_you_mean("reade", ["reader", "writer"]) == "did you mean 'reader'?"
    assert did_you_mean("zzz", ["reader", "writer"]) == ""
    assert closest("max_step", ["max_steps", "on_limit"]) == "max_steps"
    assert closest("abcd", ["abxy"]) is None  # ratio 0.5, below the cutoff


def test_a_recorded_tool_result_is_read_back_whole() -> None:
    from agentkit.agent.events import ToolResultEvent
    from agentkit.agent.resume import recorded_result

    event = ToolResultEvent(
        run_id="r",
        step=2,
        call_id="call_2_0",
        name="add",
        content={"error": "x"},
        is_error=True,
        duration_s=0.75,
    )
    result = recorded_result(event)
    assert (result.tool_name, result.status, result.call_id, result.duration_s) == (
        "add",
        "error",
        "call_2_0",
        0.75,
    )
    assert result.content == {"error": "x"} and result.is_error
    ok = recorded_result(event.model_copy(update={"is_error": False, "content": "5"}))
    assert ok.status == "ok" and not ok.is_error


def test_a_compaction_describes_itself_in_one_line() -> None:
    elided = [ElidedResult(index=i, call_id=f"c{i}", name="shell", tokens=10) for i in (2, 4)]
    first = CompactionEvent(
        run_id="r", step=3, stage=1, reason="threshold", tokens_before=12345, tokens_after=2000,
        messages_before=9, messages_after=9, elided=elided,
    )  # fmt: skip
    assert first.describe() == "stage 1: 12,345 → 2,000 tokens (2 old tool results elided)"
    second = first.model_copy(update={"stage": 2, "elided": [], "summarised": [(1, 5), (7, 9)]})
    assert (
        second.describe()
        == "stage 2: 12,345 → 2,000 tokens (0 old tool results elided, messages 1-4, 7-8 summarised)"
    )
