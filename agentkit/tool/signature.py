"""A tool's arguments: from a Python signature and docstring to a Pydantic model; a validation
failure is `ToolArgumentsInvalid`, written by the shared problem writer (`agentkit.problems`).

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import docstring_parser
from pydantic import BaseModel, ConfigDict, Field, PydanticUserError, ValidationError, create_model
from pydantic.fields import FieldInfo

from agentkit.problems import Problem, from_pydantic, report
from agentkit.tool.context import RunContext


class ToolDefinitionError(TypeError):
    """A tool cannot be built as declared; the message names the tool, the parameter and the fix."""


class ToolDefinitionWarning(UserWarning):
    """Something in a tool's declaration looks wrong but does not stop it from working."""


class ToolArgumentsInvalid(ValueError):
    """The model's arguments do not fit the tool. ``str(exc)`` is the message for the model;
    ``problems`` the `agentkit.problems.Problem` list it was written from."""

    def __init__(self, tool_name: str, problems: Sequence[Problem]) -> None:
        self.tool_name = tool_name
        self.problems = tuple(problems)
        head = f"Invalid arguments for tool {tool_name}; nothing was run. Fix these and call it again:"
        super().__init__(report(head, self.problems, noun="argument", whole="arguments"))


def not_a_mapping(arguments: Any) -> Problem:
    """The problem when the arguments as a whole are not an object."""
    return Problem((), "invalid", "object", arguments, "Arguments must be a mapping of names to values.")


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
            raise ToolArgumentsInvalid(tool_name, from_pydantic(exc, lookup_schema)) from None

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
