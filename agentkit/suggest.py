"""The one "did you mean" helper: the closest known name to a misspelt one, for error messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

#: How alike two names must be (difflib's ratio) to be suggested; one cutoff for every message.
CUTOFF = 0.6


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option closest to ``word``, or None when none is close enough."""
    found = difflib.get_close_matches(word, list(options), n=1, cutoff=CUTOFF)
    return found[0] if found else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """``"did you mean 'x'?"`` for the closest option, or ``""``; callers add the punctuation before it."""
    match = closest(word, options)
    return f"did you mean {match!r}?" if match else ""


def suggest(word: str, options: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` or ``""``: the hint as a clause appended to a message in our own words."""
    hint = did_you_mean(word, options)
    return f"; {hint}" if hint else ""
