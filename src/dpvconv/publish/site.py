"""``dpvconv publish``: policies in, a static site out.

The site is built in full in a new folder beside ``SITE_DIR`` and then renamed into place, so a reader
(or a web server) sees the old site or the new one, never half of each; on any failure nothing
changes. A marker file says a folder is a dpvconv site: only such a folder, an empty one or (with
``force``) any folder that holds no input is replaced, and never the root, a top-level folder, the
home folder (or one above it) or a mount point.

A run stopped by SIGTERM cleans up as a failure does; one killed outright (SIGKILL, a power cut)
leaves its new or retired folder beside the site, and the next publish of that site removes it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from dpvconv.diagnostics import Diagnostic, DiagnosticsError
from dpvconv.errors import UsageError
from dpvconv.output import current_umask, unwritable, write_atomic
from dpvconv.policy.validate import load_valid, policy_files
from dpvconv.publish.html import stylesheet
from dpvconv.publish.index import PolicyEntry, index_page
from dpvconv.publish.page import policy_page
from dpvconv.rdf.formats import FORMATS, convert
from dpvconv.rdf.vocabulary import vocabulary_text
from dpvconv.resources import VOCABULARY_PATH

#: The file that marks a folder as a site dpvconv made, so publishing again may replace it.
MARKER = ".dpvconv-site"
MARKER_TEXT = "This folder was written by `dpvconv publish`; publishing again replaces all of it.\n"
INDEX = "index.html"
STYLESHEET_NAME = "style.css"
#: The dpvconv vocabulary, in Turtle: what the policies' own dpvconv: terms mean and where they sit in DPV.
VOCABULARY_NAME = VOCABULARY_PATH.name


class PublishError(UsageError):
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
        own = {f"{stem}.html", f"{stem}{FORMATS['jsonld'].suffix}", f"{stem}{FORMATS['turtle'].suffix}"}
        for name in (INDEX, VOCABULARY_NAME):
            if name in own:
                raise PublishError(f"{path}: a policy named '{stem}' would replace the site's {name}; rename the file")
        stems[stem] = path
        try:
            loaded.append((path, PolicyEntry(stem, load_valid(path))))
        except DiagnosticsError as err:
            problems.extend(err.diagnostics)
    if problems:
        raise DiagnosticsError(problems)
    return loaded


def build_site(policies: list[PolicyEntry], base: str) -> dict[str, str]:
    """Every file of the site by name: a page, the JSON-LD and the Turtle of each policy, the index,
    the style sheet and the dpvconv vocabulary. Nothing depends on the time or the machine, so the same
    input gives the same bytes."""
    files: dict[str, str] = {}
    for policy in policies:
        # The download states its context in full, like the page does: a reader of the file needs
        # nothing from the network to expand it. The page embeds the same JSON-LD.
        jsonld = convert(policy.data, "jsonld", base)
        files[f"{policy.stem}.html"] = policy_page(policy.data, policy.stem, base, jsonld=jsonld)
        files[f"{policy.stem}{FORMATS['jsonld'].suffix}"] = jsonld
        files[f"{policy.stem}{FORMATS['turtle'].suffix}"] = convert(policy.data, "turtle", base)
    files[INDEX] = index_page(policies)
    files[STYLESHEET_NAME] = stylesheet()
    files[VOCABULARY_NAME] = vocabulary_text("turtle")
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
    if site_dir.is_dir() and not (site_dir / MARKER).is_file():
        reason = _protected(target)
        if reason:
            raise PublishError(
                f"{site_dir}: refusing to replace {reason}{', even with --force' if force else ''}: publishing "
                f"replaces the whole folder. Name a new folder for the site, such as {site_dir / 'site'}"
            )
    if site_dir.is_dir() and not (site_dir / MARKER).is_file() and any(site_dir.iterdir()) and not force:
        raise PublishError(
            f"{site_dir}: this folder is not empty and was not made by dpvconv publish; publishing would "
            "replace everything in it. Choose a new folder, or pass --force to replace it"
        )


def _protected(target: Path) -> str | None:
    """Why the existing folder ``target`` (resolved) is one no site may replace, or None.

    The root, the folders right under it (/usr, /etc, /home, /tmp, ...) and the home folder and those
    above it hold far more than a site, and a mount point cannot be renamed away: --force is meant for
    a folder of the user's own, not for these."""
    if target == Path(target.anchor):
        return "the root folder"
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):  # no home folder known: nothing to protect there
        home = None
    if home is not None and target == home:
        return "your home folder"
    if home is not None and target in home.parents:
        return "a folder that holds your home folder"
    if target.parent == Path(target.anchor):
        return "a top-level system folder"
    if os.path.ismount(target):
        return "a mount point"
    return None


#: What ``write_site`` leaves beside ``SITE`` when it is killed: ``.SITE.XXXXXXXX.new`` (the site being
#: written) or ``.SITE.XXXXXXXX.old`` (the site it replaced); ``XXXXXXXX`` as ``tempfile.mkdtemp`` names.
_LEFTOVER = r"\.{name}\.[a-z0-9_]{{8}}\.(new|old)"


def _remove_leftovers(site_dir: Path) -> None:
    """Remove the new and retired folders that a killed publish of ``site_dir`` left beside it: only
    those that hold a site dpvconv made (its marker) or nothing, so no one else's files are touched."""
    pattern = re.compile(_LEFTOVER.format(name=re.escape(site_dir.name)))
    try:
        siblings = list(site_dir.parent.iterdir())
    except OSError:
        return
    for folder in siblings:
        match = pattern.fullmatch(folder.name)
        if match is None or folder.is_symlink() or not folder.is_dir():
            continue
        marker = folder / MARKER if match.group(1) == "new" else folder / "site" / MARKER
        try:
            if marker.is_file() or not any(folder.iterdir()):
                shutil.rmtree(folder)
        except OSError:
            pass  # not ours to fix: the new site is written all the same


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Within: SIGTERM raises SystemExit (status 143, as a shell reports a process SIGTERM ended)
    rather than ending the process on the spot, so a stopped write cleans up like a failed one.
    The handler before is put back after. Only the main thread can set a handler; a SIGTERM that
    was being ignored stays ignored."""
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is not threading.main_thread() or previous == signal.SIG_IGN:
        yield
        return
    raised = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal raised
        if not raised:  # once: a second SIGTERM must not cut the cleanup short
            raised = True
            raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def write_site(files: dict[str, str], site_dir: Path) -> None:
    """Write the files into a new folder beside ``site_dir``, then swap it into place, first removing
    what a killed publish of the same site left (see :func:`_remove_leftovers`).

    Raises:
        SystemExit: SIGTERM arrived while writing (status 143); nothing changed.
    """
    site_dir = site_dir.resolve()
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(site_dir)
    with _sigterm_raises():
        _swap_in(files, site_dir)


def _swap_in(files: dict[str, str], site_dir: Path) -> None:
    """Write ``files`` into ``.SITE.XXXXXXXX.new`` and rename it to ``site_dir``, the old site moved
    to ``.SITE.XXXXXXXX.old`` meanwhile; on any exception the old site is put back and the new removed."""
    parent = site_dir.parent
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.", suffix=".new", dir=parent))
    retired: Path | None = None
    try:
        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes 0700; a site is served to others
        # The marker first, and written in place rather than through a temporary file: the staging
        # folder is not served yet, and a run killed at any moment after this line leaves a folder
        # that holds the marker, so a later run knows it as dpvconv's (_remove_leftovers).
        try:
            (staging / MARKER).write_text(files.get(MARKER, MARKER_TEXT), encoding="utf-8")
        except OSError as err:
            raise unwritable(staging / MARKER, err) from None
        for name, text in files.items():
            if name != MARKER:
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
