"""Typed events of an agent run, for UIs, logs and the trajectory: the run's event stream.

Every event is a Pydantic model with a ``type`` tag, so the trajectory is a JSONL file of these
events and reading it back gives the same objects. This is the one definition of each event type;
the parser's own events (`agentkit.gemma4.parse`) are turned into these by the loop.

The stream is a seam: `Agent.run_stream` yields it, ``RunSpec.observers`` see each event as it is
logged (tracing), and the events between-steps hooks return join it (a new kind is added here).
"""

from __future__ import annotations

import time
from enum import Enum
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from agentkit.messages import Message


class ExitReason(str, Enum):
    """Why a run ended. Each limit has its own reason."""

    FINAL_ANSWER = "final_answer"
    MAX_STEPS = "max_steps"
    MAX_GENERATED_TOKENS = "max_generated_tokens"
    MAX_CONTEXT_TOKENS = "max_context_tokens"
    WALL_TIME = "wall_time"
    FORMAT_ERRORS = "format_errors"
    RETRIES_EXHAUSTED = "retries_exhausted"
    OUTPUT_INVALID = "output_invalid"
    OUTPUTS_EXHAUSTED = "outputs_exhausted"  # the engine had no output left (a replay played to its end)
    CANCELLED = "cancelled"
    ERROR = "error"

    @property
    def is_limit(self) -> bool:
        return self in _LIMIT_REASONS


_LIMIT_REASONS = {
    ExitReason.MAX_STEPS,
    ExitReason.MAX_GENERATED_TOKENS,
    ExitReason.MAX_CONTEXT_TOKENS,
    ExitReason.WALL_TIME,
    ExitReason.FORMAT_ERRORS,
    ExitReason.RETRIES_EXHAUSTED,
}


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)

    run_id: str
    at: float = Field(default_factory=time.time)


class RunStarted(_Event):
    type: Literal["run_started"] = "run_started"
    prompt: str
    thinking: bool
    tools: list[str] = Field(default_factory=list)
    continued: bool = False
    # A run given ``history=`` as a list of messages starts from them: recorded here, so a resume rebuilds
    # the conversation from the trajectory alone. Empty for a new run and for a RunResult's continuation.
    history: list[Message] = Field(default_factory=list, repr=False)


class StepStarted(_Event):
    """A model call begins. The prompt is the previous sequence cut to ``keep_tokens``, plus ``appended_ids``.

    The previous sequence is the last step's prompt followed by its completion ids and stop token (empty
    for step 1). Append-only runs always keep everything; a template-conformant run may cut back.
    """

    type: Literal["step_started"] = "step_started"
    step: int
    prompt_tokens: int
    keep_tokens: int
    appended_ids: list[int] = Field(default_factory=list, repr=False)
    prefix_stable: bool = True


class _Delta(_Event):
    """A piece of the model's output as it streams. ``generated_tokens`` is how many tokens the model had
    generated in this step when the piece was read (so a UI can count while a thought streams; the step's
    `UsageEvent` has the final count)."""

    step: int
    text: str
    generated_tokens: int = 0


class ThoughtDelta(_Delta):
    type: Literal["thought_delta"] = "thought_delta"


class TextDelta(_Delta):
    type: Literal["text_delta"] = "text_delta"


class CompletionEvent(_Event):
    """What the model generated in one step, exactly: ids, text, stop token, timing."""

    type: Literal["completion"] = "completion"
    step: int
    completion_ids: list[int] = Field(default_factory=list, repr=False)
    text: str
    finish_reason: str
    stop_token_id: int | None = None
    reasoning: str | None = None
    content: str | None = None
    # Engine requests that made this completion: more than one when a thinking budget closed the thought
    # (the closing token agentkit inserted sits between them, not inside any of them).
    request_lengths: list[int] = Field(default_factory=list)
    duration_s: float = 0.0
    # What the engine reported for the prompt, so this one line is the whole record of the step's
    # generation (a resume needs nothing from the `UsageEvent` that follows it).
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0


class ToolCallEvent(_Event):
    type: Literal["tool_call"] = "tool_call"
    step: int
    call_id: str
    name: str
    arguments: dict[str, Any]
    repairs: list[str] = Field(default_factory=list)
    # Set when the call was not run: the output could not be parsed into a call, or named no known tool.
    error: str | None = None


class ToolResultEvent(_Event):
    type: Literal["tool_result"] = "tool_result"
    step: int
    call_id: str
    name: str
    content: Any
    is_error: bool = False
    duration_s: float = 0.0


class UsageEvent(_Event):
    type: Literal["usage"] = "usage"
    step: int
    prompt_tokens: int
    cached_prompt_tokens: int
    generated_tokens: int
    time_to_first_token_s: float | None = None
    decode_tokens_per_s: float | None = None


class ErrorEvent(_Event):
    """Something went wrong and was fed back to the model (or ended the run)."""

    type: Literal["error"] = "error"
    step: int
    kind: str
    message: str


class UserMessageEvent(_Event):
    """A user message added to the conversation (the first prompt or a continuation)."""

    type: Literal["user_message"] = "user_message"
    content: Any


class CompactionStarted(_Event):
    """A compaction begins, between steps (before the prompt of ``step`` is built)."""

    type: Literal["compaction_started"] = "compaction_started"
    step: int
    reason: Literal["threshold", "requested"]
    prompt_tokens: int
    window: int
    threshold: int
    reserve: int


class ElidedResult(BaseModel):
    """A tool result stage 1 replaced by a placeholder: where it was and what it was."""

    model_config = ConfigDict(frozen=True)

    index: int  # in the conversation as it was before this compaction
    call_id: str
    name: str
    tokens: int


class CompactionEvent(_Event):
    """What a compaction did, exactly (`agentkit.agent.compaction.apply` replays it on the messages).

    Stage 1 replaced the ``elided`` tool results by placeholders. Stage 2 also replaced the message
    index ranges ``summarised`` (half-open, in the conversation before the compaction) by ``summary``;
    the new conversation is the system message, one user message holding ``memory`` and ``summary``,
    then the messages at ``kept`` verbatim (the last user request, and a final answer after it).
    The messages replaced stay in the trajectory's earlier events and in ``RunResult.full_messages``.
    """

    type: Literal["compaction"] = "compaction"
    step: int
    stage: Literal[1, 2]
    reason: Literal["threshold", "requested"]
    tokens_before: int
    tokens_after: int
    messages_before: int
    messages_after: int
    elided: list[ElidedResult] = Field(default_factory=list)
    summarised: list[tuple[int, int]] = Field(default_factory=list)
    kept: list[int] = Field(default_factory=list)
    summary_input_from: int | None = None  # stage 2: the summary request saw messages from here on

    def describe(self) -> str:
        """One line for a terminal: the stage, the prompt's tokens before and after, and what was done."""
        what = f"{len(self.elided)} old tool results elided"
        if self.stage == 2:
            what += f", messages {', '.join(f'{a}-{b - 1}' for a, b in self.summarised)} summarised"
        return f"stage {self.stage}: {self.tokens_before:,} → {self.tokens_after:,} tokens ({what})"

    summary: str | None = None
    memory: str | None = None


class RunFinished(_Event):
    """The run ended. ``output`` is `RunResult.output`: the validated ``output_type`` value (a Pydantic
    model instance, say), or the answer text; as JSON in the trajectory (read back, it is that JSON)."""

    type: Literal["run_finished"] = "run_finished"
    exit_reason: ExitReason
    output: Any = None
    error: str | None = None
    steps: int = 0
    prompt_tokens: int = 0
    generated_tokens: int = 0
    duration_s: float = 0.0

    @field_serializer("output", when_used="json")
    def _output_as_json(self, value: Any) -> Any:
        return jsonable_output(value)


def jsonable_output(value: Any) -> Any:
    """A run's output as JSON data (a Pydantic model as its ``model_dump``); the one conversion, used
    for the trajectory, the CLI's answer and comparisons between runs."""
    from pydantic import TypeAdapter

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    try:
        return TypeAdapter(Any).dump_python(value, mode="json")
    except Exception:  # noqa: BLE001  an output that is not JSON-able is described rather than lost
        return repr(value)


RunEvent: TypeAlias = Annotated[
    RunStarted
    | StepStarted
    | ThoughtDelta
    | TextDelta
    | CompletionEvent
    | ToolCallEvent
    | ToolResultEvent
    | UsageEvent
    | ErrorEvent
    | UserMessageEvent
    | CompactionStarted
    | CompactionEvent
    | RunFinished,
    Field(discriminator="type"),
]
