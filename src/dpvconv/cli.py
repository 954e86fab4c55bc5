"""The ``dpvconv`` command line. Each command parses its options, calls one library function and
turns library errors into messages and exit codes; the work itself lives in the library modules."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dpvconv import __version__
from dpvconv.diagnostics import FORMATS
from dpvconv.rdf.mapping import DEFAULT_BASE

# The names --to accepts; the writers behind them load only when a conversion runs.
FORMAT_NAMES = ("jsonld", "turtle", "ntriples", "nquads", "trig", "rdfxml", "yaml")
QUERY_FORMATS = ("table", "csv", "tsv", "json")


class _Group(click.Group):
    """Maps errors to messages and exit statuses, once for every command: a :class:`DpvconvError`
    (bad input: 1, a usage error: 2) is reported in plain words, an operating system error on a file as
    a usage error, and anything else is a bug in dpvconv (3); ``--debug`` shows the traceback."""

    def invoke(self, ctx: click.Context) -> object:
        from dpvconv.diagnostics import DiagnosticsError, render
        from dpvconv.errors import BUG_EXIT_STATUS, DpvconvError
        from dpvconv.escape import echo

        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            command = f"dpvconv {ctx.invoked_subcommand}" if ctx.invoked_subcommand else "dpvconv"
            if isinstance(err, DiagnosticsError):
                click.echo(render(err.diagnostics, "text"), err=True)
                ctx.exit(err.exit_status)
            if isinstance(err, DpvconvError):
                click.echo(f"{command}: error: {err}", err=True)
                ctx.exit(err.exit_status)
            if isinstance(err, OSError) and err.filename is not None:
                where = echo(str(err.filename))
                click.echo(
                    f"{command}: error: {where}: {err.strerror} \u2014 check the path and its permissions", err=True
                )
                ctx.exit(2)
            click.echo(
                f"dpvconv: internal error: {err.__class__.__name__}: {echo(str(err))} (run with --debug for details)",
                err=True,
            )
            ctx.exit(BUG_EXIT_STATUS)


def _check_base(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from dpvconv.escape import echo
    from dpvconv.rdf.mapping import base_problem

    problem = base_problem(value)
    if problem is not None:
        raise click.BadParameter(f"{echo(value)} {problem}")
    return value


def _check_context_url(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from dpvconv.escape import echo
    from dpvconv.rdf.mapping import web_iri_problem

    problem = None if value is None else web_iri_problem(value, "https://example.org/dpvconv.context.jsonld")
    if problem is not None:
        raise click.BadParameter(f"{echo(value or '')} {problem}")
    return value


def _print_or_write(packaged: Path, output: Path | None) -> None:
    """A file shipped in the package, on standard output or written atomically to ``output`` (never
    over the packaged file itself)."""
    from dpvconv.output import refuse_inputs, write_atomic

    text = packaged.read_text(encoding="utf-8")
    if output is None:
        click.echo(text, nl=False)
        return
    refuse_inputs([output], [packaged])
    write_atomic(output, text)


def _finite(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    if value != value:  # NaN passes every range comparison
        raise click.BadParameter("must be a number of seconds, not NaN")
    return value


# One --base for every command that maps policies to IRIs, so they all agree on a policy's IRIs.
base_option = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    callback=_check_base,
    help="Base IRI: the notice becomes <base><notice id>/ and each entry with an id <base><notice id>/<id>.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dpvconv")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for internal errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Privacy notices as linked data aligned with the W3C Data Privacy Vocabulary (DPV 2.3)."""
    ctx.ensure_object(dict)["debug"] = debug


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people, json for tools, github for GitHub Actions annotations.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary line.")
def validate(paths: tuple[Path, ...], fmt: str, quiet: bool) -> None:
    """Validate policy files against the dpvconv schema.

    PATHS are policy files or directories (searched recursively for *.yaml and *.yml). Every problem
    is reported at once as FILE:LINE:COL: error: what is wrong — how to fix it. Exit status: 0 when
    every file is valid, 1 when any is invalid, 2 for usage errors.

    Example: dpvconv validate examples/
    """
    from dpvconv.diagnostics import render
    from dpvconv.policy.validate import validate_paths

    report = validate_paths(paths)
    output = render(report.diagnostics, fmt)
    if output:
        click.echo(output)
        sys.stdout.flush()  # keep the summary (stderr) after the problems when both go to one terminal
    if not quiet and fmt == "text":
        bad = len(report.invalid_files)
        errors = sum(1 for d in report.diagnostics if d.severity == "error")
        summary = f"{len(report.files)} file(s) checked: "
        summary += f"{bad} invalid, {errors} error(s)" if bad else "all valid"
        click.echo(summary, err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--to", "to", type=click.Choice(sorted(FORMAT_NAMES)), required=True, help="Output format.")
@click.option(
    "-o",
    "--output",
    type=click.Path(),
    default=None,
    help="Output file (one input) or directory (a trailing '/', an existing folder, or several inputs). "
    "Default: standard output, for one input.",
)
@base_option
@click.option(
    "--context-url",
    metavar="URL",
    default=None,
    callback=_check_context_url,
    help="JSON-LD: refer to the context hosted at URL (see `dpvconv context`) instead of writing it in.",
)
@click.option("--embed-context", is_flag=True, hidden=True, help="Accepted for old scripts: the default now.")
def convert(
    paths: tuple[Path, ...], to: str, output: str | None, base: str, context_url: str | None, embed_context: bool
) -> None:
    """Convert policy files to JSON-LD or RDF (Turtle, N-Triples, N-Quads, TriG, RDF/XML), or back.

    Each input is validated first; an invalid one is reported like `dpvconv validate` does and not
    converted. JSON-LD carries its context in full, so any JSON-LD processor reads it offline;
    --context-url refers to a hosted copy instead. With --to yaml the inputs are RDF or JSON-LD files
    written by dpvconv, read back into policy YAML from the graph alone. Output files are written
    atomically, never over an input, and --to yaml never replaces an existing file. Exit status:
    0 all converted, 1 some input invalid, 2 usage error.

    Example: dpvconv convert examples/ --to jsonld -o out/
    """
    from dpvconv.diagnostics import DiagnosticsError, render
    from dpvconv.errors import UsageError
    from dpvconv.output import plan_outputs, write_atomic
    from dpvconv.rdf.formats import convert_file, convert_inputs, output_suffix

    if context_url is not None and to != "jsonld":
        raise UsageError("--context-url is for --to jsonld")
    inputs = convert_inputs(paths, to)
    targets = plan_outputs(inputs, output, output_suffix(to), keep_existing=to == "yaml")
    failed = False
    for path, target in targets.items():
        try:
            text = convert_file(path, to, base, context_url=context_url)
        except DiagnosticsError as err:  # reported, and the other inputs still converted
            click.echo(render(err.diagnostics, "text"), err=True)
            failed = True
            continue
        if target is None:
            click.echo(text, nl=False)
        else:
            write_atomic(target, text)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "site_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="The folder to write the site to.",
)
@base_option
@click.option("--force", is_flag=True, help="Replace SITE_DIR even though dpvconv publish did not make it.")
def publish(paths: tuple[Path, ...], site_dir: Path, base: str, force: bool) -> None:
    """Publish policies as a static web site: a page per policy and a comparison of them all.

    PATHS are policy files or directories (searched recursively for *.yaml and *.yml); each is
    validated first, and if any is invalid nothing is written. The site (index.html, <stem>.html,
    <stem>.jsonld, <stem>.ttl, style.css) is built beside SITE_DIR and renamed into place. SITE_DIR is
    replaced as a whole: a folder dpvconv did not make is refused unless --force, and a folder that
    is or holds an input always. Exit status: 0 published, 1 some input invalid, 2 usage error.

    Example: dpvconv publish examples/ -o site/
    """
    from dpvconv.diagnostics import DiagnosticsError, render
    from dpvconv.escape import terminal_safe
    from dpvconv.publish.site import publish as publish_site

    try:
        site = publish_site(paths, site_dir, base, force=force)
    except DiagnosticsError as err:
        click.echo(render(err.diagnostics, "text"), err=True)
        click.echo("dpvconv publish: nothing was written; fix the errors above and publish again", err=True)
        sys.exit(err.exit_status)
    pages = sum(1 for name in site.files if name.endswith(".html"))
    click.echo(f"{terminal_safe(str(site.directory))}: {pages} page(s) written", err=True)


@main.command()
@click.argument("query")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True, help="Result format."
)
@click.option(
    "--with-dpv",
    "dpv_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=None,
    help="Also load all of DPV, the Turtle files in this directory, into the graph of DPV's hierarchy.",
)
@click.option(
    "--no-vocab",
    "no_vocab",
    is_flag=True,
    default=False,
    help="Do not load DPV's hierarchy and the dpvconv vocabulary (their named graphs are then absent).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True, max=86400),
    callback=_finite,
    default=60.0,
    show_default=True,
    help="Stop a query after this many seconds of work.",
)
@click.option(
    "--memory",
    type=click.IntRange(min=64, max=1 << 20),
    default=4096,
    show_default=True,
    metavar="MIB",
    help="Stop a query that needs more than this many MiB of memory.",
)
@base_option
def query(
    query: str,
    paths: tuple[Path, ...],
    fmt: str,
    dpv_dir: Path | None,
    no_vocab: bool,
    timeout: float,
    memory: int,
    base: str,
) -> None:
    """Run a SPARQL 1.1 query across policies.

    QUERY is a .rq file or the query text. PATHS are policy YAML files, RDF files (Turtle, N-Triples,
    N-Quads, TriG, RDF/XML, JSON-LD) or web pages with embedded JSON-LD, or directories of them; by
    default the bundled examples. Each input is a named graph (a policy's graph is its notice's IRI)
    and the default graph is their union. DPV's hierarchy and the dpvconv vocabulary are loaded into
    named graphs outside it: <https://w3id.org/dpvconv/graph/dpv>, <.../graph/dpvconv>, and both in
    <.../graph/vocabularies>, so GRAPH <https://w3id.org/dpvconv/graph/vocabularies> { ?c skos:broader*
    pd:OfficialID } follows the hierarchy. The schema's prefixes (dpv:, pd:, eu-gdpr:, loc:, ...) need
    no PREFIX lines. --format json gives SPARQL 1.1 Query Results JSON.

    Example: dpvconv query examples/queries/official-id.rq
    """
    from dpvconv.errors import UsageError
    from dpvconv.escape import echo
    from dpvconv.query import QueryError, build_store, may_read_vocabularies, read_query, run_query
    from dpvconv.rdf.parse import read_sources, source_files
    from dpvconv.resources import examples_dir

    label, text = read_query(query)
    inputs = source_files(list(paths) or [examples_dir()])
    try:
        # Only GRAPH reaches the vocabularies: a query without it is answered the same, faster, without them.
        vocabularies = not no_vocab and may_read_vocabularies(text)
        store = build_store(read_sources(inputs, base), dpv_dir, vocabularies=vocabularies)
    except UsageError as err:
        raise UsageError(f"--with-dpv: {err}") from None
    stdout = sys.stdout.buffer
    try:
        run_query(store, text, fmt, timeout, out=stdout, memory_mib=memory)
    except QueryError as err:
        click.echo(f"{label}:{err.line}:{err.column}: error: {echo(str(err))} \u2014 {err.hint}", err=True)
        sys.exit(err.exit_status)
    finally:
        stdout.flush()  # what was answered before a limit stopped the query stays before its message


@main.command(name="diff")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--git", "revision", metavar="REV", default=None, help="Compare PATH with its version at git revision REV."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="text for a terminal, markdown for a pull-request comment, json for tools.",
)
@click.option(
    "--fail-on",
    "fail_on",
    metavar="KIND,...",
    default=None,
    help="Exit 1 only for changes of these kinds (e.g. transfer-outside-eea-added,right-removed).",
)
def diff_command(paths: tuple[Path, ...], revision: str | None, fmt: str, fail_on: str | None) -> None:
    """Say what changed between two versions of a privacy notice, as a reviewer would.

    PATHS are OLD NEW, or one PATH with --git REV (the file at REV is the old version; a file that
    did not exist at REV shows as a whole notice added). Entries are matched by id or content, so a
    reordered or reformatted file has no changes. Exit status: 0 no semantic change, 1 changes (with
    --fail-on: changes of those kinds), 2 an error (an invalid or unreadable version, a bad option).

    Example: dpvconv diff --git origin/main examples/vimana.yaml --format markdown
    """
    from dpvconv.diagnostics import DiagnosticsError, render
    from dpvconv.diff import diff_files, diff_git, exit_status, fail_on_kinds
    from dpvconv.diff import render as render_diff
    from dpvconv.errors import UsageError

    expected = 1 if revision else 2
    if len(paths) != expected:
        shape = "one PATH with --git REV" if revision else "two paths, OLD and NEW (or one PATH with --git REV)"
        raise UsageError(f"expected {shape}, got {len(paths)}")
    try:
        kinds = fail_on_kinds(fail_on) if fail_on is not None else None
    except ValueError as err:
        raise UsageError(f"--fail-on: {err}") from None
    try:
        result = diff_git(revision, paths[0]) if revision else diff_files(paths[0], paths[1])
    except DiagnosticsError as err:  # exit status 1 means "changes" here, so an invalid version is 2
        click.echo(render(err.diagnostics, "text"), err=True)
        sys.exit(2)
    click.echo(render_diff(result, fmt), nl=False)
    sys.exit(exit_status(result, kinds))


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the JSON Schema to this file instead of standard output.",
)
def schema(output: Path | None) -> None:
    """Print the JSON Schema that policies are validated against.

    Editors with the YAML language server give completion and inline errors from it: write it beside
    your policies and start each policy with a modeline that points at it, relative to the policy,
    '# yaml-language-server: $schema=dpvconv.schema.json' (see docs/editors.md). The file is written
    atomically.

    Example: dpvconv schema -o policies/dpvconv.schema.json
    """
    from dpvconv.resources import JSON_SCHEMA_PATH

    _print_or_write(JSON_SCHEMA_PATH, output)


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the context to this file instead of standard output.",
)
def context(output: Path | None) -> None:
    """Print dpvconv's JSON-LD context, for a site that hosts it.

    `dpvconv convert --to jsonld` writes the context into every document, so no processor needs to
    fetch anything. A site that would rather serve the context once publishes this file and converts
    with --context-url pointing at it; the documents then state the same graph. The file is written
    atomically.

    Example: dpvconv context -o site/dpvconv.context.jsonld
    """
    from dpvconv.rdf.jsonld import CONTEXT_PATH

    _print_or_write(CONTEXT_PATH, output)


@main.command()
@click.option(
    "--to",
    "to",
    # The RDF formats of `convert` that suit one graph (dpvconv.rdf.vocabulary.FORMATS).
    type=click.Choice(["jsonld", "ntriples", "rdfxml", "turtle"]),
    default="turtle",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the vocabulary to this file instead of standard output.",
)
def vocab(to: str, output: Path | None) -> None:
    """Print the dpvconv vocabulary: the terms dpvconv's RDF uses where DPV has none.

    Every class, property and concept of dpvconv's own namespace (https://w3id.org/dpvconv/), with
    its English and Finnish labels, its definition and its place in DPV 2.3 (skos:broader,
    rdfs:subClassOf, rdfs:subPropertyOf), generated from the schema. JSON-LD carries its context in
    full. The file is written atomically.

    Example: dpvconv vocab -o site/dpvconv.vocab.ttl
    """
    from dpvconv.output import refuse_inputs, write_atomic
    from dpvconv.rdf.vocabulary import vocabulary_text
    from dpvconv.resources import VOCABULARY_PATH

    text = vocabulary_text(to)
    if output is None:
        click.echo(text, nl=False)
        return
    refuse_inputs([output], [VOCABULARY_PATH])
    write_atomic(output, text)
