"""OpenTelemetry spans for agent runs, following the GenAI semantic conventions (optional: agentkit[otel]).

Convention version: the **development** version of the OpenTelemetry GenAI semantic conventions, as
published in ``open-telemetry/semantic-conventions-genai`` on main after its first standalone release
v0.1.0 (the "Unreleased" section; GenAI moved there from semantic-conventions after v1.41.0; it depends
on semantic-conventions v1.45.0). Read on 2026-11-30 from docs/gen-ai/gen-ai-spans.md (inference and
execute-tool spans, content capture) and docs/gen-ai/gen-ai-agent-spans.md (invoke_agent internal span).

One run gives::

    invoke_agent {agent name}          INTERNAL   gen_ai.operation.name=invoke_agent, conversation id = run id
      chat {model}                     INTERNAL (CLIENT for the HTTP engine)   one per step (engine call)
      execute_tool {tool name}         INTERNAL   one per tool call; parallel calls are siblings
      chat {model}
      ...

Attributes are the convention's (``gen_ai.provider.name``, ``gen_ai.request.model``, temperature, top_p,
top_k, max_tokens, seed, ``gen_ai.response.finish_reasons``, ``gen_ai.conversation.id``,
``gen_ai.usage.input_tokens`` / ``output_tokens`` / ``cache_read.input_tokens``, ``gen_ai.tool.name`` /
``call.id`` / ``type`` / ``description``, ``error.type``) plus agentkit's under ``agentkit.`` (see
`agentkit.tracing.attributes`). ``agentkit.time_to_first_token_s`` is the engine's own figure (vLLM
measures from the request's arrival), not the convention's client-side ``gen_ai.response.time_to_first_chunk``,
which the event stream cannot measure and is therefore not set. Errors set the span status to ERROR with ``error.type``; an exception
that ends the run is recorded on the run span (and on the step it interrupted).

Content (messages, tool arguments and results) is recorded only when asked:
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true`` or ``TracingConfig(capture_content=True)``.
Secrets are redacted even then (`agentkit.tracing.redact`).

Switching it on: ``Agent(..., tracing=True | TracingConfig(...) | tracer_provider)``; or, with the
default ``tracing=None``, whenever the application has installed a global TracerProvider; or a
``tracing:`` section in task.yaml. Off (the default without OpenTelemetry set up), a run pays one
dictionary look-up and nothing per event; OpenTelemetry is not even imported.
"""

from __future__ import annotations

from agentkit.tracing.config import (
    CAPTURE_ENV,
    ActiveTracing,
    TracingConfig,
    TracingError,
    TracingSetting,
    capture_from_env,
    flush,
    resolve,
)
from agentkit.tracing.hook import traced

__all__ = [
    "CAPTURE_ENV",
    "ActiveTracing",
    "TracingConfig",
    "TracingError",
    "TracingSetting",
    "capture_from_env",
    "flush",
    "resolve",
    "traced",
]
