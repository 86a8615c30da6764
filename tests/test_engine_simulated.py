"""The simulated engine (the benchmark fake): well-formed chunks and usage, shared decode throughput,
a concurrency cap, abort, and `kind: simulated` in a task file. Time is only bounded from below here
(a slow machine cannot make a request finish *early*); throughput targets live in bench/."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import anyio
import pytest
from cli_helpers import agentkit, write_task

from agentkit.engines.base import Chunk, SamplingParams
from agentkit.engines.simulated import FILLER, SimulatedEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import TURN_CLOSE_ID

PROMPT = [2, 105, 2364, 107, 9259, 1018, 3049, 106, 107, 105, 4368, 107]
_ids = itertools.count()


async def generate(engine: SimulatedEngine, sampling: SamplingParams | None = None) -> list[Chunk]:
    stream = engine.stream(PROMPT, sampling or SamplingParams(), request_id=f"s{next(_ids)}")
    return [chunk async for chunk in stream]


def test_one_request_is_filler_then_end_of_turn(tokenizer: Gemma4Tokenizer) -> None:
    engine = SimulatedEngine(tokenizer, tokens_per_s=20_000, output_tokens=40, chunk_tokens=8)
    chunks = anyio.run(generate, engine)
    last = chunks[-1]
    assert all(chunk.finish_reason is None for chunk in chunks[:-1]) and len(chunks) >= 4
    ids = [i for chunk in chunks for i in chunk.token_ids]
    assert len(ids) == 39 and last.stop_token_id == TURN_CLOSE_ID and last.finish_reason == "stop"
    text = "".join(chunk.text for chunk in chunks)
    assert text == tokenizer.decode(ids) and text.startswith(FILLER)
    assert last.usage is not None
    assert (last.usage.prompt_tokens, last.usage.generated_tokens) == (len(PROMPT), 40)


def test_throughput_is_shared_among_concurrent_requests(tokenizer: Gemma4Tokenizer) -> None:
    rate, tokens, concurrent = 2_000.0, 100, 4
    engine = SimulatedEngine(tokenizer, tokens_per_s=rate, output_tokens=tokens)
    most = 0

    async def one() -> None:
        nonlocal most
        async for _ in engine.stream(PROMPT, SamplingParams(), request_id=f"s{next(_ids)}"):
            most = max(most, engine.in_flight)

    async def batch() -> float:
        start = time.monotonic()
        async with anyio.create_task_group() as group:
            for _ in range(concurrent):
                group.start_soon(one)
        return time.monotonic() - start

    alone = anyio.run(generate, engine)
    assert alone[-1].usage is not None and alone[-1].usage.generated_tokens == tokens
    elapsed = anyio.run(batch)
    # 4 x 100 tokens at 2000 tokens/s in total cannot take less than 0.2 s (each alone: 0.05 s).
    assert elapsed >= 0.95 * concurrent * tokens / rate
    assert most == concurrent


def test_max_concurrency_queues_the_rest(tokenizer: Gemma4Tokenizer) -> None:
    engine = SimulatedEngine(tokenizer, tokens_per_s=4_000, output_tokens=40, max_concurrency=2)
    seen: list[int] = []

    async def one() -> None:
        async for _ in engine.stream(PROMPT, SamplingParams(), request_id=f"s{next(_ids)}"):
            seen.append(engine.in_flight)

    async def main() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(6):
                group.start_soon(one)

    anyio.run(main)
    assert max(seen) == 2


def test_abort_and_max_tokens(tokenizer: Gemma4Tokenizer) -> None:
    engine = SimulatedEngine(tokenizer, tokens_per_s=500, output_tokens=400, chunk_tokens=4)

    async def aborted() -> list[Chunk]:
        chunks = []
        async for chunk in engine.stream(PROMPT, SamplingParams(), request_id="stop-me"):
            chunks.append(chunk)
            if len(chunks) == 2:
                await engine.abort("stop-me")
        return chunks

    chunks = anyio.run(aborted)
    assert chunks[-1].finish_reason == "abort" and len(chunks) < 20
    capped = anyio.run(generate, engine, SamplingParams(max_tokens=10))
    assert capped[-1].finish_reason == "length"
    assert sum(len(chunk.token_ids) for chunk in capped) == 10


def test_invalid_settings_are_named(tokenizer: Gemma4Tokenizer) -> None:
    with pytest.raises(ValueError, match="tokens_per_s must be > 0.*max_concurrency must be >= 1"):
        SimulatedEngine(tokenizer, tokens_per_s=0, max_concurrency=0)


def test_task_file_engine_kind_simulated(tmp_path: Path) -> None:
    task = write_task(
        tmp_path,
        "version: 1\nengine: {kind: simulated, tokens_per_s: 50000, output_tokens: 12}\n"
        "model: {tokenizer: '{tokenizer}'}\nprompt: Anything.\n",
    )
    done = agentkit("run", task, "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("The quick brown fox")


def test_a_finished_request_has_all_its_tokens_despite_rounding() -> None:
    from agentkit.engines.simulated import _SharedDecoder

    # (389.8088070211341 + 312) - 389.8088070211341 == 311.99999999999994 in floating point: counted from
    # the shared clock, a request joining there would stay one token short forever once nothing else
    # advances the clock. A finished request is given exactly its tokens.
    decoder = _SharedDecoder(tokens_per_s=100_000.0)
    decoder.served = 389.8088070211341
    number = decoder.join(312)
    time.sleep(0.01)  # 312 tokens at 100,000/s: done after 3.1 ms
    assert decoder.received(number) == 312
    assert decoder.active == 0
