"""The context policy: how much of the window a run may fill, and when it compacts.

`ContextPolicy` is configuration (``Agent(context=...)``, ``context:`` in task.yaml). `ContextBudget` is
that policy resolved against the engine and the limits, in tokens; the loop asks it two questions
before each step, both O(1) on the exact prompt length `PromptState.prompt_length` gives:

* `ContextBudget.over`: should the run compact before this step (the prompt passed the threshold, or
  it and the reserve no longer fit the window)?
* `ContextBudget.stop`: the prompt cannot be sent (prompt + reserve > window): the run ends with
  ``max_context_tokens``. With ``mode="off"`` that is all that happens; with ``"auto"`` only after a
  compaction could not make room.

How a compaction is done is in `agentkit.agent.compaction`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from agentkit.agent.events import ExitReason
from agentkit.agent.limits import Stop


class ContextPolicy(BaseModel):
    """When and how a run compacts its context (see the README's "Long sessions" section)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Literal["auto", "off"] = Field(
        "auto", description="auto: compact between steps when over the threshold; off: never compact."
    )
    window: int | None = Field(
        None, ge=16, description="Tokens the prompt plus the next generation may use (default: the engine's)."
    )
    compact_at: float | int = Field(
        0.8, description="Compact when the prompt passes this: a fraction of the window, or a token count."
    )
    reserve: int | None = Field(
        None,
        ge=1,
        description="Tokens kept free for the next step's generation (default: max_tokens_per_step, "
        "at most an eighth of the window).",
    )
    keep_tool_tokens: int = Field(
        2048, ge=0, description="Stage 1 keeps the most recent tool results verbatim up to this many tokens."
    )
    summary_max_tokens: int = Field(1024, ge=16, description="The most tokens a stage-2 summary may have.")
    memory: str | None = Field(
        None, description="Project memory (e.g. AGENTS.md) put verbatim into every compacted prompt."
    )

    @field_validator("compact_at")
    @classmethod
    def _compact_at(cls, value: float) -> float:
        if isinstance(value, float) and not 0 < value <= 1:
            raise ValueError(f"a fraction of the window must be in (0, 1], got {value}")
        if isinstance(value, int) and value < 16:
            raise ValueError(f"a token threshold must be >= 16, got {value} (write 0.5 for a fraction)")
        return value

    def budget(self, context_limit: int, max_tokens_per_step: int) -> ContextBudget:
        """This policy in tokens, for an engine and limits whose context limit is ``context_limit``."""
        window = context_limit if self.window is None else min(self.window, context_limit)
        reserve = self.reserve if self.reserve is not None else min(max_tokens_per_step, window // 8)
        threshold = int(self.compact_at * window) if isinstance(self.compact_at, float) else self.compact_at
        return ContextBudget(window=window, threshold=min(threshold, window), reserve=min(reserve, window))


@dataclass(frozen=True)
class ContextBudget:
    """The policy in tokens: the window, the compaction threshold, the reserve for generation."""

    window: int
    threshold: int
    reserve: int

    def over(self, prompt_tokens: int) -> bool:
        """The run should compact before sending a prompt of this size."""
        return prompt_tokens > self.threshold or not self.fits(prompt_tokens)

    def fits(self, prompt_tokens: int) -> bool:
        return prompt_tokens + self.reserve <= self.window

    def stop(self, prompt_tokens: int, why_not_compacted: str) -> Stop | None:
        """The run must end: the prompt and the reserve do not fit the window."""
        if self.fits(prompt_tokens):
            return None
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS,
            f"the prompt has {prompt_tokens} tokens; with {self.reserve} kept for generation it does not "
            f"fit the context window of {self.window} ({why_not_compacted})",
        )
