"""The names agentkit is installed under, and the one place install advice is written.

The import package is ``agentkit``; the distribution is ``agentkit-gemma`` because the name ``agentkit``
on PyPI belongs to an unrelated project (installing it gives a package without ``Agent``). Every
message that tells a person what to install goes through `install_hint`, so the advice cannot drift.
"""

from __future__ import annotations

DISTRIBUTION = "agentkit-gemma"
"""The distribution name (pyproject ``[project] name``; what ``pip install`` takes)."""


def install_hint(extra: str | None = None) -> str:
    """The commands that install agentkit (with ``extra``): from a clone today, from PyPI by name."""
    from_clone = f"pip install '.[{extra}]'" if extra else "pip install ."
    by_name = f"pip install '{DISTRIBUTION}[{extra}]'" if extra else f"pip install {DISTRIBUTION}"
    return f"`{from_clone}` in an agentkit clone (or `{by_name}`)"
