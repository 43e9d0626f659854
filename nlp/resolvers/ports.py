"""Ports of seizure facts: which port a sentence places a find at (not an origin, destination, office,
court, nearby town or dateline), which gazetteer port a name means, and the port a figure that names none
takes from the story around it."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span

from nlp import cues, places
from nlp.dates import RESTATED_FIND, dateline_city
from nlp.gazetteer import Gazetteer, Port
from nlp.components.context import doc_text
from nlp.resolvers.context import Candidate, DocContext, after_agency, spans_in


def _not_at_port(low: str) -> bool:
    """The sentence puts the seizure away from any port: at sea, inland, at an airport, offloaded, in house searches."""
    return bool(cues.NOT_AT_PORT.search(low) or places.OFFLOAD.search(low) or places.HOUSE_SEARCH.search(low)
                or places.BY_AIR.search(low) or places.AT_SEA_MORE.search(low) or places.INLAND_MORE.search(low))


def _origin_von(before: str) -> bool:
    """German 'von Antwerpen in den Kanton Bern': where a shipment came from ('Hafen von X' is the port itself)."""
    return bool(re.search(r"\bvon\s+$", before) and not re.search(r"(?:hafen|haven|port|terminal)\s+von\s+$", before, re.I))


PORT_WORD_AFTER = re.compile(r"^\s*(?:port|harbou?r|seaport|terminal|docks?)\b", re.I)
PAIR_NEAR = 40  # characters between a figure and the pair of ports it is placed at
JOINED = re.compile(r"\s*(?:and|e|y|et|en|und|ed|&)\s+", re.I)
COUNTRIES_ACT = re.compile(
    r"\s+(?:have\s+|had\s+|jointly\s+|together\s+)?(?:made|seized|intercepted|confiscated|found|haben|hatten|"
    r"beschlagnahmten|stellten|incautaron|decomisaron|apreenderam|saisi|sequestrato|hebben|onderschepten)\b", re.I)


class PortResolver:
    """The port of a candidate figure, from the gazetteer. Holds no per-document state."""

    def __init__(self, gz: Gazetteer):
        self.gz = gz

    def candidates(self, doc: Doc, ctx: DocContext, sent: Span) -> list[Span]:
        """Ports a sentence places something at: not a shipment's origin or destination, not the seat of an
        office or court ('Zollfahndungsamt Hamburg', 'Auckland District Court'), not where a ship was taken
        after the seizure, not a town near the port, not the dateline."""
        out: list[Span] = []
        skip = ctx.dateline_end  # set once per document in its context
        for span in spans_in(doc, "port", sent):
            line_start = doc_text(doc).rfind("\n", 0, span.start_char) + 1
            line_before = doc_text(doc)[line_start:span.start_char]
            if span.start_char < skip or ((not line_before.strip() or places.PAGE_DATE.match(line_before))
                                          and places.DATELINE_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 80])):
                continue  # 'Praia, Cabo Verde (PANA) -': where the story was filed
            head = places.SLASH_DATELINE.match(doc_text(doc)[line_start:line_start + 80])
            if head and span.end_char <= line_start + head.end():
                continue  # 'Bremen/Bremerhaven. Der Bremer Zoll ...': a double dateline
            before = doc_text(doc)[max(sent.start_char, span.start_char - 45):span.start_char]
            wide = doc_text(doc)[max(sent.start_char, span.start_char - 90):span.start_char]
            if cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(before) or _origin_von(before) or places.ORIGIN_MORE.search(before):
                continue
            if (places.OFFICE_BEFORE.search(before) or places.NEAR_BEFORE.search(before) or places.REGION_BEFORE.search(before)
                    or places.DEST_MORE.search(before) or places.TAKEN_TO_BEFORE.search(wide)):
                continue
            after = doc_text(doc)[span.end_char:span.end_char + 40]
            if (places.INSTITUTION_AFTER.match(after) or places.FLAG_AFTER.match(after) or places.POSSESSIVE_AFTER.match(after)
                    or places.BOUND_AFTER.match(after)):
                continue  # 'Auckland District Court', 'a Marshall Islands-flagged vessel', "Mumbai's Masjid Bundar"
            within = places.TERMINAL_WITHIN_AFTER.match(after)
            if within and any(o.start_char == span.end_char + within.end() for o in spans_in(doc, "port", sent)):
                continue  # 'at the Greenview Terminal within Apapa Port': the port is the one named next
            if places.ACRONYM_BEFORE.search(before) and not PORT_WORD_AFTER.match(after):
                continue  # 'DRI Mumbai officers': the seat of an office
            if places.STATEMENT_BEFORE.search(before) or places.STATEMENT_AFTER.match(after):
                continue  # 'wie der Sprecher in Bremerhaven sagte': where it was said
            if places.FLAG_BEFORE.search(before) or after_agency(doc, sent, span):
                continue  # 'battant pavillon panaméen', 'DRI Mumbai': a flag, an office's seat
            if places.QUOTED.match(doc_text(doc)[max(0, span.start_char - 1):span.end_char + 1]) or places.VESSEL_BEFORE.search(before):
                continue  # the patrol vessel 'Setúbal', the Cutter Hamilton: a ship's name
            if out and doc_text(doc)[out[-1].end_char:span.start_char].strip() == "(":
                continue  # 'el puerto de Algeciras (Cádiz)': the province after the port
            out.append(span)
        return out

    @staticmethod
    def told_as_port(doc: Doc, sent: Span, span: Span) -> bool:
        """The find is placed at the name told as a port ('nel porto di X', 'at the port of X', 'en el Puerto de Aguas
        Profundas de Posorja'), not at a bare city name."""
        text = doc_text(doc)
        before = text[max(sent.start_char, span.start_char - 45):span.start_char]
        at = places.PORT_AT_BEFORE.search(before)
        return bool(at and (at.group("word") or cues.PORT_WORD.search(span.text.lower())))

    def port_of(self, doc: Doc, span: Span) -> Port:
        keys = span.label_.split("|")
        ports = [self.gz.ports[k] for k in keys if k in self.gz.ports]
        mentioned = {s.label_ for s in doc.spans.get("country", [])}
        agency_countries = {self.gz.agencies[a][1] for a in self._agency_names(doc) if a in self.gz.agencies}

        def score(p: Port) -> tuple[int, int]:
            # a country the text names outweighs a curated port's rank: 'San Pedro' in a story of Côte d'Ivoire
            fit = 4 if p.country in mentioned else 0
            fit += 1 if p.country in agency_countries else 0
            return (fit + (3 if p.rank >= 9 else 0), p.rank)

        return max(ports, key=score)

    def _agency_names(self, doc: Doc) -> list[str]:
        return [s.text for s in doc.spans.get("agency", [])]

    def over_two_countries(self, doc: Doc, ctx: DocContext, c: Candidate) -> bool:
        """A figure placed at two ports of two countries at once ('The total haul in Hamburg and Antwerp - more than
        23 tons', 'eine Rekordmenge von 23 Tonnen Kokain in Hamburg und Antwerpen') sums the finds of both: a total.
        Only a joined pair next to the figure; two ports of one country ('Itajaí e Navegantes') may be one find."""
        text = doc_text(doc)
        for a, b in itertools.pairwise(self.candidates(doc, ctx, c.sent)):
            near = max(a.start_char - c.qty.end, c.qty.start - b.end_char) <= PAIR_NEAR
            if (near and a.label_ != b.label_ and places.PORTS_JOINED.fullmatch(text[a.end_char:b.start_char])
                    and self.port_of(doc, a).country != self.port_of(doc, b).country):
                return True
        # two countries that seized it together ('Germany and Belgium made a record seizure of 23 tonnes'): names that
        # act, not nationality words before an authority ('Spanish and Portuguese police seized 2 tonnes')
        agency_starts = {s.start_char for s in spans_in(doc, "agency", c.sent)}
        for a, b in itertools.pairwise(spans_in(doc, "country", c.sent)):
            after = text[b.end_char:c.qty.start]
            if (a.label_ != b.label_ and 0 <= c.qty.start - b.end_char <= PAIR_NEAR and JOINED.fullmatch(text[a.end_char:b.start_char])
                    and COUNTRIES_ACT.match(after) and not any(b.end_char <= x <= b.end_char + 2 for x in agency_starts)):
                return True
        return False

    def own_clause_at_port(self, doc: Doc, ctx: DocContext, c: Candidate) -> bool:
        """In a sentence of several figures, the figure's own clause (from the figure before it to the next) names a
        port and no place away from it: '450 chili nel porto di Livorno, ..., e 150 chili in un deposito di Prato',
        '1.100 Kilogramm im Hamburger Hafen und 400 Kilogramm in einer Lagerhalle'. A place told once for all figures
        ('500 kg of cocaine and 20 kg of heroin in a warehouse near the port') leaves the earlier clauses portless."""
        qs = sorted(spans_in(doc, "quantity", c.sent), key=lambda s: s.start_char)
        if len(qs) < 2 or _not_at_port(doc_text(doc)[c.sent.start_char:qs[0].start_char].lower()):
            return False  # 'The Coast Guard offloaded 12,000 lbs of cocaine and 3,100 lbs of marijuana at Port Everglades': told for all
        start, end = c.sent.start_char, c.sent.end_char
        for s in qs:
            if s.end_char <= c.qty.start:
                start = max(start, s.end_char)
            elif s.start_char >= c.qty.end:
                end = min(end, s.start_char)
        clause = doc_text(doc)[start:end]
        return (not _not_at_port(clause.lower())
                and any(start <= s.start_char and s.end_char <= end for s in self.candidates(doc, ctx, c.sent)))

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, lead_sent: Span) -> Port | None:
        low = c.sent.text.lower()
        if _not_at_port(low) and not self.own_clause_at_port(doc, ctx, c):
            return None
        spans = self.candidates(doc, ctx, c.sent)
        if c.kind == "aggregate" and self.over_two_countries(doc, ctx, c):
            return None  # a total over two countries is no one port's
        if spans:
            if c.kind == "aggregate" and len({s.label_ for s in spans}) > 1 and (cues.PORT_PLURAL.search(low) or any(
                    a.label_ != b.label_ and places.PORTS_JOINED.fullmatch(doc_text(doc)[a.end_char:b.start_char])
                    for a, b in itertools.pairwise(spans))):
                return None  # a total over two ports ('no complexo portuário de Itajaí e Navegantes', 'in Hamburg and Antwerp')
            # a port named for a part given apart ("65 kg, dont 50 kg sur le port de Nantes") is not the total's
            spans = [s for s in spans if not (c.qty.end <= s.start_char and places.PART_OF.search(doc_text(doc)[c.qty.end:s.start_char]))]
            if not spans:
                return None
            # the port nearest to the quantity; in a sentence of one figure, a name told as a port ('nel porto di Gioia
            # Tauro', 'Durban harbour') before a bare city (an office's seat: 'la Guardia di Finanza di Reggio Calabria')
            if len(spans_in(doc, "quantity", c.sent)) <= 1:
                spans = [s for s in spans if self.told_as_port(doc, c.sent, s)] or spans
            best = min(spans, key=lambda s: abs(s.start_char - c.qty.start))
            return self.told_port(doc, ctx, c.sent, best)
        if cues.PORT_PLURAL.search(low) or (c.kind == "aggregate" and cues.EU_SCOPE.search(low)):
            return None  # "at UK ports", "across EU ports": no one port
        sents = ctx.sents
        index = next((i for i, s in enumerate(sents) if s.start == c.sent.start), 0)
        if c.kind == "aggregate" and not places.THE_PORT.search(low):
            counted = self._counted_at(doc, ctx, sents, index)
            if counted is not None:
                return counted
            if ctx.lead_kind != "aggregate" or self.country_scope(doc, ctx, lead_sent) or places.FROM_REPORT.search(low):
                return None  # a total in a story about one seizure, or in national figures, is no one port's
        if places.SAME_PORT.search(low):
            # "the same port", "nel porto della città": the port named last before it
            for k in range(index - 1, max(-1, index - 4), -1):
                named = self.candidates(doc, ctx, sents[k])
                if named and not cues.PORT_PLURAL.search(sents[k].text.lower()):
                    return self.port_of(doc, named[-1])
        if not c.primary and c.kind == "event" and not places.THE_PORT.search(low):
            settled, before = self._port_before(doc, ctx, sents, index)
            if settled:
                # 'weitere 7 Tonnen wurden in Belgien sichergestellt' after a Hamburg find: not at the port before
                # 'A maior apreensão anterior na Espanha ... 8,7 toneladas': a find placed in a whole country is not at that port either
                return None if before is not None and self.placed_countries(doc, c.sent) else before
            if spans_in(doc, "port", c.sent):
                return None  # an earlier find that names only where it was bound for: another shipment
        lead_index = next((i for i, s in enumerate(sents) if s.start == lead_sent.start), index)
        if self._told_at_sea(sents, lead_index):
            return None
        framing = self.framing(doc, ctx, lead_sent) or self.dateline_port(doc)
        if framing is None and c.kind == "event":
            # the story names its port later: "The container was opened at the port of X"
            if _not_at_port(lead_sent.text.lower()):
                return None
            told = 0
            seen: set[str] = set()
            for sent in sents[min(index, lead_index):]:
                text = sent.text.lower()
                words = " ".join(re.findall(r"\w+", text))
                if not words or words in seen:
                    continue  # a headline printed again tells nothing new
                seen.add(words)
                # 'The cocaine was discovered two weeks ago ... in the port city of Hamburg' tells the same find again
                if sent.start > c.sent.start and ((cues.STORY_BREAK.search(sent.text) and not RESTATED_FIND.search(sent.text))
                                                  or told >= 8):
                    break
                told += 1
                if cues.AT_SEA.search(text) or places.AT_SEA_MORE.search(text):
                    return None
                if told > 4 and (spans_in(doc, "quantity", sent) or not places.SEARCHED_ON_ARRIVAL.search(text)):
                    continue  # past the lead's first sentences, only the search or the arrival of the load places it
                spans = self.candidates(doc, ctx, sent)
                if spans and not _not_at_port(text):
                    return self.port_of(doc, spans[0])
            return None
        if framing is None:
            # 'It was the latest in a string of seizures at the Rotterdam port. Nearly 11,000 kilograms of the drug was found
            # at the port just in July': 'the port' is the one named just before, also where the lead named none
            return self._named_before(doc, ctx, sents, index) if places.THE_PORT.search(low) else None
        if c.primary and _not_at_port(lead_sent.text.lower()):
            return None
        # 'Zollfahndern gelang ein weiterer Drogenfund auf der A2. Die Ermittler stoppten ... fanden 35 Kilogramm': the
        # sentences that set the scene of a later figure put it away from the port
        # (two sentences of text: the blank ones between paragraphs do not count)
        told = 0
        for k in range(index - 1, lead_index, -1):
            if not sents[k].text.strip():
                continue
            if told == 2 or spans_in(doc, "quantity", sents[k]):
                break
            told += 1
            if _not_at_port(sents[k].text.lower()):
                return None
        # a figure that names no port takes the port the article is about, unless it names another country
        for span in spans_in(doc, "country", c.sent):
            lead_in = doc_text(doc)[max(c.sent.start_char, span.start_char - 60):span.start_char]
            if span.label_ != framing.country and not (cues.ORIGIN_BEFORE.search(lead_in) or cues.ORIGIN_NEAR.search(lead_in)
                                                       or places.ORIGIN_MORE.search(lead_in)):
                return None
        return framing

    def _counted_at(self, doc: Doc, ctx: DocContext, sents: list[Span], index: int) -> Port | None:
        """A total told right after a sentence that counts finds at one port ('Esta é a terceira apreensão de cocaína no
        Porto de X em 2023. Em 2022, 14 operações apreenderam 3 toneladas', 'It was the fourth seizure at the Port of X this
        year. Altogether, ...'): the total of that port, unless it places itself in a whole country or elsewhere."""
        sent = sents[index]
        low = sent.text.lower()
        if (spans_in(doc, "port", sent) or cues.PORT_PLURAL.search(low) or cues.EU_SCOPE.search(low)
                or places.FROM_REPORT.search(low) or self.placed_countries(doc, sent)):
            return None
        before = next((s for s in reversed(sents[:index]) if s.text.strip()), None)
        if before is None or spans_in(doc, "quantity", before):
            return None
        text = before.text.lower()
        named = {s.label_ for s in self.candidates(doc, ctx, before)}
        if len(named) != 1 or not cues.NTH_SEIZURE.search(text) or cues.PORT_PLURAL.search(text) or _not_at_port(text):
            return None
        return self.port_of(doc, self.candidates(doc, ctx, before)[0])

    def _named_before(self, doc: Doc, ctx: DocContext, sents: list[Span], index: int) -> Port | None:
        """The port named last in the three sentences before, if they name one port and put nothing away from it."""
        for k in range(index - 1, max(-1, index - 4), -1):
            text = sents[k].text.lower()
            if _not_at_port(text) or cues.PORT_PLURAL.search(text):
                return None
            named = self.candidates(doc, ctx, sents[k])
            if named:
                return self.port_of(doc, named[-1])
        return None

    def _port_before(self, doc: Doc, ctx: DocContext, sents: list[Span], index: int) -> tuple[bool, Port | None]:
        """A background find that names no port is at the port of the sentence that introduces it ('the fourth
        seizure at the port of Paranaguá in a month. On 3 September 165 kg...'), across a run of such finds.
        (False, None) when no sentence settles it."""
        for k in range(index - 1, max(-1, index - 4), -1):
            sent = sents[k]
            text = sent.text.lower()
            if cues.NOT_AT_PORT.search(text) or places.OFFLOAD.search(text):
                return True, None
            spans = self.candidates(doc, ctx, sent)
            if spans and not cues.PORT_PLURAL.search(text):
                return True, self.port_of(doc, spans[-1])
            if not spans_in(doc, "quantity", sent):
                break
        return False, None

    def country_scope(self, doc: Doc, ctx: DocContext, lead_sent: Span) -> bool:
        """The lead total is a country's ('saisi 156,7 tonnes de drogues en France en 2022') and names no port."""
        if self.candidates(doc, ctx, lead_sent):
            return False
        for span in spans_in(doc, "country", lead_sent):
            before = doc_text(doc)[max(lead_sent.start_char, span.start_char - 60):span.start_char]
            if not (cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(before) or cues.ORIGIN_NEAR.search(before)):
                return True
        return False

    @staticmethod
    def _told_at_sea(sents: list[Span], lead_index: int) -> bool:
        """The lead's sentence, or the two that go on telling it, put the seizure at sea."""
        told = [s for s in sents[lead_index:lead_index + 3] if s.text.strip()]
        return any(cues.AT_SEA.search(s.text.lower()) or places.AT_SEA_MORE.search(s.text.lower()) for s in told)

    def framing(self, doc: Doc, ctx: DocContext, lead_sent: Span) -> Port | None:
        """The port the article opens with: named in a sentence up to the lead figure's, at a port."""
        for sent in ctx.sents:
            if sent.start > lead_sent.start:
                return None
            low = sent.text.lower()
            spans = self.candidates(doc, ctx, sent)
            if spans and not cues.NOT_AT_PORT.search(low) and not cues.PORT_PLURAL.search(low) and not places.OFFLOAD.search(low):
                return self.told_port(doc, ctx, sent, spans[0])
        return None

    def told_port(self, doc: Doc, ctx: DocContext, sent: Span, span: Span) -> Port:
        """The port a span names; where it says only one of a city's ports ('en un puerto de Guayaquil'), the port of
        that country the story names elsewhere, if any."""
        port = self.port_of(doc, span)
        if places.INDEFINITE_PORT_BEFORE.search(doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char]):
            return self._named_port_of(doc, ctx, port) or port
        return port

    def _named_port_of(self, doc: Doc, ctx: DocContext, city: Port) -> Port | None:
        """'en un puerto de Guayaquil ... en el puerto de DP World Posorja': the port the story names, of the city's
        country, where the opening only says one of a city's ports."""
        for sent in ctx.sents:
            for span in self.candidates(doc, ctx, sent):
                port = self.port_of(doc, span)
                before = doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char]
                if port.name != city.name and port.country == city.country and not places.INDEFINITE_PORT_BEFORE.search(before):
                    return port
        return None

    def dateline_port(self, doc: Doc) -> Port | None:
        """A port named only in the dateline ('ANTWERP, Belgium, Feb 19 (CPA) -'), if the text speaks of a port."""
        city = dateline_city(doc_text(doc))
        keys = self.gz.port_aliases.get(city or "")
        if not keys or not cues.PORT_WORD.search(doc_text(doc).lower()):
            return None
        return max((self.gz.ports[k] for k in keys), key=lambda p: p.rank)

    @staticmethod
    def placed_countries(doc: Doc, sent: Span) -> set[str]:
        """The countries a sentence places something in ('seized in Belgium'): not a port's country told beside it
        ('Rotterdam, na Holanda'), not where a shipment came from or was bound for."""
        out = set()
        for s in spans_in(doc, "country", sent):
            if places.COUNTRY_RECORD_AFTER.match(doc_text(doc)[s.end_char:s.end_char + 30]):
                out.add(s.label_)  # "Spain's biggest bust was of 8.4 tons in 2018": a record of the whole country
                continue
            before = doc_text(doc)[max(sent.start_char, s.start_char - 60):s.start_char]
            at = places.IN_COUNTRY_BEFORE.search(before)
            if not at or before[:at.start()].rstrip().endswith(",") or cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(
                    before) or cues.ORIGIN_NEAR.search(before) or places.ORIGIN_MORE.search(before) or places.DEST_MORE.search(before):
                continue
            out.add(s.label_)
        return out

    def placed_in(self, doc: Doc, sent: Span, country: str | None) -> bool:
        """The sentence places its find in that country ('another 7.2 tons were seized in Belgium')."""
        return country in self.placed_countries(doc, sent)
