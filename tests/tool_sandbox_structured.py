"""Sandboxed tools with structured arguments, as a user on Python 3.11 writes them: a dataclass and a
typing_extensions TypedDict (Pydantic on 3.11 needs that one; the sandbox has a stand-in)."""

from __future__ import annotations

from dataclasses import dataclass, field

from typing_extensions import TypedDict

from agentkit import tool


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list[Point]
    origin: Point | None = None
    tags: dict[str, Point] = field(default_factory=dict)


class Box(TypedDict):
    width: int
    height: int


@tool
def describe(shape: Shape, box: Box, extra: list[Point] | None = None) -> dict[str, object]:
    """Describe a shape: types as the tool sees them inside the sandbox.

    Args:
        shape: The shape.
        box: Its bounding box.
        extra: More points.
    """
    return {
        "shape_type": type(shape).__name__,
        "point_types": sorted({type(p).__name__ for p in shape.points}),
        "origin": None if shape.origin is None else [shape.origin.x, shape.origin.y],
        "tag_types": sorted({type(p).__name__ for p in shape.tags.values()}),
        "first_x": shape.points[0].x,
        "area": box["width"] * box["height"],
        "extra": [type(p).__name__ for p in extra or []],
    }
