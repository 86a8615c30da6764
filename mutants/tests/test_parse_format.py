"""Well-formed Gemma 4 output parses as FORMAT.md section 6 describes (vLLM >= 0.24 with schema
coercion), and bare values are typed by the stated policy (agentkit/gemma4/parse_values.py)."""

from __future__ import annotations

from typing import Any

import pytest
from format_example import E1_TOOLS
from parse_writer import E1_OUTPUT, same

from agentkit.gemma4.parse.events import Repair
from agentkit.gemma4.parse.stream import parse_complete, prompt_ends_in_thought

Q = '<|"|>'


def test_worked_example_output_parses_like_vllm() -> None:
    result = parse_complete(E1_OUTPUT, E1_TOOLS, stop_token_id=50, finish_reason="stop")
    assert result.reasoning == "The user wants two things. I will call get_weather and convert_currency."
    assert result.content is None
    assert [(c.index, c.name, c.arguments) for c in result.tool_calls] == [
        (0, "get_weather", {"location": "Paris, France", "unit": "celsius"}),
        (1, "convert_currency", {"amount": 20, "from_currency": "EUR", "to_currency": "USD"}),
    ]
    assert isinstance(result.tool_calls[1].arguments["amount"], int)  # number schema, integral -> int (vLLM)
    assert result.tool_calls[1].raw.startswith("<|tool_call>call:convert_currency{amount:20,")
    assert result.repairs == () and result.errors == ()
    assert result.end.reason == "tool_response"


def test_stop_token_text_at_the_end_is_the_end() -> None:
    result = parse_complete(E1_OUTPUT + "<|tool_response>", E1_TOOLS)
    assert result.end.reason == "tool_response" and len(result.tool_calls) == 2


def test_final_answer_after_tool_results() -> None:
    text = "It is 18 °C and cloudy in Paris. 20 EUR is about 21.70 USD."
    result = parse_complete(text, E1_TOOLS, stop_token_id=106, finish_reason="stop")
    assert (result.reasoning, result.content, result.tool_calls) == (None, text, ())
    assert result.end.reason == "end_of_turn"


def test_thinking_mode_answer_from_the_notebook() -> None:
    text = (
        "<|channel>thought\n…(Drafting the final response based on this structure.)<channel|>"
        'The term "water formula" most commonly refers to H2O.'
    )
    result = parse_complete(text + "<turn|>")
    assert result.reasoning == "…(Drafting the final response based on this structure.)"
    assert result.content == 'The term "water formula" most commonly refers to H2O.'
    assert result.end.reason == "end_of_turn"


def test_transformers_response_template_case() -> None:
    # transformers tests/models/gemma4/test_response_template_gemma4.py (FORMAT.md 6.3).
    text = "<|channel>thought\nI should multiply.\n<channel|><|tool_call>call:multiply{a:3,b:4}<tool_call|><|tool_response>"
    result = parse_complete(text)
    assert result.reasoning == "I should multiply."  # trailing whitespace stripped, as vLLM >= 0.24
    assert [(c.name, c.arguments) for c in result.tool_calls] == [("multiply", {"a": 3, "b": 4})]


def test_notebook_call_and_ollama_null_case() -> None:
    result = parse_complete(f"<|tool_call>call:get_current_weather{{location:{Q}Tokyo, JP{Q}}}<tool_call|>")
    assert [(c.name, c.arguments) for c in result.tool_calls] == [
        ("get_current_weather", {"location": "Tokyo, JP"})
    ]
    result = parse_complete("<|tool_call>call:set_optional{value:null,nested:{value:null}}<tool_call|>")
    assert result.tool_calls[0].arguments == {"value": None, "nested": {"value": None}}


FORMAT_TABLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "amount": {"type": "number"},
        "from_currency": {"type": "string"},
        "to_currency": {"type": "string"},
        "x": {"type": "number"},
        "flag": {"type": "boolean"},
        "none_val": {"type": ["string", "null"]},
        "neg": {"type": "integer"},
        "config": {
            "type": "object",
            "properties": {"enabled": {"type": "boolean"}, "name": {"type": "string"}},
        },
        "tags": {"type": "array", "items": {"type": "string"}},
        "nums": {"type": "array", "items": {"type": "integer"}},
        "code": {"type": "string"},
        "version": {"type": "string"},
        "id": {"type": "string"},
    },
}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            f"amount:20,from_currency:{Q}EUR{Q},to_currency:{Q}USD{Q}",
            {"amount": 20, "from_currency": "EUR", "to_currency": "USD"},
        ),
        ("x:1.5,flag:true,none_val:null,neg:-3", {"x": 1.5, "flag": True, "none_val": None, "neg": -3}),
        (
            f"config:{{enabled:true,name:{Q}test{Q}}},tags:[{Q}a{Q},{Q}b{Q}],nums:[1,2]",
            {"config": {"enabled": True, "name": "test"}, "tags": ["a", "b"], "nums": [1, 2]},
        ),
        (
            f'code:{Q}def f(x):\n    return {{"a": [1, 2]}}{Q}',
            {"code": 'def f(x):\n    return {"a": [1, 2]}'},
        ),
        (f"version:{Q}1.0{Q},id:007", {"version": "1.0", "id": "007"}),
    ],
)
def test_format_md_argument_table_with_schema(args: str, expected: dict[str, Any]) -> None:
    # FORMAT.md 6.2's examples, typed by a schema as vLLM >= 0.24 coerces them.
    result = parse_complete(f"<|tool_call>call:f{{{args}}}<tool_call|>", {"f": FORMAT_TABLE_SCHEMA})
    assert result.errors == () and result.repairs == ()
    assert same(result.tool_calls[0].arguments, expected)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("x:1.5,flag:true,none_val:null,neg:-3", {"x": 1.5, "flag": True, "none_val": None, "neg": -3}),
        (f"version:{Q}1.0{Q},id:007", {"version": "1.0", "id": "007"}),  # 007 keeps its leading zeros
        ("big:123456789012345678901234567890", {"big": 123456789012345678901234567890}),
        ("e:1e-05,f:-0.5,g:2E+3", {"e": 1e-05, "f": -0.5, "g": 2000.0}),
        # Not JSON numbers or literals: the text stays a string.
        (
            "a:+5,b:.5,c:1.,d:1_000,e:inf,f:NaN,g:1e999,h:None,i:True",
            {
                "a": "+5",
                "b": ".5",
                "c": "1.",
                "d": "1_000",
                "e": "inf",
                "f": "NaN",
                "g": "1e999",
                "h": "None",
                "i": "True",
            },
        ),
        ("s:hello world, t: padded ", {"s": "hello world", "t": "padded"}),
        (f"q:{Q}20{Q},r:{Q}true{Q}", {"q": "20", "r": "true"}),  # quoted values are strings without a schema
    ],
)
def test_values_without_a_schema_are_typed_as_json_would(args: str, expected: dict[str, Any]) -> None:
    result = parse_complete(f"<|tool_call>call:f{{{args}}}<tool_call|>")
    assert result.errors == ()
    assert same(result.tool_calls[0].arguments, expected)


def _typed(schema: dict[str, Any], written: str) -> tuple[Any, tuple[Repair, ...]]:
    tool = {"type": "object", "properties": {"v": schema}}
    result = parse_complete(f"<|tool_call>call:f{{v:{written}}}<tool_call|>", {"f": tool})
    assert result.errors == ()
    return result.tool_calls[0].arguments["v"], result.tool_calls[0].repairs


@pytest.mark.parametrize(
    ("schema", "written", "expected"),
    [
        ({"type": "string"}, "007", "007"),
        ({"type": "string"}, "true", "true"),
        ({"type": "string"}, " 12 ", "12"),
        ({"type": "integer"}, "007", 7),
        ({"type": ["string", "integer"]}, "007", "007"),  # a leading zero would be lost: keep the text
        ({"type": ["string", "integer"]}, "7", 7),
        ({"type": "integer"}, "3.0", 3),
        ({"type": "integer"}, "1e3", 1000),
        ({"type": "integer"}, "abc", "abc"),  # does not fit: the model's value, for the validator to reject
        ({"type": "integer"}, "2.5", 2.5),
        ({"type": "number"}, "2.0", 2),
        ({"type": "number"}, "2.5", 2.5),
        ({"type": "number"}, "-1.5e-3", -0.0015),
        ({"type": "number"}, "1e999", "1e999"),
        ({"type": "boolean"}, "TRUE", True),
        ({"type": "boolean"}, "false", False),
        ({"type": "boolean"}, "1", True),
        ({"type": "null"}, "NULL", None),
        ({"type": ["integer", "null"]}, "None", None),  # the v3 template writes Python None
        ({"type": ["string", "null"]}, "None", "None"),
        ({"type": ["string", "null"]}, "null", None),
        ({"type": "integer", "nullable": True}, "null", None),
        ({"enum": [1, 2, 3]}, "2", 2),
        ({"enum": ["a", "01"]}, "01", "01"),
        ({"const": 5}, "5", 5),
        ({"anyOf": [{"type": "integer"}, {"type": "boolean"}]}, "true", True),
        ({"oneOf": [{"type": "number"}, {"type": "null"}]}, "null", None),
        ({"allOf": [{"type": "integer"}]}, "4", 4),
        ({"description": "no type at all"}, "4", 4),  # nothing to go by: typed as without a schema
        ({"type": "integer"}, "9" * 5000, "9" * 5000),  # beyond Python's int-from-text limit: kept as text
    ],
)
def test_bare_values_are_typed_by_the_schema(schema: dict[str, Any], written: str, expected: Any) -> None:
    value, repairs = _typed(schema, written)
    assert same(value, expected), value
    assert repairs == ()


@pytest.mark.parametrize(
    ("schema", "written", "expected"),
    [
        ({"type": "integer"}, f"{Q}5{Q}", 5),
        ({"type": "boolean"}, f"{Q}false{Q}", False),
        ({"type": "object"}, f'{Q}{{"a": [1, 2]}}{Q}', {"a": [1, 2]}),
        ({"type": "array"}, f"{Q}[1, 2]{Q}", [1, 2]),
    ],
)
def test_quoted_values_for_non_string_fields_are_coerced_and_reported(
    schema: dict[str, Any], written: str, expected: Any
) -> None:
    value, repairs = _typed(schema, written)
    assert same(value, expected)
    assert repairs == (Repair.QUOTED_VALUE_COERCED,)


@pytest.mark.parametrize(
    ("schema", "written", "expected"),
    [
        ({"type": "integer"}, f"{Q}five{Q}", "five"),  # nothing fits: the string, not reported
        ({"type": ["integer", "string"]}, f"{Q}5{Q}", "5"),  # strings allowed: a quoted value stays one
        ({"type": "string"}, f"{Q}5{Q}", "5"),
    ],
)
def test_quoted_values_stay_strings_when_allowed_or_unreadable(
    schema: dict[str, Any], written: str, expected: Any
) -> None:
    value, repairs = _typed(schema, written)
    assert same(value, expected) and repairs == ()


def test_schema_navigation_refs_nested_items_and_additional_properties() -> None:
    schema = {
        "type": "object",
        "$defs": {
            "Point": {"type": "object", "properties": {"x": {"type": "number"}, "label": {"type": "string"}}}
        },
        "properties": {
            "points": {"type": "array", "items": {"$ref": "#/$defs/Point"}},
            "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
            "counts": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    }
    text = (
        f"<|tool_call>call:f{{points:[{{x:1.5,label:007}},{{x:2,label:{Q}b{Q}}}],"
        f"pair:[01,02],counts:{{a:1,b:true}},extra:{{n:08,m:8}}}}<tool_call|>"
    )
    result = parse_complete(text, {"f": schema})
    assert same(
        result.tool_calls[0].arguments,
        {
            "points": [{"x": 1.5, "label": "007"}, {"x": 2, "label": "b"}],
            "pair": ["01", 2],
            "counts": {"a": "1", "b": "true"},
            "extra": {"n": "08", "m": 8},  # not in the schema: typed as JSON would, 08 kept as text
        },
    )


def test_reasoning_named_without_newline_and_whitespace_content() -> None:
    result = parse_complete("<|channel>thought<channel|>Answer")
    assert (result.reasoning, result.content) == (None, "Answer")
    result = parse_complete("<|channel>thought\n  <channel|>\n\n<|tool_call>call:f{}<tool_call|>\n")
    assert (result.reasoning, result.content, len(result.tool_calls)) == (None, None, 1)


def test_output_that_starts_inside_the_thought() -> None:
    # The v5 template ends the prompt after tool results with <|channel>thought\n (vLLM #45834).
    result = parse_complete("Both results are in.\n<channel|>It is 18 °C.", start_in_thought=True)
    assert (result.reasoning, result.content) == ("Both results are in.", "It is 18 °C.")
    # The model repeating the opener is absorbed.
    result = parse_complete("<|channel>thought\nagain<channel|>ok", start_in_thought=True)
    assert (result.reasoning, result.content, result.repairs) == ("again", "ok", ())


def test_prompt_ends_in_thought(tokenizer: Any) -> None:
    e2_tail = f"<|tool_response>response:f{{value:{Q}x{Q}}}<tool_response|>"
    v5_prompt = "<bos><|turn>user\nhi<turn|>\n<|turn>model\n" + e2_tail + "<|channel>thought\n"
    thinking_off = "<bos><|turn>user\nhi<turn|>\n<|turn>model\n<|channel>thought\n<channel|>"
    for prompt, expected in [
        (v5_prompt, True),
        (thinking_off, False),
        ("<bos><|turn>user\nhi<turn|>\n<|turn>model\n", False),
        (
            "<|turn>model\n<|channel>thought\nold<channel|><|tool_call>call:f{}<tool_call|><|tool_response>",
            False,
        ),
        ("<|channel>thought\n<|turn>user\n", False),
    ]:
        assert prompt_ends_in_thought(prompt) is expected, prompt
        assert prompt_ends_in_thought(tokenizer.encode(prompt)) is expected, prompt


def test_text_after_a_stop_token_in_the_text_is_ignored_and_counted() -> None:
    from agentkit.gemma4.parse.stream import StreamParser

    parser = StreamParser()
    events = parser.feed("Answer.<turn|>not part of it")
    events += parser.feed(" nor this")
    assert parser.ended and parser.ignored_after_end == len("not part of it nor this")
    assert [type(e).__name__ for e in events] == ["TextDelta", "End"]
    assert parser.finish(106, "stop") == []
