"""Tracing configuration: the content opt-in, switching off, the task's ``tracing:`` section, redaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import write_task

from agentkit.task import TaskError, load_task, prepare
from agentkit.task.build import build_agent, dry_run_agent
from agentkit.tracing import TracingConfig, TracingError, capture_from_env, resolve
from agentkit.tracing.redact import REDACTED, Redactor

BASE = """
version: 1
name: helper
engine: {kind: replay, outputs: ["Done.<turn|>"]}
model: {tokenizer: "{tokenizer}"}
prompt: Hello.
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", False),
        ("false", False),
        ("NO_CONTENT", False),
        ("EVENT_ONLY", False),
        ("true", True),
        ("SPAN_ONLY", True),
    ],
)
def test_capture_setting_values(value: str, expected: bool) -> None:
    assert capture_from_env({"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": value}) is expected


def test_capture_setting_rejects_what_it_does_not_know() -> None:
    with pytest.raises(TracingError, match="OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT='maybe'"):
        capture_from_env({"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "maybe"})


def test_explicit_capture_wins_over_the_environment() -> None:
    env = {"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}
    assert TracingConfig(capture_content=False).capture(env) is False
    assert TracingConfig().capture(env) is True


def test_off_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    from opentelemetry.sdk.trace import TracerProvider

    provider = TracerProvider()
    assert resolve(False) is None
    assert resolve(TracingConfig(enabled=False, tracer_provider=provider)) is None
    active = resolve(provider)
    assert active is not None and active.capture is False
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    assert resolve(provider) is None


def test_redactor_replaces_secret_values_and_secret_keys() -> None:
    redactor = Redactor(
        secrets=["given-secret-123"], environ={"GITHUB_TOKEN": "ghp_abcdef123456", "HOME": "/root/x"}
    )
    value = {
        "text": "token ghp_abcdef123456 and given-secret-123, home /root/x",
        "password": "short",
        "author": "Ada",
        "nested": [{"Authorization": "Bearer zzz"}, {"api_key": None}],
    }
    assert redactor.value(value) == {
        "text": f"token {REDACTED} and {REDACTED}, home /root/x",
        "password": REDACTED,
        "author": "Ada",
        "nested": [{"Authorization": REDACTED}, {"api_key": None}],
    }
    # The tokenizer path is not a secret just because its variable says TOKEN...IZER.
    assert Redactor(environ={"AGENTKIT_TOKENIZER": "/work/tokenizer.json"}).text("/work/tokenizer.json") == (
        "/work/tokenizer.json"
    )


def test_task_tracing_section_builds_the_config(tmp_path: Path) -> None:
    path = write_task(tmp_path, BASE + "tracing: {capture_content: true, max_content_chars: 100}\n")
    agent = dry_run_agent(prepare(load_task(path), {}))
    assert agent.tracing == TracingConfig(agent_name="helper", capture_content=True, max_content_chars=100)


def test_task_without_tracing_section_turns_it_off(tmp_path: Path) -> None:
    prepared = prepare(load_task(write_task(tmp_path, BASE)), {})
    assert dry_run_agent(prepared).tracing is False
    off = prepare(load_task(write_task(tmp_path, BASE + "tracing: {enabled: false}\n", name="off.yaml")), {})
    assert build_agent(off, dry_run_agent(off).engine).tracing is False


def test_task_tracing_section_errors_are_located(tmp_path: Path) -> None:
    path = write_task(tmp_path, BASE + "tracing:\n  capture: true\n")
    with pytest.raises(TaskError) as caught:
        prepare(load_task(path), {})
    report = str(caught.value)
    assert "tracing" in report and "capture" in report and ":7" in report
