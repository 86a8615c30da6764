"""Task files: an agent run described in YAML (``agentkit run task.yaml``).

* `agentkit.task.schema`: the versioned Pydantic schema (`TaskFile`);
* `agentkit.task.loader`: YAML with line marks, validation, errors naming file, line and field;
* `agentkit.task.prompt`: the prompt templates (Jinja, strict undefined);
* `agentkit.task.resolve`: tokenizer, template revision, tools, output type;
* `agentkit.task.build`: the engine and the `Agent`.
"""

from __future__ import annotations

from agentkit.task.build import EngineStartError, PreparedTask, build_agent, build_engine, prepare
from agentkit.task.errors import Problem, TaskError
from agentkit.task.loader import LoadedTask, load_task, task_json_schema
from agentkit.task.prompt import parse_var_options
from agentkit.task.schema import TASK_VERSION, TaskFile

__all__ = [
    "TASK_VERSION",
    "EngineStartError",
    "LoadedTask",
    "PreparedTask",
    "Problem",
    "TaskError",
    "TaskFile",
    "build_agent",
    "build_engine",
    "load_task",
    "parse_var_options",
    "prepare",
    "task_json_schema",
]
