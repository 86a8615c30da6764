"""Runs inside the sandbox (standard library only): structured arguments back into their Python types.

Arguments cross into the sandbox as JSON, validated on the host by Pydantic against the tool's
signature. A parameter typed with a dataclass (or a list, tuple, dict or Optional of them) arrives as
a dict; `call` rebuilds the dataclass instances from the function's own annotations before calling it,
so a sandboxed tool gets the same values it would get on the host. TypedDicts are dicts already.

This module's source is installed in the sandbox as ``agentkit_user._arguments`` (see
`agentkit.tool.shipping`); it must import nothing but the standard library.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import types
import typing
from typing import Any


def rebuild(annotation: Any, value: Any) -> Any:
    """``value`` (JSON) as ``annotation`` describes it: dataclasses rebuilt, everything else as it is."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return rebuild(args[0], value)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation) and isinstance(value, dict):
        hints = typing.get_type_hints(annotation)
        return annotation(**{key: rebuild(hints.get(key, Any), item) for key, item in value.items()})
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        classes = [arg for arg in args if isinstance(arg, type) and dataclasses.is_dataclass(arg)]
        if isinstance(value, dict) and len(classes) == 1:
            return rebuild(classes[0], value)
        others = [arg for arg in args if arg is not type(None)]
        return rebuild(others[0], value) if len(others) == 1 else value
    if origin in (list, collections.abc.Sequence) and isinstance(value, list) and args:
        return [rebuild(args[0], item) for item in value]
    if origin is tuple and isinstance(value, list) and args:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(rebuild(args[0], item) for item in value)
        return tuple(rebuild(kind, item) for kind, item in zip(args, value, strict=False))
    if origin in (dict, collections.abc.Mapping) and isinstance(value, dict) and len(args) == 2:
        return {key: rebuild(args[1], item) for key, item in value.items()}
    return value


def call(function: Any, arguments: dict[str, Any]) -> Any:
    """``function(**arguments)`` with each argument rebuilt from the function's annotations."""
    hints = typing.get_type_hints(function, include_extras=True)
    return function(**{name: rebuild(hints.get(name, Any), value) for name, value in arguments.items()})
