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
from agentkit.gemma4 import PromptBuilder, stop_token_after, tool_results_text, user_turn_text
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import AssistantMessage, Message, SystemMessage, ToolCall, ToolMessage, UserMessage


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class NextPrompt:
    """The prompt of the next step: ``previous[:keep] + appended`` (previous = last prompt + completion)."""

    ids: list[int]
    keep: int
    appended: list[int]
    previous_length: int

    @property
    def prefix_stable(self) -> bool:
        """Every token of the previous prompt and completion is kept (the prefix cache can hit)."""
        return self.keep == self.previous_length
mutants_xǁPromptStateǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁcopy__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁadd_user__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁadd_model_output__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁadd_step__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁadd_tool_results__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁnext_prompt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁPromptStateǁ_conformant_ids__mutmut: MutantDict = {}  # type: ignore


class PromptState:
    """The conversation and its exact prompt ids, advanced by user messages, steps and tool results."""

    @_mutmut_mutated(mutants_xǁPromptStateǁ__init____mutmut)
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_orig(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_1(
        self,
        tokenizer: Gemma4Tokenizer,
        *,
        tools: Sequence[Mapping[str, Any]] = (),
        system_prompt: str | None = None,
        revision: str,
        thinking: bool,
        append_only: bool = False,
    ) -> None:
        self._tokenizer = tokenizer
        self._revision = revision
        self._thinking = thinking
        self.append_only = append_only
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_2(
        self,
        tokenizer: Gemma4Tokenizer,
        *,
        tools: Sequence[Mapping[str, Any]] = (),
        system_prompt: str | None = None,
        revision: str,
        thinking: bool,
        append_only: bool = True,
    ) -> None:
        self._tokenizer = None
        self._revision = revision
        self._thinking = thinking
        self.append_only = append_only
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_3(
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
        self._revision = None
        self._thinking = thinking
        self.append_only = append_only
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_4(
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
        self._thinking = None
        self.append_only = append_only
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_5(
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
        self.append_only = None
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_6(
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
        self._builder = None
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_7(
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
        self._builder = PromptBuilder(None, revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_8(
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
        self._builder = PromptBuilder(list(tools), revision=None, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_9(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=None)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_10(
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
        self._builder = PromptBuilder(revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_11(
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
        self._builder = PromptBuilder(list(tools), enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_12(
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
        self._builder = PromptBuilder(list(tools), revision=revision, )
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_13(
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
        self._builder = PromptBuilder(list(None), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_14(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = None
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_15(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_16(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if (system_prompt) and False else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_17(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if (system_prompt) or True else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_18(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=None) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_19(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = None  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_20(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = None  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_21(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = None  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_22(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = None  # conformant: not yet given to the builder
        self._stable_after_completion = True

    def xǁPromptStateǁ__init____mutmut_23(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = None

    def xǁPromptStateǁ__init____mutmut_24(
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
        self._builder = PromptBuilder(list(tools), revision=revision, enable_thinking=thinking)
        self.messages: list[Message] = []
        self._system = SystemMessage(content=system_prompt) if system_prompt else None
        self._sequence: list[int] = []  # last prompt + its completion + stop token
        self._prompt: list[int] = []  # last prompt
        self._pending_ids: list[int] = []  # append-only: rendered but not yet part of a prompt
        self._pending_messages: list[Message] = []  # conformant: not yet given to the builder
        self._stable_after_completion = False

    @_mutmut_mutated(mutants_xǁPromptStateǁcopy__mutmut)
    def copy(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, memo={id(self._tokenizer): self._tokenizer})

    def xǁPromptStateǁcopy__mutmut_orig(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, memo={id(self._tokenizer): self._tokenizer})

    def xǁPromptStateǁcopy__mutmut_1(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(None, memo={id(self._tokenizer): self._tokenizer})

    def xǁPromptStateǁcopy__mutmut_2(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, memo=None)

    def xǁPromptStateǁcopy__mutmut_3(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(memo={id(self._tokenizer): self._tokenizer})

    def xǁPromptStateǁcopy__mutmut_4(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, )

    def xǁPromptStateǁcopy__mutmut_5(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.copy(self, memo={id(self._tokenizer): self._tokenizer})

    def xǁPromptStateǁcopy__mutmut_6(self) -> PromptState:
        """An independent copy (continuing a conversation must not change the run it continues)."""
        return copy.deepcopy(self, memo={id(None): self._tokenizer})

    @property
    def thinking(self) -> bool:
        return self._thinking

    @property
    def sequence(self) -> list[int]:
        """Everything so far: the last prompt, and the completion and stop token if the model answered."""
        return self._sequence

    # -- what happens in a run -----------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁPromptStateǁadd_user__mutmut)
    def add_user(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_orig(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_1(self, message: UserMessage) -> None:
        first = None
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_2(self, message: UserMessage) -> None:
        first = self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_3(self, message: UserMessage) -> None:
        first = not self.messages
        new = None
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_4(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) - [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_5(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if (first and self._system) and False else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_6(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if (first and self._system) or True else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_7(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first or self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_8(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(None)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_9(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only or not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_10(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_11(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = None
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_12(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(None, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_13(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=None, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_14(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=None)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_15(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_16(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_17(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, )
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_18(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(None)
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_19(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(None))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_20(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(None)
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_21(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(None))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_22(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(None).text))
            return
        self._pending_messages.extend(new)

    # -- what happens in a run -----------------------------------------------------------------------

    def xǁPromptStateǁadd_user__mutmut_23(self, message: UserMessage) -> None:
        first = not self.messages
        new = ([self._system] if first and self._system else []) + [message]
        self.messages.extend(new)
        if self.append_only and not first:
            text = user_turn_text(message, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
            return
        if self.append_only:
            self._pending_ids.extend(self._tokenizer.encode(self._builder.extend(new).text))
            return
        self._pending_messages.extend(None)

    @_mutmut_mutated(mutants_xǁPromptStateǁadd_model_output__mutmut)
    def add_model_output(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_orig(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_1(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(None)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_2(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = None
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_3(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(None)
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_4(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(None))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_5(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = None
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_6(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) - [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_7(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt - list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_8(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(None) + [stop]
        if not self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_9(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if self.append_only:
            self._pending_messages.append(message)

    def xǁPromptStateǁadd_model_output__mutmut_10(self, message: AssistantMessage, completion_ids: Sequence[int]) -> None:
        """The model's output of one step; its stop token is normalised as the module docstring says."""
        self.messages.append(message)
        stop = stop_token_after(bool(message.tool_calls))
        self._sequence = self._prompt + list(completion_ids) + [stop]
        if not self.append_only:
            self._pending_messages.append(None)

    @_mutmut_mutated(mutants_xǁPromptStateǁadd_step__mutmut)
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

    def xǁPromptStateǁadd_step__mutmut_orig(self, step: StepRecord) -> None:
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

    def xǁPromptStateǁadd_step__mutmut_1(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = None
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_2(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is not None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_3(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(None, completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_4(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), None)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_5(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_6(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), )
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_7(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(None, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_8(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, None), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_9(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_10(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, ), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_11(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls or step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_12(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_13(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = None
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_14(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                None, [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_15(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], None
            )

    def xǁPromptStateǁadd_step__mutmut_16(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [tool_message(p, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_17(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], )

    def xǁPromptStateǁadd_step__mutmut_18(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(None, results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_19(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, None) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_20(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(results[p.call_id]) for p in step.calls]
            )

    def xǁPromptStateǁadd_step__mutmut_21(self, step: StepRecord) -> None:
        """The model's output of ``step`` and, when every call has its result, the results."""
        completion = step.completion
        if completion is None:
            return
        self.add_model_output(assistant_message(completion, step.calls), completion.ids)
        if step.calls and step.results is not None:
            results = step.results
            self.add_tool_results(
                [p.call for p in step.calls], [tool_message(p, ) for p in step.calls]
            )

    @_mutmut_mutated(mutants_xǁPromptStateǁadd_tool_results__mutmut)
    def add_tool_results(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_orig(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_1(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(None)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_2(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = None
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_3(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(None, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_4(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, None, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_5(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=None, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_6(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=None)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_7(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_8(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_9(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_10(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, )
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_11(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(None)
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_12(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(None))
        else:
            self._pending_messages.extend(results)

    def xǁPromptStateǁadd_tool_results__mutmut_13(self, calls: Sequence[ToolCall], results: Sequence[ToolMessage]) -> None:
        self.messages.extend(results)
        if self.append_only:
            text = tool_results_text(calls, results, revision=self._revision, enable_thinking=self._thinking)
            self._pending_ids.extend(self._tokenizer.encode(text))
        else:
            self._pending_messages.extend(None)

    # -- the next prompt -----------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁPromptStateǁnext_prompt__mutmut)
    def next_prompt(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_orig(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_1(self) -> NextPrompt:
        previous = None
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_2(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = None
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_3(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = None
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_4(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = None
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_5(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous - appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_6(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = None
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_7(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = None
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_8(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = None
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_9(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(None, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_10(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, None)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_11(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_12(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, )
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_13(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = None
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_14(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = None
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_15(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = None
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_16(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=None, keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_17(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=None, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_18(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=None, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_19(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, previous_length=None)

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_20(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(keep=keep, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_21(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, appended=appended, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_22(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, previous_length=len(previous))

    # -- the next prompt -----------------------------------------------------------------------------

    def xǁPromptStateǁnext_prompt__mutmut_23(self) -> NextPrompt:
        previous = self._sequence
        if self.append_only:
            appended = self._pending_ids
            self._pending_ids = []
            ids = previous + appended
            keep = len(previous)
        else:
            ids = self._conformant_ids()
            keep = _common_prefix(previous, ids)
            appended = ids[keep:]
        self._prompt = ids
        self._sequence = ids
        return NextPrompt(ids=ids, keep=keep, appended=appended, )

    @_mutmut_mutated(mutants_xǁPromptStateǁ_conformant_ids__mutmut)
    def _conformant_ids(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_orig(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_1(self) -> list[int]:
        before = None
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_2(self) -> list[int]:
        before = len(self._builder)
        delta = None
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_3(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(None)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_4(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = None
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_5(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before or delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_6(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt - self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_7(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(None)
        return self._tokenizer.encode(self._builder.text)

    def xǁPromptStateǁ_conformant_ids__mutmut_8(self) -> list[int]:
        before = len(self._builder)
        delta = self._builder.extend(self._pending_messages)
        self._pending_messages = []
        if before and delta.extends:
            return self._prompt + self._tokenizer.encode(delta.text)
        return self._tokenizer.encode(None)

mutants_xǁPromptStateǁ__init____mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_1'] = PromptState.xǁPromptStateǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_2'] = PromptState.xǁPromptStateǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_3'] = PromptState.xǁPromptStateǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_4'] = PromptState.xǁPromptStateǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_5'] = PromptState.xǁPromptStateǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_6'] = PromptState.xǁPromptStateǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_7'] = PromptState.xǁPromptStateǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_8'] = PromptState.xǁPromptStateǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_9'] = PromptState.xǁPromptStateǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_10'] = PromptState.xǁPromptStateǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_11'] = PromptState.xǁPromptStateǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_12'] = PromptState.xǁPromptStateǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_13'] = PromptState.xǁPromptStateǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_14'] = PromptState.xǁPromptStateǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_15'] = PromptState.xǁPromptStateǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_16'] = PromptState.xǁPromptStateǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_17'] = PromptState.xǁPromptStateǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_18'] = PromptState.xǁPromptStateǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_19'] = PromptState.xǁPromptStateǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_20'] = PromptState.xǁPromptStateǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_21'] = PromptState.xǁPromptStateǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_22'] = PromptState.xǁPromptStateǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_23'] = PromptState.xǁPromptStateǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ__init____mutmut['xǁPromptStateǁ__init____mutmut_24'] = PromptState.xǁPromptStateǁ__init____mutmut_24 # type: ignore # mutmut generated

mutants_xǁPromptStateǁcopy__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁcopy__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_1'] = PromptState.xǁPromptStateǁcopy__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_2'] = PromptState.xǁPromptStateǁcopy__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_3'] = PromptState.xǁPromptStateǁcopy__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_4'] = PromptState.xǁPromptStateǁcopy__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_5'] = PromptState.xǁPromptStateǁcopy__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁcopy__mutmut['xǁPromptStateǁcopy__mutmut_6'] = PromptState.xǁPromptStateǁcopy__mutmut_6 # type: ignore # mutmut generated

mutants_xǁPromptStateǁadd_user__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁadd_user__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_1'] = PromptState.xǁPromptStateǁadd_user__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_2'] = PromptState.xǁPromptStateǁadd_user__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_3'] = PromptState.xǁPromptStateǁadd_user__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_4'] = PromptState.xǁPromptStateǁadd_user__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_5'] = PromptState.xǁPromptStateǁadd_user__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_6'] = PromptState.xǁPromptStateǁadd_user__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_7'] = PromptState.xǁPromptStateǁadd_user__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_8'] = PromptState.xǁPromptStateǁadd_user__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_9'] = PromptState.xǁPromptStateǁadd_user__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_10'] = PromptState.xǁPromptStateǁadd_user__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_11'] = PromptState.xǁPromptStateǁadd_user__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_12'] = PromptState.xǁPromptStateǁadd_user__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_13'] = PromptState.xǁPromptStateǁadd_user__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_14'] = PromptState.xǁPromptStateǁadd_user__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_15'] = PromptState.xǁPromptStateǁadd_user__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_16'] = PromptState.xǁPromptStateǁadd_user__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_17'] = PromptState.xǁPromptStateǁadd_user__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_18'] = PromptState.xǁPromptStateǁadd_user__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_19'] = PromptState.xǁPromptStateǁadd_user__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_20'] = PromptState.xǁPromptStateǁadd_user__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_21'] = PromptState.xǁPromptStateǁadd_user__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_22'] = PromptState.xǁPromptStateǁadd_user__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_user__mutmut['xǁPromptStateǁadd_user__mutmut_23'] = PromptState.xǁPromptStateǁadd_user__mutmut_23 # type: ignore # mutmut generated

mutants_xǁPromptStateǁadd_model_output__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_1'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_2'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_3'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_4'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_5'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_6'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_7'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_8'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_9'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_model_output__mutmut['xǁPromptStateǁadd_model_output__mutmut_10'] = PromptState.xǁPromptStateǁadd_model_output__mutmut_10 # type: ignore # mutmut generated

mutants_xǁPromptStateǁadd_step__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁadd_step__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_1'] = PromptState.xǁPromptStateǁadd_step__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_2'] = PromptState.xǁPromptStateǁadd_step__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_3'] = PromptState.xǁPromptStateǁadd_step__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_4'] = PromptState.xǁPromptStateǁadd_step__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_5'] = PromptState.xǁPromptStateǁadd_step__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_6'] = PromptState.xǁPromptStateǁadd_step__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_7'] = PromptState.xǁPromptStateǁadd_step__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_8'] = PromptState.xǁPromptStateǁadd_step__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_9'] = PromptState.xǁPromptStateǁadd_step__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_10'] = PromptState.xǁPromptStateǁadd_step__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_11'] = PromptState.xǁPromptStateǁadd_step__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_12'] = PromptState.xǁPromptStateǁadd_step__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_13'] = PromptState.xǁPromptStateǁadd_step__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_14'] = PromptState.xǁPromptStateǁadd_step__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_15'] = PromptState.xǁPromptStateǁadd_step__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_16'] = PromptState.xǁPromptStateǁadd_step__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_17'] = PromptState.xǁPromptStateǁadd_step__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_18'] = PromptState.xǁPromptStateǁadd_step__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_19'] = PromptState.xǁPromptStateǁadd_step__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_20'] = PromptState.xǁPromptStateǁadd_step__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_step__mutmut['xǁPromptStateǁadd_step__mutmut_21'] = PromptState.xǁPromptStateǁadd_step__mutmut_21 # type: ignore # mutmut generated

mutants_xǁPromptStateǁadd_tool_results__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_1'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_2'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_3'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_4'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_5'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_6'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_7'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_8'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_9'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_10'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_11'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_12'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPromptStateǁadd_tool_results__mutmut['xǁPromptStateǁadd_tool_results__mutmut_13'] = PromptState.xǁPromptStateǁadd_tool_results__mutmut_13 # type: ignore # mutmut generated

mutants_xǁPromptStateǁnext_prompt__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_1'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_2'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_3'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_4'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_5'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_6'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_7'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_8'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_9'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_10'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_11'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_12'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_13'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_14'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_15'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_16'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_17'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_18'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_19'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_20'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_21'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_21 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_22'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_22 # type: ignore # mutmut generated
mutants_xǁPromptStateǁnext_prompt__mutmut['xǁPromptStateǁnext_prompt__mutmut_23'] = PromptState.xǁPromptStateǁnext_prompt__mutmut_23 # type: ignore # mutmut generated

mutants_xǁPromptStateǁ_conformant_ids__mutmut['_mutmut_orig'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_orig # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_1'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_1 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_2'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_2 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_3'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_3 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_4'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_4 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_5'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_5 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_6'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_6 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_7'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_7 # type: ignore # mutmut generated
mutants_xǁPromptStateǁ_conformant_ids__mutmut['xǁPromptStateǁ_conformant_ids__mutmut_8'] = PromptState.xǁPromptStateǁ_conformant_ids__mutmut_8 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__common_prefix__mutmut)
def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_orig(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_1(a: Sequence[int], b: Sequence[int]) -> int:
    n = None
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_2(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(None, len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_3(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), None)
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_4(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_5(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), )
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_6(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = None
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_7(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 1
    while i < n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_8(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n or a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_9(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i <= n and a[i] == b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_10(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] != b[i]:
        i += 1
    return i


def x__common_prefix__mutmut_11(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i = 1
    return i


def x__common_prefix__mutmut_12(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i -= 1
    return i


def x__common_prefix__mutmut_13(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 2
    return i

mutants_x__common_prefix__mutmut['_mutmut_orig'] = x__common_prefix__mutmut_orig # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_1'] = x__common_prefix__mutmut_1 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_2'] = x__common_prefix__mutmut_2 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_3'] = x__common_prefix__mutmut_3 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_4'] = x__common_prefix__mutmut_4 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_5'] = x__common_prefix__mutmut_5 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_6'] = x__common_prefix__mutmut_6 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_7'] = x__common_prefix__mutmut_7 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_8'] = x__common_prefix__mutmut_8 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_9'] = x__common_prefix__mutmut_9 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_10'] = x__common_prefix__mutmut_10 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_11'] = x__common_prefix__mutmut_11 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_12'] = x__common_prefix__mutmut_12 # type: ignore # mutmut generated
mutants_x__common_prefix__mutmut['x__common_prefix__mutmut_13'] = x__common_prefix__mutmut_13 # type: ignore # mutmut generated
