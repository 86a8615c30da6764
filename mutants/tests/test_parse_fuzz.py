"""The parser never crashes: 120,000 random and mutated outputs give events or ParseError, nothing else.

Seeded, so a failure reproduces. Every 3rd output is also fed in random chunks (every 30th one
character at a time) and must give the same merged events as the whole text.
"""

from __future__ import annotations

import json
import random
from typing import Any

from parse_writer import SOUP_PIECES, events_of, write_call

from agentkit.gemma4.parse.events import (
    End,
    Event,
    ParseError,
    Repaired,
    TextDelta,
    ThoughtDelta,
    ToolCallComplete,
    ToolCallDelta,
    ToolCallStarted,
    merge_events,
)
from agentkit.gemma4.parse.stream import StreamParser, collect

EVENT_TYPES = (
    ThoughtDelta,
    TextDelta,
    ToolCallStarted,
    ToolCallDelta,
    ToolCallComplete,
    Repaired,
    ParseError,
    End,
)
TOOLS: dict[str, Any] = {
    "get_weather": {
        "type": "object",
        "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
    },
    "add": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "number"}}},
    "nested": {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}
        },
    },
}
SEEDS = [
    "<|channel>thought\nI will look.<channel|>"
    + write_call("get_weather", {"location": "Paris, {France}", "unit": "c"})
    + write_call("add", {"a": 1, "b": -2.5e-3})
    + "<|tool_response>",
    "Plain answer with <b>html</b> and call: words.<turn|>",
    write_call(
        "nested", {"items": [{"n": 1}, {"n": 2, "x": [True, None, "s"]}], "deep": {"a": {"b": {"c": []}}}}
    ),
    '<|tool_call>call:add(a:1,b:<|"|>2<|"|>)<tool_call|><channel|>call:add{a:3}<turn|>',
    "thought\nquick<channel|>done",
]
INSERTS = SOUP_PIECES + [
    "<|tool_call>call:add{",
    "}<tool_call|>",
    '<|"|>x',
    "\x00",
    "\ufffd",
    "{" * 70,
    "[" * 70,
]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        i = rng.randint(0, len(text))
        j = rng.randint(i, min(len(text), i + 12))
        if op == 0:
            text = text[:i] + text[j:]
        elif op == 1:
            text = text[:i] + rng.choice(INSERTS) + text[i:]
        elif op == 2:
            text = text[:i] + text[i:j] * 2 + text[j:]
        elif op == 3:
            text = text[:i]
        else:
            text = text[:i] + chr(rng.randint(0, 0x2FFF)) + text[j:]
    return text


def random_output(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "".join(rng.choice(SOUP_PIECES) for _ in range(rng.randint(0, 30)))
    return mutate(rng.choice(SEEDS), rng)


def check(events: list[Event]) -> None:
    assert events and isinstance(events[-1], End)
    assert all(isinstance(event, EVENT_TYPES) for event in events)
    assert sum(isinstance(event, End) for event in events) == 1
    for event in events:
        if isinstance(event, ToolCallComplete):
            json.dumps(event.arguments, allow_nan=False)  # arguments are plain JSON
        elif isinstance(event, ParseError):
            assert event.message_for_model and event.detail


def test_random_and_mutated_outputs_never_crash() -> None:
    rng = random.Random(20260711)
    reasons = [(None, None), (106, "stop"), (50, "stop"), (1, "stop"), (None, "length"), (None, "abort")]
    for count in range(120_000):
        text = random_output(rng)
        tools = TOOLS if count % 2 else None
        in_thought = count % 5 == 0
        stop, finish = reasons[count % len(reasons)]
        parser = StreamParser(tools, start_in_thought=in_thought)
        events = parser.feed(text) + parser.finish(stop, finish)
        check(events)
        collect(events)
        if count % 3 == 0:
            if count % 30 == 0:
                pieces = list(text)
            else:
                cuts = sorted(rng.randint(0, len(text)) for _ in range(rng.randint(1, 6)))
                pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
            split = StreamParser(tools, start_in_thought=in_thought)
            split_events = [e for piece in pieces for e in split.feed(piece)] + split.finish(stop, finish)
            assert merge_events(split_events) == merge_events(events), (text, cuts)


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    text = "<|tool_call>call:f{a:" + "[" * 5000 + "]" * 5000 + "}<tool_call|>"
    result = collect(events_of([text]))
    assert result.tool_calls == () and result.errors[0].error == "malformed_call"
    assert "nested deeper than 64" in result.errors[0].detail
