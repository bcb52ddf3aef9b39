"""extractor: numeric facts and organization events from Vietnamese news, as validated JSON.

The public surface is small on purpose: :func:`extract` turns one article into
its record, :func:`parse_number` reads one Vietnamese numeral.
"""

from extractor.pipeline import extract

__all__ = ["__version__", "extract", "parse_number"]

__version__ = "0.1.0"


def __getattr__(name: str):
    # parse_number lives with the number recogniser; importing it lazily keeps `import extractor` light.
    if name == "parse_number":
        from extractor.recognize.numbers import parse_number

        return parse_number
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
