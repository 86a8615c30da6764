"""Typing the values of a parsed tool call, by the tool's JSON Schema where it is known.

The call grammar has two kinds of leaf: a string between ``<|"|>`` delimiters, and a bare value
(``20``, ``true``, ``null``, ``-1.5e3``, or anything else the model wrote without delimiters). The
argument scanner keeps bare values as `Bare` (a ``str`` subclass) so this module can type them.

Policy (FORMAT.md section 6.2: vLLM >= 0.24 with schema coercion, plus the cases it leaves open):

* With a schema for the field, its types are read from ``type`` (a name or a list), ``enum`` and
  ``const`` values, ``nullable: true``, ``anyOf``/``oneOf``/``allOf`` and local ``$ref``.
  A bare value is tried as null, integer, number, boolean, string, in that order (vLLM's priority),
  and takes the first type that both the schema allows and the text reads as:

  - null: ``null`` (any case); ``None`` too (the v3 template writes Python ``None``) unless the field
    also allows strings.
  - integer: an optional ``-`` and digits, or a number with an integral value (``3.0``, ``1e3``).
    Leading zeros read as an integer (``007`` -> 7) only when the field does not also allow strings:
    ``007`` for a string field, or a string-or-integer field, stays ``"007"``.
  - number: a finite decimal or exponent number; an integral value becomes an int (vLLM does the same).
  - boolean: ``true``/``false`` (any case), ``1``/``0``.
  - string: the text as written, stripped of surrounding whitespace.

  If nothing fits (``abc`` for an integer field) the value is typed as without a schema; validating the
  arguments is the tool layer's job, and it gets the model's value, not a guess.
* A ``<|"|>``-quoted value is a string unless the field's schema does not allow strings; then it is
  typed like a bare value, ``object``/``array`` fields also reading JSON text, and the call reports
  `Repair.QUOTED_VALUE_COERCED`. If nothing fits it stays the string.
* Without a schema (unknown tool, no tools configured, a key the schema does not describe), bare
  values are typed as JSON would read them (as vLLM 0.23 did): ``true``/``false``/``null``, and numbers
  in JSON syntax (``-0.5``, ``1e-05``, ``20``) become bool/None/int/float. Anything else stays a string,
  so ``007``, ``+5``, ``.5``, ``1.``, ``1_000``, ``inf`` and ``NaN`` keep their exact text.
  Quoted strings always stay strings.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypeGuard

from agentkit.gemma4.parse.events import Repair
from agentkit.schema_walk import SchemaRefError, SchemaWalker

JSONSchema: TypeAlias = Mapping[str, Any]
ToolSchemas: TypeAlias = Mapping[str, JSONSchema | None]
"""Tool name -> the JSON Schema of its parameters (None: known tool, arguments untyped)."""


class Bare(str):
    """A value the model wrote without string delimiters, waiting to be typed."""

    __slots__ = ()


_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_JSON_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_LOOSE_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_LOOSE_INT = re.compile(r"-?[0-9]+")
_MISSING: Any = object()
_MAX_REF_HOPS = 32

# vLLM's coercion order; "string" last among the scalars so a number-looking value in a
# string-or-number field becomes a number, as it would there.
_SCALAR_ORDER = ("null", "integer", "number", "boolean", "string")


def infer_bare(text: str) -> Any:
    """Type a bare value with no schema, as JSON would read it; anything else stays the text."""
    if text == "true":
        return True
    if text == "false":
        return False
    if text == "null":
        return None
    number = _read_number(text, strict=True)
    return text if number is None else number


def type_arguments(
    raw: dict[str, Any], schema: JSONSchema | None, typers: dict[int, Any] | None = None
) -> tuple[dict[str, Any], tuple[Repair, ...]]:
    """Type a parsed argument tree (leaves ``str`` or `Bare`) by ``schema`` (a tool's parameters).

    ``typers``: a cache the caller keeps for schemas that outlive it (keyed by identity), so what is
    read from a schema (its types, its branches) is read once, not once per call.
    """
    if schema is None:
        return _infer_tree(raw), ()
    typer = typers.get(id(schema)) if typers is not None else None
    if typer is None:
        typer = _Typer(schema)
        if typers is not None:
            typers[id(schema)] = typer
    typer.repairs = []
    typed = typer.value(raw, typer.resolve(schema))
    assert isinstance(typed, dict)
    return typed, tuple(typer.repairs)


def _infer_tree(value: Any) -> Any:
    """Type a whole tree with no schema: bare leaves as JSON would read them, strings as they are."""
    if type(value) is Bare:
        return infer_bare(value.strip())
    if isinstance(value, dict):
        return {key: _infer_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        if _all_bare(value):
            texts = list(map(str.strip, value))
            joined = ",".join(texts)
            if len(joined) < _MAX_INT_DIGITS and _JSON_INT_LIST.fullmatch(joined):
                return list(map(int, texts))  # a list of JSON integers, read in one go
        return [_infer_tree(item) for item in value]
    return value


# Lists of numbers (points, ids, embeddings) are typed in one go: one regular expression over the joined
# texts and the built-in conversions, instead of a trip through `_coerce_scalar` per item. The result is
# the same, item for item (tests/test_parse_format.py checks it against the per-item typing).
_NUMERIC_TYPES = (frozenset({"number"}), frozenset({"integer"}), frozenset({"integer", "number"}))
_LOOSE_NUMBER_LIST = re.compile(f"{_LOOSE_NUMBER.pattern}(?:,{_LOOSE_NUMBER.pattern})*")
_JSON_INT_LIST = re.compile(f"{_JSON_INT.pattern}(?:,{_JSON_INT.pattern})*")
_MAX_INT_DIGITS = 4300  # Python's limit on int(text); a joined text shorter than that has no item over it
_EXACT = 2.0**53  # integers below this are exact as floats


def _all_bare(items: list[Any]) -> bool:
    return bool(items) and set(map(type, items)) == {Bare}


def _number_list(texts: list[str], number_allowed: bool) -> list[Any] | None:
    """``texts`` typed for a number (``number_allowed``) or integer field, as `_coerce_scalar` would type
    each; None when some item needs the per-item path (not a plain number, too large, not finite, or a
    fraction for an integer field)."""
    joined = ",".join(texts)
    if len(joined) >= _MAX_INT_DIGITS or _LOOSE_NUMBER_LIST.fullmatch(joined) is None:
        return None
    if "." not in joined and "e" not in joined and "E" not in joined:
        return list(map(int, texts))
    floats = list(map(float, texts))
    if max(floats) >= _EXACT or min(floats) <= -_EXACT:  # also catches inf
        return None
    typed = [int(value) if value.is_integer() else value for value in floats]
    if not number_allowed and any(type(value) is float for value in typed):
        return None
    return typed


class _Typer:
    def __init__(self, root: JSONSchema | None) -> None:
        self.root = root
        self._walker: SchemaWalker | None = None  # built on the first $ref only: most schemas have none
        self.repairs: list[Repair] = []
        # Schemas are walked once per value; memoise by identity (the schema outlives the typer).
        self._types: dict[int, frozenset[str]] = {}
        self._branches: dict[int, list[JSONSchema]] = {}
        self._properties: dict[tuple[int, str], JSONSchema | None] = {}

    def value(self, value: Any, schema: JSONSchema | None) -> Any:
        """Type ``value`` by ``schema`` (already resolved: property_schema/item_schema resolve refs)."""
        if schema is None:
            return _infer_tree(value)
        if isinstance(value, dict):
            return {key: self.value(item, self.property_schema(schema, key)) for key, item in value.items()}
        if isinstance(value, list):
            if self._positional(schema):
                return [self.value(item, self.item_schema(schema, i)) for i, item in enumerate(value)]
            items = self.item_schema(schema, 0)
            if items is None:
                return _infer_tree(value)
            types = self.types(items)
            if types in _NUMERIC_TYPES and _all_bare(value):
                numbers = _number_list(list(map(str.strip, value)), "number" in types)
                if numbers is not None:
                    return numbers
            typed_items = []
            for item in value:
                if type(item) is Bare and types:  # the common case, a list of scalars: no recursion
                    text = item.strip()
                    typed = _coerce_scalar(text, types)
                    typed_items.append(infer_bare(text) if typed is _MISSING else typed)
                else:
                    typed_items.append(self.value(item, items))
            return typed_items
        types = self.types(schema)
        if type(value) is Bare:
            text = value.strip()
            if not types:
                return infer_bare(text)
            typed = _coerce_scalar(text, types)
            return infer_bare(text) if typed is _MISSING else typed
        # A quoted string.
        text = str(value)
        if not types or "string" in types:
            return text
        typed = _coerce_scalar(text.strip(), types)
        if typed is _MISSING and types & {"object", "array"}:
            typed = _coerce_json(text, types)
        if typed is _MISSING:
            return text
        self.repairs.append(Repair.QUOTED_VALUE_COERCED)
        return typed

    # -- schema navigation -------------------------------------------------------------------------

    def resolve(self, schema: JSONSchema | None) -> JSONSchema | None:
        """Follow local ``$ref`` (``#/$defs/Name``, ``#/definitions/Name``) to the schema it names."""
        hops = 0
        while _is_mapping(schema) and isinstance(schema.get("$ref"), str) and hops < _MAX_REF_HOPS:
            target = self._lookup(schema["$ref"])
            if target is None:
                return schema
            schema, hops = target, hops + 1
        return schema if _is_mapping(schema) else None

    def _lookup(self, ref: str) -> JSONSchema | None:
        # The one schema walker resolves the ref; the parser is lenient (a ref that points nowhere
        # leaves the value untyped) because the declaration check already reported it to the author.
        if self.root is None:
            return None
        if self._walker is None:
            self._walker = SchemaWalker(self.root)
        try:
            node = self._walker.resolve(ref)
        except SchemaRefError:
            return None
        return node if _is_mapping(node) else None

    def branches(self, schema: JSONSchema) -> list[JSONSchema]:
        """The schema itself and, recursively, its anyOf/oneOf/allOf alternatives."""
        known = self._branches.get(id(schema))
        if known is not None:
            return known
        found: list[JSONSchema] = [schema]
        self._branches[id(schema)] = found  # set before recursing: a cycle of refs ends here
        for keyword in ("anyOf", "oneOf", "allOf"):
            options = schema.get(keyword)
            if isinstance(options, (list, tuple)):
                for option in options:
                    resolved = self.resolve(option)
                    if resolved is not None and resolved is not schema:
                        found.extend(self.branches(resolved))
        return found

    def types(self, schema: JSONSchema) -> frozenset[str]:
        known = self._types.get(id(schema))
        if known is not None:
            return known
        types: set[str] = set()
        for branch in self.branches(schema):
            declared = branch.get("type")
            if isinstance(declared, str):
                types.add(declared.lower())
            elif isinstance(declared, (list, tuple)):
                types.update(t.lower() for t in declared if isinstance(t, str))
            if branch.get("nullable") is True:
                types.add("null")
            samples = list(branch.get("enum") or []) if isinstance(branch.get("enum"), list) else []
            if "const" in branch:
                samples.append(branch["const"])
            types.update(_json_type(sample) for sample in samples)
        found = self._types[id(schema)] = frozenset(types)
        return found

    def property_schema(self, schema: JSONSchema | None, key: str) -> JSONSchema | None:
        if schema is None:
            return None
        memo = (id(schema), key)
        if memo in self._properties:
            return self._properties[memo]
        found = self._property_schema(schema, key)
        if len(self._properties) < 4096:  # keys come from the model: bounded
            self._properties[memo] = found
        return found

    def _property_schema(self, schema: JSONSchema, key: str) -> JSONSchema | None:
        fallback: JSONSchema | None = None
        for branch in self.branches(schema):
            properties = branch.get("properties")
            if _is_mapping(properties) and key in properties:
                return self.resolve(properties[key])
            extra = branch.get("additionalProperties")
            if fallback is None and _is_mapping(extra):
                fallback = self.resolve(extra)
        return fallback

    def _positional(self, schema: JSONSchema) -> bool:
        """Whether list items have per-position schemas (prefixItems, or the old tuple form of items)."""
        return any(
            "prefixItems" in branch or isinstance(branch.get("items"), list)
            for branch in self.branches(schema)
        )

    def item_schema(self, schema: JSONSchema | None, index: int) -> JSONSchema | None:
        if schema is None:
            return None
        for branch in self.branches(schema):
            prefix = branch.get("prefixItems")
            if isinstance(prefix, Sequence) and index < len(prefix):
                return self.resolve(prefix[index])
            items = branch.get("items")
            if _is_mapping(items):
                return self.resolve(items)
            if isinstance(items, Sequence) and not isinstance(items, str) and index < len(items):
                return self.resolve(items[index])
        return None


def _is_mapping(value: Any) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, (dict, Mapping))  # dict first: the ABC check is slow


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


_ORDERS: dict[frozenset[str], tuple[str, ...]] = {}


def _coerce_scalar(text: str, types: frozenset[str]) -> Any:
    """The first scalar type in vLLM's order that ``types`` allows and ``text`` reads as."""
    order = _ORDERS.get(types)
    if order is None:
        order = tuple(t for t in _SCALAR_ORDER if t in types)
        if len(_ORDERS) < 256:  # type sets come from schemas: few; the bound is only a safeguard
            _ORDERS[types] = order
    strict = "string" in types  # a string is also allowed: do not drop information (leading zeros)
    for candidate in order:
        if candidate == "null":
            if text.lower() == "null" or (text == "None" and not strict):
                return None
        elif candidate == "integer":
            number = _read_number(text, strict)
            if isinstance(number, int) or (isinstance(number, float) and number.is_integer()):
                return int(number)
        elif candidate == "number":
            number = _read_number(text, strict)
            if number is not None:
                return int(number) if isinstance(number, float) and number.is_integer() else number
        elif candidate == "boolean":
            lowered = text.lower()
            if lowered in ("true", "1"):
                return True
            if lowered in ("false", "0"):
                return False
        else:  # string
            return text
    return _MISSING


def _read_number(text: str, strict: bool) -> int | float | None:
    """``text`` as a finite number, or None. ``strict`` demands JSON syntax (no leading zeros).

    Integers longer than Python's int-from-text limit (4300 digits) are not numbers here: the text is kept.
    """
    if (_JSON_INT if strict else _LOOSE_INT).fullmatch(text):
        try:
            return int(text)
        except ValueError:
            return None
    if (_JSON_NUMBER if strict else _LOOSE_NUMBER).fullmatch(text):
        value = float(text)
        return value if math.isfinite(value) else None
    return None


def _coerce_json(text: str, types: frozenset[str]) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return _MISSING
    if isinstance(value, dict) and "object" in types:
        return value
    if isinstance(value, list) and "array" in types:
        return value
    return _MISSING


class ToolDeclarationError(ValueError):
    """A tool declaration is not in the OpenAI format; the message says which one and why."""


def tools_from_openai(declarations: Any, *, where: str = "tools") -> dict[str, JSONSchema | None]:
    """Tool name -> parameters schema, from OpenAI-format declarations.

    Accepts ``[{"type": "function", "function": {"name", "description", "parameters"}}]`` and, for
    convenience, bare function objects ``[{"name", "parameters"}]``.
    """
    if not isinstance(declarations, list):
        raise ToolDeclarationError(
            f"{where}: expected a list of tool declarations "
            '[{"type": "function", "function": {"name": ..., "parameters": {...}}}], '
            f"got {type(declarations).__name__}"
        )
    schemas: dict[str, JSONSchema | None] = {}
    for number, declaration in enumerate(declarations):
        here = f"{where}[{number}]"
        if not isinstance(declaration, dict):
            raise ToolDeclarationError(f"{here}: expected an object, got {type(declaration).__name__}")
        if "function" in declaration:
            if declaration.get("type", "function") != "function":
                raise ToolDeclarationError(
                    f'{here}: "type" is {declaration.get("type")!r}; only "function" tools are supported'
                )
            function = declaration["function"]
            here += ".function"
        else:
            function = declaration
        if not isinstance(function, dict):
            raise ToolDeclarationError(f"{here}: expected an object, got {type(function).__name__}")
        name = function.get("name")
        if not isinstance(name, str) or not name:
            raise ToolDeclarationError(f'{here}: "name" must be a non-empty string, got {name!r}')
        parameters = function.get("parameters")
        if parameters is not None and not isinstance(parameters, dict):
            raise ToolDeclarationError(
                f'{here}: "parameters" must be a JSON Schema object, got {type(parameters).__name__}'
            )
        if name in schemas:
            raise ToolDeclarationError(f"{here}: tool {name!r} is declared twice")
        schemas[name] = parameters
    return schemas
