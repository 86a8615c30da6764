"""`agentkit gemma4 parse`, run as a real subprocess: output shape, --tools, --jsonl, bad input -> exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from format_example import E1_TOOLS
from parse_writer import E1_OUTPUT

Q = '<|"|>'


def run(args: list[str], stdin: str | bytes) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "agentkit.cli.app", "gemma4", "parse", *args],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_parses_raw_output_with_tools(tmp_path: Path) -> None:
    tools = tmp_path / "tools.json"
    tools.write_text(json.dumps(E1_TOOLS))
    out = run(["--tools", str(tools)], E1_OUTPUT + "<|tool_response>")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "reasoning": "The user wants two things. I will call get_weather and convert_currency.",
        "content": None,
        "tool_calls": [
            {"name": "get_weather", "arguments": {"location": "Paris, France", "unit": "celsius"}},
            {
                "name": "convert_currency",
                "arguments": {"amount": 20, "from_currency": "EUR", "to_currency": "USD"},
            },
        ],
        "repairs": [],
        "errors": [],
    }


def test_jsonl_one_result_per_line_with_per_line_tools() -> None:
    string_tool = [
        {
            "type": "function",
            "function": {
                "name": "f",
                "parameters": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "n": {"type": "integer"}},
                },
            },
        }
    ]
    lines = [
        {"text": "<|tool_call>call:f{id:007,n:007}<tool_call|>", "tools": string_tool},
        {"text": "<|tool_call>call:f{id:007,n:007}<tool_call|>"},
        {"text": "Answer\u2028with a line separator<turn|>"},
        {"text": "<|tool_call>:g{a:1}<turn|>", "tools": string_tool},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n"
    out = run(["--jsonl"], stdin)
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.decode().split("\n") if line]
    assert len(results) == 4
    assert results[0]["tool_calls"] == [{"name": "f", "arguments": {"id": "007", "n": 7}}]
    assert results[1]["tool_calls"] == [{"name": "f", "arguments": {"id": "007", "n": "007"}}]
    assert results[2]["content"] == "Answer\u2028with a line separator"
    assert results[3]["tool_calls"] == []
    assert results[3]["repairs"] == ["bare_opener", "turn_closes_call"]
    assert [e["kind"] for e in results[3]["errors"]] == ["unknown_tool"]
    assert "There is no tool named 'g'" in results[3]["errors"][0]["message"]


def test_errors_and_repairs_are_listed() -> None:
    out = run([], f"<|tool_call>call:f{{a:{Q}x}}<tool_call|><|tool_call>call:f{{a:,}}<tool_call|>")
    result: dict[str, Any] = json.loads(out.stdout)
    assert result["repairs"] == ["missing_string_delimiter"]
    assert result["tool_calls"] == [{"name": "f", "arguments": {"a": "x"}}]
    assert result["errors"][0]["kind"] == "malformed_call"
    assert result["errors"][0]["raw"] == "<|tool_call>call:f{a:,}<tool_call|>"


def test_in_thought_option() -> None:
    out = run(["--in-thought"], "reasoning<channel|>answer")
    assert json.loads(out.stdout)["reasoning"] == "reasoning"


def test_bad_input_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("[{")
    not_list = tmp_path / "obj.json"
    not_list.write_text('{"name": "f"}')
    no_name = tmp_path / "noname.json"
    no_name.write_text('[{"type": "function", "function": {"parameters": {}}}]')
    cases: list[tuple[list[str], str | bytes, str]] = [
        (["--tools", str(tmp_path / "missing.json")], "x", "cannot read --tools file"),
        (["--tools", str(bad_json)], "x", "bad.json: not valid JSON"),
        (["--tools", str(not_list)], "x", "expected a list of tool declarations"),
        (["--tools", str(no_name)], "x", 'tools[0].function: "name" must be a non-empty string'),
        (["--jsonl"], '{"text": "ok"}\nnot json\n', "stdin line 2: not valid JSON"),
        (["--jsonl"], '["text"]\n', "stdin line 1: expected an object"),
        (["--jsonl"], '{"txt": "x"}\n', 'stdin line 1: the "text" field is missing'),
        (["--jsonl"], '{"text": "x", "tools": {"f": 1}}\n', "stdin line 1: tools: expected a list"),
        ([], b"\xff\xfe", "stdin is not UTF-8"),
    ]
    for args, stdin, message in cases:
        out = run(args, stdin)
        assert out.returncode == 2, (args, stdin, out.stderr)
        stderr = out.stderr.decode()
        assert message in stderr, stderr
        assert "Traceback" not in stderr
        assert out.stdout == b""  # nothing half-printed
