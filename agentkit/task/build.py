"""From a loaded task file to a runnable `Agent`: resolve every reference, build the engine.

task = load_task("task.yaml")
prepared = prepare(task, {"name": "Ada"})      # TaskError lists every problem, located
engine = build_engine(prepared)                 # may load a model (vllm, transformers)
agent = build_agent(prepared, engine)
result = await agent.run(prepared.prompts.prompt, trajectory=prepared.trajectory)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from agentkit.task.errors import Problem, TaskError
from agentkit.task.loader import LoadedTask
from agentkit.task.prompt import RenderedPrompts, render_prompts
from agentkit.task.resolve import (
    load_tokenizer,
    model_location,
    output_type,
    resolve_tools,
    secret_from_env,
    template_revision,
)
from agentkit.task.schema import (
    HTTPEngineSpec,
    ReplayEngineSpec,
    SimulatedEngineSpec,
    TransformersEngineSpec,
    VLLMEngineSpec,
)

if TYPE_CHECKING:
    from agentkit.agent.agent import Agent
    from agentkit.engines.base import Engine, SamplingParams
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer
    from agentkit.tool.core import Tool

T = TypeVar("T")


class EngineStartError(RuntimeError):
    """The engine the task names cannot start here (no GPU, package missing, model not found)."""


@dataclass
class PreparedTask:
    """A task with every reference resolved and its prompts rendered; nothing started yet."""

    task: LoadedTask
    tokenizer: Gemma4Tokenizer
    revision: str
    tools: list[Tool]
    output_type: Any
    prompts: RenderedPrompts

    @property
    def trajectory(self) -> Path | None:
        path = self.task.spec.trajectory
        return Path(path) if path else None

    @property
    def needs_sandbox(self) -> bool:
        return tools_need_sandbox(self.tools)


def tools_need_sandbox(tools: list[Tool]) -> bool:
    """Whether some tool runs in a sandbox (so the run needs Docker and the sandbox image)."""
    return any(found.policy.runs_in == "sandbox" for found in tools)


def prepare(task: LoadedTask, cli_vars: Mapping[str, str]) -> PreparedTask:
    """Resolve the tokenizer, revision, tools, output type and prompts; all problems in one `TaskError`."""
    problems: list[Problem] = []

    def attempt(step: Callable[[], T]) -> T | None:
        try:
            return step()
        except TaskError as exc:
            problems.extend(exc.problems)
            return None

    tokenizer = attempt(lambda: load_tokenizer(task))
    revision = attempt(lambda: template_revision(task))
    tools = attempt(lambda: resolve_tools(task))
    output = attempt(lambda: output_type(task))
    prompts = attempt(lambda: render_prompts(task, cli_vars))
    attempt(lambda: check_engine(task))
    attempt(lambda: check_tracing(task))
    if tools is not None:
        attempt(lambda: _check_tool_choice(task, [found.name for found in tools]))
    if problems:
        raise TaskError(task.source, problems)
    assert tokenizer is not None and revision is not None and tools is not None and prompts is not None
    return PreparedTask(
        task=task, tokenizer=tokenizer, revision=revision, tools=tools, output_type=output, prompts=prompts
    )


def sampling_params(task: LoadedTask) -> SamplingParams:
    from agentkit.engines.base import SamplingParams

    spec = task.spec.sampling
    return SamplingParams(
        temperature=spec.temperature,
        top_p=spec.top_p,
        top_k=spec.top_k,
        seed=spec.seed,
        max_tokens=task.spec.limits.max_tokens_per_step,
    )


# -- engines -----------------------------------------------------------------------------------------


def _check_tool_choice(task: LoadedTask, tool_names: list[str]) -> None:
    from agentkit.agent.tool_choice import check_tool_choice

    try:
        check_tool_choice(task.spec.tool_choice, tool_names)
    except ValueError as exc:
        raise task.error(("tool_choice",), str(exc)) from None


def check_engine(task: LoadedTask) -> None:
    """What can be checked about the engine without starting it (files, keys, model folders)."""
    spec = task.spec.engine
    if isinstance(spec, ReplayEngineSpec):
        _replay_outputs(task, spec)
    elif isinstance(spec, HTTPEngineSpec):
        if spec.api_key_env:
            secret_from_env(task, spec.api_key_env, ("engine", "api_key_env"))
    elif isinstance(spec, VLLMEngineSpec):
        vllm_config(task, spec)
    elif isinstance(spec, TransformersEngineSpec):
        _transformers_folder(task)


def _replay_outputs(task: LoadedTask, spec: ReplayEngineSpec) -> list[str | list[int]]:
    from agentkit.engines.replay import load_outputs

    if isinstance(spec.outputs, list):
        return list(spec.outputs)
    try:
        return load_outputs(spec.outputs)
    except FileNotFoundError:
        raise task.error(("engine", "outputs"), f"no such outputs file {spec.outputs}") from None
    except (OSError, ValueError) as exc:
        raise task.error(("engine", "outputs"), str(exc)) from None


def vllm_config(task: LoadedTask, spec: VLLMEngineSpec) -> Any:
    from agentkit.engines.vllm import GEMMA4_NVFP4, VLLMConfig

    model = model_location(task) or GEMMA4_NVFP4
    base = VLLMConfig.cpu_test(model) if spec.device == "cpu" else VLLMConfig(model=model)
    changes = {name: getattr(spec, name) for name in spec.model_fields_set if name not in ("kind", "device")}
    tokenizer = task.spec.model.tokenizer
    if tokenizer and Path(tokenizer).is_dir():
        changes["tokenizer"] = tokenizer
    try:
        return replace(base, **changes)
    except ValueError as exc:
        raise task.error(("engine",), str(exc)) from None


def _transformers_folder(task: LoadedTask) -> Path:
    location = model_location(task)
    if location is None:
        raise task.error(("model", "name"), "the transformers engine needs model.name: a model folder")
    folder = Path(location)
    if not (folder / "config.json").is_file():
        raise task.error(("model", "name"), f"{folder} is not a model folder (no config.json)")
    return folder


def build_engine(prepared: PreparedTask) -> Engine:
    """Start the task's engine. `EngineStartError` when it cannot run here; `TaskError` for the file."""
    from agentkit.engines.base import EngineError

    task = prepared.task
    spec = task.spec.engine
    try:
        if isinstance(spec, ReplayEngineSpec):
            return _replay_engine(prepared, spec)
        if isinstance(spec, HTTPEngineSpec):
            return _http_engine(prepared, spec)
        if isinstance(spec, SimulatedEngineSpec):
            return _simulated_engine(prepared, spec)
        if isinstance(spec, VLLMEngineSpec):
            from agentkit.engines.vllm import VLLMEngine

            return VLLMEngine(vllm_config(task, spec))
        from agentkit.engines.transformers import TransformersEngine

        return TransformersEngine(
            _transformers_folder(task),
            device=spec.device,
            dtype=spec.dtype,
            context_length=spec.context_length,
            tokenizer=prepared.tokenizer,
        )
    except EngineError as exc:
        raise EngineStartError(f"engine {spec.kind}: {exc}") from None


def _replay_engine(prepared: PreparedTask, spec: ReplayEngineSpec) -> Engine:
    from agentkit.engines.replay import GEMMA4_CONTEXT_LENGTH, ReplayEngine

    task = prepared.task
    try:
        return ReplayEngine(
            _replay_outputs(task, spec),
            prepared.tokenizer,
            chunk_tokens=spec.chunk_tokens,
            delay_s=spec.delay_s,
            cycle=spec.cycle,
            context_length=spec.context_length or GEMMA4_CONTEXT_LENGTH,
            # Named when the outputs run out.
            source=f"{task.source} (engine.outputs)" if isinstance(spec.outputs, list) else str(spec.outputs),
        )
    except ValueError as exc:
        raise task.error(("engine", "outputs"), str(exc)) from None


def _simulated_engine(prepared: PreparedTask, spec: SimulatedEngineSpec) -> Engine:
    from agentkit.engines.simulated import GEMMA4_CONTEXT_LENGTH, SimulatedEngine

    return SimulatedEngine(
        prepared.tokenizer,
        tokens_per_s=spec.tokens_per_s,
        max_concurrency=spec.max_concurrency,
        output_tokens=spec.output_tokens,
        prefill_tokens_per_s=spec.prefill_tokens_per_s,
        chunk_tokens=spec.chunk_tokens,
        context_length=spec.context_length or GEMMA4_CONTEXT_LENGTH,
    )


def _http_engine(prepared: PreparedTask, spec: HTTPEngineSpec) -> Engine:
    from agentkit.engines.http import HTTPEngine, HTTPEngineConfig
    from agentkit.engines.replay import GEMMA4_CONTEXT_LENGTH

    task = prepared.task
    served = spec.served_model or task.spec.model.name
    if not served:
        raise task.error(
            ("engine", "served_model"), "the http engine needs the served model's name (or model.name)"
        )
    key = secret_from_env(task, spec.api_key_env, ("engine", "api_key_env")) if spec.api_key_env else None
    config = HTTPEngineConfig(
        base_urls=tuple(spec.base_urls),
        model=served,
        api_key=key,
        prompt_format=spec.prompt_format,
        connect_timeout_s=spec.connect_timeout_s,
        read_timeout_s=spec.read_timeout_s,
        max_attempts=spec.max_attempts,
        context_length=spec.context_length or GEMMA4_CONTEXT_LENGTH,
    )
    return HTTPEngine(config, prepared.tokenizer)


# -- the agent ---------------------------------------------------------------------------------------


def build_agent(prepared: PreparedTask, engine: Engine) -> Agent[None]:
    from agentkit.agent.agent import Agent

    spec = prepared.task.spec
    sandbox = spec.sandbox if spec.sandbox is not None else None
    return Agent(
        engine,
        [*prepared.tools, *mcp_toolsets(prepared)],
        system_prompt=prepared.prompts.system_prompt,
        thinking=spec.thinking,
        tool_choice=spec.tool_choice,
        output_type=prepared.output_type,
        limits=spec.limits,
        context=spec.context,
        sandbox=sandbox,
        sampling=sampling_params(prepared.task),
        revision=prepared.revision,
        tracing=tracing_config(prepared.task),
    )


def mcp_toolsets(prepared: PreparedTask) -> list[Any]:
    """The task's ``mcp:`` servers as one toolset (connected when the run starts)."""
    servers = prepared.task.spec.mcp
    if not servers:
        return []
    try:
        from agentkit.mcp import MCPToolset
    except ImportError as exc:
        from agentkit.distribution import install_hint

        raise prepared.task.error(
            ("mcp",), f"MCP servers need the mcp package: {install_hint('mcp')} ({exc})"
        ) from None
    return [MCPToolset(servers, environ=prepared.task.environ)]


def tracing_config(task: LoadedTask) -> Any:
    """The task's ``tracing:`` section as a `TracingConfig`; False when it is absent or disabled."""
    spec = task.spec.tracing
    if spec is None or not spec.enabled:
        return False
    from agentkit.tracing import TracingConfig

    return TracingConfig(
        agent_name=spec.agent_name or task.spec.name,
        capture_content=spec.capture_content,
        max_content_chars=spec.max_content_chars,
    )


def check_tracing(task: LoadedTask) -> None:
    spec = task.spec.tracing
    if spec is None or not spec.enabled:
        return
    import importlib.util

    from agentkit.tracing.config import OTEL_MISSING

    if (
        importlib.util.find_spec("opentelemetry") is None
        or importlib.util.find_spec("opentelemetry.sdk") is None
    ):
        raise task.error(("tracing",), OTEL_MISSING)


def dry_run_agent(prepared: PreparedTask) -> Agent[None]:
    """An agent for rendering only: its engine is a ReplayEngine with no outputs (nothing is started)."""
    from agentkit.engines.replay import ReplayEngine

    return build_agent(prepared, ReplayEngine([], prepared.tokenizer))
