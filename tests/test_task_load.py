"""Task files in process: YAML positions, paths, prompt templates, tool and output references, engines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import EXAMPLES, write_task
from conftest import GEMMA4_DIR, TOKENIZER_JSON

from agentkit.engines.replay import ReplayEngine
from agentkit.task import TaskError, load_task, prepare, task_json_schema
from agentkit.task.build import build_agent, build_engine, dry_run_agent, sampling_params, vllm_config
from agentkit.task.paths import expand_variables, resolve_path
from agentkit.task.prompt import parse_var_options
from agentkit.task.yaml_source import YamlSourceError, load_located

BASE = """
version: 1
engine: {kind: replay, outputs: ["Done.<turn|>"]}
model: {tokenizer: "{tokenizer}"}
"""

EXAMPLE_TASKS = sorted(EXAMPLES.glob("*/task.yaml"))


def task_in(tmp_path: Path, extra: str, *, environ: dict[str, str] | None = None) -> Path:
    return write_task(tmp_path, BASE + extra)


def problems_of(path: Path, **options: object) -> str:
    with pytest.raises(TaskError) as caught:
        load = load_task(path, **options)  # type: ignore[arg-type]
        prepare(load, {})
    return str(caught.value)


# -- YAML --------------------------------------------------------------------------------------------


def test_yaml_keeps_positions_of_keys_items_and_values() -> None:
    located = load_located("a: 1\nb:\n  - x\n  - {y: 2}\n", "f.yaml")
    assert located.data == {"a": 1, "b": ["x", {"y": 2}]}
    assert str(located.mark_of(("b", 1, "y"))) == "f.yaml:4:6"
    assert located.mark_of(("b", 0)).line == 3  # type: ignore[union-attr]
    assert located.mark_of(("b", 9, "z")).line == 2  # type: ignore[union-attr]  # the deepest known: b


def test_yaml_booleans_are_only_true_and_false_and_dates_stay_text() -> None:
    located = load_located("network: no\nflag: on\nok: true\nrevision: 2026-04-28\n", "f.yaml")
    assert located.data == {"network": "no", "flag": "on", "ok": True, "revision": "2026-04-28"}


def test_yaml_merge_keys_work_and_duplicates_are_refused() -> None:
    located = load_located("base: &b {memory: 1g}\nsandbox:\n  <<: *b\n  cpus: 2\n", "f.yaml")
    assert located.data["sandbox"] == {"memory": "1g", "cpus": 2}
    with pytest.raises(YamlSourceError, match=r"f.yaml:3:1: duplicate key 'a' \(first at line 1\)"):
        load_located("a: 1\nb: 2\na: 3\n", "f.yaml")


def test_yaml_merge_keys_are_overridden_by_written_keys_and_keep_their_anchor_lines() -> None:
    text = (
        "base: &b\n  memory: 1g\n  cpus: 1\n"  # lines 1-3
        "extra: &e {cpus: 4, pids: 64}\n"  # line 4
        "sandbox: &s\n  <<: [*b, *e]\n  cpus: 2\n"  # lines 5-7
        "again: *s\n"  # line 8: the same mapping, converted a second time
    )
    located = load_located(text, "f.yaml")
    expected = {"memory": "1g", "cpus": 2, "pids": 64}
    assert located.data["sandbox"] == expected and located.data["again"] == expected
    marks = {key: str(located.mark_of(("sandbox", key))) for key in expected}
    # A written key is where it is written; a merged one where its anchor has it.
    assert marks == {"memory": "f.yaml:2:3", "cpus": "f.yaml:7:3", "pids": "f.yaml:4:21"}
    # Among merged mappings the first listed wins (the YAML merge-key rule).
    assert load_located("a: &a {k: 1}\nb: &b {k: 2}\nc: {<<: [*a, *b]}\n", "f.yaml").data["c"] == {"k": 1}
    with pytest.raises(YamlSourceError, match=r"f.yaml:4:3: duplicate key 'cpus' \(first at line 3\)"):
        load_located("base: &b {cpus: 1}\nsandbox:\n  cpus: 2\n  cpus: 3\n  <<: *b\n", "f.yaml")


def test_yaml_positions_in_flow_style_and_a_second_document_refused() -> None:
    located = load_located("tools: [shell, {name: x, y: [1, 2]}]\n", "f.yaml")
    assert [str(located.mark_of(p)) for p in (("tools", 0), ("tools", 1, "y"), ("tools", 1, "y", 1))] == [
        "f.yaml:1:9",
        "f.yaml:1:26",
        "f.yaml:1:33",
    ]
    with pytest.raises(YamlSourceError, match=r"f.yaml:2:1: invalid YAML: .*expected a single document"):
        load_located("a: 1\n---\nb: 2\n", "f.yaml")


def test_block_scalar_lines_map_to_file_lines() -> None:
    located = load_located("x: 1\nprompt: |\n  one\n  two\n", "f.yaml")
    assert located.text_line(("prompt",), 2).line == 4  # type: ignore[union-attr]
    plain = load_located("prompt: one\n", "f.yaml")
    assert plain.text_line(("prompt",), 1).line == 1  # type: ignore[union-attr]


# -- paths -------------------------------------------------------------------------------------------


def test_variables_expand_with_defaults_and_unset_ones_are_errors(tmp_path: Path) -> None:
    env = {"HOME_DIR": "/data", "EMPTY": ""}
    assert expand_variables("${HOME_DIR}/x", env) == "/data/x"
    assert expand_variables("${MISSING:-../shared}/t.json", env) == "../shared/t.json"
    assert expand_variables("${EMPTY:-fallback}", env) == "fallback"
    with pytest.raises(ValueError, match="MISSING is not set"):
        expand_variables("${MISSING}/x", env)
    with pytest.raises(ValueError, match="EMPTY is empty"):
        expand_variables("${EMPTY}/x", env)
    with pytest.raises(ValueError, match="write variables as"):
        expand_variables("${not closed", env)
    assert resolve_path("a/../b.json", tmp_path, env) == str(tmp_path / "b.json")
    assert resolve_path("/abs/c.json", tmp_path, env) == "/abs/c.json"


def test_relative_paths_are_relative_to_the_task_file_not_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "tasks"
    folder.mkdir()
    (folder / "out.jsonl").write_text('{"completion": "Hi.<turn|>"}\n', encoding="utf-8")
    write_task(
        folder,
        "version: 1\nengine: {kind: replay, outputs: out.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\nprompt: hi\n",
    )
    monkeypatch.chdir(tmp_path)
    task = load_task(Path("tasks") / "task.yaml")
    assert task.spec.engine.outputs == str(folder / "out.jsonl")  # type: ignore[union-attr]
    assert task.source == "tasks/task.yaml"


# -- examples and the JSON Schema --------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLE_TASKS, ids=[p.parent.name for p in EXAMPLE_TASKS])
def test_example_tasks_validate_and_prepare(path: Path) -> None:
    prepared = prepare(load_task(path), {})
    assert prepared.tools
    assert prepared.prompts.prompt.strip()


def test_there_are_at_least_two_examples() -> None:
    assert {p.parent.name for p in EXAMPLE_TASKS} >= {"quickstart", "structured"}


def test_json_schema_is_valid_and_accepts_examples_and_rejects_typos() -> None:
    import yaml

    schema = task_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in EXAMPLE_TASKS:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(document)), path
    good = {
        "version": 1,
        "engine": {"kind": "replay", "outputs": "o.jsonl"},
        "prompt": "hi",
        "model": "nvidia/Gemma-4-31B-IT-NVFP4",
        "sandbox": {"memory": "512m", "cpus": 2},
    }
    assert not list(validator.iter_errors(good))
    for bad in (
        {**good, "promt": "x"},
        {**good, "engine": {"kind": "vlm"}},
        {**good, "sandbox": {"memory": "lots"}},
        {**good, "version": 2},
    ):
        assert list(validator.iter_errors(bad)), bad


# -- prompts -----------------------------------------------------------------------------------------


def test_prompt_values_come_from_vars_then_cli_then_env(tmp_path: Path) -> None:
    path = task_in(
        tmp_path,
        "vars: {name: Ada, count: 3}\n"
        "system_prompt: You help {{ name }}.\n"
        "prompt: |\n  Hi {{ name }}, {{ count * 2 }} items, shell {{ env.AGENTKIT_TEST_SHELL }}.\n",
    )
    task = load_task(path, environ={"AGENTKIT_TEST_SHELL": "bash"})
    prepared = prepare(task, {"name": "Grace", "unused": "x"})
    assert prepared.prompts.prompt == "Hi Grace, 6 items, shell bash."
    assert prepared.prompts.system_prompt == "You help Grace."
    assert prepared.prompts.unused_vars == ["unused"]


def test_var_options_parse_and_reject_malformed() -> None:
    assert parse_var_options(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    for bad in ("novalue", "=x", "1abc=2", "env=3"):
        with pytest.raises(ValueError):
            parse_var_options([bad])


def test_prompt_that_renders_empty_is_an_error(tmp_path: Path) -> None:
    path = task_in(tmp_path, "vars: {x: ''}\nprompt: '{{ x }}'\n")
    assert "prompt: the rendered prompt is empty" in problems_of(path)


def test_dry_run_prompt_is_the_template_rendering(tmp_path: Path) -> None:
    from agentkit.gemma4.render import render
    from agentkit.messages import SystemMessage, UserMessage

    task = load_task(EXAMPLES / "quickstart" / "task.yaml")
    prepared = prepare(task, {"name": "Grace"})
    text = dry_run_agent(prepared).render_first_prompt(prepared.prompts.prompt)
    declarations = [found.declaration for found in prepared.tools]  # type: ignore[attr-defined]
    expected = render(
        [
            SystemMessage(content=prepared.prompts.system_prompt or ""),
            UserMessage(content=prepared.prompts.prompt),
        ],
        declarations,
        enable_thinking=True,
        add_generation_prompt=True,
    )
    assert text == expected
    assert "run it for Grace" in text


# -- tools -------------------------------------------------------------------------------------------

HOST_TOOLS = '''
from agentkit.tool.core import tool
from agentkit.tool.toolset import Toolset


@tool(runs_in="host")
def shout(text: str) -> str:
    """Upper-case a text.

    Args:
        text: The text.
    """
    return text.upper()


def whisper(text: str) -> str:
    """Lower-case a text.

    Args:
        text: The text.
    """
    return text.lower()


PACK = Toolset([shout])
'''


def test_tool_references_resolve_builtin_module_file_and_toolset(tmp_path: Path) -> None:
    (tmp_path / "host_tools_mod.py").write_text(HOST_TOOLS, encoding="utf-8")
    (tmp_path / "more.py").write_text(HOST_TOOLS.replace("shout", "yell"), encoding="utf-8")
    path = task_in(
        tmp_path,
        "prompt: hi\ntools: [read_file, 'host_tools_mod:shout', 'more.py:whisper', 'more.py:PACK']\n",
    )
    prepared = prepare(load_task(path), {})
    names = [found.name for found in prepared.tools]
    assert names == ["read_file", "shout", "whisper", "yell"]
    placements = {found.name: found.policy.runs_in for found in prepared.tools}
    assert placements == {"read_file": "sandbox", "shout": "host", "whisper": "sandbox", "yell": "host"}
    assert prepared.needs_sandbox


def test_two_references_giving_one_tool_name_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(HOST_TOOLS, encoding="utf-8")
    (tmp_path / "b.py").write_text(HOST_TOOLS, encoding="utf-8")
    path = task_in(tmp_path, "prompt: hi\ntools: ['a.py:shout', 'b.py:shout']\n")
    assert "tools[1]: a tool named 'shout' is already given by tools[0]" in problems_of(path)


def test_a_non_tool_object_is_refused(tmp_path: Path) -> None:
    (tmp_path / "values.py").write_text("LIMIT = 3\n", encoding="utf-8")
    path = task_in(tmp_path, "prompt: hi\ntools: ['values.py:LIMIT']\n")
    assert "values.py:LIMIT is a int; expected an @tool function" in problems_of(path)


# -- output ------------------------------------------------------------------------------------------


def test_output_types(tmp_path: Path) -> None:
    (tmp_path / "schema.json").write_text('{"type": "array", "items": {"type": "integer"}}', encoding="utf-8")
    (tmp_path / "models.py").write_text(
        "from pydantic import BaseModel\n\n\nclass Answer(BaseModel):\n    value: int\n", encoding="utf-8"
    )
    cases = {
        "output: {type: text}": None,
        "output: {type: integer}": {"type": "integer"},
        "output: {schema: schema.json}": {"type": "array", "items": {"type": "integer"}},
        "output: {schema: {type: object, required: [a]}}": {"type": "object", "required": ["a"]},
    }
    for line, expected in cases.items():
        path = task_in(tmp_path, f"prompt: hi\n{line}\n")
        assert prepare(load_task(path), {}).output_type == expected, line
    path = task_in(tmp_path, "prompt: hi\noutput: {type: 'models.py:Answer'}\n")
    found = prepare(load_task(path), {}).output_type
    assert found.__name__ == "Answer" and found.model_validate({"value": 3}).value == 3


def test_output_schema_file_errors_name_the_json_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{\n  "type": "object",\n  oops\n}\n', encoding="utf-8")
    path = task_in(tmp_path, "prompt: hi\noutput: {schema: bad.json}\n")
    assert "bad.json:3:3: not JSON" in problems_of(path)
    path = task_in(tmp_path, "prompt: hi\noutput: {type: integer, schema: {type: string}}\n")
    assert "give either output.type or output.schema" in problems_of(path)


# -- model, engines, the agent -----------------------------------------------------------------------


def test_revision_auto_reads_the_model_folder(tmp_path: Path) -> None:
    for template, revision in (
        ("chat_template.jinja", "2026-04-28"),
        ("chat_template.canonical-2026-07-09.jinja", "2026-07-09"),
    ):
        model = tmp_path / revision
        model.mkdir()
        shutil.copy(GEMMA4_DIR / template, model / "chat_template.jinja")
        shutil.copy(TOKENIZER_JSON, model / "tokenizer.json")
        path = write_task(
            tmp_path, f"version: 1\nengine: {{kind: replay, outputs: [x]}}\nmodel: ./{revision}\nprompt: hi\n"
        )
        prepared = prepare(load_task(path), {})
        assert prepared.revision == revision
        assert prepared.tokenizer.source == str(model / "tokenizer.json")
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "chat_template.jinja").write_text("{{ messages }}", encoding="utf-8")
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: [x]}\nmodel: {name: ./odd, tokenizer: '{tokenizer}'}\nprompt: hi\n",
    )
    assert "model.name: chat template with sha256" in problems_of(path)


def test_tokenizer_falls_back_to_the_shared_folder_variable(tmp_path: Path) -> None:
    path = write_task(tmp_path, "version: 1\nengine: {kind: replay, outputs: [x]}\nprompt: hi\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    problems = problems_of(path, environ={"AGENTKIT_SHARED": str(empty)})
    assert "no tokenizer: set model.tokenizer" in problems
    assert f"AGENTKIT_SHARED={empty} has no gemma4/tokenizer.json" in problems
    task = load_task(path, environ={"AGENTKIT_SHARED": str(TOKENIZER_JSON.parent.parent)})
    assert prepare(task, {}).tokenizer.source == str(TOKENIZER_JSON)


def test_sampling_and_limits_reach_the_agent(tmp_path: Path) -> None:
    path = task_in(
        tmp_path,
        "prompt: hi\nthinking: true\nsampling: {temperature: 0, top_k: 0, seed: 7}\n"
        "limits: {max_steps: 4, max_tokens_per_step: 300}\nsandbox: {memory: 1g, network: bridge}\n",
    )
    prepared = prepare(load_task(path), {})
    agent = build_agent(prepared, build_engine(prepared))
    assert isinstance(agent.engine, ReplayEngine)
    assert agent.sampling == sampling_params(prepared.task)
    assert (
        agent.sampling.temperature,
        agent.sampling.top_k,
        agent.sampling.seed,
        agent.sampling.max_tokens,
    ) == (0, 0, 7, 300)
    assert agent.limits.max_steps == 4 and agent.thinking
    assert agent.sandbox.memory == 1 << 30 and agent.sandbox.network == "bridge"


def test_vllm_section_maps_onto_vllm_config(tmp_path: Path) -> None:
    text = task_in(tmp_path, "prompt: hi\n").read_text(encoding="utf-8")
    text = text.replace(
        'engine: {kind: replay, outputs: ["Done.<turn|>"]}',
        "engine: {kind: vllm, device: cpu, max_model_len: 1024, seed: 3}",
    )
    file = tmp_path / "vllm.yaml"
    file.write_text(text, encoding="utf-8")
    config = vllm_config(load_task(file), load_task(file).spec.engine)  # type: ignore[arg-type]
    assert (config.device, config.quantization, config.dtype, config.max_model_len, config.seed) == (
        "cpu",
        None,
        "float32",
        1024,
        3,
    )
    gpu = file.read_text(encoding="utf-8").replace(
        "device: cpu, max_model_len: 1024, seed: 3", "tensor_parallel_size: 2"
    )
    file.write_text(gpu, encoding="utf-8")
    config = vllm_config(load_task(file), load_task(file).spec.engine)  # type: ignore[arg-type]
    assert (config.device, config.quantization, config.tensor_parallel_size, config.model) == (
        "cuda",
        "modelopt_fp4",
        2,
        "nvidia/Gemma-4-31B-IT-NVFP4",
    )


def test_engine_override_replaces_the_section(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = task_in(tmp_path, "prompt: hi\n")
    (tmp_path / "played.jsonl").write_text('{"completion": "A.<turn|>"}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    task = load_task(path, engine_override="{kind: replay, outputs: played.jsonl, chunk_tokens: 2}")
    assert task.spec.engine.outputs == str(tmp_path / "played.jsonl")  # type: ignore[union-attr]
    assert task.spec.engine.chunk_tokens == 2  # type: ignore[union-attr]
    message = problems_of(path, engine_override="{kind: http}")
    assert (
        "--engine:1:1: engine.base_urls: missing required field (expected string | array of string)."
        in message
    )


def test_http_engine_reads_its_key_from_the_environment(tmp_path: Path) -> None:
    path = task_in(tmp_path, "prompt: hi\n")
    override = "{kind: http, base_urls: 'http://127.0.0.1:9/v1', served_model: gemma, api_key_env: AGENTKIT_TEST_KEY}"
    task = load_task(path, engine_override=override, environ={"AGENTKIT_TEST_KEY": "sk-test"})
    engine = build_engine(prepare(task, {}))
    assert engine.config.api_key == "sk-test"  # type: ignore[attr-defined]
    assert engine.config.base_urls == ("http://127.0.0.1:9/v1",)  # type: ignore[attr-defined]
    assert "sk-test" not in repr(engine.config)  # type: ignore[attr-defined]


def test_outputs_file_error_names_the_outputs_line(tmp_path: Path) -> None:
    (tmp_path / "o.jsonl").write_text('{"completion": "a<turn|>b"}\n', encoding="utf-8")
    path = write_task(
        tmp_path,
        "version: 1\nengine: {kind: replay, outputs: o.jsonl}\nmodel: {tokenizer: '{tokenizer}'}\nprompt: hi\n",
    )
    prepared = prepare(load_task(path), {})
    with pytest.raises(TaskError, match="engine.outputs: replay output 0: stop token '<turn|>'"):
        build_engine(prepared)
    assert json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
