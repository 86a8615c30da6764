"""`agentkit code`: a coding agent on a repository, with checkpoints, permissions, hooks and sessions.

The SDK entry point is `CodingSession` (the CLI and the terminal UI both drive it); the parts are
`checkpoints` (workspace snapshots), `permissions` + `settings` (rules and modes), `hooks`, `memory`
(AGENTS.md), `store` (saved sessions), `workspace` (the repository as the sandbox's workspace) and
`guard` (the wrapper that puts them around every tool).
"""

from __future__ import annotations

from agentkit.coding.checkpoints import (
    Checkpoint,
    CheckpointError,
    CheckpointStore,
    FileChange,
    RestoreReport,
)
from agentkit.coding.guard import PermissionAnswer, PermissionRequest
from agentkit.coding.hooks import Hook
from agentkit.coding.permissions import PermissionPolicy, Rule
from agentkit.coding.session import (
    CodingSession,
    CompactError,
    CompactReport,
    RewindError,
    SessionBlocked,
    SessionOptions,
)
from agentkit.coding.settings import CodingSettings, load_settings

__all__ = [
    "Checkpoint",
    "CheckpointError",
    "CheckpointStore",
    "CodingSession",
    "CodingSettings",
    "CompactError",
    "CompactReport",
    "FileChange",
    "Hook",
    "PermissionAnswer",
    "PermissionPolicy",
    "PermissionRequest",
    "RestoreReport",
    "RewindError",
    "Rule",
    "SessionBlocked",
    "SessionOptions",
    "load_settings",
]
