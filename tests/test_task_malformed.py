"""Malformed task files, run through the real `agentkit run` entry point: each one exits 2 with a message
that names the file, the line, the field and what was expected, and never a traceback.

In each case the line the error must name is marked with ``#<`` (removed before the file is written).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cli_helpers import agentkit

HEAD = """\
version: 1
model: {tokenizer: "{tokenizer}"}
"""
REPLAY = "engine: {kind: replay, outputs: ['Done.<turn|>']}\n"
PROMPT = "prompt: Say done.\n"


@dataclass
class Case:
    id: str
    body: str
    field: str
    expect: str  # a phrase of the message (what was expected, or the suggestion)
    files: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)


CASES = [
    Case(
        "typo-in-top-level-key",
        HEAD + REPLAY + PROMPT + "sytem_prompt: Be brief.  #<\n",
        "sytem_prompt",
        "did you mean 'system_prompt'",
    ),
    Case("unsupported-version", "version: 2  #<\n" + REPLAY + PROMPT, "version", "reads version 1"),
    Case("missing-prompt", HEAD + REPLAY.replace("engine", "engine", 1), "prompt", "missing required field"),
    Case(
        "engine-kind-typo", HEAD + "engine:\n  kind: vlm  #<\n" + PROMPT, "engine.kind", "did you mean 'vllm'"
    ),
    Case(
        "engine-without-kind",
        HEAD + "engine:  #<\n  outputs: out.jsonl\n" + PROMPT,
        "engine.kind",
        'missing required field (expected "http" | "replay"',
    ),
    Case(
        "replay-missing-outputs",
        HEAD + "engine:  #<\n  kind: replay\n" + PROMPT,
        "engine.outputs",
        "missing required field",
    ),
    Case(
        "replay-outputs-file-missing",
        HEAD + "engine:\n  kind: replay\n  outputs: nowhere.jsonl  #<\n" + PROMPT,
        "engine.outputs",
        "no such outputs file",
    ),
    Case(
        "replay-outputs-file-not-json",
        HEAD + "engine:\n  kind: replay\n  outputs: out.jsonl  #<\n" + PROMPT,
        "engine.outputs",
        "out.jsonl:2: not JSON",
        files={"out.jsonl": '{"completion": "a<turn|>"}\n{oops\n'},
    ),
    Case(
        "replay-option-typo",
        HEAD + "engine:\n  kind: replay\n  outputs: ['x']\n  chunk_token: 2  #<\n" + PROMPT,
        "engine.chunk_token",
        "did you mean 'chunk_tokens'",
    ),
    Case(
        "unknown-builtin-tool",
        HEAD + REPLAY + PROMPT + "tools:\n  - read_file\n  - shel  #<\n",
        "tools[1]",
        "Did you mean 'shell'",
    ),
    Case(
        "tool-reference-malformed",
        HEAD + REPLAY + PROMPT + "tools: [shell, 'not a tool']  #<\n",
        "tools[1]",
        "not a tool reference",
    ),
    Case(
        "tool-choice-not-a-tool",
        HEAD + REPLAY + PROMPT + "tools: [shell, read_file]\ntool_choice: read_fil  #<\n",
        "tool_choice",
        "did you mean 'read_file'",
    ),
    Case(
        "tool-listed-twice", HEAD + REPLAY + PROMPT + "tools: [shell, shell]  #<\n", "tools", "listed twice"
    ),
    Case(
        "tool-file-missing",
        HEAD + REPLAY + PROMPT + "tools:\n  - mytools.py:count  #<\n",
        "tools[0]",
        "no such file",
    ),
    Case(
        "tool-module-missing",
        HEAD + REPLAY + PROMPT + "tools:\n  - no_such_module_xyz:count  #<\n",
        "tools[0]",
        "no module named 'no_such_module_xyz'",
    ),
    Case(
        "tool-function-typo",
        HEAD + REPLAY + PROMPT + "tools:\n  - mytools.py:cuont  #<\n",
        "tools[0]",
        "did you mean 'count'",
        files={"mytools.py": "def count(text: str) -> int:\n    return len(text)\n"},
    ),
    Case(
        "tool-file-raises-on-import",
        HEAD + REPLAY + PROMPT + "tools:\n  - broken.py:count  #<\n",
        "tools[0]",
        "ZeroDivisionError",
        files={"broken.py": "x = 1 / 0\n"},
    ),
    Case(
        "tool-not-shippable",
        HEAD + REPLAY + PROMPT + "tools:\n  - objtools.py:count  #<\n",
        "tools[0]",
        "JSON",
        files={
            "objtools.py": "import datetime\n\n\ndef count(when: datetime.datetime) -> int:\n"
            "    '''Count.\n\n    Args:\n        when: a time.\n    '''\n    return 1\n"
        },
    ),
    Case(
        "limit-below-minimum",
        HEAD + REPLAY + PROMPT + "limits:\n  max_steps: 0  #<\n",
        "limits.max_steps",
        "greater than or equal to 1",
    ),
    Case(
        "limit-not-a-number",
        HEAD + REPLAY + PROMPT + "limits:\n  max_wall_time_s: soon  #<\n",
        "limits.max_wall_time_s",
        "valid number",
    ),
    Case(
        "on-limit-typo",
        HEAD + REPLAY + PROMPT + "limits:\n  on_limit: eror  #<\n",
        "limits.on_limit",
        "did you mean 'error'",
    ),
    Case(
        "sandbox-memory-unreadable",
        HEAD + REPLAY + PROMPT + "sandbox:\n  memory: lots  #<\n",
        "sandbox.memory",
        "as a size",
    ),
    Case(
        "sandbox-network-host",
        HEAD + REPLAY + PROMPT + "sandbox:\n  network: host  #<\n",
        "sandbox.network",
        'expected "none" | "bridge", got "host".',
    ),
    Case(
        "sandbox-root-user",
        HEAD + REPLAY + PROMPT + "sandbox:\n  network: none\n  user: root  #<\n",
        "sandbox.user",
        "never run as root",
    ),
    Case(
        "sandbox-mount-relative-target",
        HEAD + REPLAY + PROMPT + "sandbox:\n  mounts:\n    - {source: data, target: data}  #<\n",
        "sandbox.mounts[0]",
        "absolute path",
    ),
    Case(
        "sampling-top-p-out-of-range",
        HEAD + REPLAY + PROMPT + "sampling:\n  top_p: 1.5  #<\n",
        "sampling.top_p",
        "less than or equal to 1",
    ),
    Case(
        "thinking-not-boolean",
        HEAD + REPLAY + PROMPT + "thinking: maybe  #<\n",
        "thinking",
        "expected true or false",
    ),
    Case(
        "revision-unknown",
        'version: 1\nmodel:\n  tokenizer: "{tokenizer}"\n  revision: 2026-01-01  #<\n' + REPLAY + PROMPT,
        "model.revision",
        'expected "auto" | "2026-04-28" | "2026-07-09", got "2026-01-01"',
    ),
    Case(
        "tokenizer-missing",
        "version: 1\nmodel:\n  tokenizer: no/such/tokenizer.json  #<\n" + REPLAY + PROMPT,
        "model.tokenizer",
        "no tokenizer at",
    ),
    Case(
        "env-variable-unset",
        "version: 1\nmodel:\n  tokenizer: ${AGENTKIT_TEST_UNSET_VAR}/t.json  #<\n" + REPLAY + PROMPT,
        "model.tokenizer",
        "AGENTKIT_TEST_UNSET_VAR is not set",
    ),
    Case(
        "template-variable-undefined",
        HEAD + REPLAY + "prompt: |\n  Hello.\n  Greet {{ nmae }} now.  #<\n",
        "prompt",
        "--var nmae=VALUE",
    ),
    Case(
        "template-syntax-error",
        HEAD + REPLAY + "prompt: |\n  Line one.\n  Hello {{ name  #<\n",
        "prompt",
        "template:",
    ),
    Case(
        "environment-in-template-unset",
        HEAD + REPLAY + "prompt: Home is {{ env.AGENTKIT_TEST_NOT_SET }}  #<\n",
        "prompt",
        "environment variable AGENTKIT_TEST_NOT_SET is not set",
    ),
    Case(
        "output-schema-invalid",
        HEAD + REPLAY + PROMPT + "output:\n  schema:  #<\n    type: objekt\n",
        "output.schema",
        "not a valid JSON Schema",
    ),
    Case(
        "output-type-unknown",
        HEAD + REPLAY + PROMPT + "output:\n  type: jsn  #<\n",
        "output.type",
        "unknown output type 'jsn'",
    ),
    Case(
        "http-url-scheme",
        HEAD + "engine:\n  kind: http\n  base_urls: [ftp://gpu:8000/v1]  #<\n" + PROMPT,
        "engine.base_urls",
        "must start with http://",
    ),
    Case(
        "http-key-variable-unset",
        HEAD + "engine:\n  kind: http\n  base_urls: http://gpu:8000/v1\n"
        "  api_key_env: AGENTKIT_TEST_NO_KEY  #<\n" + PROMPT,
        "engine.api_key_env",
        "is not set",
    ),
    Case(
        "duplicate-key",
        HEAD + REPLAY + PROMPT + "tools: [shell]\ntools: [read_file]  #<\n",
        "",
        "duplicate key 'tools' (first at line 5)",
    ),
    Case("yaml-syntax-error", HEAD + REPLAY + "prompt: [unclosed\nthinking: true  #<\n", "", "invalid YAML"),
    Case("not-a-mapping", "- version: 1  #<\n- prompt: hi\n", "", "mapping of fields"),
    Case("tools-not-a-list", HEAD + REPLAY + PROMPT + "tools: shell  #<\n", "tools", "valid list"),
]


def _materialise(case: Case, folder: Path) -> tuple[Path, int]:
    from conftest import TOKENIZER_JSON

    lines = textwrap.dedent(case.body).replace("{tokenizer}", str(TOKENIZER_JSON)).splitlines()
    marked = [number for number, line in enumerate(lines, start=1) if line.rstrip().endswith("#<")]
    assert len(marked) <= 1, f"{case.id}: mark one line"
    lines = [re.sub(r"\s*#<$", "", line) for line in lines]
    path = folder / "task.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, content in case.files.items():
        (folder / name).write_text(content, encoding="utf-8")
    return path, marked[0] if marked else 1


def test_there_are_at_least_twenty_cases() -> None:
    assert len(CASES) >= 20
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_malformed_task_exits_2_naming_line_and_field(case: Case, tmp_path: Path) -> None:
    path, line = _materialise(case, tmp_path)
    done = agentkit("run", path, "--dry-run", cwd=tmp_path, env=case.env)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    located = re.search(rf"{re.escape(str(path))}:(\d+):\d+: (\S*)", done.stderr)
    assert located is not None, done.stderr
    lines_named = [int(found) for found in re.findall(rf"{re.escape(str(path))}:(\d+):\d+:", done.stderr)]
    assert line in lines_named, f"expected line {line}:\n{done.stderr}"
    if case.field:
        assert f":{line}:" in done.stderr and re.search(
            rf":{line}:\d+: {re.escape(case.field)}: ", done.stderr
        ), f"expected field {case.field} on line {line}:\n{done.stderr}"
    assert case.expect in done.stderr, done.stderr


def test_several_problems_are_reported_together_in_line_order(tmp_path: Path) -> None:
    path = tmp_path / "task.yaml"
    path.write_text(
        "version: 1\n"
        "engine: {kind: replay, outputs: [x]}\n"
        "limits:\n"
        "  max_steps: -1\n"
        "sandbox:\n"
        "  cpus: 0\n"
        "thinkin: true\n"
        "prompt: hi\n",
        encoding="utf-8",
    )
    done = agentkit("run", path, cwd=tmp_path)
    assert done.returncode == 2
    named = [int(n) for n in re.findall(rf"{re.escape(str(path))}:(\d+):", done.stderr)]
    assert named == [4, 6, 7], done.stderr
    assert "3 problems" in done.stderr
    assert "did you mean 'thinking'" in done.stderr


def test_bad_var_option_is_bad_input(tmp_path: Path) -> None:
    path, _ = _materialise(Case("ok", HEAD + REPLAY + PROMPT, "", ""), tmp_path)
    done = agentkit("run", path, "--var", "no-equals-sign", cwd=tmp_path)
    assert done.returncode == 2
    assert "--var 'no-equals-sign': expected NAME=VALUE" in done.stderr


def test_bad_engine_option_names_the_option(tmp_path: Path) -> None:
    path, _ = _materialise(Case("ok", HEAD + REPLAY + PROMPT, "", ""), tmp_path)
    done = agentkit(
        "run", path, "--engine", "{kind: http, base_urls: [gopher://x]}", "--dry-run", cwd=tmp_path
    )
    assert done.returncode == 2
    assert "--engine:1:" in done.stderr and "engine.base_urls" in done.stderr, done.stderr
    done = agentkit("run", path, "--engine", "replay", "--dry-run", cwd=tmp_path)
    assert done.returncode == 2
    assert "engine.outputs: missing required field (expected string | array of string)." in done.stderr, (
        done.stderr
    )


def test_missing_task_file_is_bad_input(tmp_path: Path) -> None:
    done = agentkit("run", tmp_path / "nope.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "nope.yaml: 1 problem" in done.stderr and "no such task file" in done.stderr
