"""The events the streaming Gemma 4 output parser emits, and the names of its repairs and errors.

A consumer (the agent loop, the CLI) reads a flat sequence of small frozen dataclasses:

* `ThoughtDelta` / `TextDelta`: more reasoning / more visible text.
* `ToolCallStarted` -> `ToolCallDelta`* -> `ToolCallComplete` or `ParseError`: one tool call, by index.
* `Repaired`: a format drift outside any call was repaired (repairs inside a call ride on its
  `ToolCallComplete.repairs`).
* `ParseError`: something that could not be recovered, with a message meant for the model.
* `End`: the output is over, and why.

Deltas are not aligned to anything: how the text is cut into deltas depends on how the output was cut
into chunks. `merge_events` joins adjacent deltas; the merged sequence is the same for every split.

Each event's ``kind`` is a class attribute, not a field: a delta is built for nearly every token, and a
frozen dataclass pays for every field it sets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Literal, TypeAlias


class Repair(StrEnum):
    """A known drift from the format of FORMAT.md section 6.1, repaired because its intent is clear."""

    BARE_OPENER = "bare_opener"
    """``<|tool_call>:name{...}``: the ``call`` word is missing before the colon (vLLM #53431)."""
    MISSING_CALL_PREFIX = "missing_call_prefix"
    """``<|tool_call>name{...}``: no ``call:`` at all."""
    PAREN_ARGUMENTS = "paren_arguments"
    """``call:name(...)``: arguments in parentheses instead of braces (vLLM #53642)."""
    MISSING_OPENER = "missing_opener"
    """``call:name{...}`` with no ``<|tool_call>``, at the start of the output, right after ``<channel|>``
    or right after another call (vLLM #54256)."""
    TURN_CLOSES_CALL = "turn_closes_call"
    """``<turn|>`` written (or stopped on) where ``<tool_call|>`` belongs."""
    MISSING_CALL_CLOSER = "missing_call_closer"
    """The arguments were complete (braces balanced) but ``<tool_call|>`` never came."""
    MISSING_STRING_DELIMITER = "missing_string_delimiter"
    """A string lacked its closing ``<|"|>`` (``<tool_call|>`` arrived inside it) or its opening one
    (``key:text<|"|>``)."""
    MISSING_CLOSING_BRACKET = "missing_closing_bracket"
    """``<tool_call|>`` arrived with ``}`` or ``]`` still open after a complete value."""
    TRAILING_COMMA = "trailing_comma"
    """``{a:1,}`` or ``[1,]``."""
    QUOTED_KEY = "quoted_key"
    """``{<|"|>key<|"|>:...}``: a key in string delimiters (the declaration style)."""
    QUOTED_VALUE_COERCED = "quoted_value_coerced"
    """A ``<|"|>``-quoted value for a field whose schema does not allow strings was typed by the schema
    (``n:<|"|>3<|"|>`` for an integer field gives 3)."""
    JSON_ARGUMENTS = "json_arguments"
    """``call:name{"key": "value", "n": 3}``: arguments written as JSON, decoded as JSON because the
    tool's schema agrees with the keys (parse/json_style.py)."""
    PLAIN_QUOTED_STRING = "plain_quoted_string"
    """``call:name{query:"Paris, France"}``: a string (or key) in plain JSON quotes instead of ``<|"|>``,
    read as that string because the tool's schema agrees with the keys (parse/json_style.py)."""
    JSON_CALL = "json_call"
    """``<|tool_call>{"name": "f", "arguments": {...}}<tool_call|>``: a whole call written as a JSON
    object, read as that call because the tool's schema agrees with the keys (parse/json_style.py)."""
    COLON_PREFIXED_CALL = "colon_prefixed_call"
    """``<|tool_call>:call:name{...}``: a colon before the ``call:`` word."""
    NO_ARGUMENTS_BLOCK = "no_arguments_block"
    """``call:name<tool_call|>``: no ``{}`` at all; the arguments are empty."""
    CALL_IN_THOUGHT = "call_in_thought"
    """A ``<|tool_call>`` inside a thought. The call is parsed; the thought goes on after it."""
    THOUGHT_WITHOUT_CHANNEL = "thought_without_channel"
    """The output began ``thought\\n`` with no ``<|channel>``: read as the start of a thought."""
    STRAY_CHANNEL_CLOSE = "stray_channel_close"
    """A ``<channel|>`` outside any thought: dropped."""
    STRAY_CALL_CLOSE = "stray_call_close"
    """A ``<tool_call|>`` outside any call: dropped."""
    NESTED_CHANNEL_OPEN = "nested_channel_open"
    """A ``<|channel>`` inside a thought that already had text: dropped, the thought goes on."""
    NEW_TURN_ENDS_OUTPUT = "new_turn_ends_output"
    """A ``<|turn>`` (the model starting another turn by itself) ends the output like ``<turn|>``."""


class ErrorKind(StrEnum):
    """What could not be recovered."""

    MALFORMED_CALL = "malformed_call"
    """The call text breaks the grammar where no repair applies."""
    UNKNOWN_TOOL = "unknown_tool"
    """A well-formed call to a tool that is not declared."""
    TRUNCATED_CALL = "truncated_call"
    """The token limit (or an abort) cut the output in the middle of a call."""
    INCOMPLETE_CALL = "incomplete_call"
    """The output stopped (a stop token, or a new call) before the call was complete."""


EndReason: TypeAlias = Literal[
    "end_of_turn", "tool_response", "end_of_sequence", "length", "aborted", "unknown"
]
"""Why the output ended: ``<turn|>``; ``<|tool_response>`` (waiting for tool results); ``<eos>``; the token
limit; the request was aborted; or the stream ended with no stop token and no finish reason."""


@dataclass(frozen=True, slots=True)
class ThoughtDelta:
    """More reasoning text (the ``thought\\n`` channel name and trailing whitespace removed)."""

    text: str
    kind: ClassVar[Literal["thought_delta"]] = "thought_delta"


@dataclass(frozen=True, slots=True)
class TextDelta:
    """More visible answer text, exactly as written (the aggregate strips surrounding whitespace)."""

    text: str
    kind: ClassVar[Literal["text_delta"]] = "text_delta"


@dataclass(frozen=True, slots=True)
class ToolCallStarted:
    """A call to ``name`` began; ``index`` counts calls in this output from 0."""

    index: int
    name: str
    kind: ClassVar[Literal["tool_call_started"]] = "tool_call_started"


@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """More raw argument text of call ``index`` (joined, the text from ``{`` to the closing ``}``)."""

    index: int
    text: str
    kind: ClassVar[Literal["tool_call_delta"]] = "tool_call_delta"


@dataclass(frozen=True, slots=True)
class ToolCallComplete:
    """A complete call: ``arguments`` typed by the tool's JSON Schema, ``raw`` the call as written."""

    index: int
    name: str
    arguments: dict[str, Any]
    raw: str
    repairs: tuple[Repair, ...] = ()
    kind: ClassVar[Literal["tool_call_complete"]] = "tool_call_complete"


@dataclass(frozen=True, slots=True)
class Repaired:
    """A drift outside any call was repaired (see `Repair`)."""

    repair: Repair
    kind: ClassVar[Literal["repaired"]] = "repaired"


@dataclass(frozen=True, slots=True)
class ParseError:
    """Something the parser could not recover. Nothing in ``raw`` was run.

    ``message_for_model`` says what was wrong and shows the correct form; send it back to the model as
    the call's result. ``detail`` is the short technical reason, for people. ``index`` and ``name`` are
    set when the error belongs to a call; ``arguments`` is set for an unknown tool (typed without a schema);
    ``repairs`` are those applied to the call before it failed (counted like a complete call's).
    """

    error: ErrorKind
    message_for_model: str
    detail: str
    index: int | None = None
    name: str | None = None
    raw: str = ""
    arguments: dict[str, Any] | None = None
    repairs: tuple[Repair, ...] = ()
    kind: ClassVar[Literal["parse_error"]] = "parse_error"


@dataclass(frozen=True, slots=True)
class End:
    """The output is over. Nothing follows."""

    reason: EndReason
    kind: ClassVar[Literal["end"]] = "end"


Event: TypeAlias = (
    ThoughtDelta
    | TextDelta
    | ToolCallStarted
    | ToolCallDelta
    | ToolCallComplete
    | Repaired
    | ParseError
    | End
)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Join adjacent thought deltas, adjacent text deltas, and adjacent argument deltas of one call.

    The result does not depend on how the output was split into chunks.
    """
    merged: list[Event] = []
    run: list[str] = []  # texts of the delta run being joined (joined once: linear time)
    run_head: Event | None = None

    def close_run() -> None:
        if run_head is None:
            return
        text = "".join(run)
        if isinstance(run_head, ThoughtDelta):
            merged.append(ThoughtDelta(text))
        elif isinstance(run_head, TextDelta):
            merged.append(TextDelta(text))
        elif isinstance(run_head, ToolCallDelta):
            merged.append(ToolCallDelta(run_head.index, text))

    for event in events:
        if isinstance(event, (ThoughtDelta, TextDelta, ToolCallDelta)):
            same = type(event) is type(run_head) and (
                not isinstance(event, ToolCallDelta)
                or (isinstance(run_head, ToolCallDelta) and run_head.index == event.index)
            )
            if not same:
                close_run()
                run_head, run = event, []
            run.append(event.text)
            continue
        close_run()
        run_head, run = None, []
        merged.append(event)
    close_run()
    return merged
