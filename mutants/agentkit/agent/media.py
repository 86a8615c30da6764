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
from agentkit.messages import ImagePart, Message, SystemMessage, ToolMessage, UserMessage, VideoPart


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class MediaError(ValueError):
    """Media that cannot be sent: unreadable, the wrong kind, or not matching the prompt's placeholders."""
mutants_x_prompt_media__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_prompt_media__mutmut)
def prompt_media(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_orig(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_1(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = None
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_2(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(None)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_3(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = None
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_4(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = None
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_5(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) or not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_6(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_7(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            break
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_8(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_9(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if (isinstance(message, UserMessage | SystemMessage | ToolMessage)) and False else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_10(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if (isinstance(message, UserMessage | SystemMessage | ToolMessage)) or True else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_11(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(None)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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


def x_prompt_media__mutmut_12(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(None)
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


def x_prompt_media__mutmut_13(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = None
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


def x_prompt_media__mutmut_14(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(None)
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


def x_prompt_media__mutmut_15(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders == (len(images), len(videos)):
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


def x_prompt_media__mutmut_16(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            None
        )
    if not images and not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_17(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[1]} image and {placeholders[1]} video placeholders but the "
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


def x_prompt_media__mutmut_18(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[2]} video placeholders but the "
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


def x_prompt_media__mutmut_19(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "XXin a text part would cause this)XX"
        )
    if not images and not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_20(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "IN A TEXT PART WOULD CAUSE THIS)"
        )
    if not images and not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_21(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "in a text part would cause this)"
        )
    if not images or not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_22(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "in a text part would cause this)"
        )
    if images and not videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_23(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
    placeholders = media_placeholders(prompt_ids)
    if placeholders != (len(images), len(videos)):
        raise MediaError(
            f"the prompt has {placeholders[0]} image and {placeholders[1]} video placeholders but the "
            f"conversation carries {len(images)} images and {len(videos)} videos (a literal placeholder token "
            "in a text part would cause this)"
        )
    if not images and videos:
        return None
    for video in videos:
        if len(video.frames) > MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_24(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
        if len(video.frames) >= MAX_VIDEO_FRAMES:
            raise MediaError(
                f"a video has {len(video.frames)} frames; Gemma 4 takes at most {MAX_VIDEO_FRAMES}"
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_25(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
                None
            )
    return MediaInput(images=images, videos=videos)


def x_prompt_media__mutmut_26(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
    return MediaInput(images=None, videos=videos)


def x_prompt_media__mutmut_27(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
    return MediaInput(images=images, videos=None)


def x_prompt_media__mutmut_28(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
    return MediaInput(videos=videos)


def x_prompt_media__mutmut_29(messages: Sequence[Message], prompt_ids: Sequence[int], revision: str) -> MediaInput | None:
    """The images and videos of ``messages`` in placeholder order, checked against ``prompt_ids``.

    Media in tool results are sent only where the template revision renders them (otherwise the model
    cannot see them).
    """
    in_tool_results = renders_media_in_tool_results(revision)
    images: list[ImagePart] = []
    videos: list[VideoPart] = []
    for message in messages:
        if isinstance(message, ToolMessage) and not in_tool_results:
            continue
        content = message.content if isinstance(message, UserMessage | SystemMessage | ToolMessage) else None
        if isinstance(content, list):
            for part in content:
                if isinstance(part, ImagePart):
                    images.append(part)
                elif isinstance(part, VideoPart):
                    videos.append(part)
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
    return MediaInput(images=images, )

mutants_x_prompt_media__mutmut['_mutmut_orig'] = x_prompt_media__mutmut_orig # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_1'] = x_prompt_media__mutmut_1 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_2'] = x_prompt_media__mutmut_2 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_3'] = x_prompt_media__mutmut_3 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_4'] = x_prompt_media__mutmut_4 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_5'] = x_prompt_media__mutmut_5 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_6'] = x_prompt_media__mutmut_6 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_7'] = x_prompt_media__mutmut_7 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_8'] = x_prompt_media__mutmut_8 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_9'] = x_prompt_media__mutmut_9 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_10'] = x_prompt_media__mutmut_10 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_11'] = x_prompt_media__mutmut_11 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_12'] = x_prompt_media__mutmut_12 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_13'] = x_prompt_media__mutmut_13 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_14'] = x_prompt_media__mutmut_14 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_15'] = x_prompt_media__mutmut_15 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_16'] = x_prompt_media__mutmut_16 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_17'] = x_prompt_media__mutmut_17 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_18'] = x_prompt_media__mutmut_18 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_19'] = x_prompt_media__mutmut_19 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_20'] = x_prompt_media__mutmut_20 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_21'] = x_prompt_media__mutmut_21 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_22'] = x_prompt_media__mutmut_22 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_23'] = x_prompt_media__mutmut_23 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_24'] = x_prompt_media__mutmut_24 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_25'] = x_prompt_media__mutmut_25 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_26'] = x_prompt_media__mutmut_26 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_27'] = x_prompt_media__mutmut_27 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_28'] = x_prompt_media__mutmut_28 # type: ignore # mutmut generated
mutants_x_prompt_media__mutmut['x_prompt_media__mutmut_29'] = x_prompt_media__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_image__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_image__mutmut)
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


def x_load_image__mutmut_orig(part: Any) -> Any:
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


def x_load_image__mutmut_1(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError(None) from exc
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


def x_load_image__mutmut_2(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("XXsending images needs Pillow: pip install pillowXX") from exc
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


def x_load_image__mutmut_3(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs pillow: pip install pillow") from exc
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


def x_load_image__mutmut_4(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("SENDING IMAGES NEEDS PILLOW: PIP INSTALL PILLOW") from exc
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


def x_load_image__mutmut_5(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs Pillow: pip install pillow") from exc
    if isinstance(part, Image.Image):
        return part
    if isinstance(part, ImagePart):
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


def x_load_image__mutmut_6(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs Pillow: pip install pillow") from exc
    if isinstance(part, Image.Image):
        return part
    if not isinstance(part, ImagePart):
        raise MediaError(None)
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


def x_load_image__mutmut_7(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs Pillow: pip install pillow") from exc
    if isinstance(part, Image.Image):
        return part
    if not isinstance(part, ImagePart):
        raise MediaError(f"expected an ImagePart or a PIL image, not {type(None).__name__}")
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


def x_load_image__mutmut_8(part: Any) -> Any:
    """A PIL image for ``part`` (an `ImagePart` with bytes or a path, or already a PIL image)."""
    try:
        from PIL import Image
    except ImportError as exc:  # pragma: no cover - Pillow ships with vllm
        raise MediaError("sending images needs Pillow: pip install pillow") from exc
    if isinstance(part, Image.Image):
        return part
    if not isinstance(part, ImagePart):
        raise MediaError(f"expected an ImagePart or a PIL image, not {type(part).__name__}")
    if part.data is None:
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


def x_load_image__mutmut_9(part: Any) -> Any:
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
        source: Any = None
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


def x_load_image__mutmut_10(part: Any) -> Any:
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
        source: Any = io.BytesIO(None)
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


def x_load_image__mutmut_11(part: Any) -> Any:
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
    elif part.path is None:
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


def x_load_image__mutmut_12(part: Any) -> Any:
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
        source = None
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


def x_load_image__mutmut_13(part: Any) -> Any:
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
        source = Path(None)
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


def x_load_image__mutmut_14(part: Any) -> Any:
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
        if source.is_file():
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


def x_load_image__mutmut_15(part: Any) -> Any:
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
            raise MediaError(None)
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


def x_load_image__mutmut_16(part: Any) -> Any:
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
            None
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_17(part: Any) -> Any:
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
            f"image {part.url and '(empty)'}: give the bytes (data=) or a local file (path=); agentkit does not "
            "download URLs"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_18(part: Any) -> Any:
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
            f"image {part.url or 'XX(empty)XX'}: give the bytes (data=) or a local file (path=); agentkit does not "
            "download URLs"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_19(part: Any) -> Any:
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
            f"image {part.url or '(EMPTY)'}: give the bytes (data=) or a local file (path=); agentkit does not "
            "download URLs"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_20(part: Any) -> Any:
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
            "XXdownload URLsXX"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_21(part: Any) -> Any:
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
            "download urls"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_22(part: Any) -> Any:
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
            "DOWNLOAD URLS"
        )
    try:
        with Image.open(source) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_23(part: Any) -> Any:
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
        with Image.open(None) as image:
            return image.convert("RGB")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_24(part: Any) -> Any:
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
            return image.convert(None)
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_25(part: Any) -> Any:
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
            return image.convert("XXRGBXX")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_26(part: Any) -> Any:
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
            return image.convert("rgb")
    except OSError as exc:
        raise MediaError(f"image {part.path or '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_27(part: Any) -> Any:
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
        raise MediaError(None) from None


def x_load_image__mutmut_28(part: Any) -> Any:
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
        raise MediaError(f"image {part.path and '(bytes)'} cannot be read: {exc}") from None


def x_load_image__mutmut_29(part: Any) -> Any:
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
        raise MediaError(f"image {part.path or 'XX(bytes)XX'} cannot be read: {exc}") from None


def x_load_image__mutmut_30(part: Any) -> Any:
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
        raise MediaError(f"image {part.path or '(BYTES)'} cannot be read: {exc}") from None

mutants_x_load_image__mutmut['_mutmut_orig'] = x_load_image__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_1'] = x_load_image__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_2'] = x_load_image__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_3'] = x_load_image__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_4'] = x_load_image__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_5'] = x_load_image__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_6'] = x_load_image__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_7'] = x_load_image__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_8'] = x_load_image__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_9'] = x_load_image__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_10'] = x_load_image__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_11'] = x_load_image__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_12'] = x_load_image__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_13'] = x_load_image__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_14'] = x_load_image__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_15'] = x_load_image__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_16'] = x_load_image__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_17'] = x_load_image__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_18'] = x_load_image__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_19'] = x_load_image__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_20'] = x_load_image__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_21'] = x_load_image__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_22'] = x_load_image__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_23'] = x_load_image__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_24'] = x_load_image__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_25'] = x_load_image__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_26'] = x_load_image__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_27'] = x_load_image__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_28'] = x_load_image__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_29'] = x_load_image__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_image__mutmut['x_load_image__mutmut_30'] = x_load_image__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_video__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_video__mutmut)
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


def x_load_video__mutmut_orig(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_1(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_2(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(None)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_3(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_4(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            None
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_5(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url and '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_6(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path and part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_7(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or 'XX(empty)XX'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_8(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(EMPTY)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_9(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "XXimages; agentkit does not decode video filesXX"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_10(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "IMAGES; AGENTKIT DOES NOT DECODE VIDEO FILES"
        )
    return [load_image(ImagePart(data=frame)) for frame in part.frames]


def x_load_video__mutmut_11(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(None) for frame in part.frames]


def x_load_video__mutmut_12(part: Any) -> list[Any]:
    """The frames of a `VideoPart` (encoded images, 1 per second) as PIL images."""
    if not isinstance(part, VideoPart):
        return list(part)
    if not part.frames:
        raise MediaError(
            f"video {part.path or part.url or '(empty)'}: give its frames (1 per second, at most 60) as encoded "
            "images; agentkit does not decode video files"
        )
    return [load_image(ImagePart(data=None)) for frame in part.frames]

mutants_x_load_video__mutmut['_mutmut_orig'] = x_load_video__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_1'] = x_load_video__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_2'] = x_load_video__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_3'] = x_load_video__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_4'] = x_load_video__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_5'] = x_load_video__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_6'] = x_load_video__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_7'] = x_load_video__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_8'] = x_load_video__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_9'] = x_load_video__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_10'] = x_load_video__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_11'] = x_load_video__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_video__mutmut['x_load_video__mutmut_12'] = x_load_video__mutmut_12 # type: ignore # mutmut generated
