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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_check__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check__mutmut)
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


def x_check__mutmut_orig(limits: Limits, state: LimitState) -> Stop | None:
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


def x_check__mutmut_1(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors > limits.max_consecutive_format_errors:
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


def x_check__mutmut_2(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            None,
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


def x_check__mutmut_3(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            None,
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


def x_check__mutmut_4(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
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


def x_check__mutmut_5(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
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


def x_check__mutmut_6(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None or state.worst_tool[1] > limits.max_tool_retries:
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


def x_check__mutmut_7(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is None and state.worst_tool[1] > limits.max_tool_retries:
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


def x_check__mutmut_8(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[2] > limits.max_tool_retries:
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


def x_check__mutmut_9(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[1] >= limits.max_tool_retries:
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


def x_check__mutmut_10(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[1] > limits.max_tool_retries:
        name, count = None
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


def x_check__mutmut_11(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[1] > limits.max_tool_retries:
        name, count = state.worst_tool
        return Stop(
            None,
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


def x_check__mutmut_12(limits: Limits, state: LimitState) -> Stop | None:
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
            None,
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


def x_check__mutmut_13(limits: Limits, state: LimitState) -> Stop | None:
    """The first limit ``state`` has reached, or None. Called between steps; the loop's only limit check."""
    if state.format_errors >= limits.max_consecutive_format_errors:
        return Stop(
            ExitReason.FORMAT_ERRORS,
            f"{state.format_errors} steps in a row had tool calls that could not be used",
        )
    if state.worst_tool is not None and state.worst_tool[1] > limits.max_tool_retries:
        name, count = state.worst_tool
        return Stop(
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


def x_check__mutmut_14(limits: Limits, state: LimitState) -> Stop | None:
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


def x_check__mutmut_15(limits: Limits, state: LimitState) -> Stop | None:
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
    if state.failed_tool_calls >= limits.max_run_retries:
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


def x_check__mutmut_16(limits: Limits, state: LimitState) -> Stop | None:
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
            None,
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


def x_check__mutmut_17(limits: Limits, state: LimitState) -> Stop | None:
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
            None,
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


def x_check__mutmut_18(limits: Limits, state: LimitState) -> Stop | None:
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


def x_check__mutmut_19(limits: Limits, state: LimitState) -> Stop | None:
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


def x_check__mutmut_20(limits: Limits, state: LimitState) -> Stop | None:
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
    if state.steps > limits.max_steps:
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


def x_check__mutmut_21(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(None, f"the step limit ({limits.max_steps}) was reached")
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


def x_check__mutmut_22(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(ExitReason.MAX_STEPS, None)
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


def x_check__mutmut_23(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(f"the step limit ({limits.max_steps}) was reached")
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


def x_check__mutmut_24(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(ExitReason.MAX_STEPS, )
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


def x_check__mutmut_25(limits: Limits, state: LimitState) -> Stop | None:
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
    budget = None
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


def x_check__mutmut_26(limits: Limits, state: LimitState) -> Stop | None:
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
    if budget is not None or state.generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_27(limits: Limits, state: LimitState) -> Stop | None:
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
    if budget is None and state.generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_28(limits: Limits, state: LimitState) -> Stop | None:
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
    if budget is not None and state.generated_tokens > budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_29(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(None, f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_30(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(ExitReason.MAX_GENERATED_TOKENS, None)
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_31(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(f"the generated-token limit ({budget}) was reached")
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_32(limits: Limits, state: LimitState) -> Stop | None:
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
        return Stop(ExitReason.MAX_GENERATED_TOKENS, )
    if time_left(limits, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_33(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(None, state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_34(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(limits, None) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_35(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(state.elapsed_s) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_36(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(limits, ) <= 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_37(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(limits, state.elapsed_s) < 0:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_38(limits: Limits, state: LimitState) -> Stop | None:
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
    if time_left(limits, state.elapsed_s) <= 1:
        return wall_time_stop(limits)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_39(limits: Limits, state: LimitState) -> Stop | None:
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
        return wall_time_stop(None)
    prompt, context = state.prompt_tokens, state.context_limit
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_40(limits: Limits, state: LimitState) -> Stop | None:
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
    prompt, context = None
    if prompt is not None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_41(limits: Limits, state: LimitState) -> Stop | None:
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
    if prompt is not None and context is not None or prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_42(limits: Limits, state: LimitState) -> Stop | None:
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
    if prompt is not None or context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_43(limits: Limits, state: LimitState) -> Stop | None:
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
    if prompt is None and context is not None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_44(limits: Limits, state: LimitState) -> Stop | None:
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
    if prompt is not None and context is None and prompt >= context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_45(limits: Limits, state: LimitState) -> Stop | None:
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
    if prompt is not None and context is not None and prompt > context:
        return Stop(
            ExitReason.MAX_CONTEXT_TOKENS, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_46(limits: Limits, state: LimitState) -> Stop | None:
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
            None, f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_47(limits: Limits, state: LimitState) -> Stop | None:
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
            ExitReason.MAX_CONTEXT_TOKENS, None
        )
    return None


def x_check__mutmut_48(limits: Limits, state: LimitState) -> Stop | None:
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
            f"the prompt has {prompt} tokens; the context limit is {context}"
        )
    return None


def x_check__mutmut_49(limits: Limits, state: LimitState) -> Stop | None:
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
            ExitReason.MAX_CONTEXT_TOKENS, )
    return None

mutants_x_check__mutmut['_mutmut_orig'] = x_check__mutmut_orig # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_1'] = x_check__mutmut_1 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_2'] = x_check__mutmut_2 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_3'] = x_check__mutmut_3 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_4'] = x_check__mutmut_4 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_5'] = x_check__mutmut_5 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_6'] = x_check__mutmut_6 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_7'] = x_check__mutmut_7 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_8'] = x_check__mutmut_8 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_9'] = x_check__mutmut_9 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_10'] = x_check__mutmut_10 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_11'] = x_check__mutmut_11 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_12'] = x_check__mutmut_12 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_13'] = x_check__mutmut_13 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_14'] = x_check__mutmut_14 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_15'] = x_check__mutmut_15 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_16'] = x_check__mutmut_16 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_17'] = x_check__mutmut_17 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_18'] = x_check__mutmut_18 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_19'] = x_check__mutmut_19 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_20'] = x_check__mutmut_20 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_21'] = x_check__mutmut_21 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_22'] = x_check__mutmut_22 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_23'] = x_check__mutmut_23 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_24'] = x_check__mutmut_24 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_25'] = x_check__mutmut_25 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_26'] = x_check__mutmut_26 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_27'] = x_check__mutmut_27 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_28'] = x_check__mutmut_28 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_29'] = x_check__mutmut_29 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_30'] = x_check__mutmut_30 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_31'] = x_check__mutmut_31 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_32'] = x_check__mutmut_32 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_33'] = x_check__mutmut_33 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_34'] = x_check__mutmut_34 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_35'] = x_check__mutmut_35 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_36'] = x_check__mutmut_36 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_37'] = x_check__mutmut_37 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_38'] = x_check__mutmut_38 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_39'] = x_check__mutmut_39 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_40'] = x_check__mutmut_40 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_41'] = x_check__mutmut_41 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_42'] = x_check__mutmut_42 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_43'] = x_check__mutmut_43 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_44'] = x_check__mutmut_44 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_45'] = x_check__mutmut_45 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_46'] = x_check__mutmut_46 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_47'] = x_check__mutmut_47 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_48'] = x_check__mutmut_48 # type: ignore # mutmut generated
mutants_x_check__mutmut['x_check__mutmut_49'] = x_check__mutmut_49 # type: ignore # mutmut generated
mutants_x_time_left__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_time_left__mutmut)
def time_left(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_orig(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_1(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if (limits.max_wall_time_s is None) and False else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_2(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if (limits.max_wall_time_s is None) or True else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_3(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float(None) if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_4(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("XXinfXX") if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_5(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("INF") if limits.max_wall_time_s is None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_6(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if limits.max_wall_time_s is not None else limits.max_wall_time_s - elapsed_s


def x_time_left__mutmut_7(limits: Limits, elapsed_s: float) -> float:
    """Seconds the run may still take (infinite without a wall-time limit)."""
    return float("inf") if limits.max_wall_time_s is None else limits.max_wall_time_s + elapsed_s

mutants_x_time_left__mutmut['_mutmut_orig'] = x_time_left__mutmut_orig # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_1'] = x_time_left__mutmut_1 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_2'] = x_time_left__mutmut_2 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_3'] = x_time_left__mutmut_3 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_4'] = x_time_left__mutmut_4 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_5'] = x_time_left__mutmut_5 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_6'] = x_time_left__mutmut_6 # type: ignore # mutmut generated
mutants_x_time_left__mutmut['x_time_left__mutmut_7'] = x_time_left__mutmut_7 # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wall_time_stop__mutmut)
def wall_time_stop(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def x_wall_time_stop__mutmut_orig(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def x_wall_time_stop__mutmut_1(limits: Limits, during: str = "XXXX") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def x_wall_time_stop__mutmut_2(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        None, f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def x_wall_time_stop__mutmut_3(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, None
    )


def x_wall_time_stop__mutmut_4(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        f"the wall-time limit ({limits.max_wall_time_s:g} s) was reached{during}"
    )


def x_wall_time_stop__mutmut_5(limits: Limits, during: str = "") -> Stop:
    """The wall-time limit was reached (``during`` says where, e.g. " during tool calls")."""
    return Stop(
        ExitReason.WALL_TIME, )

mutants_x_wall_time_stop__mutmut['_mutmut_orig'] = x_wall_time_stop__mutmut_orig # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut['x_wall_time_stop__mutmut_1'] = x_wall_time_stop__mutmut_1 # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut['x_wall_time_stop__mutmut_2'] = x_wall_time_stop__mutmut_2 # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut['x_wall_time_stop__mutmut_3'] = x_wall_time_stop__mutmut_3 # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut['x_wall_time_stop__mutmut_4'] = x_wall_time_stop__mutmut_4 # type: ignore # mutmut generated
mutants_x_wall_time_stop__mutmut['x_wall_time_stop__mutmut_5'] = x_wall_time_stop__mutmut_5 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_answer_cut_stop__mutmut)
def answer_cut_stop(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_orig(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_1(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = None
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_2(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None or generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_3(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" or budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_4(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason != "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_5(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "XXlengthXX" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_6(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "LENGTH" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_7(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_8(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens > budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_9(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(None, f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_10(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, None)
    return None


def x_answer_cut_stop__mutmut_11(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(f"the generated-token limit ({budget}) cut the answer")
    return None


def x_answer_cut_stop__mutmut_12(limits: Limits, generated_tokens: int, finish_reason: str) -> Stop | None:
    """The generated-token limit cut a final answer short (the answer is not taken as final)."""
    budget = limits.max_generated_tokens
    if finish_reason == "length" and budget is not None and generated_tokens >= budget:
        return Stop(ExitReason.MAX_GENERATED_TOKENS, )
    return None

mutants_x_answer_cut_stop__mutmut['_mutmut_orig'] = x_answer_cut_stop__mutmut_orig # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_1'] = x_answer_cut_stop__mutmut_1 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_2'] = x_answer_cut_stop__mutmut_2 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_3'] = x_answer_cut_stop__mutmut_3 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_4'] = x_answer_cut_stop__mutmut_4 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_5'] = x_answer_cut_stop__mutmut_5 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_6'] = x_answer_cut_stop__mutmut_6 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_7'] = x_answer_cut_stop__mutmut_7 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_8'] = x_answer_cut_stop__mutmut_8 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_9'] = x_answer_cut_stop__mutmut_9 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_10'] = x_answer_cut_stop__mutmut_10 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_11'] = x_answer_cut_stop__mutmut_11 # type: ignore # mutmut generated
mutants_x_answer_cut_stop__mutmut['x_answer_cut_stop__mutmut_12'] = x_answer_cut_stop__mutmut_12 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_step_token_budget__mutmut)
def step_token_budget(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_orig(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_1(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = None
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_2(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit + prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_3(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_4(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(None)
    return max(1, min(room))


def x_step_token_budget__mutmut_5(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens + generated_tokens)
    return max(1, min(room))


def x_step_token_budget__mutmut_6(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(None, min(room))


def x_step_token_budget__mutmut_7(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, None)


def x_step_token_budget__mutmut_8(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(min(room))


def x_step_token_budget__mutmut_9(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, )


def x_step_token_budget__mutmut_10(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(2, min(room))


def x_step_token_budget__mutmut_11(
    limits: Limits, *, prompt_tokens: int, context_limit: int, generated_tokens: int
) -> int:
    """The most tokens the next step may generate: per step, within the context, within the run's budget."""
    room = [limits.max_tokens_per_step, context_limit - prompt_tokens]
    if limits.max_generated_tokens is not None:
        room.append(limits.max_generated_tokens - generated_tokens)
    return max(1, min(None))

mutants_x_step_token_budget__mutmut['_mutmut_orig'] = x_step_token_budget__mutmut_orig # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_1'] = x_step_token_budget__mutmut_1 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_2'] = x_step_token_budget__mutmut_2 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_3'] = x_step_token_budget__mutmut_3 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_4'] = x_step_token_budget__mutmut_4 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_5'] = x_step_token_budget__mutmut_5 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_6'] = x_step_token_budget__mutmut_6 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_7'] = x_step_token_budget__mutmut_7 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_8'] = x_step_token_budget__mutmut_8 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_9'] = x_step_token_budget__mutmut_9 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_10'] = x_step_token_budget__mutmut_10 # type: ignore # mutmut generated
mutants_x_step_token_budget__mutmut['x_step_token_budget__mutmut_11'] = x_step_token_budget__mutmut_11 # type: ignore # mutmut generated
