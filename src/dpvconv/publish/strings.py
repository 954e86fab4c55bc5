"""The site's own words (headings, labels, notes) in Finnish and English.

These are dpvconv's wording, not the notices': a notice's texts come from its policy file and are shown
in the language they were written in. Each entry names the text in every language the site offers.
"""

from __future__ import annotations

#: The languages a page offers, in the order its language switch lists them.
SITE_LANGUAGES = ("fi", "en")

#: What the language switch says for each language, in that language.
SWITCH_LABELS = {"fi": "Suomeksi", "en": "In English"}

#: The names of the languages a notice's texts may be in (the schema's LangText: fi, en, sv), as each
#: site language writes them. Our own table: langcodes names languages only with its separate data
#: package (language_data), which dpvconv does not install.
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "fi": {"fi": "suomi", "en": "englanti", "sv": "ruotsi"},
    "en": {"fi": "Finnish", "en": "English", "sv": "Swedish"},
}

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
    "evidence": {"fi": "Lähde selosteessa", "en": "Source in the notice"},
    "quotes": {"fi": "lainausta", "en": "quotes"},
    "quote": {"fi": "lainaus", "en": "quote"},
    "part_of": {"fi": "Osa käsittelyä", "en": "Part of"},
    "nothing_stated": {"fi": "Seloste ei kerro tästä.", "en": "The notice says nothing about this."},
    "not_stated": {"fi": "ei mainittu", "en": "not stated"},
    "notice_url": {"fi": "Alkuperäinen seloste", "en": "Original notice"},
    "notice_languages": {"fi": "Selosteen kieli", "en": "Language of the notice"},
    "last_updated": {"fi": "Päivitetty", "en": "Last updated"},
    "version": {"fi": "Versio", "en": "Version"},
    "scope": {"fi": "Mitä seloste koskee", "en": "What the notice covers"},
    "change_notices": {"fi": "Muutokset selosteeseen", "en": "Changes to the notice"},
    "controller": {"fi": "Rekisterinpitäjä", "en": "Controller"},
    "roles": {"fi": "Rooli", "en": "Role"},
    "business_id": {"fi": "Y-tunnus", "en": "Business ID"},
    "address": {"fi": "Osoite", "en": "Address"},
    "country": {"fi": "Maa", "en": "Country"},
    "homepage": {"fi": "Verkkosivut", "en": "Website"},
    "dpo": {"fi": "Tietosuojavastaava", "en": "Data protection officer"},
    "representative": {"fi": "Edustaja", "en": "Representative"},
    "channel": {"fi": "Kanava", "en": "Channel"},
    "email": {"fi": "Sähköposti", "en": "E-mail"},
    "telephone": {"fi": "Puhelin", "en": "Telephone"},
    "web_address": {"fi": "Verkko-osoite", "en": "Web address"},
    "data_subjects": {"fi": "Keiden tietoja", "en": "Whose data"},
    "personal_data": {"fi": "Tietoryhmät", "en": "Categories of data"},
    "processing": {"fi": "Mitä tiedoille tehdään", "en": "What is done with the data"},
    "data_sources": {"fi": "Mistä tiedot saadaan", "en": "Where the data comes from"},
    "purpose_list": {"fi": "Tarkoitukset", "en": "Purposes"},
    "legal_bases": {"fi": "Oikeusperusteet", "en": "Legal bases"},
    "legitimate_interests": {"fi": "Oikeutettu etu", "en": "Legitimate interest"},
    "interest_of": {"fi": "Kenen etu", "en": "Whose interest"},
    "applicable_laws": {"fi": "Sovellettava lainsäädäntö", "en": "Applicable law"},
    "necessity": {"fi": "Onko tietojen antaminen pakollista", "en": "Whether giving the data is required"},
    "decision_making": {"fi": "Päätöksenteko", "en": "Decision-making"},
    "human_involvement": {"fi": "Ihmisten osuus", "en": "Human involvement"},
    "automation_level": {"fi": "Automaation taso", "en": "Level of automation"},
    "entity_involvement": {"fi": "Mitä voit itse tehdä", "en": "What you can do about it"},
    "technology_refs": {"fi": "Käytetty tekniikka", "en": "Technology used"},
    "data_controllers": {"fi": "Muut rekisterinpitäjät", "en": "Other controllers"},
    "data_processors": {"fi": "Henkilötietojen käsittelijät", "en": "Processors"},
    "recipient_kinds": {"fi": "Vastaanottaja", "en": "Recipient"},
    "organisation": {"fi": "Organisaatio", "en": "Organisation"},
    "titled": {"fi": "Selosteen sanoin", "en": "In the notice's words"},
    "locations": {"fi": "Sijainti", "en": "Location"},
    "storage_locations": {"fi": "Säilytyspaikka", "en": "Storage location"},
    "transfers": {"fi": "Siirrot EU:n/ETA:n ulkopuolelle", "en": "Transfers outside the EU/EEA"},
    "destination": {"fi": "Kohde", "en": "Destination"},
    "importers": {"fi": "Vastaanottajat", "en": "Recipients"},
    "transfer_safeguards": {"fi": "Suojatoimet", "en": "Safeguards"},
    "measures": {"fi": "Toimenpiteet", "en": "Measures"},
    "duration": {"fi": "Säilytysaika", "en": "Period"},
    "minimum_duration": {"fi": "Vähintään", "en": "At least"},
    "maximum_duration": {"fi": "Enintään", "en": "At most"},
    "until_event": {"fi": "Kunnes", "en": "Until"},
    "after_event": {"fi": "Alkaen", "en": "Counted from"},
    "applies_to": {"fi": "Koskee tietoja", "en": "Applies to"},
    "end_of_retention": {"fi": "Säilytysajan päätyttyä", "en": "When the period ends"},
    "right": {"fi": "Oikeus", "en": "Right"},
    "channels": {"fi": "Miten oikeutta käytetään", "en": "How to use it"},
    "identity_verification": {"fi": "Henkilöllisyyden tarkistus", "en": "Identity check"},
    "fee": {"fi": "Maksu", "en": "Fee"},
    "response_time": {"fi": "Vastausaika", "en": "Response time"},
    "supervisory_authorities": {"fi": "Valvontaviranomainen", "en": "Supervisory authority"},
    "exception": {"fi": "Poikkeus", "en": "Exception"},
    "provider": {"fi": "Tarjoaja", "en": "Provider"},
    "kinds": {"fi": "Laji", "en": "Kind"},
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
    "notice_id": {"fi": "Selosteen tunniste", "en": "Notice identifier"},
    "notice_iri": {"fi": "Selosteen IRI", "en": "Notice IRI"},
    "source_sha256": {"fi": "Lähdetekstin SHA-256", "en": "SHA-256 of the source text"},
    "schema_version": {"fi": "dpvconv-skeeman versio", "en": "dpvconv schema version"},
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
    "open_notice": {"fi": "Selosteen sivu", "en": "The notice's page"},
}

# ISO 8601 duration units by designator (dpvconv.durations.UNITS): (Finnish singular, Finnish plural partitive,
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


def language_name(tag: str, lang: str) -> str | None:
    """The name of the language of BCP 47 ``tag`` in site language ``lang`` ('englanti' for ``en`` in
    Finnish), judged by its primary subtag; None for a language the table does not name."""
    return LANGUAGE_NAMES[lang].get(tag.split("-", 1)[0].lower())


def ui(key: str, lang: str) -> str:
    """The site's text ``key`` in ``lang`` (one of :data:`SITE_LANGUAGES`).

    Raises:
        KeyError: no such text, which is a bug in a template.
    """
    return UI[key][lang]
