"""How a batch tells the analyst how it is going: a bar on a terminal, plain lines in a log.

The total is not known when the batch starts (a JSONL file must be read to be
counted), so :func:`count_articles` runs in a background thread and the bar
gains its ETA once the count arrives; a batch never waits for it.
"""

from __future__ import annotations

import gzip
import json
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

__all__ = ["Progress", "count_articles", "format_duration"]

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".gz")
_CHUNK = 1 << 20


def count_articles(paths: Iterable[str]) -> int | None:
    """Articles the readers will yield for ``paths``, closely enough for an ETA; None for standard input.

    A JSONL file counts its non-blank lines, a news-please ``.json`` list its
    items, any other file one.
    """
    total = 0
    for path in paths:
        if path == "-":
            return None
        name = path.lower()
        try:
            if name.endswith(_JSONL_SUFFIXES):
                total += _count_lines(path)
            elif name.endswith(".json"):
                total += _count_json(path)
            else:
                total += 1
        except (OSError, EOFError, ValueError):
            total += 1  # the reader will report it as one error record
    return total


def _count_lines(path: str) -> int:
    opener = gzip.open if _is_gzip(path) else open
    lines = 0
    last = b"\n"
    blank = 0
    with opener(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            lines += chunk.count(b"\n")
            blank += chunk.count(b"\n\n")
            last = chunk[-1:]
    return max(1, lines - blank + (last != b"\n"))


def _count_json(path: str) -> int:
    from extractor.settings import SETTINGS

    if Path(path).stat().st_size > SETTINGS.max_input_bytes:
        return 1
    with open(path, "rb") as handle:
        document = json.load(handle)
    return len(document) if isinstance(document, list) and document else 1


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def format_duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class Progress:
    """Counts finished articles and shows them: a tqdm bar on a terminal, else a line every few seconds."""

    def __init__(
        self,
        *,
        stream: TextIO | None = None,
        bar: bool | None = None,
        every_seconds: float = 10.0,
        enabled: bool = True,
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.done = 0
        self.errors = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self._every = every_seconds
        self._last_line = self.started
        self._lock = threading.Lock()
        use_bar = self.stream.isatty() if bar is None else bar
        self._bar = None
        if enabled and use_bar:
            from tqdm import tqdm

            self._bar = tqdm(
                total=None, unit="article", file=self.stream, dynamic_ncols=True, smoothing=0.05, desc="batch"
            )

    def count_in_background(self, paths: list[str], already_done: int) -> None:
        """Start counting the input; the total (minus what a resumed output holds) arrives later."""
        if not self.enabled:
            return

        def work() -> None:
            total = count_articles(paths)
            if total is not None:
                self.set_total(max(0, total - already_done))

        threading.Thread(target=work, name="count-articles", daemon=True).start()

    def set_total(self, total: int) -> None:
        with self._lock:
            self.total = total
            if self._bar is not None:
                self._bar.total = max(total, self.done)
                self._bar.refresh()

    def advance(self, articles: int, errors: int = 0) -> None:
        with self._lock:
            self.done += articles
            self.errors += errors
            if self._bar is not None:
                if errors:
                    self._bar.set_postfix(errors=self.errors, refresh=False)
                self._bar.update(articles)
            elif self.enabled and time.monotonic() - self._last_line >= self._every:
                self._last_line = time.monotonic()
                self.stream.write(self.status_line() + "\n")
                self.stream.flush()

    def status_line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        parts = [f"batch: {self.done:,} articles"]
        if self.total:
            parts[0] = f"batch: {self.done:,}/{self.total:,} articles ({100 * self.done / self.total:.1f}%)"
        parts.append(f"{rate:.1f} articles/s")
        if self.total and rate > 0:
            parts.append(f"ETA {format_duration(max(0, self.total - self.done) / rate)}")
        parts.append(f"{self.errors:,} errors")
        return ", ".join(parts)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
