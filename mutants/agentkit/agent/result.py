"""What a run returns, and the errors an agent raises."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentkit.agent.events import ExitReason
from agentkit.messages import Message

if TYPE_CHECKING:
    from agentkit.agent.prompt_state import PromptState


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class AgentError(RuntimeError):
    """A run could not go on; the message says why."""
mutants_xǁLimitExceededǁ__init____mutmut: MutantDict = {}  # type: ignore


class LimitExceeded(AgentError):
    """A limit ended the run and the agent was configured with ``on_limit="error"``."""

    @_mutmut_mutated(mutants_xǁLimitExceededǁ__init____mutmut)
    def __init__(self, result: RunResult) -> None:
        super().__init__(result.text or str(result.exit_reason))
        self.result = result

    def xǁLimitExceededǁ__init____mutmut_orig(self, result: RunResult) -> None:
        super().__init__(result.text or str(result.exit_reason))
        self.result = result

    def xǁLimitExceededǁ__init____mutmut_1(self, result: RunResult) -> None:
        super().__init__(None)
        self.result = result

    def xǁLimitExceededǁ__init____mutmut_2(self, result: RunResult) -> None:
        super().__init__(result.text and str(result.exit_reason))
        self.result = result

    def xǁLimitExceededǁ__init____mutmut_3(self, result: RunResult) -> None:
        super().__init__(result.text or str(None))
        self.result = result

    def xǁLimitExceededǁ__init____mutmut_4(self, result: RunResult) -> None:
        super().__init__(result.text or str(result.exit_reason))
        self.result = None

mutants_xǁLimitExceededǁ__init____mutmut['_mutmut_orig'] = LimitExceeded.xǁLimitExceededǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁLimitExceededǁ__init____mutmut['xǁLimitExceededǁ__init____mutmut_1'] = LimitExceeded.xǁLimitExceededǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁLimitExceededǁ__init____mutmut['xǁLimitExceededǁ__init____mutmut_2'] = LimitExceeded.xǁLimitExceededǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁLimitExceededǁ__init____mutmut['xǁLimitExceededǁ__init____mutmut_3'] = LimitExceeded.xǁLimitExceededǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁLimitExceededǁ__init____mutmut['xǁLimitExceededǁ__init____mutmut_4'] = LimitExceeded.xǁLimitExceededǁ__init____mutmut_4 # type: ignore # mutmut generated


class ResumeError(AgentError):
    """A trajectory cannot be resumed by this agent (different configuration, or damaged)."""


@dataclass
class RunUsage:
    """What a run spent, summed over its steps."""

    steps: int = 0
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    generated_tokens: int = 0
    tool_calls: int = 0
    failed_tool_calls: int = 0
    prefix_stable_steps: int = 0
    repairs: Counter[str] = field(default_factory=Counter)
    engine_time_s: float = 0.0
    tool_time_s: float = 0.0

    @property
    def prefix_stability(self) -> float:
        """Share of steps after the first whose prompt began with the previous prompt and completion."""
        later = self.steps - 1
        return 1.0 if later <= 0 else (self.prefix_stable_steps - 1) / later


@dataclass
class RunResult:
    """The outcome of a run. ``output`` is the validated ``output_type`` value, or the answer text."""

    run_id: str
    exit_reason: ExitReason
    output: Any
    text: str | None
    messages: list[Message]
    usage: RunUsage
    trajectory_path: Path | None = None
    error: str | None = None
    duration_s: float = 0.0
    _state: PromptState | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.exit_reason is ExitReason.FINAL_ANSWER

    @property
    def prompt_ids(self) -> list[int]:
        """The whole token sequence at the end of the run."""
        return list(self._state.sequence) if self._state else []
