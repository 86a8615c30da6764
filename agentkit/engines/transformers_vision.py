"""Images for TransformersEngine when the model has a vision tower (Gemma4ForConditionalGeneration).

The prompt agentkit renders has one ``<|image|>`` placeholder per image. Here each image goes through
transformers' own Gemma 4 image processor at its part's token budget (`ImagePart.token_budget`: 70, 140,
280, 560 or 1120 soft tokens at most), and its placeholder becomes ``<|image>`` + one ``<|image|>`` per
soft token the processor reports + ``<image|>``, as the Gemma 4 processor lays it out. The model then
checks that the soft tokens and the vision tower's features agree in number.

Video is not handled here: transformers' Gemma 4 video processor needs torchvision (VLLMEngine takes
video).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agentkit.engines.base import EngineRequestRejected

DEFAULT_BUDGET = 280


def has_vision_tower(config: Any) -> bool:
    return getattr(config, "vision_config", None) is not None


def expand_images(
    prompt_ids: Sequence[int], images: Sequence[Any], config: Any
) -> tuple[list[int], dict[str, Any]]:
    """The prompt with each image placeholder expanded, and the model's image inputs (CPU tensors)."""
    import torch
    from transformers import Gemma4ImageProcessorPil

    from agentkit.agent.media import MediaError, load_image

    placeholder, opener, closer = config.image_token_id, config.boi_token_id, config.eoi_token_id
    found = sum(1 for token in prompt_ids if token == placeholder)
    if found != len(images):
        raise EngineRequestRejected(
            f"the prompt has {found} image placeholders but {len(images)} images were given"
        )
    processors: dict[int, Any] = {}
    pixels, positions, counts = [], [], []
    for number, image in enumerate(images):
        budget = int(getattr(image, "token_budget", DEFAULT_BUDGET))
        if budget not in processors:
            try:
                processors[budget] = Gemma4ImageProcessorPil(max_soft_tokens=budget)
            except ValueError as error:
                raise EngineRequestRejected(f"image {number}: {error}") from None
        try:
            picture = load_image(image)
        except MediaError as error:
            raise EngineRequestRejected(f"image {number}: {error}") from None
        out = processors[budget](images=[picture], return_tensors="pt")
        pixels.append(out["pixel_values"][0])
        positions.append(out["image_position_ids"][0])
        counts.append(int(out["num_soft_tokens_per_image"][0]))
    longest = max(p.shape[0] for p in pixels)
    # Images of different budgets have different patch counts: pad to the longest, padding marked -1
    # as the processor itself pads.
    pixel_values = torch.zeros(len(pixels), longest, pixels[0].shape[1], dtype=pixels[0].dtype)
    position_ids = torch.full((len(pixels), longest, 2), -1, dtype=positions[0].dtype)
    for row, (pixel, position) in enumerate(zip(pixels, positions, strict=True)):
        pixel_values[row, : pixel.shape[0]] = pixel
        position_ids[row, : position.shape[0]] = position
    expanded: list[int] = []
    soft = iter(counts)
    for token in prompt_ids:
        if token == placeholder:
            expanded += [opener, *([placeholder] * next(soft)), closer]
        else:
            expanded.append(token)
    return expanded, {"pixel_values": pixel_values, "image_position_ids": position_ids}
