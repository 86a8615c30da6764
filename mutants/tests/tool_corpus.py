"""A corpus of tool signatures (functions at module level, as users write them) for the SDK tests.

Each entry of ``CORPUS`` is (tool, expected translated ``parameters``); the tests assert the exact
schema and render the declarations through the official template.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from typing_extensions import TypedDict

from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool, tool

# ------------------------------------------------------------------------------------------ types


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Address(BaseModel):
    """A postal address."""

    street: str
    city: str = Field(description="City name")
    zip: str | None = None


class Node(BaseModel):
    name: str
    children: list[Node] = []


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int = 9


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool


class Point(TypedDict):
    x: int
    y: int


class Deps(BaseModel):
    user: str


# ------------------------------------------------------------------------------------------ tools


@tool(runs_in="host")
def ping() -> str:
    """Check the service is up."""
    return "pong"


@tool(runs_in="host")
def echo(text: str) -> str:
    """Echo text back.

    Args:
        text: The text to echo.
    """
    return text


@tool(runs_in="host")
def top_k(k: int = 5) -> int:
    """Pick k.

    Args:
        k: How many.
    """
    return k


@tool(runs_in="host")
def ratio(value: Annotated[float, Field(gt=0, lt=1)]) -> float:
    """A ratio."""
    return value


@tool(runs_in="host")
def toggle(on: bool = False) -> bool:
    """Toggle."""
    return on


@tool(runs_in="host")
def greet(name: str | None = None) -> str:
    """Greet someone."""
    return f"hi {name}"


@tool(runs_in="host")
def rename(new_name: str | None) -> str | None:
    """Rename (null clears the name)."""
    return new_name


@tool(runs_in="host")
def set_mode(mode: Literal["fast", "slow"]) -> str:
    """Set the mode."""
    return mode


@tool(runs_in="host")
def set_level(level: Literal[1, 2, 3]) -> int:
    """Set the level."""
    return level


@tool(runs_in="host")
def paint(color: Color = Color.RED) -> str:
    """Paint."""
    return color.value


@tool(runs_in="host")
def prioritize(priority: Priority) -> int:
    """Prioritize."""
    return int(priority)


@tool(runs_in="host")
def tag(tags: list[str]) -> list[str]:
    """Tag things."""
    return tags


@tool(runs_in="host")
def pick_ids(ids: Annotated[list[int], Field(min_length=1, max_length=5)]) -> list[int]:
    """Pick ids."""
    return ids


@tool(runs_in="host")
def count_words(counts: dict[str, int]) -> int:
    """Count words."""
    return sum(counts.values())


@tool(runs_in="host")
def group_tags(groups: dict[str, list[str]]) -> int:
    """Group tags."""
    return len(groups)


@tool(runs_in="host")
def ship(to: Address) -> str:
    """Ship a parcel.

    Args:
        to: Where to ship.
    """
    return to.city


@tool(runs_in="host")
def ship_many(addresses: list[Address]) -> int:
    """Ship to many."""
    return len(addresses)


@tool(runs_in="host")
def walk(tree: Node) -> int:
    """Walk a tree."""
    return len(tree.children)


@tool(runs_in="host")
def page_of(page: int | str) -> str:
    """Page by number or cursor."""
    return str(page)


@tool(runs_in="host")
def adopt(pet: Annotated[Cat | Dog, Field(discriminator="kind")]) -> str:
    """Adopt a pet."""
    return pet.kind


@tool(runs_in="host")
def make_slug(slug: Annotated[str, Field(pattern=r"^[a-z-]+$", min_length=3, max_length=20)]) -> str:
    """Make a slug."""
    return slug


@tool(runs_in="host")
def remind(at: datetime.datetime, note: str = "") -> str:
    """Set a reminder."""
    return at.isoformat()


@tool(runs_in="host")
def move_to(target: tuple[int, int]) -> tuple[int, int]:
    """Move to x, y."""
    return target


@tool(runs_in="host")
def unique_names(names: set[str]) -> int:
    """Unique names."""
    return len(names)


@tool(runs_in="host")
def store(key: str, value: Any) -> str:
    """Store any JSON value."""
    return key


@tool(runs_in="host")
def numpy_style(x: float, y: float = 1.0) -> float:
    """Divide x by y.

    Parameters
    ----------
    x : float
        The dividend.
    y : float
        The divisor.

    Returns
    -------
    float
        The quotient.
    """
    return x / y


@tool(runs_in="host")
def sphinx_style(path: str, recursive: bool = False) -> list[str]:
    """List a directory.

    :param path: Directory to list.
    :param recursive: Descend into subdirectories.
    :returns: The entries.
    """
    return [path]


@tool(runs_in="host", name="lookup_user", description="Find a user by e-mail address.")
def find(email: str) -> str:
    """Ignored docstring."""
    return email


@tool(runs_in="host")
def whoami(ctx: RunContext[Deps], greeting: str = "hello") -> str:
    """Say who runs this.

    Args:
        ctx: The run context (hidden from the model).
        greeting: How to greet.
    """
    return f"{greeting} {ctx.deps.user}"


class Calculator:
    def __init__(self, offset: int) -> None:
        self.offset = offset

    @tool(runs_in="host", read_only=True)
    def add(self, a: int, b: int) -> int:
        """Add two numbers (plus the calculator's offset).

        Args:
            a: First addend.
            b: Second addend.
        """
        return a + b + self.offset

    @tool(runs_in="host")
    @classmethod
    def describe(cls, verbose: bool = False) -> str:
        """Describe the calculator."""
        return cls.__name__ + (" (verbose)" if verbose else "")

    @tool(runs_in="host")
    @staticmethod
    def negate(x: int) -> int:
        """Negate x."""
        return -x


@tool(runs_in="host")
async def fetch(url: str, timeout: float = 10.0) -> str:
    """Fetch a URL.

    Args:
        url: The address.
        timeout: Seconds to wait.
    """
    return url


@tool(runs_in="host")
def deliver(to: Address | None = None) -> str:
    """Deliver somewhere."""
    return "ok" if to is None else to.city


@tool(runs_in="host")
def described(count: Annotated[int, Field(description="From Field")] = 1) -> int:
    """Field descriptions win over the docstring.

    Args:
        count: From the docstring.
    """
    return count


@tool(runs_in="host")
def field_default(n: int = Field(3, ge=1, description="How many")) -> int:
    """A Field as the default value."""
    return n


@tool(runs_in="host")
def with_examples(city: Annotated[str, Field(examples=["Paris", "Lyon"])]) -> str:
    """Examples are shown."""
    return city


@tool(runs_in="host")
def plot(point: Point) -> int:
    """Plot a point."""
    return point["x"]


@tool(runs_in="host")
def positional(a: int, /, b: int = 2) -> int:
    """Positional-only parameters are passed positionally."""
    return a * 10 + b


@tool(runs_in="host")
def by_id(id: uuid.UUID) -> str:
    """Look up by id."""
    return str(id)


@tool(runs_in="host")
def maybe_mode(mode: Literal["a", "b"] | None = None) -> str:
    """An optional literal."""
    return str(mode)


def _raw_handler(arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
    return arguments


raw_search = Tool.from_schema(
    "raw_search",
    {
        "type": "object",
        "properties": {
            "q": {"type": "string", "description": "Query"},
            "n": {"type": "integer", "minimum": 1, "default": 5},
        },
        "required": ["q"],
        "additionalProperties": False,
    },
    _raw_handler,
    description="Search with a raw JSON Schema.",
    runs_in="host",
)


ADDRESS = {
    "type": "object",
    "description": "A postal address.",
    "properties": {
        "street": {"type": "string"},
        "city": {"type": "string", "description": "City name"},
        "zip": {"type": "string", "description": "Default: null.", "nullable": True},
    },
    "required": ["street", "city"],
}

CORPUS: list[tuple[Tool, dict[str, Any]]] = [
    (ping, {"type": "object", "properties": {}}),
    (echo, {"type": "object", "properties": {"text": {"type": "string", "description": "The text to echo."}},
            "required": ["text"]}),
    (top_k, {"type": "object", "properties": {"k": {"type": "integer", "description": "How many. Default: 5."}}}),
    (ratio, {"type": "object", "properties": {"value": {"type": "number", "description": "Range: 0 < x < 1."}},
             "required": ["value"]}),
    (toggle, {"type": "object", "properties": {"on": {"type": "boolean", "description": "Default: false."}}}),
    (greet, {"type": "object", "properties": {"name": {"type": "string", "description": "Default: null.",
                                                       "nullable": True}}}),
    (rename, {"type": "object", "properties": {"new_name": {"type": "string", "nullable": True}},
              "required": ["new_name"]}),
    (set_mode, {"type": "object", "properties": {"mode": {"type": "string", "enum": ["fast", "slow"]}},
                "required": ["mode"]}),
    (set_level, {"type": "object", "properties": {"level": {"type": "integer",
                                                            "description": "Allowed values: 1, 2, 3."}},
                 "required": ["level"]}),
    (paint, {"type": "object", "properties": {"color": {"type": "string", "description": 'Default: "red".',
                                                        "enum": ["red", "green"]}}}),
    (prioritize, {"type": "object", "properties": {"priority": {"type": "integer",
                                                                "description": "Allowed values: 1, 2."}},
                  "required": ["priority"]}),
    (tag, {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}},
           "required": ["tags"]}),
    (pick_ids, {"type": "object", "properties": {"ids": {"type": "array", "description": "Items: 1 to 5.",
                                                         "items": {"type": "integer"}}},
                "required": ["ids"]}),
    (count_words, {"type": "object", "properties": {"counts": {"type": "object", "description": "Values: integer.",
                                                               "properties": {}}},
                   "required": ["counts"]}),
    (group_tags, {"type": "object", "properties": {"groups": {"type": "object",
                                                              "description": "Values: array of string.",
                                                              "properties": {}}},
                  "required": ["groups"]}),
    (ship, {"type": "object", "properties": {"to": {**ADDRESS, "description": "Where to ship. A postal address."}},
            "required": ["to"]}),
    (ship_many, {"type": "object", "properties": {"addresses": {"type": "array", "items": ADDRESS}},
                 "required": ["addresses"]}),
    (walk, {"type": "object", "properties": {"tree": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "description": "Default: [].", "items": {
                "type": "object", "description": "Recursive: a Node with the same structure as tree.",
                "properties": {}}},
        },
        "required": ["name"]}}, "required": ["tree"]}),
    (page_of, {"type": "object", "properties": {"page": {"type": "integer",
                                                         "description": "One of: integer | string."}},
               "required": ["page"]}),
    (adopt, {"type": "object", "properties": {"pet": {
        "type": "object",
        "description": "One of: Cat {kind, lives?} | Dog {kind, good}.",
        "properties": {
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "lives": {"type": "integer", "description": "Default: 9."},
            "good": {"type": "boolean"},
        },
        "required": ["kind"]}}, "required": ["pet"]}),
    (make_slug, {"type": "object", "properties": {"slug": {
        "type": "string", "description": "Pattern: `^[a-z-]+$`. Length: 3 to 20 characters."}},
        "required": ["slug"]}),
    (remind, {"type": "object", "properties": {
        "at": {"type": "string", "description": "Format: date-time."},
        "note": {"type": "string", "description": 'Default: "".'}}, "required": ["at"]}),
    (move_to, {"type": "object", "properties": {"target": {
        "type": "array", "description": "Items in order: integer, integer. Items: exactly 2.",
        "items": {"type": "integer"}}}, "required": ["target"]}),
    (unique_names, {"type": "object", "properties": {"names": {
        "type": "array", "description": "Items must be unique.", "items": {"type": "string"}}},
        "required": ["names"]}),
    (store, {"type": "object", "properties": {"key": {"type": "string"},
                                              "value": {"type": "string", "description": "Any JSON value."}},
             "required": ["key", "value"]}),
    (numpy_style, {"type": "object", "properties": {
        "x": {"type": "number", "description": "The dividend."},
        "y": {"type": "number", "description": "The divisor. Default: 1.0."}}, "required": ["x"]}),
    (sphinx_style, {"type": "object", "properties": {
        "path": {"type": "string", "description": "Directory to list."},
        "recursive": {"type": "boolean", "description": "Descend into subdirectories. Default: false."}},
        "required": ["path"]}),
    (find, {"type": "object", "properties": {"email": {"type": "string"}}, "required": ["email"]}),
    (whoami, {"type": "object", "properties": {"greeting": {"type": "string",
                                                            "description": 'How to greet. Default: "hello".'}}}),
    (Calculator(1).add, {"type": "object", "properties": {
        "a": {"type": "integer", "description": "First addend."},
        "b": {"type": "integer", "description": "Second addend."}}, "required": ["a", "b"]}),
    (Calculator.describe, {"type": "object", "properties": {"verbose": {"type": "boolean",
                                                                        "description": "Default: false."}}}),
    (Calculator.negate, {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}),
    (fetch, {"type": "object", "properties": {
        "url": {"type": "string", "description": "The address."},
        "timeout": {"type": "number", "description": "Seconds to wait. Default: 10.0."}}, "required": ["url"]}),
    (deliver, {"type": "object", "properties": {"to": {**ADDRESS, "description": "A postal address. Default: null.",
                                                       "nullable": True}}}),
    (described, {"type": "object", "properties": {"count": {"type": "integer",
                                                            "description": "From Field. Default: 1."}}}),
    (field_default, {"type": "object", "properties": {"n": {"type": "integer",
                                                            "description": "How many. Range: x >= 1. Default: 3."}}}),
    (with_examples, {"type": "object", "properties": {"city": {"type": "string",
                                                               "description": 'Examples: "Paris", "Lyon".'}},
                     "required": ["city"]}),
    (plot, {"type": "object", "properties": {"point": {"type": "object", "description": "No other keys allowed.",
                                                       "properties": {
        "x": {"type": "integer"}, "y": {"type": "integer"}}, "required": ["x", "y"]}}, "required": ["point"]}),
    (positional, {"type": "object", "properties": {"a": {"type": "integer"},
                                                   "b": {"type": "integer", "description": "Default: 2."}},
                  "required": ["a"]}),
    (by_id, {"type": "object", "properties": {"id": {"type": "string", "description": "Format: uuid."}},
             "required": ["id"]}),
    (maybe_mode, {"type": "object", "properties": {"mode": {"type": "string", "description": "Default: null.",
                                                            "enum": ["a", "b"], "nullable": True}}}),
    (raw_search, {"type": "object", "properties": {
        "q": {"type": "string", "description": "Query"},
        "n": {"type": "integer", "description": "Range: x >= 1. Default: 5."}}, "required": ["q"]}),
]  # fmt: skip
