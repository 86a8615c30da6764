"""Differential test: agentkit's native renderer against the official templates, byte for byte.

Thousands of generated conversations (0-8 tools with nested schemas; unicode, braces, quotes and
newlines in strings; parallel calls; several tool rounds in one model turn; thinking on and off;
media parts) render to exactly the bytes that transformers' Jinja environment produces from the
template files in ../shared/gemma4, for both supported revisions. Where the template fails (an
unresolvable tool name under 2026-04-28), agentkit fails too.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_reference import TemplateFailed, render_typed
from render_strategies import conversations, tool_lists

from agentkit.gemma4.render import RenderError, render
from agentkit.gemma4.revisions import REVISIONS
from agentkit.messages import Message

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
        _agree(revision, messages, tools, **flags)


def test_the_generator_reaches_the_interesting_cases() -> None:
    """Guard against a strategy that silently stopped producing what the differential test claims."""
    from hypothesis import find

    from agentkit.messages import AssistantMessage, ImagePart, ToolMessage, UserMessage

    def multi_round(ms: list[Message]) -> bool:
        rounds = [i for i, m in enumerate(ms) if isinstance(m, AssistantMessage) and m.tool_calls]
        tools_after = [i for i in rounds if i + 1 < len(ms) and isinstance(ms[i + 1], ToolMessage)]
        return len(tools_after) >= 2 and any(len(ms[i].tool_calls) >= 2 for i in tools_after)  # type: ignore[union-attr]

    quick = settings(database=None, derandomize=True, max_examples=3000)
    find(conversations(), multi_round, settings=quick)
    find(
        conversations(),
        lambda ms: any(isinstance(m, UserMessage) and isinstance(m.content, list)
                       and any(isinstance(p, ImagePart) for p in m.content) for m in ms),
        settings=quick,
    )  # fmt: skip
    find(
        tool_lists, lambda ts: len(ts) >= 3 and "properties" in str(ts) and "items" in str(ts), settings=quick
    )


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_quick_sample_renders_like_the_template(revision: str) -> None:
    """A fast slice of the differential test for the default (non-slow) run."""

    @settings(max_examples=150, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(messages=conversations(), tools=tool_lists, thinking=st.booleans(), generation=st.booleans())
    def check(messages: list[Message], tools: list[dict[str, Any]], thinking: bool, generation: bool) -> None:
        _agree(revision, messages, tools, enable_thinking=thinking, add_generation_prompt=generation)

    check()
