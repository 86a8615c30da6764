"""The in-sandbox file tools, run directly on a real temporary workspace (fast, no Docker)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from agentkit.sandbox.runner.tools import files
from agentkit.sandbox.runner.tools.common import (
    BinaryFileError,
    PathOutsideWorkspace,
    ToolInputError,
    Workspace,
    truncate_middle,
)
from agentkit.sandbox.runner.tools.entry import call


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "mod.py").write_text("".join(f"line {n}\n" for n in range(1, 101)))
    (root / "README.md").write_text("# title\nbody\n")
    (root / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / "secret.txt").write_text("outside\n")
    os.symlink(tmp_path / "secret.txt", root / "escape.txt")
    os.symlink(tmp_path, root / "escape_dir")
    return root


def test_resolve_refuses_dotdot_absolute_and_symlink_escapes(ws: Path) -> None:
    workspace = Workspace(str(ws))
    assert workspace.resolve("src/../README.md").shown == "README.md"
    assert workspace.resolve(str(ws / "README.md")).shown == "README.md"
    with pytest.raises(PathOutsideWorkspace, match="outside the workspace"):
        workspace.resolve("../secret.txt")
    with pytest.raises(PathOutsideWorkspace, match="outside the workspace"):
        workspace.resolve("/etc/passwd")
    with pytest.raises(PathOutsideWorkspace, match="through a symlink"):
        workspace.resolve("escape.txt")
    with pytest.raises(PathOutsideWorkspace, match="through a symlink"):
        workspace.resolve("escape_dir/secret.txt")
    with pytest.raises(ToolInputError, match="empty"):
        workspace.resolve("  ")


def test_read_file_numbers_lines_and_honours_ranges(ws: Path) -> None:
    out = files.read_file(str(ws), "src/pkg/mod.py", start_line=10, end_line=12)
    assert out.splitlines() == [
        "src/pkg/mod.py: lines 10-12 of 100",
        "    10\tline 10",
        "    11\tline 11",
        "    12\tline 12",
    ]
    whole = files.read_file(str(ws), "README.md")
    assert whole == "README.md: lines 1-2 of 2\n     1\t# title\n     2\tbody"


def test_read_file_errors_say_what_is_wrong(ws: Path) -> None:
    with pytest.raises(ToolInputError, match="does not exist"):
        files.read_file(str(ws), "missing.txt")
    with pytest.raises(BinaryFileError, match="blob.bin is a binary file"):
        files.read_file(str(ws), "blob.bin")
    with pytest.raises(ToolInputError, match="is a directory"):
        files.read_file(str(ws), "src")
    with pytest.raises(ToolInputError, match="past the end of src/pkg/mod.py, which has 100 lines"):
        files.read_file(str(ws), "src/pkg/mod.py", start_line=101)
    with pytest.raises(ToolInputError, match="end_line"):
        files.read_file(str(ws), "README.md", start_line=2, end_line=1)
    (ws / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(BinaryFileError, match="not UTF-8 text .*0xe9 on line 1"):
        files.read_file(str(ws), "latin1.txt")


def test_read_file_caps_output_and_says_how_to_continue(ws: Path) -> None:
    (ws / "big.txt").write_text("".join(f"row {n}\n" for n in range(1, 5001)))
    out = files.read_file(str(ws), "big.txt")
    lines = out.splitlines()
    assert lines[0] == f"big.txt: lines 1-{files.READ_MAX_LINES} of 5000"
    assert lines[-1].endswith(f"Continue with start_line={files.READ_MAX_LINES + 1}]")
    (ws / "wide.txt").write_text("x" * 10_000 + "\n")
    assert "more characters on this line" in files.read_file(str(ws), "wide.txt")


def test_read_file_keeps_crlf_out_of_the_text(ws: Path) -> None:
    (ws / "dos.txt").write_bytes(b"one\r\ntwo\r\n")
    assert files.read_file(str(ws), "dos.txt").splitlines()[1:] == ["     1\tone", "     2\ttwo"]


def test_write_file_creates_parents_and_reports(ws: Path) -> None:
    out = files.write_file(str(ws), "new/dir/a.txt", "a\nb\n")
    assert out == "created new/dir/a.txt: 4 bytes, 2 lines"
    assert (ws / "new/dir/a.txt").read_text() == "a\nb\n"
    out = files.write_file(str(ws), "new/dir/a.txt", "c")
    assert out == "overwrote new/dir/a.txt: 1 bytes, 1 lines (was 4 bytes)"
    with pytest.raises(ToolInputError, match="does not exist"):
        files.write_file(str(ws), "other/b.txt", "x", create_dirs=False)
    with pytest.raises(PathOutsideWorkspace):
        files.write_file(str(ws), "escape_dir/planted.txt", "x")
    assert not (ws.parent / "planted.txt").exists()
    with pytest.raises(ToolInputError, match="is a directory"):
        files.write_file(str(ws), "src", "x")


def test_write_file_keeps_the_mode_of_an_existing_file(ws: Path) -> None:
    script = ws / "run.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    files.write_file(str(ws), "run.sh", "#!/bin/sh\necho hi\n")
    assert script.stat().st_mode & 0o777 == 0o755


def test_list_dir_shows_kinds_sizes_links_and_does_not_descend_git(ws: Path) -> None:
    out = files.list_dir(str(ws), ".", depth=3).splitlines()
    assert out[0].startswith("./ (")
    assert ".git/" in out and not any(line.startswith(".git/HEAD") for line in out)
    assert "README.md  (13 bytes)" in out
    assert f"escape.txt -> {ws.parent / 'secret.txt'}" in out
    assert "src/pkg/mod.py  (" + str((ws / "src/pkg/mod.py").stat().st_size) + " bytes)" in out
    with pytest.raises(ToolInputError, match="is a file"):
        files.list_dir(str(ws), "README.md")


def test_glob_matches_recursively_with_braces_and_hints_on_no_match(ws: Path) -> None:
    (ws / "src" / "pkg" / "types.pyi").write_text("")
    assert files.glob(str(ws), "**/*.py").splitlines() == ["src/pkg/mod.py"]
    assert files.glob(str(ws), "src/**/*.{py,pyi}").splitlines() == ["src/pkg/mod.py", "src/pkg/types.pyi"]
    assert files.glob(str(ws), "*.py", path="src/pkg") == "src/pkg/mod.py"
    assert files.glob(str(ws), "src/*").splitlines() == ["src/pkg/"]
    assert files.glob(str(ws), "src/pkg/") == "src/pkg/"
    assert "use '**/*.py'" in files.glob(str(ws), "*.py")
    with pytest.raises(ToolInputError, match="may not contain '..'"):
        files.glob(str(ws), "../*")
    # The symlink to the outside is listed by name but never walked into.
    assert "secret.txt" not in files.glob(str(ws), "**/*.txt")


def test_glob_to_regex_segments() -> None:
    rx = files.glob_to_regex("a/**/b?.[ch]")
    assert rx.match("a/b1.c") and rx.match("a/x/y/bz.h")
    assert not rx.match("a/b12.c") and not rx.match("a/x/b1.py")
    assert files.glob_to_regex("*.py").match("x.py") and not files.glob_to_regex("*.py").match("d/x.py")
    assert files.glob_to_regex("[!a]*").match("b") and not files.glob_to_regex("[!a]*").match("a")


def test_truncate_middle_keeps_head_and_tail_with_a_marker() -> None:
    text = "".join(f"line {n}\n" for n in range(10_000))
    out, cut = truncate_middle(text, 2000)
    assert cut and len(out) < 2200
    assert out.startswith("line 0\n") and out.endswith("line 9999\n")
    assert "omitted from the middle of the output" in out
    assert truncate_middle("short", 10) == ("short", False)


def test_entry_turns_input_errors_into_values(ws: Path) -> None:
    assert call("read_file", {"workspace": str(ws), "path": "missing"}) == {
        "ok": False,
        "error": "missing does not exist (use list_dir or glob to find the right path)",
    }
    ok = call("list_dir", {"workspace": str(ws), "path": "src"})
    assert ok["ok"] is True and "pkg/" in ok["result"]
    assert "unknown operation" in call("nope", {})["error"]


def test_fifos_are_refused_or_skipped_instead_of_blocking(ws: Path) -> None:
    from agentkit.sandbox.runner.tools.search import grep

    os.mkfifo(ws / "pipe")
    with pytest.raises(ToolInputError, match="pipe is not a regular file"):
        files.read_file(str(ws), "pipe")
    assert grep(str(ws), "title").splitlines()[0] == "README.md:1:# title"


def test_listings_stop_at_the_character_cap(ws: Path) -> None:
    many = ws / "many"
    many.mkdir()
    for n in range(900):
        (many / f"{'long_name_' * 8}{n:04}.txt").write_text("needle\n")
    globbed = files.glob(str(ws), "many/*.txt").splitlines()
    assert len("\n".join(globbed)) < 52_000
    assert globbed[-1].startswith("[... ") and "more matches not shown" in globbed[-1]
    from agentkit.sandbox.runner.tools.search import grep

    found = grep(str(ws), "needle", path="many", max_results=2000).splitlines()
    assert found[-1].startswith(f"[stopped after {len(found) - 1} matches")
