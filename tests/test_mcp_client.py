"""MCP client toolsets against real servers: the npm filesystem and everything servers (node),
mcp-server-time (PyPI), and tests/mcp_test_server.py (the official SDK) for crashes, slowness,
errors and tool-list changes. The model is the ReplayEngine; every server is a real process."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp_helpers import (
    PYTHON,
    TEST_SERVER,
    assert_no_processes_left,
    call,
    descendants,
    free_port,
    node_server,
    text,
    wait_for_port,
)

from agentkit.agent import Agent
from agentkit.agent.events import ToolResultEvent
from agentkit.engines.replay import ReplayEngine
from agentkit.mcp import HTTPServer, MCPServerError, MCPToolset, StdioServer, mcp_tool_name
from agentkit.messages import ImagePart, TextPart
from agentkit.tool import tool

pytestmark = pytest.mark.anyio


@pytest.fixture
def processes_before() -> Any:
    before = descendants()
    yield before
    assert_no_processes_left(before)


async def results_of(agent: Agent[Any], prompt: str = "go") -> list[ToolResultEvent]:
    return [event async for event in agent.run_stream(prompt) if isinstance(event, ToolResultEvent)]


def sdk_server(**options: Any) -> StdioServer:
    return StdioServer(command=PYTHON, args=[str(TEST_SERVER)], **options)


# -- real servers, real results -------------------------------------------------------------------------


async def test_filesystem_server_reads_and_writes_real_files(
    tokenizer: Any, tmp_path: Path, processes_before: set[int]
) -> None:
    (tmp_path / "hello.txt").write_text("hello from the host\n")
    servers = MCPToolset({"fs": StdioServer(command="node", args=[node_server("filesystem"), str(tmp_path)])})
    outputs = [
        call("mcp__fs__read_text_file", f"path:{text(str(tmp_path / 'hello.txt'))}"),
        call(
            "mcp__fs__write_file",
            f"content:{text('written by the model')},path:{text(str(tmp_path / 'out.txt'))}",
        ),
        "Done.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    read, written = await results_of(agent)
    assert not read.is_error and "hello from the host" in str(read.content)
    assert not written.is_error
    assert (tmp_path / "out.txt").read_text() == "written by the model"


async def test_everything_server_text_structured_and_image_results(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"ev": StdioServer(command="node", args=[node_server("everything"), "stdio"])})
    outputs = [
        call("mcp__ev__echo", f"message:{text('hi there')}"),
        call("mcp__ev__get-sum", "a:20,b:22"),
        call("mcp__ev__get-structured-content", f"location:{text('New York')}"),
        call("mcp__ev__get-tiny-image"),
        "Done.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    echo, total, structured, image = await results_of(agent)
    assert echo.content == "Echo: hi there"
    assert "42" in str(total.content)
    assert isinstance(structured.content, dict) and "temperature" in structured.content  # structured content
    parts = image.content
    assert isinstance(parts, list) and any(part["type"] == "image" for part in parts)
    # The tools are declared to the model under their mcp__ names, and a run's result carries the image.
    assert "mcp__ev__get-tiny-image" in agent.tools
    assert agent.tools["mcp__ev__echo"].policy.runs_in == "host"
    assert agent.tools["mcp__ev__echo"].policy.read_only  # from the server's readOnlyHint


async def test_image_result_reaches_the_model_as_an_image_part(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"ev": StdioServer(command="node", args=[node_server("everything"), "stdio"])})
    async with Agent(ReplayEngine([], tokenizer), [servers]) as agent:
        result = await agent.tools["mcp__ev__get-tiny-image"].invoke({})
    assert result.status == "ok"
    assert isinstance(result.content, list)
    images = [part for part in result.content if isinstance(part, ImagePart)]
    assert images and images[0].data is not None and images[0].data.startswith(b"\x89PNG")
    assert any(isinstance(part, TextPart) for part in result.content)


async def test_time_server_from_pypi(tokenizer: Any, processes_before: set[int]) -> None:
    servers = MCPToolset(
        {"time": StdioServer(command=PYTHON, args=["-m", "mcp_server_time", "--local-timezone", "UTC"])}
    )
    outputs = [
        call("mcp__time__convert_time", f"source_timezone:{text('UTC')},target_timezone:{text('Asia/Tokyo')},time:{text('12:00')}"),
        "It is 21:00 in Tokyo.<turn|>",
    ]  # fmt: skip
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    (converted,) = await results_of(agent)
    assert not converted.is_error, converted.content
    assert "21:00" in str(converted.content) and "Asia/Tokyo" in str(converted.content)


async def test_the_child_gets_only_the_configured_environment(
    tokenizer: Any, processes_before: set[int]
) -> None:
    host = {**os.environ, "AGENTKIT_PROBE_SECRET": "must-not-leak"}
    servers = MCPToolset(
        {
            "ev": StdioServer(
                command="node",
                args=[node_server("everything"), "stdio"],
                env={"ONLY": "this"},
                inherit_env=["HOME"],
            )
        },
        environ=host,
    )
    async with Agent(ReplayEngine([], tokenizer), [servers]) as agent:
        result = await agent.tools["mcp__ev__get-env"].invoke({})
    assert result.status == "ok", result.content
    seen = (
        result.content if isinstance(result.content, dict) else __import__("json").loads(str(result.content))
    )
    assert seen == {"ONLY": "this", "HOME": host["HOME"]}


# -- failures the model can act on ----------------------------------------------------------------------


async def test_erroring_tools_come_back_as_tool_errors(
    tokenizer: Any, tmp_path: Path, processes_before: set[int]
) -> None:
    servers = MCPToolset(
        {
            "fs": StdioServer(command="node", args=[node_server("filesystem"), str(tmp_path)]),
            "t": sdk_server(),
        }
    )
    outputs = [
        call("mcp__fs__read_text_file", f"path:{text('/etc/passwd')}"),  # outside the allowed folder
        call("mcp__t__fail"),
        call("mcp__fs__read_text_file", f"file:{text('x')}"),  # invalid arguments: caught before the server
        "I could not read it.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    denied, failed, invalid = await results_of(agent)
    assert denied.is_error and "reported an error" in denied.content["error"]
    assert (
        "outside allowed directories" in denied.content["error"].lower()
        or "denied" in denied.content["error"].lower()
    )
    assert failed.is_error and "the disk is on fire" in failed.content["error"]
    assert invalid.is_error and "path" in invalid.content["error"]


async def test_a_protocol_error_is_a_tool_error(processes_before: set[int]) -> None:
    import mcp.types as mt

    from agentkit.mcp.toolset import _as_tool

    servers = MCPToolset({"t": sdk_server()})
    async with servers.open():
        connection = servers._connections["t"]
        ghost = mt.Tool(name="no_such_tool", input_schema={"type": "object", "properties": {}})
        result = await _as_tool("mcp__t__no_such_tool", "t", ghost, connection).invoke({})
    assert result.is_error
    assert "no_such_tool" in result.content["error"] and "'t'" in result.content["error"]


async def test_a_server_that_dies_mid_run_gives_an_error_and_the_run_goes_on(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server(on_failure="continue")})
    outputs = [
        call("mcp__t__sleep", "seconds:0"),
        call("mcp__t__crash"),
        call("mcp__t__sleep", "seconds:0"),
        "The server is gone; I stopped.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    events = [event async for event in agent.run_stream("go")]
    alive, crashed, after = [e for e in events if isinstance(e, ToolResultEvent)]
    assert not alive.is_error
    assert crashed.is_error and "MCP server 't' is not available" in crashed.content["error"]
    assert after.is_error and "not available" in after.content["error"]
    assert events[-1].exit_reason.value == "final_answer"  # type: ignore[attr-defined]


async def test_a_killed_npm_server_mid_run(
    tokenizer: Any, tmp_path: Path, processes_before: set[int]
) -> None:
    before = descendants()

    @tool(runs_in="host")
    def kill_servers() -> str:
        """Kill every MCP server process this test started."""
        for pid in descendants() - before:
            os.kill(pid, signal.SIGKILL)
        return "killed"

    servers = MCPToolset(
        {
            "fs": StdioServer(
                command="node", args=[node_server("filesystem"), str(tmp_path)], on_failure="continue"
            )
        }
    )
    outputs = [
        call("mcp__fs__list_directory", f"path:{text(str(tmp_path))}"),
        call("kill_servers"),
        call("mcp__fs__list_directory", f"path:{text(str(tmp_path))}"),
        "The file server died.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [kill_servers, servers])
    listed, killed, dead = await results_of(agent)
    assert not listed.is_error and killed.content == "killed"
    assert dead.is_error and "MCP server 'fs' is not available" in dead.content["error"]


async def test_a_dead_server_stops_the_run_when_its_policy_says_so(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server(on_failure="stop")})
    outputs = [call("mcp__t__crash"), call("mcp__t__sleep", "seconds:0"), "unreachable<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    with pytest.raises(MCPServerError, match="MCP server 't'"):
        await agent.run("go")
    seen: list[Any] = []
    with pytest.raises(MCPServerError, match="the connection closed"):
        async for event in Agent(ReplayEngine(outputs, tokenizer), [servers]).run_stream("go"):
            seen.append(event)
    # The run ended at the crash: the next call never ran and no answer was given.
    assert [e.name for e in seen if isinstance(e, ToolResultEvent)] == ["mcp__t__crash"]


async def test_a_slow_server_times_out_and_the_connection_survives(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server(timeout_s=1)})
    outputs = [call("mcp__t__sleep", "seconds:30"), call("mcp__t__sleep", "seconds:0"), "Done.<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    with anyio.fail_after(20):
        slow, quick = await results_of(agent)
    assert slow.is_error and "did not finish within 1 s" in slow.content["error"]
    assert slow.duration_s < 5
    assert not quick.is_error and quick.content == {
        "result": "slept 0.0"
    }  # the SDK server's structured content


async def test_cancelling_a_run_mid_call_leaves_no_process(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server()})
    agent = Agent(ReplayEngine([call("mcp__t__sleep", "seconds:30"), "x<turn|>"], tokenizer), [servers])
    with anyio.move_on_after(3) as scope:
        await agent.run("go")
    assert scope.cancelled_caught


# -- starting -------------------------------------------------------------------------------------------


async def test_a_server_that_cannot_start_is_a_clear_error(
    tokenizer: Any, processes_before: set[int]
) -> None:
    missing = MCPToolset({"gone": StdioServer(command="no-such-mcp-server-binary")})
    with pytest.raises(MCPServerError, match="'no-such-mcp-server-binary' was not found"):
        await Agent(ReplayEngine(["x<turn|>"], tokenizer), [missing]).run("go")

    broken = MCPToolset(
        {
            "broken": StdioServer(
                command="node", args=["-e", "console.error('bad config: no root'); process.exit(2)"]
            )
        }
    )
    with pytest.raises(MCPServerError) as raised:
        await Agent(ReplayEngine(["x<turn|>"], tokenizer), [broken]).run("go")
    assert "MCP server 'broken'" in str(raised.value) and "bad config: no root" in str(raised.value)


async def test_a_failed_server_under_continue_leaves_the_others(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset(
        {
            "gone": StdioServer(command="no-such-mcp-server-binary", on_failure="continue"),
            "t": sdk_server(),
        }
    )
    agent = Agent(ReplayEngine([call("mcp__t__sleep", "seconds:0"), "ok<turn|>"], tokenizer), [servers])
    result = await agent.run("go")
    assert result.ok
    assert "gone" in servers.failed and "was not found" in servers.failed["gone"]
    assert not any(name.startswith("mcp__gone__") for name in agent.tools)


async def test_a_slow_start_times_out(tokenizer: Any, processes_before: set[int]) -> None:
    sleeper = StdioServer(command="node", args=["-e", "setTimeout(() => {}, 60000)"], connect_timeout_s=1)
    with anyio.fail_after(15), pytest.raises(MCPServerError, match="did not finish starting within 1 s"):
        await Agent(ReplayEngine(["x<turn|>"], tokenizer), [MCPToolset({"slow": sleeper})]).run("go")


# -- tools: names, filters, schemas, list changes -------------------------------------------------------


def test_tool_names_are_sanitized_and_bounded() -> None:
    assert mcp_tool_name("fs", "read_file") == "mcp__fs__read_file"
    assert mcp_tool_name("ev", "get tiny/image!") == "mcp__ev__get_tiny_image_"
    long_a, long_b = mcp_tool_name("s", "x" * 80 + "a"), mcp_tool_name("s", "x" * 80 + "b")
    assert len(long_a) == 64 and long_a != long_b


async def test_include_and_exclude_filters(tokenizer: Any, processes_before: set[int]) -> None:
    ev = node_server("everything")
    servers = MCPToolset(
        {
            "a": StdioServer(command="node", args=[ev, "stdio"], include=["echo", "get-sum"]),
            "b": StdioServer(command="node", args=[ev, "stdio"], exclude=["echo"]),
        }
    )
    async with Agent(ReplayEngine([], tokenizer), [servers]) as agent:
        names = list(agent.tools)
    assert [n for n in names if n.startswith("mcp__a__")] == ["mcp__a__echo", "mcp__a__get-sum"]
    assert "mcp__b__echo" not in names and "mcp__b__get-sum" in names


async def test_schemas_go_through_the_translation(
    tokenizer: Any, tmp_path: Path, processes_before: set[int]
) -> None:
    servers = MCPToolset({"fs": StdioServer(command="node", args=[node_server("filesystem"), str(tmp_path)])})
    async with Agent(ReplayEngine([], tokenizer), [servers]) as agent:
        declared = {d["function"]["name"]: d for d in agent.declarations}
        edit = agent.tools["mcp__fs__edit_file"]
    # The declaration is the Gemma subset; the parser still reads the server's own schema.
    assert "edits" in declared["mcp__fs__edit_file"]["function"]["parameters"]["properties"]
    assert edit.schema_for_parser["properties"]["edits"]["type"] == "array"
    assert edit.translation is not None  # the fold report: what the Gemma format could not carry


async def test_tool_list_changes_refresh_the_next_run(tokenizer: Any, processes_before: set[int]) -> None:
    servers = MCPToolset({"t": sdk_server()})
    outputs = [call("mcp__t__grow"), "grown<turn|>", call("mcp__t__extra"), "done<turn|>"]
    async with Agent(ReplayEngine(outputs, tokenizer), [servers]) as agent:
        assert "mcp__t__extra" not in agent.tools
        await agent.run("grow")
        with anyio.fail_after(5):
            while not servers._connections["t"].stale:
                await anyio.sleep(0.02)
        events = [e async for e in agent.run_stream("use it") if isinstance(e, ToolResultEvent)]
        assert "mcp__t__extra" in agent.tools
    assert events[0].content == {"result": "the extra tool ran"}


async def test_one_connection_for_every_run_of_an_entered_agent(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server()})
    outputs = [call("mcp__t__sleep", "seconds:0"), "one<turn|>"] * 3
    async with Agent(ReplayEngine(outputs, tokenizer), [servers]) as agent:
        pids = descendants() - processes_before
        async with anyio.create_task_group() as group:
            for _ in range(3):
                group.start_soon(agent.run, "go")
        assert descendants() - processes_before == pids  # the same single server process throughout
    assert len(pids) == 1


# -- streamable HTTP ------------------------------------------------------------------------------------


@pytest.fixture
def token_server_process() -> Any:
    """tests/mcp_test_server.py over streamable HTTP, answering only "Bearer s3cret"."""
    port = free_port()
    server = subprocess.Popen([PYTHON, str(TEST_SERVER), "--http", str(port), "s3cret"])
    try:
        wait_for_port(port, server)
        yield f"http://127.0.0.1:{port}/mcp", server
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def everything_http() -> Any:
    """The npm everything server in its streamable HTTP mode."""
    port = free_port()
    server = subprocess.Popen(
        ["node", node_server("everything"), "streamableHttp"],
        env={"PATH": os.environ["PATH"], "PORT": str(port)},
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, server)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        server.terminate()
        server.wait(10)


async def test_http_server_with_a_header_from_the_environment(
    tokenizer: Any, token_server_process: tuple[str, Any]
) -> None:
    spec = HTTPServer(url=token_server_process[0], headers_env={"Authorization": "WEB_TOKEN"})
    good = MCPToolset({"web": spec}, environ={"WEB_TOKEN": "Bearer s3cret"})
    agent = Agent(ReplayEngine([call("mcp__web__sleep", "seconds:0"), "ok<turn|>"], tokenizer), [good])
    (slept,) = await results_of(agent)
    assert not slept.is_error and slept.content == {"result": "slept 0.0"}

    wrong = MCPToolset({"web": spec}, environ={"WEB_TOKEN": "Bearer nope"})
    with pytest.raises(MCPServerError, match="MCP server 'web'"):
        await Agent(ReplayEngine(["x<turn|>"], tokenizer), [wrong]).run("go")

    unset = MCPToolset({"web": spec}, environ={})
    with pytest.raises(MCPServerError, match="WEB_TOKEN"):
        await Agent(ReplayEngine(["x<turn|>"], tokenizer), [unset]).run("go")


async def test_everything_server_over_streamable_http(tokenizer: Any, everything_http: str) -> None:
    servers = MCPToolset({"ev": HTTPServer(url=everything_http, timeout_s=10)})
    outputs = [call("mcp__ev__echo", f"message:{text('over http')}"), "ok<turn|>"]
    (echo,) = await results_of(Agent(ReplayEngine(outputs, tokenizer), [servers]))
    assert echo.content == "Echo: over http"


async def test_concurrent_runs_without_entering_the_agent_are_refused(
    tokenizer: Any, processes_before: set[int]
) -> None:
    servers = MCPToolset({"t": sdk_server()})
    outputs = [call("mcp__t__sleep", "seconds:2"), "one<turn|>"] * 2
    agent = Agent(ReplayEngine(outputs, tokenizer), [servers])
    errors: list[BaseException] = []

    async def run() -> None:
        try:
            await agent.run("go")
        except RuntimeError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as group:
        group.start_soon(run)
        await anyio.sleep(1)
        group.start_soon(run)
    assert len(errors) == 1 and "async with agent" in str(errors[0])


async def test_a_tool_whose_schema_cannot_be_used_is_left_out_and_reported() -> None:
    import mcp.types as mt

    from agentkit.mcp.connection import MCPConnection

    connection = MCPConnection("odd", sdk_server())  # never started: only its listing is used here
    connection.tools = [
        mt.Tool(name="fine", input_schema={"type": "object", "properties": {"x": {"type": "integer"}}}),
        mt.Tool(
            name="broken", input_schema={"type": "object", "properties": {"x": {"type": "no-such-type"}}}
        ),
    ]
    toolset = MCPToolset({"odd": sdk_server()})
    tools = toolset._tools_of("odd", connection)
    assert [t.name for t in tools] == ["mcp__odd__fine"]
    ((name, why),) = toolset.skipped
    assert name == "mcp__odd__broken" and "not a valid JSON Schema" in why


async def test_an_http_server_that_goes_away_mid_run(
    tokenizer: Any, token_server_process: tuple[str, Any]
) -> None:
    url, process = token_server_process

    @tool(runs_in="host")
    def stop_the_server() -> str:
        """Kill the HTTP server."""
        process.kill()
        process.wait()
        return "stopped"

    spec = HTTPServer(url=url, headers={"Authorization": "Bearer s3cret"}, on_failure="continue")
    outputs = [
        call("mcp__web__sleep", "seconds:0"),
        call("stop_the_server"),
        call("mcp__web__sleep", "seconds:0"),
        "The server went away.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [stop_the_server, MCPToolset({"web": spec})])
    with anyio.fail_after(30):
        before, _, after = await results_of(agent)
    assert not before.is_error
    assert after.is_error and "MCP server 'web' is not available" in after.content["error"]


async def test_the_runs_own_errors_are_not_wrapped_by_the_connections(
    tokenizer: Any, processes_before: set[int]
) -> None:
    from agentkit.agent import AgentError

    servers = MCPToolset({"t": sdk_server()})
    agent = Agent(ReplayEngine(["x<turn|>"], tokenizer), [servers])
    with pytest.raises(AgentError, match="no conversation state"):
        await agent.run("go", history=_stateless_history())


def _stateless_history() -> Any:
    from agentkit.agent import RunResult
    from agentkit.agent.events import ExitReason

    return RunResult(
        run_id="r", exit_reason=ExitReason.FINAL_ANSWER, output=None, text=None, messages=[], usage=None
    )  # type: ignore[arg-type]
