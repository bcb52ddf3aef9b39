"""The journalists' web page and its JSON API (``extractor serve``)."""

from extractor.web.app import create_app

__all__ = ["create_app"]
