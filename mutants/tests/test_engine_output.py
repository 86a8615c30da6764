"""OutputAssembler and IncrementalDecoder against the real Gemma 4 tokenizer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.engines.base import EngineRequestRejected, SamplingParams
from agentkit.engines.output import IncrementalDecoder, OutputAssembler, check_prompt
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

SAMPLES = [
    "plain ascii text",
    " leading space and trailing ",
    "<|turn>model\n<|channel>thought\nhmm<channel|>ok",
    '<|tool_call>call:echo{text:<|"|>hi<|"|>}<tool_call|>',
    "byte fallback: 𓀀 ꙮ 𝕏 𐍈 and emoji 🧬 and 日本語",
    "\n\n\t  mixed\u00a0whitespace",
]


def test_decoder_holds_back_half_characters(tokenizer: Gemma4Tokenizer) -> None:
    ids = tokenizer.encode("a𓀀b")  # 𓀀 is four byte-fallback tokens
    decoder = IncrementalDecoder(tokenizer)
    pieces = [decoder.push([i]) for i in ids]
    assert pieces[0] == "a"
    assert pieces[1:4] == ["", "", ""]  # the first three bytes of the character are held back
    assert pieces[4] == "𓀀"
    assert pieces[5] == "b"
    assert decoder.flush() == ""


def test_decoder_flush_returns_an_incomplete_tail(tokenizer: Gemma4Tokenizer) -> None:
    ids = tokenizer.encode("x𓀀")[:-1]  # stop one byte short of the character
    decoder = IncrementalDecoder(tokenizer)
    assert decoder.push(ids) == "x"
    assert decoder.flush() == tokenizer.decode(ids)[1:]
    assert decoder.flush() == ""


@settings(max_examples=60, deadline=None)
@given(sample=st.sampled_from(SAMPLES), cuts=st.lists(st.integers(min_value=1, max_value=4), max_size=40))
def test_decoder_pieces_join_to_the_full_decode(
    tokenizer: Gemma4Tokenizer, sample: str, cuts: list[int]
) -> None:
    ids = tokenizer.encode(sample)
    decoder = IncrementalDecoder(tokenizer)
    pieces, start = [], 0
    for size in cuts + [len(ids)]:
        pieces.append(decoder.push(ids[start : start + size]))
        start += size
    pieces.append(decoder.flush())
    assert "".join(pieces) == tokenizer.decode(ids) == sample


def _assembler(tokenizer: Gemma4Tokenizer, **sampling: object) -> OutputAssembler:
    return OutputAssembler(tokenizer, SamplingParams(**sampling), prompt_tokens=10, context_length=100)  # type: ignore[arg-type]


def test_stop_token_is_cut_and_reported(tokenizer: Gemma4Tokenizer) -> None:
    out = _assembler(tokenizer)
    ids = tokenizer.encode("Hello<turn|>ignored")
    out.feed(ids)
    assert out.done and out.stop_token_id == 106
    final = out.final()
    assert final.text == "Hello" and 106 not in final.token_ids
    assert final.finish_reason == "stop" and final.stop_token_id == 106
    assert final.usage is not None
    assert final.usage.generated_tokens == len(tokenizer.encode("Hello")) + 1  # the stop token counts
    assert final.usage.prompt_tokens == 10


def test_eos_always_stops_even_when_not_listed(tokenizer: Gemma4Tokenizer) -> None:
    out = _assembler(tokenizer, stop_token_ids=(106,))
    out.feed([9259, 1, 9259])
    assert out.stop_token_id == 1 and out.final().token_ids == (9259,)


def test_max_tokens_and_context_length_cut_with_length(tokenizer: Gemma4Tokenizer) -> None:
    out = _assembler(tokenizer, max_tokens=3)
    out.feed(tokenizer.encode(" one two three four five"))
    final = out.final()
    assert final.finish_reason == "length" and final.stop_token_id is None
    assert len(final.token_ids) == 3
    near_full = OutputAssembler(tokenizer, SamplingParams(), prompt_tokens=98, context_length=100)
    near_full.feed(tokenizer.encode(" one two three"))
    assert near_full.final().finish_reason == "length" and near_full.generated == 2


def test_stop_token_at_the_limit_is_a_stop(tokenizer: Gemma4Tokenizer) -> None:
    out = _assembler(tokenizer, max_tokens=2)
    out.feed([9259, 50])
    final = out.final()
    assert (final.finish_reason, final.stop_token_id) == ("stop", 50)


def test_take_then_final_carries_usage_and_timing(tokenizer: Gemma4Tokenizer) -> None:
    out = _assembler(tokenizer)
    out.feed(tokenizer.encode(" alpha"))
    first = out.take()
    assert first is not None and first.finish_reason is None and first.usage is None
    assert out.take() is None
    out.feed(tokenizer.encode(" beta"))
    final = out.final("abort", stop_token_id=1, cached_prompt_tokens=99)
    assert final.finish_reason == "abort" and final.stop_token_id is None  # abort never has a stop token
    assert final.text == " beta"
    assert final.usage is not None
    assert final.usage.cached_prompt_tokens == 10  # never more than the prompt
    assert final.usage.time_to_first_token_s is not None and final.usage.time_to_first_token_s >= 0


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        ([], "empty"),
        (list(range(100)), "context length is 100"),
        ([2, -1], "outside the vocabulary"),
        ([2, 2, 105], "two <bos> tokens"),
    ],
)
def test_check_prompt_rejects_with_reason(prompt: list[int], message: str) -> None:
    with pytest.raises(EngineRequestRejected, match=message):
        check_prompt(prompt, 100, 262144)


def test_sampling_params_validate() -> None:
    with pytest.raises(ValueError, match="temperature must be >= 0.*max_tokens must be >= 1"):
        SamplingParams(temperature=-1, max_tokens=0)
    with pytest.raises(ValueError, match="either regex or grammar"):
        SamplingParams(regex="a", grammar="start: 'a'")
