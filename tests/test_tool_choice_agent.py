"""tool_choice in the agent loop: which grammar each step's requests carry, and what a run records
when the engine cannot enforce it. (The grammar on vLLM's real engine: test_tool_choice_vllm.py.)"""

from __future__ import annotations

from typing import Any

import pytest
from request_log import RequestLog

from agentkit.agent import Agent
from agentkit.agent.events import ErrorEvent, ExitReason
from agentkit.agent.limits import Limits
from agentkit.engines.base import SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.grammar import ToolGrammar
from agentkit.tool import tool

pytestmark = pytest.mark.anyio

CALL = "<|tool_call>call:ping{}<tool_call|><|tool_response>"


@tool(runs_in="host")
def ping() -> str:
    """Ping."""
    return "pong"


async def test_each_step_gets_the_grammar_of_its_choice(tokenizer: Any) -> None:
    engine = RequestLog([CALL, "Done.<turn|>"], tokenizer, constrains=True)
    agent = Agent(engine, [ping], tool_choice=lambda step: "ping" if step == 1 else "none", thinking=True)
    result = await agent.run("Ping it.")
    assert result.exit_reason is ExitReason.FINAL_ANSWER and result.usage.tool_calls == 1
    grammar = ToolGrammar.for_tools(agent.spec.tool_schemas)
    # Thinking on: step 1 may think first; step 2 follows a tool response, where a thought may open too.
    assert engine.grammars == [
        grammar.constraint("ping", start="open"),
        grammar.constraint("none", start="open"),
    ]


async def test_no_choice_sends_no_grammar_and_the_steps_own_grammar_wins(tokenizer: Any) -> None:
    engine = RequestLog(["Done.<turn|>"], tokenizer, constrains=True)
    assert (await Agent(engine, [ping]).run("Hi.")).exit_reason is ExitReason.FINAL_ANSWER
    assert engine.grammars == [None]
    own = RequestLog(["Done.<turn|>"], tokenizer, constrains=True)
    agent = Agent(own, [ping], tool_choice="required", sampling=SamplingParams(grammar='start: "Done."'))
    events = [e async for e in agent.run_stream("Hi.")]
    assert own.grammars == ['start: "Done."']
    (note,) = [e for e in events if isinstance(e, ErrorEvent)]
    assert note.kind == "tool_choice_not_enforced" and "its own grammar" in note.message


async def test_an_engine_that_cannot_constrain_is_recorded_in_the_trajectory(
    tokenizer: Any, tmp_path: Any
) -> None:
    agent = Agent(
        ReplayEngine([CALL, "Done.<turn|>"], tokenizer),
        [ping],
        tool_choice="required",
        limits=Limits(max_steps=3),
    )
    events = [e async for e in agent.run_stream("Ping it.", trajectory=tmp_path / "run.jsonl")]
    notes = [e for e in events if isinstance(e, ErrorEvent)]
    assert [(e.kind, e.step) for e in notes] == [
        ("tool_choice_not_enforced", 1),
        ("tool_choice_not_enforced", 2),
    ]
    assert "ReplayEngine cannot constrain decoding" in notes[0].message
    assert events[-1].exit_reason is ExitReason.FINAL_ANSWER  # parse-and-repair carried the run
    assert (tmp_path / "run.jsonl").read_text().count("tool_choice_not_enforced") == 2
    resumed = await agent.resume(tmp_path / "run.jsonl")  # the notes do not disturb a resume
    assert resumed.exit_reason is ExitReason.FINAL_ANSWER


def test_a_bad_choice_is_refused_when_the_agent_is_made(tokenizer: Any) -> None:
    engine = ReplayEngine([], tokenizer)
    with pytest.raises(ValueError, match="did you mean 'ping'"):
        Agent(engine, [ping], tool_choice="pong")
    with pytest.raises(ValueError, match="needs at least one tool"):
        Agent(engine, [], tool_choice="required")
    Agent(engine, [], tool_choice="none")
