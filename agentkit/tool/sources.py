"""Tool sources: toolsets whose tools exist only while they are connected (MCP servers).

An `Agent` accepts them among its tools. They are opened when the agent is entered
(``async with agent:``, one connection for all its runs) or, if it was not, around each run; while
open, their tools join the agent's own at the start of every run (a run's tools are fixed: they
are declared in its system turn). Opening happens in the task that enters, and everything a source
starts must be finished when it exits, however the exit comes (error, cancellation).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any, Protocol, runtime_checkable

from agentkit.tool.core import Tool
from agentkit.tool.toolset import Toolset


@runtime_checkable
class ToolSource(Protocol):
    """Something that provides tools while it is open."""

    def open(self) -> AbstractAsyncContextManager[None]:
        """Connect; the context's exit disconnects and leaves nothing running."""
        ...

    async def current_tools(self) -> Sequence[Tool]:
        """The tools to declare for a run starting now (only called while open)."""
        ...


class ToolSources:
    """An agent's own toolset plus its tool sources, and whether the sources are open.

    Entered by the agent (``async with agent:``), the sources stay open for every run and concurrent
    runs share them. Otherwise each run opens them around itself (`opened`); two such runs at once
    are refused, since the second would replace the tools the first is calling.
    """

    def __init__(self, static: Toolset, sources: Sequence[ToolSource]) -> None:
        self.static = static
        self.sources = list(sources)
        self._entered: AsyncExitStack | None = None
        self._run_open = False

    async def enter(self) -> Toolset:
        if self._entered is not None:
            raise RuntimeError("the agent is already entered (`async with agent:` once at a time)")
        stack = AsyncExitStack()
        await stack.__aenter__()
        try:
            for source in self.sources:
                await stack.enter_async_context(source.open())
            toolset = await self.toolset()
        except BaseException as exc:
            await stack.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        self._entered = stack
        return toolset

    async def exit(self, exc: BaseException | None) -> None:
        stack, self._entered = self._entered, None
        if stack is not None:
            await stack.__aexit__(type(exc) if exc else None, exc, exc.__traceback__ if exc else None)

    @asynccontextmanager
    async def opened(self) -> AsyncIterator[Toolset]:
        """The tools for one run: the sources' current tools when entered, else opened for the run."""
        if not self.sources:
            yield self.static
            return
        if self._entered is not None:
            yield await self.toolset()
            return
        if self._run_open:
            raise RuntimeError(
                "this agent's tool sources (MCP servers) are open for another run; enter the agent "
                "(`async with agent:`) to share them among concurrent runs"
            )
        self._run_open = True
        try:
            async with AsyncExitStack() as stack:
                for source in self.sources:
                    await stack.enter_async_context(source.open())
                yield await self.toolset()
        finally:
            self._run_open = False

    async def toolset(self) -> Toolset:
        merged = Toolset()
        merged.merge(self.static)
        for source in self.sources:
            merged.extend(await source.current_tools(), group=getattr(source, "group", "sources"))
        return merged


def split_tool_sources(items: Iterable[Any]) -> tuple[list[Any], list[ToolSource]]:
    """An agent's ``tools`` argument split into tools (and functions) and tool sources."""
    tools: list[Any] = []
    sources: list[ToolSource] = []
    for item in items:
        (sources if isinstance(item, ToolSource) and not isinstance(item, Tool) else tools).append(item)
    return tools, sources
