"""The Engine seam: token ids in, token ids and text out, streamed.

Every engine (embedded vLLM, OpenAI-compatible HTTP servers, transformers, replay) implements
`Engine` and yields the same `Chunk` and `Usage` types, so the agent loop never knows which runs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import STOP_TOKEN_IDS

FinishReason = Literal["stop", "length", "abort"]


@dataclass(frozen=True)
class SamplingParams:
    """Sampling for one request. Defaults are the Gemma 4 model card's.

    ``temperature=0`` means greedy decoding; ``top_k=0`` turns top-k off. Every engine also stops at
    ``<eos>`` (id 1) even when it is not listed, as vLLM does. ``regex`` constrains the generated *text*
    (special tokens spelled as text pieces can match); ``grammar`` is a Lark grammar for vLLM's structured
    outputs in which ``<[48]>`` matches the single token with id 48, so a grammar can demand real special
    tokens (``<|tool_call>``, ``<|"|>``). Do not put stop tokens in a grammar: the engine stops on them
    after the grammar completes.
    """

    temperature: float = 1.0
    top_p: float = 0.95
    top_k: int = 64
    max_tokens: int = 4096
    seed: int | None = None
    stop_token_ids: tuple[int, ...] = STOP_TOKEN_IDS
    # Constrained decoding (engines that support it): a regular expression or a Lark/EBNF grammar.
    regex: str | None = None
    grammar: str | None = None

    def __post_init__(self) -> None:
        problems = []
        if self.temperature < 0:
            problems.append(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            problems.append(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0:
            problems.append(f"top_k must be >= 0 (0 turns it off), got {self.top_k}")
        if self.max_tokens < 1:
            problems.append(f"max_tokens must be >= 1, got {self.max_tokens}")
        if self.regex is not None and self.grammar is not None:
            problems.append("give either regex or grammar, not both")
        if problems:
            raise ValueError("invalid SamplingParams: " + "; ".join(problems))


@dataclass(frozen=True)
class MediaInput:
    """Images and video frames for one prompt, in the order of their placeholders."""

    images: Sequence[Any] = ()
    videos: Sequence[Any] = ()


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    cached_prompt_tokens: int = 0
    generated_tokens: int = 0
    time_to_first_token_s: float | None = None
    decode_tokens_per_s: float | None = None


@dataclass(frozen=True)
class Chunk:
    """A piece of generated output.

    ``text`` is the decoded text of ``token_ids`` with special tokens kept. The stop token itself is
    never in ``text`` nor in ``token_ids``; it is reported as ``stop_token_id`` on the last chunk (and
    counted in ``Usage.generated_tokens``). Text is decoded incrementally: a chunk whose tokens end in
    the middle of a UTF-8 character holds those bytes back, so ``text`` may be empty while
    ``token_ids`` is not. The last chunk of a request has ``finish_reason`` set and carries the
    request's ``usage``.
    """

    token_ids: tuple[int, ...]
    text: str
    finish_reason: FinishReason | None = None
    stop_token_id: int | None = None
    usage: Usage | None = None


class EngineError(RuntimeError):
    """The engine failed; the message says why and what to do."""


class EngineUnavailable(EngineError):
    """This engine cannot run here (no GPU, package missing, server unreachable)."""


class EngineRequestRejected(EngineError):
    """The engine refused this request (bad parameters, prompt too long); resending it will not help."""


class EngineConstraintRefused(EngineRequestRejected):
    """The engine (a server) refused the request's grammar or regex; the same request without the
    constraint may run. The agent loop then generates unconstrained and records that it did."""


class EngineExhausted(EngineError):
    """The engine has no output left to give (a replay or a script that was played to its end). Not a
    failure of the run: the agent loop ends the run with ``ExitReason.OUTPUTS_EXHAUSTED``."""


class EngineStreamBroken(EngineError):
    """The output stream broke after some chunks were delivered; the request did not complete."""


def can_constrain(engine: object) -> bool:
    """Whether ``engine`` enforces ``SamplingParams.grammar``/``regex`` while it decodes.

    An optional capability: an engine says so with a true ``constrains_output`` attribute (the embedded
    vLLM engine; the HTTP engine when its server has structured outputs). Engines without it (or with
    it false) accept a constraint and ignore it, so their output must be parsed and repaired instead.
    """
    return getattr(engine, "constrains_output", False) is True


@runtime_checkable
class Engine(Protocol):
    @property
    def tokenizer(self) -> Gemma4Tokenizer: ...

    @property
    def context_length(self) -> int: ...

    def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        """Generate for ``prompt_ids``; the last chunk has ``finish_reason`` and ``usage``."""
        ...

    async def abort(self, request_id: str) -> None:
        """Stop a running request; its stream ends with ``finish_reason="abort"``."""
        ...

    async def close(self) -> None: ...
