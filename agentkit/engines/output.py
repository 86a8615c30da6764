"""Turning generated token ids into `Chunk`s, the same way for every engine.

Engines hand raw ids to an `OutputAssembler`; it decodes them incrementally (special tokens kept, never
splitting a UTF-8 character), cuts at the first stop token or at ``max_tokens`` / the context length,
and times the request for `Usage`. Doing this in one place is what makes every engine yield the same
chunks for the same ids.
"""

from __future__ import annotations

import time
from collections.abc import Container, Iterable, Sequence

from tokenizers.decoders import DecodeStream

from agentkit.engines.base import (
    Chunk,
    EngineError,
    EngineRequestRejected,
    FinishReason,
    SamplingParams,
    Usage,
)
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import BOS_ID, EOS_ID


class IncrementalDecoder:
    """Decodes a growing id sequence piece by piece; joined pieces equal ``tokenizer.decode(all_ids)``.

    A token can carry half of a multi-byte character (byte-fallback tokens); its bytes are held back
    until the character is complete. `flush` returns whatever is still held at the end.
    """

    def __init__(self, tokenizer: Gemma4Tokenizer) -> None:
        self._tokenizer = tokenizer
        self._stream = DecodeStream(skip_special_tokens=False)
        self._ids: list[int] = []
        self._emitted: list[str] = []

    def push(self, ids: Iterable[int]) -> str:
        out: list[str] = []
        for token_id in ids:
            self._ids.append(token_id)
            piece = self._stream.step(self._tokenizer.backend, token_id)
            if piece:
                out.append(piece)
        text = "".join(out)
        if text:
            self._emitted.append(text)
        return text

    def flush(self) -> str:
        """The text still held back (an incomplete character at the very end decodes as U+FFFD)."""
        emitted = "".join(self._emitted)
        full = self._tokenizer.decode(self._ids)
        if not full.startswith(emitted):
            # Cannot happen with a byte-level tokenizer; fail loudly rather than emit wrong text.
            raise RuntimeError(f"incremental decode diverged: {emitted!r} is not a prefix of {full!r}")
        rest = full[len(emitted) :]
        if rest:
            self._emitted.append(rest)
        return rest


def check_prompt(prompt_ids: Sequence[int], context_length: int, vocab_size: int) -> None:
    """Reject prompts no engine should run: empty, a double BOS, out-of-vocabulary ids, no room to generate."""
    if not prompt_ids:
        raise EngineRequestRejected("the prompt is empty; render at least <bos> and a turn")
    if len(prompt_ids) >= context_length:
        raise EngineRequestRejected(
            f"the prompt has {len(prompt_ids)} tokens; the context length is {context_length}, "
            "so no token can be generated (shorten the conversation or raise max_model_len)"
        )
    if len(prompt_ids) >= 2 and prompt_ids[0] == prompt_ids[1] == BOS_ID:
        raise EngineRequestRejected(
            "the prompt starts with two <bos> tokens; the rendered prompt already has one, so encode it "
            "without adding special tokens"
        )
    if min(prompt_ids) >= 0 and max(prompt_ids) < vocab_size:
        return  # every request, over the whole prompt: two C passes; the loop below only names the culprit
    for position, token_id in enumerate(prompt_ids):
        if not 0 <= token_id < vocab_size:
            raise EngineRequestRejected(
                f"prompt token {position} is {token_id}, outside the vocabulary (0..{vocab_size - 1})"
            )


def check_request_id(request_id: str, running: Container[str]) -> None:
    """Reject a request id that is still streaming: engines find a request by its id (to abort it), so
    two live requests must never share one."""
    if request_id in running:
        raise EngineError(f"request id {request_id!r} is already running")


class OutputAssembler:
    """One request's output: feed generated ids, take chunks, end with `final`.

    Usage from an engine's stream loop::

        out = OutputAssembler(tokenizer, sampling, prompt_tokens=len(ids), context_length=n)
        for new_ids in engine_outputs:
            out.feed(new_ids)
            if out.done:
                break
            chunk = out.take()
            if chunk is not None:
                yield chunk
        yield out.final()          # "stop"/"length" when feed saw it, else the reason given

    ``done`` turns true at the first stop token (``sampling.stop_token_ids`` plus ``<eos>``) or when the
    generated count reaches ``max_tokens`` or the context length; ids after that are ignored.
    """

    def __init__(
        self,
        tokenizer: Gemma4Tokenizer,
        sampling: SamplingParams,
        *,
        prompt_tokens: int,
        context_length: int,
    ) -> None:
        self._decoder = IncrementalDecoder(tokenizer)
        self._stop_ids = frozenset(sampling.stop_token_ids) | {EOS_ID}
        self._limit = max(0, min(sampling.max_tokens, context_length - prompt_tokens))
        self._prompt_tokens = prompt_tokens
        self._started = time.perf_counter()
        self._first_token_at: float | None = None
        self._last_token_at: float | None = None
        self._pending_ids: list[int] = []
        self._pending_text: list[str] = []
        self.generated = 0
        self.finish_reason: FinishReason | None = None
        self.stop_token_id: int | None = None

    @property
    def done(self) -> bool:
        return self.finish_reason is not None

    def feed(self, ids: Iterable[int]) -> None:
        accepted: list[int] = []
        for token_id in ids:
            if self.done:
                break
            now = time.perf_counter()
            if self._first_token_at is None:
                self._first_token_at = now
            self._last_token_at = now
            self.generated += 1
            if token_id in self._stop_ids:
                self.finish_reason = "stop"
                self.stop_token_id = token_id
                break
            accepted.append(token_id)
            if self.generated >= self._limit:
                self.finish_reason = "length"
        if accepted:
            self._pending_ids.extend(accepted)
            self._pending_text.append(self._decoder.push(accepted))

    def take(self) -> Chunk | None:
        """The ids fed since the last chunk, as a non-final chunk (None if there are none)."""
        if not self._pending_ids:
            return None
        chunk = Chunk(token_ids=tuple(self._pending_ids), text="".join(self._pending_text))
        self._pending_ids.clear()
        self._pending_text.clear()
        return chunk

    def final(
        self,
        reason: FinishReason = "stop",
        *,
        stop_token_id: int | None = None,
        cached_prompt_tokens: int = 0,
        generated_tokens: int | None = None,
    ) -> Chunk:
        """The last chunk: pending ids, held-back text, finish reason and usage.

        ``reason``/``stop_token_id`` apply only when `feed` did not already see the end (an abort, or
        an engine that reports its stop token without sending it). ``generated_tokens`` overrides the
        count when the engine knows better (a server that sends text, not ids).
        """
        if self.finish_reason is None:
            self.finish_reason = reason
            self.stop_token_id = stop_token_id if reason == "stop" else None
        pending = self.take()
        tail = self._decoder.flush()
        return Chunk(
            token_ids=pending.token_ids if pending else (),
            text=(pending.text if pending else "") + tail,
            finish_reason=self.finish_reason,
            stop_token_id=self.stop_token_id,
            usage=self.usage(cached_prompt_tokens, generated_tokens),
        )

    def usage(self, cached_prompt_tokens: int = 0, generated_tokens: int | None = None) -> Usage:
        generated = self.generated if generated_tokens is None else generated_tokens
        ttft = None if self._first_token_at is None else self._first_token_at - self._started
        rate = None
        if self._first_token_at is not None and self._last_token_at is not None and generated >= 2:
            elapsed = self._last_token_at - self._first_token_at
            if elapsed > 0:
                rate = (generated - 1) / elapsed
        return Usage(
            prompt_tokens=self._prompt_tokens,
            cached_prompt_tokens=min(cached_prompt_tokens, self._prompt_tokens),
            generated_tokens=generated,
            time_to_first_token_s=ttft,
            decode_tokens_per_s=rate,
        )
