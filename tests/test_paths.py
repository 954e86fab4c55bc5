"""Dotted paths into a policy, as used by the review checklists."""

import pytest

from dpvconv.policy.places import resolve

DOC = {"processes": [{"id": "a", "purposes": ["x"]}, {"title": {"en": "t"}}]}


def test_resolve_by_id_and_index():
    assert resolve(DOC, "processes.a.purposes") == ["x"]
    assert resolve(DOC, "processes.1.title.en") == "t"


def test_resolve_names_the_missing_step():
    with pytest.raises(KeyError, match="no 'b'"):
        resolve(DOC, "processes.b")
