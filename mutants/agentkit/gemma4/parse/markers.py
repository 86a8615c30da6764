"""The special-token texts the output parser acts on, the searches for them, and the chunk-end lookahead.

Every marker is one special token whose text starts with ``<`` and has no other ``<``. So a marker cut
by a chunk end is always a suffix of the buffer starting at its last ``<``: that suffix, when it is a
proper prefix of a marker, is the only text the parser ever holds back (at most 15 characters).
"""

from __future__ import annotations

import re
from typing import Final

from agentkit.gemma4 import tokens
from agentkit.gemma4.parse.events import EndReason

DELIM: Final = tokens.STRING_DELIM
CALL_OPEN: Final = tokens.TOOL_CALL_OPEN
CALL_CLOSE: Final = tokens.TOOL_CALL_CLOSE
CHANNEL_OPEN: Final = tokens.CHANNEL_OPEN
CHANNEL_CLOSE: Final = tokens.CHANNEL_CLOSE
TURN_CLOSE: Final = tokens.TURN_CLOSE
TURN_OPEN: Final = tokens.TURN_OPEN
TOOL_RESPONSE_OPEN: Final = tokens.TOOL_RESPONSE_OPEN
EOS: Final = tokens.EOS
THOUGHT_PREFIX: Final = tokens.THOUGHT_CHANNEL  # "thought\n"

# Stop tokens (and <|turn>, the model opening a turn of its own) end the output wherever they appear.
STOP_REASONS: Final[dict[str, EndReason]] = {
    TURN_CLOSE: "end_of_turn",
    TOOL_RESPONSE_OPEN: "tool_response",
    EOS: "end_of_sequence",
    TURN_OPEN: "end_of_turn",
}
STOP_TOKEN_REASONS: Final[dict[int, EndReason]] = {
    tokens.TURN_CLOSE_ID: "end_of_turn",
    tokens.TOOL_RESPONSE_OPEN_ID: "tool_response",
    tokens.EOS_ID: "end_of_sequence",
}

ALL_MARKERS: Final = (DELIM, CALL_OPEN, CALL_CLOSE, CHANNEL_OPEN, CHANNEL_CLOSE, *STOP_REASONS)
_STOPS = tuple(STOP_REASONS)


def _search(*markers: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(marker) for marker in markers))


# What each state looks for. Markers a state does not list are ordinary text there.
CONTENT_SEARCH: Final = _search(CHANNEL_OPEN, CHANNEL_CLOSE, CALL_OPEN, CALL_CLOSE, *_STOPS)
STRING_SEARCH: Final = _search(DELIM, CALL_CLOSE, CALL_OPEN, *_STOPS)
SKIP_SEARCH: Final = _search(CALL_CLOSE, CALL_OPEN, *_STOPS)
ANY_MARKER: Final = _search(*ALL_MARKERS)

_PARTIALS: Final = frozenset(marker[:k] for marker in ALL_MARKERS for k in range(1, len(marker)))
_LONGEST: Final = max(len(marker) for marker in ALL_MARKERS)


def hold_point(buf: str, pos: int) -> int:
    """Where a possibly cut marker starts at the end of ``buf[pos:]``; ``len(buf)`` if there is none."""
    n = len(buf)
    lt = buf.rfind("<", max(pos, n - _LONGEST + 1))
    if lt != -1 and buf[lt:] in _PARTIALS:
        return lt
    return n


def is_partial_marker(buf: str, pos: int) -> bool:
    """``buf[pos:]`` (which starts with ``<``) is a proper prefix of a marker: wait for more text."""
    return buf[pos:] in _PARTIALS
