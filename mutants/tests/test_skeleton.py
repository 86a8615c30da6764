"""The package imports, the CLI starts, and the real tokenizer matches the special-token table."""

from __future__ import annotations

import subprocess
import sys

from agentkit.gemma4 import tokens


def test_special_token_ids_match_real_tokenizer(tokenizer) -> None:  # type: ignore[no-untyped-def]
    for text, token_id in tokens.TOKEN_IDS.items():
        assert tokenizer.token_to_id(text) == token_id, text
    assert tokenizer.vocab_size == 262144


def test_encode_never_adds_bos(tokenizer) -> None:  # type: ignore[no-untyped-def]
    assert tokenizer.encode("<bos>hi")[0:2] == [tokens.BOS_ID, tokenizer.encode("hi")[0]]
    assert tokenizer.encode("<bos>hi").count(tokens.BOS_ID) == 1


def test_cli_help_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "agentkit.cli.app", "--help"], check=False, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert "gemma4" in out.stdout
