"""A model completion written from its parts, exactly as Gemma 4 generates it.

``completion_text(thought="...", calls=[("add", {"a": 2})])`` is what the model writes for a step: an
optional thought channel, then text, then tool calls; a step with calls ends at the ``<|tool_response>``
the engine stops on, a final answer at ``<turn|>``. Scripted and simulated engines use it, so tests
write calls as data and never spell Gemma tokens by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agentkit.gemma4 import tokens
from agentkit.gemma4.syntax import format_value, sorted_items

#: What None is written as in a generated call (the grammar's literal; FORMAT.md, "VALUE").
_NULL = "null"


def call_text(name: str, arguments: Mapping[str, Any]) -> str:
    """One tool call: ``<|tool_call>call:NAME{key:value,...}<tool_call|>``."""
    body = ",".join(
        f"{key}:{format_value(value, escape_keys=False, null=_NULL)}"
        for key, value in sorted_items(arguments)
    )
    return f"{tokens.TOOL_CALL_OPEN}call:{name}{{{body}}}{tokens.TOOL_CALL_CLOSE}"


def thought_text(thought: str) -> str:
    """A thought channel as the model writes it: ``<|channel>thought\\n...<channel|>``."""
    return f"{tokens.CHANNEL_OPEN}{tokens.THOUGHT_CHANNEL}{thought}{tokens.CHANNEL_CLOSE}"


def completion_text(
    *,
    text: str = "",
    calls: Sequence[tuple[str, Mapping[str, Any]]] = (),
    thought: str | None = None,
) -> str:
    """One step's completion with its stop token: calls end at ``<|tool_response>``, answers at ``<turn|>``."""
    parts = [thought_text(thought)] if thought is not None else []
    parts.append(text)
    parts += [call_text(name, arguments) for name, arguments in calls]
    parts.append(tokens.TOOL_RESPONSE_OPEN if calls else tokens.TURN_CLOSE)
    return "".join(parts)


def last_exchange(prompt: str) -> tuple[str, list[str]]:
    """From a rendered prompt: the last user message's text, and the tool responses that follow it (each
    ``response:NAME{...}`` as rendered), for scripts that answer what the conversation holds."""
    user_open = f"{tokens.TURN_OPEN}user\n"
    start = prompt.rfind(user_open)
    if start < 0:
        return "", []
    rest = prompt[start + len(user_open) :]
    user, _, after = rest.partition(tokens.TURN_CLOSE)
    responses: list[str] = []
    for piece in after.split(tokens.TOOL_RESPONSE_OPEN)[1:]:
        body, closed, _ = piece.partition(tokens.TOOL_RESPONSE_CLOSE)
        if closed:
            responses.append(body)
    return user.strip(), responses
