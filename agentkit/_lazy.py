"""Names a package re-exports from its modules, imported on first use (so importing it stays cheap).

__getattr__, __dir__ = lazy_exports(__name__, {"Agent": "agentkit.agent.agent", ...})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, names: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module-level ``__getattr__`` and ``__dir__`` for ``package`` that load each name from its module."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    def __dir__() -> list[str]:
        # What the module defines eagerly plus what it loads on demand, so tab completion sees both.
        return sorted({*vars(sys.modules[package]), *names})

    return __getattr__, __dir__
