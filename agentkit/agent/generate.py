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
from agentkit.agent.tool_choice import StepConstraint
from agentkit.engines.base import Chunk, Engine, EngineConstraintRefused, MediaInput, SamplingParams, Usage
from agentkit.gemma4 import THOUGHT_CLOSE, StreamParser, collect, parse, prompt_ends_in_thought

#: The step's constraint for one engine request: (sampling, the ids it continues, why the engine refused a
#: grammar earlier in the step or None) -> the request's sampling and whether the choice is enforced.
Constrain = Callable[[SamplingParams, list[int], str | None], StepConstraint]


class Generation:
    """One step's generation. ``async for event in generation`` streams; then read ``completion``."""

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
        constrain: Constrain | None = None,
        grammar_refused: str | None = None,
    ) -> None:
        self.engine = engine
        self.run_id = run_id
        self.step = step
        self.prompt_ids = prompt_ids
        self.sampling = sampling
        self.media = media
        self.thought_budget = thought_budget
        self.time_left = time_left
        self.constrain = constrain
        # Why the engine refused a tool_choice grammar; a refusal holds for the rest of the run.
        self.grammar_refused = grammar_refused
        self.in_thought = prompt_ends_in_thought(prompt_ids)  # the 2026-07-09 post-tool cue opens a thought
        self.parser = StreamParser(tool_schemas, start_in_thought=self.in_thought)
        self._completion: Completion | None = None

    @property
    def completion(self) -> Completion:
        if self._completion is None:
            raise RuntimeError("the generation has not been iterated to its end")
        return self._completion

    def __aiter__(self) -> AsyncIterator[RunEvent]:
        return self._run()

    async def _run(self) -> AsyncGenerator[RunEvent, None]:
        ids: list[int] = []
        texts: list[str] = []
        events: list[parse.Event] = []
        lengths: list[int] = []
        usage = Usage()
        thought_tokens = 0
        finish_reason, stop_token_id = "abort", None
        began = time.perf_counter()
        reported = False
        while True:  # one engine request, or more when the thinking budget closes the thought
            request_id = f"{self.run_id}-{self.step}-{len(lengths)}"
            sampling = replace(self.sampling, max_tokens=max(1, self.sampling.max_tokens - len(ids)))
            if self.constrain is not None:
                constraint = self.constrain(sampling, self.prompt_ids + ids, self.grammar_refused)
                if constraint.not_enforced is not None and not reported:
                    reported = True
                    yield ErrorEvent(
                        run_id=self.run_id,
                        step=self.step,
                        kind="tool_choice_not_enforced",
                        message=f"tool_choice {constraint.choice!r} was not enforced: {constraint.not_enforced}",
                    )
                sampling = constraint.sampling
            segment: list[int] = []
            finished = timed_out = over_budget = False
            try:
                async with _closing(
                    self.engine.stream(  # the first request (nearly always the only one): no copy
                        self.prompt_ids + ids if ids else self.prompt_ids,
                        sampling,
                        request_id=request_id,
                        media=self.media,
                    )
                ) as stream:
                    async for chunk in stream:
                        segment.extend(chunk.token_ids)
                        texts.append(chunk.text)
                        was_in_thought = self.in_thought
                        for event in self._feed(chunk.text, events, sum(lengths) + len(segment)):
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
            except EngineConstraintRefused as exc:
                if segment or self.grammar_refused is not None or self.constrain is None:
                    raise
                self.grammar_refused = f"the engine refused the grammar ({exc})"
                continue  # the same request again, unconstrained; the next pass records why
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
        for event in self._deltas(end, sum(lengths)):
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

    def _feed(self, text: str, events: list[parse.Event], generated: int) -> list[RunEvent]:
        new = self.parser.feed(text)
        events.extend(new)
        for event in new:
            self.in_thought = isinstance(event, parse.ThoughtDelta) or (
                self.in_thought and not _leaves_thought(event)
            )
        # The parser reports nothing for the closer itself, nor for a call until its name is read: the
        # thought ends at its closer, or the budget could close it again inside the call that follows.
        if THOUGHT_CLOSE.text in text and not prompt_ends_in_thought(text):
            self.in_thought = False
        return self._deltas(new, generated)

    def _deltas(self, events: list[parse.Event], generated: int) -> list[RunEvent]:
        """The parser's thought and text pieces as run events; ``generated``: the step's tokens so far
        (those the engine generated: a thought closer agentkit inserted is not counted)."""
        out: list[RunEvent] = []
        for event in events:
            if isinstance(event, parse.ThoughtDelta):
                out.append(
                    ThoughtDelta(
                        run_id=self.run_id, step=self.step, text=event.text, generated_tokens=generated
                    )
                )
            elif isinstance(event, parse.TextDelta):
                out.append(
                    TextDelta(run_id=self.run_id, step=self.step, text=event.text, generated_tokens=generated)
                )
        return out

    def _over_thought_budget(self, thought_tokens: int) -> bool:
        return self.thought_budget is not None and self.in_thought and thought_tokens >= self.thought_budget


def _leaves_thought(event: parse.Event) -> bool:
    return (
        isinstance(event, parse.TextDelta | parse.ToolCallComplete | parse.ParseError | parse.End)
        or event.kind == "tool_call_started"
    )


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


@asynccontextmanager
async def _closing(stream: AsyncIterator[Chunk]) -> AsyncGenerator[AsyncIterator[Chunk], None]:
    """Close an engine's stream when the step stops reading it (an async generator needs ``aclose``)."""
    try:
        yield stream
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()
