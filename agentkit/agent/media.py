"""Images and video in a conversation: which media a prompt carries, and loading them for an engine.

The renderer writes a placeholder token where each media part sits (an image or a video placeholder); the
engine needs the media themselves, in the same order, to expand those placeholders into the vision
tower's soft tokens. `prompt_media` collects them and checks that the counts agree, so a prompt never
goes out with a placeholder and no image (or an image and no placeholder).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agentkit.engines.base import MediaInput
from agentkit.gemma4 import MAX_VIDEO_FRAMES, media_placeholders, renders_media_in_tool_results
from agentkit.messages import AssistantMessage, ImagePart, Message, ToolMessage, VideoPart


class MediaError(ValueError):
    """Media that cannot be sent: unreadable, the wrong kind, or not matching the prompt's placeholders."""


def prompt_media(
    messages: Sequence[Message],
    prompt_ids: Sequence[int],
    revision: str,
    placeholders: tuple[int, int] | None = None,
) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them). ``placeholders``: the prompt's placeholder counts when the caller kept them
    (`NextPrompt.placeholders`), so the whole prompt is not scanned again.
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:  # every step, over the whole conversation: text content is let go first
        content = message.content
        if not isinstance(content, list) or isinstance(message, AssistantMessage):
            continue
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        for part in content:
            if isinstance(part, ImagePart):
                images.append(part)
            elif isinstance(part, VideoPart):
                videos.append(part)
    if placeholders is None:
        placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "in a text part would cause this)"
        )
    if not images and not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def load_image(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs Pillow: pip install pillow") from exc
    if isinstance(part, Image.Image):
        return part
    if not isinstance(part, ImagePart):
        raise MediaError(f"expected an ImagePart or a PIL image, not {type(part).__name__}")
    if part.data is not None:
        source: Any = io.BytesIO(part.data)
    elif part.path is not None:
        source = Path(part.path)
        if not source.is_file():
            raise MediaError(f"image file {part.path} does not exist")
    else:
        raise MediaError(
            f"image {part.url or '(empty)'}: give the bytes (data=) or a local file (path=); agentkit does not "
            "download URLs"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def load_video(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]
