"""The `khabar` command line. Thin: it parses arguments, calls the engine or the store, and prints.

Every user error ends in one clear line and a non-zero exit code, never a traceback
(set KHABAR_DEBUG=1 to see one for an unexpected internal error).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from khabar import __version__
from khabar.errors import InputError, KhabarError
from khabar.store import Store

DEFAULT_DB = "khabar.db"
MAX_PROBLEMS_SHOWN = 20

F = TypeVar("F", bound=Callable[..., Any])

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=lambda: os.environ.get("KHABAR_DB", DEFAULT_DB),
        show_default=f"$KHABAR_DB or ./{DEFAULT_DB}",
        help="The SQLite database file (created when missing).",
    )(func)


def open_store(path: Path, *, must_exist: bool = True) -> Store:

    if must_exist and not path.exists():
        raise InputError(f"{path}: no such database; create one with `khabar analyze PATH --db {path}`")
    return Store(path)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="khabar")
def cli() -> None:
    """khabar (خبر): read Arabic news from many outlets, with the evidence behind every line.

    \b
    Start with the bundled example corpus:
      khabar analyze examples/pages      clean, analyse and group the pages into ./khabar.db
      khabar articles                    list what was stored, newest first
      khabar show 3fa2                   one article (an id prefix is enough)
      khabar search "الكرملين"            full-text search; spelling variants match
      khabar stories                     stories across outlets, newest first
      khabar brief STORY                 a cited brief: agreement, single-source claims, contradictions
      khabar export STORY --format html  the brief as a file to share (md, html or json)
      khabar entity "بيسكوف"              an entity's variants, outlets and articles
      khabar quotes --speaker "كيري"      who said what
      khabar serve                       the web app and REST API on http://127.0.0.1:8000

    Inputs: raw page text, HTML, JSON Lines (.jsonl/.json, gzip too), WARC and RSS/Atom files,
    directories (recursively) and `-` for stdin.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="OURS=THEIRS",
    help="Map a JSON Lines field for other layouts, e.g. --field text=body --field title=headline. "
    "SaudiNewsNet and ANT layouts need none.",
)
@click.option("--outlet", help="Outlet name for every input document (overrides what the page says).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=lambda: min(os.cpu_count() or 1, 4),
    show_default="CPU cores, at most 4",
    help="Worker processes for cleaning and analysis.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; print only the summary.")
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="local: this machine, into --db. spark: Apache Spark, Parquet tables into --out "
    "(pip install 'khabar[spark]'; bring them into a database with `khabar load`).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Spark engine: the folder for the Parquet tables (replaced if present).",
)
@click.option("--master", default="local[*]", show_default=True, help="Spark engine: the master URL.")
def analyze(
    paths: tuple[str, ...],
    db: Path,
    fields: tuple[str, ...],
    outlet: str | None,
    workers: int,
    quiet: bool,
    engine: str = "local",
    out_dir: Path | None = None,
    master: str = "local[*]",
) -> None:
    """Ingest, clean and analyse PATHS into the database, then group the new articles into stories.

    Re-running on the same input adds nothing (documents are recognised by content). Unreadable files,
    broken JSON lines and pages without article text are reported, counted and skipped; they never stop
    the run. Ctrl-C keeps everything saved so far; run the same command again to resume.
    """
    from khabar.engines.local import analyze as run_analysis
    from khabar.engines.local import group_stories

    field_map = _parse_field_map(fields)
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file or directory")
    if engine == "spark":
        _analyze_on_spark(paths, out_dir, master, field_map, outlet)
        return
    stdin = sys.stdin.buffer if "-" in paths else None
    shown = 0

    def on_problem(problem: object) -> None:
        nonlocal shown
        shown += 1
        if shown <= MAX_PROBLEMS_SHOWN:
            err.print(f"[yellow]skipped[/] {escape(str(problem))}")
        elif shown == MAX_PROBLEMS_SHOWN + 1:
            err.print("[yellow]… further problems are counted in the summary[/]")

    with open_store(db, must_exist=False) as store:
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}[/]"),
            BarColumn(bar_width=None),
            TextColumn("{task.fields[docs]} documents · {task.fields[articles]} new articles"),
            TimeElapsedColumn(),
            console=err,
            disable=quiet or not err.is_terminal,
            transient=True,
        )
        with progress:
            task = progress.add_task("analysing", total=None, docs=0, articles=0)

            def on_progress(summary: Any) -> None:
                progress.update(task, docs=summary.documents_read, articles=summary.articles_added)

            summary = run_analysis(
                list(paths),
                store,
                stdin=stdin,
                field_map=field_map,
                outlet=outlet,
                workers=workers,
                on_progress=on_progress,
                on_problem=on_problem,
            )
            grouping = None
            if not summary.interrupted:
                progress.update(task, description="grouping")
                grouping = group_stories(
                    store, on_progress=lambda g: progress.update(task, articles=f"{g.articles} grouped")
                )
        total, stories = store.count_articles(), store.count_stories()
    _print_summary(summary, grouping, db, total, stories)
    if summary.interrupted or (grouping and grouping.interrupted):
        err.print("[red]interrupted[/]: everything above is saved; run the same command again to resume")
        sys.exit(130)


def _analyze_on_spark(
    paths: tuple[str, ...],
    out_dir: Path | None,
    master: str,
    field_map: dict[str, str] | None,
    outlet: str | None,
) -> None:
    if out_dir is None:
        raise InputError("--engine spark writes Parquet tables: give the folder with --out DIR")
    if "-" in paths:
        raise InputError("--engine spark reads files, not standard input")
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise InputError("the Spark engine needs pyspark: pip install 'khabar[spark]'") from exc
    from khabar.engines.spark import analyze_spark

    err.print(f"running on Spark ({escape(master)}) …")
    summary = analyze_spark(list(paths), out_dir, master, field_map=field_map, outlet=outlet)
    for problem in summary.problems[:MAX_PROBLEMS_SHOWN]:
        err.print(f"[yellow]skipped[/] {escape(str(problem))}")
    table = Table(title="khabar analyze --engine spark", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("documents read", summary.documents_read),
        ("  duplicates (kept once)", summary.documents_known),
        ("  without article text", summary.documents_empty),
        ("problems (skipped)", len(summary.problems)),
        ("articles", summary.articles_added),
        ("stories", summary.stories),
        ("near-duplicate families", summary.families),
        ("input splits · time blocks", f"{summary.splits} · {summary.blocks}"),
        ("time", f"{summary.seconds:.1f} s ({summary.articles_per_second:.1f} documents/s)"),
        *((f"  {name}", f"{seconds:.1f} s") for name, seconds in summary.phases.items()),
    ):
        table.add_row(label, str(value))
    out.print(table)
    out.print(
        f"Parquet tables in {escape(str(out_dir))}; load them with `khabar load {escape(str(out_dir))} --db FILE`."
    )


@cli.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
def load(directory: Path, db: Path) -> None:
    """Bring the Parquet tables of `khabar analyze --engine spark --out DIRECTORY` into the database, so the
    other commands and `khabar serve` work on them. Loading twice adds nothing."""
    from khabar.engines.parquet import check_output, load_output

    check_output(directory)
    with open_store(db, must_exist=False) as store:
        summary = load_output(directory, store)
        total, stories = store.count_articles(), store.count_stories()
    out.print(
        f"loaded {summary.documents} documents ({summary.documents_known} already stored), "
        f"{summary.articles_added} articles, {summary.assignments} story assignments, "
        f"{summary.families} families into {escape(str(db))}: {total} articles, {stories} stories in all"
    )


def _parse_field_map(fields: tuple[str, ...]) -> dict[str, str] | None:
    mapping: dict[str, str] = {}
    for item in fields:
        ours, sep, theirs = item.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise InputError(f"--field {item!r}: expected OURS=THEIRS, e.g. --field text=body")
        mapping[ours.strip()] = theirs.strip()
    return mapping or None


def _print_summary(summary: Any, grouping: Any, db: Path, total: int, stories: int) -> None:
    table = Table(title="khabar analyze", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents read", str(summary.documents_read))
    table.add_row("  new", str(summary.documents_new))
    table.add_row("  already in the store (skipped)", str(summary.documents_known))
    table.add_row("  without article text", str(summary.documents_empty))
    table.add_row("problems (skipped)", str(len(summary.problems)))
    table.add_row("articles added", str(summary.articles_added))
    if summary.articles_known:
        table.add_row("articles already stored", str(summary.articles_known))
    for outlet, count in summary.outlets.most_common(8):
        table.add_row(f"  {escape(outlet)}", str(count))
    if grouping is not None:
        table.add_row("articles grouped into stories", str(grouping.articles))
        table.add_row("  new stories", str(grouping.stories_opened))
        table.add_row("  earlier stories extended", str(grouping.stories_extended))
        table.add_row("  near-duplicate families", str(grouping.families))
    table.add_row("articles in the store", str(total))
    table.add_row("stories in the store", str(stories))
    rate = f"{summary.seconds:.1f} s ({summary.articles_per_second:.0f} documents/s)"
    table.add_row("time", rate)
    out.print(table)
    if summary.documents_read and not summary.documents_new:
        out.print(f"Nothing new: every document is already in {db}.")


@cli.command()
@db_option
@click.option("--outlet", help="Only this outlet.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
def articles(db: Path, outlet: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, newest first."""
    with open_store(db) as store:
        rows = store.list_articles(limit=limit, offset=offset, outlet=outlet)
        total = store.count_articles()
    if as_json:
        for row in rows:
            out.print_json(json.dumps(asdict(row), ensure_ascii=False), indent=None)
        return
    table = Table(title=f"{len(rows)} of {total} articles", title_justify="left")
    for name in ("id", "published", "outlet", "title", "agency"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            row.id[:10],
            (row.published or "")[:16],
            escape(row.outlet or ""),
            escape(row.title[:90]),
            escape(row.agency or ""),
        )
    out.print(table)


@cli.command()
@click.argument("article_id")
@db_option
@click.option(
    "--raw", is_flag=True, help="Show the whole page with every line's label (what was removed too)."
)
@click.option("--json", "as_json", is_flag=True, help="The full record as JSON.")
def show(article_id: str, db: Path, raw: bool, as_json: bool) -> None:
    """Show one article: metadata, cleaned text, sentences and resolved dates."""
    with open_store(db) as store:
        ids = store.resolve_id(article_id)
        if not ids:
            raise InputError(f"no article with id {article_id!r}; `khabar articles` lists them")
        if len(ids) > 1:
            raise InputError(f"{article_id!r} is ambiguous: {', '.join(ids[:5])}…; type more of the id")
        article = store.get_article(ids[0])
    assert article is not None
    if as_json:
        record = asdict(article)
        record["published"] = article.published.isoformat() if article.published else None
        out.print_json(json.dumps(record, ensure_ascii=False, default=str))
        return
    out.print(f"[bold]{escape(article.title)}[/]")
    for name in ("id", "outlet", "published", "author", "dateline", "agency", "language", "url", "source"):
        value = getattr(article, name)
        if value:
            out.print(f"[dim]{name:>10}[/] {escape(str(value))}")
    if article.locator:
        out.print(f"[dim]{'locator':>10}[/] {escape(article.locator)}")
    out.print()
    if raw:
        styles = {"title": "bold", "body": "none", "boilerplate": "dim strike"}
        for line in article.lines:
            row = Text(f"{line.number:>4} {line.label:<11} ", style="dim")
            row.append(line.text, style=styles[line.label])
            out.print(row)
    else:
        out.print(escape(article.text))
    if article.time_expressions:
        out.print("\n[bold]dates[/]")
        for expr in article.time_expressions:
            value = expr.value.isoformat() if expr.value else "?"
            if expr.end and expr.end != expr.value:
                value += f" … {expr.end.isoformat()}"
            out.print(f"  {escape(expr.text)} → {value} [dim]({expr.kind})[/]")
    out.print(f"\n[dim]{len(article.sentences)} sentences · {len(article.text)} characters[/]")


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def search(query: str, db: Path, limit: int, offset: int, as_json: bool) -> None:
    """Full-text search. Diacritics, alef/hamza forms, ta marbuta and the و ف ب ل ال clitics are ignored,
    so «الكرملين», «والكرملين» and «كرملين» all match; every word must appear."""
    with open_store(db) as store:
        hits = store.search(query, limit=limit, offset=offset)
    if as_json:
        for hit in hits:
            out.print_json(json.dumps(asdict(hit), ensure_ascii=False), indent=None)
        return
    if not hits:
        out.print(f"No article matches {query!r}.")
        return
    for hit in hits:
        out.print(f"[bold]{hit.id[:10]}[/] {escape(hit.outlet or '')} {escape((hit.published or '')[:10])}")
        out.print(f"  [bold]{escape(hit.title)}[/]")
        out.print(f"  {escape(hit.snippet)}\n")


@cli.command()
@db_option
@click.option(
    "--min-articles", type=click.IntRange(1), default=1, show_default=True, help="Hide smaller stories."
)
@click.option("--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories(db: Path, min_articles: int, limit: int, offset: int, as_json: bool) -> None:
    """Stories, newest first (then largest): headline, size, outlets, first and last seen."""
    with open_store(db) as store:
        rows = store.list_stories(limit=limit, offset=offset, min_articles=min_articles)
        total = store.count_stories()
    if as_json:
        for row in rows:
            out.print_json(json.dumps(asdict(row), ensure_ascii=False), indent=None)
        return
    table = Table(title=f"{len(rows)} of {total} stories", title_justify="left")
    for name in ("story", "articles", "outlets", "first seen", "last seen", "headline"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            row.id.removeprefix("story:")[:10],
            str(row.articles),
            escape("، ".join(row.outlets)),
            (row.first_published or "")[:16],
            (row.last_published or "")[:16],
            escape(row.headline[:80]),
        )
    out.print(table)


@cli.command()
@click.argument("story_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The story and its articles as JSON.")
def story(story_id: str, db: Path, as_json: bool) -> None:
    """One story: its articles by time and outlet, and its near-duplicate families (wire copies)."""
    with open_store(db) as store:
        ids = store.resolve_story(story_id)
        if not ids:
            raise InputError(f"no story with id {story_id!r}; `khabar stories` lists them")
        if len(ids) > 1:
            raise InputError(f"{story_id!r} is ambiguous: {', '.join(ids[:5])}…; type more of the id")
        [summary] = store.list_stories(story_ids=ids)
        members = store.story_articles(ids[0])
    if as_json:
        record = asdict(summary) | {
            "members": [asdict(a) | {"family": family, "representative": rep} for a, family, rep in members]
        }
        out.print_json(json.dumps(record, ensure_ascii=False))
        return
    out.print(f"[bold]{escape(summary.headline)}[/]")
    first, last = (summary.first_published or "?")[:16], (summary.last_published or "?")[:16]
    out.print(
        f"[dim]{summary.id} · {summary.articles} articles · {len(summary.outlets)} outlets · {first} … {last}[/]\n"
    )
    families: dict[str, list[str]] = {}
    for article, family, representative in members:
        if family:
            families.setdefault(family, []).append(article.id)
        copy = " [dim](wire copy)[/]" if family and not representative else ""
        out.print(
            f"{(article.published or '?')[:16]}  [bold]{escape(article.outlet or '?')}[/]  "
            f"{escape(article.title[:90])}{copy}  [dim]{article.id[:10]}[/]"
        )
    if families:
        out.print("\n[bold]near-duplicate families[/] (each counts as one independent source)")
        for family, article_ids in families.items():
            out.print(f"  {escape(family)}: {', '.join(i[:10] for i in article_ids)}")


@cli.command()
@click.argument("story_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["md", "json", "html"]), default="md", show_default=True)
@click.option("--words", type=click.IntRange(20, 2000), default=120, show_default=True, help="Length budget.")
def brief(story_id: str, db: Path, fmt: str, words: int) -> None:
    """A cited brief of one story: the summary with the outlets behind each sentence, a timeline, who
    covered which fact, claims only one outlet makes, and where outlets contradict each other."""
    click.echo(story_document(db, story_id, fmt, words), nl=False)


@cli.command()
@click.argument("story_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True)
@click.option("--words", type=click.IntRange(20, 2000), default=120, show_default=True, help="Length budget.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write the document to this file (default: standard output).",
)
def export(story_id: str, db: Path, fmt: str, words: int, out: Path | None) -> None:
    """Export one story's brief as Markdown, a self-contained HTML page or JSON, with its articles listed:
    the same document the story page's download button gives."""
    document = story_document(db, story_id, fmt, words)
    if out is None:
        click.echo(document, nl=False)
        return
    try:
        out.write_text(document, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    err.print(f"wrote {escape(str(out))} ({len(document.encode('utf-8'))} bytes)")


def story_document(db: Path, story_id: str, fmt: str, words: int) -> str:
    """What `brief` prints and `export` writes: the story's brief (made once, then kept in the store)."""
    from khabar.web.export import export_document, story_brief

    with open_store(db) as store:
        ids = store.resolve_story(story_id)
        if len(ids) != 1:
            raise InputError(f"{story_id!r} names {len(ids)} stories; `khabar stories` lists them")
        result, _ = story_brief(store, ids[0], words)
        members = [article for article, _, _ in store.story_articles(ids[0])]
    document = export_document(result, members, fmt)  # type: ignore[arg-type]
    return document if document.endswith("\n") else document + "\n"


@cli.command()
@click.argument("name")
@db_option
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Articles to list."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per entity.")
def entity(name: str, db: Path, limit: int, as_json: bool) -> None:
    """An entity's spelling variants, outlets and articles. Variants match: «بسكوف» finds «بيسكوف»,
    a surname finds the full name («كيري» → «جون كيري»), and titles are ignored."""
    from khabar.analyse.entities import name_key

    slugs = dict.fromkeys("-".join(name_key(name, kind).split()) for kind in (None, "PERS"))
    with open_store(db) as store:
        found = {e.id: e for slug in slugs if slug for e in store.find_entities(slug)}
        if not found:
            raise InputError(f"no entity matches {name!r}")
        articles_of = {entity_id: store.entity_articles(entity_id, limit=limit) for entity_id in found}
    for summary in sorted(found.values(), key=lambda e: -e.mentions):
        if as_json:
            record = asdict(summary) | {"article_ids": [a.id for a in articles_of[summary.id]]}
            out.print_json(json.dumps(record, ensure_ascii=False), indent=None)
            continue
        out.print(f"[bold]{escape(summary.name)}[/] [dim]{summary.type} · {summary.id}[/]")
        out.print(f"  variants: {escape('، '.join(summary.variants))}")
        out.print(
            f"  {summary.mentions} mentions in {summary.articles} articles · outlets: "
            f"{escape('، '.join(summary.outlets))}"
        )
        span = f"{(summary.first_published or '?')[:10]} … {(summary.last_published or '?')[:10]}"
        out.print(f"  seen {span}")
        for article in articles_of[summary.id]:
            out.print(
                f"  [dim]{article.id[:10]}[/] {escape(article.outlet or '')} · {escape(article.title[:80])}"
            )
        out.print()


@cli.command()
@db_option
@click.option("--speaker", help="Only quotes of this speaker (any spelling variant, surname is enough).")
@click.option("--story", "story_id", help="Only quotes in this story's articles.")
@click.option("--article", "article_id", help="Only quotes in this article (an id prefix is enough).")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote.")
def quotes(
    db: Path, speaker: str | None, story_id: str | None, article_id: str | None, limit: int, as_json: bool
) -> None:
    """Who said what: direct quotes and reported speech with their speakers and cue verbs."""
    from khabar.analyse.entities import name_key

    with open_store(db) as store:
        ids = None
        if article_id:
            ids = store.resolve_id(article_id)
            if len(ids) != 1:
                raise InputError(f"{article_id!r} names {len(ids)} articles; give one article id")
        if story_id:
            stories_found = store.resolve_story(story_id)
            if len(stories_found) != 1:
                raise InputError(f"{story_id!r} names {len(stories_found)} stories; give one story id")
            in_story = [article.id for article, _, _ in store.story_articles(stories_found[0])]
            ids = [i for i in ids if i in in_story] if ids is not None else in_story
        found = store.quotes(article_ids=ids, speaker=name_key(speaker) if speaker else None, limit=limit)
    if as_json:
        for quote in found:
            out.print_json(json.dumps(asdict(quote), ensure_ascii=False), indent=None)
        return
    if not found:
        out.print("No quotes found.")
        return
    for quote in found:
        marks = ("«", "»") if quote.direct else ("", "")
        via = f" [dim](via {escape(quote.via)})[/]" if quote.via else ""
        who = escape(quote.speaker_name or "?")
        out.print(
            f"[bold]{who}[/] [dim]{escape(quote.cue)} · {escape(quote.outlet or '')} · "
            f"{quote.article_id[:10]}[/]{via}"
        )
        out.print(f"  {marks[0]}{escape(quote.content)}{marks[1]}")


def gold_option(description: str) -> Callable[[F], F]:
    return click.option(
        "--gold",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        required=True,
        help=description,
    )


docs_option = click.option(
    "--docs",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="Directory with DOC.txt for every doc in the gold file.",
)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--token",
    envvar="KHABAR_TOKEN",
    default=None,
    help="Secret required for writing (POST /api/articles); writes are refused without it on a non-loopback host.",
)
@click.option(
    "--cache-mb",
    type=click.IntRange(0, 4096),
    default=64,
    show_default=True,
    help="Memory for rendered pages, kept until the database changes (0: render every request).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes; one per CPU core serves more pages at once.",
)
def serve(db: Path, host: str, port: int, token: str | None, cache_mb: int, workers: int) -> None:
    """Serve the web app (stories, briefs, articles, entities, search) and the REST API under /api/."""
    from khabar.web import serve as run_server

    if not db.exists():
        raise InputError(f"{db}: no such database; create one with `khabar analyze PATH --db {db}`")
    run_server(db, host=host, port=port, token=token, cache_bytes=cache_mb * 1024 * 1024, workers=workers)


def print_scores(scores: dict[str, Any]) -> None:
    """What every `khabar eval` prints: one JSON object on stdout."""
    out.print_json(json.dumps(scores, ensure_ascii=False))


@cli.group(name="eval")
def evaluate() -> None:
    """Score a capability against a gold file; prints one JSON object."""


@evaluate.command(name="clean")
@gold_option("lines.jsonl: {doc, line, label: title|body|boilerplate, text} per non-empty line.")
@docs_option
def eval_clean(gold: Path, docs: Path) -> None:
    """Line-level boilerplate removal: precision, recall and F1 of keeping title/body lines."""
    from khabar.clean import evaluate_clean

    print_scores(evaluate_clean(gold, docs))


@evaluate.command(name="stories")
@gold_option("JSON Lines, one article a line: id, source, url, date, title, content, story.")
def eval_stories(gold: Path) -> None:
    """Story clustering: strips the gold `story` field, clusters, then scores (B-cubed, pairwise F1, ARI)."""
    from khabar.group import evaluate_stories

    print_scores(evaluate_stories(gold))


@evaluate.command(name="facts")
@gold_option("facts.jsonl: {fact, mentions: [{doc, line, text}], divergence}.")
@docs_option
def eval_facts(gold: Path, docs: Path) -> None:
    """Cross-outlet fact alignment (pairwise P/R/F1 over gold mentions) and divergences found."""
    from khabar.compare import evaluate_facts

    print_scores(evaluate_facts(gold, docs))


@evaluate.command(name="stance")
@gold_option("CSV with header s1,s2,stance; stance is agree, disagree or other.")
def eval_stance(gold: Path) -> None:
    """Headline-pair stance: accuracy, macro-F1 and per-class scores, with a bag-of-words baseline."""
    from khabar.compare.stance import evaluate_stance

    print_scores(evaluate_stance(gold))


@evaluate.command(name="brief")
@gold_option("briefs JSON Lines: {story, reference, articles: [...]} per story.")
@click.option("--words", type=click.IntRange(20, 2000), default=120, show_default=True)
def eval_brief(gold: Path, words: int) -> None:
    """ROUGE-1/2/L F1 of our briefs against reference briefs, with Lead, LexRank and TextRank beside."""
    try:
        import sumy  # noqa: F401  (the LexRank/TextRank baselines)
    except ImportError as exc:
        raise InputError("the baselines need sumy: pip install 'khabar[bench]'") from exc
    from khabar.brief import evaluate_briefs

    print_scores(evaluate_briefs(gold, budget_words=words))


@evaluate.command(name="ner")
@gold_option("CoNLL `token TAG` lines (ANERcorp or AQMAR layout), blank line between sentences.")
def eval_ner(gold: Path) -> None:
    """Entity-level exact-match precision, recall and F1 (micro, and per type)."""
    from khabar.analyse.entities import evaluate_ner

    print_scores(evaluate_ner(gold))


@evaluate.command(name="quotes")
@gold_option("quotes.jsonl: {doc, line, speaker, speaker_entity, cue, content, direct} per quote.")
@docs_option
def eval_quotes(gold: Path, docs: Path) -> None:
    """Quote detection (content spans overlap by half) and speaker attribution P/R/F1."""
    from khabar.analyse.quotes import evaluate_quotes

    print_scores(evaluate_quotes(gold, docs))


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KhabarError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("KHABAR_DEBUG"):
            raise
        err.print(
            f"[red]internal error[/]: {type(exc).__name__}: {escape(str(exc))}"
            " (set KHABAR_DEBUG=1 for the traceback, and please report it)"
        )
        sys.exit(70)
    sys.exit(code if isinstance(code, int) else 0)
