"""Keep secrets out of spans, even when content capture is on.

Two rules, applied to every captured value (messages, tool arguments, tool results) and to error
messages: a mapping key that names a secret (``api_key``, ``password``, ``token``...) has its value
replaced; and any occurrence of a secret's *value* is replaced wherever it appears. The values are the
environment's secret-named variables (``OPENAI_API_KEY``, ``DB_PASSWORD``...) plus any the caller adds
(the HTTP engine's API key). Short values are left alone: redacting "1" everywhere would destroy text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[REDACTED]"
# "token" but not "tokenizer" (AGENTKIT_TOKENIZER is a path); "auth" alone or as "authorization".
_SECRET_NAME = re.compile(
    r"(?i)(passw|passphrase|secret|token(?!iz)|api[_-]?key|apikey|credential|private[_-]?key|"
    r"(^|[_-])auth($|[_-])|authorization|cookie)"
)
_MIN_SECRET_LEN = 6


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


class Redactor:
    """Replaces secrets in strings and JSON-like values."""

    def __init__(self, secrets: Iterable[str] = (), environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        values = {v for k, v in env.items() if is_secret_name(k)} | {s for s in secrets if s}
        # Longest first, so a secret that contains another is replaced whole.
        kept = sorted((v for v in values if len(v) >= _MIN_SECRET_LEN), key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(v) for v in kept)) if kept else None

    def text(self, value: str) -> str:
        return value if self._pattern is None else self._pattern.sub(REDACTED, value)

    def value(self, value: Any) -> Any:
        """A copy of a JSON-like value with secret-named keys and secret values replaced."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {
                str(k): REDACTED if is_secret_name(str(k)) and v not in (None, "") else self.value(v)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.value(v) for v in value]
        return value
