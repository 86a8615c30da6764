"""OpenTelemetry GenAI spans of real runs (ReplayEngine, the named stand-in for the GPU model; host tools).

Spans go to the SDK's in-memory exporter; names, parent links, kinds, attributes and statuses are
checked against the GenAI conventions' development version (see agentkit.tracing).
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from agentkit.agent import Agent
from agentkit.agent.events import ExitReason
from agentkit.agent.limits import Limits
from agentkit.engines.base import SamplingParams
from agentkit.engines.replay import ReplayEngine
from agentkit.tool import ToolError, tool
from agentkit.tracing import TracingConfig

pytestmark = pytest.mark.anyio

SECRET = "sk-live-9f8e7d6c5b4a39281706"


@tool(runs_in="host", read_only=True)
async def lookup(key: str) -> dict[str, Any]:
    """Look a key up in the table.

    Args:
        key: The key to look up in the table.
    """
    await anyio.sleep(0.05)
    return {"key": key, "value": len(key)}


@tool(runs_in="host")
def explode(reason: str) -> str:
    """Always fails, saying why.

    Args:
        reason: What the failure message should say.
    """
    raise ToolError(f"exploded: {reason}")


@tool(runs_in="host")
def login(user: str, password: str) -> str:
    """Log in to the service.

    Args:
        user: The user name to log in with.
        password: The password of that user.
    """
    return f"logged in as {user}"


def call(name: str, args: str) -> str:
    return f"<|tool_call>call:{name}{{{args}}}<tool_call|>"


def s(value: str) -> str:
    return f'<|"|>{value}<|"|>'


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


def by_name(spans: tuple[ReadableSpan, ...] | list[ReadableSpan]) -> dict[str, list[ReadableSpan]]:
    out: dict[str, list[ReadableSpan]] = {}
    for span in spans:
        out.setdefault(span.name, []).append(span)
    return out


def parent_id(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.span_id


async def test_parallel_calls_failed_tool_and_answer(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    outputs = [
        call("lookup", f"key:{s('alpha')}") + call("lookup", f"key:{s('beta')}") + "<|tool_response>",
        call("explode", f"reason:{s('disk full')}") + "<|tool_response>",
        "Done: alpha=5, beta=4.<turn|>",
    ]
    sampling = SamplingParams(temperature=0.3, top_p=0.9, top_k=20, max_tokens=512, seed=7)
    agent = Agent(
        ReplayEngine(outputs, tokenizer),
        [lookup, explode],
        sampling=sampling,
        tracing=TracingConfig(tracer_provider=provider, agent_name="librarian"),
    )
    result = await agent.run("Look up alpha and beta.")
    assert result.ok
    spans = exporter.get_finished_spans()
    named = by_name(spans)
    assert sorted(named) == [
        "chat replay",
        "execute_tool explode",
        "execute_tool lookup",
        "invoke_agent librarian",
    ]
    (root,) = named["invoke_agent librarian"]
    chats = sorted(named["chat replay"], key=lambda sp: sp.attributes["agentkit.step"])  # type: ignore[index]
    lookups = named["execute_tool lookup"]
    (failed,) = named["execute_tool explode"]
    assert len(chats) == 3 and len(lookups) == 2
    assert root.parent is None and root.kind == SpanKind.INTERNAL
    # Every chat and tool span is a direct child of the run span, in the same trace.
    for child in [*chats, *lookups, failed]:
        assert parent_id(child) == span_id(root)
        assert child.context is not None and root.context is not None
        assert child.context.trace_id == root.context.trace_id
    # The two parallel lookups are siblings that overlap in time and both sit after their step's chat.
    first, second = sorted(lookups, key=lambda sp: sp.start_time or 0)
    assert first.end_time is not None and second.start_time is not None
    assert second.start_time < first.end_time
    assert chats[0].end_time is not None and first.start_time is not None
    assert chats[0].end_time <= first.start_time
    assert first.end_time - first.start_time >= 40_000_000  # the tool slept 50 ms

    attrs = root.attributes or {}
    assert attrs["gen_ai.operation.name"] == "invoke_agent"
    assert attrs["gen_ai.agent.name"] == "librarian"
    assert attrs["gen_ai.provider.name"] == "agentkit.replay"
    assert attrs["gen_ai.conversation.id"] == result.run_id
    assert attrs["agentkit.exit_reason"] == "final_answer"
    assert attrs["agentkit.steps"] == 3
    assert attrs["agentkit.tool_calls"] == 3 and attrs["agentkit.failed_tool_calls"] == 1
    assert attrs["gen_ai.usage.input_tokens"] == result.usage.prompt_tokens
    assert attrs["gen_ai.usage.output_tokens"] == result.usage.generated_tokens
    assert attrs["gen_ai.usage.cache_read.input_tokens"] == result.usage.cached_prompt_tokens
    assert root.status.status_code == StatusCode.UNSET

    chat = chats[1].attributes or {}
    assert chat["gen_ai.operation.name"] == "chat"
    assert chat["gen_ai.request.model"] == "replay"
    assert chat["gen_ai.request.temperature"] == 0.3
    assert chat["gen_ai.request.top_p"] == 0.9
    assert chat["gen_ai.request.top_k"] == 20
    assert chat["gen_ai.request.max_tokens"] == 512
    assert chat["gen_ai.request.seed"] == 7
    assert chat["gen_ai.response.finish_reasons"] == ("stop",)
    assert chat["gen_ai.conversation.id"] == result.run_id
    assert chat["gen_ai.usage.input_tokens"] > 0 and chat["gen_ai.usage.output_tokens"] > 0
    # Step 2's prompt extends step 1's, so the replay engine's prefix cache serves part of it.
    assert chat["gen_ai.usage.cache_read.input_tokens"] > 0 and chat["agentkit.prefix_cache.hit"] is True
    assert (chats[0].attributes or {})["agentkit.prefix_cache.hit"] is False

    tool_attrs = first.attributes or {}
    assert tool_attrs["gen_ai.operation.name"] == "execute_tool"
    assert tool_attrs["gen_ai.tool.name"] == "lookup"
    assert tool_attrs["gen_ai.tool.type"] == "function"
    assert tool_attrs["gen_ai.tool.call.id"] in {"call_1_0", "call_1_1"}
    assert tool_attrs["agentkit.tool.runs_in"] == "host"
    assert first.status.status_code == StatusCode.UNSET
    # Content is off by default: no arguments, results or messages anywhere.
    for span in spans:
        assert not any(
            key.startswith(("gen_ai.tool.call.arguments", "gen_ai.tool.call.result"))
            for key in span.attributes or {}
        )
        assert "gen_ai.input.messages" not in (span.attributes or {})
        assert "gen_ai.output.messages" not in (span.attributes or {})

    assert failed.status.status_code == StatusCode.ERROR
    assert (failed.attributes or {})["error.type"] == "tool_error"
    assert "disk full" not in json.dumps(dict(failed.attributes or {})) + str(failed.status.description)


async def test_step_limit_marks_the_run_span(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    outputs = [call("lookup", f"key:{s('a')}") + "<|tool_response>"] * 3
    agent = Agent(ReplayEngine(outputs, tokenizer), [lookup], limits=Limits(max_steps=2), tracing=provider)
    result = await agent.run("Loop.")
    assert result.exit_reason is ExitReason.MAX_STEPS
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]  # no agent name given: the bare operation name
    assert len(named["chat replay"]) == 2 and len(named["execute_tool lookup"]) == 2
    assert root.status.status_code == StatusCode.ERROR
    assert (root.attributes or {})["error.type"] == "max_steps"
    assert (root.attributes or {})["agentkit.exit_reason"] == "max_steps"
    assert "step limit" in str(root.status.description)


async def test_unknown_tool_and_malformed_call_are_error_spans(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    outputs = [
        call("multiply", "a:2,b:3") + "<|tool_response>",
        "<|tool_call>call:lookup{key:}<tool_call|><|tool_response>",
        "Fine.<turn|>",
    ]
    agent = Agent(ReplayEngine(outputs, tokenizer), [lookup], tracing=provider)
    await agent.run("Go.")
    named = by_name(exporter.get_finished_spans())
    (unknown,) = named["execute_tool multiply"]
    assert unknown.status.status_code == StatusCode.ERROR
    assert (unknown.attributes or {})["error.type"] == "unknown_tool"
    malformed = [
        sp
        for name, spans in named.items()
        if name.startswith("execute_tool")
        for sp in spans
        if sp is not unknown
    ]
    assert len(malformed) == 1 and malformed[0].status.status_code == StatusCode.ERROR
    assert (malformed[0].attributes or {})["error.type"] not in ("tool_error", "unknown_tool")


class BrokenEngine:
    """A ReplayEngine whose second request fails: an engine error that ends the run."""

    def __init__(self, inner: ReplayEngine) -> None:
        self.inner = inner
        self.requests = 0

    @property
    def tokenizer(self) -> Any:
        return self.inner.tokenizer

    @property
    def context_length(self) -> int:
        return self.inner.context_length

    async def stream(self, prompt_ids: Any, sampling: Any, *, request_id: str, media: Any = None) -> Any:
        self.requests += 1
        if self.requests == 2:
            from agentkit.engines.base import EngineError

            raise EngineError(f"server said no (key {SECRET})")
        async for chunk in self.inner.stream(prompt_ids, sampling, request_id=request_id, media=media):
            yield chunk

    async def abort(self, request_id: str) -> None:
        await self.inner.abort(request_id)

    async def close(self) -> None:
        await self.inner.close()


async def test_engine_error_is_recorded_on_the_step_and_the_run(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPSTREAM_API_KEY", SECRET)
    outputs = [call("lookup", f"key:{s('a')}") + "<|tool_response>", "never<turn|>"]
    agent = Agent(BrokenEngine(ReplayEngine(outputs, tokenizer)), [lookup], tracing=provider)
    with pytest.raises(Exception, match="server said no"):
        await agent.run("Go.")
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]
    chats = sorted(named["chat replay"], key=lambda sp: sp.attributes["agentkit.step"])  # type: ignore[index]
    assert len(chats) == 2
    for span in (root, chats[1]):
        assert span.status.status_code == StatusCode.ERROR
        assert (span.attributes or {})["error.type"] == "EngineError"
        (exception,) = [e for e in span.events if e.name == "exception"]
        assert (exception.attributes or {})["exception.type"].endswith("EngineError")
        assert SECRET not in str(exception.attributes) and SECRET not in str(span.status.description)
        assert "[REDACTED]" in str((exception.attributes or {})["exception.message"])
    assert chats[0].status.status_code == StatusCode.UNSET
    assert parent_id(chats[1]) == span_id(root)


async def test_content_capture_is_opt_in_and_never_leaks_secrets(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERVICE_PASSWORD", SECRET)
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    outputs = [
        call("login", f"user:{s('ada')},password:{s('hunter22-not-in-env')}")
        + call("lookup", f"key:{s(SECRET)}")
        + "<|tool_response>",
        "Logged in.<turn|>",
    ]
    agent = Agent(
        ReplayEngine(outputs, tokenizer),
        [login, lookup],
        system_prompt="You log people in.",
        tracing=provider,
        parallel_tool_calls=False,
    )
    await agent.run(f"Log in as ada; the vault key is {SECRET}.")
    spans = exporter.get_finished_spans()
    dumped = json.dumps(
        [
            {**dict(sp.attributes or {}), "events": [dict(e.attributes or {}) for e in sp.events]}
            for sp in spans
        ],
        default=str,
    )
    assert SECRET not in dumped
    assert "hunter22-not-in-env" not in dumped  # a secret-named argument is redacted by its key
    named = by_name(spans)
    (login_span,) = named["execute_tool login"]
    arguments = json.loads(str((login_span.attributes or {})["gen_ai.tool.call.arguments"]))
    assert arguments == {"user": "ada", "password": "[REDACTED]"}
    assert json.loads(str((login_span.attributes or {})["gen_ai.tool.call.result"])) == "logged in as ada"
    (lookup_span,) = named["execute_tool lookup"]
    assert json.loads(str((lookup_span.attributes or {})["gen_ai.tool.call.arguments"])) == {
        "key": "[REDACTED]"
    }
    chats = sorted(named["chat replay"], key=lambda sp: sp.attributes["agentkit.step"])  # type: ignore[index]
    first = chats[0].attributes or {}
    assert json.loads(str(first["gen_ai.system_instructions"])) == [
        {"type": "text", "content": "You log people in."}
    ]
    inputs = json.loads(str(first["gen_ai.input.messages"]))
    assert inputs == [
        {
            "role": "user",
            "parts": [{"type": "text", "content": "Log in as ada; the vault key is [REDACTED]."}],
        }
    ]
    output = json.loads(str(first["gen_ai.output.messages"]))
    assert [p["type"] for p in output[0]["parts"]] == ["tool_call", "tool_call"]
    second = json.loads(str((chats[1].attributes or {})["gen_ai.input.messages"]))
    assert [m["role"] for m in second] == ["user", "assistant", "tool", "tool"]
    assert second[2]["parts"][0]["type"] == "tool_call_response"
    # Sequential calls (parallel_tool_calls=False) are placed one after the other.
    assert (login_span.end_time or 0) <= (lookup_span.start_time or 0)


async def test_capture_off_by_env(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "false")
    outputs = [call("lookup", f"key:{s('alpha')}") + "<|tool_response>", "ok<turn|>"]
    await Agent(ReplayEngine(outputs, tokenizer), [lookup], tracing=provider).run("alpha please")
    dumped = json.dumps([dict(sp.attributes or {}) for sp in exporter.get_finished_spans()], default=str)
    assert "alpha" not in dumped


async def test_tracing_off_makes_no_spans_and_leaves_events_alone(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    outputs = [call("lookup", f"key:{s('a')}") + "<|tool_response>", "ok<turn|>"]
    traced_agent = Agent(ReplayEngine(outputs, tokenizer), [lookup], tracing=provider)
    plain_agent = Agent(ReplayEngine(outputs, tokenizer), [lookup], tracing=False)
    traced_types = [e.type async for e in traced_agent.run_stream("go")]
    plain_stream = plain_agent.run_stream("go")
    plain_types = [e.type async for e in plain_stream]
    assert traced_types == plain_types
    assert plain_stream._events.__qualname__ == "Run.events"  # the run's own events, no span wrapper
    assert (
        len(exporter.get_finished_spans()) == 4
    )  # the traced run only: invoke_agent, 2 chat, 1 execute_tool


async def test_global_provider_is_followed_by_default(tokenizer: Any, exporter: InMemorySpanExporter) -> None:
    from agentkit.tracing import resolve

    assert resolve(False) is None
    # The default (None) traces only when the application installed a global SDK provider.
    from opentelemetry import trace

    if isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider):
        assert resolve(None) is None
    with pytest.raises(Exception, match="tracing must be"):
        resolve(42)


@tool(runs_in="host", read_only=True)
async def slow(seconds: float) -> str:
    """Sleep, then answer.

    Args:
        seconds: How long to sleep, in seconds.
    """
    await anyio.sleep(seconds)
    return "done"


async def test_wall_time_during_tools_marks_the_interrupted_calls(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    outputs = [call("slow", "seconds:5") + call("slow", "seconds:5") + "<|tool_response>", "never<turn|>"]
    limits = Limits(max_wall_time_s=0.5)
    agent = Agent(ReplayEngine(outputs, tokenizer), [slow], limits=limits, tracing=provider)
    result = await agent.run("Wait.")
    assert result.exit_reason is ExitReason.WALL_TIME
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]
    calls = named["execute_tool slow"]
    assert len(calls) == 2
    for span in calls:
        assert span.status.status_code == StatusCode.ERROR
        assert (span.attributes or {})["error.type"] == "wall_time"
        assert parent_id(span) == span_id(root)
    assert (root.attributes or {})["error.type"] == "wall_time"


async def test_cancelled_run_ends_every_span(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    engine = ReplayEngine(["x " * 1000 + "<turn|>"], tokenizer, delay_s=0.01)
    with anyio.move_on_after(0.3):
        await Agent(engine, [], tracing=provider).run("go")
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]
    (chat,) = named["chat replay"]
    assert root.status.status_code == StatusCode.ERROR
    assert (root.attributes or {})["error.type"] == "cancelled"
    assert (root.attributes or {})["agentkit.exit_reason"] == "cancelled"
    assert chat.end_time is not None and parent_id(chat) == span_id(root)


async def test_resumed_run_is_traced_from_where_it_picks_up(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter, tmp_path: Any
) -> None:
    outputs = [
        call("lookup", f"key:{s('a')}") + "<|tool_response>",
        call("lookup", f"key:{s('b')}") + "<|tool_response>",
        "Done.<turn|>",
    ]
    path = tmp_path / "full.jsonl"
    await Agent(ReplayEngine(outputs, tokenizer), [lookup]).run("go", trajectory=path)
    lines = path.read_text().splitlines()
    cut = next(i for i, line in enumerate(lines) if '"tool_call"' in line and '"call_2_0"' in line)
    truncated = tmp_path / "cut.jsonl"
    truncated.write_text("\n".join(lines[: cut + 1]) + "\n")
    agent = Agent(ReplayEngine(outputs[2:], tokenizer), [lookup], tracing=provider)
    result = await agent.resume(truncated)
    assert result.ok
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]
    (tool_span,) = named["execute_tool lookup"]  # only the call whose result was missing ran
    (chat,) = named["chat replay"]  # step 3
    assert (tool_span.attributes or {})["gen_ai.tool.call.id"] == "call_2_0"
    assert (chat.attributes or {})["agentkit.step"] == 3
    assert (root.attributes or {})["gen_ai.conversation.id"] == result.run_id
    assert parent_id(tool_span) == parent_id(chat) == span_id(root)


def test_http_engine_is_described_as_a_remote_vllm_server(tokenizer: Any) -> None:
    from agentkit.engines.http import HTTPEngine, HTTPEngineConfig
    from agentkit.tracing.engine_info import describe_engine

    engine = HTTPEngine(
        HTTPEngineConfig(base_urls=("https://gpu.example:8443/v1",), model="gemma-4-31b", api_key=SECRET),
        tokenizer,
    )
    info = describe_engine(engine)
    assert (info.provider, info.model, info.remote, info.server) == (
        "vllm",
        "gemma-4-31b",
        True,
        ("gpu.example", 8443),
    )
    assert info.secrets == (SECRET,)
    two = HTTPEngine(HTTPEngineConfig(base_urls=("http://a:1/v1", "http://b:2/v1"), model="m"), tokenizer)
    assert describe_engine(two).server is None  # failover: no single server to name


def test_no_opentelemetry_import_when_tracing_is_off(tokenizer: Any) -> None:
    """A run in a fresh process with tracing left at its default never imports OpenTelemetry."""
    import os
    import subprocess
    import sys

    from conftest import REPO_ROOT, TOKENIZER_JSON

    script = f"""
import sys, anyio
from agentkit.agent import Agent
from agentkit.engines.replay import ReplayEngine
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
tok = Gemma4Tokenizer.from_file({str(TOKENIZER_JSON)!r})
result = anyio.run(lambda: Agent(ReplayEngine(["Hi.<turn|>"], tok)).run("hi"))
assert result.ok
print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.docker
async def test_sandbox_lease_time_and_sandboxed_tool_span(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    from agentkit_tools import default_toolset

    outputs = ['<|tool_call>call:shell{command:<|"|>echo hi<|"|>}<tool_call|><|tool_response>', "hi<turn|>"]
    agent = Agent(ReplayEngine(outputs, tokenizer), default_toolset(["shell"]), tracing=provider)
    result = await agent.run("say hi")
    assert result.ok
    named = by_name(exporter.get_finished_spans())
    (root,) = named["invoke_agent"]
    (shell,) = named["execute_tool shell"]
    # A fresh hardened container takes a few hundred milliseconds to start; the lease covers it.
    assert (root.attributes or {})["agentkit.sandbox.lease_s"] > 0.05
    assert (shell.attributes or {})["agentkit.tool.runs_in"] == "sandbox"
    assert shell.status.status_code == StatusCode.UNSET


class SpanSpyEngine(BrokenEngine):
    """Records the current OpenTelemetry span each time the loop asks the engine for a completion."""

    def __init__(self, inner: ReplayEngine) -> None:
        super().__init__(inner)
        self.seen: list[int] = []

    async def stream(self, prompt_ids: Any, sampling: Any, *, request_id: str, media: Any = None) -> Any:
        from opentelemetry import trace

        self.seen.append(trace.get_current_span().get_span_context().span_id)
        async for chunk in self.inner.stream(prompt_ids, sampling, request_id=request_id, media=media):
            yield chunk


SEEN_IN_TOOLS: list[int] = []


@tool(runs_in="host", read_only=True)
async def spy(key: str) -> str:
    """Record the current span, then answer.

    Args:
        key: Any key; it is echoed back.
    """
    from opentelemetry import trace

    SEEN_IN_TOOLS.append(trace.get_current_span().get_span_context().span_id)
    return key


async def test_engine_calls_run_under_their_chat_span_and_tools_under_the_run(
    tokenizer: Any, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    SEEN_IN_TOOLS.clear()
    outputs = [call("spy", f"key:{s('a')}") + call("spy", f"key:{s('b')}") + "<|tool_response>", "ok<turn|>"]
    engine = SpanSpyEngine(ReplayEngine(outputs, tokenizer))
    await Agent(engine, [spy], tracing=provider).run("go")
    named = by_name(exporter.get_finished_spans())
    chats = sorted(named["chat replay"], key=lambda sp: sp.attributes["agentkit.step"])  # type: ignore[index]
    (root,) = named["invoke_agent"]
    # An instrumented engine client (httpx for the HTTP engine) would nest its spans under the step's chat.
    assert engine.seen == [span_id(chats[0]), span_id(chats[1])]
    assert SEEN_IN_TOOLS == [span_id(root), span_id(root)]


async def test_a_failing_tracer_never_breaks_the_run(
    tokenizer: Any, exporter: InMemorySpanExporter, caplog: pytest.LogCaptureFixture
) -> None:
    class FailingTracer:
        """A real SDK tracer that fails from its second span on (an exporter or SDK bug, say)."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner
            self.started = 0

        def start_span(self, *args: Any, **kwargs: Any) -> Any:
            self.started += 1
            if self.started > 1:
                raise RuntimeError("tracer broke")
            return self.inner.start_span(*args, **kwargs)

    class FailingProvider(TracerProvider):
        def get_tracer(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            return FailingTracer(super().get_tracer(*args, **kwargs))

    provider = FailingProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    outputs = [call("lookup", f"key:{s('a')}") + "<|tool_response>", "ok<turn|>"]
    result = await Agent(ReplayEngine(outputs, tokenizer), [lookup], tracing=provider).run("go")
    assert result.ok and result.output == "ok"
    assert "tracing failed" in caplog.text and "tracer broke" in caplog.text
    assert [span.name for span in exporter.get_finished_spans()] == ["invoke_agent"]  # ended, not left open
