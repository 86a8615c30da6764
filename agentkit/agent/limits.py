"""Limits of one agent run, and the one check of them. Each limit ends the run with its own `ExitReason`.

`check` is the loop's only limit check, between steps; it returns a `Stop` (reason and message) or None.
What cannot wait for the end of a step is handed down as a budget instead: the wall-time deadline to
generation and tool dispatch (`time_left`), the token budget to generation (`step_token_budget`).
Every message is written here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agentkit.agent.events import ExitReason


class Limits(BaseModel):
    """What a run may spend, and what happens when it runs out.

    ``on_limit="final_message"`` returns a `RunResult` whose ``exit_reason`` names the limit and whose
    ``text`` says what happened (the CLI exits 3); ``"error"`` raises `LimitExceeded` carrying that result.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_steps: int = Field(50, ge=1, description="Model calls (steps) per run.")
    max_generated_tokens: int | None = Field(None, ge=1, description="Tokens generated over the whole run.")
    max_context_tokens: int | None = Field(
        None, ge=16, description="Prompt plus generation may not exceed this (default: the engine's context)."
    )
    max_wall_time_s: float | None = Field(None, gt=0, description="Wall-clock seconds per run.")
    max_tokens_per_step: int = Field(8192, ge=1, description="Tokens the model may generate in one step.")
    max_thought_tokens_per_step: int | None = Field(
        None, ge=1, description="Thinking budget per step: the thought is closed when it is spent."
    )
    tool_timeout_s: float | None = Field(
        None, gt=0, description="Caps every tool's own timeout (a tool's policy may be shorter)."
    )
    max_consecutive_format_errors: int = Field(
        3, ge=1, description="Steps in a row whose output could not be parsed before the run gives up."
    )
    max_tool_retries: int = Field(
        3, ge=0, description="Failed calls allowed per tool before the run gives up."
    )
    max_run_retries: int = Field(10, ge=0, description="Failed calls allowed over the whole run.")
    max_output_retries: int = Field(
        2, ge=0, description="Times a final answer that fails output_type is re-asked."
    )
    on_limit: Literal["final_message", "error"] = "final_message"


@dataclass(frozen=True)
class Stop:
    """Why the run must stop now: the exit reason and a sentence saying which limit and why."""

    reason: ExitReason
    why: str


@dataclass(frozen=True)
class LimitState:
    """What the limits are checked against, between steps."""

    steps: int
    generated_tokens: int
    elapsed_s: float
    format_errors: int
    failed_tool_calls: int
    worst_tool: tuple[str, int] | None  # the tool that failed most, and how often
    prompt_tokens: int | None = None  # the next prompt's size, once it is built
    context_limit: int | None = None


def check(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[1] > limits.max_tool_retries:
        name, count = state.worst_tool
        return Stop(
            ExitReason.RETRIES_EXHAUSTED,
            f"tool {name} failed {count} times (limit {limits.max_tool_retries} retries)",
        )
    if state.failed_tool_calls > limits.max_run_retries:
        return Stop(
            ExitReason.RETRIES_EXHAUSTED,
            f"{state.failed_tool_calls} tool calls failed (limit {limits.max_run_retries} retries per run)",
        )
    if state.steps >= limits.max_steps:
        return Stop(ExitReason.MAX_STEPS, f"the step limit ({limits.max_steps}) was reached")
    budget = limits.max_generated_tokens
    if budget is not None and state.generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def time_left(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def wall_time_stop(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def answer_cut_stop(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def step_token_budget(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))
