"""Scale-out on Ray: one `BatchWorker` actor per node, fed through Ray's own `ActorPool`.

Each worker is pinned to its node (a hard node-affinity strategy) and owns a `BatchRunner`: the
engines it builds from the task files (an embedded vLLM on that node's GPU, or an HTTP engine to that
node's server) and a warm sandbox pool on that node's Docker daemon, within the batch's limits. The
driver hands items to the pool, which gives each to an idle worker slot (every worker appears
``max_runs`` times, one entry per run it may have in flight); a run is one actor call, so all its steps
stay on one worker and its prefix cache is reused. The worker returns the run's record and its
trajectory; the driver writes both into its own output folder. Ray does the scheduling, queueing and
transport: there is no other scheduler, queue or RPC here.

Task files (and what they name: outputs, tools, model folders) are read by the workers, so they must be
at the same absolute path on every node (a shared folder, or the same checkout). ``ray`` is the optional
extra ``agentkit[ray]``.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from collections import deque
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread

from agentkit.batch.items import BatchItem
from agentkit.batch.results import ResultsFile, RunRecord
from agentkit.batch.runner import BatchOptions, BatchRunner

if TYPE_CHECKING:
    from agentkit.batch.results import BatchObserver, Emit

logger = logging.getLogger("agentkit.batch")
POLL_S = 0.5  # how long the driver waits on the pool before checking for cancellation
CLOSE_TIMEOUT_S = 60.0


class RayUnavailable(RuntimeError):
    """Ray is not installed, or the cluster cannot be reached."""


def _import_ray() -> Any:
    try:
        import ray
    except ImportError:
        from agentkit.distribution import install_hint

        raise RayUnavailable(f"the Ray scale-out needs the ray package: {install_hint('ray')}") from None
    return ray


class BatchWorker:
    """The actor on one node (made remote by `execute_on_ray`); its methods run on Ray's event loop."""

    def __init__(self, options: BatchOptions, batch_id: str) -> None:
        self._options = options
        self._batch_id = batch_id
        self._runner: BatchRunner | None = None
        self._failure: BaseException | None = None
        self._serving: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._stop = asyncio.Event()
        self._runs: set[anyio.CancelScope] = set()
        self._scratch = Path(tempfile.mkdtemp(prefix="agentkit-batch-"))

    def node(self) -> str:
        import ray

        return str(ray.get_runtime_context().get_node_id())

    async def _serve(self) -> None:
        # The runner (its task group, its sandbox pools) lives in this one task from start to close.
        try:
            async with BatchRunner(self._options, batch_id=self._batch_id) as runner:
                self._runner = runner
                self._ready.set()
                await self._stop.wait()
        except BaseException as exc:
            self._failure = exc
            raise
        finally:
            self._runner = None
            self._ready.set()

    async def run(self, item: BatchItem) -> tuple[str, str | None]:
        """Run one item here; its record (JSON) and its trajectory's text."""
        if self._serving is None:
            self._serving = asyncio.get_running_loop().create_task(self._serve())
        await self._ready.wait()
        if self._runner is None:
            raise RuntimeError(f"the batch worker could not start: {self._failure!r}")
        path = self._scratch / f"{item.key}.jsonl"
        with anyio.CancelScope() as scope:
            self._runs.add(scope)
            try:
                record = await self._runner.run_item(item, path)
            finally:
                self._runs.discard(scope)
        if scope.cancelled_caught:
            raise RuntimeError(f"{item.key}: cancelled (the batch is closing)")
        text = path.read_text(encoding="utf-8") if path.is_file() else None
        path.unlink(missing_ok=True)
        record.node = self.node()
        return record.model_dump_json(), text

    async def close(self) -> None:
        """Cancel the runs in flight and close the runner (its sandboxes are removed)."""
        for scope in list(self._runs):
            scope.cancel()
        self._stop.set()
        if self._serving is not None:
            await asyncio.gather(self._serving, return_exceptions=True)
        shutil.rmtree(self._scratch, ignore_errors=True)


async def execute_on_ray(
    todo: list[BatchItem],
    options: BatchOptions,
    batch_id: str,
    results: ResultsFile,
    emit: Emit,
    observer: BatchObserver | None,
    *,
    address: str | None = None,
) -> None:
    """Run ``todo`` on the cluster at ``address`` (None: ``RAY_ADDRESS``, a running local one, or a new
    local one), one worker per alive node; each finished run is landed here and passed to ``emit``."""
    ray = _import_ray()
    from ray.util.actor_pool import ActorPool
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    if not ray.is_initialized():
        try:
            ray.init(address=address, log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise RayUnavailable(
                f"cannot connect to the Ray cluster {address or '(default)'}: {exc}"
            ) from None
    nodes = [node["NodeID"] for node in ray.nodes() if node.get("Alive")]
    remote_worker = ray.remote(BatchWorker)
    workers = [
        remote_worker.options(
            num_cpus=0,
            max_concurrency=options.max_runs + 2,
            scheduling_strategy=NodeAffinitySchedulingStrategy(node_id=node, soft=False),
        ).remote(options, batch_id)
        for node in nodes
    ]
    # One pool entry per run a worker may have in flight, interleaved so that free slots are taken
    # round the workers rather than filling one worker first.
    pool: Any = ActorPool([worker for _ in range(options.max_runs) for worker in workers])
    pending = deque(todo)

    def submit_while_free() -> None:
        while pending and pool.has_free():
            item = pending.popleft()
            pool.submit(lambda actor, value: actor.run.remote(value), item)
            if observer is not None:
                observer.started(item.key)

    try:
        submit_while_free()
        while pool.has_next():
            try:
                reply = await anyio.to_thread.run_sync(partial(pool.get_next_unordered, timeout=POLL_S))
            except TimeoutError:
                continue
            await emit(_land(reply, results))
            submit_while_free()
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(partial(_close_workers, ray, workers))


def _land(reply: tuple[str, str | None], results: ResultsFile) -> RunRecord:
    """A worker's reply as a record of this output folder, its trajectory written here."""
    record_json, trajectory_text = reply
    record = RunRecord.model_validate_json(record_json)
    if trajectory_text is not None:
        path = results.trajectory_path(record.key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(trajectory_text, encoding="utf-8")
        record.trajectory = str(path.relative_to(results.folder))
    return record


def _close_workers(ray: Any, workers: list[Any]) -> None:
    closing = [worker.close.remote() for worker in workers]
    try:
        ray.get(closing, timeout=CLOSE_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 - a worker that cannot close is killed below; its containers
        # are labelled with its (dead) process, and `agentkit sandbox prune` removes them.
        logger.warning("batch workers did not close cleanly: %s", exc)
    for worker in workers:
        ray.kill(worker)
