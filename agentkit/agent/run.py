"""One run: the step loop. `Run` takes a `RunSpec` and knows nothing of `Agent`.

    while the run goes on:
        between steps (hooks; compaction, agentkit.agent.compaction)  -> CompactionStarted, CompactionEvent
        check the limits and the window, build the prompt              -> StepStarted
        generate                                                       -> deltas, then a Completion
        plan the calls (pure), dispatch them                           -> ToolCall / ToolResult events
        conclude: the step's record moves the prompt state and the counters

Every event is appended to the trajectory before the loop acts on it (`_log`), and then yielded.
A resume (`agentkit.agent.resume`) rebuilds the state and counters from the trajectory through the same
`PromptState.add_step` and `counters.apply_step`, then continues here.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Mapping, Sequence
from contextlib import AsyncExitStack, aclosing
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio

from agentkit._version import __version__
from agentkit.agent import limits
from agentkit.agent.compaction import Compactor, Reason, count_summary
from agentkit.agent.counters import Counters, apply_step
from agentkit.agent.dispatch import dispatch, plan_calls
from agentkit.agent.events import (
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunEvent,
    RunFinished,
    RunStarted,
    StepStarted,
    ToolCallEvent,
    ToolResultEvent,
    UsageEvent,
    UserMessageEvent,
)
from agentkit.agent.generate import Constrain, Generation
from agentkit.agent.media import prompt_media
from agentkit.agent.prompt_state import NextPrompt, PromptState
from agentkit.agent.result import AgentError, RunResult
from agentkit.agent.spec import RunSpec, StepView
from agentkit.agent.step import Completion, PlannedCall, StepRecord
from agentkit.agent.structured import OutputInvalid
from agentkit.agent.tool_choice import StepConstraint, step_constraint
from agentkit.agent.trajectory import TrajectoryHeader, TrajectoryWriter
from agentkit.engines.base import EngineExhausted, SamplingParams
from agentkit.messages import Message, UserMessage, text_of
from agentkit.sandbox.base import Sandbox
from agentkit.sandbox.provider import GivenSandbox
from agentkit.sandbox.resume import sandbox_reset_event
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolResult


class Run:
    """One conversation being run: its state, its counters, and the step in flight."""

    def __init__(
        self,
        spec: RunSpec,
        run_id: str,
        state: PromptState,
        deps: Any = None,
        *,
        counters: Counters | None = None,
        trajectory_path: Path | None = None,
        header_written: bool = False,
        continued: bool = False,
        history: Sequence[Message] = (),
    ) -> None:
        self.spec = spec
        self.run_id = run_id
        self.state = state
        self.deps = deps
        self.counters = counters or Counters()
        self.trajectory_path = trajectory_path
        self.header_written = header_written
        self.continued = continued
        # The messages a run given ``history=[...]`` started from (see start_from); logged in RunStarted.
        self.history = list(history)
        self.grammar_refused: str | None = None  # why the engine refused a tool_choice grammar (for good)
        self.restored = False  # a resume from the trajectory (its sandbox is a fresh one)
        self.exit_reason: ExitReason | None = None
        self.output: Any = None
        self.text: str | None = None
        self.error: str | None = None
        self.started = time.monotonic()
        self.step: StepRecord | None = None  # the step in flight: not yet applied to the counters
        self.known_results: dict[str, ToolResult] = {}  # resume: results recorded for the step in flight
        self.prompt: NextPrompt | None = None  # the prompt of the step in flight, until it is generated
        self._writer: TrajectoryWriter | None = None

    # -- the loop ---------------------------------------------------------------------------------------

    async def events(self, message: UserMessage) -> AsyncGenerator[RunEvent, None]:
        """A new user message, then the loop to the end of the run."""
        yield self._log(
            RunStarted(
                run_id=self.run_id,
                prompt=text_of(message.content),
                thinking=self.state.thinking,
                tools=list(self.spec.tools),
                continued=self.continued,
                history=self.history,
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
                ctx = await self._context(stack)
                if (
                    self.restored
                    and ctx.sandbox is not None
                    and not isinstance(self.spec.sandbox, GivenSandbox)
                ):
                    yield self._log(sandbox_reset_event(self.run_id, self.counters.usage.steps))
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

    async def _steps(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        """The step loop; an engine with no output left (a replay played to its end) ends the run."""
        try:
            async with aclosing(self._step_loop(ctx)) as events:
                async for event in events:
                    yield event
        except EngineExhausted as exc:
            step = self.step.number if self.step is not None else self.counters.usage.steps + 1
            self._stop_if(
                limits.Stop(ExitReason.OUTPUTS_EXHAUSTED, f"the engine ran out at step {step}: {exc}")
            )

    async def _step_loop(self, ctx: RunContext[Any]) -> AsyncGenerator[RunEvent, None]:
        if self.step is not None and self.step.completion is not None:  # resume: the calls are left
            async for event in self._act(ctx, self.step.completion):
                yield event
        while self.exit_reason is None:
            async for event in self._between_steps():
                yield event
            for event in self._start_step():  # the limits, then the prompt
                yield self._log(event)
            if self.exit_reason is not None:
                break
            generation = self._generation()
            async for event in generation:
                yield self._log(event)
            self.grammar_refused = generation.grammar_refused
            for event in self._completion_events(generation.completion):
                yield self._log(event)
            async for event in self._act(ctx, generation.completion):
                yield event

    # -- the steps of a step ------------------------------------------------------------------------------

    async def _between_steps(self) -> AsyncGenerator[RunEvent, None]:
        view = StepView(self.run_id, self.counters.usage.steps + 1, self.state, self.counters, self.spec)
        for hook in self.spec.between_steps:
            for event in await hook(view):
                yield self._log(event)
        if self._should_compact():
            async for event in self._compact("threshold"):
                yield event

    def _should_compact(self) -> bool:
        if self.prompt is not None or self.spec.context.mode == "off":  # a resumed step was built already
            return False
        return self.spec.context_budget.over(self.state.prompt_length())

    async def _compact(self, reason: Reason, focus: str | None = None) -> AsyncGenerator[RunEvent, None]:
        """Compact the conversation now (between steps); each event is logged before the next is made."""
        compactor = Compactor(
            self.spec,
            self.spec.context,
            self.spec.context_budget,
            run_id=self.run_id,
            step=self.counters.usage.steps + 1,
            time_left=self._time_left,
            record_completion=completion_event,
        )
        async with aclosing(compactor.events(self.state, reason, focus)) as events:
            async for event in events:
                yield self._log(event)
                if event.type == "completion" and compactor.summary is not None:
                    count_summary(self.counters, compactor.summary)
                elif event.type == "compaction":
                    self.counters.usage.compactions += 1

    async def compaction_events(self, focus: str | None) -> AsyncGenerator[RunEvent, None]:
        """A compaction asked for between runs (`Agent.compact`): stage 2, whatever the threshold."""
        try:
            async with aclosing(self._compact("requested", focus)) as events:
                async for event in events:
                    yield event
        finally:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def _start_step(self) -> list[RunEvent]:
        """Check the limits and build the next prompt: a StepStarted event, or none when the run ends."""
        if self._stop_if(limits.check(self.spec.limits, self.counters.limit_state(self._elapsed()))):
            return []
        if self.prompt is not None:  # resume: the step was started and recorded already
            return []
        prompt = self.state.next_prompt()
        state = self.counters.limit_state(
            self._elapsed(), prompt_tokens=len(prompt.ids), context_limit=self.spec.context_limit
        )
        if self._stop_if(limits.check(self.spec.limits, state)):
            return []
        why = (
            "context compaction is off" if self.spec.context.mode == "off" else "compaction left it too long"
        )
        if self._stop_if(self.spec.context_budget.stop(len(prompt.ids), why)):
            return []
        number = self.counters.usage.steps + 1
        self.prompt, self.step = prompt, StepRecord(number, prefix_stable=prompt.prefix_stable)
        started = StepStarted(
            run_id=self.run_id,
            step=number,
            prompt_tokens=len(prompt.ids),
            keep_tokens=prompt.keep,
            appended_ids=prompt.appended,
            prefix_stable=prompt.prefix_stable,
        )
        return [started]

    def _generation(self) -> Generation:
        assert self.step is not None and self.prompt is not None
        prompt, self.prompt = self.prompt, None
        spec, usage = self.spec, self.counters.usage
        budget = limits.step_token_budget(
            spec.limits,
            prompt_tokens=len(prompt.ids),
            context_limit=spec.context_limit,
            generated_tokens=usage.generated_tokens,
        )
        sampling = spec.sampling_for(self.step.number)
        return Generation(
            spec.engine,
            run_id=self.run_id,
            step=self.step.number,
            prompt_ids=prompt.ids,
            sampling=replace(sampling, max_tokens=min(budget, sampling.max_tokens)),
            tool_schemas=spec.tool_schemas,
            media=prompt_media(self.state.messages, prompt.ids, spec.prompt.revision, prompt.placeholders),
            thought_budget=spec.limits.max_thought_tokens_per_step if self.state.thinking else None,
            time_left=self._time_left,
            constrain=self._constraint_for(self.step.number),
            grammar_refused=self.grammar_refused,
        )

    def _constraint_for(self, step: int) -> Constrain | None:
        """The step's tool_choice as a per-request grammar (see `agentkit.agent.tool_choice`), or None."""
        choice = self.spec.tool_choice_for(step)
        if choice is None:
            return None
        spec, thinking = self.spec, self.state.thinking

        def constrain(sampling: SamplingParams, prompt_ids: list[int], refused: str | None) -> StepConstraint:
            if refused is not None:
                return StepConstraint(sampling, choice, refused)
            return step_constraint(
                sampling=sampling,
                choice=choice,
                schemas=spec.tool_schemas,
                prompt_ids=prompt_ids,
                thinking=thinking,
                parallel=spec.parallel_tool_calls,
                engine=spec.engine,
                output_schema=spec.output.json_schema if spec.output is not None else None,
            )

        return constrain

    def _completion_events(self, completion: Completion) -> list[RunEvent]:
        return [completion_event(self.run_id, completion), usage_event(self.run_id, completion)]

    async def _act(self, ctx: RunContext[Any], completion: Completion) -> AsyncGenerator[RunEvent, None]:
        """Take the step's answer, or run its calls; then conclude the step."""
        assert self.step is not None
        calls = plan_calls(completion.step, completion.parsed)
        self.step = replace(self.step, completion=completion, calls=calls)
        if completion.timed_out:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits))
            return
        if not calls:
            async for event in self._answer(completion):
                yield event
            return
        known, self.known_results = self.known_results, {}
        for event in _call_events(self.run_id, completion.step, calls, known):
            yield self._log(event)
        to_run = [p for p in calls if p.call_id not in known]
        with anyio.move_on_after(self._time_left()) as scope:
            fresh = await dispatch(
                to_run, self.spec.tools, ctx, step=completion.step, parallel=self.spec.parallel_tool_calls
            )
        if scope.cancelled_caught:
            self._conclude()
            self._stop_if(limits.wall_time_stop(self.spec.limits, " during tool calls"))
            return
        # Logged and concluded before any is yielded: a consumer that stops at one of these events (an
        # interrupted turn) leaves the state exactly as the trajectory will rebuild it.
        logged = [
            self._log(result_event(self.run_id, completion.step, planned.call_id, planned.call.name, result))
            for planned, result in zip(to_run, fresh, strict=True)
        ]
        self.step = replace(self.step, results={**known, **{p.call_id: r for p, r in zip(to_run, fresh)}})
        self._conclude()
        for event in logged:
            yield event

    async def _answer(self, completion: Completion) -> AsyncGenerator[RunEvent, None]:
        assert self.step is not None
        answer = completion.content
        spec = self.spec
        generated = self.counters.usage.generated_tokens + completion.generated_tokens
        cut = limits.answer_cut_stop(spec.limits, generated, completion.finish_reason)
        if cut is not None or spec.output is None:
            self._conclude()
            if not self._stop_if(cut):
                self._end(ExitReason.FINAL_ANSWER, output=answer or "", text=answer)
            return
        try:
            value = spec.output.validate(answer)
        except OutputInvalid as invalid:
            yield self._log(
                ErrorEvent(
                    run_id=self.run_id, step=completion.step, kind="output_invalid", message=str(invalid)
                )
            )
            if self.counters.output_retries >= spec.limits.max_output_retries:
                self._conclude()
                self._end(ExitReason.OUTPUT_INVALID, text=answer, error=str(invalid))
                return
            self.step = replace(self.step, output_invalid=True)
            self._conclude()
            feedback = UserMessage(content=str(invalid))
            yield self._log(UserMessageEvent(run_id=self.run_id, content=feedback.content))
            self.state.add_user(feedback)
            return
        self._conclude()
        self._end(ExitReason.FINAL_ANSWER, output=value, text=answer)

    def _conclude(self) -> None:
        """The step in flight is over: it moves the prompt state and the counters, once."""
        if self.step is not None:
            self.state.add_step(self.step)
            apply_step(self.counters, self.step)
            self.step = None

    # -- the context: sandbox, deps, time ---------------------------------------------------------------

    async def _context(self, stack: AsyncExitStack) -> RunContext[Any]:
        sandbox: Sandbox | None = None
        if self.spec.sandbox is not None:
            sandbox = await stack.enter_async_context(self.spec.sandbox.lease(run_id=self.run_id))
        return RunContext(deps=self.deps, sandbox=sandbox, run_id=self.run_id, logger=self.spec.logger)

    def _elapsed(self) -> float:
        return time.monotonic() - self.started

    def _time_left(self) -> float:
        return limits.time_left(self.spec.limits, self._elapsed())

    # -- the trajectory and the end ---------------------------------------------------------------------

    def _log(self, event: RunEvent) -> RunEvent:
        """Append ``event`` to the trajectory (before the loop acts on it) and show it to the observers."""
        if self.trajectory_path is not None:
            if self._writer is None:
                self._writer = TrajectoryWriter(self.trajectory_path)
                if not self.header_written:
                    self._writer.write_header(self._header())
                    self.header_written = True
            self._writer.append(event)
        for observer in self.spec.observers:
            observer(event)
        return event

    def _header(self) -> TrajectoryHeader:
        prompt = self.spec.prompt
        return TrajectoryHeader(
            run_id=self.run_id,
            agentkit_version=__version__,
            revision=prompt.revision,
            thinking=self.state.thinking,
            system_prompt=prompt.system_prompt,
            tools=[dict(d) for d in self.spec.declarations],
            append_only=prompt.append_only,
        )

    def _stop_if(self, stop: limits.Stop | None) -> bool:
        if stop is not None:
            self._end(stop.reason, text=f"The run stopped before a final answer: {stop.why}.", error=stop.why)
        return stop is not None

    def _end(
        self, reason: ExitReason, *, output: Any = None, text: str | None = None, error: str | None = None
    ) -> None:
        if self.step is not None:  # a step cut short (cancelled, failed) still counts what it spent
            step = self.step
            known = self.known_results
            if step.completion is not None and step.calls and all(p.call_id in known for p in step.calls):
                step = replace(step, results={p.call_id: known[p.call_id] for p in step.calls})
            if step.completion is not None:  # what the model said stays in the conversation, as resume has it
                self.state.add_step(step)
            apply_step(self.counters, step)
            self.step = None
        self.exit_reason = reason
        self.output = output
        self.text = text
        self.error = error

    def _finished_event(self) -> RunEvent:
        assert self.exit_reason is not None
        usage = self.counters.usage
        return self._log(
            RunFinished(
                run_id=self.run_id,
                exit_reason=self.exit_reason,
                output=self.output,  # as RunResult.output; JSON in the trajectory
                error=self.error,
                steps=usage.steps,
                prompt_tokens=usage.prompt_tokens,
                generated_tokens=usage.generated_tokens,
                duration_s=self._elapsed(),
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
            usage=self.counters.usage,
            trajectory_path=self.trajectory_path,
            error=self.error,
            duration_s=self._elapsed(),
            _state=self.state,
        )


def start_from(state: PromptState, messages: Sequence[Message]) -> None:
    """Continue a fresh ``state`` from an earlier conversation given as messages (``history=r.messages``).

    The conversation is rendered whole by the template, as after a compaction (`PromptState.restart`):
    the model's own tokens are not known, so the first prompt is one prefix-cache miss. Resume does the
    same from the messages `RunStarted` recorded.
    """
    state.restart(messages)
    state.history = list(messages)


# -- events of a step ------------------------------------------------------------------------------------


def completion_event(run_id: str, completion: Completion) -> CompletionEvent:
    return CompletionEvent(
        run_id=run_id,
        step=completion.step,
        completion_ids=list(completion.ids),
        text=completion.text,
        finish_reason=completion.finish_reason,
        stop_token_id=completion.stop_token_id,
        reasoning=completion.reasoning,
        content=completion.content,
        request_lengths=list(completion.request_lengths),
        duration_s=completion.duration_s,
        prompt_tokens=completion.usage.prompt_tokens,
        cached_prompt_tokens=completion.usage.cached_prompt_tokens,
    )


def usage_event(run_id: str, completion: Completion) -> UsageEvent:
    usage = completion.usage
    return UsageEvent(
        run_id=run_id,
        step=completion.step,
        prompt_tokens=usage.prompt_tokens,
        cached_prompt_tokens=usage.cached_prompt_tokens,
        generated_tokens=completion.generated_tokens,
        time_to_first_token_s=usage.time_to_first_token_s,
        decode_tokens_per_s=usage.decode_tokens_per_s,
    )


def _call_events(
    run_id: str, step: int, calls: tuple[PlannedCall, ...], known: Mapping[str, ToolResult]
) -> list[RunEvent]:
    events: list[RunEvent] = []
    for planned in calls:
        if planned.call_id in known:
            continue
        call = planned.call
        events.append(
            ToolCallEvent(
                run_id=run_id,
                step=step,
                call_id=planned.call_id,
                name=call.name,
                arguments=call.arguments,
                repairs=list(planned.repairs),
                error=planned.error,
            )
        )
        if planned.error is not None:
            events.append(
                ErrorEvent(
                    run_id=run_id, step=step, kind=planned.error_kind or "parse", message=planned.error
                )
            )
    return events


def result_event(run_id: str, step: int, call_id: str, name: str, result: ToolResult) -> ToolResultEvent:
    return ToolResultEvent(
        run_id=run_id,
        step=step,
        call_id=call_id,
        name=name,
        content=_jsonable_content(result.content),
        is_error=result.is_error,
        duration_s=result.duration_s,
    )


def _jsonable_content(content: Any) -> Any:
    if isinstance(content, list):
        return [part.model_dump(mode="json") if hasattr(part, "model_dump") else part for part in content]
    return content
