"""The site's own words (headings, notes, the names of its links) in Finnish and English.

These are dpvconv's wording, not the notices': a notice's texts come from its policy file and are shown
in the language they were written in. Each entry names the text in every language the site offers.

What is not here: the label of a row that shows a slot ('Legal bases', 'Oikeusperusteet'), and the
name of a language a notice is written in, are the schema's (each slot's ``title`` and ``label_fi``;
see :func:`dpvconv.policy.labels.slot_label` and docs/modelling.md, "Labels"), which ``dpvconv diff`` reads too.
"""

from __future__ import annotations

#: The languages a page offers, in the order its language switch lists them.
SITE_LANGUAGES = ("fi", "en")

#: What the language switch says for each language, in that language.
SWITCH_LABELS = {"fi": "Suomeksi", "en": "In English"}

UI: dict[str, dict[str, str]] = {
    "site_title": {"fi": "Tietosuojaselosteet linkitettynä datana", "en": "Privacy notices as linked data"},
    "language_switch": {"fi": "Kieli", "en": "Language"},
    "back_to_index": {"fi": "Kaikki yritykset rinnakkain", "en": "All companies side by side"},
    "contents": {"fi": "Sisältö", "en": "Contents"},
    "about": {"fi": "Tietoa selosteesta", "en": "About this notice"},
    "who": {"fi": "Kuka käsittelee tietojasi", "en": "Who processes your data"},
    "data": {"fi": "Mitä tietoja käsitellään", "en": "What data is processed"},
    "purposes": {"fi": "Miksi tietoja käsitellään", "en": "Why the data is processed"},
    "legal": {"fi": "Millä oikeusperusteella", "en": "On what legal basis"},
    "recipients": {"fi": "Kenelle tietoja luovutetaan", "en": "Who receives the data"},
    "retention": {"fi": "Kuinka kauan tietoja säilytetään", "en": "How long the data is kept"},
    "where": {"fi": "Missä tietoja käsitellään", "en": "Where the data is processed"},
    "safeguards": {"fi": "Miten tietoja suojataan", "en": "How the data is protected"},
    "technologies": {"fi": "Evästeet ja muu tekniikka", "en": "Cookies and other technology"},
    "rights": {"fi": "Oikeutesi ja niiden käyttäminen", "en": "Your rights and how to use them"},
    "not_done": {"fi": "Mitä seloste sanoo, ettei tehdä", "en": "What the notice says is not done"},
    "contact": {"fi": "Yhteystiedot", "en": "Contact"},
    "linked_data": {"fi": "Linkitetty data", "en": "Linked data"},
    "quotes": {"fi": "lainausta", "en": "quotes"},
    "quote": {"fi": "lainaus", "en": "quote"},
    "part_of": {"fi": "Osa käsittelyä", "en": "Part of"},
    "nothing_stated": {"fi": "Seloste ei kerro tästä.", "en": "The notice says nothing about this."},
    "not_stated": {"fi": "ei mainittu", "en": "not stated"},
    "dpo": {"fi": "Tietosuojavastaava", "en": "Data protection officer"},
    "representative": {"fi": "Edustaja", "en": "Representative"},
    "downloads": {"fi": "Lataa", "en": "Download"},
    "download_jsonld": {"fi": "JSON-LD (.jsonld)", "en": "JSON-LD (.jsonld)"},
    "download_turtle": {"fi": "Turtle (.ttl)", "en": "Turtle (.ttl)"},
    "embed": {"fi": "Upota omalle sivustollesi", "en": "Embed it in your own site"},
    "embed_help": {
        "fi": "Kopioi tämä elementti verkkosivusi <head>-osaan. Se kertoo selosteen DPV-sanastolla "
        "koneluettavassa muodossa; sisältö ei näy lukijalle.",
        "en": "Copy this element into the <head> of your web page. It states the notice in the DPV "
        "vocabulary for machines to read; readers do not see it.",
    },
    "notice_iri": {"fi": "Selosteen IRI", "en": "Notice IRI"},
    "made_with": {
        "fi": "Sivu on tehty selosteen koneluettavasta kuvauksesta; jokainen väite on linkitetty "
        "selosteen sanatarkkaan lainaukseen.",
        "en": "This page is made from a machine-readable description of the notice; every statement is "
        "linked to a verbatim quote from the notice.",
    },
    "compare_title": {"fi": "Yritykset rinnakkain", "en": "The companies side by side"},
    "compare_intro": {
        "fi": "Taulukko kertoo, mitä kunkin yrityksen seloste sanoo. \u201cEi mainittu\u201d tarkoittaa, "
        "ettei seloste kerro asiasta mitään. Kunkin kohdan linkki vie selosteen sivulle lainaukseen.",
        "en": "The table shows what each company's notice says. \u201cNot stated\u201d means the notice "
        "says nothing on the matter. Each entry links to the quote on the notice's page.",
    },
    "compare_caption": {
        "fi": "Tietosuojaselosteiden vertailu yrityksittäin",
        "en": "Privacy notices compared, one column per company",
    },
    "topic": {"fi": "Aihe", "en": "Topic"},
    "row_purposes": {"fi": "Käyttötarkoitukset", "en": "Purposes"},
    "row_data": {"fi": "Tietoryhmät", "en": "Data categories"},
    "row_legal": {"fi": "Oikeusperusteet", "en": "Legal bases"},
    "row_recipients": {"fi": "Vastaanottajat", "en": "Recipients"},
    "row_transfers": {"fi": "Siirrot EU:n/ETA:n ulkopuolelle", "en": "Transfers outside the EU/EEA"},
    "row_retention": {"fi": "Säilytysajat", "en": "Retention"},
    "row_rights": {"fi": "Oikeudet", "en": "Rights"},
    "row_not_done": {"fi": "Mitä ei tehdä", "en": "What it says it does not do"},
    "policy_pages": {"fi": "Selosteet", "en": "The notices"},
    "vocabulary_intro": {
        "fi": "Selosteiden linkitetty data käyttää DPV-sanaston termejä ja, missä DPV:ssä ei ole sopivaa, "
        "dpvconvin omia. Sanasto kertoo kunkin oman termin nimen suomeksi ja englanniksi, sen määritelmän ja "
        "paikan DPV:n hierarkiassa:",
        "en": "The notices' linked data uses the terms of DPV and, where DPV has none that fits, dpvconv's own. "
        "The vocabulary gives each of our own terms its name in Finnish and English, its definition and its "
        "place in DPV's hierarchy:",
    },
    "vocabulary_link": {"fi": "dpvconv-sanasto (Turtle, .ttl)", "en": "The dpvconv vocabulary (Turtle, .ttl)"},
    "open_notice": {"fi": "Selosteen sivu", "en": "The notice's page"},
}

# ISO 8601 duration units by designator (dpvconv.policy.durations.UNITS): (Finnish singular, Finnish plural partitive,
# English singular, plural).
DURATION_UNITS = {
    "Y": ("vuosi", "vuotta", "year", "years"),
    "M": ("kuukausi", "kuukautta", "month", "months"),
    "W": ("viikko", "viikkoa", "week", "weeks"),
    "D": ("päivä", "päivää", "day", "days"),
    "H": ("tunti", "tuntia", "hour", "hours"),
    "MIN": ("minuutti", "minuuttia", "minute", "minutes"),
    "S": ("sekunti", "sekuntia", "second", "seconds"),
}


def ui(key: str, lang: str) -> str:
    """The site's text ``key`` in ``lang`` (one of :data:`SITE_LANGUAGES`).

    Raises:
        KeyError: no such text, which is a bug in a template.
    """
    return UI[key][lang]
