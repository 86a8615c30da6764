"""Sandboxes where tools run: the protocol (base.py), hardened Docker containers, the warm pool.

Heavy imports (the Docker SDK, pydantic models) happen on first use of a name, so that importing
``agentkit.sandbox.base`` (the protocol) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports
from agentkit.sandbox.base import (
    ExecResult,
    FileTooLarge,
    PathEscape,
    RemoteError,
    Sandbox,
    SandboxDead,
    SandboxError,
    SandboxTimeout,
)

if TYPE_CHECKING:
    from agentkit.sandbox.client import DockerUnavailable, connect_docker
    from agentkit.sandbox.config import MountConfig, SandboxConfig, WorkspaceConfig
    from agentkit.sandbox.docker import DockerSandbox
    from agentkit.sandbox.image import ImageError, build_image, default_image
    from agentkit.sandbox.ownership import SandboxInfo, list_sandboxes, prune
    from agentkit.sandbox.pool import SandboxPool

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "DockerUnavailable": "agentkit.sandbox.client",
        "connect_docker": "agentkit.sandbox.client",
        "MountConfig": "agentkit.sandbox.config",
        "SandboxConfig": "agentkit.sandbox.config",
        "WorkspaceConfig": "agentkit.sandbox.config",
        "DockerSandbox": "agentkit.sandbox.docker",
        "ImageError": "agentkit.sandbox.image",
        "build_image": "agentkit.sandbox.image",
        "default_image": "agentkit.sandbox.image",
        "SandboxInfo": "agentkit.sandbox.ownership",
        "list_sandboxes": "agentkit.sandbox.ownership",
        "prune": "agentkit.sandbox.ownership",
        "SandboxPool": "agentkit.sandbox.pool",
    },
)

__all__ = [
    "DockerSandbox",
    "DockerUnavailable",
    "ExecResult",
    "FileTooLarge",
    "ImageError",
    "MountConfig",
    "PathEscape",
    "RemoteError",
    "Sandbox",
    "SandboxConfig",
    "SandboxDead",
    "SandboxError",
    "SandboxInfo",
    "SandboxPool",
    "SandboxTimeout",
    "WorkspaceConfig",
    "build_image",
    "connect_docker",
    "default_image",
    "list_sandboxes",
    "prune",
]
