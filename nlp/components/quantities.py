"""portwatch_quantities: amounts with units (weights in kg, pill and brick counts, volumes).

Spans go into doc.spans["quantity"]; each has span._.qty, a nlp.units.Quantity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.units import find_quantities
from nlp.components.context import doc_text

if not Span.has_extension("qty"):
    Span.set_extension("qty", default=None)


@Language.component("portwatch_quantities", assigns=["doc.spans"])
def quantities(doc: Doc) -> Doc:
    """Find quantities in the text and attach them to the doc as spans."""
    spans = []
    for q in find_quantities(doc_text(doc)):
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        span._.qty = q
        spans.append(span)
    doc.spans["quantity"] = spans
    return doc
