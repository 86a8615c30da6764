"""Docs as tests: every Python block of README.md runs, in order, as one script (later blocks use what
earlier ones defined), from the repository root, in a fresh interpreter. A block whose first line is
``# not run: why`` is a sketch and is skipped (the README says so where the reader sees it). The README's engine is the
ReplayEngine (the named stand-in for the GPU model), so the blocks run here."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_script() -> tuple[str, int]:
    text = (ROOT / "README.md").read_text()
    parts = []
    count = 0
    for match in re.finditer(r"^```python\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
        line = text[: match.start()].count("\n") + 2
        if match.group(1).startswith("# not run:"):  # a sketch, marked as such in the README itself
            continue
        # Pad with blank lines so a traceback's line numbers are the README's own.
        parts.append("\n" * (line - 1 - sum(p.count("\n") for p in parts)) + match.group(1))
        count += 1
    return "".join(parts), count


def test_every_readme_python_block_runs(tmp_path: Path) -> None:
    script, count = readme_script()
    assert count >= 2
    path = tmp_path / "README_blocks.py"
    path.write_text(script)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tools"), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"README.md block failed (line numbers are the README's):\n{done.stderr}"
    assert "It is 18.5 °C in Paris. 2" in done.stdout
    assert "Still 18.5 °C. 3" in done.stdout  # the continued conversation: its third step
