"""The incremental scanner for the arguments of one tool call: ``{key:value,...}`` (FORMAT.md 6.1).

It is fed successive buffers and never looks at a character twice: strings are skipped with one
search for their closing ``<|"|>``, bare tokens are accumulated across chunk ends, and structure lives
on an explicit stack. It builds the argument tree with ``str`` leaves for ``<|"|>`` strings and `Bare`
leaves for everything else (typed later by `parse_values`).

The scanner stops and hands control back on any marker that is not part of the argument grammar
(``<tool_call|>``, a stop token, a new ``<|tool_call>``...); the call parser decides what it means.

Lenient policies (each reported as a `Repair` on the call):

* a key in ``<|"|>`` delimiters is accepted (QUOTED_KEY);
* a trailing comma before ``}`` or ``]`` is accepted (TRAILING_COMMA);
* ``key:text<|"|>``: a bare value ended by ``<|"|>`` is a string whose opening delimiter was missed
  (MISSING_STRING_DELIMITER);
* `close_all` (on ``<tool_call|>`` after a complete value) closes brackets left open
  (MISSING_CLOSING_BRACKET);
* `close_unterminated_string` (on ``<tool_call|>`` inside a string) ends the string there, first
  removing from its end the closing brackets the model wrote after it (``value}`` -> ``value``),
  since a string cannot contain ``<tool_call|>`` (MISSING_STRING_DELIMITER).

Duplicate keys, a missing value, unbalanced or mismatched brackets, or anything where a value or a
separator must be are errors: the intent is not clear, so nothing is guessed.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Any, Final

from agentkit.gemma4.parse.events import Repair
from agentkit.gemma4.parse.markers import ANY_MARKER, DELIM, STRING_SEARCH, hold_point, is_partial_marker
from agentkit.gemma4.parse.values import Bare

MAX_DEPTH: Final = 64

_WHITESPACE = re.compile(r"[ \t\r\n]*")
_WHITESPACE_CHARS = " \t\r\n"
_BARE_KEY = re.compile(r"[^:,{}\[\]<]*")
_BARE_VALUE = re.compile(r"[^,}\]<]*")
_FLAT_LIST = re.compile(r"\[([^\[\]{}<,]*(?:,[^\[\]{}<,]*)*)\]")
_BARE_VALUE_PAREN_ROOT = re.compile(r"[^,}\])<]*")  # in call:name(...) a ")" at the top level ends the call


class Outcome(IntEnum):
    NEED_MORE = 0
    """Everything up to the returned position is consumed; feed more text."""
    ROOT_CLOSED = 1
    """The outermost ``}`` (or ``)``) was consumed: the arguments are complete."""
    MARKER = 2
    """A marker outside the argument grammar starts at the returned position (see ``marker``)."""
    ERROR = 3
    """The text breaks the grammar at the returned position (see ``error``)."""


class Expect(IntEnum):
    FIRST_KEY = 0  # after "{": a key or "}"
    NEXT_KEY = 1  # after "," in an object
    COLON = 2
    OBJECT_VALUE = 3  # after ":"
    FIRST_ITEM = 4  # after "[": a value or "]"
    NEXT_ITEM = 5  # after "," in a list
    SEPARATOR = 6  # after a value: "," or the closing bracket


_KEY_POSITIONS = (Expect.FIRST_KEY, Expect.NEXT_KEY)
_VALUE_POSITIONS = (Expect.OBJECT_VALUE, Expect.FIRST_ITEM, Expect.NEXT_ITEM)
_CLOSABLE = (Expect.FIRST_KEY, Expect.FIRST_ITEM, Expect.SEPARATOR)
_AFTER_COMMA = (Expect.NEXT_KEY, Expect.NEXT_ITEM)


class _Frame:
    __slots__ = ("closer", "container", "expect", "key")

    def __init__(self, container: dict[str, Any] | list[Any], closer: str, expect: Expect) -> None:
        self.container = container
        self.closer = closer
        self.key: str | None = None
        self.expect = expect


class ArgsScanner:
    """Scans one call's arguments, starting at its opening ``{`` (or ``(`` when ``paren``).

    ``raw``: the call's text as its reader stores it, one piece appended per `scan` (exactly the text
    that scan consumed) or per `take_plain`. A string's text is stored only there: the scanner
    remembers where the open string began in it and joins the pieces when the string closes.
    """

    def __init__(self, raw: list[str], *, paren: bool = False) -> None:
        self.raw = raw
        self.paren = paren
        self.stack: list[_Frame] = []
        self.root: dict[str, Any] | None = None
        self.repairs: list[Repair] = []
        self.error = ""
        self.marker = ""
        self.in_string = False
        self._string_is_key = False
        # Where the open string's text begins: piece ``_string_piece`` of ``raw`` at ``_string_offset``.
        # While that piece is the one the current scan is consuming (not yet stored in ``raw``), the
        # text begins at ``_string_start`` in the scanned buffer.
        self._string_piece = 0
        self._string_offset = 0
        self._string_start = 0
        self._scan_from = 0  # where the current scan began in its buffer
        self.in_bare = False
        self._bare_is_key = False
        self._bare_parts: list[str] = []

    # -- scanning ------------------------------------------------------------------------------------

    def take_plain(self, text: str) -> bool:
        """Consume ``text`` whole if it only continues the open string or bare token; False otherwise.

        The streaming fast path: most real-token deltas are a piece of a string argument or the next
        digits of a number. Such a piece (no ``<``, so no marker nor a marker's start; for a bare
        value no separator either) changes nothing but the text collected, exactly as `scan` would.
        The caller appends ``text`` to ``raw`` when this returns True.
        """
        if self.in_string:
            return "<" not in text  # the caller stores the text in ``raw``
        if self.in_bare and not self._bare_is_key:
            pattern = _BARE_VALUE_PAREN_ROOT if self.paren and len(self.stack) == 1 else _BARE_VALUE
            if pattern.fullmatch(text) is None:
                return False
            self._bare_parts.append(text)
            return True
        return False

    def scan(self, buf: str, pos: int, final: bool) -> tuple[int, Outcome]:
        """Scan ``buf`` from ``pos``; the caller then appends ``buf[pos:returned position]`` to ``raw``."""
        n = len(buf)
        self._scan_from = pos
        while True:
            if self.in_string:
                pos, stop = self._scan_string(buf, pos, final)
                if stop is not None:
                    return pos, stop
                continue
            if self.in_bare:
                pos, stop = self._scan_bare(buf, pos, final)
                if stop is not None:
                    return pos, stop
                continue
            if pos < n and buf[pos] in _WHITESPACE_CHARS:
                pos = _WHITESPACE.match(buf, pos).end()  # type: ignore[union-attr]
            if pos >= n:
                return pos, Outcome.NEED_MORE
            char = buf[pos]
            if not self.stack:
                opener = "(" if self.paren else "{"
                if char != opener:
                    return self._fail(pos, f"the arguments must start with {opener!r}, found {char!r}")
                self.stack.append(_Frame({}, ")" if self.paren else "}", Expect.FIRST_KEY))
                pos += 1
                continue
            frame = self.stack[-1]
            expect = frame.expect
            if char == "<":
                found = ANY_MARKER.match(buf, pos)
                if found is not None:
                    if found.group() != DELIM:
                        self.marker = found.group()
                        return pos, Outcome.MARKER
                    if expect in _KEY_POSITIONS or expect in _VALUE_POSITIONS:
                        self.in_string, self._string_is_key = True, expect in _KEY_POSITIONS
                        pos = found.end()
                        self._string_piece, self._string_start = len(self.raw), pos
                        self._string_offset = pos - self._scan_from
                        continue
                    return self._fail(pos, self._unexpected(frame, "a string"))
                if not final and is_partial_marker(buf, pos):
                    return pos, Outcome.NEED_MORE
                # An ordinary "<" starts a bare token (handled below).
            if char == "{" or char == "[":
                if expect not in _VALUE_POSITIONS:
                    return self._fail(pos, self._unexpected(frame, repr(char)))
                if len(self.stack) >= MAX_DEPTH:
                    return self._fail(pos, f"the arguments are nested deeper than {MAX_DEPTH} levels")
                if char == "{":
                    self.stack.append(_Frame({}, "}", Expect.FIRST_KEY))
                    pos += 1
                    continue
                # Fast path: a flat list of bare values, whole in this buffer ([1.5,2,-3e2]), is split in one go.
                flat = _FLAT_LIST.match(buf, pos)
                if flat is not None:
                    items = list(map(str.strip, flat.group(1).split(",")))
                    if all(items):
                        self._put(list(map(Bare, items)))
                        pos = flat.end()
                        continue
                self.stack.append(_Frame([], "]", Expect.FIRST_ITEM))
                pos += 1
            elif char in "}])":
                if char != frame.closer:
                    if char == ")" and not self.paren:
                        self._start_bare(expect)  # ")" is ordinary text in a {...} call
                        if self.in_bare:
                            continue
                    return self._fail(pos, self._unexpected(frame, repr(char)))
                if expect in _AFTER_COMMA:
                    self.repairs.append(Repair.TRAILING_COMMA)
                elif expect not in _CLOSABLE:
                    return self._fail(pos, self._unexpected(frame, repr(char)))
                if self._close_frame():
                    return pos + 1, Outcome.ROOT_CLOSED
                pos += 1
            elif char == ",":
                if expect is not Expect.SEPARATOR:
                    return self._fail(pos, self._unexpected(frame, "','"))
                frame.expect = Expect.NEXT_KEY if frame.closer != "]" else Expect.NEXT_ITEM
                pos += 1
            elif char == ":" and expect is Expect.COLON:
                frame.expect = Expect.OBJECT_VALUE
                pos += 1
            else:
                # Fast path: a bare token that ends inside this buffer, at a separator or bracket.
                if expect in _VALUE_POSITIONS:
                    pattern = _BARE_VALUE_PAREN_ROOT if self.paren and len(self.stack) == 1 else _BARE_VALUE
                    end = pattern.match(buf, pos).end()  # type: ignore[union-attr]
                    if end < n and buf[end] != "<":
                        self._put(Bare(buf[pos:end].strip()))
                        pos = end
                        continue
                elif expect in _KEY_POSITIONS:
                    end = _BARE_KEY.match(buf, pos).end()  # type: ignore[union-attr]
                    if end < n and buf[end] == ":":
                        pos, stop = self._key_done(end, buf[pos:end].strip())
                        if stop is not None:
                            return pos, stop
                        continue
                # The general case: the token may run past the buffer's end or contain an ordinary "<".
                self._start_bare(expect)
                if not self.in_bare:
                    return self._fail(pos, self._unexpected(frame, repr(char)))

    def _scan_string(self, buf: str, pos: int, final: bool) -> tuple[int, Outcome | None]:
        found = STRING_SEARCH.search(buf, pos)
        if found is None:
            end = len(buf) if final else hold_point(buf, pos)
            return end, Outcome.NEED_MORE
        start = found.start()
        if found.group() != DELIM:
            self.marker = found.group()
            return start, Outcome.MARKER
        self.in_string = False
        if self._string_piece == len(self.raw):  # the string began in this scan
            text = buf[self._string_start : start]
        else:
            text = self._stored_string_text() + buf[self._scan_from : start]
        if self._string_is_key:
            self.repairs.append(Repair.QUOTED_KEY)
            return self._key_done(found.end(), text)
        return self._value_done(found.end(), text)

    def _start_bare(self, expect: Expect) -> None:
        if expect in _KEY_POSITIONS:
            self.in_bare, self._bare_is_key = True, True
        elif expect in _VALUE_POSITIONS:
            self.in_bare, self._bare_is_key = True, False

    def _scan_bare(self, buf: str, pos: int, final: bool) -> tuple[int, Outcome | None]:
        n = len(buf)
        if self._bare_is_key:
            pattern = _BARE_KEY
        elif self.paren and len(self.stack) == 1:
            pattern = _BARE_VALUE_PAREN_ROOT
        else:
            pattern = _BARE_VALUE
        parts = self._bare_parts
        while True:
            end = pattern.match(buf, pos).end()  # type: ignore[union-attr]
            if end > pos:
                parts.append(buf[pos:end])
                pos = end
            if pos >= n:
                return pos, Outcome.NEED_MORE
            if buf[pos] != "<" or ANY_MARKER.match(buf, pos) is not None:
                break  # a separator, a bracket or a marker ends the token
            if not final and is_partial_marker(buf, pos):
                return pos, Outcome.NEED_MORE
            parts.append("<")
            pos += 1
        self.in_bare = False
        text = "".join(parts)
        self._bare_parts = []
        if self._bare_is_key:
            return self._key_done(pos, text.strip())
        if buf.startswith(DELIM, pos):
            # key:text<|"|> -- the string's opening delimiter is missing; the text is the string.
            self.repairs.append(Repair.MISSING_STRING_DELIMITER)
            return self._value_done(pos + len(DELIM), text)
        return self._value_done(pos, Bare(text.strip()))

    def _key_done(self, pos: int, key: str) -> tuple[int, Outcome | None]:
        frame = self.stack[-1]
        if not key:
            return self._fail(pos, "a key is empty")
        if key in frame.container:
            return self._fail(pos, f"the key {key!r} appears twice in one object")
        frame.key = key
        frame.expect = Expect.COLON
        return pos, None

    def _value_done(self, pos: int, value: Any) -> tuple[int, Outcome | None]:
        self._put(value)
        return pos, None

    def _stored_string_text(self) -> str:
        """The open string's text that is already in ``raw``."""
        raw, first = self.raw, self._string_piece
        if first >= len(raw):
            return ""
        head = raw[first][self._string_offset :]
        return head + "".join(raw[first + 1 :]) if first + 1 < len(raw) else head

    # -- structure -----------------------------------------------------------------------------------

    def _put(self, value: Any) -> None:
        """Store a finished value in the open container (keys were checked for duplicates already)."""
        frame = self.stack[-1]
        container = frame.container
        if isinstance(container, dict):
            assert frame.key is not None
            container[frame.key] = value
            frame.key = None
        else:
            container.append(value)
        frame.expect = Expect.SEPARATOR

    def _close_frame(self) -> bool:
        """Close the innermost container; True when that was the outermost one."""
        frame = self.stack.pop()
        if not self.stack:
            assert isinstance(frame.container, dict)
            self.root = frame.container
            return True
        self._put(frame.container)
        return False

    def close_all(self) -> str:
        """``<tool_call|>`` came outside a string: close what is open. A problem description, or ""."""
        if not self.stack:
            return "the arguments never started"
        frame = self.stack[-1]
        if frame.expect in (Expect.COLON, Expect.OBJECT_VALUE):
            return f"the key {frame.key!r} has no value"
        if frame.expect in _AFTER_COMMA:
            self.repairs.append(Repair.TRAILING_COMMA)
        self.repairs.append(Repair.MISSING_CLOSING_BRACKET)
        while not self._close_frame():
            pass
        return ""

    def close_unterminated_string(self) -> str:
        """``<tool_call|>`` came inside a string: end the string there and close what is open."""
        if self._string_is_key:
            return "a key's closing <|\"|> is missing"
        text = self._stored_string_text()  # the caller has stored the scan that found <tool_call|>
        self.in_string = False
        closed_by_model = 0
        for frame in reversed(self.stack):
            trimmed = text.rstrip()
            if not trimmed.endswith(frame.closer):
                break
            text = trimmed[: -len(frame.closer)]
            closed_by_model += 1
        self.repairs.append(Repair.MISSING_STRING_DELIMITER)
        if closed_by_model < len(self.stack):
            self.repairs.append(Repair.MISSING_CLOSING_BRACKET)
        self._put(text)
        while not self._close_frame():
            pass
        return ""

    # -- errors --------------------------------------------------------------------------------------

    def _fail(self, pos: int, detail: str) -> tuple[int, Outcome]:
        self.error = detail
        return pos, Outcome.ERROR

    @staticmethod
    def _unexpected(frame: _Frame, found: str) -> str:
        expect = frame.expect
        if expect in _KEY_POSITIONS:
            wanted = "a key" if expect is Expect.NEXT_KEY else f"a key or {frame.closer!r}"
        elif expect is Expect.COLON:
            wanted = f"':' after the key {frame.key!r}"
        elif expect is Expect.OBJECT_VALUE:
            wanted = f"a value for the key {frame.key!r}"
        elif expect in (Expect.FIRST_ITEM, Expect.NEXT_ITEM):
            wanted = "a value" if expect is Expect.NEXT_ITEM else f"a value or {frame.closer!r}"
        else:
            wanted = f"',' or {frame.closer!r}"
        return f"expected {wanted} but found {found}"
