"""Test helpers for the Gemma 4 output parser: an independent call writer and hypothesis strategies.

The writer follows FORMAT.md section 3.3 (what the template and the model write): keys sorted and bare,
strings between <|"|> with no escaping, numbers as Python's str(), true/false/null. It shares no code
with the parser.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

from agentkit.gemma4.parse.events import Event, merge_events
from agentkit.gemma4.parse.stream import StreamParser

Q = '<|"|>'
# Text a string value cannot contain: it would end the string, the call or the output.
INTERRUPTING = (Q, "<tool_call|>", "<|tool_call>", "<turn|>", "<|tool_response>", "<eos>", "<|turn>")


def write_value(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return Q + value + Q
    if isinstance(value, dict):
        return "{" + ",".join(f"{key}:{write_value(value[key])}" for key in sorted(value)) + "}"
    if isinstance(value, list):
        return "[" + ",".join(write_value(item) for item in value) + "]"
    raise TypeError(type(value))


def write_call(name: str, arguments: dict[str, Any]) -> str:
    return f"<|tool_call>call:{name}{write_value(arguments)}<tool_call|>"


def same(a: Any, b: Any) -> bool:
    """Equal, with types: True is not 1, "1" is not 1; an int equals an integral float (2 == 2.0)."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, str) or isinstance(b, str):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return False


def events_of(pieces: list[str], **parser_options: Any) -> list[Event]:
    """Feed ``pieces`` one by one, finish, and return the merged events."""
    parser = StreamParser(**parser_options)
    events: list[Event] = []
    for piece in pieces:
        events.extend(parser.feed(piece))
    events.extend(parser.finish())
    return merge_events(events)


def split_at(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(max(c, 0), len(text)) for c in cuts})
    pieces, last = [], 0
    for point in points:
        pieces.append(text[last:point])
        last = point
    pieces.append(text[last:])
    return pieces


# "E1->model" (FORMAT.md section 5); the stop token <|tool_response> is reported by the engine, not in the text.
E1_OUTPUT = (
    "<|channel>thought\nThe user wants two things. I will call get_weather and convert_currency.<channel|>"
    f"<|tool_call>call:get_weather{{location:{Q}Paris, France{Q},unit:{Q}celsius{Q}}}<tool_call|>"
    f"<|tool_call>call:convert_currency{{amount:20,from_currency:{Q}EUR{Q},to_currency:{Q}USD{Q}}}<tool_call|>"
)


# -- values ------------------------------------------------------------------------------------------

keys = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Nd")) | st.sampled_from("_-."),
    min_size=1,
    max_size=12,
)
strings = (
    st.lists(
        st.characters(codec="utf-8", exclude_categories=("Cs",))
        | st.sampled_from(
            ["{", "}", "[", "]", ",", ":", '"', "'", "\n", "<", "|", ">", "(", ")", "\\", "<|", '<|"|']
        ),
        max_size=40,
    )
    .map("".join)
    .filter(lambda s: not any(marker in s for marker in INTERRUPTING))
)
finite_floats = st.floats(allow_nan=False, allow_infinity=False)
integers = st.integers(min_value=-(10**30), max_value=10**30)
scalars = st.none() | st.booleans() | integers | finite_floats | strings
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=20,
)
arguments = st.dictionaries(keys, json_values, max_size=6)
tool_names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_\-.]{0,20}", fullmatch=True)


@st.composite
def schema_and_value(draw: st.DrawFn, depth: int = 0) -> tuple[dict[str, Any], Any]:
    """A JSON Schema and a value that conforms to it."""
    kinds = ["string", "integer", "number", "boolean", "null", "nullable", "enum", "union", "ref"]
    if depth < 3:
        kinds += ["array", "object", "object"]
    kind = draw(st.sampled_from(kinds))
    if kind == "string":
        value = draw(strings | st.sampled_from(["007", "12", "-3", "1.5", "true", "null", "None", " x "]))
        return {"type": "string"}, value
    if kind == "integer":
        return {"type": "integer"}, draw(integers)
    if kind == "number":
        return {"type": "number"}, draw(finite_floats | integers)
    if kind == "boolean":
        return {"type": "boolean"}, draw(st.booleans())
    if kind == "null":
        return {"type": "null"}, None
    if kind == "nullable":
        inner_schema, inner = draw(schema_and_value(depth + 1))
        if not isinstance(inner_schema.get("type"), str) or inner_schema["type"] in ("null",):
            return {"type": ["string", "null"]}, draw(st.none() | strings)
        schema = dict(inner_schema, type=[inner_schema["type"], "null"])
        return schema, draw(st.just(inner) | st.none())
    if kind == "enum":
        options = draw(st.lists(strings, min_size=1, max_size=4, unique=True))
        return {"type": "string", "enum": options}, draw(st.sampled_from(options))
    if kind == "union":  # a bare number is a number, a quoted one stays a string
        return {"anyOf": [{"type": "integer"}, {"type": "string"}]}, draw(integers | strings)
    if kind == "ref":
        inner_schema, inner = draw(schema_and_value(depth + 1))
        return {"$ref": "#/$defs/Thing", "$defs_inline": inner_schema}, inner
    if kind == "array":
        item_schema, first = draw(schema_and_value(depth + 1))
        more = _value_for(item_schema)
        items = [first]
        for _ in range(draw(st.integers(0, 3))):
            items.append(first if more is None else draw(more))
        return {"type": "array", "items": item_schema}, items
    properties: dict[str, Any] = {}
    value: dict[str, Any] = {}
    for key in draw(st.lists(keys, max_size=5, unique=True)):
        properties[key], item = draw(schema_and_value(depth + 1))
        if draw(st.booleans()) or depth == 0:
            value[key] = item
    return {"type": "object", "properties": properties}, value


def _value_for(schema: dict[str, Any]) -> st.SearchStrategy[Any] | None:
    """More values for an array's item schema: scalars drawn fresh; None: reuse the first item."""
    kind = schema.get("type")
    if kind == "string" and "enum" in schema:
        return st.sampled_from(schema["enum"])
    return {
        "string": strings,
        "integer": integers,
        "number": finite_floats | integers,
        "boolean": st.booleans(),
        "null": st.none(),
    }.get(kind if isinstance(kind, str) else "")


def hoist_refs(schema: Any, defs: dict[str, Any], counter: list[int]) -> Any:
    """Replace the test-only ``$defs_inline`` markers with real ``$ref`` + root ``$defs`` entries."""
    if isinstance(schema, list):
        return [hoist_refs(item, defs, counter) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$defs_inline" in schema:
        counter[0] += 1
        name = f"Thing{counter[0]}"
        defs[name] = hoist_refs(schema["$defs_inline"], defs, counter)
        return {"$ref": f"#/$defs/{name}"}
    return {key: hoist_refs(value, defs, counter) for key, value in schema.items()}


@st.composite
def tool_schema_and_arguments(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """A tool's parameters schema (with $defs when refs were drawn) and conforming arguments."""
    schema, value = draw(schema_and_value().filter(lambda sv: sv[0].get("type") == "object"))
    defs: dict[str, Any] = {}
    schema = hoist_refs(schema, defs, [0])
    if defs:
        schema["$defs"] = defs
    return schema, value


def is_finite_tree(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(is_finite_tree(v) for v in value.values())
    if isinstance(value, list):
        return all(is_finite_tree(v) for v in value)
    return True


# -- whole outputs -----------------------------------------------------------------------------------

# Pieces of Gemma 4 output, well-formed and not: joined at random they reach every parser state.
SOUP_PIECES = [
    "<|channel>",
    "thought\n",
    "thought",
    "<channel|>",
    "<|tool_call>",
    "<tool_call|>",
    "call:",
    ":",
    "get",
    "f",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ",",
    Q,
    "<turn|>",
    "<|tool_response>",
    "<eos>",
    "<|turn>",
    "a",
    "b c",
    " ",
    "\n",
    "1",
    "-2.5e3",
    "007",
    "true",
    "null",
    "<",
    "|",
    ">",
    "<|",
    "é",
    "😀",
    "x:",
    "key",
    "<bos>",
    "<|think|>",
    '<|"',
    "<tool_",
    "<|tool",
    "call:get{",
    "call:get(",
]
soup = st.lists(st.sampled_from(SOUP_PIECES), max_size=40).map("".join)


@st.composite
def model_outputs(draw: st.DrawFn) -> str:
    """A plausible output: optional thought, then text and calls (some with known drifts), optional stop."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append("<|channel>thought\n" + draw(strings) + "<channel|>")
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "call", "call", "drift", "soup"]))
        if kind == "text":
            parts.append(draw(strings))
        elif kind == "call":
            parts.append(write_call(draw(tool_names), draw(arguments)))
        elif kind == "drift":
            body = write_value(draw(arguments))
            name = draw(tool_names)
            parts.append(
                draw(
                    st.sampled_from(
                        [
                            f"<|tool_call>:{name}{body}<tool_call|>",
                            f"<|tool_call>call:{name}({body[1:-1]})<tool_call|>",
                            f"<channel|>call:{name}{body}<tool_call|>",
                            f"<|tool_call>call:{name}{body}",
                            f"<|tool_call>call:{name}{body[:-1]}<tool_call|>",
                        ]
                    )
                )
            )
        else:
            parts.append(draw(soup))
    parts.append(draw(st.sampled_from(["", "", "<turn|>", "<|tool_response>", "<eos>"])))
    return "".join(parts)
