"""Agent: configuration, and the entry points of a run.

    agent = Agent(engine, tools=[get_weather], system_prompt="You are terse.", thinking=True)
    result = await agent.run("Weather in Paris?")          # or agent.run_sync(...)
    async for event in agent.run_stream("..."): ...         # typed events; the last is RunFinished

An Agent holds configuration only. At construction it builds a frozen `RunSpec` (engine, tools, limits,
sampling, prompt format, sandbox provider, hooks); each run is a `Run` of that spec
(`agentkit.agent.run`, the step loop), and a resume rebuilds one from its trajectory
(`agentkit.agent.resume`). Results and errors are in `agentkit.agent.result`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
from contextlib import aclosing
from pathlib import Path
from typing import Any, Generic, TypeVar

import anyio

from agentkit.agent.counters import Counters
from agentkit.agent.events import RunEvent
from agentkit.agent.limits import Limits
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.result import AgentError, LimitExceeded, ResumeError, RunResult, RunUsage
from agentkit.agent.resume import restore
from agentkit.agent.run import Run
from agentkit.agent.spec import BetweenSteps, Observer, PromptFormat, RunSpec
from agentkit.agent.structured import OutputSpec
from agentkit.agent.trajectory import Trajectory, read_trajectory
from agentkit.engines.base import Engine, SamplingParams
from agentkit.gemma4 import DEFAULT_REVISION, PromptBuilder
from agentkit.messages import ContentPart, Message, SystemMessage, UserMessage
from agentkit.sandbox.provider import FreshContainer, SandboxLike, as_provider
from agentkit.tool.core import Tool
from agentkit.tool.toolset import Toolset

__all__ = ["Agent", "AgentError", "LimitExceeded", "ResumeError", "RunResult", "RunSpec", "RunUsage"]

DepsT = TypeVar("DepsT")
Prompt = str | Sequence[ContentPart]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁAgentǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁnew_state__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁrender_first_prompt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁrun_stream__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁrun__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁrun_sync__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁresume__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁ_finish__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁ_new_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁAgentǁ_restore__mutmut: MutantDict = {}  # type: ignore


class Agent(Generic[DepsT]):
    """An agent: an engine, tools, a sandbox and limits. Runs are independent and may be concurrent.

    * ``tools``: `Tool` objects, ``@tool`` functions, or a `Toolset`.
    * ``sandbox``: where sandboxed tools run: a `Sandbox` (shared by every run), a `SandboxPool` or any
      `SandboxProvider` (one lease per run), a `SandboxConfig` (a fresh container per run), or None (a
      default hardened container per run, started only if some tool needs one). Anything else is a
      `TypeError` here, at construction.
    * ``thinking``: Gemma 4 thinking mode, per agent (and per run via ``run(..., thinking=)``).
    * ``output_type``: a type Pydantic validates, or a JSON Schema dict: the final answer must be such JSON.
    * ``sampling``: `SamplingParams` for every step, or a function of the step number (from 1) giving
      them, e.g. to constrain one step with a grammar. ``max_tokens`` is capped by the limits.
    * ``append_only`` (default): keep the model's own tokens so every step hits the prefix cache;
      False renders each prompt exactly as the official template would (see `agentkit.agent.prompt_state`).
    * ``between_steps``, ``observers``: hooks (see `agentkit.agent.spec`).
    """

    @_mutmut_mutated(mutants_xǁAgentǁ__init____mutmut)
    def __init__(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_orig(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_1(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = True,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_2(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = False,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_3(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = False,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_4(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = None
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_5(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = None
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_6(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits and Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_7(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = None
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_8(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if (isinstance(tools, Toolset)) and False else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_9(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if (isinstance(tools, Toolset)) or True else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_10(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(None)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_11(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_12(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if (output_type is not None) and False else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_13(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if (output_type is not None) or True else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_14(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(None) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_15(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_16(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = None
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_17(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = None
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_18(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = None
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_19(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = None
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_20(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = None
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_21(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling and SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_22(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=None)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_23(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = None
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_24(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = None
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_25(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_26(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if (trajectory_dir) and False else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_27(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if (trajectory_dir) or True else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_28(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(None) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_29(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = None
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_30(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = None
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_31(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(None)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_32(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None or self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_33(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is not None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_34(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = None
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_35(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = None

    def xǁAgentǁ__init____mutmut_36(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=None,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_37(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools=None,
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_38(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=None,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_39(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=None,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_40(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=None,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_41(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=None,
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_42(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=None,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_43(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=None,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_44(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=None,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_45(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=None,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_46(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=None,
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_47(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=None,
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_48(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=None,
        )

    def xǁAgentǁ__init____mutmut_49(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_50(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_51(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_52(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_53(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_54(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_55(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_56(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_57(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_58(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_59(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_60(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_61(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            )

    def xǁAgentǁ__init____mutmut_62(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(None, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_63(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, None) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_64(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_65(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, ) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_66(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(None, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_67(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, None, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_68(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, None, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_69(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, None),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_70(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_71(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_72(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_73(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, ),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_74(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger and logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_75(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger(None),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_76(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("XXagentkit.agentXX"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_77(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("AGENTKIT.AGENT"),
            between_steps=tuple(between_steps),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_78(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(None),
            observers=tuple(observers),
        )

    def xǁAgentǁ__init____mutmut_79(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any]] = (),
        *,
        system_prompt: str | None = None,
        thinking: bool = False,
        output_type: Any = None,
        limits: Limits | None = None,
        sandbox: SandboxLike | None = None,
        deps: DepsT | None = None,
        sampling: SamplingParams | Callable[[int], SamplingParams] | None = None,
        revision: str = DEFAULT_REVISION,
        append_only: bool = True,
        parallel_tool_calls: bool = True,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.toolset = tools if isinstance(tools, Toolset) else Toolset(tools)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        # What the renderer declares and what the parser types arguments by, computed once per agent.
        self.declarations = self.toolset.declarations
        provider = as_provider(sandbox)
        if provider is None and self.toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in self.toolset},
            declarations=self.declarations,
            tool_schemas=self.toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(revision, self.full_system_prompt, thinking, append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=parallel_tool_calls,
            logger=logger or logging.getLogger("agentkit.agent"),
            between_steps=tuple(between_steps),
            observers=tuple(None),
        )

    @property
    def full_system_prompt(self) -> str | None:
        parts = [p for p in (self.system_prompt, self.output.instruction() if self.output else None) if p]
        return "\n\n".join(parts) or None

    @_mutmut_mutated(mutants_xǁAgentǁnew_state__mutmut)
    def new_state(self, thinking: bool | None = None) -> PromptState:
        return self.spec.new_state(thinking)

    def xǁAgentǁnew_state__mutmut_orig(self, thinking: bool | None = None) -> PromptState:
        return self.spec.new_state(thinking)

    def xǁAgentǁnew_state__mutmut_1(self, thinking: bool | None = None) -> PromptState:
        return self.spec.new_state(None)

    @_mutmut_mutated(mutants_xǁAgentǁrender_first_prompt__mutmut)
    def render_first_prompt(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_orig(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_1(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = None
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_2(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            None,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_3(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=None,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_4(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=None,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_5(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_6(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_7(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_8(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if (thinking is None) and False else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_9(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if (thinking is None) or True else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_10(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is not None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_11(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = None
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_12(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = None
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_13(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=None)]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_14(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(None))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_15(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(None, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_16(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, None)
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_17(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_18(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, )
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_19(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(1, SystemMessage(content=system))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_20(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=None))
        return builder.extend(messages).text

    def xǁAgentǁrender_first_prompt__mutmut_21(self, prompt: Prompt, *, thinking: bool | None = None) -> str:
        """The text of the first prompt a run of ``prompt`` sends (for dry runs and debugging)."""
        builder = PromptBuilder(
            self.declarations,
            revision=self.revision,
            enable_thinking=self.thinking if thinking is None else thinking,
        )
        system = self.full_system_prompt
        messages: list[Message] = [UserMessage(content=_content(prompt))]
        if system:
            messages.insert(0, SystemMessage(content=system))
        return builder.extend(None).text

    # -- running ---------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁAgentǁrun_stream__mutmut)
    def run_stream(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_orig(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_1(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = None
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_2(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=None, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_3(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=None, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_4(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=None, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_5(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=None)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_6(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_7(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_8(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, trajectory=trajectory)
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_9(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, )
        return run.events(UserMessage(content=_content(prompt)))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_10(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(None)

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_11(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=None))

    # -- running ---------------------------------------------------------------------------------------

    def xǁAgentǁrun_stream__mutmut_12(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> AsyncGenerator[RunEvent, None]:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        return run.events(UserMessage(content=_content(None)))

    @_mutmut_mutated(mutants_xǁAgentǁrun__mutmut)
    async def run(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_orig(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_1(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = None
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_2(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=None, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_3(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=None, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_4(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=None, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_5(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=None)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_6(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_7(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_8(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_9(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, )
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_10(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(None) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_11(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(None)) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_12(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=None))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_13(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(None)))) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁrun__mutmut_14(
        self,
        prompt: Prompt,
        *,
        history: RunResult | None = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
        async with aclosing(run.events(UserMessage(content=_content(prompt)))) as events:
            async for _ in events:
                pass
        return self._finish(None)

    @_mutmut_mutated(mutants_xǁAgentǁrun_sync__mutmut)
    def run_sync(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(prompt, **options))

    def xǁAgentǁrun_sync__mutmut_orig(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(prompt, **options))

    def xǁAgentǁrun_sync__mutmut_1(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(None)

    def xǁAgentǁrun_sync__mutmut_2(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: None)

    def xǁAgentǁrun_sync__mutmut_3(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(None, **options))

    def xǁAgentǁrun_sync__mutmut_4(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(**options))

    def xǁAgentǁrun_sync__mutmut_5(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(prompt, ))

    @_mutmut_mutated(mutants_xǁAgentǁresume__mutmut)
    async def resume(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = self._restore(recorded)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_orig(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = self._restore(recorded)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_1(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = None
        run = self._restore(recorded)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_2(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(None)
        run = self._restore(recorded)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_3(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = None
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_4(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = self._restore(None)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_5(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = self._restore(recorded)
        async with aclosing(None) as events:
            async for _ in events:
                pass
        return self._finish(run)

    async def xǁAgentǁresume__mutmut_6(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        run = self._restore(recorded)
        async with aclosing(run.continue_events()) as events:
            async for _ in events:
                pass
        return self._finish(None)

    @_mutmut_mutated(mutants_xǁAgentǁ_finish__mutmut)
    def _finish(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "error":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_orig(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "error":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_1(self, run: Run) -> RunResult:
        result = None
        if result.exit_reason.is_limit and self.limits.on_limit == "error":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_2(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit or self.limits.on_limit == "error":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_3(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit != "error":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_4(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "XXerrorXX":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_5(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "ERROR":
            raise LimitExceeded(result)
        return result

    def xǁAgentǁ_finish__mutmut_6(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "error":
            raise LimitExceeded(None)
        return result

    @_mutmut_mutated(mutants_xǁAgentǁ_new_run__mutmut)
    def _new_run(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_orig(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_1(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = None
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_2(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if (deps is not None) and False else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_3(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if (deps is not None) or True else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_4(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_5(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_6(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is not None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_7(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError(None)
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_8(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("XXhistory has no conversation state to continueXX")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_9(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("HISTORY HAS NO CONVERSATION STATE TO CONTINUE")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_10(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                None,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_11(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                None,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_12(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                None,
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_13(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                None,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_14(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=None,
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_15(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=None,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_16(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=None,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_17(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_18(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_19(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_20(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_21(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_22(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_23(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_24(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=None).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_25(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if (trajectory) and False else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_26(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if (trajectory) or True else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_27(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(None) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_28(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=False,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_29(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = None
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_30(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(None)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_31(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(7)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_32(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_33(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if (trajectory) and False else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_34(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if (trajectory) or True else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_35(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(None) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_36(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None or self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_37(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is not None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_38(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_39(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = None
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_40(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir * f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_41(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(None, run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_42(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, None, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_43(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, None, deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_44(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), None, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_45(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, trajectory_path=None)

    def xǁAgentǁ_new_run__mutmut_46(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(run_id, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_47(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, self.new_state(thinking), deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_48(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, deps, trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_49(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), trajectory_path=path)

    def xǁAgentǁ_new_run__mutmut_50(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(thinking), deps, )

    def xǁAgentǁ_new_run__mutmut_51(
        self,
        *,
        history: RunResult | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if history is not None:
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=Path(trajectory) if trajectory else history.trajectory_path,
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        return Run(self.spec, run_id, self.new_state(None), deps, trajectory_path=path)

    @_mutmut_mutated(mutants_xǁAgentǁ_restore__mutmut)
    def _restore(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_orig(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_1(self, recorded: Trajectory) -> Run:
        header = None
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_2(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = None
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_3(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("XXrevisionXX", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_4(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("REVISION", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_5(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("XXappend_onlyXX", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_6(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("APPEND_ONLY", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_7(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("XXtoolsXX", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_8(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("TOOLS", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_9(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["XXfunctionXX"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_10(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["FUNCTION"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_11(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["XXnameXX"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_12(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["NAME"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_13(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(None)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_14(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("XXsystem promptXX", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_15(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("SYSTEM PROMPT", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_16(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs == ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_17(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(None)
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_18(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " - "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_19(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(None))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_20(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "XX; XX".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_21(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = None
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_22(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            None,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_23(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            None,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_24(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            None,
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_25(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            None,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_26(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=None,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_27(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=None,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_28(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_29(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_30(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_31(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_32(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_33(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_34(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(None),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_35(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=False,
        )
        restore(run, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_36(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(None, recorded)
        return run

    def xǁAgentǁ_restore__mutmut_37(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, None)
        return run

    def xǁAgentǁ_restore__mutmut_38(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(recorded)
        return run

    def xǁAgentǁ_restore__mutmut_39(self, recorded: Trajectory) -> Run:
        header = recorded.header
        mismatches = [
            f"{what}: trajectory has {theirs!r}, this agent {ours!r}"
            for what, theirs, ours in (
                ("revision", header.revision, self.revision),
                ("append_only", header.append_only, self.append_only),
                ("tools", [t["function"]["name"] for t in header.tools], list(self.spec.tools)),
                ("system prompt", header.system_prompt, self.full_system_prompt),
            )
            if theirs != ours
        ]
        if mismatches:
            raise ResumeError(f"{recorded.path}: cannot resume with this agent: " + "; ".join(mismatches))
        run = Run(
            self.spec,
            header.run_id,
            self.new_state(header.thinking),
            self.deps,
            trajectory_path=recorded.path,
            header_written=True,
        )
        restore(run, )
        return run

mutants_xǁAgentǁ__init____mutmut['_mutmut_orig'] = Agent.xǁAgentǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_1'] = Agent.xǁAgentǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_2'] = Agent.xǁAgentǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_3'] = Agent.xǁAgentǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_4'] = Agent.xǁAgentǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_5'] = Agent.xǁAgentǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_6'] = Agent.xǁAgentǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_7'] = Agent.xǁAgentǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_8'] = Agent.xǁAgentǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_9'] = Agent.xǁAgentǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_10'] = Agent.xǁAgentǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_11'] = Agent.xǁAgentǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_12'] = Agent.xǁAgentǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_13'] = Agent.xǁAgentǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_14'] = Agent.xǁAgentǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_15'] = Agent.xǁAgentǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_16'] = Agent.xǁAgentǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_17'] = Agent.xǁAgentǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_18'] = Agent.xǁAgentǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_19'] = Agent.xǁAgentǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_20'] = Agent.xǁAgentǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_21'] = Agent.xǁAgentǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_22'] = Agent.xǁAgentǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_23'] = Agent.xǁAgentǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_24'] = Agent.xǁAgentǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_25'] = Agent.xǁAgentǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_26'] = Agent.xǁAgentǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_27'] = Agent.xǁAgentǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_28'] = Agent.xǁAgentǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_29'] = Agent.xǁAgentǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_30'] = Agent.xǁAgentǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_31'] = Agent.xǁAgentǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_32'] = Agent.xǁAgentǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_33'] = Agent.xǁAgentǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_34'] = Agent.xǁAgentǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_35'] = Agent.xǁAgentǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_36'] = Agent.xǁAgentǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_37'] = Agent.xǁAgentǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_38'] = Agent.xǁAgentǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_39'] = Agent.xǁAgentǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_40'] = Agent.xǁAgentǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_41'] = Agent.xǁAgentǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_42'] = Agent.xǁAgentǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_43'] = Agent.xǁAgentǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_44'] = Agent.xǁAgentǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_45'] = Agent.xǁAgentǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_46'] = Agent.xǁAgentǁ__init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_47'] = Agent.xǁAgentǁ__init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_48'] = Agent.xǁAgentǁ__init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_49'] = Agent.xǁAgentǁ__init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_50'] = Agent.xǁAgentǁ__init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_51'] = Agent.xǁAgentǁ__init____mutmut_51 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_52'] = Agent.xǁAgentǁ__init____mutmut_52 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_53'] = Agent.xǁAgentǁ__init____mutmut_53 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_54'] = Agent.xǁAgentǁ__init____mutmut_54 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_55'] = Agent.xǁAgentǁ__init____mutmut_55 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_56'] = Agent.xǁAgentǁ__init____mutmut_56 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_57'] = Agent.xǁAgentǁ__init____mutmut_57 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_58'] = Agent.xǁAgentǁ__init____mutmut_58 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_59'] = Agent.xǁAgentǁ__init____mutmut_59 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_60'] = Agent.xǁAgentǁ__init____mutmut_60 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_61'] = Agent.xǁAgentǁ__init____mutmut_61 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_62'] = Agent.xǁAgentǁ__init____mutmut_62 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_63'] = Agent.xǁAgentǁ__init____mutmut_63 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_64'] = Agent.xǁAgentǁ__init____mutmut_64 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_65'] = Agent.xǁAgentǁ__init____mutmut_65 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_66'] = Agent.xǁAgentǁ__init____mutmut_66 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_67'] = Agent.xǁAgentǁ__init____mutmut_67 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_68'] = Agent.xǁAgentǁ__init____mutmut_68 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_69'] = Agent.xǁAgentǁ__init____mutmut_69 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_70'] = Agent.xǁAgentǁ__init____mutmut_70 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_71'] = Agent.xǁAgentǁ__init____mutmut_71 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_72'] = Agent.xǁAgentǁ__init____mutmut_72 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_73'] = Agent.xǁAgentǁ__init____mutmut_73 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_74'] = Agent.xǁAgentǁ__init____mutmut_74 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_75'] = Agent.xǁAgentǁ__init____mutmut_75 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_76'] = Agent.xǁAgentǁ__init____mutmut_76 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_77'] = Agent.xǁAgentǁ__init____mutmut_77 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_78'] = Agent.xǁAgentǁ__init____mutmut_78 # type: ignore # mutmut generated
mutants_xǁAgentǁ__init____mutmut['xǁAgentǁ__init____mutmut_79'] = Agent.xǁAgentǁ__init____mutmut_79 # type: ignore # mutmut generated

mutants_xǁAgentǁnew_state__mutmut['_mutmut_orig'] = Agent.xǁAgentǁnew_state__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁnew_state__mutmut['xǁAgentǁnew_state__mutmut_1'] = Agent.xǁAgentǁnew_state__mutmut_1 # type: ignore # mutmut generated

mutants_xǁAgentǁrender_first_prompt__mutmut['_mutmut_orig'] = Agent.xǁAgentǁrender_first_prompt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_1'] = Agent.xǁAgentǁrender_first_prompt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_2'] = Agent.xǁAgentǁrender_first_prompt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_3'] = Agent.xǁAgentǁrender_first_prompt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_4'] = Agent.xǁAgentǁrender_first_prompt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_5'] = Agent.xǁAgentǁrender_first_prompt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_6'] = Agent.xǁAgentǁrender_first_prompt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_7'] = Agent.xǁAgentǁrender_first_prompt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_8'] = Agent.xǁAgentǁrender_first_prompt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_9'] = Agent.xǁAgentǁrender_first_prompt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_10'] = Agent.xǁAgentǁrender_first_prompt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_11'] = Agent.xǁAgentǁrender_first_prompt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_12'] = Agent.xǁAgentǁrender_first_prompt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_13'] = Agent.xǁAgentǁrender_first_prompt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_14'] = Agent.xǁAgentǁrender_first_prompt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_15'] = Agent.xǁAgentǁrender_first_prompt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_16'] = Agent.xǁAgentǁrender_first_prompt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_17'] = Agent.xǁAgentǁrender_first_prompt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_18'] = Agent.xǁAgentǁrender_first_prompt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_19'] = Agent.xǁAgentǁrender_first_prompt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_20'] = Agent.xǁAgentǁrender_first_prompt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAgentǁrender_first_prompt__mutmut['xǁAgentǁrender_first_prompt__mutmut_21'] = Agent.xǁAgentǁrender_first_prompt__mutmut_21 # type: ignore # mutmut generated

mutants_xǁAgentǁrun_stream__mutmut['_mutmut_orig'] = Agent.xǁAgentǁrun_stream__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_1'] = Agent.xǁAgentǁrun_stream__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_2'] = Agent.xǁAgentǁrun_stream__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_3'] = Agent.xǁAgentǁrun_stream__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_4'] = Agent.xǁAgentǁrun_stream__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_5'] = Agent.xǁAgentǁrun_stream__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_6'] = Agent.xǁAgentǁrun_stream__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_7'] = Agent.xǁAgentǁrun_stream__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_8'] = Agent.xǁAgentǁrun_stream__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_9'] = Agent.xǁAgentǁrun_stream__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_10'] = Agent.xǁAgentǁrun_stream__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_11'] = Agent.xǁAgentǁrun_stream__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_stream__mutmut['xǁAgentǁrun_stream__mutmut_12'] = Agent.xǁAgentǁrun_stream__mutmut_12 # type: ignore # mutmut generated

mutants_xǁAgentǁrun__mutmut['_mutmut_orig'] = Agent.xǁAgentǁrun__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_1'] = Agent.xǁAgentǁrun__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_2'] = Agent.xǁAgentǁrun__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_3'] = Agent.xǁAgentǁrun__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_4'] = Agent.xǁAgentǁrun__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_5'] = Agent.xǁAgentǁrun__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_6'] = Agent.xǁAgentǁrun__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_7'] = Agent.xǁAgentǁrun__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_8'] = Agent.xǁAgentǁrun__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_9'] = Agent.xǁAgentǁrun__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_10'] = Agent.xǁAgentǁrun__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_11'] = Agent.xǁAgentǁrun__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_12'] = Agent.xǁAgentǁrun__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_13'] = Agent.xǁAgentǁrun__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAgentǁrun__mutmut['xǁAgentǁrun__mutmut_14'] = Agent.xǁAgentǁrun__mutmut_14 # type: ignore # mutmut generated

mutants_xǁAgentǁrun_sync__mutmut['_mutmut_orig'] = Agent.xǁAgentǁrun_sync__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁrun_sync__mutmut['xǁAgentǁrun_sync__mutmut_1'] = Agent.xǁAgentǁrun_sync__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_sync__mutmut['xǁAgentǁrun_sync__mutmut_2'] = Agent.xǁAgentǁrun_sync__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_sync__mutmut['xǁAgentǁrun_sync__mutmut_3'] = Agent.xǁAgentǁrun_sync__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_sync__mutmut['xǁAgentǁrun_sync__mutmut_4'] = Agent.xǁAgentǁrun_sync__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁrun_sync__mutmut['xǁAgentǁrun_sync__mutmut_5'] = Agent.xǁAgentǁrun_sync__mutmut_5 # type: ignore # mutmut generated

mutants_xǁAgentǁresume__mutmut['_mutmut_orig'] = Agent.xǁAgentǁresume__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_1'] = Agent.xǁAgentǁresume__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_2'] = Agent.xǁAgentǁresume__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_3'] = Agent.xǁAgentǁresume__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_4'] = Agent.xǁAgentǁresume__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_5'] = Agent.xǁAgentǁresume__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁresume__mutmut['xǁAgentǁresume__mutmut_6'] = Agent.xǁAgentǁresume__mutmut_6 # type: ignore # mutmut generated

mutants_xǁAgentǁ_finish__mutmut['_mutmut_orig'] = Agent.xǁAgentǁ_finish__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_1'] = Agent.xǁAgentǁ_finish__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_2'] = Agent.xǁAgentǁ_finish__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_3'] = Agent.xǁAgentǁ_finish__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_4'] = Agent.xǁAgentǁ_finish__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_5'] = Agent.xǁAgentǁ_finish__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁ_finish__mutmut['xǁAgentǁ_finish__mutmut_6'] = Agent.xǁAgentǁ_finish__mutmut_6 # type: ignore # mutmut generated

mutants_xǁAgentǁ_new_run__mutmut['_mutmut_orig'] = Agent.xǁAgentǁ_new_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_1'] = Agent.xǁAgentǁ_new_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_2'] = Agent.xǁAgentǁ_new_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_3'] = Agent.xǁAgentǁ_new_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_4'] = Agent.xǁAgentǁ_new_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_5'] = Agent.xǁAgentǁ_new_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_6'] = Agent.xǁAgentǁ_new_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_7'] = Agent.xǁAgentǁ_new_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_8'] = Agent.xǁAgentǁ_new_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_9'] = Agent.xǁAgentǁ_new_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_10'] = Agent.xǁAgentǁ_new_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_11'] = Agent.xǁAgentǁ_new_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_12'] = Agent.xǁAgentǁ_new_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_13'] = Agent.xǁAgentǁ_new_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_14'] = Agent.xǁAgentǁ_new_run__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_15'] = Agent.xǁAgentǁ_new_run__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_16'] = Agent.xǁAgentǁ_new_run__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_17'] = Agent.xǁAgentǁ_new_run__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_18'] = Agent.xǁAgentǁ_new_run__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_19'] = Agent.xǁAgentǁ_new_run__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_20'] = Agent.xǁAgentǁ_new_run__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_21'] = Agent.xǁAgentǁ_new_run__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_22'] = Agent.xǁAgentǁ_new_run__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_23'] = Agent.xǁAgentǁ_new_run__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_24'] = Agent.xǁAgentǁ_new_run__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_25'] = Agent.xǁAgentǁ_new_run__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_26'] = Agent.xǁAgentǁ_new_run__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_27'] = Agent.xǁAgentǁ_new_run__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_28'] = Agent.xǁAgentǁ_new_run__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_29'] = Agent.xǁAgentǁ_new_run__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_30'] = Agent.xǁAgentǁ_new_run__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_31'] = Agent.xǁAgentǁ_new_run__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_32'] = Agent.xǁAgentǁ_new_run__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_33'] = Agent.xǁAgentǁ_new_run__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_34'] = Agent.xǁAgentǁ_new_run__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_35'] = Agent.xǁAgentǁ_new_run__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_36'] = Agent.xǁAgentǁ_new_run__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_37'] = Agent.xǁAgentǁ_new_run__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_38'] = Agent.xǁAgentǁ_new_run__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_39'] = Agent.xǁAgentǁ_new_run__mutmut_39 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_40'] = Agent.xǁAgentǁ_new_run__mutmut_40 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_41'] = Agent.xǁAgentǁ_new_run__mutmut_41 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_42'] = Agent.xǁAgentǁ_new_run__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_43'] = Agent.xǁAgentǁ_new_run__mutmut_43 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_44'] = Agent.xǁAgentǁ_new_run__mutmut_44 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_45'] = Agent.xǁAgentǁ_new_run__mutmut_45 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_46'] = Agent.xǁAgentǁ_new_run__mutmut_46 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_47'] = Agent.xǁAgentǁ_new_run__mutmut_47 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_48'] = Agent.xǁAgentǁ_new_run__mutmut_48 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_49'] = Agent.xǁAgentǁ_new_run__mutmut_49 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_50'] = Agent.xǁAgentǁ_new_run__mutmut_50 # type: ignore # mutmut generated
mutants_xǁAgentǁ_new_run__mutmut['xǁAgentǁ_new_run__mutmut_51'] = Agent.xǁAgentǁ_new_run__mutmut_51 # type: ignore # mutmut generated

mutants_xǁAgentǁ_restore__mutmut['_mutmut_orig'] = Agent.xǁAgentǁ_restore__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_1'] = Agent.xǁAgentǁ_restore__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_2'] = Agent.xǁAgentǁ_restore__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_3'] = Agent.xǁAgentǁ_restore__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_4'] = Agent.xǁAgentǁ_restore__mutmut_4 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_5'] = Agent.xǁAgentǁ_restore__mutmut_5 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_6'] = Agent.xǁAgentǁ_restore__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_7'] = Agent.xǁAgentǁ_restore__mutmut_7 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_8'] = Agent.xǁAgentǁ_restore__mutmut_8 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_9'] = Agent.xǁAgentǁ_restore__mutmut_9 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_10'] = Agent.xǁAgentǁ_restore__mutmut_10 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_11'] = Agent.xǁAgentǁ_restore__mutmut_11 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_12'] = Agent.xǁAgentǁ_restore__mutmut_12 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_13'] = Agent.xǁAgentǁ_restore__mutmut_13 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_14'] = Agent.xǁAgentǁ_restore__mutmut_14 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_15'] = Agent.xǁAgentǁ_restore__mutmut_15 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_16'] = Agent.xǁAgentǁ_restore__mutmut_16 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_17'] = Agent.xǁAgentǁ_restore__mutmut_17 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_18'] = Agent.xǁAgentǁ_restore__mutmut_18 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_19'] = Agent.xǁAgentǁ_restore__mutmut_19 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_20'] = Agent.xǁAgentǁ_restore__mutmut_20 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_21'] = Agent.xǁAgentǁ_restore__mutmut_21 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_22'] = Agent.xǁAgentǁ_restore__mutmut_22 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_23'] = Agent.xǁAgentǁ_restore__mutmut_23 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_24'] = Agent.xǁAgentǁ_restore__mutmut_24 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_25'] = Agent.xǁAgentǁ_restore__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_26'] = Agent.xǁAgentǁ_restore__mutmut_26 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_27'] = Agent.xǁAgentǁ_restore__mutmut_27 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_28'] = Agent.xǁAgentǁ_restore__mutmut_28 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_29'] = Agent.xǁAgentǁ_restore__mutmut_29 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_30'] = Agent.xǁAgentǁ_restore__mutmut_30 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_31'] = Agent.xǁAgentǁ_restore__mutmut_31 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_32'] = Agent.xǁAgentǁ_restore__mutmut_32 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_33'] = Agent.xǁAgentǁ_restore__mutmut_33 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_34'] = Agent.xǁAgentǁ_restore__mutmut_34 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_35'] = Agent.xǁAgentǁ_restore__mutmut_35 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_36'] = Agent.xǁAgentǁ_restore__mutmut_36 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_37'] = Agent.xǁAgentǁ_restore__mutmut_37 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_38'] = Agent.xǁAgentǁ_restore__mutmut_38 # type: ignore # mutmut generated
mutants_xǁAgentǁ_restore__mutmut['xǁAgentǁ_restore__mutmut_39'] = Agent.xǁAgentǁ_restore__mutmut_39 # type: ignore # mutmut generated
mutants_x__capped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__capped__mutmut)
def _capped(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_orig(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_1(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None and (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_2(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is not None or (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_3(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None or found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_4(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_5(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None and found.policy.timeout_s < cap):
        return found
    return found.with_policy(timeout_s=cap)


def x__capped__mutmut_6(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=None)

mutants_x__capped__mutmut['_mutmut_orig'] = x__capped__mutmut_orig # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_1'] = x__capped__mutmut_1 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_2'] = x__capped__mutmut_2 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_3'] = x__capped__mutmut_3 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_4'] = x__capped__mutmut_4 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_5'] = x__capped__mutmut_5 # type: ignore # mutmut generated
mutants_x__capped__mutmut['x__capped__mutmut_6'] = x__capped__mutmut_6 # type: ignore # mutmut generated
mutants_x__content__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__content__mutmut)
def _content(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if isinstance(prompt, str) else list(prompt)


def x__content__mutmut_orig(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if isinstance(prompt, str) else list(prompt)


def x__content__mutmut_1(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if (isinstance(prompt, str)) and False else list(prompt)


def x__content__mutmut_2(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if (isinstance(prompt, str)) or True else list(prompt)


def x__content__mutmut_3(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if isinstance(prompt, str) else list(None)

mutants_x__content__mutmut['_mutmut_orig'] = x__content__mutmut_orig # type: ignore # mutmut generated
mutants_x__content__mutmut['x__content__mutmut_1'] = x__content__mutmut_1 # type: ignore # mutmut generated
mutants_x__content__mutmut['x__content__mutmut_2'] = x__content__mutmut_2 # type: ignore # mutmut generated
mutants_x__content__mutmut['x__content__mutmut_3'] = x__content__mutmut_3 # type: ignore # mutmut generated
