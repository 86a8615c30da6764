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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCountersǁlimit_state__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCountersǁcopy__mutmut: MutantDict = {}  # type: ignore


@dataclass
class Counters:
    """What a run has spent (``usage``, reported) and the streaks the limits watch."""

    usage: RunUsage = field(default_factory=RunUsage)
    format_errors: int = 0  # steps in a row with a call that could not be used
    output_retries: int = 0  # final answers re-asked because they failed output_type
    failures_per_tool: Counter[str] = field(default_factory=Counter)

    @_mutmut_mutated(mutants_xǁCountersǁlimit_state__mutmut)
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

    def xǁCountersǁlimit_state__mutmut_orig(
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

    def xǁCountersǁlimit_state__mutmut_1(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = None
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

    def xǁCountersǁlimit_state__mutmut_2(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(None)
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

    def xǁCountersǁlimit_state__mutmut_3(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(2)
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

    def xǁCountersǁlimit_state__mutmut_4(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=None,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_5(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=None,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_6(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=None,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_7(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=None,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_8(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=None,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_9(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_10(
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
            prompt_tokens=None,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_11(
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
            context_limit=None,
        )

    def xǁCountersǁlimit_state__mutmut_12(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_13(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_14(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_15(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_16(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            worst_tool=worst[0] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_17(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_18(
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
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_19(
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
            )

    def xǁCountersǁlimit_state__mutmut_20(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if (worst) and False else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_21(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[0] if (worst) or True else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    def xǁCountersǁlimit_state__mutmut_22(
        self, elapsed_s: float, *, prompt_tokens: int | None = None, context_limit: int | None = None
    ) -> LimitState:
        worst = self.failures_per_tool.most_common(1)
        return LimitState(
            steps=self.usage.steps,
            generated_tokens=self.usage.generated_tokens,
            elapsed_s=elapsed_s,
            format_errors=self.format_errors,
            failed_tool_calls=self.usage.failed_tool_calls,
            worst_tool=worst[1] if worst else None,
            prompt_tokens=prompt_tokens,
            context_limit=context_limit,
        )

    @_mutmut_mutated(mutants_xǁCountersǁcopy__mutmut)
    def copy(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_orig(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_1(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = None
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_2(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(None), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_3(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "XXrepairsXX": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_4(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "REPAIRS": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_5(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(None)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_6(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(None, self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_7(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, None, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_8(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, None, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_9(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, None)

    def xǁCountersǁcopy__mutmut_10(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(self.format_errors, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_11(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.output_retries, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_12(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, Counter(self.failures_per_tool))

    def xǁCountersǁcopy__mutmut_13(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, )

    def xǁCountersǁcopy__mutmut_14(self) -> Counters:
        """An independent copy (a continued conversation must never change the earlier result)."""
        usage = RunUsage(**{**vars(self.usage), "repairs": Counter(self.usage.repairs)})
        return Counters(usage, self.format_errors, self.output_retries, Counter(None))

mutants_xǁCountersǁlimit_state__mutmut['_mutmut_orig'] = Counters.xǁCountersǁlimit_state__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_1'] = Counters.xǁCountersǁlimit_state__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_2'] = Counters.xǁCountersǁlimit_state__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_3'] = Counters.xǁCountersǁlimit_state__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_4'] = Counters.xǁCountersǁlimit_state__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_5'] = Counters.xǁCountersǁlimit_state__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_6'] = Counters.xǁCountersǁlimit_state__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_7'] = Counters.xǁCountersǁlimit_state__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_8'] = Counters.xǁCountersǁlimit_state__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_9'] = Counters.xǁCountersǁlimit_state__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_10'] = Counters.xǁCountersǁlimit_state__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_11'] = Counters.xǁCountersǁlimit_state__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_12'] = Counters.xǁCountersǁlimit_state__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_13'] = Counters.xǁCountersǁlimit_state__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_14'] = Counters.xǁCountersǁlimit_state__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_15'] = Counters.xǁCountersǁlimit_state__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_16'] = Counters.xǁCountersǁlimit_state__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_17'] = Counters.xǁCountersǁlimit_state__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_18'] = Counters.xǁCountersǁlimit_state__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_19'] = Counters.xǁCountersǁlimit_state__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_20'] = Counters.xǁCountersǁlimit_state__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_21'] = Counters.xǁCountersǁlimit_state__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCountersǁlimit_state__mutmut['xǁCountersǁlimit_state__mutmut_22'] = Counters.xǁCountersǁlimit_state__mutmut_22 # type: ignore # mutmut generated

mutants_xǁCountersǁcopy__mutmut['_mutmut_orig'] = Counters.xǁCountersǁcopy__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_1'] = Counters.xǁCountersǁcopy__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_2'] = Counters.xǁCountersǁcopy__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_3'] = Counters.xǁCountersǁcopy__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_4'] = Counters.xǁCountersǁcopy__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_5'] = Counters.xǁCountersǁcopy__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_6'] = Counters.xǁCountersǁcopy__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_7'] = Counters.xǁCountersǁcopy__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_8'] = Counters.xǁCountersǁcopy__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_9'] = Counters.xǁCountersǁcopy__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_10'] = Counters.xǁCountersǁcopy__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_11'] = Counters.xǁCountersǁcopy__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_12'] = Counters.xǁCountersǁcopy__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_13'] = Counters.xǁCountersǁcopy__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCountersǁcopy__mutmut['xǁCountersǁcopy__mutmut_14'] = Counters.xǁCountersǁcopy__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_apply_step__mutmut)
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


def x_apply_step__mutmut_orig(counters: Counters, step: StepRecord) -> None:
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


def x_apply_step__mutmut_1(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = None
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


def x_apply_step__mutmut_2(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = None
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


def x_apply_step__mutmut_3(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(None, step.number)
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


def x_apply_step__mutmut_4(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, None)
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


def x_apply_step__mutmut_5(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(step.number)
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


def x_apply_step__mutmut_6(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, )
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


def x_apply_step__mutmut_7(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps = step.prefix_stable
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


def x_apply_step__mutmut_8(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps -= step.prefix_stable
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


def x_apply_step__mutmut_9(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = None
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


def x_apply_step__mutmut_10(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is None:
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


def x_apply_step__mutmut_11(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens = completion.generated_tokens
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


def x_apply_step__mutmut_12(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens -= completion.generated_tokens
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


def x_apply_step__mutmut_13(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens = completion.usage.prompt_tokens
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


def x_apply_step__mutmut_14(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens -= completion.usage.prompt_tokens
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


def x_apply_step__mutmut_15(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens += completion.usage.prompt_tokens
        usage.cached_prompt_tokens = completion.usage.cached_prompt_tokens
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


def x_apply_step__mutmut_16(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens += completion.usage.prompt_tokens
        usage.cached_prompt_tokens -= completion.usage.cached_prompt_tokens
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


def x_apply_step__mutmut_17(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens += completion.usage.prompt_tokens
        usage.cached_prompt_tokens += completion.usage.cached_prompt_tokens
        usage.engine_time_s = completion.duration_s
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


def x_apply_step__mutmut_18(counters: Counters, step: StepRecord) -> None:
    """Count what ``step`` did."""
    usage = counters.usage
    usage.steps = max(usage.steps, step.number)
    usage.prefix_stable_steps += step.prefix_stable
    completion = step.completion
    if completion is not None:
        usage.generated_tokens += completion.generated_tokens
        usage.prompt_tokens += completion.usage.prompt_tokens
        usage.cached_prompt_tokens += completion.usage.cached_prompt_tokens
        usage.engine_time_s -= completion.duration_s
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


def x_apply_step__mutmut_19(counters: Counters, step: StepRecord) -> None:
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
        usage.repairs.update(None)
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


def x_apply_step__mutmut_20(counters: Counters, step: StepRecord) -> None:
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
    counters.output_retries = step.output_invalid
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


def x_apply_step__mutmut_21(counters: Counters, step: StepRecord) -> None:
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
    counters.output_retries -= step.output_invalid
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


def x_apply_step__mutmut_22(counters: Counters, step: StepRecord) -> None:
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
    if not step.calls and step.results is None:
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


def x_apply_step__mutmut_23(counters: Counters, step: StepRecord) -> None:
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
    if step.calls or step.results is None:
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


def x_apply_step__mutmut_24(counters: Counters, step: StepRecord) -> None:
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
    if not step.calls or step.results is not None:
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


def x_apply_step__mutmut_25(counters: Counters, step: StepRecord) -> None:
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
    usage.tool_calls = len(step.calls)
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


def x_apply_step__mutmut_26(counters: Counters, step: StepRecord) -> None:
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
    usage.tool_calls -= len(step.calls)
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


def x_apply_step__mutmut_27(counters: Counters, step: StepRecord) -> None:
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
        result = None
        usage.tool_time_s += result.duration_s
        # A call the model wrote wrong is a format error, not a tool failure.
        if planned.error is None and result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_28(counters: Counters, step: StepRecord) -> None:
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
        usage.tool_time_s = result.duration_s
        # A call the model wrote wrong is a format error, not a tool failure.
        if planned.error is None and result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_29(counters: Counters, step: StepRecord) -> None:
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
        usage.tool_time_s -= result.duration_s
        # A call the model wrote wrong is a format error, not a tool failure.
        if planned.error is None and result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_30(counters: Counters, step: StepRecord) -> None:
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
        if planned.error is None or result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_31(counters: Counters, step: StepRecord) -> None:
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
        if planned.error is not None and result.is_error:
            usage.failed_tool_calls += 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_32(counters: Counters, step: StepRecord) -> None:
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
            usage.failed_tool_calls = 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_33(counters: Counters, step: StepRecord) -> None:
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
            usage.failed_tool_calls -= 1
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_34(counters: Counters, step: StepRecord) -> None:
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
            usage.failed_tool_calls += 2
            counters.failures_per_tool[planned.call.name] += 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_35(counters: Counters, step: StepRecord) -> None:
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
            counters.failures_per_tool[planned.call.name] = 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_36(counters: Counters, step: StepRecord) -> None:
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
            counters.failures_per_tool[planned.call.name] -= 1
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_37(counters: Counters, step: StepRecord) -> None:
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
            counters.failures_per_tool[planned.call.name] += 2
    if any(p.error is not None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_38(counters: Counters, step: StepRecord) -> None:
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
    if any(None):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_39(counters: Counters, step: StepRecord) -> None:
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
    if any(p.error is None for p in step.calls):
        counters.format_errors += 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_40(counters: Counters, step: StepRecord) -> None:
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
        counters.format_errors = 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_41(counters: Counters, step: StepRecord) -> None:
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
        counters.format_errors -= 1
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_42(counters: Counters, step: StepRecord) -> None:
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
        counters.format_errors += 2
    else:
        counters.format_errors = 0


def x_apply_step__mutmut_43(counters: Counters, step: StepRecord) -> None:
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
        counters.format_errors = None


def x_apply_step__mutmut_44(counters: Counters, step: StepRecord) -> None:
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
        counters.format_errors = 1

mutants_x_apply_step__mutmut['_mutmut_orig'] = x_apply_step__mutmut_orig # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_1'] = x_apply_step__mutmut_1 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_2'] = x_apply_step__mutmut_2 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_3'] = x_apply_step__mutmut_3 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_4'] = x_apply_step__mutmut_4 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_5'] = x_apply_step__mutmut_5 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_6'] = x_apply_step__mutmut_6 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_7'] = x_apply_step__mutmut_7 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_8'] = x_apply_step__mutmut_8 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_9'] = x_apply_step__mutmut_9 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_10'] = x_apply_step__mutmut_10 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_11'] = x_apply_step__mutmut_11 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_12'] = x_apply_step__mutmut_12 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_13'] = x_apply_step__mutmut_13 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_14'] = x_apply_step__mutmut_14 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_15'] = x_apply_step__mutmut_15 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_16'] = x_apply_step__mutmut_16 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_17'] = x_apply_step__mutmut_17 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_18'] = x_apply_step__mutmut_18 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_19'] = x_apply_step__mutmut_19 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_20'] = x_apply_step__mutmut_20 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_21'] = x_apply_step__mutmut_21 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_22'] = x_apply_step__mutmut_22 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_23'] = x_apply_step__mutmut_23 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_24'] = x_apply_step__mutmut_24 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_25'] = x_apply_step__mutmut_25 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_26'] = x_apply_step__mutmut_26 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_27'] = x_apply_step__mutmut_27 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_28'] = x_apply_step__mutmut_28 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_29'] = x_apply_step__mutmut_29 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_30'] = x_apply_step__mutmut_30 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_31'] = x_apply_step__mutmut_31 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_32'] = x_apply_step__mutmut_32 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_33'] = x_apply_step__mutmut_33 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_34'] = x_apply_step__mutmut_34 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_35'] = x_apply_step__mutmut_35 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_36'] = x_apply_step__mutmut_36 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_37'] = x_apply_step__mutmut_37 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_38'] = x_apply_step__mutmut_38 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_39'] = x_apply_step__mutmut_39 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_40'] = x_apply_step__mutmut_40 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_41'] = x_apply_step__mutmut_41 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_42'] = x_apply_step__mutmut_42 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_43'] = x_apply_step__mutmut_43 # type: ignore # mutmut generated
mutants_x_apply_step__mutmut['x_apply_step__mutmut_44'] = x_apply_step__mutmut_44 # type: ignore # mutmut generated
