"""The portwatch command line: crawl, extract, run, serve, export, facts, sources, demo.

Options and environment variables are read here and passed down; no business logic lives here.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from portwatch import __version__

DB_OPTION = click.option(
    "--db", "db_path", envvar="PORTWATCH_DB", default="portwatch.db", show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file (or set PORTWATCH_DB).",
)
SOURCES_OPTION = click.option(
    "--sources", "sources_path", envvar="PORTWATCH_SOURCES", type=click.Path(dir_okay=False),
    help="Source catalogue YAML (default: the catalogue shipped in crawler/sources.yaml).",
)
ALLOW_OPTION = click.option(
    "--allow-host", "allow_hosts", multiple=True, metavar="HOST",
    help="Allow fetching from this private or loopback host (e.g. 127.0.0.1 for a local replay site). Repeatable.",
)
ONLY_OPTION = click.option("--only", multiple=True, metavar="NAME", help="Crawl only the named source(s). Repeatable.")
UA_OPTION = click.option("--user-agent", envvar="PORTWATCH_USER_AGENT", help="User-Agent to send (default names portwatch and its contact URL).")
VERBOSE_OPTION = click.option("-v", "--verbose", is_flag=True, help="Log every request.")


def _store_settings(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> None:
    """Keep `--set NAME=VALUE` pairs for _settings(); values are JSON when they parse as JSON, else text."""
    out: dict[str, object] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier() or name.upper() != name:
            raise click.BadParameter(f"{item!r}: expected NAME=VALUE with an upper-case setting name", ctx, param)
        try:
            out[name] = json.loads(value)
        except json.JSONDecodeError:
            out[name] = value
    ctx.meta["portwatch.settings"] = out


SET_OPTION = click.option(
    "-s", "--set", "scrapy_settings", multiple=True, metavar="NAME=VALUE", expose_value=False,
    callback=_store_settings,
    help="Override a crawl setting (a Scrapy or PORTWATCH_* setting, e.g. DOWNLOAD_DELAY=0 for a local replay site). Repeatable.",
)


def crawl_options(command):
    """The options every command that crawls takes: database, catalogue, hosts, sources, agent, verbosity, settings."""
    for option in reversed((DB_OPTION, SOURCES_OPTION, ALLOW_OPTION, ONLY_OPTION, UA_OPTION, VERBOSE_OPTION,
                            SET_OPTION)):
        command = option(command)
    return command


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not verbose:
        # Scrapy's own INFO lines (versions, middleware lists, stats dumps) drown what portwatch says;
        # a handler filter holds even when Scrapy resets its loggers' levels
        quiet = ("scrapy", "py.warnings", "filelock", "trafilatura", "htmldate", "urllib3")

        def keep(record: logging.LogRecord) -> bool:
            return record.levelno >= logging.WARNING or not record.name.startswith(quiet)

        for handler in logging.getLogger().handlers:
            handler.addFilter(keep)


def _progress(label: str):
    """A progress callback on stderr: a bar with position and ETA in a terminal; otherwise a line
    with the rate and the ETA every 10% or every 30 seconds, whichever comes first."""
    state: dict[str, Any] = {"bar": None, "start": None, "first": 0, "last": 0.0}

    def update(done: int, total: int) -> None:
        now = time.monotonic()
        if state["start"] is None:
            state.update(start=now, first=done - 1, last=now)
        if sys.stderr.isatty():
            if state["bar"] is None:
                state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr, show_eta=True,
                                                 show_pos=True)
                state["bar"].__enter__()
                state["bar"].update(done - 1)
            state["bar"].update(1)
            if done == total:
                state["bar"].__exit__(None, None, None)
        elif done == total or done % max(1, total // 10) == 0 or now - state["last"] >= 30:
            state["last"] = now
            click.echo(_progress_line(label, done, total, done - state["first"], now - state["start"]), err=True)

    return update


def _progress_line(label: str, done: int, total: int, counted: int, seconds: float) -> str:
    """'extracting: 2000/100000 (2%), 61.3/s, ETA 0:26:39' (the rate over what this process did)."""
    line = f"{label}: {done}/{total} ({100 * done // max(1, total)}%)"
    if counted > 0 and seconds > 0:
        rate = counted / seconds
        eta = int((total - done) / rate)
        line += f", {rate:.1f}/s, ETA {eta // 3600}:{eta // 60 % 60:02d}:{eta % 60:02d}"
    return line


def _settings(user_agent: str | None, verbose: bool = False) -> dict[str, object]:
    out: dict[str, object] = {"LOG_LEVEL": "DEBUG" if verbose else "INFO"}
    if user_agent:
        out["USER_AGENT"] = user_agent
    ctx = click.get_current_context(silent=True)
    out.update(ctx.meta.get("portwatch.settings", {}) if ctx else {})  # --set comes last and wins
    return out


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


EXIT_INTERRUPTED = 3  # SIGTERM/SIGINT: the run is recorded 'interrupted', what was stored stays


class _Commands(click.Group):
    """Faults every command shares end in one line and the documented exit code, not a traceback:
    an unusable database (not SQLite, truncated, read-only, locked, newer schema) exits 2."""

    def invoke(self, ctx):
        import sqlite3

        try:
            return super().invoke(ctx)
        except (sqlite3.Error, RuntimeError) as exc:
            import db
            from portwatch.jobs import Interrupted

            if isinstance(exc, Interrupted):
                _fail(f"{exc}; the run is recorded as interrupted and the next run carries on", EXIT_INTERRUPTED)
            if isinstance(exc, db.UnusableDatabase):
                _fail(str(exc))
            if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
                _fail(f"the database is locked by another process past the {db.busy_timeout_ms() / 1000:g} s "
                      f"timeout: {exc}")
            if isinstance(exc, sqlite3.Error):
                _fail(f"unusable database: {type(exc).__name__}: {exc}")
            raise


def _report(failed_sources, outcome: str) -> None:
    """The failed sources and the exit code `run` and `crawl` share: 0 ok, 1 some failed, 3 interrupted."""
    if failed_sources:
        click.echo(f"  sources that failed ({len(failed_sources)}):")
        for f in failed_sources:
            click.echo(f"    {f['source_id']}: {f['reason']}")
    if outcome == "interrupted":
        click.echo("  interrupted: the rest is fetched and extracted by the next run", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if failed_sources or outcome != "ok":
        sys.exit(1)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="portwatch")
def cli() -> None:
    """portwatch: monitor news and press releases for drug seizures at sea ports.

    Crawl sources into SQLite, extract seizure facts (drug, kilograms, port, country, date,
    agencies) and publish them with Datasette. Start with `portwatch demo`; run `portwatch run`
    nightly from cron.
    """


@cli.command()
@crawl_options
def crawl(db_path, sources_path, allow_hosts, only, user_agent, verbose) -> None:
    """Fetch every enabled source and store new articles.

    Feeds, news sitemaps, listing pages and aggregator queries are fetched politely (robots.txt,
    AutoThrottle, at most 2 requests per site). Articles already stored are never fetched again;
    a failing source is recorded with its reason and the others carry on.
    """
    from crawler.sources import SourceError
    from portwatch import jobs

    _setup_logging(verbose)
    try:
        summary = jobs.crawl(db_path, sources_path=sources_path, allow_hosts=list(allow_hosts), only=list(only),
                             settings=_settings(user_agent, verbose))
    except (SourceError, ValueError) as exc:
        _fail(str(exc))
    click.echo(f"crawled {summary.sources} sources: {summary.articles_new} new articles, "
               f"{summary.duplicates} duplicates linked, {summary.skipped} pages without an article")
    _report(summary.failed_sources, summary.outcome)


@cli.command()
@DB_OPTION
@click.option("--all", "everything", is_flag=True, help="Re-extract every article, not only new ones.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use.")
def extract(db_path, everything, workers) -> None:
    """Extract seizure facts from stored articles.

    Only articles without facts from the current extractor version are processed, unless --all.
    Facts are stored with their evidence sentence, then regrouped into events.
    """
    from portwatch import jobs

    _require_db(db_path)
    counts = jobs.extract(db_path, everything=everything, workers=workers, progress=_progress("extracting"))
    events = jobs.build_events(db_path)
    click.echo(f"extracted {counts['facts']} facts from {counts['articles']} articles; {events['events']} events")
    if counts.get("failed"):
        click.echo(f"  articles whose extraction failed: {counts['failed']} (reasons in articles.extract_error)")
        sys.exit(1)


@cli.command()
@crawl_options
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Extraction processes.")
def run(db_path, sources_path, allow_hosts, only, user_agent, verbose, workers) -> None:
    """The nightly job: crawl, extract new articles, group events.

    Holds a lock so two runs never overlap. Exit codes: 0 all went well, 1 it ran but some sources
    (or articles) failed, 2 it could not run (bad catalogue, another run holds the lock, unusable
    database), 3 interrupted by SIGTERM/SIGINT.
    """
    from crawler.sources import SourceError
    from db import DatabaseLocked
    from portwatch import jobs

    _setup_logging(verbose)
    try:
        s = jobs.nightly(db_path, sources_path=sources_path, allow_hosts=list(allow_hosts), workers=workers,
                         only=list(only), settings=_settings(user_agent, verbose), progress=_progress("extracting"))
    except jobs.AlreadyRunning as exc:
        _fail(str(exc))
    except (SourceError, ValueError, DatabaseLocked) as exc:
        _fail(str(exc))
    c = s.crawl
    click.echo(f"run {s.run_id}: {s.outcome}")
    if c:
        click.echo(f"  sources crawled: {c.sources}, new articles: {c.articles_new}, duplicates linked: {c.duplicates}")
    click.echo(f"  new facts: {s.extracted.get('facts', 0)} from {s.extracted.get('articles', 0)} articles")
    click.echo(f"  events: {s.events.get('events', 0)} ({s.events.get('events_new', 0)} new)")
    if s.extracted.get("failed"):
        click.echo(f"  articles whose extraction failed: {s.extracted['failed']} (reasons in articles.extract_error)")
    _report(c.failed_sources if c else [], s.outcome)


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--no-sql", is_flag=True, help="Turn custom SQL off (canned queries, facets, search stay): for a public server.")
def serve(db_path, host, port, no_sql) -> None:
    """Serve the database with Datasette: facets, search, map, canned queries, CSV and Atom."""
    _require_db(db_path)
    _serve(db_path, host, port, allow_sql=not no_sql)


def _require_db(db_path: str) -> None:
    if not Path(db_path).exists():
        _fail(f"no database at {db_path}: run `portwatch run` or `portwatch demo` first (or pass --db)")


def _serve(db_path: str, host: str, port: int, allow_sql: bool = True) -> None:
    import uvicorn

    import db as database
    from db.publish import make_datasette

    database.open_db(db_path, write=None).close()  # apply migrations (when writable) before serving read-only
    ds = make_datasette(db_path, allow_sql=allow_sql)
    click.echo(f"serving {db_path} on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


@cli.command()
@DB_OPTION
@click.option("--table", type=click.Choice(["facts", "events", "articles"]), default="facts", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--since", metavar="DATE", help="Only rows published on or after DATE (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default stdout).")
def export(db_path, table, fmt, since, output) -> None:
    """Export facts, events or articles as CSV or JSON, with stable ids and source URLs."""
    import db as database
    from db.queries import export_rows

    _require_db(db_path)
    conn = database.open_db(db_path, write=None)
    rows = export_rows(conn, table, since)
    if fmt == "json":
        output.write(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n")
        return
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(output, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})


def _csv_cell(value):
    """Neutralise cells a spreadsheet would run as formulas, also behind leading spaces or newlines."""
    from db.csvsafe import safe_cell

    return safe_cell(value)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), default="json", show_default=True)
def facts(files, fmt) -> None:
    """Extract seizure facts from HTML pages or text files, without a database.

    A text file may start with a line ` date YYYY-MM-DD` giving its publication date. Prints one
    record per file: {"file", "lang", "relevant", "facts": [...]}, each fact with its evidence.
    """
    from nlp import Extractor
    from portwatch.files import read_document

    extractor = Extractor()
    records = []
    errors = 0
    for path in files:
        try:
            _refuse_unreadable(path)
            doc = read_document(path)
            if not isinstance(doc.get("text"), str):
                raise ValueError(f"the 'text' field is {type(doc.get('text')).__name__}, not a string")
            result = extractor.extract(doc["text"], published=doc["published"], lang=doc.get("lang"))
            rec = {"file": path, **result.as_dict()}
            warning = _language_warning(doc["text"])
            if warning:
                click.echo(f"Warning: {path}: {warning}", err=True)
                rec["warning"] = warning
        except Exception as exc:  # noqa: BLE001 - one file's fault is reported on its line; the others go on
            reason = str(exc) if isinstance(exc, OSError | ValueError) else f"{type(exc).__name__}: {exc}"
            if isinstance(exc, json.JSONDecodeError):
                reason = f"not valid JSON: {exc}"
            if isinstance(exc, AttributeError | KeyError | TypeError):
                reason = f"not a JSON object with a 'text' field ({reason})"
            click.echo(f"Error: {path}: {reason}", err=True)
            rec = {"file": path, "lang": None, "relevant": False, "facts": [], "error": reason}
            errors += 1
        if fmt == "jsonl":
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            records.append(rec)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from nlp.facts import CONTRACT_FIELDS

        writer = csv.writer(sys.stdout)
        writer.writerow(["file", "lang", *CONTRACT_FIELDS, "evidence"])
        for rec in records:
            for f in rec["facts"]:
                writer.writerow([_csv_cell(rec["file"]), _csv_cell(rec["lang"]),
                                 *[_csv_cell(f.get(k)) for k in CONTRACT_FIELDS], _csv_cell(f["evidence"])])
    if errors:
        sys.exit(1)


def _refuse_unreadable(path: str) -> None:
    """Binary files and UTF-16 text are said to be so instead of being read as garbage in some language."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    half = len(head) // 2
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or half and (
            (odd > 0.4 * half and even < 0.05 * half) or (even > 0.4 * half and odd < 0.05 * half)):
        raise ValueError("UTF-16 text: portwatch reads UTF-8 (convert with: iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in head:
        raise ValueError("a binary file, not text or HTML")
    if path.lower().endswith(".json"):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8", errors="replace"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"not a JSON object with a 'text' field (a JSON {type(data).__name__})")
        if not isinstance(data.get("text", ""), str):
            raise ValueError(f"the 'text' field is a {type(data['text']).__name__}, not a string")


def _language_warning(text: str) -> str | None:
    """A note when the text is in none of the seven languages portwatch reads (facts may be missed)."""
    from nlp.lang import LANGS, STOPWORDS, WORD_RE

    words = WORD_RE.findall(text[:5000].lower())
    if len(words) < 8:
        return None
    known = set().union(*STOPWORDS.values())
    if sum(w in known for w in words) >= 0.2 * len(words):
        return None  # plainly one of the seven
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    if lang in LANGS:
        return None
    return f"the text looks like {lang!r}, none of the languages portwatch reads ({' '.join(LANGS)}); " \
           f"it is kept with that language and no facts are read from it"


@cli.command()
@DB_OPTION
@SOURCES_OPTION
@click.option("--check", is_flag=True, help="Only validate the catalogue and exit.")
@click.option("--probe", is_flag=True, help="Fetch each enabled source (or each NAME) once, store nothing, say what is wrong.")
@ALLOW_OPTION
@UA_OPTION
@SET_OPTION
@click.argument("names", nargs=-1, metavar="[NAME]...")
def sources(db_path, sources_path, check, probe, allow_hosts, user_agent, names) -> None:
    """List the source catalogue with each source's health (last success, last error, articles).

    With --probe, fetch each enabled source (or the NAMEs given, enabled or not) once through the
    crawler, store nothing, and print per source: HTTP status, final URL, kind detected, items found,
    newest item date, whether robots.txt allows the crawl, and what is wrong. Exit 1 when a source is broken.
    """
    from crawler.sources import SourceError, load_sources

    try:
        catalogue = load_sources(sources_path)
    except SourceError as exc:
        _fail(str(exc))
    if check:
        click.echo(f"{len(catalogue)} sources, {sum(s.enabled for s in catalogue)} enabled: catalogue is valid")
        return
    if names:
        missing = sorted(set(names) - {s.name for s in catalogue})
        if missing:
            _fail(f"no source named {', '.join(missing)} in the catalogue")
        catalogue = [s for s in catalogue if s.name in names]
    if probe:
        _probe([s for s in catalogue if s.enabled or names], list(allow_hosts), _settings(user_agent))
        return
    health = {}
    if Path(db_path).exists():
        import db as database
        from db.queries import sources_health

        health = {h["id"]: h for h in sources_health(database.open_db(db_path, write=None))}
    click.echo(f"{'name':32} {'kind':11} {'on':3} {'lang':5} {'last success':20} {'articles':>8}  last error")
    for s in catalogue:
        h = health.get(s.name, {})
        click.echo(f"{s.name[:32]:32} {s.kind:11} {'yes' if s.enabled else 'no':3} {s.language:5} "
                   f"{(h.get('last_success') or '-')[:19]:20} {h.get('articles_found') or 0:>8}  "
                   f"{(h.get('last_error') or '')[:60]}")


def _probe(catalogue, allow_hosts: list[str], overrides: dict[str, object]) -> None:
    from crawler.probe import probe
    from crawler.run import crawl_settings

    overrides = {**overrides, "LOG_LEVEL": "ERROR"} if overrides.get("LOG_LEVEL") == "INFO" else overrides
    settings = crawl_settings(":memory:", catalogue, sources_path=None, allow_hosts=allow_hosts, run_id=None,
                              overrides=overrides)
    results = probe(catalogue, settings)
    for r in results:
        click.echo(f"{r.name} ({r.kind}): {'BROKEN' if r.broken else 'ok'}")
        robots = {True: "allows", False: "forbids", None: "not read"}[r.robots_allowed]
        click.echo(f"  status {r.status or '-'}, final URL {r.final_url or '-'}")
        click.echo(f"  kind detected {r.detected or '-'}, items {r.items if r.items is not None else '-'}, "
                   f"newest item {r.newest or '-'}, robots.txt {robots}")
        for problem in r.problems:
            click.echo(f"  wrong: {problem}")
        for note in r.notes:
            click.echo(f"  note: {note}")
    broken = [r.name for r in results if r.broken]
    click.echo(f"{len(results)} sources probed, {len(broken)} broken" + (f": {', '.join(broken)}" if broken else ""))
    if broken:
        sys.exit(1)


@cli.command()
@DB_OPTION
@click.option("--no-serve", is_flag=True, help="Stop after building the database.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port for Datasette.")
def demo(db_path, no_serve, port) -> None:
    """Offline demo: crawl a bundled replay site on 127.0.0.1, extract facts, serve Datasette.

    Needs no network. The replay site (feeds, a news sitemap and articles written for the demo)
    ships with portwatch; the database is written to --db (portwatch.db by default).
    """
    from importlib import resources

    import yaml

    from portwatch import jobs
    from portwatch.replay import ReplayServer

    site = Path(str(resources.files("portwatch").joinpath("demo", "site")))
    catalogue = yaml.safe_load((site.parent / "sources.yaml").read_text(encoding="utf-8"))
    with ReplayServer(site) as server:
        for entry in catalogue["sources"]:
            entry["url"] = entry["url"].replace("{base}", server.url)
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as fh:
            yaml.safe_dump(catalogue, fh)
        click.echo(f"replay site on {server.url}; crawling {len(catalogue['sources'])} demo sources into {db_path}")
        _setup_logging(False)
        try:
            s = jobs.nightly(db_path, sources_path=fh.name, allow_hosts=["127.0.0.1"],
                             settings={"LOG_LEVEL": "WARNING", "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0},
                             progress=_progress("extracting"))
        except jobs.AlreadyRunning as exc:
            _fail(str(exc))
        finally:
            Path(fh.name).unlink(missing_ok=True)
    c = s.crawl
    click.echo(f"demo: {c.articles_new if c else 0} new articles, {s.extracted.get('facts', 0)} facts, "
               f"{s.events.get('events', 0)} events in {db_path}")
    if no_serve:
        click.echo(f"look with: portwatch serve --db {db_path}")
        return
    _serve(db_path, "127.0.0.1", port)


if __name__ == "__main__":
    cli()
