"""The parser as the agent loop drives it: engine chunks in (stop token reported apart from the text),
events out, in the order a consumer needs them."""

from __future__ import annotations

from typing import Any

import anyio
from format_example import E1_TOOLS
from parse_writer import E1_OUTPUT

from agentkit.engines.base import Chunk, SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.parse.events import (
    End,
    ErrorKind,
    Event,
    ParseError,
    TextDelta,
    ThoughtDelta,
    ToolCallComplete,
    ToolCallDelta,
    ToolCallStarted,
    merge_events,
)
from agentkit.gemma4.parse.stream import StreamParser, collect, end_reason

PROMPT = "<bos><|turn>user\nWhat's the weather in Paris?<turn|>\n<|turn>model\n"


def replay(tokenizer: Any, output: str, sampling: SamplingParams, tools: Any = E1_TOOLS) -> list[Event]:
    engine = ReplayEngine([output], tokenizer, chunk_tokens=1)
    parser = StreamParser(tools)
    events: list[Event] = []

    async def run() -> None:
        async for chunk in engine.stream(tokenizer.encode(PROMPT), sampling, request_id="r1"):
            assert "<|tool_response>" not in chunk.text  # the engine reports the stop token apart
            events.extend(parser.feed_chunk(chunk))

    anyio.run(run)
    return events


def test_replayed_worked_example_streams_typed_calls(tokenizer: Any) -> None:
    events = replay(tokenizer, E1_OUTPUT + "<|tool_response>", SamplingParams())
    merged = merge_events(events)
    assert [type(e) for e in merged] == [
        ThoughtDelta,
        ToolCallStarted,
        ToolCallDelta,
        ToolCallComplete,
        ToolCallStarted,
        ToolCallDelta,
        ToolCallComplete,
        End,
    ]
    result = collect(events)
    assert [(c.name, c.arguments) for c in result.tool_calls] == [
        ("get_weather", {"location": "Paris, France", "unit": "celsius"}),
        ("convert_currency", {"amount": 20, "from_currency": "EUR", "to_currency": "USD"}),
    ]
    assert result.end == End("tool_response")
    # Token by token: the thought is streamed in many deltas, each call's start comes before its end.
    assert sum(isinstance(e, ThoughtDelta) for e in events) > 5
    assert events.index(ToolCallStarted(0, "get_weather")) < next(
        i for i, e in enumerate(events) if isinstance(e, ToolCallComplete)
    )


def test_token_limit_inside_a_call_is_reported_as_truncated(tokenizer: Any) -> None:
    output = E1_OUTPUT + "<|tool_response>"
    cut_after = len(tokenizer.encode(E1_OUTPUT.split("<|tool_call>call:convert")[0])) + 6
    events = replay(tokenizer, output, SamplingParams(max_tokens=cut_after))
    result = collect(events)
    assert [c.name for c in result.tool_calls] == ["get_weather"]
    assert [(e.error, e.index) for e in result.errors] == [(ErrorKind.TRUNCATED_CALL, 1)]
    assert result.end == End("length")


def test_final_answer_streams_text_and_ends_the_turn(tokenizer: Any) -> None:
    answer = "It is 18 °C and cloudy in Paris. 20 EUR is about 21.70 USD."
    events = replay(tokenizer, "<|channel>thought\nDone.<channel|>" + answer + "<turn|>", SamplingParams())
    assert sum(isinstance(e, TextDelta) for e in events) > 3
    result = collect(events)
    assert (result.reasoning, result.content, result.end) == ("Done.", answer, End("end_of_turn"))


def test_feed_chunk_and_finish_reasons() -> None:
    parser = StreamParser()
    events = parser.feed_chunk(Chunk(token_ids=(), text="Hi"))
    assert events == [TextDelta("Hi")]
    events = parser.feed_chunk(Chunk(token_ids=(), text="!", finish_reason="stop", stop_token_id=106))
    assert events == [TextDelta("!"), End("end_of_turn")]
    assert parser.finish() == [] and parser.feed("more") == []
    assert end_reason(50, "stop") == "tool_response"
    assert end_reason(1, "stop") == "end_of_sequence"
    assert end_reason(None, "length") == "length"
    assert end_reason(None, "abort") == "aborted"
    assert end_reason(None, "stop") == "unknown"


def test_partial_special_token_is_held_only_until_it_is_decided() -> None:
    parser = StreamParser()
    assert parser.feed("Hello <|tool") == [TextDelta("Hello ")]
    assert parser.feed("box") == [TextDelta("<|toolbox")]  # not a marker after all: text
    events = parser.feed(" <|tool_call>call:f{a:") + parser.feed("1}<tool_call|>")
    assert [type(e) for e in events] == [
        TextDelta,
        ToolCallStarted,
        ToolCallDelta,
        ToolCallDelta,
        ToolCallComplete,
    ]


def test_aborted_call_is_truncated() -> None:
    parser = StreamParser()
    events = parser.feed("<|tool_call>call:f{a:1") + parser.finish(None, "abort")
    errors = [e for e in events if isinstance(e, ParseError)]
    assert [e.error for e in errors] == [ErrorKind.TRUNCATED_CALL] and "aborted" in errors[0].detail
    assert events[-1] == End("aborted")
