"""The one schema walker (agentkit.schema_walk, on `referencing`) and the one problem writer
(agentkit.problems) that tool arguments, structured output and task files share."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from agentkit.agent.structured import OutputInvalid, OutputSpec
from agentkit.gemma4.schema import SchemaTranslationError, translate_schema
from agentkit.problems import NOTHING, Problem, report
from agentkit.schema_walk import SchemaRefError, SchemaWalker
from agentkit.tool import Tool
from agentkit.tool.signature import ToolArgumentsInvalid

TREE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "root": {"$ref": "#/$defs/Node"},
        "alias": {"$ref": "#/$defs/Alias"},
        "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"$ref": "#/$defs/Leaf"}]},
        "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "pet": {
            "oneOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/$defs/Cat", "dog": "#/$defs/Dog"},
            },
        },
        "maybe": {"anyOf": [{"$ref": "#/$defs/Leaf"}, {"type": "null"}]},
    },
    "$defs": {
        "Node": {
            "type": "object",
            "properties": {
                "value": {"type": "integer"},
                "kids": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
            },
        },
        "Alias": {"$ref": "#/$defs/Leaf"},  # a $ref to a $ref
        "Leaf": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
        "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, "purrs": {"type": "boolean"}}},
        "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}, "barks": {"type": "boolean"}}},
        "Item": {"$id": "item.json", "type": "object", "properties": {"sku": {"type": "string"}}},
        "Anchored": {"$anchor": "point", "type": "object", "properties": {"x": {"type": "number"}}},
    },
}


# ----------------------------------------------------------------------------------------- refs


def test_refs_resolve_through_defs_chains_ids_and_anchors() -> None:
    walker = SchemaWalker(TREE)
    assert walker.resolve("#/$defs/Leaf")["required"] == ["name"]
    assert walker.deref({"$ref": "#/$defs/Alias"})["properties"] == {"name": {"type": "string"}}
    assert walker.resolve("item.json")["properties"] == {"sku": {"type": "string"}}  # an $id it declares
    assert walker.resolve("#point")["properties"] == {"x": {"type": "number"}}  # an $anchor


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("#/$defs/Missing", r"\$.properties.x: \$ref '#/\$defs/Missing' points to nothing \(no 'Missing'\)"),
        ("#nowhere", r"\$ref '#nowhere' points to nothing \(no anchor 'nowhere'\)"),
        ("https://example.com/other.json", r"is not in this schema: only local \$refs"),
    ],
)
def test_a_bad_ref_is_named_with_its_location(ref: str, message: str) -> None:
    with pytest.raises(SchemaRefError, match=message):
        SchemaWalker(TREE).resolve(ref, where="$.properties.x")


def test_a_ref_loop_is_a_clear_error() -> None:
    looped = {"$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}}
    with pytest.raises(
        SchemaRefError, match=r"\$ref '#/\$defs/A' loops: #/\$defs/A -> #/\$defs/B -> #/\$defs/A"
    ):
        SchemaWalker(looped).deref({"$ref": "#/$defs/A"})


def test_expansion_of_a_recursive_schema_is_bounded() -> None:
    expanded = SchemaWalker(TREE).expand({"$ref": "#/$defs/Node"}, depth=3)
    kids = expanded["properties"]["kids"]
    assert kids["items"]["properties"]["value"] == {"type": "integer"}  # expanded while the depth lasts
    assert kids["items"]["properties"]["kids"]["items"] == {"$ref": "#/$defs/Node"}  # then left as a $ref


def test_the_gemma_declaration_inlines_ids_and_anchors_and_stops_at_recursion() -> None:
    schema = {
        "type": "object",
        "properties": {
            "item": {"$ref": "item.json"},
            "at": {"$ref": "#point"},
            "tree": {"$ref": "#/$defs/Node"},
        },
        "$defs": TREE["$defs"],
    }
    parameters = translate_schema(schema).parameters["properties"]
    assert parameters["item"]["properties"] == {"sku": {"type": "string"}}
    assert parameters["at"]["properties"] == {"x": {"type": "number"}}
    assert (
        "Recursive: a Node with the same structure as tree."
        in parameters["tree"]["properties"]["kids"]["items"]["description"]
    )
    with pytest.raises(SchemaTranslationError, match=r"\$.item: \$ref 'items.json' is not in this schema"):
        translate_schema({**schema, "properties": {"item": {"$ref": "items.json"}}})


# ------------------------------------------------------------------------------------ locations


@pytest.mark.parametrize(
    ("location", "path", "node_has"),
    [
        (("root", "kids", 3, "value"), ("root", "kids", 3, "value"), {"type": "integer"}),
        (("alias", "name"), ("alias", "name"), {"type": "string"}),
        (("pair", 1, "name"), ("pair", 1, "name"), {"type": "string"}),
        (("counts", "apples"), ("counts", "apples"), {"type": "integer"}),
        (("pet", "dog", "barks"), ("pet", "dog", "barks"), {"type": "boolean"}),  # the tag is in the schema
        (("pet", "Dog", "barks"), ("pet", "barks"), {"type": "boolean"}),  # a union member's name is skipped
        (("maybe", "Leaf", "name"), ("maybe", "name"), {"type": "string"}),
        (("nothing", "here"), (), {"type": "object"}),
    ],
)
def test_locate_walks_the_data_path_and_skips_model_steps(
    location: tuple[Any, ...], path: tuple[Any, ...], node_has: dict[str, Any]
) -> None:
    found = SchemaWalker(TREE).locate(location)
    assert found.path == path
    assert node_has.items() <= found.node.items()


# ------------------------------------------------------------------------------- the one writer


def test_the_writer_says_where_what_was_expected_and_the_closest_name() -> None:
    lines = [
        Problem(("a", 2), "missing", "integer").line(noun="argument"),
        Problem(("colour",), "unexpected", "color, size", True, suggestion="color").line(),
        Problem(("size",), "invalid", "integer", "big", "Input should be a valid integer").line(),
        Problem(("user",), detail="never root", received=0).line(),
        Problem((), "invalid", "object", [1], "Not a mapping.").line(noun="argument", whole="arguments"),
    ]
    assert lines == [
        "a[2]: missing required argument (expected integer).",
        "colour: unknown field, got true; did you mean 'color'? Allowed: color, size.",
        'size: expected integer, got "big". Input should be a valid integer.',
        "user: never root (got 0)",
        "arguments: expected object, got [1]. Not a mapping.",
    ]
    assert Problem(("x",), "missing").received is NOTHING
    assert report("Head:", [Problem(("x",), "missing")], noun="field", bullet="  ") == (
        "Head:\n  x: missing required field."
    )


class Leaf(BaseModel):
    name: str


class Holder(BaseModel):
    leaf: Leaf
    count: int


def test_tool_arguments_and_structured_output_write_the_same_line() -> None:
    """One problem model: the same mistake reads the same in a tool call and in a final answer."""

    def handler(arguments: dict[str, Any], ctx: Any) -> Any:
        return arguments

    schema = Holder.model_json_schema()
    raw = Tool.from_schema("hold", schema, handler, runs_in="host")
    with pytest.raises(ToolArgumentsInvalid) as tool_error:
        raw.validate({"leaf": {}, "count": 1})
    with pytest.raises(OutputInvalid) as answer_error:
        OutputSpec(Holder).validate('{"leaf": {}, "count": 1}')
    with pytest.raises(OutputInvalid) as schema_answer_error:
        OutputSpec(schema).validate('{"leaf": {}, "count": 1}')
    expected = "- leaf.name: missing required {}."
    assert expected.format("argument (expected string)") in str(tool_error.value).splitlines()
    assert expected.format("field (expected string)") in str(answer_error.value).splitlines()
    assert expected.format("field (expected string)") in str(schema_answer_error.value).splitlines()


def test_structured_output_names_each_field_and_expands_refs() -> None:
    with pytest.raises(OutputInvalid) as caught:
        OutputSpec(Holder).validate('{"leaf": {"name": 5}, "count": "many"}')
    assert str(caught.value).splitlines() == [
        "Your final answer does not match the required schema:",
        "- leaf.name: expected string, got 5. Input should be a valid string.",
        (
            '- count: expected integer, got "many". Input should be a valid integer, unable to parse string '
            "as an integer."
        ),
        "Reply again with only the corrected JSON value.",
    ]
    with pytest.raises(OutputInvalid) as whole:
        OutputSpec(Holder).validate('"just text"')
    assert (
        str(whole.value)
        .splitlines()[1]
        .startswith(
            '- answer: expected object {leaf: object {name: string}, count: integer}, got "just text".'
        )
    )
