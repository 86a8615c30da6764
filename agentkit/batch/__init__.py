"""Many agent runs at once: on one shared engine here, or on a Ray cluster (one worker per node).

* `run_batch` (driver): the SDK entry point; yields each run's `RunRecord` as it finishes;
* `agentkit.batch.items`: what runs (task files, a task and variable sets, prompts for an Agent);
* `agentkit.batch.runner`: shared engines, warm sandbox pools and the two limits;
* `agentkit.batch.results`: ``results.jsonl`` (one line per finished run; resumable);
* `agentkit.batch.progress`: the CLI's progress display and summary;
* `agentkit.batch.ray_workers`: the Ray scale-out (the optional extra ``agentkit[ray]``).
"""

from __future__ import annotations

from agentkit.batch.driver import batch_items, run_batch
from agentkit.batch.items import (
    BatchInputError,
    BatchItem,
    items_from_paths,
    items_from_prompts,
    items_from_vars,
)
from agentkit.batch.results import BatchObserver, ResultsFile, RunRecord
from agentkit.batch.runner import LABEL_BATCH, BatchOptions, BatchRunner

__all__ = [
    "LABEL_BATCH",
    "BatchInputError",
    "BatchItem",
    "BatchObserver",
    "BatchOptions",
    "BatchRunner",
    "ResultsFile",
    "RunRecord",
    "batch_items",
    "items_from_paths",
    "items_from_prompts",
    "items_from_vars",
    "run_batch",
]
