"""The task file, version 1: one agent run described in YAML.

    version: 1
    engine: {kind: replay, outputs: outputs.jsonl}
    model: {tokenizer: "${AGENTKIT_SHARED:-../../../shared}/gemma4/tokenizer.json"}
    tools: [write_file, shell]
    prompt: "Write hello.txt and show it."

Every relative path is relative to the task file's folder, after ``${VAR}`` / ``${VAR:-default}``
expansion (see `agentkit.task.paths`). Unknown keys are errors. ``agentkit schema`` prints the JSON
Schema of this model for editors.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_validator,
)

from agentkit.agent.context import ContextPolicy
from agentkit.agent.limits import Limits
from agentkit.mcp.config import ServerSpec, check_server_name
from agentkit.sandbox.config import SandboxConfig
from agentkit.task.paths import resolve_path

TASK_VERSION = 1
TEMPLATE_REVISIONS = ("2026-04-28", "2026-07-09")


def _base_dir(info: ValidationInfo) -> Path | None:
    context = info.context if isinstance(info.context, dict) else {}
    base = context.get("base_dir")
    return Path(base) if base is not None else None


def _environ(info: ValidationInfo) -> Any:
    context = info.context if isinstance(info.context, dict) else {}
    return context.get("environ")


def _to_path(value: str, info: ValidationInfo) -> str:
    return resolve_path(value, _base_dir(info), _environ(info))


#: A path in the task file: expanded and made absolute against the task file's folder.
TaskPath = Annotated[str, AfterValidator(_to_path)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- engines ------------------------------------------------------------------------------------------


class ReplayEngineSpec(_Strict):
    """Recorded or scripted model outputs played in order: the stand-in for the GPU model."""

    kind: Literal["replay"]
    outputs: TaskPath | list[str] = Field(
        description='A JSONL file of {"completion": str} lines, or the outputs written inline.'
    )
    chunk_tokens: int = Field(4, ge=1, description="Token ids per streamed chunk.")
    delay_s: float = Field(0.0, ge=0, description="Seconds between chunks (to watch the live view).")
    cycle: StrictBool = Field(False, description="Start over after the last output instead of failing.")
    context_length: int | None = Field(None, ge=16, description="Default: Gemma 4's 262144.")


class HTTPEngineSpec(_Strict):
    """An OpenAI-compatible completions server (vLLM, llama.cpp, Ollama), or several for failover."""

    kind: Literal["http"]
    base_urls: list[str] = Field(min_length=1, description="Server URLs ending before /completions (.../v1).")
    served_model: str | None = Field(
        None, description="The model name the server knows (default: model.name)."
    )
    api_key_env: str | None = Field(
        None, description="Name of the environment variable holding the API key (never the key itself)."
    )
    prompt_format: Literal["token_ids", "text"] = "token_ids"
    connect_timeout_s: float = Field(5.0, gt=0)
    read_timeout_s: float = Field(120.0, gt=0)
    max_attempts: int = Field(4, ge=1)
    context_length: int | None = Field(None, ge=16)

    @field_validator("base_urls", mode="before")
    @classmethod
    def _one_url(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("base_urls")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"base URL {url!r} must start with http:// or https://")
        return value

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", value):
            raise ValueError(
                f"{value!r} is not an environment variable name (put the key in the environment)"
            )
        return value


class VLLMEngineSpec(_Strict):
    """vLLM in this process. Unset fields keep `VLLMConfig`'s defaults (NVFP4 on one GPU), or its
    ``cpu_test`` profile when ``device: cpu``."""

    kind: Literal["vllm"]
    device: Literal["cuda", "cpu"] = "cuda"
    quantization: str | None = None
    kv_cache_dtype: str | None = None
    dtype: str | None = None
    max_model_len: int | None = Field(None, ge=2)
    tensor_parallel_size: int | None = Field(None, ge=1)
    gpu_memory_utilization: float | None = Field(None, gt=0, le=1)
    enable_prefix_caching: StrictBool | None = None
    enforce_eager: StrictBool | None = None
    language_model_only: StrictBool | None = None
    max_num_seqs: int | None = Field(None, ge=1)
    seed: int | None = None
    engine_args: dict[str, Any] = Field(default_factory=dict, description="Other AsyncEngineArgs fields.")


class TransformersEngineSpec(_Strict):
    """A Hugging Face model folder run with transformers (small models, CPU tests)."""

    kind: Literal["transformers"]
    device: str = "cpu"
    dtype: str | None = None
    context_length: int | None = Field(None, ge=16)


class SimulatedEngineSpec(_Strict):
    """A benchmark fake: a batching server's timing (shared tokens/s), fixed filler answers."""

    kind: Literal["simulated"]
    tokens_per_s: float = Field(2000.0, gt=0, description="Decode tokens per second, shared by all requests.")
    max_concurrency: int = Field(256, ge=1, description="Requests decoded at once (vLLM's max_num_seqs).")
    output_tokens: int = Field(64, ge=1, description="Tokens in every answer, the end-of-turn included.")
    prefill_tokens_per_s: float | None = Field(None, gt=0, description="Prompt cost; default: free.")
    chunk_tokens: int = Field(8, ge=1, description="Token ids per streamed chunk.")
    context_length: int | None = Field(None, ge=16, description="Default: Gemma 4's 262144.")


EngineSpec = Annotated[
    ReplayEngineSpec | HTTPEngineSpec | VLLMEngineSpec | TransformersEngineSpec | SimulatedEngineSpec,
    Field(discriminator="kind"),
]
ENGINE_KINDS = ("replay", "http", "vllm", "transformers", "simulated")


# -- model, sampling, output --------------------------------------------------------------------------


class ModelSpec(_Strict):
    """Which model, where its tokenizer is, and which chat-template revision to render."""

    name: str | None = Field(
        None,
        description="A checkpoint folder or hub id (vllm, transformers load it; http sends it as the model name).",
    )
    tokenizer: TaskPath | None = Field(
        None,
        description="tokenizer.json, or a folder holding it. Default: the model folder, then $AGENTKIT_SHARED/gemma4/tokenizer.json, then shared/ beside the checkout.",
    )
    revision: Literal["auto", "2026-04-28", "2026-07-09"] = Field(
        "auto",
        description="Chat-template revision; auto reads the model folder's chat_template.jinja (else 2026-04-28).",
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value


class SamplingSpec(_Strict):
    """Sampling for every step. The token budget per step is ``limits.max_tokens_per_step``."""

    temperature: float = Field(1.0, ge=0, description="0 is greedy.")
    top_p: float = Field(0.95, gt=0, le=1)
    top_k: int = Field(64, ge=0, description="0 turns top-k off.")
    seed: int | None = None


OUTPUT_TYPES = ("text", "json", "string", "integer", "number", "boolean")


class OutputSpecModel(_Strict):
    """What the final answer must be, and where to write it."""

    type: str = Field(
        "text",
        description=(
            "text (no validation), json (any JSON), string, integer, number, boolean, or a Pydantic model "
            "as module:Class or file.py:Class"
        ),
    )
    json_schema: dict[str, Any] | TaskPath | None = Field(
        None, alias="schema", description="A JSON Schema, inline or as a .json file; instead of type."
    )
    file: TaskPath | None = Field(None, description="Write the final answer (text or JSON) to this file.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value in OUTPUT_TYPES or ":" in value:
            return value
        raise ValueError(
            f"unknown output type {value!r}; expected one of {', '.join(OUTPUT_TYPES)}, "
            "or a Pydantic model as module:Class / file.py:Class"
        )

    @model_validator(mode="after")
    def _one_of(self) -> OutputSpecModel:
        if self.json_schema is not None and "type" in self.model_fields_set and self.type != "json":
            raise ValueError("give either output.type or output.schema, not both")
        return self


class TracingSpec(_Strict):
    """OpenTelemetry GenAI spans for the run. Where they go is set by the standard OTEL_* variables
    (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_HEADERS, OTEL_SERVICE_NAME, OTEL_TRACES_EXPORTER)."""

    enabled: bool = Field(True, description="Emit spans (needs agentkit[otel]).")
    agent_name: str | None = Field(
        None, description="gen_ai.agent.name and the run span's name (default: name)."
    )
    capture_content: bool | None = Field(
        None,
        description=(
            "Record messages, tool arguments and results (secrets are redacted). "
            "Default: OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT, else off."
        ),
    )
    max_content_chars: int = Field(16_384, ge=16, description="Captured strings longer than this are cut.")


_TOOL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_MODULE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def check_tool_ref(ref: str) -> str:
    """A tool reference is a built-in name, ``module:function`` or ``file.py:function``."""
    target, sep, attribute = ref.rpartition(":")
    if not sep:
        if not _TOOL_NAME.fullmatch(ref):
            raise ValueError(
                f"{ref!r} is not a tool reference: write a built-in name (shell), module:function or file.py:function"
            )
        return ref
    if not attribute.isidentifier():
        raise ValueError(f"{ref!r}: {attribute!r} after ':' must be a Python name")
    if not (target.endswith(".py") or "/" in target or _MODULE.fullmatch(target)):
        raise ValueError(f"{ref!r}: {target!r} is neither a module name (pkg.mod) nor a .py file")
    return ref


#: One entry of ``tools:``.
ToolRef = Annotated[str, AfterValidator(check_tool_ref)]


# -- the task -----------------------------------------------------------------------------------------


class TaskFile(_Strict):
    """One agent run: engine, model, tools, sandbox, limits, prompt."""

    version: Literal[1] = Field(description="The task file format version (1).")
    name: str | None = None
    description: str | None = None
    engine: EngineSpec
    model: ModelSpec = ModelSpec()
    sampling: SamplingSpec = SamplingSpec()
    thinking: StrictBool = Field(False, description="Let the model think before it answers.")
    tool_choice: str | None = Field(
        None,
        description="auto | required | none | a tool name: which calls each step may write, enforced by a "
        "grammar on engines that can constrain decoding (vllm, http); unset: no constraint.",
    )
    system_prompt: str | None = Field(None, description="A Jinja template, rendered like the prompt.")
    prompt: str = Field(
        description="The first user message: a Jinja template over vars, --var values and env (StrictUndefined)."
    )
    vars: dict[str, Any] = Field(default_factory=dict, description="Template variables and their defaults.")
    tools: list[ToolRef] = Field(
        default_factory=list,
        description="Built-in tool names (shell, read_file, ...), module:function, or file.py:function.",
    )
    sandbox: SandboxConfig | None = Field(
        None, description="The Docker sandbox the tools run in (default when a tool needs one: hardened)."
    )
    mcp: dict[str, ServerSpec] = Field(
        default_factory=dict,
        description=(
            "MCP servers whose tools the agent gets, by name (tools are named mcp__NAME__TOOL): "
            "a command (stdio) or a url (streamable HTTP). Needs the agentkit[mcp] extra."
        ),
    )
    limits: Limits = Limits()
    context: ContextPolicy = Field(
        ContextPolicy(), description="The context window, when to compact it, and the project memory kept."
    )
    output: OutputSpecModel = OutputSpecModel()
    trajectory: TaskPath | None = Field(
        None,
        description="Write the run's JSONL trajectory here. One run per file: when the file exists, the run "
        "writes the next numbered sibling (run.2.jsonl, ...) unless trajectory_mode is append.",
    )
    trajectory_mode: Literal["new", "append"] = Field(
        "new", description="new: one run per file (numbered siblings); append: every run appends to the file."
    )
    tracing: TracingSpec | None = Field(None, description="OpenTelemetry spans for the run (off without it).")

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and value != TASK_VERSION:
            raise ValueError(f"task file version {value} is not supported; this agentkit reads version 1")
        return value

    @field_validator("tools")
    @classmethod
    def _tool_refs(cls, value: list[str]) -> list[str]:
        for index, ref in enumerate(value):
            if ref in value[:index]:
                raise ValueError(
                    f"tool {ref!r} is listed twice (tools[{value.index(ref)}] and tools[{index}])"
                )
        return value

    @field_validator("mcp", mode="before")
    @classmethod
    def _mcp_servers(cls, value: Any, info: ValidationInfo) -> Any:
        """Server names are checked; a stdio server's cwd is a task path, and defaults to the task's folder."""
        if not isinstance(value, dict):
            return value
        servers = {}
        for name, server in value.items():
            if isinstance(server, dict) and "url" not in server:
                cwd = server.get("cwd")
                folder = _base_dir(info)
                if isinstance(cwd, str):
                    server = {**server, "cwd": _to_path(cwd, info)}
                elif cwd is None and folder is not None:
                    server = {**server, "cwd": str(folder)}
            servers[name] = server
        return servers

    @field_validator("mcp")
    @classmethod
    def _mcp_names(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name in value:
            check_server_name(name)
        return value

    @field_validator("sandbox", mode="before")
    @classmethod
    def _sandbox_paths(cls, value: Any, info: ValidationInfo) -> Any:
        """Host paths in the sandbox section are task paths too (SandboxConfig wants them absolute)."""
        if not isinstance(value, dict):
            return value
        value = dict(value)
        workspace = value.get("workspace")
        if isinstance(workspace, dict) and isinstance(workspace.get("host_path"), str):
            value["workspace"] = {**workspace, "host_path": _to_path(workspace["host_path"], info)}
        mounts = value.get("mounts")
        if isinstance(mounts, list):
            value["mounts"] = [
                {**mount, "source": _to_path(mount["source"], info)}
                if isinstance(mount, dict)
                and mount.get("kind", "bind") == "bind"
                and isinstance(mount.get("source"), str)
                else mount
                for mount in mounts
            ]
        return value
