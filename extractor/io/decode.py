"""Turn the bytes of one article into text, or say clearly why they cannot be.

Articles arrive as UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258
(which writes tone marks as combining characters: ``Vie\\u0323\\u0302t``; the
normaliser composes them later), and from old newsroom archives in the 8-bit
VNI and TCVN3 (ABC) font encodings. UTF-8 is tried first and strictly, because
valid UTF-8 is almost never an accident. The legacy encodings all decode any
byte soup without error, so each is only accepted when the decoded words look
like Vietnamese syllables; otherwise the file is refused with a message naming
what was seen.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata

import regex

from extractor import settings
from extractor.errors import InputError
from extractor.lang.vi import load
from extractor.lang.vi.tones import count_tones, strip_tones

__all__ = ["best_legacy_decoding", "check_size", "decode_bytes"]

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

# File signatures of formats people pass by mistake; naming them beats "binary".
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "extract its text first (for example with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt file)", "unpack it or save the article as .txt"),
    (b"\x1f\x8b", "gzip-compressed data", "name it .jsonl.gz if it holds JSONL, or decompress it"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save the article as .txt"),
    (b"\x89PNG", "a PNG image", "pass the article text instead"),
    (b"\xff\xd8\xff", "a JPEG image", "pass the article text instead"),
    (b"GIF8", "a GIF image", "pass the article text instead"),
    (b"{\\rtf", "an RTF document", "save the article as plain text"),
)

# Text may hold a few stray control characters (form feeds from old word
# processors); more than this share means the bytes are not text at all.
_MAX_CONTROL_RATIO = 0.01
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def check_size(size: int, *, source: str) -> None:
    """Refuse input over ``SETTINGS.max_input_bytes`` before anything else is done with it."""
    limit = settings.SETTINGS.max_input_bytes
    if size > limit:
        raise InputError(
            "too_large",
            f"{source}: {size:,} bytes is over the limit of {limit:,} bytes per article "
            "(raise it with the EXTRACTOR_MAX_INPUT_BYTES environment variable)",
        )


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode one article's bytes; raise :class:`InputError` naming ``source`` when that is impossible.

    Order: BOM (unambiguous), strict UTF-8, then the legacy Vietnamese encodings,
    each accepted only when the result reads as Vietnamese. The text is returned
    as decoded (not yet NFC), without a BOM.
    """
    check_size(len(data), source=source)
    _refuse_known_formats(data, source)
    text = _decode_with_bom(data, source) or _decode_utf8(data)
    if text is None:
        _refuse_binary(data, source)
        legacy = best_legacy_decoding(data)
        if legacy is None:
            raise InputError("unreadable", _undecodable_message(data, source))
        text = legacy
    if not text.strip():
        seen = "is empty" if not text else f"holds only whitespace ({len(data)} bytes)"
        raise InputError("empty", f"{source}: {seen}; there is no article text to read")
    _refuse_control_characters(text, source)
    return text


def _decode_with_bom(data: bytes, source: str) -> str | None:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    "unreadable",
                    f"{source}: starts with a {name} byte-order mark but byte {error.start + len(bom)} "
                    f"is not valid {name}; the file is damaged or mislabelled, re-save it as UTF-8",
                ) from None
    return None


def _decode_utf8(data: bytes) -> str | None:
    """Strict UTF-8, forgiving only a character cut in half at the very end (a scraper's byte cap)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            return data[: error.start].decode("utf-8", errors="strict")
        return None


def _refuse_known_formats(data: bytes, source: str) -> None:
    """Name formats people pass by mistake: "is a PDF document" is more use than "binary"."""
    for signature, what, advice in _SIGNATURES:
        if data.startswith(signature):
            raise InputError("unreadable", f"{source}: is {what}, not text; {advice}")


def _refuse_binary(data: bytes, source: str) -> None:
    """Refuse NUL-bearing bytes before trying 8-bit encodings, which would 'decode' anything."""
    if b"\x00" not in data:
        return
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    looks_utf16 = max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half
    if len(sample) >= 16 and looks_utf16:
        raise InputError(
            "unreadable",
            f"{source}: looks like UTF-16 text without a byte-order mark; re-save it as UTF-8 "
            "(or as UTF-16 with a byte-order mark)",
        )
    raise InputError(
        "unreadable",
        f"{source}: looks like binary data, not text (it contains NUL bytes, first at byte "
        f"{data.index(0)}); expected a UTF-8, UTF-16 or Windows-1258 text file",
    )


def _refuse_control_characters(text: str, source: str) -> None:
    sample = text[:100_000]
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs")
    )
    if controls > _MAX_CONTROL_RATIO * len(sample):
        raise InputError(
            "unreadable",
            f"{source}: looks like binary data, not text ({controls} control characters in the first "
            f"{len(sample):,} characters)",
        )


def _undecodable_message(data: bytes, source: str) -> str:
    error_at = _first_utf8_error(data)
    guess = _charset_guess(data)
    hint = f"; the closest match charset-normalizer finds is {guess}" if guess else ""
    return (
        f"{source}: is not valid UTF-8 (byte 0x{data[error_at]:02x} at offset {error_at}) and does not "
        f"read as Vietnamese in Windows-1258, VNI or TCVN3{hint}; re-save it as UTF-8"
    )


def _first_utf8_error(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return 0


def _charset_guess(data: bytes) -> str | None:
    """Best guess of another encoding, only to make the error message actionable."""
    from charset_normalizer import from_bytes

    match = from_bytes(data[:65536]).best()
    if match is None:
        return None
    languages = ", ".join([lang for lang in match.languages if lang != "Unknown"][:3])
    return f"{match.encoding} ({languages})" if languages else match.encoding


# --- Legacy Vietnamese encodings -------------------------------------------
#
# Tables below are byte values (hex) to Unicode letters, from the published
# VNI-Windows and TCVN 5712:1993 VN3 ("ABC") layouts. TCVN3 has one byte per
# toned lower-case letter and upper case only for the seven base letters; VNI
# writes a base letter followed by a byte that adds the vowel shape and tone.

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

# TCVN3: for each lower-case vowel, bytes of (bare, grave, hook, tilde, acute, dot); None = no byte.
_TCVN3_VOWELS: dict[str, tuple[int | None, ...]] = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "a\u0306": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "a\u0302": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "e\u0302": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "o\u0302": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "o\u031b": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "u\u031b": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_OTHERS = {
    0xAE: "\u0111",
    0xA7: "\u0110",  # đ Đ
    0xA1: "A\u0306",
    0xA2: "A\u0302",
    0xA3: "E\u0302",
    0xA4: "O\u0302",
    0xA5: "O\u031b",
    0xA6: "U\u031b",
}

# VNI: bytes (as cp1252 characters, either case) that add marks after a vowel letter.
_VNI_MARKS: dict[int, str] = {
    0xF9: _ACUTE,
    0xF8: _GRAVE,
    0xFB: _HOOK,
    0xF5: _TILDE,
    0xEF: _DOT,
    0xE2: _CIRCUMFLEX,
    0xE1: _CIRCUMFLEX + _ACUTE,
    0xE0: _CIRCUMFLEX + _GRAVE,
    0xE5: _CIRCUMFLEX + _HOOK,
    0xE3: _CIRCUMFLEX + _TILDE,
    0xE4: _CIRCUMFLEX + _DOT,
    0xEA: _BREVE,
    0xE9: _BREVE + _ACUTE,
    0xE8: _BREVE + _GRAVE,
    0xFA: _BREVE + _HOOK,
    0xFC: _BREVE + _TILDE,
    0xEB: _BREVE + _DOT,
}
# VNI: bytes that stand for a whole letter (lower case; upper case is the byte minus 0x20).
_VNI_LETTERS: dict[int, str] = {
    0xF4: "o\u031b",
    0xF6: "u\u031b",
    0xF1: "\u0111",
    0xE6: "i" + _HOOK,
    0xF3: "i" + _TILDE,
    0xF2: "i" + _DOT,
    0xEE: "y" + _DOT,
}

_LETTER_RUN = regex.compile(r"\p{L}+")
# A non-ASCII symbol between two letters ("B¶o") is how a wrong 8-bit guess shows.
_GLUED_SYMBOL = regex.compile(r"(?<=\p{L})[^\p{L}\p{M}\s\x00-\x7f](?=\p{L})")
_STRAY_MARK = regex.compile(r"\p{M}")
# Share of non-ASCII words that must be Vietnamese syllables for a legacy guess to be
# accepted, and how many there must be at least: a lone match in a few bytes is chance.
_MIN_SYLLABLE_SHARE = 0.8
_MIN_SYLLABLES = 2


def _tcvn3_table() -> str:
    table = list(bytes(range(256)).decode("latin-1"))
    for byte in range(0x80, 0xA0):
        table[byte] = bytes([byte]).decode("cp1252", errors="replace").replace("\ufffd", "\ufffe")
    for vowel, codes in _TCVN3_VOWELS.items():
        for code, tone in zip(codes, ("", _GRAVE, _HOOK, _TILDE, _ACUTE, _DOT), strict=True):
            if code is not None:
                table[code] = unicodedata.normalize("NFC", vowel + tone)
    for code, letter in _TCVN3_OTHERS.items():
        table[code] = unicodedata.normalize("NFC", letter)
    return "".join(table)


@functools.cache
def _legacy_codecs() -> tuple[str, regex.Pattern[str], dict[str, str], dict[str, str]]:
    tcvn3 = _tcvn3_table()
    marks = {chr(code - case): mark for code, mark in _VNI_MARKS.items() for case in (0, 0x20)}
    letters = {
        chr(code - case): unicodedata.normalize("NFC", letter.upper() if case else letter)
        for code, letter in _VNI_LETTERS.items()
        for case in (0, 0x20)
    }
    bases = "aeouyAEOUY" + chr(0xF4) + chr(0xD4) + chr(0xF6) + chr(0xD6)
    mark_after_vowel = regex.compile(f"(?<=[{bases}])[{''.join(marks)}]")
    return tcvn3, mark_after_vowel, marks, letters


def _decode_vni(data: bytes) -> str:
    _, mark_after_vowel, marks, letters = _legacy_codecs()
    text = data.decode("cp1252")
    text = mark_after_vowel.sub(lambda match: marks[match.group()], text)
    return "".join(letters.get(ch, ch) for ch in text)


def _decode_tcvn3(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _legacy_codecs()[0])[0]


_LEGACY_DECODERS = (
    ("cp1258", lambda data: data.decode("cp1258")),
    ("VNI", _decode_vni),
    ("TCVN3", _decode_tcvn3),
)


def best_legacy_decoding(data: bytes) -> str | None:
    """Decode with the legacy encoding under which the most words are Vietnamese syllables.

    ``None`` when no encoding gives mostly Vietnamese words, which is how
    Western European text or random bytes are told apart from a Vietnamese file.
    """
    best: tuple[float, str] | None = None
    for _, decoder in _LEGACY_DECODERS:
        try:
            text = unicodedata.normalize("NFC", decoder(data))
        except UnicodeDecodeError:
            continue
        good, bad = _syllable_counts(text)
        share = good / (good + bad) if good >= _MIN_SYLLABLES else 0.0
        if share >= _MIN_SYLLABLE_SHARE and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


@functools.cache
def _syllable_pattern() -> regex.Pattern[str]:
    data = load("orthography")
    initials = "|".join(sorted(data["initials"], key=len, reverse=True))
    finals = "|".join(sorted(data["finals"], key=len, reverse=True))
    vowels = "".join(data["vowels"])
    return regex.compile(f"(?:{initials})?[{vowels}]{{1,3}}(?:{finals})?")


def _is_syllable(word: str) -> bool:
    return count_tones(word) <= 1 and _syllable_pattern().fullmatch(strip_tones(word.lower())) is not None


def _syllable_counts(text: str) -> tuple[int, int]:
    """(Vietnamese, non-Vietnamese) counts over the words a wrong encoding would change."""
    sample = text[:200_000]
    good = bad = 0
    for match in _LETTER_RUN.finditer(sample):
        word = match.group()
        if word.isascii():
            continue
        if _is_syllable(word):
            good += 1
        else:
            bad += 1
    bad += len(_GLUED_SYMBOL.findall(sample)) + len(_STRAY_MARK.findall(sample))
    return good, bad
