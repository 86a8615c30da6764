"""The streaming parser for Gemma 4 output: thoughts, text and tool calls, as events.

Feed it the generated text chunk by chunk (special tokens kept), then call `StreamParser.finish` with
the stop token and finish reason the engine reported::

    parser = StreamParser(tools={"get_weather": schema}, start_in_thought=prompt_ends_in_thought(ids))
    async for chunk in engine.stream(...):
        for event in parser.feed_chunk(chunk):   # feed() + finish() on the last chunk
            ...                                   # ThoughtDelta, TextDelta, ToolCall*, ParseError, End

`parse_complete` does the same for a whole output at once and folds the events into a `ParsedOutput`.

How it works: one pass over the text, a state machine whose states are the regions of the output
(content, thought, the parts of a call, skipping a broken call). In each state one regular-expression
search finds the next marker that matters there, and everything before it is emitted or stored whole,
so no character is looked at by Python code one at a time outside of argument structure. The only text
held back between chunks is a possible marker cut by the chunk end (at most 15 characters), a short
``thought\\n`` / ``call:NAME{`` lookahead where a repair could apply, and whitespace after a call's
closing brace. The merged events are therefore the same however the output is split.

Format: FORMAT.md section 6.1. Well-formed output parses as vLLM >= 0.24 does with schema coercion,
except that content is stripped of surrounding whitespace in the aggregate (the template trims it when
the turn is replayed). The policy for every drift is on `Repair` (parse_events.py), for argument
syntax in parse_args.py, for typing in parse_values.py; the parts decided here:

* ``<|tool_call>`` in a thought: the call is parsed (CALL_IN_THOUGHT) and the thought continues after
  it until ``<channel|>``.
* ``call:NAME{`` / ``call:NAME(`` with no ``<|tool_call>`` is a call only at a position where a call
  can start: the start of the output, just after ``<channel|>``, or just after another call (optional
  whitespace between). Elsewhere ``call:`` is text.
* ``thought\\n`` at the very start of the output (not in a thought) opens a thought.
* After a call's closing ``}`` anything but ``<tool_call|>`` completes the call (MISSING_CALL_CLOSER,
  or TURN_CLOSES_CALL for ``<turn|>``), including the end of the output, whatever its reason.
* Stop tokens written in the text (``<turn|>``, ``<|tool_response>``, ``<eos>``) end the output there,
  and so does ``<|turn>``; text after the end is ignored (counted in `StreamParser.ignored_after_end`).
* A stray ``<channel|>`` or ``<tool_call|>`` is dropped; other special tokens in text are text.
* A call still open when the output ends is a ParseError: TRUNCATED_CALL for the token limit or an
  abort, INCOMPLETE_CALL for a stop token or a new ``<|tool_call>``. A call the grammar rejects is
  skipped up to its ``<tool_call|>`` and reported as MALFORMED_CALL; a well-formed call to a tool not
  in ``tools`` is UNKNOWN_TOOL. When ``tools`` is None any name is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol, TypeVar

from agentkit.gemma4 import tokens
from agentkit.gemma4.parse.args import ArgsScanner, Outcome
from agentkit.gemma4.parse.events import (
    End,
    EndReason,
    ErrorKind,
    Event,
    ParseError,
    Repair,
    Repaired,
    TextDelta,
    ThoughtDelta,
    ToolCallComplete,
    ToolCallDelta,
    ToolCallStarted,
    merge_events,
)
from agentkit.gemma4.parse.json_style import decode_arguments, decode_call, disagreement, quotes_in_tree
from agentkit.gemma4.parse.markers import (
    ANY_MARKER,
    CALL_CLOSE,
    CALL_OPEN,
    CHANNEL_CLOSE,
    CHANNEL_OPEN,
    CONTENT_SEARCH,
    DELIM,
    SKIP_SEARCH,
    STOP_REASONS,
    STOP_TOKEN_REASONS,
    THOUGHT_PREFIX,
    TURN_CLOSE,
    TURN_OPEN,
    hold_point,
    is_partial_marker,
)
from agentkit.gemma4.parse.messages import message_for_model
from agentkit.gemma4.parse.values import ToolSchemas, tools_from_openai, type_arguments

__all__ = [
    "ParsedOutput",
    "StreamParser",
    "collect",
    "merge_events",
    "parse_complete",
    "prompt_ends_in_thought",
]

_CALL_WORD: Final = "call:"
_WHITESPACE = re.compile(r"[ \t\r\n]*")
_NAME = re.compile(r"[\w\-.]*")
_MAX_NAME = 128
_MAX_LOOKAHEAD_NAME = 64  # call:NAME{ with no opener is recognised only for names up to this long
_MAX_LOOKAHEAD_WHITESPACE = 64  # whitespace held back while deciding whether a call starts or closes

# Deltas of short texts are shared objects (events are immutable): a real output repeats a few
# thousand token texts (spaces, indentation, common words), so on the streaming fast path most deltas
# are a dictionary hit instead of a frozen dataclass built per token. Bounded: texts up to
# _SHARED_LEN characters, at most _SHARED_MAX per table; argument deltas by call index.
_SHARED_LEN: Final = 24
_SHARED_MAX: Final = 4096
_TEXT_DELTAS: dict[str, TextDelta] = {}
_THOUGHT_DELTAS: dict[str, ThoughtDelta] = {}
_ARG_DELTAS: tuple[dict[str, ToolCallDelta], ...] = tuple({} for _ in range(16))

_E = TypeVar("_E", TextDelta, ThoughtDelta, ToolCallDelta)


def _share(table: dict[str, _E], text: str, event: _E) -> _E:
    """``event`` for ``text``, kept in ``table`` for the next delta of the same text if both are small."""
    if len(text) <= _SHARED_LEN and len(table) < _SHARED_MAX:
        table[text] = event
    return event


# States.
_CONTENT, _THOUGHT, _CALL_HEAD, _CALL_NAME, _ARGS, _AFTER_ARGS, _SKIP, _DONE = range(8)

# _call_prefix results.
_NO, _PARTIAL, _MATCH = range(3)


class ChunkLike(Protocol):
    """What `StreamParser.feed_chunk` reads from an engine chunk (agentkit.engines.base.Chunk fits)."""

    @property
    def text(self) -> str: ...
    @property
    def finish_reason(self) -> str | None: ...
    @property
    def stop_token_id(self) -> int | None: ...


ToolsArg = ToolSchemas | Sequence[Mapping[str, Any]] | None


def _normalize_tools(tools: ToolsArg) -> ToolSchemas | None:
    if tools is None or isinstance(tools, Mapping):
        return tools
    return tools_from_openai(list(tools))


class StreamParser:
    """Incremental parser for one model output. Not thread-safe; one instance per generation.

    ``tools``: tool name -> JSON Schema of its parameters (or OpenAI-format declarations). Values are
    typed by the schema and calls to other names are reported as UNKNOWN_TOOL. None: accept any name,
    type values without a schema.

    ``start_in_thought``: the prompt ended inside an open ``<|channel>`` (the v5 template's post-tool
    cue ``<|channel>thought\\n``); the output starts as reasoning. See `prompt_ends_in_thought`.
    """

    def __init__(self, tools: ToolsArg = None, *, start_in_thought: bool = False) -> None:
        self._tools = _normalize_tools(tools)
        self._typers: dict[int, Any] = {}  # the schemas' typers (values.type_arguments), kept per parser
        self._state = _CONTENT
        self._tail = ""
        self._stalled = False
        self._ended = False
        self.ignored_after_end = 0
        """Characters fed after the output ended (a stop token in the text); they are not parsed."""
        # Content: repairs that apply only at the very start, or where a call may start.
        self._at_start = True
        self._callable = False
        # Thought.
        self._prefix_pending = False
        self._thought_has_text = False
        self._held_whitespace = ""
        # The call being parsed.
        self._call_count = 0
        self._index = -1
        self._raw: list[str] = []
        self._name_parts: list[str] = []
        self._name = ""
        self._repairs: list[Repair] = []
        self._args_start = -1  # where the arguments begin in the joined raw text (-1: not yet)
        self._return_state = _CONTENT
        self._scanner: ArgsScanner | None = None
        self._arg_deltas: dict[str, ToolCallDelta] = {}  # shared argument deltas of this call's index
        self._delta: list[str] = []
        self._skip_detail = ""
        if start_in_thought:
            self._enter_thought()
            self._at_start = False
        self._handlers: tuple[Callable[[str, int, bool, list[Event]], int], ...] = (
            self._content,
            self._thought,
            self._call_head,
            self._call_name,
            self._args,
            self._after_args,
            self._skip,
        )

    # -- public --------------------------------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self._ended

    def feed(self, text: str, token_ids: Sequence[int] | None = None) -> list[Event]:
        """Parse the next piece of output (special tokens kept) and return the events it completes.

        ``token_ids`` may be given for the record; the text alone decides, since every Gemma 4 marker is a
        single special token whose text cannot be split across tokens.
        """
        if self._ended:
            self.ignored_after_end += len(text)
            return []
        if text and not self._tail:
            # Fast path: about 85% of real-token deltas only continue the text of the current region (a
            # string argument, a thought, the answer, the digits of a number). With nothing held back
            # and no "<" in the delta (so no marker nor a marker's start), the general loop would emit
            # the delta whole as one event; it is built here directly, with no further call.
            state = self._state
            if state == _ARGS:
                scanner = self._scanner
                if scanner is not None and (
                    ("<" not in text and scanner.in_string) or scanner.take_plain(text)
                ):
                    self._raw.append(text)  # an open string's text is read back from here (ArgsScanner)
                    shared = self._arg_deltas
                    arg_delta = shared.get(text)
                    return [arg_delta or _share(shared, text, ToolCallDelta(self._index, text))]
            elif "<" not in text:
                if state == _CONTENT:
                    if not (self._at_start or self._callable):
                        text_delta = _TEXT_DELTAS.get(text)
                        return [text_delta or _share(_TEXT_DELTAS, text, TextDelta(text))]
                elif state == _THOUGHT and not self._prefix_pending:
                    if not self._held_whitespace and not text[-1].isspace():  # nothing to hold back
                        self._thought_has_text = True
                        thought_delta = _THOUGHT_DELTAS.get(text)
                        return [thought_delta or _share(_THOUGHT_DELTAS, text, ThoughtDelta(text))]
                    out: list[Event] = []
                    self._thought_text(text, out)
                    return out
        out = []
        buf = self._tail + text if self._tail else text
        self._run(buf, False, out)
        return out

    def finish(self, stop_token_id: int | None = None, finish_reason: str | None = None) -> list[Event]:
        """The output is over: flush what was held back, close what is open, and emit `End`.

        ``stop_token_id`` / ``finish_reason`` are the engine's (agentkit.engines.base.Chunk): the stop token
        is not part of the text. Without either, the end reason is "unknown". A no-op after `End`.
        """
        if self._ended:
            return []
        out: list[Event] = []
        reason = end_reason(stop_token_id, finish_reason)
        self._run(self._tail, True, out)
        if self._state == _AFTER_ARGS:
            self._complete_call(
                Repair.TURN_CLOSES_CALL if reason == "end_of_turn" else Repair.MISSING_CALL_CLOSER, out
            )
            self._run(self._tail, True, out)  # the whitespace held after the call, now text
        self._close(reason, out)
        return out

    def feed_chunk(self, chunk: ChunkLike) -> list[Event]:
        """`feed` the chunk's text; on the last chunk (finish reason or stop token set) also `finish`."""
        events = self.feed(chunk.text)
        if chunk.finish_reason is not None or chunk.stop_token_id is not None:
            events.extend(self.finish(chunk.stop_token_id, chunk.finish_reason))
        return events

    # -- the loop ------------------------------------------------------------------------------------

    def _run(self, buf: str, final: bool, out: list[Event]) -> None:
        pos, n = 0, len(buf)
        handlers = self._handlers
        while pos < n and self._state != _DONE:
            self._stalled = False
            state = self._state
            new_pos = handlers[state](buf, pos, final, out)
            if self._stalled:
                pos = new_pos
                break
            if new_pos == pos and self._state == state:  # every step consumes text or changes state
                raise AssertionError(f"parser made no progress in state {state} at {buf[pos : pos + 20]!r}")
            pos = new_pos
        if self._delta:
            self._flush_delta(out)
        if self._state == _DONE:
            self.ignored_after_end += n - pos
            self._tail = ""
        else:
            self._tail = buf[pos:]

    def _stall(self, pos: int) -> int:
        self._stalled = True
        return pos

    # -- content -------------------------------------------------------------------------------------

    def _content(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        if self._at_start:
            head = buf[pos : pos + len(THOUGHT_PREFIX)]
            if head == THOUGHT_PREFIX:  # "thought\n" with no <|channel>: a thought all the same
                self._at_start = False
                out.append(Repaired(Repair.THOUGHT_WITHOUT_CHANNEL))
                self._enter_thought(prefix_pending=False)
                return pos + len(THOUGHT_PREFIX)
            if not final and THOUGHT_PREFIX.startswith(head):
                return self._stall(pos)
            self._at_start = False
            self._callable = True
        if self._callable:
            status, start = _call_prefix(buf, pos)
            if status == _PARTIAL and not final:
                return self._stall(pos)
            self._callable = False
            if status == _MATCH:  # call:NAME{ with no <|tool_call> where a call may start
                if start > pos:
                    out.append(TextDelta(buf[pos:start]))
                self._begin_call("", _CONTENT, Repair.MISSING_OPENER)
                return start
        found = CONTENT_SEARCH.search(buf, pos)
        if found is None:
            end = len(buf) if final else hold_point(buf, pos)
            if end > pos:
                out.append(TextDelta(buf[pos:end]))
            return end if end == len(buf) else self._stall(end)
        start, after, marker = found.start(), found.end(), found.group()
        if start > pos:
            out.append(TextDelta(buf[pos:start]))
        if marker == CALL_OPEN:
            self._begin_call(marker, _CONTENT)
        elif marker == CHANNEL_OPEN:
            self._enter_thought()
        elif marker == CHANNEL_CLOSE:
            out.append(Repaired(Repair.STRAY_CHANNEL_CLOSE))
            self._callable = True
        elif marker == CALL_CLOSE:
            out.append(Repaired(Repair.STRAY_CALL_CLOSE))
        else:
            self._stop_marker(marker, out)
        return after

    # -- thought -------------------------------------------------------------------------------------

    def _enter_thought(self, *, prefix_pending: bool = True) -> None:
        self._state = _THOUGHT
        self._prefix_pending = prefix_pending
        self._thought_has_text = False
        self._held_whitespace = ""

    def _thought(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        if self._prefix_pending:
            stripped = self._strip_thought_prefix(buf, pos, final)
            if stripped is None:
                return self._stall(pos)
            pos = stripped
            if pos >= len(buf):
                return pos
        found = CONTENT_SEARCH.search(buf, pos)
        if found is None:
            end = len(buf) if final else hold_point(buf, pos)
            self._thought_text(buf[pos:end], out)
            return end if end == len(buf) else self._stall(end)
        start, after, marker = found.start(), found.end(), found.group()
        self._thought_text(buf[pos:start], out)
        if marker == CHANNEL_CLOSE:
            self._held_whitespace = ""  # reasoning is right-stripped, as vLLM does
            self._state = _CONTENT
            self._callable = True
        elif marker == CALL_OPEN:
            self._begin_call(marker, _THOUGHT, Repair.CALL_IN_THOUGHT)
        elif marker == CHANNEL_OPEN:
            if self._thought_has_text:
                out.append(Repaired(Repair.NESTED_CHANNEL_OPEN))
            self._prefix_pending = True
        elif marker == CALL_CLOSE:
            out.append(Repaired(Repair.STRAY_CALL_CLOSE))
        else:
            self._stop_marker(marker, out)
        return after

    def _strip_thought_prefix(self, buf: str, pos: int, final: bool) -> int | None:
        """Skip the channel name ``thought\\n`` (or a bare ``thought`` right before ``<channel|>``)."""
        head = buf[pos : pos + len(THOUGHT_PREFIX)]
        if head == THOUGHT_PREFIX:
            self._prefix_pending = False
            return pos + len(THOUGHT_PREFIX)
        if not final and THOUGHT_PREFIX.startswith(head):
            return None
        name = THOUGHT_PREFIX.rstrip("\n")
        if buf.startswith(name, pos):
            follow = buf[pos + len(name) : pos + len(name) + len(CHANNEL_CLOSE)]
            if follow == CHANNEL_CLOSE:
                self._prefix_pending = False
                return pos + len(name)
            if not final and CHANNEL_CLOSE.startswith(follow):
                return None
        self._prefix_pending = False
        return pos

    def _thought_text(self, text: str, out: list[Event]) -> None:
        """Emit reasoning, holding back trailing whitespace until more reasoning follows it."""
        if not text:
            return
        self._thought_has_text = True
        body = text.rstrip()
        if not body:
            self._held_whitespace += text
            return
        out.append(ThoughtDelta(self._held_whitespace + body if self._held_whitespace else body))
        self._held_whitespace = text[len(body) :]

    # -- calls ---------------------------------------------------------------------------------------

    def _begin_call(self, opener: str, return_state: int, repair: Repair | None = None) -> None:
        self._state = _CALL_HEAD
        self._index = self._call_count
        self._call_count += 1
        self._arg_deltas = _ARG_DELTAS[self._index] if self._index < len(_ARG_DELTAS) else {}
        self._raw = [opener] if opener else []
        self._name_parts = []
        self._name = ""
        self._repairs = [repair] if repair is not None else []
        self._args_start = -1
        self._return_state = return_state
        self._scanner = None
        self._delta = []
        self._skip_detail = ""

    def _call_head(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        start = _WHITESPACE.match(buf, pos).end()  # type: ignore[union-attr]
        n = len(buf)
        if start >= n:
            self._raw.append(buf[pos:start])
            return start
        head = buf[start : start + len(_CALL_WORD)]
        if head == _CALL_WORD:
            after = start + len(_CALL_WORD)
        elif not final and _CALL_WORD.startswith(head):
            self._raw.append(buf[pos:start])
            return self._stall(start)
        elif buf[start] == ":":
            word = buf[start + 1 : start + 1 + len(_CALL_WORD)]
            if word == _CALL_WORD:  # <|tool_call>:call:name{
                self._repairs.append(Repair.COLON_PREFIXED_CALL)
                after = start + 1 + len(_CALL_WORD)
            elif not final and _CALL_WORD.startswith(word) and start + 1 + len(word) >= n:
                self._raw.append(buf[pos:start])
                return self._stall(start)
            else:
                self._repairs.append(Repair.BARE_OPENER)
                after = start + 1
        elif _NAME.match(buf, start).end() > start:  # type: ignore[union-attr]
            self._repairs.append(Repair.MISSING_CALL_PREFIX)
            after = start
        elif buf[start] == "<":
            self._raw.append(buf[pos:start])
            return self._call_marker(buf, start, final, out)
        else:
            self._raw.append(buf[pos:start])
            return self._malformed(start, f"expected call:NAME{{ after <|tool_call>, found {buf[start]!r}")
        self._raw.append(buf[pos:after])
        self._state = _CALL_NAME
        return after

    def _call_name(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        end = _NAME.match(buf, pos).end()  # type: ignore[union-attr]
        if end > pos:
            piece = buf[pos:end]
            self._name_parts.append(piece)
            self._raw.append(piece)
            if sum(map(len, self._name_parts)) > _MAX_NAME:
                return self._malformed(end, f"the tool name is longer than {_MAX_NAME} characters")
        if end >= len(buf):
            return end
        name = "".join(self._name_parts)
        char = buf[end]
        if char == "{" or char == "(":
            if not name:
                return self._malformed(end, "the tool name is missing after call:")
            if char == "(":
                self._repairs.append(Repair.PAREN_ARGUMENTS)
            self._name = name
            self._args_start = sum(map(len, self._raw))
            self._scanner = ArgsScanner(self._raw, paren=char == "(")
            self._state = _ARGS
            out.append(ToolCallStarted(self._index, name))
            return end
        if char == "<":
            if buf.startswith(CALL_CLOSE, end) and name:  # call:NAME<tool_call|>: no arguments at all
                self._name = name
                self._repairs.append(Repair.NO_ARGUMENTS_BLOCK)
                self._raw.append(CALL_CLOSE)
                out.append(ToolCallStarted(self._index, name))
                self._complete_call(None, out)
                return end + len(CALL_CLOSE)
            return self._call_marker(buf, end, final, out)
        return self._malformed(
            end,
            f"expected '{{' after the tool name {name!r}, found {char!r}"
            if name
            else f"expected a tool name after call:, found {char!r}",
        )

    def _args(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        scanner = self._scanner
        assert scanner is not None
        end, outcome = scanner.scan(buf, pos, final)
        if end > pos:
            piece = buf[pos:end]
            self._raw.append(piece)
            self._delta.append(piece)
        if outcome == Outcome.NEED_MORE:
            return end if end >= len(buf) else self._stall(end)
        if outcome == Outcome.ROOT_CLOSED:
            self._state = _AFTER_ARGS
            return end
        if outcome == Outcome.ERROR:
            return self._malformed(end, scanner.error)
        if scanner.marker == CALL_CLOSE:
            problem = scanner.close_unterminated_string() if scanner.in_string else scanner.close_all()
            if problem:
                return self._malformed(end, problem)
            self._raw.append(CALL_CLOSE)
            self._complete_call(None, out)
            return end + len(CALL_CLOSE)
        return self._call_marker(buf, end, final, out)

    def _after_args(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        start = _WHITESPACE.match(buf, pos).end()  # type: ignore[union-attr]
        if start - pos <= _MAX_LOOKAHEAD_WHITESPACE:
            if start >= len(buf):
                return self._stall(pos)
            if buf.startswith(CALL_CLOSE, start):
                after = start + len(CALL_CLOSE)
                self._raw.append(buf[pos:after])
                self._complete_call(None, out)
                return after
            if not final and buf[start] == "<" and is_partial_marker(buf, start):
                return self._stall(pos)
            if buf.startswith(TURN_CLOSE, start):
                self._complete_call(Repair.TURN_CLOSES_CALL, out)
                return pos
        # Anything else (text, another call, a stop token): the call was complete; its closer is missing.
        self._complete_call(Repair.MISSING_CALL_CLOSER, out, final=False)
        return pos

    def _call_marker(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        """A marker (or the start of one) interrupted a call before its arguments closed."""
        if not final and is_partial_marker(buf, pos):
            return self._stall(pos)
        found = ANY_MARKER.match(buf, pos)
        if found is None:  # an ordinary "<" where the grammar has no place for it
            return self._malformed(pos, "found '<' where the call syntax has no place for it")
        marker, after = found.group(), found.end()
        if marker in STOP_REASONS:
            self._stop_marker(marker, out)
            return after
        if marker == CALL_OPEN:
            return_state = self._return_state
            self._call_error(
                ErrorKind.INCOMPLETE_CALL, "a new <|tool_call> began before this call was closed", out
            )
            self._begin_call(
                marker, return_state, Repair.CALL_IN_THOUGHT if return_state == _THOUGHT else None
            )
            return after
        return self._malformed(pos, f"found {marker} inside the call")

    def _complete_call(self, repair: Repair | None, out: list[Event], *, final: bool = True) -> None:
        self._flush_delta(out)
        scanner = self._scanner
        raw_arguments = scanner.root if scanner is not None and scanner.root is not None else {}
        repairs = self._repairs + (scanner.repairs if scanner is not None else [])
        if repair is not None:
            repairs.append(repair)
        raw = "".join(self._raw)
        # A plain '"' can start a key or value only if the call has one outside the <|"|> delimiters.
        if raw.count('"') != raw.count(DELIM) and quotes_in_tree(
            raw_arguments
        ):  # JSON-style: the native reading would be silently wrong
            recovered = self._json_recovery()
            if recovered is None and repair is Repair.MISSING_CALL_CLOSER and not final:
                # A brace inside a "..." string closed the native reading early: read on to the
                # call's end and decode the whole of it there (_skipped_call_ends).
                self._skip_detail = 'the arguments use plain " quotes but do not read as JSON'
                self._state = _SKIP
                return
            if not isinstance(recovered, tuple):
                self._call_error(
                    ErrorKind.MALFORMED_CALL,
                    recovered or 'the arguments use plain " quotes but do not read as JSON',
                    out,
                )
                return
            raw_arguments, json_repair = recovered[1], recovered[2]
            repairs.append(json_repair)
        self._report_call(self._name, raw_arguments, repairs, out, raw)

    def _report_call(
        self,
        name: str,
        raw_arguments: dict[str, Any],
        repairs: list[Repair],
        out: list[Event],
        raw: str | None = None,
    ) -> None:
        if raw is None:
            raw = "".join(self._raw)
        tools = self._tools
        if tools is not None and name not in tools:
            arguments, _ = type_arguments(raw_arguments, None)
            detail = f"no tool named {name!r} is declared"
            out.append(
                ParseError(
                    ErrorKind.UNKNOWN_TOOL,
                    message_for_model(ErrorKind.UNKNOWN_TOOL, detail, name, tools),
                    detail,
                    self._index,
                    name,
                    raw,
                    arguments,
                    tuple(repairs),
                )
            )
        else:
            schema = tools.get(name) if tools else None
            arguments, typing_repairs = type_arguments(raw_arguments, schema, self._typers)
            out.append(ToolCallComplete(self._index, name, arguments, raw, tuple(repairs) + typing_repairs))
        self._leave_call()

    def _json_recovery(self) -> tuple[str, dict[str, Any], Repair] | str | None:
        """The call read as JSON-style (parse/json_style.py): (name, argument tree, repair); a problem to
        report; or None when its text is not JSON-style at all."""
        raw = "".join(self._raw)
        raw = raw.removesuffix(CALL_CLOSE)
        if self._args_start < 0:  # the head did not parse: is the body a whole call as JSON?
            body = raw.removeprefix(CALL_OPEN)
            call = decode_call(body.strip())
            if call is None:
                return None
            name, tree = call
            repair = Repair.JSON_CALL
        else:
            body = raw[self._args_start :].rstrip()
            if '"' not in body or not body.startswith("{"):
                return None
            decoded = decode_arguments(body)
            if decoded is None:
                return None
            name, (tree, strict) = self._name, decoded
            repair = Repair.JSON_ARGUMENTS if strict else Repair.PLAIN_QUOTED_STRING
        tools = self._tools
        problem = disagreement(tree, tools.get(name)) if tools is not None and name in tools else ""
        if problem:
            return (
                f"the arguments read as JSON have {problem} for {name}; "
                "write them in Gemma 4 syntax with the declared keys"
            )
        return name, tree, repair

    def _call_error(self, kind: ErrorKind, detail: str, out: list[Event]) -> None:
        self._flush_delta(out)
        name = self._name or "".join(self._name_parts) or None
        scanner_repairs = self._scanner.repairs if self._scanner is not None else []
        out.append(
            ParseError(
                kind,
                message_for_model(kind, detail, name, self._tools),
                detail,
                self._index,
                name,
                "".join(self._raw),
                repairs=tuple(self._repairs + scanner_repairs),
            )
        )
        self._leave_call()

    def _leave_call(self) -> None:
        self._state = self._return_state
        self._callable = self._state == _CONTENT
        self._scanner = None
        self._raw = []
        self._name_parts = []

    def _malformed(self, pos: int, detail: str) -> int:
        """The call breaks the grammar at ``pos``: skip to its ``<tool_call|>`` and report it there."""
        before = "".join(self._raw)[-40:]
        self._skip_detail = f"{detail} (right after {before!r})" if before else detail
        self._state = _SKIP
        return pos

    def _skip(self, buf: str, pos: int, final: bool, out: list[Event]) -> int:
        found = SKIP_SEARCH.search(buf, pos)
        if found is None:
            end = len(buf) if final else hold_point(buf, pos)
            self._raw.append(buf[pos:end])
            return end if end == len(buf) else self._stall(end)
        start, after, marker = found.start(), found.end(), found.group()
        self._raw.append(buf[pos:start])
        if marker == CALL_CLOSE:
            self._raw.append(marker)
            self._skipped_call_ends(out)
        elif marker == CALL_OPEN:
            return_state = self._return_state
            self._call_error(ErrorKind.MALFORMED_CALL, self._skip_detail, out)
            self._begin_call(
                marker, return_state, Repair.CALL_IN_THOUGHT if return_state == _THOUGHT else None
            )
        else:
            self._stop_marker(marker, out)
        return after

    def _skipped_call_ends(self, out: list[Event]) -> None:
        """A call the grammar rejected is over: report it, unless it is a JSON-style call that reads."""
        recovered = self._json_recovery()
        if recovered is None:
            self._call_error(ErrorKind.MALFORMED_CALL, self._skip_detail, out)
        elif isinstance(recovered, str):
            self._call_error(ErrorKind.MALFORMED_CALL, recovered, out)
        else:
            name, tree, repair = recovered
            self._flush_delta(out)
            if not self._name:  # the head never parsed, so the call was never announced
                out.append(ToolCallStarted(self._index, name))
            scanner_repairs = self._scanner.repairs if self._scanner is not None else []
            self._report_call(name, tree, [*self._repairs, *scanner_repairs, repair], out)

    def _flush_delta(self, out: list[Event]) -> None:
        if self._delta:
            out.append(ToolCallDelta(self._index, "".join(self._delta)))
            self._delta = []

    # -- the end -------------------------------------------------------------------------------------

    def _stop_marker(self, marker: str, out: list[Event]) -> None:
        self._flush_delta(out)  # argument text read so far comes before anything that follows it
        if marker == TURN_OPEN:
            out.append(Repaired(Repair.NEW_TURN_ENDS_OUTPUT))
        self._close(STOP_REASONS[marker], out, marker)

    def _close(self, reason: EndReason, out: list[Event], marker: str | None = None) -> None:
        state = self._state
        if state == _THOUGHT:
            self._held_whitespace = ""
        elif state in (_CALL_HEAD, _CALL_NAME, _ARGS):
            kind = ErrorKind.TRUNCATED_CALL if reason in ("length", "aborted") else ErrorKind.INCOMPLETE_CALL
            self._call_error(kind, self._unfinished_detail(reason, marker), out)
        elif state == _AFTER_ARGS:
            self._complete_call(
                Repair.TURN_CLOSES_CALL if marker == TURN_CLOSE else Repair.MISSING_CALL_CLOSER, out
            )
        elif state == _SKIP:
            self._skipped_call_ends(out)
        out.append(End(reason))
        self._state = _DONE
        self._ended = True

    def _unfinished_detail(self, reason: EndReason, marker: str | None) -> str:
        if reason == "length":
            why = "the output reached its token limit"
        elif reason == "aborted":
            why = "the generation was aborted"
        elif marker is not None:
            why = f"the output ended with {marker}"
        else:
            why = "the output ended"
        scanner = self._scanner
        if self._state == _CALL_HEAD:
            where = "right after <|tool_call>"
        elif self._state == _CALL_NAME or scanner is None:
            where = "in the tool name"
        elif scanner.in_string:
            where = 'inside a string (its closing <|"|> is missing)'
        else:
            where = f"inside the arguments with {len(scanner.stack)} bracket(s) still open"
        return f"{why} {where}"


def end_reason(stop_token_id: int | None, finish_reason: str | None) -> EndReason:
    """The `End` reason for what an engine reported (agentkit.engines.base.Chunk)."""
    if stop_token_id is not None and stop_token_id in STOP_TOKEN_REASONS:
        return STOP_TOKEN_REASONS[stop_token_id]
    if finish_reason == "length":
        return "length"
    if finish_reason == "abort":
        return "aborted"
    return "unknown"


def _call_prefix(buf: str, pos: int) -> tuple[int, int]:
    """Does ``buf[pos:]`` start (after optional whitespace) with ``call:NAME{`` or ``call:NAME(``?

    Returns (_MATCH, start of "call:"), (_PARTIAL, pos) when the buffer ends before it can tell, or
    (_NO, pos). The lookahead is bounded: 64 whitespace characters, 64 name characters.
    """
    n = len(buf)
    start = _WHITESPACE.match(buf, pos).end()  # type: ignore[union-attr]
    if start - pos > _MAX_LOOKAHEAD_WHITESPACE:
        return _NO, pos
    if start >= n:
        return _PARTIAL, pos
    word = buf[start : start + len(_CALL_WORD)]
    if not _CALL_WORD.startswith(word):
        return _NO, pos
    if len(word) < len(_CALL_WORD):
        return _PARTIAL, pos
    name_start = start + len(_CALL_WORD)
    name_end = _NAME.match(buf, name_start).end()  # type: ignore[union-attr]
    if name_end - name_start > _MAX_LOOKAHEAD_NAME:
        return _NO, pos
    if name_end >= n:
        return _PARTIAL, pos
    if name_end > name_start and buf[name_end] in "{(":
        return _MATCH, start
    return _NO, pos


def prompt_ends_in_thought(prompt: str | Sequence[int]) -> bool:
    """Whether the prompt (text or token ids) ends inside an open ``<|channel>``, so the output starts
    as reasoning (the v5 template's ``<|channel>thought\\n`` after tool results; vLLM issue #45834).

    The channel is open if its last ``<|channel>`` comes after every ``<channel|>``, ``<|tool_call>``,
    ``<|turn>`` and ``<|tool_response>``.
    """
    if isinstance(prompt, str):
        opened = prompt.rfind(CHANNEL_OPEN)
        if opened == -1:
            return False
        closers = (CHANNEL_CLOSE, CALL_OPEN, TURN_OPEN, tokens.TOOL_RESPONSE_OPEN)
        return all(prompt.rfind(closer) < opened for closer in closers)
    channel_open = tokens.TOKEN_IDS[CHANNEL_OPEN]
    boundaries = {
        tokens.TOKEN_IDS[CHANNEL_CLOSE],
        tokens.TOKEN_IDS[CALL_OPEN],
        tokens.TOKEN_IDS[TURN_OPEN],
        tokens.TOOL_RESPONSE_OPEN_ID,
    }
    for token_id in reversed(prompt):
        if token_id == channel_open:
            return True
        if token_id in boundaries:
            return False
    return False


@dataclass(frozen=True)
class ParsedOutput:
    """A whole output, folded from its events.

    ``reasoning``: the thought text, None if there was none. ``content``: the visible text, stripped of
    surrounding whitespace, None if empty. ``tool_calls``: the complete calls in order. ``repairs``:
    every repair, in order (those on calls and failed calls included). ``errors``: every ParseError. ``end``: the `End`.
    """

    reasoning: str | None
    content: str | None
    tool_calls: tuple[ToolCallComplete, ...]
    repairs: tuple[Repair, ...]
    errors: tuple[ParseError, ...]
    end: End

    def to_json(self) -> dict[str, Any]:
        """The `agentkit gemma4 parse` output shape."""
        return {
            "reasoning": self.reasoning,
            "content": self.content,
            "tool_calls": [{"name": call.name, "arguments": call.arguments} for call in self.tool_calls],
            "repairs": [str(repair) for repair in self.repairs],
            "errors": [
                {
                    "kind": str(error.error),
                    "message": error.message_for_model,
                    "detail": error.detail,
                    "tool": error.name,
                    "raw": error.raw,
                }
                for error in self.errors
            ],
        }


def collect(events: Iterable[Event]) -> ParsedOutput:
    """Fold a complete event sequence (ending with `End`) into a `ParsedOutput`."""
    thought: list[str] = []
    text: list[str] = []
    calls: list[ToolCallComplete] = []
    repairs: list[Repair] = []
    errors: list[ParseError] = []
    end: End | None = None
    for event in events:
        if isinstance(event, ThoughtDelta):
            thought.append(event.text)
        elif isinstance(event, TextDelta):
            text.append(event.text)
        elif isinstance(event, ToolCallComplete):
            calls.append(event)
            repairs.extend(event.repairs)
        elif isinstance(event, Repaired):
            repairs.append(event.repair)
        elif isinstance(event, ParseError):
            errors.append(event)
            repairs.extend(event.repairs)
        elif isinstance(event, End):
            end = event
    if end is None:
        raise ValueError("the events do not end with End: call StreamParser.finish() first")
    reasoning = "".join(thought)
    content = "".join(text).strip()
    return ParsedOutput(
        reasoning=reasoning if reasoning.strip() else None,
        content=content or None,
        tool_calls=tuple(calls),
        repairs=tuple(repairs),
        errors=tuple(errors),
        end=end,
    )


def parse_complete(
    text: str,
    tools: ToolsArg = None,
    *,
    start_in_thought: bool = False,
    stop_token_id: int | None = None,
    finish_reason: str | None = None,
) -> ParsedOutput:
    """Parse a whole output at once (``tools`` as for `StreamParser`)."""
    parser = StreamParser(tools, start_in_thought=start_in_thought)
    events = parser.feed(text)
    events.extend(parser.finish(stop_token_id, finish_reason))
    return collect(events)
