"""Render speed: agentkit's native Gemma 4 renderer against the official Jinja template, and the cost of
one more step (PromptBuilder.extend) against a full render. Baselines are measured in the same run.

    /work/venv/bin/python bench/bench_render.py [--messages 100] [--repeat 7]

The conversation: a system prompt, 6 tools with nested schemas, a user task, then model rounds of
reasoning + 1-2 tool calls + their results, and a final answer; 100 messages by default.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentkit.gemma4.render import PromptBuilder, render
from agentkit.gemma4.revisions import REVISIONS
from agentkit.messages import (
    AssistantMessage,
    Message,
    SystemMessage,
    ToolCall,
    ToolMessage,
    UserMessage,
    to_openai,
)

SHARED = Path(os.environ.get("AGENTKIT_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "gemma4"
TEMPLATES = {"2026-04-28": "chat_template.jinja", "2026-07-09": "chat_template.canonical-2026-07-09.jinja"}


def tools() -> list[dict[str, Any]]:
    nested = {
        "type": "object",
        "properties": {
            "path": {"type": "string", "description": "File path, relative to the workspace"},
            "mode": {"type": "string", "enum": ["read", "write", "append"]},
            "options": {
                "type": "object",
                "properties": {
                    "encoding": {"type": "string"},
                    "limit": {"type": "integer", "nullable": True},
                },
                "required": ["encoding"],
            },
            "tags": {"type": "array", "items": {"type": "string"}, "description": "Labels"},
        },
        "required": ["path"],
    }
    return [
        {
            "type": "function",
            "function": {"name": f"tool_{i}", "description": f"Tool number {i}.", "parameters": nested},
        }
        for i in range(6)
    ]


def conversation(size: int) -> list[Message]:
    messages: list[Message] = [
        SystemMessage(content="You are a careful coding agent. Use the tools."),
        UserMessage(content="Refactor the parser module and run the tests."),
    ]
    i = 0
    while len(messages) < size - 1:
        calls = [
            ToolCall(
                id=f"c{i}_{k}",
                name=f"tool_{k}",
                arguments={"path": f"src/mod_{i}.py", "options": {"encoding": "utf-8"}},
            )
            for k in range(1 + i % 2)
        ]
        messages.append(AssistantMessage(reasoning=f"Step {i}: look at module {i}.", tool_calls=calls))
        for call in calls:
            messages.append(
                ToolMessage(tool_call_id=call.id, content=f'{{"ok": true, "lines": {i * 17}}}\n' * 3)
            )
        i += 1
    messages.append(AssistantMessage(content="Done: the parser is refactored and the tests pass."))
    return messages[:size]


def best(fn: Callable[[], object], repeat: int, number: int) -> float:
    """Best per-call time over `repeat` rounds of `number` calls (seconds)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from transformers.utils.chat_template_utils import render_jinja_template

    declared = tools()
    messages = conversation(args.messages)
    dicts = [to_openai(m) for m in messages]
    print(f"conversation: {len(messages)} messages, {len(declared)} tools, thinking on")
    for revision in REVISIONS:
        template = (SHARED / TEMPLATES[revision]).read_text(encoding="utf-8")
        flags = {"enable_thinking": True, "add_generation_prompt": True}

        def jinja(template: str = template, flags: dict[str, bool] = flags) -> str:
            out, _ = render_jinja_template(
                conversations=[dicts], tools=declared, chat_template=template, bos_token="<bos>", **flags
            )
            return str(out[0])

        def native(revision: str = revision) -> str:
            return render(
                messages, declared, revision=revision, enable_thinking=True, add_generation_prompt=True
            )

        assert jinja() == native(), "native and Jinja renders differ"
        t_jinja = best(jinja, args.repeat, 20)
        t_native = best(native, args.repeat, 200)

        # One more step: the last assistant round (call + result) added to a builder that has the rest.
        cut = max(i for i, m in enumerate(messages) if isinstance(m, AssistantMessage) and m.tool_calls)
        head, step = messages[:cut], messages[cut : cut + 2]
        pool: list[PromptBuilder] = []
        for _ in range(args.repeat * 200):
            builder = PromptBuilder(declared, revision=revision, enable_thinking=True)
            builder.extend(head)
            pool.append(builder)
        times = []
        for r in range(args.repeat):
            chunk = pool[r * 200 : (r + 1) * 200]
            start = time.perf_counter()
            for builder in chunk:
                builder.extend(step)
            times.append((time.perf_counter() - start) / len(chunk))
        t_step = min(times)
        prefix = messages[: cut + 2]

        def full_prefix(revision: str = revision, prefix: list[Message] = prefix) -> str:
            return render(
                prefix, declared, revision=revision, enable_thinking=True, add_generation_prompt=True
            )

        full_step = best(full_prefix, args.repeat, 200)
        print(f"\n[{revision}] prompt {len(native())} chars")
        print(f"  full render, Jinja template : {t_jinja * 1e3:8.3f} ms")
        print(
            f"  full render, agentkit       : {t_native * 1e3:8.3f} ms   -> {t_jinja / t_native:6.1f}x faster"
        )
        print(f"  one step (extend 2 messages): {t_step * 1e6:8.1f} us   -> {full_step / t_step:6.1f}x cheaper "
              f"than a full native render ({full_step * 1e3:.3f} ms), {t_jinja / t_step:8.0f}x than Jinja")  # fmt: skip
    tokenize_step(messages, declared, args.repeat)


def tokenize_step(messages: list[Message], declared: list[dict[str, Any]], repeat: int) -> None:
    """Ids for the loop: encode only the step's text, against encoding the whole prompt again."""
    from agentkit.gemma4.tokenizer import Gemma4Tokenizer

    tokenizer = Gemma4Tokenizer.from_file(SHARED / "tokenizer.json")
    builder = PromptBuilder(declared, enable_thinking=True)
    builder.extend(messages[:-3])
    before = builder.text
    delta = builder.extend(messages[-3:-1])
    assert delta.extends
    ids = tokenizer.encode_prompt(before) + tokenizer.encode_continuation(delta.text)
    assert ids == tokenizer.encode_prompt(builder.text)
    t_full = best(lambda: tokenizer.encode_prompt(builder.text), repeat, 20)
    t_step = best(lambda: tokenizer.encode_continuation(delta.text), repeat, 200)
    print(f"\ntokenize: whole prompt {len(ids)} ids {t_full * 1e3:.3f} ms; the step's {len(delta.text)} chars "
          f"{t_step * 1e6:.1f} us -> {t_full / t_step:.0f}x cheaper, same ids")  # fmt: skip


if __name__ == "__main__":
    main()
