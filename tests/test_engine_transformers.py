"""TransformersEngine end to end on CPU: tiny random Gemma 4 model, real Gemma 4 tokenizer."""

from __future__ import annotations

import itertools
from pathlib import Path

import anyio
import pytest

from agentkit.engines.base import Chunk, EngineError, EngineRequestRejected, EngineUnavailable, SamplingParams
from agentkit.engines.transformers import TransformersEngine

pytestmark = [pytest.mark.anyio, pytest.mark.torch]
PROMPT = [2, 105, 2364, 107, 9259, 1018, 3049, 106, 107, 105, 4368, 107]
GREEDY = {"temperature": 0.0, "stop_token_ids": ()}
_ids = itertools.count()


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    # The worker thread hands tokens to the caller's loop through anyio: trio callers work too.
    return str(request.param)


async def run(engine: TransformersEngine, ids: list[int] = PROMPT, **sampling: object) -> list[Chunk]:
    params = SamplingParams(**sampling)  # type: ignore[arg-type]
    return [c async for c in engine.stream(ids, params, request_id=f"tf{next(_ids)}")]


def token_ids(chunks: list[Chunk]) -> list[int]:
    return [i for c in chunks for i in c.token_ids]


def reference_greedy(engine: TransformersEngine, ids: list[int], n: int) -> list[int]:
    """Greedy decoding by hand (full forward pass per step, no cache, no generate())."""
    import torch

    model = engine._model
    sequence = list(ids)
    with torch.inference_mode():
        for _ in range(n):
            logits = model(input_ids=torch.tensor([sequence])).logits
            sequence.append(int(logits[0, -1].argmax()))
    return sequence[len(ids) :]


async def test_streams_greedy_tokens_one_by_one(transformers_engine: TransformersEngine) -> None:
    chunks = await run(transformers_engine, max_tokens=10, **GREEDY)
    out = token_ids(chunks)
    assert out == reference_greedy(transformers_engine, PROMPT, 10)
    assert len(chunks) >= 9  # streamed, not delivered at the end
    assert "".join(c.text for c in chunks) == transformers_engine.tokenizer.decode(out)
    last = chunks[-1]
    assert last.finish_reason == "length" and last.usage is not None
    assert (last.usage.prompt_tokens, last.usage.generated_tokens) == (len(PROMPT), 10)
    assert last.usage.time_to_first_token_s is not None and last.usage.decode_tokens_per_s is not None


async def test_stop_tokens_end_generation(transformers_engine: TransformersEngine) -> None:
    free_run = token_ids(await run(transformers_engine, max_tokens=8, **GREEDY))
    stop = free_run[5]
    cut = free_run.index(stop)
    chunks = await run(transformers_engine, max_tokens=8, temperature=0.0, stop_token_ids=(stop,))
    assert token_ids(chunks) == free_run[:cut]
    assert (chunks[-1].finish_reason, chunks[-1].stop_token_id) == ("stop", stop)


async def test_abort_stops_the_worker(transformers_engine: TransformersEngine) -> None:
    chunks: list[Chunk] = []
    async for chunk in transformers_engine.stream(
        PROMPT, SamplingParams(max_tokens=500, **GREEDY), request_id="abort-tf"
    ):
        chunks.append(chunk)
        if len(chunks) == 3:
            await transformers_engine.abort("abort-tf")
    assert chunks[-1].finish_reason == "abort"
    assert chunks[-1].usage is not None and chunks[-1].usage.generated_tokens < 20
    # The model lock was released: the next request runs.
    assert (await run(transformers_engine, max_tokens=2, **GREEDY))[-1].finish_reason == "length"


async def test_event_loop_stays_free_while_generating(transformers_engine: TransformersEngine) -> None:
    ticks = 0
    done = anyio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await anyio.sleep(0.001)

    async with anyio.create_task_group() as group:
        group.start_soon(ticker)
        chunks = await run(transformers_engine, max_tokens=40, **GREEDY)
        done.set()
    assert len(token_ids(chunks)) == 40
    assert ticks >= 10  # the ticker kept running between tokens


async def test_seeded_sampling_reproduces(transformers_engine: TransformersEngine) -> None:
    a = token_ids(await run(transformers_engine, max_tokens=6, seed=9, stop_token_ids=()))
    b = token_ids(await run(transformers_engine, max_tokens=6, seed=9, stop_token_ids=()))
    assert a == b


async def test_unsupported_requests_name_the_alternative(transformers_engine: TransformersEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="use VLLMEngine"):
        await run(transformers_engine, regex="a+")
    with pytest.raises(EngineRequestRejected, match="context length is 2048"):
        await run(transformers_engine, list(range(2048)))
    stream = transformers_engine.stream(PROMPT, SamplingParams(max_tokens=50, **GREEDY), request_id="twice")
    await anext(stream)
    with pytest.raises(EngineError, match="already running"):
        await anext(transformers_engine.stream(PROMPT, SamplingParams(), request_id="twice"))
    await stream.aclose()


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EngineUnavailable, match="not a model folder"):
        TransformersEngine(tmp_path)
