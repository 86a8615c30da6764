"""`agentkit mcp serve` through the official MCP client, over stdio and streamable HTTP, with real
Docker sandboxes: one per client session, hardened, removed when the session ends."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import anyio
import docker
import pytest
from cli_helpers import cli_env, entry_point
from mcp import Client, StdioServerParameters
from mcp_helpers import descendants, free_port, wait_for_port

from agentkit.sandbox.ownership import LABEL_RUN

pytestmark = [pytest.mark.anyio, pytest.mark.docker]

USER_TOOLS = '''
from agentkit.tool import tool


@tool
def shout(word: str) -> str:
    """Say the word louder.

    Args:
        word: The word to repeat in capitals.
    """
    return word.upper() + "!"
'''


def containers(label: str) -> list[Any]:
    client = docker.from_env()
    try:
        return client.containers.list(all=True, filters={"label": f"{LABEL_RUN}={label}"})
    finally:
        client.close()


def wait_until_gone(label: str, timeout_s: float = 30.0) -> list[Any]:
    deadline = time.monotonic() + timeout_s
    left = containers(label)
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = containers(label)
    return left


def structured(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    value: dict[str, Any] = result.structured_content or json.loads(result.content[0].text)
    return value


async def exercise(client: Client, label: str) -> None:
    """List the tools, use shell/write_file/read_file, and check the sandbox behind them."""
    names = [found.name for found in (await client.list_tools()).tools]
    assert {"shell", "write_file", "read_file", "shout"} <= set(names)

    written = await client.call_tool("write_file", {"path": "notes/a.txt", "content": "from an MCP client\n"})
    assert not written.is_error, written.content
    read = await client.call_tool("read_file", {"path": "notes/a.txt"})
    assert not read.is_error and "from an MCP client" in read.content[0].text  # type: ignore[union-attr]

    probe = structured(
        await client.call_tool(
            "shell",
            {
                "command": "id -u; cat notes/a.txt; ls /sys/class/net; "
                "python3 -c 'import socket; socket.create_connection((\"1.1.1.1\", 53), 2)' 2>&1 | tail -1"
            },
        )
    )
    lines = probe["stdout"].splitlines()
    assert lines[0] != "0"  # not root
    assert lines[1] == "from an MCP client"  # the same sandbox across calls of one session
    assert lines[2] == "lo"  # no network interface but loopback
    assert "unreachable" in lines[3].lower() or "error" in lines[3].lower()

    shouted = await client.call_tool("shout", {"word": "hello"})
    assert not shouted.is_error and "HELLO!" in shouted.content[0].text  # type: ignore[union-attr]

    bad = await client.call_tool("read_file", {"path": 42})
    assert bad.is_error and "path" in bad.content[0].text  # type: ignore[union-attr]

    (container,) = containers(label)
    host = container.attrs["HostConfig"]
    assert host["NetworkMode"] == "none"
    assert host["ReadonlyRootfs"] is True
    assert "ALL" in (host["CapDrop"] or [])
    assert container.attrs["Config"]["User"] not in ("", "0", "root")


async def test_serve_over_stdio(tmp_path: Path) -> None:
    (tmp_path / "user_tools.py").write_text(USER_TOOLS)
    env = cli_env()
    command, *args = entry_point()
    params = StdioServerParameters(
        command=command,
        args=[*args, "mcp", "serve", "--pool-size", "0", "--module", str(tmp_path / "user_tools.py")],
        env={key: env[key] for key in ("PATH", "PYTHONPATH", "HOME", "DOCKER_HOST") if key in env},
    )
    async with Client(params, cache=None) as client:
        # The server process is the stdio child; its containers carry its pid in their run label.
        names = [found.name for found in (await client.list_tools()).tools]
        assert "shell" in names
        assert _serve_labels() == []  # nothing is leased before the first sandboxed call
        await client.call_tool("shell", {"command": "true"})
        (label,) = _serve_labels()
        await exercise(client, label)
    assert wait_until_gone(label) == []


@pytest.fixture
def http_server(tmp_path: Path) -> Any:
    """`agentkit mcp serve --http` with the user's tools; yields its URL and its containers' run label."""
    (tmp_path / "user_tools.py").write_text(USER_TOOLS)
    port = free_port()
    server = subprocess.Popen(
        [*entry_point(), "mcp", "serve", "--http", "--port", str(port), "--pool-size", "0",
         "--module", str(tmp_path / "user_tools.py")],
        env=cli_env(),
    )  # fmt: skip
    label = f"mcp-serve-{server.pid}"  # the server labels its containers with its process id
    try:
        wait_for_port(port, server)
        yield f"http://127.0.0.1:{port}/mcp", label
    finally:
        server.terminate()
        server.wait(30)
    assert containers(label) == []  # stopping the server removes whatever was left


async def test_serve_over_streamable_http_one_sandbox_per_session(http_server: tuple[str, str]) -> None:
    url, label = http_server
    async with Client(url, cache=None) as first:
        assert first.protocol_version < "2026"  # a session (handshake era), so the sandbox lasts
        await exercise(first, label)
        first_id = containers(label)[0].id
        async with Client(url, cache=None) as second:
            listing = structured(await second.call_tool("shell", {"command": "ls notes 2>&1 || true"}))
            assert "a.txt" not in listing["stdout"]  # a new session has its own, fresh sandbox
            assert len(containers(label)) == 2
        # The second session ended: its sandbox goes, the first one's stays.
        with anyio.fail_after(30):
            while len(containers(label)) > 1:
                await anyio.sleep(0.2)
        assert [c.id for c in containers(label)] == [first_id]
    assert wait_until_gone(label) == []


def _serve_labels() -> list[str]:
    """Run labels of the containers of `agentkit mcp serve` processes below this test process."""
    ours = {f"mcp-serve-{pid}" for pid in descendants()}
    client = docker.from_env()
    try:
        found = client.containers.list(all=True, filters={"label": LABEL_RUN})
    finally:
        client.close()
    return sorted({c.labels[LABEL_RUN] for c in found} & ours)
