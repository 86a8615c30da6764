"""What OpenTelemetry tracing costs the agent loop, per step, against the same run without it.

    /work/venv/bin/python bench/bench_tracing.py [--steps 100] [--repeat 5]

Framework time per step is measured as in bench_agent.py: a run of N tool rounds through the
ReplayEngine with a host tool that returns at once, minus the time inside the engine's stream and the
tool. Each mode runs in its own process, so what one imports cannot help or hurt another:

* baseline: the OpenTelemetry packages cannot be imported at all (an import hook refuses them), the
  agent left at its default (``tracing=None``): a user without agentkit[otel].
* off: OpenTelemetry installed, imported, and an SDK TracerProvider set as the global one, but the
  agent built with ``tracing=False``.
* on, no export: an SDK TracerProvider with no span processor (spans are built, then dropped).
* exporting: an SDK TracerProvider with a BatchSpanProcessor and the OTLP/HTTP exporter sending to a
  local sink (a thread that answers 200), i.e. the full production path.

Printed: ms per step and the ratio to the baseline. Target for "off": 1.00x (no measurable cost).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODES = ("baseline", "off", "on", "exporting")


class _RefuseOpenTelemetry:
    """A meta-path finder that makes ``import opentelemetry`` fail, as if the package were not installed."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "opentelemetry" or name.startswith("opentelemetry."):
            raise ModuleNotFoundError(f"No module named {name!r} (refused by bench_tracing)")


def _sink() -> str:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/v1/traces"


def _tracing_for(mode: str) -> Any:
    if mode == "baseline":
        sys.meta_path.insert(0, _RefuseOpenTelemetry())  # type: ignore[arg-type]
        return None
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider

    if mode == "off":
        trace.set_tracer_provider(TracerProvider())
        return False
    provider = TracerProvider()
    if mode == "exporting":
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.trace.export import BatchSpanProcessor

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=_sink())))
    return provider


def measure(mode: str, steps: int, repeat: int) -> list[float]:
    """Framework seconds per step, one value per run (in this process)."""
    tracing = _tracing_for(mode)
    import anyio

    from agentkit.agent import Agent
    from agentkit.agent.limits import Limits
    from agentkit.engines.replay import ReplayEngine
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_agent import SHARED, TimedEngine, lookup, outputs_for

    tokenizer = Gemma4Tokenizer.from_file(SHARED / "tokenizer.json")

    async def one(n: int) -> float:
        engine = TimedEngine(ReplayEngine(outputs_for(n, thinking=False), tokenizer, chunk_tokens=4))
        agent = Agent(
            engine, [lookup], system_prompt="You look things up.", limits=Limits(max_steps=n), tracing=tracing
        )
        began = time.perf_counter()
        result = await agent.run("Look up the items.")
        total = time.perf_counter() - began
        assert result.ok and result.usage.steps == n, result.exit_reason
        return (total - engine.engine_s - result.usage.tool_time_s) / n

    async def runs() -> list[float]:
        await one(3)  # warm-up: imports, caches
        return [await one(steps) for _ in range(repeat)]

    values = anyio.run(runs)
    if mode == "baseline":
        assert not any(name.startswith("opentelemetry") for name in sys.modules), "OpenTelemetry was imported"
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of all modes (noise)")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(measure(args.mode, args.steps, args.repeat)))
        return
    samples: dict[str, list[float]] = {mode: [] for mode in MODES}
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]
        ),
    }
    for _ in range(args.rounds):  # interleaved, so drift on a shared machine hits every mode alike
        for mode in MODES:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--mode",
                    mode,
                    "--steps",
                    str(args.steps),
                    "--repeat",
                    str(args.repeat),
                ],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            samples[mode].extend(json.loads(out.stdout.strip().splitlines()[-1]))
    base = statistics.median(samples["baseline"])
    print(
        f"framework time per step at {args.steps} steps, median of {len(samples['baseline'])} runs per mode"
    )
    print(f"{'mode':<34} {'ms/step':>8} {'vs baseline':>12}")
    labels = {
        "baseline": "no OpenTelemetry (not importable)",
        "off": "installed, global provider, off",
        "on": "on, no export",
        "exporting": "on, exporting (OTLP/HTTP, batched)",
    }
    for mode in MODES:
        value = statistics.median(samples[mode])
        print(f"{labels[mode]:<34} {value * 1e3:>8.3f} {value / base:>11.2f}x")
    print("target: 'off' at 1.00x (within noise); spans cost only when tracing is on")


if __name__ == "__main__":
    main()
