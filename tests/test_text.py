"""Normalisation, quote matching and sentence splitting, which the curation tests rely on."""

from dpvconv.policy.text import normalise, quote_in_source, sentences, word_count


def test_normalise_folds_typography():
    text = "\u201cWe\u2019re\u201d \u2013 **not** sell\\-ing\n\n  data\u2014ever"
    assert normalise(text) == '"We\'re" - not sell-ing data-ever'


def test_normalise_keeps_case_and_words():
    assert normalise("Käsitlemme") == "Käsitlemme"
    assert normalise("Käsitlemme") != normalise("Käsittelemme")


def test_quote_with_ellipsis_needs_both_parts():
    source = normalise("We do not sell, lease or rent your personal data to third parties.")
    assert quote_in_source("We do not sell ... to third parties", source)
    assert not quote_in_source("We do not sell ... to fourth parties", source)
    assert not quote_in_source("...", source)


def test_word_count_ignores_ellipsis():
    assert word_count("one two ... three") == 3


def test_sentences_split_lines_bullets_and_sentence_ends():
    source = "Heading\n\nFirst one. Second one? Third!\n \u2022 a bullet\n- another\n"
    assert sentences(source) == ["Heading", "First one.", "Second one?", "Third!", "a bullet", "another"]
