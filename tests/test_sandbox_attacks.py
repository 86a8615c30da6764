"""The sandbox's second round of attacks, each reproduced against the real Docker engine.

One test per finding of issue 12: forged replies, a takeover daemon, unbounded host memory, a poisoned
line, the container log, the default workspace, the symlink-swap race, terminal control sequences,
large streamed output, stopped runners, socket and system-directory mounts, archive members, and the
rest (call-worker cap, symlinked shell cwd, FIFOs, resume). Hostile code runs inside the sandbox; where
the attack needs a hostile *runner* (the thing the host reads from), a stand-in script is started in
the runner's place with ``docker exec``, exactly as the real one is.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import threading
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Self

import agentkit_tools
import anyio
import pytest
from rich.console import Console

from agentkit import RunContext
from agentkit.sandbox import PathEscape, SandboxConfig, SandboxDead, SandboxError
from agentkit.sandbox.archive import safe_extract, validate_archive
from agentkit.sandbox.config import MountConfig, WorkspaceConfig
from agentkit.sandbox.docker import DockerSandbox
from agentkit.sandbox.image import RUNNER_SCRIPT
from agentkit.sandbox.resume import RESET_MESSAGE, sandbox_reset_event
from agentkit.terminal import sanitize

pytestmark = [pytest.mark.docker, pytest.mark.anyio]

RUN = f"issue12-{uuid.uuid4().hex[:8]}"
LABELS = {"agentkit-test.run": RUN}
QUICK = SandboxConfig(request_timeout=2.0, max_file_bytes=1 << 20, max_output_bytes=64 << 10)


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def box() -> AsyncIterator[DockerSandbox]:
    sandbox = await DockerSandbox.create(QUICK, labels=LABELS)
    try:
        yield sandbox
    finally:
        await sandbox.close()


async def sh(sandbox: DockerSandbox, command: str, **kwargs: Any) -> str:
    done = await sandbox.exec(command, **kwargs)
    assert done.exit_code == 0, (done.stdout, done.stderr)
    return done.stdout


def runner_pid(sandbox: DockerSandbox) -> int:
    assert sandbox._channel is not None and sandbox._channel.hello is not None
    return int(sandbox._channel.hello["pid"])


# ---- a hostile stand-in for the runner --------------------------------------------------------------

# Says hello like the runner, takes the key, reads one request, then answers it with ``payload``
# (mode "raw": written as is; mode "mac": with a valid MAC, as a runner that knows the key could).
HOSTILE_RUNNER = r"""
import hashlib, hmac, json, os, sys, time
mode, size = sys.argv[1], int(sys.argv[2])
out = sys.stdout.buffer
out.write(json.dumps({"event": "hello", "protocol": 2, "pid": os.getpid()}).encode() + b"\n")
out.flush()
key = bytes.fromhex(json.loads(sys.stdin.buffer.readline())["key"])
request = json.loads(sys.stdin.buffer.readline())
def send(payload):
    mac = hmac.new(key, b"0\n" + payload, hashlib.sha256).hexdigest().encode()
    out.write(mac + b" " + payload + b"\n")
    out.flush()
if mode == "forged":  # what a same-uid process writing to /proc/<runner>/fd/1 could produce
    fake = {"id": request["id"], "ok": True, "result": {"exit_code": 0, "stdout": "", "stderr": "",
            "duration_s": 0, "timed_out": False, "oom_killed": False, "stdout_truncated": False,
            "stderr_truncated": False}}
    out.write(json.dumps(fake).encode() + b"\n")
elif mode == "flood":  # no newline, ever
    chunk = b"A" * (1 << 20)
    for _ in range(size):
        out.write(chunk)
elif mode == "deep":
    send(b"[" * size + b"]" * size)
out.flush()
time.sleep(60)
"""


class HostileRunnerSandbox(DockerSandbox):
    """A sandbox whose first runner is the hostile stand-in; later ones are the real runner."""

    hostile: tuple[str, ...] = ()

    def runner_argv(self) -> list[str]:
        if self.replacements == 0 and self.hostile:
            return ["python3", "-I", "-c", HOSTILE_RUNNER, *self.hostile]
        return ["python3", "-I", RUNNER_SCRIPT, "serve"]


async def hostile_sandbox(*mode: str) -> DockerSandbox:
    cls = type("Hostile", (HostileRunnerSandbox,), {"hostile": mode})
    return await cls.create(QUICK, labels=LABELS)


class PeakRss:
    """Samples this process's resident memory every 5 ms; ``peak_growth`` is the most it rose."""

    def __init__(self) -> None:
        self.base = self.rss()
        self.peak = self.base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def rss() -> int:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        raise AssertionError("no VmRSS")

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.rss())

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_growth(self) -> int:
        return self.peak - self.base


# ---- 1. forged results --------------------------------------------------------------------------------

PROBE_RUNNER = """
import os
def probe(pid):
    found = {}
    for name, mode in (("fd/0", "rb"), ("fd/1", "wb"), ("mem", "rb"), ("environ", "rb")):
        try:
            with open(f"/proc/{pid}/{name}", mode) as f:
                found[name] = "opened"
        except OSError as exc:
            found[name] = type(exc).__name__
    try:
        found["fd-list"] = os.listdir(f"/proc/{pid}/fd")
    except OSError as exc:
        found["fd-list"] = type(exc).__name__
    return found
"""


FORGER = r"""
import os, time
line = b'{"id": 1, "ok": true, "result": {"exit_code": 0}}\n'
for _ in range(400):
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/fd/1", "wb") as f:
                f.write(line)
        except OSError:
            pass
    time.sleep(0.005)
"""


async def test_forged_replies_are_impossible_from_inside_and_detected_on_the_wire(box: DockerSandbox) -> None:
    # From inside: the runner's descriptors, memory and environment are closed to sandboxed code.
    await box.install_module("probe_runner", PROBE_RUNNER)
    found = await box.call_python("probe_runner", "probe", {"pid": runner_pid(box)})
    assert found == {
        "fd/0": "PermissionError",
        "fd/1": "PermissionError",
        "mem": "PermissionError",
        "environ": "PermissionError",
        "fd-list": "PermissionError",
    }
    # A background writer trying every process's fd/1 while a failing command runs: the truth wins.
    await box.write_file("forger.py", FORGER)
    await box.exec("python3 forger.py &", background=True)
    try:
        for _ in range(20):
            result = await box.exec("echo real; exit 3")
            # The exit code and the command's own output are the truth. (A sibling process of the
            # same sandbox may write into the command's pipe, as it could into any file the command
            # reads: that is inside the sandbox; the runner's reply itself cannot be forged.)
            assert result.exit_code == 3 and "real\n" in result.stdout
    finally:
        await box.exec("pkill -f forger.py")

    # On the wire: an unauthenticated reply (what such a write would produce) destroys the sandbox.
    hostile = await hostile_sandbox("forged", "0")
    try:
        first_id = hostile.id
        with pytest.raises(SandboxDead, match="not authenticated"):
            await hostile.exec("exit 3")
        assert await _container_gone(hostile, first_id)
        result = await hostile.exec("exit 3")  # the replacement: a real runner, the true exit code
        assert result.exit_code == 3 and hostile.id != first_id
    finally:
        await hostile.close()


async def _container_gone(sandbox: DockerSandbox, container_id: str) -> bool:
    import docker.errors

    def check() -> bool:
        try:
            sandbox._client.api.inspect_container(container_id)
        except docker.errors.NotFound:
            return True
        return False

    return await anyio.to_thread.run_sync(check)


# ---- 2. persistent takeover ---------------------------------------------------------------------------

TAKEOVER = r"""
import os, signal, sys, time
pid, report = int(sys.argv[1]), sys.argv[2]
time.sleep(0.5)  # let the call that started us be answered first
os.kill(pid, signal.SIGSTOP)
try:
    open(f"/proc/{pid}/fd/0", "rb")
    outcome = "opened the runner's stdin"
except OSError as exc:
    outcome = type(exc).__name__
with open(report, "w") as f:
    f.write(f"{os.getpid()} {outcome}")
while True:
    time.sleep(1)
"""


async def test_takeover_daemon_cannot_read_requests_and_is_killed(box: DockerSandbox) -> None:
    # A daemon that escapes its call (new session, empty environment) dies when the call ends.
    await sh(box, "setsid env -i /usr/bin/python3 -c 'import time; time.sleep(300)' & echo started")
    leftovers = await sh(box, "ps -eo args | grep -c '[t]ime.sleep(300)' || true")
    assert leftovers.strip() == "0"

    # A declared background service that stops the runner and goes for its stdin.
    await box.write_file("takeover.py", TAKEOVER)
    pid = (await box.ping())["pid"]
    await box.exec(f"python3 takeover.py {pid} /tmp/report &", background=True)
    await anyio.sleep(1)
    started = time.monotonic()
    with pytest.raises(SandboxError, match="did not answer"):
        await box.read_file("missing.txt")
    assert time.monotonic() - started < 15  # the request's deadline, not forever
    # The next call starts a new runner, which kills every other process first: the daemon goes.
    with pytest.raises(FileNotFoundError):
        await box.read_file("missing.txt")  # the true answer, not invented content
    daemon_pid, outcome = (await sh(box, "cat /tmp/report")).split(" ", 1)
    assert outcome == "PermissionError"
    assert (await box.exec(f"kill -0 {daemon_pid}")).exit_code != 0


# ---- 3. host memory ---------------------------------------------------------------------------------------


async def test_an_endless_line_keeps_host_memory_bounded() -> None:
    with PeakRss() as memory:
        hostile = await hostile_sandbox("flood", "1024")  # 1 GiB without a newline
        try:
            started = time.monotonic()
            with pytest.raises(SandboxDead, match="longer than"):
                await hostile.exec("true")
            elapsed = time.monotonic() - started
        finally:
            await hostile.close()
    assert elapsed < 30
    # The cap for this config is a few MiB; the host never came near the gigabyte it was sent.
    assert memory.peak_growth < 150 << 20, f"host RSS grew by {memory.peak_growth >> 20} MiB"


# ---- 4. a poisoned line ---------------------------------------------------------------------------------


async def test_a_deeply_nested_line_poisons_the_channel_and_the_sandbox_is_replaced() -> None:
    hostile = await hostile_sandbox("deep", "100000")
    try:
        with pytest.raises(SandboxDead, match="nested deeper"):
            await hostile.exec("true")
        for _ in range(3):  # every later call works: a fresh sandbox with a real runner
            assert (await hostile.exec("echo ok")).stdout == "ok\n"
    finally:
        await hostile.close()


# ---- 5. the container log -----------------------------------------------------------------------------


async def test_the_container_log_is_unwritable_and_capped(box: DockerSandbox) -> None:
    result = await box.exec("head -c 4M /dev/zero | tr '\\0' '\\n' > /proc/1/fd/1")
    assert result.exit_code != 0 and "Permission denied" in result.stderr

    def log_size() -> tuple[int, dict[str, Any]]:
        info = box._client.api.inspect_container(box.id)
        path = info["LogPath"]
        return (os.path.getsize(path) if path and os.path.exists(path) else 0), info["HostConfig"][
            "LogConfig"
        ]

    size, log_config = await anyio.to_thread.run_sync(log_size)
    assert log_config == {"Type": "json-file", "Config": {"max-file": "1", "max-size": "1m"}}
    assert size <= 1 << 20


# ---- 6. the default workspace -----------------------------------------------------------------------


async def test_the_default_workspace_stops_at_its_cap() -> None:
    async with await DockerSandbox.create(SandboxConfig(), labels=LABELS) as sandbox:
        result = await sandbox.exec("head -c 400M /dev/zero > /workspace/big; echo $?; df -B1 /workspace")
        assert "No space left on device" in result.stderr
        assert (await sh(sandbox, "stat -c %s /workspace/big")).strip() == str(256 << 20)
        assert (await sh(sandbox, "df -B1 --output=size /workspace | tail -1")).strip() == str(256 << 20)


# ---- 7. the symlink-swap race ------------------------------------------------------------------------

SWAPPER = r"""
import os, shutil
os.makedirs("/tmp/outside", exist_ok=True)
os.chdir("/workspace/race")
os.makedirs("real_d", exist_ok=True)
if not os.path.lexists("link_d"):
    os.symlink("/tmp/outside", "link_d")
while True:  # "d" is, in turn, the real directory, nothing, a symlink leading out, nothing
    for source in ("real_d", "link_d"):
        try:
            os.rename(source, "d")
            os.rename("d", source)
        except OSError:  # a write created "d" as a directory while it was missing: clear it
            if os.path.isdir("d") and not os.path.islink("d"):
                shutil.rmtree("d", ignore_errors=True)
"""


async def test_the_symlink_swap_race_never_lands_a_write_outside(box: DockerSandbox) -> None:
    await box.write_file("race/swapper.py", SWAPPER)
    await box.exec("python3 race/swapper.py &", background=True)
    ctx: RunContext[None] = RunContext(deps=None, sandbox=box, run_id="race")
    write_tool = agentkit_tools.resolve("write_file")
    landed = refused = 0
    for n in range(800):
        try:
            await box.write_file(f"race/d/sdk{n}", b"x")
            landed += 1
        except (PathEscape, FileNotFoundError, SandboxError):
            refused += 1
    for n in range(300):
        result = await write_tool.invoke({"path": f"race/d/tool{n}", "content": "x"}, ctx)
        landed += result.status == "ok"
    await box.exec("pkill -f race/swapper.py")
    outside = await sh(box, "ls /tmp/outside | wc -l")
    assert outside.strip() == "0", f"{outside.strip()} writes landed outside the workspace"
    assert refused > 0 and landed > 0  # the race was really run: both outcomes happened


# ---- 8. terminal control sequences -----------------------------------------------------------------


async def test_control_sequences_never_reach_the_terminal_raw(box: DockerSandbox, tmp_path: Path) -> None:
    from agentkit.agent.events import ToolResultEvent
    from agentkit.cli.live import EventPrinter

    hostile = (await box.exec(r"printf 'title\033]0;pwned\007 clear\033[2J\033[H c1\302\23331m end'")).stdout
    assert "\x1b]0;" in hostile and "\x1b[2J" in hostile
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", width=200)
    printer = EventPrinter(console, full=True)
    printer.handle(
        ToolResultEvent(
            run_id="r", step=1, call_id="c1", name="shell", status="ok", content=hostile, duration_s=0.1
        )
    )
    shown = buffer.getvalue()
    escapes = [shown[i : i + 8] for i in range(len(shown)) if shown[i] == "\x1b"]
    assert escapes, "agentkit's own colours should still be there"
    # Only agentkit's SGR colour codes remain (ESC [ digits ; m); no OSC title, no clear, no C1 CSI.
    import re

    assert all(re.match(r"\x1b\[[0-9;]*m", e) for e in escapes), escapes
    assert "\x9b" not in shown and "\x07" not in shown
    assert "␛]0;pwned" in shown and "␛[2J" in shown
    assert sanitize("a\tb\nc\x1b[2Jd") == "a\tb\nc␛[2Jd"


# ---- 9. large streamed output -------------------------------------------------------------------------


async def test_twenty_mb_of_streamed_output_twenty_times_never_crashes_the_runner(box: DockerSandbox) -> None:
    pid = (await box.ping())["pid"]
    for _ in range(20):
        received = 0

        def count(stream: str, data: bytes) -> None:
            nonlocal received
            received += len(data)

        result = await box.exec("head -c 20M /dev/zero", on_output=count, timeout=60)
        assert result.exit_code == 0 and result.stdout_truncated
        assert received == 20 << 20  # streamed whole: the runner pauses the pipe, never drops or crashes
    assert (await box.ping())["pid"] == pid  # the same runner throughout


# ---- 10. deadlines on every request ---------------------------------------------------------------------


async def test_file_calls_on_a_stopped_runner_hit_their_deadline(box: DockerSandbox) -> None:
    for name in ("ping", "read_file", "write_file"):
        pid = (await box.ping())["pid"]
        await box.exec(f"(sleep 0.5; kill -STOP {pid}) &", background=True)
        await anyio.sleep(1)
        call = {
            "ping": box.ping,
            "read_file": lambda: box.read_file("x"),
            "write_file": lambda: box.write_file("x", b"1"),
        }
        started = time.monotonic()
        with pytest.raises(SandboxError, match="did not answer"):
            await call[name]()
        assert time.monotonic() - started < 2 + 5 + 3  # request_timeout + grace + slack
        assert (await box.ping())["pid"] != pid  # a new runner answers (the stopped one was killed)


# ---- 11. socket and system-directory mounts, groups --------------------------------------------------


@pytest.mark.parametrize(
    "source", ["/var/run", "/run", "/", "/proc", "/sys", "/dev", "/etc", "/var/lib/docker", "/var"]
)
def test_system_directory_mounts_are_refused_with_a_reason(source: str) -> None:
    with pytest.raises(ValueError, match="never gets"):
        MountConfig(source=source, target="/host")
    with pytest.raises(ValueError, match="never gets"):
        WorkspaceConfig(kind="bind", host_path=source)


@pytest.mark.parametrize("user", ["1000:105", "1000:0", "1000:docker", "1000:1000,105"])
def test_the_docker_group_and_supplementary_groups_are_refused(user: str) -> None:
    with pytest.raises(ValueError, match="gid|groups"):
        SandboxConfig(user=user)


async def test_a_mount_slipped_past_validation_is_refused_at_creation_and_no_groups_inside(
    box: DockerSandbox,
) -> None:
    sneaky = SandboxConfig.model_construct(
        **{
            **QUICK.__dict__,
            "mounts": (
                MountConfig.model_construct(
                    source="/var/lib/docker", target="/d", kind="bind", read_only=True
                ),
            ),
        }
    )
    with pytest.raises(SandboxError, match="never gets"):
        await DockerSandbox.create(sneaky, labels=LABELS)
    groups = (await sh(box, "grep '^Groups:' /proc/self/status")).split()[1:]
    assert set(groups) <= {"1000"}, groups
    assert (await box.exec("test -e /var/run/docker.sock")).exit_code == 1


# ---- 12. archives from the sandbox ----------------------------------------------------------------


async def test_get_archive_members_are_validated(box: DockerSandbox, tmp_path: Path) -> None:
    await sh(
        box, "mkdir -p arch/clean arch/bad && echo hi > arch/clean/a.txt && ln -s /etc/passwd arch/bad/leak"
    )
    with pytest.raises(PathEscape, match="leak"):
        await box.get_archive("arch/bad")
    data = await box.get_archive("arch/clean")
    assert safe_extract(data, tmp_path / "out") == ["clean", "clean/a.txt"]
    assert (tmp_path / "out" / "clean" / "a.txt").read_text() == "hi\n"
    crafted = io.BytesIO()
    with tarfile.open(fileobj=crafted, mode="w") as archive:
        info = tarfile.TarInfo("../escaped.txt")
        archive.addfile(info, io.BytesIO(b""))
    with pytest.raises(PathEscape, match="escaped"):
        validate_archive(crafted.getvalue())
    with pytest.raises(PathEscape):
        safe_extract(crafted.getvalue(), tmp_path / "out2")
    assert not (tmp_path / "escaped.txt").exists()


# ---- 13. worker cap, symlinked cwd, FIFOs, resume ------------------------------------------------------

WORKER_PID = """
import os, time
def who(delay):
    started = time.monotonic()
    time.sleep(delay)
    return [started, time.monotonic()]
"""


async def test_512_parallel_calls_are_queued_not_forked_without_bound(box: DockerSandbox) -> None:
    await box.install_module("who", WORKER_PID)
    pid = (await box.ping())["pid"]
    spans: list[tuple[float, float]] = []

    async def one() -> None:
        started, ended = await box.call_python("who", "who", {"delay": 0.02}, timeout=120)
        spans.append((started, ended))

    async with anyio.create_task_group() as group:
        for _ in range(512):
            group.start_soon(one)
    assert len(spans) == 512
    # How many calls ran at once (the container's monotonic clock is shared by its processes).
    edges = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    running = peak = 0
    for _, step in edges:
        running += step
        peak = max(peak, running)
    assert 1 < peak <= 16, peak  # parallel, and never more than the worker cap
    assert (await box.ping())["pid"] == pid  # the runner was never OOM-killed


async def test_a_symlinked_shell_cwd_is_resolved_for_real(box: DockerSandbox) -> None:
    await sh(box, "mkdir -p cwd/sub && ln -sfn / cwd/root && ln -sfn sub cwd/inner")
    ctx: RunContext[None] = RunContext(deps=None, sandbox=box, run_id="cwd")
    shell = agentkit_tools.resolve("shell")
    escaped = await shell.invoke({"command": "pwd", "cwd": "cwd/root"}, ctx)
    assert escaped.status == "error" and "outside the workspace" in json.dumps(escaped.content)
    with pytest.raises(PathEscape):
        await box.exec("pwd", cwd="/workspace/cwd/root")
    inner = await shell.invoke({"command": "pwd", "cwd": "cwd/inner"}, ctx)
    assert inner.status == "ok" and "/workspace/cwd/sub" in json.dumps(inner.content)


async def test_fifos_are_refused_not_waited_on(box: DockerSandbox) -> None:
    await sh(box, "mkfifo pipe")
    started = time.monotonic()
    with pytest.raises(SandboxError, match="FIFO"):
        await box.write_file("pipe", b"data")
    with pytest.raises(SandboxError, match="regular file|FIFO"):
        await box.read_file("pipe")
    ctx: RunContext[None] = RunContext(deps=None, sandbox=box, run_id="fifo")
    result = await agentkit_tools.resolve("write_file").invoke({"path": "pipe", "content": "x"}, ctx)
    assert result.status == "error" and "FIFO" in json.dumps(result.content)
    assert time.monotonic() - started < 10


async def test_resume_says_the_workspace_starts_empty_and_snapshots_carry_it(box: DockerSandbox) -> None:
    from agentkit.sandbox.resume import restore, snapshot

    event = sandbox_reset_event("run-1", 3)
    assert event.kind == "sandbox_reset" and event.message == RESET_MESSAGE
    assert "workspace starts empty" in RESET_MESSAGE
    await sh(box, "mkdir -p snap && echo kept > snap/file.txt")
    archive = await snapshot(box, "snap")
    async with await DockerSandbox.create(QUICK, labels=LABELS) as fresh:
        await restore(fresh, archive)  # the archive holds snap/..., put back at the workspace root
        assert await fresh.read_file("snap/file.txt") == b"kept\n"


async def test_a_resumed_run_is_told_its_workspace_starts_empty(tokenizer: Any, tmp_path: Path) -> None:
    from agentkit_tools import default_toolset

    from agentkit import Agent
    from agentkit.agent.events import ErrorEvent
    from agentkit.agent.trajectory import read_trajectory
    from agentkit.engines.replay import ReplayEngine

    def shell(command: str) -> str:
        return f'<|tool_call>call:shell{{command:<|"|>{command}<|"|>}}<tool_call|><|tool_response>'

    outputs = [shell("echo kept > notes.txt"), shell("cat notes.txt"), "Done.<turn|>"]
    path = tmp_path / "run.jsonl"
    config = SandboxConfig(labels={"agentkit-test.run": RUN})
    await Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]), sandbox=config).run(
        "go", trajectory=path
    )
    lines = path.read_text().splitlines()
    cut = max(i for i, line in enumerate(lines) if '"tool_call"' in line)  # the crash: before `cat` ran
    path.write_text("\n".join(lines[: cut + 1]) + "\n")
    resumed_agent = Agent(ReplayEngine(outputs[2:], tokenizer), default_toolset(["shell"]), sandbox=config)
    await resumed_agent.resume(path)
    events = read_trajectory(path).events
    resets = [e for e in events if isinstance(e, ErrorEvent) and e.kind == "sandbox_reset"]
    assert len(resets) == 1 and "workspace starts empty" in resets[0].message
    cat = [e for e in events if getattr(e, "type", "") == "tool_result"][-1]
    assert "No such file" in json.dumps(cat.content)  # what the event warned about, and nothing hidden


async def test_agentkit_replay_shows_control_sequences_as_stand_ins(tokenizer: Any, tmp_path: Path) -> None:
    from agentkit_tools import default_toolset
    from cli_helpers import agentkit

    from agentkit import Agent
    from agentkit.engines.replay import ReplayEngine

    command = r"printf 'title\033]0;pwned\007 clear\033[2J\033[H end'"
    outputs = [
        f'<|tool_call>call:shell{{command:<|"|>{command}<|"|>}}<tool_call|><|tool_response>',
        "Done.<turn|>",
    ]
    path = tmp_path / "run.jsonl"
    config = SandboxConfig(labels={"agentkit-test.run": RUN})
    await Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]), sandbox=config).run(
        "go", trajectory=path
    )
    assert "\\u001b]0;pwned" in path.read_text()  # the trajectory keeps the bytes as they were
    done = await anyio.to_thread.run_sync(lambda: agentkit("replay", path, "--full"))
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "␛]0;pwned" in done.stdout and "␛[2J" in done.stdout
