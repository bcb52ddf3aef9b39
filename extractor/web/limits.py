"""Refuse request bodies over the size limit before any of it reaches the app, with a message that says
what to do. The limit holds whether or not the client declares a Content-Length.
"""

from __future__ import annotations

import json
from typing import Any

from extractor.check.messages import message

__all__ = ["BodyLimit", "refusal"]

Scope = dict[str, Any]


def refusal(size: int, limit: int) -> dict[str, Any]:
    """The JSON body of a 413 answer."""
    text = message("errors", "too_large", size=size, limit=limit)
    return {"error": {"kind": "too_large", "message": text["en"], "message_vi": text["vi"], "limit": limit}}


class BodyLimit:
    """ASGI middleware: reads the body (at most ``max_bytes`` + 1 of it), refuses it with 413 when too large,
    else hands the buffered body on to the app."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        # a header value is bytes, whose isdigit() takes ASCII digits only
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, int(declared))
            return
        chunks, size = [], 0
        while True:
            event = await receive()
            if event["type"] == "http.disconnect":
                return
            chunks.append(event.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._refuse(send, size)
                return
            if not event.get("more_body"):
                break
        body, delivered = b"".join(chunks), False

        async def replay() -> dict[str, Any]:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Any, size: int) -> None:
        payload = json.dumps(refusal(size, self.max_bytes), ensure_ascii=False).encode("utf-8")
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(payload)).encode()),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
