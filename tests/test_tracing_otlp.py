"""Spans exported over OTLP/HTTP (protobuf) to a real receiver started here.

The receiver is a plain HTTP server that decodes each ``/v1/traces`` body with opentelemetry-proto's
``ExportTraceServiceRequest``, the message a collector receives. Once through the SDK with a
``TracerProvider`` the test builds, once through ``agentkit run`` in a subprocess configured only by a
``tracing:`` section and the standard OTEL_* variables.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from cli_helpers import agentkit, write_outputs, write_task
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue

from agentkit.agent import Agent
from agentkit.engines.replay import ReplayEngine
from agentkit.tool import tool


class Receiver:
    """An OTLP/HTTP trace receiver: collects every span it is sent, with its resource attributes."""

    def __init__(self) -> None:
        self.spans: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                request = ExportTraceServiceRequest()
                request.ParseFromString(body)
                receiver.collect(self.path, self.headers.get("Content-Type", ""), request)
                reply = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def collect(self, path: str, content_type: str, request: ExportTraceServiceRequest) -> None:
        assert content_type == "application/x-protobuf", content_type
        with self.lock:
            self.paths.append(path)
            for resource_spans in request.resource_spans:
                resource = {kv.key: _value(kv.value) for kv in resource_spans.resource.attributes}
                for scope_spans in resource_spans.scope_spans:
                    for span in scope_spans.spans:
                        self.spans.append(
                            {
                                "name": span.name,
                                "trace_id": span.trace_id.hex(),
                                "span_id": span.span_id.hex(),
                                "parent_span_id": span.parent_span_id.hex(),
                                "kind": span.kind,
                                "status": span.status.code,
                                "scope": scope_spans.scope.name,
                                "resource": resource,
                                "attributes": {kv.key: _value(kv.value) for kv in span.attributes},
                            }
                        )


def _value(value: AnyValue) -> Any:
    which = value.WhichOneof("value")
    if which == "array_value":
        return [_value(v) for v in value.array_value.values]
    return getattr(value, which) if which else None


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found = Receiver()
    found.thread.start()
    yield found
    found.server.shutdown()
    found.server.server_close()


@tool(runs_in="host", read_only=True)
def lookup(key: str) -> str:
    """Look a key up.

    Args:
        key: The key to look up in the table.
    """
    return key.upper()


OUTPUTS = [
    (
        '<|tool_call>call:lookup{key:<|"|>a<|"|>}<tool_call|><|tool_call>call:lookup{key:<|"|>b<|"|>}<tool_call|>'
        "<|tool_response>"
    ),
    "A and B.<turn|>",
]


def check_tree(spans: list[dict[str, Any]], root_name: str) -> None:
    names = sorted(span["name"] for span in spans)
    assert names == ["chat replay", "chat replay", "execute_tool lookup", "execute_tool lookup", root_name], (
        names
    )
    (root,) = [span for span in spans if span["name"] == root_name]
    assert root["parent_span_id"] == ""
    for span in spans:
        assert span["trace_id"] == root["trace_id"]
        if span is not root:
            assert span["parent_span_id"] == root["span_id"]
    assert root["attributes"]["gen_ai.operation.name"] == "invoke_agent"
    assert root["attributes"]["agentkit.exit_reason"] == "final_answer"
    tools = [span for span in spans if span["name"] == "execute_tool lookup"]
    assert sorted(span["attributes"]["gen_ai.tool.call.id"] for span in tools) == ["call_1_0", "call_1_1"]
    chat = next(span for span in spans if span["name"] == "chat replay")
    assert chat["attributes"]["gen_ai.provider.name"] == "agentkit.replay"
    assert chat["attributes"]["gen_ai.usage.input_tokens"] > 0
    assert chat["scope"] == "agentkit"


@pytest.mark.anyio
async def test_sdk_provider_exports_over_otlp_http(tokenizer: Any, receiver: Receiver) -> None:
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": "otlp-test"}))
    provider.add_span_processor(
        BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{receiver.endpoint}/v1/traces"))
    )
    agent = Agent(ReplayEngine(OUTPUTS, tokenizer), [lookup], tracing=provider)
    result = await agent.run("Look up a and b.")
    assert result.ok
    assert provider.force_flush(10_000)
    provider.shutdown()
    assert receiver.paths and set(receiver.paths) == {"/v1/traces"}
    check_tree(receiver.spans, "invoke_agent")
    assert {span["resource"]["service.name"] for span in receiver.spans} == {"otlp-test"}


def test_cli_task_tracing_section_exports_by_otel_env(tmp_path: Any, receiver: Receiver) -> None:
    (tmp_path / "lookups.py").write_text(
        "from agentkit.tool import tool\n\n\n"
        '@tool(runs_in="host", read_only=True)\n'
        "def lookup(key: str) -> str:\n"
        '    """Look a key up.\n\n    Args:\n        key: The key to look up in the table.\n    """\n'
        "    return key.upper()\n",
        encoding="utf-8",
    )
    write_outputs(tmp_path, OUTPUTS)
    task = write_task(
        tmp_path,
        """
        version: 1
        name: lookups
        engine: {kind: replay, outputs: outputs.jsonl}
        model: {tokenizer: "{tokenizer}"}
        tools: ["lookups.py:lookup"]
        prompt: Look up a and b.
        tracing:
          capture_content: false
        """,
    )
    done = agentkit(
        "run",
        task,
        "--quiet",
        env={
            "OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint,
            "OTEL_SERVICE_NAME": "cli-test",
            "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true",  # the task's false wins
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "A and B."
    check_tree(receiver.spans, "invoke_agent lookups")
    assert {span["resource"]["service.name"] for span in receiver.spans} == {"cli-test"}
    for span in receiver.spans:
        assert "gen_ai.tool.call.arguments" not in span["attributes"]
        assert "gen_ai.input.messages" not in span["attributes"]


def test_cli_without_tracing_section_sends_nothing(tmp_path: Any, receiver: Receiver) -> None:
    write_outputs(tmp_path, ["Hello.<turn|>"])
    task = write_task(
        tmp_path,
        """
        version: 1
        engine: {kind: replay, outputs: outputs.jsonl}
        model: {tokenizer: "{tokenizer}"}
        prompt: Say hello.
        """,
    )
    done = agentkit("run", task, "--quiet", env={"OTEL_EXPORTER_OTLP_ENDPOINT": receiver.endpoint})
    assert done.returncode == 0, done.stderr
    assert receiver.spans == []
