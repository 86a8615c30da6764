"""A replay engine that keeps what each request asked for, shared by the loop tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from agentkit.engines.base import Chunk, EngineConstraintRefused, MediaInput, SamplingParams
from agentkit.engines.replay import ReplayEngine


class RequestLog(ReplayEngine):
    """The replay engine (the named stand-in for the GPU model), keeping each request's prompt ids,
    sampling and media for the test to read (it honours only ``max_tokens`` itself).

    ``constrains=True`` claims to constrain decoding, so the loop sends it grammars; ``refuse=True`` then
    refuses every grammar, as an engine would that cannot compile one."""

    def __init__(self, *args: Any, constrains: bool = False, refuse: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.constrains_output = constrains
        self.refuse = refuse
        self.prompts: list[list[int]] = []
        self.sampling: list[SamplingParams] = []
        self.media: list[MediaInput | None] = []

    @property
    def grammars(self) -> list[str | None]:
        return [sampling.grammar for sampling in self.sampling]

    def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        self.prompts.append(list(prompt_ids))
        self.sampling.append(sampling)
        self.media.append(media)
        if self.refuse and sampling.grammar is not None:
            raise EngineConstraintRefused("no grammars here")
        return super().stream(prompt_ids, sampling, request_id=request_id, media=media)
