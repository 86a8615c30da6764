"""`run_batch`: many agent runs, results yielded as they finish, written to an output folder.

    async for record in run_batch("task.yaml", [{"n": 1}, {"n": 2}], out_dir="out"):
        print(record.key, record.status, record.output)

    async for record in run_batch(agent, ["question one", "question two"], out_dir="out"): ...

The output folder holds ``results.jsonl`` (one line per finished run, see `agentkit.batch.results`) and
``trajectories/<key>.jsonl``. Running the same batch again skips the runs the results file already has
(``retry_failed=True`` runs the unsuccessful ones again). Cancelling the iteration (Ctrl-C in the CLI)
cancels the running runs, removes their sandboxes and keeps every line written so far.

Locally, at most ``max_runs`` runs are in flight; with ``ray=`` the items go to one worker per node of
a Ray cluster (`agentkit.batch.ray_workers`), each with those limits.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from agentkit.batch.items import (
    BatchInputError,
    BatchItem,
    items_from_paths,
    items_from_prompts,
)
from agentkit.batch.results import BatchObserver, Emit, ResultsFile, RunRecord
from agentkit.batch.runner import BatchOptions, BatchRunner

if TYPE_CHECKING:
    from agentkit.agent import Agent


def batch_items(
    target: Agent[Any] | str | Path | Sequence[BatchItem],
    inputs: Iterable[str | Mapping[str, Any] | BatchItem] | None = None,
) -> list[BatchItem]:
    """The items of a batch: an Agent and prompts; a task file and variable sets; a folder or glob of
    task files (no inputs); or items made already."""
    from agentkit.agent import Agent

    if isinstance(target, Agent):
        if inputs is None:
            raise BatchInputError("an Agent batch needs inputs: the prompts")
        prompts = list(inputs)
        bad = [p for p in prompts if not isinstance(p, str | BatchItem)]
        if bad:
            raise BatchInputError(f"an Agent batch takes prompts (str), not {type(bad[0]).__name__}")
        return items_from_prompts(prompts)  # type: ignore[arg-type]
    if isinstance(target, str | Path):
        path = Path(target)
        if inputs is None:
            return items_from_paths([target])
        if not path.is_file():
            raise BatchInputError(f"{target}: no such task file")
        items = []
        for number, values in enumerate(inputs, start=1):
            if not isinstance(values, Mapping):
                raise BatchInputError(
                    f"input {number}: a task batch takes variable sets (dicts), not {type(values).__name__}"
                )
            items.append(BatchItem(key=f"{path.stem}-{number:05d}", task=path.resolve(), vars=dict(values)))
        return items
    return list(target)


async def run_batch(
    target: Agent[Any] | str | Path | Sequence[BatchItem],
    inputs: Iterable[str | Mapping[str, Any] | BatchItem] | None = None,
    *,
    out_dir: str | Path,
    options: BatchOptions | None = None,
    retry_failed: bool = False,
    ray: str | bool | None = None,
    observer: BatchObserver | None = None,
) -> AsyncGenerator[RunRecord, None]:
    """Run a batch (see the module docstring); yields each run's record once it is in the results file.

    ``ray``: None/False runs here; True connects to the Ray cluster this process sees (``RAY_ADDRESS``,
    or one already initialized); a string is the cluster's address.
    """
    options = options or BatchOptions()
    items = batch_items(target, inputs)
    results = ResultsFile(out_dir)
    done = results.read()
    todo = [item for item in items if item.key not in done or (retry_failed and not done[item.key].ok)]
    if observer is not None:
        observer.begin(len(items), len(items) - len(todo))
    batch_id = secrets.token_hex(4)
    send, receive = anyio.create_memory_object_stream[RunRecord](max_buffer_size=float("inf"))

    async def emit(record: RunRecord) -> None:
        results.append(record)  # first in the file: a record yielded is a record kept
        if observer is not None:
            observer.finished(record)
        await send.send(record)

    async def execute() -> None:
        async with send:
            if ray not in (None, False):
                from agentkit.agent import Agent
                from agentkit.batch.ray_workers import execute_on_ray

                if isinstance(target, Agent):
                    raise BatchInputError(
                        "a Ray batch runs task files (each worker builds its own engine from them); "
                        "an Agent cannot be sent to other machines"
                    )
                address = ray if isinstance(ray, str) else None
                await execute_on_ray(todo, options, batch_id, results, emit, observer, address=address)
            else:
                await execute_here(todo, options, batch_id, results, emit, observer, target)

    try:
        async with anyio.create_task_group() as task_group:
            task_group.start_soon(execute)
            async with receive:
                async for record in receive:
                    yield record
    finally:
        results.close()


async def execute_here(
    todo: list[BatchItem],
    options: BatchOptions,
    batch_id: str,
    results: ResultsFile,
    emit: Emit,
    observer: BatchObserver | None,
    target: Any,
) -> None:
    """Run ``todo`` in this process: one shared runner, at most ``max_runs`` at once."""
    from agentkit.agent import Agent

    agent = target if isinstance(target, Agent) else None
    slots = anyio.Semaphore(options.max_runs)

    async def one(runner: BatchRunner, item: BatchItem) -> None:
        try:
            if observer is not None:
                observer.started(item.key)
            record = await runner.run_item(item, results.trajectory_path(item.key))
            await emit(record)
        finally:
            slots.release()

    async with (
        BatchRunner(options, batch_id=batch_id, agent=agent) as runner,
        anyio.create_task_group() as runs,
    ):
        for item in todo:
            await slots.acquire()  # items wait here, not as tasks: memory stays bounded by max_runs
            runs.start_soon(one, runner, item)
