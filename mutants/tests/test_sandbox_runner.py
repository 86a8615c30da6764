"""The runner inside a real sandbox: commands (exit codes, env, cwd, stdin, caps, streaming, concurrency),
Python calls (installed modules and packages, structured errors, timeouts), files and archives, the
workspace kinds, and recovery when the runner process itself is killed."""

from __future__ import annotations

import io
import os
import tarfile
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import pytest

from agentkit.sandbox import (
    RemoteError,
    Sandbox,
    SandboxConfig,
    SandboxError,
    SandboxTimeout,
    WorkspaceConfig,
)
from agentkit.sandbox.docker import DockerSandbox

pytestmark = [pytest.mark.docker, pytest.mark.anyio]

TOOLS = """
import os, subprocess, sys, time

def add(a, b=0):
    return a + b

def chatty(n):
    print("noise on stdout " * 100)
    print("noise on stderr", file=sys.stderr)
    return {"n": n, "list": [1, 2.5, None, "x"], "cwd": os.getcwd(), "uid": os.getuid()}

async def later(x):
    import asyncio
    await asyncio.sleep(0.01)
    return x * 2

def fails(kind):
    if kind == "value":
        raise ValueError("the value is wrong")
    if kind == "exit":
        sys.exit(3)
    return "no failure"

def not_json():
    return {1, 2}

def hang_with_child(seconds):
    subprocess.Popen(["sleep", "1007"], start_new_session=True)
    time.sleep(seconds)

def crash():
    os._exit(9)

def wander():
    os.chdir("/tmp")
    os.environ["LEFT_BEHIND"] = "1"
    return os.getcwd()

def where():
    return [os.getcwd(), os.environ.get("LEFT_BEHIND")]

def wait_for(path, seconds):
    end = time.monotonic() + seconds
    while not os.path.exists(path):
        if time.monotonic() > end:
            return "gave up"
        time.sleep(0.02)
    return "saw it"

def touch(path):
    open(path, "w").close()
    return True
"""


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def box() -> AsyncIterator[DockerSandbox]:
    sandbox = await DockerSandbox.create(SandboxConfig(max_output_bytes=1000))
    try:
        await sandbox.install_module("tools_under_test", TOOLS)
        yield sandbox
    finally:
        await sandbox.close()


# ---- commands -----------------------------------------------------------------------------------


async def test_exec_reports_exit_code_output_and_duration(box: DockerSandbox) -> None:
    assert isinstance(box, Sandbox)  # the protocol the agent loop and the tools are written against
    result = await box.exec("echo out; echo err >&2; exit 7")
    assert (result.exit_code, result.stdout, result.stderr) == (7, "out\n", "err\n")
    assert not (result.timed_out or result.oom_killed or result.stdout_truncated)
    assert 0 < result.duration_s < 5
    argv = await box.exec(["python3", "-c", "import sys; print(sys.argv[1:])", "a b", "$HOME"])
    assert argv.stdout == "['a b', '$HOME']\n"  # a list is not run through a shell
    killed = await box.exec("kill -TERM $$")
    assert killed.exit_code == 128 + 15


async def test_exec_env_cwd_and_stdin(box: DockerSandbox) -> None:
    await box.exec("mkdir -p sub")
    result = await box.exec(
        ["bash", "-c", 'echo "$GREETING"; pwd; cat'],
        env={"GREETING": "hi there"},
        cwd="/workspace/sub",
        stdin=b"piped\n",
    )
    assert result.stdout == "hi there\n/workspace/sub\npiped\n"
    assert (await box.exec("pwd")).stdout == "/workspace\n"
    big = os.urandom(300_000)
    echoed = await box.exec(["sha256sum"], stdin=big)
    import hashlib

    assert echoed.stdout.split()[0] == hashlib.sha256(big).hexdigest()


async def test_missing_commands_and_directories(box: DockerSandbox) -> None:
    missing = await box.exec(["no-such-command", "x"])
    assert missing.exit_code == 127 and "command not found" in missing.stderr
    with pytest.raises(FileNotFoundError, match="/nope"):
        await box.exec("true", cwd="/nope")


async def test_output_is_capped_keeping_head_and_tail(box: DockerSandbox) -> None:
    result = await box.exec("echo BEGIN; seq 1 100000; echo END; seq 1 5000 >&2")
    assert result.stdout_truncated and result.stderr_truncated
    assert result.stdout.startswith("BEGIN\n1\n2\n") and result.stdout.endswith("99999\n100000\nEND\n")
    assert "bytes truncated ...]" in result.stdout
    assert len(result.stdout.encode()) < 1000 + 100
    dropped = int(result.stdout.split("[... ")[1].split(" bytes")[0])
    total = len("BEGIN\nEND\n") + sum(len(f"{i}\n") for i in range(1, 100001))
    assert dropped == total - 1000


async def test_streaming_delivers_everything_live(box: DockerSandbox) -> None:
    seen: list[tuple[str, bytes]] = []
    result = await box.exec(
        "for i in 1 2 3; do echo line$i; sleep 0.05; done; echo oops >&2",
        on_output=lambda stream, data: seen.append((stream, data)),
    )
    assert b"".join(data for stream, data in seen if stream == "stdout") == b"line1\nline2\nline3\n"
    assert b"".join(data for stream, data in seen if stream == "stderr") == b"oops\n"
    assert len([1 for stream, _ in seen if stream == "stdout"]) >= 2  # arrived in pieces, not at the end
    assert result.stdout == "line1\nline2\nline3\n"


async def test_commands_run_concurrently(box: DockerSandbox) -> None:
    # The first waits for a file only the second creates: serialized, it would time out.
    results: dict[str, object] = {}

    async def run(key: str, cmd: str) -> None:
        results[key] = await box.exec(cmd, timeout=20)

    async with anyio.create_task_group() as group:
        group.start_soon(run, "waiter", "while [ ! -e /tmp/flag ]; do sleep 0.05; done; echo saw it")
        await anyio.sleep(0.2)
        group.start_soon(run, "setter", "touch /tmp/flag")
    assert results["waiter"].stdout == "saw it\n"  # type: ignore[attr-defined]
    assert not results["waiter"].timed_out  # type: ignore[attr-defined]


async def test_cancelling_an_exec_kills_it_in_the_sandbox(box: DockerSandbox) -> None:
    with anyio.move_on_after(0.5):
        await box.exec("sleep 1009")
    await anyio.sleep(0.2)
    assert "sleep 1009" not in (await box.exec("ps -eo args")).stdout


# ---- Python calls -------------------------------------------------------------------------------


async def test_call_python_round_trips_json(box: DockerSandbox) -> None:
    assert await box.call_python("tools_under_test", "add", {"a": 2, "b": 40}) == 42
    assert await box.call_python("os.path", "basename", {"p": "/a/b.txt"}) == "b.txt"
    value = await box.call_python("tools_under_test", "chatty", {"n": 5})
    assert value == {"n": 5, "list": [1, 2.5, None, "x"], "cwd": "/workspace", "uid": 1000}
    assert await box.call_python("tools_under_test", "later", {"x": 21}) == 42


async def test_call_python_errors_are_structured(box: DockerSandbox) -> None:
    with pytest.raises(RemoteError) as raised:
        await box.call_python("tools_under_test", "fails", {"kind": "value"})
    error = raised.value
    assert (error.stage, error.type_name) == ("call", "ValueError")
    assert "the value is wrong" in str(error)
    assert 'raise ValueError("the value is wrong")' in error.traceback  # source lines of installed modules
    assert "akr_pycall" not in error.traceback  # the runner's own frames are left out

    cases = [
        (("no_such_module", "f", {}), "import", "ModuleNotFoundError"),
        (("tools_under_test", "missing", {}), "lookup", "AttributeError"),
        (("tools_under_test", "add", {"c": 1}), "arguments", "TypeError"),
        (("tools_under_test", "not_json", {}), "result", "TypeError"),
        (("tools_under_test", "fails", {"kind": "exit"}), "call", "SystemExit"),
    ]
    for (module, function, arguments), stage, type_name in cases:
        with pytest.raises(RemoteError) as raised:
            await box.call_python(module, function, arguments)
        assert (raised.value.stage, raised.value.type_name) == (stage, type_name), raised.value
    with pytest.raises(SandboxError, match="exit code 9"):
        await box.call_python("tools_under_test", "crash", {})


async def test_calls_start_clean_and_run_concurrently(box: DockerSandbox) -> None:
    assert await box.call_python("tools_under_test", "wander", {}) == "/tmp"
    assert await box.call_python("tools_under_test", "where", {}) == ["/workspace", None]
    results: dict[str, object] = {}

    async def call(key: str, function: str, arguments: dict[str, object]) -> None:
        results[key] = await box.call_python("tools_under_test", function, arguments, timeout=20)

    async with anyio.create_task_group() as group:  # serialized, the first would give up
        group.start_soon(call, "waiter", "wait_for", {"path": "/tmp/call-flag", "seconds": 10})
        await anyio.sleep(0.2)
        group.start_soon(call, "toucher", "touch", {"path": "/tmp/call-flag"})
    assert results == {"waiter": "saw it", "toucher": True}


async def test_reinstalling_a_module_takes_effect_at_the_next_call(box: DockerSandbox) -> None:
    await box.install_module("versioned", "def version():\n    return 1\n")
    assert await box.call_python("versioned", "version", {}) == 1
    await box.install_module("versioned", "def version():\n    return 2\n")
    assert await box.call_python("versioned", "version", {}) == 2


async def test_call_python_timeout_kills_the_call_and_its_children(box: DockerSandbox) -> None:
    with pytest.raises(SandboxTimeout, match="0.5s timeout"):
        await box.call_python("tools_under_test", "hang_with_child", {"seconds": 60}, timeout=0.5)
    await anyio.sleep(0.2)
    assert "sleep 1007" not in (await box.exec("ps -eo args")).stdout


async def test_install_module_packages_and_syntax_errors(box: DockerSandbox, tmp_path: Path) -> None:
    package = tmp_path / "mypkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("NAME = 'mypkg'\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "calc.py").write_text(
        "from mypkg import NAME\ndef twice(x):\n    return [NAME, x * 2]\n"
    )
    names = await box.install_module_from_path(package)
    assert names == ["mypkg", "mypkg.sub", "mypkg.sub.calc"]
    assert await box.call_python("mypkg.sub.calc", "twice", {"x": 4}) == ["mypkg", 8]
    await box.install_module("ns.only.leaf", "def f():\n    return __name__\n")  # parents become packages
    assert await box.call_python("ns.only.leaf", "f", {}) == "ns.only.leaf"
    with pytest.raises(SandboxError, match="line 2"):
        await box.install_module("broken", "x = 1\ndef (:\n")
    with pytest.raises(SandboxError, match="not a dotted Python module name"):
        await box.install_module("bad-name", "x = 1\n")


async def test_runner_killed_from_inside_is_restarted_with_its_modules(box: DockerSandbox) -> None:
    before = (await box.ping())["pid"]
    with pytest.raises(SandboxError, match="runner"):
        await box.exec("kill -9 $(pgrep -f 'agentkit_runner.py serve')")
    assert box.alive is False
    assert await box.call_python("tools_under_test", "add", {"a": 1}) == 1  # modules re-installed
    assert (await box.ping())["pid"] != before


# ---- files --------------------------------------------------------------------------------------


async def test_files_round_trip(box: DockerSandbox) -> None:
    payload = bytes(range(256)) * 10
    await box.write_file("deep/er/data.bin", payload)
    assert await box.read_file("deep/er/data.bin") == payload
    assert await box.read_file("/workspace/deep/er/data.bin") == payload
    await box.write_file("text.txt", "héllo")
    assert (await box.exec("cat text.txt; stat -c %U deep/er/data.bin")).stdout == "héllosandbox\n"
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        await box.read_file("nothing-here")
    with pytest.raises(SandboxError, match="directory"):
        await box.read_file("deep")


async def test_archives_round_trip(box: DockerSandbox) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, content, mode in (
            ("proj/run.sh", b"#!/bin/sh\necho ran\n", 0o755),
            ("proj/a.txt", b"A", 0o644),
        ):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(content), mode
            archive.addfile(info, io.BytesIO(content))
        link = tarfile.TarInfo("proj/link")
        link.type, link.linkname = tarfile.SYMTYPE, "a.txt"
        archive.addfile(link)
    await box.put_archive("incoming", buffer.getvalue())
    assert (await box.exec("incoming/proj/run.sh; cat incoming/proj/link")).stdout == "ran\nA"
    out = await box.get_archive("incoming/proj")
    with tarfile.open(fileobj=io.BytesIO(out)) as archive:
        members = {m.name: m for m in archive.getmembers()}
        assert set(members) == {"proj", "proj/run.sh", "proj/a.txt", "proj/link"}
        assert members["proj/link"].issym() and members["proj/link"].linkname == "a.txt"
        assert members["proj/run.sh"].mode & 0o777 == 0o755
        extracted = archive.extractfile("proj/a.txt")
        assert extracted is not None and extracted.read() == b"A"


# ---- workspace kinds ----------------------------------------------------------------------------


async def test_tmpfs_and_bind_workspaces(tmp_path: Path) -> None:
    host_dir = tmp_path / "repo"
    host_dir.mkdir()
    host_dir.chmod(0o777)  # the sandbox user (uid 1000) must be able to write the bound directory
    (host_dir / "README").write_text("from the host\n")
    configs = {
        "tmpfs": SandboxConfig(workspace=WorkspaceConfig(kind="tmpfs", size="8m")),
        "bind": SandboxConfig(workspace=WorkspaceConfig(kind="bind", host_path=str(host_dir))),
    }
    boxes: dict[str, DockerSandbox] = {}

    async def start(kind: str) -> None:
        boxes[kind] = await DockerSandbox.create(configs[kind])

    try:
        async with anyio.create_task_group() as group:
            for kind in configs:
                group.start_soon(start, kind)
        tmpfs = boxes["tmpfs"]
        await tmpfs.write_file("x.txt", "in memory")
        assert (
            await tmpfs.exec("cat x.txt; df -k . | tail -1 | awk '{print $2}'")
        ).stdout == "in memory8192\n"
        full = await tmpfs.exec("head -c 9M /dev/zero > fill")
        assert full.exit_code != 0 and "No space left" in full.stderr

        bind = boxes["bind"]
        assert await bind.read_file("README") == b"from the host\n"
        await bind.write_file("made-inside.txt", "hello host")
        assert (host_dir / "made-inside.txt").read_text() == "hello host"
    finally:
        with anyio.CancelScope(shield=True):
            for sandbox in boxes.values():
                await sandbox.close()
