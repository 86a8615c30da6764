"""Permissions: which tool calls run, which ask the person, which are refused; and the log of each.

Modes (what happens when no rule decides):

* ``plan``: read-only tools only; everything else is refused, whatever the rules say.
* ``ask`` (default): read-only tools run; edits, shell, python and other tools ask.
* ``accept-edits``: edits run too; shell, python and other tools ask.
* ``auto``: everything runs (inside the sandbox).

Rules are written ``NAME`` or ``NAME(PATTERN)``. NAME is a tool name (``shell``, ``write_file``,
``mcp__server__tool``, or a glob of names: ``mcp__github__*``) or a category: ``edit`` (edit, write_file, apply_patch), ``read`` (every
read-only tool). PATTERN is a glob (``*`` also crosses ``/``): for shell it is matched against each
simple command of the line (``shell(pytest *)``; ``X *`` also matches a bare ``X``); for edit and read
against each workspace-relative path the call touches (``edit(src/**)``); for python against the code.
A rule without a pattern matches every call of that name.

Evaluation: deny rules first (any subject matched: refused), then ask rules, then allow rules (every
subject must be allowed by some rule: every segment of a compound shell command, every file of a
patch), then the mode. Rules come from scopes, user < project < local < command line, all of them
applying; the mode from the most specific scope that sets one.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from agentkit.coding.shell_split import split_command

Mode = Literal["plan", "ask", "accept-edits", "auto"]
MODES: Final[tuple[Mode, ...]] = ("plan", "ask", "accept-edits", "auto")
Verdict = Literal["allow", "ask", "deny"]
Scope = Literal["user", "project", "local", "cli", "session"]

EDIT_TOOLS: Final = frozenset({"edit", "write_file", "apply_patch"})
# Commands whose arguments are themselves commands: "always allow" keeps them exact, never `X *`.
_RUNS_COMMANDS: Final = frozenset(
    {"bash", "sh", "zsh", "dash", "eval", "exec", "env", "xargs", "sudo", "nohup", "timeout", "nice", "find",
     "python", "python3", "perl", "ruby", "node", "command", "builtin", "source", "."}
)  # fmt: skip
_RULE_RE: Final = re.compile(r"^\s*([A-Za-z_*][A-Za-z0-9_.\-*]*)\s*(?:\((.*)\))?\s*$", re.DOTALL)
_PATCH_PATH_RE: Final = re.compile(
    r"^(?:\+\+\+ |--- |\*\*\* (?:Add|Update|Delete) File: |\*\*\* Move to: )(?:[ab]/)?(\S+)", re.MULTILINE
)


class RuleError(ValueError):
    """A permission rule that cannot be read; the message shows the rule and the expected form."""


@dataclass(frozen=True)
class Rule:
    verdict: Verdict
    name: str
    pattern: str | None = None
    scope: Scope = "cli"

    @classmethod
    def parse(cls, text: str, verdict: Verdict, scope: Scope = "cli") -> Rule:
        match = _RULE_RE.match(text)
        if not match:
            raise RuleError(
                f"{scope} {verdict} rule {text!r} is not NAME or NAME(PATTERN), e.g. 'shell(pytest *)', "
                "'edit(src/**)' or 'mcp__server__tool'"
            )
        name, pattern = match.group(1), match.group(2)
        if pattern is not None and not pattern.strip():
            raise RuleError(
                f"{scope} {verdict} rule {text!r} has an empty pattern; write {name!r} for every call"
            )
        return cls(verdict, name, pattern.strip() if pattern is not None else None, scope)

    @property
    def text(self) -> str:
        return self.name if self.pattern is None else f"{self.name}({self.pattern})"

    def __str__(self) -> str:
        return f"{self.verdict} {self.text} [{self.scope}]"

    def matches(self, tool: str, category: str, subject: str | None) -> bool:
        if self.name != category and not fnmatch.fnmatchcase(tool, self.name):
            return False
        if self.pattern is None:
            return True
        if subject is None:
            return False
        if fnmatch.fnmatchcase(subject, self.pattern):
            return True
        # `pytest *` also allows a bare `pytest`; `src/**` also the directory `src` itself.
        for suffix in (" *", "/**", "/*"):
            if self.pattern.endswith(suffix) and subject == self.pattern[: -len(suffix)]:
                return True
        return False


@dataclass(frozen=True)
class CallView:
    """What permissions look at in one call: the tool, its category, and the subjects rules match."""

    tool: str
    category: str
    subjects: list[str | None]
    read_only: bool
    note: str | None = None  # e.g. a shell line that could not be split


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str
    rule: Rule | None = None
    view: CallView | None = None

    def log_record(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "rule": str(self.rule) if self.rule else None,
            "reason": self.reason,
            "tool": self.view.tool if self.view else None,
            "subjects": self.view.subjects if self.view else [],
        }


def call_view(tool: str, arguments: Mapping[str, Any], *, read_only: bool) -> CallView:
    """The category and subjects of a call (shell segments, paths, code)."""
    if tool == "shell":
        split = split_command(str(arguments.get("command", "")))
        if not split.ok:
            return CallView(
                tool, "shell", [None], read_only, note=f"could not split the command ({split.error})"
            )
        return CallView(tool, "shell", list(split.segments) or [""], read_only)
    if tool == "python":
        return CallView(tool, "python", [str(arguments.get("code", ""))], read_only)
    if tool in EDIT_TOOLS:
        paths: list[str | None] = []
        if tool == "apply_patch":
            patch = str(arguments.get("patch", ""))
            paths.extend(dict.fromkeys(p for p in _PATCH_PATH_RE.findall(patch) if p != "/dev/null"))
        elif "path" in arguments:
            paths.append(_normal_path(str(arguments["path"])))
        return CallView(tool, "edit", paths or [None], read_only)
    if read_only:
        path = arguments.get("path") or arguments.get("pattern")
        return CallView(tool, "read", [_normal_path(str(path)) if path is not None else None], read_only)
    return CallView(tool, "other", [None], read_only)


def _normal_path(path: str) -> str:
    path = path.strip()
    for prefix in ("/workspace/", "./"):
        while path.startswith(prefix):
            path = path[len(prefix) :]
    return path or "."


@dataclass
class PermissionPolicy:
    """A mode and rules; `decide` gives a `Decision` naming the rule (or mode) that made it."""

    mode: Mode = "ask"
    rules: list[Rule] = field(default_factory=list)

    def decide(self, view: CallView) -> Decision:
        if self.mode == "plan" and not view.read_only:
            return Decision("deny", "plan mode allows read-only tools only", view=view)
        for subject in view.subjects:
            for rule in self.rules:
                if rule.verdict == "deny" and rule.matches(view.tool, view.category, subject):
                    return Decision("deny", f"denied by rule {rule.text} ({rule.scope})", rule, view)
        for subject in view.subjects:
            for rule in self.rules:
                if rule.verdict == "ask" and rule.matches(view.tool, view.category, subject):
                    return Decision("ask", f"rule {rule.text} ({rule.scope}) asks", rule, view)
        allowed_by: list[Rule] = []
        for subject in view.subjects:
            found = next(
                (
                    r
                    for r in self.rules
                    if r.verdict == "allow" and r.matches(view.tool, view.category, subject)
                ),
                None,
            )
            if found is None:
                break
            allowed_by.append(found)
        else:
            if allowed_by:
                names = ", ".join(dict.fromkeys(f"{r.text} ({r.scope})" for r in allowed_by))
                return Decision("allow", f"allowed by rule {names}", allowed_by[0], view)
        return self._by_mode(view)

    def _by_mode(self, view: CallView) -> Decision:
        if view.read_only or self.mode == "auto":
            return Decision(
                "allow",
                f"{self.mode} mode allows {'read-only tools' if view.read_only else 'every tool'}",
                view=view,
            )
        if self.mode == "accept-edits" and view.category == "edit":
            return Decision("allow", "accept-edits mode allows edits", view=view)
        return Decision(
            "ask",
            f"{self.mode} mode asks before {view.category} calls" + (f"; {view.note}" if view.note else ""),
            view=view,
        )

    def add(self, rule: Rule) -> None:
        self.rules.append(rule)


def generalize(view: CallView, policy: PermissionPolicy) -> list[Rule]:
    """The allow rules an "always allow" of this call adds: one per subject no rule allows yet.

    ``pytest -q tests/a.py`` becomes ``shell(pytest *)``; commands that run other commands (``bash``,
    ``xargs``, ``env``...) stay exact. An edit of ``src/pkg/a.py`` becomes ``edit(src/pkg/**)``.
    """
    rules: list[Rule] = []
    for subject in view.subjects:
        single = CallView(view.tool, view.category, [subject], view.read_only)
        decided = policy.decide(single)
        if decided.verdict == "allow" and decided.rule is not None:
            continue
        rules.append(Rule("allow", *_generalized(view, subject), scope="local"))
    return list(dict.fromkeys(rules))


def _generalized(view: CallView, subject: str | None) -> tuple[str, str | None]:
    if subject is None:
        return view.tool, None
    if view.category == "shell":
        first = subject.split(" ", 1)[0]
        if not first or first in _RUNS_COMMANDS or "/" in first or any(c in first for c in "*?[$`"):
            return "shell", subject
        return "shell", f"{first} *"
    if view.category == "edit":
        directory = subject.rsplit("/", 1)[0] if "/" in subject else None
        return "edit", f"{directory}/**" if directory else subject
    return view.tool, None


def rules_from(texts: Iterable[str], verdict: Verdict, scope: Scope) -> list[Rule]:
    return [Rule.parse(text, verdict, scope) for text in texts]


def check_mode(value: str, where: str) -> Mode:
    if value not in MODES:
        from agentkit.suggest import suggest

        raise RuleError(
            f"{where}: permission mode {value!r} is not one of {', '.join(MODES)}{suggest(value, MODES)}"
        )
    return value


def describe_rules(rules: Sequence[Rule]) -> str:
    return "\n".join(str(rule) for rule in rules) or "(no rules)"
