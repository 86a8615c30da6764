"""What a tool call produced, and how it is shown to the model.

A tool may return a string, JSON data (dict, list, numbers), a Pydantic model or dataclass
(serialized to JSON), an image (encoded bytes, a PIL image when Pillow is installed, or an
:class:`~agentkit.messages.ImagePart`), or a list mixing text and images. Raising is fine too: the
exception becomes an error result the model sees (:class:`ToolError` for a message without the
exception type).

:func:`tool_response_content` is the one place that decides what goes into
``<|tool_response>response:NAME{...}``.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from typing import Any, Final, Literal

import pydantic_core
from pydantic import BaseModel

from agentkit.messages import AudioPart, ContentPart, ImagePart, TextPart, ToolMessage, VideoPart

ToolStatus = Literal["ok", "invalid_arguments", "error", "timeout"]
ToolContent = str | dict[str, Any] | list[ContentPart]

#: What a tool that returns ``None`` shows the model.
NO_OUTPUT: Final = "(no output)"

_IMAGE_SIGNATURES: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class ToolError(Exception):
    """Raise from a tool to report a failure to the model with exactly this message."""


class ToolOutputError(TypeError):
    """A tool returned something that cannot be shown to the model."""


@dataclass(frozen=True)
class ToolResult:
    """The outcome of one call.

    * ``status``: ``ok``; ``invalid_arguments`` (validation failed, the function never ran);
      ``error`` (it raised, or its output could not be shown); ``timeout``.
    * ``content``: what the model sees (already truncated): a string, a JSON object, or a list of
      text and image parts. Errors are ``{"error": message}``.
    * ``value``: the function's raw return value (``None`` unless ``ok``); ``exception``: what it
      raised, if anything.
    * ``truncated``: the output was cut to the tool's ``max_output_chars`` (head and tail kept).
    """

    tool_name: str
    status: ToolStatus
    content: ToolContent
    value: Any = None
    exception: BaseException | None = field(default=None, repr=False)
    truncated: bool = False
    duration_s: float = 0.0
    call_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.status != "ok"

    @property
    def error_message(self) -> str | None:
        if isinstance(self.content, dict) and self.is_error:
            return str(self.content.get("error"))
        return None

    def to_message(self) -> ToolMessage:
        """The conversation message carrying this result back to the model."""
        return ToolMessage(
            tool_call_id=self.call_id, name=self.tool_name, content=tool_response_content(self)
        )


def tool_response_content(result: ToolResult) -> ToolContent:
    """The content of the ``response:NAME{...}`` block for ``result``.

    Strings render as ``{value:<|"|>...<|"|>}``, objects key by key, part lists as text and image
    placeholders; failures as ``{error:<|"|>...<|"|>}``. Non-object JSON values were already wrapped
    as ``{"value": ...}``, which the template renders byte-for-byte like the bare value.
    """
    return result.content


def error_result(
    tool_name: str,
    status: ToolStatus,
    message: str,
    *,
    max_chars: int,
    exception: BaseException | None = None,
    duration_s: float = 0.0,
    call_id: str | None = None,
) -> ToolResult:
    text, truncated = truncate_text(message, max_chars)
    return ToolResult(
        tool_name=tool_name,
        status=status,
        content={"error": text},
        exception=exception,
        truncated=truncated,
        duration_s=duration_s,
        call_id=call_id,
    )


def ok_result(
    tool_name: str, value: Any, *, max_chars: int, duration_s: float = 0.0, call_id: str | None = None
) -> ToolResult:
    """Convert a return value; something unshowable becomes an ``error`` result that says why."""
    try:
        content = to_content(value)
    except ToolOutputError as exc:
        return error_result(
            tool_name,
            "error",
            str(exc),
            max_chars=max_chars,
            exception=exc,
            duration_s=duration_s,
            call_id=call_id,
        )
    content, truncated = truncate_content(content, max_chars)
    return ToolResult(
        tool_name=tool_name,
        status="ok",
        content=content,
        value=value,
        truncated=truncated,
        duration_s=duration_s,
        call_id=call_id,
    )


# ------------------------------------------------------------------------------------ conversion


def to_content(value: Any) -> ToolContent:
    """A return value as model-facing content (see the module docstring for what is accepted)."""
    if value is None:
        return NO_OUTPUT
    if isinstance(value, str):
        return value
    if isinstance(value, (TextPart, ImagePart, VideoPart, AudioPart)):
        return [value]
    image = _as_image(value)
    if image is not None:
        return [image]
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ToolOutputError(
                f"the tool returned {len(raw)} bytes that are neither a PNG, JPEG, GIF or WebP image nor UTF-8 text"
            ) from None
    if (
        isinstance(value, (list, tuple))
        and value
        and (any(_is_media(item) for item in value) or all(isinstance(item, TextPart) for item in value))
    ):
        return [_as_part(item) for item in value]
    data = _jsonable(value)
    if isinstance(data, dict) and all(isinstance(key, str) for key in data):
        return data
    # A bare list, number, bool or null renders like `{value:...}` in the template; keep that shape.
    return {"value": data}


def _is_media(item: Any) -> bool:
    return isinstance(item, (ImagePart, VideoPart, AudioPart)) or _as_image(item) is not None


def _as_part(item: Any) -> ContentPart:
    if isinstance(item, (TextPart, ImagePart, VideoPart, AudioPart)):
        return item
    image = _as_image(item)
    if image is not None:
        return image
    if isinstance(item, str):
        return TextPart(text=item)
    return TextPart(text=pydantic_core.to_json(_jsonable(item)).decode())


def _as_image(value: Any) -> ImagePart | None:
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        mime = image_mime_type(raw)
        return ImagePart(data=raw, mime_type=mime) if mime else None
    if "PIL.Image" in sys.modules and isinstance(value, sys.modules["PIL.Image"].Image):
        buffer = io.BytesIO()
        image = value if value.mode in ("RGB", "RGBA", "L", "LA", "P") else value.convert("RGBA")
        image.save(buffer, format="PNG")
        return ImagePart(data=buffer.getvalue(), mime_type="image/png")
    return None


def image_mime_type(data: bytes) -> str | None:
    """The MIME type of encoded image bytes, from their signature; ``None`` if not an image."""
    for signature, mime in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return pydantic_core.to_jsonable_python(value)
    except pydantic_core.PydanticSerializationError:
        raise ToolOutputError(
            f"the tool returned a {type(value).__module__}.{type(value).__qualname__}, which cannot be turned into "
            "JSON; return a string, JSON data, a Pydantic model, a dataclass or an image"
        ) from None


# ------------------------------------------------------------------------------------ truncation


def truncation_marker(removed: int) -> str:
    return f"\n[... {removed:,} characters truncated ...]\n"


def truncate_text(text: str, max_chars: int) -> tuple[str, bool]:
    """``text`` cut to about ``max_chars``: the head and the tail kept, a visible marker between."""
    if max_chars <= 0 or len(text) <= max_chars:
        return text, False
    # The marker's length depends on the count it shows; settle the count so the result is exactly
    # max_chars long (or just the marker, if max_chars is smaller than that).
    removed = len(text) - max_chars
    for _ in range(4):
        keep = max(max_chars - len(truncation_marker(removed)), 0)
        if len(text) - keep == removed:
            break
        removed = len(text) - keep
    head = (keep + 1) // 2
    tail = keep - head
    return text[:head] + truncation_marker(removed) + (text[len(text) - tail :] if tail else ""), True


def truncate_content(content: ToolContent, max_chars: int) -> tuple[ToolContent, bool]:
    """Truncate text to ``max_chars`` in total. JSON objects over the limit become their JSON text,
    truncated (a cut object would not be valid JSON anyway). Images are not counted."""
    if isinstance(content, str):
        return truncate_text(content, max_chars)
    if isinstance(content, dict):
        text = pydantic_core.to_json(content).decode()
        if max_chars <= 0 or len(text) <= max_chars:
            return content, False
        return truncate_text(text, max_chars)
    text_parts = [part for part in content if isinstance(part, TextPart)]
    total = sum(len(part.text) for part in text_parts)
    if max_chars <= 0 or total <= max_chars:
        return content, False
    budget = max_chars // max(len(text_parts), 1)
    parts: list[ContentPart] = []
    for part in content:
        if isinstance(part, TextPart):
            parts.append(TextPart(text=truncate_text(part.text, budget)[0]))
        else:
            parts.append(part)
    return parts, True
