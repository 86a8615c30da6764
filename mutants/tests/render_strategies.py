"""Hypothesis strategies for Gemma 4 conversations: tools with nested schemas, and typed messages.

The generated data aims at the template's corners: braces, quotes, commas and newlines inside strings,
keys that differ only in case (dictsort ties), None values, unicode whitespace that `trim` removes,
thought spans inside assistant content, media parts, parallel calls, several tool rounds in one model
turn, results matched by id or by name, Gemma-native inline responses, orphan tool messages,
system/developer turns mid-conversation, and consecutive assistant messages.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from agentkit.messages import (
    AssistantMessage,
    AudioPart,
    ImagePart,
    InlineToolResponse,
    Message,
    SystemMessage,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
    VideoPart,
)

_bool = st.booleans()
_int = cache(st.integers)
_ATOMS = st.sampled_from(
    [
        "{", "}", '"', "'", ",", ":", "\n", " ", "\t", "[", "]", "\\", "<|\"|>", "<|channel>", "<channel|>",
        "é", "日本", "🦙", "\u3000", "\x85", "None", "null", "true", "call:", "<turn|>", "  ", "\n\n",
    ]
)  # fmt: skip
_WORDS = st.sampled_from(["Paris", "x", "hello world", "a b", "0", "-1.5", "ß", "Ünï", "", "..."])
texts = st.lists(st.one_of(_ATOMS, _WORDS, st.text(max_size=3)), max_size=5).map("".join)
keys = st.one_of(
    st.sampled_from(["a", "A", "b", "B", "_x", "key", "Key", "é", "z1", "Z", "type"]),
    st.text(min_size=1, max_size=6),
)
names = st.from_regex(r"[a-z_][a-z0-9_]{0,10}", fullmatch=True)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    texts,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)),
    max_leaves=5,
)
arguments = st.dictionaries(keys, json_values, max_size=4)

# -- tool declarations ------------------------------------------------------------------------------

_type_names = st.one_of(
    st.sampled_from(["string", "number", "integer", "boolean", "array", "object", "STRING", "Object"]),
    st.just(["string", "null"]),
)


_descriptions = st.one_of(texts, st.none(), st.integers(0, 3))
_enums = st.lists(st.one_of(texts, st.integers(0, 9), st.none()), max_size=3)
_additional = st.one_of(st.booleans(), st.just({"type": "string"}))
_extra_keys = st.sampled_from(["default", "title", "minimum", "format"])
_item_enums = st.lists(texts, max_size=2)
_kinds = st.sampled_from(["string", "number", "integer", "boolean", "array", "object"])
_responses = st.fixed_dictionaries(
    {}, optional={"description": texts, "type": st.sampled_from(["object", "string"])}
)


@st.composite
def property_schemas(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    kind = draw(_kinds)
    schema: dict[str, Any] = {}
    if draw(_bool):
        schema["type"] = kind if draw(_int(0, 5)) else draw(_type_names)
    if draw(_bool):
        schema["description"] = draw(_descriptions)
    if draw(_int(0, 4)) == 0:
        schema["nullable"] = draw(_bool)
    if kind == "string" and draw(_bool):
        schema["enum"] = draw(_enums)
    if kind == "array" and draw(_int(0, 3)):
        schema["items"] = draw(_item_schemas(depth))
    if kind == "object":
        choice = draw(_int(0, 3))
        if choice and depth < 2:
            props = draw(_property_maps(depth + 1, 3))
            schema["properties"] = props
            if props and draw(_bool):
                schema["required"] = _some_of(sorted(props), draw(_picks))
        elif draw(_bool):
            # no properties mapping: the template lists the schema's other keys as properties
            schema["additionalProperties"] = draw(_additional)
    if draw(_int(0, 5)) == 0:
        schema[draw(_extra_keys)] = draw(scalars)
    return schema


@st.composite
def item_schemas(draw: st.DrawFn, depth: int) -> dict[str, Any]:
    items: dict[str, Any] = {"type": draw(_type_names)}
    if draw(_bool):
        items["description"] = draw(texts)
    if draw(_int(0, 3)) == 0:
        items["enum"] = draw(_item_enums)
    if depth < 2 and draw(_int(0, 2)) == 0:
        props = draw(_property_maps(depth + 1, 2))
        items["properties"] = props
        if props:
            items["required"] = sorted(props)[:1]
    if draw(_int(0, 4)) == 0:
        items["items"] = {"type": "string"}
    if draw(_int(0, 5)) == 0:
        items["nullable"] = None  # skipped by the template's `is not none`
    return items


_property_schemas = cache(property_schemas)
_item_schemas = cache(item_schemas)
_picks = st.integers(0, 7)


@cache
def _property_maps(depth: int, size: int) -> st.SearchStrategy[dict[str, dict[str, Any]]]:
    return st.dictionaries(keys, _property_schemas(depth), max_size=size)


def _some_of(names: list[str], mask: int) -> list[str]:
    """A sub-list of names chosen by the bits of mask (cheaper to draw than a sampled list)."""
    return [name for bit, name in enumerate(names[:3]) if mask >> bit & 1]


@st.composite
def tool_declarations(draw: st.DrawFn) -> dict[str, Any]:
    function: dict[str, Any] = {"name": draw(names)}
    if draw(_int(0, 4)):
        function["description"] = draw(texts)
    shape = draw(_int(0, 6))
    if shape:
        params: dict[str, Any] = {}
        if shape != 6:
            params["type"] = "object"
        props = draw(_property_maps(0, 4))
        if props or draw(_bool):
            params["properties"] = props
        if props and draw(_bool):
            params["required"] = _some_of(sorted(props), draw(_picks))
        function["parameters"] = params
    if draw(_int(0, 5)) == 0:
        function["response"] = draw(_responses)
    return {"type": "function", "function": function}


tool_lists = st.lists(tool_declarations(), max_size=8)

# -- messages -----------------------------------------------------------------------------------------

_media = st.sampled_from([ImagePart(), AudioPart(), VideoPart()])
parts = st.lists(st.one_of(texts.map(lambda t: TextPart(text=t)), _media), min_size=0, max_size=4)
contents = st.one_of(texts, parts)
_ids = st.sampled_from(["c0", "c1", "c2", "call_x"])


_maybe_ids = st.one_of(_ids, st.none())
_inline_names = st.one_of(names, st.none(), st.just(""))
# Model content that carries an old thought span, which the template's strip_thinking must remove.
_thought_contents = st.tuples(texts, texts, texts).map(
    lambda t: f"{t[0]}<|channel>thought\n{t[1]}<channel|>{t[2]}"
)
_maybe_contents = st.one_of(st.none(), contents, _thought_contents)
_reasonings = st.one_of(st.none(), st.just(""), texts)
_maybe_names = st.one_of(st.none(), names)
_system_roles = st.sampled_from(["system", "developer"])


@st.composite
def model_rounds(draw: st.DrawFn) -> list[Message]:
    """One assistant message and the tool messages that answer it."""
    calls = [
        ToolCall(id=draw(_maybe_ids), name=draw(names), arguments=draw(arguments))
        for _ in range(draw(_int(0, 3)))
    ]
    inline: list[InlineToolResponse] = []
    if draw(_int(0, 6)) == 0:
        inline = [
            InlineToolResponse(name=draw(_inline_names), response=draw(json_values))
            for _ in range(draw(_int(1, 2)))
        ]
    message = AssistantMessage(
        content=draw(_maybe_contents),
        reasoning=draw(_reasonings),
        tool_calls=calls,
        tool_responses=inline,
    )
    out: list[Message] = [message]
    answered = calls and draw(_int(0, 4))
    for call in calls if answered else []:
        if draw(_int(0, 6)) == 0:
            continue
        # Mostly well-formed: a matching id, or a name. Sometimes neither (2026-04-28 then fails).
        style = draw(_int(0, 9))
        tool_call_id = call.id if style < 7 else draw(_maybe_ids)
        name = draw(_maybe_names) if style < 9 else None
        if style == 8:
            name = call.name
        content = draw(contents)
        out.append(ToolMessage(tool_call_id=tool_call_id, name=name, content=content))
    return out


_model_rounds = model_rounds()


@st.composite
def conversations(draw: st.DrawFn) -> list[Message]:
    messages: list[Message] = []
    first = draw(_int(0, 3))
    if first:
        role = "developer" if first == 3 else "system"
        messages.append(SystemMessage(role=role, content=draw(contents)))
    for _ in range(draw(_int(0, 4))):
        extra = draw(_int(0, 12))
        if extra == 0:
            messages.append(SystemMessage(role=draw(_system_roles), content=draw(texts)))
        elif extra == 1:
            messages.append(ToolMessage(tool_call_id="c0", name=draw(names), content=draw(texts)))  # orphan
        if draw(_int(0, 7)):
            messages.append(UserMessage(content=draw(contents)))
        for _ in range(draw(_int(0, 3))):
            messages.extend(draw(_model_rounds))
    return messages


settings_flags = st.fixed_dictionaries(
    {"enable_thinking": st.booleans(), "add_generation_prompt": st.booleans()}
)


# Where to cut a conversation into the steps an agent loop renders one by one (see `steps_of`).
cut_lists = st.lists(st.integers(0, 40), max_size=6)


def steps_of(messages: list[Message], cuts: list[int]) -> list[list[Message]]:
    """Split ``messages`` at the ``cuts`` (taken modulo its length + 1) into non-empty consecutive steps
    that join back to ``messages``; the last step always ends at the end."""
    points = sorted({c % (len(messages) + 1) for c in cuts} | {len(messages)})
    out: list[list[Message]] = []
    start = 0
    for point in points:
        if point > start:
            out.append(messages[start:point])
            start = point
    return out
