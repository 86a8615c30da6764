"""Security probes, run inside real sandboxes (Docker engine): each must be contained.

No network; read-only root; not root and no way to become it; a fork bomb stopped by the pids limit;
a memory hog killed and reported; CPU held to its quota; a timeout that kills a whole process tree;
no Docker socket; host files invisible; the file API refuses ``..`` and symlink escapes.
"""

from __future__ import annotations

import io
import os
import tarfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import pytest

from agentkit.sandbox import FileTooLarge, PathEscape, SandboxConfig, SandboxError
from agentkit.sandbox.docker import DockerSandbox

pytestmark = [pytest.mark.docker, pytest.mark.anyio]

PROBES = """
import os, socket, stat, time

def dns(host):
    try:
        socket.getaddrinfo(host, 443)
        return "resolved"
    except OSError as exc:
        return f"failed: {exc}"

def tcp(host, port):
    try:
        socket.create_connection((host, port), timeout=3).close()
        return "connected"
    except OSError as exc:
        return f"failed: {exc}"

def write(path):
    try:
        with open(path, "w") as f:
            f.write("x")
        return "written"
    except OSError as exc:
        return f"failed: {exc.strerror}"

def identity():
    wanted = ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "NoNewPrivs", "Seccomp")
    with open("/proc/self/status") as f:
        status = dict(line.rstrip("\\n").split(":\\t", 1) for line in f if ":\\t" in line)
    return {"uid": os.getuid(), "euid": os.geteuid(), "gid": os.getgid(), "groups": os.getgroups(),
            **{k: status[k].strip() for k in wanted}}

def privileged_files():
    found = []
    for top in ("/usr", "/bin", "/sbin", "/etc", "/opt", "/var", "/lib"):
        for folder, _dirs, files in os.walk(top):
            for name in files:
                path = os.path.join(folder, name)
                try:
                    mode = os.lstat(path).st_mode
                except OSError:
                    continue
                if stat.S_ISREG(mode) and mode & (stat.S_ISUID | stat.S_ISGID):
                    found.append(path)
    return found

def find_name(name):
    hits = []
    for top in os.listdir("/"):
        if top in ("proc", "sys", "dev"):
            continue
        for folder, dirs, files in os.walk("/" + top):
            hits += [os.path.join(folder, n) for n in dirs + files if name in n]
    return hits

def writable_dirs():
    found = []
    for top in os.listdir("/"):
        if top in ("proc", "sys"):
            continue
        for folder, dirs, _files in os.walk("/" + top):
            if os.access(folder, os.W_OK):
                found.append(folder)
                dirs[:] = []
    return sorted(found)

def exists(paths):
    return {p: os.path.exists(p) for p in paths}

def processes():
    out = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    out.append(f.read().replace(b"\\0", b" ").decode().strip())
            except OSError:
                pass
    return out

def read(path):
    with open(path) as f:
        return f.read()

def burn(seconds):
    import multiprocessing
    def spin():
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pass
    started = time.monotonic()
    workers = [multiprocessing.Process(target=spin) for _ in range(2)]
    for w in workers: w.start()
    for w in workers: w.join()
    children = os.times()
    return {"wall": time.monotonic() - started, "cpu": children.children_user + children.children_system}
"""

PROFILES = {
    "default": SandboxConfig(),
    "pids": SandboxConfig(pids_limit=64),
    "memory": SandboxConfig(memory="96m"),
    "cpu": SandboxConfig(cpus=0.25),
}


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def boxes() -> AsyncIterator[dict[str, DockerSandbox]]:
    started: dict[str, DockerSandbox] = {}

    async def start(name: str, config: SandboxConfig) -> None:
        sandbox = await DockerSandbox.create(config)
        await sandbox.install_module("probes", PROBES)
        started[name] = sandbox

    try:
        async with anyio.create_task_group() as group:
            for name, config in PROFILES.items():
                group.start_soon(start, name, config)
        yield started
    finally:
        with anyio.CancelScope(shield=True):
            for sandbox in started.values():
                await sandbox.close()


async def probe(box: DockerSandbox, function: str, **arguments: object) -> object:
    return await box.call_python("probes", function, arguments, timeout=60)


async def test_no_network_dns_or_tcp(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["default"]
    assert (await probe(box, "dns", host="deb.debian.org")).startswith("failed")  # type: ignore[union-attr]
    for host, port in (("1.1.1.1", 53), ("8.8.8.8", 443), ("172.17.0.1", 2375)):
        outcome = await probe(box, "tcp", host=host, port=port)
        assert str(outcome).startswith("failed"), (host, outcome)
    result = await box.exec("ls /sys/class/net")
    assert result.stdout.split() == ["lo"]


async def test_only_workspace_and_tmp_are_writable(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["default"]
    for path in ("/x", "/etc/passwd", "/usr/bin/evil", "/opt/agentkit/runner/akr_server.py", "/home/x"):
        outcome = await probe(box, "write", path=path)
        assert str(outcome).startswith("failed"), (path, outcome)
    assert await probe(box, "write", path="/workspace/ok") == "written"
    assert await probe(box, "write", path="/tmp/ok") == "written"
    mounts = (await box.exec("grep ' / ' /proc/mounts")).stdout
    assert " ro," in mounts
    # Everything the sandbox user can write: the workspace, /tmp, and the private IPC mounts
    # (POSIX shared memory and message queues; size-capped, noexec).
    assert await probe(box, "writable_dirs") == ["/dev/mqueue", "/dev/shm", "/tmp", "/workspace"]
    tmp_options = (await box.exec("grep ' /tmp ' /proc/mounts")).stdout.split()[3].split(",")
    assert {"nosuid", "nodev", "noexec", "size=65536k"} <= set(tmp_options)


async def test_not_root_no_capabilities_no_privilege_gain(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["default"]
    who = await probe(box, "identity")
    assert isinstance(who, dict)
    assert (who["uid"], who["euid"], who["gid"]) == (1000, 1000, 1000)
    assert 0 not in who["groups"]
    for cap in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        assert int(who[cap], 16) == 0, (cap, who[cap])
    assert who["NoNewPrivs"] == "1"
    assert who["Seccomp"] == "2"  # a filter: Docker's default profile
    assert await probe(box, "privileged_files") == []  # no setuid/setgid helpers at all
    sudo = await box.exec("command -v sudo || echo absent")
    assert sudo.stdout.strip() == "absent"
    su = await box.exec("su -c id root </dev/null")
    assert su.exit_code != 0
    userns = await box.exec("unshare --user --map-root-user id -u")  # no root via a user namespace
    assert userns.exit_code != 0 and userns.stdout.strip() != "0"


async def test_fork_bomb_is_stopped_by_the_pids_limit(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["pids"]
    result = await box.exec("bomb() { bomb | bomb & }; bomb; sleep 30", timeout=4)
    assert result.timed_out and result.exit_code == 124
    events = (
        await box.exec("cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/pids/pids.events")
    ).stdout.split()
    assert events[0] == "64"
    assert int(events[events.index("max") + 1]) > 0  # forks were refused at the limit
    left = await probe(box, "processes")
    assert not [cmd for cmd in left if "bash -lc bomb" in cmd or cmd.startswith("bash")], left  # all killed
    assert (await anyio.run_process(["true"])).returncode == 0  # the host can still fork
    assert (await box.exec("echo alive")).stdout == "alive\n"


async def test_memory_hog_is_killed_and_reported(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["memory"]
    result = await box.exec(["python3", "-c", "data = b'x' * (400 << 20); print(len(data))"], timeout=60)
    assert result.exit_code == 137
    assert result.oom_killed is True
    assert result.stdout == ""
    assert (await box.exec("true")).exit_code == 0  # the sandbox survives its hog
    with pytest.raises(SandboxError, match="exceeding the sandbox memory limit"):
        await box.call_python("probes", "read", {"path": "/dev/zero"}, timeout=60)
    assert (await box.exec("echo alive")).stdout == "alive\n"


async def test_cpu_bound_work_is_held_to_the_quota(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["cpu"]
    quota = (
        await box.exec("cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us")
    ).stdout
    quota_us, period_us = map(int, quota.split())
    assert quota_us / period_us == pytest.approx(0.25)
    used = await probe(box, "burn", seconds=1.5)
    assert isinstance(used, dict)
    # Two spinning processes would use up to 2 CPU-seconds per second unthrottled (about 1 on this
    # busy 2-core machine); the quota allows 0.25.
    assert used["cpu"] <= 0.25 * used["wall"] * 1.25 + 0.05, used


async def test_timeout_kills_the_process_tree_including_detached_grandchildren(
    boxes: dict[str, DockerSandbox],
) -> None:
    box = boxes["default"]
    script = "sleep 1001 & setsid sleep 1002 & (sleep 1003 &); nohup sleep 1004 >/dev/null 2>&1 & sleep 1005"
    result = await box.exec(script, timeout=1)
    assert result.timed_out and result.exit_code == 124
    assert result.duration_s < 10
    left = [cmd for cmd in await probe(box, "processes") if cmd.startswith("sleep 100")]  # type: ignore[union-attr]
    assert left == []


async def test_no_docker_socket_inside(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["default"]
    paths = ["/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock"]
    assert await probe(box, "exists", paths=paths) == dict.fromkeys(paths, False)
    assert await probe(box, "find_name", name="docker.sock") == []


async def test_host_files_and_processes_are_invisible(
    boxes: dict[str, DockerSandbox], tmp_path: Path
) -> None:
    box = boxes["default"]
    marker = f"agentkit-host-marker-{uuid.uuid4().hex}"
    (tmp_path / marker).write_text("secret")
    assert await probe(box, "exists", paths=[str(tmp_path / marker), str(Path.cwd())]) == {
        str(tmp_path / marker): False,
        str(Path.cwd()): False,
    }
    assert await probe(box, "find_name", name=marker) == []
    assert await probe(box, "read", path="/etc/hostname") == "sandbox\n"
    seen = await probe(box, "processes")
    assert isinstance(seen, list) and len(seen) < 10
    assert not [cmd for cmd in seen if "pytest" in cmd or str(os.getpid()) in cmd.split()]


def _tar(*members: tuple[str, bytes | str]) -> bytes:
    """Members: (name, file bytes) or (name, "->target") for a symlink."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, content in members:
            info = tarfile.TarInfo(name)
            if isinstance(content, str):
                info.type, info.linkname = tarfile.SYMTYPE, content.removeprefix("->")
                archive.addfile(info)
            else:
                info.size = len(content)
                archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


async def test_file_api_refuses_traversal_and_symlink_escapes(boxes: dict[str, DockerSandbox]) -> None:
    box = boxes["default"]
    await box.exec(
        "mkdir -p /workspace/esc && ln -sfn /etc /workspace/esc/etc && ln -sfn /etc/passwd /workspace/esc/pw"
    )
    for path in ("../etc/passwd", "/etc/passwd", "esc/../../etc/passwd", "esc/pw", "esc/etc/passwd"):
        with pytest.raises(PathEscape, match="outside the workspace"):
            await box.read_file(path)
    for path in ("../x", "/tmp/x", "esc/etc/evil", "esc/pw"):
        with pytest.raises(PathEscape):
            await box.write_file(path, "x")
    for path in ("..", "/", "esc/etc"):
        with pytest.raises(PathEscape):
            await box.get_archive(path)
    with pytest.raises(PathEscape):
        await box.put_archive("esc/etc", _tar(("evil", b"x")))
    bad_archives = [
        _tar(("ok.txt", b"fine"), ("../evil", b"x")),
        _tar(("/abs", b"x")),
        _tar(("link", "->/etc"), ("link/evil", b"x")),
        _tar(("link2", "->../../etc")),
    ]
    for archive in bad_archives:
        with pytest.raises(PathEscape):
            await box.put_archive("incoming", archive)
    assert (
        await box.exec("ls -A /workspace/incoming 2>/dev/null; ls /tmp /etc | grep -c evil")
    ).stdout == "0\n"
    # Symlinks that stay inside are fine, and size caps hold.
    await box.put_archive("inside", _tar(("a.txt", b"A"), ("b", "->a.txt")))
    assert await box.read_file("inside/b") == b"A"
    await box.exec("head -c 100 /dev/zero > /workspace/hundred")
    with pytest.raises(FileTooLarge, match="100 bytes"):
        await box.read_file("hundred", max_bytes=10)
    await box.exec("head -c 17M /dev/zero > /workspace/big")
    with pytest.raises(FileTooLarge):
        await box.read_file("big")
    with pytest.raises(FileTooLarge):
        await box.write_file("too-big", b"\0" * (17 << 20))
    await box.exec("rm -f /workspace/big")
