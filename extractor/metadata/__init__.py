"""Article metadata: title, publisher, publication date, authors and the lead's source tag.

This stage comes right after reading and normalising: it looks only at the
article's lines (their text and what the line classifier made of them) and
marks the lines it used, so that a date line or a byline never yields a fact.
Every form it knows (date-line labels, title suffixes, byline prefixes, page
furniture) is data in ``extractor/lang/vi/`` (``dates.yaml``, ``titles.yaml``,
``bylines.yaml``).
"""

from extractor.metadata.model import Author, Metadata
from extractor.metadata.reader import read_metadata

__all__ = ["Author", "Metadata", "read_metadata"]
