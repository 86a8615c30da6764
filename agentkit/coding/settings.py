"""The coding session's settings, from four scopes: user, project, local, command line.

* user: ``$AGENTKIT_CONFIG_HOME/code.yaml`` (default ``~/.config/agentkit/code.yaml``);
* project: ``REPO/.agentkit/code.yaml`` (committed with the repository);
* local: ``REPO/.agentkit/code.local.yaml`` (kept out of git by ``.agentkit/.gitignore``; where
  "always allow" writes);
* command line: ``--permission-mode``, ``--allow``, ``--ask``, ``--deny``.

Rules from every scope apply (deny first, see `agentkit.coding.permissions`); the mode comes from the
most specific scope that sets one. The files are read once, when the session starts: a file the agent
changes during a session (the sandbox sees ``.agentkit`` read-only, but a person may not) takes effect
at the next start only. The format::

    permissions:
      mode: ask                     # plan | ask | accept-edits | auto
      allow: ["shell(pytest *)", "edit(src/**)"]
      ask: ["shell(git push *)"]
      deny: ["shell(rm -rf *)", "mcp__github__delete_repo"]
    hooks:
      pre_tool_use:
        - {command: "./scripts/guard.sh", match: shell, timeout: 10, on_error: block}
      stop:
        - {command: "pytest -q -x"}
    memory: {max_bytes: 32768}
    checkpoints: {max_ignored_bytes: 1048576}
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import yaml

from agentkit.coding.checkpoints import DEFAULT_MAX_IGNORED_BYTES
from agentkit.coding.hooks import Hook, HookConfigError, hook_from_config
from agentkit.coding.memory import DEFAULT_MAX_BYTES
from agentkit.coding.permissions import Mode, Rule, RuleError, Scope, check_mode, rules_from

PROJECT_DIR: Final = ".agentkit"
PROJECT_FILE: Final = "code.yaml"
LOCAL_FILE: Final = "code.local.yaml"
_TOP_KEYS: Final = {"permissions", "hooks", "memory", "checkpoints"}


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and the key."""


@dataclass
class CodingSettings:
    mode: Mode = "ask"
    rules: list[Rule] = field(default_factory=list)
    hooks: list[Hook] = field(default_factory=list)
    memory_max_bytes: int = DEFAULT_MAX_BYTES
    max_ignored_bytes: int = DEFAULT_MAX_IGNORED_BYTES
    files: list[Path] = field(default_factory=list)


def user_config_path() -> Path:
    home = os.environ.get("AGENTKIT_CONFIG_HOME")
    if home:
        return Path(home) / "code.yaml"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "agentkit" / "code.yaml"


def project_config_path(repo: Path) -> Path:
    return repo / PROJECT_DIR / PROJECT_FILE


def local_config_path(repo: Path) -> Path:
    return repo / PROJECT_DIR / LOCAL_FILE


def load_settings(
    repo: Path,
    *,
    mode: str | None = None,
    allow: Sequence[str] = (),
    ask: Sequence[str] = (),
    deny: Sequence[str] = (),
    hooks: Sequence[Hook] = (),
) -> CodingSettings:
    settings = CodingSettings()
    scopes: list[tuple[Scope, Path]] = [
        ("user", user_config_path()),
        ("project", project_config_path(repo)),
        ("local", local_config_path(repo)),
    ]
    for scope, path in scopes:
        if path.is_file():
            _apply_file(settings, scope, path)
    try:
        settings.rules += rules_from(allow, "allow", "cli") + rules_from(ask, "ask", "cli")
        settings.rules += rules_from(deny, "deny", "cli")
        if mode is not None:
            settings.mode = check_mode(mode, "--permission-mode")
    except RuleError as exc:
        raise SettingsError(str(exc)) from None
    settings.hooks += list(hooks)
    return settings


def _apply_file(settings: CodingSettings, scope: Scope, path: Path) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        return
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: a settings file is a mapping (permissions:, hooks:, ...)")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise SettingsError(f"{path}: unknown keys {sorted(unknown)}; known: {sorted(_TOP_KEYS)}")
    settings.files.append(path)
    try:
        _apply_permissions(settings, scope, path, data.get("permissions") or {})
        for event, entries in (data.get("hooks") or {}).items():
            if not isinstance(entries, list):
                raise SettingsError(f"{path}: hooks.{event} must be a list of hooks")
            settings.hooks += [
                hook_from_config(str(event), _mapping(path, f"hooks.{event}", e), scope) for e in entries
            ]
    except (RuleError, HookConfigError) as exc:
        raise SettingsError(f"{path}: {exc}") from None
    settings.memory_max_bytes = _size(
        path, "memory", data.get("memory"), "max_bytes", settings.memory_max_bytes
    )
    settings.max_ignored_bytes = _size(
        path, "checkpoints", data.get("checkpoints"), "max_ignored_bytes", settings.max_ignored_bytes
    )


def _apply_permissions(settings: CodingSettings, scope: Scope, path: Path, section: Any) -> None:
    section = _mapping(path, "permissions", section)
    unknown = set(section) - {"mode", "allow", "ask", "deny"}
    if unknown:
        raise SettingsError(
            f"{path}: permissions: unknown keys {sorted(unknown)}; known: mode, allow, ask, deny"
        )
    if "mode" in section:
        settings.mode = check_mode(str(section["mode"]), f"{path}: permissions.mode")
    for verdict in ("allow", "ask", "deny"):
        texts = section.get(verdict) or []
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise SettingsError(
                f"{path}: permissions.{verdict} must be a list of rules like 'shell(pytest *)'"
            )
        settings.rules += rules_from(texts, verdict, scope)


def _mapping(path: Path, where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SettingsError(f"{path}: {where} must be a mapping, not {type(value).__name__}")
    return value


def _size(path: Path, section: str, value: Any, key: str, default: int) -> int:
    if value is None:
        return default
    found = _mapping(path, section, value).get(key, default)
    if not isinstance(found, int) or isinstance(found, bool) or found <= 0:
        raise SettingsError(f"{path}: {section}.{key} must be a positive number of bytes, not {found!r}")
    return found


def add_local_rule(repo: Path, rule: Rule) -> Path:
    """Append ``rule`` to the local settings file (created, and kept out of git); returns its path."""
    path = local_config_path(repo)
    path.parent.mkdir(exist_ok=True)
    ignore = path.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text(f"{LOCAL_FILE}\n")
    data: dict[str, Any] = {}
    if path.is_file():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    permissions = data.setdefault("permissions", {})
    rules = permissions.setdefault(rule.verdict, [])
    if rule.text not in rules:
        rules.append(rule.text)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path
