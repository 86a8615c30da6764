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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_plan_calls__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plan_calls__mutmut)
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


def x_plan_calls__mutmut_orig(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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


def x_plan_calls__mutmut_1(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = None
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


def x_plan_calls__mutmut_2(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = None
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


def x_plan_calls__mutmut_3(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=None,
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


def x_plan_calls__mutmut_4(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=None,
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


def x_plan_calls__mutmut_5(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
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


def x_plan_calls__mutmut_6(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
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


def x_plan_calls__mutmut_7(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=None, name=call.name, arguments=call.arguments),
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


def x_plan_calls__mutmut_8(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=None, arguments=call.arguments),
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


def x_plan_calls__mutmut_9(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=None),
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


def x_plan_calls__mutmut_10(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(name=call.name, arguments=call.arguments),
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


def x_plan_calls__mutmut_11(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", arguments=call.arguments),
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


def x_plan_calls__mutmut_12(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, ),
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


def x_plan_calls__mutmut_13(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(None),
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


def x_plan_calls__mutmut_14(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(None) for r in call.repairs),
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


def x_plan_calls__mutmut_15(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append(None)
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


def x_plan_calls__mutmut_16(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(None):
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


def x_plan_calls__mutmut_17(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = None
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


def x_plan_calls__mutmut_18(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = error.index if (error.index is not None) and False else len(parsed.tool_calls) + number
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


def x_plan_calls__mutmut_19(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = error.index if (error.index is not None) or True else len(parsed.tool_calls) + number
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


def x_plan_calls__mutmut_20(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = error.index if error.index is None else len(parsed.tool_calls) + number
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


def x_plan_calls__mutmut_21(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
    """The calls of a parsed completion, in the order the model wrote them; unusable ones carry their error."""
    indexed: list[tuple[int, PlannedCall]] = []
    for call in parsed.tool_calls:
        planned = PlannedCall(
            call=ToolCall(id=f"call_{step}_{call.index}", name=call.name, arguments=call.arguments),
            repairs=tuple(str(r) for r in call.repairs),
        )
        indexed.append((call.index, planned))
    for number, error in enumerate(parsed.errors):
        index = error.index if error.index is not None else len(parsed.tool_calls) - number
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


def x_plan_calls__mutmut_22(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
        planned = None
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_23(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            call=None,
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_24(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            repairs=None,
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_25(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            error=None,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_26(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            error_kind=None,
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_27(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_28(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_29(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_30(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_31(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                id=None,
                name=error.name or INVALID_CALL,
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_32(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                name=None,
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_33(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                arguments=None,
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_34(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                name=error.name or INVALID_CALL,
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_35(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_36(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_37(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                name=error.name and INVALID_CALL,
                arguments=dict(error.arguments or {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_38(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                arguments=dict(None),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_39(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
                arguments=dict(error.arguments and {}),
            ),
            repairs=tuple(str(r) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_40(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            repairs=tuple(None),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_41(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            repairs=tuple(str(None) for r in error.repairs),
            error=error.message_for_model,
            error_kind=str(error.error),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_42(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
            error_kind=str(None),
        )
        indexed.append((index, planned))
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_43(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
        indexed.append(None)
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[0]))


def x_plan_calls__mutmut_44(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(None)


def x_plan_calls__mutmut_45(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(None, key=lambda item: item[0]))


def x_plan_calls__mutmut_46(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(indexed, key=None))


def x_plan_calls__mutmut_47(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(key=lambda item: item[0]))


def x_plan_calls__mutmut_48(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(indexed, ))


def x_plan_calls__mutmut_49(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(indexed, key=lambda item: None))


def x_plan_calls__mutmut_50(step: int, parsed: ParsedOutput) -> tuple[PlannedCall, ...]:
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
    return tuple(p for _, p in sorted(indexed, key=lambda item: item[1]))

mutants_x_plan_calls__mutmut['_mutmut_orig'] = x_plan_calls__mutmut_orig # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_1'] = x_plan_calls__mutmut_1 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_2'] = x_plan_calls__mutmut_2 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_3'] = x_plan_calls__mutmut_3 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_4'] = x_plan_calls__mutmut_4 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_5'] = x_plan_calls__mutmut_5 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_6'] = x_plan_calls__mutmut_6 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_7'] = x_plan_calls__mutmut_7 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_8'] = x_plan_calls__mutmut_8 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_9'] = x_plan_calls__mutmut_9 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_10'] = x_plan_calls__mutmut_10 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_11'] = x_plan_calls__mutmut_11 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_12'] = x_plan_calls__mutmut_12 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_13'] = x_plan_calls__mutmut_13 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_14'] = x_plan_calls__mutmut_14 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_15'] = x_plan_calls__mutmut_15 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_16'] = x_plan_calls__mutmut_16 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_17'] = x_plan_calls__mutmut_17 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_18'] = x_plan_calls__mutmut_18 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_19'] = x_plan_calls__mutmut_19 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_20'] = x_plan_calls__mutmut_20 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_21'] = x_plan_calls__mutmut_21 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_22'] = x_plan_calls__mutmut_22 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_23'] = x_plan_calls__mutmut_23 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_24'] = x_plan_calls__mutmut_24 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_25'] = x_plan_calls__mutmut_25 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_26'] = x_plan_calls__mutmut_26 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_27'] = x_plan_calls__mutmut_27 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_28'] = x_plan_calls__mutmut_28 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_29'] = x_plan_calls__mutmut_29 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_30'] = x_plan_calls__mutmut_30 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_31'] = x_plan_calls__mutmut_31 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_32'] = x_plan_calls__mutmut_32 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_33'] = x_plan_calls__mutmut_33 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_34'] = x_plan_calls__mutmut_34 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_35'] = x_plan_calls__mutmut_35 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_36'] = x_plan_calls__mutmut_36 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_37'] = x_plan_calls__mutmut_37 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_38'] = x_plan_calls__mutmut_38 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_39'] = x_plan_calls__mutmut_39 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_40'] = x_plan_calls__mutmut_40 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_41'] = x_plan_calls__mutmut_41 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_42'] = x_plan_calls__mutmut_42 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_43'] = x_plan_calls__mutmut_43 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_44'] = x_plan_calls__mutmut_44 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_45'] = x_plan_calls__mutmut_45 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_46'] = x_plan_calls__mutmut_46 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_47'] = x_plan_calls__mutmut_47 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_48'] = x_plan_calls__mutmut_48 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_49'] = x_plan_calls__mutmut_49 # type: ignore # mutmut generated
mutants_x_plan_calls__mutmut['x_plan_calls__mutmut_50'] = x_plan_calls__mutmut_50 # type: ignore # mutmut generated


ResultCallback = Callable[[PlannedCall, ToolResult], Awaitable[None]]
mutants_x_dispatch__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dispatch__mutmut)
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


async def x_dispatch__mutmut_orig(
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


async def x_dispatch__mutmut_1(
    planned: Sequence[PlannedCall],
    tools: Mapping[str, Tool],
    ctx: RunContext[object],
    *,
    step: int,
    parallel: bool = False,
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


async def x_dispatch__mutmut_2(
    planned: Sequence[PlannedCall],
    tools: Mapping[str, Tool],
    ctx: RunContext[object],
    *,
    step: int,
    parallel: bool = True,
    on_result: ResultCallback | None = None,
) -> list[ToolResult]:
    """Run ``planned`` and return one result per call, in call order."""
    results: list[ToolResult | None] = None

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


async def x_dispatch__mutmut_3(
    planned: Sequence[PlannedCall],
    tools: Mapping[str, Tool],
    ctx: RunContext[object],
    *,
    step: int,
    parallel: bool = True,
    on_result: ResultCallback | None = None,
) -> list[ToolResult]:
    """Run ``planned`` and return one result per call, in call order."""
    results: list[ToolResult | None] = [None] / len(planned)

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


async def x_dispatch__mutmut_4(
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
        item = None
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


async def x_dispatch__mutmut_5(
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
        result = None
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


async def x_dispatch__mutmut_6(
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
        result = await _run(None, tools, ctx, step)
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


async def x_dispatch__mutmut_7(
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
        result = await _run(item, None, ctx, step)
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


async def x_dispatch__mutmut_8(
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
        result = await _run(item, tools, None, step)
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


async def x_dispatch__mutmut_9(
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
        result = await _run(item, tools, ctx, None)
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


async def x_dispatch__mutmut_10(
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
        result = await _run(tools, ctx, step)
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


async def x_dispatch__mutmut_11(
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
        result = await _run(item, ctx, step)
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


async def x_dispatch__mutmut_12(
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
        result = await _run(item, tools, step)
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


async def x_dispatch__mutmut_13(
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
        result = await _run(item, tools, ctx, )
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


async def x_dispatch__mutmut_14(
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
        results[index] = None
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


async def x_dispatch__mutmut_15(
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
        if on_result is None:
            await on_result(item, result)

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_16(
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
            await on_result(None, result)

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_17(
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
            await on_result(item, None)

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_18(
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
            await on_result(result)

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_19(
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
            await on_result(item, )

    for batch in _batches(planned, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_20(
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

    for batch in _batches(None, tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_21(
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

    for batch in _batches(planned, None, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_22(
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

    for batch in _batches(planned, tools, None):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_23(
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

    for batch in _batches(tools, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_24(
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

    for batch in _batches(planned, parallel):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_25(
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

    for batch in _batches(planned, tools, ):
        if len(batch) == 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_26(
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
        if len(batch) != 1:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_27(
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
        if len(batch) == 2:
            await run_one(batch[0])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_28(
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
            await run_one(None)
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_29(
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
            await run_one(batch[1])
            continue
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_30(
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
            break
        async with anyio.create_task_group() as group:
            for index in batch:
                group.start_soon(run_one, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_31(
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
                group.start_soon(None, index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_32(
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
                group.start_soon(run_one, None)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_33(
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
                group.start_soon(index)
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_34(
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
                group.start_soon(run_one, )
    return [r for r in results if r is not None]


async def x_dispatch__mutmut_35(
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
    return [r for r in results if r is None]

mutants_x_dispatch__mutmut['_mutmut_orig'] = x_dispatch__mutmut_orig # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_1'] = x_dispatch__mutmut_1 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_2'] = x_dispatch__mutmut_2 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_3'] = x_dispatch__mutmut_3 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_4'] = x_dispatch__mutmut_4 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_5'] = x_dispatch__mutmut_5 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_6'] = x_dispatch__mutmut_6 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_7'] = x_dispatch__mutmut_7 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_8'] = x_dispatch__mutmut_8 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_9'] = x_dispatch__mutmut_9 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_10'] = x_dispatch__mutmut_10 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_11'] = x_dispatch__mutmut_11 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_12'] = x_dispatch__mutmut_12 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_13'] = x_dispatch__mutmut_13 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_14'] = x_dispatch__mutmut_14 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_15'] = x_dispatch__mutmut_15 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_16'] = x_dispatch__mutmut_16 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_17'] = x_dispatch__mutmut_17 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_18'] = x_dispatch__mutmut_18 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_19'] = x_dispatch__mutmut_19 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_20'] = x_dispatch__mutmut_20 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_21'] = x_dispatch__mutmut_21 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_22'] = x_dispatch__mutmut_22 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_23'] = x_dispatch__mutmut_23 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_24'] = x_dispatch__mutmut_24 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_25'] = x_dispatch__mutmut_25 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_26'] = x_dispatch__mutmut_26 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_27'] = x_dispatch__mutmut_27 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_28'] = x_dispatch__mutmut_28 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_29'] = x_dispatch__mutmut_29 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_30'] = x_dispatch__mutmut_30 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_31'] = x_dispatch__mutmut_31 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_32'] = x_dispatch__mutmut_32 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_33'] = x_dispatch__mutmut_33 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_34'] = x_dispatch__mutmut_34 # type: ignore # mutmut generated
mutants_x_dispatch__mutmut['x_dispatch__mutmut_35'] = x_dispatch__mutmut_35 # type: ignore # mutmut generated
mutants_x__batches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__batches__mutmut)
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


def x__batches__mutmut_orig(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
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


def x__batches__mutmut_1(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = None
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


def x__batches__mutmut_2(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = None
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


def x__batches__mutmut_3(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(None):
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


def x__batches__mutmut_4(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = None
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


def x__batches__mutmut_5(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(None)
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


def x__batches__mutmut_6(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = None
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


def x__batches__mutmut_7(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel or (item.error is not None or (tool is not None and tool.policy.parallel_safe))
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


def x__batches__mutmut_8(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None and (tool is not None and tool.policy.parallel_safe))
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


def x__batches__mutmut_9(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is None or (tool is not None and tool.policy.parallel_safe))
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


def x__batches__mutmut_10(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is not None or tool.policy.parallel_safe))
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


def x__batches__mutmut_11(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is None and tool.policy.parallel_safe))
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


def x__batches__mutmut_12(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is not None and tool.policy.parallel_safe))
        if safe:
            current.append(None)
            continue
        if current:
            batches.append(current)
            current = []
        batches.append([index])
    if current:
        batches.append(current)
    return batches


def x__batches__mutmut_13(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is not None and tool.policy.parallel_safe))
        if safe:
            current.append(index)
            break
        if current:
            batches.append(current)
            current = []
        batches.append([index])
    if current:
        batches.append(current)
    return batches


def x__batches__mutmut_14(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
    batches: list[list[int]] = []
    current: list[int] = []
    for index, item in enumerate(planned):
        tool = tools.get(item.call.name)
        safe = parallel and (item.error is not None or (tool is not None and tool.policy.parallel_safe))
        if safe:
            current.append(index)
            continue
        if current:
            batches.append(None)
            current = []
        batches.append([index])
    if current:
        batches.append(current)
    return batches


def x__batches__mutmut_15(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
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
            current = None
        batches.append([index])
    if current:
        batches.append(current)
    return batches


def x__batches__mutmut_16(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
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
        batches.append(None)
    if current:
        batches.append(current)
    return batches


def x__batches__mutmut_17(planned: Sequence[PlannedCall], tools: Mapping[str, Tool], parallel: bool) -> list[list[int]]:
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
        batches.append(None)
    return batches

mutants_x__batches__mutmut['_mutmut_orig'] = x__batches__mutmut_orig # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_1'] = x__batches__mutmut_1 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_2'] = x__batches__mutmut_2 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_3'] = x__batches__mutmut_3 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_4'] = x__batches__mutmut_4 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_5'] = x__batches__mutmut_5 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_6'] = x__batches__mutmut_6 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_7'] = x__batches__mutmut_7 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_8'] = x__batches__mutmut_8 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_9'] = x__batches__mutmut_9 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_10'] = x__batches__mutmut_10 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_11'] = x__batches__mutmut_11 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_12'] = x__batches__mutmut_12 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_13'] = x__batches__mutmut_13 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_14'] = x__batches__mutmut_14 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_15'] = x__batches__mutmut_15 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_16'] = x__batches__mutmut_16 # type: ignore # mutmut generated
mutants_x__batches__mutmut['x__batches__mutmut_17'] = x__batches__mutmut_17 # type: ignore # mutmut generated
mutants_x__run__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__run__mutmut)
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


async def x__run__mutmut_orig(
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


async def x__run__mutmut_1(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = None
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_2(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(None)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_3(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None and tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_4(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_5(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is not None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_6(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = None
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_7(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(None, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_8(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, None)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_9(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_10(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, )
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_11(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = None
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_12(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error and (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_13(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}." - (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_14(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(None)}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_15(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {'XX, XX'.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_16(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(None))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_17(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if (hint) and False else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_18(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if (hint) or True else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_19(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "XXXX")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_20(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(None, "error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_21(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, None, message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_22(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", None, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_23(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=None, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_24(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, call_id=None)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_25(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result("error", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_26(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_27(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_28(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_29(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=0, )
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_30(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "XXerrorXX", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_31(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "ERROR", message, max_chars=0, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_32(
    item: PlannedCall, tools: Mapping[str, Tool], ctx: RunContext[object], step: int
) -> ToolResult:
    tool = tools.get(item.call.name)
    if item.error is not None or tool is None:
        hint = did_you_mean(item.call.name, tools)
        message = item.error or (
            f"Unknown tool {item.call.name!r}. Available tools: {', '.join(sorted(tools))}."
            + (f" {hint.capitalize()}" if hint else "")
        )
        return error_result(item.call.name, "error", message, max_chars=1, call_id=item.call_id)
    context = ctx.for_call(tool.name, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_33(
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
    context = None
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_34(
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
    context = ctx.for_call(None, item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_35(
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
    context = ctx.for_call(tool.name, None, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_36(
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
    context = ctx.for_call(tool.name, item.call_id, step=None)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_37(
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
    context = ctx.for_call(item.call_id, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_38(
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
    context = ctx.for_call(tool.name, step=step)
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_39(
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
    context = ctx.for_call(tool.name, item.call_id, )
    return await tool.invoke(item.call.arguments, context, call_id=item.call_id)


async def x__run__mutmut_40(
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
    return await tool.invoke(None, context, call_id=item.call_id)


async def x__run__mutmut_41(
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
    return await tool.invoke(item.call.arguments, None, call_id=item.call_id)


async def x__run__mutmut_42(
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
    return await tool.invoke(item.call.arguments, context, call_id=None)


async def x__run__mutmut_43(
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
    return await tool.invoke(context, call_id=item.call_id)


async def x__run__mutmut_44(
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
    return await tool.invoke(item.call.arguments, call_id=item.call_id)


async def x__run__mutmut_45(
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
    return await tool.invoke(item.call.arguments, context, )

mutants_x__run__mutmut['_mutmut_orig'] = x__run__mutmut_orig # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_1'] = x__run__mutmut_1 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_2'] = x__run__mutmut_2 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_3'] = x__run__mutmut_3 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_4'] = x__run__mutmut_4 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_5'] = x__run__mutmut_5 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_6'] = x__run__mutmut_6 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_7'] = x__run__mutmut_7 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_8'] = x__run__mutmut_8 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_9'] = x__run__mutmut_9 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_10'] = x__run__mutmut_10 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_11'] = x__run__mutmut_11 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_12'] = x__run__mutmut_12 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_13'] = x__run__mutmut_13 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_14'] = x__run__mutmut_14 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_15'] = x__run__mutmut_15 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_16'] = x__run__mutmut_16 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_17'] = x__run__mutmut_17 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_18'] = x__run__mutmut_18 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_19'] = x__run__mutmut_19 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_20'] = x__run__mutmut_20 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_21'] = x__run__mutmut_21 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_22'] = x__run__mutmut_22 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_23'] = x__run__mutmut_23 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_24'] = x__run__mutmut_24 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_25'] = x__run__mutmut_25 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_26'] = x__run__mutmut_26 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_27'] = x__run__mutmut_27 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_28'] = x__run__mutmut_28 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_29'] = x__run__mutmut_29 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_30'] = x__run__mutmut_30 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_31'] = x__run__mutmut_31 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_32'] = x__run__mutmut_32 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_33'] = x__run__mutmut_33 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_34'] = x__run__mutmut_34 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_35'] = x__run__mutmut_35 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_36'] = x__run__mutmut_36 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_37'] = x__run__mutmut_37 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_38'] = x__run__mutmut_38 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_39'] = x__run__mutmut_39 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_40'] = x__run__mutmut_40 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_41'] = x__run__mutmut_41 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_42'] = x__run__mutmut_42 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_43'] = x__run__mutmut_43 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_44'] = x__run__mutmut_44 # type: ignore # mutmut generated
mutants_x__run__mutmut['x__run__mutmut_45'] = x__run__mutmut_45 # type: ignore # mutmut generated
