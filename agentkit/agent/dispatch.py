"""A step's tool calls: planned from the completion (a pure function), then run, giving results.

`plan_calls` turns a parsed completion into `PlannedCall` values with ids ``call_STEP_INDEX`` in the
order the model wrote them; it depends on nothing but the completion, so a resume plans the same calls.
`dispatch` runs them and returns one result per call.

Calls are taken in the order the model wrote them. Consecutive calls to parallel-safe tools (declared
``read_only``) run together in one task group; any other call runs alone, after everything before it
finished and before anything after it starts. A call that could not be parsed, or names no tool,
never runs: it gets an error result that tells the model what to fix.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence

import anyio

from agentkit.agent.step import PlannedCall
from agentkit.gemma4.parse import ParsedOutput
from agentkit.messages import ToolCall
from agentkit.suggest import did_you_mean
from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool
from agentkit.tool.results import ToolResult, error_result

#: The name given to a call whose name could not be read.
INVALID_CALL = "invalid_call"


def plan_calls(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = error.index if error.index is not None else len(parsed.tool_calls) + number
        planned = PlannedCall(
            call=ToolCall(
                id=f"call_{step}_{index}",
                name=error.name or INVALID_CALL,
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


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
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)
