"""TransformersEngine: a local Hugging Face model, streamed, on CPU or GPU (development, small models).

``model.generate`` runs in a worker thread so the event loop never blocks; a streamer hands each new
token id to the loop (``call_soon_threadsafe``), and a stopping criterion polls the request's abort
flag, so an abort ends generation within one token. The model runs one request at a time (a lock):
this engine is for development and tests, the GPU path is `VLLMEngine`.

Sampling follows `SamplingParams`: ``temperature=0`` is greedy; ``seed`` seeds torch's generator
(under the lock, so seeded requests reproduce). Constrained decoding (regex/grammar) and media are not
supported here and are refused with a message naming `VLLMEngine`.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentkit.engines.base import (
    Chunk,
    EngineError,
    EngineRequestRejected,
    EngineUnavailable,
    FinishReason,
    MediaInput,
    SamplingParams,
)
from agentkit.engines.output import OutputAssembler, check_prompt, check_request_id
from agentkit.gemma4.tokenizer import Gemma4Tokenizer
from agentkit.gemma4.tokens import BOS_ID, EOS_ID, PAD_ID


@dataclass
class _Request:
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[tuple[str, Any]]
    aborted: threading.Event = field(default_factory=threading.Event)

    def send(self, kind: str, value: Any = None) -> None:
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, (kind, value))
        except RuntimeError:
            self.aborted.set()  # the caller's loop is gone: nobody is listening, stop generating


class TransformersEngine:
    """Stream from a Hugging Face causal LM folder (for example the tiny random Gemma 4 test model).

    ``device`` is a torch device string ("cpu", "cuda", "cuda:1"); ``dtype`` a torch dtype name
    ("float32", "bfloat16") or None for float32 on CPU and the checkpoint's dtype elsewhere.
    ``context_length`` defaults to the config's ``max_position_embeddings``.
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
                "TransformersEngine needs torch and transformers (pip install 'agentkit[transformers]'); "
                "alternatives: VLLMEngine on a GPU, HTTPEngine against a server, ReplayEngine for tests"
            ) from error
        folder = Path(model_path)
        if not (folder / "config.json").is_file():
            raise EngineUnavailable(f"{folder} is not a model folder (no config.json)")
        torch_dtype = getattr(torch, dtype) if dtype else (torch.float32 if device == "cpu" else "auto")
        self._torch = torch
        model: Any = AutoModelForCausalLM.from_pretrained(folder, dtype=torch_dtype)
        self._model = model.to(device).eval()
        self._device = device
        self._tokenizer = tokenizer or Gemma4Tokenizer.from_checkpoint(folder)
        config = self._model.config
        text_config = getattr(config, "text_config", None) or config
        self._context_length = context_length or int(text_config.max_position_embeddings)
        self._lock = threading.Lock()
        self._requests: dict[str, _Request] = {}

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
        check_prompt(prompt_ids, self._context_length, self._tokenizer.vocab_size)
        if sampling.regex is not None or sampling.grammar is not None:
            raise EngineRequestRejected(
                "TransformersEngine has no constrained decoding (regex/grammar); use VLLMEngine"
            )
        if media is not None and (media.images or media.videos):
            raise EngineRequestRejected(
                "TransformersEngine is text-only; use VLLMEngine for images and video"
            )
        check_request_id(request_id, self._requests)
        request = _Request(asyncio.get_running_loop(), asyncio.Queue())
        self._requests[request_id] = request
        out = OutputAssembler(
            self._tokenizer, sampling, prompt_tokens=len(prompt_ids), context_length=self._context_length
        )
        worker = threading.Thread(
            target=self._generate,
            args=(list(prompt_ids), sampling, request, out),
            name=f"transformers-{request_id}",
            daemon=True,
        )
        worker.start()
        try:
            while True:
                kind, value = await request.queue.get()
                if kind == "error":
                    raise EngineError(f"transformers generation failed: {value}") from value
                if kind == "end":
                    reason: FinishReason = "abort" if request.aborted.is_set() else "length"
                    yield out.final(reason)
                    return
                out.feed(value)
                if out.done:
                    request.aborted.set()  # stop the thread: the assembler already saw the end
                    yield out.final()
                    return
                chunk = out.take()
                if chunk is not None:
                    yield chunk
        finally:
            request.aborted.set()
            self._requests.pop(request_id, None)

    def _generate(
        self, prompt_ids: list[int], sampling: SamplingParams, request: _Request, out: OutputAssembler
    ) -> None:
        """Worker thread: run ``generate`` and stream new ids to the request's queue."""
        from transformers import GenerationConfig, StoppingCriteria, StoppingCriteriaList
        from transformers.generation.streamers import BaseStreamer

        torch = self._torch

        class Streamer(BaseStreamer):
            def __init__(self) -> None:
                self.prompt_seen = False

            def put(self, value: Any) -> None:
                if not self.prompt_seen:  # generate() first puts the prompt itself
                    self.prompt_seen = True
                    return
                request.send("ids", [int(i) for i in value.reshape(-1).tolist()])

            def end(self) -> None:
                pass

        class AbortFlag(StoppingCriteria):
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
                return torch.full((input_ids.shape[0],), request.aborted.is_set(), dtype=torch.bool)

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
        try:
            with self._lock:
                if request.aborted.is_set():
                    request.send("end")
                    return
                if sampling.seed is not None:
                    torch.manual_seed(sampling.seed)
                input_ids = torch.tensor([prompt_ids], dtype=torch.long, device=self._device)
                with torch.inference_mode():
                    self._model.generate(
                        input_ids=input_ids,
                        attention_mask=torch.ones_like(input_ids),
                        generation_config=config,
                        streamer=Streamer(),
                        stopping_criteria=StoppingCriteriaList([AbortFlag()]),
                    )
            request.send("end")
        except Exception as error:  # noqa: BLE001 - relayed to the caller, whose stream raises EngineError
            request.send("error", error)

    async def abort(self, request_id: str) -> None:
        request = self._requests.get(request_id)
        if request is not None:
            request.aborted.set()

    async def close(self) -> None:
        for request in self._requests.values():
            request.aborted.set()
