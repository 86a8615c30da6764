"""Resuming a run from its trajectory: the recorded events drive the same state and counter updates.

Each recorded step is rebuilt as a `StepRecord` (its completion re-parsed, its calls re-planned by the
same pure function) and concluded through `PromptState.add_step` and `counters.apply_step`, exactly as
the live loop concludes it. What the trajectory leaves unfinished becomes the run's step in flight:
a prompt without a completion is generated again; a completion whose calls lack results has them run.
"""

from __future__ import annotations

from dataclasses import replace

from agentkit.agent.counters import apply_step
from agentkit.agent.dispatch import plan_calls
from agentkit.agent.events import (
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunFinished,
    StepStarted,
    ToolResultEvent,
    UserMessageEvent,
)
from agentkit.agent.prompt_state import NextPrompt
from agentkit.agent.result import ResumeError
from agentkit.agent.run import Run
from agentkit.agent.step import Completion, StepRecord
from agentkit.agent.trajectory import Trajectory
from agentkit.engines.base import Usage
from agentkit.gemma4 import parse_complete, prompt_ends_in_thought
from agentkit.messages import ToolMessage, UserMessage
from agentkit.tool.results import ToolResult


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_restore__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_restore__mutmut)
def restore(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_orig(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_1(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = ""
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_2(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = ""
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_3(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = None

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_4(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_5(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = None
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_6(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(None)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_7(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id not in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_8(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = None
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_9(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(None, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_10(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_11(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_12(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, )
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_13(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if (complete) and False else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_14(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if (complete) or True else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_15(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(None) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_16(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(None)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_17(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(None, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_18(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, None)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_19(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_20(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, )
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_21(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = ""

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_22(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(None)
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_23(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=None))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_24(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = None
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_25(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens and prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_26(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep == event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_27(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended == event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_28(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    None
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_29(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "XX(the trajectory was written by a different configuration or was edited)XX"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_30(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(THE TRAJECTORY WAS WRITTEN BY A DIFFERENT CONFIGURATION OR WAS EDITED)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_31(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = None
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_32(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(None, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_33(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=None), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_34(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_35(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, ), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_36(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None or prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_37(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) or step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_38(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_39(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_40(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = None
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_41(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(None, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_42(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, None, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_43(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, None)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_44(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_45(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_46(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, )
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_47(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = None
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_48(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(None, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_49(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=None, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_50(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=None)
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_51(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_52(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_53(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, )
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_54(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(None, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_55(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, None))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_56(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_57(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, ))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_58(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = ""
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_59(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = None
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_60(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(None)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_61(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" or step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_62(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) or event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_63(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind != "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_64(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "XXoutput_invalidXX" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_65(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "OUTPUT_INVALID" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_66(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_67(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = None
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_68(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(None, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_69(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=None)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_70(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_71(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, )
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_72(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=False)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_73(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason not in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_74(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                break  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_75(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = None
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_76(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = ""
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_77(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def x_restore__mutmut_78(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, StepStarted):
            conclude()
            prompt = run.state.next_prompt()
            if prompt.keep != event.keep_tokens or prompt.appended != event.appended_ids:
                raise ResumeError(
                    f"{recorded.path}: step {event.step}: the rebuilt prompt differs from the recorded one "
                    "(the trajectory was written by a different configuration or was edited)"
                )
            step, results = StepRecord(event.step, prefix_stable=prompt.prefix_stable), {}
        elif isinstance(event, CompletionEvent) and step is not None and prompt is not None:
            completion = recorded_completion(event, prompt.ids, run.spec.tool_schemas)
            step = replace(step, completion=completion, calls=plan_calls(event.step, completion.parsed))
            prompt = None
        elif isinstance(event, ToolResultEvent):
            results[event.call_id] = recorded_result(event)
        elif isinstance(event, ErrorEvent) and event.kind == "output_invalid" and step is not None:
            step = replace(step, output_invalid=True)
        elif isinstance(event, RunFinished):
            if event.exit_reason in (ExitReason.CANCELLED, ExitReason.ERROR):
                continue  # an interrupted run: resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, event.output, event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = None

mutants_x_restore__mutmut['_mutmut_orig'] = x_restore__mutmut_orig # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_1'] = x_restore__mutmut_1 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_2'] = x_restore__mutmut_2 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_3'] = x_restore__mutmut_3 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_4'] = x_restore__mutmut_4 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_5'] = x_restore__mutmut_5 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_6'] = x_restore__mutmut_6 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_7'] = x_restore__mutmut_7 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_8'] = x_restore__mutmut_8 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_9'] = x_restore__mutmut_9 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_10'] = x_restore__mutmut_10 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_11'] = x_restore__mutmut_11 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_12'] = x_restore__mutmut_12 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_13'] = x_restore__mutmut_13 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_14'] = x_restore__mutmut_14 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_15'] = x_restore__mutmut_15 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_16'] = x_restore__mutmut_16 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_17'] = x_restore__mutmut_17 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_18'] = x_restore__mutmut_18 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_19'] = x_restore__mutmut_19 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_20'] = x_restore__mutmut_20 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_21'] = x_restore__mutmut_21 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_22'] = x_restore__mutmut_22 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_23'] = x_restore__mutmut_23 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_24'] = x_restore__mutmut_24 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_25'] = x_restore__mutmut_25 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_26'] = x_restore__mutmut_26 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_27'] = x_restore__mutmut_27 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_28'] = x_restore__mutmut_28 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_29'] = x_restore__mutmut_29 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_30'] = x_restore__mutmut_30 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_31'] = x_restore__mutmut_31 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_32'] = x_restore__mutmut_32 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_33'] = x_restore__mutmut_33 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_34'] = x_restore__mutmut_34 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_35'] = x_restore__mutmut_35 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_36'] = x_restore__mutmut_36 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_37'] = x_restore__mutmut_37 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_38'] = x_restore__mutmut_38 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_39'] = x_restore__mutmut_39 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_40'] = x_restore__mutmut_40 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_41'] = x_restore__mutmut_41 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_42'] = x_restore__mutmut_42 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_43'] = x_restore__mutmut_43 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_44'] = x_restore__mutmut_44 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_45'] = x_restore__mutmut_45 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_46'] = x_restore__mutmut_46 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_47'] = x_restore__mutmut_47 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_48'] = x_restore__mutmut_48 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_49'] = x_restore__mutmut_49 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_50'] = x_restore__mutmut_50 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_51'] = x_restore__mutmut_51 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_52'] = x_restore__mutmut_52 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_53'] = x_restore__mutmut_53 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_54'] = x_restore__mutmut_54 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_55'] = x_restore__mutmut_55 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_56'] = x_restore__mutmut_56 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_57'] = x_restore__mutmut_57 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_58'] = x_restore__mutmut_58 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_59'] = x_restore__mutmut_59 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_60'] = x_restore__mutmut_60 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_61'] = x_restore__mutmut_61 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_62'] = x_restore__mutmut_62 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_63'] = x_restore__mutmut_63 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_64'] = x_restore__mutmut_64 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_65'] = x_restore__mutmut_65 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_66'] = x_restore__mutmut_66 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_67'] = x_restore__mutmut_67 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_68'] = x_restore__mutmut_68 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_69'] = x_restore__mutmut_69 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_70'] = x_restore__mutmut_70 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_71'] = x_restore__mutmut_71 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_72'] = x_restore__mutmut_72 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_73'] = x_restore__mutmut_73 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_74'] = x_restore__mutmut_74 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_75'] = x_restore__mutmut_75 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_76'] = x_restore__mutmut_76 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_77'] = x_restore__mutmut_77 # type: ignore # mutmut generated
mutants_x_restore__mutmut['x_restore__mutmut_78'] = x_restore__mutmut_78 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_recorded_completion__mutmut)
def recorded_completion(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_orig(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_1(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = None
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_2(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        None,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_3(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        None,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_4(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=None,
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_5(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=None,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_6(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=None,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_7(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_8(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_9(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_10(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_11(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_12(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(None),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_13(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = None
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_14(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) and (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_15(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(None) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_16(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=None,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_17(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=None,
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_18(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=None,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_19(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=None,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_20(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=None,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_21(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=None,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_22(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=None,
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_23(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=None,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_24(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=None,
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_25(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=None,
    )


def x_recorded_completion__mutmut_26(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_27(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_28(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_29(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_30(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_31(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_32(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_33(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_34(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_35(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        )


def x_recorded_completion__mutmut_36(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(None),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_37(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(None),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_38(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=None, cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_39(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, cached_prompt_tokens=None),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_40(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(cached_prompt_tokens=event.cached_prompt_tokens),
        duration_s=event.duration_s,
    )


def x_recorded_completion__mutmut_41(event: CompletionEvent, prompt_ids: list[int], tool_schemas: object) -> Completion:
    """The `Completion` a `CompletionEvent` recorded, parsed again as the live run parsed it."""
    parsed = parse_complete(
        event.text,
        tool_schemas,  # type: ignore[arg-type]
        start_in_thought=prompt_ends_in_thought(prompt_ids),
        stop_token_id=event.stop_token_id,
        finish_reason=event.finish_reason,
    )
    lengths = tuple(event.request_lengths) or (len(event.completion_ids),)
    return Completion(
        step=event.step,
        ids=tuple(event.completion_ids),
        text=event.text,
        parsed=parsed,
        finish_reason=event.finish_reason,
        stop_token_id=event.stop_token_id,
        generated_tokens=sum(lengths),
        request_lengths=lengths,
        usage=Usage(prompt_tokens=event.prompt_tokens, ),
        duration_s=event.duration_s,
    )

mutants_x_recorded_completion__mutmut['_mutmut_orig'] = x_recorded_completion__mutmut_orig # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_1'] = x_recorded_completion__mutmut_1 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_2'] = x_recorded_completion__mutmut_2 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_3'] = x_recorded_completion__mutmut_3 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_4'] = x_recorded_completion__mutmut_4 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_5'] = x_recorded_completion__mutmut_5 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_6'] = x_recorded_completion__mutmut_6 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_7'] = x_recorded_completion__mutmut_7 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_8'] = x_recorded_completion__mutmut_8 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_9'] = x_recorded_completion__mutmut_9 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_10'] = x_recorded_completion__mutmut_10 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_11'] = x_recorded_completion__mutmut_11 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_12'] = x_recorded_completion__mutmut_12 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_13'] = x_recorded_completion__mutmut_13 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_14'] = x_recorded_completion__mutmut_14 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_15'] = x_recorded_completion__mutmut_15 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_16'] = x_recorded_completion__mutmut_16 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_17'] = x_recorded_completion__mutmut_17 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_18'] = x_recorded_completion__mutmut_18 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_19'] = x_recorded_completion__mutmut_19 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_20'] = x_recorded_completion__mutmut_20 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_21'] = x_recorded_completion__mutmut_21 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_22'] = x_recorded_completion__mutmut_22 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_23'] = x_recorded_completion__mutmut_23 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_24'] = x_recorded_completion__mutmut_24 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_25'] = x_recorded_completion__mutmut_25 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_26'] = x_recorded_completion__mutmut_26 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_27'] = x_recorded_completion__mutmut_27 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_28'] = x_recorded_completion__mutmut_28 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_29'] = x_recorded_completion__mutmut_29 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_30'] = x_recorded_completion__mutmut_30 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_31'] = x_recorded_completion__mutmut_31 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_32'] = x_recorded_completion__mutmut_32 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_33'] = x_recorded_completion__mutmut_33 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_34'] = x_recorded_completion__mutmut_34 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_35'] = x_recorded_completion__mutmut_35 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_36'] = x_recorded_completion__mutmut_36 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_37'] = x_recorded_completion__mutmut_37 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_38'] = x_recorded_completion__mutmut_38 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_39'] = x_recorded_completion__mutmut_39 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_40'] = x_recorded_completion__mutmut_40 # type: ignore # mutmut generated
mutants_x_recorded_completion__mutmut['x_recorded_completion__mutmut_41'] = x_recorded_completion__mutmut_41 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_recorded_result__mutmut)
def recorded_result(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_orig(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_1(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=None,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_2(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status=None,
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_3(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=None,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_4(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=None,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_5(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=None,
    )


def x_recorded_result__mutmut_6(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_7(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_8(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_9(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_10(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        )


def x_recorded_result__mutmut_11(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if (event.is_error) and False else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_12(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if (event.is_error) or True else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_13(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="XXerrorXX" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_14(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="ERROR" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_15(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "XXokXX",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_16(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "OK",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )


def x_recorded_result__mutmut_17(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=None).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )

mutants_x_recorded_result__mutmut['_mutmut_orig'] = x_recorded_result__mutmut_orig # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_1'] = x_recorded_result__mutmut_1 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_2'] = x_recorded_result__mutmut_2 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_3'] = x_recorded_result__mutmut_3 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_4'] = x_recorded_result__mutmut_4 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_5'] = x_recorded_result__mutmut_5 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_6'] = x_recorded_result__mutmut_6 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_7'] = x_recorded_result__mutmut_7 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_8'] = x_recorded_result__mutmut_8 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_9'] = x_recorded_result__mutmut_9 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_10'] = x_recorded_result__mutmut_10 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_11'] = x_recorded_result__mutmut_11 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_12'] = x_recorded_result__mutmut_12 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_13'] = x_recorded_result__mutmut_13 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_14'] = x_recorded_result__mutmut_14 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_15'] = x_recorded_result__mutmut_15 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_16'] = x_recorded_result__mutmut_16 # type: ignore # mutmut generated
mutants_x_recorded_result__mutmut['x_recorded_result__mutmut_17'] = x_recorded_result__mutmut_17 # type: ignore # mutmut generated
