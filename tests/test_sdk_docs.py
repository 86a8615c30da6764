"""The SDK as the README documents it: the event table equals the code, the public names import, and the
scripted engine turns calls and text into the exact Gemma 4 completions the parser reads back."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Any

import anyio
import pytest

import agentkit
from agentkit import Agent, ScriptedEngine, tool
from agentkit.agent.events import RunEvent
from agentkit.engines.scripted import Call, Conversation, Reply, Turn, call, completion_of
from agentkit.gemma4.parse import parse_complete
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

README = Path(__file__).resolve().parent.parent / "README.md"


def _event_models() -> list[Any]:
    return list(typing.get_args(typing.get_args(RunEvent)[0]))


def test_the_readme_event_table_lists_every_event_and_field() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| type | fields |") :].split("\n\n", 1)[0]
    documented = {
        match.group(1): re.findall(r"`(\w+)`", match.group(2))
        for match in re.finditer(r"^\| `(\w+)` \| (.*) \|$", table, re.MULTILINE)
    }
    in_code = {
        model.model_fields["type"].default: [
            f for f in model.model_fields if f not in ("run_id", "at", "type")
        ]
        for model in _event_models()
    }
    assert documented == in_code


def test_the_public_names_the_readme_lists_import_from_agentkit() -> None:
    text = README.read_text(encoding="utf-8")
    listing = text[text.index("The names `from agentkit import ...` gives:") :].split("\n\n", 1)[0]
    names = re.findall(r"`(\w+)`", listing.split("`Tool.from_schema")[0])
    assert {"tool", "TextPart", "ImagePart", "ScriptedEngine", "Agent"} <= set(names)
    for name in names:
        assert getattr(agentkit, name) is not None, name
    assert set(names) == set(agentkit.__all__) - {"__version__"}


@tool(runs_in="host")
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool(runs_in="host")
def lookup(query: str, filters: dict[str, list[str]] | None = None, exact: bool = False) -> str:
    """Look something up."""
    return f"{query}:{filters}:{exact}"


@pytest.mark.parametrize(
    ("reply", "calls", "text", "thought"),
    [
        ("Just text, with <angles> and 'quotes'.", [], "Just text, with <angles> and 'quotes'.", None),
        (call("add", a=2, b=-3), [("add", {"a": 2, "b": -3})], "", None),
        (
            [
                call("lookup", query='say "hi"', filters={"lang": ["en", "fr"]}, exact=True),
                call("add", a=1, b=0),
            ],
            [
                ("lookup", {"query": 'say "hi"', "filters": {"lang": ["en", "fr"]}, "exact": True}),
                ("add", {"a": 1, "b": 0}),
            ],
            "",
            None,
        ),
        (
            Turn(thought="Think first.", text="Calling.", calls=[call("lookup", query="x", filters=None)]),
            [("lookup", {"query": "x", "filters": None})],
            "Calling.",
            "Think first.",
        ),
    ],
)
def test_replies_render_to_completions_the_parser_reads_back(
    reply: Reply, calls: list[tuple[str, dict[str, Any]]], text: str, thought: str | None
) -> None:
    completion = completion_of(reply)
    parsed = parse_complete(completion, tools={"add": add.json_schema, "lookup": lookup.json_schema})
    assert [(c.name, c.arguments) for c in parsed.tool_calls] == calls
    assert (parsed.content or "") == text and parsed.reasoning == thought
    assert not parsed.errors and not parsed.repairs


def test_a_bad_reply_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="a reply is a str, a Call"):
        completion_of([])
    with pytest.raises(TypeError, match="a reply is a str, a Call"):
        completion_of(["text", Call("add")])  # type: ignore[list-item]


def test_a_script_function_sees_the_conversation(tokenizer: Gemma4Tokenizer) -> None:
    seen: list[Conversation] = []

    def model(conversation: Conversation) -> Reply:
        seen.append(conversation)
        if conversation.request == 1:
            return call("add", a=20, b=22)
        return f"The answer is {conversation.tool_responses[0]}."

    result = anyio.run(lambda: Agent(ScriptedEngine(model, tokenizer), [add]).run("What is 20 + 22?"))
    assert result.output == "The answer is response:add{value:42}."
    assert [c.request for c in seen] == [1, 2]
    assert seen[0].user_message == "What is 20 + 22?" and seen[0].tool_responses == []
    assert seen[1].tool_responses == ["response:add{value:42}"]
    assert seen[1].prompt.startswith(seen[0].prompt)  # append-only: the second prompt extends the first


def test_a_scripted_list_streams_token_by_token(tokenizer: Gemma4Tokenizer) -> None:
    engine = ScriptedEngine([call("add", a=1, b=2), "3"], tokenizer)
    events = []

    async def collect() -> None:
        async for event in Agent(engine, [add]).run_stream("1+2?"):
            events.append(event)

    anyio.run(collect)
    deltas = [e.text for e in events if e.type == "text_delta"]
    assert deltas == ["3"]
    assert events[-1].type == "run_finished" and events[-1].output == "3"
    assert engine.remaining == 0
