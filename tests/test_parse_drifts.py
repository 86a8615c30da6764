"""Output drifts reported against engines in 2026 (issue 23): each is repaired into the intended call
with a named repair, or is an error the model can act on; never a silently wrong call. Each case is
also fed one character at a time and cut at every position: the events are the same."""

from __future__ import annotations

from typing import Any

import pytest
from parse_writer import events_of

from agentkit.gemma4.parse import parse_complete
from agentkit.gemma4.parse.events import ErrorKind, Repair

Q = '<|"|>'
TOOLS: dict[str, Any] = {
    "triangle_area": {
        "type": "object",
        "properties": {"base": {"type": "number"}, "height": {"type": "number"}},
        "required": ["base", "height"],
    },
    "search": {
        "type": "object",
        "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}},
        "required": ["query"],
    },
    "f": {"type": "object", "properties": {"x": {"type": "number"}, "s": {"type": "string"}}},
}

REPAIRED = [
    # JSON-style arguments: decoded as JSON (the keys agree with the schema).
    (
        '<|tool_call>call:triangle_area{"base": 10, "height": 5}<tool_call|>',
        "triangle_area",
        {"base": 10, "height": 5},
        Repair.JSON_ARGUMENTS,
    ),
    (
        '<|tool_call>call:search{"query": "Paris, France", "limit": 3}<tool_call|>',
        "search",
        {"query": "Paris, France", "limit": 3},
        Repair.JSON_ARGUMENTS,
    ),
    (
        '<|tool_call>call:search{"query": "say \\"hi\\" {now}"}<tool_call|>',
        "search",
        {"query": 'say "hi" {now}'},
        Repair.JSON_ARGUMENTS,
    ),
    # JSON string for an integer field: typed by the schema like a <|"|> string would be.
    (
        '<|tool_call>call:search{"query": "x", "limit": "4"}<tool_call|>',
        "search",
        {"query": "x", "limit": 4},
        Repair.JSON_ARGUMENTS,
    ),
    # A whole call as a JSON object.
    (
        '<|tool_call>{"name": "triangle_area", "arguments": {"base": 10, "height": 5}}<tool_call|>',
        "triangle_area",
        {"base": 10, "height": 5},
        Repair.JSON_CALL,
    ),
    (
        '<|tool_call>{"name": "search", "parameters": "{\\"query\\": \\"q\\"}"}<tool_call|>',
        "search",
        {"query": "q"},
        Repair.JSON_CALL,
    ),
    # Plain-quoted strings in otherwise native syntax.
    (
        '<|tool_call>call:search{query:"Paris, France"}<tool_call|>',
        "search",
        {"query": "Paris, France"},
        Repair.PLAIN_QUOTED_STRING,
    ),
    (
        '<|tool_call>call:search{query: "Paris",limit:2}<tool_call|>',
        "search",
        {"query": "Paris", "limit": 2},
        Repair.PLAIN_QUOTED_STRING,
    ),
    (
        f'<|tool_call>call:search{{"query":{Q}Paris{Q}}}<tool_call|>',
        "search",
        {"query": "Paris"},
        Repair.PLAIN_QUOTED_STRING,
    ),
    # No closer: the same repair, plus the closer's.
    ('<|tool_call>call:search{query:"a, b"}', "search", {"query": "a, b"}, Repair.PLAIN_QUOTED_STRING),
    # A colon before call:.
    (
        f"<|tool_call>:call:search{{query:{Q}x{Q}}}<tool_call|>",
        "search",
        {"query": "x"},
        Repair.COLON_PREFIXED_CALL,
    ),
]


@pytest.mark.parametrize(("text", "name", "arguments", "repair"), REPAIRED)
def test_drift_is_repaired_and_named(text: str, name: str, arguments: dict[str, Any], repair: Repair) -> None:
    result = parse_complete(text, TOOLS)
    assert result.errors == ()
    assert [(c.name, c.arguments) for c in result.tool_calls] == [(name, arguments)]
    assert repair in result.tool_calls[0].repairs and repair in result.repairs
    assert all(not key.startswith('"') for key in result.tool_calls[0].arguments)


ERRORS = [
    # JSON that does not fit the schema: an error naming what did not fit, never a call.
    ('<|tool_call>call:triangle_area{"b": 10, "height": 5}<tool_call|>', "unknown key(s) 'b'"),
    ('<|tool_call>call:triangle_area{"height": 5}<tool_call|>', "missing required key(s) 'base'"),
    ('<|tool_call>{"name": "search", "arguments": {"q": "x"}}<tool_call|>', "unknown key(s) 'q'"),
    # Quotes that read neither as JSON nor as native syntax with JSON strings.
    ('<|tool_call>call:search{query:"unterminated}<tool_call|>', "plain"),
    ("<|tool_call>call:search{query:'Paris, France',limit:3}<tool_call|>", "expected ':'"),
    # Empty values are not in the grammar (FORMAT.md 6.1): the model is told which key has no value.
    (f"<|tool_call>call:f{{x:,s:{Q}a{Q}}}<tool_call|>", "expected a value for the key 'x'"),
    ("<|tool_call>call:f{s:}<tool_call|>", "expected a value for the key 's'"),
]


@pytest.mark.parametrize(("text", "detail"), ERRORS)
def test_unrecoverable_drift_is_an_error_for_the_model(text: str, detail: str) -> None:
    result = parse_complete(text, TOOLS)
    assert result.tool_calls == ()
    [error] = result.errors
    assert error.error == ErrorKind.MALFORMED_CALL
    assert detail in error.detail and "nothing was run" in error.message_for_model


def test_unknown_tool_as_a_json_call_is_unknown_tool() -> None:
    result = parse_complete('<|tool_call>{"name": "nope", "arguments": {}}<tool_call|>', TOOLS)
    assert result.tool_calls == () and result.errors[0].error == ErrorKind.UNKNOWN_TOOL


def test_trailing_dot_number_follows_the_grammar() -> None:
    # 108. is not a NUMBER in FORMAT.md's grammar: the text is kept (the tool's validation then tells
    # the model the field wants a number); vLLM reads it as 108.0 (README, "Output drifts").
    [call] = parse_complete("<|tool_call>call:f{x:108.}<tool_call|>", TOOLS).tool_calls
    assert call.arguments == {"x": "108."}
    [call] = parse_complete("<|tool_call>call:f{x:108.5}<tool_call|>", TOOLS).tool_calls
    assert call.arguments == {"x": 108.5}


REJECTED_AS_TEXT = [
    # A JSON object in prose is not a call: only inside <|tool_call> (policy, README).
    '{"name": "triangle_area", "arguments": {"base": 10, "height": 5}}',
    # call: after prose stays text: it cannot be told from prose that mentions a call (policy, README).
    f"I could use call:search{{query:{Q}x{Q}}} later",
    # Lookalike tags are not Gemma 4 tokens.
    f"<tool_call>call:search{{query:{Q}x{Q}}}</tool_call>",
]


@pytest.mark.parametrize("text", REJECTED_AS_TEXT)
def test_rejected_forms_stay_text(text: str) -> None:
    result = parse_complete(text, TOOLS)
    assert result.tool_calls == () and result.errors == ()
    assert result.content == text


def test_a_tag_spelled_in_pieces_is_the_same_tag() -> None:
    # The parser reads text: a tag the engine delivered as several ordinary tokens reads as the tag.
    pieces = ["<|", "tool", "_call", ">call", ":search{query:", Q[:2], Q[2:], "x", Q, "}<tool", "_call|>"]
    [call] = [e for e in events_of(pieces, tools=TOOLS) if type(e).__name__ == "ToolCallComplete"]
    assert call.arguments == {"query": "x"}  # type: ignore[attr-defined]


CASES = [case[0] for case in REPAIRED] + [case[0] for case in ERRORS] + REJECTED_AS_TEXT


@pytest.mark.parametrize("text", CASES)
def test_streaming_split_invariance(text: str) -> None:
    whole = events_of([text], tools=TOOLS)
    assert events_of(list(text), tools=TOOLS) == whole
    for cut in range(len(text) + 1):
        assert events_of([text[:cut], text[cut:]], tools=TOOLS) == whole, cut
