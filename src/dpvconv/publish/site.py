"""``dpvconv publish``: policies in, a static site out.

The site is built in full in a new folder beside ``SITE_DIR`` and then renamed into place, so a reader
(or a web server) sees the old site or the new one, never half of each; on any failure nothing
changes. A marker file says a folder is a dpvconv site: only such a folder, an empty one or (with
``force``) any folder that holds no input is replaced.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..convert import FORMATS, convert
from ..diagnostics import Diagnostic, DiagnosticsError
from ..loader import load
from ..output import current_umask, write_atomic
from ..validate import policy_files, require_valid
from .compare import PolicyEntry, index_page
from .page import policy_page
from .render import stylesheet

#: The file that marks a folder as a site dpvconv made, so publishing again may replace it.
MARKER = ".dpvconv-site"
MARKER_TEXT = "This folder was written by `dpvconv publish`; publishing again replaces all of it.\n"
INDEX = "index.html"
STYLESHEET_NAME = "style.css"


class PublishError(Exception):
    """The site cannot be written where asked (a usage error: nothing was written)."""


@dataclass(frozen=True)
class Site:
    """What was published: the folder and the files in it, by name."""

    directory: Path
    files: tuple[str, ...]


def load_policies(files: list[Path]) -> list[tuple[Path, PolicyEntry]]:
    """The policy files ``files``, loaded and validated as ``dpvconv validate`` does.

    Raises:
        PublishError: two inputs would publish to the same file names.
        DiagnosticsError: some input is invalid; its diagnostics say where and why.
    """
    problems: list[Diagnostic] = []
    loaded: list[tuple[Path, PolicyEntry]] = []
    stems: dict[str, Path] = {}
    for path in files:
        stem = path.stem
        if stem in stems:
            raise PublishError(f"{path}: publishes to {stem}.html, as {stems[stem]} does; rename one of them")
        if f"{stem}.html" == INDEX:
            raise PublishError(f"{path}: a policy named '{stem}' would replace the site's {INDEX}; rename the file")
        stems[stem] = path
        try:
            loaded.append((path, PolicyEntry(stem, require_valid(load(path)))))
        except DiagnosticsError as err:
            problems.extend(err.diagnostics)
    if problems:
        raise DiagnosticsError(problems)
    return loaded


def build_site(policies: list[PolicyEntry], base: str) -> dict[str, str]:
    """Every file of the site by name: a page, the JSON-LD and the Turtle of each policy, the index
    and the style sheet. Nothing depends on the time or the machine, so the same input gives the same
    bytes."""
    files: dict[str, str] = {}
    for policy in policies:
        # The download states its context in full, like the page does: a reader of the file needs
        # nothing from the network to expand it. The page embeds the same JSON-LD.
        jsonld = convert(policy.data, "jsonld", base, embed_context=True)
        files[f"{policy.stem}.html"] = policy_page(policy.data, policy.stem, base, jsonld=jsonld)
        files[f"{policy.stem}{FORMATS['jsonld'].suffix}"] = jsonld
        files[f"{policy.stem}{FORMATS['turtle'].suffix}"] = convert(policy.data, "turtle", base)
    files[INDEX] = index_page(policies)
    files[STYLESHEET_NAME] = stylesheet()
    files[MARKER] = MARKER_TEXT
    return dict(sorted(files.items()))


def check_target(site_dir: Path, inputs: list[Path], force: bool) -> None:
    """Refuse a site folder that would lose an input or someone else's files.

    Raises:
        PublishError: ``site_dir`` is an input, holds one, is a file, or is a folder dpvconv did not
            make (and not empty) while ``force`` is off.
    """
    target = site_dir.resolve()
    for path in inputs:
        resolved = path.resolve()
        if resolved == target or target in resolved.parents:
            raise PublishError(
                f"{site_dir}: refusing to publish over an input ({path}); publishing replaces the whole "
                "folder, so choose a folder outside the inputs"
            )
    if target == Path.cwd().resolve() or target in Path.cwd().resolve().parents:
        raise PublishError(f"{site_dir}: refusing to replace the current folder or one above it; name a new folder")
    if site_dir.exists() and not site_dir.is_dir():
        raise PublishError(f"{site_dir}: is a file, not a folder; choose a folder for the site")
    if site_dir.is_dir() and not (site_dir / MARKER).is_file() and any(site_dir.iterdir()) and not force:
        raise PublishError(
            f"{site_dir}: this folder is not empty and was not made by dpvconv publish; publishing would "
            "replace everything in it. Choose a new folder, or pass --force to replace it"
        )


def write_site(files: dict[str, str], site_dir: Path) -> None:
    """Write the files into a new folder beside ``site_dir``, then swap it into place."""
    site_dir = site_dir.resolve()
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.", suffix=".new", dir=parent))
    retired: Path | None = None
    try:
        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes 0700; a site is served to others
        for name, text in files.items():
            write_atomic(staging / name, text)
        if site_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.", suffix=".old", dir=parent))
            os.replace(site_dir, retired / "site")
        os.replace(staging, site_dir)
    except BaseException:
        if retired is not None and (retired / "site").exists() and not site_dir.exists():
            os.replace(retired / "site", site_dir)  # put the old site back
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)


def publish(paths: Iterable[Path], site_dir: Path, base: str, *, force: bool = False) -> Site:
    """Publish the policies under ``paths`` as a static site in ``site_dir``.

    Raises:
        UsageError: the paths name no policy file.
        PublishError: the site cannot be written there (see :func:`check_target`).
        DiagnosticsError: an input is invalid; nothing is written.
    """
    inputs = policy_files(paths)
    check_target(site_dir, inputs, force)
    loaded = load_policies(inputs)
    files = build_site([entry for _, entry in loaded], base)
    write_site(files, site_dir)
    return Site(site_dir, tuple(files))
