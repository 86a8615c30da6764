"""apply_patch on a real temporary workspace, with patches made by the real diff, git and difflib."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentkit.sandbox.runner.tools.common import PathOutsideWorkspace, ToolInputError
from agentkit.sandbox.runner.tools.patch import apply_patch
from agentkit.sandbox.runner.tools.patch_parse import parse_patch

BEFORE = "".join(f"line {n}\n" for n in range(1, 41))


def _git(cwd: Path, *args: str) -> str:
    out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert out.returncode in (0, 1), out.stderr
    return out.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.fail("git is required for these tests")
    _git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text(BEFORE)
    (tmp_path / "gone.txt").write_text("bye\n")
    (tmp_path / "old_name.py").write_text("x = 1\n")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "-m", "base")
    return tmp_path


def test_git_diff_with_modify_add_delete_rename_round_trips(repo: Path) -> None:
    after_a = BEFORE.replace("line 3\n", "line three\n").replace("line 30\n", "line 30\nline 30.5\n")
    (repo / "a.txt").write_text(after_a)
    (repo / "docs").mkdir()
    (repo / "docs" / "new.md").write_text("# New\n\ntext\n")
    (repo / "gone.txt").unlink()
    (repo / "old_name.py").rename(repo / "new_name.py")
    _git(repo, "add", "-A")
    patch = _git(repo, "diff", "--cached", "-M")
    _git(repo, "reset", "-q", "--hard")
    assert (repo / "a.txt").read_text() == BEFORE

    out = apply_patch(str(repo), patch)

    assert (repo / "a.txt").read_text() == after_a
    assert (repo / "docs" / "new.md").read_text() == "# New\n\ntext\n"
    assert not (repo / "gone.txt").exists()
    assert not (repo / "old_name.py").exists() and (repo / "new_name.py").read_text() == "x = 1\n"
    assert "M a.txt (+2 -1)" in out and "A docs/new.md (+3)" in out and "D gone.txt" in out
    assert "R old_name.py -> new_name.py" in out


def test_plain_diff_u_with_timestamps_and_no_newline_at_eof(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("a\nb\nc")
    (tmp_path / "f.txt.new").write_text("a\nB\nc\nd\n")
    patch = subprocess.run(
        ["diff", "-u", "f.txt", "f.txt.new"], cwd=tmp_path, capture_output=True, text=True, check=False
    ).stdout
    assert "\\ No newline at end of file" in patch
    apply_patch(str(tmp_path), patch.replace("+++ f.txt.new", "+++ f.txt"))
    assert (tmp_path / "f.txt").read_text() == "a\nB\nc\nd\n"
    # And back again: the reverse diff removes the final newline.
    (tmp_path / "g.txt").write_text("a\nB\nc\nd\n")
    (tmp_path / "g.new").write_text("a\nb\nc")
    back = subprocess.run(
        ["diff", "-u", "g.txt", "g.new"], cwd=tmp_path, capture_output=True, text=True, check=False
    ).stdout
    apply_patch(str(tmp_path), back.replace("+++ g.new", "+++ g.txt"))
    assert (tmp_path / "g.txt").read_text() == "a\nb\nc"


def test_hunk_with_wrong_line_numbers_applies_where_context_matches(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BEFORE)
    patch = "--- a/a.txt\n+++ b/a.txt\n@@ -5,3 +5,3 @@\n line 20\n-line 21\n+line twenty-one\n line 22\n"
    out = apply_patch(str(tmp_path), patch)
    assert (tmp_path / "a.txt").read_text() == BEFORE.replace("line 21\n", "line twenty-one\n")
    assert "hunk 1 of 1 (@@ -5,3 +5,3 @@) applied at line 20 instead of 5" in out


def test_whitespace_drift_in_context_is_tolerated_and_reported(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("def f():\n    a = 1\n    return a\n")
    patch = "--- a/m.py\n+++ b/m.py\n@@ -1,3 +1,3 @@\n def f():\n   a = 1\n-  return a\n+    return a + 1\n"
    out = apply_patch(str(tmp_path), patch)
    # The context line keeps the file's own indentation.
    assert (tmp_path / "m.py").read_text() == "def f():\n    a = 1\n    return a + 1\n"
    assert "matched ignoring whitespace" in out


def test_failing_hunk_names_file_hunk_and_first_mismatching_line_and_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BEFORE)
    (tmp_path / "b.txt").write_text("keep\n")
    patch = (
        "--- a/b.txt\n+++ b/b.txt\n@@ -1 +1 @@\n-keep\n+changed\n"
        "--- a/a.txt\n+++ b/a.txt\n"
        "@@ -2,3 +2,3 @@\n line 2\n-line 3\n+line III\n line 4\n"
        "@@ -10,3 +10,3 @@\n line 10\n-line 11 was different\n+line 11 new\n line 12\n"
    )
    with pytest.raises(ToolInputError) as info:
        apply_patch(str(tmp_path), patch)
    message = str(info.value)
    assert message.startswith("apply_patch failed; no file was changed.")
    assert "a.txt: hunk 2 of 2 (@@ -10,3 +10,3 @@) does not apply" in message
    assert "the file's line 11 is 'line 11' but the hunk expects 'line 11 was different'" in message
    assert "hunk 1 of 2" not in message  # the good hunk is not reported as failing
    assert (tmp_path / "a.txt").read_text() == BEFORE
    assert (tmp_path / "b.txt").read_text() == "keep\n"


def test_file_level_errors(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("x\n")
    with pytest.raises(ToolInputError, match="cannot update missing.txt: it does not exist"):
        apply_patch(str(tmp_path), "--- a/missing.txt\n+++ b/missing.txt\n@@ -1 +1 @@\n-a\n+b\n")
    with pytest.raises(ToolInputError, match="cannot add here.txt: it already exists"):
        apply_patch(str(tmp_path), "--- /dev/null\n+++ b/here.txt\n@@ -0,0 +1 @@\n+y\n")
    with pytest.raises(PathOutsideWorkspace, match="patch path '../evil.txt' is outside the workspace"):
        apply_patch(str(tmp_path), "--- /dev/null\n+++ b/../evil.txt\n@@ -0,0 +1 @@\n+y\n")
    assert not (tmp_path.parent / "evil.txt").exists()
    with pytest.raises(ToolInputError, match="malformed at line 3: .*before any '--- a/path'"):
        apply_patch(str(tmp_path), "some text\n\n@@ -1 +1 @@\n-a\n+b\n")
    with pytest.raises(ToolInputError, match="no file changes found"):
        apply_patch(str(tmp_path), "just prose, no diff")


def test_begin_patch_format_update_add_delete_move(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "def handler(request):\n    return 'ok'\n\n\ndef other():\n    return 'ok'\n"
    )
    (tmp_path / "old.txt").write_text("old\n")
    patch = """```
*** Begin Patch
*** Update File: app.py
*** Move to: main.py
@@ def other():
-    return 'ok'
+    return 'fine'
*** Add File: docs/readme.md
+# Docs
+
+hello
*** Delete File: old.txt
*** End Patch
```"""
    out = apply_patch(str(tmp_path), patch)
    assert (tmp_path / "main.py").read_text() == (
        "def handler(request):\n    return 'ok'\n\n\ndef other():\n    return 'fine'\n"
    )
    assert not (tmp_path / "app.py").exists() and not (tmp_path / "old.txt").exists()
    assert (tmp_path / "docs" / "readme.md").read_text() == "# Docs\n\nhello\n"
    assert "R app.py -> main.py (+1 -1)" in out


def test_begin_patch_failing_hunk_and_bad_anchor(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("alpha = 1\nbeta = 2\ngamma = 3\n")
    with pytest.raises(ToolInputError) as info:
        apply_patch(
            str(tmp_path),
            "*** Begin Patch\n*** Update File: a.py\n@@\n alpha = 1\n-beta = 22\n+beta = 20\n*** End Patch\n",
        )
    message = str(info.value)
    assert "a.py: hunk 1 of 1 (@@) does not apply" in message
    assert "the file's line 2 is 'beta = 2' but the hunk expects 'beta = 22'" in message
    with pytest.raises(ToolInputError, match="its '@@ def nowhere\\(\\):' line was not found"):
        apply_patch(
            str(tmp_path), "*** Begin Patch\n*** Update File: a.py\n@@ def nowhere():\n-x\n+y\n*** End Patch"
        )
    with pytest.raises(ToolInputError, match="malformed at line 3: .*every line must start with '\\+'"):
        apply_patch(str(tmp_path), "*** Begin Patch\n*** Add File: n.txt\noops\n*** End Patch")


def test_begin_patch_end_of_file_marker(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_text("x\ny\nx\n")
    apply_patch(
        str(tmp_path), "*** Begin Patch\n*** Update File: l.txt\n@@\n-x\n+z\n*** End of File\n*** End Patch"
    )
    assert (tmp_path / "l.txt").read_text() == "x\ny\nz\n"


def test_crlf_file_keeps_its_line_endings(tmp_path: Path) -> None:
    (tmp_path / "w.txt").write_bytes(b"one\r\ntwo\r\nthree\r\n")
    apply_patch(str(tmp_path), "--- a/w.txt\n+++ b/w.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n")
    assert (tmp_path / "w.txt").read_bytes() == b"one\r\nTWO\r\nthree\r\n"


def test_miscounted_hunk_and_blank_context_lines_are_tolerated() -> None:
    # Counts say 2 lines, body has 4; a blank line stands for an empty context line.
    patches = parse_patch("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n\n-b\n+c\n")
    assert patches[0].hunks[0].lines == [(" ", "a"), (" ", ""), ("-", "b"), ("+", "c")]
    # git format-patch output: the "-- " signature after the last hunk is not part of it.
    formatted = "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n-- \n2.39.2\n"
    assert parse_patch(formatted)[0].hunks[0].lines == [("-", "a"), ("+", "b")]


lines_strategy = st.lists(st.sampled_from(["a", "b", "c", "", "def f():", "    pass", "x = 1"]), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=lines_strategy, after=lines_strategy, context=st.integers(0, 3))
def test_any_difflib_diff_applies_exactly(
    tmp_path: Path, before: list[str], after: list[str], context: int
) -> None:
    old_text = "".join(line + "\n" for line in before)
    new_text = "".join(line + "\n" for line in after)
    diff = "".join(
        difflib.unified_diff(
            old_text.splitlines(True), new_text.splitlines(True), "a/f.txt", "b/f.txt", n=context
        )
    )
    target = tmp_path / "f.txt"
    target.write_text(old_text)
    if diff == "":
        return
    try:
        apply_patch(str(tmp_path), diff)
    except ToolInputError as exc:
        pytest.fail(f"{exc}\n--- patch ---\n{diff}")
    assert target.read_text() == new_text
