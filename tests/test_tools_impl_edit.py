"""edit and grep, run directly on a real temporary workspace (fast, no Docker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentkit.sandbox.runner.tools import edit, search
from agentkit.sandbox.runner.tools.common import BinaryFileError, PathOutsideWorkspace, ToolInputError

SOURCE = """\
import os


def load(path):
    with open(path) as handle:
        return handle.read()


def save(path, text):
    with open(path, "w") as handle:
        handle.write(text)


def remove(path):
    os.remove(path)
"""


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "io.py").write_text(SOURCE)
    return tmp_path


def test_unique_match_is_replaced_and_the_new_region_shown(ws: Path) -> None:
    out = edit.edit(
        str(ws),
        "io.py",
        "def remove(path):\n    os.remove(path)\n",
        "def remove(path):\n    os.unlink(path)\n",
    )
    assert (ws / "io.py").read_text() == SOURCE.replace("os.remove(path)", "os.unlink(path)")
    assert out.startswith("edited io.py: replaced lines 14-16 with lines 14-16; now:")
    assert "    15\t    os.unlink(path)" in out


def test_several_matches_list_their_line_numbers(ws: Path) -> None:
    with pytest.raises(ToolInputError) as info:
        edit.edit(str(ws), "io.py", "    with open(path", "    with open(str(path)")
    assert "occurs 2 times in io.py, starting at lines 5, 10" in str(info.value)
    assert "include more surrounding lines" in str(info.value)
    assert (ws / "io.py").read_text() == SOURCE


def test_no_match_shows_the_closest_region_with_a_diff(ws: Path) -> None:
    typo = 'def save(path, txt):\n    with open(path, "w") as handle:\n        handle.write(txt)\n'
    with pytest.raises(ToolInputError) as info:
        edit.edit(str(ws), "io.py", typo, "x")
    message = str(info.value)
    assert "old_string was not found in io.py. The closest region is lines 9-11" in message
    assert "     9\tdef save(path, text):" in message
    assert "-def save(path, txt):" in message and "+def save(path, text):" in message
    assert (ws / "io.py").read_text() == SOURCE


def test_whitespace_only_difference_is_named(ws: Path) -> None:
    with pytest.raises(ToolInputError, match="except for whitespace"):
        edit.edit(str(ws), "io.py", "def load(path):\n  with open(path) as handle:\n", "x")


def test_line_number_prefixes_from_read_file_are_recognised(ws: Path) -> None:
    with pytest.raises(ToolInputError, match="line-number prefixes"):
        edit.edit(str(ws), "io.py", "    14\tdef remove(path):\n    15\t    os.remove(path)\n", "x")


def test_nothing_similar_says_so(ws: Path) -> None:
    with pytest.raises(ToolInputError, match="no similar region"):
        edit.edit(str(ws), "io.py", "SELECT * FROM users WHERE id = 7;", "x")


def test_crlf_files_are_edited_in_their_own_line_endings(ws: Path) -> None:
    (ws / "dos.txt").write_bytes(b"alpha\r\nbeta\r\ngamma\r\n")
    edit.edit(str(ws), "dos.txt", "beta\ngamma\n", "BETA\ngamma\n")
    assert (ws / "dos.txt").read_bytes() == b"alpha\r\nBETA\r\ngamma\r\n"


def test_edit_errors(ws: Path) -> None:
    with pytest.raises(ToolInputError, match="does not exist"):
        edit.edit(str(ws), "nope.py", "a", "b")
    (ws / "b.bin").write_bytes(b"\x00\x01")
    with pytest.raises(BinaryFileError):
        edit.edit(str(ws), "b.bin", "a", "b")
    with pytest.raises(ToolInputError, match="old_string is empty"):
        edit.edit(str(ws), "io.py", "", "b")
    with pytest.raises(ToolInputError, match="identical"):
        edit.edit(str(ws), "io.py", "import os", "import os")
    with pytest.raises(PathOutsideWorkspace):
        edit.edit(str(ws), "../io.py", "a", "b")


def test_closest_region_is_found_in_a_large_file(ws: Path) -> None:
    lines = [f"    value_{n} = compute({n}, factor={n % 7})" for n in range(50_000)]
    (ws / "big.py").write_text("\n".join(lines) + "\n")
    with pytest.raises(ToolInputError) as info:
        edit.edit(str(ws), "big.py", "    value_31337 = compute(31337, factor=99)\n", "x")
    assert "closest region is line" in str(info.value) and "31338" in str(info.value)


def test_grep_reports_file_line_text_and_skips_git_and_binaries(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n# TODO: fix\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("todo later\nnothing\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes").write_text("TODO in git\n")
    (tmp_path / "data.bin").write_bytes(b"TODO\x00\x00")
    out = search.grep(str(tmp_path), "todo", ignore_case=True)
    assert out.splitlines() == [
        "a.py:2:# TODO: fix",
        "sub/b.txt:1:todo later",
        "[2 matches in 2 files; skipped 1 binary file(s)]",
    ]
    assert search.grep(str(tmp_path), "TODO", include="*.txt").startswith("no matches for 'TODO'")
    assert search.grep(str(tmp_path), "todo", include="*.txt").splitlines()[0] == "sub/b.txt:1:todo later"
    assert search.grep(str(tmp_path), "x", path="a.py").splitlines()[0] == "a.py:1:x = 1"


def test_grep_caps_results_and_rejects_bad_regex(tmp_path: Path) -> None:
    (tmp_path / "many.txt").write_text("hit\n" * 500)
    out = search.grep(str(tmp_path), "hit", max_results=10).splitlines()
    assert len(out) == 11 and out[-1].startswith("[stopped after 10 matches")
    with pytest.raises(ToolInputError, match="invalid regular expression 'a\\(b': missing \\)"):
        search.grep(str(tmp_path), "a(b")
    with pytest.raises(PathOutsideWorkspace):
        search.grep(str(tmp_path), "x", path="..")
    (tmp_path / "b.bin").write_bytes(b"\x00hit")
    with pytest.raises(ToolInputError, match="binary"):
        search.grep(str(tmp_path), "hit", path="b.bin")
