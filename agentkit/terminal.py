"""Text from a run (model output, tool results, errors) made safe to show on a terminal.

Anything a tool or the model produced may carry terminal control sequences: a window title
(``ESC ] 0 ;``), a cleared screen (``ESC [ 2 J``), a cursor moved to overwrite earlier lines. Shown raw,
they let hostile tool output rewrite what the user sees. `sanitize` replaces every control character
but newline and tab with a visible stand-in of the same length (Unicode's control pictures: ESC shows
as U+241B), so colour spans that agentkit's UIs add around the text stay where they were.
`sanitize_rich` does the same to a rich ``Text`` in place, styles kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# C0 controls but \t and \n, DEL, the C1 controls (an 8-bit CSI is 0x9B), and the bidirectional
# overrides and isolates, which reorder what is shown ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟ (ESC is ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def sanitize(text: str) -> str:
    """``text`` with each control character replaced by a visible one (same length; \\n and \\t kept)."""
    return _CONTROL.sub(_stand_in, text)


def sanitize_rich(text: Text) -> Text:
    """Sanitize a rich ``Text`` in place, keeping its styles (the length does not change); returns it."""
    plain = text.plain
    clean = sanitize(plain)
    if clean != plain:
        text.plain = clean
    return text
