"""Restructuring events: which organizations merge, are renamed, dissolved, established, split or moved.

See :mod:`extractor.events.find` for the stages; the Vietnamese knowledge they read is data in
``extractor/lang/vi/events/``.
"""

from extractor.events.find import find_events

__all__ = ["find_events"]
