#!/usr/bin/env python
"""Check agentkit's engines on a CUDA GPU with no weights to download; print one table, write JSON.

    python scripts/gpu_check.py                         # a CUDA machine: the full check
    python scripts/gpu_check.py --json out.json --skip-vllm
    python scripts/gpu_check.py --device cpu --tiny     # the same steps, reduced, on a CPU (a test runs it)

Steps (each a row of the table; a failing step is reported and the others still run):

1. ``tiny-equal``: the tiny random Gemma 4 test model (tests/tiny_gemma4.py) through TransformersEngine
   on ``--device`` and on the CPU, float32, greedy: the generated tokens must be equal.
2. ``tiny-agent``: one Agent run on ``--device`` with a host tool declared (it must end without error).
3. ``shaped-*``: a Gemma 4 31B-shaped text model (60 layers, hidden 5376, FFN 21504, 5 sliding : 1 global
   layers, global head_dim 512 with 4 KV heads and k=v) with random bf16 weights built from a config on
   the device (no download, no disk), measured three ways at each prompt length, greedy and sampled:
   bare ``model.generate``, the same request through TransformersEngine, and one Agent step. Reported:
   TTFT, decode tok/s, wall time and the engine's overhead over bare in percent (min of ``--repeat``).
   ``--tiny`` shrinks the shape to a few layers of width 64 so a CPU runs it in seconds.
4. ``vllm``: when vllm is importable and the device is CUDA, scripts/gpu_bench.py's workload on the same
   shape through VLLMEngine (``load_format="dummy"``: random weights, only config and tokenizer on disk).

Target (issue 23): the engine within 3% of bare ``generate`` at every prompt length on a GPU.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "scripts")]

from agentkit.agent import Agent, ExitReason, Limits
from agentkit.engines.base import SamplingParams
from agentkit.engines.transformers import TransformersEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer, default_tokenizer_path
from agentkit.tool import tool

# Gemma 4 31B's text shape (30.7 B parameters with the 262k vocabulary).
SHAPE_31B: dict[str, Any] = {
    "hidden_size": 5376,
    "intermediate_size": 21504,
    "num_hidden_layers": 60,
    "num_attention_heads": 32,
    "num_key_value_heads": 16,
    "head_dim": 256,
    "global_head_dim": 512,
    "num_global_key_value_heads": 4,
    "attention_k_eq_v": True,
    "sliding_window": 1024,
    "max_position_embeddings": 262144,
}
SHAPE_TINY: dict[str, Any] = SHAPE_31B | {
    "hidden_size": 64,
    "intermediate_size": 128,
    "num_hidden_layers": 6,
    "num_attention_heads": 2,
    "num_key_value_heads": 1,
    "head_dim": 32,
    "global_head_dim": 64,
    "num_global_key_value_heads": 1,
    "sliding_window": 128,
    "max_position_embeddings": 4096,
}
COMMON: dict[str, Any] = {
    "vocab_size": 262144,
    "hidden_size_per_layer_input": 0,
    "final_logit_softcapping": 30.0,
    "tie_word_embeddings": True,
    "pad_token_id": 0,
    "eos_token_id": 1,
    "bos_token_id": 2,
}
GREEDY = SamplingParams(temperature=0.0, stop_token_ids=())
SAMPLED = SamplingParams(temperature=1.0, top_p=0.95, top_k=64, stop_token_ids=())


@dataclass
class Row:
    step: str
    ok: bool
    detail: str = ""
    numbers: dict[str, float | int | None] = field(default_factory=dict)


@tool(runs_in="host", read_only=True)
def lookup(key: str) -> str:
    """Look a key up.

    Args:
        key: The key to look up.
    """
    return f"value of {key}"


def sync(device: str) -> None:
    import torch

    if device.startswith("cuda"):
        torch.cuda.synchronize()


# -- step 1 and 2: the tiny model --------------------------------------------------------------------


async def engine_tokens(engine: TransformersEngine, ids: list[int], sampling: SamplingParams) -> list[int]:
    return [
        i
        async for chunk in engine.stream(ids, sampling, request_id=f"r{time.monotonic_ns()}")
        for i in chunk.token_ids
    ]


def tiny_equal(device: str, new_tokens: int) -> Row:
    from tiny_gemma4 import tiny_gemma4_dir

    folder = tiny_gemma4_dir()
    prompt = [2, 105, 2364, 107, 9259, 1018, 3049, 106, 107, 105, 4368, 107]
    sampling = SamplingParams(temperature=0.0, max_tokens=new_tokens, stop_token_ids=())
    outputs = []
    for where in (device, "cpu"):
        engine = TransformersEngine(folder, device=where, dtype="float32")
        try:
            outputs.append(asyncio.run(engine_tokens(engine, prompt, sampling)))
        finally:
            engine.shutdown()
    same = sum(a == b for a, b in zip(*outputs, strict=False))
    ok = outputs[0] == outputs[1] and len(outputs[0]) == new_tokens
    return Row("tiny-equal", ok, f"{same}/{new_tokens} greedy tokens equal, {device} vs cpu, float32")


def tiny_agent(device: str) -> Row:
    from tiny_gemma4 import tiny_gemma4_dir

    engine = TransformersEngine(tiny_gemma4_dir(), device=device, dtype="float32")
    try:
        agent = Agent(engine, [lookup], limits=Limits(max_steps=2, max_tokens_per_step=32))
        result = asyncio.run(agent.run("Look up the key 'a'."))
    finally:
        engine.shutdown()
    ok = result.exit_reason is not ExitReason.ERROR
    detail = f"exit {result.exit_reason.value}, {result.usage.generated_tokens} tokens"
    return Row("tiny-agent", ok, detail + (f", error: {result.error}" if result.error else ""))


# -- step 3: the 31B-shaped model --------------------------------------------------------------------


def build_shaped(shape: dict[str, Any], device: str, dtype: str) -> Any:
    import torch
    from transformers import Gemma4ForCausalLM, Gemma4TextConfig

    layers = shape["num_hidden_layers"]
    config = Gemma4TextConfig(
        **COMMON,
        **shape,
        layer_types=["full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(layers)],
    )
    config.architectures = ["Gemma4ForCausalLM"]
    torch.manual_seed(0)
    previous = torch.get_default_dtype()
    torch.set_default_dtype(getattr(torch, dtype))
    try:
        with torch.device(device):
            model = Gemma4ForCausalLM(config)
    finally:
        torch.set_default_dtype(previous)
    return model.eval()


def prompt_of(length: int) -> list[int]:
    # Ordinary text-piece ids after <bos>: any ids below the special range work for a random model.
    return [2] + [1000 + (i * 7919) % 200000 for i in range(length - 1)]


def bare(
    model: Any, ids: list[int], new_tokens: int, sampling: SamplingParams, device: str
) -> tuple[float, float | None, int]:
    """(wall s, TTFT s, generated tokens) of one ``model.generate`` on the main thread."""
    import torch
    from transformers.generation.streamers import BaseStreamer

    first: list[float] = []

    class FirstToken(BaseStreamer):
        calls = 0

        def put(self, value: Any) -> None:
            self.calls += 1
            if self.calls == 2:  # the first put is the prompt
                first.append(time.perf_counter())

        def end(self) -> None:
            pass

    greedy = sampling.temperature == 0
    input_ids = torch.tensor([ids], device=device)
    sync(device)
    started = time.perf_counter()
    with torch.inference_mode():
        out = model.generate(
            input_ids=input_ids,
            attention_mask=torch.ones_like(input_ids),
            max_new_tokens=new_tokens,
            do_sample=not greedy,
            temperature=1.0 if greedy else sampling.temperature,
            top_p=1.0 if greedy else sampling.top_p,
            top_k=50 if greedy else sampling.top_k,
            eos_token_id=1,
            pad_token_id=0,
            streamer=FirstToken(),
        )
    sync(device)
    ended = time.perf_counter()
    return ended - started, (first[0] - started) if first else None, int(out.shape[1]) - len(ids)


def through_engine(
    engine: TransformersEngine, ids: list[int], new_tokens: int, sampling: SamplingParams
) -> tuple[float, float | None, int]:
    from dataclasses import replace

    async def go() -> tuple[float, float | None, int]:
        started = time.perf_counter()
        first = None
        count = 0
        params = replace(sampling, max_tokens=new_tokens)
        async for chunk in engine.stream(ids, params, request_id=f"g{time.monotonic_ns()}"):
            if chunk.token_ids and first is None:
                first = time.perf_counter() - started
            count += len(chunk.token_ids)
        return time.perf_counter() - started, first, count

    return asyncio.run(go())


def best(runs: list[tuple[float, float | None, int]]) -> tuple[float, float | None, int]:
    return min(runs, key=lambda run: run[0])


def numbers(run: tuple[float, float | None, int]) -> dict[str, float | int | None]:
    wall, ttft, tokens = run
    decode = (tokens - 1) / (wall - ttft) if ttft is not None and tokens > 1 and wall > ttft else None
    return {
        "wall_s": round(wall, 4),
        "ttft_s": None if ttft is None else round(ttft, 4),
        "tokens": tokens,
        "decode_tok_s": None if decode is None else round(decode, 2),
    }


def shaped(args: argparse.Namespace, tokenizer: Gemma4Tokenizer) -> list[Row]:
    shape = SHAPE_TINY if args.tiny else SHAPE_31B
    dtype = "float32" if args.device == "cpu" else "bfloat16"
    started = time.perf_counter()
    model = build_shaped(shape, args.device, dtype)
    params = sum(p.numel() for p in model.parameters())
    rows = [
        Row(
            "shaped-build",
            True,
            f"{params / 1e9:.2f} B parameters, {dtype}, built in {time.perf_counter() - started:.1f} s",
        )
    ]
    engine = TransformersEngine.from_model(model, tokenizer)
    try:
        for length in args.prompt_lengths:
            ids = prompt_of(length)
            for name, sampling in (("greedy", GREEDY), ("sampled", SAMPLED)):
                bare(model, ids, 4, sampling, args.device)  # warm-up: kernels, allocator
                through_engine(engine, ids, 4, sampling)
                b = best(
                    [bare(model, ids, args.new_tokens, sampling, args.device) for _ in range(args.repeat)]
                )
                e = best([through_engine(engine, ids, args.new_tokens, sampling) for _ in range(args.repeat)])
                overhead = 100.0 * (e[0] / b[0] - 1.0)
                rows.append(
                    Row(
                        f"shaped-p{length}-{name}",
                        True,
                        f"bare {b[0]:.3f} s, engine {e[0]:.3f} s, overhead {overhead:+.1f}%",
                        {"prompt": length, "overhead_pct": round(overhead, 2)}
                        | {f"bare_{k}": v for k, v in numbers(b).items()}
                        | {f"engine_{k}": v for k, v in numbers(e).items()},
                    )
                )
        rows.append(agent_step(engine, args.new_tokens))
    finally:
        engine.shutdown()
    return rows


class TimedEngine:
    """Adds up the time spent inside the engine's stream (the rest of a step is the framework's)."""

    def __init__(self, inner: TransformersEngine) -> None:
        self.inner = inner
        self.engine_s = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def stream(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        async for chunk in self.inner.stream(*args, **kwargs):
            self.engine_s += time.perf_counter() - started
            yield chunk
            started = time.perf_counter()
        self.engine_s += time.perf_counter() - started


def agent_step(engine: TransformersEngine, new_tokens: int) -> Row:
    timed = TimedEngine(engine)
    agent = Agent(
        timed,
        [lookup],
        limits=Limits(max_steps=1, max_tokens_per_step=new_tokens),
        sampling=SamplingParams(temperature=0.0, max_tokens=new_tokens),
    )  # type: ignore[arg-type]
    started = time.perf_counter()
    result = asyncio.run(agent.run("Look up the key 'a'."))
    wall = time.perf_counter() - started
    share = 100.0 * (wall - timed.engine_s) / wall
    return Row(
        "shaped-agent-step",
        True,
        f"{result.usage.generated_tokens} tokens in {wall:.3f} s; framework {share:.2f}% of the step",
        {"wall_s": round(wall, 4), "engine_s": round(timed.engine_s, 4), "framework_pct": round(share, 3)},
    )


# -- step 4: vLLM ------------------------------------------------------------------------------------


def vllm_row(args: argparse.Namespace) -> Row:
    import gpu_bench
    from transformers import Gemma4TextConfig

    from agentkit.engines.vllm import VLLMConfig, VLLMEngine

    folder = Path(tempfile.mkdtemp(prefix="gpu-check-"))
    try:
        shape = SHAPE_TINY if args.tiny else SHAPE_31B
        layers = shape["num_hidden_layers"]
        config = Gemma4TextConfig(
            **COMMON,
            **shape,
            layer_types=[
                "full_attention" if (i + 1) % 6 == 0 else "sliding_attention" for i in range(layers)
            ],
        )
        config.architectures = ["Gemma4ForCausalLM"]
        config.save_pretrained(folder)
        shutil.copyfile(default_tokenizer_path(), folder / "tokenizer.json")
        (folder / "tokenizer_config.json").write_text(
            json.dumps({"tokenizer_class": "GemmaTokenizer", "add_bos_token": False})
        )
        vconfig = VLLMConfig(
            model=str(folder),
            quantization=None,
            kv_cache_dtype="auto",
            dtype="bfloat16",
            max_model_len=8192,
            engine_args={"load_format": "dummy"},
        )
        engine = VLLMEngine(vconfig)
        try:
            bench_args = gpu_bench.parse_args(["--max-tokens", str(args.new_tokens), "--requests", "8"])
            results = asyncio.run(gpu_bench.bench(engine, bench_args))
        finally:
            engine.shutdown()
        single = results["single"]
        assert isinstance(single, dict)
        return Row(
            "vllm",
            True,
            f"single stream {single.get('tokens_per_s')} tok/s",
            {"single_tok_s": single.get("tokens_per_s")},
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- main --------------------------------------------------------------------------------------------


def run_step(rows: list[Row], name: str, step: Callable[[], Row | list[Row]]) -> None:
    try:
        produced = step()
        rows.extend(produced if isinstance(produced, list) else [produced])
    except Exception as error:  # noqa: BLE001 - one failing step must not hide the others
        traceback.print_exc()
        rows.append(Row(name, False, f"{type(error).__name__}: {error}"))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--device", default="cuda", help="torch device (default: %(default)s)")
    parser.add_argument(
        "--tiny", action="store_true", help="reduced shape and lengths (a CPU runs it in seconds)"
    )
    parser.add_argument("--prompt-lengths", type=int, nargs="+", help="default 128 2048 (tiny: 16 128)")
    parser.add_argument("--new-tokens", type=int, help="tokens per measured request (default 96; tiny: 8)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement; the minimum is kept")
    parser.add_argument("--skip-vllm", action="store_true")
    parser.add_argument("--json", type=Path, help="write the rows here as JSON")
    args = parser.parse_args(argv)
    args.prompt_lengths = args.prompt_lengths or ([16, 128] if args.tiny else [128, 2048])
    args.new_tokens = args.new_tokens or (8 if args.tiny else 96)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tokenizer = Gemma4Tokenizer.default()
    rows: list[Row] = []
    run_step(rows, "tiny-equal", lambda: tiny_equal(args.device, 48 if not args.tiny else 16))
    run_step(rows, "tiny-agent", lambda: tiny_agent(args.device))
    run_step(rows, "shaped", lambda: shaped(args, tokenizer))
    if args.skip_vllm:
        pass
    elif importlib.util.find_spec("vllm") is None or not args.device.startswith("cuda"):
        rows.append(Row("vllm", True, "skipped: needs vllm and a CUDA device"))
    else:
        run_step(rows, "vllm", lambda: vllm_row(args))
    width = max(len(row.step) for row in rows)
    print(f"\ngpu_check on {args.device}{' (tiny)' if args.tiny else ''}")
    for row in rows:
        print(f"{row.step:<{width}}  {'ok  ' if row.ok else 'FAIL'}  {row.detail}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"device": args.device, "tiny": args.tiny, "rows": [asdict(r) for r in rows]}, indent=2
            )
            + "\n"
        )
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    raise SystemExit(main())
