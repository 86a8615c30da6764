"""Task file errors that name the file, the line, the field and what was expected.

Pydantic reports where a problem is as a path through the *model* (``("engine", "replay", "outputs")``,
where ``"replay"`` is the union member). `problems_from_validation` walks that path through the *data*
instead, skipping the model-only steps, and takes the line from the YAML marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from agentkit.suggest import did_you_mean
from agentkit.task.yaml_source import Located, Mark, Path_


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a task file."""

    mark: Mark | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.mark}: " if self.mark else ""
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class TaskError(ValueError):
    """A task file cannot be used. ``problems`` say where and what; ``str()`` is the report for people."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{source}: {count} problem{'s' if count != 1 else ''}"
        super().__init__("\n".join([head, *(f"  {problem}" for problem in self.problems)]))


def field_name(path: Path_) -> str:
    """``("tools", 2)`` -> ``tools[2]``; ``("engine", "outputs")`` -> ``engine.outputs``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def data_path(data: Any, loc: Iterable[int | str]) -> tuple[Path_, list[int | str]]:
    """Follow ``loc`` through ``data``; returns the path found and the rest that did not match.

    Steps that are not in the data (a union member's name, a validator's label) are skipped while
    the walk can continue below them; a key that is simply absent (a missing field) stays in the rest.
    """
    path: list[int | str] = []
    rest = list(loc)
    node = data
    while rest:
        step = rest[0]
        if _present(node, step):
            node = node[step]
        elif any(_present(node, later) for later in rest[1:]):
            rest.pop(0)  # a model-only step (e.g. the union tag "replay"): skip it
            continue
        else:
            break
        path.append(step)
        rest.pop(0)
    return tuple(path), rest


def _present(node: Any, step: int | str) -> bool:
    if isinstance(node, Mapping):
        return step in node
    return isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)


def problems_from_validation(
    error: ValidationError, located: Located, schema: Mapping[str, Any], *, prefix: Path_ = ()
) -> list[Problem]:
    """One `Problem` per pydantic error, located in the YAML and worded for a person."""
    problems = []
    for detail in error.errors(include_url=False):
        loc = (*prefix, *detail["loc"])
        path, rest = data_path(located.data, loc)
        problems.append(_problem(detail, loc, path, rest, located, schema))
    ordered = sorted(
        problems, key=lambda p: (p.mark.source, p.mark.line, p.mark.column) if p.mark else ("~", 0, 0)
    )
    return _dedupe(ordered)


def _problem(
    detail: ErrorDetails,
    loc: Sequence[int | str],
    path: Path_,
    rest: list[int | str],
    located: Located,
    schema: Mapping[str, Any],
) -> Problem:
    kind = detail["type"]
    mark = located.mark_of(path)
    message = _clean(detail["msg"])
    if kind == "missing":
        missing = field_name((*path, *[step for step in rest if not _is_model_step(step)]))
        expected = _describe(schema, loc)
        return Problem(located.mark_of(path), missing, f"required field is missing{expected}")
    if kind == "extra_forbidden":
        key = path[-1] if path else (rest[-1] if rest else "?")
        allowed = allowed_keys(schema, loc[:-1])
        hint = suggest(str(key), allowed)
        listing = f" (expected one of: {', '.join(allowed)})" if allowed else ""
        return Problem(mark, field_name(path), f"unknown field {key!r}{hint}{listing}")
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        context = detail.get("ctx") or {}
        discriminator = str(context.get("discriminator", "kind")).strip("'")
        tags = union_tags(schema, loc)
        got = context.get("tag")
        tag_path = (*path, discriminator)
        if kind == "union_tag_not_found":
            return Problem(mark, field_name(path), f"needs '{discriminator}: ...', one of: {', '.join(tags)}")
        hint = suggest(str(got), tags)
        return Problem(
            located.mark_of(tag_path),
            field_name(tag_path),
            f"unknown {discriminator} {got!r}{hint} (expected one of: {', '.join(tags)})",
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        message = "expected a mapping of fields (key: value lines)"
    if kind == "bool_type" and isinstance(detail.get("input"), str):
        message = "expected true or false (YAML 1.1 words such as yes/no/on/off are not booleans here)"
    got = detail.get("input")
    if (
        kind not in ("missing", "extra_forbidden")
        and not isinstance(got, dict | list)
        and repr(got) not in message
    ):
        message += f" (got {_show(got)})"
    elif isinstance(got, list) and kind.endswith("_type"):
        message += " (got a list)"
    if kind == "literal_error":
        expected = (detail.get("ctx") or {}).get("expected", "")
        options = [option.strip().strip("'") for option in str(expected).replace(" or ", ",").split(",")]
        message += suggest(str(detail.get("input")), [option for option in options if option])
    # A model-level check that names its field first ("user: never root") is located at that field.
    named = re.match(r"(\w+): ", message)
    node = _value_at(located.data, path)
    if named and isinstance(node, Mapping) and named.group(1) in node:
        path = (*path, named.group(1))
        return Problem(located.mark_of(path), field_name(path), message[named.end() :])
    return Problem(mark, field_name(path), message)


def _value_at(data: Any, path: Path_) -> Any:
    for step in path:
        data = data[step]
    return data


def _is_model_step(step: int | str) -> bool:
    return isinstance(step, str) and ("[" in step or step in ("replay", "http", "vllm", "transformers"))


def _clean(message: str) -> str:
    # "Value error, xyz" is pydantic's wrapping of our own ValueError text: keep only ours.
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def _show(value: Any) -> str:
    text = repr(value)
    kind = type(value).__name__
    shown = text if len(text) <= 60 else text[:57] + "..."
    return f"{kind} {shown}" if not isinstance(value, str) else shown


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    unique = []
    for problem in problems:
        if str(problem) not in seen:
            seen.add(str(problem))
            unique.append(problem)
    return unique


def suggest(word: str, options: Sequence[str]) -> str:
    hint = did_you_mean(word, options)
    return f"; {hint}" if hint else ""


# -- the JSON Schema, walked along an error's path ---------------------------------------------------


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        node = schema.get("$defs", {}).get(name, {})
    return node


def _step(schema: Mapping[str, Any], node: Mapping[str, Any], step: int | str) -> Mapping[str, Any] | None:
    node = _resolve(schema, node)
    properties = node.get("properties", {})
    if isinstance(step, str) and step in properties:
        return properties[step]  # type: ignore[no-any-return]
    mapping = (node.get("discriminator") or {}).get("mapping", {})
    if step in mapping:
        return {"$ref": mapping[step]}
    for option in node.get("anyOf", []) + node.get("oneOf", []):
        found = _step(schema, option, step)
        if found is not None:
            return found
    if isinstance(step, int) and "items" in node:
        return node["items"]  # type: ignore[no-any-return]
    if isinstance(node.get("additionalProperties"), dict) and isinstance(step, str):
        return node["additionalProperties"]  # type: ignore[no-any-return]
    return None


def _node_at(schema: Mapping[str, Any], loc: Sequence[int | str]) -> Mapping[str, Any] | None:
    node: Mapping[str, Any] | None = schema
    for step in loc:
        if node is None:
            return None
        found = _step(schema, node, step)
        if found is not None:
            node = found  # otherwise a model-only step: stay
    return _resolve(schema, node) if node is not None else None


def union_tags(schema: Mapping[str, Any], loc: Sequence[int | str]) -> list[str]:
    """The tags of the discriminated union the JSON Schema has at ``loc`` (engine kinds)."""
    node = _node_at(schema, loc)
    mapping = (node or {}).get("discriminator", {}).get("mapping", {})
    return sorted(mapping)


def allowed_keys(schema: Mapping[str, Any], loc: Sequence[int | str]) -> list[str]:
    """The field names of the object the JSON Schema describes at ``loc``."""
    node = _node_at(schema, loc)
    if node is None:
        return []
    keys = list(node.get("properties", {}))
    for option in node.get("anyOf", []):
        keys += [key for key in _resolve(schema, option).get("properties", {}) if key not in keys]
    return keys


def _describe(schema: Mapping[str, Any], loc: Sequence[int | str]) -> str:
    node = _node_at(schema, loc)
    description = node.get("description") if node else None
    return f" ({description})" if description else ""
