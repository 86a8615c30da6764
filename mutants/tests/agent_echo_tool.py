"""A sandboxed user tool for the end-to-end vLLM scenario (standard library only: it ships into the sandbox)."""

from __future__ import annotations

import os

from agentkit.tool.core import tool


@tool
def echo(text: str) -> str:
    """Echo the text back, with where it ran.

    Args:
        text: The text to send back.
    """
    return f"echo:{text} uid={os.getuid()}"
