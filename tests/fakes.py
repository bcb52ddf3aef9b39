"""A stand-in for Document where a test wants to choose the sentences itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FakeSentence:
    start: int
    end: int
    text: str


@dataclass
class SentenceDoc:
    """The part of Document the organization and event grammars read: ``text`` and ``sentences``.

    The text is cut into sentences at ``separator`` exactly, with no normalisation and no
    boilerplate detection, so a table of test sentences is read as written.
    """

    text: str
    separator: str = "\n"

    @property
    def sentences(self) -> list[FakeSentence]:
        out, start = [], 0
        for part in self.text.split(self.separator):
            out.append(FakeSentence(start, start + len(part), part))
            start += len(part) + len(self.separator)
        return out
