"""Workspace checkpoints on a repository of 10,000 small files, against `git stash` in the same run.

    python bench/bench_checkpoint.py [--files 10000] [--steps 30]

Each step changes three files (one edited, one created, one deleted, as a shell command would) and
then takes a checkpoint, as `agentkit code` does before a step that changes the workspace, and scrubs
the workspace, as it does after each changing tool call. Printed: the first checkpoint (hashes every
file), the p50/p90/p95 of the later ones (target: p50 <= 50 ms), a checkpoint when nothing changed,
the scrub, an undo (restore of the previous checkpoint, safety snapshot included), and baselines on a
copy of the same repository with the same changes: `git stash create` after `git add -A` (a snapshot
commit in the user's own repository, tracked content only), `git stash push -u` + `git stash pop`
(snapshot by stashing, which rewrites the working tree twice), and the `find` walk the scrub used to
run. The machine's load average is printed with them: the numbers are only comparable within a run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from agentkit.coding.checkpoints import CheckpointStore
from agentkit.coding.workspace import scrub


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children (git, find) so far."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


class Timings:
    """Wall-clock and CPU samples per operation. The CPU time does not grow with the machine's load
    (on a busy shared machine, wall time is mostly waiting for a core), so it is printed beside it."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    @contextlib.contextmanager
    def measure(self, name: str) -> Iterator[None]:
        cpu, wall = cpu_seconds(), time.perf_counter()
        yield
        self.wall.setdefault(name, []).append(time.perf_counter() - wall)
        self.cpu.setdefault(name, []).append(cpu_seconds() - cpu)

    def report(self, name: str) -> float:
        wall, cpu = self.wall[name], self.cpu[name]
        p50, p90, p95 = (percentile(wall, q) * 1000 for q in (0.5, 0.9, 0.95))
        print(
            f"{name:<46} p50 {p50:7.1f} ms  p90 {p90:7.1f} ms  p95 {p95:7.1f} ms  "
            f"cpu p50 {percentile(cpu, 0.5) * 1000:6.1f} ms  (n={len(wall)})"
        )
        return percentile(wall, 0.5)

    def cpu_p50(self, name: str) -> float:
        return percentile(self.cpu[name], 0.5)


def make_repo(root: Path, files: int) -> Path:
    repo = root / "repo"
    per_dir = 100
    for index in range(files):
        folder = repo / f"pkg{index // per_dir:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"mod{index % per_dir:03d}.py").write_text(f"VALUE = {index}\n")
    (repo / ".gitignore").write_text("*.pyc\nbuild/\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "gc.auto", "0")  # no background gc repacking while the bench copies the repository
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=b", "-c", "user.email=b@b", "commit", "-q", "-m", "base")
    return repo


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def find_command(repo: Path) -> list[str]:
    command = ["find", str(repo), "-path", str(repo / ".git"), "-prune", "-o", "(", "-perm", "/6000"]
    for kind in ("p", "s", "b", "c"):
        command += ["-o", "-type", kind]
    return [*command, ")", "-print0"]


def change(repo: Path, step: int) -> None:
    (repo / "pkg000" / "mod000.py").write_text(f"VALUE = {step}\n")
    (repo / "pkg001" / f"new{step}.py").write_text("made by a shell command\n")
    victim = repo / "pkg002" / f"mod{step:03d}.py"
    if victim.exists():
        victim.unlink()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=30)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-checkpoint-"))
    try:
        repo = make_repo(root, args.files)
        baseline_repo = root / "baseline"
        shutil.copytree(repo, baseline_repo, symlinks=True)
        time.sleep(1.1)  # past git's racy-timestamp window, as a real repository is
        store = CheckpointStore(repo, root / "store")
        walking = CheckpointStore(repo, root / "store-walking", watch=False)  # every snapshot walks it all
        walking.snapshot("start", step=0)
        started = time.perf_counter()
        store.snapshot("start", step=0)
        first = time.perf_counter() - started
        print(f"repository: {args.files} files; first checkpoint {first * 1000:.0f} ms (hashes every file)")
        timings = Timings()
        checkpoint, walked, unchanged, scrubbed = (
            "agentkit checkpoint (after the first)",
            "agentkit checkpoint, no inotify (walks it all)",
            "agentkit checkpoint, nothing changed",
            "agentkit scrub (after each changing call)",
        )
        create, push_pop, found, undo = (
            "baseline: git add -A + git stash create",
            "baseline: git stash push -u + git stash pop",
            "baseline: the find walk the scrub used to run",
            "undo (safety snapshot + restore)",
        )
        for step in range(1, args.steps + 1):
            change(repo, step)
            with timings.measure(checkpoint):
                store.snapshot(f"before step {step}", step=step)
            with timings.measure(walked):
                walking.snapshot(f"before step {step}", step=step)
            with timings.measure(unchanged):
                store.snapshot(f"again before step {step}", step=step)
            with timings.measure(scrubbed):
                scrub(repo, scan=store.scanner.scan())
            with timings.measure(found):
                subprocess.run(find_command(repo), check=True, capture_output=True)
            change(baseline_repo, step)
            with timings.measure(create):
                git(baseline_repo, "add", "-A")
                subprocess.run(["git", "stash", "create"], cwd=baseline_repo, check=True, capture_output=True)
            with timings.measure(push_pop):
                git(baseline_repo, "-c", "user.name=b", "-c", "user.email=b@b", "stash", "push", "-q", "-u")
                git(baseline_repo, "stash", "pop", "-q")
        for _ in range(5):
            target = store.checkpoints()[-2]
            change(repo, 999)
            with timings.measure(undo):
                store.restore(target)
        ours, create_p50, push_pop_p50 = (timings.report(name) for name in (checkpoint, create, push_pop))
        walked_p50 = timings.report(walked)
        scrub_p50, find_p50 = (timings.report(name) for name in (scrubbed, found))
        timings.report(unchanged)
        undo_p50 = timings.report(undo)
        print(
            f"checkpoint p50 {ours * 1000:.1f} ms (target <= 50 ms; cpu {timings.cpu_p50(checkpoint) * 1000:.1f} ms): "
            f"{create_p50 / ours:.2f}x the speed of add + stash create, {push_pop_p50 / ours:.2f}x of stash push + "
            f"pop, {walked_p50 / ours:.2f}x of a walk of everything; scrub {find_p50 / scrub_p50:.2f}x the speed of "
            f"find; undo p50 {undo_p50 * 1000:.1f} ms; full walks: {store.scanner.full_walks} of "
            f"{len(store.checkpoints()) + args.steps} scans"
        )
        print(
            f"load average at the end of the run (1, 5, 15 min): {Path('/proc/loadavg').read_text().split()[:3]}; "
            f"on {os.cpu_count()} cores"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
