"""Workspace checkpoints: snapshots of a whole directory in a git object store of the session's own.

Each snapshot is a commit in a git directory under the session folder, made with git plumbing against
the workspace (``GIT_DIR``, ``GIT_WORK_TREE`` and ``GIT_INDEX_FILE`` all point at the session, never at
the user's repository): the user's branch, index, stash, hooks and config are never read or written,
the workspace need not be a git repository, and commits carry a fixed identity so a machine without
``user.name`` still gets real snapshots. What a snapshot holds:

* every file git would see (tracked or untracked) under the workspace's own ignore rules;
* ignored files up to ``max_ignored_bytes`` each (a ``.env``, a local config), but not ignored
  directories (``node_modules/``, ``.venv/``: large, rebuilt by tools, and named in the report);
* whatever a shell command changed, since the snapshot reads the directory itself, not tool calls.

Content is stored byte for byte: the workspace's ``.gitattributes`` filters, end-of-line conversion and
the user's global git config (LFS, autocrlf) are switched off for this store. Restoring checks the
snapshot's tree out over the workspace after taking a safety snapshot; if checking out fails midway the
safety snapshot is checked out again, so a restore completes or changes nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Final, Literal

from agentkit.coding.scan import WorkspaceScan, WorkspaceScanner

IDENTITY: Final = ("agentkit checkpoints", "checkpoints@agentkit.invalid")
#: Attributes that make git store and restore bytes as they are (highest precedence: info/attributes).
RAW_ATTRIBUTES: Final = "* -text -filter -ident -working-tree-encoding\n"
DEFAULT_MAX_IGNORED_BYTES: Final = 1 << 20
#: More changed paths than this and the ignored listing walks the whole workspace instead (argv size).
_MAX_PATHSPECS: Final = 2000

ChangeKind = Literal["added", "modified", "deleted", "type_changed"]
_KINDS: Final[dict[str, ChangeKind]] = {"A": "added", "M": "modified", "D": "deleted", "T": "type_changed"}


class CheckpointError(RuntimeError):
    """A snapshot or restore failed; the message names the git command and what it said."""


@dataclass(frozen=True)
class Checkpoint:
    """One snapshot: its commit and tree in the session's store, and why it was taken."""

    number: int
    commit: str
    tree: str
    label: str
    step: int | None = None
    at: float = field(default_factory=time.time)
    skipped_ignored_dirs: tuple[str, ...] = ()
    skipped_large_files: tuple[str, ...] = ()
    duration_s: float = 0.0


@dataclass(frozen=True)
class FileChange:
    kind: ChangeKind
    path: str

    def __str__(self) -> str:
        return f"{self.kind[0].upper()} {self.path}"


@dataclass(frozen=True)
class RestoreReport:
    """What a restore changed (or, for a preview, would change), and the safety snapshot it took."""

    target: Checkpoint
    changes: list[FileChange]
    safety: Checkpoint | None = None


class CheckpointStore:
    """Snapshots of ``workspace`` kept in ``store`` (a directory of the session's; created on first use).

    ``exclude``: workspace-relative path prefixes never snapshotted nor restored (e.g. ``.agentkit/``,
    so an undo never takes back a permission rule the person just added).
    ``watch``: find changes through an inotify watch where the kernel has one (else every snapshot walks
    the whole workspace; see `WorkspaceScanner`).
    """

    def __init__(
        self,
        workspace: str | os.PathLike[str],
        store: str | os.PathLike[str],
        *,
        max_ignored_bytes: int = DEFAULT_MAX_IGNORED_BYTES,
        exclude: Sequence[str] = (),
        watch: bool = True,
    ) -> None:
        self.workspace = Path(workspace).resolve()
        self.store = Path(store).resolve()  # git runs in the workspace: a relative store would move
        self.git_dir = self.store / "git"
        self.index_file = self.store / "index"
        self.log_file = self.store / "checkpoints.jsonl"
        self.max_ignored_bytes = max_ignored_bytes
        self.exclude = tuple(exclude)
        self._env = self._git_env()
        self._checkpoints: list[Checkpoint] | None = None
        # What the index was last brought up to date with (by this object): the walk it was made from,
        # the paths it holds, and the index file's stat then. None: the next snapshot does a full add.
        self._baseline: WorkspaceScan | None = None
        self._tracked: set[str] = set()
        self._index_stat: tuple[int, int, int] | None = None
        self._ignore_bytes: dict[str, bytes | None] = {}  # .gitignore files written just before it
        # Shared with the scrub, which needs the same stats after each changing call.
        self.scanner = WorkspaceScanner(self.workspace, watch=watch)

    # -- git ----------------------------------------------------------------------------------------

    def _git_env(self) -> dict[str, str]:
        # Nothing of the caller's git setup may leak in: a GIT_DIR inherited from a hook would point the
        # commands at the user's repository, a global config could add filters or hooks.
        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        name, email = IDENTITY
        env.update(
            GIT_DIR=str(self.git_dir),
            GIT_WORK_TREE=str(self.workspace),
            GIT_INDEX_FILE=str(self.index_file),
            GIT_CONFIG_NOSYSTEM="1",
            GIT_CONFIG_GLOBAL=os.devnull,
            GIT_AUTHOR_NAME=name,
            GIT_AUTHOR_EMAIL=email,
            GIT_COMMITTER_NAME=name,
            GIT_COMMITTER_EMAIL=email,
            GIT_TERMINAL_PROMPT="0",
            GIT_OPTIONAL_LOCKS="0",
            LC_ALL="C",
        )
        return env

    def _git(self, *args: str, stdin: bytes | None = None, check: bool = True) -> bytes:
        command = ["git", *args]
        try:
            done = subprocess.run(
                command, cwd=self.workspace, env=self._env, input=stdin, capture_output=True, check=False
            )
        except FileNotFoundError:
            raise CheckpointError("checkpoints need git on the host, and no `git` is on PATH") from None
        if check and done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip()
            raise CheckpointError(f"git {args[0]} failed in the checkpoint store {self.git_dir}: {message}")
        return done.stdout

    def _ensure(self) -> None:
        if (self.git_dir / "HEAD").is_file():
            return
        if not self.workspace.is_dir():
            raise CheckpointError(f"cannot checkpoint {self.workspace}: not a directory")
        self.store.mkdir(parents=True, exist_ok=True)
        self._git("init", "--quiet", str(self.git_dir))
        settings = {
            "core.bare": "false",
            "core.autocrlf": "false",
            "core.safecrlf": "false",
            "core.symlinks": "true",
            "core.fileMode": "true",
            "core.untrackedCache": "true",
            # The index is read and rewritten by every snapshot: version 4 compresses its paths, and a
            # split index rewrites only the entries changed since the shared part was last written.
            "index.version": "4",
            "core.splitIndex": "true",
            "core.quotePath": "false",
            "core.hooksPath": os.devnull,
            "gc.auto": "0",
            "commit.gpgSign": "false",
        }
        for key, value in settings.items():
            self._git("config", key, value)
        info = self.git_dir / "info"
        info.mkdir(exist_ok=True)
        (info / "attributes").write_text(RAW_ATTRIBUTES)
        excludes = "".join(f"/{prefix}\n" for prefix in self.exclude)
        user_exclude = self.workspace / ".git" / "info" / "exclude"
        if user_exclude.is_file():  # the user's local ignores apply to the snapshot as they do in git
            excludes += user_exclude.read_text(errors="replace")
        (info / "exclude").write_text(excludes)

    # -- snapshots ----------------------------------------------------------------------------------

    def snapshot(self, label: str, *, step: int | None = None) -> Checkpoint:
        """Snapshot the workspace now.

        A scan of the workspace (`WorkspaceScanner`: a walk, or only the directories changed since the
        last scan) finds what changed since this store's last snapshot; git is then asked about those
        paths only, and nothing at all when nothing changed (the new checkpoint shares the last one's
        commit). The full `git add --all` runs for the first
        snapshot of this process, after a restore, when the index was changed by someone else, when an
        ignore file changed, or when the workspace holds a nested repository (recorded by git as a
        gitlink, which a comparison of files cannot follow).
        """
        started = time.perf_counter()
        self._ensure()
        scan = self.scanner.scan()
        previous = self.checkpoints()[-1] if self.checkpoints() else None
        if previous is not None and self._incremental_ok(scan):
            assert self._baseline is not None
            changed, gone = scan.changes_since(self._baseline)
            if self._ignore_rules_changed(scan, changed, gone):
                result = self._add_all(scan)
            else:
                result = self._add_changed(scan, changed, gone, previous)
        else:
            result = self._add_all(scan)
        tree, skipped_dirs, skipped_files = result
        if previous is not None and tree == previous.tree:
            commit = previous.commit  # nothing changed: no new commit (the log still records this step)
        else:
            parents = ["-p", previous.commit] if previous else []
            message = json.dumps({"label": label, "step": step}).encode()
            commit = self._git("commit-tree", tree, *parents, stdin=message).decode().strip()
        self._baseline = scan
        self._index_stat = _stat_key(self.index_file)
        self._ignore_bytes = {
            path: self._read(path) for path in scan.racy if path.rpartition("/")[2] == ".gitignore"
        }
        checkpoint = Checkpoint(
            number=len(self.checkpoints()),
            commit=commit,
            tree=tree,
            label=label,
            step=step,
            skipped_ignored_dirs=tuple(skipped_dirs),
            skipped_large_files=tuple(skipped_files),
            duration_s=time.perf_counter() - started,
        )
        with self.log_file.open("a", encoding="utf-8") as log:
            log.write(json.dumps(asdict(checkpoint)) + "\n")
        self.checkpoints().append(checkpoint)
        return checkpoint

    def close(self) -> None:
        """Stop watching the workspace (the store stays readable; a later snapshot walks it again)."""
        self.scanner.close()

    def _incremental_ok(self, scan: WorkspaceScan) -> bool:
        # The baseline scan is what the index was brought up to date with; any writer of the index but
        # this object (another process on the same store, a restore) makes it meaningless.
        return (
            self._baseline is not None
            and not scan.nested_repositories
            and self._index_stat is not None
            and _stat_key(self.index_file) == self._index_stat
        )

    def _ignore_rules_changed(self, scan: WorkspaceScan, changed: list[str], gone: list[str]) -> bool:
        # A changed .gitignore can turn any untracked path in or out of the snapshot, changed or not.
        # One whose stat is the same is only "racy" (written just before the last walk): its bytes,
        # kept from then, tell whether it really changed.
        assert self._baseline is not None
        for path in (*changed, *gone):
            if path.rpartition("/")[2] != ".gitignore":
                continue
            same_stat = scan.files.get(path) == self._baseline.files.get(path)
            if not (
                same_stat and path in self._ignore_bytes and self._read(path) == self._ignore_bytes[path]
            ):
                return True
        return False

    def _read(self, path: str) -> bytes | None:
        try:
            return (self.workspace / path).read_bytes()
        except OSError:
            return None

    def _add_all(self, scan: WorkspaceScan) -> tuple[str, list[str], list[str]]:
        """Bring the index up to date with a full walk of git's own, and remember what it tracks."""
        # The listing of ignored files walks the tree while `add` walks it too: they read the same index
        # (add replaces it atomically and never adds ignored files), so they can overlap.
        listing = self._popen_ignored_listing(())
        try:
            self._git("add", "--all", "--", ".")
        finally:
            listed, errors = listing.communicate()
        if listing.returncode != 0:
            raise CheckpointError(
                f"git ls-files failed in the checkpoint store {self.git_dir}: {errors.decode(errors='replace')}"
            )
        dirs, small, large = self._split_ignored(listed)
        if small:
            self._git(
                "add", "--force", "--pathspec-from-file=-", "--pathspec-file-nul", stdin=_nul_joined(small)
            )
        tree = self._git("write-tree").decode().strip()
        tracked = self._git("ls-files", "-z").decode("utf-8", "surrogateescape").split("\0")
        self._tracked = set(filter(None, tracked))
        return tree, dirs, large

    def _add_changed(
        self, scan: WorkspaceScan, changed: list[str], gone: list[str], previous: Checkpoint
    ) -> tuple[str, list[str], list[str]]:
        """Update the index for ``changed`` and ``gone`` paths only, with the rules `_add_all` applies:
        tracked paths always follow the workspace (as ``add --all`` updates them, ignored or not); a new
        path is added unless ignored, and an ignored one only when small and not in an ignored directory."""
        changed = [path for path in changed if not path.startswith(self.exclude)]
        gone = [path for path in gone if path in self._tracked]
        skipped_dirs = list(previous.skipped_ignored_dirs)
        skipped_large = [path for path in previous.skipped_large_files if path in scan.files]
        if not changed and not gone:
            return previous.tree, skipped_dirs, skipped_large
        untracked = [path for path in changed if path not in self._tracked]
        ignored_files: set[str] = set()
        ignored_dirs: list[str] = []
        if untracked:
            ignored_dirs, small, large = self._split_ignored(self._ignored_listing(untracked))
            ignored_files = {*small, *large}
        add: list[str] = []
        for path in changed:
            if path in self._tracked:
                add.append(path)
            elif path in ignored_files:
                if scan.files[path][2] <= self.max_ignored_bytes:
                    add.append(path)
                elif path not in skipped_large:
                    skipped_large.append(path)
            elif not path.startswith(tuple(ignored_dirs)):
                add.append(path)
        skipped_dirs += [folder for folder in ignored_dirs if folder not in skipped_dirs]
        skipped_dirs = [folder for folder in skipped_dirs if (self.workspace / folder).is_dir()]
        # A tracked path the walk saw change is taken out first so git hashes it again: git's own stat
        # check compares ctimes in whole seconds and would keep the old blob for a same-size write
        # whose mtime was put back within the same second.
        rehash = [path for path in add if path in self._tracked]
        if rehash:
            self._git("update-index", "--force-remove", "-z", "--stdin", stdin=_nul_joined(rehash))
        # --replace: a path may have turned from a file into a directory or back since the last snapshot.
        self._git(
            "update-index",
            "--add",
            "--remove",
            "--replace",
            "-z",
            "--stdin",
            stdin=_nul_joined([*add, *gone]),
        )
        self._tracked.update(add)
        self._tracked.difference_update(gone)
        tree = self._git("write-tree").decode().strip()
        return tree, sorted(skipped_dirs), skipped_large

    def _popen_ignored_listing(self, paths: Sequence[str]) -> subprocess.Popen[bytes]:
        # Untracked ignored files, and ignored directories as `dir/` (their contents are not listed).
        command = ["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]
        env = self._env
        if paths:  # literal pathspecs: only the directories leading to these paths are read
            # `.git` (never listed) keeps the pathspecs' common prefix empty: with one path inside an
            # ignored directory as the only pathspec, git 2.39 stops with "directory entry not superset
            # of prefix" instead of listing the directory.
            command += ["--", ".git", *paths]
            env = {**env, "GIT_LITERAL_PATHSPECS": "1"}
        return subprocess.Popen(
            command, cwd=self.workspace, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def _ignored_listing(self, paths: Sequence[str]) -> bytes:
        listing = self._popen_ignored_listing(paths if len(paths) <= _MAX_PATHSPECS else ())
        listed, errors = listing.communicate()
        if listing.returncode != 0:
            raise CheckpointError(
                f"git ls-files failed in the checkpoint store {self.git_dir}: {errors.decode(errors='replace')}"
            )
        return listed

    def _split_ignored(self, listed: bytes) -> tuple[list[str], list[str], list[str]]:
        """(ignored directories, small ignored files, large ignored files) of an ignored listing."""
        dirs: list[str] = []
        small: list[str] = []
        large: list[str] = []
        for entry in filter(None, listed.decode("utf-8", "surrogateescape").split("\0")):
            if entry.startswith(self.exclude):
                continue  # never in a snapshot, though git lists it among the ignored
            if entry.endswith("/"):
                dirs.append(entry)
                continue
            try:
                size = (self.workspace / entry).lstat().st_size
            except OSError:
                continue  # gone since the listing
            (small if size <= self.max_ignored_bytes else large).append(entry)
        return dirs, small, large

    def checkpoints(self) -> list[Checkpoint]:
        """Every snapshot of this store, oldest first (read from its log once)."""
        if self._checkpoints is None:
            self._checkpoints = []
            if self.log_file.is_file():
                for line in self.log_file.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        data = json.loads(line)
                        data["skipped_ignored_dirs"] = tuple(data.get("skipped_ignored_dirs", ()))
                        data["skipped_large_files"] = tuple(data.get("skipped_large_files", ()))
                        self._checkpoints.append(Checkpoint(**data))
        return self._checkpoints

    # -- comparing ----------------------------------------------------------------------------------

    def changes(self, old: Checkpoint, new: Checkpoint) -> list[FileChange]:
        """Files that differ between two snapshots."""
        out = self._git("diff-tree", "-r", "-z", "--no-renames", "--name-status", old.tree, new.tree)
        fields = out.decode("utf-8", "surrogateescape").split("\0")
        return [
            FileChange(_KINDS.get(fields[i][:1], "modified"), fields[i + 1])
            for i in range(0, len(fields) - 1, 2)
            if fields[i]
        ]

    def diff(self, old: Checkpoint, new: Checkpoint, *, paths: Sequence[str] = ()) -> str:
        """A unified diff (``--binary`` for binary files) from ``old`` to ``new``."""
        out = self._git("diff-tree", "-r", "-p", "--binary", "--no-renames", old.tree, new.tree, "--", *paths)
        return out.decode("utf-8", "replace")

    # -- restoring ----------------------------------------------------------------------------------

    def preview(self, target: Checkpoint) -> RestoreReport:
        """What restoring ``target`` would change now (takes a snapshot of the present to compare)."""
        now = self.snapshot("preview")
        return RestoreReport(target=target, changes=self.changes(now, target))

    def restore(self, target: Checkpoint) -> RestoreReport:
        """Make the workspace equal ``target`` (files outside snapshots, like ignored directories, stay).

        A safety snapshot is taken first; if checking ``target`` out fails, the safety snapshot is
        checked out again and `CheckpointError` says what failed.
        """
        safety = self.snapshot("safety")
        changes = self.changes(safety, target)
        if not changes:
            return RestoreReport(target=target, changes=[], safety=safety)
        try:
            self._checkout(target)
        except CheckpointError as exc:
            try:
                self._checkout(safety)
            except CheckpointError as again:
                raise CheckpointError(
                    f"restoring checkpoint {target.number} failed ({exc}) and so did putting the workspace back "
                    f"({again}); the state before the restore is commit {safety.commit} in {self.git_dir}"
                ) from exc
            raise CheckpointError(
                f"restoring checkpoint {target.number} failed, nothing was changed: {exc}"
            ) from exc
        return RestoreReport(target=target, changes=changes, safety=safety)

    def _checkout(self, checkpoint: Checkpoint) -> None:
        self._baseline = None  # the index now holds another tree: the next snapshot starts afresh
        # The index holds the safety snapshot, so a one-tree reset removes what the target lacks and
        # writes what differs; --reset because the index may hold paths the target has as directories.
        self._git("read-tree", "-u", "--reset", checkpoint.tree)

    def find(self, number: int) -> Checkpoint:
        for checkpoint in self.checkpoints():
            if checkpoint.number == number:
                return checkpoint
        raise CheckpointError(f"no checkpoint {number} (there are {len(self.checkpoints())})")


def _nul_joined(paths: Sequence[str]) -> bytes:
    return b"".join(path.encode("utf-8", "surrogateescape") + b"\0" for path in paths)


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def file_changes_text(changes: Sequence[FileChange], *, limit: int = 50) -> str:
    """``A path`` / ``M path`` / ``D path`` lines, cut at ``limit`` with a count of the rest."""
    lines = [str(change) for change in changes[:limit]]
    if len(changes) > limit:
        lines.append(f"... and {len(changes) - limit} more")
    return "\n".join(lines) if lines else "(no changes)"
