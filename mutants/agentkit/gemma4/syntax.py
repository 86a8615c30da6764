"""How the official Gemma 4 template writes values: arguments, tool results, tool declarations.

Each function here is the Python twin of one macro in the template (``format_argument``,
``format_tool_response_block``, ``format_function_declaration`` with ``format_parameters``,
``strip_thinking``), reproducing what Jinja does with the same data, quirks included:

* mapping keys are sorted case-insensitively (Jinja's ``dictsort``), ties keeping their order;
* strings are wrapped in ``<|"|>`` with no escaping at all;
* numbers print as Python's ``str`` (``1e-05``, ``0.5``), booleans as ``true``/``false``;
* ``None`` prints as the revision says: ``None`` in 2026-04-28 (a template bug, kept for fidelity),
  ``null`` in 2026-07-09 (the ``null`` argument below);
* a key a schema lacks reads as Jinja's "undefined": empty when printed, false when tested.

The declaration code mirrors the template's structure closely so that a reader can check one against
the other; it is not a general JSON Schema translator (that is `agentkit.gemma4.schema`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

QUOTE: Final = '<|"|>'
# The keys format_parameters skips when it lists an object schema's own keys as properties.
_STANDARD_KEYS: Final = frozenset({"description", "type", "properties", "required", "nullable"})


class _Undefined:
    """Jinja's undefined: prints as nothing, tests false, is neither a mapping nor a sequence."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "Undefined"


UNDEFINED: Final = _Undefined()


class DeclarationError(ValueError):
    """A tool declaration the template could not render (the text names the tool and the key)."""


def _get(obj: Any, key: str) -> Any:
    # Jinja's obj['key']: a missing key, or a non-mapping obj, is undefined.
    if isinstance(obj, Mapping):
        return obj.get(key, UNDEFINED)
    return UNDEFINED


def _text(value: Any) -> str:
    # What {{ value }} prints.
    if type(value) is str:
        return value
    if value is UNDEFINED:
        return ""
    return str(value)


def _upper(value: Any) -> str:
    # Jinja's `upper` filter: the printed form, upper-cased (a list type prints as its repr).
    return _text(value).upper()


def _sort_key(item: tuple[Any, Any]) -> Any:
    key = item[0]
    return key.lower() if isinstance(key, str) else key


def sorted_items(mapping: Mapping[Any, Any]) -> list[tuple[Any, Any]]:
    """Jinja's ``dictsort``: by key, case-insensitively, stable."""
    return sorted(mapping.items(), key=_sort_key)


def _is_sequence(value: Any) -> bool:
    # Jinja's `is sequence`: anything with a length and item access (strings and mappings are
    # tested before this in format_argument).
    try:
        len(value)
        value.__getitem__  # noqa: B018 - the attribute lookup is the test
    except (TypeError, AttributeError):
        return False
    return True


def format_value(value: Any, *, escape_keys: bool, null: str) -> str:
    """``format_argument``: one argument or result value in the Gemma syntax.

    ``null`` is what None prints as: ``"None"`` (2026-04-28) or ``"null"`` (2026-07-09).
    """
    kind = type(value)
    if kind is str:
        return QUOTE + str(value) + QUOTE
    if value is None:
        return null
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return str(value)
    if isinstance(value, str):
        return QUOTE + str(value) + QUOTE
    if isinstance(value, Mapping):
        if escape_keys:
            body = ",".join(
                QUOTE + _key_text(k) + QUOTE + ":" + format_value(v, escape_keys=True, null=null)
                for k, v in sorted_items(value)
            )
        else:
            body = ",".join(
                _text(k) + ":" + format_value(v, escape_keys=False, null=null) for k, v in sorted_items(value)
            )
        return "{" + body + "}"
    if _is_sequence(value):
        return "[" + ",".join(format_value(v, escape_keys=escape_keys, null=null) for v in value) + "]"
    return _text(value)


def _key_text(key: Any) -> str:
    # '<|"|>' + key + '<|"|>' only works for string keys; JSON keys always are.
    if not isinstance(key, str):
        raise TypeError(f"mapping key {key!r} is not a string")
    return key


def format_tool_response(name: str, response: Any, *, null: str) -> str:
    """``format_tool_response_block``: ``<|tool_response>response:NAME{...}<tool_response|>``."""
    if isinstance(response, Mapping):
        body = ",".join(
            _text(k) + ":" + format_value(v, escape_keys=False, null=null) for k, v in sorted_items(response)
        )
    else:
        body = "value:" + format_value(response, escape_keys=False, null=null)
    return "<|tool_response>response:" + name + "{" + body + "}<tool_response|>"


def strip_thinking(text: str) -> str:
    """``strip_thinking``: drop every ``<|channel>...<channel|>`` span, then trim."""
    if "<channel|>" not in text and "<|channel>" not in text:
        return text.strip()
    kept = []
    for part in text.split("<channel|>"):
        kept.append(part.split("<|channel>")[0] if "<|channel>" in part else part)
    return "".join(kept).strip()


def _quoted_list(items: Any) -> str:
    # required:[<|"|>a<|"|>,...]: each item printed, not escaped
    return ",".join(QUOTE + _text(item) + QUOTE for item in items)


def _format_items(items: Mapping[str, Any], *, null: str) -> str:
    parts = []
    for key, value in sorted_items(items):
        if value is None:
            continue
        if key == "properties":
            inner = (
                _format_parameters(value, filter_keys=False, null=null) if isinstance(value, Mapping) else ""
            )
            parts.append("properties:{" + inner + "}")
        elif key == "required":
            parts.append("required:[" + _quoted_list(value) + "]")
        elif key == "type":
            if isinstance(value, str):
                parts.append("type:" + format_value(value.upper(), escape_keys=True, null=null))
            else:
                upper = [_upper(v) for v in value]
                parts.append("type:" + format_value(upper, escape_keys=True, null=null))
        else:
            parts.append(_text(key) + ":" + format_value(value, escape_keys=True, null=null))
    return ",".join(parts)


def _format_parameters(properties: Mapping[str, Any], *, filter_keys: bool, null: str) -> str:
    """``format_parameters``: the properties of an object schema, sorted, each ``key:{...}``."""
    out = []
    for key, value in sorted_items(properties):
        if filter_keys and key in _STANDARD_KEYS:
            continue
        fields = []
        description = _get(value, "description")
        if description:
            fields.append("description:" + QUOTE + _text(description) + QUOTE)
        kind = _upper(_get(value, "type"))
        if kind == "STRING":
            enum = _get(value, "enum")
            if enum:
                fields.append("enum:" + format_value(enum, escape_keys=True, null=null))
        elif kind == "ARRAY":
            items = _get(value, "items")
            if isinstance(items, Mapping) and items:
                fields.append("items:{" + _format_items(items, null=null) + "}")
        if _get(value, "nullable"):
            fields.append("nullable:true")
        if kind == "OBJECT":
            nested = _get(value, "properties")
            if isinstance(nested, Mapping):
                fields.append("properties:{" + _format_parameters(nested, filter_keys=False, null=null) + "}")
            elif isinstance(value, Mapping):
                # No properties mapping: the template lists the schema's other keys as if properties.
                fields.append("properties:{" + _format_parameters(value, filter_keys=True, null=null) + "}")
            required = _get(value, "required")
            if required:
                fields.append("required:[" + _quoted_list(required) + "]")
        fields.append("type:" + QUOTE + kind + QUOTE)
        out.append(_text(key) + ":{" + ",".join(fields) + "}")
    return ",".join(out)


def format_declaration(tool: Mapping[str, Any], *, null: str, where: str = "tool") -> str:
    """``format_function_declaration``: ``declaration:NAME{description:...,parameters:{...}}``.

    ``tool`` is an OpenAI-format declaration ``{"type": "function", "function": {...}}``. The output
    keeps the template's quirks: a ``parameters`` without ``type`` is left unclosed with a trailing
    comma, a ``response`` whose type is not OBJECT likewise, exactly as the template prints them.
    """
    function = tool.get("function") if isinstance(tool, Mapping) else None
    if not isinstance(function, Mapping):
        raise DeclarationError(
            f"{where}: expected an OpenAI-format declaration {{'type': 'function', 'function': {{...}}}}"
        )
    try:
        return _format_function(function, null=null)
    except (TypeError, AttributeError) as error:
        raise DeclarationError(f"{where} ({_text(function.get('name'))}): cannot render: {error}") from error


def _format_function(function: Mapping[str, Any], *, null: str) -> str:
    out = "declaration:" + _text(_get(function, "name"))
    out += "{description:" + QUOTE + _text(_get(function, "description")) + QUOTE
    params = _get(function, "parameters")
    if params:
        out += ",parameters:{"
        properties = _get(params, "properties")
        if properties:
            if not isinstance(properties, Mapping):
                raise TypeError("parameters.properties is not a mapping")
            out += "properties:{" + _format_parameters(properties, filter_keys=False, null=null) + "},"
        required = _get(params, "required")
        if required:
            out += "required:[" + _quoted_list(required) + "],"
        kind = _get(params, "type")
        if kind:
            out += "type:" + QUOTE + _upper(kind) + QUOTE + "}"
    if "response" in function:
        response = function["response"]
        out += ",response:{"
        description = _get(response, "description")
        if description:
            out += "description:" + QUOTE + _text(description) + QUOTE + ","
        if _upper(_get(response, "type")) == "OBJECT":
            out += "type:" + QUOTE + _upper(_get(response, "type")) + QUOTE + "}"
    return out + "}"
