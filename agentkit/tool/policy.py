"""How a tool is run: the policy options, written once.

`ToolPolicy` holds the options and their defaults; `PolicyOptions` is the same set as keyword
arguments (what ``@tool(...)``, `Tool.from_function` and `Tool.from_schema` accept), where each option
may also be `DEFAULT`: "use the policy's value". A typed sentinel rather than ``None``, because
``None`` is a real value for some options (``timeout_s=None`` is "no limit"), and so a caller that
forwards an option it may not have can pass `DEFAULT` instead of building keyword dicts.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from typing import Any, Final, Literal, TypedDict

from agentkit.suggest import did_you_mean

RunsIn = Literal["host", "sandbox"]


class _Default(enum.Enum):
    DEFAULT = "DEFAULT"

    def __repr__(self) -> str:
        return "DEFAULT"


#: "Use the default" for a policy option: the value of the policy the option is applied to.
DEFAULT: Final = _Default.DEFAULT
Default = Literal[_Default.DEFAULT]


@dataclass(frozen=True)
class ToolPolicy:
    """How a tool is run.

    * ``runs_in``: ``"sandbox"`` (default) or ``"host"`` (the agent's process; explicit opt-in).
    * ``timeout_s``: wall-clock limit per call (``None``: no limit). A host tool is cancelled (a sync
      function's thread cannot be killed: it is abandoned and its result discarded); a sandboxed
      call's processes are killed by the sandbox.
    * ``read_only``: the tool changes nothing, so calls may run in parallel (:attr:`parallel_safe`).
    * ``idempotent``: repeating a call has no further effect (safe to retry).
    * ``max_output_chars``: the model sees at most this many characters of output, head and tail
      kept around a visible marker (0: no limit).
    * ``sandbox_imports``: top-level packages the sandbox image has besides the standard library,
      which a sandboxed function tool's module may import.
    """

    runs_in: RunsIn = "sandbox"
    timeout_s: float | None = 60.0
    read_only: bool = False
    idempotent: bool = False
    max_output_chars: int = 16_000
    sandbox_imports: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.runs_in not in ("host", "sandbox"):
            raise ValueError(f"runs_in must be 'host' or 'sandbox', not {self.runs_in!r}")
        if self.timeout_s is not None and not self.timeout_s > 0:
            raise ValueError(f"timeout_s must be positive or None (no limit), not {self.timeout_s!r}")
        if self.max_output_chars < 0:
            raise ValueError(f"max_output_chars must be >= 0 (0 means no limit), not {self.max_output_chars}")
        if isinstance(self.sandbox_imports, str):
            raise TypeError(
                f"sandbox_imports must be a list of package names, not the string {self.sandbox_imports!r}"
            )
        object.__setattr__(self, "sandbox_imports", tuple(self.sandbox_imports))

    @property
    def parallel_safe(self) -> bool:
        """Calls may be dispatched concurrently with other calls (the tool is read-only)."""
        return self.read_only

    def updated(self, **options: Any) -> ToolPolicy:
        """This policy with the given options changed; options that are `DEFAULT` keep this policy's
        value. An unknown option name is a TypeError naming the options there are."""
        names = option_names()
        unknown = [name for name in options if name not in names]
        if unknown:
            hint = did_you_mean(unknown[0], names)
            raise TypeError(
                f"unknown tool policy option {unknown[0]!r}{'; ' + hint if hint else ''} "
                f"(the options are: {', '.join(names)})"
            )
        changes = {name: value for name, value in options.items() if value is not DEFAULT}
        return replace(self, **changes) if changes else self


class PolicyOptions(TypedDict, total=False):
    """`ToolPolicy`'s fields as keyword arguments (a test keeps the two sets equal)."""

    runs_in: RunsIn | Default
    timeout_s: float | None | Default
    read_only: bool | Default
    idempotent: bool | Default
    max_output_chars: int | Default
    sandbox_imports: Iterable[str] | Default


def option_names() -> tuple[str, ...]:
    return tuple(field.name for field in fields(ToolPolicy))
