"""Resuming a run from its trajectory: the recorded events drive the same state and counter updates.

Each recorded step is rebuilt as a `StepRecord` (its completion re-parsed, its calls re-planned by the
same pure function) and concluded through `PromptState.add_step` and `counters.apply_step`, exactly as
the live loop concludes it. What the trajectory leaves unfinished becomes the run's step in flight:
a prompt without a completion is generated again; a completion whose calls lack results has them run.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from agentkit.agent import compaction
from agentkit.agent.counters import apply_step
from agentkit.agent.dispatch import plan_calls
from agentkit.agent.events import (
    CompactionEvent,
    CompactionStarted,
    CompletionEvent,
    ErrorEvent,
    ExitReason,
    RunFinished,
    RunStarted,
    StepStarted,
    ToolResultEvent,
    UserMessageEvent,
)
from agentkit.agent.prompt_state import NextPrompt
from agentkit.agent.result import ResumeError
from agentkit.agent.run import Run, start_from
from agentkit.agent.step import Completion, StepRecord
from agentkit.agent.structured import OutputInvalid
from agentkit.agent.trajectory import Trajectory
from agentkit.engines.base import Usage
from agentkit.gemma4 import parse_complete, prompt_ends_in_thought
from agentkit.messages import ToolMessage, UserMessage
from agentkit.tool.results import ToolResult

#: Runs that stopped without ending of their own: a resume goes on from where they stopped.
_GOES_ON = (ExitReason.CANCELLED, ExitReason.ERROR, ExitReason.OUTPUTS_EXHAUSTED)


def restore(run: Run, recorded: Trajectory) -> None:
    """Bring ``run`` (fresh, from the same spec) to where the trajectory stops."""
    run.restored = True
    step: StepRecord | None = None
    prompt: NextPrompt | None = None
    results: dict[str, ToolResult] = {}
    compacting = False  # between a CompactionStarted and its CompactionEvent

    def conclude() -> None:
        nonlocal step
        if step is not None:
            complete = all(p.call_id in results for p in step.calls)
            done = replace(step, results=dict(results) if complete else None)
            run.state.add_step(done)
            apply_step(run.counters, done)
            step = None

    for event in recorded.events:
        if isinstance(event, RunStarted) and event.history and not run.state.messages:
            start_from(run.state, event.history)  # a run given history= as messages
        elif isinstance(event, UserMessageEvent):
            conclude()
            run.state.add_user(UserMessage(content=event.content))
        elif isinstance(event, CompactionStarted):
            conclude()
            compacting = True
        elif isinstance(event, CompletionEvent) and compacting:  # a stage-2 summary request
            compaction.count_summary(run.counters, recorded_completion(event, [], run.spec.tool_schemas))
        elif isinstance(event, CompactionEvent):
            compaction.restart(run.state, event)
            run.counters.usage.compactions += 1
            compacting = False
        elif isinstance(event, StepStarted):
            conclude()
            compacting = False  # a compaction cut short left the conversation as it was
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
            if event.exit_reason in _GOES_ON:
                continue  # an interrupted run (or one whose replay ran out): resuming it goes on from here
            conclude()
            run.exit_reason, run.output, run.error = event.exit_reason, _typed_output(run, event), event.error
            run.text = None
    if run.exit_reason is not None:
        return
    run.step, run.prompt, run.known_results = step, prompt, results


def _typed_output(run: Run, event: RunFinished) -> Any:
    """The recorded output (JSON) as the live run had it: the ``output_type`` value, validated again."""
    spec = run.spec.output
    if spec is None or event.output is None or event.exit_reason is not ExitReason.FINAL_ANSWER:
        return event.output
    try:
        return spec.validate(json.dumps(event.output))
    except OutputInvalid:  # written by another output_type: kept as recorded
        return event.output


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


def recorded_result(event: ToolResultEvent) -> ToolResult:
    return ToolResult(
        tool_name=event.name,
        status="error" if event.is_error else "ok",
        content=ToolMessage(content=event.content).content,
        duration_s=event.duration_s,
        call_id=event.call_id,
    )
