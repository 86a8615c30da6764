"""Agent: configuration, and the entry points of a run.

    agent = Agent(engine, tools=[get_weather], system_prompt="You are terse.", thinking=True)
    result = await agent.run("Weather in Paris?")          # or agent.run_sync(...)
    stream = agent.run_stream("...")
    async for event in stream: ...                          # typed events; the last is RunFinished
    later = await agent.run("And then?", history=stream.result)  # or history=stream.result.messages

An Agent holds configuration only. At construction it builds a frozen `RunSpec` (engine, tools, limits,
sampling, prompt format, sandbox provider, hooks); each run is a `Run` of that spec
(`agentkit.agent.run`, the step loop), and a resume rebuilds one from its trajectory
(`agentkit.agent.resume`). Results and errors are in `agentkit.agent.result`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping, Sequence
from contextlib import aclosing
from pathlib import Path
from typing import Any, Generic, TypeVar

import anyio

from agentkit.agent.context import ContextPolicy
from agentkit.agent.counters import Counters
from agentkit.agent.events import ExitReason, RunEvent, RunFinished
from agentkit.agent.limits import Limits
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.result import AgentError, LimitExceeded, ResumeError, RunResult, RunUsage
from agentkit.agent.resume import restore
from agentkit.agent.run import Run, start_from
from agentkit.agent.spec import BetweenSteps, Observer, PromptFormat, RunSpec
from agentkit.agent.stream import RunStream
from agentkit.agent.structured import OutputSpec
from agentkit.agent.tool_choice import ToolChoiceSetting, check_tool_choice
from agentkit.agent.trajectory import Trajectory, read_trajectory
from agentkit.engines.base import Engine, SamplingParams
from agentkit.gemma4 import DEFAULT_REVISION, PromptBuilder
from agentkit.messages import (
    AssistantMessage,
    ContentPart,
    Message,
    SystemMessage,
    ToolMessage,
    UserMessage,
)
from agentkit.sandbox.provider import FreshContainer, SandboxLike, as_provider
from agentkit.tool.core import Tool
from agentkit.tool.sources import ToolSource, ToolSources, split_tool_sources
from agentkit.tool.toolset import Toolset
from agentkit.tracing import TracingSetting, traced

__all__ = [
    "Agent",
    "AgentError",
    "LimitExceeded",
    "ResumeError",
    "RunResult",
    "RunSpec",
    "RunStream",
    "RunUsage",
]

DepsT = TypeVar("DepsT")
Prompt = str | Sequence[ContentPart]
#: What ``history=`` takes: an earlier `RunResult`, or its messages (``result.messages``), or None.
History = RunResult | Sequence[Message] | None


class Agent(Generic[DepsT]):
    """An agent: an engine, tools, a sandbox and limits. Runs are independent and may be concurrent.

    * ``tools``: `Tool` objects, ``@tool`` functions, or a `Toolset`; and tool sources such as
      `agentkit.mcp.MCPToolset`, connected around each run, or once for all under ``async with agent:``.
    * ``sandbox``: where sandboxed tools run: a `Sandbox` (shared by every run), a `SandboxPool` or any
      `SandboxProvider` (one lease per run), a `SandboxConfig` (a fresh container per run), or None (a
      default hardened container per run, started only if some tool needs one). Anything else is a
      `TypeError` here, at construction.
    * ``thinking``: Gemma 4 thinking mode, per agent (and per run via ``run(..., thinking=)``).
    * ``output_type``: a type Pydantic validates, or a JSON Schema dict: the final answer must be such JSON.
    * ``sampling``: `SamplingParams` for every step, or a function of the step number (from 1) giving
      them, e.g. to constrain one step with a grammar. ``max_tokens`` is capped by the limits.
    * ``tool_choice``: ``"auto"``, ``"required"``, ``"none"``, a tool name, or a function of the step
      number giving one (see `agentkit.agent.tool_choice`); enforced by a grammar on engines that can
      constrain decoding. None (default): no constraint, calls are parsed and repaired.
    * ``append_only`` (default): keep the model's own tokens so every step hits the prefix cache;
      False renders each prompt exactly as the official template would (see `agentkit.agent.prompt_state`).
    * ``between_steps``, ``observers``: hooks (see `agentkit.agent.spec`).
    * ``tracing``: OpenTelemetry GenAI spans (see `agentkit.tracing`): True, a `TracingConfig`, a
      ``TracerProvider``, or None to follow the application's global OpenTelemetry setup.
    * ``context``: a `ContextPolicy`: the window, when to compact, the reserve for generation, project
      memory (see `agentkit.agent.context`; ``mode="off"`` ends a run that fills the window instead).
    """

    def __init__(
        self,
        engine: Engine,
        tools: Toolset | Iterable[Tool | Callable[..., Any] | ToolSource] = (),
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
        tool_choice: ToolChoiceSetting = None,
        trajectory_dir: str | Path | None = None,
        logger: logging.Logger | None = None,
        between_steps: Sequence[BetweenSteps] = (),
        observers: Sequence[Observer] = (),
        tracing: TracingSetting = None,
        context: ContextPolicy | None = None,
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        own, sources = ([], []) if isinstance(tools, Toolset) else split_tool_sources(tools)
        self._sources = ToolSources(tools if isinstance(tools, Toolset) else Toolset(own), sources)
        self.output = OutputSpec(output_type) if output_type is not None else None
        self.system_prompt = system_prompt
        self.thinking = thinking
        self.sandbox = sandbox
        self.deps = deps
        self.sampling = sampling or SamplingParams(max_tokens=self.limits.max_tokens_per_step)
        self.revision = revision
        self.append_only = append_only
        self.parallel_tool_calls = parallel_tool_calls
        self.trajectory_dir = Path(trajectory_dir) if trajectory_dir else None
        self.logger = logger or logging.getLogger("agentkit.agent")
        self._provider = as_provider(sandbox)  # a wrong value fails here, at construction
        self.tool_choice = tool_choice
        self._hooks = (tuple(between_steps), tuple(observers))
        self.context = context or ContextPolicy()
        self._use_toolset(self._sources.static)
        if not sources:  # a tool source (MCP) names its tools when it opens: checked per step
            check_tool_choice(tool_choice, list(self.spec.tools))
        self.tracing = tracing

    def _use_toolset(self, toolset: Toolset) -> None:
        """The tools runs declare and call, and the RunSpec built from them; again when tool sources open."""
        if toolset is getattr(self, "toolset", None):
            return
        self.toolset = toolset
        # What the renderer declares and what the parser types arguments by, computed once per toolset.
        self.declarations = toolset.declarations
        provider = self._provider
        if provider is None and toolset.needs_sandbox:
            provider = FreshContainer()
        self.spec = RunSpec(
            engine=self.engine,
            tools={t.name: _capped(t, self.limits.tool_timeout_s) for t in toolset},
            declarations=self.declarations,
            tool_schemas=toolset.parser_schemas,
            limits=self.limits,
            prompt=PromptFormat(self.revision, self.full_system_prompt, self.thinking, self.append_only),
            sampling=self.sampling,
            output=self.output,
            sandbox=provider,
            parallel_tool_calls=self.parallel_tool_calls,
            logger=self.logger,
            between_steps=self._hooks[0],
            observers=self._hooks[1],
            tool_choice=self.tool_choice,
            context=self.context,
        )

    @property
    def tools(self) -> Mapping[str, Tool]:
        """The tools runs call, by name (timeouts capped by the limits)."""
        return self.spec.tools

    async def __aenter__(self) -> Agent[DepsT]:
        """Open the tool sources (MCP servers) once for every run until the block ends."""
        self._use_toolset(await self._sources.enter())
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        await self._sources.exit(exc)
        self._use_toolset(self._sources.static)

    @property
    def full_system_prompt(self) -> str | None:
        parts = [p for p in (self.system_prompt, self.output.instruction() if self.output else None) if p]
        return "\n\n".join(parts) or None

    def new_state(self, thinking: bool | None = None) -> PromptState:
        return self.spec.new_state(thinking)

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

    # -- running ---------------------------------------------------------------------------------------

    def run_stream(
        self,
        prompt: Prompt,
        *,
        history: History = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunStream:
        """Events of a new run (or of a continuation of ``history``), the last being `RunFinished`; once
        they have all been read, ``.result`` is the run's `RunResult` (see `agentkit.agent.stream`)."""
        earlier = _history(history)  # a wrong value is a TypeError here, at the call
        if self._sources.sources:
            cell: list[Run] = []
            events = self._stream_with_sources(prompt, earlier, deps, thinking, trajectory, cell)
            return self._run_stream(events, lambda: cell[0] if cell else None)
        run = self._new_run(history=earlier, deps=deps, thinking=thinking, trajectory=trajectory)
        events = traced(self.tracing, self, run, run.events(UserMessage(content=_content(prompt))))
        return self._run_stream(events, lambda: run)

    def _run_stream(self, events: AsyncGenerator[RunEvent, None], run: Callable[[], Run | None]) -> RunStream:
        def result() -> RunResult | None:
            ended = run()
            return ended.result() if ended is not None and ended.exit_reason is not None else None

        return RunStream(events, result, raise_on_limit=self.limits.on_limit == "error")

    async def _stream_with_sources(
        self,
        prompt: Prompt,
        history: RunResult | list[Message] | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: Any,
        cell: list[Run],
    ) -> AsyncGenerator[RunEvent, None]:
        async with self._sources.opened() as toolset:
            self._use_toolset(toolset)
            run = self._new_run(history=history, deps=deps, thinking=thinking, trajectory=trajectory)
            cell.append(run)
            async with aclosing(
                traced(self.tracing, self, run, run.events(UserMessage(content=_content(prompt))))
            ) as events:
                async for event in events:
                    yield event

    async def run(
        self,
        prompt: Prompt,
        *,
        history: History = None,
        deps: DepsT | None = None,
        thinking: bool | None = None,
        trajectory: str | Path | None = None,
    ) -> RunResult:
        """Run to the end and return the result (`LimitExceeded` if a limit ends it and
        ``limits.on_limit == "error"``)."""
        earlier = _history(history)
        async with self._sources.opened() as toolset:
            self._use_toolset(toolset)
            run = self._new_run(history=earlier, deps=deps, thinking=thinking, trajectory=trajectory)
            async with aclosing(
                traced(self.tracing, self, run, run.events(UserMessage(content=_content(prompt))))
            ) as events:
                async for _ in events:
                    pass
        return self._finish(run)

    def run_sync(self, prompt: Prompt, **options: Any) -> RunResult:
        """`run` for code that is not async (starts an event loop; do not call from inside one)."""
        return anyio.run(lambda: self.run(prompt, **options))

    async def resume(self, trajectory: str | Path) -> RunResult:
        """Continue the run a trajectory recorded, from where it stopped; finished runs return at once.

        Completed tool calls are not run again; a call whose result is missing is run now; a step whose
        completion is missing is generated again. The trajectory file is appended to.
        """
        recorded = read_trajectory(trajectory)
        async with self._sources.opened() as toolset:
            self._use_toolset(toolset)
            run = self._restore(recorded)
            async with aclosing(traced(self.tracing, self, run, run.continue_events())) as events:
                async for _ in events:
                    pass
        return self._finish(run)

    def restore(self, trajectory: str | Path) -> RunResult:
        """The conversation a trajectory recorded, as a result to continue with ``run(..., history=)``;
        nothing runs. A run that stopped without an end of its own keeps the reason it stopped with (an
        engine error, a replay with no output left, a cancel); one that never wrote its end (the
        process was killed) counts as cancelled."""
        recorded = read_trajectory(trajectory)
        run = self._restore(recorded)
        if run.exit_reason is None:
            last = recorded.events[-1] if recorded.events else None
            if isinstance(last, RunFinished):  # resumable, so `_restore` went past it
                run._end(last.exit_reason, error=last.error)
            else:
                run._end(ExitReason.CANCELLED, error="the run was interrupted")
        return run.result()

    def resume_stream(self, trajectory: str | Path) -> RunStream:
        """`resume` as events (the last being `RunFinished`), for UIs such as ``agentkit run --resume``;
        then ``.result``, as `run_stream` has it."""
        cell: list[Run] = []
        return self._run_stream(self._resume_events(trajectory, cell), lambda: cell[0] if cell else None)

    async def _resume_events(self, trajectory: str | Path, cell: list[Run]) -> AsyncGenerator[RunEvent, None]:
        recorded = read_trajectory(trajectory)
        async with self._sources.opened() as toolset:
            self._use_toolset(toolset)
            run = self._restore(recorded)
            cell.append(run)
            async with aclosing(traced(self.tracing, self, run, run.continue_events())) as events:
                async for event in events:
                    yield event

    async def compact(self, result: RunResult, *, focus: str | None = None) -> RunResult:
        """The conversation of ``result`` compacted now (stage 2: summarised by the engine, with ``focus``
        appended to the summary instruction), to continue with ``run(..., history=)``. ``result`` itself is
        not changed; the compaction is appended to its trajectory, if it has one."""
        if result._state is None:
            raise AgentError("this result has no conversation state to compact")
        path = result.trajectory_path
        run = Run(
            self.spec,
            result.run_id,
            result._state.copy(),
            self.deps,
            counters=Counters(usage=result.usage).copy(),
            trajectory_path=path,
            header_written=path is not None and path.is_file(),
            continued=True,
        )
        async with aclosing(run.compaction_events(focus)) as events:
            async for _ in events:
                pass
        run.exit_reason, run.output, run.text, run.error = (
            result.exit_reason,
            result.output,
            result.text,
            result.error,
        )
        return run.result()

    def _finish(self, run: Run) -> RunResult:
        result = run.result()
        if result.exit_reason.is_limit and self.limits.on_limit == "error":
            raise LimitExceeded(result)
        return result

    def _new_run(
        self,
        *,
        history: RunResult | list[Message] | None,
        deps: DepsT | None,
        thinking: bool | None,
        trajectory: str | Path | None,
    ) -> Run:
        deps = deps if deps is not None else self.deps
        if isinstance(history, RunResult):
            if history._state is None:
                raise AgentError("history has no conversation state to continue")
            path = Path(trajectory) if trajectory else history.trajectory_path
            # Copies: the earlier result must not change when the conversation goes on.
            return Run(
                self.spec,
                history.run_id,
                history._state.copy(),
                deps,
                counters=Counters(usage=history.usage).copy(),
                trajectory_path=path,
                # Continuing into a file that already holds the conversation: its header is written.
                header_written=path is not None and path.is_file(),
                continued=True,
            )
        run_id = f"run-{secrets.token_hex(6)}"
        path = Path(trajectory) if trajectory else None
        if path is None and self.trajectory_dir is not None:
            path = self.trajectory_dir / f"{run_id}.jsonl"
        state = self.new_state(thinking)
        if not history:
            return Run(self.spec, run_id, state, deps, trajectory_path=path)
        system = self.full_system_prompt
        if system and not isinstance(history[0], SystemMessage):
            history = [SystemMessage(content=system), *history]
        start_from(state, history)
        # The messages are recorded in the run's first event, so the trajectory alone rebuilds the run.
        return Run(self.spec, run_id, state, deps, trajectory_path=path, continued=True, history=history)

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


def _capped(found: Tool, cap: float | None) -> Tool:
    """``found`` with its timeout capped by the limits' ``tool_timeout_s``."""
    if cap is None or (found.policy.timeout_s is not None and found.policy.timeout_s <= cap):
        return found
    return found.with_policy(timeout_s=cap)


def _history(history: object) -> RunResult | list[Message] | None:
    """``history=`` checked: a `RunResult`, or a list of messages (what ``RunResult.messages`` holds)."""
    if history is None or isinstance(history, RunResult):
        return history
    accepted = "history= takes a RunResult or a list of messages (such as RunResult.messages)"
    if isinstance(history, str | bytes) or not isinstance(history, Sequence):
        raise TypeError(f"{accepted}, got {type(history).__name__}")
    messages = list(history)
    for index, message in enumerate(messages):
        if not isinstance(message, SystemMessage | UserMessage | AssistantMessage | ToolMessage):
            raise TypeError(
                f"{accepted}; history[{index}] is a {type(message).__name__}, not a SystemMessage, "
                "UserMessage, AssistantMessage or ToolMessage"
            )
    return messages  # a copy: the caller's list (an earlier result's messages) is never changed


def _content(prompt: Prompt) -> str | list[ContentPart]:
    return prompt if isinstance(prompt, str) else list(prompt)
