"""JSON Schema -> Gemma declaration subset: exact translations, folded facts, and the official template.

Each test states the full translated schema it expects; the rendering tests run the real
``format_function_declaration`` macro from the checkpoint's template on the result.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_helpers import TEMPLATES, assert_folds_rendered, assert_gemma_subset, render_official

from agentkit.gemma4.schema import (
    Fold,
    SchemaTranslationError,
    describe_schema,
    join_sentences,
    to_gemma_declaration,
    translate_schema,
)


def params(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def translated(schema: dict[str, Any]) -> dict[str, Any]:
    result = translate_schema(schema)
    assert_gemma_subset(result.parameters)
    return result.parameters


def prop(schema: dict[str, Any], name: str = "x") -> dict[str, Any]:
    return translated(params(**{name: schema}))["properties"][name]


# ------------------------------------------------------------------------------------ references


def test_ref_is_inlined_and_both_descriptions_kept() -> None:
    schema = {
        "type": "object",
        "$defs": {
            "Addr": {
                "type": "object",
                "title": "Addr",
                "description": "A postal address.",
                "properties": {"street": {"type": "string", "title": "Street"}},
                "required": ["street"],
            }
        },
        "properties": {"ship_to": {"$ref": "#/$defs/Addr", "description": "Where to ship"}},
        "required": ["ship_to"],
    }
    assert translated(schema) == {
        "type": "object",
        "properties": {
            "ship_to": {
                "type": "object",
                "description": "Where to ship. A postal address.",
                "properties": {"street": {"type": "string"}},
                "required": ["street"],
            }
        },
        "required": ["ship_to"],
    }


def test_recursive_ref_stops_with_a_note_naming_the_first_expansion() -> None:
    schema = {
        "type": "object",
        "$defs": {
            "Node": {
                "type": "object",
                "title": "Node",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
                    "parent": {"anyOf": [{"$ref": "#/$defs/Node"}, {"type": "null"}]},
                },
                "required": ["name"],
            }
        },
        "properties": {"tree": {"$ref": "#/$defs/Node"}},
    }
    result = translate_schema(schema)
    recursive = {
        "type": "object",
        "description": "Recursive: a Node with the same structure as tree.",
        "properties": {},
    }
    assert result.parameters["properties"]["tree"] == {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": recursive},
            "parent": {**recursive, "nullable": True},
        },
        "required": ["name"],
    }
    assert [f.path for f in result.folds if f.keyword == "$ref"] == ["$.tree.children[]", "$.tree.parent"]


def test_recursion_through_the_root_names_the_arguments() -> None:
    schema = {
        "type": "object",
        "title": "Expr",
        "properties": {"op": {"type": "string"}, "args": {"type": "array", "items": {"$ref": "#"}}},
    }
    assert translated(schema)["properties"]["args"] == {
        "type": "array",
        "items": {
            "type": "object",
            "description": "Recursive: a Expr with the same structure as the arguments.",
            "properties": {},
        },
    }


def test_allof_single_ref_and_merged_objects() -> None:
    schema = {
        "type": "object",
        "$defs": {
            "A": {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]},
            "B": {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]},
        },
        "properties": {
            "one": {"allOf": [{"$ref": "#/$defs/A"}], "description": "Just A"},
            "both": {"allOf": [{"$ref": "#/$defs/A"}, {"$ref": "#/$defs/B"}]},
        },
    }
    out = translated(schema)["properties"]
    assert out["one"] == {
        "type": "object",
        "description": "Just A",
        "properties": {"a": {"type": "integer"}},
        "required": ["a"],
    }
    assert out["both"] == {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "string"}},
        "required": ["a", "b"],
    }


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("https://example.com/s.json", "is not in this schema: only local $refs"),
        ("#/$defs/Missing", "points to nothing (no 'Missing')"),
    ],
)
def test_bad_refs_are_named(ref: str, message: str) -> None:
    with pytest.raises(SchemaTranslationError, match=r"\$\.x: .*" + re.escape(message)):
        translate_schema({**params(x={"$ref": ref}), "$defs": {"Other": {}}})


# ---------------------------------------------------------------------------- optional and unions


def test_optional_becomes_nullable_with_default_folded() -> None:
    assert prop({"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}], "default": None}) == {
        "type": "integer",
        "description": "Range: x >= 0. Default: null.",
        "nullable": True,
    }


def test_type_list_with_null_becomes_nullable() -> None:
    assert prop({"type": ["string", "null"], "description": "Name"}) == {
        "type": "string",
        "description": "Name",
        "nullable": True,
    }


def test_type_list_of_several_types_keeps_the_first_and_lists_all() -> None:
    assert prop({"type": ["integer", "string"]}) == {
        "type": "integer",
        "description": "One of: integer | string.",
    }


def test_mixed_union_lists_alternatives_after_the_own_description() -> None:
    schema = {
        "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "minLength": 2}],
        "description": "Page",
        "default": 1,
    }
    assert prop(schema) == {
        "type": "integer",
        "description": "Page. One of: integer | string (Length: at least 2 characters.). Range: x >= 1. Default: 1.",
    }


def test_integer_or_number_union_becomes_number() -> None:
    assert prop({"anyOf": [{"type": "integer"}, {"type": "number"}]}) == {
        "type": "number",
        "description": "One of: integer | number.",
    }


def test_union_of_literals_merges_into_one_enum() -> None:
    schema = {
        "anyOf": [{"const": "a", "type": "string"}, {"enum": ["b", "c"], "type": "string"}, {"type": "null"}]
    }
    assert prop(schema) == {"type": "string", "enum": ["a", "b", "c"], "nullable": True}


def test_literal_or_free_string_lists_the_literal() -> None:
    assert prop({"anyOf": [{"const": "auto"}, {"type": "string"}]}) == {
        "type": "string",
        "description": 'One of: "auto" | string.',
        "enum": ["auto"],
    }


def test_discriminated_object_union_is_merged() -> None:
    schema = {
        "type": "object",
        "$defs": {
            "Cat": {
                "type": "object",
                "title": "Cat",
                "properties": {
                    "kind": {"const": "cat", "type": "string"},
                    "lives": {"type": "integer", "default": 9},
                },
                "required": ["kind"],
            },
            "Dog": {
                "type": "object",
                "title": "Dog",
                "properties": {"kind": {"const": "dog", "type": "string"}, "barks": {"type": "boolean"}},
                "required": ["kind", "barks"],
            },
        },
        "properties": {
            "pet": {
                "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
                "discriminator": {"propertyName": "kind"},
                "description": "The pet",
            }
        },
        "required": ["pet"],
    }
    result = translate_schema(schema)
    assert result.parameters["properties"]["pet"] == {
        "type": "object",
        "description": "The pet. One of: Cat {kind, lives?} | Dog {kind, barks}.",
        "properties": {
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "lives": {"type": "integer", "description": "Default: 9."},
            "barks": {"type": "boolean"},
        },
        "required": ["kind"],
    }
    assert (
        Fold(
            "$.pet",
            "discriminator",
            {"propertyName": "kind"},
            "OpenAPI discriminator; the merged enum of the tag property carries it",
        )
        in result.dropped
    )


def test_same_property_with_different_types_across_variants_becomes_a_union() -> None:
    schema = {
        "anyOf": [
            {"type": "object", "properties": {"v": {"type": "integer"}}, "required": ["v"]},
            {"type": "object", "properties": {"v": {"type": "string"}}, "required": ["v"]},
        ]
    }
    assert prop(schema) == {
        "type": "object",
        "description": "One of: {v} | {v}.",
        "properties": {"v": {"type": "integer", "description": "One of: integer | string."}},
        "required": ["v"],
    }


def test_object_or_string_union_describes_the_object() -> None:
    schema = {
        "anyOf": [
            {"type": "string"},
            {"type": "object", "title": "Spec", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
        ]
    }
    assert prop(schema) == {
        "type": "string",
        "description": "One of: string | object Spec {n: integer}.",
    }


def test_null_only_schema() -> None:
    assert prop({"type": "null"}) == {"type": "string", "description": "Always null.", "nullable": True}


# ------------------------------------------------------------------------------------------ enums


def test_string_enum_is_kept() -> None:
    assert prop({"enum": ["red", "green"], "type": "string", "default": "red"}) == {
        "type": "string",
        "description": 'Default: "red".',
        "enum": ["red", "green"],
    }


def test_integer_literal_goes_to_the_description() -> None:
    assert prop({"enum": [1, 2, 3], "type": "integer", "description": "Level"}) == {
        "type": "integer",
        "description": "Level. Allowed values: 1, 2, 3.",
    }


def test_float_bool_and_mixed_enums() -> None:
    assert prop({"enum": [0.5, 1]}) == {"type": "number", "description": "Allowed values: 0.5, 1."}
    assert prop({"const": True}) == {"type": "boolean", "description": "Allowed values: true."}
    assert prop({"enum": ["a", 1]}) == {"type": "string", "description": 'Allowed values: "a", 1.'}


def test_enum_with_none_becomes_nullable() -> None:
    assert prop({"enum": ["a", None]}) == {"type": "string", "enum": ["a"], "nullable": True}


# ----------------------------------------------------------------------------- folded constraints


@pytest.mark.parametrize(
    ("keywords", "sentence"),
    [
        ({"minimum": 1, "maximum": 100}, "Range: 1 <= x <= 100."),
        ({"minimum": 1}, "Range: x >= 1."),
        ({"maximum": 5}, "Range: x <= 5."),
        ({"exclusiveMinimum": 0}, "Range: x > 0."),
        ({"exclusiveMaximum": 1}, "Range: x < 1."),
        ({"exclusiveMinimum": 0, "maximum": 1}, "Range: 0 < x <= 1."),
        ({"minimum": 0, "exclusiveMinimum": True}, "Range: x > 0."),  # draft 4
        ({"minimum": 0, "exclusiveMinimum": 2}, "Range: x > 2."),  # the tighter bound wins
        ({"minimum": 3, "exclusiveMinimum": 2}, "Range: x >= 3."),
    ],
)
def test_numeric_bounds(keywords: dict[str, Any], sentence: str) -> None:
    result = translate_schema(params(x={"type": "number", **keywords}))
    assert result.parameters["properties"]["x"]["description"] == sentence
    assert {f.keyword for f in result.folds} == set(keywords)


def test_string_facts_in_order() -> None:
    schema = {
        "type": "string",
        "description": "Slug",
        "format": "uri-reference",
        "pattern": "^[a-z-]+$",
        "minLength": 3,
        "maxLength": 20,
        "examples": ["my-page"],
        "deprecated": True,
    }
    assert prop(schema)["description"] == (
        "Slug. Format: uri-reference. Pattern: `^[a-z-]+$`. Length: 3 to 20 characters. "
        'Example: "my-page". Deprecated.'
    )


@pytest.mark.parametrize(
    ("keywords", "sentence"),
    [
        ({"minLength": 1}, "Length: at least 1 character."),
        ({"maxLength": 8}, "Length: at most 8 characters."),
        ({"minLength": 4, "maxLength": 4}, "Length: exactly 4 characters."),
    ],
)
def test_string_lengths(keywords: dict[str, Any], sentence: str) -> None:
    assert prop({"type": "string", **keywords})["description"] == sentence


def test_array_facts() -> None:
    schema = {
        "type": "array",
        "items": {"type": "integer", "multipleOf": 5},
        "minItems": 1,
        "maxItems": 3,
        "uniqueItems": True,
        "default": [5],
    }
    assert prop(schema) == {
        "type": "array",
        "description": "Items: 1 to 3. Items must be unique. Default: [5].",
        "items": {"type": "integer", "description": "Multiple of 5."},
    }


def test_tuple_positions_are_listed() -> None:
    schema = {
        "type": "array",
        "prefixItems": [{"type": "integer"}, {"type": "string"}],
        "minItems": 2,
        "maxItems": 2,
    }
    assert prop(schema) == {
        "type": "array",
        "description": "Items in order: integer, string. Items: exactly 2.",
        "items": {"type": "integer", "description": "One of: integer | string."},
    }
    same = {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}]}
    assert prop(same) == {
        "type": "array",
        "description": "Items in order: number, number.",
        "items": {"type": "number"},
    }


def test_dict_value_types_are_folded_and_kept_for_lookups() -> None:
    schema = params(
        counts={"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        tags={"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    )
    result = translate_schema(schema)
    assert result.parameters["properties"] == {
        "counts": {"type": "object", "description": "Values: integer (Range: x >= 0.).", "properties": {}},
        "tags": {"type": "object", "description": "Values: array of string.", "properties": {}},
    }
    assert result.lookup_schema["properties"]["counts"]["additionalProperties"] == {
        "type": "integer",
        "description": "Range: x >= 0.",
    }


def test_object_with_properties_and_extra_values_and_forbidden_extras() -> None:
    mixed = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": {"type": "number"},
    }
    assert prop(mixed)["description"] == "Other keys allowed; values: number."
    closed = {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False}
    assert prop(closed)["description"] == "No other keys allowed."


def test_other_object_keywords() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        "minProperties": 1,
        "propertyNames": {"pattern": "^[ab]$"},
        "patternProperties": {"^x_": {"type": "integer"}},
        "dependentRequired": {"a": ["b"]},
    }
    assert prop(schema)["description"] == (
        "Keys: Pattern: `^[ab]$`. Keys matching `^x_`: integer values. Keys: at least 1. "
        "If a is given, b is also required."
    )


def test_any_value_and_not() -> None:
    assert prop({}) == {"type": "string", "description": "Any JSON value."}
    assert prop({"description": "Payload", "default": None}) == {
        "type": "string",
        "description": "Payload. Any JSON value. Default: null.",
    }
    assert prop({"type": "string", "not": {"enum": ["root"]}})["description"] == 'Must not be "root".'


def test_inferred_types() -> None:
    assert prop({"properties": {"a": {"type": "integer"}}}) == {
        "type": "object",
        "properties": {"a": {"type": "integer"}},
    }
    assert prop({"items": {"type": "string"}}) == {"type": "array", "items": {"type": "string"}}
    assert prop({"maxLength": 2}) == {"type": "string", "description": "Length: at most 2 characters."}


# ----------------------------------------------------------------------------- reports and errors


def test_dropped_keywords_are_reported_with_a_reason() -> None:
    result = translate_schema(
        {
            "type": "object",
            "title": "Args",
            "properties": {"a": {"type": "string", "title": "A", "x-ui": "wide", "if": {"minLength": 1}}},
        }
    )
    assert {(f.path, f.keyword, f.note) for f in result.dropped} == {
        ("$", "title", "display title; the property name already says it"),
        ("$.a", "title", "display title; the property name already says it"),
        ("$.a", "x-ui", "vendor extension"),
        ("$.a", "if", "no Gemma equivalent"),
    }


def test_top_level_forbidden_extras_are_dropped_not_folded() -> None:
    result = translate_schema({"type": "object", "properties": {}, "additionalProperties": False})
    assert result.parameters == {"type": "object", "properties": {}}
    assert result.root_description == ""
    assert result.dropped == (Fold("$", "additionalProperties", False, "top-level; enforced by validation"),)


def test_root_description_and_notes_go_to_the_tool_description() -> None:
    schema = {
        "type": "object",
        "description": "Search options",
        "properties": {"q": {"type": "string"}},
        "minProperties": 1,
    }
    tool, report = to_gemma_declaration("search", "Search the docs", schema)
    assert tool == {
        "type": "function",
        "function": {
            "name": "search",
            "description": "Search the docs. Search options. Keys: at least 1.",
            "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
        },
    }
    assert report is not None and report.root_description == "Search options. Keys: at least 1."


def test_no_parameters() -> None:
    tool, report = to_gemma_declaration("ping", "", None)
    assert tool == {"type": "function", "function": {"name": "ping", "description": ""}}
    assert report is None
    assert render_official(tool) == 'declaration:ping{description:<|"|><|"|>}'


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "string"}, 'tool parameters must be an object schema .* got type "string"'),
        (params(x=False), r"\$\.x: the schema `false` accepts no value"),
        (params(x={"type": "text"}), r'\$\.x: unknown type "text"'),
        (params(x=[1]), r"\$\.x: a schema must be a JSON object"),
        ({"type": "object", "properties": {}, "required": "a"}, r"\$: required must be a list"),
        (params(x={"anyOf": []}), r"\$\.x: anyOf must be a non-empty list"),
    ],
)
def test_bad_schemas_get_a_clear_error(schema: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaTranslationError, match=message):
        translate_schema(schema)


def test_helpers() -> None:
    assert join_sentences("Max results", "Default: 10.") == "Max results. Default: 10."
    assert join_sentences("Why?", "", "Default: 1.") == "Why? Default: 1."
    node = {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "array", "items": {"type": "string"}}},
        "required": ["a"],
        "nullable": True,
    }
    assert describe_schema(node, title="T") == "object T {a: integer, b?: array of string} or null"


# ----------------------------------------------------------------------------------- rendering


@pytest.mark.parametrize("template", TEMPLATES)
def test_official_template_prints_every_folded_fact(template: str) -> None:
    schema = {
        "type": "object",
        "$defs": {"Level": {"enum": [1, 2], "type": "integer", "title": "Level"}},
        "properties": {
            "query": {"type": "string", "minLength": 1, "description": "Query text"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
            "level": {"$ref": "#/$defs/Level", "default": 1},
            "page": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "tags": {"type": "object", "additionalProperties": {"type": "string"}},
            "ids": {"type": "array", "items": {"type": "integer", "minimum": 0}, "maxItems": 5},
        },
        "required": ["query"],
    }
    tool, report = to_gemma_declaration("search_docs", "Search.", schema)
    assert report is not None
    rendered = render_official(tool, template)
    assert rendered == (
        'declaration:search_docs{description:<|"|>Search.<|"|>,parameters:{properties:{'
        'ids:{description:<|"|>Items: at most 5.<|"|>,items:{description:<|"|>Range: x >= 0.<|"|>,'
        'type:<|"|>INTEGER<|"|>},type:<|"|>ARRAY<|"|>},'
        'level:{description:<|"|>Allowed values: 1, 2. Default: 1.<|"|>,type:<|"|>INTEGER<|"|>},'
        'limit:{description:<|"|>Range: 1 <= x <= 100. Default: 10.<|"|>,type:<|"|>INTEGER<|"|>},'
        'page:{description:<|"|>One of: integer | string.<|"|>,type:<|"|>INTEGER<|"|>},'
        'query:{description:<|"|>Query text. Length: at least 1 character.<|"|>,type:<|"|>STRING<|"|>},'
        'tags:{description:<|"|>Values: string.<|"|>,properties:{},type:<|"|>OBJECT<|"|>}},'
        'required:[<|"|>query<|"|>],type:<|"|>OBJECT<|"|>}}'
    )
    assert_folds_rendered(report, rendered)


# --------------------------------------------------------------------- generated schemas (hypothesis)

_leaf = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("string")},
        optional={
            "minLength": st.integers(0, 5),
            "maxLength": st.integers(5, 9),
            "pattern": st.just("^a"),
            "format": st.sampled_from(["date", "uuid"]),
            "default": st.text(max_size=3),
        },
    ),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["integer", "number"])},
        optional={
            "minimum": st.integers(-5, 0),
            "maximum": st.integers(1, 9),
            "exclusiveMaximum": st.integers(10, 20),
            "multipleOf": st.just(2),
            "default": st.integers(0, 3),
        },
    ),
    st.fixed_dictionaries({"type": st.just("boolean")}, optional={"default": st.booleans()}),
    st.fixed_dictionaries(
        {
            "enum": st.lists(
                st.one_of(st.text(min_size=1, max_size=3), st.integers(0, 9)),
                min_size=1,
                max_size=3,
                unique=True,
            )
        }
    ),
    st.fixed_dictionaries({"const": st.one_of(st.text(max_size=3), st.integers(), st.none())}),
    st.just({}),
    st.just({"$ref": "#/$defs/Shared"}),
    st.just({"$ref": "#/$defs/Tree"}),
)


def _extend(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    name = st.text(alphabet="abcdefgh", min_size=1, max_size=4)
    return st.one_of(
        st.fixed_dictionaries(
            {"type": st.just("array"), "items": children},
            optional={"minItems": st.integers(0, 2), "uniqueItems": st.just(True)},
        ),
        st.fixed_dictionaries(
            {"type": st.just("object"), "properties": st.dictionaries(name, children, max_size=3)},
            optional={
                "additionalProperties": st.one_of(st.booleans(), children),
                "description": st.text(max_size=8),
            },
        ),
        st.builds(lambda alts: {"anyOf": alts}, st.lists(children, min_size=1, max_size=3)),
        st.builds(lambda alt: {"anyOf": [alt, {"type": "null"}], "default": None}, children),
        st.builds(
            lambda alts: {"type": "array", "prefixItems": alts}, st.lists(children, min_size=1, max_size=3)
        ),
        st.builds(lambda c: {"allOf": [c]}, children),
    )


_schemas = st.recursive(_leaf, _extend, max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(alphabet="xyz", min_size=1, max_size=3), _schemas, min_size=1, max_size=4))
def test_any_generated_schema_translates_into_the_subset_and_renders_every_fold(
    props: dict[str, Any],
) -> None:
    schema = {
        "type": "object",
        "$defs": {
            "Shared": {"type": "integer", "minimum": 1, "description": "Shared"},
            "Tree": {
                "type": "object",
                "properties": {"kids": {"type": "array", "items": {"$ref": "#/$defs/Tree"}}},
            },
        },
        "properties": props,
    }
    tool, report = to_gemma_declaration("f", "F.", schema)
    assert report is not None
    assert_gemma_subset(tool["function"]["parameters"])
    assert_folds_rendered(report, render_official(tool))
