"""A step as values: the model's `Completion`, the calls planned from it, and the `StepRecord` of the whole step.

A step is: build the prompt -> generate a `Completion` -> plan its calls (a pure function of the
completion, so a resume plans the same calls) -> dispatch them, giving results -> record. The live loop
and a resume from the trajectory both end a step by handing its `StepRecord` to
`agentkit.agent.counters.apply_step`, so their counters cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from agentkit.engines.base import Usage
from agentkit.gemma4.parse import ParsedOutput
from agentkit.messages import AssistantMessage, ToolCall, ToolMessage
from agentkit.tool.results import ToolResult


@dataclass(frozen=True)
class Completion:
    """What the model produced in one step, parsed.

    ``ids`` is the exact completion in the sequence (without the stop token); when a thinking budget
    closed the thought, the closing token agentkit inserted is in ``ids`` but not in
    ``generated_tokens``, and ``request_lengths`` has one entry per engine request around it.
    """

    step: int
    ids: tuple[int, ...]
    text: str
    parsed: ParsedOutput
    finish_reason: str
    stop_token_id: int | None
    generated_tokens: int
    request_lengths: tuple[int, ...]
    usage: Usage = field(default_factory=Usage)
    duration_s: float = 0.0
    timed_out: bool = False  # the wall-time limit stopped generation

    @property
    def reasoning(self) -> str | None:
        return self.parsed.reasoning

    @property
    def content(self) -> str | None:
        return self.parsed.content

    @property
    def repairs(self) -> tuple[str, ...]:
        return tuple(str(r) for r in self.parsed.repairs)


@dataclass(frozen=True)
class PlannedCall:
    """A call from the model's output: runnable, or carrying the ``error`` the model will be shown."""

    call: ToolCall
    repairs: tuple[str, ...] = ()
    error: str | None = None
    error_kind: str | None = None

    @property
    def call_id(self) -> str:
        """The loop always gives calls an id (``call_STEP_INDEX``), which results are matched by."""
        assert self.call.id is not None
        return self.call.id


def assistant_message(completion: Completion, calls: tuple[PlannedCall, ...]) -> AssistantMessage:
    """The model's turn as a conversation message."""
    return AssistantMessage(
        content=completion.parsed.content,
        reasoning=completion.parsed.reasoning,
        tool_calls=[p.call for p in calls],
    )


def tool_message(planned: PlannedCall, result: ToolResult) -> ToolMessage:
    """A call's result as the conversation message answering it."""
    message = result.to_message()
    if message.tool_call_id is None or message.name != planned.call.name:
        message = ToolMessage(tool_call_id=planned.call_id, name=planned.call.name, content=message.content)
    return message


@dataclass(frozen=True)
class StepRecord:
    """One step as far as it went. ``results`` is None until every planned call has its result."""

    number: int
    prefix_stable: bool = True
    completion: Completion | None = None
    calls: tuple[PlannedCall, ...] = ()
    results: Mapping[str, ToolResult] | None = None
    output_invalid: bool = False  # the final answer failed output_type and was asked again
