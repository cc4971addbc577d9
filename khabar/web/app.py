"""The khabar web app: server-rendered right-to-left pages and a JSON API over one database file.

`create_app(db_path)` builds the FastAPI application; `khabar serve` runs it under Uvicorn. Each request
opens the store for its own duration (SQLite connections are per thread); writes go through one lock.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar import __version__
from khabar.store import Store
from khabar.web import queries
from khabar.web.ingest import PayloadError, ingest_bytes, ingest_records, records_from_json
from khabar.web.markup import entity_url, parse_span, render_text

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024
LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Since = Annotated[date | None, Query(description="Only stories seen on or after this day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Only stories seen on or before this day (YYYY-MM-DD).")]
Outlet = Annotated[str | None, Query(max_length=200, description="Only this outlet.")]
Sort = Annotated[queries.StorySort, Query(description="newest (last seen) or largest (most articles) first.")]
MinArticles = Annotated[int, Query(ge=1, le=100_000, description="Hide smaller stories.")]
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
) -> FastAPI:
    """The web app over the database at `db_path` (created when missing).

    Writing endpoints need `token` (as `Authorization: Bearer TOKEN` or `X-Khabar-Token: TOKEN`) when one
    is given; when `host` is not a loopback address and no token is given, they are refused outright.
    """
    db_path = Path(db_path)
    Store(db_path).close()  # fail early on a file that is not a khabar database; migrate a new one
    env = _templates()
    briefs = queries.BriefCache()
    story_index = queries.StoryIndex()
    writes_open = token is not None or is_loopback(host)

    app = FastAPI(
        title="khabar",
        version=__version__,
        description="Arabic-first multi-outlet news analysis: stories, cited briefs, articles, entities, "
        "quotes and search. Every list takes `limit` and `offset`.",
        docs_url=None,  # the stock Swagger UI loads its assets from a CDN; /docs is served locally instead
        redoc_url=None,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def store() -> Store:
        return Store(db_path)

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
        return render(
            request, "error.html", exc.status_code, title="خطأ", status=exc.status_code, message=exc.detail
        )

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
    def api_stories(
        limit: Limit = 50,
        offset: Offset = 0,
        since: Since = None,
        until: Until = None,
        outlet: Outlet = None,
        sort: Sort = "newest",
        min_articles: MinArticles = 1,
    ) -> dict[str, Any]:
        with store() as s:
            rows = queries.filter_stories(
                s, since=since, until=until, outlet=outlet, min_articles=min_articles, sort=sort
            )
        return queries.page([asdict(r) for r in rows[offset : offset + limit]], len(rows), limit, offset)

    @app.get("/api/stories/{story_id}", tags=["api"], summary="One story: members, brief, facts, quotes")
    def api_story(story_id: str, words: Words = 120) -> dict[str, Any]:
        with store() as s:
            detail = queries.story_detail(s, story_id, briefs, words=words)
        if detail is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return queries.story_json(detail)

    @app.get("/api/articles", tags=["api"], summary="Articles, newest first")
    def api_articles(limit: Limit = 50, offset: Offset = 0, outlet: Outlet = None) -> dict[str, Any]:
        with store() as s:
            rows = s.list_articles(limit=limit, offset=offset, outlet=outlet)
            total = dict(s.outlets()).get(outlet, 0) if outlet else s.count_articles()
        return queries.page([asdict(r) for r in rows], total, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["api"], summary="One article, the full record")
    def api_article(article_id: str) -> dict[str, Any]:
        with store() as s:
            resolved = queries.resolve_article(s, article_id)
            article = s.get_article(resolved) if resolved else None
            if article is None:
                raise HTTPException(404, f"no article {article_id!r}")
            story = story_index.get(s).get(article.id)
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
            index = story_index.get(s)
        stories = list(dict.fromkeys(index[a.id] for a in articles if a.id in index))
        return asdict(summary) | {"articles": [asdict(a) for a in articles], "stories": stories}

    @app.get("/api/search", tags=["api"], summary="Arabic-normalised full-text search")
    def api_search(q: SearchQuery, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        with store() as s:
            hits = s.search(q, limit=limit, offset=offset)
        return {"query": q, "limit": limit, "offset": offset, "items": [asdict(h) for h in hits]}

    @app.get("/api/outlets", tags=["api"], summary="Outlets and their article counts")
    def api_outlets() -> list[dict[str, Any]]:
        with store() as s:
            return [{"outlet": o, "articles": n} for o, n in s.outlets()]

    # -- pages ---------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request,
        limit: Limit = 30,
        offset: Offset = 0,
        since: Since = None,
        until: Until = None,
        outlet: Outlet = None,
        sort: Sort = "newest",
        min_articles: MinArticles = 1,
    ) -> HTMLResponse:
        with store() as s:
            rows = queries.filter_stories(
                s, since=since, until=until, outlet=outlet, min_articles=min_articles, sort=sort
            )
            outlets = s.outlets()
            articles_total = s.count_articles()
        return render(
            request,
            "stories.html",
            title="القصص",
            stories=rows[offset : offset + limit],
            outlets=outlets,
            articles_total=articles_total,
            filters={
                "since": since,
                "until": until,
                "outlet": outlet or "",
                "sort": sort,
                "min_articles": min_articles,
            },
            pager=pager(request, len(rows), limit, offset),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str, words: Words = 120) -> HTMLResponse:
        with store() as s:
            detail = queries.story_detail(s, story_id, briefs, words=words)
        if detail is None:
            raise HTTPException(404, f"لا توجد قصة بالمعرّف {story_id}")
        # a citation chip per outlet: the supporting mention of that outlet, else the extracted sentence
        chips = []
        for sentence in [*detail.brief.sentences, *detail.brief.single_source]:
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
        return render(
            request,
            "story.html",
            title=detail.summary.headline,
            d=detail,
            brief=detail.brief,
            chips=chips,
            words=words,
        )

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(
        request: Request, limit: Limit = 50, offset: Offset = 0, outlet: Outlet = None
    ) -> HTMLResponse:
        with store() as s:
            rows = s.list_articles(limit=limit, offset=offset, outlet=outlet)
            outlets = s.outlets()
            total = dict(outlets).get(outlet, 0) if outlet else s.count_articles()
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
            story = story_index.get(s).get(article.id)
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
            index = story_index.get(s)
            story_ids = list(dict.fromkeys(index[a.id] for a in articles if a.id in index))
            stories = s.list_stories(story_ids=story_ids, limit=len(story_ids) or 1) if story_ids else []
        return render(
            request,
            "entity.html",
            title=summary.name,
            e=summary,
            articles=articles,
            stories=stories,
            story_of=index,
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
        schema = app.openapi()
        endpoints = [
            (method.upper(), route, op.get("summary", ""), op.get("parameters", []))
            for route, item in schema.get("paths", {}).items()
            for method, op in item.items()
        ]
        return render(request, "docs.html", title="واجهة البرمجة", endpoints=endpoints, schema=schema)

    return app


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


def serve(db_path: Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the app under Uvicorn (what `khabar serve` calls)."""
    import uvicorn

    uvicorn.run(create_app(db_path, token=token, host=host), host=host, port=port, log_level="info")
