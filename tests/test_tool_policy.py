"""One policy model for both kinds of tool: the options written once, DEFAULT as "use the default"."""

from __future__ import annotations

import typing
from dataclasses import fields
from typing import Any

import pytest

from agentkit import Tool, ToolPolicy, tool
from agentkit.tool import DEFAULT, FunctionTool, PolicyOptions, SchemaTool, ToolDefinitionError


def _echo(text: str) -> str:
    """Echo the text."""
    return text


def _handler(arguments: dict[str, Any], ctx: Any) -> Any:
    return arguments


SCHEMA = {"type": "object", "properties": {"q": {"type": "string"}}}


def test_the_keyword_options_are_the_policy_fields() -> None:
    assert set(typing.get_type_hints(PolicyOptions)) == {f.name for f in fields(ToolPolicy)}


def test_both_kinds_are_tools() -> None:
    made = tool(runs_in="host")(_echo)
    raw = Tool.from_schema("raw", SCHEMA, _handler, runs_in="host")
    assert isinstance(made, FunctionTool) and isinstance(made, Tool)
    assert isinstance(raw, SchemaTool) and isinstance(raw, Tool)
    assert made.function is _echo and raw.function is None
    assert made.sandbox_module is None and raw.sandbox_module is None


def test_default_keeps_the_policy_value_and_none_means_no_limit() -> None:
    base = ToolPolicy(runs_in="host", timeout_s=5.0)
    kept = tool(policy=base, timeout_s=DEFAULT, read_only=DEFAULT)(_echo)
    assert kept.policy == base
    unlimited = tool(policy=base, timeout_s=None)(_echo)
    assert unlimited.policy.timeout_s is None
    assert (
        Tool.from_schema("raw", SCHEMA, _handler, runs_in="host", timeout_s=DEFAULT).policy.timeout_s == 60.0
    )


def test_schema_tools_take_a_policy_or_options_alike() -> None:
    policy = ToolPolicy(runs_in="host", read_only=True, max_output_chars=10)
    from_policy = Tool.from_schema("raw", SCHEMA, _handler, policy=policy, timeout_s=None)
    assert from_policy.policy == ToolPolicy(
        runs_in="host", read_only=True, max_output_chars=10, timeout_s=None
    )
    from_options = Tool.from_schema(
        "raw", SCHEMA, _handler, runs_in="host", read_only=True, max_output_chars=10
    )
    assert from_options.policy == policy


def test_a_schema_tool_must_say_where_it_runs() -> None:
    with pytest.raises(ToolDefinitionError, match="needs runs_in='host' or runs_in='sandbox'"):
        Tool.from_schema("raw", SCHEMA, _handler)
    with pytest.raises(ToolDefinitionError, match="needs runs_in"):
        Tool.from_schema("raw", SCHEMA, _handler, runs_in=DEFAULT)


def test_an_unknown_option_names_the_closest() -> None:
    with pytest.raises(
        ToolDefinitionError, match=r"unknown tool policy option 'read_onyl'; did you mean 'read_only'\?"
    ):
        tool(runs_in="host", read_onyl=True)(_echo)  # type: ignore[call-arg]
    with pytest.raises(
        ToolDefinitionError, match="unknown tool policy option 'colour'.*the options are: runs_in"
    ):
        Tool.from_schema("raw", SCHEMA, _handler, runs_in="host", colour=1)  # type: ignore[call-arg]


def test_bad_values_fail_where_the_tool_is_declared() -> None:
    with pytest.raises(ToolDefinitionError, match="@tool: timeout_s must be positive or None"):
        tool(runs_in="host", timeout_s=0)
    with pytest.raises(ToolDefinitionError, match="sandbox_imports must be a list of package names"):
        tool(runs_in="host", sandbox_imports="numpy")(_echo)
    with pytest.raises(ToolDefinitionError, match="policy must be a ToolPolicy, not dict"):
        tool(policy={"runs_in": "host"})(_echo)  # type: ignore[arg-type]


def test_with_policy_keeps_the_kind() -> None:
    raw = Tool.from_schema("raw", SCHEMA, _handler, runs_in="host")
    changed = raw.with_policy(read_only=True, timeout_s=DEFAULT)
    assert isinstance(changed, SchemaTool) and changed.policy.read_only and changed.policy.timeout_s == 60.0
    assert not raw.policy.read_only
    with pytest.raises(ToolDefinitionError, match="did you mean 'timeout_s'"):
        raw.with_policy(timeout=1)  # type: ignore[call-arg]
