"""ReplayEngine: plays recorded or scripted model outputs; RecordingEngine: records any engine.

The ReplayEngine is the named test double of agentkit: it stands in for the GPU model in tests and
examples. It tokenizes its outputs with the real Gemma 4 tokenizer and streams them through the same
`OutputAssembler` as the real engines, so chunks, stop tokens and usage look exactly like theirs.

Each `stream` call plays the next output, in order. An output is a string or a list of token ids:

* A string that ends with a stop token's text (``<turn|>``, ``<|tool_response>``, ``<eos>``) is
  tokenized whole; the stop token is cut from the chunks and reported as ``stop_token_id`` with
  ``finish_reason="stop"``, as a real engine would.
* An output without a stop token ends with ``finish_reason="stop"`` and ``stop_token_id=None`` (a
  scripted end), unless ``max_tokens`` (or the context length) cuts it first: then ``"length"``.
* A stop token anywhere but at the end is an error at construction: the rest would be silently lost.

Recorded files are JSONL, one output per line: ``{"completion": str}`` or ``{"completion_ids": [int]}``
(ids win when both are present; a ``stop_token_id`` beside them is appended if the ids lack it). Lines
whose ``type`` is not ``"completion"`` are skipped and other keys ignored, so both `RecordingEngine.save`
files and run trajectories (agentkit.agent.trajectory: header + events, ``completion`` events) load.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import anyio

from agentkit.engines.base import (
    Chunk,
    Engine,
    EngineExhausted,
    FinishReason,
    MediaInput,
    SamplingParams,
    Usage,
)
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import EOS_ID, STOP_TOKEN_IDS

GEMMA4_CONTEXT_LENGTH = 262_144
_ALWAYS_STOP = frozenset(STOP_TOKEN_IDS) | {EOS_ID}


def load_outputs(path: str | os.PathLike[str]) -> list[str | list[int]]:
    """Read a JSONL file of ``{"completion": str}`` / ``{"completion_ids": [int]}`` lines."""
    file = Path(path)
    outputs: list[str | list[int]] = []
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{file}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not JSON: {error}") from error
            if not isinstance(record, dict):
                # A malformed file is a value problem, not a programming error: ValueError like the rest.
                raise ValueError(f"{where}: expected an object, got {type(record).__name__}")  # noqa: TRY004
            if record.get("type", "completion") != "completion":
                continue  # a trajectory's header and other events
            ids = record.get("completion_ids")
            if ids is not None:
                if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
                    raise ValueError(f"{where}: completion_ids must be a list of integers")
                stop = record.get("stop_token_id")
                if isinstance(stop, int) and (not ids or ids[-1] != stop):
                    ids = [*ids, stop]  # trajectories keep the stop token beside the ids
                outputs.append(ids)
            elif isinstance(record.get("completion"), str):
                outputs.append(record["completion"])
            else:
                raise ValueError(f"{where}: needs a string 'completion' or an integer list 'completion_ids'")
    return outputs


class ReplayEngine:
    """Plays ``outputs`` one per request. See the module docstring for stop-token rules.

    ``chunk_tokens`` ids go in each chunk; ``first_token_delay_s`` passes before the first chunk and
    ``delay_s`` between chunks. ``cycle`` starts over after the last output; otherwise a request after
    the last one raises `EngineExhausted` naming ``source`` (where the outputs came from: `from_jsonl`
    sets the file), and an agent run ends with ``ExitReason.OUTPUTS_EXHAUSTED``.
    Prefix caching is imitated so usage is realistic: ``cached_prompt_tokens`` is the longest prefix
    shared with an earlier prompt, rounded down to ``cache_block_size``. Media and sampling
    constraints (regex/grammar) are accepted and ignored: the outputs are fixed.
    """

    def __init__(
        self,
        outputs: Iterable[str | Sequence[int]],
        tokenizer: Gemma4Tokenizer,
        *,
        chunk_tokens: int = 1,
        delay_s: float = 0.0,
        first_token_delay_s: float = 0.0,
        context_length: int = GEMMA4_CONTEXT_LENGTH,
        cache_block_size: int = 16,
        cycle: bool = False,
        source: str | None = None,
    ) -> None:
        if chunk_tokens < 1:
            raise ValueError(f"chunk_tokens must be >= 1, got {chunk_tokens}")
        if cache_block_size < 1:
            raise ValueError(f"cache_block_size must be >= 1, got {cache_block_size}")
        self._tokenizer = tokenizer
        self._outputs = [self._to_ids(index, output) for index, output in enumerate(outputs)]
        self._chunk_tokens = chunk_tokens
        self._delay_s = delay_s
        self._first_token_delay_s = first_token_delay_s
        self._context_length = context_length
        self._block = cache_block_size
        self._cycle = cycle
        self.source = source
        self._next = 0
        self._seen_prompts: list[tuple[int, ...]] = []
        self._aborted: set[str] = set()
        self._running: set[str] = set()

    @classmethod
    def from_jsonl(
        cls, path: str | os.PathLike[str], tokenizer: Gemma4Tokenizer, **options: Any
    ) -> ReplayEngine:
        return cls(load_outputs(path), tokenizer, **{"source": str(path), **options})

    def _to_ids(self, index: int, output: str | Sequence[int]) -> list[int]:
        ids = self._tokenizer.encode(output) if isinstance(output, str) else [int(i) for i in output]
        for position, token_id in enumerate(ids[:-1]):
            if token_id in _ALWAYS_STOP:
                raise ValueError(
                    f"replay output {index}: stop token {self._tokenizer.id_to_token(token_id)!r} at "
                    f"token {position} of {len(ids)}; a stop token may only end an output "
                    "(a real engine would stop there and the rest would be lost)"
                )
        return ids

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self._tokenizer

    @property
    def context_length(self) -> int:
        return self._context_length

    @property
    def remaining(self) -> int:
        """Outputs not yet played (``cycle`` engines never run out)."""
        return len(self._outputs) - self._next

    def _take_output(self) -> list[int]:
        if self._next >= len(self._outputs):
            if not (self._cycle and self._outputs):
                played = f"all {len(self._outputs)} were played"
                if self.source is not None:
                    played = f"all {len(self._outputs)} outputs of {self.source} were played"
                raise EngineExhausted(
                    f"{type(self).__name__} has no output left: {played}; give it more outputs (or cycle=True)"
                )
            self._next = 0
        output = self._outputs[self._next]
        self._next += 1
        return output

    def _next_output(self, prompt_ids: Sequence[int]) -> list[int]:
        """The ids to play for this request (the next recorded output; subclasses may look at the prompt)."""
        del prompt_ids
        return self._take_output()

    def _cached_prefix(self, prompt: tuple[int, ...]) -> int:
        best = 0
        for earlier in self._seen_prompts:
            if len(earlier) <= best:
                continue
            if prompt[: len(earlier)] == earlier:  # the usual case, an earlier prompt extended: one C compare
                best = len(earlier)
                continue
            shared = 0
            for a, b in zip(earlier, prompt, strict=False):
                if a != b:
                    break
                shared += 1
            best = max(best, shared)
        self._seen_prompts.append(prompt)
        # Like vLLM: only whole blocks are cached, and the last prompt token is always computed.
        return min(best, len(prompt) - 1) // self._block * self._block

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
        output = self._next_output(prompt_ids)
        cached = self._cached_prefix(tuple(prompt_ids))
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(prompt_ids), context_length=self._context_length
        )
        self._running.add(request_id)
        try:
            await anyio.sleep(self._first_token_delay_s)
            for start in range(0, len(output), self._chunk_tokens):
                if request_id in self._aborted:
                    yield out.final("abort", cached_prompt_tokens=cached)
                    return
                if start:
                    await anyio.sleep(self._delay_s)
                out.feed(output[start : start + self._chunk_tokens])
                if out.done:
                    break
                chunk = out.take()
                if chunk is not None:
                    yield chunk
            reason: FinishReason = "abort" if request_id in self._aborted else "stop"
            yield out.final(reason, cached_prompt_tokens=cached)
        finally:
            self._running.discard(request_id)
            self._aborted.discard(request_id)

    async def abort(self, request_id: str) -> None:
        if request_id in self._running:
            self._aborted.add(request_id)

    async def close(self) -> None:
        self._running.clear()


@dataclass
class Record:
    """One request as an engine answered it."""

    request_id: str
    prompt_ids: list[int]
    completion_ids: list[int]
    completion: str
    finish_reason: FinishReason | None
    stop_token_id: int | None
    usage: dict[str, Any] = field(default_factory=dict)
    recorded_at: float = field(default_factory=time.time)


class RecordingEngine:
    """Wraps any engine and records what it produced, for replay (`save` writes JSONL).

    ``completion`` and ``completion_ids`` include the stop token when there was one, so a
    `ReplayEngine` loaded from the file ends each output the same way.
    """

    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.records: list[Record] = []

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self.inner.tokenizer

    @property
    def context_length(self) -> int:
        return self.inner.context_length

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        ids: list[int] = []
        texts: list[str] = []
        async for chunk in self.inner.stream(prompt_ids, sampling, request_id=request_id, media=media):
            ids.extend(chunk.token_ids)
            texts.append(chunk.text)
            if chunk.finish_reason is not None:
                if chunk.stop_token_id is not None:
                    ids.append(chunk.stop_token_id)
                    texts.append(self.tokenizer.decode([chunk.stop_token_id]))
                usage = chunk.usage or Usage()
                self.records.append(
                    Record(
                        request_id=request_id,
                        prompt_ids=list(prompt_ids),
                        completion_ids=ids,
                        completion="".join(texts),
                        finish_reason=chunk.finish_reason,
                        stop_token_id=chunk.stop_token_id,
                        usage=asdict(usage),
                    )
                )
            yield chunk

    async def abort(self, request_id: str) -> None:
        await self.inner.abort(request_id)

    async def close(self) -> None:
        await self.inner.close()

    def save(self, path: str | os.PathLike[str]) -> Path:
        file = Path(path)
        with file.open("w", encoding="utf-8") as out:
            for record in self.records:
                out.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")
        return file
