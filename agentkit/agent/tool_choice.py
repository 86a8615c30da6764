"""``tool_choice``: which calls a step may write, enforced on the engine where it can be.

* ``"auto"``: free text, then (optionally) calls; a call that starts is well-formed.
* ``"required"``: the step writes at least one call and no text besides the thought.
* ``"none"``: no call can start.
* a tool name: calls of that tool only (at least one).
* ``None`` (the Agent's default): no constraint; calls are parsed and repaired as written.

`step_constraint` is the one place that turns (tools, tool_choice, output spec, where the prompt
leaves the model, engine) into the engine's sampling constraint: a grammar from
`agentkit.gemma4.grammar` in ``SamplingParams.grammar``. When the engine cannot constrain (or the
step's sampling carries its own grammar), the step runs unconstrained and the reason is returned, for
the loop to record in the trajectory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from agentkit.engines.base import SamplingParams, can_constrain
from agentkit.gemma4.grammar import CHOICES, ToolChoice, ToolGrammar, prompt_start
from agentkit.suggest import suggest

ToolChoiceSetting = ToolChoice | Callable[[int], ToolChoice | None] | None
"""On the Agent: one choice for every step, or a function of the step number (from 1)."""

__all__ = [
    "CHOICES",
    "StepConstraint",
    "ToolChoice",
    "ToolChoiceSetting",
    "check_tool_choice",
    "step_constraint",
]


def check_tool_choice(choice: object, tool_names: Sequence[str]) -> None:
    """Raise ValueError saying what is wrong with ``choice`` for these tools (None is fine)."""
    if choice is None or callable(choice):
        return
    if not isinstance(choice, str):
        raise TypeError(
            f"tool_choice must be auto, required, none or a tool name, not {type(choice).__name__}"
        )
    if choice in ("auto", "none"):
        return
    if not tool_names:
        raise ValueError(f"tool_choice {choice!r} needs at least one tool, and the agent has none")
    if choice != "required" and choice not in tool_names:
        raise ValueError(
            f"tool_choice {choice!r} is neither auto, required, none nor a tool name; tools: "
            + ", ".join(tool_names)
            + suggest(choice, [*CHOICES, *tool_names])
        )


@dataclass(frozen=True)
class StepConstraint:
    """What one engine request is sent with, and whether the tool choice is enforced."""

    sampling: SamplingParams
    choice: ToolChoice | None
    not_enforced: str | None = None  # why the choice is not enforced on the engine (None: it is, or none)

    @property
    def enforced(self) -> bool:
        return self.choice is not None and self.not_enforced is None


def step_constraint(
    *,
    sampling: SamplingParams,
    choice: ToolChoice | None,
    schemas: Mapping[str, Mapping[str, Any] | None],
    prompt_ids: Sequence[int],
    thinking: bool,
    parallel: bool,
    engine: object,
    output_schema: Mapping[str, Any] | None = None,
) -> StepConstraint:
    """The sampling for a request that continues ``prompt_ids`` under ``choice``.

    ``output_schema`` (the run's ``output_type``) composes with ``auto`` and ``none``: a step that does
    not call a tool answers with JSON of that schema. ``required`` and named choices call tools only.
    """
    if choice is None:
        return StepConstraint(sampling, None)
    if sampling.grammar is not None or sampling.regex is not None:
        return StepConstraint(
            sampling, choice, "the step's sampling carries its own grammar or regex, which is used instead"
        )
    if not can_constrain(engine):
        return StepConstraint(
            sampling,
            choice,
            f"{type(engine).__name__} cannot constrain decoding; the calls are parsed and repaired instead",
        )
    grammar = ToolGrammar.for_tools(schemas).constraint(
        choice,
        start=prompt_start(prompt_ids, thinking=thinking),
        parallel=parallel,
        answer_schema=output_schema if choice in ("auto", "none") else None,
    )
    return StepConstraint(replace(sampling, grammar=grammar), choice)


def choice_for(setting: ToolChoiceSetting, step: int) -> ToolChoice | None:
    return setting(step) if callable(setting) else setting
