"""Cheap prefilters for regexes: the literal words one of which every match of a regex must contain.

A regex made of many alternatives tries each of them at every word of a text (Python's engine has no trie),
so a pattern that cannot match a sentence still costs a scan of it. `may_match(rx, text, low)` answers
False, with a few substring tests, when none of the literals the pattern needs occurs in the text: the
regex would find nothing there. The literals are read from the regex itself (once per pattern), so the
test stays right whatever alternatives are added to the pattern later.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

# the stdlib's own regex parser (re._parser since 3.11; `needed` gives up on a pattern it cannot read). Imported by
# name because the typing stubs do not describe these private modules.
P = importlib.import_module("re._parser")
C = importlib.import_module("re._constants")

# characters whose str.lower() differs from the one-character case folding re.IGNORECASE uses, or that
# re.IGNORECASE makes equal to another letter ('ſ' ~ 's', 'ı' ~ 'i', Greek sigma forms): in a text that has
# one, lower() and the regex may disagree, so no prefilter is applied to it
UNSAFE = re.compile("[\u0130\u0131\u017f\u00b5\u0345\u0370-\u03ff\u1e9b\u1f00-\u1fff\u2126\u212a\u212b\ufb00-\ufb06]")
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def lowered(text: str) -> str | None:
    """`text` lower-cased for `may_match`, or None when lower-casing may not agree with re.IGNORECASE."""
    if not text.isascii() and UNSAFE.search(text):
        return None
    return text.lower()


def _score(cands: frozenset[str]) -> tuple[int, int]:
    return min(len(c) for c in cands), -len(cands)


def _needed(items: list, icase: bool) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` contains (None: no such set known)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(cands: frozenset[str] | None) -> None:
        nonlocal best
        if cands and (best is None or _score(cands) > _score(best)):
            best = cands

    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av)
            low = ch.lower()
            if not icase or (len(low) == 1 and not UNSAFE.match(ch)):
                run.append(low if icase else ch)
                continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):
                consider(_needed(sub.data, icase))
        elif op is C.BRANCH:
            alts = [_needed(alt.data, icase) for alt in av[1]]
            if all(alts):
                consider(frozenset().union(*(a for a in alts if a)))
        elif op in REPEATS:
            lo, _hi, sub = av
            if lo >= 1:
                consider(_needed(sub.data, icase))
        # anything else (a class, any character, an assertion, a back reference) needs no known literal
    if run:
        consider(frozenset({"".join(run)}))
    return best


@lru_cache(maxsize=1024)
def needed(rx: re.Pattern[str]) -> tuple[bool, re.Pattern[str]] | None:
    """(case-insensitive?, a regex of the literals one of which every match of `rx` contains), or None when none
    are known. The literals' regex is case-sensitive (a case-insensitive pattern's are searched in lowered text):
    plain literals let the engine skip to their first letters in C."""
    if rx.flags & (re.VERBOSE | re.LOCALE) or not isinstance(rx.pattern, str):
        return None
    icase = bool(rx.flags & re.IGNORECASE)
    try:
        found = _needed(P.parse(rx.pattern, rx.flags).data, icase)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise than expected gets no prefilter
        return None
    if not found:
        return None
    return icase, re.compile("|".join(re.escape(w) for w in sorted(found)))


def may_match(rx: re.Pattern[str], text: str, low: str | None) -> bool:
    """False only when `rx` surely finds nothing in `text` (`low` is `lowered(text)`)."""
    need = needed(rx)
    if need is None:
        return True
    icase, words = need
    if icase:
        return low is None or words.search(low) is not None
    return words.search(text) is not None
