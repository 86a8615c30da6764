"""`NextPrompt.placeholders`: the prompt state keeps the media placeholder counts as the sequence grows
(so the loop does not scan the whole prompt each step); they must equal a count over the whole prompt."""

from __future__ import annotations

from typing import Any

import pytest

from agentkit.agent.prompt_state import NextPrompt, PromptState
from agentkit.agent.step import Completion, StepRecord
from agentkit.gemma4 import IMAGE_PLACEHOLDER_ID, media_placeholders, parse_complete
from agentkit.messages import ImagePart, TextPart, UserMessage, VideoPart


def image_message(text: str) -> UserMessage:
    return UserMessage(content=[TextPart(text=text), ImagePart(data=b"png"), VideoPart(frames=[b"f"])])


def answer(step: int, ids: tuple[int, ...]) -> Completion:
    return Completion(
        step=step,
        ids=ids,
        text="",
        parsed=parse_complete("", {}),
        finish_reason="stop",
        stop_token_id=None,
        generated_tokens=len(ids),
        request_lengths=(len(ids),),
    )


def checked(prompt: NextPrompt) -> NextPrompt:
    assert prompt.placeholders == media_placeholders(prompt.ids)
    return prompt


@pytest.mark.parametrize("append_only", [True, False])
def test_placeholder_counts_follow_the_prompt(tokenizer: Any, append_only: bool) -> None:
    state = PromptState(tokenizer, revision="2026-04-28", thinking=False, append_only=append_only)
    state.add_user(image_message("first"))
    first = checked(state.next_prompt())
    assert first.placeholders == (1, 1)
    # A model that writes a placeholder token itself: the next prompt carries it (and the loop refuses it).
    state.add_step(StepRecord(1, completion=answer(1, (*tokenizer.encode("seen"), IMAGE_PLACEHOLDER_ID))))
    state.add_user(image_message("second"))
    second = checked(state.next_prompt())
    assert second.placeholders[1] == 2 and second.placeholders[0] >= 2
    state.add_step(StepRecord(2, completion=answer(2, tuple(tokenizer.encode("ok")))))
    state.restart(state.messages[:1])  # a compaction: the conversation rendered whole again
    state.add_user(UserMessage(content="plain"))
    assert checked(state.next_prompt()).placeholders == (1, 1)
