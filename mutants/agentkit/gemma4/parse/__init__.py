"""The incremental Gemma 4 output parser (see `stream` for the entry points).

Modules: stream (StreamParser, collect, parse_complete), events (what it emits), args (the argument
scanner), values (typing values by the tool's schema), markers (the special-token texts it acts on),
messages (what the model is told when a call cannot be used).
"""

from __future__ import annotations

from agentkit.gemma4.parse.events import (
    End,
    Event,
    ParseError,
    Repaired,
    TextDelta,
    ThoughtDelta,
    ToolCallComplete,
    ToolCallDelta,
    ToolCallStarted,
)
from agentkit.gemma4.parse.stream import (
    ParsedOutput,
    StreamParser,
    collect,
    merge_events,
    parse_complete,
    prompt_ends_in_thought,
)

__all__ = [
    "End",
    "Event",
    "ParseError",
    "ParsedOutput",
    "Repaired",
    "StreamParser",
    "TextDelta",
    "ThoughtDelta",
    "ToolCallComplete",
    "ToolCallDelta",
    "ToolCallStarted",
    "collect",
    "merge_events",
    "parse_complete",
    "prompt_ends_in_thought",
]
