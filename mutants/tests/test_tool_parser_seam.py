"""The seam to the output parser: Toolset.parser_schemas types the model's bare values, then the tools
validate and run. The parser gets the original JSON Schema, so a union keeps all its types."""

from __future__ import annotations

import anyio
from tool_corpus import adopt, page_of, store, top_k

from agentkit.gemma4.parse.stream import parse_complete
from agentkit.gemma4.tokens import TOOL_RESPONSE_OPEN_ID
from agentkit.tool.toolset import Toolset

Q = '<|"|>'


def test_parsed_calls_are_typed_by_the_tool_schemas_and_run() -> None:
    tools = Toolset([page_of, top_k, adopt, store])
    output = (
        "<|tool_call>call:page_of{page:007}<tool_call|>"
        "<|tool_call>call:top_k{k:7}<tool_call|>"
        f"<|tool_call>call:adopt{{pet:{{kind:{Q}dog{Q},good:true}}}}<tool_call|>"
        f"<|tool_call>call:store{{key:{Q}k{Q},value:{{a:[1,2.5,null]}}}}<tool_call|>"
        "<|tool_response>"
    )
    parsed = parse_complete(output, tools.parser_schemas, stop_token_id=TOOL_RESPONSE_OPEN_ID)
    assert [(call.name, call.arguments) for call in parsed.tool_calls] == [
        (
            "page_of",
            {"page": "007"},
        ),  # int | str: the text stays a string (the Gemma subset alone says INTEGER)
        ("top_k", {"k": 7}),
        ("adopt", {"pet": {"kind": "dog", "good": True}}),
        ("store", {"key": "k", "value": {"a": [1, 2.5, None]}}),
    ]

    async def run_all() -> list[object]:
        return [(await tools[call.name].invoke(call.arguments)).value for call in parsed.tool_calls]

    assert anyio.run(run_all) == ["007", 7, "dog", "k"]
