"""Gemma 4 special tokens and their ids in the 262,144-entry vocabulary (FORMAT.md section 2)."""

from __future__ import annotations

from typing import Final

PAD: Final = "<pad>"
EOS: Final = "<eos>"
BOS: Final = "<bos>"
TOOL_OPEN: Final = "<|tool>"
TOOL_CLOSE: Final = "<tool|>"
TOOL_CALL_OPEN: Final = "<|tool_call>"
TOOL_CALL_CLOSE: Final = "<tool_call|>"
TOOL_RESPONSE_OPEN: Final = "<|tool_response>"
TOOL_RESPONSE_CLOSE: Final = "<tool_response|>"
STRING_DELIM: Final = '<|"|>'
THINK: Final = "<|think|>"
CHANNEL_OPEN: Final = "<|channel>"
CHANNEL_CLOSE: Final = "<channel|>"
TURN_OPEN: Final = "<|turn>"
TURN_CLOSE: Final = "<turn|>"
IMAGE_PLACEHOLDER: Final = "<|image|>"
AUDIO_PLACEHOLDER: Final = "<|audio|>"
VIDEO_PLACEHOLDER: Final = "<|video|>"
IMAGE_OPEN: Final = "<|image>"
IMAGE_CLOSE: Final = "<image|>"

TOKEN_IDS: Final[dict[str, int]] = {
    PAD: 0,
    EOS: 1,
    BOS: 2,
    TOOL_OPEN: 46,
    TOOL_CLOSE: 47,
    TOOL_CALL_OPEN: 48,
    TOOL_CALL_CLOSE: 49,
    TOOL_RESPONSE_OPEN: 50,
    TOOL_RESPONSE_CLOSE: 51,
    STRING_DELIM: 52,
    THINK: 98,
    CHANNEL_OPEN: 100,
    CHANNEL_CLOSE: 101,
    TURN_OPEN: 105,
    TURN_CLOSE: 106,
    IMAGE_OPEN: 255999,
    IMAGE_CLOSE: 258882,
    IMAGE_PLACEHOLDER: 258880,
    VIDEO_PLACEHOLDER: 258884,
}

PAD_ID: Final = 0
EOS_ID: Final = 1
BOS_ID: Final = 2
TOOL_RESPONSE_OPEN_ID: Final = 50
TURN_CLOSE_ID: Final = 106

# Generation ends on any of these: <eos>, <turn|> (after a final answer), <|tool_response> (after tool calls).
STOP_TOKEN_IDS: Final[tuple[int, ...]] = (EOS_ID, TURN_CLOSE_ID, TOOL_RESPONSE_OPEN_ID)

THOUGHT_CHANNEL: Final = "thought\n"
