"""Span and attribute names: the GenAI conventions' (see the package docstring for the version) and
agentkit's own, which live under ``agentkit.``.

Spelled out here rather than imported from ``opentelemetry-semantic-conventions``: its GenAI names sit in
an ``_incubating`` module that changes between releases, and these must match the convention version
cited, not whichever package happens to be installed.
"""

from __future__ import annotations

from typing import Final

# Operations (gen_ai.operation.name) and the span names built from them.
OP_INVOKE_AGENT: Final = "invoke_agent"
OP_CHAT: Final = "chat"
OP_EXECUTE_TOOL: Final = "execute_tool"

# GenAI attributes.
OPERATION_NAME: Final = "gen_ai.operation.name"
PROVIDER_NAME: Final = "gen_ai.provider.name"
AGENT_NAME: Final = "gen_ai.agent.name"
CONVERSATION_ID: Final = "gen_ai.conversation.id"
REQUEST_MODEL: Final = "gen_ai.request.model"
REQUEST_TEMPERATURE: Final = "gen_ai.request.temperature"
REQUEST_TOP_P: Final = "gen_ai.request.top_p"
REQUEST_TOP_K: Final = "gen_ai.request.top_k"
REQUEST_MAX_TOKENS: Final = "gen_ai.request.max_tokens"
REQUEST_SEED: Final = "gen_ai.request.seed"
REQUEST_STREAM: Final = "gen_ai.request.stream"
RESPONSE_FINISH_REASONS: Final = "gen_ai.response.finish_reasons"
USAGE_INPUT_TOKENS: Final = "gen_ai.usage.input_tokens"
USAGE_OUTPUT_TOKENS: Final = "gen_ai.usage.output_tokens"
USAGE_CACHE_READ_INPUT_TOKENS: Final = "gen_ai.usage.cache_read.input_tokens"
TOOL_NAME: Final = "gen_ai.tool.name"
TOOL_CALL_ID: Final = "gen_ai.tool.call.id"
TOOL_TYPE: Final = "gen_ai.tool.type"
TOOL_DESCRIPTION: Final = "gen_ai.tool.description"
# Opt-in content (OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT), recorded as JSON strings.
INPUT_MESSAGES: Final = "gen_ai.input.messages"
OUTPUT_MESSAGES: Final = "gen_ai.output.messages"
SYSTEM_INSTRUCTIONS: Final = "gen_ai.system_instructions"
TOOL_CALL_ARGUMENTS: Final = "gen_ai.tool.call.arguments"
TOOL_CALL_RESULT: Final = "gen_ai.tool.call.result"

# General conventions.
ERROR_TYPE: Final = "error.type"
SERVER_ADDRESS: Final = "server.address"
SERVER_PORT: Final = "server.port"
EXCEPTION_TYPE: Final = "exception.type"
EXCEPTION_MESSAGE: Final = "exception.message"
EXCEPTION_STACKTRACE: Final = "exception.stacktrace"

#: error.type of a tool that ran and returned an error result (exception, timeout, invalid arguments).
TOOL_ERROR: Final = "tool_error"

# agentkit's own.
AK_STEP: Final = "agentkit.step"
AK_STEPS: Final = "agentkit.steps"
AK_TOOLS: Final = "agentkit.tools"
AK_EXIT_REASON: Final = "agentkit.exit_reason"
AK_TTFT_S: Final = "agentkit.time_to_first_token_s"
AK_DECODE_TPS: Final = "agentkit.decode_tokens_per_s"
AK_PREFIX_CACHE_HIT: Final = "agentkit.prefix_cache.hit"
AK_PREFIX_STABLE: Final = "agentkit.prefix_stable"
AK_ENGINE_REQUESTS: Final = "agentkit.engine_requests"
AK_REPAIRS: Final = "agentkit.repairs"
AK_REPAIRS_TOTAL: Final = "agentkit.repairs_total"
AK_SANDBOX_LEASE_S: Final = "agentkit.sandbox.lease_s"
AK_TOOL_RUNS_IN: Final = "agentkit.tool.runs_in"
AK_TOOL_DURATION_S: Final = "agentkit.tool.duration_s"
AK_TOOL_CALLS: Final = "agentkit.tool_calls"
AK_FAILED_TOOL_CALLS: Final = "agentkit.failed_tool_calls"
AK_ERROR_KIND: Final = "agentkit.error.kind"
AK_ERROR_EVENT: Final = "agentkit.error"
