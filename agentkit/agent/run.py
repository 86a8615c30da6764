"""One run of an agent: the step loop, tool dispatch, limits, the trajectory, and resuming.

`Agent` (agent.py) holds the configuration; a `Run` holds one conversation and its counters. Its
generators yield the run's events; each event is appended to the trajectory before the loop acts on it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import AsyncExitStack, aclosing, asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from agentkit import __version__
from agentkit.agent.dispatch import PlannedCall, dispatch
from agentkit.agent.events import (
    Completion,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    StepStarted,
    TextDelta,
    ThoughtDelta,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    UserMessageEvent,
)
from agentkit.agent.media import prompt_media
from agentkit.agent.prompt_state import PromptState
from agentkit.agent.result import AgentError, ResumeError, RunResult, RunUsage
from agentkit.agent.structured import OutputInvalid
from agentkit.agent.trajectory import Trajectory, TrajectoryHeader, TrajectoryWriter
from agentkit.engines.base import Chunk, Usage
from agentkit.gemma4 import tokens
from agentkit.gemma4.parse.events import End, Event, ParseError, ToolCallComplete
from agentkit.gemma4.parse.events import TextDelta as ParsedText
from agentkit.gemma4.parse.events import ThoughtDelta as ParsedThought
from agentkit.gemma4.parse.stream import (
    ParsedOutput,
    StreamParser,
    collect,
    parse_complete,
    prompt_ends_in_thought,
)
from agentkit.messages import AssistantMessage, ToolCall, ToolMessage, UserMessage
from agentkit.sandbox.base import Sandbox
from agentkit.sandbox.resume import sandbox_reset_event
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolResult

if TYPE_CHECKING:
    from agentkit.agent.agent import Agent

_INVALID_CALL = "invalid_call"


@dataclass
class _StepOutput:
    """One step's completion, parsed."""

    completion_ids: list[int]
    text: str
    parsed: ParsedOutput
    finish_reason: str
    stop_token_id: int | None
    planned: list[PlannedCall]
    assistant: AssistantMessage


class Run:
    """One conversation being run. Its methods are the loop; its fields are the run's counters."""

    def __init__(self, agent: Agent[Any], run_id: str, state: PromptState, deps: Any) -> None:
        self.agent = agent
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.usage = RunUsage()
        self.trajectory_path: Path | None = None
        self.header_written = False
        self.continued = False
        self.restored = False  # set by restore(): this run resumes a trajectory
        self._fresh_sandbox = False
        self._writer: TrajectoryWriter | None = None
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.format_errors = 0
        self.output_retries = 0
        self.failures_per_tool: Counter[str] = Counter()
        # Resume: a step whose completion (and maybe some results) is recorded but not yet applied.
        self._pending_step: tuple[int, _StepOutput, dict[str, ToolResult]] | None = None
        self._pending_prompt: list[int] | None = None

    # -- the trajectory ---------------------------------------------------------------------------------

    def _log(self, event: RunEvent) -> RunEvent:
        if self.trajectory_path is None:
            return event
        if self._writer is None:
            self._writer = TrajectoryWriter(self.trajectory_path)
            if not self.header_written:
                self._writer.write_header(
                    TrajectoryHeader(
                        run_id=self.run_id,
                        agentkit_version=__version__,
                        revision=self.agent.revision,
                        thinking=self.state_thinking,
                        system_prompt=self.agent.full_system_prompt,
                        tools=self.agent.declarations,
                        append_only=self.agent.append_only,
                    )
                )
                self.header_written = True
        self._writer.append(event)
        return event

    @property
    def state_thinking(self) -> bool:
        return self.state.thinking

    # -- the loop ---------------------------------------------------------------------------------------

    async def events(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        tool_names = list(self.agent.tools)
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=_prompt_text(message),
                thinking=self.state_thinking,
                tools=tool_names,
                continued=self.continued,
            )
        )
        yield self._log(UserMessageEvent(run_id=self.run_id, content=_jsonable_content(message.content)))
        self.state.add_user(message)
        async with aclosing(self.continue_events()) as more:
            async for event in more:
                yield event

    async def continue_events(self) -> AsyncGenerator[RunEvent, None]:
        """The loop from the current state to the end of the run (also where a resume picks up)."""
        self.started = time.monotonic()
        try:
            async with AsyncExitStack() as stack:
                sandbox = await self._sandbox(stack)
                if self.restored and self._fresh_sandbox:
                    yield self._log(sandbox_reset_event(self.run_id, self.usage.steps))
                ctx: RunContext[Any] = RunContext(
                    deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.agent.logger
                )
                async with aclosing(self._steps(ctx)) as steps:
                    async for event in steps:
                        yield event
        except anyio.get_cancelled_exc_class():
            self._end(ExitReason.CANCELLED, error="the run was cancelled")
            self._finished_event()
            raise
        except Exception as exc:
            if self.exit_reason is None:
                self._end(ExitReason.ERROR, error=f"{type(exc).__name__}: {exc}")
                self._finished_event()
            raise
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        yield self._finished_event()

    async def _sandbox(self, stack: AsyncExitStack) -> Sandbox | None:
        configured = self.agent.sandbox
        if configured is None and not self.agent.toolset.needs_sandbox:
            return None
        from agentkit.sandbox.base import Sandbox as SandboxProtocol

        if isinstance(configured, SandboxProtocol):
            return configured
        from agentkit.sandbox.config import SandboxConfig
        from agentkit.sandbox.docker import DockerSandbox
        from agentkit.sandbox.pool import SandboxPool

        if isinstance(configured, SandboxPool):
            self._fresh_sandbox = True
            return await stack.enter_async_context(configured.lease(run_id=self.run_id))
        config = configured if isinstance(configured, SandboxConfig) else SandboxConfig()
        if configured is not None and not isinstance(configured, SandboxConfig):
            raise AgentError(
                f"sandbox must be a Sandbox, a SandboxPool or a SandboxConfig, not {type(configured).__name__}"
            )
        sandbox = await DockerSandbox.create(config, labels={"agentkit.run": self.run_id})
        stack.push_async_callback(_close_shielded, sandbox)
        self._fresh_sandbox = True
        return sandbox

    async def _steps(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        if self._pending_step is not None:  # resuming in the middle of a step
            step, output, known = self._pending_step
            self._pending_step = None
            async with aclosing(self._act(ctx, step, output, known)) as acting:
                async for event in acting:
                    yield event
        while self.exit_reason is None:
            limit = self._limit_before_step()
            if limit is not None:
                self._end_on_limit(*limit)
                break
            step = self.usage.steps + 1
            if self._pending_prompt is not None:  # resuming a step whose completion was not recorded
                prompt_ids, self._pending_prompt = self._pending_prompt, None
            else:
                nxt = self.state.next_prompt()
                prompt_ids = nxt.ids
                context_limit = self._context_limit()
                if len(prompt_ids) >= context_limit:
                    self._end_on_limit(
                        ExitReason.MAX_CONTEXT_TOKENS,
                        f"the prompt has {len(prompt_ids)} tokens; the context limit is {context_limit}",
                    )
                    break
                self.usage.prefix_stable_steps += nxt.prefix_stable
                yield self._log(
                    StepStarted(
                        run_id=self.run_id,
                        step=step,
                        prompt_tokens=len(prompt_ids),
                        keep_tokens=nxt.keep,
                        appended_ids=nxt.appended,
                        prefix_stable=nxt.prefix_stable,
                    )
                )
            self.usage.steps = step
            generated: _StepOutput | None = None
            async with aclosing(self._generate(step, prompt_ids)) as generation:
                async for event in generation:
                    if isinstance(event, _StepOutput):
                        generated = event
                    else:
                        yield event
            if generated is None:  # the wall-time limit stopped generation
                break
            async with aclosing(self._act(ctx, step, generated, {})) as acting:
                async for event in acting:
                    yield event

    def _context_limit(self) -> int:
        engine_limit = self.agent.engine.context_length
        limit = self.agent.limits.max_context_tokens
        return engine_limit if limit is None else min(limit, engine_limit)

    def _limit_before_step(self) -> tuple[ExitReason, str] | None:
        limits = self.agent.limits
        if self.usage.steps >= limits.max_steps:
            return ExitReason.MAX_STEPS, f"the step limit ({limits.max_steps}) was reached"
        budget = limits.max_generated_tokens
        if budget is not None and self.usage.generated_tokens >= budget:
            return ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) was reached"
        if self._time_left() <= 0:
            return ExitReason.WALL_TIME, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached"
        return None

    def _time_left(self) -> float:
        limit = self.agent.limits.max_wall_time_s
        return float("inf") if limit is None else limit - (time.monotonic() - self.started)

    def _max_tokens(self, prompt_tokens: int) -> int:
        limits = self.agent.limits
        room = [limits.max_tokens_per_step, self._context_limit() - prompt_tokens]
        if limits.max_generated_tokens is not None:
            room.append(limits.max_generated_tokens - self.usage.generated_tokens)
        return max(1, min(room))

    async def _generate(self, step: int, prompt_ids: list[int]) -> AsyncGenerator[Any, None]:
        """Stream one step's completion; yields run events, then the `_StepOutput` (None on wall time)."""
        agent = self.agent
        engine = agent.engine
        in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        parser = StreamParser(agent.parser_schemas, start_in_thought=in_thought)
        media = prompt_media(self.state.messages, prompt_ids, agent.revision)
        base_sampling = agent.sampling_for(step)
        budget = min(self._max_tokens(len(prompt_ids)), base_sampling.max_tokens)
        thought_budget = agent.limits.max_thought_tokens_per_step if self.state_thinking else None
        completion: list[int] = []
        request_lengths: list[int] = []
        parsed_events: list[Event] = []
        text_parts: list[str] = []
        thought_tokens = 0
        final_reason = "stop"
        stop_token_id: int | None = None
        usage = Usage()
        began = time.perf_counter()
        timed_out = False
        while True:
            request_id = f"{self.run_id}-{step}-{len(request_lengths)}"
            sampling = replace(base_sampling, max_tokens=max(1, budget - len(completion)))
            segment: list[int] = []
            finished = False
            forced = False
            try:
                async with _closing(
                    engine.stream(prompt_ids + completion, sampling, request_id=request_id, media=media)
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        text_parts.append(chunk.text)
                        new_events = parser.feed(chunk.text)
                        was_in_thought = in_thought
                        for event in new_events:
                            in_thought = isinstance(event, ParsedThought) or (
                                in_thought and not _leaves_thought(event)
                            )
                            out = self._delta_event(step, event)
                            if out is not None:
                                yield out
                        parsed_events.extend(new_events)
                        if was_in_thought or in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            final_reason = chunk.finish_reason
                            stop_token_id = chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self._time_left() <= 0:
                            timed_out = True
                            break
                        if thought_budget is not None and in_thought and thought_tokens >= thought_budget:
                            forced = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await engine.abort(request_id)
            request_lengths.append(len(segment))
            completion.extend(segment)
            if forced:
                # The thinking budget is spent: close the thought as the model would, and let it answer.
                completion.append(tokens.TOKEN_IDS[tokens.CHANNEL_CLOSE])
                text_parts.append(tokens.CHANNEL_CLOSE)
                parsed_events.extend(parser.feed(tokens.CHANNEL_CLOSE))
                in_thought = False
                yield self._log(
                    ErrorEvent(
                        run_id=self.run_id,
                        step=step,
                        kind="thought_budget",
                        message=f"the thought was closed after {thought_tokens} tokens (budget {thought_budget})",
                    )
                )
                continue
            break
        if not finished and not timed_out:
            final_reason = "abort"
        self.usage.engine_time_s += time.perf_counter() - began
        self.usage.generated_tokens += len(completion)
        self.usage.prompt_tokens += usage.prompt_tokens
        self.usage.cached_prompt_tokens += usage.cached_prompt_tokens
        end_events = parser.finish(stop_token_id, final_reason)
        parsed_events.extend(end_events)
        for event in end_events:
            out = self._delta_event(step, event)
            if out is not None:
                yield out
        text = "".join(text_parts)
        output = self._step_output(
            step, completion, text, collect(parsed_events), final_reason, stop_token_id
        )
        yield self._log(
            Completion(
                run_id=self.run_id,
                step=step,
                completion_ids=completion,
                text=text,
                finish_reason=final_reason,
                stop_token_id=stop_token_id,
                reasoning=output.parsed.reasoning,
                content=output.parsed.content,
                request_lengths=request_lengths,
                duration_s=time.perf_counter() - began,
            )
        )
        yield self._log(
            UsageEvent(
                run_id=self.run_id,
                step=step,
                prompt_tokens=usage.prompt_tokens,
                cached_prompt_tokens=usage.cached_prompt_tokens,
                generated_tokens=len(completion),
                time_to_first_token_s=usage.time_to_first_token_s,
                decode_tokens_per_s=usage.decode_tokens_per_s,
            )
        )
        if timed_out:
            self.state.add_model_output(output.assistant, completion)
            self._end_on_limit(
                ExitReason.WALL_TIME,
                f"the wall-time limit ({self.agent.limits.max_wall_time_s:g} s) was reached",
            )
            return
        yield output

    def _delta_event(self, step: int, event: Event) -> RunEvent | None:
        if isinstance(event, ParsedThought):
            return ThoughtDelta(run_id=self.run_id, step=step, text=event.text)
        if isinstance(event, ParsedText):
            return TextDelta(run_id=self.run_id, step=step, text=event.text)
        return None

    def _step_output(
        self,
        step: int,
        completion: list[int],
        text: str,
        parsed: ParsedOutput,
        finish_reason: str,
        stop_token_id: int | None,
    ) -> _StepOutput:
        """Turn a parsed completion into the calls to make; deterministic, so a resume gets the same."""
        indexed: list[tuple[int, PlannedCall]] = []
        for call in parsed.tool_calls:
            planned = PlannedCall(
                call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
                repairs=tuple(str(r) for r in call.repairs),
            )
            indexed.append((call.index, planned))
        for number, error in enumerate(parsed.errors):
            index = error.index if error.index is not None else len(parsed.tool_calls) + number
            planned = PlannedCall(
                call=ToolCall(
                    id=f"call_{step}_{index}",
                    name=error.name or _INVALID_CALL,
                    arguments=dict(error.arguments or {}),
                ),
                repairs=tuple(str(r) for r in error.repairs),
                error=error.message_for_model,
                error_kind=str(error.error),
            )
            indexed.append((index, planned))
        planned_calls = [p for _, p in sorted(indexed, key=lambda item: item[0])]
        assistant = AssistantMessage(
            content=parsed.content,
            reasoning=parsed.reasoning,
            tool_calls=[p.call for p in planned_calls],
        )
        for repair in parsed.repairs:
            self.usage.repairs[str(repair)] += 1
        return _StepOutput(completion, text, parsed, finish_reason, stop_token_id, planned_calls, assistant)

    async def _act(
        self, ctx: RunContext[Any], step: int, output: _StepOutput, known: dict[str, ToolResult]
    ) -> AsyncGenerator[RunEvent, None]:
        """Run the step's calls (or take its answer), and move the conversation on."""
        if not output.planned:
            async for event in self._answer(step, output):
                yield event
            return
        for planned in output.planned:
            if planned.call_id in known:
                continue
            yield self._log(
                ToolCallEvent(
                    run_id=self.run_id,
                    step=step,
                    call_id=planned.call_id,
                    name=planned.call.name,
                    arguments=planned.call.arguments,
                    repairs=list(planned.repairs),
                    error=planned.error,
                )
            )
            if planned.error is not None:
                yield self._log(
                    ErrorEvent(
                        run_id=self.run_id,
                        step=step,
                        kind=planned.error_kind or "parse",
                        message=planned.error,
                    )
                )
        to_run = [p for p in output.planned if p.call_id not in known]
        began = time.perf_counter()
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.agent.tools, ctx, step=step, parallel=self.agent.parallel_tool_calls
            )
        self.usage.tool_time_s += time.perf_counter() - began
        if scope.cancelled_caught:
            self.state.add_model_output(output.assistant, output.completion_ids)
            self._end_on_limit(
                ExitReason.WALL_TIME,
                f"the wall-time limit ({self.agent.limits.max_wall_time_s:g} s) was reached during tool calls",
            )
            return
        by_id = dict(known)
        for planned, result in zip(to_run, fresh, strict=True):
            by_id[planned.call_id] = result
            yield self._log(
                ToolResultEvent(
                    run_id=self.run_id,
                    step=step,
                    call_id=planned.call_id,
                    name=planned.call.name,
                    content=_jsonable_content(result.content),
                    is_error=result.is_error,
                    duration_s=result.duration_s,
                )
            )
        results = [by_id[p.call_id] for p in output.planned]
        self._count_failures(output.planned, results, fresh_ids={p.call_id for p in to_run})
        self.state.add_model_output(output.assistant, output.completion_ids)
        self.state.add_tool_results(
            [p.call for p in output.planned], [_tool_message(p, r) for p, r in zip(output.planned, results)]
        )
        self._limit_after_calls(output)

    def _count_failures(
        self, planned: list[PlannedCall], results: list[ToolResult], fresh_ids: set[str]
    ) -> None:
        self.usage.tool_calls += sum(1 for p in planned if p.call_id in fresh_ids)
        for item, result in zip(planned, results, strict=True):
            if item.error is None and result.is_error:
                self.usage.failed_tool_calls += 1
                self.failures_per_tool[item.call.name] += 1

    def _limit_after_calls(self, output: _StepOutput) -> None:
        limits = self.agent.limits
        if any(p.error is not None for p in output.planned):
            self.format_errors += 1
        else:
            self.format_errors = 0
        if self.format_errors >= limits.max_consecutive_format_errors:
            self._end_on_limit(
                ExitReason.FORMAT_ERRORS,
                f"{self.format_errors} steps in a row had tool calls that could not be used",
            )
            return
        worst = self.failures_per_tool.most_common(1)
        if worst and worst[0][1] > limits.max_tool_retries:
            self._end_on_limit(
                ExitReason.RETRIES_EXHAUSTED,
                f"tool {worst[0][0]} failed {worst[0][1]} times (limit {limits.max_tool_retries} retries)",
            )
        elif self.usage.failed_tool_calls > limits.max_run_retries:
            self._end_on_limit(
                ExitReason.RETRIES_EXHAUSTED,
                f"{self.usage.failed_tool_calls} tool calls failed (limit {limits.max_run_retries} retries per run)",
            )

    async def _answer(self, step: int, output: _StepOutput) -> AsyncGenerator[RunEvent, None]:
        self.state.add_model_output(output.assistant, output.completion_ids)
        answer = output.parsed.content
        limits = self.agent.limits
        budget = limits.max_generated_tokens
        if output.finish_reason == "length" and budget is not None and self.usage.generated_tokens >= budget:
            self._end_on_limit(
                ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer"
            )
            return
        spec = self.agent.output
        if spec is None:
            self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(run_id=self.run_id, step=step, kind="output_invalid", message=str(invalid))
            )
            if self.output_retries >= limits.max_output_retries:
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.output_retries += 1
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    # -- ending -----------------------------------------------------------------------------------------

    def _end(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def _end_on_limit(self, reason: ExitReason, why: str) -> None:
        self._end(reason, text=f"The run stopped before a final answer: {why}.", error=why)

    def _finished_event(self) -> RunFinished:
        assert self.exit_reason is not None
        return self._log(  # type: ignore[return-value]
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=_jsonable_output(self.output),
                error=self.error,
                steps=self.usage.steps,
                prompt_tokens=self.usage.prompt_tokens,
                generated_tokens=self.usage.generated_tokens,
                duration_s=time.monotonic() - self.started,
            )
        )

    def result(self) -> RunResult:
        if self.exit_reason is None:
            raise AgentError("the run has not finished")
        return RunResult(
            run_id=self.run_id,
            exit_reason=self.exit_reason,
            output=self.output,
            text=self.text,
            messages=list(self.state.messages),
            usage=self.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=time.monotonic() - self.started,
            _state=self.state,
        )

    # -- resume -----------------------------------------------------------------------------------------

    def restore(self, recorded: Trajectory) -> None:
        """Rebuild the state from a trajectory's events; what is unfinished is left pending."""
        self.restored = True
        step_output: _StepOutput | None = None
        step = 0
        prompt_ids: list[int] = []
        results: dict[str, ToolResult] = {}

        def apply_step() -> None:
            nonlocal step_output
            if step_output is None:
                return
            self._replay_step_end(step, step_output, results)
            step_output = None

        for event in recorded.events:
            if isinstance(event, UserMessageEvent):
                apply_step()
                self.state.add_user(UserMessage(content=event.content))
            elif isinstance(event, StepStarted):
                apply_step()
                nxt = self.state.next_prompt()
                if nxt.keep != event.keep_tokens or nxt.appended != event.appended_ids:
                    raise ResumeError(
                        f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                        "(the trajectory was written by a different configuration or was edited)"
                    )
                step, prompt_ids, results = event.step, nxt.ids, {}
                self.usage.steps = step
                self.usage.prefix_stable_steps += nxt.prefix_stable
            elif isinstance(event, Completion):
                parsed = parse_complete(
                    event.text,
                    self.agent.parser_schemas,
                    start_in_thought=prompt_ends_in_thought(prompt_ids),
                    stop_token_id=event.stop_token_id,
                    finish_reason=event.finish_reason,
                )
                self.usage.generated_tokens += len(event.completion_ids)
                step_output = self._step_output(
                    step,
                    list(event.completion_ids),
                    event.text,
                    parsed,
                    event.finish_reason,
                    event.stop_token_id,
                )
                prompt_ids = []
            elif isinstance(event, UsageEvent):
                self.usage.prompt_tokens += event.prompt_tokens
                self.usage.cached_prompt_tokens += event.cached_prompt_tokens
            elif isinstance(event, ToolResultEvent):
                results[event.call_id] = _recorded_result(event)
            elif isinstance(event, ErrorEvent) and event.kind == "output_invalid":
                self.output_retries += 1
            elif isinstance(event, RunFinished):
                apply_step()
                if event.exit_reason not in (ExitReason.CANCELLED, ExitReason.ERROR):
                    self._end(event.exit_reason, output=event.output, error=event.error)
                else:  # an interrupted run: resuming it goes on from here
                    self.exit_reason = None
        if self.exit_reason is not None:
            return
        if step_output is not None:
            self._pending_step = (step, step_output, results)
        elif prompt_ids:
            self._pending_prompt = prompt_ids

    def _replay_step_end(self, step: int, output: _StepOutput, results: dict[str, ToolResult]) -> None:
        if not output.planned:
            self.state.add_model_output(output.assistant, output.completion_ids)
            return
        ordered = [results[p.call_id] for p in output.planned]
        self._count_failures(output.planned, ordered, fresh_ids={p.call_id for p in output.planned})
        self.state.add_model_output(output.assistant, output.completion_ids)
        self.state.add_tool_results(
            [p.call for p in output.planned], [_tool_message(p, r) for p, r in zip(output.planned, ordered)]
        )
        if any(p.error is not None for p in output.planned):
            self.format_errors += 1
        else:
            self.format_errors = 0


# -- helpers -------------------------------------------------------------------------------------------


def _leaves_thought(event: Event) -> bool:
    return (
        isinstance(event, ParsedText | ToolCallComplete | ParseError | End)
        or event.kind == "tool_call_started"
    )


def _add_usage(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def _prompt_text(message: UserMessage) -> str:
    from agentkit.messages import text_of

    return text_of(message.content)


def _jsonable_content(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "model_dump") else part for part in content]
    return content


def _jsonable_output(value: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        from pydantic import TypeAdapter

        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


def _tool_message(planned: PlannedCall, result: ToolResult) -> ToolMessage:
    message = result.to_message()
    if message.tool_call_id is None or message.name != planned.call.name:
        message = ToolMessage(tool_call_id=planned.call_id, name=planned.call.name, content=message.content)
    return message


def _recorded_result(event: ToolResultEvent) -> ToolResult:
    content = ToolMessage(content=event.content).content
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


@asynccontextmanager
async def _closing(stream: AsyncIterator[Chunk]) -> AsyncGenerator[AsyncIterator[Chunk], None]:
    """Close an engine's stream when the step stops reading it (an async generator needs ``aclose``)."""
    try:
        yield stream
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()


async def _close_shielded(sandbox: Any) -> None:
    with anyio.CancelScope(shield=True):
        await sandbox.close()
