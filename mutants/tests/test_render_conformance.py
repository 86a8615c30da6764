"""Differential test: agentkit's native renderer against the official templates, byte for byte.

Thousands of generated conversations (0-8 tools with nested schemas; unicode, braces, quotes and
newlines in strings; parallel calls; several tool rounds in one model turn; thinking on and off;
media parts) render to exactly the bytes that transformers' Jinja environment produces from the
template files in ../shared/gemma4, for both supported revisions. Where the template fails (an
unresolvable tool name under 2026-04-28), agentkit fails too.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_reference import TemplateFailed, render_typed
from render_strategies import conversations, tool_lists

from agentkit.gemma4.render import RenderError, render
from agentkit.gemma4.revisions import REVISIONS
from agentkit.messages import (
    AssistantMessage,
    ImagePart,
    Message,
    SystemMessage,
    ToolMessage,
    UserMessage,
    from_openai_messages,
    to_openai,
)

# Deterministic and database-free, so CI sees the same 2,000 conversations on every run.
DIFFERENTIAL = settings(
    max_examples=2000,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _agree(revision: str, messages: list[Message], tools: list[dict[str, Any]], **flags: Any) -> str:
    """Render both ways; assert identical output or failure on both sides. Returns 'ok' or 'failed'."""
    try:
        expected = render_typed(revision, messages, tools, **flags)
    except TemplateFailed as failure:
        with pytest.raises(RenderError):
            render(messages, tools, revision=revision, **flags)
        return f"failed: {failure}"
    got = render(messages, tools, revision=revision, **flags)
    assert got == expected, f"{revision} {flags}"
    return "ok"


def _agree_through_json(
    revision: str, messages: list[Message], tools: list[dict[str, Any]], **flags: Any
) -> None:
    """The CLI's path, OpenAI JSON read back through from_openai, renders the same bytes."""
    round_trip = from_openai_messages(json.loads(json.dumps([to_openai(m) for m in messages])))
    assert render(round_trip, tools, revision=revision, **flags) == render(
        messages, tools, revision=revision, **flags
    )


@pytest.mark.slow
@DIFFERENTIAL
@given(
    messages=conversations(),
    tools=tool_lists,
    thinking=st.booleans(),
    generation=st.booleans(),
    preserve=st.booleans(),
)
def test_generated_conversations_render_like_both_templates(
    messages: list[Message], tools: list[dict[str, Any]], thinking: bool, generation: bool, preserve: bool
) -> None:
    for revision in REVISIONS:
        flags: dict[str, Any] = {"enable_thinking": thinking, "add_generation_prompt": generation}
        if revision == "2026-07-09":
            flags["preserve_thinking"] = preserve
        if _agree(revision, messages, tools, **flags) == "ok":
            _agree_through_json(revision, messages, tools, **flags)


def _features(messages: list[Message], tools: list[dict[str, Any]]) -> set[str]:
    found = set()
    rounds = 0
    for i, m in enumerate(messages):
        after = messages[i + 1] if i + 1 < len(messages) else None
        if isinstance(m, AssistantMessage):
            if m.tool_calls and isinstance(after, ToolMessage):
                rounds += 1
                if len(m.tool_calls) >= 2 and isinstance(
                    messages[min(i + 2, len(messages) - 1)], ToolMessage
                ):
                    found.add("parallel calls answered")
            if m.reasoning:
                found.add("reasoning")
            if m.tool_responses:
                found.add("inline tool_responses")
            if "None" in repr([c.arguments for c in m.tool_calls]):
                found.add("None argument")
            if isinstance(m.content, str) and "<|channel>" in m.content:
                found.add("thought in content")
        elif isinstance(m, UserMessage):
            rounds = 0
            if isinstance(m.content, list) and any(isinstance(p, ImagePart) for p in m.content):
                found.add("image")
        elif isinstance(m, SystemMessage) and m.role == "developer":
            found.add("developer")
        if rounds >= 2:
            found.add("several tool rounds in one model turn")
    text = repr(tools)
    if len(tools) >= 5:
        found.add("5+ tools")
    if "'properties': {" in text and text.count("'properties'") >= 3:
        found.add("nested properties")
    if "'items': {" in text:
        found.add("array items")
    if "'nullable': True" in text:
        found.add("nullable")
    if "'enum': [" in text:
        found.add("enum")
    if "{" in repr(messages) and "\\n" in repr(messages) and '"' in repr(messages):
        found.add("braces, quotes, newlines")
    return found


def test_the_generator_reaches_the_interesting_cases() -> None:
    """Guard against a strategy that silently stopped producing what the differential test claims."""
    seen: Counter[str] = Counter()

    @settings(max_examples=300, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(messages=conversations(), tools=tool_lists)
    def collect(messages: list[Message], tools: list[dict[str, Any]]) -> None:
        seen.update(_features(messages, tools))

    collect()
    wanted = [
        "parallel calls answered", "reasoning", "inline tool_responses", "None argument", "thought in content",
        "image", "developer", "several tool rounds in one model turn", "5+ tools", "nested properties",
        "array items", "nullable", "enum", "braces, quotes, newlines",
    ]  # fmt: skip
    assert {feature: seen[feature] for feature in wanted if seen[feature] < 5} == {}


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_quick_sample_renders_like_the_template(revision: str) -> None:
    """A fast slice of the differential test for the default (non-slow) run."""

    @settings(max_examples=150, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(messages=conversations(), tools=tool_lists, thinking=st.booleans(), generation=st.booleans())
    def check(messages: list[Message], tools: list[dict[str, Any]], thinking: bool, generation: bool) -> None:
        flags = {"enable_thinking": thinking, "add_generation_prompt": generation}
        if _agree(revision, messages, tools, **flags) == "ok":
            _agree_through_json(revision, messages, tools, **flags)

    check()
