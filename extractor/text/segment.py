"""Split text into sentences and words with underthesea, at exact character offsets.

underthesea returns rewritten strings, so every unit it returns is aligned
back onto the text (:mod:`extractor.text.align`). ``use_token_normalize`` is
switched off so that the words stay as close to the text as possible.
underthesea is imported on first use, and only its parts we use
(:mod:`extractor.text.underthesea_parts`): importing it costs a third of a second that ``extractor --help`` and
``extractor schema`` should not pay. Its segmentation model is loaded here (:func:`_load_word_model`), in a tenth
of underthesea's time.
"""

from __future__ import annotations

import functools
import pickle
from pathlib import Path

import regex

from extractor.lang.vi import load
from extractor.text.align import align_words
from extractor.text.underthesea_parts import load_parts

__all__ = ["split_sentences", "split_words"]


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, shifted by ``offset``.

    underthesea breaks after abbreviations such as ``TT.`` (thị trấn), and inside words glued to a full stop
    (``P.Gia Hội``); those breaks are undone: a sentence starts right after a full stop with no space only
    where a lower-case word ends one sentence and a capitalised word opens the next (``chấp thuận.Tỷ lệ``),
    as scraped pages that lost their spaces write it; an abbreviated head (``P.``, ``TP.``) is never lower-case.
    """
    if not text.strip():
        return []
    load_parts()
    from underthesea.pipeline.sent_tokenize import sent_tokenize

    spans = align_words(text, sent_tokenize(text), offset)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        glued = merged and start == merged[-1][1] and not _GLUED_END.search(text, 0, start - offset + 2)
        if merged and (glued or _ends_with_abbreviation(text[: merged[-1][1] - offset])):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [part for start, end in merged for part in _split_after_abbreviation(text, offset, start, end)]


def _split_after_abbreviation(text: str, offset: int, start: int, end: int) -> list[tuple[int, int]]:
    """``... Đoàn UBND TP. Trong đó có 7 cơ sở``: the sentence tokenizer never breaks after ``TP.``, but a word
    that opens sentences followed by a lower-case word starts a new one there (a place goes on in capitals:
    ``TP. Từ Sơn``)."""
    parts = []
    for m in _opener_after_abbreviation().finditer(text, start - offset, end - offset):
        before = text[start - offset:m.start()]
        parts.append((start, start + len(before.rstrip())))
        start = m.start() + offset
    parts.append((start, end))
    return [(s, e) for s, e in parts if text[s - offset:e - offset].strip()]


@functools.cache
def _opener_after_abbreviation() -> regex.Pattern:
    data = load("orthography")
    abbreviations = "|".join(regex.escape(a) for a in data["no_break_abbreviations"])
    openers = "|".join(regex.escape(w) for w in data["sentence_openers"])
    return regex.compile(rf"(?<=(?<!\w)(?:{abbreviations})\s+)(?:{openers})(?=\s+\p{{Ll}})")


# "chấp thuận.Tỷ lệ": a lower-case word of two letters or more, a full stop, a capitalised word; or a name's
# last word ("quận Đầm Dơi.Trước năm 1979"), capitalised with lower-case letters after (an abbreviation such as
# "Tp." is kept whole by the list of abbreviations that never end a sentence)
_GLUED_END = regex.compile(r"(?<![\w.])(?:\p{Ll}{2,}|\p{Lu}\p{Ll}+)\.\p{Lu}\p{Ll}\Z")


def _ends_with_abbreviation(text: str) -> bool:
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last in _no_break_abbreviations()


@functools.cache
def _no_break_abbreviations() -> frozenset[str]:
    return frozenset(load("orthography")["no_break_abbreviations"])


def split_words(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Word spans of one sentence, shifted by ``offset`` (a word may hold several syllables)."""
    if not text.strip():
        return []
    load_parts()
    from underthesea.pipeline.word_tokenize import word_tokenize

    _load_word_model()
    return align_words(text, word_tokenize(text, use_token_normalize=False), offset)


@functools.cache
def _load_word_model() -> None:
    """Load underthesea's segmentation model into ``word_tokenize`` as it would, only faster.

    underthesea reads the model's dictionary (72,547 words) through joblib, whose unpickler is written
    in Python: 0.18 s of every start. The files are plain pickles, which the C unpickler reads in 0.02 s
    into equal objects. Should a later underthesea store them otherwise, it loads them itself.
    """
    load_parts()
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea.pipeline import word_tokenize as segmenter
    from underthesea_core import CRFFeaturizer, CRFTagger

    if segmenter.word_tokenize_model is not None:
        return
    model = FastCRFSequenceTagger()
    folder = Path(segmenter.__file__).parent / "models" / "ws_crf_vlsp2013_20230727"
    try:
        with (folder / model.path_features).open("rb") as handle:
            features = pickle.load(handle)
        with (folder / model.path_dictionary).open("rb") as handle:
            dictionary = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return
    estimator = CRFTagger()
    estimator.load(str(folder / model.path_model))
    model.featurizer = CRFFeaturizer(features, dictionary)
    model.estimator = estimator
    segmenter.word_tokenize_model = model
