"""Defaults in one place: limits and knobs every stage reads from one object."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["SETTINGS", "Settings"]


@dataclass(frozen=True)
class Settings:
    """Limits of the tool; override with ``EXTRACTOR_<NAME>`` environment variables."""

    # An article longer than this is refused with a ``too_large`` error record:
    # real articles are under 100,000 characters, and segmentation time grows with length.
    max_input_chars: int = 1_000_000
    # Bytes read from one file or one JSONL line before giving up on it.
    max_input_bytes: int = 8_000_000
    # Request body limit of the web app.
    max_request_bytes: int = 2_000_000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)

    @classmethod
    def from_environment(cls) -> Settings:
        values = {}
        for name, default in cls().__dict__.items():
            raw = os.environ.get(f"EXTRACTOR_{name.upper()}")
            if raw is not None:
                values[name] = type(default)(raw)
        return cls(**values)


SETTINGS = Settings.from_environment()
