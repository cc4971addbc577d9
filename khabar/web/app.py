"""The khabar web app: server-rendered right-to-left pages and a JSON API over one database file.

`create_app(db_path)` builds the FastAPI application; `khabar serve` runs it under Uvicorn. Each request
opens the store for its own duration (SQLite connections are per thread); writes go through one lock.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar import __version__
from khabar.store import Store
from khabar.web import charts, queries
from khabar.web.cache import ResponseCache, data_version
from khabar.web.export import FORMATS, ExportFormat, export_document, export_filename
from khabar.web.ingest import PayloadError, ingest_bytes, ingest_records, records_from_json
from khabar.web.markup import entity_url, parse_span, render_text

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
DEFAULT_CACHE_BYTES = 64 * 1024 * 1024  # rendered pages kept in memory until the database changes
LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}

# how many of each a story page shows (the export and the API give them all)
PAGE_LIMITS = {"divergences": 30, "coverage": 60, "speakers": 40, "entities": 80}

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Since = Annotated[date | None, Query(description="Only stories seen on or after this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Only stories seen on or before this day (YYYY-MM-DD).")]
Outlet = Annotated[str | None, Query(max_length=200, description="Only this outlet.")]
Sort = Annotated[queries.StorySort, Query(description="newest (last seen) or largest (most articles) first.")]
MinArticles = Annotated[int, Query(ge=1, le=100_000, description="Hide smaller stories.")]
EntityFilter = Annotated[
    str | None,
    Query(max_length=200, description="Only stories mentioning this entity (an entity id, or a name)."),
]


def story_filters(
    since: Since = None,
    until: Until = None,
    outlet: Outlet = None,
    sort: Sort = "newest",
    min_articles: MinArticles = 1,
    entity: EntityFilter = None,
) -> queries.StoryFilters:
    """The story-list filters of a request's query string (the API and the stories page take the same)."""
    return queries.StoryFilters(since, until, outlet, entity, min_articles, sort)


StoryFilterQuery = Annotated[queries.StoryFilters, Depends(story_filters)]
Format = Annotated[ExportFormat, Query(description="md (Markdown), html (a self-contained page) or json.")]
Words = Annotated[int, Query(ge=20, le=2000, description="Length budget of the brief, in words.")]
SearchQuery = Annotated[
    str, Query(min_length=1, max_length=500, description="Words to find (all must match).")
]


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every {{ value }} is escaped: article text is never markup
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(entity_url=entity_url, version=__version__)
    env.filters["day"] = lambda value: (value or "")[:10]
    env.filters["minute"] = lambda value: (value or "").replace("T", " ")[:16]
    env.filters["short"] = lambda value: (value or "").removeprefix("story:")
    env.filters["tojson_pretty"] = lambda value: json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return env


def create_app(
    db_path: Path,
    *,
    token: str | None = None,
    host: str = "127.0.0.1",
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    brief_wait_s: float = 2.0,
    cache_bytes: int = DEFAULT_CACHE_BYTES,
) -> FastAPI:
    """The web app over the database at `db_path` (created when missing).

    Writing endpoints need `token` (as `Authorization: Bearer TOKEN` or `X-Khabar-Token: TOKEN`) when one
    is given; when `host` is not a loopback address and no token is given, they are refused outright.
    A story page waits at most `brief_wait_s` for a brief that is not made yet (it is made in the
    background and stored; the page says so and a later view shows it). Rendered GET responses are kept
    (up to `cache_bytes`, 0 turns this off) until the database changes.
    """
    db_path = Path(db_path)
    Store(db_path).close()  # fail early on a file that is not a khabar database; migrate a new one
    env = _templates()
    stories = queries.StoryCache(db_path, wait_s=brief_wait_s)
    counts = queries.ArticleCounts()
    writes_open = token is not None or is_loopback(host)

    app = FastAPI(
        title="khabar",
        version=__version__,
        description="Arabic-first multi-outlet news analysis: stories, cited briefs, articles, entities, "
        "quotes and search. Every list takes `limit` and `offset`.",
        docs_url=None,  # the stock Swagger UI loads its assets from a CDN; /docs is served locally instead
        redoc_url=None,
    )
    app.state.db_path = db_path
    swagger = swagger_assets()
    if swagger is not None:
        app.mount("/static/swagger-ui", StaticFiles(directory=swagger), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    connections = threading.local()
    cache = ResponseCache(cache_bytes)

    @app.middleware("http")
    async def cached(request: Request, call_next: Any) -> Response:
        if not cache_bytes or request.method != "GET" or request.url.path.startswith(("/static", "/docs")):
            return await call_next(request)
        key = str(request.url.path) + "?" + str(request.url.query)
        version = data_version(db_path)
        hit = cache.get(key, version)
        if hit is not None:
            status, headers, body = hit
            response = Response(body, status_code=status)
            response.raw_headers = list(headers)
            return response
        response = await call_next(request)
        if response.status_code != 200 or getattr(request.state, "uncacheable", False):
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        headers = list(response.raw_headers)
        cache.put(key, version, (response.status_code, headers, body))
        fresh = Response(body, status_code=response.status_code)
        fresh.raw_headers = headers
        return fresh

    @contextmanager
    def store() -> Iterator[Store]:
        """This thread's connection to the store, opened once and kept: opening one (and reading the
        schema) costs more than most page queries. Statements autocommit, so each sees the latest data."""
        opened: Store | None = getattr(connections, "store", None)
        if opened is None:
            opened = connections.store = Store(db_path)
        yield opened

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("title", "خبر")
        context.setdefault("q", "")
        html = env.get_template(name).render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status_code)

    def pager(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
        prev_url = next_url = None
        if offset > 0:
            prev_url = str(request.url.include_query_params(offset=max(offset - limit, 0)))
        if offset + limit < total:
            next_url = str(request.url.include_query_params(offset=offset + limit))
        return {"total": total, "limit": limit, "offset": offset, "prev": prev_url, "next": next_url}

    # -- errors --------------------------------------------------------------------------------------

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        page = render(
            request, "error.html", exc.status_code, title="خطأ", status=exc.status_code, message=exc.detail
        )
        page.headers.update(exc.headers or {})
        return page

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors())
        message = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}"
            for e in errors
        )
        if wants_json(request):
            return JSONResponse({"detail": message, "errors": errors}, status_code=422)
        return render(request, "error.html", 422, title="خطأ", status=422, message=message)

    # -- writing -------------------------------------------------------------------------------------

    def check_writer(request: Request) -> None:
        if not writes_open:
            raise HTTPException(
                403, "writing is disabled on a non-loopback address without a token (--token)"
            )
        origin = request.headers.get("origin")
        if origin and urlsplit(origin).netloc != request.headers.get("host"):
            raise HTTPException(403, "cross-origin writes are refused")
        if token is None:
            return
        given = request.headers.get("x-khabar-token") or ""
        auth = request.headers.get("authorization") or ""
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid token is required", headers={"WWW-Authenticate": "Bearer"})

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_upload_bytes:
            raise HTTPException(413, f"upload larger than {max_upload_bytes} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_upload_bytes:
                raise HTTPException(413, f"upload larger than {max_upload_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    upload_doc = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "description": "One article, a list of them, or {articles: [...]}. Each needs "
                        "`text`; title, outlet, date, url, author, id are used when given.",
                        "oneOf": [
                            {
                                "type": "object",
                                "properties": {"text": {"type": "string"}},
                                "required": ["text"],
                            },
                            {"type": "array", "items": {"type": "object"}},
                        ],
                    }
                },
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                        "required": ["file"],
                    }
                },
            },
        }
    }

    @app.post(
        "/api/articles",
        tags=["api"],
        status_code=201,
        dependencies=[Depends(check_writer)],
        openapi_extra=upload_doc,
        summary="Ingest articles (JSON body or file upload) and update stories",
        responses={200: {"description": "Nothing new: everything was already stored"}, 413: {}, 422: {}},
    )
    async def api_ingest(request: Request) -> JSONResponse:
        body = await read_body(request)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            replay = Request(request.scope, receive=_replay(body))
            form = await replay.form()
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise HTTPException(422, "multipart body needs a `file` field")
            data = await upload.read()
            name = upload.filename or "upload"
            await form.close()
            if not data.strip():
                raise HTTPException(422, "the uploaded file is empty")
            result = await run_in_threadpool(ingest_bytes, db_path, data, name)
        elif kind in {"application/json", ""} or kind.endswith("+json"):
            try:
                records = records_from_json(json.loads(body))
            except (ValueError, PayloadError) as exc:
                raise HTTPException(422, f"bad JSON body: {exc}") from exc
            result = await run_in_threadpool(ingest_records, db_path, records)
        else:
            raise HTTPException(415, "send application/json or multipart/form-data with a `file` field")
        if result.rejected or not (result.articles_added or result.articles_known or result.documents_known):
            raise HTTPException(422, {"message": "nothing could be read", "problems": result.problems})
        status = 201 if result.articles_added else 200
        return JSONResponse(result.to_dict(), status_code=status)

    # -- API: reading --------------------------------------------------------------------------------

    @app.get("/api/stories", tags=["api"], summary="Stories, newest (or largest) first")
    def api_stories(filters: StoryFilterQuery, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        with store() as s:
            rows, total = queries.filter_stories(s, filters, limit=limit, offset=offset)
        return queries.page([asdict(r) for r in rows], total, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["api"], summary="One story: members, brief, facts, quotes")
    def api_story(request: Request, story_id: str, words: Words = 120) -> dict[str, Any]:
        with store() as s:
            detail = stories.detail(s, story_id, words=words)
        if detail is None:
            raise HTTPException(404, f"no story {story_id!r}")
        if detail.brief is None:
            request.state.uncacheable = True  # the brief is being made: a later request shows it
        return queries.story_json(detail)

    @app.get("/api/articles", tags=["api"], summary="Articles, newest first")
    def api_articles(limit: Limit = 50, offset: Offset = 0, outlet: Outlet = None) -> dict[str, Any]:
        with store() as s:
            rows = s.list_articles(limit=limit, offset=offset, outlet=outlet)
            outlets, everything = counts.get(s)
            total = dict(outlets).get(outlet, 0) if outlet else everything
        return queries.page([asdict(r) for r in rows], total, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article, the full record")
    def api_article(article_id: str) -> dict[str, Any]:
        with store() as s:
            resolved = queries.resolve_article(s, article_id)
            article = s.get_article(resolved) if resolved else None
            if article is None:
                raise HTTPException(404, f"no article {article_id!r}")
            story = s.story_of([article.id]).get(article.id)
        return queries.article_json(article, story=story)

    @app.get("/api/entities", tags=["api"], summary="Entities matching a name (any spelling variant)")
    def api_entities(q: SearchQuery, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        with store() as s:
            found = queries.find_entities(s, q, limit=offset + limit)
        return queries.page([asdict(e) for e in found[offset:]], len(found), limit, offset)

    @app.get(
        "/api/entities/{entity_id:path}", tags=["api"], summary="One entity: variants, articles, stories"
    )
    def api_entity(entity_id: str, limit: Limit = 50) -> dict[str, Any]:
        with store() as s:
            summary = s.entity_summary(entity_id)
            if summary.mentions == 0:
                raise HTTPException(404, f"no entity {entity_id!r}")
            articles = s.entity_articles(entity_id, limit=limit)
            stories = s.list_stories(entities=[entity_id], limit=limit)
            days = s.entity_days(entity_id)
        return asdict(summary) | {
            "articles": [asdict(a) for a in articles],
            "stories": [story.id for story in stories],
            "mentions_per_day": [{"day": d, "outlet": o, "mentions": n} for d, o, n in days],
        }

    @app.get("/api/search", tags=["api"], summary="Arabic-normalised full-text search")
    def api_search(q: SearchQuery, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        with store() as s:
            hits = s.search(q, limit=limit, offset=offset)
        return {"query": q, "limit": limit, "offset": offset, "items": [asdict(h) for h in hits]}

    @app.get("/api/outlets", tags=["api"], summary="Outlets and their article counts")
    def api_outlets() -> list[dict[str, Any]]:
        with store() as s:
            return [{"outlet": o, "articles": n} for o, n in counts.get(s)[0]]

    # -- pages ---------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request, asked: StoryFilterQuery, limit: Limit = 30, offset: Offset = 0
    ) -> HTMLResponse:
        # the page's form sends empty fields: an empty outlet or entity is no filter
        filters = replace(asked, outlet=asked.outlet or None, entity=asked.entity or None)
        with store() as s:
            rows, total = queries.filter_stories(s, filters, limit=limit, offset=offset)
            days = s.story_days([r.id for r in rows])
            outlets, articles_total = counts.get(s)
        sparks = {r.id: Markup(charts.sparkline(days.get(r.id, []))) for r in rows}
        return render(
            request,
            "stories.html",
            title="القصص",
            stories=rows,
            sparks=sparks,
            outlets=outlets,
            articles_total=articles_total,
            filters=asdict(filters) | {"outlet": filters.outlet or "", "entity": filters.entity or ""},
            pager=pager(request, total, limit, offset),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, words: Words = 120) -> HTMLResponse:
        with store() as s:
            detail = stories.detail(s, story_id, words=words)
        if detail is None:
            raise HTTPException(404, f"لا توجد قصة بالمعرّف {story_id}")
        brief = detail.brief
        if brief is None:
            request.state.uncacheable = True  # the brief is being made: a later view shows it
        # a citation chip per outlet: the supporting mention of that outlet, else the extracted sentence
        chips = []
        for sentence in [*brief.sentences, *brief.single_source] if brief else []:
            by_outlet = {m.outlet: m for m in reversed(sentence.supports)}
            row = []
            for outlet in sentence.citations:
                m = by_outlet.get(outlet)
                if m is not None and m.part == "text":
                    row.append((outlet, m.article_id, f"{m.span.start}-{m.span.end}"))
                elif m is not None:
                    row.append((outlet, m.article_id, None))
                else:
                    row.append((outlet, sentence.article_id, f"{sentence.span.start}-{sentence.span.end}"))
            chips.append(row)
        points = [
            (day, text, f"#tl-{i}") for i, (day, text, _) in enumerate(brief.timeline if brief else [], 1)
        ]
        return render(
            request,
            "story.html",
            title=detail.summary.headline,
            d=detail,
            brief=brief,
            chips=chips,
            words=words,
            timeline_plot=Markup(charts.timeline_plot(points)),
            formats=list(FORMATS),
            shown=PAGE_LIMITS,
        )

    @app.get(
        "/stories/{story_id}/export",
        tags=["api"],
        summary="Download a story's brief (Markdown, HTML or JSON) as a file",
        response_class=Response,
        responses={200: {"content": {media: {} for media, _ in FORMATS.values()}}, 404: {}, 422: {}},
    )
    def story_export(story_id: str, format: Format = "md", words: Words = 120) -> Response:
        with store() as s:
            detail = stories.detail(s, story_id, words=words)
        if detail is None:
            raise HTTPException(404, f"no story {story_id!r}")
        if detail.brief is None:
            raise HTTPException(
                503, "the brief of this story is being made; try again shortly", headers={"Retry-After": "30"}
            )
        document = export_document(detail.brief, [m.article for m in detail.members], format)
        filename = export_filename(detail.summary.id, format)
        return Response(
            document,
            media_type=FORMATS[format][0],
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(
        request: Request, limit: Limit = 50, offset: Offset = 0, outlet: Outlet = None
    ) -> HTMLResponse:
        with store() as s:
            rows = s.list_articles(limit=limit, offset=offset, outlet=outlet)
            outlets, everything = counts.get(s)
            total = dict(outlets).get(outlet, 0) if outlet else everything
        return render(
            request,
            "articles.html",
            title="المقالات",
            articles=rows,
            outlets=outlets,
            outlet=outlet or "",
            pager=pager(request, total, limit, offset),
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        request: Request,
        article_id: str,
        hl: Annotated[
            str | None, Query(max_length=40, description="START-END: character span to highlight.")
        ] = None,
    ) -> HTMLResponse:
        try:
            highlight = parse_span(hl)
        except ValueError as exc:
            raise HTTPException(422, f"hl: {exc}") from exc
        with store() as s:
            resolved = queries.resolve_article(s, article_id)
            article = s.get_article(resolved) if resolved else None
            if article is None:
                raise HTTPException(404, f"لا توجد مقالة بالمعرّف {article_id}")
            story = s.story_of([article.id]).get(article.id)
        body = render_text(
            article.text,
            mentions=article.mentions,
            quotes=article.quotes,
            sentences=article.sentences,
            highlight=highlight,
        )
        entities = queries.count_entities([article])
        removed = sum(1 for line in article.lines if line.label == "boilerplate")
        return render(
            request,
            "article.html",
            title=article.title,
            a=article,
            body=body,
            story=story,
            entities=entities,
            quote_groups=queries.group_quotes(article.quotes),
            removed=removed,
            highlighted=highlight is not None,
        )

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(
        request: Request, q: Annotated[str, Query(max_length=500)] = "", limit: Limit = 20
    ) -> HTMLResponse:
        found = []
        if q.strip():
            with store() as s:
                found = queries.find_entities(s, q, limit=limit)
        return render(request, "entities.html", title="الكيانات", q=q, entities=found)

    @app.get("/entities/{entity_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str, limit: Limit = 50) -> HTMLResponse:
        with store() as s:
            summary = s.entity_summary(entity_id)
            if summary.mentions == 0:
                raise HTTPException(404, f"لا يوجد كيان بالمعرّف {entity_id}")
            articles = s.entity_articles(entity_id, limit=limit)
            stories = s.list_stories(entities=[entity_id], limit=limit)
            stories_total = s.count_stories(entities=[entity_id])
            days = s.entity_days(entity_id)
        return render(
            request,
            "entity.html",
            title=summary.name,
            e=summary,
            articles=articles,
            stories=stories,
            stories_total=stories_total,
            plot=Markup(charts.stacked_bars(days)),
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: Annotated[str, Query(max_length=500)] = "",
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> HTMLResponse:
        hits = []
        if q.strip():
            with store() as s:
                hits = s.search(q, limit=limit + 1, offset=offset)
        more = len(hits) > limit
        hits = hits[:limit]
        info = pager(request, offset + len(hits) + (1 if more else 0), limit, offset)
        return render(request, "search.html", title="البحث", q=q, hits=hits, pager=info)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        if swagger is None:
            return endpoints_page(request)
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="khabar API",
            swagger_js_url="/static/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/swagger-ui/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from the validator's host
        )

    @app.get("/docs/endpoints", response_class=HTMLResponse, include_in_schema=False)
    def endpoints_page(request: Request) -> HTMLResponse:
        schema = app.openapi()
        endpoints = [
            (method.upper(), route, op.get("summary", ""), op.get("parameters", []))
            for route, item in schema.get("paths", {}).items()
            for method, op in item.items()
        ]
        return render(request, "docs.html", title="واجهة البرمجة", endpoints=endpoints, schema=schema)

    return app


def swagger_assets() -> Path | None:
    """The folder of Swagger UI's files when the `swagger-ui-bundle` package (Apache-2.0) is installed:
    /docs is then the interactive Swagger UI served from here; otherwise a plain list of the endpoints."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    path = Path(swagger_ui_path)
    return path if (path / "swagger-ui-bundle.js").is_file() else None


def _replay(body: bytes) -> Any:
    """An ASGI `receive` that hands back a body already read (so the size limit applies to it)."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


_SERVE_SETTINGS = "KHABAR_SERVE_SETTINGS"  # how `serve` hands its settings to Uvicorn's worker processes


def serve(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    cache_bytes: int = DEFAULT_CACHE_BYTES,
    workers: int = 1,
) -> None:
    """Run the app under Uvicorn (what `khabar serve` calls), in `workers` processes.

    Every worker opens the same database; their page caches are their own and each is dropped when the
    database changes, whichever process wrote it.
    """
    import uvicorn

    if workers < 1:
        raise ValueError("workers must be at least 1")
    if workers == 1:
        app = create_app(db_path, token=token, host=host, cache_bytes=cache_bytes)
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    settings = {"db_path": str(db_path), "token": token, "host": host, "cache_bytes": cache_bytes}
    os.environ[_SERVE_SETTINGS] = json.dumps(settings)
    uvicorn.run(
        "khabar.web.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
    )


def app_from_environment() -> FastAPI:
    """The app of one of `serve`'s worker processes, from the settings `serve` left in the environment."""
    raw = os.environ.get(_SERVE_SETTINGS)
    if raw is None:
        raise RuntimeError(f"{_SERVE_SETTINGS} is not set: start workers with `khabar serve --workers N`")
    settings = json.loads(raw)
    return create_app(
        Path(settings["db_path"]),
        token=settings["token"],
        host=settings["host"],
        cache_bytes=settings["cache_bytes"],
    )
