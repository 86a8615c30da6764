"""SandboxPool against the real engine: warm leases, never reusing a returned sandbox, replacing dead
ones, cleanup on exceptions, cancellation, SIGTERM and SIGINT, prune after SIGKILL, and a clear error
when the Docker daemon is unreachable."""

from __future__ import annotations

import os
import re
import signal
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import pytest

from agentkit.sandbox import (
    DockerSandbox,
    DockerUnavailable,
    SandboxConfig,
    SandboxDead,
    SandboxPool,
    connect_docker,
    list_sandboxes,
    prune,
)
from agentkit.sandbox.ownership import LABEL_PID, LABEL_POOL

pytestmark = [pytest.mark.docker, pytest.mark.anyio]

REPO = Path(__file__).resolve().parent.parent

# A process that holds a pool of two plus one leased sandbox, says so, then waits to be killed.
HOLDER = textwrap.dedent(
    """
    import anyio
    from agentkit.sandbox import SandboxPool

    async def main():
        async with SandboxPool(size=2) as pool:
            async with pool.lease(run_id="victim"):
                while pool.stats().ready < 2 or pool.stats().starting:
                    await anyio.sleep(0.05)
                print("ready", flush=True)
                await anyio.sleep(600)

    anyio.run(main)
    """
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def containers(**labels: str) -> list[dict[str, Any]]:
    filters = [f"{key}={value}" for key, value in labels.items()]
    found: list[dict[str, Any]] = connect_docker().api.containers(all=True, filters={"label": filters})
    return found


async def eventually(check: Callable[[], bool], what: str, timeout: float = 30) -> None:
    with anyio.fail_after(timeout):
        while not check():
            await anyio.sleep(0.05)


async def start_holder() -> anyio.abc.Process:
    process = await anyio.open_process([sys.executable, "-c", HOLDER], cwd=REPO)
    assert process.stdout is not None
    with anyio.fail_after(120):
        line = await process.stdout.receive()
    assert line.strip() == b"ready", line
    assert len(containers(**{LABEL_PID: str(process.pid)})) == 3  # two ready, one leased
    return process


async def test_leases_are_warm_labelled_and_never_reused() -> None:
    async with SandboxPool(size=2, run_id="batch-7") as pool:
        mine = [info for info in list_sandboxes(connect_docker()) if info.pool == pool.id]
        assert len(mine) == 2
        assert all(
            info.owner_pid == os.getpid() and info.owner_alive and info.run == "batch-7" for info in mine
        )
        async with pool.lease(run_id="task/42") as sandbox:
            assert sandbox.run_id == "task/42"
            assert (await sandbox.exec("echo hi")).stdout == "hi\n"
            await eventually(lambda: pool.stats().ready == 2, "the pool refills while a sandbox is leased")
            await eventually(lambda: sandbox.name.startswith("agentkit-run-task-42-"), "renamed for its run")
            used = sandbox.id
        await eventually(
            lambda: not containers(**{LABEL_POOL: pool.id}) or used not in _ids(pool.id), "removed"
        )
        async with pool.lease() as again:
            assert again.id != used
        assert pool.stats().leased == 0
    assert containers(**{LABEL_POOL: pool.id}) == []


def _ids(pool_id: str) -> set[str]:
    return {item["Id"] for item in containers(**{LABEL_POOL: pool_id})}


async def test_a_pool_of_size_zero_starts_sandboxes_on_demand() -> None:
    async with SandboxPool(size=0) as pool:
        assert containers(**{LABEL_POOL: pool.id}) == []
        async with pool.lease(run_id="cold") as sandbox:
            assert (await sandbox.exec("echo cold")).stdout == "cold\n"
            assert sandbox.run_id == "cold"
    assert containers(**{LABEL_POOL: pool.id}) == []


async def test_container_killed_mid_exec_raises_sandbox_dead_and_is_replaced() -> None:
    client = connect_docker()
    async with SandboxPool(size=1) as pool:
        async with pool.lease() as sandbox:

            async def kill_soon() -> None:
                await anyio.sleep(0.5)
                await anyio.to_thread.run_sync(client.api.kill, sandbox.id)

            async with anyio.create_task_group() as group:
                group.start_soon(kill_soon)
                with pytest.raises(
                    SandboxDead, match=r"died: its container is exited \(exit code 137, killed"
                ):
                    await sandbox.exec("sleep 30", timeout=60)
            assert not sandbox.alive
            with pytest.raises(SandboxDead):
                await sandbox.read_file("x")
            dead = sandbox.id
        await eventually(lambda: dead not in _ids(pool.id), "the dead container is removed")
        await eventually(lambda: pool.stats().ready == 1, "a replacement is ready")
        async with pool.lease() as fresh:
            assert fresh.id != dead
            assert (await fresh.exec("echo ok")).stdout == "ok\n"


async def test_dead_ready_sandboxes_are_discarded_at_lease_time() -> None:
    client = connect_docker()
    async with SandboxPool(size=2) as pool:
        ready = _ids(pool.id)
        for container_id in ready:
            await anyio.to_thread.run_sync(client.api.kill, container_id)
        await eventually(
            lambda: all(
                c["State"] != "running" for c in containers(**{LABEL_POOL: pool.id}) if c["Id"] in ready
            ),
            "both killed",
        )
        await anyio.sleep(0.2)  # let the ends of their runner streams arrive
        async with pool.lease() as sandbox:
            assert sandbox.id not in ready
            assert (await sandbox.exec("echo fine")).stdout == "fine\n"
        assert pool.stats().discarded_dead == 2


async def test_exceptions_and_cancellation_remove_every_container() -> None:
    pool = SandboxPool(size=2)
    with pytest.raises(RuntimeError, match="boom"):
        async with pool, pool.lease():
            raise RuntimeError("boom")
    assert containers(**{LABEL_POOL: pool.id}) == []

    filling = SandboxPool(size=3)
    with anyio.move_on_after(0.4):  # cancelled while containers are being created and started
        async with filling:
            await anyio.sleep(30)
    assert containers(**{LABEL_POOL: filling.id}) == []


async def test_sigkill_leaves_orphans_that_prune_removes() -> None:
    async with await DockerSandbox.create(SandboxConfig()) as survivor:  # a live owner's sandbox: kept
        holder = await start_holder()
        holder.kill()
        await holder.wait()
        label = {LABEL_PID: str(holder.pid)}
        orphans = {item["Id"] for item in containers(**label)}
        assert len(orphans) == 3  # SIGKILL gives no chance to clean up
        removed = await anyio.to_thread.run_sync(prune)
        assert orphans <= {info.id for info in removed}
        assert survivor.id not in {info.id for info in removed}
        assert containers(**label) == []
        assert [info for info in list_sandboxes(connect_docker()) if info.orphan] == []
        assert (await survivor.exec("echo still here")).stdout == "still here\n"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_sigterm_and_sigint_clean_up_without_prune(signum: signal.Signals) -> None:
    holder = await start_holder()
    holder.send_signal(signum)
    with anyio.fail_after(60):
        code = await holder.wait()
    assert code != 0
    assert containers(**{LABEL_PID: str(holder.pid)}) == []


async def test_unreachable_docker_daemon_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dead = tmp_path / "dead.sock"
    monkeypatch.setenv("DOCKER_HOST", f"unix://{dead}")
    with pytest.raises(
        DockerUnavailable, match=re.escape(f"cannot reach the Docker daemon at unix://{dead}")
    ):
        async with SandboxPool(size=1):
            pass
    with pytest.raises(DockerUnavailable, match="docker-bootstrap.sh"):
        await DockerSandbox.create()
