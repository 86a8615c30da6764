"""Ten tools for the call-grammar tests: nested objects, arrays, enums, optional and required fields,
a map, a tuple, a recursive model and a tool without parameters. Their schemas are the ones Pydantic
writes for the signatures (``$defs``/``$ref``, ``anyOf`` with null, ``prefixItems``...)."""

from __future__ import annotations

import enum
from typing import Literal

from pydantic import BaseModel

from agentkit.tool import tool
from agentkit.tool.toolset import Toolset


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Slot(BaseModel):
    day: Literal["mon", "tue", "wed", "thu", "fri"]
    hour: int


class Filters(BaseModel):
    lang: Literal["en", "fr"]
    min_score: float | None = None
    tags: list[str] = []


class Address(BaseModel):
    street: str
    city: str
    zip: str | None = None


class Item(BaseModel):
    sku: str
    qty: int
    options: list[Literal["gift", "express"]] = []


class Node(BaseModel):
    label: str
    children: list[Node] = []


@tool(runs_in="host")
def get_weather(location: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """Weather for a place."""
    return location


@tool(runs_in="host")
def convert_currency(amount: float, from_currency: str, to_currency: str) -> float:
    """Convert an amount."""
    return amount


@tool(runs_in="host")
def create_event(title: str, attendees: list[str], when: Slot, reminder_minutes: int | None = None) -> str:
    """Create a calendar event."""
    return title


@tool(runs_in="host")
def search_docs(query: str, filters: Filters | None = None, limit: int = 10, exact: bool = False) -> str:
    """Search documents."""
    return query


@tool(runs_in="host")
def add_contact(
    name: str, emails: list[str], address: Address | None = None, priority: Priority = Priority.LOW
) -> str:
    """Add a contact."""
    return name


@tool(runs_in="host")
def set_flags(flags: dict[str, bool]) -> int:
    """Set feature flags."""
    return len(flags)


@tool(runs_in="host")
def move(point: tuple[int, int], color: Color) -> str:
    """Move a pen to a point."""
    return color.value


@tool(runs_in="host")
def place_order(items: list[Item], note: str | None = None) -> int:
    """Order items."""
    return len(items)


@tool(runs_in="host")
def ping() -> str:
    """Check the service."""
    return "pong"


@tool(runs_in="host")
def plant(root: Node) -> str:
    """Plant a tree of labels."""
    return root.label


TOOLS = Toolset(
    [
        get_weather,
        convert_currency,
        create_event,
        search_docs,
        add_contact,
        set_flags,
        move,
        place_order,
        ping,
        plant,
    ]
)
