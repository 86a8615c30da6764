"""Lists of numbers are typed in one go (values._number_list, the JSON-integer list in _infer_tree):
the result must be the per-item typing, item for item, type included (3 and 3.0 differ)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.gemma4.parse.stream import StreamParser, collect
from agentkit.gemma4.parse.values import Bare, type_arguments

# Texts a model writes in a number list: plain numbers, and each edge the per-item typing decides on.
EDGES = [
    "0", "-0", "-0.0", "007", "1.50", "3.0", "1e3", "1E-2", "-2.5e-3", "1e999", "-1e999", "9007199254740993",
    "9007199254740993.0", "123456789012345678901234567890", "1" * 5000, "abc", "+5", ".5", "1.", "1_000",
    "inf", "NaN", "null", "true", "", " 4 ", "0x10", "٣", "01.5", "-00.25",
]  # fmt: skip
number = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=64).map(repr),
    st.sampled_from(EDGES),
)
SCHEMAS: list[dict[str, Any] | None] = [
    {"type": "number"},
    {"type": "integer"},
    {"type": ["integer", "number"]},
    None,
]


def typed(value: Any) -> list[tuple[str, str]]:
    return [(type(v).__name__, repr(v)) for v in value]


def per_item(texts: list[str], items: dict[str, Any] | None) -> list[Any]:
    """Each text typed alone, as a single field of that schema (the scalar path, no list involved)."""
    schema = {"type": "object", "properties": {"x": items}} if items is not None else None
    return [type_arguments({"x": Bare(text.strip())}, schema)[0]["x"] for text in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(number, min_size=1, max_size=12), st.sampled_from(SCHEMAS))
def test_a_number_list_is_typed_as_its_items_one_by_one(
    texts: list[str], items: dict[str, Any] | None
) -> None:
    schema = {"type": "object", "properties": {"xs": {"type": "array", "items": items}}} if items else None
    whole = type_arguments({"xs": [Bare(text.strip()) for text in texts]}, schema)[0]["xs"]
    assert typed(whole) == typed(per_item(texts, items))


def test_the_fast_cases_are_taken_and_agree() -> None:
    points = [f"{i * 1.5:.1f}" for i in range(40)]
    for items in SCHEMAS:
        schema = (
            {"type": "object", "properties": {"xs": {"type": "array", "items": items}}} if items else None
        )
        for texts in (points, [str(i) for i in range(-20, 20)], ["007", "1e3", "-0"], ["2", "01.5"]):
            whole = type_arguments({"xs": [Bare(t) for t in texts]}, schema)[0]["xs"]
            assert typed(whole) == typed(per_item(texts, items))
    typed_points = type_arguments(
        {"xs": [Bare(t) for t in points]}, {"properties": {"xs": {"items": {"type": "number"}}}}
    )[0]["xs"]
    assert typed_points[:3] == [0, 1.5, 3] and type(typed_points[2]) is int


def test_number_lists_parse_the_same_whole_and_token_by_token() -> None:
    tools = {"plot": {"type": "object", "properties": {"xs": {"type": "array", "items": {"type": "number"}}}}}
    text = "<|tool_call>call:plot{xs:[1,2.5,3.0,-0,1e999,007]}<tool_call|><|tool_call>call:plot{xs:[4]}<tool_call|>"
    whole = StreamParser(tools)
    events = whole.feed(text) + whole.finish(106)
    pieces = StreamParser(tools)
    split = [event for char in text for event in pieces.feed(char)] + pieces.finish(106)
    calls = [call.arguments["xs"] for call in collect(events).tool_calls]
    assert [typed(xs) for xs in calls] == [typed(call.arguments["xs"]) for call in collect(split).tool_calls]
    assert typed(calls[0]) == typed([1, 2.5, 3, 0, "1e999", 7]) and calls[1] == [4]
