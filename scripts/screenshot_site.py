"""Full-page screenshots of the published site, so a person can look at every page in both languages.

    python scripts/screenshot_site.py                               # publish examples/ to a temporary folder
    python scripts/screenshot_site.py --site site/ -o shots/        # a site already published

Writes one PNG per page and language (``index.fi.png``, ``index.en.png``, ``vimana.fi.png``, ...) to
the output folder (default ``build/screenshots/``). The site is served on 127.0.0.1 and rendered by
Debian's ``chromium`` with JavaScript off, as the browser tests do (scripts/browser.py); a request that
would leave the local server is blocked and reported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from browser import chromium, screenshot, serve, visit  # scripts/browser.py, shared with the browser tests

from dpvconv.diagnostics import DiagnosticsError
from dpvconv.errors import UsageError
from dpvconv.publish import PublishError, publish
from dpvconv.rdf.mapping import DEFAULT_BASE

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DEFAULT_OUT = ROOT / "build" / "screenshots"
# The page's language switch: links that name the language they lead to (see tests/test_site_browser.py).
SWITCH = "nav a[hreflang]"


class ScreenshotError(Exception):
    """The screenshots cannot be taken as asked; the message says what to change."""


def write_png_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` through a temporary file beside ``path``, so no half-written PNG is ever left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; a screenshot is an ordinary file to share
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check_folders(site: Path, out: Path) -> None:
    """Refuse a site folder without pages, and an output folder inside the site (it would be published)."""
    if not site.is_dir():
        raise ScreenshotError(f"{site}: no such folder; give the folder `dpvconv publish` wrote")
    if not any(site.glob("*.html")):
        raise ScreenshotError(f"{site}: holds no .html page; publish first (dpvconv publish examples/ -o {site})")
    resolved_site, resolved_out = site.resolve(), out.resolve()
    if resolved_out == resolved_site or resolved_site in resolved_out.parents:
        raise ScreenshotError(f"{out}: is inside the site {site}; choose an output folder outside it")


def take_screenshots(site: Path, out: Path, executable: str, width: int) -> list[Path]:
    """A full-page PNG of every page of ``site`` in each language its switch offers; the paths written.

    Raises:
        ScreenshotError: a page asked for something off the local server (blocked, but the site is
            then not self-contained and the pictures would not show what a visitor sees).
    """
    written: list[Path] = []
    with serve(site) as base_url, chromium(executable) as browser, visit(browser, base_url, javascript=False) as v:
        for html in sorted(site.glob("*.html")):
            page = v.open(html.name)
            page.set_viewport_size({"width": width, "height": 900})
            languages = [lang for lang in page.locator(SWITCH).evaluate_all("as => as.map(a => a.hreflang)") if lang]
            for lang in languages or [""]:
                if lang:
                    page.click(f'{SWITCH}[hreflang="{lang}"]')
                target = out / (f"{html.stem}.{lang}.png" if lang else f"{html.stem}.png")
                write_png_atomic(target, screenshot(page))
                written.append(target)
            page.close()
        if offsite := v.offsite_requests():
            raise ScreenshotError(f"the site asked for addresses off the local server (blocked): {', '.join(offsite)}")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="a folder dpvconv publish wrote (default: publish examples/)")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="where the PNGs go (default: %(default)s)")
    parser.add_argument("--width", type=int, default=1280, help="viewport width in pixels (default: %(default)s)")
    args = parser.parse_args(argv)
    executable = shutil.which("chromium")
    if executable is None:
        print("screenshot_site: error: `chromium` is not installed; apt-get install chromium", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="dpvconv-site-") as scratch:
            site = args.site
            if site is None:
                site = Path(scratch) / "site"
                publish([EXAMPLES], site, DEFAULT_BASE)
            check_folders(site, args.out)
            written = take_screenshots(site, args.out, executable, args.width)
    except (ScreenshotError, PublishError, UsageError) as err:
        print(f"screenshot_site: error: {err}", file=sys.stderr)
        return 2
    except DiagnosticsError as err:
        for diagnostic in err.diagnostics:
            print(diagnostic.text(), file=sys.stderr)
        print("screenshot_site: error: the policies are invalid; fix them and try again", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(f"{len(written)} screenshot(s) in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
