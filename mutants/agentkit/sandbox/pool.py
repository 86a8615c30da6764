"""SandboxPool: sandboxes started ahead of need, leased to one run each, destroyed after.

    async with SandboxPool(config, size=2) as pool:
        async with pool.lease(run_id="run-42") as sandbox:
            await sandbox.exec("pytest -q")

The pool keeps ``size`` sandboxes ready (started in the background, ``start_concurrency`` at a time).
A lease takes a ready one (no Docker call on that path) and a replacement starts at once; a returned
sandbox is never handed out again: it is removed in the background, clean state being a fresh
container. A ready sandbox whose stream has ended (its container died) is discarded at lease time and
replaced. Leaving the ``async with`` (normally, by an exception or a cancellation) removes every
container of the pool; SIGTERM and interpreter exit are covered by agentkit.sandbox.cleanup.
"""

from __future__ import annotations

import re
import secrets
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Self

import anyio
import anyio.to_thread
from anyio.abc import TaskGroup

from agentkit.sandbox import cleanup
from agentkit.sandbox.base import SandboxError
from agentkit.sandbox.client import connect_docker
from agentkit.sandbox.config import SandboxConfig
from agentkit.sandbox.docker import DockerSandbox, ensure_image
from agentkit.sandbox.ownership import LABEL_POOL, LABEL_RUN

if TYPE_CHECKING:
    import docker

MAX_CONSECUTIVE_FAILURES = 3


@dataclass(frozen=True)
class PoolStats:
    ready: int
    starting: int
    leased: int
    started: int
    discarded_dead: int


class SandboxPool:
    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        size: int = 2,
        client: docker.DockerClient | None = None,
        run_id: str | None = None,
        start_concurrency: int = 2,
    ) -> None:
        if size < 0:
            raise ValueError(f"SandboxPool size must be >= 0, got {size}")
        self.config = config or SandboxConfig()
        self.size = size
        self.id = secrets.token_hex(4)
        self._client = client
        self._labels = {LABEL_POOL: self.id, **({LABEL_RUN: run_id} if run_id else {})}
        self._start_limiter = anyio.CapacityLimiter(max(1, start_concurrency))
        self._ready: deque[DockerSandbox] = deque()
        self._leased: set[DockerSandbox] = set()
        self._starting = 0
        self._started = 0
        self._discarded_dead = 0
        self._failures = 0
        self._broken: BaseException | None = None
        self._changed = anyio.Event()
        self._task_group: TaskGroup | None = None
        self._closing = False

    # ---- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        """Connect (a clear error if Docker is unreachable), check the image, fill the pool."""
        cleanup.install_signal_handlers()
        if self._client is None:
            self._client = await anyio.to_thread.run_sync(connect_docker)
        await ensure_image(self._client, self.config.image)
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        try:
            self._task_group.start_soon(self._keep_filled)
            while len(self._ready) < self.size:
                if self._broken is not None:
                    raise SandboxError(f"the sandbox pool could not start: {self._broken}") from self._broken
                await self._wait_changed()
        except BaseException as exc:
            await self._shutdown(exc)
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._shutdown(exc)

    async def _shutdown(self, exc: BaseException | None) -> None:
        if self._closing:
            return
        self._closing = True
        task_group = self._task_group
        try:
            if task_group is not None:
                # Stops refilling. A task group always waits for its tasks, even when we are cancelled,
                # and starts in flight remove their own containers (shielded). When we are cancelled this
                # re-raises the cancellation, so the ready and leased sandboxes are removed in `finally`.
                task_group.cancel_scope.cancel()
                await task_group.__aexit__(None, None, None)
        finally:
            with anyio.CancelScope(shield=True):
                doomed = [*self._ready, *self._leased]
                self._ready.clear()
                self._leased.clear()
                async with anyio.create_task_group() as closer:
                    for sandbox in doomed:
                        closer.start_soon(sandbox.close)

    # ---- leasing --------------------------------------------------------------------------------

    @asynccontextmanager
    async def lease(self, *, run_id: str | None = None) -> AsyncIterator[DockerSandbox]:
        """A ready sandbox for one run; removed (never reused) when the block ends."""
        sandbox = await self.acquire(run_id=run_id)
        try:
            yield sandbox
        finally:
            self.release(sandbox)

    async def acquire(self, *, run_id: str | None = None) -> DockerSandbox:
        """Take a ready sandbox (waiting for one if none is); give it back with ``release``."""
        if self._task_group is None or self._closing:
            raise SandboxError("the sandbox pool is not open: use `async with SandboxPool(...) as pool`")
        if self.size == 0:  # no warm sandboxes wanted: start one for this lease
            sandbox = await DockerSandbox.create(self.config, client=self._client, labels=self._labels)
            self._leased.add(sandbox)
            sandbox.run_id = run_id
            return sandbox
        while True:
            while self._ready:
                sandbox = self._ready.popleft()
                if sandbox.alive:
                    self._leased.add(sandbox)
                    self._notify()
                    if run_id:
                        sandbox.run_id = run_id
                        self._task_group.start_soon(self._name_for_run, sandbox, run_id)
                    return sandbox
                self._discarded_dead += 1
                self._task_group.start_soon(sandbox.close)
            self._notify()
            if self._broken is not None:
                raise SandboxError(
                    f"the sandbox pool cannot start sandboxes: {self._broken}"
                ) from self._broken
            await self._wait_changed()

    def release(self, sandbox: DockerSandbox) -> None:
        """Return a leased sandbox: it is removed in the background and never handed out again."""
        if sandbox not in self._leased:
            return
        self._leased.discard(sandbox)
        if self._task_group is not None and not self._closing:
            self._task_group.start_soon(sandbox.close)
        self._notify()

    def stats(self) -> PoolStats:
        return PoolStats(
            ready=len(self._ready),
            starting=self._starting,
            leased=len(self._leased),
            started=self._started,
            discarded_dead=self._discarded_dead,
        )

    # ---- background -----------------------------------------------------------------------------

    def _notify(self) -> None:
        self._changed.set()
        self._changed = anyio.Event()

    async def _wait_changed(self) -> None:
        await self._changed.wait()

    async def _keep_filled(self) -> None:
        assert self._task_group is not None
        while True:
            while self._broken is None and len(self._ready) + self._starting < self.size:
                self._starting += 1
                self._task_group.start_soon(self._start_one)
            await self._wait_changed()

    async def _start_one(self) -> None:
        try:
            async with self._start_limiter:
                sandbox = await DockerSandbox.create(self.config, client=self._client, labels=self._labels)
        except Exception as exc:  # noqa: BLE001 - counted; after a few in a row the pool reports it
            self._failures += 1
            if self._failures >= MAX_CONSECUTIVE_FAILURES:
                self._broken = exc
            else:
                await anyio.sleep(0.5 * self._failures)
        else:
            self._failures = 0
            self._started += 1
            if self._closing:
                await sandbox.close()
            else:
                self._ready.append(sandbox)
        finally:
            self._starting -= 1
            self._notify()

    async def _name_for_run(self, sandbox: DockerSandbox, run_id: str) -> None:
        """Rename the container after its run (names show in `docker ps`; labels cannot change)."""
        slug = re.sub(r"[^a-zA-Z0-9_.-]+", "-", run_id).strip("-.")[:48] or "run"
        new_name = f"agentkit-run-{slug}-{sandbox.short_id[:6]}"

        try:
            await sandbox.rename(new_name)
        except SandboxError:
            pass  # the container is already gone, or the name is taken: the labels still say the pool
