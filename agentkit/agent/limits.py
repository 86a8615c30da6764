"""Limits of one agent run. Each limit ends the run with its own `ExitReason`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


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
