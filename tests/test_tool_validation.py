"""Invalid arguments never reach a tool, and the message names each field, the expected type and the
value received. One case per supported type, for function tools (Pydantic) and schema tools (jsonschema).
"""

from __future__ import annotations

import datetime
import enum
from typing import Annotated, Any, Literal

import anyio
import pytest
from pydantic import BaseModel, Field
from typing_extensions import TypedDict

from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool, ToolArgumentsInvalid, tool

RAN: list[str] = []


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Address(BaseModel):
    street: str
    city: str


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int = 9


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool


class Point(TypedDict):
    x: int
    y: int


@tool(runs_in="host")
def everything(
    text: str = "",
    count: int = 0,
    bounded: Annotated[int, Field(ge=1, le=10)] = 5,
    ratio: float = 0.5,
    flag: bool = False,
    maybe: int | None = None,
    mode: Literal["a", "b"] = "a",
    level: Literal[1, 2, 3] = 1,
    color: Color = Color.RED,
    ids: list[int] = [],  # noqa: B006 - pydantic copies defaults
    counts: dict[str, int] = {},  # noqa: B006
    address: Address | None = None,
    page: int | str = 1,
    pet: Annotated[Cat | Dog, Field(discriminator="kind")] | None = None,
    when: datetime.date | None = None,
    pair: tuple[int, int] = (0, 0),
    names: set[str] = set(),  # noqa: B006
    point: Point | None = None,
    slug: Annotated[str, Field(pattern=r"^[a-z]+$")] = "x",
    anything: Any = None,
) -> str:
    """Takes one argument of each supported kind."""
    RAN.append("everything")
    return "ran"


@tool(runs_in="host")
def needs(query: str, limit: int) -> str:
    """Two required arguments."""
    RAN.append("needs")
    return "ran"


def _raw(arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
    RAN.append("raw")
    return arguments


raw = Tool.from_schema(
    "raw",
    {
        "type": "object",
        "properties": {
            "q": {"type": "string"},
            "n": {"type": "integer", "minimum": 1, "default": 5},
            "tags": {"type": "array", "items": {"type": "string"}},
            "opts": {
                "type": "object",
                "properties": {"deep": {"type": "boolean"}},
                "required": ["deep"],
                "additionalProperties": False,
            },
            "kind": {"enum": ["x", "y"]},
        },
        "required": ["q"],
        "additionalProperties": False,
    },
    _raw,
    description="A raw schema tool.",
    runs_in="host",
)


def problems(made: Tool, arguments: Any) -> list[str]:
    """The lines of the message the model gets, after checking the function did not run."""
    before = list(RAN)
    result = anyio.run(made.invoke, arguments)
    assert RAN == before, "the function ran on invalid arguments"
    assert result.status == "invalid_arguments" and result.is_error
    message = result.error_message
    assert message is not None
    head, *lines = message.splitlines()
    assert head == f"Invalid arguments for tool {made.name}; nothing was run. Fix these and call it again:"
    with pytest.raises(ToolArgumentsInvalid) as raised:
        made.validate(arguments)
    assert str(raised.value) == message
    return lines


@pytest.mark.parametrize(
    ("arguments", "line"),
    [
        ({"text": 5}, "- text: expected string, got 5. Input should be a valid string."),
        (
            {"count": "many"},
            (
                '- count: expected integer, got "many". Input should be a valid integer, unable to '
                "parse string as an integer."
            ),
        ),
        ({"bounded": 0}, "- bounded: expected integer, got 0. Input should be greater than or equal to 1."),
        (
            {"ratio": "half"},
            (
                '- ratio: expected number, got "half". Input should be a valid number, unable to parse '
                "string as a number."
            ),
        ),
        (
            {"flag": "maybe"},
            (
                '- flag: expected boolean, got "maybe". Input should be a valid boolean, unable to '
                "interpret input."
            ),
        ),
        (
            {"maybe": "x"},
            (
                '- maybe: expected integer or null, got "x". Input should be a valid integer, unable to '
                "parse string as an integer."
            ),
        ),
        ({"mode": "c"}, '- mode: expected "a" | "b", got "c". Input should be \'a\' or \'b\'.'),
        ({"level": 7}, "- level: expected integer, got 7. Input should be 1, 2 or 3."),
        (
            {"color": "blue"},
            '- color: expected "red" | "green", got "blue". Input should be \'red\' or \'green\'.',
        ),
        (
            {"ids": [1, "x"]},
            (
                '- ids[1]: expected integer, got "x". Input should be a valid integer, unable to parse '
                "string as an integer."
            ),
        ),
        ({"ids": "1,2"}, '- ids: expected array of integer, got "1,2". Input should be a valid list.'),
        (
            {"counts": {"a": "x"}},
            (
                '- counts.a: expected integer, got "x". Input should be a valid integer, unable to '
                "parse string as an integer."
            ),
        ),
        (
            {"page": [1]},
            (
                "- page: expected integer | string, got [1]. Input should be a valid integer. "
                "Input should be a valid string."
            ),
        ),
        (
            {"pet": {"kind": "fish"}},
            (
                '- pet: expected object {kind: "cat" | "dog", lives?: integer, good?: boolean} '
                "or null, got {\"kind\": \"fish\"}. Input tag 'fish' found using 'kind' does not "
                "match any of the expected tags: 'cat', 'dog'."
            ),
        ),
        ({"pet": {"kind": "dog"}}, "- pet.good: missing required argument (expected boolean)."),
        (
            {"when": "yesterday"},
            (
                '- when: expected string (date) or null, got "yesterday". Input should be a valid '
                "date or datetime, input is too short."
            ),
        ),
        ({"pair": [1]}, "- pair[1]: missing required argument (expected integer)."),
        ({"names": ["a", 1]}, "- names[1]: expected string, got 1. Input should be a valid string."),
        ({"point": {"x": 1}}, "- point.y: missing required argument (expected integer)."),
        ({"slug": "A-1"}, "- slug: expected string, got \"A-1\". String should match pattern '^[a-z]+$'."),
        (
            {"address": {"street": 5}},
            "- address.street: expected string, got 5. Input should be a valid string.",
        ),
    ],
)
def test_each_type_names_the_field_expected_type_and_value(arguments: dict[str, Any], line: str) -> None:
    assert line in problems(everything, arguments)


def test_every_bad_field_is_reported_once() -> None:
    lines = problems(everything, {"text": 1, "count": "x", "address": {"street": 5}, "bogus": True})
    assert [line.split(":")[0] for line in lines] == [
        "- text",
        "- count",
        "- address.street",
        "- address.city",
        "- bogus",
    ]
    assert lines[-1] == (
        "- bogus: unknown argument, got true. Allowed: text, count, bounded, ratio, flag, maybe, mode, "
        "level, color, ids, counts, address, page, pet, when, pair, names, point, slug, anything."
    )
    assert lines[3] == "- address.city: missing required argument (expected string)."


def test_a_misspelt_argument_names_the_closest() -> None:
    # Both validators go through the one problem writer, so both suggest the same way.
    assert problems(everything, {"text": "t", "count": 1, "adress": {}})[-1] == (
        "- adress: unknown argument, got {}; did you mean 'address'? Allowed: text, count, bounded, ratio, flag, "
        "maybe, mode, level, color, ids, counts, address, page, pet, when, pair, names, point, slug, anything."
    )
    assert problems(raw, {"q": "a", "tagz": []}) == [
        "- tagz: unknown argument, got []; did you mean 'tags'? Allowed: kind, n, opts, q, tags."
    ]


def test_missing_required_arguments() -> None:
    assert problems(needs, {}) == [
        "- query: missing required argument (expected string).",
        "- limit: missing required argument (expected integer).",
    ]


def test_arguments_must_be_a_mapping() -> None:
    assert problems(needs, ["q", 1]) == [
        '- arguments: expected object, got ["q", 1]. Arguments must be a mapping of names to values.'
    ]


def test_long_values_are_shortened_in_the_message() -> None:
    (line,) = problems(needs, {"query": "q", "limit": "x" * 500})
    assert line.startswith('- limit: expected integer, got "xxxxxxxx')
    assert '..." Input should be' in line or "... Input should be" in line
    assert len(line) < 200


def test_valid_arguments_run_with_lax_coercion() -> None:
    result = anyio.run(needs.invoke, {"query": "q", "limit": "3"})
    assert result.status == "ok" and result.content == "ran"
    assert RAN[-1] == "needs"


def test_any_accepts_anything() -> None:
    result = anyio.run(everything.invoke, {"anything": {"nested": [1, None]}})
    assert result.status == "ok"


# ------------------------------------------------------------------------------- schema tools


def test_schema_tool_reports_each_field() -> None:
    lines = problems(raw, {"q": 5, "n": 0, "tags": ["a", 2], "opts": {"x": 1}, "kind": "z", "extra": 1})
    assert lines == [
        "- extra: unknown argument, got 1. Allowed: kind, n, opts, q, tags.",
        "- kind: expected \"x\" | \"y\", got \"z\". 'z' is not one of ['x', 'y'].",
        "- n: expected integer, got 0. 0 is less than the minimum of 1.",
        "- opts.deep: missing required argument (expected boolean).",
        "- opts.x: unknown argument, got 1. Allowed: deep.",
        "- q: expected string, got 5. 5 is not of type 'string'.",
        "- tags[1]: expected string, got 2. 2 is not of type 'string'.",
    ]


def test_schema_tool_missing_and_defaults() -> None:
    assert problems(raw, {}) == ["- q: missing required argument (expected string)."]
    result = anyio.run(raw.invoke, {"q": "hi"})
    assert result.status == "ok"
    assert result.value == {"q": "hi", "n": 5}


def test_schema_tool_is_strict_about_types() -> None:
    # jsonschema does not coerce: "3" is not an integer (the output parser types bare values first).
    assert problems(raw, {"q": "a", "n": "3"}) == [
        "- n: expected integer, got \"3\". '3' is not of type 'integer'."
    ]
