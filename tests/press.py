"""What the press batteries (tests/test_nlp_press_<lang>.py) share: turning their cases into pytest
parameters and checking what the extractor says against the facts a case expects.

A case is `(id, published, text, [expected facts])`. An expected fact gives `drug` and its quantity
(`quantity_kg`, or `kg` for short; None with `units` for a count), and only the other fields the case
is about (`kind`, `primary`, `port`, `date`, `agencies`, ...). It is matched the way
`shared/tools/score_facts.py` matches: same drug, same kind, quantity within 2 % (or both null with the
same units); each extracted fact answers one expected fact; port names compare as the scorer compares
them (case and accents aside), agencies as a set.
"""

from __future__ import annotations

import unicodedata

import pytest


def case_params(cases, known_failures=None):
    """The cases as pytest parameters; a case in `known_failures` (id -> cause) is a strict xfail,
    so a fix that makes it pass fails the run until the case leaves the list."""
    known_failures = known_failures or {}
    unknown = set(known_failures) - {c[0] for c in cases}
    assert not unknown, f"known failures name no case: {sorted(unknown)}"
    return [pytest.param(*c[1:], id=c[0],
                         marks=[pytest.mark.xfail(reason=known_failures[c[0]], strict=True)]
                         if c[0] in known_failures else [])
            for c in cases]


def fold(s):
    """A port name as the scorer compares it: lower case, accents off."""
    s = unicodedata.normalize("NFKD", (s or "").strip().lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch)) or None


def _kg(exp):
    return exp["kg"] if "kg" in exp else exp.get("quantity_kg")


def _same(exp, got):
    if exp["drug"] != got["drug"] or exp.get("kind", got["kind"]) != got["kind"]:
        return False
    e, g = _kg(exp), got.get("quantity_kg")
    if e is None or g is None:
        return e is None and g is None and exp.get("units") == got.get("units")
    return abs(e - g) <= 0.02 * e


def _comparable(fields):
    out = dict(fields)
    if "agencies" in out:
        out["agencies"] = sorted(out["agencies"] or [])
    if "port" in out:
        out["port"] = fold(out["port"])
    return out


def check_facts(extractor, published, text, expected):
    """Assert that `text`, published on `published`, gives exactly the `expected` facts."""
    got = [f.as_dict() for f in extractor.extract(text, published=published).facts]
    assert len(got) == len(expected), got
    left = list(got)
    for exp in expected:
        match = [g for g in left if _same(exp, g)]
        assert match, (exp, got)
        g = match[0]
        left.remove(g)
        want = {k: v for k, v in exp.items() if k != "kg"}
        assert _comparable({k: g.get(k) for k in want}) == _comparable(want), (exp, g)
