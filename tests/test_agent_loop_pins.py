"""Behaviour of the loop's parts that mutation testing (mutmut, pyproject.toml) found unpinned.

Each test pins, through the module's own API, something a user of the loop relies on: which call a
result answers, what context a tool sees, what the model is told, what a resumed run counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio
import jsonschema
import pytest
from pydantic import BaseModel, ValidationError

from agentkit.agent import Agent, Limits
from agentkit.agent.compaction import (
    SUMMARY_INSTRUCTION,
    apply,
    count_summary,
    elide,
    plan_summary,
    summary_request,
    summary_text,
)
from agentkit.agent.context import ContextBudget, ContextPolicy
from agentkit.agent.counters import Counters, apply_step
from agentkit.agent.dispatch import dispatch, plan_calls
from agentkit.agent.events import CompactionEvent, CompletionEvent, ExitReason, RunFinished
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.result import ResumeError
from agentkit.agent.resume import recorded_completion
from agentkit.agent.step import Completion, PlannedCall, StepRecord, assistant_message, tool_message
from agentkit.agent.structured import OutputInvalid, OutputSpec
from agentkit.agent.tool_choice import StepConstraint, check_tool_choice, choice_for, step_constraint
from agentkit.engines.base import SamplingParams, Usage
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4 import parse_complete
from agentkit.gemma4.parse import End, ParsedOutput, ParseError
from agentkit.gemma4.parse.events import ErrorKind
from agentkit.messages import (
    AssistantMessage,
    Message,
    SystemMessage,
    ToolCall,
    ToolMessage,
    UserMessage,
)
from agentkit.tool import RunContext, ToolResult, tool
from agentkit.tool.results import error_result, ok_result


class Point(BaseModel):
    x: int
    y: int


POINT_SCHEMA = {
    "type": "object",
    "required": ["x", "y"],
    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
}
SCHEMAS = {"add": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}}}}

# ----------------------------------------------------------------------------------------- planning


def test_planned_calls_carry_the_names_of_their_repairs() -> None:
    parsed = parse_complete("call:add{a:1,b:2}<tool_call|>", SCHEMAS)
    [planned] = plan_calls(1, parsed)
    assert planned.repairs == tuple(r.value for r in parsed.tool_calls[0].repairs) != ()
    # A call that failed after a repair carries the repair too (it is counted like any other).
    parsed = parse_complete("call:nope{x:1}<tool_call|>", SCHEMAS)
    [planned] = plan_calls(1, parsed)
    assert planned.error is not None
    assert planned.repairs == tuple(r.value for r in parsed.errors[0].repairs) != ()


def test_errors_without_a_position_are_planned_after_the_calls_in_order() -> None:
    good = parse_complete(
        "<|tool_call>call:add{a:1,b:2}<tool_call|><|tool_call>call:add{a:3,b:4}<tool_call|>", SCHEMAS
    )
    stray = [
        ParseError(ErrorKind.UNKNOWN_TOOL, f"Problem {n}.", f"problem {n}", name=f"bad{n}") for n in (0, 1)
    ]
    parsed = ParsedOutput(None, None, good.tool_calls, (), tuple(stray), End("end_of_turn"))
    planned = plan_calls(3, parsed)
    assert [p.call_id for p in planned] == ["call_3_0", "call_3_1", "call_3_2", "call_3_3"]
    assert [p.call.name for p in planned] == ["add", "add", "bad0", "bad1"]
    assert [p.error for p in planned] == [None, None, "Problem 0.", "Problem 1."]


# ----------------------------------------------------------------------------------------- dispatch

SEEN: list[tuple[Any, ...]] = []


@tool(runs_in="host", read_only=True)
async def whoami(ctx: RunContext[str], note: str) -> str:
    """Say who is calling.

    Args:
        note: Anything.
    """
    SEEN.append((ctx.deps, ctx.run_id, ctx.step, ctx.tool_name, ctx.tool_call_id))
    return note


def planned(name: str, index: int, step: int = 4) -> PlannedCall:
    return PlannedCall(ToolCall(id=f"call_{step}_{index}", name=name, arguments={"note": f"n{index}"}))


@pytest.mark.anyio
async def test_a_tool_sees_the_run_context_stamped_with_its_call() -> None:
    SEEN.clear()
    ctx: RunContext[object] = RunContext(deps="the deps", run_id="r9", step=1)
    results = await dispatch([planned("whoami", 0), planned("whoami", 1)], {"whoami": whoami}, ctx, step=4)
    assert sorted(SEEN) == [
        ("the deps", "r9", 4, "whoami", "call_4_0"),
        ("the deps", "r9", 4, "whoami", "call_4_1"),
    ]
    assert [(r.call_id, r.content, r.is_error) for r in results] == [
        ("call_4_0", "n0", False),
        ("call_4_1", "n1", False),
    ]


@pytest.mark.anyio
async def test_each_result_is_handed_to_the_callback_with_its_call() -> None:
    seen: list[tuple[str, object]] = []

    async def on_result(item: PlannedCall, result: ToolResult) -> None:
        seen.append((item.call_id, result.content))

    ctx: RunContext[object] = RunContext(deps=None)
    calls = [planned("whoami", 0), planned("ghost", 1)]
    await dispatch(calls, {"whoami": whoami}, ctx, step=4, parallel=False, on_result=on_result)
    assert seen[0] == ("call_4_0", "n0")
    assert seen[1][0] == "call_4_1" and "Unknown tool 'ghost'" in str(seen[1][1])


@pytest.mark.anyio
async def test_an_unknown_tool_without_a_close_name_gets_the_list_only() -> None:
    ctx: RunContext[object] = RunContext(deps=None)
    [result] = await dispatch([planned("zzz", 0)], {"whoami": whoami}, ctx, step=4)
    assert result.content == {"error": "Unknown tool 'zzz'. Available tools: whoami."}
    assert (result.tool_name, result.status, result.call_id) == ("zzz", "error", "call_4_0")


# -------------------------------------------------------------------------------- structured output


def test_the_output_instruction_shows_the_schema_compactly() -> None:
    spec = OutputSpec({"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}})
    assert spec.instruction() == (
        "When you give your final answer, reply with only a JSON value (no prose, no code fence) that "
        'matches this JSON Schema: {"type":"object","required":["n"],"properties":{"n":{"type":"integer"}}}'
    )
    assert '"é"' in OutputSpec({"const": "é"}).instruction()  # written as is, not \u-escaped


@pytest.mark.parametrize("output_type", [Point, POINT_SCHEMA], ids=["pydantic", "json-schema"])
def test_an_answer_is_validated_after_fences_and_blanks_are_removed(output_type: Any) -> None:
    spec = OutputSpec(output_type)
    for answer in ('{"x": 1, "y": 2}', ' \n```json\n{"x": 1, "y": 2}\n```\n ', '```\n{"x": 1, "y": 2}\n```'):
        value = spec.validate(answer)
        expected: Any = Point(x=1, y=2) if output_type is Point else {"x": 1, "y": 2}
        assert value == expected


@pytest.mark.parametrize("output_type", [Point, POINT_SCHEMA], ids=["pydantic", "json-schema"])
@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (None, "Your final answer was empty. Reply with only the JSON value."),
        ("```json\n \n```", "Your final answer was empty. Reply with only the JSON value."),
        (
            '{"x": 1,',
            (
                "Your final answer is not valid JSON (Expecting property name enclosed in double quotes "
                "at line 1 column 9). Reply with only the JSON value, nothing else."
            ),
        ),
    ],
)
def test_an_unreadable_answer_is_explained_to_the_model(output_type: Any, answer: Any, message: str) -> None:
    with pytest.raises(OutputInvalid) as caught:
        OutputSpec(output_type).validate(answer)
    assert str(caught.value) == message


def test_a_wrong_shape_names_each_problem_and_where() -> None:
    with pytest.raises(OutputInvalid) as caught:
        OutputSpec(Point).validate('{"x": "a"}')
    assert str(caught.value) == (
        "Your final answer does not match the required schema:\n"
        '- x: expected integer, got "a". Input should be a valid integer, unable to parse string as an integer.\n'
        "- y: missing required field (expected integer).\n"
        "Reply again with only the corrected JSON value."
    )
    with pytest.raises(OutputInvalid) as caught:
        OutputSpec(POINT_SCHEMA).validate('{"y": "b", "x": "a"}')
    assert str(caught.value) == (
        "Your final answer does not match the required schema:\n"
        "- x: expected integer, got \"a\". 'a' is not of type 'integer'.\n"
        "- y: expected integer, got \"b\". 'b' is not of type 'integer'.\n"
        "Reply again with only the corrected JSON value."
    )
    with pytest.raises(OutputInvalid, match=r"- answer: expected array of integer, got \{"):
        OutputSpec(list[int]).validate('{"x": 1}')
    with pytest.raises(
        OutputInvalid, match=r"- answer: expected object .*, got 3\. 3 is not of type 'object'"
    ):
        OutputSpec(POINT_SCHEMA).validate("3")
    with pytest.raises(OutputInvalid, match=r"- \[1\]: expected integer, got \"z\""):
        OutputSpec(list[int]).validate('[1, "z"]')


def test_a_schema_that_is_not_valid_is_refused_at_once() -> None:
    with pytest.raises(jsonschema.SchemaError):
        OutputSpec({"type": "no such type"})


# ----------------------------------------------------------------------------------------- counters


def completion(text: str, step: int = 1, duration_s: float = 0.0) -> Completion:
    return Completion(
        step=step,
        ids=(1, 2, 3),
        text=text,
        parsed=parse_complete(text, SCHEMAS),
        finish_reason="stop",
        stop_token_id=None,
        generated_tokens=3,
        request_lengths=(3,),
        duration_s=duration_s,
    )


def failed(call_id: str) -> ToolResult:
    return error_result("add", "error", "boom", max_chars=100, duration_s=0.5, call_id=call_id)


def step_with_calls(number: int, text: str, outcome: Any) -> StepRecord:
    done = completion(text, step=number)
    calls = plan_calls(number, done.parsed)
    return StepRecord(
        number, completion=done, calls=calls, results={p.call_id: outcome(p.call_id) for p in calls}
    )


def test_engine_time_and_failures_add_up_over_steps() -> None:
    counters = Counters()
    apply_step(counters, StepRecord(1, completion=completion("a", duration_s=0.5)))
    apply_step(counters, StepRecord(2, completion=completion("b", step=2, duration_s=0.25)))
    assert counters.usage.engine_time_s == 0.75
    two_adds = "<|tool_call>call:add{a:1,b:2}<tool_call|><|tool_call>call:add{a:3,b:4}<tool_call|>"
    apply_step(counters, step_with_calls(3, two_adds, failed))
    apply_step(counters, step_with_calls(4, two_adds, failed))
    assert counters.usage.failed_tool_calls == 4 and counters.failures_per_tool == Counter({"add": 4})
    assert counters.usage.tool_calls == 4 and counters.usage.tool_time_s == 2.0
    assert counters.limit_state(0.0).worst_tool == ("add", 4)


def test_a_step_without_calls_leaves_the_format_error_streak_as_it_was() -> None:
    counters = Counters()
    apply_step(counters, step_with_calls(1, "<|tool_call>call:nope{x:1}<tool_call|>", failed))
    apply_step(counters, StepRecord(2, completion=completion("Not JSON."), output_invalid=True))
    assert counters.format_errors == 1 and counters.output_retries == 1


# -------------------------------------------------------------------------------------- tool_choice


class Constraining:
    constrains_output = True


def test_a_bad_tool_choice_is_explained() -> None:
    for fine in (None, "auto", "none", "required", "add", lambda step: "add"):
        check_tool_choice(fine, ["add", "mul"])
    check_tool_choice("auto", [])
    check_tool_choice("none", [])
    with pytest.raises(TypeError) as caught:
        check_tool_choice(3, ["add"])
    assert str(caught.value) == "tool_choice must be auto, required, none or a tool name, not int"
    with pytest.raises(ValueError) as caught:
        check_tool_choice("add", [])
    assert str(caught.value) == "tool_choice 'add' needs at least one tool, and the agent has none"
    with pytest.raises(ValueError) as caught:
        check_tool_choice("zzz", ["add", "mul"])
    assert (
        str(caught.value)
        == "tool_choice 'zzz' is neither auto, required, none nor a tool name; tools: add, mul"
    )
    with pytest.raises(ValueError) as caught:
        check_tool_choice("reqired", ["add", "mul"])
    assert str(caught.value).endswith("; tools: add, mul; did you mean 'required'?")


def test_a_step_constraint_says_why_a_choice_is_not_enforced() -> None:
    plain = SamplingParams(max_tokens=9)
    common: dict[str, Any] = {"schemas": SCHEMAS, "prompt_ids": [], "thinking": False, "parallel": True}
    free = step_constraint(sampling=plain, choice=None, engine=Constraining(), **common)
    assert free == StepConstraint(plain, None) and not free.enforced and free.not_enforced is None
    for own in (SamplingParams(grammar="start: x"), SamplingParams(regex="x")):
        kept = step_constraint(sampling=own, choice="required", engine=Constraining(), **common)
        assert kept.sampling is own and kept.choice == "required" and not kept.enforced
        assert (
            kept.not_enforced == "the step's sampling carries its own grammar or regex, which is used instead"
        )
    loose = step_constraint(sampling=plain, choice="required", engine=object(), **common)
    assert loose.sampling is plain and loose.choice == "required" and not loose.enforced
    assert loose.not_enforced == "object cannot constrain decoding; the calls are parsed and repaired instead"


def test_an_output_schema_shapes_the_answer_of_auto_and_none_only() -> None:
    plain = SamplingParams(max_tokens=9)
    common: dict[str, Any] = {
        "schemas": SCHEMAS,
        "thinking": False,
        "parallel": True,
        "engine": Constraining(),
    }

    def grammar(choice: str, output_schema: Any = None) -> str | None:
        made = step_constraint(
            sampling=plain, choice=choice, prompt_ids=[], output_schema=output_schema, **common
        )
        assert made.enforced and made.choice == choice and made.sampling.max_tokens == 9
        return made.sampling.grammar

    schema = {"type": "object", "properties": {"n": {"type": "integer"}}}
    for choice in ("auto", "none"):
        assert grammar(choice) is not None and grammar(choice, schema) != grammar(choice)
    for choice in ("required", "add"):
        assert grammar(choice) is not None and grammar(choice, schema) == grammar(choice)
    # Where the prompt leaves the model, and whether calls may come several at once, shape it too.
    opened = step_constraint(sampling=plain, choice="required", prompt_ids=[], **{**common, "thinking": True})
    single = step_constraint(
        sampling=plain, choice="required", prompt_ids=[], **{**common, "parallel": False}
    )
    assert len({grammar("required"), opened.sampling.grammar, single.sampling.grammar}) == 3


def test_a_choice_is_one_for_every_step_or_a_function_of_the_step() -> None:
    assert choice_for("required", 3) == "required" and choice_for(None, 3) is None
    assert [choice_for(lambda step: "add" if step == 1 else "none", n) for n in (1, 2)] == ["add", "none"]


# ---------------------------------------------------------------------------------- context budget


def test_a_compaction_threshold_is_a_fraction_in_0_1_or_at_least_16_tokens() -> None:
    assert ContextPolicy(compact_at=1.0).compact_at == 1.0 and ContextPolicy(compact_at=16).compact_at == 16
    for bad, words in [
        (0.0, "a fraction of the window must be in (0, 1], got 0.0"),
        (1.5, "a fraction of the window must be in (0, 1], got 1.5"),
        (15, "a token threshold must be >= 16, got 15 (write 0.5 for a fraction)"),
    ]:
        with pytest.raises(ValidationError) as caught:
            ContextPolicy(compact_at=bad)
        assert words in str(caught.value)


def test_a_budget_never_exceeds_the_engine_context() -> None:
    wide = ContextPolicy(window=5000, compact_at=4000, reserve=9000).budget(1000, max_tokens_per_step=100)
    assert (wide.window, wide.threshold, wide.reserve) == (1000, 1000, 1000)
    narrow = ContextPolicy(window=800, compact_at=0.5).budget(1000, max_tokens_per_step=50)
    assert (narrow.window, narrow.threshold, narrow.reserve) == (800, 400, 50)
    default = ContextPolicy().budget(1001, max_tokens_per_step=8192)  # reserve: an eighth, in whole tokens
    assert (default.window, default.threshold, default.reserve) == (1001, 800, 125)
    assert isinstance(default.reserve, int)


def test_a_prompt_that_leaves_no_room_for_the_reserve_compacts_and_then_stops() -> None:
    budget = ContextBudget(window=1000, threshold=900, reserve=200)
    assert budget.fits(800) and not budget.fits(801)
    assert budget.over(801) and not budget.over(800)  # under the threshold, but without room to answer
    assert budget.stop(800, "why") is None
    stop = budget.stop(801, "nothing left to compact")
    assert stop is not None and stop.reason is ExitReason.MAX_CONTEXT_TOKENS
    assert stop.why == (
        "the prompt has 801 tokens; with 200 kept for generation it does not fit the context window of 1000 "
        "(nothing left to compact)"
    )


# --------------------------------------------------------------------------------------------- step


def test_a_tool_message_always_answers_its_call_by_id_and_name() -> None:
    [planned_add] = plan_calls(2, parse_complete("<|tool_call>call:add{a:1,b:2}<tool_call|>", SCHEMAS))
    unnamed = tool_message(planned_add, ok_result("add", 3, max_chars=10))  # no call id on the result
    assert (unnamed.tool_call_id, unnamed.name) == ("call_2_0", "add")
    renamed = tool_message(planned_add, ok_result("other", 3, max_chars=10, call_id="call_2_0"))
    assert (renamed.tool_call_id, renamed.name) == ("call_2_0", "add")
    exact = tool_message(planned_add, ok_result("add", 3, max_chars=10, call_id="call_2_0"))
    assert (exact.tool_call_id, exact.name) == ("call_2_0", "add")
    assert unnamed.content == renamed.content == exact.content


def test_a_completion_exposes_what_the_parser_read() -> None:
    text = "<|channel>thought\nHmm.<channel|>Sure. call:add{a:1,b:2}<tool_call|>"
    done = completion(text)
    assert (done.reasoning, done.content) == ("Hmm.", "Sure. call:add{a:1,b:2}")
    assert done.repairs == ("stray_call_close",)
    message = assistant_message(done, plan_calls(1, done.parsed))
    assert (message.content, message.reasoning) == ("Sure. call:add{a:1,b:2}", "Hmm.")


# --------------------------------------------------------------------------------------------- spec


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: The first integer.
        b: The second integer.
    """
    return a + b


def test_the_context_limit_is_the_tighter_of_the_engine_and_the_limits(tokenizer: Any) -> None:
    engine = ReplayEngine([], tokenizer, context_length=4096)
    assert Agent(engine, [add]).spec.context_limit == 4096
    assert Agent(engine, [add], limits=Limits(max_context_tokens=1000)).spec.context_limit == 1000
    assert Agent(engine, [add], limits=Limits(max_context_tokens=10_000)).spec.context_limit == 4096
    budget = Agent(
        engine, [add], limits=Limits(max_context_tokens=1000, max_tokens_per_step=64)
    ).spec.context_budget
    assert (budget.window, budget.threshold, budget.reserve) == (1000, 800, 64)


def test_a_spec_builds_the_prompt_state_the_agent_describes(tokenizer: Any) -> None:
    engine = ReplayEngine([], tokenizer)
    spec = Agent(engine, [add], system_prompt="Be terse.", thinking=True, append_only=False).spec
    state = spec.new_state()
    assert state.thinking and not state.append_only and not spec.new_state(thinking=False).thinking
    state.add_user(UserMessage(content="hi"))
    text = tokenizer.decode(state.next_prompt().ids)
    assert "Be terse." in text and "declaration:add" in text
    fixed = SamplingParams(max_tokens=5)
    assert Agent(engine, [add], sampling=fixed).spec.sampling_for(3) is fixed


def test_a_step_choice_naming_no_tool_is_refused_when_the_step_starts(tokenizer: Any) -> None:
    spec = Agent(
        ReplayEngine([], tokenizer), [add], tool_choice=lambda step: "add" if step == 1 else "sub"
    ).spec
    assert spec.tool_choice_for(1) == "add"
    with pytest.raises(ValueError, match="tool_choice 'sub' is neither"):
        spec.tool_choice_for(2)


# ------------------------------------------------------------------------------------- prompt state

DECLARATIONS = [
    {
        "type": "function",
        "function": {"name": "add", "description": "Add.", "parameters": SCHEMAS["add"]},
    }
]


def conversation(tokenizer: Any, append_only: bool) -> PromptState:
    """A state after a user turn, a step with one call and its result, and a second user turn."""
    state = PromptState(
        tokenizer,
        tools=DECLARATIONS,
        system_prompt="Be brief.",
        revision="2026-04-28",
        thinking=False,
        append_only=append_only,
    )
    state.add_user(UserMessage(content="2+3?"))
    assert state.prompt_length() == len(state.next_prompt().ids)
    text = "<|tool_call>call:add{a:2,b:3}<tool_call|>"
    done = replace(completion(text), ids=tuple(tokenizer.encode(text)))
    calls = plan_calls(1, done.parsed)
    state.add_step(
        StepRecord(
            1, completion=done, calls=calls, results={calls[0].call_id: ok_result("add", 5, max_chars=99)}
        )
    )
    assert state.prompt_length() == len(state.next_prompt().ids)
    answer = replace(completion("5."), ids=tuple(tokenizer.encode("5.")))
    state.add_step(StepRecord(2, completion=answer))
    state.add_user(UserMessage(content="And 2+4?"))
    return state


@pytest.mark.parametrize("append_only", [True, False], ids=["append-only", "conformant"])
def test_the_prompt_length_is_known_before_the_prompt_is_built(tokenizer: Any, append_only: bool) -> None:
    state = conversation(tokenizer, append_only)
    length = state.prompt_length()
    assert state.prompt_length() == length  # asking twice changes nothing
    nxt = state.next_prompt()
    assert len(nxt.ids) == length and nxt.ids == state.sequence
    assert nxt.ids[: nxt.keep] + nxt.appended == nxt.ids and nxt.previous_length > 0
    assert [m.role for m in state.messages] == ["system", "user", "assistant", "tool", "assistant", "user"]
    text = tokenizer.decode(nxt.ids)
    assert text.startswith("<bos><|turn>system\nBe brief.") and "declaration:add" in text
    assert text.endswith("And 2+4?<turn|>\n<|turn>model\n<|channel>thought\n<channel|>")  # thinking off


def test_the_conformant_prompt_is_what_the_template_renders(tokenizer: Any) -> None:
    state = conversation(tokenizer, append_only=False)
    assert state.next_prompt().ids == state.render_ids(state.messages)
    assert state.next_prompt().appended == []  # nothing new: the same prompt, all of it kept


def test_a_restart_renders_the_compacted_conversation_whole(tokenizer: Any) -> None:
    for append_only in (True, False):
        state = conversation(tokenizer, append_only)
        state.next_prompt()
        history = list(state.history)
        kept = [state.messages[0], UserMessage(content="Summary: 2+3=5."), state.messages[-1]]
        before = len(state.sequence)
        state.restart(kept)
        assert state.messages == kept and state.history == history  # the history keeps everything
        assert state.prompt_length() == len(state.render_ids(kept))
        nxt = state.next_prompt()
        assert nxt.ids == state.render_ids(kept) and nxt.keep == 0
        # The whole earlier sequence is dropped: a prefix-cache miss, counted as one (not "stable").
        assert nxt.previous_length == before > 0 and not nxt.prefix_stable
        if append_only:  # from there the sequence grows as before
            state.add_user(UserMessage(content="Go on."))
            assert state.next_prompt().prefix_stable


def test_a_message_after_a_restart_joins_the_re_rendered_conversation(tokenizer: Any) -> None:
    state = conversation(tokenizer, append_only=True)
    state.next_prompt()
    kept = [state.messages[0], UserMessage(content="Summary: 2+3=5.")]
    state.restart(kept, ids=state.render_ids(kept))
    state.add_user(UserMessage(content="Go on."))
    assert state.messages == [*kept, UserMessage(content="Go on.")]
    assert state.next_prompt().ids == state.render_ids(state.messages)
    assert state.history[-1] == UserMessage(content="Go on.")


# --------------------------------------------------------------------------------------- compaction


def result(call_id: str, content: Any, name: str = "add") -> ToolMessage:
    return ToolMessage(tool_call_id=call_id, name=name, content=content)


def a_long_conversation() -> list[Message]:
    calls = [ToolCall(id="call_1_0", name="add", arguments={"a": 1, "b": 2})]
    return [
        SystemMessage(content="Be brief."),
        UserMessage(content="First."),
        AssistantMessage(tool_calls=calls),
        result("call_1_0", "x" * 10),  # 3: the oldest
        UserMessage(content="Second."),
        AssistantMessage(tool_calls=[ToolCall(id="call_2_0", name="add", arguments={})]),
        result("call_2_0", "y" * 30),  # 6
        result("call_2_1", {"v": "é" * 5}, name="mul"),  # 7: newest
        AssistantMessage(content="Done."),
    ]


def test_stage_1_keeps_the_newest_results_that_fit_and_elides_everything_older() -> None:
    messages = a_long_conversation()
    size = {"call_1_0": 10, "call_2_0": 30, "call_2_1": 5}

    def tokens(message: ToolMessage) -> int:
        return size[message.tool_call_id or ""]

    assert elide(messages, tokens, keep=45) == []
    assert [e.index for e in elide(messages, tokens, keep=35)] == [3]  # 5 + 30 fit; 10 more do not
    assert [(e.index, e.call_id, e.name, e.tokens) for e in elide(messages, tokens, keep=34)] == [
        (3, "call_1_0", "add", 10),
        (6, "call_2_0", "add", 30),
    ]
    # Once a result is elided every older one is too, even one that would still fit.
    assert [e.index for e in elide(messages, tokens, keep=5)] == [3, 6]
    assert [e.index for e in elide(messages, tokens, keep=4)] == [3, 6, 7]
    # A placeholder is never elided again.
    event = CompactionEvent(
        run_id="r",
        step=3,
        stage=1,
        reason="threshold",
        tokens_before=9,
        tokens_after=9,
        messages_before=9,
        messages_after=9,
        elided=elide(messages, tokens, keep=4),
    )
    again = apply(messages, event)
    assert again[3] == ToolMessage(
        tool_call_id="call_1_0",
        name="add",
        content="[tool result elided to save context: add, call call_1_0, 10 tokens]",
    )
    assert again[7].content == "[tool result elided to save context: mul, call call_2_1, 5 tokens]"
    assert elide(again, lambda m: 1000, keep=0) == [] and again[:3] == messages[:3]


def test_stage_2_summarises_all_but_the_system_message_the_last_request_and_its_answer() -> None:
    messages = a_long_conversation()
    plan = plan_summary(messages)
    assert plan is not None and plan.summarised == [(1, 4), (5, 8)] and plan.kept == [4, 8]
    unfinished = messages[:-1]  # the last request has no answer yet: nothing after it is kept
    plan = plan_summary(unfinished)
    assert plan is not None and plan.summarised == [(1, 4), (5, 8)] and plan.kept == [4]
    assert plan_summary(messages[1:2]) is None  # only the request itself: nothing to summarise
    assert plan_summary([SystemMessage(content="s"), AssistantMessage(content="a")]) is None  # no request
    plan = plan_summary(messages[1:5])
    assert plan is not None and plan.summarised == [(0, 3)] and plan.kept == [3]
    event = CompactionEvent(
        run_id="r",
        step=3,
        stage=2,
        reason="requested",
        tokens_before=9,
        tokens_after=9,
        messages_before=9,
        messages_after=4,
        summarised=[(1, 4), (5, 8)],
        kept=[4, 8],
        summary="We added.",
        memory="Use tabs.",
    )
    assert apply(messages, event) == [
        messages[0],
        UserMessage(
            content="Project memory:\nUse tabs.\n\n"
            "Summary of the conversation so far (earlier messages were compacted):\nWe added."
        ),
        messages[4],
        messages[8],
    ]
    bare = apply(messages[1:], event.model_copy(update={"memory": None, "summary": None, "kept": [3]}))
    assert bare == [
        UserMessage(content="Summary of the conversation so far (earlier messages were compacted):\n"),
        messages[4],
    ]


def test_the_summary_request_and_what_counts_as_the_summary() -> None:
    assert summary_request(None).content == SUMMARY_INSTRUCTION
    assert summary_request("the tests").content == SUMMARY_INSTRUCTION + "\nFocus on: the tests"
    assert summary_text(completion(" Summary. ")) == "Summary."
    assert (
        summary_text(completion("<|channel>thought\n Cut short while thinking")) == "Cut short while thinking"
    )
    empty = replace(completion(""), text=" raw ")
    assert summary_text(empty) == "raw"


def test_a_summary_request_counts_as_engine_work() -> None:
    counters = Counters()
    done = replace(completion("S."), usage=Usage(prompt_tokens=100, cached_prompt_tokens=60), duration_s=0.5)
    count_summary(counters, done)
    count_summary(counters, done)
    usage = counters.usage
    assert (usage.generated_tokens, usage.prompt_tokens, usage.cached_prompt_tokens) == (6, 200, 120)
    assert usage.engine_time_s == 1.0 and usage.steps == 0


# ------------------------------------------------------------------------------------------- resume


def test_a_recorded_completion_is_parsed_again_as_the_live_run_parsed_it(tokenizer: Any) -> None:
    text = "<|tool_call>call:add{a:1,b:2}<tool_call|>"
    event = CompletionEvent(
        run_id="r",
        step=3,
        completion_ids=[7, 8, 9, 10],
        text=text,
        finish_reason="stop",
        stop_token_id=50,
        request_lengths=[2, 1],
        duration_s=0.5,
        prompt_tokens=40,
        cached_prompt_tokens=30,
    )
    done = recorded_completion(event, [], SCHEMAS)
    assert (done.step, done.ids, done.text, done.finish_reason, done.stop_token_id) == (
        3,
        (7, 8, 9, 10),
        text,
        "stop",
        50,
    )
    assert (done.generated_tokens, done.request_lengths, done.duration_s) == (3, (2, 1), 0.5)
    assert (done.usage.prompt_tokens, done.usage.cached_prompt_tokens) == (40, 30)
    assert [c.arguments for c in done.parsed.tool_calls] == [{"a": 1, "b": 2}]  # typed by the schemas
    assert done.parsed.end.reason == "tool_response"  # stop token 50 is <|tool_response>
    cut = recorded_completion(
        event.model_copy(update={"stop_token_id": None, "finish_reason": "length"}), [], SCHEMAS
    )
    assert cut.parsed.end.reason == "length" and cut.finish_reason == "length"
    # A trajectory written before request lengths were recorded: one request made all the ids.
    older = recorded_completion(event.model_copy(update={"request_lengths": []}), [], SCHEMAS)
    assert (older.generated_tokens, older.request_lengths) == (4, (4,))
    # A prompt that ends in an open thought: the completion starts inside it.
    thought_prompt = tokenizer.encode("<|turn>model\n<|channel>thought\n")
    inside = recorded_completion(
        event.model_copy(update={"text": "Hmm.<channel|>Hi."}), thought_prompt, SCHEMAS
    )
    assert (inside.reasoning, inside.content) == ("Hmm.", "Hi.")


def test_a_resume_counts_every_compaction_the_trajectory_records(tokenizer: Any, tmp_path: Path) -> None:
    outputs = ["Four.<turn|>", "Six.<turn|>", "Summary one.<turn|>", "Summary two.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [], system_prompt="Be brief.")
    path = tmp_path / "run.jsonl"
    first = agent.run_sync("2+2?", trajectory=path)
    second = agent.run_sync("And 3+3?", history=first)
    twice = anyio.run(agent.compact, anyio.run(agent.compact, second))
    assert twice.usage.compactions == 2
    restored = agent.restore(path)
    assert restored.usage.compactions == 2
    assert restored.usage.generated_tokens == twice.usage.generated_tokens  # the summaries count too


def test_a_resume_refuses_a_trajectory_whose_prompt_was_edited(tokenizer: Any, tmp_path: Path) -> None:
    agent = Agent(ReplayEngine(["Four.<turn|>"], tokenizer), [])
    path = tmp_path / "run.jsonl"
    agent.run_sync("2+2?", trajectory=path)
    path.write_text(path.read_text().replace('"2+2?"', '"2+3?"'))  # the same length, other tokens
    with pytest.raises(ResumeError) as caught:
        agent.restore(path)
    assert str(caught.value) == (
        f"{path}: step 1: the rebuilt prompt differs from the recorded one "
        "(the trajectory was written by a different configuration or was edited)"
    )


def test_a_resume_counts_the_steps_whose_prefix_was_not_kept(tokenizer: Any, tmp_path: Path) -> None:
    # Template-conformant prompts drop an answered turn's thought, so the next prompt changes its prefix.
    outputs = [
        "<|channel>thought\nEasy.<channel|>Four.<turn|>",
        "<|channel>thought\nAlso.<channel|>Six.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [], thinking=True, append_only=False)
    path = tmp_path / "run.jsonl"
    second = agent.run_sync("And 3+3?", history=agent.run_sync("2+2?", trajectory=path))
    assert (second.usage.steps, second.usage.prefix_stable_steps) == (2, 1)
    assert agent.restore(path).usage.prefix_stable_steps == 1


def test_a_run_resumed_after_it_was_cancelled_is_read_back_to_its_end(tokenizer: Any, tmp_path: Path) -> None:
    outputs = ["<|tool_call>call:add{a:2,b:2}<tool_call|><|tool_response>", "Four.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [add])
    path = tmp_path / "run.jsonl"
    live = agent.run_sync("2+2?", trajectory=path)
    # The file a cancelled run leaves, then its resume: a RunFinished(cancelled) line between the steps.
    lines = path.read_text().splitlines(keepends=True)
    first_result = next(i for i, line in enumerate(lines) if '"type":"tool_result"' in line.replace(" ", ""))
    cancelled = RunFinished(
        run_id=live.run_id, exit_reason=ExitReason.CANCELLED, error="the run was cancelled"
    )
    lines.insert(first_result + 1, cancelled.model_dump_json() + "\n")
    path.write_text("".join(lines))
    restored = agent.restore(path)
    assert (restored.exit_reason, restored.output, restored.usage.steps) == (
        ExitReason.FINAL_ANSWER,
        "Four.",
        2,
    )
    assert [m.role for m in restored.messages] == [m.role for m in live.messages]


def test_a_pydantic_output_type_is_shown_as_its_json_schema() -> None:
    spec = OutputSpec(Point)
    assert spec.output_type is Point and spec.json_schema == Point.model_json_schema()
    assert '"required":["x","y"]' in spec.instruction()


def test_a_nested_problem_is_named_by_its_path() -> None:
    with pytest.raises(OutputInvalid, match=r"- \[1\]\.y: missing required field \(expected integer\)\.\n"):
        OutputSpec(list[Point]).validate('[{"x": 1, "y": 2}, {"x": 3}]')
    schema = {"type": "array", "items": POINT_SCHEMA}
    with pytest.raises(
        OutputInvalid, match=r"- \[1\]\.x: expected integer, got \"a\"\. 'a' is not of type 'integer'\.\n"
    ):
        OutputSpec(schema).validate('[{"x": 1, "y": 2}, {"x": "a", "y": 2}]')


def test_prompt_state_is_append_only_unless_told_otherwise(tokenizer: Any) -> None:
    assert PromptState(tokenizer, revision="2026-04-28", thinking=False).append_only


@pytest.mark.parametrize("revision", ["2026-04-28", "2026-07-09"])
def test_tool_results_are_written_as_the_revision_and_thinking_say(tokenizer: Any, revision: str) -> None:
    """Under 2026-07-09 with thinking on, the template cues a thought after tool results; 2026-04-28 does not."""
    texts = {}
    for thinking in (False, True):
        state = PromptState(tokenizer, tools=DECLARATIONS, revision=revision, thinking=thinking)
        state.add_user(UserMessage(content="2+3?"))
        state.next_prompt()
        text = "<|tool_call>call:add{a:2,b:3}<tool_call|>"
        done = replace(completion(text), ids=tuple(tokenizer.encode(text)))
        calls = plan_calls(1, done.parsed)
        results = {calls[0].call_id: ok_result("add", 5, max_chars=99)}
        state.add_step(StepRecord(1, completion=done, calls=calls, results=results))
        texts[thinking] = tokenizer.decode(state.next_prompt().appended)
    assert texts[False].startswith("response:add{value:5}<tool_response|>")
    cue = "<|channel>thought\n"
    assert not texts[False].endswith(cue)
    assert texts[True].endswith(cue) is (revision == "2026-07-09")


def test_a_conformant_prompt_keeps_exactly_the_common_prefix(tokenizer: Any) -> None:
    state = PromptState(tokenizer, revision="2026-04-28", thinking=True, append_only=False)
    state.add_user(UserMessage(content="2+2?"))
    state.next_prompt()
    text = "<|channel>thought\nEasy.<channel|>Four."
    state.add_step(StepRecord(1, completion=replace(completion(text), ids=tuple(tokenizer.encode(text)))))
    previous = list(state.sequence)
    state.add_user(UserMessage(content="And 3+3?"))
    nxt = state.next_prompt()  # the template drops the answered turn's thought
    keep = nxt.keep
    assert 0 < keep < len(previous) and not nxt.prefix_stable
    assert nxt.ids[:keep] == previous[:keep] and nxt.ids[keep] != previous[keep]
    assert nxt.appended == nxt.ids[keep:] and nxt.previous_length == len(previous)


@pytest.mark.parametrize("revision", ["2026-04-28", "2026-07-09"])
def test_an_append_only_second_turn_is_what_the_template_renders(tokenizer: Any, revision: str) -> None:
    # Thinking on: no empty thought block is rendered (with thinking off the template drops the first one).
    state = PromptState(tokenizer, system_prompt="Be brief.", revision=revision, thinking=True)
    state.add_user(UserMessage(content="2+2?"))
    state.next_prompt()
    state.add_step(
        StepRecord(1, completion=replace(completion("Four."), ids=tuple(tokenizer.encode("Four."))))
    )
    state.add_user(UserMessage(content="And 3+3?"))
    assert state.next_prompt().ids == state.render_ids(state.messages)
