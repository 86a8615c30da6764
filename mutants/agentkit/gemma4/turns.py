"""Facts about Gemma 4 turns that the agent loop acts on, without spelling a token itself.

Closing a thought early (the thinking budget), the stop tokens and which one a turn ends with, and the
media placeholders a prompt carries. The loop imports these through `agentkit.gemma4`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from agentkit.gemma4 import tokens
from agentkit.gemma4.revisions import V2026_07_09


@dataclass(frozen=True)
class SpecialToken:
    text: str
    id: int


#: What agentkit writes to end a thought when the thinking budget is spent (the model's own closer).
THOUGHT_CLOSE: Final = SpecialToken(tokens.CHANNEL_CLOSE, tokens.TOKEN_IDS[tokens.CHANNEL_CLOSE])

#: Generation ends on any of these: <eos>, <turn|> (after a final answer), <|tool_response> (after calls).
STOP_TOKEN_IDS: Final = tokens.STOP_TOKEN_IDS

IMAGE_PLACEHOLDER_ID: Final = tokens.TOKEN_IDS[tokens.IMAGE_PLACEHOLDER]
VIDEO_PLACEHOLDER_ID: Final = tokens.TOKEN_IDS[tokens.VIDEO_PLACEHOLDER]
#: Gemma 4 takes video up to 60 s, sampled at 1 frame per second.
MAX_VIDEO_FRAMES: Final = 60


def stop_token_after(has_tool_calls: bool) -> int:
    """The stop token the template writes after a model turn: <|tool_response> after calls, else <turn|>."""
    return tokens.TOOL_RESPONSE_OPEN_ID if has_tool_calls else tokens.TURN_CLOSE_ID


def media_placeholders(prompt_ids: Sequence[int]) -> tuple[int, int]:
    """How many image and video placeholders a prompt has."""
    return prompt_ids.count(IMAGE_PLACEHOLDER_ID), prompt_ids.count(VIDEO_PLACEHOLDER_ID)


def renders_media_in_tool_results(revision: str) -> bool:
    """Only the 2026-07-09 template renders media inside tool results (under 2026-04-28 the model never sees them)."""
    return revision == V2026_07_09
