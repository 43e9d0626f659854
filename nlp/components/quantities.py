"""portwatch_quantities: amounts with units (weights in kg, pill and brick counts, volumes).

Spans go into doc.spans["quantity"]; each has span._.qty, a nlp.units.Quantity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

import re

from nlp import cues
from nlp.units import find_quantities
from nlp.components.context import doc_text

if not Span.has_extension("qty"):
    Span.set_extension("qty", default=None)


@Language.component("portwatch_quantities", assigns=["doc.spans"])
def quantities(doc: Doc) -> Doc:
    """Find quantities in the text and attach them to the doc as spans."""
    spans = []
    text = doc_text(doc)
    teasers = teaser_spans(text)
    for q in find_quantities(text):
        if any(start <= q.start < end for start, end in teasers):
            continue  # 'Lesen Sie auch: Zoll findet 1,5 Tonnen Kokain in Bremerhaven' is another story's headline
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        span._.qty = q
        spans.append(span)
    doc.spans["quantity"] = spans
    return doc


LABEL_END = re.compile(r"[\s:|»>\-–—]*")


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line that links to another story: the rest of a line opened by a 'read also' label
    ('Lesen Sie auch: ...', 'Read more: ...', 'Lees ook ...'), or the next non-empty line when the label stands alone
    ('Leggi anche' and the headline below it)."""
    out: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() < len(text) or not text]
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        lead = len(line) - len(line.lstrip())
        label = cues.READ_ALSO.match(line.lower(), lead)
        if label is None:
            continue
        gap = LABEL_END.match(line, label.end())
        rest = gap.end() if gap is not None else label.end()
        if rest < len(line):
            out.append((start + rest, end))
            continue
        nxt = next(((s, e) for s, e in lines[i + 1:] if text[s:e].strip()), None)
        if nxt is not None:
            out.append(nxt)
    return out
