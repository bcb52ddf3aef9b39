"""underthesea loaded in parts: the extractor pays for what it uses, and other code still sees the whole package.

Each case runs in a fresh process, since the point is what a process has imported.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SENTENCE = "Sở Y tế sáp nhập Trung tâm Y tế huyện A vào Bệnh viện đa khoa huyện A."

# what the extractor's own start leaves out of the process: pipelines it never runs and what they import
AFTER_OUR_USE = """
import json, sys
from extractor.text.segment import split_sentences, split_words
from extractor.text.pos import tag_segmented
text = sys.argv[1]
words = split_words(text)
tag_segmented([text[s:e] for s, e in words])
split_sentences(text)
print(json.dumps({"ner": "underthesea.pipeline.ner" in sys.modules, "requests": "requests" in sys.modules}))
"""

# the whole package's answers, with and without the extractor having loaded its parts first
WHOLE_PACKAGE = """
import json, sys
text, first = sys.argv[1], sys.argv[2]
if first == "ours":
    from extractor.text.segment import split_words
    split_words(text)
elif first == "whole":
    import underthesea
import underthesea
from underthesea import pos_tag, word_tokenize
from extractor.text.segment import split_words
print(json.dumps({"words": word_tokenize(text), "tags": pos_tag(text), "ours": split_words(text),
                  "chunk": callable(underthesea.chunk), "version": bool(underthesea.__version__)}))
"""


def run_python(code: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_the_extractor_imports_no_pipeline_it_does_not_run() -> None:
    assert run_python(AFTER_OUR_USE, SENTENCE) == {"ner": False, "requests": False}


@pytest.mark.parametrize("first", ["ours", "whole", "none"])
def test_the_whole_package_answers_alike_whoever_imported_it_first(first: str) -> None:
    answers = run_python(WHOLE_PACKAGE, SENTENCE, first)
    assert answers == run_python(WHOLE_PACKAGE, SENTENCE, "none")
    assert answers["chunk"] and answers["version"]
    assert "Trung tâm" in answers["words"]
    assert [SENTENCE[s:e] for s, e in answers["ours"]][:3] == ["Sở", "Y tế", "sáp nhập"]
