"""What the Tool SDK adds to a call, and what declaring a tool costs.

* invoke overhead: ``Tool.invoke`` (validate with Pydantic, run under the timeout, convert the result)
  for a trivial sync host tool (run in a worker thread) and a trivial async one, against calling the
  same function directly in the same run; also a tool with a nested model argument.
* declaration: building a ``Tool`` from a function (signature, docstring, Pydantic model, JSON Schema,
  Gemma translation), per tool.

Prints microseconds per operation and its ratio against the baseline measured in this run (the
thread hop for sync tools, the direct await for async tools).
Run: /work/venv/bin/python bench/bench_tool_invoke.py [--calls 2000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Awaitable, Callable
from typing import Literal

import anyio
from pydantic import BaseModel, Field

from agentkit.tool import RunContext, Tool, tool


class Filters(BaseModel):
    lang: Literal["en", "fr"]
    min_score: float | None = None
    tags: list[str] = []


def add(a: int, b: int) -> int:
    """Add two integers.

    Args:
        a: First.
        b: Second.
    """
    return a + b


async def add_async(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def search(query: str, limit: int = Field(10, ge=1, le=100), filters: Filters | None = None) -> int:
    """Search.

    Args:
        query: Query text.
        limit: Maximum hits.
        filters: Filters.
    """
    return limit


async def per_call_us(calls: int, run: Callable[[], Awaitable[object]]) -> float:
    for _ in range(min(calls // 10, 200)):  # warm up
        await run()
    started = time.perf_counter()
    for _ in range(calls):
        await run()
    return (time.perf_counter() - started) / calls * 1e6


async def main(calls: int) -> None:
    ctx: RunContext[None] = RunContext(deps=None, run_id="bench")
    sync_tool = tool(runs_in="host")(add)
    async_tool = tool(runs_in="host")(add_async)
    search_tool = tool(runs_in="host")(search)
    arguments = {"a": 1, "b": 2}
    search_arguments = {"query": "q", "limit": 5, "filters": {"lang": "en", "tags": ["a", "b"]}}

    async def direct_sync() -> object:
        return add(1, 2)

    async def direct_async() -> object:
        return await add_async(1, 2)

    async def thread_only() -> object:
        return await anyio.to_thread.run_sync(add, 1, 2)

    baseline_sync = await per_call_us(calls, direct_sync)
    baseline_async = await per_call_us(calls, direct_async)
    thread = await per_call_us(calls, thread_only)
    sync_invoke = await per_call_us(calls, lambda: sync_tool.invoke(arguments, ctx))
    async_invoke = await per_call_us(calls, lambda: async_tool.invoke(arguments, ctx))
    nested_invoke = await per_call_us(calls, lambda: search_tool.invoke(search_arguments, ctx))
    # A sync tool must hop to a worker thread (the loop is never blocked): that hop is its baseline.
    rows = [
        ("direct call, sync", baseline_sync, "-", 1.0),
        ("anyio.to_thread.run_sync (sync baseline)", thread, "thread hop", 1.0),
        ("Tool.invoke, sync host tool", sync_invoke, "thread hop", sync_invoke / thread),
        ("Tool.invoke, nested model args (sync)", nested_invoke, "thread hop", nested_invoke / thread),
        ("direct await, async (async baseline)", baseline_async, "direct", 1.0),
        ("Tool.invoke, async host tool", async_invoke, "direct", async_invoke / baseline_async),
    ]
    print(f"{'operation':42} {'us/call':>10} {'ratio':>8}  vs")
    for label, micros, against, ratio in rows:
        print(f"{label:42} {micros:10.1f} {ratio:8.1f}  {against}")

    declarations = max(calls // 20, 20)
    started = time.perf_counter()
    for _ in range(declarations):
        Tool.from_function(search, runs_in="host")
    declare_us = (time.perf_counter() - started) / declarations * 1e6
    ratio = declare_us / sync_invoke
    print(f"{'declare a tool (search, nested model)':42} {declare_us:10.1f} {ratio:8.1f}  one sync invoke")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    anyio.run(main, parser.parse_args().calls)
