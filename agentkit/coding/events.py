"""Events of a coding session, beside the agent loop's run events in the same stream.

They share the run events' shape (a ``type`` tag, ``at``) so ``--output-format stream-json`` is one
schema: the lines of ``agentkit run --jsonl`` plus these.
"""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _CodingEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    session_id: str
    at: float = Field(default_factory=time.time)


class SessionStarted(_CodingEvent):
    type: Literal["session_started"] = "session_started"
    repo: str
    mode: str
    resumed: bool = False
    memory_files: list[str] = Field(default_factory=list)
    memory_truncated: list[str] = Field(default_factory=list)


class PermissionDecided(_CodingEvent):
    type: Literal["permission"] = "permission"
    step: int
    call_id: str | None
    tool: str
    verdict: Literal["allow", "ask", "deny"]
    answered: str | None = None  # what a person (or headless mode) answered an ask with
    rule: str | None = None
    reason: str
    subjects: list[Any] = Field(default_factory=list)


class RuleAdded(_CodingEvent):
    type: Literal["rule_added"] = "rule_added"
    rule: str
    file: str


class HookBlocked(_CodingEvent):
    type: Literal["hook_blocked"] = "hook_blocked"
    event: str
    hook: str | None
    message: str


class CheckpointTaken(_CodingEvent):
    type: Literal["checkpoint"] = "checkpoint"
    number: int
    label: str
    step: int | None
    commit: str
    duration_s: float


class WorkspaceScrubbed(_CodingEvent):
    type: Literal["workspace_scrubbed"] = "workspace_scrubbed"
    description: str


class Notice(_CodingEvent):
    type: Literal["notice"] = "notice"
    message: str


CodingEvent = (
    SessionStarted
    | PermissionDecided
    | RuleAdded
    | HookBlocked
    | CheckpointTaken
    | WorkspaceScrubbed
    | Notice
)
