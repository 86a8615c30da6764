"""The conversation model: what agentkit renders into a Gemma 4 prompt.

Roles follow the OpenAI chat format that the official Gemma 4 template takes (system, user,
assistant, tool), so a conversation converts to and from that format without loss. Rendering turns
``assistant`` into a ``<|turn>model`` turn and folds ``tool`` messages into the preceding model turn.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field

# Gemma 4 image token budgets (soft tokens per image).
IMAGE_TOKEN_BUDGETS: tuple[int, ...] = (70, 140, 280, 560, 1120)
MAX_VIDEO_SECONDS = 60


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TextPart(_Part):
    type: Literal["text"] = "text"
    text: str


class ImagePart(_Part):
    """An image the model sees. ``data`` holds encoded bytes (PNG, JPEG, ...), ``path`` a file."""

    type: Literal["image"] = "image"
    data: bytes | None = None
    path: str | None = None
    url: str | None = None
    mime_type: str | None = None
    token_budget: int = 280


class VideoPart(_Part):
    """A video, sampled at 1 frame per second, at most 60 seconds."""

    type: Literal["video"] = "video"
    path: str | None = None
    url: str | None = None
    frames: tuple[bytes, ...] = ()


class AudioPart(_Part):
    type: Literal["audio"] = "audio"
    path: str | None = None
    data: bytes | None = None


ContentPart: TypeAlias = Annotated[TextPart | ImagePart | VideoPart | AudioPart, Field(discriminator="type")]
Content: TypeAlias = str | list[ContentPart]


class ToolCall(BaseModel):
    """One call the model made: ``<|tool_call>call:NAME{ARGS}<tool_call|>``."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class SystemMessage(BaseModel):
    role: Literal["system"] = "system"
    content: Content = ""


class UserMessage(BaseModel):
    role: Literal["user"] = "user"
    content: Content


class AssistantMessage(BaseModel):
    """A model turn (or one round of it): optional reasoning, text, and tool calls."""

    role: Literal["assistant"] = "assistant"
    content: Content | None = None
    reasoning: str | None = None
    tool_calls: list[ToolCall] = Field(default_factory=list)


class ToolMessage(BaseModel):
    """The result of one tool call, rendered as ``<|tool_response>response:NAME{...}<tool_response|>``.

    ``content`` is a string (rendered ``{value:<|"|>...<|"|>}``), a mapping (rendered key by key), or a
    list of parts (text concatenated; media parts become placeholders where the template allows).
    """

    role: Literal["tool"] = "tool"
    tool_call_id: str | None = None
    name: str | None = None
    content: str | dict[str, Any] | list[ContentPart]


Message: TypeAlias = Annotated[
    SystemMessage | UserMessage | AssistantMessage | ToolMessage, Field(discriminator="role")
]


def text_of(content: Content | None) -> str:
    """The text parts of ``content``, concatenated."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "".join(part.text for part in content if isinstance(part, TextPart))


def to_openai(message: Message) -> dict[str, Any]:
    """The message as the OpenAI-format dict the official template takes."""
    data: dict[str, Any] = {"role": message.role}
    if isinstance(message, AssistantMessage):
        if message.content is not None:
            data["content"] = _content_to_openai(message.content)
        if message.reasoning is not None:
            data["reasoning_content"] = message.reasoning
        if message.tool_calls:
            data["tool_calls"] = [
                {"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.arguments}}
                for c in message.tool_calls
            ]
        return data
    if isinstance(message, ToolMessage):
        if message.tool_call_id is not None:
            data["tool_call_id"] = message.tool_call_id
        if message.name is not None:
            data["name"] = message.name
        data["content"] = (
            message.content if isinstance(message.content, (str, dict)) else _content_to_openai(message.content)
        )
        return data
    data["content"] = _content_to_openai(message.content)
    return data


def _content_to_openai(content: Content) -> str | list[dict[str, Any]]:
    if isinstance(content, str):
        return content
    out: list[dict[str, Any]] = []
    for part in content:
        if isinstance(part, TextPart):
            out.append({"type": "text", "text": part.text})
        else:
            out.append({"type": part.type})
    return out


def from_openai(data: dict[str, Any]) -> Message:
    """Parse one OpenAI-format message (as the chat completions API and the template take it).

    ``function.arguments`` given as a JSON string is decoded, as vLLM does before rendering.
    ``reasoning``, ``reasoning_content`` and ``thinking`` are all accepted for the reasoning field.
    """
    role = data.get("role")
    if role in ("system", "developer"):
        return SystemMessage(content=_content_from_openai(data.get("content", "")))
    if role == "user":
        return UserMessage(content=_content_from_openai(data.get("content", "")))
    if role == "assistant":
        calls = []
        for index, raw in enumerate(data.get("tool_calls") or []):
            function = raw.get("function", raw)
            arguments = function.get("arguments") or {}
            if isinstance(arguments, str):
                arguments = json.loads(arguments) if arguments.strip() else {}
            calls.append(ToolCall(id=str(raw.get("id") or f"call_{index}"), name=function["name"], arguments=arguments))
        reasoning = data.get("reasoning", data.get("reasoning_content", data.get("thinking")))
        content = data.get("content")
        return AssistantMessage(
            content=None if content is None else _content_from_openai(content),
            reasoning=reasoning,
            tool_calls=calls,
        )
    if role == "tool":
        content = data.get("content", "")
        if isinstance(content, list):
            content = _content_from_openai(content)
        return ToolMessage(tool_call_id=data.get("tool_call_id"), name=data.get("name"), content=content)
    raise ValueError(f"unknown message role {role!r}; expected system, developer, user, assistant or tool")


def _content_from_openai(content: Any) -> Content:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise ValueError(f"message content must be a string or a list of parts, not {type(content).__name__}")
    parts: list[ContentPart] = []
    for item in content:
        kind = item.get("type")
        if kind == "text":
            parts.append(TextPart(text=item.get("text", "")))
        elif kind in ("image", "image_url"):
            url = item.get("image_url", {}).get("url") if kind == "image_url" else item.get("url")
            parts.append(ImagePart(url=url, path=item.get("path")))
        elif kind in ("video", "video_url"):
            url = item.get("video_url", {}).get("url") if kind == "video_url" else item.get("url")
            parts.append(VideoPart(url=url, path=item.get("path")))
        elif kind in ("audio", "input_audio"):
            parts.append(AudioPart(path=item.get("path")))
        else:
            raise ValueError(f"unknown content part type {kind!r}; expected text, image, video or audio")
    return parts
