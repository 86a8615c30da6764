"""How tracing is switched on, where spans go, and whether content is captured.

Nothing here imports OpenTelemetry: deciding that tracing is off costs a dictionary look-up and an
environment read per run, and no work at all per event.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from agentkit.distribution import install_hint

#: The opt-in the GenAI conventions name for recording messages, tool arguments and tool results.
CAPTURE_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
# Values the OpenTelemetry Python GenAI instrumentations accept; the two that put content on spans.
_CAPTURE_ON = {"true", "1", "yes", "on", "span_only", "span_and_event"}
_CAPTURE_OFF = {"", "false", "0", "no", "off", "no_content", "event_only"}

OTEL_MISSING = (
    f"tracing needs OpenTelemetry: {install_hint('otel')} "
    "(opentelemetry-api, opentelemetry-sdk, opentelemetry-exporter-otlp-proto-http)"
)


class TracingError(RuntimeError):
    """Tracing was asked for but cannot be set up; the message says what is missing."""


@dataclass(frozen=True)
class TracingConfig:
    """Tracing for an `Agent` (``Agent(..., tracing=TracingConfig(...))``) or a task's ``tracing:``.

    * ``tracer_provider``: an OpenTelemetry ``TracerProvider``. None: the global one when the application
      set it up, else one agentkit builds from the standard ``OTEL_*`` variables (OTLP over HTTP to
      ``OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT``, ``OTEL_SERVICE_NAME``, ``OTEL_TRACES_EXPORTER=console|none``).
    * ``capture_content``: record prompts, outputs, tool arguments and results on spans. None: read
      ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` (off unless set). Secrets are redacted
      either way (see `agentkit.tracing.redact`).
    * ``agent_name``: ``gen_ai.agent.name`` and the run span's name (``invoke_agent {agent_name}``).
    * ``provider_name`` / ``model``: override ``gen_ai.provider.name`` / ``gen_ai.request.model``, which are
      otherwise derived from the engine.
    * ``max_content_chars``: captured strings longer than this are cut (the JSON structure is kept).
    """

    enabled: bool = True
    tracer_provider: Any = None
    capture_content: bool | None = None
    agent_name: str | None = None
    provider_name: str | None = None
    model: str | None = None
    max_content_chars: int = 16_384

    def __post_init__(self) -> None:
        if self.max_content_chars < 16:
            raise ValueError(f"max_content_chars must be >= 16, got {self.max_content_chars}")

    def capture(self, environ: Mapping[str, str] | None = None) -> bool:
        if self.capture_content is not None:
            return self.capture_content
        return capture_from_env(environ)


def capture_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` opts in to content on spans."""
    value = (os.environ if environ is None else environ).get(CAPTURE_ENV, "").strip().lower()
    if value in _CAPTURE_ON:
        return True
    if value in _CAPTURE_OFF:
        return False
    raise TracingError(
        f"{CAPTURE_ENV}={value!r} is not understood; use true or false "
        "(or SPAN_ONLY / SPAN_AND_EVENT / NO_CONTENT / EVENT_ONLY)"
    )


def sdk_disabled(environ: Mapping[str, str] | None = None) -> bool:
    return (os.environ if environ is None else environ).get("OTEL_SDK_DISABLED", "").strip().lower() == "true"


#: What `Agent(tracing=...)` accepts: None (follow the application's global OpenTelemetry setup), True or
#: False, a `TracingConfig`, or a ``TracerProvider`` to use as it is.
TracingSetting = Any


@dataclass(frozen=True)
class ActiveTracing:
    """Tracing resolved for one run: the tracer to use and the settings it runs with."""

    tracer: Any
    config: TracingConfig
    capture: bool


def resolve(setting: TracingSetting) -> ActiveTracing | None:
    """The tracing a run gets from ``setting``; None means off (and then no OpenTelemetry is imported)."""
    if setting is False or setting is None and "opentelemetry.trace" not in sys.modules:
        # An application that set up OpenTelemetry has imported it; one that has not gets no tracing
        # by default, and pays nothing for it.
        return None
    if sdk_disabled():
        return None
    if setting is None:
        provider = _global_provider()
        if provider is None:
            return None
        config = TracingConfig(tracer_provider=provider)
    elif setting is True:
        config = TracingConfig()
    elif isinstance(setting, TracingConfig):
        if not setting.enabled:
            return None
        config = setting
    elif hasattr(setting, "get_tracer"):
        config = TracingConfig(tracer_provider=setting)
    else:
        raise TracingError(
            f"tracing must be None, True, False, a TracingConfig or a TracerProvider, not {type(setting).__name__}"
        )
    provider = config.tracer_provider or _global_provider() or env_provider()
    from agentkit._version import __version__

    tracer = provider.get_tracer("agentkit", __version__)
    return ActiveTracing(tracer=tracer, config=config, capture=config.capture())


def _global_provider() -> Any:
    """The application's global TracerProvider, or None while it is still the API's proxy or no-op."""
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    provider = trace.get_tracer_provider()
    if isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
        return None
    return provider


_ENV_PROVIDER: Any = None
_ENV_LOCK = threading.Lock()


def env_provider() -> Any:
    """One SDK TracerProvider per process, configured by the standard OTEL_* environment variables.

    The exporter is OTLP over HTTP/protobuf (``OTEL_TRACES_EXPORTER`` may say ``console`` or ``none``);
    the exporter itself reads the endpoint, headers, timeout and compression variables. Spans are
    batched and flushed when the process exits (or by `flush`).
    """
    global _ENV_PROVIDER
    with _ENV_LOCK:
        if _ENV_PROVIDER is not None:
            return _ENV_PROVIDER
        try:
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider
            from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
        except ImportError as error:
            raise TracingError(OTEL_MISSING) from error
        provider = TracerProvider(resource=_resource(Resource))
        kinds = [
            k.strip() for k in os.environ.get("OTEL_TRACES_EXPORTER", "otlp").lower().split(",") if k.strip()
        ]
        for kind in kinds:
            if kind == "none":
                continue
            if kind == "console":
                provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter()))
            elif kind == "otlp":
                try:
                    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
                except ImportError as error:
                    raise TracingError(OTEL_MISSING) from error
                provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
            else:
                raise TracingError(
                    f"OTEL_TRACES_EXPORTER={kind!r} is not supported by agentkit; use otlp, console or none"
                )
        atexit.register(provider.shutdown)
        _ENV_PROVIDER = provider
        return provider


def _resource(resource_type: Any) -> Any:
    # Resource.create reads OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES; name the service only when
    # neither did (the SDK's fallback is "unknown_service").
    resource = resource_type.create()
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(resource_type({"service.name": "agentkit"}))
    return resource


def flush(timeout_s: float = 10.0) -> None:
    """Export what agentkit's own provider (the one built from the environment) still holds."""
    provider = _ENV_PROVIDER
    if provider is not None:
        provider.force_flush(int(timeout_s * 1000))
