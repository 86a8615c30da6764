"""What the parser tells the model when a call cannot be used: what was wrong, and the correct form.

Each message is meant to be sent back as the failed call's result, so it is written to the model, in
the model's own syntax (FORMAT.md section 6.1), with an example built from the tool's schema when the
tool is known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentkit.gemma4.parse.events import ErrorKind
from agentkit.gemma4.parse.values import JSONSchema, ToolSchemas

Q = '<|"|>'
GENERIC_FORM = f"<|tool_call>call:NAME{{key:{Q}string value{Q},n:3}}<tool_call|>"
_RULES = (
    f"keys are bare (no quotes), every string is wrapped in {Q} on both sides, numbers, true, false "
    "and null are written bare, objects are {...} and lists are [...], and the call ends with <tool_call|>"
)
_MAX_LISTED_TOOLS = 20
_MAX_EXAMPLE_DEPTH = 3


def example_call(name: str | None, schema: JSONSchema | None) -> str:
    """A well-formed call to ``name`` with a placeholder for every parameter in ``schema``."""
    if name is None:
        return GENERIC_FORM
    if schema is None:  # parameters unknown: the generic form, with the name
        return GENERIC_FORM.replace("NAME", name)
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or not properties:
        return f"<|tool_call>call:{name}{{}}<tool_call|>"
    return f"<|tool_call>call:{name}{_example_object(properties, 0)}<tool_call|>"


def _example_object(properties: Mapping[str, Any], depth: int) -> str:
    parts = [f"{key}:{_example_value(properties[key], depth + 1)}" for key in sorted(properties)]
    return "{" + ",".join(parts) + "}"


def _example_value(schema: Any, depth: int) -> str:
    if not isinstance(schema, Mapping):
        return f"{Q}...{Q}"
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and isinstance(enum[0], str):
        return f"{Q}{enum[0]}{Q}"
    declared = schema.get("type")
    if isinstance(declared, list):  # ["integer", "null"]: show the non-null type
        declared = next((t for t in declared if isinstance(t, str) and t != "null"), "string")
    kind = declared.lower() if isinstance(declared, str) else "string"
    if kind == "integer":
        return "3"
    if kind == "number":
        return "1.5"
    if kind == "boolean":
        return "true"
    if kind == "null":
        return "null"
    if kind == "array":
        if depth >= _MAX_EXAMPLE_DEPTH:
            return "[]"
        return "[" + _example_value(schema.get("items"), depth + 1) + "]"
    if kind == "object":
        properties = schema.get("properties")
        if depth >= _MAX_EXAMPLE_DEPTH or not isinstance(properties, Mapping) or not properties:
            return "{}"
        return _example_object(properties, depth)
    return f"{Q}...{Q}"


def message_for_model(error: ErrorKind, detail: str, name: str | None, tools: ToolSchemas | None) -> str:
    """The text to send back to the model for ``error`` on a call to ``name``."""
    known = tools is not None and name is not None and name in tools
    schema = tools.get(name) if (known and tools is not None and name is not None) else None
    form = example_call(name if (known or tools is None) else None, schema)
    which = f" to {name}" if name else ""
    if error is ErrorKind.UNKNOWN_TOOL:
        names = sorted(tools or {})
        listed = ", ".join(names[:_MAX_LISTED_TOOLS]) + (", ..." if len(names) > _MAX_LISTED_TOOLS else "")
        first = names[0] if names else None
        hint = (
            f" Call one of them, for example {example_call(first, (tools or {}).get(first) if first else None)}"
            if first
            else " No tools are available in this conversation; answer without calling a tool."
        )
        return (
            f"There is no tool named {name!r}, so nothing was run. Available tools: {listed or 'none'}.{hint}"
        )
    if error is ErrorKind.TRUNCATED_CALL:
        return (
            f"Your tool call{which} was cut off by the output token limit before it was complete, so "
            f"nothing was run ({detail}). Make the call shorter, for example by splitting long content "
            f"over several calls, and write it whole: {form}"
        )
    if error is ErrorKind.INCOMPLETE_CALL:
        return (
            f"Your tool call{which} ended before it was complete, so nothing was run: {detail}. "
            f"Write the whole call and close it with <tool_call|>: {form}"
        )
    return (
        f"Your tool call{which} could not be parsed, so nothing was run: {detail}. "
        f"Write it as {form} ({_RULES})."
    )
