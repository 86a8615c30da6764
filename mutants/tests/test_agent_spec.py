"""Agent is configuration: it builds a frozen RunSpec, checks the sandbox at construction, and exposes
the loop's seams (per-step sampling, between-steps hooks, observers) without editing the loop."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
import tool_sandbox_fixtures as fixtures

from agentkit.agent import Agent, Limits
from agentkit.agent.events import ErrorEvent, RunEvent
from agentkit.agent.spec import RunSpec, StepView
from agentkit.engines.base import SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.sandbox.config import SandboxConfig
from agentkit.sandbox.pool import SandboxPool
from agentkit.sandbox.provider import FreshContainer, SandboxProvider, as_provider
from agentkit.tool import tool


@tool(runs_in="host")
def host_tool(x: int) -> int:
    """Echo.

    Args:
        x: A number.
    """
    return x


sandboxed = fixtures.count_lines  # a sandboxed tool (its module imports only the standard library)


def call(name: str, args: str) -> str:
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|>"


def test_the_spec_is_frozen_and_caps_tool_timeouts(tokenizer: Any) -> None:
    agent = Agent(ReplayEngine([], tokenizer), [host_tool], limits=Limits(tool_timeout_s=2))
    spec = agent.spec
    assert isinstance(spec, RunSpec)
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.limits = Limits()  # type: ignore[misc]
    assert spec.tools["host_tool"].policy.timeout_s == 2
    assert host_tool.policy.timeout_s != 2  # the user's tool is not changed


def test_a_wrong_sandbox_fails_at_construction_naming_what_is_accepted(tokenizer: Any) -> None:
    with pytest.raises(TypeError) as caught:
        Agent(ReplayEngine([], tokenizer), [host_tool], sandbox="docker")  # type: ignore[arg-type]
    message = str(caught.value)
    assert "not str" in message
    for accepted in ("SandboxConfig", "SandboxPool", "SandboxProvider", "Sandbox", "None"):
        assert accepted in message


def test_sandbox_values_become_providers(tokenizer: Any) -> None:
    engine = ReplayEngine([], tokenizer)
    config = SandboxConfig(memory=1 << 30)
    from_config = Agent(engine, [sandboxed], sandbox=config).spec.sandbox
    assert isinstance(from_config, FreshContainer) and from_config.config is config
    pool = SandboxPool(size=0)
    assert isinstance(pool, SandboxProvider)
    assert Agent(engine, [sandboxed], sandbox=pool).spec.sandbox is pool
    assert as_provider(None) is None
    # No sandbox given: one only if a tool needs it.
    assert Agent(engine, [host_tool]).spec.sandbox is None
    assert isinstance(Agent(engine, [sandboxed]).spec.sandbox, FreshContainer)
    assert Agent(engine, [sandboxed], sandbox=config).sandbox is config  # the configuration as given


def test_per_step_sampling_hook_sees_each_step(tokenizer: Any) -> None:
    seen: list[int] = []

    def sampling(step: int) -> SamplingParams:
        seen.append(step)
        return SamplingParams(max_tokens=64, seed=step)

    outputs = [call("host_tool", "x:1") + "<|tool_response>", "Done.<turn|>"]
    result = Agent(ReplayEngine(outputs, tokenizer), [host_tool], sampling=sampling).run_sync("go")
    assert result.ok and seen == [1, 2]


def test_between_steps_hooks_and_observers(tokenizer: Any) -> None:
    views: list[tuple[int, int, int]] = []
    observed: list[str] = []

    async def hook(view: StepView) -> list[RunEvent]:
        views.append((view.step, view.counters.usage.steps, len(view.state.messages)))
        return [
            ErrorEvent(run_id=view.run_id, step=view.step, kind="note", message=f"before step {view.step}")
        ]

    outputs = [call("host_tool", "x:1") + "<|tool_response>", "Done.<turn|>"]
    agent = Agent(
        ReplayEngine(outputs, tokenizer),
        [host_tool],
        between_steps=[hook],
        observers=[lambda e: observed.append(e.type)],
    )
    events: list[Any] = []

    async def collect() -> None:
        async for event in agent.run_stream("go"):
            events.append(event)

    import anyio

    anyio.run(collect)
    assert views == [(1, 0, 1), (2, 1, 3)]  # before each step: its number, the steps done, the messages
    notes = [e.message for e in events if e.type == "error" and e.kind == "note"]
    assert notes == ["before step 1", "before step 2"]
    assert observed == [e.type for e in events]  # observers saw every event, in order
    assert events.index(next(e for e in events if e.type == "error")) < events.index(
        next(e for e in events if e.type == "step_started")
    )
