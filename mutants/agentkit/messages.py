"""The conversation model: what agentkit renders into a Gemma 4 prompt.

Roles follow the OpenAI chat format that the official Gemma 4 template takes (system, user,
assistant, tool), so a conversation converts to and from that format without loss. Rendering turns
``assistant`` into a ``<|turn>model`` turn and folds ``tool`` messages into the preceding model turn.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field


class MessageFormatError(ValueError):
    """An OpenAI-format message (or list of them) that agentkit cannot read; the text says where."""


# Gemma 4 image token budgets (soft tokens per image).
IMAGE_TOKEN_BUDGETS: tuple[int, ...] = (70, 140, 280, 560, 1120)
MAX_VIDEO_SECONDS = 60


class _Part(BaseModel):
    # Media bytes travel as base64 in JSON (trajectories, the runner), never as raw UTF-8.
    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")


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
    """One call the model made: ``<|tool_call>call:NAME{ARGS}<tool_call|>``.

    ``id`` links a `ToolMessage` (``tool_call_id``) to this call, which is how the template names the
    result. It may be None (conversations written for the Gemma-native format often carry no ids); the
    template then matches a result without ``tool_call_id`` to the call, as None equals None.
    """

    model_config = ConfigDict(frozen=True)

    id: str | None = None
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class InlineToolResponse(BaseModel):
    """A tool result carried on the assistant message itself (the Gemma-native ``tool_responses`` field).

    The OpenAI-style alternative, a `ToolMessage` after the assistant message, is what agentkit writes;
    this form exists so that conversations in Google's format render as the template renders them.
    ``response`` is any JSON value: a mapping renders key by key, anything else as ``{value:...}``.
    """

    model_config = ConfigDict(frozen=True)

    name: str | None = None
    response: Any = None


class SystemMessage(BaseModel):
    """The system prompt (first message), or a system/developer turn later in the conversation."""

    role: Literal["system", "developer"] = "system"
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
    tool_responses: list[InlineToolResponse] = Field(default_factory=list)


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
            data["tool_calls"] = [_call_to_openai(c) for c in message.tool_calls]
        if message.tool_responses:
            data["tool_responses"] = [
                {"response": r.response} if r.name is None else {"name": r.name, "response": r.response}
                for r in message.tool_responses
            ]
        return data
    if isinstance(message, ToolMessage):
        if message.tool_call_id is not None:
            data["tool_call_id"] = message.tool_call_id
        if message.name is not None:
            data["name"] = message.name
        data["content"] = (
            message.content
            if isinstance(message.content, (str, dict))
            else _content_to_openai(message.content)
        )
        return data
    data["content"] = _content_to_openai(message.content)
    return data


def _call_to_openai(call: ToolCall) -> dict[str, Any]:
    function = {"name": call.name, "arguments": call.arguments}
    if call.id is None:
        return {"type": "function", "function": function}
    return {"id": call.id, "type": "function", "function": function}


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

    Where the OpenAI format can say more than this model, these choices apply (agentkit's render
    policies, see `agentkit.gemma4.render`):

    * ``function.arguments`` given as a JSON string is decoded, as vLLM does before rendering (the raw
      2026-04-28 template would print the string inside extra braces, the 2026-07-09 one refuses it).
      A string that is not JSON, or not a JSON object, is an error.
    * ``reasoning``, ``reasoning_content`` and ``thinking`` are all accepted for the reasoning, the
      first non-empty one winning (the template reads ``reasoning or reasoning_content``).
    * A tool message with no content (missing or null) gets the empty string.
    * Part types ``image_url``, ``input_audio`` and ``video_url`` become image, audio and video parts.
    * ``developer`` stays ``developer``; ids stay as given (None when absent).
    """
    if not isinstance(data, dict):
        raise MessageFormatError(f"a message must be a JSON object, not {type(data).__name__}")
    role = data.get("role")
    if role in ("system", "developer"):
        return SystemMessage(role=role, content=_content_from_openai(data.get("content", "")))
    if role == "user":
        return UserMessage(content=_content_from_openai(data.get("content", "")))
    if role == "assistant":
        raw_calls = data.get("tool_calls") or []
        if not isinstance(raw_calls, list):
            raise MessageFormatError("tool_calls must be a list")
        calls = [_call_from_openai(raw, index) for index, raw in enumerate(raw_calls)]
        reasoning = data.get("reasoning") or data.get("reasoning_content") or data.get("thinking")
        content = data.get("content")
        raw_responses = data.get("tool_responses") or []
        if not isinstance(raw_responses, list) or not all(isinstance(r, dict) for r in raw_responses):
            raise MessageFormatError("tool_responses must be a list of objects with name and response")
        return AssistantMessage(
            content=None if content is None else _content_from_openai(content),
            reasoning=reasoning,
            tool_calls=calls,
            tool_responses=[
                InlineToolResponse(name=r.get("name"), response=r.get("response")) for r in raw_responses
            ],
        )
    if role == "tool":
        content = data.get("content")
        if content is None:
            content = ""
        elif isinstance(content, list):
            content = _content_from_openai(content)
        return ToolMessage(tool_call_id=data.get("tool_call_id"), name=data.get("name"), content=content)
    raise MessageFormatError(
        f"unknown message role {role!r}; expected system, developer, user, assistant or tool"
    )


def from_openai_messages(data: Any) -> list[Message]:
    """Parse a list of OpenAI-format messages; an error names the index of the message at fault."""
    if not isinstance(data, list):
        raise MessageFormatError(f"messages must be a list, not {type(data).__name__}")
    messages: list[Message] = []
    for index, item in enumerate(data):
        try:
            messages.append(from_openai(item))
        except ValueError as error:
            raise MessageFormatError(f"messages[{index}]: {_one_line(error)}") from error
    return messages


def _one_line(error: ValueError) -> str:
    # pydantic's ValidationError spans several lines; keep its first lines readable in one message
    return " ".join(line.strip() for line in str(error).splitlines() if line.strip())


def _call_from_openai(raw: Any, index: int) -> ToolCall:
    where = f"tool_calls[{index}]"
    if not isinstance(raw, dict):
        raise MessageFormatError(f"{where} must be an object")
    function = raw.get("function", raw)
    if not isinstance(function, dict) or not isinstance(function.get("name"), str):
        raise MessageFormatError(f"{where}.function.name must be a string")
    arguments = function.get("arguments")
    if arguments is None:
        arguments = {}
    elif isinstance(arguments, str):
        if not arguments.strip():
            arguments = {}
        else:
            try:
                arguments = json.loads(arguments)
            except json.JSONDecodeError as error:
                raise MessageFormatError(f"{where}.function.arguments is not valid JSON: {error}") from error
            if not isinstance(arguments, dict):
                raise MessageFormatError(
                    f"{where}.function.arguments must be a JSON object, not {type(arguments).__name__}"
                )
    elif not isinstance(arguments, dict):
        raise MessageFormatError(f"{where}.function.arguments must be an object or a JSON string")
    call_id = raw.get("id")
    return ToolCall(id=None if call_id is None else str(call_id), name=function["name"], arguments=arguments)


def _content_from_openai(content: Any) -> Content:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise MessageFormatError(
            f"message content must be a string or a list of parts, not {type(content).__name__}"
        )
    parts: list[ContentPart] = []
    for index, item in enumerate(content):
        if not isinstance(item, dict):
            raise MessageFormatError(
                f"content[{index}] must be an object with a type, not {type(item).__name__}"
            )
        kind = item.get("type")
        if kind == "text":
            text = item.get("text")
            if not isinstance(text, str):
                raise MessageFormatError(f"content[{index}] is a text part without a string text")
            parts.append(TextPart(text=text))
        elif kind in ("image", "image_url"):
            url = _url_of(item, "image_url") if kind == "image_url" else item.get("url")
            parts.append(ImagePart(url=url, path=item.get("path")))
        elif kind in ("video", "video_url"):
            url = _url_of(item, "video_url") if kind == "video_url" else item.get("url")
            parts.append(VideoPart(url=url, path=item.get("path")))
        elif kind in ("audio", "input_audio"):
            parts.append(AudioPart(path=item.get("path")))
        else:
            raise MessageFormatError(
                f"unknown content part type {kind!r}; expected text, image, video or audio"
            )
    return parts


def _url_of(item: dict[str, Any], key: str) -> str | None:
    # OpenAI writes {"image_url": {"url": ...}}; a bare string is accepted too
    value = item.get(key)
    if isinstance(value, dict):
        url = value.get("url")
        return url if isinstance(url, str) else None
    return value if isinstance(value, str) else None
