"""Terminal-safe text: what the model or a tool wrote, with every control sequence removed.

Model output and command output are hostile to a terminal: an escape sequence in them could move the
cursor, rewrite what the person already read (a fake "allowed" line), set the window title or, on some
terminals, query and inject input. The UI passes every such string through `clean` before rich styles
it, so the only escape sequences on screen are agentkit's own.
"""

from __future__ import annotations

import re
from typing import Final

# ESC-introduced sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC (ESC P|X|^|_
# ... ST), and two-byte escapes; then the 8-bit C1 forms of the same introducers.
_SEQUENCE: Final = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?            # CSI
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?  # OSC, ended by BEL or ST (or cut off)
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?       # DCS, SOS, PM, APC
  | \x1b[ -/]*[0-~]?                    # other escapes (charset selection, ESC c reset, ...)
  | \x9b[0-?]*[ -/]*[@-~]?              # 8-bit CSI
  | [\x90\x98\x9d\x9e\x9f][^\x9c\x07]*[\x9c\x07]?  # 8-bit DCS, SOS, OSC, PM, APC
    """,
    re.VERBOSE,
)
# Remaining C0 controls (but tab and newline), DEL and C1 controls.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def clean(text: str) -> str:
    """``text`` without escape sequences or control characters (newline and tab kept; CRLF -> LF)."""
    text = text.replace("\r\n", "\n")
    text = _SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)
