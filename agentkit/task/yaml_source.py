"""YAML with positions: every mapping key, item and value remembers the file, line and column it came from.

Task files are read through this loader so that a validation error deep in the data (``engine.outputs``,
``tools[2]``) can be reported at its line. The loader is stricter than ``yaml.safe_load`` in ways that
prevent silent surprises:

* a duplicate key is an error (PyYAML keeps the last one without a word);
* only ``true``/``false`` are booleans (YAML 1.1's ``yes``/``no``/``on``/``off`` stay strings, so
  ``network: no`` does not become ``False``);
* dates stay strings (``revision: 2026-04-28`` is the revision's name, not a ``datetime.date``).

Why PyYAML's composer and not ruamel.yaml's round-trip loader (which also knows each key's and item's
line and column): the positions here are PyYAML's own node marks, so this module only walks the node
graph once, turning it into plain data and recording marks on the way, and ruamel would not save that
walk. Compared on the same inputs (ruamel.yaml 0.19.1, pure Python like PyYAML's SafeLoader here):
anchors, aliases, flow style and multi-document refusal come out identical; for a merged key
(``<<: *base``) ruamel has no position at all (``lc.key`` raises KeyError) where this gives the line in
the anchor; ruamel turns dates into ``datetime.date`` under YAML 1.2 too and accepts a list as a key
(a tuple), so both rules would still be ours; its data is CommentedMap/ScalarFloat/LiteralScalarString
subclasses that would need the same walk to become plain values; its errors carry the same marks
(the same scanner lineage) in a multi-line text we would reformat into ``file:line:col: message``
anyway; it was 1.2x (a 47-line task file) to 1.7x (2,000 lines) slower; and it would be a new
dependency, while PyYAML is one already. So the gain would be nothing and the cost a dependency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

Path_: TypeAlias = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    """Where a value came from: a source (file path or a name like ``--engine``), 1-based line and column."""

    source: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"


class YamlSourceError(ValueError):
    """The text is not valid YAML (or has a duplicate key); the message names the place."""

    def __init__(self, mark: Mark | None, message: str) -> None:
        super().__init__(f"{mark}: {message}" if mark else message)
        self.mark = mark
        self.message = message


@dataclass
class Located:
    """Data loaded from YAML and the position of each value, keyed by its path (``("tools", 2)``).

    ``key_marks`` hold where each mapping key is written; ``marks`` where each value starts (the root
    value is at path ``()``).
    """

    data: Any
    marks: dict[Path_, Mark]
    key_marks: dict[Path_, Mark]
    block_scalars: set[Path_] = field(default_factory=set)

    def text_line(self, path: Path_, line_in_value: int) -> Mark | None:
        """The file position of line ``line_in_value`` (1-based) of the string at ``path``.

        Block scalars (``|``, ``>``) start on the line after their indicator.
        """
        start = self.marks.get(path)
        if start is None:
            return self.mark_of(path)
        first = start.line + (1 if path in self.block_scalars else 0)
        return Mark(
            start.source, first + line_in_value - 1, 1 if path in self.block_scalars else start.column
        )

    def mark_of(self, path: Path_) -> Mark | None:
        """The mark of the deepest known value along ``path`` (its key's line for mapping entries)."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            found = self.key_marks.get(prefix) or self.marks.get(prefix)
            if found is not None:
                return found
        return None

    def set(self, path: Path_, other: Located) -> None:
        """Put ``other``'s data at ``path`` (creating mappings on the way), with its marks."""
        if not path:
            raise ValueError("set needs a non-empty path")
        target = self.data
        for key in path[:-1]:
            target = target.setdefault(key, {}) if isinstance(target, dict) else target[key]
        target[path[-1]] = other.data
        for table in (self.marks, self.key_marks):
            for known in [p for p in table if p[: len(path)] == path]:
                del table[known]
        for sub, mark in other.marks.items():
            self.marks[path + sub] = mark
        for sub, mark in other.key_marks.items():
            self.key_marks[path + sub] = mark
        root = other.marks.get(())
        if root is not None:
            self.key_marks[path] = root


class _Loader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no type hints
    """SafeLoader with YAML 1.2-style booleans and no timestamp type."""


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
# A fresh table (the class attribute is shared with SafeLoader): without YAML 1.1 booleans and timestamps.
_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


def _mark(source: str, node: Node) -> Mark:
    return Mark(source, node.start_mark.line + 1, node.start_mark.column + 1)


def load_located(text: str, source: str) -> Located:
    """Parse one YAML document. Raises `YamlSourceError` naming the line for any syntax problem."""
    loader = _Loader(text)
    loader.name = source
    try:
        root = loader.get_single_node()
        located = Located(data=None, marks={}, key_marks={})
        if root is not None:
            located.data = _convert(loader, root, (), located, source, {})
        return located
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(source, mark.line + 1, mark.column + 1) if mark else None
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        raise YamlSourceError(where, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:  # no position (rare: a reader error on bad bytes)
        raise YamlSourceError(Mark(source, 1, 1), f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _convert(
    loader: _Loader, node: Node, path: Path_, located: Located, source: str, written: dict[int, set[int]]
) -> Any:
    """Plain data for ``node``, recording the mark of every key, item and value under ``path``.

    ``written`` remembers, per mapping node, the keys written in it (not merged in): flattening merge
    keys changes the node in place, and an aliased mapping is converted once per alias.
    """
    located.marks[path] = _mark(source, node)
    if isinstance(node, MappingNode):
        own = written.setdefault(id(node), {id(k) for k, _ in node.value if k.tag != _MERGE_TAG})
        loader.flatten_mapping(node)  # YAML merge keys (<<: *anchor): merged pairs first, then the node's own
        pairs: dict[Any, tuple[Node, Node]] = {}
        first_written: dict[Any, Mark] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise YamlSourceError(
                    _mark(source, key_node), f"a mapping key must be a name or a number, not {key!r}"
                )
            if id(key_node) in own:
                if key in first_written:
                    raise YamlSourceError(
                        _mark(source, key_node),
                        f"duplicate key {key!r} (first at line {first_written[key].line}); keep one of them",
                    )
                first_written[key] = _mark(source, key_node)
            # A later pair overrides an earlier one: a written key beats a merged one, and among merged
            # mappings the first listed wins (PyYAML lists them last).
            pairs[key] = (key_node, value_node)
        result: dict[Any, Any] = {}
        for key, (key_node, value_node) in pairs.items():
            located.key_marks[(*path, key)] = _mark(source, key_node)  # a merged key: where the anchor has it
            result[key] = _convert(loader, value_node, (*path, key), located, source, written)
        return result
    if isinstance(node, SequenceNode):
        return [
            _convert(loader, item, (*path, index), located, source, written)
            for index, item in enumerate(node.value)
        ]
    if isinstance(node, ScalarNode):
        if node.style in ("|", ">"):
            located.block_scalars.add(path)
        return loader.construct_object(node, deep=True)
    raise YamlSourceError(_mark(source, node), f"unsupported YAML node {type(node).__name__}")
