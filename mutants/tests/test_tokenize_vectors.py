"""The Gemma 4 tokenizer against llama.cpp's 46 test vectors, and prompt encoding with exactly one BOS."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentkit.gemma4 import tokens
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

SEPARATOR = "\n__ggml_vocab_test__\n"


def read_vectors(gemma4_dir: Path) -> list[tuple[str, list[int]]]:
    """The .inp file holds the test strings joined by SEPARATOR (no separator after the last one,
    no trailing newline); the .out file one line of space-separated ids per string."""
    inputs = (gemma4_dir / "tokenizer-vectors.inp").read_bytes().decode("utf-8").split(SEPARATOR)
    lines = (gemma4_dir / "tokenizer-vectors.out").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the .out file ends with a newline"
    outputs = [[int(x) for x in line.split()] for line in lines[:-1]]
    assert len(inputs) == len(outputs) == 46
    return list(zip(inputs, outputs, strict=True))


def test_vector_file_format_is_read_exactly(gemma4_dir: Path) -> None:
    vectors = read_vectors(gemma4_dir)
    texts = [text for text, _ in vectors]
    # Strings made only of whitespace must survive the split untouched.
    assert texts[2:10] == ["", " ", "  ", "   ", "\t", "\n", "\n\n", "\n\n\n"]
    assert texts[0] == "ied 4 ½ months"
    assert texts[-1].startswith("\n \n\n \n\n\n \t \t\t \t\n") and texts[-1].endswith("a'lL")
    assert vectors[2][1] == []


@pytest.mark.parametrize("index", range(46))
def test_tokenizer_vector(tokenizer: Gemma4Tokenizer, gemma4_dir: Path, index: int) -> None:
    text, expected = read_vectors(gemma4_dir)[index]
    assert tokenizer.encode(text) == expected, repr(text)


def test_encode_prompt_keeps_the_single_bos(tokenizer: Gemma4Tokenizer) -> None:
    prompt = "<bos><|turn>user\nhi<turn|>\n<|turn>model\n"
    ids = tokenizer.encode_prompt(prompt)
    assert ids[0] == tokens.BOS_ID and ids.count(tokens.BOS_ID) == 1
    assert ids == tokenizer.encode(prompt)
    # The backend's default post-processor would add a second BOS: that is what encode_prompt avoids.
    assert tokenizer.backend.encode(prompt).ids[:2] == [tokens.BOS_ID, tokens.BOS_ID]


def test_encode_prompt_rejects_missing_or_double_bos(tokenizer: Gemma4Tokenizer) -> None:
    with pytest.raises(ValueError, match="starts with <bos>"):
        tokenizer.encode_prompt("<|turn>user\nhi<turn|>\n")
    with pytest.raises(ValueError, match=r"2 <bos> tokens \(the second at token 1\)"):
        tokenizer.encode_prompt("<bos><bos><|turn>user\nhi<turn|>\n")
    with pytest.raises(ValueError, match="must not contain <bos>"):
        tokenizer.encode_continuation('response:f{value:<|"|><bos><|"|>}<tool_response|>')
    pieces = [[107, 105], tokenizer.encode("user"), [107], tokenizer.encode("hi"), [106, 107]]
    assert tokenizer.encode_continuation("\n<|turn>user\nhi<turn|>\n") == [
        i for piece in pieces for i in piece
    ]
