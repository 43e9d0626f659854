"""Credit of seizure facts: who seized a figure and in which country, resolved together because each needs the
other. The crediting authorities (its own sentence's, else the lead's and the story's) give a portless figure its
country; the country turns generic roles ('customs', 'navy') into that country's national authority and tells
which credit from the story around a lead abroad is foreign."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from nlp import cues
from nlp.resolvers.agencies import AgencyResolver
from nlp.resolvers.context import Candidate, DocContext, sentence_before, story
from nlp.resolvers.countries import CountryResolver
from nlp.gazetteer import Port
from nlp.resolvers.ports import PortResolver


class CreditResolver:
    """The country and the agencies of a candidate figure, composed from the agency and country resolvers.
    Holds no per-document state."""

    def __init__(self, ports: PortResolver, agencies: AgencyResolver, countries: CountryResolver):
        self.ports = ports
        self.agencies = agencies
        self.countries = countries

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, port: Port | None, lead_sent: Span, sents: list[Span],
                cand_sents: set[int]) -> tuple[str | None, list[str]]:
        """(country, agencies) of the figure `c`, whose port (or None) is already resolved."""
        agencies = self.agencies.in_sentence(doc, c.sent)
        restating = [s for s in self.restating(doc, c, sents) if self.agencies.tells_the_find(s)]
        for sent in restating:  # 'A search by Belgian customs officials on Saturday uncovered 7.2 tons': who found the figure restated
            agencies += [a for a in self.agencies.in_sentence(doc, sent) if a not in agencies]
        own = list(agencies)
        told_on = story(c, sents, cand_sents) if c.primary else []
        if c.primary:
            # the story goes on after a sentence that only restates the figure ('Nearly 9.5 tonnes of narcotics were found
            # ... The seizure was the result of a joint operation between ...')
            for sent in self.restating(doc, c, sents, alone=True):
                k = sents.index(sent)
                if k > c.sent_index:
                    told_on += [t for t in story(replace(c, sent_index=k, sent=sent), sents, cand_sents)
                                if t not in told_on and self.agencies.tells_the_find(t)]
        if not agencies and c.kind == "aggregate" and ctx.lead_kind == "aggregate" and c.sent is not lead_sent:
            # a comparison or sub-total continuing an agency's own figures takes that agency
            agencies = list(ctx.lead_agencies)
        before_lead = sentence_before(sents, lead_sent)
        if c.primary:
            # a figure whose own sentence names who seized it, later in the article, keeps its own credit
            context = [lead_sent, *([before_lead] if before_lead is not None else [])]
            if agencies and c.sent is not lead_sent:
                context = []
            for sent in [*context, *told_on]:
                if sent is not c.sent and not (own and sent.start > c.sent.start and self.takes_custody(doc, sent)):
                    agencies += [a for a in self.agencies.in_sentence(doc, sent) if a not in agencies
                                 and not (sent in told_on and self.agencies.cited_only(a, sent))]
        country = port.country if port is not None else self.countries.resolve(doc, ctx, c, agencies, lead_sent)
        if c.kind == "aggregate" and port is None and (cues.EU_SCOPE.search(c.sent.text.lower())
                                                       or self.ports.over_two_countries(doc, ctx, c)):
            country = None  # a total across the EU, or over ports of two countries ('in Hamburg and Antwerp')
        # 'customs' told around a lead at a port of another country is that country's customs, not this find's
        abroad = bool(country) and (port is not None or self.ports.placed_in(doc, c.sent, country)) and bool(
            self.agencies.lead_countries(doc, ctx, lead_sent) - {country})
        if country:
            # a find abroad, told inside the story of the lead's authority, takes no role word from that story ('The customs
            # investigators put the total value ...' after 'another seven tons were seized in Belgium' are the lead's)
            told = [] if abroad else told_on
            # the sentence before the lead that tells who acted ('samen met de Douane en de Koninklijke Marechaussee')
            before = [before_lead] if before_lead is not None and not (own and c.sent is not lead_sent) else []
            for sent in [c.sent, *restating, *([*([] if abroad else [lead_sent, *before]), *told] if c.primary else [])]:
                self.agencies.add_national(doc, sent, country, agencies)
        if port is not None or self.ports.placed_in(doc, c.sent, country):
            agencies = self.agencies.foreign_context_dropped(doc, ctx, agencies, own, country, lead_sent)
        if not agencies and c.primary and not abroad:
            agencies = self.agencies.opening(doc, ctx, sents, lead_sent, country)
        return country, list(dict.fromkeys(agencies))  # each agency once, however many sentences or words name it

    @staticmethod
    def takes_custody(doc: Doc, sent: Span) -> bool:
        """A later sentence with no figure in which an authority takes custody of what was found ('The Australian
        Federal Police seized the illicit drugs and investigators are making further inquiries', 'AFP investigators
        took possession of the cocaine'): when the find's own sentence credits its finders, a takeover."""
        return not any(sent.start <= q.start and q.end <= sent.end for q in doc.spans.get("quantity", [])) \
            and bool(cues.CUSTODY.search(sent.text.lower()))

    @staticmethod
    def restating(doc: Doc, c: Candidate, sents: list[Span], alone: bool = False) -> list[Span]:
        """The other sentences that state the figure of `c` (headline, lead, quote or body restating one find);
        `alone`: only those that hold no other figure."""
        figures = [c.qty, *c.restated]
        quantities = doc.spans.get("quantity", [])
        out: list[Span] = []
        for q in figures:
            sent = next((s for s in sents if s.start_char <= q.start < s.end_char), None)
            if sent is None or sent is c.sent or sent in out:
                continue
            others = [x for x in quantities if sent.start <= x.start and x.end <= sent.end
                      and not any(f.start < x.end_char and x.start_char < f.end for f in figures)]
            if not (alone and others):
                out.append(sent)
        return out
