"""The agent loop's own cost per step, and prefix stability, measured against baselines in the same run.

    /work/venv/bin/python bench/bench_agent.py [--steps 1 10 100] [--repeat 3]

1. Framework time per step: a run of N tool rounds through the ReplayEngine with a host tool that
   returns at once. Time spent inside the engine's stream and inside tools is subtracted, so what is
   left is agentkit's own work (render the new suffix, tokenize it, parse the stream, validate,
   dispatch, trajectory events). Target: <= 2 ms per step at 100 steps. Baseline: what a framework
   that re-renders the whole conversation with the official Jinja template and re-tokenizes it every
   step spends on that alone.
2. Prefix stability: in a multi-round tool loop with thinking on, the share of steps whose prompt ids
   begin with the previous prompt ids plus the generated ids, for append-only and template-conformant.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import anyio

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
    return {"key": key, "values": list(range(limit))}


class TimedEngine:
    """Wraps an engine and adds up the time spent inside its stream (the engine's share of a step)."""

    def __init__(self, inner: ReplayEngine) -> None:
        self.inner = inner
        self.engine_s = 0.0

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
            began = time.perf_counter()
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                self.engine_s += time.perf_counter() - began
                return
            self.engine_s += time.perf_counter() - began
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


async def framework_time(tokenizer: Gemma4Tokenizer, steps: int) -> tuple[float, float]:
    """(framework seconds per step, Jinja re-render + re-tokenize seconds per step)."""
    engine = TimedEngine(ReplayEngine(outputs_for(steps, thinking=False), tokenizer, chunk_tokens=4))
    agent = Agent(engine, [lookup], system_prompt="You look things up.", limits=Limits(max_steps=steps))
    began = time.perf_counter()
    result = await agent.run("Look up the items.")
    total = time.perf_counter() - began
    assert result.ok and result.usage.steps == steps, result.exit_reason
    # The tools' own time (each call's duration); validating and dispatching them is agentkit's work.
    own = total - engine.engine_s - result.usage.tool_time_s
    return own / steps, naive_baseline(tokenizer, agent, result) / steps


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
    began = time.perf_counter()
    for end in boundaries:
        rendered, _ = render_jinja_template(
            conversations=[messages[:end]],
            tools=agent.declarations,
            chat_template=template,
            bos_token="<bos>",
            add_generation_prompt=True,
        )
        tokenizer.encode(str(rendered[0]))
    return time.perf_counter() - began


async def prefix_stability(tokenizer: Gemma4Tokenizer, append_only: bool, steps: int = 12) -> float:
    engine = ReplayEngine(outputs_for(steps, thinking=True), tokenizer)
    agent = Agent(engine, [lookup], thinking=True, append_only=append_only)
    result = await agent.run("Look up the items.")
    assert result.ok
    return result.usage.prefix_stability


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tokenizer = Gemma4Tokenizer.from_file(SHARED / "tokenizer.json")
    await framework_time(tokenizer, 3)  # warm-up: imports, caches

    print("framework time per step (engine and tool time excluded), median of", args.repeat)
    print(f"{'steps':>6} {'agentkit ms/step':>17} {'jinja+tokenize ms/step':>23} {'ratio':>7}")
    for steps in args.steps:
        own, naive = zip(*[await framework_time(tokenizer, steps) for _ in range(args.repeat)], strict=True)
        own_ms, naive_ms = statistics.median(own) * 1e3, statistics.median(naive) * 1e3
        print(f"{steps:>6} {own_ms:>17.3f} {naive_ms:>23.3f} {naive_ms / own_ms:>6.1f}x")
    print("target: <= 2 ms per step at 100 steps")
    print()
    print("prefix stability (thinking on, 12 rounds of tool calls):")
    for append_only in (True, False):
        rate = await prefix_stability(tokenizer, append_only)
        mode = "append-only" if append_only else "template-conformant"
        print(f"  {mode:<20} {rate:6.1%} of steps extend the previous prompt + completion")


if __name__ == "__main__":
    anyio.run(main)
