"""Stand-in for agentkit inside the sandbox (the SDK is not installed here).

Installed under the name of each ``agentkit`` module a sandboxed tool's module imports. Every name is
a no-op: used as a decorator, with or without arguments, it returns the function unchanged;
subscripted (RunContext[Deps]) or called otherwise it returns itself. ToolError is real.
"""

from __future__ import annotations

from typing import Any


class ToolError(Exception):
    """Raise to report a failure to the model with exactly this message."""


class _Stub:
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs and callable(args[0]):
            return args[0]
        return self

    def __getattr__(self, name: str) -> _Stub:
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __getitem__(self, item: object) -> _Stub:
        return self

    def __or__(self, other: object) -> _Stub:
        return self

    __ror__ = __or__

    def __repr__(self) -> str:
        return "<agentkit stand-in>"


STUB = _Stub()


def __getattr__(name: str) -> _Stub:
    if name.startswith("__"):
        raise AttributeError(name)
    return STUB
