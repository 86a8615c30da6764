"""What a task file's references point at: the tokenizer, the template revision, tools, the output type.

Each resolver raises `TaskError` located at the field that named the missing or broken thing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import json
import sys
import traceback
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agentkit.suggest import did_you_mean
from agentkit.task.loader import LoadedTask
from agentkit.task.paths import expand_variables, resolve_path
from agentkit.task.yaml_source import Path_

if TYPE_CHECKING:
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer
    from agentkit.tool.core import Tool

SIMPLE_OUTPUT_SCHEMAS: dict[str, dict[str, Any]] = {
    "json": {},
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
}


# -- the model ---------------------------------------------------------------------------------------


def model_location(task: LoadedTask) -> str | None:
    """``model.name`` as a local path when it names one (relative to the task file), else as written
    (a hub id such as nvidia/Gemma-4-31B-IT-NVFP4)."""
    name = task.spec.model.name
    if name is None:
        return None
    try:
        expanded = expand_variables(name, task.environ)
    except ValueError as exc:
        raise task.error(("model", "name"), str(exc)) from None
    pathlike = expanded.startswith(("/", "./", "../", "~"))
    candidate = resolve_path(expanded, task.base_dir, task.environ)
    if pathlike or Path(candidate).exists():
        return candidate
    return expanded


def load_tokenizer(task: LoadedTask) -> Gemma4Tokenizer:
    """``model.tokenizer``, else the model folder's tokenizer.json, else the default search order
    (``$AGENTKIT_SHARED/gemma4/tokenizer.json``, then ``shared/`` beside the checkout)."""
    from agentkit.gemma4.tokenizer import TokenizerNotFound, default_tokenizer_path

    where: Path_ = ("model", "tokenizer")
    source = task.spec.model.tokenizer
    if source is None:
        location = model_location(task)
        if location and (Path(location) / "tokenizer.json").is_file():
            source, where = location, ("model", "name")
        else:
            try:
                source, where = str(default_tokenizer_path(task.environ)), ("model",)
            except TokenizerNotFound as exc:
                raise task.error(
                    ("model",),
                    "no tokenizer: set model.tokenizer (a Gemma 4 tokenizer.json, or a folder with one), give a "
                    f"model folder as model.name, or: {exc}",
                ) from None
    path = Path(source)
    try:
        if path.is_dir():
            if not (path / "tokenizer.json").is_file():
                raise task.error(
                    where, f"{path} has no tokenizer.json; point at a Gemma 4 tokenizer.json or its folder"
                )
            path = path / "tokenizer.json"
        if not path.is_file():
            raise task.error(where, f"no tokenizer at {path}")
        stat = path.stat()
        return _tokenizer_file(str(path), stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError) as exc:
        raise task.error(where, f"cannot load the tokenizer: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - the tokenizers library raises plain Exception for a bad file
        raise task.error(where, f"cannot load the tokenizer {path}: {exc}") from None


@functools.lru_cache(maxsize=4)
def _tokenizer_file(path: str, mtime_ns: int, size: int) -> Gemma4Tokenizer:
    """Loading the 16 MB tokenizer.json takes a second: a process loads each file once (while unchanged)."""
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    del mtime_ns, size  # part of the cache key only
    return Gemma4Tokenizer.from_file(path)


def template_revision(task: LoadedTask) -> str:
    """``model.revision``; ``auto`` reads the model folder's chat template, else the default revision."""
    from agentkit.gemma4.revisions import DEFAULT_REVISION, UnknownTemplate, revision_of_checkpoint

    chosen = task.spec.model.revision
    if chosen != "auto":
        return chosen
    location = model_location(task)
    if location and Path(location).is_dir():
        folder = Path(location)
        if (folder / "chat_template.jinja").is_file() or (folder / "tokenizer_config.json").is_file():
            try:
                return revision_of_checkpoint(folder)
            except (UnknownTemplate, FileNotFoundError, ValueError) as exc:
                raise task.error(
                    ("model", "name"), f"{exc} (or set model.revision to the revision to render)"
                ) from None
    return DEFAULT_REVISION


# -- importing user code -----------------------------------------------------------------------------


def import_object(task: LoadedTask, reference: str, where: Path_) -> Any:
    """The object ``module:name`` or ``file.py:name`` names (a file path is relative to the task file)."""
    target, _, attribute = reference.rpartition(":")
    if target.endswith(".py") or "/" in target:
        module = _load_file(task, target, where)
    else:
        module = _import_module(task, target, where)
    try:
        return getattr(module, attribute)
    except AttributeError:
        names = [name for name in vars(module) if not name.startswith("_")]
        hint = did_you_mean(attribute, names)
        raise task.error(where, f"{target} has no {attribute!r}{'; ' + hint if hint else ''}") from None


def _import_module(task: LoadedTask, name: str, where: Path_) -> types.ModuleType:
    # Modules beside the task file come first, as `python task_dir/script.py` would find them.
    folder = str(task.base_dir)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and (name == exc.name or name.startswith(exc.name + ".")):
            raise task.error(
                where, f"no module named {name!r} (looked beside the task file and on sys.path)"
            ) from None
        raise task.error(where, f"importing {name} failed: {_describe_import_error(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - the module's own code failed: report it, no traceback
        raise task.error(where, f"importing {name} failed: {_describe_import_error(exc)}") from None


def _load_file(task: LoadedTask, target: str, where: Path_) -> types.ModuleType:
    try:
        path = Path(resolve_path(target, task.base_dir, task.environ))
    except ValueError as exc:
        raise task.error(where, str(exc)) from None
    if not path.is_file():
        raise task.error(where, f"no such file {path}")
    stem = "".join(c if c.isalnum() or c == "_" else "_" for c in path.stem)
    # One module per file: a short hash of its path keeps two tools.py files apart.
    name = f"agentkit_task_{stem}_{hashlib.sha256(str(path).encode()).hexdigest()[:8]}"
    existing = sys.modules.get(name)
    if existing is not None:
        return existing
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise task.error(where, f"{path} cannot be imported as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # inspect.getsource (sandbox shipping) finds the module by name
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001 - the file's own code failed: report it, no traceback
        del sys.modules[name]
        raise task.error(where, f"loading {path} failed: {_describe_import_error(exc)}") from None
    return module


def _describe_import_error(exc: BaseException) -> str:
    """``Type: message`` and the user's line where it happened (not a whole traceback)."""
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({exc.filename}:{exc.lineno})"
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if "importlib" not in frame.filename]
    place = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{place}"


# -- tools -------------------------------------------------------------------------------------------


def resolve_tools(task: LoadedTask) -> list[Tool]:
    """The tools ``tools:`` names, in order. A name used twice (two references, one tool) is an error."""
    tools: list[Tool] = []
    owner: dict[str, int] = {}
    for index, reference in enumerate(task.spec.tools):
        where: Path_ = ("tools", index)
        for found in _tools_of(task, reference, where):
            if found.name in owner:
                raise task.error(
                    where, f"a tool named {found.name!r} is already given by tools[{owner[found.name]}]"
                )
            owner[found.name] = index
            tools.append(found)
    return tools


def _tools_of(task: LoadedTask, reference: str, where: Path_) -> list[Tool]:
    from agentkit.tool.core import Tool, tool
    from agentkit.tool.signature import ToolDefinitionError
    from agentkit.tool.toolset import Toolset, UnknownToolName

    if ":" not in reference:
        import agentkit_tools

        try:
            return [agentkit_tools.resolve(reference)]
        except UnknownToolName as exc:
            raise task.error(where, str(exc)) from None
    found = import_object(task, reference, where)
    if isinstance(found, Tool):
        return [found]
    if isinstance(found, Toolset):
        return list(found)
    if isinstance(found, types.FunctionType):
        try:
            return [tool(found)]
        except ToolDefinitionError as exc:
            raise task.error(where, str(exc)) from None
    raise task.error(
        where,
        f"{reference} is a {type(found).__name__}; expected an @tool function, a plain function or a Toolset",
    )


# -- output ------------------------------------------------------------------------------------------


def output_type(task: LoadedTask) -> Any:
    """What `Agent(output_type=...)` gets: None (text), a JSON Schema dict, or a type."""
    spec = task.spec.output
    if spec.json_schema is not None:
        schema = _schema_document(task, spec.json_schema)
        _check_schema(task, schema)
        return schema
    if spec.type == "text":
        return None
    if spec.type in SIMPLE_OUTPUT_SCHEMAS:
        return dict(SIMPLE_OUTPUT_SCHEMAS[spec.type])
    found = import_object(task, spec.type, ("output", "type"))
    from pydantic import TypeAdapter

    if not isinstance(found, type):
        raise task.error(("output", "type"), f"{spec.type} is not a class (a Pydantic model or a dataclass)")
    try:
        TypeAdapter(found).json_schema()
    except Exception as exc:  # noqa: BLE001 - any type pydantic cannot describe
        raise task.error(("output", "type"), f"{spec.type} has no JSON Schema: {exc}") from None
    return found


def _schema_document(task: LoadedTask, value: dict[str, Any] | str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    where: Path_ = ("output", "schema")
    path = Path(value)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise task.error(where, f"no such schema file {path}") from None
    except json.JSONDecodeError as exc:
        raise task.error(where, f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise task.error(where, f"cannot read {path}: {exc}") from None
    if not isinstance(document, dict):
        raise task.error(where, f"{path}: a JSON Schema is an object, not {type(document).__name__}")
    return document


def _check_schema(task: LoadedTask, schema: dict[str, Any]) -> None:
    import jsonschema
    import jsonschema.exceptions

    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        where = "/".join(str(part) for part in exc.path) or "(top)"
        raise task.error(("output", "schema"), f"not a valid JSON Schema at {where}: {exc.message}") from None


def secret_from_env(task: LoadedTask, variable: str, where: Path_) -> str:
    value = task.environ.get(variable)
    if not value:
        raise task.error(where, f"environment variable {variable} (the API key) is not set")
    return value
