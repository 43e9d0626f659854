"""Agencies of seizure facts: the authorities a sentence credits with a seizure (not those the drugs were
handed to, not those who only arrested or inquired), generic roles ('customs', 'navy') as a country's
national authority, and the credit a figure takes from the article's opening."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp import cues, places
from nlp.gazetteer import Gazetteer
from nlp.components.context import doc_text
from nlp.resolvers.context import DocContext, spans_in
from nlp.resolvers.ports import PortResolver

# a run of capitalised words is a name ("Drug Prosecutor's Office of Colón"), not a takeover told in words
PROPER_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|del|di|du|van|von|da|do)?\s*[A-Z][\w'’-]*)+")


class AgencyResolver:
    """The agencies of a candidate figure, from the gazetteer's agencies. Holds no per-document state."""

    def __init__(self, gz: Gazetteer, ports: PortResolver):
        self.gz = gz
        self.ports = ports

    def country_of(self, name: str) -> str | None:
        return self.gz.agency_countries.get(name)

    def in_sentence(self, doc: Doc, sent: Span) -> list[str]:
        """The authorities a sentence credits with the seizure: not those who only arrested, took over or inquired."""
        out: list[str] = []
        low = sent.text.lower()
        if cues.ARRESTED.search(low) and not cues.SEIZED.search(low):
            return out  # "NCA officers arrested a man in Leicester": not who seized the drugs
        low = places.ORDERED_BY.sub(" ", low)  # 'la PNP, por orden de la Fiscalía, incautó': the prosecutor ordered, took nothing over
        takeover = bool(cues.TAKEOVER.search(low))
        seized = bool(cues.SEIZED.search(low))
        for span in spans_in(doc, "agency", sent):
            if self.handed_to(doc, sent, span):
                continue
            if self.gz.agency_roles.get(span.label_) in ("eu", "international") and places.SOURCE_BEFORE.search(
                    doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char]):
                continue  # 'cocaine seizures in Antwerp totaled 65.6 tonnes, according to Europol': the source of a figure
            if takeover:
                if not seized:
                    continue
                window = doc_text(doc)[max(sent.start_char, span.start_char - 50):min(sent.end_char, span.end_char + 50)]
                window = places.ORDERED_BY.sub(" ", PROPER_NAME.sub(" ", window).lower())  # "the Drug Prosecutor's Office of Colón and SENAN seized"
                if cues.TAKEOVER.search(window) and not cues.SEIZED.search(window):
                    continue
            if span.label_ not in out:
                out.append(span.label_)
        return out

    @staticmethod
    def handed_to(doc: Doc, sent: Span, span: Span) -> bool:
        """'handed over to the SAPS', 'remis à la police judiciaire', 'The Federal Police began investigating':
        the authority received, tested or inquired into the drugs after the seizure."""
        before = doc_text(doc)[max(sent.start_char, span.start_char - 60):span.start_char]
        after = doc_text(doc)[span.end_char:min(sent.end_char, span.end_char + 40)]
        # '... remis le produit à la police judiciaire de Nantes, via son antenne de l'office anti-stupéfiant (Ofast)': told after
        # the handing over, in the same sentence, a recipient too
        told_after = places.HANDED_OVER.search(doc_text(doc)[sent.start_char:span.start_char])
        return bool(places.HANDED_TO_BEFORE.search(before) or places.INQUIRY.match(after.strip()) or told_after)

    def foreign_context_dropped(self, doc: Doc, ctx: DocContext, agencies: list[str], own: list[str], country: str | None,
                                 lead_sent: Span) -> list[str]:
        """A seizure at a port of one country is not credited, from the story around it, to the authority of the
        lead seizure's port in another country ('weitere 7,2 Tonnen in Antwerpen' in a story of the Hamburg
        customs); its own sentence's credit and helpers from elsewhere (the DEA in Peru) stay."""
        lead_countries = self.lead_countries(doc, ctx, lead_sent) - {country}
        return [a for a in agencies if a in own or self.country_of(a) not in lead_countries]

    def lead_countries(self, doc: Doc, ctx: DocContext, lead_sent: Span) -> set[str | None]:
        """The countries of the ports the lead's sentence places its find at, else of the port the article opens
        with, else of the authorities the lead credits."""
        ports = {self.ports.port_of(doc, s).country for s in self.ports.candidates(doc, ctx, lead_sent)}
        framing = None if ports else self.ports.framing(doc, ctx, lead_sent) or self.ports.dateline_port(doc)
        if framing is not None:
            ports = {framing.country}
        if ports:
            return ports
        countries = (self.country_of(a) for a in self.in_sentence(doc, lead_sent))
        return {c for c in countries if c is not None and c != "EU"}

    def tells_of(self, doc: Doc, sent: Span, countries: set[str | None]) -> bool:
        """The sentence names a port, a country or an authority of one of these countries ('The Hamburg customs office')."""
        named = {self.gz.ports[k].country for s in spans_in(doc, "port", sent) for k in s.label_.split("|") if k in self.gz.ports}
        named |= {s.label_ for s in spans_in(doc, "country", sent)}
        named |= {self.country_of(s.label_) for s in spans_in(doc, "agency", sent)}
        return bool(named & countries)

    def opening(self, doc: Doc, ctx: DocContext, sents: list[Span], lead_sent: Span, country: str | None) -> list[str]:
        """A news figure whose sentences name nobody is credited to the authority the article opens with
        (headline and sentences up to the lead: 'Douane onderschept bijna 3000 kilo cocaïne'), of its country."""
        out: list[str] = []
        for sent in sents:
            if sent.start > lead_sent.start:
                break
            names = self.in_sentence(doc, sent)
            if country:
                names += [n for r in self.generic_roles(doc, sent) if (n := self.gz.national.get(r, {}).get(country))]
            out += [n for n in names if n not in out and self.country_of(n) in (country, "EU", None)]
        return out

    def generic_roles(self, doc: Doc, sent: Span) -> list[str]:
        """'customs', 'coast guard', 'navy' named without a country, in a sentence that is not about a takeover
        and not as the one the drugs were handed to."""
        low = sent.text.lower()
        if cues.TAKEOVER.search(low) and not cues.SEIZED.search(low):
            return []
        return [s.label_ for s in spans_in(doc, "customs", sent) if not self.handed_to(doc, sent, s)]

    def role_of(self, name: str) -> str | None:
        return self.gz.agency_roles.get(name)

    def add_national(self, doc: Doc, sent: Span, country: str, agencies: list[str]) -> None:
        """Append to `agencies` the national authority of `country` for each generic role the sentence names
        ('customs' in a Dutch find is the Dutch customs), unless an authority of that country and role is there."""
        for role in self.generic_roles(doc, sent):
            name = self.gz.national.get(role, {}).get(country)
            if name and name not in agencies and not any(
                    self.country_of(a) == country and self.role_of(a) == role for a in agencies):
                agencies.append(name)
