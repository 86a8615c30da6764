"""Generating one step: stream the engine, feed the parser, enforce the thinking budget and the deadline.

`Generation` is iterated for the step's delta events (thought and text as they stream, and an error
event when the thinking budget closes a thought); once exhausted, ``.completion`` is the step's
`Completion`. Nothing here changes the run: it returns a value, and the loop decides what to do with it.

The sampling parameters come from the spec's per-step hook (``RunSpec.sampling_for``): the seam for
constraining a step (a grammar for tool choice, say).
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import anyio

from agentkit.agent.events import ErrorEvent, RunEvent, TextDelta, ThoughtDelta
from agentkit.agent.step import Completion
from agentkit.engines.base import Chunk, Engine, MediaInput, SamplingParams, Usage
from agentkit.gemma4 import THOUGHT_CLOSE, StreamParser, collect, parse, prompt_ends_in_thought


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁGenerationǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁGenerationǁ_run__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGenerationǁ_feed__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGenerationǁ_deltas__mutmut: MutantDict = {}  # type: ignore
mutants_xǁGenerationǁ_over_thought_budget__mutmut: MutantDict = {}  # type: ignore


class Generation:
    """One step's generation. ``async for event in generation`` streams; then read ``completion``."""

    @_mutmut_mutated(mutants_xǁGenerationǁ__init____mutmut)
    def __init__(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_orig(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_1(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = None
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_2(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = None
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_3(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = None
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_4(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = None
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_5(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = None
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_6(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = None
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_7(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = None
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_8(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = None
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_9(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = None  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_10(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(None)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_11(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = None
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_12(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(None, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_13(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=None)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_14(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_15(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, )
        self._completion: Completion | None = None

    def xǁGenerationǁ__init____mutmut_16(
        self,
        engine: Engine,
        *,
        run_id: str,
        step: int,
        prompt_ids: list[int],
        sampling: SamplingParams,
        tool_schemas: Mapping[str, Any],
        media: MediaInput | None = None,
        thought_budget: int | None = None,
        time_left: Callable[[], float] = lambda: float("inf"),
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = ""

    @property
    def completion(self) -> Completion:
        if self._completion is None:
            raise RuntimeError("the generation has not been iterated to its end")
        return self._completion

    def __aiter__(self) -> AsyncIterator[RunEvent]:
        return self._run()

    @_mutmut_mutated(mutants_xǁGenerationǁ_run__mutmut)
    async def _run(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_orig(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_1(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = None
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_2(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = None
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_3(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = None
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_4(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = None
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_5(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = None
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_6(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = None
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_7(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 1
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_8(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_9(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "XXabortXX", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_10(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "ABORT", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_11(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = None
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_12(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while False:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_13(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = None
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_14(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = None
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_15(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(None, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_16(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=None)
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_17(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_18(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, )
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_19(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(None, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_20(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, None))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_21(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_22(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, ))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_23(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(2, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_24(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens + len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_25(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = None
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_26(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = None
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_27(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = True
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_28(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    None
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_29(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        None, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_30(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, None, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_31(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=None, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_32(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=None
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_33(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_34(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_35(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_36(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_37(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids - ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_38(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(None)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_39(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(None)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_40(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = None
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_41(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(None, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_42(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, None):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_43(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_44(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, ):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_45(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought and self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_46(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens = len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_47(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens -= len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_48(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_49(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = None
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_50(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = False
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_51(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = None
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_52(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = None
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_53(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(None, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_54(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, None)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_55(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_56(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, )
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_57(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            return
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_58(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() < 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_59(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 1:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_60(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = None
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_61(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = False
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_62(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = None
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_63(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "XXstopXX"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_64(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "STOP"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_65(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            return
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_66(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(None):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_67(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = None
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_68(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = False
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_69(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            return
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_70(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_71(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=None):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_72(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=False):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_73(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(None)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_74(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(None)
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_75(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(None)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_76(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_77(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                return
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_78(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(None)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_79(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(None)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_80(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(None)
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_81(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(None))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_82(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = None
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_83(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = True
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_84(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=None,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_85(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=None,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_86(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind=None,
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_87(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=None,
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_88(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_89(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_90(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_91(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_92(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="XXthought_budgetXX",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_93(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="THOUGHT_BUDGET",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_94(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = None
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_95(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(None, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_96(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, None)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_97(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_98(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, )
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_99(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(None):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_100(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(None)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_101(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = None

    async def xǁGenerationǁ_run__mutmut_102(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=None,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_103(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=None,
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_104(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text=None,
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_105(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=None,
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_106(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=None,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_107(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=None,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_108(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=None,  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_109(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=None,
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_110(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=None,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_111(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=None,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_112(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=None,
        )

    async def xǁGenerationǁ_run__mutmut_113(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_114(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_115(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_116(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_117(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_118(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_119(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_120(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_121(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_122(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_123(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            )

    async def xǁGenerationǁ_run__mutmut_124(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(None),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_125(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(None),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_126(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="XXXX".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_127(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(None),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_128(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(None),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_129(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(None),
            usage=usage,
            duration_s=time.perf_counter() - began,
            timed_out=timed_out,
        )

    async def xǁGenerationǁ_run__mutmut_130(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(
                        self.prompt_ids + ids, sampling, request_id=request_id, media=self.media
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events):
                            yield event
                        if was_in_thought or self.in_thought:  # a chunk that opens or closes a thought counts
                            thought_tokens += len(chunk.token_ids)
                        if chunk.finish_reason is not None:
                            finished = True
                            finish_reason, stop_token_id = chunk.finish_reason, chunk.stop_token_id
                            usage = _add_usage(usage, chunk.usage)
                            break
                        if self.time_left() <= 0:
                            timed_out = True
                            finish_reason = "stop"
                            break
                        if self._over_thought_budget(thought_tokens):
                            over_budget = True
                            break
            finally:
                if not finished:
                    with anyio.CancelScope(shield=True):
                        await self.engine.abort(request_id)
            lengths.append(len(segment))
            ids.extend(segment)
            if not over_budget:
                break
            # The thinking budget is spent: close the thought as the model would, and let it answer.
            ids.append(THOUGHT_CLOSE.id)
            texts.append(THOUGHT_CLOSE.text)
            events.extend(self.parser.feed(THOUGHT_CLOSE.text))
            self.in_thought = False
            yield ErrorEvent(
                run_id=self.run_id,
                step=self.step,
                kind="thought_budget",
                message=f"the thought was closed after {thought_tokens} tokens (budget {self.thought_budget})",
            )
        end = self.parser.finish(stop_token_id, finish_reason)
        for event in self._deltas(end):
            yield event
        events.extend(end)
        self._completion = Completion(
            step=self.step,
            ids=tuple(ids),
            text="".join(texts),
            parsed=collect(events),
            finish_reason=finish_reason,
            stop_token_id=stop_token_id,
            generated_tokens=sum(lengths),  # the inserted thought closer was not generated
            request_lengths=tuple(lengths),
            usage=usage,
            duration_s=time.perf_counter() + began,
            timed_out=timed_out,
        )

    @_mutmut_mutated(mutants_xǁGenerationǁ_feed__mutmut)
    def _feed(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_orig(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_1(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = None
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_2(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(None)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_3(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(None)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_4(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = None
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_5(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) and (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_6(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought or not _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_7(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and _leaves_thought(event)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_8(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(None)
            )
        return self._deltas(new)

    def xǁGenerationǁ_feed__mutmut_9(self, text: str, events: list[parse.Event]) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        return self._deltas(None)

    @_mutmut_mutated(mutants_xǁGenerationǁ_deltas__mutmut)
    def _deltas(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_orig(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_1(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = None
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_2(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(None)
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_3(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=None, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_4(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=None, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_5(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=None))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_6(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_7(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_8(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, ))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_9(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(None)
        return out

    def xǁGenerationǁ_deltas__mutmut_10(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=None, step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_11(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=None, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_12(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, text=None))
        return out

    def xǁGenerationǁ_deltas__mutmut_13(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(step=self.step, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_14(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, text=event.text))
        return out

    def xǁGenerationǁ_deltas__mutmut_15(self, events: list[parse.Event]) -> list[RunEvent]:
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(ThoughtDelta(run_id=self.run_id, step=self.step, text=event.text))
            elif isinstance(event, parse.TextDelta):
                out.append(TextDelta(run_id=self.run_id, step=self.step, ))
        return out

    @_mutmut_mutated(mutants_xǁGenerationǁ_over_thought_budget__mutmut)
    def _over_thought_budget(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None and self.in_thought and thought_tokens >= self.thought_budget

    def xǁGenerationǁ_over_thought_budget__mutmut_orig(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None and self.in_thought and thought_tokens >= self.thought_budget

    def xǁGenerationǁ_over_thought_budget__mutmut_1(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None and self.in_thought or thought_tokens >= self.thought_budget

    def xǁGenerationǁ_over_thought_budget__mutmut_2(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None or self.in_thought and thought_tokens >= self.thought_budget

    def xǁGenerationǁ_over_thought_budget__mutmut_3(self, thought_tokens: int) -> bool:
        return self.thought_budget is None and self.in_thought and thought_tokens >= self.thought_budget

    def xǁGenerationǁ_over_thought_budget__mutmut_4(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None and self.in_thought and thought_tokens > self.thought_budget

mutants_xǁGenerationǁ__init____mutmut['_mutmut_orig'] = Generation.xǁGenerationǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_1'] = Generation.xǁGenerationǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_2'] = Generation.xǁGenerationǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_3'] = Generation.xǁGenerationǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_4'] = Generation.xǁGenerationǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_5'] = Generation.xǁGenerationǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_6'] = Generation.xǁGenerationǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_7'] = Generation.xǁGenerationǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_8'] = Generation.xǁGenerationǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_9'] = Generation.xǁGenerationǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_10'] = Generation.xǁGenerationǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_11'] = Generation.xǁGenerationǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_12'] = Generation.xǁGenerationǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_13'] = Generation.xǁGenerationǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_14'] = Generation.xǁGenerationǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_15'] = Generation.xǁGenerationǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁGenerationǁ__init____mutmut['xǁGenerationǁ__init____mutmut_16'] = Generation.xǁGenerationǁ__init____mutmut_16 # type: ignore # mutmut generated

mutants_xǁGenerationǁ_run__mutmut['_mutmut_orig'] = Generation.xǁGenerationǁ_run__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_1'] = Generation.xǁGenerationǁ_run__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_2'] = Generation.xǁGenerationǁ_run__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_3'] = Generation.xǁGenerationǁ_run__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_4'] = Generation.xǁGenerationǁ_run__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_5'] = Generation.xǁGenerationǁ_run__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_6'] = Generation.xǁGenerationǁ_run__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_7'] = Generation.xǁGenerationǁ_run__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_8'] = Generation.xǁGenerationǁ_run__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_9'] = Generation.xǁGenerationǁ_run__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_10'] = Generation.xǁGenerationǁ_run__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_11'] = Generation.xǁGenerationǁ_run__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_12'] = Generation.xǁGenerationǁ_run__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_13'] = Generation.xǁGenerationǁ_run__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_14'] = Generation.xǁGenerationǁ_run__mutmut_14 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_15'] = Generation.xǁGenerationǁ_run__mutmut_15 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_16'] = Generation.xǁGenerationǁ_run__mutmut_16 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_17'] = Generation.xǁGenerationǁ_run__mutmut_17 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_18'] = Generation.xǁGenerationǁ_run__mutmut_18 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_19'] = Generation.xǁGenerationǁ_run__mutmut_19 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_20'] = Generation.xǁGenerationǁ_run__mutmut_20 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_21'] = Generation.xǁGenerationǁ_run__mutmut_21 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_22'] = Generation.xǁGenerationǁ_run__mutmut_22 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_23'] = Generation.xǁGenerationǁ_run__mutmut_23 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_24'] = Generation.xǁGenerationǁ_run__mutmut_24 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_25'] = Generation.xǁGenerationǁ_run__mutmut_25 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_26'] = Generation.xǁGenerationǁ_run__mutmut_26 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_27'] = Generation.xǁGenerationǁ_run__mutmut_27 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_28'] = Generation.xǁGenerationǁ_run__mutmut_28 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_29'] = Generation.xǁGenerationǁ_run__mutmut_29 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_30'] = Generation.xǁGenerationǁ_run__mutmut_30 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_31'] = Generation.xǁGenerationǁ_run__mutmut_31 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_32'] = Generation.xǁGenerationǁ_run__mutmut_32 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_33'] = Generation.xǁGenerationǁ_run__mutmut_33 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_34'] = Generation.xǁGenerationǁ_run__mutmut_34 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_35'] = Generation.xǁGenerationǁ_run__mutmut_35 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_36'] = Generation.xǁGenerationǁ_run__mutmut_36 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_37'] = Generation.xǁGenerationǁ_run__mutmut_37 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_38'] = Generation.xǁGenerationǁ_run__mutmut_38 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_39'] = Generation.xǁGenerationǁ_run__mutmut_39 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_40'] = Generation.xǁGenerationǁ_run__mutmut_40 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_41'] = Generation.xǁGenerationǁ_run__mutmut_41 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_42'] = Generation.xǁGenerationǁ_run__mutmut_42 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_43'] = Generation.xǁGenerationǁ_run__mutmut_43 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_44'] = Generation.xǁGenerationǁ_run__mutmut_44 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_45'] = Generation.xǁGenerationǁ_run__mutmut_45 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_46'] = Generation.xǁGenerationǁ_run__mutmut_46 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_47'] = Generation.xǁGenerationǁ_run__mutmut_47 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_48'] = Generation.xǁGenerationǁ_run__mutmut_48 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_49'] = Generation.xǁGenerationǁ_run__mutmut_49 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_50'] = Generation.xǁGenerationǁ_run__mutmut_50 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_51'] = Generation.xǁGenerationǁ_run__mutmut_51 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_52'] = Generation.xǁGenerationǁ_run__mutmut_52 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_53'] = Generation.xǁGenerationǁ_run__mutmut_53 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_54'] = Generation.xǁGenerationǁ_run__mutmut_54 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_55'] = Generation.xǁGenerationǁ_run__mutmut_55 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_56'] = Generation.xǁGenerationǁ_run__mutmut_56 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_57'] = Generation.xǁGenerationǁ_run__mutmut_57 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_58'] = Generation.xǁGenerationǁ_run__mutmut_58 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_59'] = Generation.xǁGenerationǁ_run__mutmut_59 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_60'] = Generation.xǁGenerationǁ_run__mutmut_60 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_61'] = Generation.xǁGenerationǁ_run__mutmut_61 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_62'] = Generation.xǁGenerationǁ_run__mutmut_62 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_63'] = Generation.xǁGenerationǁ_run__mutmut_63 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_64'] = Generation.xǁGenerationǁ_run__mutmut_64 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_65'] = Generation.xǁGenerationǁ_run__mutmut_65 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_66'] = Generation.xǁGenerationǁ_run__mutmut_66 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_67'] = Generation.xǁGenerationǁ_run__mutmut_67 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_68'] = Generation.xǁGenerationǁ_run__mutmut_68 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_69'] = Generation.xǁGenerationǁ_run__mutmut_69 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_70'] = Generation.xǁGenerationǁ_run__mutmut_70 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_71'] = Generation.xǁGenerationǁ_run__mutmut_71 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_72'] = Generation.xǁGenerationǁ_run__mutmut_72 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_73'] = Generation.xǁGenerationǁ_run__mutmut_73 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_74'] = Generation.xǁGenerationǁ_run__mutmut_74 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_75'] = Generation.xǁGenerationǁ_run__mutmut_75 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_76'] = Generation.xǁGenerationǁ_run__mutmut_76 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_77'] = Generation.xǁGenerationǁ_run__mutmut_77 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_78'] = Generation.xǁGenerationǁ_run__mutmut_78 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_79'] = Generation.xǁGenerationǁ_run__mutmut_79 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_80'] = Generation.xǁGenerationǁ_run__mutmut_80 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_81'] = Generation.xǁGenerationǁ_run__mutmut_81 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_82'] = Generation.xǁGenerationǁ_run__mutmut_82 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_83'] = Generation.xǁGenerationǁ_run__mutmut_83 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_84'] = Generation.xǁGenerationǁ_run__mutmut_84 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_85'] = Generation.xǁGenerationǁ_run__mutmut_85 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_86'] = Generation.xǁGenerationǁ_run__mutmut_86 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_87'] = Generation.xǁGenerationǁ_run__mutmut_87 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_88'] = Generation.xǁGenerationǁ_run__mutmut_88 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_89'] = Generation.xǁGenerationǁ_run__mutmut_89 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_90'] = Generation.xǁGenerationǁ_run__mutmut_90 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_91'] = Generation.xǁGenerationǁ_run__mutmut_91 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_92'] = Generation.xǁGenerationǁ_run__mutmut_92 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_93'] = Generation.xǁGenerationǁ_run__mutmut_93 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_94'] = Generation.xǁGenerationǁ_run__mutmut_94 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_95'] = Generation.xǁGenerationǁ_run__mutmut_95 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_96'] = Generation.xǁGenerationǁ_run__mutmut_96 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_97'] = Generation.xǁGenerationǁ_run__mutmut_97 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_98'] = Generation.xǁGenerationǁ_run__mutmut_98 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_99'] = Generation.xǁGenerationǁ_run__mutmut_99 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_100'] = Generation.xǁGenerationǁ_run__mutmut_100 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_101'] = Generation.xǁGenerationǁ_run__mutmut_101 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_102'] = Generation.xǁGenerationǁ_run__mutmut_102 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_103'] = Generation.xǁGenerationǁ_run__mutmut_103 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_104'] = Generation.xǁGenerationǁ_run__mutmut_104 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_105'] = Generation.xǁGenerationǁ_run__mutmut_105 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_106'] = Generation.xǁGenerationǁ_run__mutmut_106 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_107'] = Generation.xǁGenerationǁ_run__mutmut_107 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_108'] = Generation.xǁGenerationǁ_run__mutmut_108 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_109'] = Generation.xǁGenerationǁ_run__mutmut_109 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_110'] = Generation.xǁGenerationǁ_run__mutmut_110 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_111'] = Generation.xǁGenerationǁ_run__mutmut_111 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_112'] = Generation.xǁGenerationǁ_run__mutmut_112 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_113'] = Generation.xǁGenerationǁ_run__mutmut_113 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_114'] = Generation.xǁGenerationǁ_run__mutmut_114 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_115'] = Generation.xǁGenerationǁ_run__mutmut_115 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_116'] = Generation.xǁGenerationǁ_run__mutmut_116 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_117'] = Generation.xǁGenerationǁ_run__mutmut_117 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_118'] = Generation.xǁGenerationǁ_run__mutmut_118 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_119'] = Generation.xǁGenerationǁ_run__mutmut_119 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_120'] = Generation.xǁGenerationǁ_run__mutmut_120 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_121'] = Generation.xǁGenerationǁ_run__mutmut_121 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_122'] = Generation.xǁGenerationǁ_run__mutmut_122 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_123'] = Generation.xǁGenerationǁ_run__mutmut_123 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_124'] = Generation.xǁGenerationǁ_run__mutmut_124 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_125'] = Generation.xǁGenerationǁ_run__mutmut_125 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_126'] = Generation.xǁGenerationǁ_run__mutmut_126 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_127'] = Generation.xǁGenerationǁ_run__mutmut_127 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_128'] = Generation.xǁGenerationǁ_run__mutmut_128 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_129'] = Generation.xǁGenerationǁ_run__mutmut_129 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_run__mutmut['xǁGenerationǁ_run__mutmut_130'] = Generation.xǁGenerationǁ_run__mutmut_130 # type: ignore # mutmut generated

mutants_xǁGenerationǁ_feed__mutmut['_mutmut_orig'] = Generation.xǁGenerationǁ_feed__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_1'] = Generation.xǁGenerationǁ_feed__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_2'] = Generation.xǁGenerationǁ_feed__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_3'] = Generation.xǁGenerationǁ_feed__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_4'] = Generation.xǁGenerationǁ_feed__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_5'] = Generation.xǁGenerationǁ_feed__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_6'] = Generation.xǁGenerationǁ_feed__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_7'] = Generation.xǁGenerationǁ_feed__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_8'] = Generation.xǁGenerationǁ_feed__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_feed__mutmut['xǁGenerationǁ_feed__mutmut_9'] = Generation.xǁGenerationǁ_feed__mutmut_9 # type: ignore # mutmut generated

mutants_xǁGenerationǁ_deltas__mutmut['_mutmut_orig'] = Generation.xǁGenerationǁ_deltas__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_1'] = Generation.xǁGenerationǁ_deltas__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_2'] = Generation.xǁGenerationǁ_deltas__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_3'] = Generation.xǁGenerationǁ_deltas__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_4'] = Generation.xǁGenerationǁ_deltas__mutmut_4 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_5'] = Generation.xǁGenerationǁ_deltas__mutmut_5 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_6'] = Generation.xǁGenerationǁ_deltas__mutmut_6 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_7'] = Generation.xǁGenerationǁ_deltas__mutmut_7 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_8'] = Generation.xǁGenerationǁ_deltas__mutmut_8 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_9'] = Generation.xǁGenerationǁ_deltas__mutmut_9 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_10'] = Generation.xǁGenerationǁ_deltas__mutmut_10 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_11'] = Generation.xǁGenerationǁ_deltas__mutmut_11 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_12'] = Generation.xǁGenerationǁ_deltas__mutmut_12 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_13'] = Generation.xǁGenerationǁ_deltas__mutmut_13 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_14'] = Generation.xǁGenerationǁ_deltas__mutmut_14 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_deltas__mutmut['xǁGenerationǁ_deltas__mutmut_15'] = Generation.xǁGenerationǁ_deltas__mutmut_15 # type: ignore # mutmut generated

mutants_xǁGenerationǁ_over_thought_budget__mutmut['_mutmut_orig'] = Generation.xǁGenerationǁ_over_thought_budget__mutmut_orig # type: ignore # mutmut generated
mutants_xǁGenerationǁ_over_thought_budget__mutmut['xǁGenerationǁ_over_thought_budget__mutmut_1'] = Generation.xǁGenerationǁ_over_thought_budget__mutmut_1 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_over_thought_budget__mutmut['xǁGenerationǁ_over_thought_budget__mutmut_2'] = Generation.xǁGenerationǁ_over_thought_budget__mutmut_2 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_over_thought_budget__mutmut['xǁGenerationǁ_over_thought_budget__mutmut_3'] = Generation.xǁGenerationǁ_over_thought_budget__mutmut_3 # type: ignore # mutmut generated
mutants_xǁGenerationǁ_over_thought_budget__mutmut['xǁGenerationǁ_over_thought_budget__mutmut_4'] = Generation.xǁGenerationǁ_over_thought_budget__mutmut_4 # type: ignore # mutmut generated
mutants_x__leaves_thought__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__leaves_thought__mutmut)
def _leaves_thought(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind == "tool_call_started"
    )


def x__leaves_thought__mutmut_orig(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind == "tool_call_started"
    )


def x__leaves_thought__mutmut_1(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End) and event.kind == "tool_call_started"
    )


def x__leaves_thought__mutmut_2(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind != "tool_call_started"
    )


def x__leaves_thought__mutmut_3(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind == "XXtool_call_startedXX"
    )


def x__leaves_thought__mutmut_4(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind == "TOOL_CALL_STARTED"
    )

mutants_x__leaves_thought__mutmut['_mutmut_orig'] = x__leaves_thought__mutmut_orig # type: ignore # mutmut generated
mutants_x__leaves_thought__mutmut['x__leaves_thought__mutmut_1'] = x__leaves_thought__mutmut_1 # type: ignore # mutmut generated
mutants_x__leaves_thought__mutmut['x__leaves_thought__mutmut_2'] = x__leaves_thought__mutmut_2 # type: ignore # mutmut generated
mutants_x__leaves_thought__mutmut['x__leaves_thought__mutmut_3'] = x__leaves_thought__mutmut_3 # type: ignore # mutmut generated
mutants_x__leaves_thought__mutmut['x__leaves_thought__mutmut_4'] = x__leaves_thought__mutmut_4 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__add_usage__mutmut)
def _add_usage(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_orig(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_1(total: Usage, more: Usage | None) -> Usage:
    if more is not None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_2(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=None,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_3(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=None,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_4(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=None,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_5(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=None,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_6(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=None,
    )


def x__add_usage__mutmut_7(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_8(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_9(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_10(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_11(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        )


def x__add_usage__mutmut_12(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens - more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_13(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens - more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_14(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens - more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_15(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s and more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s or total.decode_tokens_per_s,
    )


def x__add_usage__mutmut_16(total: Usage, more: Usage | None) -> Usage:
    if more is None:
        return total
    return Usage(
        prompt_tokens=total.prompt_tokens + more.prompt_tokens,
        cached_prompt_tokens=total.cached_prompt_tokens + more.cached_prompt_tokens,
        generated_tokens=total.generated_tokens + more.generated_tokens,
        time_to_first_token_s=total.time_to_first_token_s or more.time_to_first_token_s,
        decode_tokens_per_s=more.decode_tokens_per_s and total.decode_tokens_per_s,
    )

mutants_x__add_usage__mutmut['_mutmut_orig'] = x__add_usage__mutmut_orig # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_1'] = x__add_usage__mutmut_1 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_2'] = x__add_usage__mutmut_2 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_3'] = x__add_usage__mutmut_3 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_4'] = x__add_usage__mutmut_4 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_5'] = x__add_usage__mutmut_5 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_6'] = x__add_usage__mutmut_6 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_7'] = x__add_usage__mutmut_7 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_8'] = x__add_usage__mutmut_8 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_9'] = x__add_usage__mutmut_9 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_10'] = x__add_usage__mutmut_10 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_11'] = x__add_usage__mutmut_11 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_12'] = x__add_usage__mutmut_12 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_13'] = x__add_usage__mutmut_13 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_14'] = x__add_usage__mutmut_14 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_15'] = x__add_usage__mutmut_15 # type: ignore # mutmut generated
mutants_x__add_usage__mutmut['x__add_usage__mutmut_16'] = x__add_usage__mutmut_16 # type: ignore # mutmut generated


@asynccontextmanager
async def _closing(stream: AsyncIterator[Chunk]) -> AsyncGenerator[AsyncIterator[Chunk], None]:
    """Close an engine's stream when the step stops reading it (an async generator needs ``aclose``)."""
    try:
        yield stream
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()
