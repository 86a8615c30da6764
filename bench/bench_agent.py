"""The agent loop's own cost per step, and prefix stability, measured against baselines in the same run.

    /work/venv/bin/python bench/bench_agent.py [--steps 1 10 100] [--repeat 5] [--calls]

1. Framework time per step: a run of N tool rounds through the ReplayEngine with a host tool that
   returns at once. Time spent inside the engine's stream and inside tools is subtracted, so what is
   left is agentkit's own work (render the new suffix, tokenize it, parse the stream, validate,
   dispatch, trajectory events). Target: <= 0.5 ms per step at 100 steps. Baseline: what a framework
   that re-renders the whole conversation with the official Jinja template and re-tokenizes it every
   step spends on that alone.

   The machine is shared (2 cores, load often above 4), so the figure is CPU time: the replay engine
   and the tool run in this process, so the process's CPU time (time.process_time, which counts the
   worker thread a sync tool runs in) minus the engine's and the tool's own CPU time (time.thread_time
   around them) is agentkit's work, whatever else the machine does. Wall time is reported beside it.
   Rounds alternate the step counts, and the best of the rounds is kept (load only adds). ``--calls`` adds the Python
   function calls per step (cProfile), a figure that does not depend on load at all.
2. Prefix stability: in a multi-round tool loop with thinking on, the share of steps whose prompt ids
   begin with the previous prompt ids plus the generated ids, for append-only and template-conformant.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio

import agentkit
from agentkit.agent import Agent, Limits
from agentkit.engines.base import Chunk, MediaInput, SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import to_openai
from agentkit.tool import tool

SHARED = Path(os.environ.get("AGENTKIT_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "gemma4"


@tool(runs_in="host", read_only=True)
def lookup(key: str, limit: int = 3) -> dict[str, Any]:
    """Look a key up.

    Args:
        key: The key to look up.
        limit: How many values to return.
    """
    began = time.thread_time()
    value = {"key": key, "values": list(range(limit))}
    TOOL_CPU[0] += time.thread_time() - began
    return value


TOOL_CPU = [0.0]  # the lookup tool's own CPU seconds (it runs in a worker thread)


class TimedEngine:
    """Wraps an engine and adds up the time spent inside its stream (the engine's share of a step)."""

    def __init__(self, inner: ReplayEngine) -> None:
        self.inner = inner
        self.engine_s = 0.0
        self.engine_cpu_s = 0.0  # CPU time inside the stream (it runs on this thread)

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self.inner.tokenizer

    @property
    def context_length(self) -> int:
        return self.inner.context_length

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        iterator = self.inner.stream(prompt_ids, sampling, request_id=request_id, media=media).__aiter__()
        while True:
            began, began_cpu = time.perf_counter(), time.thread_time()
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                self.engine_s += time.perf_counter() - began
                self.engine_cpu_s += time.thread_time() - began_cpu
                return
            self.engine_s += time.perf_counter() - began
            self.engine_cpu_s += time.thread_time() - began_cpu
            yield chunk

    async def abort(self, request_id: str) -> None:
        await self.inner.abort(request_id)

    async def close(self) -> None:
        await self.inner.close()


def outputs_for(steps: int, thinking: bool) -> list[str]:
    thought = "<|channel>thought\nI need one more value before I can answer.<channel|>" if thinking else ""
    calls = [
        f'{thought}<|tool_call>call:lookup{{key:<|"|>item-{n}<|"|>,limit:2}}<tool_call|><|tool_response>'
        for n in range(steps - 1)
    ]
    return [*calls, f"{thought}All {steps - 1} lookups are done; the answer is 42.<turn|>"]


@dataclass
class StepCost:
    """Seconds per step of agentkit's own work in one run: CPU and wall; the baseline's per step."""

    cpu_s: float
    wall_s: float
    naive_s: float


async def framework_time(tokenizer: Gemma4Tokenizer, steps: int) -> StepCost:
    """One run of ``steps`` tool rounds: agentkit's CPU and wall time per step, and the Jinja re-render +
    re-tokenize baseline's CPU time per step."""
    engine = TimedEngine(ReplayEngine(outputs_for(steps, thinking=False), tokenizer, chunk_tokens=4))
    agent = Agent(engine, [lookup], system_prompt="You look things up.", limits=Limits(max_steps=steps))
    gc.collect()  # the previous run's garbage is not charged to this one
    TOOL_CPU[0] = 0.0
    began, began_cpu = time.perf_counter(), time.process_time()
    result = await agent.run("Look up the items.")
    total, total_cpu = time.perf_counter() - began, time.process_time() - began_cpu
    assert result.ok and result.usage.steps == steps, result.exit_reason
    # The tools' own time (each call's duration); validating and dispatching them is agentkit's work.
    wall = total - engine.engine_s - result.usage.tool_time_s
    cpu = total_cpu - engine.engine_cpu_s - TOOL_CPU[0]
    return StepCost(cpu / steps, wall / steps, naive_baseline(tokenizer, agent, result) / steps)


async def calls_per_step(tokenizer: Gemma4Tokenizer, steps: int) -> tuple[float, float]:
    """(Python calls per step in agentkit's own code outside the engine, all calls per step): cProfile
    over one run, a figure that does not depend on the machine's load."""
    import cProfile
    import pstats

    engine = ReplayEngine(outputs_for(steps, thinking=False), tokenizer, chunk_tokens=4)
    agent = Agent(engine, [lookup], system_prompt="You look things up.", limits=Limits(max_steps=steps))
    profile = cProfile.Profile()
    profile.enable()
    result = await agent.run("Look up the items.")
    profile.disable()
    assert result.ok, result.exit_reason
    package = str(Path(agentkit.__file__).resolve().parent) + os.sep
    engines = package + "engines" + os.sep
    stats: dict[Any, Any] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    ours = sum(
        calls
        for (path, _, _), (_, calls, *_) in stats.items()
        if path.startswith(package) and not path.startswith(engines)
    )
    every = sum(calls for (_, calls, *_) in stats.values())
    return ours / steps, every / steps


def best_costs(costs: Sequence[StepCost]) -> StepCost:
    """The best of the rounds for each figure: load only ever adds time (preemption, cold caches)."""
    return StepCost(min(c.cpu_s for c in costs), min(c.wall_s for c in costs), min(c.naive_s for c in costs))


def naive_baseline(tokenizer: Gemma4Tokenizer, agent: Agent[Any], result: Any) -> float:
    """Re-render the conversation with the official template at every step and tokenize it whole
    (transformers' own Jinja environment; tool results as JSON strings, as the OpenAI API carries them)."""
    from transformers.utils.chat_template_utils import render_jinja_template

    template = (SHARED / "chat_template.jinja").read_text(encoding="utf-8")
    messages = [to_openai(m) for m in result.messages]
    for message in messages:
        if message["role"] == "tool" and not isinstance(message["content"], str):
            message["content"] = json.dumps(message["content"])
    boundaries = [i + 1 for i, m in enumerate(messages) if m["role"] in ("user", "tool")]
    began = time.process_time()  # CPU time, like agentkit's figure
    for end in boundaries:
        rendered, _ = render_jinja_template(
            conversations=[messages[:end]],
            tools=agent.declarations,
            chat_template=template,
            bos_token="<bos>",
            add_generation_prompt=True,
        )
        tokenizer.encode(str(rendered[0]))
    return time.process_time() - began


async def prefix_stability(tokenizer: Gemma4Tokenizer, append_only: bool, steps: int = 12) -> float:
    engine = ReplayEngine(outputs_for(steps, thinking=True), tokenizer)
    agent = Agent(engine, [lookup], thinking=True, append_only=append_only)
    result = await agent.run("Look up the items.")
    assert result.ok
    return result.usage.prefix_stability


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", action="store_true", help="also count Python calls per step (cProfile)")
    args = parser.parse_args()
    tokenizer = Gemma4Tokenizer.from_file(SHARED / "tokenizer.json")
    await framework_time(tokenizer, 3)  # warm-up: imports, caches

    print(f"load average {os.getloadavg()[0]:.1f}; best of {args.repeat} rounds (step counts alternate)")
    print("framework time per step (engine and tool time excluded)")
    costs: dict[int, list[StepCost]] = {steps: [] for steps in args.steps}
    for _ in range(args.repeat):
        for steps in args.steps:
            costs[steps].append(await framework_time(tokenizer, steps))
    head = f"{'steps':>6} {'CPU ms/step':>12} {'wall ms/step':>13} {'jinja+tokenize CPU ms/step':>27} {'ratio':>7}"
    print(head + (f" {'calls/step':>11}" if args.calls else ""))
    for steps in args.steps:
        cost = best_costs(costs[steps])
        line = (
            f"{steps:>6} {cost.cpu_s * 1e3:>12.3f} {cost.wall_s * 1e3:>13.3f} {cost.naive_s * 1e3:>27.3f}"
            f" {cost.naive_s / cost.cpu_s:>6.1f}x"
        )
        if args.calls:
            ours, every = await calls_per_step(tokenizer, steps)
            line += f" {ours:>6.0f} ({every:.0f} with the engine, anyio, asyncio)"
        print(line)
    print("target: <= 0.5 ms CPU per step at 100 steps")
    print()
    print("prefix stability (thinking on, 12 rounds of tool calls):")
    for append_only in (True, False):
        rate = await prefix_stability(tokenizer, append_only)
        mode = "append-only" if append_only else "template-conformant"
        print(f"  {mode:<20} {rate:6.1%} of steps extend the previous prompt + completion")


if __name__ == "__main__":
    anyio.run(main)
