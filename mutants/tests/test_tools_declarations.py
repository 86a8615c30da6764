"""The built-in tools' declarations, as the model sees them: rendered by the official Gemma 4 template
(both revisions) and by agentkit's renderer, every parameter has a clear description."""

from __future__ import annotations

import re
from typing import Any

import agentkit_tools
import pytest
from schema_helpers import TEMPLATES, assert_gemma_subset, render_official

from agentkit.messages import SystemMessage, UserMessage
from agentkit.tool.core import Tool
from agentkit.tool.toolset import UnknownToolName

Q = '<|"|>'
EXPECTED = ("shell", "python", "read_file", "write_file", "list_dir", "glob", "grep", "edit", "apply_patch")


def _param_descriptions(rendered: str, names: list[str]) -> dict[str, str]:
    """Each parameter's description as it appears in the rendered declaration text."""
    found: dict[str, str] = {}
    for name in names:
        match = re.search(
            rf"[{{,]{re.escape(name)}:\{{description:{re.escape(Q)}(.*?){re.escape(Q)}", rendered
        )
        assert match, f"parameter {name} has no rendered description in:\n{rendered}"
        found[name] = match.group(1)
    return found


def test_the_pack_has_every_tool_under_its_short_name() -> None:
    assert agentkit_tools.TOOL_NAMES == EXPECTED
    for name in EXPECTED:
        found = agentkit_tools.resolve(name)
        assert isinstance(found, Tool) and found.name == name
        assert found.policy.runs_in == "sandbox"
    with pytest.raises(UnknownToolName, match="Did you mean 'grep'"):
        agentkit_tools.resolve("grpe")
    assert agentkit_tools.default_toolset().names == list(EXPECTED)
    assert agentkit_tools.default_toolset(["edit", "shell"]).names == ["edit", "shell"]


def test_only_tools_that_change_nothing_are_read_only() -> None:
    read_only = {name for name, found in agentkit_tools.BUILTIN_TOOLS.items() if found.policy.read_only}
    assert read_only == {"read_file", "list_dir", "glob", "grep"}
    assert agentkit_tools.default_toolset(read_only=True).names == ["read_file", "list_dir", "glob", "grep"]


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("name", EXPECTED)
def test_every_parameter_has_a_clear_description_as_rendered(name: str, template: str) -> None:
    found = agentkit_tools.resolve(name)
    declaration: dict[str, Any] = found.declaration
    function = declaration["function"]
    assert_gemma_subset(function["parameters"])
    rendered = render_official(declaration, template)
    assert rendered.startswith(f"declaration:{name}{{description:{Q}")
    description = rendered.split(Q)[1]
    assert len(description) >= 120, f"{name}: tool description too thin: {description!r}"
    assert "Returns" in description, f"{name}: the description should say what the tool returns"
    properties = function["parameters"]["properties"]
    assert properties, f"{name} declares no parameters"
    for param, text in _param_descriptions(rendered, list(properties)).items():
        words = re.findall(r"[A-Za-z]+", text)
        assert len(text) >= 25 and len(words) >= 5, f"{name}.{param}: description too short: {text!r}"
        assert text.lower().replace(" ", "_") != param, f"{name}.{param}: description only repeats the name"
        assert text[0].isupper(), f"{name}.{param}: description should read as a sentence: {text!r}"
    # Facts the format cannot carry (defaults, ranges) are in the text the model reads.
    for fold in found.translation.folds:
        assert fold.note in rendered, f"{name}: folded note missing: {fold.note!r}"


def test_defaults_and_ranges_reach_the_model() -> None:
    rendered = render_official(agentkit_tools.resolve("grep").declaration)
    assert "Range: 1 <= x <= 2000. Default: 200." in rendered
    shell = render_official(agentkit_tools.resolve("shell").declaration)
    assert "Default: 120" in shell and "required:[" + Q + "command" + Q + "]" in shell


def test_agentkit_renderer_declares_the_whole_pack_in_the_system_turn() -> None:
    from agentkit.gemma4.render import render

    toolset = agentkit_tools.default_toolset()
    prompt = render(
        [SystemMessage(content="You are a coding agent."), UserMessage(content="Fix the bug.")],
        toolset.declarations,
        add_generation_prompt=True,
    )
    for found in toolset:
        assert f"<|tool>{render_official(found.declaration)}<tool|>" in prompt
    assert prompt.count("<|tool>declaration:") == len(EXPECTED)
