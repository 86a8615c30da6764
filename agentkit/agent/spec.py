"""`RunSpec`: everything a run needs, frozen. `Agent` builds it; `Run` takes it and nothing else.

Seams, each a field, so a feature plugs in without editing the loop:

* ``sampling``: `SamplingParams`, or a per-step hook ``step -> SamplingParams`` (constrain one step with
  a grammar, e.g. for tool choice);
* ``between_steps``: async hooks called before each step's prompt is built, given a `StepView`; the
  events they return are logged in the trajectory and streamed (compaction lives here);
* ``observers``: callables that see every event as it is logged (tracing, UIs that do not drive the run);
* ``sandbox``: a `SandboxProvider`, leased once per run.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agentkit.agent.context import ContextBudget, ContextPolicy
from agentkit.agent.events import RunEvent
from agentkit.agent.limits import Limits
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.structured import OutputSpec
from agentkit.agent.tool_choice import ToolChoice, ToolChoiceSetting, check_tool_choice, choice_for
from agentkit.engines.base import Engine, SamplingParams
from agentkit.sandbox.provider import SandboxProvider
from agentkit.tool.core import Tool

if TYPE_CHECKING:
    from agentkit.agent.counters import Counters


@dataclass(frozen=True)
class PromptFormat:
    """How prompts are written: template revision, prompt mode, system prompt, thinking."""

    revision: str
    system_prompt: str | None = None
    thinking: bool = False
    append_only: bool = True


@dataclass(frozen=True)
class StepView:
    """What a between-steps hook sees: the next step's number, the conversation's state, the counters."""

    run_id: str
    step: int
    state: PromptState
    counters: Counters
    spec: RunSpec


BetweenSteps = Callable[[StepView], Awaitable[Sequence[RunEvent]]]
Observer = Callable[[RunEvent], None]


@dataclass(frozen=True)
class RunSpec:
    engine: Engine
    tools: Mapping[str, Tool]
    declarations: Sequence[Mapping[str, Any]]
    tool_schemas: Mapping[str, Any]  # what the parser types arguments by
    limits: Limits
    prompt: PromptFormat
    sampling: SamplingParams | Callable[[int], SamplingParams]
    output: OutputSpec | None = None
    sandbox: SandboxProvider | None = None
    parallel_tool_calls: bool = True
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("agentkit.agent"))
    between_steps: tuple[BetweenSteps, ...] = ()
    observers: tuple[Observer, ...] = ()
    tool_choice: ToolChoiceSetting = None
    context: ContextPolicy = field(default_factory=ContextPolicy)

    def tool_choice_for(self, step: int) -> ToolChoice | None:
        """The step's tool_choice (checked against the tools, which a tool source may have changed)."""
        choice = choice_for(self.tool_choice, step)
        check_tool_choice(choice, list(self.tools))
        return choice

    def sampling_for(self, step: int) -> SamplingParams:
        return self.sampling(step) if callable(self.sampling) else self.sampling

    @property
    def context_limit(self) -> int:
        engine_limit = self.engine.context_length
        limit = self.limits.max_context_tokens
        return engine_limit if limit is None else min(limit, engine_limit)

    @property
    def context_budget(self) -> ContextBudget:
        """The context policy in tokens, for this engine and these limits."""
        return self.context.budget(self.context_limit, self.limits.max_tokens_per_step)

    def new_state(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )
