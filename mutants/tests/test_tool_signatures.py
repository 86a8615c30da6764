"""The signature corpus: Python signatures -> exact Gemma parameter schemas -> the official template.

`tool_corpus.CORPUS` pairs each tool with the translated schema written out by hand; here every one
is checked exactly, checked to use only what the template prints, and rendered through the
checkpoint's own ``format_function_declaration`` with every folded fact present in the output.
"""

from __future__ import annotations

from typing import Any

import pytest
from render_reference import render_openai
from schema_helpers import TEMPLATES, assert_folds_rendered, assert_gemma_subset, render_official
from tool_corpus import (
    CORPUS,
    Calculator,
    adopt,
    echo,
    find,
    numpy_style,
    ping,
    remind,
    sphinx_style,
    top_k,
    whoami,
)

from agentkit.gemma4.render import render
from agentkit.gemma4.revisions import REVISIONS
from agentkit.messages import SystemMessage, UserMessage, to_openai
from agentkit.tool.core import Tool

IDS = [entry[0].name for entry in CORPUS]


def test_corpus_is_large_and_names_are_unique() -> None:
    assert len(CORPUS) >= 30
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize(("made", "expected"), CORPUS, ids=IDS)
def test_translated_parameters_are_exact(made: Tool, expected: dict[str, Any]) -> None:
    parameters = made.declaration["function"]["parameters"]
    assert parameters == expected
    assert_gemma_subset(parameters)


@pytest.mark.parametrize(("made", "expected"), CORPUS, ids=IDS)
def test_official_template_renders_every_folded_fact(made: Tool, expected: dict[str, Any]) -> None:
    for template in TEMPLATES:
        rendered = render_official(made.declaration, template)
        assert rendered.startswith(f'declaration:{made.name}{{description:<|"|>{made.description}<|"|>')
        assert_folds_rendered(made.translation, rendered)


def test_declaration_shape() -> None:
    assert echo.declaration == {
        "type": "function",
        "function": {
            "name": "echo",
            "description": "Echo text back.",
            "parameters": {
                "type": "object",
                "properties": {"text": {"type": "string", "description": "The text to echo."}},
                "required": ["text"],
            },
        },
    }


def test_rendered_literals() -> None:
    """A few declarations as the official template prints them, byte for byte."""
    assert render_official(ping.declaration) == (
        'declaration:ping{description:<|"|>Check the service is up.<|"|>,parameters:{type:<|"|>OBJECT<|"|>}}'
    )
    assert render_official(top_k.declaration) == (
        'declaration:top_k{description:<|"|>Pick k.<|"|>,parameters:{properties:{k:{description:<|"|>How many. '
        'Default: 5.<|"|>,type:<|"|>INTEGER<|"|>}},type:<|"|>OBJECT<|"|>}}'
    )
    assert render_official(adopt.declaration) == (
        'declaration:adopt{description:<|"|>Adopt a pet.<|"|>,parameters:{properties:{pet:{description:<|"|>One of: '
        'Cat {kind, lives?} | Dog {kind, good}.<|"|>,properties:{good:{type:<|"|>BOOLEAN<|"|>},'
        'kind:{enum:[<|"|>cat<|"|>,<|"|>dog<|"|>],type:<|"|>STRING<|"|>},lives:{description:<|"|>Default: 9.<|"|>,'
        'type:<|"|>INTEGER<|"|>}},required:[<|"|>kind<|"|>],type:<|"|>OBJECT<|"|>}},required:[<|"|>pet<|"|>],'
        'type:<|"|>OBJECT<|"|>}}'
    )
    assert render_official(remind.declaration) == (
        'declaration:remind{description:<|"|>Set a reminder.<|"|>,parameters:{properties:{at:{description:<|"|>'
        'Format: date-time.<|"|>,type:<|"|>STRING<|"|>},note:{description:<|"|>Default: "".<|"|>,'
        'type:<|"|>STRING<|"|>}},required:[<|"|>at<|"|>],type:<|"|>OBJECT<|"|>}}'
    )


def test_docstring_styles_give_descriptions() -> None:
    assert numpy_style.description == "Divide x by y.\n\nReturns: The quotient."
    assert sphinx_style.description == "List a directory.\n\nReturns: The entries."
    assert echo.description == "Echo text back."


def test_name_and_description_overrides() -> None:
    assert find.name == "lookup_user"
    assert find.description == "Find a user by e-mail address."
    assert find.declaration["function"]["name"] == "lookup_user"


def test_run_context_parameter_is_hidden() -> None:
    assert "ctx" not in whoami.json_schema["properties"]
    assert list(whoami.declaration["function"]["parameters"]["properties"]) == ["greeting"]


def test_method_tools_hide_self_and_cls() -> None:
    assert set(Calculator(0).add.json_schema["properties"]) == {"a", "b"}
    assert set(Calculator.describe.json_schema["properties"]) == {"verbose"}
    assert Calculator(0).add.policy.read_only is True


def test_json_schema_is_the_original_and_feeds_the_parser() -> None:
    original = adopt.json_schema
    assert "$defs" in original and "oneOf" in original["properties"]["pet"]
    assert adopt.schema_for_parser is original
    # what the template would have dropped is reported, not lost
    assert {(f.path, f.keyword) for f in adopt.translation.folds} >= {
        ("$.pet", "oneOf"),
        ("$.pet.lives", "default"),
    }


# ------------------------------------------------------------------- agentkit's renderer agrees


@pytest.mark.parametrize("revision", REVISIONS)
def test_agentkit_renderer_prints_the_corpus_as_the_template_does(revision: str) -> None:
    """The whole corpus declared at once, rendered natively and by the checkpoint's template."""
    messages = [SystemMessage(content="You are a careful assistant."), UserMessage(content="Go.")]
    declarations = [made.declaration for made, _ in CORPUS]
    native = render(messages, declarations, revision=revision, add_generation_prompt=True)
    reference = render_openai(
        revision, [to_openai(m) for m in messages], declarations, add_generation_prompt=True
    )
    assert native == reference
    for made, _ in CORPUS:
        assert f"<|tool>{render_official(made.declaration)}<tool|>" in native
