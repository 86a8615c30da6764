"""What a resumed run is told about its sandbox.

A run resumed from its trajectory gets a fresh sandbox: the trajectory records the tool calls and their
results, not the files earlier steps created in the workspace. Rather than let the model assume those
files exist, the resumed run logs (and shows) a ``sandbox_reset`` error event saying so. A caller that
needs the files can carry them over itself with `snapshot`/`restore` (the workspace as a tar archive,
checked on the way out like any ``get_archive``).
"""

from __future__ import annotations

import logging

from agentkit.agent.events import ErrorEvent
from agentkit.sandbox.base import Sandbox

log = logging.getLogger("agentkit.sandbox")

RESET_MESSAGE = (
    "resumed with a fresh sandbox: its workspace starts empty; files that earlier steps created in the "
    "sandbox are not there any more (the trajectory records tool results, not the workspace)"
)


def sandbox_reset_event(run_id: str, step: int) -> ErrorEvent:
    log.warning("run %s: %s", run_id, RESET_MESSAGE)
    return ErrorEvent(run_id=run_id, step=step, kind="sandbox_reset", message=RESET_MESSAGE)


async def snapshot(sandbox: Sandbox, path: str = ".") -> bytes:
    """The workspace (or ``path`` in it) as a tar archive: members validated, capped at the file cap."""
    return await sandbox.get_archive(path)


async def restore(sandbox: Sandbox, archive: bytes, path: str = ".") -> None:
    """Put a `snapshot` back into a (fresh) sandbox: its members land under ``path`` (the workspace
    root by default; a snapshot of a directory holds that directory's name)."""
    await sandbox.put_archive(path, archive)
