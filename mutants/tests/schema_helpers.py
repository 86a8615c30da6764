"""Shared by the schema and tool tests: the official template's own declaration macro, and checks on
translated schemas. The template is the real file from ../shared/gemma4, run by the same Jinja
environment transformers uses (ImmutableSandboxedEnvironment, trim_blocks, lstrip_blocks)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from conftest import GEMMA4_DIR
from jinja2.sandbox import ImmutableSandboxedEnvironment

from agentkit.gemma4.schema import GEMMA_SCHEMA_KEYS, SchemaTranslation

TEMPLATES = ("chat_template.jinja", "chat_template.canonical-2026-07-09.jinja")


@lru_cache(maxsize=4)
def declaration_macro(template_name: str = TEMPLATES[0]) -> Callable[[Mapping[str, Any]], str]:
    """``format_function_declaration(tool)`` from the template file, called on its own.

    The macros are the template's leading definitions; everything after the last macro is the
    message loop, which needs a conversation, so it is cut off and a call to the macro appended.
    """
    text = Path(GEMMA4_DIR / template_name).read_text(encoding="utf-8")
    end_tag = "{%- endmacro -%}"
    macros = text[: text.rindex(end_tag) + len(end_tag)]
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(macros + "{{- format_function_declaration(tool) -}}")

    def render(tool: Mapping[str, Any]) -> str:
        return template.render(tool=tool)

    return render


@lru_cache(maxsize=4)
def _macro_template(template_name: str, call: str) -> Any:
    text = Path(GEMMA4_DIR / template_name).read_text(encoding="utf-8")
    end_tag = "{%- endmacro -%}"
    macros = text[: text.rindex(end_tag) + len(end_tag)]
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    return env.from_string(macros + call)


def render_tool_response(name: str, response: Any, template_name: str = TEMPLATES[0]) -> str:
    """``format_tool_response_block(name, response)`` from the official template."""
    template = _macro_template(template_name, "{{- format_tool_response_block(name, response) -}}")
    return str(template.render(name=name, response=response))


def render_official(tool: Mapping[str, Any], template_name: str = TEMPLATES[0]) -> str:
    """The declaration as the official template prints it (without the ``<|tool>``/``<tool|>`` wrapper)."""
    return declaration_macro(template_name)(tool)


def assert_gemma_subset(node: Any, path: str = "$") -> None:
    """Every node uses only the keys the template prints, and ``enum`` only where it prints it."""
    assert isinstance(node, dict), f"{path}: not a schema object: {node!r}"
    extra = set(node) - GEMMA_SCHEMA_KEYS
    assert not extra, f"{path}: keys the template drops: {sorted(extra)}"
    assert isinstance(node.get("type"), str), f"{path}: type must be one string, got {node.get('type')!r}"
    if "enum" in node:
        assert node["type"] == "string", f"{path}: enum on {node['type']} is not printed"
        assert all(isinstance(v, str) for v in node["enum"]), f"{path}: non-string enum values"
    if "description" in node:
        assert isinstance(node["description"], str) and node["description"], f"{path}: empty description"
    if node["type"] == "object":
        assert isinstance(node.get("properties"), dict), f"{path}: object without properties mapping"
    for key, child in (node.get("properties") or {}).items():
        assert_gemma_subset(child, f"{path}.{key}")
    if "items" in node:
        assert_gemma_subset(node["items"], f"{path}[]")


def assert_folds_rendered(translation: SchemaTranslation, rendered: str) -> None:
    """Each sentence written into a description appears in the template's output."""
    for fold in translation.folds:
        assert fold.note in rendered, (
            f"fold at {fold.path} ({fold.keyword}) missing from render: {fold.note!r}"
        )
