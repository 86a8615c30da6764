"""Each known drift is repaired by its stated policy and reported; what cannot be recovered is a
ParseError whose message says what was wrong and shows the correct form."""

from __future__ import annotations

from typing import Any

import pytest
from parse_writer import events_of

from agentkit.gemma4.parse.events import (
    End,
    ErrorKind,
    ParseError,
    Repair,
    Repaired,
    TextDelta,
    ThoughtDelta,
    ToolCallComplete,
    ToolCallDelta,
    ToolCallStarted,
)
from agentkit.gemma4.parse.stream import StreamParser, collect, parse_complete

Q = '<|"|>'
TOOLS: dict[str, Any] = {
    "get": {"type": "object", "properties": {"a": {"type": "integer"}, "s": {"type": "string"}}},
    "ping": {"type": "object", "properties": {}},
}


def calls(text: str, tools: Any = None) -> list[tuple[str, dict[str, Any]]]:
    return [(c.name, c.arguments) for c in parse_complete(text, tools).tool_calls]


@pytest.mark.parametrize(
    ("text", "expected_calls", "repairs"),
    [
        # vLLM #53431: the "call" word is missing.
        ("<|tool_call>:get{a:1}<tool_call|>", [("get", {"a": 1})], [Repair.BARE_OPENER]),
        ("<|tool_call>get{a:1}<tool_call|>", [("get", {"a": 1})], [Repair.MISSING_CALL_PREFIX]),
        # vLLM #53642: parenthesised arguments; a ")" inside a string is text.
        (
            f"<|tool_call>call:get(a:1,s:{Q}x) y{Q})<tool_call|>",
            [("get", {"a": 1, "s": "x) y"})],
            [Repair.PAREN_ARGUMENTS],
        ),
        # vLLM #54256: no opener right after <channel|>.
        (
            "<|channel>thought\nplan<channel|>call:get{a:1}<tool_call|>",
            [("get", {"a": 1})],
            [Repair.MISSING_OPENER],
        ),
        ("call:get{a:1}<tool_call|>", [("get", {"a": 1})], [Repair.MISSING_OPENER]),  # at the very start
        (
            "<|tool_call>call:get{a:1}<tool_call|>\ncall:ping{}<tool_call|>",  # right after another call
            [("get", {"a": 1}), ("ping", {})],
            [Repair.MISSING_OPENER],
        ),
        # <turn|> where <tool_call|> belongs.
        ("<|tool_call>call:get{a:1}<turn|>", [("get", {"a": 1})], [Repair.TURN_CLOSES_CALL]),
        # The arguments closed but the closer never came.
        (
            "<|tool_call>call:get{a:1}<|tool_call>call:get{a:2}<tool_call|>",
            [("get", {"a": 1}), ("get", {"a": 2})],
            [Repair.MISSING_CALL_CLOSER],
        ),
        ("<|tool_call>call:get{a:1}<|tool_response>", [("get", {"a": 1})], [Repair.MISSING_CALL_CLOSER]),
        # A missing closing string delimiter: <tool_call|> inside the string ends it; the closers the
        # model wrote after the value are taken off it.
        (
            f"<|tool_call>call:get{{s:{Q}value}}<tool_call|>",
            [("get", {"s": "value"})],
            [Repair.MISSING_STRING_DELIMITER],
        ),
        (
            f"<|tool_call>call:get{{s:{Q}value<tool_call|>",
            [("get", {"s": "value"})],
            [Repair.MISSING_STRING_DELIMITER, Repair.MISSING_CLOSING_BRACKET],
        ),
        # A missing opening string delimiter: text ended by <|"|> is that string.
        (
            f"<|tool_call>call:get{{s:two words{Q}}}<tool_call|>",
            [("get", {"s": "two words"})],
            [Repair.MISSING_STRING_DELIMITER],
        ),
        (
            "<|tool_call>call:get{a:1,s:[1,2<tool_call|>",
            [("get", {"a": 1, "s": [1, 2]})],
            [Repair.MISSING_CLOSING_BRACKET],
        ),
        ("<|tool_call>call:get{a:1,}<tool_call|>", [("get", {"a": 1})], [Repair.TRAILING_COMMA]),
        (f"<|tool_call>call:get{{{Q}a{Q}:1}}<tool_call|>", [("get", {"a": 1})], [Repair.QUOTED_KEY]),
        ("<|tool_call>call:ping<tool_call|>", [("ping", {})], [Repair.NO_ARGUMENTS_BLOCK]),
        # Stray closers are dropped.
        ("Hi<channel|> there<tool_call|>.", [], [Repair.STRAY_CHANNEL_CLOSE, Repair.STRAY_CALL_CLOSE]),
    ],
)
def test_call_drifts_are_repaired_and_reported(
    text: str, expected_calls: list[tuple[str, dict[str, Any]]], repairs: list[Repair]
) -> None:
    result = parse_complete(text, TOOLS)
    assert result.errors == ()
    assert [(c.name, c.arguments) for c in result.tool_calls] == expected_calls
    assert list(result.repairs) == repairs


def test_call_repairs_ride_on_the_call_event() -> None:
    events = events_of(["<|tool_call>:get{a:1}<turn|>"], tools=TOOLS)
    complete = [e for e in events if isinstance(e, ToolCallComplete)]
    assert complete[0].repairs == (Repair.BARE_OPENER, Repair.TURN_CLOSES_CALL)
    assert not any(isinstance(e, Repaired) for e in events)
    assert events[-1] == End("end_of_turn")


def test_call_inside_a_thought_is_parsed_and_the_thought_goes_on() -> None:
    text = "<|channel>thought\nLet me check <|tool_call>call:get{a:1}<tool_call|> and then decide.<channel|>Done."
    events = events_of([text], tools=TOOLS)
    assert [type(e) for e in events] == [
        ThoughtDelta,
        ToolCallStarted,
        type(events[2]),
        ToolCallComplete,
        ThoughtDelta,
        TextDelta,
        End,
    ]
    result = collect(events)
    assert result.reasoning == "Let me check  and then decide."
    assert result.content == "Done."
    assert result.tool_calls[0].repairs == (Repair.CALL_IN_THOUGHT,)


def test_leading_thought_without_channel_token() -> None:
    result = parse_complete("thought\nThe plan.<channel|>The answer.")
    assert (result.reasoning, result.content) == ("The plan.", "The answer.")
    assert result.repairs == (Repair.THOUGHT_WITHOUT_CHANNEL,)
    # Only at the very start; elsewhere it is text.
    result = parse_complete("I thought\nabout it")
    assert (result.reasoning, result.content, result.repairs) == (None, "I thought\nabout it", ())


def test_call_word_elsewhere_is_text() -> None:
    text = "You can call:get{a:1} yourself."
    result = parse_complete(text, TOOLS)
    assert (result.content, result.tool_calls, result.repairs) == (text, (), ())


def test_nested_channel_open_and_new_turn() -> None:
    result = parse_complete("<|channel>thought\nfirst <|channel>thought\nsecond<channel|>ok")
    assert (result.reasoning, result.content) == ("first second", "ok")
    assert result.repairs == (Repair.NESTED_CHANNEL_OPEN,)
    result = parse_complete("Answer.<|turn>user\nmore")
    assert result.content == "Answer." and result.end.reason == "end_of_turn"
    assert result.repairs == (Repair.NEW_TURN_ENDS_OUTPUT,)


# -- what cannot be recovered -------------------------------------------------------------------------


def error_of(text: str, tools: Any = TOOLS, **finish: Any) -> ParseError:
    result = parse_complete(text, tools, **finish)
    assert len(result.errors) == 1, result.errors
    return result.errors[0]


@pytest.mark.parametrize(
    ("args", "detail"),
    [
        ("{a:,s:1}", "expected a value for the key 'a' but found ','"),
        ("{a:1,a:2}", "the key 'a' appears twice in one object"),
        (f"{{s:{Q}x{Q} a:2}}", "expected ',' or '}' but found 'a'"),
        ("{a:[1,2}}", "expected ',' or ']' but found '}'"),
        ("{:1}", "a key is empty"),
        ("{a:1,,s:2}", "expected a key but found ','"),
        (f"{{a{Q}x{Q}:1}}", "expected ':' after the key 'a' but found a string"),
    ],
)
def test_malformed_arguments_are_an_error_that_shows_the_correct_form(args: str, detail: str) -> None:
    error = error_of(f"before <|tool_call>call:get{args}<tool_call|>after")
    assert error.error is ErrorKind.MALFORMED_CALL and error.name == "get" and error.index == 0
    assert detail in error.detail
    assert error.raw == f"<|tool_call>call:get{args}<tool_call|>"  # the whole broken call, nothing lost
    message = error.message_for_model
    assert detail in message and "nothing was run" in message
    # The correct form, built from the tool's schema.
    assert f"<|tool_call>call:get{{a:3,s:{Q}...{Q}}}<tool_call|>" in message
    # The text after the broken call is still parsed.
    assert (
        parse_complete(f"before <|tool_call>call:get{args}<tool_call|>after", TOOLS).content == "before after"
    )


def test_malformed_call_without_tools_shows_the_generic_form() -> None:
    error = error_of("<|tool_call>call:f{a:1,,}<tool_call|>", tools=None)
    assert f"<|tool_call>call:f{{key:{Q}string value{Q},n:3}}<tool_call|>" in error.message_for_model


def test_malformed_heads() -> None:
    assert "expected '{' after the tool name 'get'" in error_of("<|tool_call>call:get x}<tool_call|>").detail
    assert "the tool name is missing" in error_of("<|tool_call>call:{a:1}<tool_call|>").detail
    assert "found '<'" in error_of("<|tool_call>call:get<b>{}<tool_call|>").detail


def test_unknown_tool_is_reported_distinctly_with_the_available_tools() -> None:
    text = "<|tool_call>call:get_wether{a:1}<tool_call|><|tool_call>call:get{a:2}<tool_call|>"
    result = parse_complete(text, TOOLS)
    assert [(c.index, c.name) for c in result.tool_calls] == [(1, "get")]
    (error,) = result.errors
    assert (error.error, error.index, error.name, error.arguments) == (
        ErrorKind.UNKNOWN_TOOL,
        0,
        "get_wether",
        {"a": 1},
    )
    assert "There is no tool named 'get_wether'" in error.message_for_model
    assert "Available tools: get, ping." in error.message_for_model
    assert "<|tool_call>call:get{a:3," in error.message_for_model
    # Without a tool list every name is accepted.
    assert calls(text) == [("get_wether", {"a": 1}), ("get", {"a": 2})]


def test_output_cut_by_the_token_limit_inside_a_call_is_truncated() -> None:
    for cut in [
        f"<|tool_call>call:get{{s:{Q}long tex",
        "<|tool_call>call:ge",
        "<|tool_call>call:get{a:1,s:[1,",
    ]:
        error = error_of("Let me write it." + cut, finish_reason="length")
        assert error.error is ErrorKind.TRUNCATED_CALL and error.index == 0
        assert error.raw == cut
        assert "token limit" in error.message_for_model and "Make the call shorter" in error.message_for_model
        assert parse_complete("Let me write it." + cut, TOOLS, finish_reason="length").end.reason == "length"


def test_output_stopped_inside_a_call_is_incomplete() -> None:
    error = error_of(f"<|tool_call>call:get{{s:{Q}abc", stop_token_id=106, finish_reason="stop")
    assert error.error is ErrorKind.INCOMPLETE_CALL
    assert 'inside a string (its closing <|"|> is missing)' in error.detail
    error = error_of(f"<|tool_call>call:get{{s:{Q}abc<|tool_response>")
    assert error.error is ErrorKind.INCOMPLETE_CALL and "ended with <|tool_response>" in error.detail
    # A new call before the previous one closed: the first is incomplete, the second still parses.
    result = parse_complete("<|tool_call>call:get{a:1,<|tool_call>call:get{a:2}<tool_call|>", TOOLS)
    assert [e.error for e in result.errors] == [ErrorKind.INCOMPLETE_CALL]
    assert [(c.index, c.arguments) for c in result.tool_calls] == [(1, {"a": 2})]


def test_complete_arguments_cut_before_the_closer_still_count() -> None:
    # Policy: balanced braces mean the intent is complete, whatever ended the output.
    result = parse_complete("<|tool_call>call:get{a:1}", TOOLS, finish_reason="length")
    assert calls("<|tool_call>call:get{a:1}", TOOLS) == [("get", {"a": 1})]
    assert result.tool_calls[0].repairs == (Repair.MISSING_CALL_CLOSER,) and result.end.reason == "length"
    result = parse_complete("<|tool_call>call:get{a:1}  ", TOOLS, stop_token_id=106, finish_reason="stop")
    assert result.tool_calls[0].repairs == (Repair.TURN_CLOSES_CALL,)


def test_error_event_follows_the_started_event_and_the_parser_goes_on() -> None:
    parser = StreamParser(TOOLS)
    events = parser.feed("<|tool_call>call:get{a:1,")
    assert [type(e) for e in events] == [ToolCallStarted, ToolCallDelta]
    events = parser.feed(",}<tool_call|>Sorry.") + parser.finish(106, "stop")
    assert [type(e) for e in events] == [ParseError, TextDelta, End]
    assert isinstance(events[0], ParseError) and events[0].raw == "<|tool_call>call:get{a:1,,}<tool_call|>"
