"""Running batch items on shared engines and warm sandbox pools, within two limits.

A `BatchRunner` belongs to one event loop (the CLI's, or one Ray worker's). It turns an item into an
`Agent` run through the public pieces only: `agentkit.task.prepare` / `build_engine` / `build_agent`
for task files, `Agent.run` for the run. What it adds is sharing and limits:

* **engines**: built once per distinct engine section (kind, options, model) and shared by every run
  that names it, so a vLLM engine batches all of them. The exception is the replay engine: its outputs
  are one conversation's script, played in order, so each run gets its own (no model is loaded);
* **sandboxes**: one warm `SandboxPool` per distinct sandbox configuration, each container leased to
  one run and removed after it; at most ``max_sandboxes`` are leased at once (CPU and memory bound)
  while ``max_runs`` (KV-cache bound) is enforced by whoever feeds the runner;
* **failures stay local**: a task file that does not load, an engine that does not start, a run that
  raises: each becomes that run's failed record; the other runs go on.

Pools live in tasks of the runner's own task group (a pool must be closed by the task that opened it),
so cancelling the runner removes every container it started.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import anyio
import anyio.to_thread
from anyio.abc import TaskGroup, TaskStatus

from agentkit.batch.items import BatchItem
from agentkit.batch.results import RecordTimings, RecordUsage, RunRecord, jsonable, status_of

if TYPE_CHECKING:
    from agentkit.agent import Agent, RunResult
    from agentkit.engines.base import Engine
    from agentkit.sandbox.config import SandboxConfig
    from agentkit.sandbox.pool import SandboxPool
    from agentkit.task import LoadedTask, PreparedTask

LABEL_BATCH = "agentkit.batch"


@dataclass(frozen=True)
class BatchOptions:
    """The limits and choices of a batch (the same on every Ray worker)."""

    max_runs: int = 16
    max_sandboxes: int = 4
    warm_sandboxes: int | None = None  # default: min(2, max_sandboxes)
    engine: str | None = None  # replaces every task's engine section (like `agentkit run --engine`)
    labels: Mapping[str, str] = field(default_factory=dict)  # extra labels on the batch's sandboxes

    def __post_init__(self) -> None:
        problems = []
        if self.max_runs < 1:
            problems.append(f"max_runs must be >= 1, got {self.max_runs}")
        if self.max_sandboxes < 1:
            problems.append(f"max_sandboxes must be >= 1, got {self.max_sandboxes}")
        if self.warm_sandboxes is not None and self.warm_sandboxes < 0:
            problems.append(f"warm_sandboxes must be >= 0, got {self.warm_sandboxes}")
        if problems:
            raise ValueError("invalid batch options: " + "; ".join(problems))

    @property
    def warm(self) -> int:
        wanted = min(2, self.max_sandboxes) if self.warm_sandboxes is None else self.warm_sandboxes
        return min(wanted, self.max_sandboxes)


class BatchRunner:
    """Runs items (see the module docstring). ``agent``: the Agent of a prompt batch."""

    def __init__(self, options: BatchOptions, *, batch_id: str, agent: Agent[Any] | None = None) -> None:
        self.options = options
        self.batch_id = batch_id
        self.agent = agent
        self._labels = {**options.labels, LABEL_BATCH: batch_id}
        self._sandbox_slots = anyio.CapacityLimiter(options.max_sandboxes)
        self._engines: dict[str, Engine] = {}
        self._own_engines: list[Engine] = []
        self._tasks: dict[Path, LoadedTask] = {}
        self._prepared: dict[Path, PreparedTask] = {}
        self._pools: dict[str, SandboxPool] = {}
        self._engine_lock = anyio.Lock()
        self._pool_lock = anyio.Lock()
        self._closing = anyio.Event()
        self._task_group: TaskGroup | None = None

    async def __aenter__(self) -> Self:
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._closing.set()  # the pool tasks leave their pools (removing every container)
        try:
            assert self._task_group is not None
            await self._task_group.__aexit__(exc_type, exc, tb)
        finally:
            with anyio.CancelScope(shield=True):
                for engine in self._own_engines:
                    await engine.close()

    # -- one item --------------------------------------------------------------------------------------

    async def run_item(self, item: BatchItem, trajectory: Path) -> RunRecord:
        """Run ``item`` to its end and say how it went; never raises but for cancellation."""
        from agentkit.agent import LimitExceeded
        from agentkit.batch.items import BatchInputError
        from agentkit.task import EngineStartError, TaskError

        began = time.time()
        try:
            agent, prompt = await self._agent_for(item)
        except (TaskError, EngineStartError, BatchInputError) as exc:
            return _record(item, began, began, error=str(exc))
        trajectory.parent.mkdir(parents=True, exist_ok=True)
        trajectory.unlink(missing_ok=True)  # a run cut off earlier starts over
        started = began
        try:
            async with AsyncExitStack() as stack:
                config = _sandbox_config(agent)
                if config is not None:
                    await stack.enter_async_context(self._sandbox_slots)
                    pool = await self._pool(config)
                    sandbox = await stack.enter_async_context(pool.lease(run_id=item.key))
                    agent = copy.copy(agent)  # the same configuration, with this run's sandbox
                    agent.sandbox = sandbox
                started = time.time()
                try:
                    result = await agent.run(prompt, trajectory=trajectory)
                except LimitExceeded as exc:
                    result = exc.result
        except Exception as exc:  # noqa: BLE001 - a failed run is a result; the batch goes on
            return _record(item, began, started, error=f"{type(exc).__name__}: {exc}", trajectory=trajectory)
        return _record(item, began, started, result=result, trajectory=trajectory)

    async def _agent_for(self, item: BatchItem) -> tuple[Agent[Any], str]:
        if item.prompt is not None:
            if self.agent is None:
                raise ValueError(f"{item.key}: a prompt item needs the batch's Agent")
            return self.agent, item.prompt
        if item.task is None:
            raise ValueError(f"{item.key}: an item needs a task file or a prompt")
        from agentkit.task import build_agent

        prepared = await self._prepare(item.task, item.vars)
        engine = await self._engine(prepared)
        return build_agent(prepared, engine), prepared.prompts.prompt

    async def _prepare(self, path: Path, values: Mapping[str, Any]) -> PreparedTask:
        from agentkit.task import load_task, prepare

        if not values and path in self._prepared:
            return self._prepared[path]
        task = self._tasks.get(path)
        if task is None:
            task = self._tasks[path] = load_task(path, engine_override=self.options.engine)
        # Values from a JSONL line may be numbers or lists: templates take them as they are.
        prepared = prepare(task, dict(values))
        if not values:
            self._prepared[path] = prepared
        return prepared

    async def _engine(self, prepared: PreparedTask) -> Engine:
        from agentkit.task import build_engine
        from agentkit.task.resolve import model_location
        from agentkit.task.schema import ReplayEngineSpec

        spec = prepared.task.spec
        if isinstance(spec.engine, ReplayEngineSpec):
            engine = build_engine(prepared)  # one conversation's script: its own engine (see above)
            self._own_engines.append(engine)
            return engine
        key = json.dumps(
            [spec.engine.model_dump(mode="json"), model_location(prepared.task), str(spec.model.tokenizer)],
            sort_keys=True,
        )
        async with self._engine_lock:
            if key not in self._engines:
                # A model load blocks for a long time: not on the event loop.
                engine = await anyio.to_thread.run_sync(build_engine, prepared)
                self._engines[key] = engine
                self._own_engines.append(engine)
            return self._engines[key]

    # -- sandbox pools ---------------------------------------------------------------------------------

    async def _pool(self, config: SandboxConfig) -> SandboxPool:
        key = config.model_dump_json()
        async with self._pool_lock:
            if key not in self._pools:
                assert self._task_group is not None
                self._pools[key] = await self._task_group.start(self._keep_pool, config)
            return self._pools[key]

    async def _keep_pool(self, config: SandboxConfig, *, task_status: TaskStatus[SandboxPool]) -> None:
        from agentkit.sandbox.pool import SandboxPool

        async with SandboxPool(config, size=self.options.warm, labels=self._labels) as pool:
            task_status.started(pool)
            await self._closing.wait()


def _sandbox_config(agent: Agent[Any]) -> SandboxConfig | None:
    """The configuration to lease a pooled sandbox for, or None (no sandbox, or one the caller gave)."""
    from agentkit.sandbox.config import SandboxConfig

    configured = agent.sandbox
    if isinstance(configured, SandboxConfig):
        return configured
    if configured is None and agent.toolset.needs_sandbox:
        return SandboxConfig()
    return None  # no tool needs one, or a Sandbox / SandboxPool given by the caller: used as given


def _record(
    item: BatchItem,
    began: float,
    started: float,
    *,
    result: RunResult | None = None,
    error: str | None = None,
    trajectory: Path | None = None,
) -> RunRecord:
    finished = time.time()
    timings = RecordTimings(
        started_at=started,
        finished_at=finished,
        duration_s=finished - started,
        waited_s=started - began,
        engine_s=result.usage.engine_time_s if result else 0.0,
        tools_s=result.usage.tool_time_s if result else 0.0,
    )
    common: dict[str, Any] = {
        "key": item.key,
        "task": str(item.task) if item.task else None,
        "vars": jsonable(dict(item.vars)),
        "timings": timings,
        "trajectory": f"trajectories/{trajectory.name}" if trajectory and trajectory.is_file() else None,
    }
    if result is None:
        return RunRecord(
            **common, status="failed", exit_reason=None if trajectory is None else "error", error=error
        )
    usage = result.usage
    return RunRecord(
        **common,
        status=status_of(result.exit_reason),
        exit_reason=result.exit_reason.value,
        output=jsonable(result.output),
        error=result.error,
        usage=RecordUsage(
            steps=usage.steps,
            prompt_tokens=usage.prompt_tokens,
            cached_prompt_tokens=usage.cached_prompt_tokens,
            generated_tokens=usage.generated_tokens,
            tool_calls=usage.tool_calls,
            failed_tool_calls=usage.failed_tool_calls,
        ),
        run_id=result.run_id,
    )
