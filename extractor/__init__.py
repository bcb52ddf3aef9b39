"""extractor: numeric facts and organization events from Vietnamese news, as validated JSON.

The public surface is small on purpose: :func:`extract` turns one article into
its record, :func:`parse_number` reads one Vietnamese numeral.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extractor.lazy import lazy_exports

if TYPE_CHECKING:
    from extractor.pipeline import extract
    from extractor.recognize.numbers import parse_number

__all__ = ["__version__", "extract", "parse_number"]

__version__ = "0.1.0"


# Both are imported on first use, so `import extractor` (and so `extractor --help`) stays light:
# the pipeline compiles its patterns and loads the language data when it is imported.
__getattr__ = lazy_exports(__name__, {"extract": "extractor.pipeline", "parse_number": "extractor.recognize.numbers"})
