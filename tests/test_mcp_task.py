"""The task.yaml ``mcp:`` section, through the real `agentkit run` entry point (replay engine)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import agentkit, write_outputs, write_task
from mcp_helpers import call, descendants, node_server, text


def test_task_with_an_mcp_server(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "notes.txt").write_text("the meeting is at noon\n")
    write_outputs(
        tmp_path,
        [
            call("mcp__files__read_text_file", f"path:{text(str(data / 'notes.txt'))}"),
            "The meeting is at noon.<turn|>",
        ],
    )
    task = write_task(
        tmp_path,
        f"""
        version: 1
        engine: {{kind: replay, outputs: outputs.jsonl}}
        model: {{tokenizer: {{tokenizer}}}}
        prompt: When is the meeting? Read data/notes.txt.
        mcp:
          files:
            command: node
            args: [{node_server("filesystem")}, ./data]     # relative to the task file's folder
            include: [read_text_file, list_directory]
            timeout_s: 20
        """,
    )
    before = descendants()
    done = agentkit("run", task, "--jsonl", cwd=Path("/"))
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    started = next(e for e in events if e["type"] == "run_started")
    assert started["tools"] == ["mcp__files__read_text_file", "mcp__files__list_directory"]
    (result,) = [e for e in events if e["type"] == "tool_result"]
    assert not result["is_error"] and "the meeting is at noon" in str(result["content"])
    assert descendants() - before == set()


def test_mcp_entries_are_checked_with_located_errors(tmp_path: Path) -> None:
    head = """
        version: 1
        engine: {kind: replay, outputs: ["x<turn|>"]}
        model: {tokenizer: {tokenizer}}
        prompt: hi
        mcp:
        """
    bad_url = write_task(tmp_path, head + "  web: {url: ftp://example.com/mcp}\n", "url.yaml")
    done = agentkit("run", bad_url)
    assert done.returncode == 2
    assert "url.yaml:6:" in done.stderr and "mcp.web.url" in done.stderr
    assert "must start with http:// or https://" in done.stderr

    bad_name = write_task(tmp_path, head + "  bad__name: {command: node}\n", "name.yaml")
    done = agentkit("run", bad_name)
    assert done.returncode == 2 and "'bad__name'" in done.stderr and "no '__'" in done.stderr

    unknown_key = write_task(tmp_path, head + "  files: {command: node, argz: [x]}\n", "key.yaml")
    done = agentkit("run", unknown_key)
    assert done.returncode == 2 and "argz" in done.stderr


def test_a_server_that_cannot_start_fails_the_run_with_its_name(tmp_path: Path) -> None:
    task = write_task(
        tmp_path,
        """
        version: 1
        engine: {kind: replay, outputs: ["x<turn|>"]}
        model: {tokenizer: {tokenizer}}
        prompt: hi
        mcp:
          ghost:
            command: no-such-mcp-server
        """,
    )
    done = agentkit("run", task)
    assert done.returncode != 0
    assert "MCP server 'ghost'" in done.stderr and "no-such-mcp-server" in done.stderr


def test_serve_refuses_host_tools_unless_allowed(tmp_path: Path) -> None:
    module = tmp_path / "host_tools.py"
    module.write_text(
        "from agentkit.tool import tool\n\n\n"
        "@tool(runs_in='host')\n"
        "def whoami() -> str:\n"
        '    """The user running the server."""\n'
        "    import getpass\n\n    return getpass.getuser()\n"
    )
    done = agentkit("mcp", "serve", "--module", module, timeout=60)
    assert done.returncode == 2
    assert "whoami run on the host" in done.stderr and "--allow-host-tools" in done.stderr
    unknown = agentkit("mcp", "serve", "--tools", "shell,reed_file", timeout=60)
    assert unknown.returncode == 2 and "reed_file" in unknown.stderr and "read_file" in unknown.stderr
