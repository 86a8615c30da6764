"""SimulatedEngine: a latency model of a batching server, for benchmarks without a GPU.

**A named benchmark fake, not a model.** Every request answers with the same filler text of
``output_tokens`` tokens followed by ``<turn|>`` (a final answer, so a run is one step). What it models
is *time*: a server that decodes ``tokens_per_s`` tokens per second in total, shared equally among the
requests it is decoding at that moment (continuous batching: one request alone gets all of it, 256 get
1/256 each), with at most ``max_concurrency`` requests decoding (vLLM's ``max_num_seqs``; the rest wait
in line) and an optional prefill cost of ``prefill_tokens_per_s`` for the prompt tokens not already
cached. Its ideal throughput is therefore exactly ``tokens_per_s`` whenever at least one request is in
flight; `bench/bench_batch.py` measures how close a batch of agent runs gets to it.

The sharing is exact processor sharing: a single "tokens served per request" clock advances at
``tokens_per_s / active`` and each request has received the clock's advance since it joined; a request
stops counting as active the moment its last token is due. Requests wake only when a chunk is due, so
the fake costs little CPU even with hundreds in flight.
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections.abc import AsyncIterator, Sequence

import anyio

from agentkit.engines.base import Chunk, FinishReason, MediaInput, SamplingParams
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import TURN_CLOSE_ID

GEMMA4_CONTEXT_LENGTH = 262_144
FILLER = "The quick brown fox jumps over the lazy dog. "
_MIN_SLEEP_S = 0.001


class _SharedDecoder:
    """Exact processor sharing: ``served`` is what every active request has received since time zero.

    Each request joins with the tokens it will generate, so the decoder knows the virtual time at which
    it is done and stops sharing with it at that moment, even if its consumer reads the tokens later (a
    server does not keep decoding for a slow client).
    """

    def __init__(self, tokens_per_s: float) -> None:
        self.rate = tokens_per_s
        self.served = 0.0
        self._last = time.monotonic()
        self._finishes: list[tuple[float, int]] = []  # heap of (served when done, request number)
        self._live: set[int] = set()
        self._requests: dict[int, tuple[float, int]] = {}  # number -> (served when it joined, tokens)
        self._numbers = itertools.count()

    @property
    def active(self) -> int:
        return len(self._live)

    def _advance(self) -> None:
        now, moment = time.monotonic(), self._last
        while self._finishes:
            finish, number = self._finishes[0]
            if number not in self._live:  # left early (aborted): no longer shares
                heapq.heappop(self._finishes)
                continue
            reached = moment + (finish - self.served) * len(self._live) / self.rate
            if reached > now:
                break
            self.served, moment = max(self.served, finish), reached
            heapq.heappop(self._finishes)
            self._live.discard(number)
        if self._live:
            self.served += (now - moment) * self.rate / len(self._live)
        self._last = now

    def join(self, tokens: int) -> int:
        self._advance()
        number = next(self._numbers)
        self._live.add(number)
        self._requests[number] = (self.served, tokens)
        heapq.heappush(self._finishes, (self.served + tokens, number))
        return number

    def leave(self, number: int) -> None:
        self._advance()
        self._live.discard(number)
        self._requests.pop(number, None)

    def received(self, number: int) -> int:
        """Tokens request ``number`` has been given so far (all of them once it is done: no float
        rounding can leave a finished request one token short while nothing else advances the clock)."""
        self._advance()
        joined_at, tokens = self._requests[number]
        if number not in self._live:
            return tokens
        return min(tokens, int(self.served - joined_at))

    def seconds_for(self, tokens: float) -> float:
        """How long ``tokens`` more take for one request at the current sharing."""
        return tokens * max(1, self.active) / self.rate


class SimulatedEngine:
    """A batching server's timing with fixed output (see the module docstring). Usage is real counts."""

    def __init__(
        self,
        tokenizer: Gemma4Tokenizer,
        *,
        tokens_per_s: float = 2000.0,
        max_concurrency: int = 256,
        output_tokens: int = 64,
        prefill_tokens_per_s: float | None = None,
        chunk_tokens: int = 8,
        context_length: int = GEMMA4_CONTEXT_LENGTH,
    ) -> None:
        problems = []
        if tokens_per_s <= 0:
            problems.append(f"tokens_per_s must be > 0, got {tokens_per_s}")
        if max_concurrency < 1:
            problems.append(f"max_concurrency must be >= 1, got {max_concurrency}")
        if output_tokens < 1:
            problems.append(f"output_tokens must be >= 1, got {output_tokens}")
        if prefill_tokens_per_s is not None and prefill_tokens_per_s <= 0:
            problems.append(f"prefill_tokens_per_s must be > 0, got {prefill_tokens_per_s}")
        if chunk_tokens < 1:
            problems.append(f"chunk_tokens must be >= 1, got {chunk_tokens}")
        if problems:
            raise ValueError("invalid SimulatedEngine: " + "; ".join(problems))
        self._tokenizer = tokenizer
        self.tokens_per_s = tokens_per_s
        self.max_concurrency = max_concurrency
        self.prefill_tokens_per_s = prefill_tokens_per_s
        self._chunk_tokens = chunk_tokens
        self._context_length = context_length
        filler = tokenizer.encode(FILLER)
        body = (filler * (output_tokens // len(filler) + 1))[: output_tokens - 1]
        self._output = [*body, TURN_CLOSE_ID]  # the stop token is a generated token too
        self._decoder = _SharedDecoder(tokens_per_s)
        self._slots = anyio.CapacityLimiter(max_concurrency)
        self._running: set[str] = set()
        self._aborted: set[str] = set()
        self._seen_prefixes: set[int] = set()  # hashes of 16-token block prefixes

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self._tokenizer

    @property
    def context_length(self) -> int:
        return self._context_length

    @property
    def in_flight(self) -> int:
        """Requests decoding right now (not counting those waiting for a slot)."""
        return self._decoder.active

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        check_prompt(prompt_ids, self._context_length, self._tokenizer.vocab_size)
        check_request_id(request_id, self._running)
        self._running.add(request_id)
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(prompt_ids), context_length=self._context_length
        )
        try:
            async with self._slots:
                cached = self._cached(prompt_ids)
                if self.prefill_tokens_per_s is not None:
                    await anyio.sleep((len(prompt_ids) - cached) / self.prefill_tokens_per_s)
                total = len(self._output)
                number = self._decoder.join(total)
                try:
                    emitted = 0
                    while emitted < total and not out.done and request_id not in self._aborted:
                        due = self._decoder.received(number)
                        if due - emitted >= min(self._chunk_tokens, total - emitted):
                            upto = min(due, emitted + self._chunk_tokens)
                            out.feed(self._output[emitted:upto])
                            emitted = upto
                            if out.done:
                                break  # the final chunk carries what is pending
                            chunk = out.take()
                            if chunk is not None:
                                yield chunk
                            continue
                        wanted = min(self._chunk_tokens, total - emitted) - (due - emitted)
                        await anyio.sleep(max(_MIN_SLEEP_S, self._decoder.seconds_for(wanted)))
                finally:
                    self._decoder.leave(number)
            reason: FinishReason = "abort" if request_id in self._aborted else "stop"
            yield out.final(reason, cached_prompt_tokens=cached)
        finally:
            self._running.discard(request_id)
            self._aborted.discard(request_id)

    def _cached(self, prompt_ids: Sequence[int]) -> int:
        """Prefix caching in 16-token blocks: the longest block prefix seen before counts as cached."""
        cached = 0
        for end in range(16, len(prompt_ids), 16):
            block = hash(tuple(prompt_ids[:end]))
            if block in self._seen_prefixes:
                cached = end
            else:
                self._seen_prefixes.add(block)
        return cached

    async def abort(self, request_id: str) -> None:
        if request_id in self._running:
            self._aborted.add(request_id)

    async def close(self) -> None:
        self._running.clear()
