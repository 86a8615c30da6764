"""The run's counters, and the one function that moves them by a step.

`apply_step` is called once per step, with the `StepRecord` of what the step did, by the live loop and
by a resume reading the trajectory; there is no other place that changes a counter, so a resumed run
has exactly the counters the live run had.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from agentkit.agent.limits import LimitState
from agentkit.agent.result import RunUsage
from agentkit.agent.step import StepRecord


@dataclass
class Counters:
    """What a run has spent (``usage``, reported) and the streaks the limits watch."""

    usage: RunUsage = field(default_factory=RunUsage)
    format_errors: int = 0  # steps in a row with a call that could not be used
    output_retries: int = 0  # final answers re-asked because they failed output_type
    failures_per_tool: Counter[str] = field(default_factory=Counter)

    def limit_state(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def copy(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))


def apply_step(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens += completion.usage.prompt_tokens
        usage.cached_prompt_tokens += completion.usage.cached_prompt_tokens
        usage.engine_time_s += completion.duration_s
        usage.repairs.update(completion.repairs)
    counters.output_retries += step.output_invalid
    if not step.calls or step.results is None:
        return
    usage.tool_calls += len(step.calls)
    for planned in step.calls:
        result = step.results[planned.call_id]
        usage.tool_time_s += result.duration_s
        # A call the model wrote wrong is a format error, not a tool failure.
        if planned.error is None and result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0
