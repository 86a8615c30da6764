"""The official templates, rendered the way transformers renders them: the reference for the render tests.

transformers' own compiled-template path (`render_jinja_template`: ImmutableSandboxedEnvironment with
trim_blocks and lstrip_blocks, plus its `tojson`, `raise_exception` and `strftime_now`), fed the
template files from ../shared/gemma4. Nothing here is a copy of a template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from conftest import GEMMA4_DIR

from agentkit.gemma4.revisions import V2026_04_28, V2026_07_09
from agentkit.messages import Message, to_openai

TEMPLATE_FILES = {
    V2026_04_28: "chat_template.jinja",
    V2026_07_09: "chat_template.canonical-2026-07-09.jinja",
}


@cache
def template_text(revision: str) -> str:
    return (GEMMA4_DIR / TEMPLATE_FILES[revision]).read_text(encoding="utf-8")


def template_path(revision: str) -> Path:
    return GEMMA4_DIR / TEMPLATE_FILES[revision]


class TemplateFailed(Exception):
    """The official template raised while rendering."""


def render_openai(
    revision: str,
    messages: Sequence[Mapping[str, Any]],
    tools: Sequence[Mapping[str, Any]] | None = None,
    **kwargs: Any,
) -> str:
    """The official template's output for OpenAI-format dicts; TemplateFailed if the template raises."""
    from transformers.utils.chat_template_utils import render_jinja_template

    try:
        rendered, _ = render_jinja_template(
            conversations=[list(messages)],
            tools=list(tools) if tools else None,
            chat_template=template_text(revision),
            bos_token="<bos>",
            **kwargs,
        )
    except Exception as error:  # any template failure is the answer
        raise TemplateFailed(f"{type(error).__name__}: {error}") from error
    return str(rendered[0])


def render_typed(
    revision: str,
    messages: Sequence[Message],
    tools: Sequence[Mapping[str, Any]] | None = None,
    **kwargs: Any,
) -> str:
    """The official template's output for typed messages, via `to_openai`."""
    return render_openai(revision, [to_openai(m) for m in messages], tools, **kwargs)
