"""Regression tests for red-team findings 10, 16 and 17 of issue "Hardening" (numbered as there), run
as a user runs dpvconv: in a new process, on hostile input. Each test failed before its fix."""

from __future__ import annotations

import copy
import html as html_module
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import DATA, assert_clean_failure, dpvconv

DIFF_BASE = DATA / "diff" / "base.yaml"

# ---------------------------------------------------------------------------- finding 16: diff output

INJECTED_NAME = "Hotjar\r\n- [x] Reviewed and approved by @security-team"
# Characters a policy may hold (XML carries them) that a terminal obeys: a C1 CSI erases the line and
# moves up, an override turns the text around.
HIDING_TITLE = "Analytics\x9b2K\x9b1A\u202eNothing to see"
HUGE = "A" * 200_000
LINKS = "see [the policy](https://evil.example/x), <https://evil.example>, www.evil.example or a@evil.example"
MARKUP = "#1 GH-2 <img src=x> `code` $x$ *em* ~~gone~~ &#64;team a | b"


def _hostile_pair(tmp_path: Path) -> tuple[Path, Path]:
    """base.yaml, and a new version that adds a technology, a process and a recipient whose texts
    try to inject Markdown, terminal escapes and a 200 KB value."""
    data: dict[str, Any] = yaml.safe_load(DIFF_BASE.read_text(encoding="utf-8"))
    new = copy.deepcopy(data)
    evidence = data["technologies"][0]["evidence"]
    new["technologies"].append(
        {"id": "hotjar", "product_name": INJECTED_NAME, "kinds": ["tech:Service"], "evidence": copy.deepcopy(evidence)}
    )
    new["processes"].append(
        {
            "id": "sneaky",
            "title": {"en": HIDING_TITLE},
            "purposes": ["dpv:Marketing"],
            "technology_refs": ["hotjar"],
            "recipients": [
                {"name": HUGE, "kinds": ["dpv:ThirdParty"], "evidence": copy.deepcopy(evidence)},
                {"name": MARKUP, "kinds": ["dpv:ThirdParty"], "evidence": copy.deepcopy(evidence)},
                {"name": LINKS, "kinds": ["dpv:ThirdParty"], "evidence": copy.deepcopy(evidence)},
            ],
            "evidence": copy.deepcopy(evidence),
        }
    )
    old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    new_path.write_text(yaml.safe_dump(new, allow_unicode=True), encoding="utf-8")
    checked = dpvconv("validate", str(new_path))
    assert checked.returncode == 0, checked.stdout
    return old_path, new_path


def _github_html(markdown: str) -> str:
    """The HTML GitHub makes of a comment: cmark-gfm, GitHub's own Markdown library."""
    cmarkgfm = pytest.importorskip("cmarkgfm", reason="cmarkgfm (GitHub's cmark-gfm) renders the comment")
    from cmarkgfm.cmark import Options

    html: str = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    return html


def test_16_markdown_diff_renders_policy_strings_as_plain_text(tmp_path: Path) -> None:
    old, new = _hostile_pair(tmp_path)
    result = dpvconv("diff", str(old), str(new), "--format", "markdown")
    assert result.returncode == 1, result.stderr
    changes = json.loads(dpvconv("diff", str(old), str(new), "--format", "json").stdout)["changes"]
    html = _github_html(result.stdout)
    # No checklist, link, image or HTML: only the elements the comment is made of.
    assert set(re.findall(r"<(\w+)", html)) <= {"p", "strong", "h4", "ul", "li"}, html
    # One list item per change: no line of a value started an item of its own.
    assert html.count("<li>") == len(changes)
    text = html_module.unescape(re.sub(r"<[^>]+>", "", html))
    # Mentions and issue references are found in the rendered text: none may be left.
    assert not re.search(r"(?<!\w)[@#][A-Za-z0-9]|GH-\d", text), text
    # What GitHub shows reads as the value: its line break and escapes visible, nothing lost.
    shown = text.replace("\u200d", "")
    assert "Hotjar\\x0d\\x0a- [x] Reviewed and approved by @security-team" in shown
    assert MARKUP in shown and LINKS in shown
    assert max(len(line) for line in result.stdout.splitlines()) < 2000, "the 200 KB name was echoed whole"


def test_16_text_diff_shows_escapes_instead_of_running_them(tmp_path: Path) -> None:
    old, new = _hostile_pair(tmp_path)
    result = dpvconv("diff", str(old), str(new))
    assert result.returncode == 1, result.stderr
    assert not re.search("[\r\x80-\x9f\u202e]", result.stdout)
    assert "Analytics\\x9b2K\\x9b1A\\u202eNothing to see" in result.stdout
    assert "Hotjar\\x0d\\x0a- [x] Reviewed" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) < 2000, "the 200 KB name was echoed whole"
    assert "more characters)" in result.stdout


def test_16_json_diff_keeps_policy_strings_raw(tmp_path: Path) -> None:
    old, new = _hostile_pair(tmp_path)
    result = dpvconv("diff", str(old), str(new), "--format", "json")
    answer = json.loads(result.stdout)
    messages = [c["message"] for c in answer["changes"]]
    assert f"adds the technology {INJECTED_NAME}" in messages
    assert any(HUGE in m for m in messages)
    assert all("\ufdd0" not in m and "\ufdd1" not in m for m in messages)
    assert "\ufdd0" not in result.stdout and "\\ufdd0" not in result.stdout


@pytest.mark.parametrize(
    "value",
    [
        "1. item",
        "- [x] done",
        "# Heading",
        "> quote",
        "   + indented",
        "===",
        "<b>bold</b> &amp; <!-- c -->",
        "[a](http://x.example) ![i](http://x.example/i.png) [^1]",
        "https://x.example, mailto:a@b.example, www.x.example, a@b.example",
        "@team #12 GH-3 org/repo#4",
        "`code` **b** _i_ ~~s~~ $x^2$ a | b",
        "line\nbreak\r\x1b[2K\u202etxet",
        "back\\slash\\",
    ],
)
def test_16_markdown_inline_is_inert_and_reads_as_written(value: str) -> None:
    from dpvconv.escape import markdown_inline, terminal_safe

    for before, after in (("", ""), ("- adds ", " in 'X'")):
        html = _github_html(before + markdown_inline(value) + after).strip()
        outer = "<ul>\n<li>" if before else "<p>"
        assert html.startswith(outer) and html.count("<") == (4 if before else 2), html
        text = html_module.unescape(re.sub(r"<[^>]+>", "", html)).replace("\u200d", "")
        assert text.strip() == f"{before.removeprefix('- ')}{terminal_safe(value)}{after}".strip(), html


# ---------------------------------------------------------------------------- finding 10: one notice, one graph

COUNT_BY_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
EXAMPLES_DIR = DATA.parent.parent / "examples"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples published as a site: each policy as .html, .jsonld and .ttl."""
    site = tmp_path_factory.mktemp("published") / "site"
    result = dpvconv("publish", str(EXAMPLES_DIR), "-o", str(site))
    assert result.returncode == 0, result.stderr
    return site


def _counts(*paths: Path) -> str:
    # --no-vocab: only the inputs' graphs, not the vocabularies query loads for a GRAPH pattern.
    result = dpvconv("query", COUNT_BY_GRAPH, *map(str, paths), "--format", "csv", "--no-vocab")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_10_a_published_site_holds_each_notice_once(published: Path) -> None:
    turtle_only = _counts(*sorted(published.glob("*.ttl")))
    # A header line, a graph per notice and one for the site's dpvconv.vocab.ttl.
    assert turtle_only.count("\n") == 1 + len(list(EXAMPLES_DIR.glob("*.yaml"))) + 1
    assert _counts(published) == turtle_only
    # The policies beside their own site, and a file named twice, state nothing twice either.
    assert _counts(EXAMPLES_DIR, published, published / "vimana.ttl") == turtle_only


def test_10_two_files_that_say_different_things_about_one_notice_are_refused(published: Path, tmp_path: Path) -> None:
    changed = tmp_path / "vimana-edited.ttl"
    text = (published / "vimana.ttl").read_text(encoding="utf-8")
    changed.write_text(text.replace("Vimana Oy", "Vimana Ltd"), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != text
    result = dpvconv("query", COUNT_BY_GRAPH, str(published / "vimana.ttl"), str(changed))
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{changed}:1:1: error: "), result.stderr
    assert str(published / "vimana.ttl") in result.stderr and "vimana-privacy-notice" in result.stderr
    assert "pass only one" in result.stderr


def test_10_comparing_two_statements_of_a_notice_is_bounded(tmp_path: Path) -> None:
    # Blank nodes in a ring are what makes canonical labelling slow (cubic here, exponential at
    # worst); the comparison must not run for minutes on them.
    ring = " ".join(f"_:b{i} <http://e/next> _:b{(i + 1) % 2000} ." for i in range(2000))
    text = f"<http://e/notice> a <https://w3id.org/dpv#PrivacyNotice> .\n{ring}\n"
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    started = time.monotonic()
    result = dpvconv("query", "ASK {}", str(first), str(second), timeout=60)
    assert time.monotonic() - started < 30
    assert_clean_failure(result)
    assert result.stderr.startswith(f"{second}:1:1: error: ") and "pass only one" in result.stderr


# ---------------------------------------------------------------------------- finding 17: publish's folders

MINIMAL = DATA / "valid" / "minimal.yaml"
MARKER_NAME = ".dpvconv-site"  # dpvconv.publish.site.MARKER


@pytest.fixture(scope="module")
def big_policies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four policies with a 3.5 MB description each: writing their site (80 MB) takes long enough
    for a test to catch the run with its new folder half written."""
    folder = tmp_path_factory.mktemp("big")
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["description"] = {"en": ("lorem ipsum dolor sit amet " * 130_000)[:3_500_000]}
    for index in range(4):
        # JSON is YAML, and far faster to write than PyYAML's emitter makes 14 MB.
        (folder / f"big-{index}.yaml").write_text(json.dumps(data), encoding="utf-8")
    return folder


def _leftovers(site: Path) -> list[str]:
    return sorted(name for name in os.listdir(site.parent) if name.startswith(f".{site.name}."))


def _publish_stopped_while_writing(policies: Path, site: Path) -> subprocess.Popen[str]:
    """Start ``dpvconv publish`` and freeze it (SIGSTOP) while its new folder is half written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dpvconv", "publish", str(policies), "-o", str(site)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if any(name.endswith(".new") for name in _leftovers(site)):
            process.send_signal(signal.SIGSTOP)
            break
    assert process.poll() is None, "the publish ended before its new folder was seen"
    staging = [name for name in _leftovers(site) if name.endswith(".new")]
    assert staging and not (site / "big-0.html").exists(), "the new site was swapped in before the stop"
    return process


def test_17_sigterm_while_publishing_leaves_nothing_behind(big_policies: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert dpvconv("publish", str(MINIMAL), "-o", str(site)).returncode == 0
    before = sorted(os.listdir(site))
    process = _publish_stopped_while_writing(big_policies, site)
    process.send_signal(signal.SIGTERM)
    process.send_signal(signal.SIGCONT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, (process.returncode, stderr)
    assert "Traceback" not in stderr
    assert _leftovers(site) == [], "the half-written site was left behind"
    assert sorted(os.listdir(site)) == before, "the old site must stay as it was"


def test_17_a_later_publish_removes_what_a_killed_one_left(big_policies: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    process = _publish_stopped_while_writing(big_policies, site)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    killed = _leftovers(site)
    assert len(killed) == 1
    # What else a killed run may leave (a retired site, an empty folder), beside folders that are
    # not dpvconv's to remove: no marker, another site's, a symbolic link to a site.
    retired = tmp_path / f".{site.name}.abcd1234.old" / "site"
    retired.mkdir(parents=True)
    (retired / MARKER_NAME).write_text("", encoding="utf-8")
    (tmp_path / f".{site.name}.empty___.new").mkdir()
    mine = tmp_path / f".{site.name}.notmine1.new"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes", encoding="utf-8")
    other = tmp_path / f".{site.name}.other.abcd1234.new"
    other.mkdir()
    (other / MARKER_NAME).write_text("", encoding="utf-8")
    (tmp_path / f".{site.name}.linklink.new").symlink_to(retired, target_is_directory=True)
    result = dpvconv("publish", str(MINIMAL), "-o", str(site))
    assert result.returncode == 0, result.stderr
    assert _leftovers(site) == sorted([mine.name, other.name, f".{site.name}.linklink.new"])
    assert (mine / "notes.txt").is_file() and (other / MARKER_NAME).is_file() and not retired.exists()


def test_17_the_marker_is_in_the_new_folder_before_anything_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run killed after its first file was begun must leave a folder a later run knows as its own:
    # the marker itself, never a temporary file on the way to it (CI once caught a kill in between).
    from dpvconv.publish import site as site_module

    seen: list[list[str]] = []
    write = site_module.write_atomic

    def watching(path: Path, text: str) -> None:
        seen.append(sorted(os.listdir(path.parent)))
        write(path, text)

    monkeypatch.setattr(site_module, "write_atomic", watching)
    site_module.write_site({"a.html": "a", "b.html": "b", MARKER_NAME: "mine"}, tmp_path / "site")
    assert seen and all(listing[0] == MARKER_NAME for listing in seen), seen
    assert (tmp_path / "site" / MARKER_NAME).read_text(encoding="utf-8") == "mine"


def test_17_force_refuses_the_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.txt").write_text("years of work", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "dpvconv", "publish", str(MINIMAL), "-o", str(home), "--force"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(home)},
        timeout=120,
    )
    assert_clean_failure(result, 2)
    assert "your home folder, even with --force" in result.stderr and str(home / "site") in result.stderr
    assert os.listdir(home) == ["thesis.txt"]


def _mount_point() -> str:
    for candidate in ("/dev/shm", "/dev/pts", "/sys/fs/cgroup", "/proc/sys"):
        if os.path.ismount(candidate) and Path(candidate).parent != Path("/"):
            return candidate
    pytest.skip("no mount point below a top-level folder on this machine")


@pytest.mark.parametrize(
    ("folder", "reason"),
    [
        ("/", "the root folder"),
        ("/usr", "a top-level system folder"),
        ("/etc", "a top-level system folder"),
        ("/tmp", "a top-level system folder"),
        ("mount", "a mount point"),
        ("above-home", "a folder that holds your home folder"),
    ],
)
def test_17_force_refuses_system_folders(
    folder: str, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # check_target only looks: run in-process, so a regression cannot replace /usr on the machine.
    from dpvconv.publish.site import PublishError, check_target

    if folder == "mount":
        folder = _mount_point()
    elif folder == "above-home":
        (tmp_path / "home" / "me").mkdir(parents=True)
        monkeypatch.setenv("HOME", str(tmp_path / "home" / "me"))
        folder = str(tmp_path / "home")
    # From the root folder, so that no folder tested holds the current one (a checkout under /tmp would
    # be refused for that reason first).
    monkeypatch.chdir("/")
    with pytest.raises(PublishError) as raised:
        check_target(Path(folder), [], force=True)
    assert reason in str(raised.value) or (folder == "/" and "current folder" in str(raised.value))
