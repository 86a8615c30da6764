"""The worker side of ``call``: import a module, call a function with JSON arguments, answer in JSON.

Modules installed by the host live in memory (``install_module``) and are served by `InstalledModules`,
a finder placed first on ``sys.meta_path``; a dotted name makes its parents packages. Tracebacks show
their source lines.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import importlib.abc
import importlib.machinery
import inspect
import json
import linecache
import os
import socket
import sys
import time
import traceback
import types
from typing import Any

from akr_capture import CappedText
from akr_errors import RunnerError


def check_module(name: str, source: str) -> None:
    """Refuse a bad module name or a syntax error now, at install time, with the line."""
    if not name or not all(part.isidentifier() for part in name.split(".")):
        raise RunnerError("BadRequest", f"install_module: {name!r} is not a dotted Python module name")
    try:
        compile(source, _filename(name), "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise RunnerError("SyntaxError", f"module {name!r}, line {exc.lineno}: {exc.msg}") from None


def _filename(name: str) -> str:
    return f"<installed module {name}>"


class InstalledModules(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """A meta-path finder and loader over ``{dotted name: source}``."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources

    def _is_package(self, name: str) -> bool:
        prefix = name + "."
        return any(key.startswith(prefix) for key in self.sources)

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        is_package = self._is_package(fullname)
        if fullname not in self.sources and not is_package:
            return None
        spec = importlib.machinery.ModuleSpec(
            fullname, self, origin=_filename(fullname), is_package=is_package
        )
        if is_package:
            spec.submodule_search_locations = []
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        name = module.__name__
        source = self.sources.get(name, "")
        filename = _filename(name)
        # mtime None: linecache never tries to re-read this "file" from disk.
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)  # noqa: S102 - a loader

    def get_source(self, fullname: str) -> str | None:
        return self.sources.get(fullname)


def _error(stage: str, exc: BaseException, message: str | None = None) -> dict[str, Any]:
    """The outcome for a failure; a traceback from the call starts at the tool's frame, not ours."""
    kind = type(exc)
    tb = exc.__traceback__
    if stage == "call" and tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    type_name = (
        kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    )
    return {
        "ok": False,
        "error": {
            "stage": stage,
            "type": type_name,
            "message": message if message is not None else str(exc),
            "traceback": "".join(traceback.format_exception(kind, exc, tb)),
        },
    }


def _call(module_name: str, function: str, arguments: dict[str, Any]) -> dict[str, Any]:
    try:
        module = importlib.import_module(module_name)
    except BaseException as exc:  # noqa: BLE001 - whatever the import raised is the call's outcome
        return _error("import", exc, f"cannot import {module_name!r}: {type(exc).__name__}: {exc}")
    target: Any = module
    try:
        for part in function.split("."):
            target = getattr(target, part)
    except AttributeError as exc:
        return _error("lookup", exc, f"module {module_name!r} has no attribute {function!r}")
    if not callable(target):
        return _error("lookup", TypeError(f"{module_name}.{function} is not callable"))
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):  # some builtins have none: let the call itself complain
        signature = None
    if signature is not None:
        try:
            signature.bind(**arguments)
        except TypeError as exc:
            return _error("arguments", exc, f"{module_name}.{function}: {exc}")
    try:
        value = target(**arguments)
        if inspect.isawaitable(value):
            import asyncio

            async def wait(awaitable: Any) -> Any:
                return await awaitable

            value = asyncio.run(wait(value))
    except BaseException as exc:  # noqa: BLE001 - SystemExit etc. from a tool are its outcome too
        return _error("call", exc)
    return {"ok": True, "value": value}


def worker_loop(fd: int, modules: dict[str, str], runner_dir: str, workspace: str) -> int:
    """Serve calls read from ``fd`` (one JSON line each) until it closes; answer each with one line:
    the result object the runner passes to the host as is."""
    if runner_dir in sys.path:  # user code must not import the runner's own modules by accident
        sys.path.remove(runner_dir)
    sys.meta_path.insert(0, InstalledModules(modules))
    environ = dict(os.environ)
    connection = socket.socket(fileno=fd)
    reader = connection.makefile("rb")
    while True:
        line = reader.readline()
        if not line:
            return 0
        request = json.loads(line)
        # Each call starts from the same place, whatever the previous one changed.
        os.chdir(workspace)
        os.environ.clear()
        os.environ.update(environ)
        started = time.monotonic()
        out, err = CappedText(request["max_output"]), CappedText(request["max_output"])
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            outcome = _call(request["module"], request["function"], request["arguments"])
        try:
            call_text = json.dumps(outcome)
        except (TypeError, ValueError) as exc:
            message = f"the result of {request['module']}.{request['function']} is not JSON: {exc}"
            call_text = json.dumps(_error("result", exc, message))
        meta: dict[str, Any] = {
            "exit_code": 0,
            "duration_s": round(time.monotonic() - started, 6),
            "timed_out": False,
            "cancelled": False,
            "oom_killed": False,
        }
        for name, stream in (("stdout", out), ("stderr", err)):
            data, truncated = stream.capture.value()
            meta[name] = base64.b64encode(data).decode("ascii")
            meta[f"{name}_truncated"] = truncated
        reply = json.dumps(meta)[:-1] + ', "call": ' + call_text + "}\n"
        connection.sendall(reply.encode())
