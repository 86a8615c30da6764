"""A user tool for the structured-output example, named in task.yaml as ``stats.py:word_stats``.

``@tool`` without ``runs_in="host"`` means the function runs in the sandbox: agentkit ships this
module there and calls it, so it uses only the standard library.
"""

from __future__ import annotations

from agentkit.tool import tool

_PUNCTUATION = ".,;:!?\"'()[]"


@tool
def word_stats(text: str) -> dict[str, object]:
    """Count the words of a text and find its longest word.

    Args:
        text: The text to measure.
    """
    words = [word.strip(_PUNCTUATION) for word in text.split()]
    words = [word for word in words if word]
    longest = max(words, key=len) if words else ""
    return {"words": len(words), "characters": len(text), "longest_word": longest}
