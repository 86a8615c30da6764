"""Properties of the streaming parser: split invariance (random cuts, one character at a time, real
Gemma 4 token boundaries) and round trips of generated calls through an independent writer."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from parse_writer import (
    arguments,
    events_of,
    model_outputs,
    same,
    soup,
    split_at,
    tool_names,
    tool_schema_and_arguments,
    write_call,
    write_value,
)
from tokenizers.decoders import DecodeStream

from agentkit.gemma4.parse.events import End, ToolCallComplete
from agentkit.gemma4.parse.stream import parse_complete

outputs = model_outputs() | soup


@settings(max_examples=400, deadline=None)
@given(outputs, st.lists(st.integers(0, 2000), max_size=30), st.booleans())
def test_random_splits_give_the_same_events(text: str, cuts: list[int], in_thought: bool) -> None:
    whole = events_of([text], start_in_thought=in_thought)
    assert isinstance(whole[-1], End)
    assert events_of(split_at(text, cuts), start_in_thought=in_thought) == whole


@settings(max_examples=300, deadline=None)
@given(outputs, st.booleans())
def test_one_character_at_a_time_gives_the_same_events(text: str, in_thought: bool) -> None:
    assert events_of(list(text), start_in_thought=in_thought) == events_of(
        [text], start_in_thought=in_thought
    )


@settings(max_examples=300, deadline=None)
@given(outputs)
def test_empty_chunks_change_nothing(text: str) -> None:
    pieces = [piece for ch in text for piece in ("", ch, "")]
    assert events_of(pieces) == events_of([text])


def token_pieces(tokenizer: Any, text: str) -> list[str]:
    """The text as an engine streams it: the real tokenizer's ids, decoded one token at a time."""
    stream = DecodeStream(skip_special_tokens=False)
    pieces = [stream.step(tokenizer.backend, token_id) or "" for token_id in tokenizer.encode(text)]
    assert "".join(pieces) == text
    return pieces


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=outputs)
def test_real_token_boundaries_give_the_same_events(tokenizer: Any, text: str) -> None:
    # DecodeStream holds back a decoded U+FFFD as an unfinished UTF-8 sequence, so a literal one never
    # comes out as a piece: that is the stream decoder's rule, not the parser's.
    assume("\ufffd" not in text)
    pieces = token_pieces(tokenizer, text)
    assert events_of(pieces) == events_of([text])


def test_real_token_boundaries_on_the_worked_example(tokenizer: Any) -> None:
    text = (
        "<|channel>thought\nThe user wants two things. I will call get_weather and convert_currency."
        '<channel|><|tool_call>call:get_weather{location:<|"|>Paris, France<|"|>,unit:<|"|>celsius<|"|>}'
        '<tool_call|><|tool_call>call:convert_currency{amount:20,from_currency:<|"|>EUR<|"|>,'
        'to_currency:<|"|>USD<|"|>}<tool_call|>'
    )
    pieces = token_pieces(tokenizer, text)
    assert '<|"|>' in pieces and "<|tool_call>" in pieces  # special tokens are single pieces
    events = events_of(pieces)
    assert events == events_of([text])
    calls = [e for e in events if isinstance(e, ToolCallComplete)]
    assert [(c.name, c.arguments) for c in calls] == [
        ("get_weather", {"location": "Paris, France", "unit": "celsius"}),
        ("convert_currency", {"amount": 20, "from_currency": "EUR", "to_currency": "USD"}),
    ]


@settings(max_examples=400, deadline=None)
@given(tool_names, arguments)
def test_round_trip_without_a_schema(name: str, args: dict[str, Any]) -> None:
    result = parse_complete(write_call(name, args))
    assert result.errors == () and result.repairs == ()
    assert [call.name for call in result.tool_calls] == [name]
    assert same(result.tool_calls[0].arguments, args), (
        write_call(name, args),
        result.tool_calls[0].arguments,
    )


@settings(max_examples=400, deadline=None)
@given(tool_names, tool_schema_and_arguments())
def test_round_trip_with_a_schema(name: str, schema_and_args: tuple[dict[str, Any], dict[str, Any]]) -> None:
    schema, args = schema_and_args
    result = parse_complete(write_call(name, args), {name: schema})
    assert result.errors == () and result.repairs == ()
    assert [call.name for call in result.tool_calls] == [name]
    assert same(result.tool_calls[0].arguments, args), (schema, write_call(name, args))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(tool_names, arguments), min_size=1, max_size=4), st.sampled_from(["", "\n", " "]))
def test_round_trip_of_calls_back_to_back(calls: list[tuple[str, dict[str, Any]]], separator: str) -> None:
    text = "<|channel>thought\nplan<channel|>" + separator.join(write_call(n, a) for n, a in calls)
    result = parse_complete(text + "<|tool_response>")
    assert result.errors == () and result.repairs == () and result.content is None
    assert result.reasoning == "plan" and result.end.reason == "tool_response"
    assert len(result.tool_calls) == len(calls)
    for call, (name, args) in zip(result.tool_calls, calls, strict=True):
        assert call.name == name and same(call.arguments, args)
        assert call.raw == write_call(name, args)


@settings(max_examples=200, deadline=None)
@given(tool_names, arguments, st.lists(st.integers(0, 500), max_size=10))
def test_argument_deltas_join_to_the_raw_arguments(name: str, args: dict[str, Any], cuts: list[int]) -> None:
    from agentkit.gemma4.parse.events import ToolCallDelta

    text = write_call(name, args)
    events = events_of(split_at(text, cuts))
    deltas = [e for e in events if isinstance(e, ToolCallDelta)]
    assert len(deltas) == 1 and deltas[0].text == write_value(args)
