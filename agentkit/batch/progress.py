"""The batch's progress on stderr: a rich progress bar on a terminal, one plain line per run otherwise,
and a summary table at the end."""

from __future__ import annotations

import time
from collections import Counter
from types import TracebackType
from typing import TYPE_CHECKING, Self

from agentkit.batch.results import RunRecord

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID


class BatchProgress:
    """Counts what happened (done, running, failed, tokens) and shows it; a `BatchObserver`."""

    def __init__(self, console: Console, *, live: bool | None = None, quiet: bool = False) -> None:
        """``live``: a progress bar (default: when the console is a terminal); ``quiet``: only the summary."""
        self.console = console
        self.quiet = quiet
        self.live = (console.is_terminal if live is None else live) and not quiet
        self.total = 0
        self.skipped = 0
        self.running: set[str] = set()
        self.records: list[RunRecord] = []
        self.statuses: Counter[str] = Counter()
        self.generated_tokens = 0
        self.started_at = time.monotonic()
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    # -- observer --------------------------------------------------------------------------------------

    def begin(self, total: int, skipped: int) -> None:
        self.total, self.skipped = total, skipped
        self.started_at = time.monotonic()
        if skipped:
            self.console.print(f"resuming: {skipped} of {total} runs already finished, skipped")
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, total=total - skipped, description=self._line())

    def started(self, key: str) -> None:
        self.running.add(key)
        self._refresh()

    def finished(self, record: RunRecord) -> None:
        self.running.discard(record.key)
        self.records.append(record)
        self.statuses[record.status] += 1
        self.generated_tokens += record.usage.generated_tokens
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, description=self._line())
        elif not self.quiet:
            self.console.print(self._plain(record), highlight=False, markup=False)

    # -- display ---------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        if self.live:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(
                BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"), console=self.console
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self._line(), total=None)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.__exit__(exc_type, exc, tb)
            self._progress = None

    def _refresh(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=self._line())

    @property
    def done(self) -> int:
        return len(self.records)

    @property
    def tokens_per_s(self) -> float:
        elapsed = time.monotonic() - self.started_at
        return self.generated_tokens / elapsed if elapsed > 0 else 0.0

    def eta_s(self) -> float | None:
        if not self.done:
            return None
        elapsed = time.monotonic() - self.started_at
        return elapsed / self.done * (self.total - self.skipped - self.done)

    def _line(self) -> str:
        eta = self.eta_s()
        failed = self.done - self.statuses["succeeded"]
        return (
            f"running {len(self.running)} · failed {failed} · {self.tokens_per_s:,.0f} tok/s · "
            f"ETA {'-' if eta is None else _duration(eta)}"
        )

    def _plain(self, record: RunRecord) -> str:
        line = (
            f"[{self.done}/{self.total - self.skipped}] {record.key}: {record.status}"
            f" ({record.exit_reason or 'not started'}) {record.timings.duration_s:.1f}s"
            f" {record.usage.steps} steps {record.usage.generated_tokens} tokens"
        )
        return line + (f" · {record.error}" if record.error and not record.ok else "")

    def summary(self) -> None:
        """The table at the end: runs by status and exit reason, tokens, time; the failures listed."""
        from rich.table import Table

        elapsed = time.monotonic() - self.started_at
        table = Table(title="batch summary", show_header=True, header_style="bold")
        table.add_column("")
        table.add_column("runs", justify="right")
        for status in ("succeeded", "limit", "failed"):
            table.add_row(status, str(self.statuses[status]))
        if self.skipped:
            table.add_row("skipped (finished before)", str(self.skipped))
        unfinished = self.total - self.skipped - self.done
        if unfinished:
            table.add_row("not finished", str(unfinished))
        reasons = Counter(record.exit_reason or "not started" for record in self.records)
        for reason, count in sorted(reasons.items()):
            table.add_row(f"  exit: {reason}", str(count))
        table.add_row("generated tokens", f"{self.generated_tokens:,}")
        table.add_row("wall time", _duration(elapsed))
        table.add_row("tokens/s", f"{self.tokens_per_s:,.0f}")
        self.console.print(table)
        failures = [record for record in self.records if not record.ok]
        for record in failures[:10]:
            self.console.print(
                f"{record.status}: {record.key}: {record.error or record.exit_reason}",
                highlight=False,
                markup=False,
            )
        if len(failures) > 10:
            self.console.print(f"... and {len(failures) - 10} more (see the results file)")


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"
