"""JSON-style tool calls: arguments (or a whole call) the model wrote as JSON instead of Gemma 4 syntax.

Engines in 2026 report Gemma 4 emitting ``call:triangle_area{"base": 10, "height": 5}``,
``call:search{query:"Paris, France"}`` and ``<|tool_call>{"name": ..., "arguments": {...}}<tool_call|>``.
Read with the native grammar these give keys with literal quotes, values with literal quotes, or a
string cut at its comma: a call that looks fine and is wrong. So, before a call is reported:

* if its arguments contain a plain ``"`` where a key or a value starts, the argument text is decoded
  again: as JSON first (`Repair.JSON_ARGUMENTS`), else as Gemma 4 syntax whose strings may also be
  JSON ``"..."`` strings with JSON escapes (`Repair.PLAIN_QUOTED_STRING`);
* a ``<|tool_call>`` whose body is a JSON object ``{"name": ..., "arguments": {...}}`` (``parameters``
  is accepted for ``arguments``, and ``arguments`` may be a JSON string of the object) is that call
  (`Repair.JSON_CALL`).

Either is used only when the decoded arguments agree with the tool's schema (every key declared, every
required key present; no schema: any keys). Otherwise the call is a MALFORMED_CALL error that says what
did not fit, and nothing runs. Decoded scalars go through the same schema typing as native values
(numbers stay numbers, a ``"3"`` for an integer field is coerced and reported), so the two paths agree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from agentkit.gemma4.parse.markers import DELIM
from agentkit.gemma4.parse.values import Bare, JSONSchema

_SPACE = " \t\r\n"
_DECODER = json.JSONDecoder()


def quotes_in_tree(tree: Any) -> bool:
    """Whether a natively scanned argument tree has a key or a bare value starting with a plain ``"``."""
    if isinstance(tree, dict):
        return any(key.startswith('"') or quotes_in_tree(value) for key, value in tree.items())
    if isinstance(tree, list):
        return any(quotes_in_tree(item) for item in tree)
    return type(tree) is Bare and tree.startswith('"')


def decode_arguments(body: str) -> tuple[dict[str, Any], bool] | None:
    """The argument object written in ``body`` (``{...}``), as a tree for `type_arguments`, and whether
    it was strict JSON; None if it reads as neither JSON nor Gemma 4 syntax with ``"..."`` strings."""
    try:
        value = json.loads(body)
    except ValueError:
        pass
    else:
        return (_as_tree(value), True) if isinstance(value, dict) else None
    try:
        tree, end = _Loose(body).object(_skip_space(body, 0))
    except ValueError:
        return None
    return (tree, False) if _skip_space(body, end) == len(body) else None


def decode_call(body: str) -> tuple[str, dict[str, Any]] | None:
    """A whole call written as a JSON object: (name, argument tree), or None."""
    try:
        value = json.loads(body)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        return None
    arguments = value.get("arguments", value.get("parameters", {}))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except ValueError:
            return None
    if not isinstance(arguments, dict) or set(value) - {"name", "arguments", "parameters", "type", "id"}:
        return None
    return value["name"], _as_tree(arguments)


def disagreement(tree: Mapping[str, Any], schema: JSONSchema | None) -> str:
    """Why decoded arguments do not fit the tool's top-level schema, or "" when they fit."""
    if schema is None:
        return ""
    properties = schema.get("properties")
    problems = []
    if isinstance(properties, Mapping) and schema.get("additionalProperties", False) in (False, None):
        unknown = [key for key in tree if key not in properties]
        if unknown:
            problems.append(f"unknown key(s) {', '.join(map(repr, unknown))}")
    required = schema.get("required")
    if isinstance(required, list):
        missing = [key for key in required if isinstance(key, str) and key not in tree]
        if missing:
            problems.append(f"missing required key(s) {', '.join(map(repr, missing))}")
    return "; ".join(problems)


def _as_tree(value: Any) -> Any:
    """JSON values as the scanner's leaves: strings stay ``str``, other scalars become `Bare` text."""
    if isinstance(value, dict):
        return {str(key): _as_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_tree(item) for item in value]
    if isinstance(value, str):
        return value
    return Bare(json.dumps(value))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


class _Loose:
    """Gemma 4 argument syntax in which a string may also be a JSON ``"..."`` string (keys too)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def object(self, pos: int) -> tuple[dict[str, Any], int]:
        text = self.text
        if not text.startswith("{", pos):
            raise ValueError("not an object")
        result: dict[str, Any] = {}
        pos = _skip_space(text, pos + 1)
        if text.startswith("}", pos):
            return result, pos + 1
        while True:
            key, pos = self.key(pos)
            if key in result or not key:
                raise ValueError("empty or repeated key")
            pos = _skip_space(text, pos)
            if not text.startswith(":", pos):
                raise ValueError("no colon")
            result[key], pos = self.value(_skip_space(text, pos + 1))
            pos = _skip_space(text, pos)
            if text.startswith("}", pos):
                return result, pos + 1
            if not text.startswith(",", pos):
                raise ValueError("no separator")
            pos = _skip_space(text, pos + 1)

    def key(self, pos: int) -> tuple[str, int]:
        text = self.text
        if text.startswith('"', pos) or text.startswith(DELIM, pos):
            key, pos = self.string(pos)
            return key, pos
        end = pos
        while end < len(text) and text[end] not in ':,{}[]"<' + _SPACE:
            end += 1
        return text[pos:end], end

    def string(self, pos: int) -> tuple[str, int]:
        text = self.text
        if text.startswith(DELIM, pos):
            end = text.find(DELIM, pos + len(DELIM))
            if end == -1:
                raise ValueError("unterminated string")
            return text[pos + len(DELIM) : end], end + len(DELIM)
        value, end = _DECODER.raw_decode(text, pos)  # text[pos] is '"': a JSON string, escapes and all
        return str(value), end

    def value(self, pos: int) -> tuple[Any, int]:
        text = self.text
        if text.startswith("{", pos):
            return self.object(pos)
        if text.startswith("[", pos):
            items: list[Any] = []
            pos = _skip_space(text, pos + 1)
            if text.startswith("]", pos):
                return items, pos + 1
            while True:
                item, pos = self.value(pos)
                items.append(item)
                pos = _skip_space(text, pos)
                if text.startswith("]", pos):
                    return items, pos + 1
                if not text.startswith(",", pos):
                    raise ValueError("no separator in list")
                pos = _skip_space(text, pos + 1)
        if text.startswith('"', pos) or text.startswith(DELIM, pos):
            return self.string(pos)
        end = pos
        while end < len(text) and text[end] not in ',}]<"':
            end += 1
        token = text[pos:end].strip()
        if not token:
            raise ValueError("empty value")
        return Bare(token), end
