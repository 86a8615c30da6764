"""The SandboxProvider seam: how a run gets its sandbox, and gives it back.

The agent loop knows only this protocol. ``lease(run_id=...)`` is an async context manager: entering it
leases a sandbox for the run, leaving it releases the sandbox. Three providers come with agentkit:

* a `SandboxPool` (warm containers, one lease per run) is a provider as it is;
* `FreshContainer(config)`: a new hardened container per run, removed at the end (what a
  `SandboxConfig` given to the Agent becomes);
* `GivenSandbox(sandbox)`: one sandbox shared by every run, left open (what a `Sandbox` becomes).

`as_provider` turns what a user passes as ``Agent(sandbox=...)`` into a provider, or raises a
`TypeError` naming what is accepted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol, runtime_checkable

import anyio

from agentkit.sandbox.base import Sandbox
from agentkit.sandbox.config import SandboxConfig


@runtime_checkable
class SandboxProvider(Protocol):
    def lease(self, *, run_id: str | None = None) -> AbstractAsyncContextManager[Sandbox]:
        """A sandbox for one run, released when the block ends."""
        ...


class FreshContainer:
    """A new hardened Docker container for each run, removed when the run ends."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()

    @asynccontextmanager
    async def lease(self, *, run_id: str | None = None) -> AsyncIterator[Sandbox]:
        from agentkit.sandbox.docker import DockerSandbox
        from agentkit.sandbox.ownership import LABEL_RUN

        sandbox = await DockerSandbox.create(self.config, labels={LABEL_RUN: run_id} if run_id else None)
        try:
            yield sandbox
        finally:
            with anyio.CancelScope(shield=True):
                await sandbox.close()


class GivenSandbox:
    """One sandbox the caller owns, shared by every run and never closed here."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    @asynccontextmanager
    async def lease(self, *, run_id: str | None = None) -> AsyncIterator[Sandbox]:
        yield self.sandbox


SandboxLike = SandboxProvider | SandboxConfig | Sandbox


def as_provider(value: SandboxLike | None) -> SandboxProvider | None:
    """The provider for ``Agent(sandbox=value)``; None stays None (the agent decides the default)."""
    if value is None or isinstance(value, SandboxProvider):
        return value
    if isinstance(value, SandboxConfig):
        return FreshContainer(value)
    if isinstance(value, Sandbox):
        return GivenSandbox(value)
    raise TypeError(
        f"sandbox must be a SandboxConfig (a fresh container per run), a SandboxPool or another SandboxProvider "
        f"(one lease per run), a Sandbox (shared by every run) or None, not {type(value).__name__}"
    )
