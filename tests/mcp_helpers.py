"""Real MCP servers for the tests, and a check that none of their processes outlive a test."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO_ROOT

NODE_SERVERS = REPO_ROOT / ".cache" / "npm" / "node_modules" / "@modelcontextprotocol"
TEST_SERVER = Path(__file__).with_name("mcp_test_server.py")


def node_server(name: str) -> str:
    """The entry script of an npm MCP server (installed by scripts/setup-mcp-servers.sh)."""
    script = NODE_SERVERS / f"server-{name}" / "dist" / "index.js"
    if not script.is_file():
        pytest.fail(f"{script} is missing: run scripts/setup-mcp-servers.sh (scripts/test.sh runs it)")
    return str(script)


def descendants() -> set[int]:
    """Process ids of every live (not zombie) process below this one."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, parent = fields[0], int(fields[1])
        if state != "Z":
            children.setdefault(parent, []).append(int(entry))
    found: set[int] = set()
    todo = [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def assert_no_processes_left(before: set[int], timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        left = descendants() - before
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    commands = {pid: _cmdline(pid) for pid in left}
    assert not left, f"processes left behind: {commands}"


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            return cmdline.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port} after {timeout_s} s")


def call(name: str, args: str = "") -> str:
    """One model output calling ``name`` (Gemma 4 syntax), ending where the tool response starts."""
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|><|tool_response>"


def text(value: str) -> str:
    return f'<|"|>{value}<|"|>'


PYTHON = sys.executable
