"""Loading the Gemma 4 tokenizer and turning rendered prompts into ids.

The rendered prompt already starts with ``<bos>`` (the template emits it), so encoding never adds
special tokens: that is what keeps a double BOS out of the engine.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tokenizers import Tokenizer

from agentkit.gemma4 import tokens


class TokenizerNotFound(FileNotFoundError):
    """No tokenizer.json where one was expected."""


class Gemma4Tokenizer:
    """A thin, typed wrapper over a `tokenizers.Tokenizer` built from Gemma 4's tokenizer.json."""

    def __init__(self, backend: Tokenizer, *, source: str = "<memory>") -> None:
        self._backend = backend
        self.source = source
        vocab = backend.get_vocab(with_added_tokens=True)
        for text, expected_id in tokens.TOKEN_IDS.items():
            found = vocab.get(text)
            if found != expected_id:
                raise ValueError(
                    f"{source}: not a Gemma 4 tokenizer: special token {text!r} has id {found}, "
                    f"expected {expected_id}"
                )

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gemma4Tokenizer:
        file = Path(path)
        if not file.is_file():
            raise TokenizerNotFound(f"no tokenizer file at {file}")
        return cls(Tokenizer.from_file(str(file)), source=str(file))

    @classmethod
    def from_checkpoint(cls, folder: str | os.PathLike[str]) -> Gemma4Tokenizer:
        """Load ``tokenizer.json`` from a checkpoint folder (a local copy of the model repository)."""
        file = Path(folder) / "tokenizer.json"
        if not file.is_file():
            raise TokenizerNotFound(
                f"{folder} has no tokenizer.json; point at a Gemma 4 checkpoint folder "
                "(for example a local copy of nvidia/Gemma-4-31B-IT-NVFP4)"
            )
        return cls.from_file(file)

    @property
    def vocab_size(self) -> int:
        return int(self._backend.get_vocab_size(with_added_tokens=True))

    def encode(self, text: str) -> list[int]:
        """Ids of ``text`` exactly as written: special tokens in the text are matched, none are added."""
        return list(self._backend.encode(text, add_special_tokens=False).ids)

    def encode_prompt(self, prompt: str) -> list[int]:
        """Ids of a whole rendered prompt, which carries its own ``<bos>``: exactly one, first.

        Raises ValueError on a prompt without a leading ``<bos>`` or with a second one (a double BOS,
        or ``<bos>`` written inside a message, which the tokenizer would read as the special token).
        """
        ids = self.encode(prompt)
        if not ids or ids[0] != tokens.BOS_ID:
            raise ValueError("a rendered prompt starts with <bos>; this one does not (render it first)")
        extra = ids.count(tokens.BOS_ID) - 1
        if extra:
            at = ids.index(tokens.BOS_ID, 1)
            raise ValueError(f"prompt has {extra + 1} <bos> tokens (the second at token {at}); expected one")
        return ids

    def encode_continuation(self, text: str) -> list[int]:
        """Ids of text that continues a prompt at a token seam (``PromptDelta.text``,
        ``tool_results_text``, ``user_turn_text``), to append to the ids already sent. No ``<bos>``.
        """
        ids = self.encode(text)
        if tokens.BOS_ID in ids:
            raise ValueError(
                f"a continuation must not contain <bos> (found at token {ids.index(tokens.BOS_ID)})"
            )
        return ids

    def encode_batch(self, texts: Sequence[str]) -> list[list[int]]:
        return [list(e.ids) for e in self._backend.encode_batch(list(texts), add_special_tokens=False)]

    def decode(self, ids: Sequence[int]) -> str:
        """Text of ``ids`` with special tokens kept (the parser needs every marker)."""
        return str(self._backend.decode(list(ids), skip_special_tokens=False))

    def token_to_id(self, token: str) -> int | None:
        found = self._backend.token_to_id(token)
        return None if found is None else int(found)

    def id_to_token(self, token_id: int) -> str | None:
        found = self._backend.id_to_token(token_id)
        return None if found is None else str(found)

    @property
    def backend(self) -> Tokenizer:
        return self._backend
