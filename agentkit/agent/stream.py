"""`RunStream`: what `Agent.run_stream` and `Agent.resume_stream` return.

It is the run's events as an async generator (``async for event in agent.run_stream(...)`` as before),
and, once the stream has ended, the run's `RunResult` as ``.result``, so a streamed conversation can go
on (``agent.run_stream(next_prompt, history=stream.result)``). The end is also where ``run`` raises:
with ``Limits(on_limit="error")`` a run that a limit ended raises `LimitExceeded` after its last event
(`RunFinished`) was yielded and logged, as ``run`` does.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from types import TracebackType
from typing import Any

from agentkit.agent.events import RunEvent
from agentkit.agent.result import AgentError, LimitExceeded, RunResult


class RunStream(AsyncGenerator[RunEvent, None]):
    """A run's events (the last being `RunFinished`); then ``.result``.

    ``events`` are the run's events; ``result_of`` gives the run's result once it ended (None while it
    has not); ``raise_on_limit`` is ``Limits.on_limit == "error"``.
    """

    def __init__(
        self,
        events: AsyncGenerator[RunEvent, None],
        result_of: Callable[[], RunResult | None],
        *,
        raise_on_limit: bool,
    ) -> None:
        self._events = events
        self._result_of = result_of
        self._raise_on_limit = raise_on_limit
        self._ended = False
        self._result: RunResult | None = None

    @property
    def result(self) -> RunResult:
        """The run's result, once the stream has ended (its last event yielded, or an error raised)."""
        if self._result is not None:
            return self._result
        if not self._ended:
            raise AgentError(
                "RunStream.result was read before the stream ended: iterate it to the end first "
                "(async for event in stream: ...), then read .result"
            )
        raise AgentError(
            "the stream was closed before its run finished, so there is no result: iterate it to the end "
            "(without break) to continue the conversation, or use agent.restore(trajectory)"
        )

    def __aiter__(self) -> RunStream:
        return self

    async def __anext__(self) -> RunEvent:
        return await self.asend(None)

    async def asend(self, value: None) -> RunEvent:
        if self._ended:
            raise StopAsyncIteration
        try:
            return await self._events.asend(value)
        except StopAsyncIteration:
            self._end()
            raise
        except BaseException:
            self._end(raising=False)  # an error or a cancellation: the run ended (ERROR, CANCELLED)
            raise

    async def athrow(
        self,
        kind: type[BaseException] | BaseException,
        value: Any = None,
        trace: TracebackType | None = None,
    ) -> RunEvent:
        try:
            if isinstance(kind, BaseException):
                return await self._events.athrow(kind)
            return await self._events.athrow(kind, value, trace)
        except StopAsyncIteration:
            self._end()
            raise
        except BaseException:
            self._end(raising=False)
            raise

    async def aclose(self) -> None:
        try:
            await self._events.aclose()
        finally:
            self._end(raising=False)

    def _end(self, *, raising: bool = True) -> None:
        if self._ended:
            return
        self._ended = True
        self._result = self._result_of()
        result = self._result
        if raising and self._raise_on_limit and result is not None and result.exit_reason.is_limit:
            raise LimitExceeded(result)
