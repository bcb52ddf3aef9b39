"""Read articles from files, folders, globs and standard input, one item per article.

A batch must never stop at one bad article, so :func:`iter_inputs` does not
raise for bad input: every problem becomes an :class:`InputError` item with its
``doc_id`` set, in input order among the articles. What a file is gets decided
from its content as well as its name (a ``.txt`` that is an HTML page, a file
without extension holding JSONL, gzip data under any name). JSONL is read line
by line, compressed or not, so a large batch file is never held in memory.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from extractor import settings
from extractor.errors import InputError
from extractor.io.decode import check_size, decode_bytes
from extractor.io.records import ArticleInput, article_from_html, article_from_record, checked_text

__all__ = ["SUPPORTED_SUFFIXES", "ArticleInput", "iter_inputs", "iter_paths"]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".jsonl.gz")

_SNIFF_BYTES = 65_536
_CHUNK_BYTES = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Sniffing only: decides whether to hand the page to trafilatura; nothing is stripped with it.
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(
    r"<(?:p|div|br|span|article|section|h[1-6]|a|table|li|meta|title|script)\b[^>]*>", re.IGNORECASE
)


def iter_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively) and globs into article files, for ``extractor batch``.

    Folders and glob matches keep only files ending in :data:`SUPPORTED_SUFFIXES`
    (hidden files and folders skipped), in sorted order; a file named explicitly is
    kept whatever its name. A path or pattern matching nothing is passed through so
    that :func:`iter_inputs` reports it as ``not_found``. Each file comes once.
    """
    seen: set[str] = set()
    for name in inputs:
        for path in _expand(name):
            key = path if path == "-" else os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                yield path


def iter_inputs(inputs: list[str], *, stdin: BinaryIO | None = None) -> Iterator[ArticleInput | InputError]:
    """Yield one :class:`ArticleInput` or :class:`InputError` per article, in input order; never raises for input.

    ``-`` reads ``stdin`` (default: the process's standard input) as JSONL when it
    starts with ``{``, as HTML when it looks like a page, else as text (doc_id ``stdin``).
    """
    for name in inputs:
        fallback_id = "stdin" if name == "-" else _doc_id_for(name)
        try:
            if name == "-":
                yield from _read_stdin(stdin)
            else:
                yield from _read_path(name)
        except InputError as error:
            error.doc_id = error.doc_id or fallback_id
            yield error
        except (OSError, EOFError, zlib.error) as error:
            yield InputError("unreadable", f"{name}: cannot be read: {_reason(error)}", doc_id=fallback_id)


def _reason(error: Exception) -> str:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    if isinstance(error, (EOFError, zlib.error, gzip.BadGzipFile)):
        reason += " (the compressed file is cut short or damaged)"
    return reason


def _expand(name: str) -> Iterator[str]:
    if name == "-":
        yield name
    elif os.path.isdir(name):
        yield from _files_under(name)
    elif os.path.exists(name) or not any(ch in name for ch in "*?["):
        yield name
    else:
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield name
        for match in matches:
            if os.path.isdir(match):
                yield from _files_under(match)
            elif _is_supported(match):
                yield match


def _files_under(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(files):
            if not file_name.startswith(".") and _is_supported(file_name):
                yield os.path.join(root, file_name)


def _is_supported(name: str) -> bool:
    return name.lower().endswith(SUPPORTED_SUFFIXES)


def _doc_id_for(name: str) -> str:
    """File name without extension; ``x.jsonl.gz`` gives ``x``."""
    base = Path(name).name
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return Path(base).stem or base


def _suffix_hint(name: str) -> str:
    base = Path(name).name.lower()
    base = base.removesuffix(".gz")
    return Path(base).suffix


def _read_stdin(stdin: BinaryIO | None) -> Iterator[ArticleInput | InputError]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(
            "unreadable", "standard input is not available (`-` was given but there is no stdin)"
        )
    yield from _read_stream(stream, doc_id="stdin", source="standard input", hint="")


def _read_path(name: str) -> Iterator[ArticleInput | InputError]:
    path = Path(name)
    if not path.exists():
        if any(ch in name for ch in "*?["):
            raise InputError("not_found", f"{name}: no file matches this pattern")
        raise InputError("not_found", f"{name}: no such file")
    if path.is_dir():
        raise InputError(
            "unreadable",
            f"{name}: is a folder; pass the files in it, or use `extractor batch`, which reads folders",
        )
    doc_id, hint = _doc_id_for(name), _suffix_hint(name)
    with path.open("rb") as handle:
        if handle.read(2) == _GZIP_MAGIC:
            handle.seek(0)
            with gzip.open(handle, "rb") as inner:
                yield from _read_stream(inner, doc_id=doc_id, source=name, hint=hint)
            return
        handle.seek(0)
        if hint != ".jsonl":
            check_size(path.stat().st_size, source=name)
        yield from _read_stream(handle, doc_id=doc_id, source=name, hint=hint)


def _read_stream(
    stream: BinaryIO, *, doc_id: str, source: str, hint: str
) -> Iterator[ArticleInput | InputError]:
    """Decide from the first bytes (and the name's ``hint``) what the stream holds, then read it."""
    head = stream.read(_SNIFF_BYTES)
    sniffed = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    starts_json = sniffed[:1] in (b"{", b"[")
    if hint == ".jsonl" or (starts_json and hint != ".json" and _first_line_is_record(sniffed)):
        if head.startswith(_UTF16_BOMS):
            raise InputError(
                "unreadable", f"{source}: JSONL must be UTF-8, this is UTF-16; re-save it as UTF-8"
            )
        yield from _read_jsonl(chain([head], iter(lambda: stream.read(_CHUNK_BYTES), b"")), doc_id, source)
        return
    data = _read_bounded(stream, head, source)
    text = decode_bytes(data, source=source)
    if hint == ".json" or (starts_json and hint not in (".txt", ".html", ".htm")):
        yield from _read_json_document(text, doc_id, source)
    elif _looks_like_html(text):
        yield article_from_html(text, doc_id=doc_id, where=source)
    else:
        yield ArticleInput(doc_id=doc_id, text=checked_text(text, source))


def _read_bounded(stream: BinaryIO, head: bytes, source: str) -> bytes:
    """The whole stream, refused before it grows past the byte limit (stdin and gzip have no size)."""
    limit = settings.SETTINGS.max_input_bytes
    data = head + stream.read(max(0, limit + 1 - len(head)))
    if len(data) > limit:
        raise InputError(
            "too_large",
            f"{source}: more than {limit:,} bytes, over the limit per article "
            "(raise it with the EXTRACTOR_MAX_INPUT_BYTES environment variable)",
        )
    return data


def _first_line_is_record(head: bytes) -> bool:
    """A stream is JSONL when its first line alone is a JSON object (a pretty-printed record is not)."""
    first = head.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _looks_like_html(text: str) -> bool:
    head = text[:_SNIFF_BYTES]
    return _HTML_START.match(head) is not None or len(_HTML_TAG.findall(head, 0, 20_000)) >= 2


def _read_json_document(text: str, doc_id: str, source: str) -> Iterator[ArticleInput | InputError]:
    """A news-please ``.json`` file: one record, or a list of records (``<stem>:<n>`` ids)."""
    try:
        document = json.loads(text)
    except ValueError as error:
        raise InputError("bad_json", f"{source}: is not valid JSON ({_json_problem(error)})") from None
    if isinstance(document, dict):
        yield article_from_record(document, fallback_id=doc_id, where=source)
    elif isinstance(document, list):
        for number, record in enumerate(document, start=1):
            item_id, where = f"{doc_id}:{number}", f"{source} item {number}"
            try:
                yield article_from_record(_require_object(record, where), fallback_id=item_id, where=where)
            except InputError as error:
                error.doc_id = error.doc_id or item_id
                yield error
    else:
        raise InputError("bad_json", f"{source}: holds a JSON {type(document).__name__}, expected an object")


def _read_jsonl(chunks: Iterable[bytes], doc_id: str, source: str) -> Iterator[ArticleInput | InputError]:
    records = 0
    number = 0
    lines = _iter_lines(chunks, settings.SETTINGS.max_input_bytes)
    while True:
        try:
            number, raw = next(lines)
        except StopIteration:
            break
        except (OSError, EOFError, zlib.error) as error:
            message = f"{source}: cannot be read after line {number}: {_reason(error)}"
            yield InputError("unreadable", message, doc_id=f"{doc_id}:{number + 1}")
            return
        line_id, where = f"{doc_id}:{number}", f"{source} line {number}"
        try:
            record = _parse_line(raw, where)
            if record is None:
                continue
            records += 1
            yield article_from_record(record, fallback_id=line_id, where=where)
        except InputError as error:
            records += 1
            error.doc_id = error.doc_id or line_id
            yield error
    if records == 0:
        raise InputError("empty", f"{source}: holds no JSON records (empty or blank lines only)")


def _iter_lines(chunks: Iterable[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` pairs; ``None`` for a line over ``limit``, which is skipped rather than held."""
    buffer = bytearray()
    overflow = False
    number = 0
    for chunk in chunks:
        start = 0
        while (end := chunk.find(b"\n", start)) >= 0:
            number += 1
            if not overflow:
                buffer += chunk[start:end]
            yield number, None if overflow or len(buffer) > limit else bytes(buffer)
            buffer.clear()
            overflow = False
            start = end + 1
        if not overflow:
            buffer += chunk[start:]
            if len(buffer) > limit:
                overflow = True
                buffer.clear()
    if buffer or overflow:
        yield number + 1, None if overflow else bytes(buffer)


def _parse_line(raw: bytes | None, where: str) -> dict | None:
    """The record on one JSONL line; ``None`` for a blank line."""
    limit = settings.SETTINGS.max_input_bytes
    if raw is None:
        raise InputError("too_large", f"{where}: longer than {limit:,} bytes, over the limit per article")
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            "unreadable",
            f"{where}: is not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start + 1})",
        ) from None
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError("bad_json", f"{where}: is not valid JSON ({_json_problem(error)})") from None
    return _require_object(record, where)


def _require_object(record: Any, where: str) -> dict:
    if not isinstance(record, dict):
        raise InputError(
            "bad_json",
            f'{where}: is a JSON {type(record).__name__}, expected an object with "text", "html" or "maintext"',
        )
    return record


def _json_problem(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno}, column {error.colno}"
    return str(error)
