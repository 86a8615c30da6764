"""Shipping a user's Python tool into the sandbox.

A tool declared ``@tool(runs_in="sandbox")`` (the default placement) is not run in the agent's
process: its module's source is installed in the sandbox under ``agentkit_user.<module>`` and the
sandbox runner calls the function there, arguments and result crossing as JSON.

What that requires of the tool, checked when the tool is declared (errors say what to change):

* a module-level function (sync or async) in a module whose source file can be read;
* module-level imports from the standard library only (plus ``agentkit``, and any top-level
  packages named in ``sandbox_imports`` because the sandbox image has them); no relative imports;
* parameters typed with JSON types (``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``,
  ``Literal``, unions, ``list``/``tuple``/``dict`` of those, ``TypedDict``, dataclasses of those;
  ``Annotated`` with ``Field`` constraints). Structured arguments are validated on the host with
  Pydantic and cross as plain data; in the sandbox dataclasses are rebuilt from the function's own
  annotations (`agentkit/sandbox/runner/shipped/tool_arguments.py`). A Pydantic model or a ``datetime`` would arrive as
  a dict or a string, so they are refused. On Python < 3.12 Pydantic needs ``typing_extensions.
  TypedDict``; ``typing_extensions`` may be imported (the sandbox gets a stand-in over ``typing``);
* no ``RunContext`` parameter (the run's objects live on the host).

Inside the sandbox ``agentkit`` is not installed; each ``agentkit`` module the tool's module
imports is installed as a small stand-in whose names are no-op decorators (so ``@tool(...)`` leaves
the function as it is) and whose ``ToolError`` is a real exception class. The stand-ins and the
argument adapter are files of the in-container package, ``agentkit/sandbox/runner/shipped/``.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
import inspect
import sys
import types
import typing
import weakref
from collections import abc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol, runtime_checkable

import typing_extensions
from pydantic.fields import FieldInfo

from agentkit.tool.signature import ToolDefinitionError, is_context_annotation

SANDBOX_PACKAGE: Final = "agentkit_user"
ARGUMENTS_MODULE: Final = f"{SANDBOX_PACKAGE}._arguments"
STRUCTURED_TYPES: Final = (
    "TypedDict from typing_extensions" if sys.version_info < (3, 12) else "TypedDict"
) + ", or a dataclass"

#: Where the sources installed beside a user's tool live: the in-container package, read as text.
SHIPPED_DIR: Final = Path(__file__).resolve().parent.parent / "sandbox" / "runner" / "shipped"


@functools.cache
def shipped_source(name: str) -> str:
    """The source of ``agentkit/sandbox/runner/shipped/<name>.py``, as it is installed in the sandbox."""
    return (SHIPPED_DIR / f"{name}.py").read_text(encoding="utf-8")


@runtime_checkable
class ModuleInstaller(Protocol):
    """A sandbox that can install Python source as an importable module (the runner keeps it)."""

    async def install_module(self, name: str, source: str) -> None: ...


@dataclass(frozen=True)
class SandboxModule:
    """A tool's module as it is installed in the sandbox.

    ``modules`` maps each module name to install to its source, in order: the stand-ins (agentkit,
    typing_extensions), the tool's module, the argument adapter, then ``entry``: the module whose
    ``function`` the runner calls (the tool with its structured arguments rebuilt first).
    """

    module: str
    function: str
    modules: tuple[tuple[str, str], ...]
    origin: str
    entry: str = ""

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for name, source in self.modules:
            digest.update(name.encode() + b"\0" + source.encode() + b"\0")
        return digest.hexdigest()


def prepare_sandbox_module(
    function: Callable[..., Any],
    *,
    tool_name: str,
    hints: Mapping[str, Any],
    sandbox_imports: Iterable[str] = (),
) -> SandboxModule:
    """Check that ``function`` can run in the sandbox and collect what to install there."""
    where = _where(tool_name)
    require_module_level_function(function, tool_name)
    name = function.__name__
    qualname = function.__qualname__
    module = inspect.getmodule(function)
    if module is None:
        raise ToolDefinitionError(f"{where}, but the module defining {qualname} cannot be found")
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError) as exc:
        raise ToolDefinitionError(
            f"{where}, so its module's source is shipped there, but the source of {module.__name__} "
            f"cannot be read ({exc}); define the tool in a .py file"
        ) from None
    for param, annotation in hints.items():
        if param == "return":
            continue
        if is_context_annotation(annotation):
            raise ToolDefinitionError(
                f"{where}: parameter {param!r} is a RunContext, which lives on the host and cannot cross into the "
                "sandbox; use sandbox file paths or plain arguments instead"
            )
        reason = json_type_problem(annotation)
        if reason:
            raise ToolDefinitionError(
                f"{where}, where arguments arrive as JSON: parameter {param!r} {reason}; type it with JSON types "
                f"(str, int, float, bool, None, Literal, list, dict, {STRUCTURED_TYPES})"
            )
    origin = getattr(module, "__file__", None) or module.__name__
    allowed = set(sandbox_imports)
    stand_ins = _check_imports(source, origin, where, allowed)
    module_name = _sandbox_module_name(module, origin)
    stand_in = shipped_source("agentkit_standin")
    installs = [(stub, stand_in) for stub in sorted(stand_ins - {"typing_extensions"})]
    if "typing_extensions" in stand_ins:
        installs.append(("typing_extensions", shipped_source("typing_extensions_standin")))
    installs.append((module_name, source))
    installs.append((ARGUMENTS_MODULE, shipped_source("tool_arguments")))
    entry = f"{module_name}__entry_{name}"
    installs.append((entry, _entry_source(module_name, name)))
    return SandboxModule(
        module=module_name, function=name, modules=tuple(installs), origin=str(origin), entry=entry
    )


def _entry_source(module_name: str, function: str) -> str:
    """The function the runner calls: the tool with its structured arguments rebuilt first."""
    return (
        f"from {ARGUMENTS_MODULE} import call as _call\n"
        f"from {module_name} import {function} as _tool\n\n\n"
        f"def {function}(**arguments):\n"
        f"    return _call(_tool, arguments)\n"
    )


def _where(tool_name: str) -> str:
    return f"tool {tool_name} runs in the sandbox (the default; pass runs_in='host' to run it in the agent process)"


def require_module_level_function(function: Any, tool_name: str) -> None:
    """Only a module-level function can be found again by name in the sandbox."""
    qualname = getattr(function, "__qualname__", "")
    if (
        not isinstance(function, types.FunctionType)
        or qualname != function.__name__
        or not qualname.isidentifier()
    ):
        raise ToolDefinitionError(
            f"{_where(tool_name)}, so it must be a module-level function; {qualname or function!r} is not "
            "(methods, nested functions, lambdas and callable objects cannot be shipped)"
        )


def _sandbox_module_name(module: types.ModuleType, origin: str) -> str:
    name = module.__name__
    if name == "__main__":
        stem = origin.rsplit("/", 1)[-1].removesuffix(".py")
        name = stem if stem.isidentifier() else "main"
    return f"{SANDBOX_PACKAGE}.{name}"


def _check_imports(source: str, origin: str, where: str, allowed: set[str]) -> set[str]:
    """The modules that need a stand-in in the sandbox (agentkit's, typing_extensions); an error for
    anything else the sandbox lacks."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ToolDefinitionError(
            f"{where}, but {origin} does not parse: line {exc.lineno}: {exc.msg}"
        ) from None
    agentkit_modules: set[str] = set()
    missing: list[str] = []
    for node in _module_level_statements(tree.body):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                raise ToolDefinitionError(
                    f"{where}, where its module is installed on its own: the relative import on line {node.lineno} of "
                    f"{origin} would fail there; import absolutely or move the tool into a module of its own"
                )
            names = [node.module or ""]
        for full in names:
            top = full.split(".")[0]
            if top == "agentkit":
                parts = full.split(".")
                # `from agentkit import tool` needs no stand-in for agentkit.tool: the package's
                # module-level __getattr__ answers it.
                agentkit_modules.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
            elif full == "typing_extensions" and top not in allowed:
                agentkit_modules.add(full)  # a stand-in over typing is installed
            elif top not in sys.stdlib_module_names and top not in allowed:
                missing.append(f"{full} (line {node.lineno})")
    if missing:
        raise ToolDefinitionError(
            f"{where}, where only the standard library is installed, but {origin} imports at module level: "
            f"{', '.join(missing)}. Move those imports into the functions that need them, put the sandboxed tools "
            "in a module of their own, or list packages the sandbox image has in sandbox_imports"
        )
    return agentkit_modules


def _module_level_statements(body: list[ast.stmt]) -> Iterable[ast.stmt]:
    """Statements run when the module is imported: the body, and inside top-level if/try/with
    blocks, but not ``if TYPE_CHECKING:`` or ``if __name__ == "__main__":`` (never run there)."""
    for node in body:
        if isinstance(node, ast.If):
            test = node.test
            is_type_checking = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            )
            # In the sandbox the module is agentkit_user.<name>, never __main__.
            is_main_guard = (
                isinstance(test, ast.Compare)
                and isinstance(test.left, ast.Name)
                and test.left.id == "__name__"
                and any(isinstance(c, ast.Constant) and c.value == "__main__" for c in test.comparators)
            )
            if not is_type_checking and not is_main_guard:
                yield from _module_level_statements(node.body)
            yield from _module_level_statements(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _module_level_statements(block)
        elif isinstance(node, ast.With):
            yield from _module_level_statements(node.body)
        else:
            yield node


_JSON_SCALARS: Final = (str, int, float, bool, type(None))


def json_type_problem(annotation: Any) -> str:
    """Why values of ``annotation`` would not survive a JSON round trip unchanged ('' if they do)."""
    if annotation is Any or annotation in _JSON_SCALARS or annotation is None:
        return ""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        metadata = annotation.__metadata__
        if not all(isinstance(m, FieldInfo) for m in metadata):
            return f"is annotated with {metadata!r}, which only Field(...) may be"
        return json_type_problem(args[0])
    if origin is typing.Literal:
        bad = [value for value in args if not isinstance(value, _JSON_SCALARS)]
        return f"allows {bad[0]!r}, which is not a JSON value" if bad else ""
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            problem = json_type_problem(arg)
            if problem:
                return problem
        return ""
    if origin in (list, tuple, abc.Sequence) or annotation in (list, tuple, dict):
        for arg in args:
            if arg is not Ellipsis:
                problem = json_type_problem(arg)
                if problem:
                    return problem
        return ""
    if origin in (dict, abc.Mapping):
        if args and args[0] is not str:
            return f"is a dict with {getattr(args[0], '__name__', args[0])} keys; JSON keys are strings"
        return json_type_problem(args[1]) if args else ""
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        for field_type in typing.get_type_hints(annotation, include_extras=True).values():
            problem = json_type_problem(field_type)
            if problem:
                return problem
        return ""
    if typing_extensions.is_typeddict(annotation):
        for field_type in typing.get_type_hints(annotation, include_extras=True).values():
            problem = json_type_problem(field_type)
            if problem:
                return problem
        return ""
    shown = getattr(annotation, "__qualname__", None) or repr(annotation)
    if origin in (set, frozenset):
        return f"is a {origin.__name__}, which arrives as a list"
    return f"is typed {shown}, which would arrive as its JSON form (a dict, list or string), not as {shown}"


class InstalledModules:
    """Which module versions each live sandbox already has, so each is installed once per sandbox."""

    def __init__(self) -> None:
        self._by_sandbox: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()

    async def ensure(self, sandbox: ModuleInstaller, module: SandboxModule) -> None:
        try:
            installed = self._by_sandbox.setdefault(sandbox, {})
        except TypeError:  # not weak-referenceable or not hashable: install every time
            installed = {}
        for name, source in module.modules:
            digest = hashlib.sha256(source.encode()).hexdigest()
            if installed.get(name) != digest:
                await sandbox.install_module(name, source)
                installed[name] = digest


INSTALLED: Final = InstalledModules()
