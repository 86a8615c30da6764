"""TransformersEngine: a local Hugging Face model, streamed, on CPU or GPU (development, small models).

``model.generate`` runs in one long-lived worker thread per engine, so the event loop never blocks and
per-thread device state (CUDA handles, streams) is created once, not once per request: a fresh thread
per request made short prompts up to 70% slower than bare ``generate`` on a GPU. Requests queue for
that thread and run one at a time; a streamer hands each new token id to the caller's loop
(``call_soon_threadsafe``). Abort is a stopping criterion that reads a plain Python flag and returns one
of two tensors made once on the model's device, so it costs no allocation or host-to-device copy per
token and ends generation within one token.

Every tensor the engine builds lives on the model's device (a tensor on the CPU next to a CUDA model
fails every generation). `close()` stops and joins the worker; an engine never closed is shut down the
same way at interpreter exit (a worker still inside torch at exit aborts the process).

Sampling follows `SamplingParams`: ``temperature=0`` is greedy; ``seed`` seeds torch's generator
(requests run one at a time, so seeded requests reproduce). Images work when the checkpoint has a
vision tower (transformers_vision.py); video and constrained decoding (regex/grammar) are refused with
a message naming `VLLMEngine`.
"""

from __future__ import annotations

import atexit
import os
import queue
import threading
import weakref
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
from agentkit.engines.crossthread import ThreadChannel
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import BOS_ID, EOS_ID, PAD_ID


@dataclass
class _Request:
    channel: ThreadChannel[tuple[str, Any]]  # to the caller's loop (asyncio or trio)
    prompt_ids: list[int]
    sampling: SamplingParams
    inputs: dict[str, Any]  # extra model inputs (images), CPU tensors
    aborted: threading.Event = field(default_factory=threading.Event)

    def send(self, kind: str, value: Any = None) -> None:
        if not self.channel.send((kind, value)):
            self.aborted.set()  # the caller's loop is gone: nobody is listening, stop generating


_STOP_WORKER = None  # the job that ends the worker thread
_LIVE_ENGINES: weakref.WeakSet[TransformersEngine] = weakref.WeakSet()


@atexit.register
def _shutdown_live_engines() -> None:
    """Join every open engine's worker before the interpreter tears torch down under it."""
    for engine in list(_LIVE_ENGINES):
        engine.shutdown()


class TransformersEngine:
    """Stream from a Hugging Face causal LM folder (for example the tiny random Gemma 4 test model).

    ``device`` is a torch device string ("cpu", "cuda", "cuda:1"); ``dtype`` a torch dtype name
    ("float32", "bfloat16") or None for float32 on CPU and the checkpoint's dtype elsewhere.
    ``context_length`` defaults to the config's ``max_position_embeddings``; transformers' attention
    path keeps the whole KV cache and attention activations on the device, so very long prompts run out
    of memory well before that (README, "TransformersEngine").
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        *,
        device: str = "cpu",
        dtype: str | None = None,
        context_length: int | None = None,
        tokenizer: Gemma4Tokenizer | None = None,
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForCausalLM
        except ImportError as error:
            raise EngineUnavailable(
                f"TransformersEngine needs torch and transformers: {install_hint('transformers')}; "
                "alternatives: VLLMEngine on a GPU, HTTPEngine against a server, ReplayEngine for tests"
            ) from error
        folder = Path(model_path)
        if not (folder / "config.json").is_file():
            raise EngineUnavailable(f"{folder} is not a model folder (no config.json)")
        torch_dtype = getattr(torch, dtype) if dtype else (torch.float32 if device == "cpu" else "auto")
        model: Any = AutoModelForCausalLM.from_pretrained(folder, dtype=torch_dtype)
        self._start(model.to(device), tokenizer or Gemma4Tokenizer.from_checkpoint(folder), context_length)

    @classmethod
    def from_model(
        cls, model: Any, tokenizer: Gemma4Tokenizer, *, context_length: int | None = None
    ) -> TransformersEngine:
        """An engine around a model already in memory and on its device (for example one built from a
        config with random weights, as scripts/gpu_check.py does: no checkpoint on disk)."""
        engine = cls.__new__(cls)
        engine._start(model, tokenizer, context_length)
        return engine

    def _start(self, model: Any, tokenizer: Gemma4Tokenizer, context_length: int | None) -> None:
        import torch

        self._torch = torch
        self._model = model.eval()
        self._device = self._model.device  # the resolved device ("cuda" -> cuda:0)
        self._tokenizer = tokenizer
        config = self._model.config
        text_config = getattr(config, "text_config", None) or config
        self._context_length = context_length or int(text_config.max_position_embeddings)
        self._requests: dict[str, _Request] = {}
        self._jobs: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()
        self._current: _Request | None = None  # the request the worker is generating for
        self._closed = False
        self._worker = threading.Thread(target=self._work, name="transformers-engine", daemon=True)
        self._worker.start()
        _LIVE_ENGINES.add(self)

    @property
    def tokenizer(self) -> Gemma4Tokenizer:
        return self._tokenizer

    @property
    def context_length(self) -> int:
        return self._context_length

    async def stream(
        self,
        prompt_ids: Sequence[int],
        sampling: SamplingParams,
        *,
        request_id: str,
        media: MediaInput | None = None,
    ) -> AsyncIterator[Chunk]:
        if self._closed:
            raise EngineError("TransformersEngine is closed")
        check_prompt(prompt_ids, self._context_length, self._tokenizer.vocab_size)
        if sampling.regex is not None or sampling.grammar is not None:
            raise EngineRequestRejected(
                "TransformersEngine has no constrained decoding (regex/grammar); use VLLMEngine"
            )
        ids, inputs = self._media_inputs(prompt_ids, media)
        if len(ids) != len(prompt_ids):
            check_prompt(ids, self._context_length, self._tokenizer.vocab_size)
        check_request_id(request_id, self._requests)
        request = _Request(ThreadChannel(), ids, sampling, inputs)
        self._requests[request_id] = request
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(ids), context_length=self._context_length
        )
        self._jobs.put(request)
        try:
            while True:
                kind, value = await request.channel.receive()
                if kind == "error":
                    raise EngineError(f"transformers generation failed: {value}") from value
                if kind == "end":
                    reason: FinishReason = "abort" if request.aborted.is_set() else "length"
                    yield out.final(reason)
                    return
                out.feed(value)
                if out.done:
                    request.aborted.set()  # stop the worker: the assembler already saw the end
                    yield out.final()
                    return
                chunk = out.take()
                if chunk is not None:
                    yield chunk
        finally:
            request.aborted.set()
            self._requests.pop(request_id, None)

    def _media_inputs(
        self, prompt_ids: Sequence[int], media: MediaInput | None
    ) -> tuple[list[int], dict[str, Any]]:
        """The prompt ids with image placeholders expanded, and the image inputs (transformers_vision)."""
        if media is None or not (media.images or media.videos):
            return list(prompt_ids), {}
        from agentkit.engines.transformers_vision import expand_images, has_vision_tower

        if media.videos:
            raise EngineRequestRejected(
                "TransformersEngine takes images, not video (transformers' Gemma 4 video processor needs "
                "torchvision); use VLLMEngine for video"
            )
        if not has_vision_tower(self._model.config):
            raise EngineRequestRejected(
                "this model has no vision tower (text-only checkpoint); use a Gemma 4 checkpoint with one, "
                "or VLLMEngine with language_model_only=False"
            )
        return expand_images(prompt_ids, media.images, self._model.config)

    def _work(self) -> None:
        """The worker thread: generate for each queued request until the stop job arrives."""
        from transformers import StoppingCriteria, StoppingCriteriaList
        from transformers.generation.streamers import BaseStreamer

        engine = self

        class AbortFlag(StoppingCriteria):
            """Reads the current request's abort flag; returns a tensor made once on the input's device."""

            def __init__(self) -> None:
                self.answers: tuple[Any, Any] | None = None  # (keep going, stop now)

            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                if self.answers is None or self.answers[0].device != input_ids.device:
                    torch = engine._torch
                    self.answers = (
                        torch.zeros(1, dtype=torch.bool, device=input_ids.device),
                        torch.ones(1, dtype=torch.bool, device=input_ids.device),
                    )
                current = engine._current
                return self.answers[current is None or current.aborted.is_set()]

        class Streamer(BaseStreamer):
            def __init__(self, request: _Request) -> None:
                self.request = request
                self.prompt_seen = False

            def put(self, value: Any) -> None:
                if not self.prompt_seen:  # generate() first puts the prompt itself
                    self.prompt_seen = True
                    return
                self.request.send("ids", [int(i) for i in value.reshape(-1).tolist()])

            def end(self) -> None:
                pass

        criteria = StoppingCriteriaList([AbortFlag()])
        while (request := self._jobs.get()) is not _STOP_WORKER:
            if request.aborted.is_set():
                request.send("end")
                continue
            self._current = request
            try:
                self._generate(request, criteria, Streamer(request))
                request.send("end")
            except Exception as error:  # noqa: BLE001 - relayed to the caller, whose stream raises EngineError
                request.send("error", error)
            finally:
                self._current = None
        while True:  # requests queued behind the stop job end as aborted instead of waiting forever
            try:
                late = self._jobs.get_nowait()
            except queue.Empty:
                return
            if late is not None:
                late.aborted.set()
                late.send("end")

    def _generate(self, request: _Request, criteria: Any, streamer: Any) -> None:
        from transformers import GenerationConfig

        torch = self._torch
        sampling, prompt_ids = request.sampling, request.prompt_ids
        greedy = sampling.temperature == 0
        config = GenerationConfig(  # type: ignore[no-untyped-call]
            max_new_tokens=max(1, min(sampling.max_tokens, self._context_length - len(prompt_ids))),
            do_sample=not greedy,
            # Greedy: the library's neutral values, so the checkpoint's sampling defaults are not inherited
            # (transformers warns about sampling flags on a greedy run). top_k=0 turns top-k off.
            temperature=1.0 if greedy else sampling.temperature,
            top_p=1.0 if greedy else sampling.top_p,
            top_k=50 if greedy else sampling.top_k,
            eos_token_id=sorted(set(sampling.stop_token_ids) | {EOS_ID}),
            pad_token_id=PAD_ID,
            bos_token_id=BOS_ID,
        )
        if sampling.seed is not None:
            torch.manual_seed(sampling.seed)
        input_ids = torch.tensor([prompt_ids], dtype=torch.long, device=self._device)
        inputs = {name: value.to(self._device) for name, value in request.inputs.items()}
        if "pixel_values" in inputs:
            inputs["pixel_values"] = inputs["pixel_values"].to(self._model.dtype)
        with torch.inference_mode():
            self._model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                **inputs,
                generation_config=config,
                streamer=streamer,
                stopping_criteria=criteria,
            )

    async def abort(self, request_id: str) -> None:
        request = self._requests.get(request_id)
        if request is not None:
            request.aborted.set()

    def shutdown(self) -> None:
        """Abort every request, stop the worker thread and wait for it (at most one token's time)."""
        self._closed = True
        for request in list(self._requests.values()):
            request.aborted.set()
        if self._worker.is_alive():
            self._jobs.put(_STOP_WORKER)
            if threading.current_thread() is not self._worker:
                self._worker.join()
        _LIVE_ENGINES.discard(self)

    async def close(self) -> None:
        await anyio.to_thread.run_sync(self.shutdown)
