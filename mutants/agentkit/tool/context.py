"""RunContext: what a tool receives from the run it is called in (never shown to the model)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from agentkit.sandbox.base import Sandbox

DepsT = TypeVar("DepsT")


@dataclass
class RunContext(Generic[DepsT]):
    """The run's dependencies and handles, injected into a tool parameter typed ``RunContext[Deps]``.

    Such a parameter is left out of the tool's schema; the agent loop builds one context per run and
    :meth:`for_call` stamps the call being served. ``extras`` holds anything else a host application
    wants to pass down (keys are the application's).
    """

    deps: DepsT
    sandbox: Sandbox | None = None
    run_id: str = ""
    logger: logging.Logger = field(default_factory=lambda: logging.getLogger("agentkit.run"))
    step: int = 0
    tool_name: str | None = None
    tool_call_id: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def for_call(
        self, tool_name: str, tool_call_id: str | None = None, *, step: int | None = None
    ) -> RunContext[DepsT]:
        """A copy of this context for one tool call (deps, sandbox, logger and extras are shared)."""
        return replace(
            self, tool_name=tool_name, tool_call_id=tool_call_id, step=self.step if step is None else step
        )
