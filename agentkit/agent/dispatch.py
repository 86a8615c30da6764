"""Running one step's tool calls: in parallel where that is safe, in order otherwise.

Calls are taken in the order the model wrote them. Consecutive calls to parallel-safe tools (declared
``read_only``) run together in one task group; any other call runs alone, after everything before it
finished and before anything after it starts. A call that could not be parsed, or names no tool,
never runs: it gets an error result that tells the model what to fix.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass

import anyio

from agentkit.messages import ToolCall
from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool
from agentkit.tool.results import ToolResult, error_result


@dataclass(frozen=True)
class PlannedCall:
    """A call from the model's output: runnable, or carrying the ``error`` the model will be shown."""

    call: ToolCall
    repairs: tuple[str, ...] = ()
    error: str | None = None
    error_kind: str | None = None

    @property
    def call_id(self) -> str:
        """The loop always gives calls an id (``call_STEP_INDEX``), which results are matched by."""
        assert self.call.id is not None
        return self.call.id


ResultCallback = Callable[[PlannedCall, ToolResult], Awaitable[None]]


async def dispatch(
    planned: Sequence[PlannedCall],
    tools: Mapping[str, Tool],
    ctx: RunContext[object],
    *,
    step: int,
    parallel: bool = True,
    on_result: ResultCallback | None = None,
) -> list[ToolResult]:
    """Run ``planned`` and return one result per call, in call order."""
    results: list[ToolResult | None] = [None] * len(planned)

    async def run_one(index: int) -> None:
        item = planned[index]
        result = await _run(item, tools, ctx, step)
        results[index] = result
        if on_result is not None:
            await on_result(item, result)

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


def _batches(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is not None and tool.policy.parallel_safe))
        if safe:
            current.append(index)
            continue
        if current:
            batches.append(current)
            current = []
        batches.append([index])
    if current:
        batches.append(current)
    return batches


async def _run(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        message = (
            item.error or f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)
