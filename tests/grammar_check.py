"""Check token sequences against a call grammar with xgrammar's own matcher (what vLLM runs), on the
real Gemma 4 tokenizer; no engine needed."""

from __future__ import annotations

from functools import cache
from typing import Any

from agentkit.gemma4.tokenizer import Gemma4Tokenizer, default_tokenizer_path
from agentkit.gemma4.tokens import STOP_TOKEN_IDS


@cache
def _compiler() -> Any:
    import xgrammar as xgr
    from transformers import PreTrainedTokenizerFast

    hf = PreTrainedTokenizerFast(tokenizer_file=str(default_tokenizer_path()))
    info = xgr.TokenizerInfo.from_huggingface(hf, vocab_size=262144, stop_token_ids=list(STOP_TOKEN_IDS))
    return xgr.GrammarCompiler(info)


@cache
def tokenizer() -> Gemma4Tokenizer:
    return Gemma4Tokenizer.from_file(default_tokenizer_path())


@cache
def _compiled(grammar: str) -> Any:
    import xgrammar as xgr

    return _compiler().compile_grammar(xgr.Grammar.from_lark(grammar))


def accepts(grammar: str, text: str, *, stop: int = 50) -> bool:
    """The grammar takes ``text`` (special tokens spelled as themselves) and then the stop token."""
    import xgrammar as xgr

    matcher = xgr.GrammarMatcher(_compiled(grammar), override_stop_tokens=list(STOP_TOKEN_IDS))
    for token_id in tokenizer().encode(text):
        if not matcher.accept_token(token_id):
            return False
    return bool(matcher.accept_token(stop))
