"""One Docker client per daemon address, connected with a clear error when the daemon is not there."""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from agentkit.sandbox.base import SandboxError

if TYPE_CHECKING:
    import docker

CONNECT_TIMEOUT_S = 10.0
REQUEST_TIMEOUT_S = 120.0

_clients: dict[tuple[str | None, ...], docker.DockerClient] = {}
_lock = threading.Lock()


class DockerUnavailable(SandboxError):
    """The Docker daemon cannot be reached (not installed, not running, wrong DOCKER_HOST)."""


def docker_address(base_url: str | None = None) -> str:
    return base_url or os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def connect_docker(base_url: str | None = None) -> docker.DockerClient:
    """A client for ``base_url`` (default: DOCKER_HOST, else the local socket), checked with a ping.

    Clients are cached per address and shared by every sandbox of the process; the Docker SDK is
    blocking, so callers run its methods in worker threads.
    """
    key = (
        base_url,
        os.environ.get("DOCKER_HOST"),
        os.environ.get("DOCKER_TLS_VERIFY"),
        os.environ.get("DOCKER_CERT_PATH"),
    )
    with _lock:
        client = _clients.get(key)
        if client is not None:
            return client
        client = _connect(base_url)
        _clients[key] = client
        return client


def _connect(base_url: str | None) -> docker.DockerClient:
    import docker
    import docker.errors
    import requests.exceptions

    where = docker_address(base_url)
    try:
        if base_url is not None:
            client = docker.DockerClient(base_url=base_url, timeout=int(CONNECT_TIMEOUT_S), max_pool_size=64)
        else:
            client = docker.from_env(timeout=int(CONNECT_TIMEOUT_S), max_pool_size=64)
        client.ping()
    except (docker.errors.DockerException, requests.exceptions.RequestException, OSError) as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise DockerUnavailable(
            f"cannot reach the Docker daemon at {where}: {reason}. Is dockerd running? "
            "scripts/docker-bootstrap.sh installs and starts it; or set DOCKER_HOST to a running daemon."
        ) from exc
    client.api.timeout = int(REQUEST_TIMEOUT_S)
    client.agentkit_base_url = base_url  # for cleanup's fresh client
    return client


def fresh_client(base_url: str | None = None) -> docker.DockerClient:
    """A new, uncached client: for signal handlers, which must not reuse a connection in mid-request."""
    import docker

    if base_url is not None:
        return docker.DockerClient(base_url=base_url, timeout=int(CONNECT_TIMEOUT_S))
    return docker.from_env(timeout=int(CONNECT_TIMEOUT_S))
