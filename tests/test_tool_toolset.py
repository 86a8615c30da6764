"""Toolset: unique names, groups, selection, tools of an object, and what the loop reads from it."""

from __future__ import annotations

import anyio
import pytest
import tool_sandbox_fixtures as sandboxed
from tool_corpus import Calculator, echo, fetch, find, ping, raw_search

from agentkit.tool.core import Tool, ToolDefinitionError, tool
from agentkit.tool.toolset import DuplicateToolName, Toolset, UnknownToolName


def make() -> Toolset:
    tools = Toolset([echo, ping], group="basic")
    tools.add(fetch, group="web")
    tools.add(raw_search, group="web")
    return tools


def test_order_groups_and_lookup() -> None:
    tools = make()
    assert tools.names == ["echo", "ping", "fetch", "raw_search"]
    assert tools.groups == {"basic": ["echo", "ping"], "web": ["fetch", "raw_search"]}
    assert tools["fetch"] is fetch and tools.get("nope") is None
    assert "echo" in tools and "nope" not in tools and len(tools) == 4
    assert [t.name for t in tools] == tools.names
    assert tools.group_of("raw_search") == "web"
    assert tools.declarations == [
        echo.declaration,
        ping.declaration,
        fetch.declaration,
        raw_search.declaration,
    ]
    assert tools.parser_schemas["echo"] is echo.schema_for_parser


def test_duplicate_names_are_rejected_with_both_origins() -> None:
    tools = make()
    twin = tool(name="echo", runs_in="host", description="Another echo.")(_other_echo)
    with pytest.raises(DuplicateToolName) as raised:
        tools.add(twin, group="extra")
    message = str(raised.value)
    assert "tool name 'echo' is already registered (group 'basic', tool_corpus.echo)" in message
    assert "cannot add test_tool_toolset._other_echo under the same name" in message
    assert "Rename one with @tool(name=...)" in message
    assert tools.names == ["echo", "ping", "fetch", "raw_search"]  # nothing changed
    with pytest.raises(DuplicateToolName):
        Toolset([echo, echo])


def _other_echo(text: str) -> str:
    return text


def test_unknown_names_list_the_known_ones() -> None:
    tools = make()
    with pytest.raises(UnknownToolName, match=r"no tool named 'ecko'; tools: echo, ping, fetch, raw_search"):
        tools["ecko"]
    with pytest.raises(UnknownToolName, match="no tool named 'ecko'"):
        tools.select(["echo", "ecko"])
    with pytest.raises(UnknownToolName, match=r"no tool group 'wbe'; groups: basic, web"):
        tools.select(groups=["wbe"])
    with pytest.raises(UnknownToolName, match="no tool named 'nope'"):
        tools.select(exclude=["nope"])


def test_select_and_where() -> None:
    tools = make()
    assert tools.select(["fetch", "echo"]).names == ["echo", "fetch"]  # the set's order is kept
    assert tools.select(groups=["web"]).names == ["fetch", "raw_search"]
    assert tools.select(["ping"], groups=["web"]).names == ["ping", "fetch", "raw_search"]
    assert tools.select(exclude=["ping"]).names == ["echo", "fetch", "raw_search"]
    assert tools.select().names == tools.names
    assert tools.select(groups=["web"]).groups == {"web": ["fetch", "raw_search"]}
    assert tools.where(lambda t: t.name.startswith("f")).names == ["fetch"]
    assert tools.where(lambda t: t.function is None).names == ["raw_search"]


def test_tools_of_an_object_are_bound() -> None:
    tools = Toolset.from_object(Calculator(100))
    assert tools.names == ["add", "describe", "negate"]
    assert tools.groups == {"Calculator": ["add", "describe", "negate"]}
    assert anyio.run(tools["add"].invoke, {"a": 1, "b": 2}).value == 103
    read_only = tools.where(lambda t: t.policy.read_only)
    assert read_only.names == ["add"]


def test_an_unbound_method_tool_is_refused() -> None:
    with pytest.raises(TypeError, match="is a method taken from its class"):
        Toolset([vars(Calculator)["add"]])


def test_plain_functions_get_the_default_sandbox_placement() -> None:
    with pytest.raises(ToolDefinitionError, match="runs in the sandbox .* imports at module level"):
        Toolset([_other_echo])  # this test module imports pytest, which the sandbox does not have


def test_merge_and_needs_sandbox() -> None:
    tools = make()
    assert tools.needs_sandbox is False
    other = Toolset([sandboxed.count_lines], group="files")
    tools.merge(other)
    assert tools.groups["files"] == ["count_lines"]
    assert tools.needs_sandbox is True
    with pytest.raises(DuplicateToolName):
        tools.merge(Toolset([find, echo]))
    assert "lookup_user" not in tools  # all or nothing


def test_repr() -> None:
    assert repr(Toolset([echo])) == "Toolset(echo)"
    assert repr(echo) == "FunctionTool(name='echo', runs_in='host', read_only=False)"
    assert isinstance(echo, Tool)
