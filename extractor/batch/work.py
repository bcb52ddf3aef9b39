"""The unit of work of every engine: one partition of articles in, one JSON line per article out.

It is a plain function over an iterable, with no engine in sight, so the same
code runs in the local process pool, on Dask workers and under Spark's
``mapPartitions``::

    records = rdd.mapPartitions(extract_partition)    # rdd of JSONL lines or dicts -> JSON lines

What a partition may hold, item by item:

- an :class:`~extractor.io.records.ArticleInput` or an
  :class:`~extractor.errors.InputError` from :func:`extractor.io.readers.iter_inputs`
  (the local and Dask engines send :class:`ReadFailure` instead of the latter,
  because an ``InputError`` does not survive pickling);
- a JSON record (``dict``) or one JSONL line (``str`` or ``bytes``) in the
  SPEC section 7 forms: ``{"id","text"}``, ``{"id","html"}`` or news-please.

Whatever an item is (but a blank line), it gives exactly one record: a bad line becomes an error
record, and so does an article on which a stage raised (kind ``internal``), so
that one bug in one stage cannot lose an article or stop a batch.
"""

from __future__ import annotations

import gc
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from extractor.errors import ExtractorError, InputError
from extractor.io.records import ArticleInput, article_from_record
from extractor.io.writers import record_line
from extractor.record import content_doc_id, error_record

__all__ = [
    "BatchAborted",
    "ChunkResult",
    "PipelineUnavailable",
    "ReadFailure",
    "WorkItem",
    "extract_chunk",
    "extract_partition",
    "load_pipeline",
    "with_official_checks",
]

log = logging.getLogger(__name__)

# A tiny article (digits and Latin letters only: Vietnamese words live in lang/vi) whose extraction
# loads every lazily loaded model, so the first real article of a worker is not the slow one.
_WARM_UP_TEXT = "2024\n\nABC 2024: 12 / 3 = 4."

_pipeline_loaded = False


class BatchAborted(ExtractorError, RuntimeError):
    """The batch cannot go on at all (as opposed to one bad article, which becomes an error record)."""


class PipelineUnavailable(BatchAborted):
    """The pipeline does not load in a worker: every article would fail, so the batch stops at once."""


@dataclass(frozen=True)
class ReadFailure:
    """A picklable stand-in for an :class:`InputError` on its way to a worker."""

    doc_id: str
    kind: str
    message: str

    @classmethod
    def from_error(cls, error: InputError) -> ReadFailure:
        return cls(error.doc_id or "unknown", error.kind, error.message)


WorkItem = ArticleInput | ReadFailure


@dataclass(frozen=True)
class ChunkResult:
    """The lines of one chunk, with the counts the driver's progress and summary need."""

    lines: list[str]
    facts: int = 0
    events: int = 0
    errors: int = 0


def load_pipeline() -> None:
    """Import every stage and load its models once per process (a worker initialiser calls this)."""
    global _pipeline_loaded
    if _pipeline_loaded:
        return
    try:
        from extractor.pipeline import extract
        from extractor.text.pos import tag_segmented

        extract(_WARM_UP_TEXT, doc_id="warm-up")
        # the POS model loads only when a rule asks for a tag, which the warm-up text does not
        tag_segmented(["ABC"])
    except Exception as error:
        raise PipelineUnavailable(f"the extraction pipeline does not load: {type(error).__name__}: {error}") from error
    # the models and word lists just loaded live as long as the process: the collector need not walk them
    # again at every full collection (and a forked worker does not touch their pages doing so)
    gc.freeze()
    _pipeline_loaded = True


def extract_partition(items: Iterable[Any], *, include_text: bool = False) -> Iterator[str]:
    """One JSON record per item, as a line without its newline, in the items' order; never raises for bad input.

    This is the function to hand to Spark's ``mapPartitions`` or Dask's ``map_partitions``;
    their text writers (``saveAsTextFile``, ``to_textfiles``) add the newlines. Blank lines
    are not articles and give nothing, as in a JSONL file.
    """
    load_pipeline()
    for item in items:
        if isinstance(item, (str, bytes, bytearray)) and not item.strip():
            continue
        yield record_line(_extract_one(item, include_text)).removesuffix("\n")


def extract_chunk(items: list[WorkItem], include_text: bool = False) -> ChunkResult:
    """:func:`extract_partition` over a list, with counts: the task of the local and Dask engines."""
    load_pipeline()
    lines: list[str] = []
    facts = events = errors = 0
    for item in items:
        record = _extract_one(item, include_text)
        facts += len(record.get("facts", ()))
        events += len(record.get("events", ()))
        errors += "error" in record
        lines.append(record_line(record))
    return ChunkResult(lines, facts, events, errors)


def with_official_checks(result: ChunkResult) -> ChunkResult:
    """The chunk with ``official_check`` in its local-unit events; done by the driver, so the map loads once."""
    from extractor.check.official import add_official_checks

    lines = [record_line(add_official_checks(json.loads(line))) for line in result.lines]
    return ChunkResult(lines, result.facts, result.events, result.errors)


def _extract_one(item: Any, include_text: bool) -> dict[str, Any]:
    from extractor.pipeline import extract_input

    try:
        article = _as_input(item)
    except InputError as error:
        return error_record(error.doc_id or "unknown", error.kind, error.message)
    return extract_input(article, include_text=include_text)  # a failing article gives an error record


def _as_input(item: Any) -> ArticleInput | InputError:
    """What :func:`extractor.pipeline.extract_input` takes, from any item a partition may hold."""
    if isinstance(item, (ArticleInput, InputError)):
        return item
    if isinstance(item, ReadFailure):
        return InputError(item.kind, item.message, doc_id=item.doc_id)
    if isinstance(item, (bytes, bytearray)):
        raw = bytes(item)
        try:
            item = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                "unreadable", f"line is not valid UTF-8 (byte at column {error.start + 1})", doc_id=_hash_id(raw)
            ) from None
    if isinstance(item, str):
        line_id = _hash_id(item.encode("utf-8", "surrogatepass"))
        try:
            item = json.loads(item)
        except ValueError as error:
            raise InputError("bad_json", f"line is not valid JSON ({error})", doc_id=line_id) from None
        if not isinstance(item, dict):
            raise InputError("bad_json", f"line is a JSON {type(item).__name__}, expected an object", doc_id=line_id)
        return article_from_record(item, fallback_id=line_id, where=f"record {line_id}")
    if isinstance(item, dict):
        fallback = content_doc_id(json.dumps(item, ensure_ascii=False, sort_keys=True, default=str))
        return article_from_record(item, fallback_id=fallback, where=f"record {fallback}")
    raise InputError("bad_json", f"a partition item is a {type(item).__name__}, expected a record", doc_id="unknown")


def _hash_id(raw: bytes) -> str:
    return content_doc_id(raw.decode("utf-8", "replace"))
