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


class AgentError(RuntimeError):
    """A run could not go on; the message says why."""


class LimitExceeded(AgentError):
    """A limit ended the run and the agent was configured with ``on_limit="error"``."""

    def __init__(self, result: RunResult) -> None:
        super().__init__(result.text or str(result.exit_reason))
        self.result = result


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
    compactions: int = 0
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
    def full_messages(self) -> list[Message]:
        """Every message of the conversation, as if it had never been compacted (``messages`` is what the
        model sees now)."""
        return list(self._state.history) if self._state else list(self.messages)

    @property
    def prompt_ids(self) -> list[int]:
        """The whole token sequence at the end of the run."""
        return list(self._state.sequence) if self._state else []
