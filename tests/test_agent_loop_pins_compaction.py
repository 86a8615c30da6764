"""Compaction behaviour that mutation testing (mutmut, pyproject.toml) found unpinned.

Each test drives `Compactor` (the loop's compaction, as `Run` uses it) or the module's functions with
the ReplayEngine standing in for the model, and pins what a long run relies on: where the summary
request's prompt is cut, what sampling the summary is asked with, what an elided result is said to
weigh, which results count as already elided.
"""

from __future__ import annotations

import io
import math
from datetime import datetime
from typing import Any

import pytest
from request_log import RequestLog

from agentkit.agent import Agent
from agentkit.agent.compaction import Compactor, Reason, apply, elide, plan_summary, summary_request
from agentkit.agent.context import ContextBudget, ContextPolicy
from agentkit.agent.events import CompactionEvent, CompletionEvent, RunEvent
from agentkit.agent.media import load_image
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.run import completion_event
from agentkit.engines.base import SamplingParams
from agentkit.messages import (
    AssistantMessage,
    ImagePart,
    Message,
    SystemMessage,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
)
from agentkit.tool import tool

pytestmark = pytest.mark.anyio

SUMMARY = "Goal: sum pages. Done: fetched pages 1-4. Next: answer."


@tool(runs_in="host", read_only=True)
def fetch(n: int) -> str:
    """Fetch a page.

    Args:
        n: The page number.
    """
    return f"page {n}"


def conversation(system: bool, pages: int = 4) -> list[Message]:
    """A finished run: the request, one fetch per page (call and result), the answer."""
    messages: list[Message] = [SystemMessage(content="You fetch pages.")] if system else []
    messages.append(UserMessage(content="Fetch the pages and add up their numbers."))
    for n in range(1, pages + 1):
        call = ToolCall(id=f"call_{n}_0", name="fetch", arguments={"n": n})
        messages.append(AssistantMessage(content=f"Fetching page {n} of {pages}.", tool_calls=[call]))
        messages.append(
            ToolMessage(tool_call_id=call.id, name="fetch", content=f"page {n}: " + "words " * 20)
        )
    messages.append(AssistantMessage(content=f"The pages add up to {pages * (pages + 1) // 2}."))
    return messages


def setup(
    tokenizer: Any, messages: list[Message], **agent_options: Any
) -> tuple[RequestLog, Agent[Any], PromptState]:
    engine = RequestLog([SUMMARY + "<turn|>"], tokenizer)
    agent = Agent(engine, [fetch], **agent_options)
    state = agent.spec.new_state()
    state.restart(messages)
    return engine, agent, state


async def compact(
    agent: Agent[Any],
    state: PromptState,
    policy: ContextPolicy,
    window: int,
    *,
    reason: Reason = "requested",
    step: int = 3,
    time_left: float = math.inf,
) -> list[RunEvent]:
    budget = ContextBudget(window=window, threshold=window, reserve=1)
    compactor = Compactor(
        agent.spec,
        policy,
        budget,
        run_id="r1",
        step=step,
        time_left=lambda: time_left,
        record_completion=completion_event,
    )
    return [event async for event in compactor.events(state, reason)]


def summary_prompt_ids(state: PromptState, messages: list[Message], cut: int) -> list[int]:
    """The summary request's prompt when the conversation is cut at ``cut`` (the system message kept)."""
    head = messages[:1] if isinstance(messages[0], SystemMessage) else []
    return state.render_ids([*head, *messages[cut:], summary_request(None)])


# ------------------------------------------------------------------------------ the summary's prompt

NO_ELISION = ContextPolicy(keep_tool_tokens=100_000, summary_max_tokens=32)


@pytest.mark.parametrize("system", [True, False], ids=["system", "no-system"])
async def test_the_summary_prompt_starts_at_the_earliest_turn_that_leaves_room(
    tokenizer: Any, system: bool
) -> None:
    messages = conversation(system)
    head = 1 if system else 0
    # Where the summary request may start: the first message after the system message, then each turn
    # (user or model) after it. A tool result never starts it: its call would be cut off.
    cuts = [head] + [i for i, m in enumerate(messages) if i > head and isinstance(m, AssistantMessage)]
    assert len(cuts) == 6
    probe = setup(tokenizer, messages)[2]
    lengths = [len(summary_prompt_ids(probe, messages, cut)) for cut in cuts]
    assert lengths == sorted(lengths, reverse=True) and len(set(lengths)) == len(lengths)
    for k, cut in enumerate(cuts):
        # The window leaves exactly room for this cut's prompt and the summary: every earlier cut is
        # too long by at least one token, so this one is the answer (the search tries it at its limit).
        engine, agent, state = setup(tokenizer, messages)
        events = await compact(agent, state, NO_ELISION, lengths[k] + NO_ELISION.summary_max_tokens)
        record = events[-1]
        assert isinstance(record, CompactionEvent) and record.stage == 2, k
        assert record.summary_input_from == cut, k
        assert engine.prompts == [summary_prompt_ids(probe, messages, cut)], k
        assert record.summary == SUMMARY.strip()


# ------------------------------------------------------------------------------ the summary's sampling


@pytest.mark.parametrize(
    "constraint", [{"regex": "[a-z]+"}, {"grammar": 'start: "yes"'}], ids=["regex", "grammar"]
)
async def test_the_summary_samples_as_the_step_would_without_its_constraint(
    tokenizer: Any, constraint: dict[str, str]
) -> None:
    asked: list[int] = []

    def sampling(step: int) -> SamplingParams:
        asked.append(step)
        return SamplingParams(temperature=0.3, top_k=20, seed=100 + step, max_tokens=512, **constraint)

    engine, agent, state = setup(tokenizer, conversation(True), sampling=sampling)
    events = await compact(agent, state, NO_ELISION, 100_000, step=7)
    assert isinstance(events[-1], CompactionEvent) and events[-1].stage == 2
    # The sampling of the step the compaction runs before, free text (a step's regex or grammar would
    # force the summary into the shape of that step's answer), at most summary_max_tokens long.
    assert asked == [7]
    assert engine.sampling == [SamplingParams(temperature=0.3, top_k=20, seed=107, max_tokens=32)]


async def test_a_summary_gets_the_room_left_when_even_the_last_turn_leaves_less(tokenizer: Any) -> None:
    messages = conversation(True)
    engine, agent, state = setup(tokenizer, messages)
    last = summary_prompt_ids(state, messages, len(messages) - 1)  # the answer alone after the system
    policy = ContextPolicy(keep_tool_tokens=100_000, summary_max_tokens=64)
    events = await compact(agent, state, policy, len(last) + 20)
    record = events[-1]
    assert isinstance(record, CompactionEvent) and record.stage == 2
    assert record.summary_input_from == len(messages) - 1 and engine.prompts == [last]
    assert [s.max_tokens for s in engine.sampling] == [20]  # not the 64 that would not fit


# ------------------------------------------------------------------------------ stage 1's weights


async def test_a_structured_result_weighs_its_json_text_as_the_model_reads_it(tokenizer: Any) -> None:
    messages = conversation(True, pages=1)
    result = messages[3]
    assert isinstance(result, ToolMessage)
    messages[3] = result.model_copy(
        update={"content": {"city": "Zürich", "note": "日本語のページ", "fetched": datetime(2026, 12, 1, 6)}}
    )
    engine, agent, state = setup(tokenizer, messages)
    policy = ContextPolicy(keep_tool_tokens=0)
    events = await compact(agent, state, policy, 100_000, reason="threshold")
    record = events[-1]
    assert isinstance(record, CompactionEvent) and record.stage == 1 and engine.prompts == []
    # Non-ASCII text as itself (escapes would weigh several tokens a character), values JSON cannot
    # hold (a datetime) as their text.
    text = '{"city": "Zürich", "note": "日本語のページ", "fetched": "2026-12-01 06:00:00"}'
    assert [(e.index, e.tokens) for e in record.elided] == [(3, len(tokenizer.encode(text)))]


async def test_a_result_with_an_image_weighs_its_text_not_the_images_bytes(tokenizer: Any) -> None:
    # The prompt holds an image result's text and a placeholder, never the image's bytes (the engine
    # gets those apart): weighing their repr made one screenshot push every older result out.
    messages = conversation(True, pages=2)
    messages[5] = ToolMessage(
        tool_call_id="call_2_0",
        name="fetch",
        content=[TextPart(text="page 2:"), ImagePart(data=png("red") * 8)],
    )
    _, agent, state = setup(tokenizer, messages, revision="2026-07-09")
    events = await compact(agent, state, ContextPolicy(keep_tool_tokens=100), 100_000, reason="threshold")
    record = events[-1]
    assert isinstance(record, CompactionEvent) and record.stage == 1 and record.elided == []
    _, agent, state = setup(tokenizer, messages, revision="2026-07-09")
    events = await compact(agent, state, ContextPolicy(keep_tool_tokens=0), 100_000, reason="threshold")
    record = events[-1]
    assert isinstance(record, CompactionEvent) and record.stage == 1
    assert [(e.index, e.tokens) for e in record.elided] == [
        (3, len(tokenizer.encode("page 1: " + "words " * 20))),
        (5, len(tokenizer.encode("page 2:"))),
    ]


def test_stage_1_keeps_as_many_newest_results_as_add_up_to_the_budget() -> None:
    messages: list[Message] = [UserMessage(content="Fetch.")]
    for n in range(4):
        call = ToolCall(id=f"c{n}", name="fetch", arguments={"n": n})
        messages += [AssistantMessage(tool_calls=[call]), ToolMessage(tool_call_id=call.id, content="p")]
    assert [e.index for e in elide(messages, lambda m: 10, keep=25)] == [2, 4]  # 10 + 10 kept; 30 > 25
    assert [e.index for e in elide(messages, lambda m: 10, keep=30)] == [2]


def test_a_conversation_may_open_with_a_call_and_its_result() -> None:
    # A history from elsewhere need not start with a request: the result at index 1 is elided too.
    call = ToolCall(id="c0", name="fetch", arguments={"n": 0})
    messages: list[Message] = [
        AssistantMessage(tool_calls=[call]),
        ToolMessage(tool_call_id="c0", name="fetch", content="page 0"),
        UserMessage(content="And page 1?"),
    ]
    assert [e.index for e in elide(messages, lambda m: 10, keep=0)] == [1]


def test_a_result_without_call_id_or_name_keeps_matching_its_call_once_elided() -> None:
    # Gemma-native conversations often carry no ids: the template matches a result without one to its
    # call (None equals None), so the placeholder must carry none either, nor a made-up name.
    messages: list[Message] = [
        UserMessage(content="Fetch."),
        AssistantMessage(tool_calls=[ToolCall(name="fetch", arguments={"n": 1})]),
        ToolMessage(content="page 1"),
        AssistantMessage(content="Done."),
    ]
    [elided] = elide(messages, lambda m: 10, keep=0)
    assert (elided.index, elided.call_id, elided.name) == (2, "", "")
    event = CompactionEvent(
        run_id="r",
        step=2,
        stage=1,
        reason="threshold",
        tokens_before=1,
        tokens_after=1,
        messages_before=4,
        messages_after=4,
        elided=[elided],
    )
    placeholder = apply(messages, event)[2]
    assert isinstance(placeholder, ToolMessage)
    assert (placeholder.tool_call_id, placeholder.name) == (None, None)


def test_an_answer_right_after_the_last_request_is_kept() -> None:
    messages: list[Message] = [
        SystemMessage(content="s"),
        UserMessage(content="First?"),
        AssistantMessage(content="One."),
        UserMessage(content="Second?"),
        AssistantMessage(content="Two."),
    ]
    plan = plan_summary(messages)
    assert plan is not None and plan.summarised == [(1, 3)] and plan.kept == [3, 4]


def test_only_the_placeholder_itself_counts_as_already_elided() -> None:
    call = ToolCall(id="c1", name="fetch", arguments={"n": 1})
    messages: list[Message] = [
        UserMessage(content="Fetch."),
        AssistantMessage(tool_calls=[call]),
        ToolMessage(tool_call_id="c1", name="fetch", content="[tool output follows] page 1: words words"),
    ]
    [elided] = elide(messages, lambda m: 12, keep=0)
    assert (elided.index, elided.call_id, elided.name, elided.tokens) == (2, "c1", "fetch", 12)


# ------------------------------------------------------------------------------ when nothing happens


@pytest.mark.parametrize("reason", ["threshold", "requested"])
async def test_a_conversation_with_nothing_to_compact_is_left_alone(tokenizer: Any, reason: Reason) -> None:
    messages: list[Message] = [
        SystemMessage(content="You fetch pages."),
        UserMessage(content="Fetch page 1."),
    ]
    engine, agent, state = setup(tokenizer, messages)
    before = state.prompt_length()
    assert await compact(agent, state, ContextPolicy(keep_tool_tokens=0), 16, reason=reason) == []
    assert state.messages == messages and state.prompt_length() == before and engine.prompts == []


@pytest.mark.parametrize("spare", [15, 16])
async def test_a_summary_is_asked_for_only_with_room_for_16_tokens(tokenizer: Any, spare: int) -> None:
    messages = conversation(True)
    engine, agent, state = setup(tokenizer, messages)
    last = summary_prompt_ids(state, messages, len(messages) - 1)
    events = await compact(agent, state, NO_ELISION, len(last) + spare)
    record = events[-1]
    assert isinstance(record, CompactionEvent)
    if spare < 16:  # stage 1 only: the conversation is re-rendered, nothing is summarised
        assert record.stage == 1 and engine.prompts == [] and state.messages == messages
    else:
        assert record.stage == 2 and engine.prompts == [last]
        assert [s.max_tokens for s in engine.sampling] == [16]


# ------------------------------------------------------------------------------ the summary request


def png(color: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), color).save(buffer, format="PNG")
    return buffer.getvalue()


async def test_the_summary_request_carries_the_images_it_shows(tokenizer: Any) -> None:
    messages = conversation(True, pages=1)
    messages[1] = UserMessage(content=[TextPart(text="Sum up this page: "), ImagePart(data=png("red"))])
    messages[3] = ToolMessage(
        tool_call_id="call_1_0", name="fetch", content=[TextPart(text="page 1:"), ImagePart(data=png("blue"))]
    )
    # The 2026-07-09 template shows the model the images in tool results too; the summary sees both.
    engine, agent, state = setup(tokenizer, messages, revision="2026-07-09")
    events = await compact(agent, state, NO_ELISION, 100_000)
    assert isinstance(events[-1], CompactionEvent) and events[-1].stage == 2
    [media] = engine.media
    assert media is not None and media.videos == []
    assert [load_image(image).getpixel((0, 0)) for image in media.images] == [(255, 0, 0), (0, 0, 255)]


async def test_a_summary_stops_when_the_run_is_out_of_time(tokenizer: Any) -> None:
    _, agent, state = setup(tokenizer, conversation(True))
    events = await compact(agent, state, NO_ELISION, 100_000, time_left=0.0)
    summary, record = events[-2:]
    # The first chunk (one token: the replay engine's chunk size) and no more.
    assert isinstance(summary, CompletionEvent) and len(summary.completion_ids) == 1
    assert isinstance(record, CompactionEvent) and record.stage == 2
    assert record.summary == tokenizer.decode(summary.completion_ids).strip() != ""
