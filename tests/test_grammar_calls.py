"""The Gemma 4 call grammar (agentkit.gemma4.grammar) checked by xgrammar's matcher on real token ids:
valid calls pass and parse back with no repairs, each kind of malformed call is refused, and each
tool_choice admits what it should and nothing else."""

from __future__ import annotations

from typing import Any

import pytest
from grammar_check import accepts
from grammar_tools import TOOLS

from agentkit.agent.tool_choice import check_tool_choice, step_constraint
from agentkit.engines.base import SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.grammar import GrammarError, ToolGrammar
from agentkit.gemma4.parse import parse_complete
from agentkit.gemma4.syntax import format_value

D = '<|"|>'
SCHEMAS = TOOLS.parser_schemas
GRAMMAR = ToolGrammar.for_tools(SCHEMAS)

VALID: list[tuple[str, dict[str, Any]]] = [
    ("get_weather", {"location": "Paris, France"}),
    ("get_weather", {"location": "x{y}:z,<", "unit": "fahrenheit"}),
    ("convert_currency", {"amount": 20, "from_currency": "EUR", "to_currency": "USD"}),
    ("convert_currency", {"amount": -1.5e-3, "from_currency": "", "to_currency": "a\nb"}),
    ("create_event", {"title": "t", "attendees": [], "when": {"day": "mon", "hour": 9}}),
    (
        "create_event",
        {"title": "t", "attendees": ["a", "b"], "when": {"day": "fri", "hour": -1}, "reminder_minutes": None},
    ),
    ("search_docs", {"query": "q"}),
    (
        "search_docs",
        {"query": "q", "exact": True, "limit": 3, "filters": {"lang": "fr", "tags": ["x"], "min_score": 0.5}},
    ),
    (
        "add_contact",
        {"name": "n", "emails": ["e@x"], "address": {"street": "s", "city": "c", "zip": None}, "priority": 2},
    ),
    ("set_flags", {"flags": {}}),
    ("set_flags", {"flags": {"beta": True, "dark_mode": False}}),
    ("move", {"point": [3, -4], "color": "green"}),
    (
        "place_order",
        {"items": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2, "options": ["gift", "express"]}]},
    ),
    ("ping", {}),
    ("plant", {"root": {"label": "r", "children": [{"label": "a"}, {"label": "b", "children": []}]}}),
]


def call(name: str, arguments: dict[str, Any]) -> str:
    return f"<|tool_call>call:{name}{format_value(arguments, escape_keys=False, null='null')}<tool_call|>"


@pytest.mark.parametrize(("name", "arguments"), VALID)
def test_valid_calls_pass_parse_without_repairs_and_validate(name: str, arguments: dict[str, Any]) -> None:
    text = call(name, arguments)
    assert accepts(GRAMMAR.constraint("required"), text)
    assert accepts(GRAMMAR.constraint(name), text)
    parsed = parse_complete(text, SCHEMAS, stop_token_id=50, finish_reason="stop")
    assert not parsed.errors and not parsed.repairs
    (found,) = parsed.tool_calls
    assert (found.name, found.arguments, tuple(found.repairs)) == (name, arguments, ())
    TOOLS.get(name).validate(found.arguments)


def test_several_calls_in_a_row_only_when_parallel() -> None:
    two = call("ping", {}) + call("get_weather", {"location": "x"})
    assert accepts(GRAMMAR.constraint("required"), two)
    assert not accepts(GRAMMAR.constraint("required", parallel=False), two)
    assert accepts(GRAMMAR.constraint("required", parallel=False), call("ping", {}))


@pytest.mark.parametrize(
    "text",
    [
        f"<|tool_call>call:get_weather{{unit:{D}celsius{D}}}<tool_call|>",  # required key missing
        f"<|tool_call>call:get_weather{{location:{D}x{D},unit:{D}kelvin{D}}}<tool_call|>",  # not in the enum
        f"<|tool_call>call:get_weather{{location:{D}x{D},zone:1}}<tool_call|>",  # unknown key
        f"<|tool_call>call:get_weather{{unit:{D}celsius{D},location:{D}x{D}}}<tool_call|>",  # not the template's order
        f"<|tool_call>call:get_weather{{location:{D}x{D},location:{D}y{D}}}<tool_call|>",  # a key twice
        "<|tool_call>call:get_weather{location:x}<tool_call|>",  # a string without delimiters
        '<|tool_call>call:get_weather{location:"x"}<tool_call|>',  # JSON quotes
        f"<|tool_call>call:get_weather{{location:{D}x{D}}}<turn|>",  # no <tool_call|>
        f"<|tool_call>call:weather{{location:{D}x{D}}}<tool_call|>",  # unknown tool
        f"<|tool_call>call:convert_currency{{amount:1e999,from_currency:{D}a{D},to_currency:{D}b{D}}}<tool_call|>",
        f"<|tool_call>call:create_event{{attendees:[],title:{D}t{D},when:{{day:{D}sat{D},hour:1}}}}<tool_call|>",
        f"<|tool_call>call:move{{color:{D}red{D},point:[1]}}<tool_call|>",  # tuple too short
        "<|tool_call>call:set_flags{flags:{beta:1}}<tool_call|>",  # map value not a boolean
        "<|tool_call>call:ping{x:1}<tool_call|>",  # a tool without parameters
        f"<|tool_call>call:get_weather{{location:{D}a<turn|>b{D}}}<tool_call|>",  # a stop token in a string
        f"<|tool_call>call:get_weather{{location:{D}a{D}}}<tool_call|>Done.",  # text after the calls
        f"I will call it.<|tool_call>call:get_weather{{location:{D}a{D}}}<tool_call|>",  # text before (required)
        "",  # no call at all
    ],
)
def test_malformed_calls_are_refused_in_required_mode(text: str) -> None:
    assert not accepts(GRAMMAR.constraint("required"), text)


def test_auto_keeps_text_free_and_calls_well_formed() -> None:
    auto = GRAMMAR.constraint("auto")
    assert accepts(auto, 'Just an answer, with <|"|> and {braces}.', stop=106)
    assert accepts(auto, "Let me look." + call("get_weather", {"location": "Paris"}))
    assert accepts(auto, "", stop=106)
    assert not accepts(auto, "Let me look.<|tool_call>call:get_weather{}<tool_call|>")
    assert not accepts(auto, call("ping", {}) + "and more text")
    assert not accepts(auto, "a turn of its own<|turn>user\nhi", stop=106)


def test_none_never_starts_a_call_and_named_allows_one_tool() -> None:
    assert accepts(GRAMMAR.constraint("none"), "No tools today.", stop=106)
    assert not accepts(GRAMMAR.constraint("none"), call("ping", {}))
    assert not accepts(GRAMMAR.constraint("none"), "text" + call("ping", {}))
    named = GRAMMAR.constraint("get_weather")
    assert accepts(named, call("get_weather", {"location": "a"}) + call("get_weather", {"location": "b"}))
    assert not accepts(named, call("ping", {}))
    assert not accepts(named, call("get_weather", {"location": "a"}) + call("ping", {}))


def test_thought_stays_free_where_the_prompt_leaves_room() -> None:
    thought = '<|channel>thought\nI should {check} the <|"|>weather.<channel|>'
    weather = call("get_weather", {"location": "a"})
    assert accepts(GRAMMAR.constraint("required", start="open"), thought + weather)
    assert accepts(GRAMMAR.constraint("required", start="open"), weather)
    assert not accepts(GRAMMAR.constraint("required", start="after_thought"), thought + weather)
    inside = GRAMMAR.constraint("required", start="in_thought")
    assert accepts(inside, "still thinking<channel|>" + weather)
    assert not accepts(inside, weather)
    assert not accepts(GRAMMAR.constraint("required", start="open"), "<|channel>thought\nx" + weather)


def test_output_schema_composes_with_auto_and_none() -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    auto = GRAMMAR.constraint("auto", answer_schema=schema)
    assert accepts(auto, '{"city": "Paris"}', stop=106)
    assert accepts(auto, "Checking." + call("get_weather", {"location": "Paris"}))
    assert not accepts(auto, "Paris", stop=106)
    assert not accepts(auto, '{"town": "Paris"}', stop=106)
    none = GRAMMAR.constraint("none", answer_schema=schema)
    assert accepts(none, '{"city": "Lyon"}', stop=106) and not accepts(none, call("ping", {}))


def test_max_string_tokens_caps_every_string() -> None:
    capped = ToolGrammar.for_tools(SCHEMAS, max_string_tokens=2).constraint("get_weather")
    assert accepts(capped, call("get_weather", {"location": "ab"}))
    assert not accepts(capped, call("get_weather", {"location": " ".join(["word"] * 5)}))


def test_built_once_per_toolset_and_cached() -> None:
    again = ToolGrammar.for_tools(dict(SCHEMAS))
    assert again is GRAMMAR
    assert GRAMMAR.constraint("required") is GRAMMAR.constraint("required")
    stats = GRAMMAR.stats
    assert stats.tools == 10 and stats.rules > 30 and stats.chars > 1000 and 0 < stats.build_s < 5
    assert ToolGrammar.for_tools(SCHEMAS, max_string_tokens=4) is not GRAMMAR


def test_schemas_it_cannot_express_are_refused_with_the_place() -> None:
    with pytest.raises(GrammarError, match=r"tool t\.a: property 'a b' cannot be written as a bare key"):
        ToolGrammar(
            {"t": {"type": "object", "properties": {"a": {"type": "object", "properties": {"a b": {}}}}}}
        )
    with pytest.raises(
        GrammarError, match=r"tool t\.x: \$ref '#/\$defs/Missing' points to nothing \(no '\$defs'\)"
    ):
        ToolGrammar({"t": {"type": "object", "properties": {"x": {"$ref": "#/$defs/Missing"}}}})
    with pytest.raises(GrammarError, match="tool t: the parameters schema must describe an object"):
        ToolGrammar({"t": {"type": "array"}})
    with pytest.raises(GrammarError, match=r"tool_choice 'pong' is neither .* tools: get_weather"):
        GRAMMAR.constraint("pong")


def test_tool_choice_is_checked_against_the_tools() -> None:
    check_tool_choice("auto", [])
    check_tool_choice("none", [])
    check_tool_choice(None, [])
    check_tool_choice("ping", ["ping"])
    with pytest.raises(ValueError, match="needs at least one tool"):
        check_tool_choice("required", [])
    with pytest.raises(ValueError, match="did you mean 'ping'"):
        check_tool_choice("pingg", ["ping", "get_weather"])
    with pytest.raises(TypeError):
        check_tool_choice(3, ["ping"])


def test_engines_that_cannot_constrain_say_so(tokenizer: Any) -> None:
    base = SamplingParams(max_tokens=8)
    replay = ReplayEngine([], tokenizer)
    plan = step_constraint(
        sampling=base,
        choice="required",
        schemas=SCHEMAS,
        prompt_ids=[2],
        thinking=False,
        parallel=True,
        engine=replay,
    )
    assert plan.sampling.grammar is None and not plan.enforced
    assert plan.not_enforced is not None and "ReplayEngine cannot constrain" in plan.not_enforced
    own = step_constraint(
        sampling=SamplingParams(regex="a+"), choice="auto", schemas=SCHEMAS, prompt_ids=[2], thinking=False,
        parallel=True, engine=replay,
    )  # fmt: skip
    assert (
        own.sampling.regex == "a+" and own.not_enforced is not None and "its own grammar" in own.not_enforced
    )
    off = step_constraint(
        sampling=base,
        choice=None,
        schemas=SCHEMAS,
        prompt_ids=[2],
        thinking=False,
        parallel=True,
        engine=replay,
    )
    assert off.sampling is base and off.not_enforced is None and not off.enforced
