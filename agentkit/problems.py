"""Validation problems, and the one writer that turns them into messages.

Three things are validated and reported: a tool call's arguments (to the model), the final answer
against ``output_type`` (to the model) and a task file (to a person). Each failure is a `Problem`:
where (the path in the data, and for files the file:line:col), what kind (a value missing, one that
should not be there, one that is wrong), what was expected, what was received, the validator's own
words, and an optional "did you mean" from `agentkit.suggest`. `Problem.line` writes one; `report`
writes several under a heading. `from_pydantic` and `from_jsonschema` make problems from the two
validators' errors, finding what was expected with the one schema walker (`agentkit.schema_walk`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, Literal, Protocol

from pydantic import ValidationError

from agentkit.gemma4.schema import describe_schema, json_text
from agentkit.schema_walk import SchemaWalker, Step
from agentkit.suggest import closest

Kind = Literal["missing", "unexpected", "invalid"]


class _Nothing:
    def __repr__(self) -> str:
        return "NOTHING"


#: ``received`` of a problem where nothing was given (a missing value) or the value is not shown.
NOTHING: Final = _Nothing()
_PREVIEW_CHARS: Final = 80


class FileMark(Protocol):
    """A place in a file: ``str()`` is ``file:line:col`` (`agentkit.task.yaml_source.Mark`)."""

    @property
    def source(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


@dataclass(frozen=True)
class Problem:
    """One thing wrong with validated data.

    * ``path``: where in the data (``("tools", 2, "name")``; empty for the data as a whole);
    * ``kind``: ``missing`` (a required value is absent), ``unexpected`` (a key that is not allowed),
      ``invalid`` (a value of the wrong shape);
    * ``expected``: what was expected there, a phrase (``integer``, ``"a" | "b"``; for ``unexpected``,
      the names that are allowed);
    * ``received``: the value given (`NOTHING` when absent or not worth showing);
    * ``detail``: the validator's own words, or ours, for what was wrong;
    * ``suggestion``: the closest valid name to what was written (did you mean);
    * ``mark``: for a file, where the value is written.
    """

    path: tuple[Step, ...] = ()
    kind: Kind = "invalid"
    expected: str = ""
    received: Any = NOTHING
    detail: str = ""
    suggestion: str | None = None
    mark: FileMark | None = None

    @property
    def field(self) -> str:
        return field_name(self.path)

    def line(self, *, noun: str = "field", whole: str = "") -> str:
        """The problem as one line: ``[mark: ][field: ]what``. ``noun`` names what the keys are
        (``argument``, ``field``); ``whole`` labels an empty path (``arguments``)."""
        where = self.field or whole
        prefix = (f"{self.mark}: " if self.mark else "") + (f"{where}: " if where else "")
        return prefix + self._what(noun)

    def _what(self, noun: str) -> str:
        got = "" if self.received is NOTHING else preview(self.received)
        hint = f"; did you mean {self.suggestion!r}?" if self.suggestion else ""
        if self.kind == "missing":
            expected = f" (expected {self.expected})" if self.expected else ""
            return _join(f"missing required {noun}{expected}{hint}", self.detail)
        if self.kind == "unexpected":
            text = f"unknown {noun}" + (f", got {got}" if got else "") + hint
            return _join(text, f"Allowed: {self.expected}." if self.expected else "")
        if not self.expected:  # our own words say it all (a model's check, a template error)
            said = got and (got in self.detail or str(self.received) in self.detail)
            shown = f" (got {got})" if got and not said else ""
            return f"{self.detail or 'invalid value'}{shown}{hint}"
        return _join(f"expected {self.expected}" + (f", got {got}" if got else "") + hint, self.detail)

    def __str__(self) -> str:
        return self.line()


def report(head: str, problems: Iterable[Problem], *, noun: str, whole: str = "", bullet: str = "- ") -> str:
    """``head`` and one line per problem, each after ``bullet``."""
    return "\n".join([head, *(bullet + problem.line(noun=noun, whole=whole) for problem in problems)])


def field_name(path: Sequence[Step]) -> str:
    """``("tools", 2)`` -> ``tools[2]``; ``("engine", "outputs")`` -> ``engine.outputs``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def preview(value: Any) -> str:
    """A value as a message shows it: JSON, cut to a readable length."""
    text = json_text(value)
    return text if len(text) <= _PREVIEW_CHARS else text[: _PREVIEW_CHARS - 3] + "..."


def sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _join(head: str, detail: str) -> str:
    head = sentence(head)
    return f"{head} {sentence(detail)}" if detail else head


def unknown_key(path: tuple[Step, ...], allowed: Sequence[str], **more: Any) -> Problem:
    """A key that is not allowed at ``path`` (its last step), with the closest allowed name."""
    return Problem(
        path, "unexpected", ", ".join(allowed) or "none", suggestion=closest(str(path[-1]), allowed), **more
    )


# ---------------------------------------------------------------------- from the validators' errors


def from_pydantic(error: ValidationError, schema: Mapping[str, Any]) -> list[Problem]:
    """One problem per field from Pydantic's errors, ``expected`` read from ``schema`` at each error's
    location (the failures of a union's members on one field are merged into one problem)."""
    walker = SchemaWalker(schema)
    merged: dict[tuple[str, str], Problem] = {}
    for item in error.errors(include_url=False):
        location = tuple(item["loc"])
        kind = item["type"]
        if kind == "missing":
            found = walker.locate(location)
            problem = Problem(found.path, "missing", _expected(found.node, walker))
        elif kind == "extra_forbidden":
            parent = walker.locate(location[:-1])
            problem = unknown_key(
                (*parent.path, location[-1]), _keys(parent.node), received=item.get("input")
            )
        else:
            found = walker.locate(location)
            problem = Problem(
                found.path, "invalid", _expected(found.node, walker), item.get("input"), sentence(item["msg"])
            )
        key = (problem.field, problem.kind)
        previous = merged.get(key)
        if previous is None:
            merged[key] = problem
        elif problem.kind == "invalid" and problem.detail not in previous.detail:
            # The outer value is the one that was written; the members' errors see inner parts of it.
            merged[key] = replace(previous, detail=f"{previous.detail} {problem.detail}")
    return list(merged.values())


def from_jsonschema(errors: Iterable[Any], schema: Mapping[str, Any]) -> list[Problem]:
    """Problems from ``jsonschema`` errors (``jsonschema.ValidationError``), in path order."""
    walker = SchemaWalker(schema)
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()

    def add(problem: Problem) -> None:
        if (problem.field, problem.kind) not in seen:
            seen.add((problem.field, problem.kind))
            problems.append(problem)

    for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        location = tuple(error.absolute_path)
        if error.validator == "required" and isinstance(error.instance, Mapping):
            for name in error.validator_value:
                if name not in error.instance:
                    found = walker.locate((*location, name))
                    add(Problem((*location, name), "missing", _expected(found.node, walker)))
        elif error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
            known = sorted((error.schema.get("properties") or {}).keys())
            for name in error.instance:
                if name not in known:
                    add(unknown_key((*location, name), known, received=error.instance[name]))
        else:
            found = walker.locate(location)
            add(
                Problem(
                    location,
                    "invalid",
                    _expected(found.node, walker),
                    error.instance,
                    sentence(error.message),
                )
            )
    return problems


def _expected(node: Mapping[str, Any], walker: SchemaWalker) -> str:
    # A Pydantic or hand-written schema names its models by $ref; the phrase shows what they are.
    return describe_schema(walker.expand(node)) if node else ""


def _keys(node: Mapping[str, Any]) -> list[str]:
    properties = node.get("properties")
    return list(properties) if isinstance(properties, Mapping) else []
