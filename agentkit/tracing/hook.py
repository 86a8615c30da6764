"""The loop's one seam to tracing: wrap a run's event generator, or hand it back untouched when off."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

from agentkit.agent.events import RunEvent
from agentkit.tracing.config import TracingSetting, resolve


def traced(
    setting: TracingSetting, agent: Any, run: Any, events: AsyncGenerator[RunEvent, None]
) -> AsyncGenerator[RunEvent, None]:
    """``events``, with spans made from them when ``setting`` turns tracing on (see `resolve`)."""
    active = resolve(setting)
    if active is None:
        return events
    from agentkit.tracing.spans import RunSpans

    return RunSpans(active, agent, run).wrap(events)
