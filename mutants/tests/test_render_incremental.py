"""PromptBuilder: step-by-step rendering equals the full render, deltas are exact, work is O(new)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_strategies import conversations, cut_lists, steps_of, tool_lists

from agentkit.gemma4 import render as render_module
from agentkit.gemma4.render import PromptBuilder, RenderError, render
from agentkit.gemma4.revisions import REVISIONS
from agentkit.messages import AssistantMessage, Message, SystemMessage, ToolCall, ToolMessage, UserMessage

V3, V5 = REVISIONS
SPECIALS = (
    "<|turn>",
    "<turn|>",
    "<|tool_response>",
    "<tool_response|>",
    "<|tool_call>",
    "<channel|>",
    "<|channel>",
)


@settings(max_examples=400, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(
    messages=conversations(),
    tools=tool_lists,
    cuts=cut_lists,
    revision=st.sampled_from(REVISIONS),
    thinking=st.booleans(),
    generation=st.booleans(),
)
def test_steps_reproduce_the_full_render(
    messages: list[Message], tools: list[dict[str, Any]], cuts: list[int], revision: str, thinking: bool,
    generation: bool,
) -> None:  # fmt: skip
    flags: dict[str, Any] = {"revision": revision, "enable_thinking": thinking}
    try:
        render(messages, tools, add_generation_prompt=generation, **flags)
    except RenderError:
        return  # the template cannot render this conversation (covered by the conformance tests)
    builder = PromptBuilder(tools, add_generation_prompt=generation, **flags)
    seen: list[Message] = []
    previous = ""
    for step in steps_of(messages, cuts):
        seen.extend(step)
        delta = builder.extend(step)
        expected = render(seen, tools, add_generation_prompt=generation, **flags)
        assert builder.text == expected
        assert len(builder) == len(expected)
        assert delta.previous_length == len(previous)
        assert 0 <= delta.keep <= len(previous)
        assert previous[: delta.keep] + delta.text == expected
        assert delta.extends == (delta.keep == len(previous))
        if expected.startswith(previous) and (
            previous.endswith(SPECIALS) or expected[len(previous) :].startswith(SPECIALS)
        ):
            assert delta.extends, "an extension at a special token must be reported as one"
        previous = expected


def _long_conversation(rounds: int) -> list[Message]:
    messages: list[Message] = [SystemMessage(content="sys"), UserMessage(content="task")]
    for i in range(rounds):
        messages.append(
            AssistantMessage(
                reasoning=f"r{i}", tool_calls=[ToolCall(id=f"c{i}", name="f", arguments={"i": i})]
            )
        )
        messages.append(ToolMessage(tool_call_id=f"c{i}", content=f"result {i}"))
    return messages


def test_a_step_renders_only_the_new_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The work of a step does not grow with the conversation: count the message renders."""
    builder = PromptBuilder(enable_thinking=True)
    builder.extend(_long_conversation(100))
    rendered: list[Any] = []
    real_content, real_call = render_module._content_text, render_module._call_text
    monkeypatch.setattr(
        render_module, "_content_text", lambda c, **k: rendered.append(c) or real_content(c, **k)
    )
    monkeypatch.setattr(render_module, "_call_text", lambda c, n: rendered.append(c) or real_call(c, n))
    step = [
        AssistantMessage(
            reasoning="more", tool_calls=[ToolCall(id="x", name="f"), ToolCall(id="y", name="g")]
        ),
        ToolMessage(tool_call_id="x", content="1"),
        ToolMessage(tool_call_id="y", content="2"),
    ]
    delta = builder.extend(step)
    assert delta.extends
    assert len(rendered) == 3  # one content, two calls: nothing of the 201 earlier messages
    assert builder.text == render(
        [*_long_conversation(100), *step], enable_thinking=True, add_generation_prompt=True
    )


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_new_user_message_retracts_replayed_reasoning(revision: str) -> None:
    """The template drops earlier thoughts once a user message follows: not an extension, and the
    delta says where the prompts part ways (at a token seam)."""
    builder = PromptBuilder(revision=revision, enable_thinking=True)
    builder.extend(_long_conversation(3))
    builder.extend([AssistantMessage(content="done")])
    before = builder.text
    delta = builder.extend([UserMessage(content="next")])
    assert not delta.extends
    first_thought = before.index("<|channel>thought\nr0")
    assert delta.keep == first_thought  # the seam right before the first dropped thought
    assert "<|channel>thought\nr0" not in builder.text
    assert before[: delta.keep] + delta.text == builder.text


def test_thinking_off_prompt_is_not_extended_by_the_answer() -> None:
    """With thinking off the generation prompt ends in an empty thought the re-render does not keep."""
    builder = PromptBuilder()
    first = builder.extend([UserMessage(content="hi")])
    assert first.text.endswith("<|turn>model\n<|channel>thought\n<channel|>")
    step = builder.extend(
        [
            AssistantMessage(tool_calls=[ToolCall(id="a", name="f")]),
            ToolMessage(tool_call_id="a", content="x"),
        ]
    )
    assert not step.extends
    assert step.keep == len(first.text) - len("<|channel>thought\n<channel|>")
    assert step.text.startswith("<|tool_call>call:f{}<tool_call|><|tool_response>response:f{")


def test_empty_step_changes_nothing() -> None:
    builder = PromptBuilder()
    builder.extend([UserMessage(content="hi")])
    delta = builder.extend([])
    assert delta.extends and delta.text == "" and delta.keep == len(builder.text)


def test_a_failed_step_leaves_the_builder_unchanged() -> None:
    builder = PromptBuilder()
    builder.extend([UserMessage(content="hi"), AssistantMessage(tool_calls=[ToolCall(id="a", name="f")])])
    before = builder.text
    with pytest.raises(RenderError, match=r"messages\[3\]: tool result without a name"):
        builder.extend(
            [ToolMessage(tool_call_id="a", content="ok"), ToolMessage(tool_call_id="b", content="?")]
        )
    assert builder.text == before and len(builder.messages) == 2
    delta = builder.extend([ToolMessage(tool_call_id="a", content="ok")])
    assert delta.extends and builder.text == render([*builder.messages], add_generation_prompt=True)
