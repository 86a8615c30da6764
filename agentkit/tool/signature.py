"""A tool's arguments: from a Python signature and docstring to a Pydantic model, and validation
failures turned into a short message the model can act on.

The argument model is built from the type hints (anything Pydantic accepts: models, enums,
``Literal``, ``Optional``, unions, lists, dicts, ``Annotated[..., Field(...)]``, defaults) and the
docstring (Google, NumPy or Sphinx style), whose parameter descriptions go into the schema unless a
``Field`` already gives one. A parameter typed ``RunContext[...]`` is injected by the run and left
out of the model.
"""

from __future__ import annotations

import inspect
import sys
import typing
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import docstring_parser
from pydantic import BaseModel, ConfigDict, Field, PydanticUserError, ValidationError, create_model
from pydantic.fields import FieldInfo

from agentkit.gemma4.schema import describe_schema, json_text
from agentkit.tool.context import RunContext

_MISSING: Final = object()
_VALUE_PREVIEW_CHARS: Final = 80


class ToolDefinitionError(TypeError):
    """A tool cannot be built as declared; the message names the tool, the parameter and the fix."""


class ToolDefinitionWarning(UserWarning):
    """Something in a tool's declaration looks wrong but does not stop it from working."""


@dataclass(frozen=True)
class ArgumentProblem:
    """One thing wrong with the arguments of a call.

    ``field`` is where (``limit``, ``filter.lang``, ``tags[2]``; empty for the arguments as a
    whole), ``kind`` one of ``missing``, ``unexpected``, ``invalid``; ``expected`` a type phrase
    (``integer``, ``array of string``, ``"a" | "b"``); ``received`` the value given (absent for
    ``missing``); ``detail`` the validator's own words.
    """

    field: str
    kind: str
    expected: str
    received: Any = _MISSING
    detail: str = ""

    def line(self) -> str:
        where = self.field or "arguments"
        expected = f" (expected {self.expected})" if self.expected else ""
        if self.kind == "missing":
            return f"- {where}: missing required argument{expected}."
        if self.kind == "unexpected":
            return f"- {where}: not an argument of this tool; got {_preview(self.received)}. {self.detail}".rstrip()
        detail = f" {self.detail}" if self.detail else ""
        return (
            f"- {where}: expected {self.expected or 'a valid value'}, got {_preview(self.received)}.{detail}"
        )


class ToolArgumentsInvalid(ValueError):
    """The model's arguments do not fit the tool. ``str(exc)`` is the message for the model."""

    def __init__(self, tool_name: str, problems: Sequence[ArgumentProblem]) -> None:
        self.tool_name = tool_name
        self.problems = tuple(problems)
        super().__init__(format_problems(tool_name, self.problems))


def format_problems(tool_name: str, problems: Sequence[ArgumentProblem]) -> str:
    lines = [f"Invalid arguments for tool {tool_name}; nothing was run. Fix these and call it again:"]
    lines.extend(problem.line() for problem in problems)
    return "\n".join(lines)


def not_a_mapping(arguments: Any) -> ArgumentProblem:
    """The problem when the arguments as a whole are not an object."""
    return ArgumentProblem(
        "", "invalid", "object", arguments, "Arguments must be a mapping of names to values."
    )


def _preview(value: Any) -> str:
    if value is _MISSING:
        return "nothing"
    text = json_text(value)
    if len(text) > _VALUE_PREVIEW_CHARS:
        text = text[: _VALUE_PREVIEW_CHARS - 3] + "..."
    return text


# ----------------------------------------------------------------------------------- signatures


@dataclass(frozen=True)
class Parameter:
    """One model-visible parameter: its Python name and how to pass it."""

    name: str
    field: str  # the attribute on the argument model (aliased to ``name``)
    positional_only: bool


@dataclass(frozen=True)
class FunctionSpec:
    """What :func:`inspect_function` learns from a function."""

    model: type[BaseModel]
    parameters: tuple[Parameter, ...]
    context_parameter: str | None
    description: str
    json_schema: dict[str, Any]

    def validate(
        self, tool_name: str, arguments: Mapping[str, Any], lookup_schema: Mapping[str, Any]
    ) -> BaseModel:
        """The validated argument model, or :class:`ToolArgumentsInvalid` naming every bad field."""
        if not isinstance(arguments, Mapping):
            raise ToolArgumentsInvalid(tool_name, [not_a_mapping(arguments)])
        try:
            return self.model.model_validate(dict(arguments))
        except ValidationError as exc:
            raise ToolArgumentsInvalid(tool_name, pydantic_problems(exc, lookup_schema)) from None

    def call_arguments(self, validated: BaseModel, context: Any) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for the function, the context injected."""
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for parameter in self.parameters:
            value = getattr(validated, parameter.field)
            if parameter.positional_only:
                args.append(value)
            else:
                kwargs[parameter.name] = value
        if self.context_parameter is not None:
            kwargs[self.context_parameter] = context
        return args, kwargs

    def json_arguments(self, validated: BaseModel) -> dict[str, Any]:
        """The validated arguments as JSON values keyed by parameter name (to cross into a sandbox)."""
        return validated.model_dump(mode="json", by_alias=True)


def is_context_annotation(annotation: Any) -> bool:
    return annotation is RunContext or typing.get_origin(annotation) is RunContext


def inspect_function(
    function: Callable[..., Any], *, tool_name: str, skip_first: bool = False, model_name: str | None = None
) -> FunctionSpec:
    """Build the argument model of ``function`` from its signature, type hints and docstring.

    ``skip_first`` drops the first parameter (``self``/``cls`` of a method, bound later).
    """
    where = f"tool {tool_name} ({getattr(function, '__qualname__', function)!r})"
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as exc:
        raise ToolDefinitionError(f"{where}: cannot read its signature: {exc}") from None
    try:
        hints = typing.get_type_hints(function, include_extras=True)
    except (NameError, TypeError, AttributeError, SyntaxError) as exc:
        raise ToolDefinitionError(
            f"{where}: cannot resolve its type hints ({type(exc).__name__}: {exc}); define the types it names at "
            "module level (with `from __future__ import annotations`, hints are evaluated in the module's globals)"
        ) from None
    doc = docstring_parser.parse(inspect.getdoc(function) or "")
    param_docs = {p.arg_name.lstrip("*"): (p.description or "").strip() for p in doc.params}

    fields: dict[str, Any] = {}
    parameters: list[Parameter] = []
    context_parameter: str | None = None
    items = list(signature.parameters.values())
    if skip_first and items:
        items = items[1:]
    for index, param in enumerate(items):
        if param.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            star = "*" if param.kind is inspect.Parameter.VAR_POSITIONAL else "**"
            raise ToolDefinitionError(
                f"{where}: parameter {star}{param.name} cannot be described to the model; list the parameters explicitly"
            )
        if param.name not in hints:
            raise ToolDefinitionError(
                f"{where}: parameter {param.name!r} has no type hint; annotate it (Any accepts any JSON value)"
            )
        annotation = hints[param.name]
        if is_context_annotation(annotation):
            if context_parameter is not None:
                raise ToolDefinitionError(
                    f"{where}: more than one RunContext parameter ({context_parameter}, {param.name})"
                )
            if param.kind is inspect.Parameter.POSITIONAL_ONLY:
                raise ToolDefinitionError(
                    f"{where}: the RunContext parameter {param.name!r} cannot be positional-only"
                )
            context_parameter = param.name
            continue
        internal = f"arg{index}"
        default = ... if param.default is inspect.Parameter.empty else param.default
        description = param_docs.get(param.name, "")
        if isinstance(default, FieldInfo):  # `x: int = Field(5, ge=1)`
            extra = Field(alias=param.name)
            if description and not _has_description(annotation, default):
                extra = Field(alias=param.name, description=description)
            field_info = FieldInfo.merge_field_infos(default, extra)
        elif description and not _has_description(annotation, None):
            field_info = Field(default, alias=param.name, description=description)
        else:
            field_info = Field(default, alias=param.name)
        fields[internal] = (annotation, field_info)
        parameters.append(Parameter(param.name, internal, param.kind is inspect.Parameter.POSITIONAL_ONLY))

    known = {p.name for p in parameters} | ({context_parameter} if context_parameter else set())
    stray = sorted(set(param_docs) - known - {"self", "cls"})
    if stray:
        warnings.warn(
            f"{where}: the docstring documents {', '.join(stray)}, which the signature does not have",
            ToolDefinitionWarning,
            stacklevel=3,
        )
    try:
        model = create_model(
            model_name or f"{tool_name}_arguments",
            __config__=ConfigDict(extra="forbid", arbitrary_types_allowed=False),
            **fields,
        )
        json_schema = model.model_json_schema(by_alias=True)
    except (PydanticUserError, TypeError, ValueError) as exc:  # PydanticSchemaGenerationError is a UserError
        if getattr(exc, "code", None) == "typed-dict-version":
            raise ToolDefinitionError(
                f"{where}: on Python {sys.version_info.major}.{sys.version_info.minor} Pydantic needs "
                "TypedDict from typing_extensions (`from typing_extensions import TypedDict`; a sandboxed "
                "tool may import it), or type the parameter with a dataclass"
            ) from None
        raise ToolDefinitionError(
            f"{where}: its parameter types cannot be turned into a JSON Schema: {exc}"
        ) from None
    return FunctionSpec(
        model=model,
        parameters=tuple(parameters),
        context_parameter=context_parameter,
        description=_description_of(doc),
        json_schema=json_schema,
    )


def _has_description(annotation: Any, default: FieldInfo | None) -> bool:
    if default is not None and default.description:
        return True
    if typing.get_origin(annotation) is typing.Annotated:
        return any(isinstance(m, FieldInfo) and m.description for m in annotation.__metadata__)
    return False


def _description_of(doc: docstring_parser.Docstring) -> str:
    parts = [doc.short_description or "", doc.long_description or ""]
    text = "\n\n".join(part.strip() for part in parts if part and part.strip())
    if doc.returns is not None and doc.returns.description:
        returns = doc.returns.description.strip()
        text = f"{text}\n\nReturns: {returns}" if text else f"Returns: {returns}"
    return text


# ---------------------------------------------------------------------------- validation messages


def node_at(schema: Mapping[str, Any], location: Iterable[Any]) -> tuple[str, Mapping[str, Any]]:
    """The dotted path (``a.b``, ``tags[2]``) and the schema node for a validator's error location.

    Location parts that are not in the schema (Pydantic names the union member it tried, e.g.
    ``int`` or ``list[str]``) are skipped, so union failures land on the field itself.
    """
    path = ""
    node: Mapping[str, Any] = schema
    for part in location:
        if isinstance(part, int) and node.get("type") == "array":
            path += f"[{part}]"
            items = node.get("items")
            node = items if isinstance(items, Mapping) else {}
        elif (
            isinstance(part, str)
            and isinstance(node.get("properties"), Mapping)
            and part in node["properties"]
        ):
            path = f"{path}.{part}" if path else part
            node = node["properties"][part]
        elif isinstance(part, str) and isinstance(node.get("additionalProperties"), Mapping):
            path = f"{path}.{part}" if path else part
            node = node["additionalProperties"]
        # else: a union member tag or a dict-key marker; the field stays the same
    return path, node


def _expected(node: Mapping[str, Any]) -> str:
    return describe_schema(node) if node else ""


def pydantic_problems(error: ValidationError, schema: Mapping[str, Any]) -> list[ArgumentProblem]:
    """One problem per field (union members' failures on the same field are merged)."""
    merged: dict[tuple[str, str], ArgumentProblem] = {}
    allowed = ", ".join((schema.get("properties") or {}).keys()) or "none"
    for item in error.errors(include_url=False):
        location = tuple(item["loc"])
        kind = item["type"]
        if kind == "missing":
            path, node = node_at(schema, location)
            problem = ArgumentProblem(path, "missing", _expected(node))
        elif kind == "extra_forbidden":
            parent_path, parent = node_at(schema, location[:-1])
            path = f"{parent_path}.{location[-1]}" if parent_path else str(location[-1])
            names = ", ".join((parent.get("properties") or {}).keys()) if parent_path else allowed
            problem = ArgumentProblem(
                path, "unexpected", "", item.get("input"), f"Allowed: {names or 'none'}."
            )
        else:
            path, node = node_at(schema, location)
            problem = ArgumentProblem(
                path, "invalid", _expected(node), item.get("input"), _sentence(item["msg"])
            )
        key = (problem.field, problem.kind)
        if key in merged and problem.kind == "invalid":
            previous = merged[key]
            if problem.detail not in previous.detail:
                # The outer value is the one the model wrote; member errors see inner parts of it.
                merged[key] = ArgumentProblem(
                    previous.field,
                    "invalid",
                    previous.expected,
                    previous.received,
                    f"{previous.detail} {problem.detail}",
                )
        else:
            merged.setdefault(key, problem)
    return list(merged.values())


def jsonschema_problems(errors: Iterable[Any], schema: Mapping[str, Any]) -> list[ArgumentProblem]:
    """Problems from ``jsonschema`` errors (``jsonschema.ValidationError``), in path order."""
    problems: list[ArgumentProblem] = []
    seen: set[tuple[str, str]] = set()
    for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        location = list(error.absolute_path)
        path, node = node_at(schema, location)
        if error.validator == "required" and isinstance(error.instance, Mapping):
            for name in error.validator_value:
                if name not in error.instance:
                    child_path, child = node_at(schema, [*location, name])
                    child_path = child_path if child_path.endswith(name) else f"{path}.{name}".lstrip(".")
                    _add(problems, seen, ArgumentProblem(child_path, "missing", _expected(child)))
        elif error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
            known = set((error.schema.get("properties") or {}).keys())
            for name in error.instance:
                if name not in known:
                    extra_path = f"{path}.{name}" if path else name
                    detail = f"Allowed: {', '.join(sorted(known)) or 'none'}."
                    _add(
                        problems,
                        seen,
                        ArgumentProblem(extra_path, "unexpected", "", error.instance[name], detail),
                    )
        else:
            _add(
                problems,
                seen,
                ArgumentProblem(path, "invalid", _expected(node), error.instance, _sentence(error.message)),
            )
    return problems


def _add(problems: list[ArgumentProblem], seen: set[tuple[str, str]], problem: ArgumentProblem) -> None:
    key = (problem.field, problem.kind)
    if key not in seen:
        seen.add(key)
        problems.append(problem)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."
