"""Incremental tokenization is exact: at every seam the loop uses, encode(prefix) + encode(suffix)
equals encode(prefix + suffix), with the real Gemma 4 tokenizer.

Seams come from two loops: the template-conformant one (PromptBuilder deltas, cut anywhere) and the
append-only one (the model's generation and stop token, then tool_results_text or user_turn_text).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from render_strategies import conversations, cut_lists, model_rounds, steps_of, texts, tool_lists

from agentkit.gemma4 import tokens
from agentkit.gemma4.render import PromptBuilder, RenderError, render, tool_results_text, user_turn_text
from agentkit.gemma4.revisions import REVISIONS
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.messages import AssistantMessage, Message, ToolMessage, UserMessage

SEAMS = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@SEAMS
@given(
    messages=conversations(),
    tools=tool_lists,
    cuts=cut_lists,
    revision=st.sampled_from(REVISIONS),
    thinking=st.booleans(),
)
def test_builder_deltas_tokenize_at_their_seams(
    tokenizer: Gemma4Tokenizer, messages: list[Message], tools: list[dict[str, Any]], cuts: list[int],
    revision: str, thinking: bool,
) -> None:  # fmt: skip
    try:
        whole = render(messages, tools, revision=revision, enable_thinking=thinking)
    except RenderError:
        return
    # Text spelling "<bos>" reads as a second BOS token; encode_prompt refuses that on purpose
    # (test_tokenize_vectors.py tests the refusal), so such conversations are not seam cases.
    assume(whole.count(tokens.BOS) == 1)
    builder = PromptBuilder(tools, revision=revision, enable_thinking=thinking)
    ids: list[int] = []
    previous = ""
    for step in steps_of(messages, cuts):
        delta = builder.extend(step)
        if delta.extends:
            kept = ids  # every token sent so far stays
        else:
            kept = tokenizer.encode(previous[: delta.keep])
            assert ids[: len(kept)] == kept, "the kept characters keep their tokens"
        ids = kept + (
            tokenizer.encode_continuation(delta.text) if kept else tokenizer.encode_prompt(delta.text)
        )
        previous = builder.text
        assert ids == tokenizer.encode_prompt(previous)


_generations = st.lists(
    st.one_of(texts, st.sampled_from(["\n", "\n\n", " ", "<|channel>thought\n"])), max_size=3
).map("".join)


@SEAMS
@given(
    before=conversations(),
    round_=model_rounds(),
    generated=_generations,
    reply=texts,
    revision=st.sampled_from(REVISIONS),
    thinking=st.booleans(),
)
def test_append_only_texts_tokenize_at_the_stop_tokens(
    tokenizer: Gemma4Tokenizer, before: list[Message], round_: list[Message], generated: str, reply: str,
    revision: str, thinking: bool,
) -> None:  # fmt: skip
    """prompt + generation + stop token, then the appended text: the ids simply concatenate."""
    messages = [*before, UserMessage(content="go")]
    try:
        prompt = render(messages, revision=revision, enable_thinking=thinking, add_generation_prompt=True)
    except RenderError:
        return
    assume((prompt + generated + reply).count(tokens.BOS) == 1 and tokens.BOS not in repr(round_))
    assistant, results = round_[0], [m for m in round_[1:] if isinstance(m, ToolMessage)]
    assert isinstance(assistant, AssistantMessage)
    sent = prompt + generated + "<|tool_response>"
    if results:
        try:
            appended = tool_results_text(
                assistant.tool_calls, results, revision=revision, enable_thinking=thinking
            )
        except RenderError:
            appended = None
        if appended is not None:
            ids = tokenizer.encode_prompt(sent) + tokenizer.encode_continuation(appended)
            assert ids == tokenizer.encode_prompt(sent + appended)
            assert ids[len(tokenizer.encode_prompt(sent)) - 1] == tokens.TOOL_RESPONSE_OPEN_ID
    finished = prompt + generated + "<turn|>"
    appended = user_turn_text(UserMessage(content=reply), revision=revision, enable_thinking=thinking)
    ids = tokenizer.encode_prompt(finished) + tokenizer.encode_continuation(appended)
    assert ids == tokenizer.encode_prompt(finished + appended)
