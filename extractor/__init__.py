"""extractor: numeric facts and organization events from Vietnamese news, as validated JSON.

The public surface is small on purpose: :func:`extract` turns one article into
its record, :func:`parse_number` reads one Vietnamese numeral.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.pipeline import extract
    from extractor.recognize.numbers import parse_number

__all__ = ["__version__", "extract", "parse_number"]

__version__ = "0.1.0"


def __getattr__(name: str):
    # Both are imported on first use, so `import extractor` (and so `extractor --help`) stays light:
    # the pipeline compiles its patterns and loads the language data when it is imported.
    if name == "extract":
        from extractor.pipeline import extract

        return extract
    if name == "parse_number":
        from extractor.recognize.numbers import parse_number

        return parse_number
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
