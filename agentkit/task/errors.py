"""Task file errors that name the file, the line, the field and what was expected.

A problem is the shared `agentkit.problems.Problem` (written by its one writer) with a ``mark``;
what was expected is read from the task file's JSON Schema with the one schema walker.

Pydantic reports where a problem is as a path through the *model* (``("engine", "replay", "outputs")``,
where ``"replay"`` is the union member). `problems_from_validation` walks that path through the *data*
instead, skipping the model-only steps, and takes the line from the YAML marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from agentkit.gemma4.schema import describe_schema, json_text
from agentkit.problems import NOTHING, Problem, field_name, report, unknown_key
from agentkit.schema_walk import SchemaWalker
from agentkit.suggest import closest, suggest
from agentkit.task.yaml_source import Located, Mark, Path_

__all__ = [
    "Problem",
    "TaskError",
    "allowed_keys",
    "field_name",
    "problem_at",
    "problems_from_validation",
    "suggest",
]


def problem_at(mark: Mark | None, path: Path_, message: str) -> Problem:
    """A problem in our own words about the value at ``path``, written at ``mark``."""
    return Problem(tuple(path), detail=message, mark=mark)


class TaskError(ValueError):
    """A task file cannot be used. ``problems`` say where and what; ``str()`` is the report for people."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{source}: {count} problem{'s' if count != 1 else ''}"
        super().__init__(report(head, self.problems, noun="field", bullet="  "))


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
    walker = SchemaWalker(schema)
    problems = []
    for detail in error.errors(include_url=False):
        loc = (*prefix, *detail["loc"])
        path, rest = data_path(located.data, loc)
        problems.append(_problem(detail, loc, path, rest, located, walker))
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
    walker: SchemaWalker,
) -> Problem:
    kind = detail["type"]
    mark = located.mark_of(path)
    message = _clean(detail["msg"])
    got = detail.get("input")
    if kind == "missing":
        missing = (*path, *[step for step in rest if not _is_model_step(step)])
        node = walker.locate(loc).node
        return Problem(
            missing, "missing", _expected(walker, node), detail=node.get("description", ""), mark=mark
        )
    if kind == "extra_forbidden":
        key = path[-1] if path else (rest[-1] if rest else "?")
        return unknown_key((*path[:-1], key), allowed_keys(walker, loc[:-1]), mark=mark)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        context = detail.get("ctx") or {}
        discriminator = str(context.get("discriminator", "kind")).strip("'")
        tags = union_tags(walker, loc)
        tag_path = (*path, discriminator)
        expected = " | ".join(json_text(tag) for tag in tags)
        if kind == "union_tag_not_found":
            return Problem(tag_path, "missing", expected, mark=mark)
        tag = context.get("tag")
        return Problem(
            tag_path,
            "invalid",
            expected,
            tag,
            suggestion=closest(str(tag), tags),
            mark=located.mark_of(tag_path),
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return Problem(path, "invalid", "a mapping of fields (key: value lines)", _shown(got), mark=mark)
    if kind == "bool_type" and isinstance(got, str):
        yaml11 = "YAML 1.1 words such as yes/no/on/off are not booleans here"
        return Problem(path, "invalid", "true or false", got, yaml11, mark=mark)
    if kind == "literal_error":
        expected = str((detail.get("ctx") or {}).get("expected", ""))
        options = [option.strip().strip("'") for option in expected.replace(" or ", ",").split(",")]
        options = [option for option in options if option]
        return Problem(
            path, "invalid", " | ".join(json_text(o) for o in options), got, suggestion=closest(str(got), options),
            mark=mark,
        )  # fmt: skip
    if kind.endswith(("_type", "_parsing")):
        node = walker.locate(loc).node
        return Problem(path, "invalid", _expected(walker, node), _shown(got), message, mark=mark)
    # A model-level check that names its field first ("user: never root") is located at that field.
    named = re.match(r"(\w+): ", message)
    node_value = _value_at(located.data, path)
    if named and isinstance(node_value, Mapping) and named.group(1) in node_value:
        path = (*path, named.group(1))
        return Problem(path, "invalid", detail=message[named.end() :], mark=located.mark_of(path))
    return Problem(path, "invalid", received=_shown(got), detail=message, mark=mark)


def _shown(value: Any) -> Any:
    # A whole mapping or list is not worth repeating back: the line number shows where it is.
    return NOTHING if isinstance(value, dict | list) else value


def _expected(walker: SchemaWalker, node: Mapping[str, Any]) -> str:
    return describe_schema(walker.expand(node)) if node else ""


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


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    unique = []
    for problem in problems:
        if str(problem) not in seen:
            seen.add(str(problem))
            unique.append(problem)
    return unique


# -- the task file's JSON Schema at an error's location ----------------------------------------------


def union_tags(walker: SchemaWalker, loc: Sequence[int | str]) -> list[str]:
    """The tags of the discriminated union the JSON Schema has at ``loc`` (engine kinds)."""
    node = walker.locate(loc).node
    return sorted((node.get("discriminator") or {}).get("mapping") or {})


def allowed_keys(walker: SchemaWalker, loc: Sequence[int | str]) -> list[str]:
    """The field names of the object the JSON Schema describes at ``loc`` (and of its alternatives)."""
    node = walker.locate(loc).node
    keys = list(node.get("properties") or {})
    for option in node.get("anyOf") or ():
        keys += [key for key in walker.deref(option).get("properties") or {} if key not in keys]
    return keys
