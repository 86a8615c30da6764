"""Toolset: the tools of an agent, by name, in named groups."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from agentkit.tool.core import Tool


class DuplicateToolName(ValueError):
    """Two tools with one name: the model could not tell them apart."""


class UnknownToolName(KeyError):
    """A name that no tool in the set has; the message lists the names there are."""

    def __str__(self) -> str:  # KeyError would print the repr of the message
        return str(self.args[0])


class Toolset:
    """An ordered set of tools with unique names, each in one named group.

    Tools keep the order they were added in, which is the order they are declared to the model.
    Plain functions are accepted wherever a tool is and go through :meth:`Tool.from_function`
    with its defaults (so they run in the sandbox).
    """

    def __init__(self, tools: Iterable[Tool | Callable[..., Any]] = (), *, group: str = "default") -> None:
        self._tools: dict[str, Tool] = {}
        self._groups: dict[str, str] = {}
        self.extend(tools, group=group)

    # ---------------------------------------------------------------------------- registration

    def add(self, item: Tool | Callable[..., Any], *, group: str = "default") -> Tool:
        """Register one tool; a name already taken raises :class:`DuplicateToolName`."""
        added = item if isinstance(item, Tool) else Tool.from_function(item)
        if not added.is_bound:
            raise TypeError(
                f"tool {added.name} is a method taken from its class; register the method of an instance "
                "(Toolset.from_object(obj) collects them all)"
            )
        if added.name in self._tools:
            existing = self._tools[added.name]
            raise DuplicateToolName(
                f"tool name {added.name!r} is already registered (group {self._groups[added.name]!r}, "
                f"{_origin(existing)}); cannot add {_origin(added)} under the same name. "
                "Rename one with @tool(name=...)"
            )
        self._tools[added.name] = added
        self._groups[added.name] = group
        return added

    def extend(self, items: Iterable[Tool | Callable[..., Any]], *, group: str = "default") -> None:
        """Add several tools, all or none (a duplicate name leaves the set unchanged)."""
        self._add_all([(item, group) for item in items])

    def merge(self, other: Toolset) -> None:
        """Add every tool of ``other`` with its group, all or none."""
        self._add_all([(found, other._groups[name]) for name, found in other._tools.items()])

    def _add_all(self, items: list[tuple[Tool | Callable[..., Any], str]]) -> None:
        trial = Toolset.__new__(Toolset)
        trial._tools, trial._groups = dict(self._tools), dict(self._groups)
        for item, group in items:
            trial.add(item, group=group)
        self._tools, self._groups = trial._tools, trial._groups

    @classmethod
    def from_object(cls, obj: Any, *, group: str | None = None) -> Toolset:
        """The method tools of an instance (or class, for classmethods and staticmethods), bound to it,
        in definition order; the group defaults to the class name."""
        owner = obj if inspect.isclass(obj) else type(obj)
        found = cls()
        for attribute in _tool_attributes(owner):
            # Only attributes whose class value is a Tool are read: a property is never triggered.
            found.add(getattr(obj, attribute), group=group or owner.__name__)
        return found

    # --------------------------------------------------------------------------------- lookup

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    def __getitem__(self, name: str) -> Tool:
        try:
            return self._tools[name]
        except KeyError:
            raise UnknownToolName(self._unknown_message(name)) from None

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    @property
    def names(self) -> list[str]:
        return list(self._tools)

    @property
    def groups(self) -> dict[str, list[str]]:
        """Group name -> tool names, in order."""
        out: dict[str, list[str]] = {}
        for name, group in self._groups.items():
            out.setdefault(group, []).append(name)
        return out

    def group_of(self, name: str) -> str:
        self[name]  # raises UnknownToolName with the list of names
        return self._groups[name]

    # ------------------------------------------------------------------------------ filtering

    def select(
        self,
        names: Iterable[str] | None = None,
        *,
        groups: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
    ) -> Toolset:
        """A new toolset with the tools named in ``names`` or belonging to ``groups`` (all when both
        are None), minus ``exclude``. Unknown names or groups raise, so a typo is not silently ignored."""
        wanted_names = None if names is None else list(names)
        wanted_groups = None if groups is None else list(groups)
        excluded = list(exclude)
        for name in [*(wanted_names or []), *excluded]:
            if name not in self._tools:
                raise UnknownToolName(self._unknown_message(name))
        known_groups = set(self._groups.values())
        for group in wanted_groups or []:
            if group not in known_groups:
                raise UnknownToolName(
                    f"no tool group {group!r}; groups: {', '.join(sorted(known_groups)) or 'none'}"
                )
        chosen = Toolset()
        for name, found in self._tools.items():
            selected = (wanted_names is None and wanted_groups is None) or (
                (wanted_names is not None and name in wanted_names)
                or (wanted_groups is not None and self._groups[name] in wanted_groups)
            )
            if selected and name not in excluded:
                chosen.add(found, group=self._groups[name])
        return chosen

    def where(self, predicate: Callable[[Tool], bool]) -> Toolset:
        """A new toolset with the tools for which ``predicate`` is true (e.g. ``lambda t: t.policy.read_only``)."""
        chosen = Toolset()
        for name, found in self._tools.items():
            if predicate(found):
                chosen.add(found, group=self._groups[name])
        return chosen

    # ------------------------------------------------------------------------- for the loop

    @property
    def declarations(self) -> list[dict[str, Any]]:
        """The OpenAI-format tool dicts for the renderer, in order."""
        return [found.declaration for found in self._tools.values()]

    @property
    def parser_schemas(self) -> dict[str, dict[str, Any]]:
        """Tool name -> the JSON Schema the output parser types arguments by."""
        return {name: found.schema_for_parser for name, found in self._tools.items()}

    @property
    def needs_sandbox(self) -> bool:
        """True when some tool runs in the sandbox (the run must then have one)."""
        return any(found.policy.runs_in == "sandbox" for found in self._tools.values())

    def _unknown_message(self, name: str) -> str:
        return f"no tool named {name!r}; tools: {', '.join(self._tools) or 'none'}"

    def __repr__(self) -> str:
        return f"Toolset({', '.join(self._tools)})"


def _origin(found: Tool) -> str:
    function = found.function
    if function is None:
        return "a schema tool"
    return f"{getattr(function, '__module__', '?')}.{getattr(function, '__qualname__', '?')}"


def _tool_attributes(owner: type) -> list[str]:
    """Names of the Tool attributes of ``owner`` and its bases, base classes first, each once."""
    names: list[str] = []
    for klass in reversed(owner.__mro__):
        for attribute, value in vars(klass).items():
            if isinstance(value, Tool) and attribute not in names:
                names.append(attribute)
    return names
