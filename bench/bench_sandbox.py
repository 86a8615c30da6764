"""Sandbox latency: cold start, warm lease, runner round trips, against plain `docker exec` (same run).

    /work/venv/bin/python bench/bench_sandbox.py [--n 30]

Prints p50/p95 per operation and the ratios the targets are about:
warm lease p50 <= 5 ms; runner call p50 <= 2 ms and >= 10x faster than `docker exec`; cold start
p50 <= 1.5 s. The baseline runs the same Python call as a fresh `docker exec` in the same container.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Awaitable, Callable

import anyio
import anyio.to_thread

from agentkit.sandbox import DockerSandbox, SandboxConfig, SandboxPool, connect_docker

BASELINE_CODE = "import json, posixpath; print(json.dumps(posixpath.basename('/a/b.txt')))"


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, samples: list[float]) -> float:
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    print(f"{name:<44} p50 {p50 * 1000:9.2f} ms   p95 {p95 * 1000:9.2f} ms   (n={len(samples)})")
    return p50


async def timed(n: int, operation: Callable[[], Awaitable[object]], warmup: int = 10) -> list[float]:
    for _ in range(warmup):
        await operation()
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        await operation()
        samples.append(time.perf_counter() - started)
    return samples


def docker_exec(client: object, container_id: str, cmd: list[str]) -> bytes:
    api = client.api  # type: ignore[attr-defined]
    exec_id = api.exec_create(container_id, cmd, user="1000:1000")["Id"]
    output: bytes = api.exec_start(exec_id)
    if api.exec_inspect(exec_id)["ExitCode"] != 0:
        raise RuntimeError(f"docker exec {cmd} failed: {output!r}")
    return output


async def main(n: int) -> None:
    config = SandboxConfig()
    client = await anyio.to_thread.run_sync(connect_docker)
    print(f"image {config.image}; {n} samples per operation\n")

    cold: list[float] = []
    for _ in range(max(5, n // 3)):
        started = time.perf_counter()
        sandbox = await DockerSandbox.create(config, client=client)
        cold.append(time.perf_counter() - started)
        await sandbox.close()
    cold_p50 = report("cold start (create + start + runner ready)", cold)

    async with SandboxPool(config, size=2, client=client) as pool:
        warm: list[float] = []
        for _ in range(n):
            while pool.stats().ready < pool.size:  # measure leases from a full pool
                await anyio.sleep(0.01)
            started = time.perf_counter()
            sandbox = await pool.acquire(run_id="bench")
            warm.append(time.perf_counter() - started)
            pool.release(sandbox)
        lease_p50 = report("warm lease from the pool", warm)

    # The round trips run on a sandbox of their own, after the pool is gone: the pool's background
    # removals and starts (Docker SDK calls in threads of this process) would be measured too.
    async with await DockerSandbox.create(config, client=client) as sandbox:
        ping = report("runner round trip: ping", await timed(n, sandbox.ping))
        call = report(
            "runner: call_python(posixpath.basename)",
            await timed(n, lambda: sandbox.call_python("posixpath", "basename", {"p": "/a/b.txt"})),
        )
        run_true = report("runner: exec(['true'])", await timed(n, lambda: sandbox.exec(["true"])))
        baseline_call = report(
            "baseline: docker exec python3 -c <same call>",
            await timed(
                n,
                lambda: anyio.to_thread.run_sync(
                    docker_exec, client, sandbox.id, ["python3", "-c", BASELINE_CODE]
                ),
            ),
        )
        baseline_true = report(
            "baseline: docker exec true",
            await timed(n, lambda: anyio.to_thread.run_sync(docker_exec, client, sandbox.id, ["true"])),
        )

    print()
    print(f"call_python vs docker exec (same call): {baseline_call / call:6.1f}x faster   (target >= 10x)")
    print(f"exec(true) vs docker exec true:         {baseline_true / run_true:6.1f}x faster")
    print(f"ping vs docker exec true:               {baseline_true / ping:6.1f}x faster")
    print()
    checks = [
        ("warm lease p50 <= 5 ms", lease_p50 <= 0.005),
        ("runner call p50 <= 2 ms", call <= 0.002),
        ("runner call >= 10x faster than docker exec", baseline_call / call >= 10),
        ("cold start p50 <= 1.5 s", cold_p50 <= 1.5),
    ]
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {label}")
    print(f"\n(spread: cold start stdev {statistics.pstdev(cold) * 1000:.0f} ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=30, help="samples per operation")
    anyio.run(main, parser.parse_args().n)
