"""`agentkit code` in a real terminal: tmux (a private server, 120x40) runs the interactive UI on a small
repository, with the replay engine in place of the model and a real Docker sandbox. The test types with
send-keys and reads the screen with capture-pane, as a person would see it."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import cli_env
from conftest import TOKENIZER_JSON

from agentkit.gemma4.completion import call_text

pytestmark = [pytest.mark.docker]
S = '<|"|>'
LONG = "Let me explain at length. " + " ".join(f"point{i}" for i in range(4000))


def call(name: str, **arguments: str) -> str:
    return call_text(name, arguments)


# One line of 104 characters: shown unwrapped only if the UI really renders at the pane's 120 columns.
WIDE = "Fixed: `add` now adds; the minus sign was a typo, and the check prints 5 for add(2, 3) as it should."
SLOW_TOOL = "echo started > started.txt; sleep 61; echo late > late.txt"
OUTPUTS = [
    "<|channel>thought\nadd subtracts; fix it.<channel|>"
    + call("edit", path="calc.py", old_string="return a - b", new_string="return a + b"),
    WIDE + "<turn|>",
    call("shell", command="touch denied.txt"),
    "Understood, no file.<turn|>",
    LONG + "<turn|>",  # streamed slowly: Esc stops it
    "Still here.<turn|>",
    call("shell", command="ls"),  # answered "always"
    call("shell", command="ls"),  # the same call again: not asked
    "Listed twice.<turn|>",
    LONG + "<turn|>",  # Ctrl-C stops it (the engine request)
    call("shell", command=SLOW_TOOL),  # Ctrl-C stops it (the tool, in the sandbox)
    "Back after Ctrl-C.<turn|>",
    LONG + "<turn|>",  # a /compact summary, streamed slowly: Ctrl-C stops it
]


def terminal_env(extra: dict[str, str]) -> dict[str, str]:
    """The environment of the tmux server, hence of the pane, given whole. Under pytest the process's C
    environment holds COLUMNS=80 and LINES=24, which GNU readline sets when pytest imports it (they are not
    in os.environ, but a child started with the inherited environment gets them); in the pane they would
    override the terminal's real size and rich would render 80 columns in a 120-column pane."""
    env = cli_env(extra)
    for key in ("NO_COLOR", "COLUMNS", "LINES", "TERM"):  # a real terminal: its own size, colour on
        env.pop(key, None)
    env["AGENTKIT_TOKENIZER"] = str(TOKENIZER_JSON)
    return env


class Terminal:
    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.env: dict[str, str] | None = None  # the server's environment (set before it starts)

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True, env=self.env
        )
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "ui", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "ui", "-l", text)
        self.keys("Enter")

    def screen(self, *, join: bool = True) -> str:
        # -S -: the scrollback too (finished output scrolls up there); -J joins lines the terminal wrapped
        return self.tmux("capture-pane", "-p", *(["-J"] if join else []), "-S", "-", "-t", "ui")

    def wait_for_prompt(self, timeout: float = 120) -> str:
        """The empty prompt on the last line: the turn is over (keys typed earlier only pre-fill it)."""
        return self.wait_for(r"\n›\s*$", timeout=timeout)

    def wait_for(self, pattern: str, *, count: int = 1, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen().rstrip()
            if len(re.findall(pattern, screen)) >= count:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} (x{count}) not on the screen after {timeout}s:\n{screen}")
            time.sleep(0.3)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is not installed (scripts/docker-bootstrap.sh installs it)")
    socket = f"agentkit-test-{os.getpid()}-{tmp_path.name}"
    yield Terminal(socket)
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, check=False)


def test_a_session_in_a_real_terminal(tmp_path: Path, terminal: Terminal) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    (repo / "calc.py").write_text("def add(a, b):\n    return a - b\n")
    outputs = tmp_path / "outputs.jsonl"
    outputs.write_text("".join(json.dumps({"completion": o}) + "\n" for o in OUTPUTS))
    engine = f"{{kind: replay, outputs: {outputs}, delay_s: 0.03}}"
    terminal.env = terminal_env(
        {"AGENTKIT_CODE_HOME": str(tmp_path / "home"), "AGENTKIT_CONFIG_HOME": str(tmp_path / "cfg")}
    )
    script = tmp_path / "run.sh"
    command = shlex.join([sys.executable, "-m", "agentkit.cli.app", "code", "--engine", engine])
    # Three sessions: the first ends with /exit, the second with Ctrl-D, the third with Ctrl-C twice.
    script.write_text(
        f"cd {shlex.quote(str(repo))}\necho terminal $(stty size) $TERM ${{COLUMNS:-no}}-columns\n"
        + f"{command}\necho EXITED $?\n" * 3
        + "sleep 600\n"
    )
    terminal.tmux(
        "-f", "/dev/null", "new-session", "-d", "-s", "ui", "-x", "120", "-y", "40", f"bash {script}"
    )

    screen = terminal.wait_for_prompt(timeout=180)
    assert re.search(r"terminal 40 120 \S+ no-columns", screen), screen  # no COLUMNS in the pane
    session_id = re.search(r"session (\d{8}-\d{6}-\w+)", screen)
    assert session_id, screen

    # a request with an attached file; the edit is shown as a diff and asks
    terminal.type("fix @calc.py")
    screen = terminal.wait_for(r"allow\? \[y/a/n\]")
    assert "attached @calc.py" in screen
    assert "∴ thought" in screen
    assert "-return a - b" in screen and "+return a + b" in screen
    assert "always allow (saves: edit(calc.py)" in screen
    terminal.type("y")
    screen = terminal.wait_for(r"Fixed: add now adds;")
    assert re.search(
        r"step 2 · prompt [\d.,k]+ \([\d.,k]+ cached\) · generated \d+ · context \d+% · [\d.]+s", screen
    )
    assert "return a + b" in (repo / "calc.py").read_text()
    terminal.wait_for_prompt()
    # rendered at the pane's width: the 104-character answer is one row of the terminal, not wrapped
    rows = terminal.screen(join=False).splitlines()
    assert WIDE.replace("`", "") in [row.rstrip() for row in rows], "\n".join(rows)

    # a denied command does not run, and the model is told why
    terminal.type("make a file")
    terminal.wait_for(r"allow\? \[y/a/n\]", count=2)
    terminal.type("n")
    terminal.wait_for("message to the model")
    terminal.type("no files please")
    screen = terminal.wait_for(r"Understood, no file\.")
    assert "Permission denied by the user. no files please" in screen
    assert not (repo / "denied.txt").exists()
    terminal.wait_for_prompt()

    # /diff shows the session's change; /undo takes it back
    terminal.type("/diff")
    terminal.wait_for(r"\+    return a \+ b")
    terminal.wait_for_prompt()
    terminal.type("/undo")
    terminal.wait_for("undone")
    terminal.wait_for_prompt()
    assert (repo / "calc.py").read_text() == "def add(a, b):\n    return a - b\n"

    # !cmd runs in the sandbox (it sees the repository as /workspace)
    terminal.type("!pwd; cat calc.py")
    terminal.wait_for(r"/workspace\ndef add\(a, b\):\n    return a - b\nexit 0")
    terminal.wait_for_prompt()

    # Esc stops a long turn; the session goes on
    terminal.type("explain everything")
    terminal.wait_for("Esc stops")
    terminal.keys("Escape")
    terminal.wait_for("■ interrupted")
    terminal.wait_for_prompt()
    terminal.type("still there?")
    terminal.wait_for(r"Still here\.")
    terminal.wait_for_prompt()

    # slash commands answer at the prompt (a typo gets a suggestion)
    terminal.type("/cots")
    terminal.wait_for(r"/cots: no such command; did you mean 'cost'\?")
    terminal.type("/cost")
    terminal.wait_for(r"session +\d+ steps · [\d.k]+ prompt")
    terminal.type("/context")
    terminal.wait_for(r"window +262,144 tokens")
    terminal.type("/permissions allow shell(pytest *)")
    terminal.wait_for(r"added allow shell\(pytest \*\) \[session\]")
    terminal.wait_for_prompt()

    # "always": the rule is saved where the prompt said, and the same call is not asked again
    terminal.type("list the files twice")
    screen = terminal.wait_for(r"allow\? \[y/a/n\]", count=3)
    assert "always allow (saves: shell(ls *) to .agentkit/code.local.yaml)" in screen
    terminal.type("a")
    screen = terminal.wait_for(r"Listed twice\.")
    assert len(re.findall(r"allow\? \[y/a/n\]", screen)) == 3
    assert len(re.findall(r"● shell\(command='ls'\)", screen)) == 2
    assert "shell(ls *)" in (repo / ".agentkit" / "code.local.yaml").read_text()
    terminal.wait_for_prompt()

    # Ctrl-C stops a long turn (the engine request) and a running tool (in the sandbox, which is kept)
    sandbox = containers(session_id.group(1))
    assert len(sandbox.split()) == 1
    terminal.type("explain it again")
    terminal.wait_for("Esc stops")  # the live status line, while the turn runs
    terminal.keys("C-c")
    terminal.wait_for("■ interrupted", count=2)
    terminal.wait_for_prompt()
    terminal.type("wait a minute")
    terminal.wait_for(r"allow\? \[y/a/n\]", count=4)
    terminal.type("y")
    deadline = time.monotonic() + 60
    while not (repo / "started.txt").exists():
        assert time.monotonic() < deadline, terminal.screen()
        time.sleep(0.1)
    terminal.keys("C-c")
    terminal.wait_for("■ interrupted", count=3)
    terminal.wait_for_prompt()
    assert containers(session_id.group(1)) == sandbox  # the same sandbox goes on
    terminal.type("!for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done | grep -c '[s]leep 61'")
    terminal.wait_for(r"\n0\nexit 1 ")  # the tool's process tree is gone
    terminal.wait_for_prompt()
    terminal.type("are you back?")
    terminal.wait_for(r"Back after Ctrl-C\.")
    terminal.wait_for_prompt()
    assert not (repo / "late.txt").exists()

    # Ctrl-C stops a /compact whose summary takes long; the conversation stays as it was
    terminal.type("/compact the numbers")
    terminal.wait_for(r"compacting the conversation \(focus: the numbers\)… \(Esc stops\)")
    time.sleep(1)
    terminal.keys("C-c")
    terminal.wait_for("■ compaction interrupted: the conversation is unchanged")
    terminal.wait_for_prompt()

    # /exit ends the session and removes its sandbox
    terminal.type("/exit")
    terminal.wait_for("EXITED 0", timeout=60)

    # Ctrl-D at the prompt ends the next session
    terminal.wait_for_prompt()
    terminal.keys("C-d")
    terminal.wait_for("EXITED 0", count=2, timeout=60)

    # Ctrl-C at an empty prompt only warns; a second one within two seconds ends the session
    terminal.wait_for_prompt()
    terminal.keys("C-c")
    terminal.wait_for(r"\(Ctrl-C again to exit, or /exit\)")
    time.sleep(2.5)
    terminal.keys("C-c")
    terminal.wait_for(r"\(Ctrl-C again to exit, or /exit\)", count=2)
    terminal.keys("C-c")
    screen = terminal.wait_for("EXITED 0", count=3, timeout=60)
    assert "EXITED 0" in screen.splitlines()[-1]
    ended = re.findall(r"session (\d{8}-\d{6}-\w+) saved", screen)
    assert len(set(ended)) == 3 and ended[0] == session_id.group(1)
    for ended_id in ended:
        assert containers(ended_id) == "", f"containers left behind by {ended_id}"


def containers(session_id: str) -> str:
    label = f"agentkit.run=code-{session_id}"
    left = subprocess.run(
        ["docker", "ps", "-aq", "--filter", f"label={label}"], capture_output=True, text=True, check=True
    )
    return left.stdout.strip()
