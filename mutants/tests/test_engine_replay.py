"""ReplayEngine and RecordingEngine with the real tokenizer."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest

from agentkit.engines.base import Chunk, EngineError, SamplingParams
from agentkit.engines.replay import RecordingEngine, ReplayEngine, load_outputs
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

pytestmark = pytest.mark.anyio
PROMPT = [2, 105, 2364, 107, 9259, 106, 107, 105, 4368, 107]


async def collect(engine: ReplayEngine | RecordingEngine, rid: str = "r", **sampling: object) -> list[Chunk]:
    params = SamplingParams(**sampling)  # type: ignore[arg-type]
    return [chunk async for chunk in engine.stream(PROMPT, params, request_id=rid)]


@pytest.mark.parametrize(("stop_text", "stop_id"), [("<turn|>", 106), ("<|tool_response>", 50), ("<eos>", 1)])
async def test_trailing_stop_token_is_reported_not_streamed(
    tokenizer: Gemma4Tokenizer, stop_text: str, stop_id: int
) -> None:
    body = '<|tool_call>call:echo{text:<|"|>hé 𓀀<|"|>}<tool_call|>'
    engine = ReplayEngine([body + stop_text], tokenizer)
    chunks = await collect(engine)
    assert "".join(c.text for c in chunks) == body
    assert [i for c in chunks for i in c.token_ids] == tokenizer.encode(body)
    assert all(c.finish_reason is None for c in chunks[:-1])
    last = chunks[-1]
    assert (last.finish_reason, last.stop_token_id) == ("stop", stop_id)
    assert last.usage is not None
    assert last.usage.generated_tokens == len(tokenizer.encode(body)) + 1
    assert last.usage.prompt_tokens == len(PROMPT)


async def test_output_without_stop_token_ends_with_stop_and_no_id(tokenizer: Gemma4Tokenizer) -> None:
    chunks = await collect(ReplayEngine(["just text"], tokenizer))
    assert (chunks[-1].finish_reason, chunks[-1].stop_token_id) == ("stop", None)
    assert "".join(c.text for c in chunks) == "just text"


async def test_max_tokens_cuts_with_length(tokenizer: Gemma4Tokenizer) -> None:
    chunks = await collect(ReplayEngine([" one two three four<turn|>"], tokenizer), max_tokens=2)
    assert chunks[-1].finish_reason == "length" and chunks[-1].stop_token_id is None
    assert [i for c in chunks for i in c.token_ids] == tokenizer.encode(" one two")


async def test_token_id_outputs_and_chunk_size(tokenizer: Gemma4Tokenizer) -> None:
    ids = tokenizer.encode("abc def ghi jkl") + [106]
    chunks = await collect(ReplayEngine([ids], tokenizer, chunk_tokens=2))
    assert [len(c.token_ids) for c in chunks[:-1]] == [2] * ((len(ids) - 1) // 2)
    assert chunks[-1].stop_token_id == 106


async def test_stop_token_inside_an_output_is_refused(tokenizer: Gemma4Tokenizer) -> None:
    with pytest.raises(ValueError, match=r"replay output 1: stop token '<turn\|>' at token 1"):
        ReplayEngine(["fine", "a<turn|>b"], tokenizer)


async def test_outputs_play_in_order_then_run_out(tokenizer: Gemma4Tokenizer) -> None:
    engine = ReplayEngine(["first", "second"], tokenizer)
    assert "".join(c.text for c in await collect(engine)) == "first"
    assert "".join(c.text for c in await collect(engine)) == "second"
    with pytest.raises(EngineError, match="all 2 were played"):
        await collect(engine)
    cycling = ReplayEngine(["again"], tokenizer, cycle=True)
    await collect(cycling)
    assert "".join(c.text for c in await collect(cycling)) == "again"


async def test_abort_mid_stream(tokenizer: Gemma4Tokenizer) -> None:
    engine = ReplayEngine([" word" * 50], tokenizer, delay_s=0.001)
    chunks = []
    async for chunk in engine.stream(PROMPT, SamplingParams(), request_id="a"):
        chunks.append(chunk)
        if len(chunks) == 3:
            await engine.abort("a")
    assert chunks[-1].finish_reason == "abort"
    assert sum(len(c.token_ids) for c in chunks) < 50


async def test_first_token_delay_shows_in_usage(tokenizer: Gemma4Tokenizer) -> None:
    chunks = await collect(ReplayEngine(["a b c"], tokenizer, first_token_delay_s=0.05, delay_s=0.01))
    usage = chunks[-1].usage
    assert usage is not None and usage.time_to_first_token_s is not None
    assert usage.time_to_first_token_s >= 0.05
    assert usage.decode_tokens_per_s is not None and usage.decode_tokens_per_s > 0


async def test_cached_prompt_tokens_imitate_prefix_caching(tokenizer: Gemma4Tokenizer) -> None:
    engine = ReplayEngine(["x"], tokenizer, cycle=True, cache_block_size=4)
    long = list(range(1000, 1030))
    first = [c async for c in engine.stream(long, SamplingParams(), request_id="1")][-1]
    second = [c async for c in engine.stream(long + [5, 6, 7], SamplingParams(), request_id="2")][-1]
    assert first.usage is not None and first.usage.cached_prompt_tokens == 0
    assert second.usage is not None and second.usage.cached_prompt_tokens == 28  # 30 shared -> 7 blocks of 4


async def test_concurrent_streams_are_independent(tokenizer: Gemma4Tokenizer) -> None:
    engine = ReplayEngine([f"answer {n}<turn|>" for n in range(8)], tokenizer, delay_s=0.001)
    texts: dict[str, str] = {}

    async def run(rid: str) -> None:
        texts[rid] = "".join([c.text async for c in engine.stream(PROMPT, SamplingParams(), request_id=rid)])

    async with anyio.create_task_group() as group:
        for n in range(8):
            group.start_soon(run, f"r{n}")
    assert sorted(texts.values()) == sorted(f"answer {n}" for n in range(8))


async def test_recording_saves_jsonl_that_replays_identically(
    tokenizer: Gemma4Tokenizer, tmp_path: Path
) -> None:
    source = ReplayEngine(["<|channel>thought\nok<channel|>done 𓀀<turn|>", "cut short here"], tokenizer)
    recorder = RecordingEngine(source)
    original = [await collect(recorder, "a"), await collect(recorder, "b", max_tokens=2)]
    path = recorder.save(tmp_path / "run.jsonl")
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert lines[0]["completion"].endswith("<turn|>") and lines[0]["completion_ids"][-1] == 106
    assert lines[1]["finish_reason"] == "length"
    replayed = ReplayEngine.from_jsonl(path, tokenizer)
    again = await collect(replayed, "a")
    assert [(c.token_ids, c.text, c.finish_reason, c.stop_token_id) for c in again] == [
        (c.token_ids, c.text, c.finish_reason, c.stop_token_id) for c in original[0]
    ]


def test_loader_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"completion": "ok"}\n\n{"completion_ids": [1, "x"]}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:3: completion_ids must be a list of integers"):
        load_outputs(path)
    path.write_text('{"completion": "ok"}\n{"text": "no"}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2: needs a string 'completion'"):
        load_outputs(path)
    path.write_text('{"completion": "ok"}\n{"completion_ids": [5, 6]}\n')
    assert load_outputs(path) == ["ok", [5, 6]]


def test_loader_reads_completion_events_of_a_trajectory(tmp_path: Path) -> None:
    path = tmp_path / "run.jsonl"
    lines = [
        {"type": "header", "format_version": 1, "run_id": "r"},
        {"type": "step_started", "step": 0},
        {"type": "completion", "step": 0, "completion_ids": [5, 6], "text": "x", "stop_token_id": 50},
        {"type": "tool_result", "step": 0},
        {"type": "completion", "step": 1, "completion_ids": [7, 106], "text": "y", "stop_token_id": 106},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert load_outputs(path) == [[5, 6, 50], [7, 106]]
