"""Where tools run: the sandbox by default, the host only when declared; what a sandboxed tool must
be; and (with Docker) a user's tool module shipped into a real DockerSandbox and called there."""

from __future__ import annotations

import datetime
import importlib
import sys
import textwrap
import types
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest
import tool_corpus
import tool_sandbox_fixtures as fixtures
from pydantic import BaseModel

from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool, ToolDefinitionError, tool
from agentkit.tool.shipping import SandboxModule, json_type_problem, shipped_source


class Item(BaseModel):
    name: str


def plain(x: int) -> int:
    """A plain function in a module that imports pytest and pydantic."""
    return x


# ---------------------------------------------------------------------------------- placement


def test_default_placement_is_the_sandbox() -> None:
    assert fixtures.count_lines.policy.runs_in == "sandbox"
    assert fixtures.host_helper.policy.runs_in == "host"
    assert fixtures.host_helper.sandbox_module is None


def test_sandbox_module_ships_the_source_and_agentkit_stand_ins() -> None:
    module = fixtures.count_lines.sandbox_module
    assert isinstance(module, SandboxModule)
    assert module.module == "agentkit_user.tool_sandbox_fixtures"
    assert module.function == "count_lines"
    names = [name for name, _ in module.modules]
    entry = "agentkit_user.tool_sandbox_fixtures__entry_count_lines"
    assert names == ["agentkit", "agentkit.tool", module.module, "agentkit_user._arguments", entry]
    assert module.entry == entry
    assert dict(module.modules)[module.module] == Path(fixtures.__file__).read_text()
    assert all(source == shipped_source("agentkit_standin") for name, source in module.modules[:2])
    assert module.origin == fixtures.__file__


def test_stand_in_decorators_leave_functions_unchanged() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(shipped_source("agentkit_standin"), "<stub>", "exec"), namespace)  # noqa: S102 - the stand-in source
    stub = namespace["STUB"]

    def f(x: int) -> int:
        return x + 1

    assert stub(f) is f  # @tool
    assert stub(runs_in="sandbox", timeout_s=3)(f) is f  # @tool(...)
    assert stub[int] is stub and (stub | None) is stub  # RunContext[Deps], X | None
    assert namespace["__getattr__"]("tool") is stub  # from agentkit import anything
    assert issubclass(namespace["ToolError"], Exception)


@pytest.mark.parametrize(
    ("function", "message"),
    [
        (plain, (r"tool_sandbox\.py imports at module level: .*anyio \(line \d+\), pytest \(line \d+\), "
                r".*pydantic \(line \d+\).*list packages the sandbox image has in sandbox_imports")),
        (lambda x: x, r"must be a module-level function; .*<lambda>"),
    ],
)  # fmt: skip
def test_unshippable_functions_are_refused(function: Any, message: str) -> None:
    with pytest.raises(ToolDefinitionError, match=message):
        Tool.from_function(function, name="t", description="d")


def test_methods_and_nested_functions_must_declare_host() -> None:
    def nested(x: int) -> int:
        """Nested."""
        return x

    with pytest.raises(ToolDefinitionError, match=r"must be a module-level function; .*<locals>\.nested"):
        tool(nested)
    with pytest.raises(
        ToolDefinitionError, match="methods cannot be shipped there; declare it with runs_in='host'"
    ):

        class Service:
            @tool
            def act(self, x: int) -> int:
                """Act."""
                return x

    assert tool(runs_in="host")(nested).policy.runs_in == "host"


@pytest.mark.parametrize(
    ("annotation", "problem"),
    [
        (Item, "is typed Item, which would arrive as its JSON form"),
        (datetime.datetime, "is typed datetime, which would arrive as its JSON form"),
        (set[str], "is a set, which arrives as a list"),
        (dict[int, str], "is a dict with int keys; JSON keys are strings"),
        (list[Item], "is typed Item"),
        (RunContext[None], "is typed RunContext"),
    ],
)
def test_json_type_problems(annotation: Any, problem: str) -> None:
    assert problem in json_type_problem(annotation)


@pytest.mark.parametrize(
    "annotation",
    [str, int, float, bool, None, Any, list[int], dict[str, list[float]], tuple[int, str], int | None],
)
def test_json_types_pass(annotation: Any) -> None:
    assert json_type_problem(annotation) == ""


def test_sandboxed_parameters_must_be_json_types(tmp_path: Path) -> None:
    module = _write_module(
        tmp_path,
        "sbx_params",
        """
        from __future__ import annotations
        import datetime
        from agentkit.tool.context import RunContext

        def when(at: datetime.datetime) -> str:
            '''When.'''
            return str(at)

        def with_context(ctx: RunContext[None], x: int) -> int:
            '''Context.'''
            return x
        """,
    )
    with pytest.raises(
        ToolDefinitionError, match=r"arguments arrive as JSON: parameter 'at' is typed datetime"
    ):
        tool(module.when)
    with pytest.raises(
        ToolDefinitionError, match=r"parameter 'ctx' is a RunContext, which lives on the host"
    ):
        tool(module.with_context)


def test_imports_inside_functions_and_type_checking_blocks_are_fine(tmp_path: Path) -> None:
    module = _write_module(
        tmp_path,
        "sbx_lazy",
        """
        from __future__ import annotations
        import json
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            import pydantic
        try:
            import tomllib
        except ImportError:
            tomllib = None

        def parse(text: str) -> dict:
            '''Parse.'''
            import yaml  # only needed when called; the sandbox may not have it, that is the caller's choice
            return json.loads(text)
        """,
    )
    made = tool(module.parse)
    assert made.sandbox_module is not None and made.sandbox_module.module == "agentkit_user.sbx_lazy"


def test_relative_imports_and_missing_source_are_refused(tmp_path: Path) -> None:
    package = tmp_path / "sbx_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "helpers.py").write_text("X = 1\n")
    (package / "tools.py").write_text(
        "from .helpers import X\n\ndef f(x: int) -> int:\n    '''F.'''\n    return x + X\n"
    )
    sys.path.insert(0, str(tmp_path))
    try:
        import sbx_pkg.tools
    finally:
        sys.path.remove(str(tmp_path))
    with pytest.raises(
        ToolDefinitionError, match=r"relative import on line 1 of .*tools\.py would fail there"
    ):
        tool(sbx_pkg.tools.f)

    generated = types.ModuleType("generated_tools")
    exec("def g(x: int) -> int:\n    '''G.'''\n    return x\n", generated.__dict__)  # noqa: S102 - no source file
    generated.g.__module__ = "generated_tools"
    sys.modules["generated_tools"] = generated
    try:
        with pytest.raises(ToolDefinitionError, match=r"the source of generated_tools cannot be read"):
            tool(generated.g)
    finally:
        del sys.modules["generated_tools"]


def test_sandbox_imports_extend_what_may_be_imported() -> None:
    allowed = ("pydantic", "typing_extensions", "agentkit")
    made = Tool.from_function(tool_corpus.echo.function, name="echo2", sandbox_imports=allowed)  # type: ignore[arg-type]
    assert made.policy.runs_in == "sandbox" and made.sandbox_module is not None


def test_a_sandboxed_tool_without_a_sandbox_is_an_error_result() -> None:
    result = anyio.run(fixtures.count_lines.invoke, {"path": "x"})
    assert result.status == "error"
    assert result.content == {
        "error": "Tool count_lines runs in the sandbox, but this run has no sandbox. (Configure the agent with "
        "a sandbox, or declare the tool with runs_in='host'.)"
    }


def test_with_policy_can_move_a_tool_to_the_host(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("a\n\nb\n")
    local = fixtures.count_lines.with_policy(runs_in="host")
    assert local.sandbox_module is None and local.policy.runs_in == "host"
    result = anyio.run(local.invoke, {"path": str(tmp_path / "f.txt"), "skip_blank": True})
    assert (result.status, result.value) == ("ok", 2)
    assert fixtures.count_lines.policy.runs_in == "sandbox"  # the original is unchanged


def _write_module(tmp_path: Path, name: str, source: str) -> types.ModuleType:
    path = tmp_path / f"{name}.py"
    path.write_text(textwrap.dedent(source))
    sys.path.insert(0, str(tmp_path))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(tmp_path))


# -------------------------------------------------------------------------------- real Docker


@pytest.fixture
async def docker_sandbox() -> AsyncIterator[Any]:
    from agentkit.sandbox.docker import DockerSandbox

    sandbox = await DockerSandbox.create()
    try:
        yield sandbox
    finally:
        await sandbox.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.docker
@pytest.mark.slow
@pytest.mark.anyio
async def test_user_tool_module_runs_inside_a_docker_sandbox(docker_sandbox: Any) -> None:
    ctx: RunContext[None] = RunContext(deps=None, sandbox=docker_sandbox, run_id="r-1")
    await docker_sandbox.write_file("notes.txt", "one\n\nthree\nfour\n")

    counted = await fixtures.count_lines.invoke(
        {"path": "notes.txt", "skip_blank": "true"}, ctx, call_id="c1"
    )
    assert (counted.status, counted.content, counted.value, counted.call_id) == ("ok", {"value": 3}, 3, "c1")

    where = await fixtures.where_am_i.invoke({}, ctx)
    assert where.status == "ok"
    assert where.value["uid"] != 0  # the sandbox user, not root
    assert where.value["cwd"] == docker_sandbox.workspace
    assert where.value["pydantic_importable"] is False  # only the standard library is there
    assert where.value["module"] == "agentkit_user.tool_sandbox_fixtures"

    doubled = await fixtures.async_double.invoke({"x": 21}, ctx)
    assert doubled.value == 42

    tool_error = await fixtures.fail.invoke({"kind": "tool_error"}, ctx)
    assert (tool_error.status, tool_error.content) == ("error", {"error": "no such record"})
    value_error = await fixtures.fail.invoke({"kind": "value_error"}, ctx)
    assert (value_error.status, value_error.content) == ("error", {"error": "ValueError: bad value"})

    invalid = await fixtures.fail.invoke({"kind": "other"}, ctx)
    assert invalid.status == "invalid_arguments"  # checked on the host, never sent

    slow = await fixtures.sleepy.invoke({"seconds": 30}, ctx)
    assert slow.status == "timeout"
    assert slow.content == {"error": "Tool sleepy did not finish within 1 s and was stopped."}

    # The module and its stand-ins were installed once, the first time.
    installed = {name for name, _ in fixtures.count_lines.sandbox_module.modules}  # type: ignore[union-attr]
    assert installed <= set(docker_sandbox._modules)


@pytest.mark.docker
@pytest.mark.anyio
async def test_structured_arguments_arrive_as_their_types_in_the_sandbox(docker_sandbox: Any) -> None:
    import tool_sandbox_structured as structured

    module = structured.describe.sandbox_module
    assert module is not None and "typing_extensions" in dict(module.modules)  # the stand-in ships
    ctx: RunContext[None] = RunContext(deps=None, sandbox=docker_sandbox, run_id="r-2")
    arguments = {
        "shape": {
            "name": "tri",
            "points": [{"x": "3", "y": 4}, {"x": 5, "y": 6}],  # "3": validated (and coerced) on the host
            "origin": {"x": 0, "y": 1},
            "tags": {"apex": {"x": 1, "y": 2}},
        },
        "box": {"width": 2, "height": 7},
        "extra": [{"x": 9, "y": 9}],
    }
    done = await structured.describe.invoke(arguments, ctx)
    assert done.status == "ok", done.content
    assert done.value == {
        "shape_type": "Shape",
        "point_types": ["Point"],
        "origin": [0, 1],
        "tag_types": ["Point"],
        "first_x": 3,
        "area": 14,
        "extra": ["Point"],
    }
    bad = await structured.describe.invoke({**arguments, "box": {"width": 2}}, ctx)
    assert bad.status == "invalid_arguments" and "height" in str(bad.content)  # never sent


def test_rebuilding_arguments_on_this_side_too() -> None:
    import tool_sandbox_structured as structured

    from agentkit.sandbox.runner.shipped.tool_arguments import call, rebuild

    shape = rebuild(structured.Shape, {"name": "s", "points": [{"x": 1, "y": 2}], "origin": None})
    assert shape == structured.Shape("s", [structured.Point(1, 2)], None)
    assert rebuild(tuple[structured.Point, int], [{"x": 1, "y": 1}, 3]) == (structured.Point(1, 1), 3)
    assert rebuild(dict[str, list[structured.Point]], {"a": [{"x": 0, "y": 0}]}) == {
        "a": [structured.Point(0, 0)]
    }
    assert call(lambda p: p, {"p": {"x": 1}}) == {"x": 1}  # no annotation: left as it came


def test_typing_typeddict_on_old_python_gets_advice(tmp_path: Path) -> None:
    if sys.version_info >= (3, 12):
        pytest.skip("typing.TypedDict works with Pydantic from Python 3.12")
    (tmp_path / "td_old.py").write_text(
        "from typing import TypedDict\nfrom agentkit import tool\n\n\nclass P(TypedDict):\n    x: int\n\n\n"
        "@tool\ndef f(p: P) -> int:\n    '''F.'''\n    return p['x']\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(
            ToolDefinitionError,
            match="TypedDict from typing_extensions .*or type the parameter with a dataclass",
        ):
            importlib.import_module("td_old")
    finally:
        sys.path.remove(str(tmp_path))
