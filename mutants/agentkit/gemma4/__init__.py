"""Gemma 4's format, and nothing else: the public API the rest of agentkit uses.

Nothing outside this package spells a Gemma token or id (a test checks it); everything it needs is here:

* rendering: `PromptBuilder`, `render`, `user_turn_text`, `tool_results_text`, `DEFAULT_REVISION`;
* parsing: `StreamParser`, `collect`, `parse_complete`, `prompt_ends_in_thought`, `ParsedOutput`, and the
  ``parse`` subpackage for the event types;
* turns: `THOUGHT_CLOSE` (closing a thought early), `STOP_TOKEN_IDS`, `stop_token_after`, media
  placeholders (`IMAGE_PLACEHOLDER_ID`, `VIDEO_PLACEHOLDER_ID`, `media_placeholders`,
  `renders_media_in_tool_results`, `MAX_VIDEO_FRAMES`);
* declarations from JSON Schemas: `to_gemma_declaration`, `translate_schema`;
* the tokenizer: `Gemma4Tokenizer`.

Names load on first use, so importing a submodule (``agentkit.gemma4.tokens``) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports

if TYPE_CHECKING:
    from agentkit.gemma4 import parse
    from agentkit.gemma4.parse import (
        ParsedOutput,
        StreamParser,
        collect,
        parse_complete,
        prompt_ends_in_thought,
    )
    from agentkit.gemma4.render import PromptBuilder, render, tool_results_text, user_turn_text
    from agentkit.gemma4.revisions import DEFAULT_REVISION, REVISIONS
    from agentkit.gemma4.schema import SchemaTranslation, to_gemma_declaration, translate_schema
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer
    from agentkit.gemma4.turns import (
        IMAGE_PLACEHOLDER_ID,
        MAX_VIDEO_FRAMES,
        STOP_TOKEN_IDS,
        THOUGHT_CLOSE,
        VIDEO_PLACEHOLDER_ID,
        media_placeholders,
        renders_media_in_tool_results,
        stop_token_after,
    )

_EXPORTS = {
    **dict.fromkeys(
        ["ParsedOutput", "StreamParser", "collect", "parse_complete", "prompt_ends_in_thought"],
        "agentkit.gemma4.parse",
    ),
    **dict.fromkeys(
        ["PromptBuilder", "render", "tool_results_text", "user_turn_text"], "agentkit.gemma4.render"
    ),
    **dict.fromkeys(["DEFAULT_REVISION", "REVISIONS"], "agentkit.gemma4.revisions"),
    **dict.fromkeys(
        ["SchemaTranslation", "to_gemma_declaration", "translate_schema"], "agentkit.gemma4.schema"
    ),
    "Gemma4Tokenizer": "agentkit.gemma4.tokenizer",
    **dict.fromkeys(
        [
            "IMAGE_PLACEHOLDER_ID",
            "MAX_VIDEO_FRAMES",
            "STOP_TOKEN_IDS",
            "THOUGHT_CLOSE",
            "VIDEO_PLACEHOLDER_ID",
            "media_placeholders",
            "renders_media_in_tool_results",
            "stop_token_after",
        ],
        "agentkit.gemma4.turns",
    ),
}

__all__ = [
    "DEFAULT_REVISION",
    "IMAGE_PLACEHOLDER_ID",
    "MAX_VIDEO_FRAMES",
    "REVISIONS",
    "STOP_TOKEN_IDS",
    "THOUGHT_CLOSE",
    "VIDEO_PLACEHOLDER_ID",
    "Gemma4Tokenizer",
    "ParsedOutput",
    "PromptBuilder",
    "SchemaTranslation",
    "StreamParser",
    "collect",
    "media_placeholders",
    "parse",
    "parse_complete",
    "prompt_ends_in_thought",
    "render",
    "renders_media_in_tool_results",
    "stop_token_after",
    "to_gemma_declaration",
    "tool_results_text",
    "translate_schema",
    "user_turn_text",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
