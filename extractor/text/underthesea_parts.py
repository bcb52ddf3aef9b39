"""Import only the parts of underthesea that the extractor uses.

underthesea's package ``__init__`` imports every pipeline the library has (chunking, NER, classification,
dependency parsing, translation, addresses) and what they need (requests, numpy through joblib): 0.2 to 0.3 s of
every start, for a tool that uses three of them (sentences, words and part-of-speech tags). :func:`load_parts`
registers the package without running its ``__init__`` and imports those three; the first use of any other name
the package exports (``underthesea.ner``, ``from underthesea import chunk``, ``underthesea.__version__``) runs the
``__init__`` then, so other code in the same process still sees the whole package. Should a later underthesea be
laid out otherwise, the package is imported whole, as before.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["load_parts"]

_PACKAGE = "underthesea"
# text_normalize first: it and word_tokenize import each other, and only this order resolves
_PARTS = ("underthesea.pipeline.text_normalize", "underthesea.pipeline.word_tokenize",
          "underthesea.pipeline.sent_tokenize")


@functools.cache
def load_parts() -> None:
    """Make ``underthesea.pipeline.*`` importable at the cost of the parts imported, not of the whole package."""
    if _PACKAGE in sys.modules:
        return  # imported already, whole or in parts
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        importlib.import_module(_PACKAGE)  # not installed as a package: let the import say why
        return
    package = importlib.util.module_from_spec(spec)
    package.__getattr__ = _completing_getattr(package, spec)  # type: ignore[attr-defined]
    sys.modules[_PACKAGE] = package
    try:
        for part in _PARTS:
            importlib.import_module(part)
    except Exception:  # a layout we do not know: fall back to the whole package
        for name in [name for name in sys.modules if name == _PACKAGE or name.startswith(_PACKAGE + ".")]:
            del sys.modules[name]
        importlib.import_module(_PACKAGE)


def _completing_getattr(package: ModuleType, spec: ModuleSpec) -> Callable[[str], object]:
    """A module ``__getattr__`` (PEP 562) that runs the package's own ``__init__`` on the first name it lacks."""
    lock = threading.Lock()

    def __getattr__(name: str) -> object:
        with lock:
            if package.__dict__.pop("__getattr__", None) is not None:
                spec.loader.exec_module(package)  # type: ignore[union-attr]
        try:
            return package.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {_PACKAGE!r} has no attribute {name!r}") from None

    return __getattr__
