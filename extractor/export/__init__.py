"""Exports of extractor records for the tools researchers use.

>>> from extractor.export import export
>>> export("records.jsonl", "parquet", "out/")  # doctest: +SKIP
[PosixPath('out/articles.parquet'), PosixPath('out/facts.parquet'), ...]

Formats (:data:`FORMATS`):

- ``parquet``, ``csv``: the flat tables of :mod:`extractor.batch.tables` (the same as ``extractor tables``);
- ``spacy``: ``NAME.spacy``, a ``DocBin`` (facts as span group ``facts``, organizations as entities);
- ``conllu``: ``NAME.conllu``, BIO tags for facts and organizations in MISC;
- ``jsonl``: ``NAME.examples.jsonl``, sentence-level ``{text, spans, meta}`` for annotation tools.

``NAME`` is the records file's name without its extension. The last three
need records made with ``--include-text``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from extractor.export.reading import ExportError, article_records

__all__ = ["FORMATS", "ExportError", "export"]

FORMATS = ("parquet", "csv", "spacy", "conllu", "jsonl")


def _tables(records_path: Path, out_dir: Path, fmt: str) -> list[Path]:
    # One definition of the tables for the whole project: batch owns it, export reuses it.
    from extractor.batch.tables import TABLES, write_tables

    write_tables(records_path, out_dir, formats=(fmt,))
    return [out_dir / f"{name}.{fmt}" for name in TABLES]


def _text_format(suffix: str, writer: Callable) -> Callable[[Path, Path, str], list[Path]]:
    def run(records_path: Path, out_dir: Path, fmt: str) -> list[Path]:
        path = out_dir / f"{records_path.name.split('.')[0]}{suffix}"
        writer(article_records(records_path), path)
        return [path]

    return run


def _writer(fmt: str) -> Callable[[Path, Path, str], list[Path]]:
    if fmt in ("parquet", "csv"):
        return _tables
    if fmt == "spacy":
        from extractor.export.docbin import write_docbin

        return _text_format(".spacy", write_docbin)
    if fmt == "conllu":
        from extractor.export.conllu import write_conllu

        return _text_format(".conllu", write_conllu)
    from extractor.export.examples import write_examples

    return _text_format(".examples.jsonl", write_examples)


def export(records_path: str | Path, to: str, out_dir: str | Path) -> list[Path]:
    """Export the records in ``records_path`` (extractor JSONL) as ``to`` into ``out_dir``; returns files."""
    fmt = to.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {to!r}; choose one of {', '.join(FORMATS)}")
    records_path, out_dir = Path(records_path), Path(out_dir)
    if not records_path.is_file():
        raise ExportError(f"{records_path}: no such file")
    out_dir.mkdir(parents=True, exist_ok=True)
    return _writer(fmt)(records_path, out_dir, fmt)
