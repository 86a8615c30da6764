"""Running tools: sync/async functions and methods, the injected RunContext, return values turned into
what the model sees, exceptions, timeouts, truncation and cancellation."""

from __future__ import annotations

import dataclasses
import datetime
import io
import logging
import re
import threading
import time
import warnings
from typing import Any

import anyio
import pytest
from pydantic import BaseModel
from schema_helpers import render_tool_response
from tool_corpus import Calculator, Deps, echo, fetch, positional, whoami

from agentkit.messages import ImagePart, TextPart, ToolMessage
from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool, ToolDefinitionError, ToolError, ToolPolicy, tool
from agentkit.tool.results import NO_OUTPUT, ToolResult, image_mime_type, tool_response_content, truncate_text
from agentkit.tool.signature import ToolDefinitionWarning

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

THREADS: dict[str, int] = {}


@tool(runs_in="host")
def sync_probe() -> str:
    """Record the thread it runs on."""
    THREADS["sync"] = threading.get_ident()
    return "done"


@tool(runs_in="host")
async def async_probe() -> str:
    """Record the thread it runs on."""
    THREADS["async"] = threading.get_ident()
    return "done"


class Report(BaseModel):
    title: str
    when: datetime.date


@dataclasses.dataclass
class Stats:
    count: int
    mean: float


RETURNS: dict[str, Any] = {
    "text": "hello",
    "mapping": {"a": 1, "b": [1, 2], "when": datetime.date(2026, 1, 2)},
    "array": [1, "two", None],
    "number": 5,
    "nothing": None,
    "model": Report(title="t", when=datetime.date(2026, 1, 2)),
    "dataclass": Stats(count=2, mean=0.5),
    "utf8_bytes": "héllo".encode(),
    "png": PNG_1x1,
    "image_part": ImagePart(data=PNG_1x1, mime_type="image/png"),
    "mixed": ["caption", PNG_1x1],
    "text_parts": [TextPart(text="a"), TextPart(text="b")],
}


@tool(runs_in="host")
def give(kind: str) -> Any:
    """Return a value of the given kind."""
    return RETURNS[kind]


def invoke(made: Tool, arguments: dict[str, Any], ctx: RunContext[Any] | None = None) -> ToolResult:
    return anyio.run(made.invoke, arguments, ctx)


# ----------------------------------------------------------------------------------- execution


def test_sync_tools_run_in_a_worker_thread_and_async_tools_on_the_loop() -> None:
    loop_thread: list[int] = []

    async def main() -> None:
        loop_thread.append(threading.get_ident())
        await sync_probe.invoke({})
        await async_probe.invoke({})

    anyio.run(main)
    assert THREADS["async"] == loop_thread[0]
    assert THREADS["sync"] != loop_thread[0]


def test_a_blocking_sync_tool_does_not_block_the_event_loop() -> None:
    @tool(runs_in="host")
    def block(seconds: float) -> str:
        """Block the calling thread."""
        time.sleep(seconds)
        return "slept"

    ticks: list[int] = []

    async def main() -> ToolResult:
        async def ticker() -> None:
            while True:
                ticks.append(1)
                await anyio.sleep(0.01)

        async with anyio.create_task_group() as group:
            group.start_soon(ticker)
            result = await block.invoke({"seconds": 0.5})
            group.cancel_scope.cancel()
        return result

    assert anyio.run(main).content == "slept"
    assert len(ticks) > 5  # the loop kept running while the tool slept in its thread


def test_methods_classmethods_and_staticmethods() -> None:
    calculator = Calculator(10)
    assert invoke(calculator.add, {"a": 1, "b": 2}).value == 13
    assert invoke(Calculator.describe, {"verbose": True}).value == "Calculator (verbose)"
    assert invoke(Calculator.negate, {"x": 4}).value == -4
    unbound = vars(Calculator)["add"]
    assert unbound.is_bound is False
    result = invoke(unbound, {"a": 1, "b": 2})
    assert result.status == "error"
    assert "is a method tool used without an instance" in str(result.error_message)


def test_tools_stay_callable_as_plain_functions() -> None:
    assert echo("x") == "x"
    assert Calculator(1).add(1, 2) == 4
    assert anyio.run(fetch, "http://a") == "http://a"
    assert positional(1, b=3) == 13
    assert invoke(positional, {"a": 1, "b": 3}).value == 13  # positional-only passed positionally


def test_run_context_is_injected_per_call() -> None:
    seen: list[RunContext[Any]] = []

    @tool(runs_in="host")
    def inspect_context(ctx: RunContext[Deps], note: str) -> str:
        """Look at the context."""
        seen.append(ctx)
        return note

    logger = logging.getLogger("test.run")
    ctx: RunContext[Deps] = RunContext(deps=Deps(user="ann"), run_id="run-7", logger=logger, step=3)
    result = anyio.run(lambda: inspect_context.invoke({"note": "n"}, ctx, call_id="call-1"))
    assert result.value == "n" and result.call_id == "call-1"
    (given,) = seen
    assert given.deps.user == "ann" and given.run_id == "run-7" and given.logger is logger
    assert (given.tool_name, given.tool_call_id, given.step, given.sandbox) == (
        "inspect_context",
        "call-1",
        3,
        None,
    )
    assert ctx.tool_name is None  # the run's context itself is not modified
    assert invoke(whoami, {}, RunContext(deps=Deps(user="bob"))).value == "hello bob"


def test_model_cannot_pass_the_context_parameter() -> None:
    result = invoke(whoami, {"ctx": "x"}, RunContext(deps=Deps(user="bob")))
    assert result.status == "invalid_arguments"
    assert '- ctx: unknown argument, got "x". Allowed: greeting.' in str(result.error_message)


# -------------------------------------------------------------------------------- return values


@pytest.mark.parametrize(
    ("kind", "content"),
    [
        ("text", "hello"),
        ("mapping", {"a": 1, "b": [1, 2], "when": "2026-01-02"}),
        ("array", {"value": [1, "two", None]}),
        ("number", {"value": 5}),
        ("nothing", NO_OUTPUT),
        ("model", {"title": "t", "when": "2026-01-02"}),
        ("dataclass", {"count": 2, "mean": 0.5}),
        ("utf8_bytes", "héllo"),
        ("png", [ImagePart(data=PNG_1x1, mime_type="image/png")]),
        ("image_part", [ImagePart(data=PNG_1x1, mime_type="image/png")]),
        ("mixed", [TextPart(text="caption"), ImagePart(data=PNG_1x1, mime_type="image/png")]),
        ("text_parts", [TextPart(text="a"), TextPart(text="b")]),
    ],
)
def test_return_values_become_model_content(kind: str, content: Any) -> None:
    result = invoke(give, {"kind": kind})
    assert result.status == "ok"
    assert result.content == content
    assert result.value is RETURNS[kind]


def test_pil_images_become_png_parts() -> None:
    image_module = pytest.importorskip("PIL.Image")

    @tool(runs_in="host")
    def draw() -> Any:
        """Draw a red square."""
        return image_module.new("RGB", (4, 4), (255, 0, 0))

    (part,) = invoke(draw, {}).content
    assert isinstance(part, ImagePart) and part.mime_type == "image/png"
    assert part.data is not None
    decoded = image_module.open(io.BytesIO(part.data))
    assert decoded.size == (4, 4) and decoded.getpixel((0, 0))[:3] == (255, 0, 0)


def test_unshowable_returns_are_error_results() -> None:
    @tool(runs_in="host")
    def binary() -> bytes:
        """Return raw bytes."""
        return b"\x00\xff\xfe"

    @tool(runs_in="host")
    def lock() -> Any:
        """Return an object."""
        return threading.Lock()

    assert invoke(binary, {}).content == {
        "error": "the tool returned 3 bytes that are neither a PNG, JPEG, GIF or WebP image nor UTF-8 text"
    }
    message = invoke(lock, {}).error_message
    assert message is not None and "which cannot be turned into JSON" in message


def test_image_signatures() -> None:
    assert image_mime_type(PNG_1x1) == "image/png"
    assert image_mime_type(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert image_mime_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert image_mime_type(b"GIF89a...") == "image/gif"
    assert image_mime_type(b"plain text") is None


def test_results_render_in_the_template_like_the_raw_value() -> None:
    """Wrapping a bare list as {"value": [...]} prints exactly what the template prints for the list."""
    for raw in ([1, "two", None], 5, True):
        wrapped = invoke(give, {"kind": "array"}).content if raw == [1, "two", None] else {"value": raw}
        assert render_tool_response("give", wrapped) == render_tool_response("give", raw)
    assert render_tool_response("give", invoke(give, {"kind": "mapping"}).content) == (
        '<|tool_response>response:give{a:1,b:[1,2],when:<|"|>2026-01-02<|"|>}<tool_response|>'
    )
    assert render_tool_response("echo", invoke(echo, {"text": "hi"}).content) == (
        '<|tool_response>response:echo{value:<|"|>hi<|"|>}<tool_response|>'
    )


def test_result_to_message() -> None:
    result = anyio.run(lambda: echo.invoke({"text": "hi"}, call_id="c9"))
    assert result.to_message() == ToolMessage(tool_call_id="c9", name="echo", content="hi")
    assert tool_response_content(result) == "hi"


# -------------------------------------------------------------------------------------- failures


def test_exceptions_become_error_results() -> None:
    @tool(runs_in="host")
    def explode(kind: str) -> str:
        """Fail."""
        if kind == "tool":
            raise ToolError("record 7 does not exist")
        raise KeyError("missing")

    tool_error = invoke(explode, {"kind": "tool"})
    assert (tool_error.status, tool_error.content) == ("error", {"error": "record 7 does not exist"})
    key_error = invoke(explode, {"kind": "key"})
    assert key_error.content == {"error": "KeyError: 'missing'"}
    assert isinstance(key_error.exception, KeyError) and key_error.value is None
    rendered = render_tool_response("explode", key_error.content)
    assert (
        rendered == "<|tool_response>response:explode{error:<|\"|>KeyError: 'missing'<|\"|>}<tool_response|>"
    )


def test_timeouts_for_async_and_sync_host_tools() -> None:
    @tool(runs_in="host", timeout_s=0.2)
    async def wait_async() -> str:
        """Wait."""
        await anyio.sleep(30)
        return "late"

    @tool(runs_in="host", timeout_s=0.2)
    def wait_sync() -> str:
        """Wait in a thread (abandoned at the timeout)."""
        time.sleep(1.0)
        return "late"

    for made in (wait_async, wait_sync):
        result = invoke(made, {})
        assert result.status == "timeout" and result.is_error
        assert result.content == {"error": f"Tool {made.name} did not finish within 0.2 s and was stopped."}


def test_cancellation_of_the_caller_propagates() -> None:
    @tool(runs_in="host")
    async def forever() -> str:
        """Never ends."""
        await anyio.sleep(60)
        return "never"

    async def main() -> bool:
        with anyio.move_on_after(0.1) as scope:
            await forever.invoke({})
        return scope.cancelled_caught

    assert anyio.run(main) is True


def test_output_is_truncated_keeping_head_and_tail() -> None:
    @tool(runs_in="host", max_output_chars=80)
    def long_text() -> str:
        """Long."""
        return "a" * 100 + "b" * 100

    @tool(runs_in="host", max_output_chars=60)
    def long_mapping() -> dict[str, str]:
        """Long JSON."""
        return {"text": "x" * 200}

    result = invoke(long_text, {})
    assert result.truncated and isinstance(result.content, str)
    assert len(result.content) == 80
    assert result.content.startswith("aaaa") and result.content.endswith("bbbb")
    assert "[... 156 characters truncated ...]" in result.content
    assert result.value == "a" * 100 + "b" * 100  # the raw value is kept whole

    mapping = invoke(long_mapping, {})
    assert mapping.truncated and isinstance(mapping.content, str)
    assert mapping.content.startswith('{"text":"xxx') and mapping.content.endswith('xxx"}')

    assert invoke(echo, {"text": "short"}).truncated is False


def test_truncate_text_edges() -> None:
    assert truncate_text("abc", 0) == ("abc", False)
    assert truncate_text("abc", 3) == ("abc", False)
    for size in (101, 150, 1000, 123_456):
        cut, truncated = truncate_text("x" * size, 100)
        found = re.search(r"\[\.\.\. ([\d,]+) characters truncated \.\.\.\]", cut)
        assert truncated and found is not None and len(cut) == 100
        assert cut.count("x") + int(found.group(1).replace(",", "")) == size  # kept + removed = all


# ------------------------------------------------------------------------------- schema tools


def test_schema_tools_with_sync_and_async_handlers() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    loop_thread: list[int] = []
    handler_threads: list[int] = []

    def sync_handler(arguments: dict[str, Any], ctx: RunContext[Any]) -> int:
        handler_threads.append(threading.get_ident())
        return int(arguments["n"]) * 2

    async def async_handler(arguments: dict[str, Any], ctx: RunContext[Any]) -> dict[str, Any]:
        return {"n": arguments["n"], "run": ctx.run_id, "tool": ctx.tool_name}

    doubler = Tool.from_schema("double", schema, sync_handler, description="Double n.", runs_in="host")
    echoer = Tool.from_schema(
        "echo_n", schema, async_handler, description="Echo n.", runs_in="host", read_only=True
    )

    async def main() -> tuple[ToolResult, ToolResult]:
        loop_thread.append(threading.get_ident())
        ctx: RunContext[None] = RunContext(deps=None, run_id="r")
        return await doubler.invoke({"n": 4}, ctx), await echoer.invoke({"n": 1}, ctx)

    doubled, echoed = anyio.run(main)
    assert doubled.content == {"value": 8} and handler_threads[0] != loop_thread[0]
    assert echoed.content == {"n": 1, "run": "r", "tool": "echo_n"}
    assert echoer.policy.parallel_safe and not doubler.policy.parallel_safe


def test_schema_tool_effects_in_the_sandbox_need_a_sandbox() -> None:
    schema = {"type": "object", "properties": {}}
    shell = Tool.from_schema("shell", schema, lambda a, c: "ran", description="Run.", runs_in="sandbox")
    assert invoke(shell, {}).error_message == (
        "Tool shell runs in the sandbox, but this run has no sandbox. (Configure the agent with a sandbox, "
        "or declare the tool with runs_in='host'.)"
    )


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"type": "object", "properties": {"a": {"type": "strin"}}}, r"not a valid JSON Schema: .* \(at properties/a/type\)"),
        ({"type": "string"}, r"tool bad: tool parameters must be an object schema"),
        ({"type": "object", "properties": {"a": {"minimum": "one"}}}, r"not a valid JSON Schema: 'one' is not of type 'number'"),
    ],
)  # fmt: skip
def test_schema_tools_check_the_schema_at_construction(parameters: dict[str, Any], message: str) -> None:
    with pytest.raises(ToolDefinitionError, match=message):
        Tool.from_schema("bad", parameters, lambda a, c: None, runs_in="host")


# ---------------------------------------------------------------------------------- definitions


def test_policy_values_are_checked() -> None:
    with pytest.raises(ValueError, match="timeout_s must be positive or None"):
        ToolPolicy(timeout_s=0)
    with pytest.raises(ValueError, match="runs_in must be 'host' or 'sandbox'"):
        ToolPolicy(runs_in="cloud")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_output_chars must be >= 0"):
        ToolPolicy(max_output_chars=-1)
    assert ToolPolicy().runs_in == "sandbox" and ToolPolicy(timeout_s=None).timeout_s is None


def test_policy_options_on_the_decorator() -> None:
    @tool(runs_in="host", timeout_s=None, read_only=True, idempotent=True, max_output_chars=100)
    def configured() -> str:
        """Configured."""
        return "x"

    assert configured.policy == ToolPolicy(
        runs_in="host", timeout_s=None, read_only=True, idempotent=True, max_output_chars=100
    )
    faster = configured.with_policy(timeout_s=2.0)
    assert faster.policy.timeout_s == 2.0 and configured.policy.timeout_s is None


@pytest.mark.parametrize("name", ["bad name", "1st", "a" * 65, "tool{x}", "call:x"])
def test_tool_names_must_fit_the_call_syntax(name: str) -> None:
    with pytest.raises(ToolDefinitionError, match="is not usable in Gemma's call syntax"):
        tool(name=name, runs_in="host")(_documented)


def _documented(x: int) -> int:
    """Documented."""
    return x


def test_signatures_that_cannot_be_described() -> None:
    def star_args(*values: int) -> int:
        """Sum."""
        return sum(values)

    def no_hint(x) -> int:  # type: ignore[no-untyped-def]
        """No hint."""
        return 1

    def bad_hint(x: Undefined) -> int:  # type: ignore[name-defined]  # noqa: F821
        """Refers to a name that does not exist."""
        return 1

    with pytest.raises(ToolDefinitionError, match=r"parameter \*values cannot be described"):
        tool(runs_in="host")(star_args)
    with pytest.raises(ToolDefinitionError, match=r"parameter 'x' has no type hint"):
        tool(runs_in="host")(no_hint)
    with pytest.raises(
        ToolDefinitionError, match=r"cannot resolve its type hints \(NameError: name 'Undefined'"
    ):
        tool(runs_in="host")(bad_hint)


def test_definition_warnings() -> None:
    def undocumented(x: int) -> int:
        return x

    def stray_doc(x: int) -> int:
        """Stray.

        Args:
            x: Real.
            y: Not a parameter.
        """
        return x

    with pytest.warns(ToolDefinitionWarning, match="has no description"):
        tool(runs_in="host")(undocumented)
    with pytest.warns(ToolDefinitionWarning, match="the docstring documents y"):
        tool(runs_in="host")(stray_doc)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tool(runs_in="host", description="Given here.")(undocumented)
