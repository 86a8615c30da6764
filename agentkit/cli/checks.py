"""One result of a machine check (`agentkit doctor`, its ``--smoke`` engines, the run's preflight)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["ok", "warn", "fail", "info"]


@dataclass
class Check:
    name: str
    status: Status
    detail: str
    fix: str | None = None
