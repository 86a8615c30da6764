"""Every built-in tool, called the way the agent loop calls it (``Tool.invoke``), in a real Docker
sandbox: happy paths and the error paths a model hits (missing file, binary file, huge output, path
escapes through '..' and symlinks, non-unique and non-matching edits, failing hunks, timeouts)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import agentkit_tools
import pytest

from agentkit.tool.context import RunContext
from agentkit.tool.results import ToolResult

pytestmark = [pytest.mark.docker, pytest.mark.anyio]


@pytest.fixture(scope="module")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
async def sandbox() -> AsyncIterator[Any]:
    from agentkit.sandbox.docker import DockerSandbox

    created = await DockerSandbox.create()
    try:
        yield created
    finally:
        await created.close()


@pytest.fixture
def ctx(sandbox: Any) -> RunContext[None]:
    return RunContext(deps=None, sandbox=sandbox, run_id="tools-test")


async def call(ctx: RunContext[None], name: str, **arguments: Any) -> ToolResult:
    return await agentkit_tools.resolve(name).invoke(arguments, ctx)


def ok_text(result: ToolResult) -> str:
    assert result.status == "ok", result.content
    assert isinstance(result.content, str)
    return result.content


def error_text(result: ToolResult) -> str:
    assert result.status == "error", result.content
    assert isinstance(result.content, dict)
    return str(result.content["error"])


async def sh(sandbox: Any, command: str) -> str:
    done = await sandbox.exec(command)
    assert done.exit_code == 0, done.stderr
    return str(done.stdout)


# ------------------------------------------------------------------------------------ files


async def test_read_file_ranges_missing_binary_and_escapes(sandbox: Any, ctx: RunContext[None]) -> None:
    await sandbox.write_file("rf/notes.txt", "".join(f"note {n}\n" for n in range(1, 31)))
    await sandbox.write_file("rf/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    await sh(sandbox, "ln -s /etc/passwd rf/leak && ln -s ../rf/notes.txt rf/inside")

    assert ok_text(await call(ctx, "read_file", path="rf/notes.txt", start_line=29)) == (
        "rf/notes.txt: lines 29-30 of 30\n    29\tnote 29\n    30\tnote 30"
    )
    assert ok_text(await call(ctx, "read_file", path="rf/inside", end_line=1)).endswith("     1\tnote 1")
    assert "rf/missing.txt does not exist" in error_text(await call(ctx, "read_file", path="rf/missing.txt"))
    assert "rf/image.png is a binary file" in error_text(await call(ctx, "read_file", path="rf/image.png"))
    escape = error_text(await call(ctx, "read_file", path="../../etc/passwd"))
    assert "is outside the workspace" in escape and "root:" not in escape
    link = error_text(await call(ctx, "read_file", path="rf/leak"))
    assert "leads outside the workspace /workspace through a symlink (it resolves to /etc/passwd)" in link
    absolute = error_text(await call(ctx, "read_file", path="/etc/hostname"))
    assert "is outside the workspace" in absolute


async def test_read_file_huge_file_is_paged(sandbox: Any, ctx: RunContext[None]) -> None:
    await sh(sandbox, "mkdir -p big && seq 1 100000 > big/numbers.txt")
    first = ok_text(await call(ctx, "read_file", path="big/numbers.txt"))
    assert first.splitlines()[0] == "big/numbers.txt: lines 1-2000 of 100000"
    assert first.endswith("Continue with start_line=2001]")
    later = ok_text(await call(ctx, "read_file", path="big/numbers.txt", start_line=99999))
    assert later.splitlines()[1:] == [" 99999\t99999", "100000\t100000"]


async def test_write_file_then_read_back_and_escape_refused(sandbox: Any, ctx: RunContext[None]) -> None:
    written = ok_text(await call(ctx, "write_file", path="wf/deep/new.py", content="print('hi')\n"))
    assert written == "created wf/deep/new.py: 12 bytes, 1 lines"
    assert await sandbox.read_file("wf/deep/new.py") == b"print('hi')\n"
    await sh(sandbox, "ln -s /tmp wf/tmp_link")
    refused = error_text(await call(ctx, "write_file", path="wf/tmp_link/planted.txt", content="x"))
    assert "through a symlink" in refused
    refused = error_text(await call(ctx, "write_file", path="../planted.txt", content="x"))
    assert "outside the workspace" in refused
    check = await sandbox.exec("ls /tmp/planted.txt ../planted.txt")
    assert check.exit_code != 0
    invalid = await call(ctx, "write_file", path="wf/x.txt")
    assert invalid.status == "invalid_arguments" and "content" in str(invalid.content)


async def test_list_dir_glob_and_grep(sandbox: Any, ctx: RunContext[None]) -> None:
    await sh(
        sandbox,
        "mkdir -p ls/src/pkg && cd ls && git init -q && printf 'def main():\\n    return 1\\n' > src/pkg/app.py"
        " && printf '# main docs\\n' > README.md && printf 'main\\0binary' > src/data.bin",
    )
    listing = ok_text(await call(ctx, "list_dir", path="ls", depth=3)).splitlines()
    assert listing[0].startswith("ls/ (")
    assert ".git/" in listing and not any(line.startswith(".git/") and line != ".git/" for line in listing)
    assert "src/pkg/app.py  (25 bytes)" in listing
    assert ok_text(await call(ctx, "glob", pattern="**/*.py", path="ls")) == "ls/src/pkg/app.py"
    found = ok_text(await call(ctx, "grep", pattern=r"main\b", path="ls")).splitlines()
    assert found == [
        "ls/README.md:1:# main docs",
        "ls/src/pkg/app.py:1:def main():",
        "[2 matches in 2 files; skipped 1 binary file(s)]",
    ]
    bad = error_text(await call(ctx, "grep", pattern="main(", path="ls"))
    assert "invalid regular expression 'main('" in bad
    assert "outside the workspace" in error_text(await call(ctx, "list_dir", path="/"))


# ------------------------------------------------------------------------------------- edit


async def test_edit_unique_non_unique_and_no_match(sandbox: Any, ctx: RunContext[None]) -> None:
    source = "def a():\n    return 1\n\n\ndef b():\n    return 1\n\n\ndef c(value):\n    return value * 2\n"
    await sandbox.write_file("ed/m.py", source)

    several = error_text(
        await call(ctx, "edit", path="ed/m.py", old_string="    return 1\n", new_string="    return 2\n")
    )
    assert "occurs 2 times in ed/m.py, starting at lines 2, 6" in several

    missing = error_text(
        await call(
            ctx, "edit", path="ed/m.py", old_string="def c(val):\n    return val * 2\n", new_string="x"
        )
    )
    assert "The closest region is lines 9-10" in missing
    assert "     9\tdef c(value):" in missing and "-def c(val):" in missing and "+def c(value):" in missing
    assert await sandbox.read_file("ed/m.py") == source.encode()

    done = ok_text(
        await call(
            ctx,
            "edit",
            path="ed/m.py",
            old_string="def b():\n    return 1\n",
            new_string="def b():\n    return 3\n",
        )
    )
    assert (
        done.startswith("edited ed/m.py: replaced lines 5-7 with lines 5-7")
        and "     6\t    return 3" in done
    )
    assert (
        await sandbox.read_file("ed/m.py")
        == source.replace("def b():\n    return 1", "def b():\n    return 3").encode()
    )

    assert "binary" in error_text(
        await call(ctx, "edit", path="rf/image.png", old_string="PNG", new_string="x")
    )
    assert "does not exist" in error_text(
        await call(ctx, "edit", path="ed/nope.py", old_string="a", new_string="b")
    )
    assert "outside the workspace" in error_text(
        await call(ctx, "edit", path="../etc/hosts", old_string="a", new_string="b")
    )


# ------------------------------------------------------------------------------------ patch


async def test_apply_patch_from_git_diff_made_in_the_sandbox(sandbox: Any, ctx: RunContext[None]) -> None:
    await sh(
        sandbox,
        "mkdir -p pt && cd pt && git init -q && seq 1 20 > n.txt && echo bye > old.txt && git add . && "
        "git -c user.email=t@t -c user.name=t commit -qm base && "
        "sed -i 's/^5$/five/; s/^15$/fifteen/' n.txt && git rm -q old.txt && echo hello > new.txt && "
        "git add -A && git diff --cached > ../change.patch && git reset -q --hard",
    )
    patch = (await sandbox.read_file("change.patch")).decode()
    done = ok_text(await call(ctx, "apply_patch", patch=patch.replace("a/", "a/pt/").replace("b/", "b/pt/")))
    assert "M pt/n.txt (+2 -2)" in done and "A pt/new.txt (+1)" in done and "D pt/old.txt" in done
    assert await sh(sandbox, "cd pt && git status --porcelain | sort") == " D old.txt\n M n.txt\n?? new.txt\n"
    assert (await sandbox.read_file("pt/n.txt")).decode().splitlines()[4] == "five"


async def test_apply_patch_failing_hunk_changes_nothing(sandbox: Any, ctx: RunContext[None]) -> None:
    await sh(sandbox, "mkdir -p pf && seq 1 20 > pf/n.txt")
    patch = (
        "--- a/pf/n.txt\n+++ b/pf/n.txt\n"
        "@@ -2,3 +2,3 @@\n 2\n-3\n+three\n 4\n"
        "@@ -12,3 +12,3 @@\n 12\n-13 is not here\n+thirteen\n 14\n"
    )
    failed = error_text(await call(ctx, "apply_patch", patch=patch))
    assert failed.startswith("apply_patch failed; no file was changed.")
    assert "pf/n.txt: hunk 2 of 2 (@@ -12,3 +12,3 @@) does not apply" in failed
    assert "the file's line 13 is '13' but the hunk expects '13 is not here'" in failed
    assert await sh(sandbox, "sed -n 3p pf/n.txt") == "3\n"
    escape = error_text(
        await call(ctx, "apply_patch", patch="--- /dev/null\n+++ b/../evil\n@@ -0,0 +1 @@\n+x\n")
    )
    assert "outside the workspace" in escape
    begin = error_text(
        await call(
            ctx,
            "apply_patch",
            patch="*** Begin Patch\n*** Update File: pf/n.txt\n@@\n-40\n+forty\n*** End Patch",
        )
    )
    assert "pf/n.txt: hunk 1 of 1 (@@) does not apply" in begin


# ------------------------------------------------------------------------------------ shell


async def test_shell_exit_code_streams_env_and_cwd(sandbox: Any, ctx: RunContext[None]) -> None:
    await sh(sandbox, "mkdir -p sh/sub")
    result = await call(
        ctx,
        "shell",
        command="pwd; echo oops >&2; echo $GREETING; exit 3",
        cwd="sh/sub",
        env={"GREETING": "hi"},
    )
    assert result.status == "ok"
    assert result.content == {
        "exit_code": 3,
        "stdout": f"{sandbox.workspace}/sh/sub\nhi\n",
        "stderr": "oops\n",
    }
    escape = error_text(await call(ctx, "shell", command="ls", cwd="../.."))
    assert "outside the workspace" in escape
    assert "env names" in error_text(await call(ctx, "shell", command="true", env={"BAD-NAME": "x"}))


async def test_shell_huge_output_keeps_head_and_tail(ctx: RunContext[None]) -> None:
    result = await call(ctx, "shell", command="seq 1 300000; seq 1 5000 >&2")
    assert result.status == "ok" and isinstance(result.content, dict)
    stdout, stderr = result.content["stdout"], result.content["stderr"]
    assert stdout.startswith("1\n2\n3\n") and stdout.endswith("299999\n300000\n")
    assert "omitted from the middle of the stdout" in stdout
    assert stderr.startswith("1\n") and stderr.endswith("5000\n")
    assert not result.truncated  # fitted by the tool itself, under the SDK's backstop


async def test_shell_timeout_kills_the_command(ctx: RunContext[None]) -> None:
    result = await call(ctx, "shell", command="echo started; sleep 60", timeout=1)
    assert result.status == "ok" and isinstance(result.content, dict)
    assert result.content["timed_out"] is True
    assert result.content["stdout"] == "started\n"
    assert "did not finish within 1 s" in result.content["note"]


# ----------------------------------------------------------------------------------- python


async def test_python_value_stdout_traceback_and_timeout(sandbox: Any, ctx: RunContext[None]) -> None:
    await sandbox.write_file("py/helper.py", "def answer():\n    return 42\n")
    done = await call(ctx, "python", code="import helper\nprint('computing')\nhelper.answer()", cwd="py")
    assert done.status == "ok" and done.content == {"stdout": "computing\n", "value": "42"}

    failed = await call(ctx, "python", code="data = {}\ndata['missing']")
    assert failed.status == "ok" and isinstance(failed.content, dict)
    traceback = failed.content["error"]
    assert 'File "<snippet>", line 2, in <module>' in traceback and traceback.rstrip().endswith(
        "KeyError: 'missing'"
    )

    slow = await call(
        ctx, "python", code="import time\nprint('begin', flush=True)\ntime.sleep(60)", timeout=1
    )
    assert slow.status == "ok" and isinstance(slow.content, dict)
    assert slow.content["timed_out"] is True and slow.content["stdout"] == "begin\n"
    assert "timed out after 1 seconds" in slow.content["error"]

    huge = await call(ctx, "python", code="for i in range(100000):\n    print(i)")
    assert isinstance(huge.content, dict)
    assert huge.content["stdout"].startswith("0\n1\n") and huge.content["stdout"].endswith("99999\n")
    assert "omitted" in huge.content["stdout"]


async def test_read_only_tools_run_concurrently_on_one_sandbox(sandbox: Any, ctx: RunContext[None]) -> None:
    import anyio

    await sh(sandbox, "mkdir -p cc && for i in 1 2 3 4 5 6; do echo line$i > cc/f$i.txt; done")
    results: dict[int, ToolResult] = {}

    async def read(i: int) -> None:
        results[i] = await call(ctx, "read_file", path=f"cc/f{i}.txt")

    async with anyio.create_task_group() as group:
        for i in range(1, 7):
            group.start_soon(read, i)
    assert [ok_text(results[i]).splitlines()[1] for i in range(1, 7)] == [
        f"     1\tline{i}" for i in range(1, 7)
    ]
