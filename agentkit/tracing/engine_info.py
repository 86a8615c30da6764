"""What the GenAI attributes say about an engine: provider, model, and whether it is remote.

Read from the engine's public configuration by class name, so nothing here imports vLLM or torch.
``gen_ai.provider.name`` has no well-known value for vLLM; the convention allows a custom one, and
``vllm`` names the telemetry flavour both the embedded engine and the HTTP engine (which speaks vLLM's
completions extensions) produce.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class EngineInfo:
    provider: str
    model: str | None
    remote: bool = False
    server: tuple[str, int] | None = None
    # Values that must never reach a span (the HTTP engine's API key).
    secrets: tuple[str, ...] = ()


def describe_engine(engine: Any) -> EngineInfo:
    kind = type(engine).__name__
    config = getattr(engine, "config", None)
    if kind == "HTTPEngine" and config is not None:
        server = None
        if len(config.base_urls) == 1:  # with failover the server can change from request to request
            url = urlsplit(config.base_urls[0])
            server = (url.hostname or "", url.port or (443 if url.scheme == "https" else 80))
        secrets = (config.api_key,) if config.api_key else ()
        return EngineInfo("vllm", config.model, remote=True, server=server, secrets=secrets)
    if kind == "VLLMEngine" and config is not None:
        return EngineInfo("vllm", str(config.model))
    if kind in ("ReplayEngine", "RecordingEngine"):
        return EngineInfo("agentkit.replay", "replay")
    if kind == "TransformersEngine":
        path = getattr(engine, "model_path", None)
        return EngineInfo("transformers", Path(path).name if path else None)
    inner = getattr(engine, "inner", None)  # a wrapper around another engine (timing, recording)
    if inner is not None and inner is not engine:
        return describe_engine(inner)
    return EngineInfo("agentkit", None)
