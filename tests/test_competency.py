"""Competency questions: what a DPV user asks of the five notices, answered from their RDF.

Each question is written the way DPV's own examples and definitions state things (E0067 for a
notice's rights, E0048/E0050 for durations, E0060 for transfers, E0066 for prohibitions), with
DPV's terms only: not from dpvconv's schema or docs/rdf.md. The queries run over the five examples
with DPV 2.3 and dpvconv's vocabulary loaded, so a question may go up DPV's hierarchy. The answers
were found by reading the notices (``../shared/seeds/``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest

from dpvconv.policy.validate import load_valid
from dpvconv.rdf.triples import to_quads
from dpvconv.resources import VOCABULARY_PATH

from .conftest import EXAMPLES

PREFIXES = """\
PREFIX dpv: <https://w3id.org/dpv#>
PREFIX eu-gdpr: <https://w3id.org/dpv/legal/eu/gdpr#>
PREFIX loc: <https://w3id.org/dpv/loc#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

GDPR = "https://w3id.org/dpv/legal/eu/gdpr#"
DPV = "https://w3id.org/dpv#"


@cache
def store(shared: Path) -> ox.Store:
    st = ox.Store()
    for path in sorted((shared / "dpv" / "2.3").glob("*.ttl")):
        st.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    st.bulk_load(path=str(VOCABULARY_PATH), format=ox.RdfFormat.TURTLE)
    for path in sorted(EXAMPLES.glob("*.yaml")):
        st.extend(to_quads(load_valid(path)))
    return st


def answers(shared: Path, query: str) -> dict[str, set[tuple[str, ...]]]:
    """Rows of ``query`` (whose first variable is the company) as company -> set of the other values."""
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for row in store(shared).query(PREFIXES + query, use_default_graph_as_union=True):  # type: ignore[union-attr]
        values = [term.value if term is not None else "" for term in row]
        found[values[0]].add(tuple(values[1:]))
    return dict(found)


# Who grants which right? E0067: the notice dpv:hasRight each right; a right is narrower than dpv:Right.
RIGHTS = """
SELECT DISTINCT ?company ?right WHERE {
  ?notice a dpv:PrivacyNotice ; dpv:hasDataController/dpv:hasName ?company ; dpv:hasRight ?right .
  ?right skos:broader+ dpv:Right .
  FILTER(STRSTARTS(STR(?right), STR(eu-gdpr:)))
}"""

RIGHTS_ANSWER = {
    "Vimana Oy": {"A15", "A16", "A17", "A18", "A21"},
    "Viima Solutions Oy": {"A15", "A16", "A17", "A20", "A21", "A7-3", "A77"},
    "Inmics Oy": {"A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"},
    "Solinum Oy": {"A16", "A17", "A21"},
    "Vitec Futursoft Oy": {"A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"},
}


def test_who_grants_which_right(shared: Path) -> None:
    found = answers(shared, RIGHTS)
    assert {c: {r.removeprefix(GDPR) for (r,) in rows} for c, rows in found.items()} == RIGHTS_ANSWER


def test_who_grants_portability(shared: Path) -> None:
    """The issue's example question: who grants the right to data portability (eu-gdpr:A20)?"""
    query = "SELECT ?company WHERE { ?n dpv:hasRight eu-gdpr:A20 ; dpv:hasDataController/dpv:hasName ?company }"
    assert set(answers(shared, query)) == {c for c, rights in RIGHTS_ANSWER.items() if "A20" in rights}


# Who states which retention period? E0048/E0050: a storage condition dpv:hasDuration a
# dpv:TemporalDuration whose rdf:value is an xsd:duration.
RETENTION = """
SELECT DISTINCT ?company ?period WHERE {
  ?notice a dpv:PrivacyNotice ; dpv:hasDataController/dpv:hasName ?company ; dpv:hasProcess+ ?process .
  ?process dpv:hasStorageCondition ?condition .
  ?condition a dpv:StorageDuration ; dpv:hasDuration ?duration .
  ?duration a dpv:TemporalDuration ; rdf:value ?period .
}"""


def test_who_states_which_retention_period(shared: Path) -> None:
    # Inmics: "vähintään kolme vuotta ja maksimissaan kuusi vuotta"; Viima: up to 12 months. The
    # other three say "as long as needed" or until an event, and give no period.
    found = answers(shared, RETENTION)
    assert {c: {p for (p,) in rows} for c, rows in found.items()} == {
        "Inmics Oy": {"P3Y", "P6Y"},
        # Viima writes "P12M"; Oxigraph keeps a duration in its canonical form, which is "P1Y".
        "Viima Solutions Oy": {"P1Y"},
    }


# Who transfers outside the EEA, and on what safeguard? E0060: a process dpv:hasProcessing a
# dpv:CrossBorderTransfer with its dpv:hasLocation; the safeguard a measure or a legal basis of it.
TRANSFERS = """
SELECT DISTINCT ?company ?safeguard WHERE {
  ?notice a dpv:PrivacyNotice ; dpv:hasDataController/dpv:hasName ?company ; dpv:hasProcess+ ?process .
  ?process dpv:hasProcessing ?transfer .
  ?transfer a dpv:CrossBorderTransfer ; dpv:hasLocation ?where .
  FILTER(?where IN (loc:non-EEA, loc:non-EU))
  OPTIONAL { ?transfer dpv:hasTechnicalOrganisationalMeasure|dpv:hasLegalBasis ?safeguard }
}"""


def test_who_transfers_outside_the_eea_and_on_what_safeguard(shared: Path) -> None:
    found = {
        c: {s.removeprefix(DPV).removeprefix(GDPR) for (s,) in rows} for c, rows in answers(shared, TRANSFERS).items()
    }
    # Inmics: partners may be outside Finland, the EU or the EEA, and it protects the data "as the law
    # requires"; Viima: marketing/CRM and payment sub-processors, under binding agreements, and "you
    # consent to ... being transferred"; Vitec Futursoft: standard contractual clauses. Vimana and
    # Solinum say nothing of transfers.
    assert set(found) == {"Inmics Oy", "Viima Solutions Oy", "Vitec Futursoft Oy"}
    assert "SafeguardForDataTransfer" in found["Inmics Oy"]
    assert {"DataProcessingAgreement", "ImpliedConsent"} <= found["Viima Solutions Oy"]
    assert "SCCByCommission" in found["Vitec Futursoft Oy"]


def test_who_names_a_dpo(shared: Path) -> None:
    # dpv:hasDataProtectionOfficer from the controller; Viima names its Data Protection Officer,
    # Inmics and Solinum their tietosuojavastaava; Vimana and Vitec Futursoft name none.
    query = """
    SELECT DISTINCT ?company WHERE {
      ?notice a dpv:PrivacyNotice ; dpv:hasDataController ?controller .
      ?controller dpv:hasName ?company ; dpv:hasDataProtectionOfficer ?dpo .
      ?dpo a dpv:DataProtectionOfficer .
    }"""
    assert set(answers(shared, query)) == {"Viima Solutions Oy", "Inmics Oy", "Solinum Oy"}


# Who says what it does not do? E0066: dpv:hasProhibition a process (a dpv:Prohibition) with what it
# does not do; DPV declares the property's range dpv:Prohibition.
NOT_DONE = """
SELECT DISTINCT ?company ?what WHERE {
  ?notice a dpv:PrivacyNotice ; dpv:hasDataController/dpv:hasName ?company ; dpv:hasProcess* ?context .
  ?context dpv:hasProhibition ?rule .
  ?rule a dpv:Prohibition .
  OPTIONAL { ?rule dpv:hasPurpose|dpv:hasProcessing|dpv:hasContext ?what }
}"""


def test_who_says_what_it_does_not_do(shared: Path) -> None:
    found = {c: {w.removeprefix(DPV) for (w,) in rows} for c, rows in answers(shared, NOT_DONE).items()}
    # Every notice says something it does not do: Viima "We do not sell ..."; Vitec Futursoft
    # "Emme ... myy ... ilman suostumustasi"; Vimana makes no automated decisions; Solinum gives
    # third parties no access; Inmics does not process data against its purposes.
    assert set(found) == {"Vimana Oy", "Viima Solutions Oy", "Inmics Oy", "Solinum Oy", "Vitec Futursoft Oy"}
    assert "SellDataToThirdParties" in found["Viima Solutions Oy"]
    assert "SellDataToThirdParties" in found["Vitec Futursoft Oy"]
    assert "AutomatedDecisionMaking" in found["Vimana Oy"]


@pytest.mark.parametrize("query", [RIGHTS, RETENTION, TRANSFERS, NOT_DONE])
def test_questions_use_dpv_terms_only(query: str) -> None:
    """The questions are a DPV user's: none names a dpvconv term."""
    assert "dpvconv" not in query
