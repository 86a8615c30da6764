"""Terminal-safe text for the coding UI: agentkit's one policy (`agentkit.terminal.sanitize`: every
control character but newline and tab shown as a visible stand-in), after CRLF line ends become LF.

Model output and command output are hostile to a terminal: an escape sequence in them could move the
cursor, rewrite what the person already read (a fake "allowed" line), set the window title or, on some
terminals, query and inject input. The UI passes every such string through `clean` before rich styles
it, so the only escape sequences on screen are agentkit's own.
"""

from __future__ import annotations

from agentkit.terminal import sanitize


def clean(text: str) -> str:
    """``text`` safe to show: CRLF -> LF, then every other control character made visible."""
    return sanitize(text.replace("\r\n", "\n"))
