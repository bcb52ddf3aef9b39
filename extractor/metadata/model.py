"""What the page says about an article, as one record the later stages and the output share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["Author", "Metadata"]


@dataclass(frozen=True)
class Author:
    """A person (or newsroom desk) who signed the article; ``role`` as the byline gives it."""

    name: str
    role: str | None = None


@dataclass
class Metadata:
    """What the page says about the article; ``published_at`` is ISO 8601 text."""

    title: str | None = None
    publisher: str | None = None
    published_at: str | None = None
    published_datetime: datetime | None = None
    authors: list[Author] = field(default_factory=list)
    dateline: str | None = None

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "publisher": self.publisher,
            "published_at": self.published_at,
            "authors": [{"name": a.name, "role": a.role} for a in self.authors],
            "dateline": self.dateline,
        }
