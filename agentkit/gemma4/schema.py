"""JSON Schema -> the Gemma 4 tool-declaration subset, folding what the format cannot carry.

The official template (``format_parameters`` / ``format_function_declaration``, FORMAT.md 3.2 and B9)
prints only ``type``, ``description``, ``enum`` (for strings), ``items``, ``properties``, ``required``
and ``nullable``; every other keyword is silently dropped. Pydantic schemas lean on exactly the dropped
ones: ``$ref``/``$defs``, ``anyOf`` for ``Optional`` and unions, ``const`` for ``Literal``, defaults,
bounds and formats. :func:`translate_schema` rewrites a schema into the subset so the model still sees
every fact:

* ``$ref`` is inlined, resolved by `agentkit.schema_walk` (``#/...`` pointers, ``#anchor``s and
  ``$id``s the schema declares); recursion stops at the second visit with a note naming the first,
  since a declaration is a finite tree;
* ``Optional[X]`` (an ``anyOf`` with ``null``) becomes ``nullable``;
* ``Literal``/``const``/``enum`` become ``enum`` for strings; other values become the matching type
  with the allowed values written into the description, since the template prints ``enum`` only for
  ``STRING``;
* unions of objects are merged into one object (a property present in every variant stays required);
  other unions keep the first alternative's type and list all alternatives in the description;
* defaults, bounds, lengths, patterns, formats, item counts, dict value types, examples and the like
  are folded into the description as short sentences, in a fixed order, e.g.
  ``"Maximum hits. Range: 1 <= x <= 100. Default: 10."``.

Every folded fact is reported as a :class:`Fold`; keywords dropped because they carry nothing for the
model (``title``, ``$schema``, ...) or cannot be expressed are reported in ``dropped``. Nothing
disappears without a record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from agentkit.schema_walk import SchemaRefError, SchemaWalker

#: The keys the official template prints; a translated schema contains no other.
GEMMA_SCHEMA_KEYS: Final = frozenset(
    {"type", "description", "enum", "items", "properties", "required", "nullable"}
)

_JSON_TYPES: Final = ("string", "integer", "number", "boolean", "array", "object", "null")

# Keywords consumed by the translation itself (inlined or turned into a Gemma key); never reported.
_STRUCTURAL: Final = frozenset(
    {
        "$ref",
        "$defs",
        "definitions",
        "anyOf",
        "oneOf",
        "allOf",
        "type",
        "enum",
        "const",
        "items",
        "prefixItems",
        "properties",
        "required",
        "description",
        "nullable",
    }
)
# Keywords dropped with a report: they describe the schema document, not the value.
_NOISE: Final[dict[str, str]] = {
    "title": "display title; the property name already says it",
    "$schema": "metaschema URI",
    "$id": "schema identifier",
    "$anchor": "schema anchor",
    "$comment": "schema comment, not meant for the model",
    "readOnly": "annotation for API responses",
    "writeOnly": "annotation for API requests",
    "discriminator": "OpenAPI discriminator; the merged enum of the tag property carries it",
}


class SchemaTranslationError(ValueError):
    """A schema cannot be translated; the message names the path and the problem."""


@dataclass(frozen=True)
class Fold:
    """One keyword the Gemma format cannot carry, and what became of it.

    ``path`` names the value in the arguments (``$`` is the arguments object, ``$.a.b`` a nested
    property, ``$.a[]`` the items of array ``a``). ``note`` is the sentence written into the
    description (for ``folds``) or the reason it was dropped (for ``dropped``).
    """

    path: str
    keyword: str
    value: Any
    note: str


@dataclass(frozen=True)
class SchemaTranslation:
    """The result of :func:`translate_schema`.

    * ``parameters``: the Gemma-subset schema (only :data:`GEMMA_SCHEMA_KEYS`), what the template renders.
    * ``root_description``: the top-level description and notes; the template never prints a
      description on the parameters object, so callers append it to the tool description.
    * ``lookup_schema``: ``parameters`` plus the ``additionalProperties`` value schemas of dicts, for
      naming the expected type at any location of the arguments (validation messages). Valid JSON Schema.
    * ``folds``: facts written into descriptions. ``dropped``: keywords left out, with the reason.
    """

    parameters: dict[str, Any]
    root_description: str
    lookup_schema: dict[str, Any]
    folds: tuple[Fold, ...]
    dropped: tuple[Fold, ...]


def translate_schema(schema: Mapping[str, Any]) -> SchemaTranslation:
    """Translate a tool's JSON Schema for its parameters (an object schema) into the Gemma subset."""
    if not isinstance(schema, Mapping):
        raise SchemaTranslationError(
            f"tool parameters schema must be a JSON object, not {type(schema).__name__}"
        )
    walker = SchemaWalker(schema)
    translator = _Translator(schema, keep_value_schemas=False, walker=walker)
    parameters = translator.root()
    lookup_schema = _Translator(schema, keep_value_schemas=True, walker=walker).root()
    parameters.pop("description", None)
    lookup_schema.pop("description", None)
    return SchemaTranslation(
        parameters=parameters,
        root_description=translator.root_description,
        lookup_schema=lookup_schema,
        folds=tuple(translator.folds),
        dropped=tuple(translator.dropped),
    )


def to_gemma_declaration(
    name: str, description: str, parameters_schema: Mapping[str, Any] | None
) -> tuple[dict[str, Any], SchemaTranslation | None]:
    """An OpenAI-style tool dict (``{"type": "function", "function": {...}}``) ready for the template.

    The top-level schema description and notes go at the end of the function description. With no
    parameters schema the declaration has no ``parameters`` key and the report is ``None``.
    """
    function: dict[str, Any] = {"name": name, "description": description}
    if parameters_schema is None:
        return {"type": "function", "function": function}, None
    translation = translate_schema(parameters_schema)
    if translation.root_description:
        function["description"] = join_sentences(description, translation.root_description)
    function["parameters"] = translation.parameters
    return {"type": "function", "function": function}, translation


def join_sentences(*texts: str) -> str:
    """Join description fragments with single spaces, ending a fragment with a period when it lacks one."""
    pieces = [text.strip() for text in texts if text and text.strip()]
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if index < len(pieces) - 1 and piece[-1] not in ".!?:;":
            piece += "."
        out.append(piece)
    return " ".join(out)


def json_text(value: Any) -> str:
    """A value as the description shows it: JSON, non-ASCII kept."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def describe_schema(node: Mapping[str, Any], *, title: str | None = None, depth: int = 2) -> str:
    """A short type phrase for a translated node: ``integer``, ``array of string``, ``"a" | "b"``,
    ``object {name: string, age?: integer}``. Used in union notes and argument error messages."""
    kind = node.get("type", "")
    alternatives = node.get("anyOf")
    if isinstance(alternatives, list) and alternatives:
        text = " | ".join(describe_schema(alt, depth=depth) for alt in alternatives)
        return f"{text} or null" if node.get("nullable") else text
    if isinstance(kind, list):
        text = " | ".join(str(k) for k in kind)
    elif kind == "string" and node.get("enum"):
        text = " | ".join(json_text(v) for v in node["enum"])
    elif kind == "array":
        items = node.get("items")
        text = (
            f"array of {describe_schema(items, depth=depth)}"
            if isinstance(items, Mapping) and items
            else "array"
        )
    elif kind == "object":
        text = f"object {title}" if title else "object"
        properties = node.get("properties")
        if isinstance(properties, Mapping) and properties:
            required = set(node.get("required") or ())
            if depth > 0:
                inner = ", ".join(
                    f"{key}{'' if key in required else '?'}: {describe_schema(value, depth=depth - 1)}"
                    for key, value in properties.items()
                )
            else:
                inner = ", ".join(f"{key}{'' if key in required else '?'}" for key in properties)
            text += f" {{{inner}}}"
        values = node.get("additionalProperties")
        if isinstance(values, Mapping):
            text += f" with {describe_schema(values, depth=depth - 1)} values"
    else:
        text = str(kind) or "any"
    if isinstance(node.get("format"), str):
        text += f" ({node['format']})"
    if node.get("nullable"):
        text += " or null"
    return text


@dataclass
class _Notes:
    """The description of one node under construction: the node's own text, then folded sentences."""

    base: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)

    def text(self) -> str:
        return join_sentences(*self.base, *self.sentences)


class _Translator:
    def __init__(
        self, root: Mapping[str, Any], *, keep_value_schemas: bool, walker: SchemaWalker | None = None
    ) -> None:
        self._root = root
        self._walker = walker or SchemaWalker(root)
        self._keep_value_schemas = keep_value_schemas
        self._expanded_at: dict[str, str] = {}
        self.folds: list[Fold] = []
        self.dropped: list[Fold] = []
        self.root_description = ""

    def _scratch(self) -> _Translator:
        """A translator over the same document whose folds are not reported (for union alternatives,
        whose facts are reported once, inside the union's own note)."""
        other = _Translator(self._root, keep_value_schemas=self._keep_value_schemas, walker=self._walker)
        other._expanded_at = dict(self._expanded_at)
        return other

    # ----------------------------------------------------------------------------------- entry

    def root(self) -> dict[str, Any]:
        schema = dict(self._root)
        if "$ref" in schema:
            schema = self._overlay(self._resolve(schema.pop("$ref"), "$"), schema)
        kind = schema.get("type")
        if kind is None and "properties" in schema:
            kind = "object"
        if kind != "object":
            raise SchemaTranslationError(
                "tool parameters must be an object schema (type: object, with properties); "
                f"got type {json_text(kind)}"
            )
        extra = schema.get("additionalProperties")
        if extra is False or extra is True:
            # Extra arguments are rejected (or ignored) by validation, which tells the model so; a
            # sentence on every tool description would only cost tokens.
            del schema["additionalProperties"]
            self.dropped.append(Fold("$", "additionalProperties", extra, "top-level; enforced by validation"))
        # The root is on the recursion stack from the start, so a `{"$ref": "#"}` stops at once.
        self._expanded_at["#"] = "$"
        node = self.node(schema, "$", ("#",))
        self.root_description = node.get("description", "")
        return node

    # ----------------------------------------------------------------------------------- nodes

    def node(self, schema: Any, path: str, stack: tuple[str, ...] = ()) -> dict[str, Any]:
        if schema is True or schema == {}:
            return self._any_node(path, {})
        if schema is False:
            raise SchemaTranslationError(
                f"{path}: the schema `false` accepts no value, so no argument can be given"
            )
        if not isinstance(schema, Mapping):
            raise SchemaTranslationError(f"{path}: a schema must be a JSON object, not {json_text(schema)}")
        schema = dict(schema)
        if "$ref" in schema:
            ref = schema.pop("$ref")
            if not isinstance(ref, str):
                raise SchemaTranslationError(f"{path}: $ref must be a string, not {json_text(ref)}")
            if ref in stack:
                return self._recursive_node(ref, schema, path)
            target = self._resolve(ref, path)
            self._expanded_at.setdefault(ref, path)
            return self.node(self._overlay(target, schema), path, (*stack, ref))
        if "allOf" in schema:
            return self.node(self._merge_all_of(schema, path, stack), path, stack)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self._union(schema, keyword, path, stack)
        kind = schema.get("type")
        if isinstance(kind, list):
            return self._type_list(schema, kind, path, stack)
        if "enum" in schema or "const" in schema:
            return self._enum(schema, path, stack)
        if kind is None:
            kind = _infer_type(schema)
            if kind is None:
                return self._any_node(path, schema)
        if kind not in _JSON_TYPES:
            raise SchemaTranslationError(
                f"{path}: unknown type {json_text(kind)}; expected one of {', '.join(_JSON_TYPES)}"
            )
        return self._typed(schema, kind, path, stack, _Notes())

    def _typed(
        self, schema: dict[str, Any], kind: str, path: str, stack: tuple[str, ...], notes: _Notes
    ) -> dict[str, Any]:
        """A node of one JSON type; ``notes`` may already hold sentences (union, enum) that come first."""
        if isinstance(schema.get("description"), str):
            notes.base.insert(0, schema["description"])
        out: dict[str, Any] = {"type": kind}
        if self._keep_value_schemas and isinstance(schema.get("format"), str):
            out["format"] = schema["format"]
        if kind == "null":
            out["type"] = "string"
            out["nullable"] = True
            self._fold(notes, path, "type", "null", "Always null.")
        elif kind == "string":
            self._string_facts(schema, path, notes)
        elif kind in ("integer", "number"):
            self._number_facts(schema, path, notes)
        elif kind == "array":
            self._array(schema, out, path, stack, notes)
        elif kind == "object":
            self._object(schema, out, path, stack, notes)
        if schema.get("nullable") is True:
            out["nullable"] = True
        self._common_facts(schema, path, notes)
        self._report_leftovers(schema, path)
        description = notes.text()
        if description:
            out["description"] = description
        return _ordered(out)

    # ------------------------------------------------------------------------- per-type facts

    def _string_facts(self, schema: Mapping[str, Any], path: str, notes: _Notes) -> None:
        if "format" in schema:
            self._fold(notes, path, "format", schema["format"], f"Format: {schema['format']}.")
        if "contentEncoding" in schema:
            value = schema["contentEncoding"]
            self._fold(notes, path, "contentEncoding", value, f"Encoding: {value}.")
        if "contentMediaType" in schema:
            value = schema["contentMediaType"]
            self._fold(notes, path, "contentMediaType", value, f"Media type: {value}.")
        if "pattern" in schema:
            self._fold(notes, path, "pattern", schema["pattern"], f"Pattern: `{schema['pattern']}`.")
        sentence = _count_sentence("Length", schema.get("minLength"), schema.get("maxLength"), "character")
        if sentence:
            for keyword in ("minLength", "maxLength"):
                if keyword in schema:
                    self._record(path, keyword, schema[keyword], sentence)
            notes.sentences.append(sentence)

    def _number_facts(self, schema: Mapping[str, Any], path: str, notes: _Notes) -> None:
        if "format" in schema:
            self._fold(notes, path, "format", schema["format"], f"Format: {schema['format']}.")
        sentence = _range_sentence(schema)
        if sentence:
            for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                if keyword in schema:
                    self._record(path, keyword, schema[keyword], sentence)
            notes.sentences.append(sentence)
        if "multipleOf" in schema:
            value = schema["multipleOf"]
            self._fold(notes, path, "multipleOf", value, f"Multiple of {json_text(value)}.")

    def _array(
        self, schema: Mapping[str, Any], out: dict[str, Any], path: str, stack: tuple[str, ...], notes: _Notes
    ) -> None:
        items_path = f"{path}[]"
        prefix = schema.get("prefixItems")
        items = schema.get("items")
        if isinstance(prefix, list) and prefix:
            # A tuple: Gemma has one item schema, so the positions go into the description.
            described = [describe_schema(self._scratch().node(p, items_path, stack)) for p in prefix]
            self._fold(notes, path, "prefixItems", prefix, f"Items in order: {', '.join(described)}.")
            alternatives = list(prefix) if items in (None, False) else [*prefix, items]
            merged = alternatives[0] if _all_equal(alternatives) else {"anyOf": alternatives}
            out["items"] = self.node(merged, items_path, stack)
        elif isinstance(items, list):  # draft-4 tuple form
            described = [describe_schema(self._scratch().node(p, items_path, stack)) for p in items]
            self._fold(notes, path, "items", items, f"Items in order: {', '.join(described)}.")
            merged = items[0] if _all_equal(items) else {"anyOf": items}
            out["items"] = self.node(merged, items_path, stack)
        elif items not in (None, True) and items != {}:
            out["items"] = self.node(items, items_path, stack)
        sentence = _count_sentence("Items", schema.get("minItems"), schema.get("maxItems"), None)
        if sentence:
            for keyword in ("minItems", "maxItems"):
                if keyword in schema:
                    self._record(path, keyword, schema[keyword], sentence)
            notes.sentences.append(sentence)
        if schema.get("uniqueItems") is True:
            self._fold(notes, path, "uniqueItems", True, "Items must be unique.")
        if "contains" in schema:
            phrase = describe_schema(self._scratch().node(schema["contains"], items_path, stack))
            self._fold(notes, path, "contains", schema["contains"], f"Must contain at least one {phrase}.")

    def _object(
        self, schema: Mapping[str, Any], out: dict[str, Any], path: str, stack: tuple[str, ...], notes: _Notes
    ) -> None:
        properties = schema.get("properties") or {}
        if not isinstance(properties, Mapping):
            raise SchemaTranslationError(f"{path}: properties must be an object, not {json_text(properties)}")
        # Always emit `properties` on an object: without it the template walks the property's own keys
        # as if they were properties (its `filter_keys` branch).
        out["properties"] = {
            key: self.node(value, _child(path, key), stack) for key, value in properties.items()
        }
        required = schema.get("required") or []
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            raise SchemaTranslationError(
                f"{path}: required must be a list of property names, not {json_text(required)}"
            )
        if required:
            out["required"] = list(required)
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            value_node = self._scratch().node(extra, f"{path}{{}}", stack)
            if self._keep_value_schemas:
                out["additionalProperties"] = value_node
            phrase = describe_schema(value_node)
            if value_node.get("description"):
                phrase += f" ({value_node['description']})"
            prefix = "Other keys allowed; values: " if properties else "Values: "
            self._fold(notes, path, "additionalProperties", extra, f"{prefix}{phrase}.")
        elif extra is False:
            self._fold(notes, path, "additionalProperties", False, "No other keys allowed.")
        elif extra is True:
            self.dropped.append(Fold(path, "additionalProperties", True, "allows any extra key, the default"))
        if isinstance(schema.get("propertyNames"), Mapping):
            key_node = self._scratch().node({"type": "string", **schema["propertyNames"]}, path, stack)
            phrase = key_node.get("description") or describe_schema(key_node)
            self._fold(notes, path, "propertyNames", schema["propertyNames"], join_sentences("Keys:", phrase))
        for pattern, sub in (schema.get("patternProperties") or {}).items():
            phrase = describe_schema(self._scratch().node(sub, path, stack))
            self._fold(
                notes,
                path,
                "patternProperties",
                {pattern: sub},
                f"Keys matching `{pattern}`: {phrase} values.",
            )
        sentence = _count_sentence("Keys", schema.get("minProperties"), schema.get("maxProperties"), None)
        if sentence:
            for keyword in ("minProperties", "maxProperties"):
                if keyword in schema:
                    self._record(path, keyword, schema[keyword], sentence)
            notes.sentences.append(sentence)
        for key, needed in (schema.get("dependentRequired") or {}).items():
            sentence = (
                f"If {key} is given, {', '.join(needed)} {'is' if len(needed) == 1 else 'are'} also required."
            )
            self._fold(notes, path, "dependentRequired", {key: needed}, sentence)

    def _common_facts(self, schema: Mapping[str, Any], path: str, notes: _Notes) -> None:
        if "not" in schema:
            phrase = describe_schema(self._scratch().node(schema["not"], path, ()))
            self._fold(notes, path, "not", schema["not"], f"Must not be {phrase}.")
        if "default" in schema:
            self._fold(notes, path, "default", schema["default"], f"Default: {json_text(schema['default'])}.")
        if "examples" in schema and isinstance(schema["examples"], list) and schema["examples"]:
            values = ", ".join(json_text(v) for v in schema["examples"])
            label = "Example" if len(schema["examples"]) == 1 else "Examples"
            self._fold(notes, path, "examples", schema["examples"], f"{label}: {values}.")
        if schema.get("deprecated") is True:
            self._fold(notes, path, "deprecated", True, "Deprecated.")

    # ------------------------------------------------------------------------- special shapes

    def _any_node(self, path: str, schema: Mapping[str, Any]) -> dict[str, Any]:
        # Gemma needs a type; a string is the loosest thing the model can write, and the note says
        # any JSON value is accepted (validation accepts it whatever its type).
        notes = _Notes()
        self._fold(notes, path, "type", None, "Any JSON value.")
        return self._typed(dict(schema), "string", path, (), notes)

    def _recursive_node(self, ref: str, siblings: Mapping[str, Any], path: str) -> dict[str, Any]:
        target = self._resolve(ref, path)
        kind = target.get("type") if isinstance(target.get("type"), str) else _infer_type(target) or "object"
        first = self._expanded_at.get(ref, "$")
        name = target.get("title") or ref.rsplit("/", 1)[-1]
        where = "the arguments" if first == "$" else first.removeprefix("$.")
        notes = _Notes()
        description = siblings.get("description") or target.get("description")
        if isinstance(description, str):
            notes.base.append(description)
        self._fold(notes, path, "$ref", ref, f"Recursive: a {name} with the same structure as {where}.")
        out: dict[str, Any] = {"type": kind}
        if kind == "object":
            out["properties"] = {}
        out["description"] = notes.text()
        return out

    def _type_list(
        self, schema: dict[str, Any], kinds: list[Any], path: str, stack: tuple[str, ...]
    ) -> dict[str, Any]:
        non_null = [k for k in kinds if k != "null"]
        rest = {k: v for k, v in schema.items() if k != "type"}
        if not non_null:
            return self.node({**rest, "type": "null"}, path, stack)
        if len(non_null) == 1:
            node = self.node({**rest, "type": non_null[0]}, path, stack)
        else:
            # Each listed type shares the sibling keywords; the first one is what Gemma sees.
            notes = _Notes()
            self._fold(notes, path, "type", kinds, f"One of: {' | '.join(str(k) for k in non_null)}.")
            node = self._typed(rest, non_null[0], path, stack, notes)
        if "null" in kinds:
            node["nullable"] = True
        return node

    def _enum(self, schema: dict[str, Any], path: str, stack: tuple[str, ...]) -> dict[str, Any]:
        values = list(schema.pop("enum")) if "enum" in schema else [schema.pop("const")]
        schema.pop("const", None)
        nullable = None in values
        values = [v for v in values if v is not None]
        declared = schema.get("type")
        if not values:
            return self.node({**schema, "type": "null"}, path, stack)
        if all(isinstance(v, str) for v in values):
            kind = "string"
        elif all(isinstance(v, bool) for v in values):
            kind = "boolean"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = "integer"
        elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            kind = "number"
        else:
            kind = declared if isinstance(declared, str) and declared != "null" else "string"
        notes = _Notes()
        if kind != "string" or not all(isinstance(v, str) for v in values):
            # The template prints `enum` only on STRING; other values live in the description.
            listed = ", ".join(json_text(v) for v in values)
            self._fold(notes, path, "enum", values, f"Allowed values: {listed}.")
        node = self._typed(schema, kind, path, stack, notes)
        if kind == "string" and all(isinstance(v, str) for v in values):
            node["enum"] = values
        if nullable:
            node["nullable"] = True
        return _ordered(node)

    def _union(
        self, schema: dict[str, Any], keyword: str, path: str, stack: tuple[str, ...]
    ) -> dict[str, Any]:
        alternatives = schema.pop(keyword)
        if not isinstance(alternatives, list) or not alternatives:
            raise SchemaTranslationError(f"{path}: {keyword} must be a non-empty list of schemas")
        if "discriminator" in schema:
            self.dropped.append(
                Fold(path, "discriminator", schema.pop("discriminator"), _NOISE["discriminator"])
            )
        flat = self._flatten_union(alternatives, path, stack)
        nullable = any(_is_null(view) for _, view in flat)
        options = [(alt, view) for alt, view in flat if not _is_null(view)]
        if not options:
            node = self.node({**schema, "type": "null"}, path, stack)
        elif len(options) == 1:
            node = self.node(self._overlay(options[0][0], schema), path, stack)
        elif all(_enum_values(view) is not None for _, view in options):
            node = self.node(self._merge_enums(schema, options, path), path, stack)
        elif all(_is_object(view) for _, view in options):
            node = self._object_union(schema, options, keyword, path, stack)
        else:
            node = self._mixed_union(schema, options, keyword, path, stack)
        if nullable:
            node["nullable"] = True
        return _ordered(node)

    def _merge_enums(
        self, schema: dict[str, Any], options: list[tuple[Any, dict[str, Any]]], path: str
    ) -> dict[str, Any]:
        """Literal alternatives as one enum. Their descriptions are kept; anything else an alternative
        says (a default of its own, say) cannot apply to the merged value and is reported dropped."""
        values: list[Any] = []
        descriptions: list[str] = []
        for index, (_, view) in enumerate(options):
            values.extend(v for v in _enum_values(view) or () if v not in values)
            text = view.get("description")
            if isinstance(text, str) and text not in descriptions:
                descriptions.append(text)
            for key, value in view.items():
                if key not in ("const", "enum", "type", "description", "x-ref"):
                    reason = _NOISE.get(key, "belongs to one union alternative, not the merged enum")
                    self.dropped.append(Fold(f"{path}<{index}>", key, value, reason))
        merged = {**schema, "enum": values}
        if descriptions and not isinstance(schema.get("description"), str):
            merged["description"] = join_sentences(*descriptions)
        return merged

    def _flatten_union(
        self, alternatives: list[Any], path: str, stack: tuple[str, ...]
    ) -> list[tuple[Any, dict[str, Any]]]:
        """Each alternative with a resolved view of it (for classifying; translation uses the original,
        so the recursion guard sees its $ref), nested unions spread out."""
        flat: list[tuple[Any, dict[str, Any]]] = []
        for alt in alternatives:
            view: dict[str, Any] = dict(alt) if isinstance(alt, Mapping) else {}
            if "$ref" in view and view["$ref"] not in stack:
                ref = view.pop("$ref")
                view = self._overlay(self._resolve(ref, path), view)
                view["x-ref"] = ref
            if set(view) - {"title", "description", "x-ref"} in ({"anyOf"}, {"oneOf"}):
                flat.extend(
                    self._flatten_union(list(view.get("anyOf") or view.get("oneOf") or []), path, stack)
                )
            else:
                flat.append((alt, view))
        return flat

    def _object_union(
        self,
        schema: dict[str, Any],
        options: list[tuple[Any, dict[str, Any]]],
        keyword: str,
        path: str,
        stack: tuple[str, ...],
    ) -> dict[str, Any]:
        # Gemma has one object shape: take every property of every variant; a property stays required
        # only when each variant requires it; a property whose schemas differ becomes their union.
        by_name: dict[str, list[Any]] = {}
        required_sets: list[set[str]] = []
        labels: list[str] = []
        refs: list[str] = []
        for _, view in options:
            if "allOf" in view:
                view = self._merge_all_of(dict(view), path, stack)
            if "x-ref" in view:
                refs.append(view["x-ref"])
                self._expanded_at.setdefault(view["x-ref"], path)
            props = view.get("properties") or {}
            required = [r for r in view.get("required") or [] if isinstance(r, str)]
            required_sets.append(set(required))
            for name, sub in props.items():
                seen = by_name.setdefault(name, [])
                if sub not in seen:
                    seen.append(sub)
            keys = ", ".join(f"{k}{'' if k in required else '?'}" for k in props)
            labels.append(f"{_title_of(view)} {{{keys}}}".strip())
        merged: dict[str, Any] = {
            key: value for key, value in schema.items() if key not in ("type", "properties", "required")
        }
        merged["properties"] = {
            name: subs[0] if len(subs) == 1 else {"anyOf": subs} for name, subs in by_name.items()
        }
        common = set.intersection(*required_sets)
        merged["required"] = [name for name in by_name if name in common]
        notes = _Notes()
        self._fold(notes, path, keyword, [alt for alt, _ in options], f"One of: {' | '.join(labels)}.")
        return self._typed(merged, "object", path, (*stack, *refs), notes)

    def _mixed_union(
        self,
        schema: dict[str, Any],
        options: list[tuple[Any, dict[str, Any]]],
        keyword: str,
        path: str,
        stack: tuple[str, ...],
    ) -> dict[str, Any]:
        # Gemma has one type: the first alternative's (number when integer and number mix, since
        # every integer is a number); the description lists every alternative.
        scratch = [self._scratch().node(alt, path, stack) for alt, _ in options]
        kinds = {node["type"] for node in scratch}
        base_index = 0
        if kinds == {"integer", "number"}:
            base_index = next(i for i, node in enumerate(scratch) if node["type"] == "number")
        phrases = []
        for index, (node, (_, view)) in enumerate(zip(scratch, options, strict=True)):
            phrase = describe_schema(node, title=_title_of(view) if node["type"] == "object" else None)
            if index != base_index and node.get("description"):
                phrase += f" ({node['description']})"
            phrases.append(phrase)
        notes = _Notes()
        self._fold(notes, path, keyword, [alt for alt, _ in options], f"One of: {' | '.join(phrases)}.")
        own = schema.pop("description", None)
        inner = self.node(self._overlay(options[base_index][0], schema), path, stack)
        inner["description"] = join_sentences(
            own if isinstance(own, str) else "", notes.text(), inner.get("description", "")
        )
        if self._keep_value_schemas:
            inner["anyOf"] = scratch
        return inner

    # ----------------------------------------------------------------------------------- refs

    def _resolve(self, ref: str, path: str) -> dict[str, Any]:
        try:
            target = self._walker.resolve(ref, where=path)
        except SchemaRefError as exc:
            raise SchemaTranslationError(str(exc)) from None
        if target is True:
            return {}
        if not isinstance(target, Mapping):
            raise SchemaTranslationError(f"{path}: $ref {ref!r} does not point to a schema object")
        return dict(target)

    def _overlay(self, inner: Mapping[str, Any], outer: Mapping[str, Any]) -> dict[str, Any]:
        """``inner`` (a referenced schema) with the keywords written beside the reference on top;
        both descriptions are kept, the outer (field) one first."""
        out = dict(inner)
        for key, value in outer.items():
            if (
                key == "description"
                and isinstance(inner.get("description"), str)
                and inner["description"] != value
            ):
                out[key] = join_sentences(str(value), inner["description"])
            elif key == "$defs" or key == "definitions":
                continue
            else:
                out[key] = value
        return out

    def _merge_all_of(self, schema: dict[str, Any], path: str, stack: tuple[str, ...]) -> dict[str, Any]:
        parts = schema.pop("allOf")
        if not isinstance(parts, list):
            raise SchemaTranslationError(f"{path}: allOf must be a list of schemas")
        merged: dict[str, Any] = {}
        for part in parts:
            if isinstance(part, Mapping) and "$ref" in part and part["$ref"] not in stack:
                part = self._overlay(
                    self._resolve(part["$ref"], path), {k: v for k, v in part.items() if k != "$ref"}
                )
            if not isinstance(part, Mapping):
                raise SchemaTranslationError(f"{path}: allOf entries must be schemas")
            for key, value in part.items():
                if key == "properties" and isinstance(value, Mapping):
                    merged.setdefault("properties", {}).update(value)
                elif key == "required" and isinstance(value, list):
                    merged["required"] = [
                        *merged.get("required", []),
                        *[r for r in value if r not in merged.get("required", [])],
                    ]
                elif key == "description" and "description" in merged:
                    merged["description"] = join_sentences(merged["description"], str(value))
                else:
                    merged.setdefault(key, value)
        return self._overlay(merged, schema)

    # -------------------------------------------------------------------------------- records

    def _fold(self, notes: _Notes, path: str, keyword: str, value: Any, sentence: str) -> None:
        notes.sentences.append(sentence)
        self._record(path, keyword, value, sentence)

    def _record(self, path: str, keyword: str, value: Any, sentence: str) -> None:
        self.folds.append(Fold(path, keyword, value, sentence))

    def _report_leftovers(self, schema: Mapping[str, Any], path: str) -> None:
        handled = _STRUCTURAL | _FOLDED
        for key, value in schema.items():
            if key in handled or key == "x-ref":
                continue
            reason = _NOISE.get(key)
            if reason is None:
                reason = "vendor extension" if key.startswith("x-") else "no Gemma equivalent"
            self.dropped.append(Fold(path, key, value, reason))


_FOLDED: Final = frozenset(
    {
        "format",
        "contentEncoding",
        "contentMediaType",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "contains",
        "additionalProperties",
        "propertyNames",
        "patternProperties",
        "minProperties",
        "maxProperties",
        "dependentRequired",
        "not",
        "default",
        "examples",
        "deprecated",
    }
)


def _child(path: str, key: str) -> str:
    return f"{path}.{key}"


def _ordered(node: dict[str, Any]) -> dict[str, Any]:
    """Keys in one canonical order (type first), so printed schemas read the same everywhere."""
    order = (
        "type", "description", "enum", "items", "properties", "additionalProperties", "required", "nullable",
        "anyOf", "format",  # these two only in lookup schemas
    )  # fmt: skip
    return {key: node[key] for key in order if key in node}


def _infer_type(schema: Mapping[str, Any]) -> str | None:
    if any(k in schema for k in ("properties", "additionalProperties", "patternProperties", "required")):
        return "object"
    if any(k in schema for k in ("items", "prefixItems", "minItems", "maxItems")):
        return "array"
    if any(k in schema for k in ("minLength", "maxLength", "pattern")):
        return "string"
    if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
        return "number"
    return None


def _is_null(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (
        schema.get("type") == "null"
        or ("const" in schema and schema["const"] is None)
        or (schema.get("enum") == [None])
    )


def _title_of(view: Mapping[str, Any]) -> str:
    title = view.get("title") or str(view.get("x-ref") or "").rsplit("/", 1)[-1]
    return str(title)


def _is_object(schema: Any) -> bool:
    return (
        isinstance(schema, Mapping)
        and (schema.get("type") == "object" or "properties" in schema)
        and "$ref" not in schema
    )


def _enum_values(schema: Any) -> list[Any] | None:
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return None
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


def _all_equal(values: Sequence[Any]) -> bool:
    return all(value == values[0] for value in values[1:])


def _count_sentence(label: str, low: Any, high: Any, unit: str | None) -> str:
    """``Length: 3 to 20 characters.`` / ``Items: at least 1.`` / ``Keys: exactly 2.``"""
    if low is None and high is None:
        return ""

    def with_unit(count: Any) -> str:
        if unit is None:
            return json_text(count)
        return f"{json_text(count)} {unit}{'' if count == 1 else 's'}"

    if low is not None and high is not None:
        if low == high:
            return f"{label}: exactly {with_unit(low)}."
        inner = f"{json_text(low)} to {with_unit(high)}" if unit else f"{json_text(low)} to {json_text(high)}"
        return f"{label}: {inner}."
    if low is not None:
        return f"{label}: at least {with_unit(low)}."
    return f"{label}: at most {with_unit(high)}."


def _range_sentence(schema: Mapping[str, Any]) -> str:
    """``Range: 1 <= x <= 100.`` with ``<`` for exclusive bounds (draft-4 boolean form included)."""
    low, low_op = _bound(schema, "minimum", "exclusiveMinimum")
    high, high_op = _bound(schema, "maximum", "exclusiveMaximum")
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return f"Range: {json_text(low)} {low_op} x {high_op} {json_text(high)}."
    if low is not None:
        return f"Range: x {'>=' if low_op == '<=' else '>'} {json_text(low)}."
    return f"Range: x {high_op} {json_text(high)}."


def _bound(schema: Mapping[str, Any], inclusive: str, exclusive: str) -> tuple[Any, str]:
    flag = schema.get(exclusive)
    if isinstance(flag, bool):  # draft 4: exclusiveMinimum: true modifies minimum
        return schema.get(inclusive), "<" if flag else "<="
    candidates: list[tuple[Any, str]] = []
    if schema.get(inclusive) is not None:
        candidates.append((schema[inclusive], "<="))
    if flag is not None:
        candidates.append((flag, "<"))
    if not candidates:
        return None, "<="
    if len(candidates) == 2:
        # Both given: the tighter bound wins.
        (inc, _), (exc, _) = candidates
        tighter_is_exclusive = exc >= inc if inclusive == "minimum" else exc <= inc
        return candidates[1] if tighter_is_exclusive else candidates[0]
    return candidates[0]
