"""Who owns a sandbox container, read from its labels; listing and pruning the ones nobody owns.

Every container gets labels naming its owner process: pid, host name, boot id and the process start
time (so a recycled pid is not mistaken for the owner). A container is an orphan when its owner ran on
this host during this boot and that process no longer exists; containers owned by another host or an
earlier boot cannot be judged from here, except that an earlier boot on this host means the owner died.
"""

from __future__ import annotations

import functools
import os
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import docker

LABEL_SANDBOX = "agentkit.sandbox"
LABEL_PID = "agentkit.owner.pid"
LABEL_HOST = "agentkit.owner.host"
LABEL_BOOT = "agentkit.owner.boot"
LABEL_START = "agentkit.owner.start"
LABEL_POOL = "agentkit.pool"
LABEL_RUN = "agentkit.run"
LABEL_CREATED = "agentkit.created"


@functools.cache
def boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id") as f:
            return f.read().strip()
    except OSError:
        return "unknown"


def process_start_time(pid: int) -> str | None:
    """Field 22 of /proc/<pid>/stat (clock ticks since boot), or None if there is no such process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(b")") + 2 :].split()
    return fields[19].decode() if len(fields) > 19 else None


@dataclass(frozen=True)
class Owner:
    pid: int
    host: str
    boot: str
    start: str

    @classmethod
    def current(cls) -> Owner:
        pid = os.getpid()
        return cls(pid=pid, host=socket.gethostname(), boot=boot_id(), start=process_start_time(pid) or "")

    def labels(self) -> dict[str, str]:
        return {
            LABEL_SANDBOX: "1",
            LABEL_PID: str(self.pid),
            LABEL_HOST: self.host,
            LABEL_BOOT: self.boot,
            LABEL_START: self.start,
            LABEL_CREATED: str(int(time.time())),
        }


def owner_alive(labels: dict[str, str]) -> bool | None:
    """True/False for an owner on this host; None when it lives elsewhere (cannot be checked)."""
    if labels.get(LABEL_HOST) != socket.gethostname():
        return None
    if labels.get(LABEL_BOOT) != boot_id():
        return False
    try:
        pid = int(labels.get(LABEL_PID, ""))
    except ValueError:
        return False
    start = process_start_time(pid)
    return start is not None and start == labels.get(LABEL_START, start)


@dataclass(frozen=True)
class SandboxInfo:
    id: str
    name: str
    status: str
    image: str
    owner_pid: int | None
    owner_host: str
    owner_alive: bool | None
    pool: str
    run: str
    created: float

    @property
    def orphan(self) -> bool:
        return self.owner_alive is False


def list_sandboxes(client: docker.DockerClient) -> list[SandboxInfo]:
    """Every container (running or not) carrying agentkit's sandbox label."""
    found = []
    for item in client.api.containers(all=True, filters={"label": LABEL_SANDBOX}):
        labels = item.get("Labels") or {}
        pid = labels.get(LABEL_PID, "")
        found.append(
            SandboxInfo(
                id=item["Id"],
                name=(item.get("Names") or ["?"])[0].lstrip("/"),
                status=item.get("Status", item.get("State", "")),
                image=item.get("Image", ""),
                owner_pid=int(pid) if pid.isdigit() else None,
                owner_host=labels.get(LABEL_HOST, ""),
                owner_alive=owner_alive(labels),
                pool=labels.get(LABEL_POOL, ""),
                run=labels.get(LABEL_RUN, ""),
                created=float(item.get("Created", 0)),
            )
        )
    return found


def prune(client: docker.DockerClient | None = None, *, everything: bool = False) -> list[SandboxInfo]:
    """Remove orphaned sandbox containers (with their anonymous volumes); ``everything``: all of them.

    Returns what was removed. Blocking: from async code, run it with ``anyio.to_thread.run_sync``.
    """
    import docker.errors

    from agentkit.sandbox.client import connect_docker

    client = client or connect_docker()
    removed = []
    for info in list_sandboxes(client):
        if not (everything or info.orphan):
            continue
        try:
            client.api.remove_container(info.id, force=True, v=True)
        except docker.errors.NotFound:
            pass  # removed by someone else meanwhile: gone either way
        except docker.errors.APIError as exc:
            if "already in progress" not in str(exc):
                raise
        removed.append(info)
    return removed
