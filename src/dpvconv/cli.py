"""The ``dpvconv`` command line. Each command parses its options, calls one library function and
turns library errors into messages and exit codes; the work itself lives in the library modules."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .diagnostics import FORMATS


class _Group(click.Group):
    """Turns unexpected exceptions into a one-line message; ``--debug`` shows the traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as err:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"dpvconv: internal error: {err.__class__.__name__}: {err} (run with --debug for details)", err=True
            )
            ctx.exit(3)


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
    from .diagnostics import render
    from .validate import UsageError, validate_paths

    try:
        report = validate_paths(paths)
    except UsageError as err:
        click.echo(f"dpvconv validate: error: {err}", err=True)
        sys.exit(2)
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
