"""Batch throughput, memory per idle run, and Ray scale-out, on the simulated engine.

    .venv/bin/python bench/bench_batch.py [--runs 768] [--concurrency 256] [--tokens-per-s 4000] [--no-ray]

1. Throughput: ``--runs`` task runs (one task file, one variable set each) through `run_batch` with
   ``--concurrency`` runs in flight, on one shared `SimulatedEngine` whose ideal throughput is exactly
   ``--tokens-per-s`` whenever a request is in flight. Reported: generated tokens / wall time of the
   whole batch, as a ratio of the ideal. Target: >= 0.90 at 256 concurrent runs. What the ratio loses
   is agentkit's own work (loading, rendering, parsing, events, trajectories, results) starving the
   engine or delaying the event loop.
2. Memory per idle run: N runs of an Agent all waiting on an engine that produces almost nothing; the
   Python memory allocated (tracemalloc) with the N runs in flight, minus before, over N (N = 256 and
   1024): the run's state, its prompt ids, its task, its open trajectory file.
3. Ray: a batch on a local Ray cluster of 1 node, then of 2 nodes (each worker owns its own simulated
   engine, as each node would own its GPU): wall times and their ratio (ideal 2.0). The cluster runs on
   127.0.0.1 with token authentication. Both "nodes" share this machine's cores, so the batch uses
   fewer, longer runs than the throughput one: it measures the engines' scaling, not the CPU's.
"""

from __future__ import annotations

import argparse
import os
import secrets
import tempfile
import time
import tracemalloc
from pathlib import Path

import anyio

SHARED = Path(os.environ.get("AGENTKIT_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "gemma4"
TOKENIZER = SHARED / "tokenizer.json"


def write_task(folder: Path, tokens_per_s: float, output_tokens: int, concurrency: int) -> Path:
    task = folder / "task.yaml"
    task.write_text(
        "version: 1\n"
        f"engine: {{kind: simulated, tokens_per_s: {tokens_per_s}, output_tokens: {output_tokens}, "
        f"max_concurrency: {concurrency}}}\n"
        f"model: {{tokenizer: '{TOKENIZER}'}}\n"
        "system_prompt: You answer questions about numbers.\n"
        "prompt: 'Tell me about the number {{ n }}.'\n",
        encoding="utf-8",
    )
    return task


async def run(
    task: Path, runs: int, concurrency: int, out: Path, ray: bool = False
) -> tuple[float, int, int]:
    """Wall time, generated tokens and successful runs of one batch."""
    from contextlib import aclosing

    from agentkit.batch import BatchOptions, run_batch

    tokens = ok = 0
    start = time.perf_counter()
    batch = run_batch(
        task,
        [{"n": n} for n in range(runs)],
        out_dir=out,
        options=BatchOptions(max_runs=concurrency),
        ray=ray or None,
    )
    async with aclosing(batch) as records:
        async for record in records:
            tokens += record.usage.generated_tokens
            ok += record.ok
    return time.perf_counter() - start, tokens, ok


def throughput(args: argparse.Namespace, folder: Path) -> None:
    from agentkit.task import load_task, prepare

    task = write_task(folder, args.tokens_per_s, args.output_tokens, args.concurrency)
    # One-off process costs (imports, loading the tokenizer) are not part of the batch.
    import agentkit.agent  # noqa: F401

    prepare(load_task(task), {"n": 0})
    wall, tokens, ok = anyio.run(run, task, args.runs, args.concurrency, folder / "out")
    ideal = tokens / args.tokens_per_s
    print(
        f"throughput: {args.runs} runs ({ok} ok), {args.concurrency} concurrent, {tokens:,} tokens in {wall:.2f} s "
        f"= {tokens / wall:,.0f} tok/s; ideal {args.tokens_per_s:,.0f} tok/s ({ideal:.2f} s): "
        f"ratio {ideal / wall:.3f} (target >= 0.90)"
    )


def idle_memory(count: int) -> None:
    from contextlib import aclosing

    from agentkit.agent import Agent
    from agentkit.batch import BatchOptions, run_batch
    from agentkit.engines.simulated import SimulatedEngine
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    engine = SimulatedEngine(
        Gemma4Tokenizer.from_file(str(TOKENIZER)),
        tokens_per_s=0.001,
        output_tokens=1000,
        max_concurrency=count,
    )
    agent: Agent[None] = Agent(engine, system_prompt="You answer questions about numbers.")

    async def main() -> float:
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        during = before
        with tempfile.TemporaryDirectory() as out, anyio.CancelScope() as scope:
            batch = run_batch(
                agent,
                [f"Tell me about the number {n}." for n in range(count)],
                out_dir=out,
                options=BatchOptions(max_runs=count),
            )

            async def watch() -> None:
                nonlocal during
                while engine.in_flight < count:
                    await anyio.sleep(0.05)
                await anyio.sleep(0.5)
                during = tracemalloc.get_traced_memory()[0]
                scope.cancel()

            async with anyio.create_task_group() as group, aclosing(batch) as records:
                group.start_soon(watch)
                async for _ in records:
                    pass
        tracemalloc.stop()
        return (during - before) / count

    per_run = anyio.run(main)
    print(f"memory: {count} idle runs in flight: {per_run / 1024:,.1f} KiB of Python objects each")


def ray_ratio(args: argparse.Namespace, folder: Path) -> None:
    os.environ.setdefault("RAY_AUTH_MODE", "token")
    os.environ.setdefault("RAY_AUTH_TOKEN", secrets.token_hex(16))
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")  # everything on 127.0.0.1
    import ray
    from ray.cluster_utils import Cluster

    per_node = args.ray_tokens_per_s
    task = write_task(folder, per_node, args.ray_output_tokens, args.ray_concurrency)
    cluster = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1", "include_dashboard": False},
    )
    try:
        ray.init(address=cluster.address, _node_ip_address="127.0.0.1", log_to_driver=False)
        walls = []
        for nodes in (1, 2):
            if nodes == 2:
                cluster.add_node(num_cpus=1, node_ip_address="127.0.0.1")
                cluster.wait_for_nodes()
            wall, tokens, ok = anyio.run(
                run, task, args.ray_runs, args.ray_concurrency, folder / f"ray{nodes}", True
            )
            walls.append(wall)
            print(
                f"ray: {nodes} node(s): {args.ray_runs} runs ({ok} ok), {tokens:,} tokens in {wall:.2f} s "
                f"= {tokens / wall:,.0f} tok/s (ideal {nodes * per_node:,.0f})"
            )
        print(f"ray: 2 nodes vs 1: {walls[0] / walls[1]:.2f}x faster (ideal 2.00x)")
    finally:
        ray.shutdown()
        cluster.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=768)
    parser.add_argument("--concurrency", type=int, default=256)
    parser.add_argument("--tokens-per-s", type=float, default=4000.0)
    parser.add_argument("--output-tokens", type=int, default=64)
    parser.add_argument("--ray-runs", type=int, default=128)
    parser.add_argument("--ray-concurrency", type=int, default=64, help="Runs in flight per worker.")
    parser.add_argument("--ray-tokens-per-s", type=float, default=1000.0, help="Per node.")
    parser.add_argument("--ray-output-tokens", type=int, default=256)
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        throughput(args, folder)
        for count in (256, 1024):
            idle_memory(count)
        if not args.no_ray:
            ray_ratio(args, folder)


if __name__ == "__main__":
    main()
