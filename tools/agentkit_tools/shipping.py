"""Getting the built-in tools' implementation into a sandbox, and calling it there.

The implementation is the standard-library-only package ``agentkit/sandbox/runner/tools`` (part of
the in-container code). It is installed into each sandbox's runner once as ``agentkit_tools.impl``
(``install_module``, the same mechanism that ships user tools; see ``agentkit.tool.shipping``), then
every file tool call is one ``call_python`` of ``agentkit_tools.impl.entry.call``.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any, Final

from agentkit.sandbox.base import Sandbox
from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolError
from agentkit.tool.shipping import INSTALLED, ModuleInstaller, SandboxModule

#: Where the implementation lives on the host, and the name it is installed under in the sandbox.
IMPL_SOURCE_PACKAGE: Final = "agentkit.sandbox.runner.tools"
IMPL_PACKAGE: Final = "agentkit_tools.impl"
ENTRY_MODULE: Final = "agentkit_tools.impl.entry"


@functools.cache
def impl_module() -> SandboxModule:
    """The implementation package as installable sources: the package first, then its modules."""
    package = resources.files(IMPL_SOURCE_PACKAGE)
    modules: list[tuple[str, str]] = [
        (IMPL_PACKAGE, package.joinpath("__init__.py").read_text(encoding="utf-8"))
    ]
    for entry in sorted(package.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".py") and entry.name != "__init__.py":
            name = f"{IMPL_PACKAGE}.{entry.name.removesuffix('.py')}"
            modules.append((name, entry.read_text(encoding="utf-8")))
    return SandboxModule(module=ENTRY_MODULE, function="call", modules=tuple(modules), origin=str(package))


def sandbox_of(ctx: RunContext[Any], tool_name: str) -> Sandbox:
    sandbox = ctx.sandbox
    if sandbox is None:
        raise ToolError(f"Tool {tool_name} runs in the sandbox, but this run has no sandbox.")
    return sandbox


async def call_impl(ctx: RunContext[Any], op: str, arguments: dict[str, Any], *, timeout: float) -> Any:
    """Run ``op`` of the implementation in the run's sandbox; a model-actionable failure raises ToolError."""
    sandbox = sandbox_of(ctx, op)
    if not isinstance(sandbox, ModuleInstaller):
        raise ToolError(
            f"Tool {op} needs its implementation installed in the sandbox, but this sandbox "
            f"({type(sandbox).__name__}) cannot install modules."
        )
    await INSTALLED.ensure(sandbox, impl_module())
    reply = await sandbox.call_python(
        ENTRY_MODULE,
        "call",
        {"op": op, "args": {"workspace": sandbox.workspace, **arguments}},
        timeout=timeout,
    )
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise ToolError(f"Tool {op}: the sandbox answered with something unexpected: {reply!r:.300}")
    if not reply["ok"]:
        raise ToolError(str(reply.get("error")))
    return reply["result"]
