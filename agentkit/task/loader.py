"""Reading a task file: YAML with line marks, overrides from the command line, validation."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agentkit.task.errors import TaskError, problem_at, problems_from_validation
from agentkit.task.schema import TaskFile
from agentkit.task.yaml_source import Located, Mark, Path_, YamlSourceError, load_located


@dataclass
class LoadedTask:
    """A validated task file, with where each value was written (for errors found later)."""

    path: Path  # absolute
    spec: TaskFile
    located: Located
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    source: str = ""  # the path as the user wrote it, for messages

    def __post_init__(self) -> None:
        self.source = self.source or str(self.path)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def mark(self, *path: str | int) -> Mark | None:
        return self.located.mark_of(path)

    def error(self, path: Path_, message: str) -> TaskError:
        """A `TaskError` about the value at ``path`` (``("tools", 2)``)."""
        return TaskError(self.source, [problem_at(self.located.mark_of(path), path, message)])


@functools.cache
def task_json_schema() -> dict[str, Any]:
    """The JSON Schema of a task file (``agentkit schema``), in the form editors read."""
    from agentkit.task.json_schema import generate

    return generate()


def load_task(
    path: str | os.PathLike[str],
    *,
    engine_override: str | None = None,
    overrides: Mapping[Path_, tuple[str, Any]] | None = None,
    environ: Mapping[str, str] | None = None,
) -> LoadedTask:
    """Read and validate ``path``. Raises `TaskError` naming each problem's line and field.

    ``engine_override`` replaces the ``engine:`` section: a kind (``vllm``) or an inline YAML
    mapping (``{kind: http, base_urls: [http://gpu:8000/v1]}``); its errors name ``--engine``.
    ``overrides`` set single values from the command line, ``{("limits", "max_steps"): ("--max-steps",
    5)}``: a problem with one is reported at the option that gave it.
    """
    file = Path(path)
    source = str(file)
    env = dict(os.environ if environ is None else environ)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TaskError(source, [problem_at(None, (), "no such task file")]) from None
    except IsADirectoryError:
        raise TaskError(
            source, [problem_at(None, (), "is a directory; give the task.yaml inside it")]
        ) from None
    except UnicodeDecodeError as exc:
        raise TaskError(source, [problem_at(None, (), f"not UTF-8 text (byte {exc.start})")]) from None
    except OSError as exc:
        raise TaskError(source, [problem_at(None, (), f"cannot read: {exc.strerror}")]) from None
    try:
        located = load_located(text, source)
    except YamlSourceError as exc:
        raise TaskError(source, [problem_at(exc.mark, (), exc.message)]) from None
    if located.data is None:
        raise TaskError(
            source,
            [problem_at(Mark(source, 1, 1), (), "the file is empty; a task file starts with 'version: 1'")],
        )
    if not isinstance(located.data, dict):
        found = type(located.data).__name__
        raise TaskError(
            source,
            [
                problem_at(
                    located.mark_of(()),
                    (),
                    f"a task file is a mapping of fields (version: 1, ...), not a {found}",
                )
            ],
        )
    if engine_override is not None:
        located.set(("engine",), _engine_override(engine_override))
    for where, (option, value) in (overrides or {}).items():
        _override(located, where, option, value)
    schema = task_json_schema()
    try:
        spec = TaskFile.model_validate(
            located.data, context={"base_dir": file.resolve().parent, "environ": env}
        )
    except ValidationError as exc:
        raise TaskError(source, problems_from_validation(exc, located, schema)) from None
    return LoadedTask(path=file.resolve(), spec=spec, located=located, environ=env, source=source)


def _override(located: Located, where: Path_, option: str, value: Any) -> None:
    """Set one value from the command line; a shorthand on the way (``model: NAME``) becomes a mapping."""
    data = located.data
    for depth, key in enumerate(where[:-1]):
        node = data.get(key) if isinstance(data, dict) else None
        if isinstance(node, str) and key == "model":  # ``model: NAME`` is shorthand for ``{name: NAME}``
            located.set(where[: depth + 1], Located(data={"name": node}, marks={}, key_marks={}))
            node = data[key]
        data = node if node is not None else {}
    located.set(where, Located(data=value, marks={(): Mark(option, 1, 1)}, key_marks={}))


def _engine_override(text: str) -> Located:
    source = "--engine"
    stripped = text.strip()
    if stripped.isidentifier():
        return Located(data={"kind": stripped}, marks={(): Mark(source, 1, 1)}, key_marks={})
    try:
        located = load_located(stripped, source)
    except YamlSourceError as exc:
        raise TaskError(source, [problem_at(exc.mark, ("engine",), exc.message)]) from None
    if not isinstance(located.data, dict):
        raise TaskError(
            source,
            [
                problem_at(
                    Mark(source, 1, 1),
                    ("engine",),
                    "give an engine kind (vllm) or a mapping ({kind: http, ...})",
                )
            ],
        )
    # A path typed on the command line is relative to the current directory, not to the task file.
    outputs = located.data.get("outputs")
    if isinstance(outputs, str) and not outputs.startswith(("/", "~", "${")):
        located.data["outputs"] = str(Path.cwd() / outputs)
    return located
