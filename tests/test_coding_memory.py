"""Project memory: AGENTS.md from the root down, CLAUDE.md as fallback, the cap reported."""

from __future__ import annotations

from pathlib import Path

from agentkit.coding.memory import load_memory


def test_memory_from_root_to_path_with_fallback_and_cap(tmp_path: Path) -> None:
    (tmp_path / "AGENTS.md").write_text("root rules\n")
    (tmp_path / "CLAUDE.md").write_text("ignored: AGENTS.md exists here\n")
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "CLAUDE.md").write_text("pkg rules\n")
    (tmp_path / "pkg" / "sub" / "AGENTS.md").write_text("sub rules\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "AGENTS.md").write_text("not on the path\n")
    memory = load_memory(tmp_path, tmp_path / "pkg" / "sub")
    assert [str(f.relative_to(tmp_path)) for f in memory.files] == [
        "AGENTS.md",
        "pkg/CLAUDE.md",
        "pkg/sub/AGENTS.md",
    ]
    assert memory.text.index("root rules") < memory.text.index("pkg rules") < memory.text.index("sub rules")
    assert "not on the path" not in memory.text and "ignored" not in memory.text
    assert memory.truncated == []

    capped = load_memory(tmp_path, tmp_path / "pkg" / "sub", max_bytes=40)
    assert capped.truncated  # reported, never silent
    assert "root rules" in capped.text and "sub rules" not in capped.text
    assert any("left out" in t for t in capped.truncated)
