"""What a batch runs: items, each one agent run with a stable key.

* task files: a folder (every ``*.yaml``/``*.yml`` below it), a glob, or files; the key is the path
  relative to the folder (or the glob's fixed part) without the suffix, ``/`` written as ``--``;
* one task file and a JSONL file of variable sets: one run per line, keyed ``<task stem>-<line>``
  (the line number, so keys stay put when lines are appended);
* prompts for an `Agent`: keyed by their position.

The key names the run's trajectory file and its line in the results file, and is how a resumed batch
knows what already ran.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TASK_SUFFIXES = (".yaml", ".yml")


class BatchInputError(ValueError):
    """The batch's inputs are unusable (nothing matched, a bad JSONL line, duplicate keys)."""


@dataclass(frozen=True)
class BatchItem:
    """One run of a batch: a task file (with variables), or a prompt for the batch's Agent."""

    key: str
    task: Path | None = None
    vars: Mapping[str, Any] = field(default_factory=dict)
    prompt: str | None = None


def items_from_paths(paths: Sequence[str | Path]) -> list[BatchItem]:
    """Task files named by folders, globs or paths, in a stable order, with unique keys."""
    found: dict[Path, str] = {}
    for given in paths:
        text = str(given)
        path = Path(text)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in TASK_SUFFIXES and p.is_file())
            base = path
        elif glob.has_magic(text):
            files = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            base = _fixed_part(text)
        elif path.is_file():
            files, base = [path], path.parent
        else:
            raise BatchInputError(f"{text}: no such task file or folder")
        if not files:
            raise BatchInputError(f"{text}: no task files (*.yaml, *.yml) found")
        for file in files:
            found.setdefault(file.resolve(), _key(file, base))
    return _unique([BatchItem(key=key, task=file) for file, key in found.items()])


def items_from_vars(task: str | Path, jsonl: str | Path) -> list[BatchItem]:
    """One run of ``task`` per line of ``jsonl`` (each line a JSON object of template variables)."""
    task_path = Path(task)
    if not task_path.is_file():
        raise BatchInputError(f"{task}: no such task file")
    source = Path(jsonl)
    items = []
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BatchInputError(f"{jsonl}: cannot read: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            values = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BatchInputError(f"{jsonl}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(values, dict):
            raise BatchInputError(
                f"{jsonl}:{number}: expected an object of template variables, got {type(values).__name__}"
            )
        bad = [name for name in values if not str(name).isidentifier() or name == "env"]
        if bad:
            raise BatchInputError(
                f"{jsonl}:{number}: {', '.join(map(repr, bad))} cannot be a template variable "
                "(names are Python-style; 'env' is the environment)"
            )
        items.append(BatchItem(key=f"{task_path.stem}-{number:05d}", task=task_path.resolve(), vars=values))
    if not items:
        raise BatchInputError(f"{jsonl}: no variable sets (one JSON object per line)")
    return items


def items_from_prompts(prompts: Iterable[str | BatchItem]) -> list[BatchItem]:
    """Prompts for an Agent batch, keyed ``00000``, ``00001``, ... (a `BatchItem` keeps its own key)."""
    items = [
        given if isinstance(given, BatchItem) else BatchItem(key=f"{index:05d}", prompt=given)
        for index, given in enumerate(prompts)
    ]
    return _unique(items)


def _fixed_part(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = [part for part in parts[: next(i for i, p in enumerate(parts) if glob.has_magic(p))]]
    return Path(*fixed) if fixed else Path(".")


def _key(file: Path, base: Path) -> str:
    try:
        relative = file.resolve().relative_to(base.resolve())
    except ValueError:
        relative = Path(file.name)
    return "--".join(relative.with_suffix("").parts)


def _unique(items: list[BatchItem]) -> list[BatchItem]:
    seen: set[str] = set()
    for item in items:
        if item.key in seen:
            raise BatchInputError(f"two runs would share the key {item.key!r}; keys name result lines")
        seen.add(item.key)
    return items
