"""Concealment and origin of seizure facts: where the drugs were hidden ('in a shipment of bananas') and the
country the shipment came from, told in the figure's sentence or, for news figures, in the lead's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp import cues
from nlp.components.context import doc_text
from nlp.resolvers.context import Candidate, DocContext, spans_in
from nlp.resolvers.ports import PortResolver


class ConcealmentResolver:
    """Where a candidate figure's drugs were hidden. Holds no state at all."""

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, lead_sent: Span) -> str | None:
        for sent in (c.sent, lead_sent) if c.primary else (c.sent,):
            m = cues.CONCEALMENT.search(sent.text)
            if m:
                value = next(v for v in m.groupdict().values() if v)
                value = re.split(r"\s+(?:from|at|in the port|on|by|procedente|en el puerto|au port|nel porto|im hafen|in de haven|that|which|que|qui|che|die|der)\s", value)[0]
                return value.strip()[:80] or None
        return None


class OriginResolver:
    """The country a candidate figure's shipment came from. Holds no per-document state."""

    def __init__(self, ports: PortResolver):
        self.ports = ports

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, lead_sent: Span) -> str | None:
        for sent in (c.sent, lead_sent) if c.primary else (c.sent,):
            for span in list(spans_in(doc, "country", sent)) + list(spans_in(doc, "port", sent)):
                before = doc_text(doc)[max(sent.start_char, span.start_char - 45):span.start_char]
                if cues.ORIGIN_BEFORE.search(before):
                    if span in spans_in(doc, "port", sent):
                        return self.ports.port_of(doc, span).country
                    return span.label_
        return None
