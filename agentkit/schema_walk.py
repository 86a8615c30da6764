"""The one JSON Schema walker: ``$ref`` resolution (on ``referencing``, jsonschema's own resolver) and the
walk from a location in the data to the schema that describes it.

Three callers share it: the Gemma declaration builder inlines ``$ref`` (`SchemaWalker.resolve`), and
the tool-argument and task-file error messages find the schema at an error's location
(`SchemaWalker.locate`) to say what was expected there.

A location is what a validator reports, which may hold steps that are not in the data: Pydantic names
the union member it tried (``("pet", "Cat", "name")``) or the tag of a discriminated union. A step
the schema has no child for is skipped, so the walk lands on the field itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import referencing.exceptions
import referencing.jsonschema
from referencing import Registry, Resource

Step = int | str

# The URI the root schema is known by when it declares no $id of its own.
_ROOT_URI: Final = "urn:agentkit:schema"
# A chain of $refs that only point at further $refs this long is a loop (A -> B -> A).
_MAX_REF_CHAIN: Final = 64


class SchemaRefError(ValueError):
    """A ``$ref`` that cannot be followed; the message names where it is written and why."""

    def __init__(self, where: str, ref: Any, reason: str) -> None:
        self.where = where
        self.ref = ref
        super().__init__(f"{where}: $ref {ref!r} {reason}")


@dataclass(frozen=True)
class Located:
    """Where a walk ended: the steps of the location that are in the data, and the schema there
    (``$ref`` followed; ``{}`` when the location leads out of what the schema describes)."""

    path: tuple[Step, ...]
    node: Mapping[str, Any]


class SchemaWalker:
    """One schema document: its ``$ref`` targets and the subschema at a data location."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        resource = Resource.from_contents(root, default_specification=referencing.jsonschema.DRAFT202012)
        uri = resource.id() or _ROOT_URI
        registry: Registry[Any] = Registry().with_resource(uri, resource)
        try:
            registry = registry.crawl()  # finds the $ids and anchors declared inside
        except (AttributeError, TypeError):
            # A malformed subschema (a property that is not an object) stops the crawl; the callers
            # report it where they meet it, and pointers into the document still resolve.
            pass
        self._resolver = registry.resolver(base_uri=uri)

    # ------------------------------------------------------------------------------------ refs

    def resolve(self, ref: Any, *, where: str = "$") -> Any:
        """The schema ``ref`` points to (``#/$defs/X``, ``#anchor``, or an ``$id`` the document
        declares); `SchemaRefError` naming ``where`` when it points nowhere."""
        if not isinstance(ref, str):
            raise SchemaRefError(where, ref, "must be a string")
        try:
            return self._resolver.lookup(ref).contents
        except referencing.exceptions.PointerToNowhere:
            raise SchemaRefError(where, ref, f"points to nothing (no {self._first_missing(ref)!r})") from None
        except referencing.exceptions.NoSuchAnchor as exc:
            raise SchemaRefError(where, ref, f"points to nothing (no anchor {exc.anchor!r})") from None
        except referencing.exceptions.Unresolvable:
            raise SchemaRefError(
                where,
                ref,
                "is not in this schema: only local $refs (#/..., #anchor, or an $id the schema declares) "
                "can be followed",
            ) from None

    def deref(self, node: Any, *, where: str = "$") -> Any:
        """``node`` with ``$ref`` followed until a schema without one (keywords beside a ``$ref`` are
        not merged here; the declaration builder does that). A chain that loops is a `SchemaRefError`."""
        seen: list[str] = []
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or len(seen) >= _MAX_REF_CHAIN:
                raise SchemaRefError(where, ref, f"loops: {' -> '.join([*seen, str(ref)])}")
            seen.append(ref)
            node = self.resolve(ref, where=where)
        return node

    def expand(self, node: Any, depth: int = 3) -> Any:
        """``node`` with ``$ref`` replaced by its target down to ``depth`` levels of subschemas (a
        bounded copy, so a recursive schema ends; what lies deeper keeps its ``$ref``)."""
        node = self.deref(node)
        if depth <= 0 or not isinstance(node, Mapping):
            return node
        out = dict(node)
        for keyword in ("items", "additionalProperties"):
            if isinstance(node.get(keyword), Mapping):
                out[keyword] = self.expand(node[keyword], depth - 1)
        for keyword in ("anyOf", "oneOf", "allOf", "prefixItems"):
            if isinstance(node.get(keyword), list):
                out[keyword] = [self.expand(option, depth - 1) for option in node[keyword]]
        if isinstance(node.get("properties"), Mapping):
            out["properties"] = {
                key: self.expand(value, depth - 1) for key, value in node["properties"].items()
            }
        return out

    def _first_missing(self, ref: str) -> str:
        fragment = ref.split("#", 1)[1] if "#" in ref else ""
        node: Any = self.root
        for raw in [part for part in fragment.split("/") if part]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return part
        return fragment

    # ------------------------------------------------------------------------------- locations

    def child(self, node: Any, step: Step) -> Mapping[str, Any] | None:
        """The subschema for one step into the data ``node`` describes (a property, an array item, a
        dict value, a discriminated union's member by its tag); None when the schema has none."""
        node = self.deref(node)
        if not isinstance(node, Mapping):
            return None
        properties = node.get("properties")
        if isinstance(step, str) and isinstance(properties, Mapping) and step in properties:
            return self._schema(properties[step])
        mapping = (node.get("discriminator") or {}).get("mapping") or {}
        if isinstance(step, str) and step in mapping:
            return self._schema(self.resolve(mapping[step]))
        if isinstance(step, int):
            prefix = node.get("prefixItems")
            if isinstance(prefix, list) and step < len(prefix):
                return self._schema(prefix[step])
            if "items" in node and node["items"] is not False:
                return self._schema(node["items"])
        if isinstance(step, str) and isinstance(node.get("additionalProperties"), Mapping):
            return self._schema(node["additionalProperties"])
        for keyword in ("anyOf", "oneOf", "allOf"):
            for option in node.get(keyword) or ():
                found = self.child(option, step)
                if found is not None:
                    return found
        return None

    def locate(self, location: Sequence[Step]) -> Located:
        """Walk ``location`` from the root; steps with no child in the schema are skipped (union
        member names, tags), so ``path`` holds only the steps that are in the data."""
        node: Mapping[str, Any] = self._schema(self.root)
        path: list[Step] = []
        for step in location:
            found = self.child(node, step)
            if found is not None:
                node = found
                path.append(step)
        return Located(tuple(path), self._schema(self.deref(node)))

    def _schema(self, node: Any) -> Mapping[str, Any]:
        node = self.deref(node)
        return node if isinstance(node, Mapping) else {}
