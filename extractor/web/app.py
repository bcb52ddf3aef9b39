"""The journalists' page and its API, served locally by ``extractor serve``.

- ``GET /``: one page (no CDN: its CSS and JS are in this package) to paste or upload an article;
- ``POST /api/extract``: the record of one article, for scripts (JSON ``{"text", "html"?, "doc_id"?,
  "include_text"?}`` or a multipart ``file``); 422 with the error record when the article cannot be read;
- ``POST /api/annotate``: the record with its text, and the page's panels rendered as HTML fragments;
- ``POST /api/claim``: ``{"record", "claim"}`` → the verdict on the claim and its panel.

Article text only ever reaches the page through the autoescaping templates.
"""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from extractor.check.claim import check_claim
from extractor.check.messages import message
from extractor.lang.vi import load
from extractor.settings import SETTINGS
from extractor.web.limits import BodyLimit
from extractor.web.render import marked_pieces

__all__ = ["create_app"]

_STATIC = Path(__file__).with_name("static")


class BadRequest(Exception):
    """A request the API cannot act on; its reason goes back to the client."""


def _templates() -> Environment:
    environment = Environment(
        loader=PackageLoader("extractor.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    words = load("checks")
    environment.globals.update(page=words["page"], kinds=words["kinds"], labels=words["labels"])
    return environment


def _bad_request(reason: str) -> JSONResponse:
    text = message("errors", "bad_request", reason=reason)
    return JSONResponse({"error": {"kind": "bad_request", "message": text["en"], "message_vi": text["vi"]}}, 400)


async def _article_request(request: Request) -> dict[str, Any]:
    """The article of a request: ``{"text", "html", "doc_id", "include_text"}`` or ``{"data", "doc_id"}``."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise BadRequest("the form has no 'file' field")
        name = Path(upload.filename or "upload.txt").name
        return {"data": await upload.read(), "name": name, "include_text": form.get("include_text") == "true"}
    try:
        body = json.loads(await request.body())
    except ValueError as error:
        raise BadRequest(f'the body is not JSON ({error}); send {{"text": "..."}} or a multipart "file"') from error
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise BadRequest('send a JSON object with a "text" string, or a multipart "file"')
    return body


def _extract_article(article: dict[str, Any], include_text: bool) -> dict[str, Any]:
    """The record of a pasted text or an uploaded file (decoded and sniffed like a file on disk)."""
    from extractor.io.readers import iter_inputs
    from extractor.pipeline import extract, extract_input

    if "data" in article:
        item = next(iter_inputs(["-"], stdin=io.BytesIO(article["data"])))
        item.doc_id = Path(article["name"]).stem or item.doc_id
        return extract_input(item, include_text=include_text)
    doc_id = article.get("doc_id") if isinstance(article.get("doc_id"), str) else None
    return extract(article["text"], doc_id=doc_id, html=article.get("html") is True, include_text=include_text)


def create_app(max_request_bytes: int | None = None) -> FastAPI:
    """The web app; ``max_request_bytes`` defaults to ``SETTINGS.max_request_bytes``."""
    limit = max_request_bytes or SETTINGS.max_request_bytes
    # The docs pages load their assets from a CDN, and the page must work offline.
    app = FastAPI(title="extractor", docs_url=None, redoc_url=None)
    app.add_middleware(BodyLimit, max_bytes=limit)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    templates = _templates()
    # The language models are shared by every request; one article at a time keeps them safe.
    lock = threading.Lock()

    def extract_locked(article: dict[str, Any], include_text: bool) -> dict[str, Any]:
        with lock:
            return _extract_article(article, include_text)

    async def record_of(request: Request, include_text: bool) -> dict[str, Any]:
        article = await _article_request(request)
        include_text = include_text or article.get("include_text") is True
        return await run_in_threadpool(extract_locked, article, include_text)

    def render(name: str, **values: Any) -> str:
        return templates.get_template(name).render(**values)

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, error: BadRequest) -> JSONResponse:
        return _bad_request(str(error))

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return render("page.html", max_bytes=limit)

    @app.post("/api/extract")
    async def api_extract(request: Request) -> JSONResponse:
        record = await record_of(request, include_text=False)
        return JSONResponse(record, status_code=422 if "error" in record else 200)

    @app.post("/api/annotate")
    async def api_annotate(request: Request) -> JSONResponse:
        record = await record_of(request, include_text=True)
        if "error" in record:
            return JSONResponse({"record": record}, status_code=422)
        organizations = {org["id"]: org["name"] for org in record.get("organizations", [])}
        panels = {
            "text": render("text.html", pieces=marked_pieces(record)),
            "facts": render("facts.html", facts=record["facts"]),
            "events": render("events.html", events=record["events"], organizations=organizations),
            "checks": render("checks.html", checks=record["checks"]),
        }
        return JSONResponse({"record": record, "html": panels})

    @app.post("/api/claim")
    async def api_claim(request: Request) -> JSONResponse:
        try:
            body = json.loads(await request.body())
        except ValueError as error:
            raise BadRequest(f"the body is not JSON ({error})") from error
        if not isinstance(body, dict) or not isinstance(body.get("record"), dict):
            raise BadRequest('send {"record": <the article record>, "claim": "..."}')
        claim = body.get("claim")
        if not isinstance(claim, str) or not claim.strip():
            raise BadRequest('"claim" must be a non-empty string')
        record = body["record"]
        if not isinstance(record.get("facts"), list):
            raise BadRequest('the record has no "facts" list')
        verdict = await run_in_threadpool(lambda: _claim_locked(lock, record, claim))
        return JSONResponse({"verdict": verdict, "html": render("claim.html", verdict=verdict)})

    return app


def _claim_locked(lock: threading.Lock, record: dict[str, Any], claim: str) -> dict[str, Any]:
    with lock:
        try:
            return check_claim(record, claim)
        except (KeyError, TypeError, ValueError) as error:
            raise BadRequest(f"the record's facts are not in the extractor's format ({error!r})") from error
