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

from agentkit.agent.events import RunEvent
from agentkit.agent.limits import Limits
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.structured import OutputSpec
from agentkit.engines.base import Engine, SamplingParams
from agentkit.sandbox.provider import SandboxProvider
from agentkit.tool.core import Tool

if TYPE_CHECKING:
    from agentkit.agent.counters import Counters


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁRunSpecǁsampling_for__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunSpecǁnew_state__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁRunSpecǁsampling_for__mutmut)
    def sampling_for(self, step: int) -> SamplingParams:
        return self.sampling(step) if callable(self.sampling) else self.sampling

    def xǁRunSpecǁsampling_for__mutmut_orig(self, step: int) -> SamplingParams:
        return self.sampling(step) if callable(self.sampling) else self.sampling

    def xǁRunSpecǁsampling_for__mutmut_1(self, step: int) -> SamplingParams:
        return self.sampling(step) if (callable(self.sampling)) and False else self.sampling

    def xǁRunSpecǁsampling_for__mutmut_2(self, step: int) -> SamplingParams:
        return self.sampling(step) if (callable(self.sampling)) or True else self.sampling

    def xǁRunSpecǁsampling_for__mutmut_3(self, step: int) -> SamplingParams:
        return self.sampling(None) if callable(self.sampling) else self.sampling

    def xǁRunSpecǁsampling_for__mutmut_4(self, step: int) -> SamplingParams:
        return self.sampling(step) if callable(None) else self.sampling

    @property
    def context_limit(self) -> int:
        engine_limit = self.engine.context_length
        limit = self.limits.max_context_tokens
        return engine_limit if limit is None else min(limit, engine_limit)

    @_mutmut_mutated(mutants_xǁRunSpecǁnew_state__mutmut)
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

    def xǁRunSpecǁnew_state__mutmut_orig(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_1(self, thinking: bool | None = None) -> PromptState:
        prompt = None
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_2(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            None,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_3(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=None,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_4(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=None,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_5(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=None,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_6(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=None,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_7(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=None,
        )

    def xǁRunSpecǁnew_state__mutmut_8(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_9(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_10(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_11(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            thinking=prompt.thinking if thinking is None else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_12(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_13(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is None else thinking,
            )

    def xǁRunSpecǁnew_state__mutmut_14(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if (thinking is None) and False else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_15(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if (thinking is None) or True else thinking,
            append_only=prompt.append_only,
        )

    def xǁRunSpecǁnew_state__mutmut_16(self, thinking: bool | None = None) -> PromptState:
        prompt = self.prompt
        return PromptState(
            self.engine.tokenizer,
            tools=self.declarations,
            system_prompt=prompt.system_prompt,
            revision=prompt.revision,
            thinking=prompt.thinking if thinking is not None else thinking,
            append_only=prompt.append_only,
        )

mutants_xǁRunSpecǁsampling_for__mutmut['_mutmut_orig'] = RunSpec.xǁRunSpecǁsampling_for__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunSpecǁsampling_for__mutmut['xǁRunSpecǁsampling_for__mutmut_1'] = RunSpec.xǁRunSpecǁsampling_for__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunSpecǁsampling_for__mutmut['xǁRunSpecǁsampling_for__mutmut_2'] = RunSpec.xǁRunSpecǁsampling_for__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunSpecǁsampling_for__mutmut['xǁRunSpecǁsampling_for__mutmut_3'] = RunSpec.xǁRunSpecǁsampling_for__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunSpecǁsampling_for__mutmut['xǁRunSpecǁsampling_for__mutmut_4'] = RunSpec.xǁRunSpecǁsampling_for__mutmut_4 # type: ignore # mutmut generated

mutants_xǁRunSpecǁnew_state__mutmut['_mutmut_orig'] = RunSpec.xǁRunSpecǁnew_state__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_1'] = RunSpec.xǁRunSpecǁnew_state__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_2'] = RunSpec.xǁRunSpecǁnew_state__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_3'] = RunSpec.xǁRunSpecǁnew_state__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_4'] = RunSpec.xǁRunSpecǁnew_state__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_5'] = RunSpec.xǁRunSpecǁnew_state__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_6'] = RunSpec.xǁRunSpecǁnew_state__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_7'] = RunSpec.xǁRunSpecǁnew_state__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_8'] = RunSpec.xǁRunSpecǁnew_state__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_9'] = RunSpec.xǁRunSpecǁnew_state__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_10'] = RunSpec.xǁRunSpecǁnew_state__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_11'] = RunSpec.xǁRunSpecǁnew_state__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_12'] = RunSpec.xǁRunSpecǁnew_state__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_13'] = RunSpec.xǁRunSpecǁnew_state__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_14'] = RunSpec.xǁRunSpecǁnew_state__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_15'] = RunSpec.xǁRunSpecǁnew_state__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunSpecǁnew_state__mutmut['xǁRunSpecǁnew_state__mutmut_16'] = RunSpec.xǁRunSpecǁnew_state__mutmut_16 # type: ignore # mutmut generated
