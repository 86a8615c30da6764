"""The exact token sequence of one run, and the conversation behind it.

`PromptState` is advanced only by what happens in a run (a user message, the model's output, tool
results), so the live loop and a resume from the trajectory drive it through the same three methods
and arrive at the same ids.

Two modes:

* **append-only** (default): the model's own tokens stay in the sequence. After tool calls the
  sequence is ``prompt + completion + <|tool_response>`` followed by the rendered results; after an
  answer, ``prompt + completion + <turn|>`` followed by the next user turn. Every step's prompt begins
  with the previous prompt and completion, so the engine's prefix cache always hits. Where the model
  stopped some other way (``<eos>``, the token limit) agentkit writes the stop token the template
  would have: ``<|tool_response>`` after calls, ``<turn|>`` after text.
* **template-conformant**: each prompt is what the official template renders for the conversation
  (`agentkit.gemma4.render.PromptBuilder`). It drops or reformats some of the model's tokens (replayed
  reasoning gets a newline, thoughts vanish at the next user turn), so prefix stability is measured,
  not guaranteed.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from agentkit.agent.step import StepRecord, assistant_message, tool_message
from agentkit.gemma4 import (
    PromptBuilder,
    media_placeholders,
    stop_token_after,
    tool_results_text,
    user_turn_text,
)
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import AssistantMessage, Message, SystemMessage, ToolCall, ToolMessage, UserMessage


@dataclass(frozen=True)
class NextPrompt:
    """The prompt of the next step: ``previous[:keep] + appended`` (previous = last prompt + completion)."""

    ids: list[int]
    keep: int
    appended: list[int]
    previous_length: int
    placeholders: tuple[int, int]  # image and video placeholders in ``ids`` (`media_placeholders`)

    @property
    def prefix_stable(self) -> bool:
        """Every token of the previous prompt and completion is kept (the prefix cache can hit)."""
        return self.keep == self.previous_length


class PromptState:
    """The conversation and its exact prompt ids, advanced by user messages, steps and tool results."""

    def __init__(
        self,
        tokenizer: Gemma4Tokenizer,
        *,
        tools: Sequence[Mapping[str, Any]] = (),
        system_prompt: str | None = None,
        revision: str,
        thinking: bool,
        append_only: bool = True,
    ) -> None:
        self._tokenizer = tokenizer
        self._revision = revision
        self._thinking = thinking
        self.append_only = append_only
        self._tools = list(tools)
        self._builder = self._new_builder()
        self.messages: list[Message] = []
        self.history: list[Message] = []  # every message of the run; a compaction does not change it
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._dropped = 0  # length of the sequence a restart threw away, until the next prompt
        self._prompt: list[int] = []  # last prompt
        # Media placeholders in _prompt and _sequence, kept as they grow: counting them in the whole prompt
        # at every step would cost more than the rest of the step's bookkeeping at a hundred steps.
        self._prompt_placeholders = self._sequence_placeholders = (0, 0)
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._builder_ids: list[int] = []  # conformant: the ids of the builder's text
        self._restarted = False  # append-only: the pending ids are a whole re-rendered conversation

    def copy(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, memo={id(self._tokenizer): self._tokenizer})

    @property
    def thinking(self) -> bool:
        return self._thinking

    @property
    def sequence(self) -> list[int]:
        """Everything so far: the last prompt, and the completion and stop token if the model answered."""
        return self._sequence

    # -- what happens in a run -----------------------------------------------------------------------

    def add_user(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.history.extend(new)
        if self._restarted:  # a compacted conversation not yet sent: render it again with the message
            self.restart([*self.messages, message])
            return
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    def add_model_output(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        self.history.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = [*self._prompt, *completion_ids, stop]  # one copy of the prompt, not two
        self._sequence_placeholders = _plus(self._prompt_placeholders, media_placeholders(completion_ids))
        if not self.append_only:
            self._pending_messages.append(message)

    def add_step(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def add_tool_results(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        self.history.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    # -- the next prompt -----------------------------------------------------------------------------

    def prompt_length(self) -> int:
        """The exact length of the prompt `next_prompt` would build now (append-only: no work at all)."""
        if self.append_only:
            return len(self._sequence) + len(self._pending_ids)
        return len(self._conformant_ids())  # the work next_prompt would do; it reuses the result

    def render_ids(self, messages: Sequence[Message]) -> list[int]:
        """The ids of ``messages`` rendered whole by the template, ready for the model's turn."""
        return self._tokenizer.encode(self._new_builder().extend(messages).text)

    def _new_builder(self) -> PromptBuilder:
        return PromptBuilder(self._tools, revision=self._revision, enable_thinking=self._thinking)

    def restart(self, messages: Sequence[Message], ids: Sequence[int] | None = None) -> None:
        """Continue from ``messages`` (a compacted conversation), rendered whole by the template.

        The next prompt is those ids (one prefix-cache miss); from there the sequence grows as before.
        ``ids`` may be given when the caller rendered ``messages`` already (`render_ids`).
        """
        self.messages = list(messages)
        self._builder = self._new_builder()
        self._dropped = len(self._sequence)  # the next prompt keeps none of these: not prefix-stable
        self._sequence, self._prompt, self._builder_ids = [], [], []
        self._prompt_placeholders = self._sequence_placeholders = (0, 0)
        if self.append_only:
            self._pending_ids = list(ids) if ids is not None else self.render_ids(self.messages)
            self._restarted = True
        else:
            self._pending_messages = list(self.messages)

    def next_prompt(self) -> NextPrompt:
        self._restarted = False
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
            placeholders = _plus(self._sequence_placeholders, media_placeholders(appended))
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
            placeholders = media_placeholders(ids)
        self._prompt = ids
        self._sequence = ids
        self._prompt_placeholders = self._sequence_placeholders = placeholders
        previous_length, self._dropped = len(previous) + self._dropped, 0
        return NextPrompt(
            ids=ids, keep=keep, appended=appended, previous_length=previous_length, placeholders=placeholders
        )

    def _conformant_ids(self) -> list[int]:
        """The ids of the builder's text once the pending messages are in (again: nothing to add, no work)."""
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            self._builder_ids = self._builder_ids + self._tokenizer.encode(delta.text)
        else:
            self._builder_ids = self._tokenizer.encode(self._builder.text)
        return self._builder_ids


def _plus(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i
