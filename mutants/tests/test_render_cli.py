"""`agentkit gemma4 render` / `tokenize`, run as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from format_example import E1_TOOLS
from render_reference import render_openai, template_path
from test_render_examples import EXAMPLE, format_example

from agentkit.gemma4.revisions import REVISIONS
from agentkit.gemma4.tokenizer import Gemma4Tokenizer

V3, V5 = REVISIONS


def run(
    args: list[str], stdin: bytes | str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "agentkit.cli.app", "gemma4", *args],
        input=data,
        capture_output=True,
        timeout=120,
        env=env,
        check=False,
    )


def document(messages: list[dict[str, Any]], **extra: Any) -> str:
    return json.dumps({"messages": messages, **extra}, ensure_ascii=False)


def test_render_prints_the_exact_prompt(gemma4_dir: Path) -> None:
    doc = document(EXAMPLE[:2], tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True)
    done = run(["render"], doc)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == format_example(gemma4_dir, "E1")  # byte-exact, no newline added
    assert done.stderr == b""


def test_render_matches_the_template_for_each_revision() -> None:
    messages = [
        {"role": "developer", "content": [{"type": "text", "text": " Rules "}]},
        {"role": "user", "content": [{"type": "text", "text": "Ünïcode {\"x\"}\n"}, {"type": "image"}]},
        {"role": "assistant", "reasoning_content": "hmm", "content": "ok", "tool_calls": [
            {"id": "1", "type": "function", "function": {"name": "f", "arguments": {"q": "a,b", "n": None}}}]},
        {"role": "tool", "tool_call_id": "1", "content": "trailing space "},
    ]  # fmt: skip
    for revision in REVISIONS:
        doc = document(messages, tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True)
        done = run(["render", "--revision", revision], doc)
        assert done.returncode == 0, done.stderr.decode()
        expected = render_openai(
            revision, messages, E1_TOOLS, enable_thinking=True, add_generation_prompt=True
        )
        assert done.stdout.decode("utf-8") == expected


def test_render_jsonl_writes_one_json_string_per_line(gemma4_dir: Path) -> None:
    lines = [
        document(EXAMPLE[:2], tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True),
        document(EXAMPLE[:5], tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True),
        document(EXAMPLE, tools=E1_TOOLS, enable_thinking=True),
    ]
    done = run(["render", "--jsonl", "--revision", V5], "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode("utf-8").split("\n")
    assert out[-1] == "" and len(out) == 4
    prompts = [json.loads(line) for line in out[:-1]]
    e1, e2, e3 = (format_example(gemma4_dir, n) for n in ("E1", "E2", "E3"))
    assert prompts == [e1, e2 + "<|channel>thought\n", e3]


def test_render_detects_the_revision_from_a_template(tmp_path: Path) -> None:
    doc = document(EXAMPLE[:5], tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True)
    v5 = run(["render", "--template", str(template_path(V5))], doc)
    v3 = run(["render", "--template", str(template_path(V3))], doc)
    assert v5.returncode == v3.returncode == 0
    assert v5.stdout == v3.stdout + b"<|channel>thought\n"
    unknown = tmp_path / "chat_template.jinja"
    unknown.write_text("{{ bos_token }}", encoding="utf-8")
    done = run(["render", "--template", str(tmp_path)], doc)
    assert done.returncode == 2 and done.stdout == b""
    assert b"sha256" in done.stderr and b"not a supported Gemma 4 template" in done.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["render"], "{not json", "stdin: not JSON"),
        (["render"], '["a"]', "expected a JSON object with messages"),
        (["render"], '{"messages": [], "enable_thinkng": true}', "unknown key 'enable_thinkng'"),
        (["render"], '{"tools": []}', "missing key 'messages'"),
        (["render"], '{"messages": [{"role": "user", "content": "x"}], "enable_thinking": "yes"}',
         'enable_thinking must be true or false, not "yes"'),
        (["render"], ('{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "tool_calls": '
                     '[{"function": {"name": "f", "arguments": "{oops"}}]}]}'),
         "messages[1]: tool_calls[0].function.arguments is not valid JSON"),
        (["render"], '{"messages": [{"role": "user", "content": "x"}], "tools": [{"name": "flat"}]}',
         "tools[0]: expected an OpenAI-format declaration"),
        (["render"], '{"messages": []}', "cannot render an empty conversation"),
        (["render", "--revision", "v3"], '{"messages": []}', "unknown Gemma 4 template revision 'v3'"),
        (["render", "--jsonl"], '{"messages": [{"role": "user", "content": "x"}]}\n\n', "line 2: not JSON"),
        (["render", "--jsonl"], '{"messages": [{"role": "user", "content": "x"}]}\n{"messages": [{"role": "x"}]}',
         "line 2: messages[0]: unknown message role 'x'"),
        (["render"], b'{"messages": "\xff"}', "stdin is not UTF-8"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_a_located_message(args: list[str], stdin: str | bytes, message: str) -> None:
    done = run(args, stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    stderr = done.stderr.decode("utf-8")
    assert message in stderr and "Traceback" not in stderr
    assert done.stdout == b""


def test_tokenize_prints_the_ids(gemma4_dir: Path, tokenizer: Gemma4Tokenizer) -> None:
    e1 = format_example(gemma4_dir, "E1")
    tokenizer_file = str(gemma4_dir / "tokenizer.json")
    done = run(["tokenize", "--tokenizer", tokenizer_file], e1)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == " ".join(map(str, tokenizer.encode_prompt(e1))) + "\n"
    doc = document(EXAMPLE[:2], tools=E1_TOOLS, enable_thinking=True, add_generation_prompt=True)
    from_doc = run(["tokenize", "--document"], doc, env={**_env(), "AGENTKIT_TOKENIZER": str(gemma4_dir)})
    assert from_doc.returncode == 0, from_doc.stderr.decode()
    assert from_doc.stdout == done.stdout


def test_tokenize_needs_a_tokenizer() -> None:
    env = {k: v for k, v in _env().items() if k != "AGENTKIT_TOKENIZER"}
    done = run(["tokenize"], "hi", env=env)
    assert done.returncode == 2 and b"no tokenizer: pass --tokenizer" in done.stderr
    done = run(["tokenize", "--tokenizer", "/nonexistent/tokenizer.json"], "hi", env=env)
    assert done.returncode == 2 and b"no tokenizer file at" in done.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
