"""Countries of seizure facts without a port: the country a sentence places the find in, else the country of
the crediting authorities, else of the article's first port or agency."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp import cues, places
from nlp.components.context import doc_text
from nlp.resolvers.agencies import AgencyResolver
from nlp.resolvers.context import Candidate, DocContext, spans_in
from nlp.resolvers.ports import PortResolver


class CountryResolver:
    """The country of a candidate figure that has no port. Holds no per-document state."""

    def __init__(self, ports: PortResolver, agencies: AgencyResolver):
        self.ports = ports
        self.agencies = agencies

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, agencies: list[str], lead_sent: Span) -> str | None:
        low = c.sent.text.lower()
        at_sea = bool(cues.AT_SEA.search(low) or (c.primary and cues.AT_SEA.search(lead_sent.text.lower())))
        agency_countries = [self.agencies.country_of(a) for a in agencies]
        agency_countries = [x for x in agency_countries if x and x != "EU"]
        if at_sea and agency_countries:
            return agency_countries[0]
        placed = []
        for span in spans_in(doc, "country", c.sent):
            before = doc_text(doc)[max(c.sent.start_char, span.start_char - 60):span.start_char]
            if (cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(before) or cues.ORIGIN_NEAR.search(before)
                    or places.ORIGIN_MORE.search(before)):
                continue
            placed.append((bool(places.IN_COUNTRY_BEFORE.search(before)), span))
        if placed:
            # 'the German investigation ... seized in Belgium': a country the sentence places the find in comes first
            return next((s for at, s in placed if at), placed[0][1]).label_
        if agency_countries:
            return agency_countries[0]
        if c.kind == "aggregate" and cues.EU_SCOPE.search(low):
            return None
        # the country of the article's first port or agency
        for sent in ctx.sents:
            for span in self.ports.candidates(doc, ctx, sent):
                return self.ports.port_of(doc, span).country
            for span in spans_in(doc, "agency", sent):
                country = self.agencies.country_of(span.label_)
                if country and country != "EU":
                    return country
        return None
