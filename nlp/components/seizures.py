"""portwatch_seizures: assemble seizure facts from the sentence's quantities, drugs, ports, agencies
and dates, following the contract (event or aggregate, primary or background, port or not).

Sets doc._.facts (list of nlp.facts.SeizureFact). Needs doc._.published (a date or None).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import cues, places
from nlp.dates import (FIND_REFERENCE, MONTH_RE, RESTATED_FIND, DateMention, dateline, dateline_city, dateline_end, find_dates,
                       is_reporting, page_date)
from nlp.facts import SeizureFact
from nlp.gazetteer import Port, load
from nlp.units import Quantity
from nlp.components.context import doc_text

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("published_precision"):
    Doc.set_extension("published_precision", default="day")  # "month" for a ` date YYYY-MM` line

NEAR_AFTER = 40
NEAR_BEFORE = 60


@dataclass
class Candidate:
    """A quantity that passed the filters, with what the sentence says about it."""

    sent_index: int
    sent: Span
    qty: Quantity
    drug: str
    kind: str = "event"
    primary: bool = True
    background: bool = False
    dates: list[DateMention] = field(default_factory=list)
    restated: list[Quantity] = field(default_factory=list)  # the figures that said the same ('over 212kg of heroin and Ice')


def _window(doc: Doc, start: int, end: int) -> str:
    return doc_text(doc)[max(0, start):max(0, end)]


def _spans_in(doc: Doc, key: str, sent: Span) -> list[Span]:
    return [s for s in doc.spans.get(key, []) if s.start >= sent.start and s.end <= sent.end]


class SeizureAssembler:
    """Turns entity and quantity spans into facts."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.gz = load()

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = self.assemble(doc)
        return doc

    # ------------------------------------------------------------------ candidates
    def assemble(self, doc: Doc) -> list[SeizureFact]:
        published: date | None = doc._.published
        text = doc_text(doc)
        self._dateline_end = dateline_end(text)
        ref = dateline(text, published)
        # a month-only publication date settles months, never days ("on Tuesday" -> YYYY-MM)
        self._ref_precision = "day" if ref is not None else (doc._.published_precision or "day")
        # the page's own byline or stamp ("June 9, 2020", "Stand: 24.02.2021") dates the report, never a seizure
        page = page_date(text)
        self._page_span = (page.start, page.end) if page is not None else (0, 0)
        if ref is None and page is not None and (published is None or self._ref_precision == "month" and (
                page.day.year, page.day.month) == (published.year, published.month)):
            ref, self._ref_precision = page.day, "day"
        ref = ref or published
        self._date_cache: dict[Span, list[DateMention]] = {}
        self._restated_sent: int | None = None  # the sentence that restates the lead's find and dates it
        self._ref = ref
        sents = list(doc.sents)
        dominant = self._dominant_drug(doc)
        named = {s.label_ for s in doc.spans.get("drug", []) if s.label_ != "*drugs*"}
        only = named.pop() if len(named) == 1 else None  # the one drug the article names
        cands: list[Candidate] = []
        for si, sent in enumerate(sents):
            if _is_headline(sent, si):
                continue
            qspans = [s for s in doc.spans.get("quantity", []) if s.start >= sent.start and s.end <= sent.end]
            if not qspans:
                continue
            low = sent.text.lower()
            context = " ".join(sents[k].text.lower() for k in range(max(0, si - 2), si))
            if cues.FAKE.search(low) or cues.FAKE.search(context) or (cues.LEGAL.search(low) and not cues.SEIZED.search(low)):
                continue  # a drill with dummy packages, a legal limit: no seizure
            drugs = _spans_in(doc, "drug", sent)
            real_q = _without_conversions(doc_text(doc), qspans)
            prev_end = -1
            for qs in qspans:
                q: Quantity = qs._.qty
                if q is None:
                    continue
                if self._is_conversion(doc_text(doc), q, prev_end):
                    prev_end = q.end
                    continue
                prev_end = q.end
                after = doc_text(doc)[q.end:min(sent.end_char, q.end + 60)]
                if cues.DIFFERENCE_AFTER.match(after) or _not_a_seizure(doc_text(doc), q, sent.start_char, sent.end_char) \
                        or _of_other_goods(doc_text(doc), q, drugs):
                    continue
                drug = self._attach_drug(doc, q, drugs, dominant, low)
                if drug is None and _cut_off(doc_text(doc), sent.end_char):
                    continue  # 'ya son más de 80 toneladas que han sido decomisadas p': cut before its drug is named
                if drug is None:
                    drug = self._inherit_drug(cands, si, q, low, self._recent_drug(doc, sents, si),
                                              [w._.qty for w in qspans if w._.qty is not None and w._.qty.kind == "weight"],
                                              only)
                if drug is None:
                    continue
                if q.kind == "pills" and drug not in cues.PILL_DRUGS:
                    # "1.450 pastillas" of cocaine or hashish are bricks, not pills
                    q = Quantity(q.start, q.end, q.text, "packages", q.value, q.precision)
                if (cues.SMUGGLED_ONLY.search(low) or cues.PRODUCTION.search(low)) and not cues.SEIZED.search(low):
                    continue  # smuggled, vanished or produced, never seized
                dates = [d for d in self._dates(doc, sent, ref) if _owner(doc_text(doc), d, real_q) is qs]
                cands.append(Candidate(si, sent, q, drug, dates=dates))
        cands = self._drop_counts(cands)
        cands = self._merge_duplicates(cands)
        if not cands:
            return []
        lead = cands[0]
        self._totals = _totals(doc, cands)
        for c in cands:
            c.kind = self._kind(c, None if c is lead else lead)
            c.background = bool(cues.BACKGROUND.search(c.sent.text))
        self._decide_primary(cands)
        lead_sent = lead.sent
        self._lead_date = _nearest(lead.dates, lead.qty)
        if self._lead_date is None:
            # a lead that took a restated figure keeps its sentence's one date ("in the year to March 2022")
            own = self._dates(doc, lead.sent, ref)
            self._lead_date = own[0] if len(own) == 1 else None
        if self._lead_date is None and lead.kind == "event":
            self._lead_date = self._preceding_date(lead, sents, {c.sent_index for c in cands})
        self._lead_kind = lead.kind
        self._lead_agencies: list[str] = []
        facts = []
        cand_sents = {c.sent_index for c in cands}
        for c in cands:
            fact = self._fact(doc, c, lead_sent, sents, cand_sents)
            if c is lead:
                self._lead_agencies = list(fact.agencies)
            facts.append(fact)
        return facts

    def _dates(self, doc: Doc, sent: Span, ref: date | None) -> list[DateMention]:
        """Seizure-date candidates of a sentence, in document offsets: no dateline, no 'said on Monday'."""
        if sent in self._date_cache:
            return self._date_cache[sent]
        off = sent.start_char
        skip = self._dateline_end
        p0, p1 = self._page_span
        lo = max(skip, p1 if p1 <= off else 0, off - 600)
        text = doc_text(doc)
        before = text[lo:off] if lo < off else ""
        stext = text[off:sent.end_char]
        out = []
        for d in find_dates(stext, ref, self._ref_precision, before):
            if d.start + off < skip or p0 <= d.start + off < p1 or is_reporting(stext, d):
                continue
            out.append(DateMention(d.start + off, d.end + off, d.value, d.precision, d.follows))
        self._date_cache[sent] = out
        return out

    @staticmethod
    def _recent_drug(doc: Doc, sents: list[Span], si: int) -> str | None:
        """The one drug named in the two sentences before sentence `si`, if exactly one is."""
        names = {s.label_ for k in (si - 1, si - 2) if k >= 0 for s in _spans_in(doc, "drug", sents[k])
                 if s.label_ != "*drugs*"}
        return names.pop() if len(names) == 1 else None

    @staticmethod
    def _inherit_drug(cands: list[Candidate], si: int, q: Quantity, low: str, recent: str | None,
                      siblings: list[Quantity] | None = None, only: str | None = None) -> str | None:
        """'The total compares with 303 tonnes', 'otros 950 kilos': the drug of the figures just before.
        Figures that add up to an earlier total ('trois saisies : 1,9 tonne, 8,4 tonnes et 2,8 tonnes' after
        '13 tonnes de cocaïne') take the total's drug; a period's seizures of no named drug ('en los últimos
        cuatro años la cantidad decomisada llega a 236 toneladas') are 'other'. A cargo word names where the drug
        was ('756 kg foram apreendidos em uma carga de amendoim') when the sentence tells a seizure."""
        if q.kind not in ("weight", "pills") or (cues.CARGO.search(low) and not cues.SEIZED.search(low)):
            return None
        if q.kind == "pills":
            # 'customs officers seized 20,200 pills' in a story of amphetamine pills
            drug = cands[-1].drug if cands and si - cands[-1].sent_index <= 2 else recent
            return drug if drug in cues.PILL_DRUGS and drug != "other" and cues.SEIZED.search(low) else None
        parts = sum(s.value or 0 for s in siblings or [])
        if siblings and len(siblings) >= 2:
            for c in cands:
                if c.qty.kind == "weight" and c.qty.value and abs(parts - c.qty.value) <= 0.02 * c.qty.value:
                    return c.drug
        if not (cues.SEIZED.search(low) or cues.COMPARISON.search(low) or cues.AGGREGATE.search(low)
                or cues.WEAK_AGGREGATE.search(low)):
            return None  # 'von 9,5 Tonnen im Jahr 2019 auf knapp 34 Tonnen' continues the figures before
        if cands and si - cands[-1].sent_index <= 1:
            return cands[-1].drug
        if cues.AGGREGATE.search(low) and cues.SEIZED.search(low):
            return "other"
        if cands and si - cands[-1].sent_index <= 2:
            return cands[-1].drug
        return recent or only

    def _kind(self, c: Candidate, lead: Candidate | None) -> str:
        """event or aggregate, from the sentence's framing (and the lead's, for sub-totals)."""
        low = c.sent.text.lower()
        totals, parts = self._totals
        if id(c) in totals:
            return "aggregate"  # the sum of figures the article reports one by one
        if id(c) in parts and not _period_cue(low):
            return "event"  # one of the seizures a total sums ('trois saisies distinctes : 1,9 tonne le 7 février, ...')
        if cues.AGGREGATE.search(low):
            return "aggregate"
        single = bool(cues.SINGLE_SHIPMENT.search(low))
        nearest = _nearest(c.dates, c.qty)
        has_day = nearest is not None and nearest.precision == "day"
        if _weak_aggregate(c.sent.text) and not single and not has_day:
            return "aggregate"
        if lead is not None and lead.kind == "aggregate" and not single and not has_day and c.qty.kind == "weight" \
                and (id(lead) not in totals or _period_cue(lead.sent.text.lower())):
            # a sub-total of a period's total; a story of several seizures summed up frames no period
            return "aggregate"
        return "event"

    @staticmethod
    def _is_conversion(text: str, q: Quantity, prev_end: int) -> bool:
        """'93 kg (205 pounds)': the bracketed figure restates the one before it."""
        if prev_end < 0:
            return False
        between = text[prev_end:q.start]
        return bool(re.fullmatch(r"\s*(?:\(|\[|,|/|or|ou|o|oder|of)\s*(?:about|around|some|roughly|approximately|circa|environ|ca\.|"
                                 r"ongeveer|etwa|(?:more|less) than|over|nearly|almost|más de|mais de|plus de|oltre|mehr als|ruim|bijna)?\s*",
                                 between))

    def _dominant_drug(self, doc: Doc) -> str | None:
        counts: dict[str, int] = {}
        for s in doc.spans.get("drug", []):
            if s.label_ != "*drugs*":
                counts[s.label_] = counts.get(s.label_, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _attach_drug(self, doc: Doc, q: Quantity, drugs: list[Span], dominant: str | None, low: str) -> str | None:
        best: tuple[int, str] | None = None
        for d in drugs:
            if d.start_char >= q.start and d.end_char <= q.end:
                dist = 0  # "12 million captagon pills"
            elif d.start_char >= q.end:
                # a bracketed conversion between figure and drug is no other figure: '100 kilos (220lb) of heroin'
                gap = re.sub(r"\s*\([^()]*\)", "", doc_text(doc)[q.end:d.start_char])
                if len(gap) > NEAR_AFTER or re.search(r"[;:]|\d", gap):
                    continue
                dist = len(gap)
            else:
                gap = doc_text(doc)[d.end_char:q.start]
                if len(gap) > NEAR_BEFORE or re.search(r"[;]", gap):
                    continue
                dist = len(gap) + 15
            if best is None or dist < best[0]:
                best = (dist, d.label_)
        if best is not None:
            if best[1] == "*drugs*":
                gap = doc_text(doc)[q.end:q.end + 24]
                back = re.search(r"(?:^|\W)(?:the|die|het|la|las|los|le|les|il|gli|lo|os|as|l')\s+(?:\w+\s+){0,2}$",
                                 doc_text(doc)[max(0, q.start - 30):q.start], re.I)
                if re.match(r"\s*(?:of|de|di|van|von|d'|an)?\s*(?:[\w-]+\s+)?(?:drugs|drogas|drogues|droghe|drogen|narcotics|stupéfiants|estupefacientes|rauschgift)", gap, re.I) \
                        and not (back and dominant):
                    return "other"  # "221 tonnes of drugs": an unspecified total; "die insgesamt 125 Kilogramm Drogen" refers back
                if re.search(r"\d\s*(?:t|tons?|tonnes?|toneladas?|tonnellate|tonnen|kg|kilos?|kilogram\w*|quilos?|chili)\s+"
                             r"(?:of|de|di|van|von|d'|an)?\s*(?:[\w-]+\s+)?(?:drugs|drogas|drogues|droghe|drogen|narcotics|stupéfiants|"
                             r"estupefacientes|rauschgift)[^\d]{0,60}$", doc_text(doc)[max(0, q.start - 120):q.start], re.I):
                    return "other"  # "14 tonnes de produits stupéfiants, contre 11 tonnes": the comparison is as unspecified
                kinds = {s.label_ for s in doc.spans.get("drug", []) if s.label_ != "*drugs*"}
                if len(kinds) > 1 and q.kind == "weight" and any(
                        d.label_ == "*drugs*" and d.end_char <= q.start and q.start - d.end_char <= NEAR_BEFORE
                        and not re.search(r"(?:^|\W)(?:the|la|le|les|il|lo|die|het|los|las|el|der|das|os|as)\s+(?:\w+\s+)?$",
                                          doc_text(doc)[max(0, d.start_char - 25):d.start_char], re.I)
                        for d in drugs):
                    return "other"  # "the consignment of drugs weighing 212kg" in a story of heroin and ice: all of them
                return dominant or "other"  # "1.000 kilos de la droga": the drug named before
            if best[1] == "amphetamine" and any(d.label_ == "captagon" for d in drugs):
                return "captagon"  # 'amfetamine: 84 milioni di pasticche col logo captagon': captagon stays captagon
            return best[1]
        specific = [d for d in drugs if d.label_ != "*drugs*"]
        if len(specific) >= 1 and q.kind in ("weight", "volume"):
            # one drug named in the sentence, further away: "cocaine ... a total of 2 tonnes"
            names = {d.label_ for d in specific}
            if len(names) == 1:
                return specific[0].label_
        return None

    @staticmethod
    def _drop_counts(cands: list[Candidate]) -> list[Candidate]:
        """Counts are facts only when no weight is given for the same drug: in the same sentence, or for bricks
        anywhere in a sentence framed alike. A period's count ('59,434 drug packages so far this year') is no
        restatement of one seizure's weight, nor one seizure's bricks of a year's total."""
        out = []
        for c in cands:
            if c.qty.kind in ("pills", "packages"):
                same_sent = any(o.qty.kind == "weight" and o.drug == c.drug and o.sent_index == c.sent_index for o in cands)
                framed = bool(cues.AGGREGATE.search(c.sent.text.lower()))
                alike = any(o.qty.kind == "weight" and o.drug == c.drug
                            and bool(cues.AGGREGATE.search(o.sent.text.lower())) == framed for o in cands)
                if same_sent or (c.qty.kind == "packages" and alike):
                    continue
            out.append(c)
        return out

    @staticmethod
    def _merge_duplicates(cands: list[Candidate]) -> list[Candidate]:
        """One seizure, several numbers: keep the most precise figure of near-equal amounts."""
        out: list[Candidate] = []
        for c in _join_forms(cands):
            twin = None
            for o in out:
                # '2.9 tons of cocaine' ... 'the shipment totaled 2.9 tons of drugs': 'drugs' restates the named one
                if (o.drug != c.drug and "other" not in (o.drug, c.drug)) or o.qty.kind != c.qty.kind:
                    continue
                a, b = o.qty.value, c.qty.value
                if a is None or b is None:
                    if a is None and b is None and o.qty.kind == "volume":
                        twin = o
                    continue
                if _same_figure(a, o.qty.precision, b, c.qty.precision) and not _told_apart(o, c) \
                        and (abs(a - b) <= 0.005 * max(a, b) or _rounded_restatement(o if o.qty.precision < c.qty.precision else c, cands)):
                    twin = o
                    break
            if twin is None:
                out.append(c)
                continue
            twin.restated.append(c.qty)
            if c.qty.precision > twin.qty.precision:
                twin.restated.append(twin.qty)
                twin.qty = c.qty
            if twin.drug == "other":
                twin.drug = c.drug
        return out

    def _decide_primary(self, cands: list[Candidate]) -> None:
        lead = cands[0]
        for c in cands:
            if c is lead:
                c.primary = True
            elif lead.kind == "event" and c.sent_index > lead.sent_index and _after_not_first(c, lead):
                c.primary = False  # 'This is not the first time ...': what follows is history
            elif lead.kind == "event":
                if c.kind == "aggregate":
                    c.primary = c.sent_index == lead.sent_index and not c.background
                else:
                    c.primary = c.sent_index == lead.sent_index or not c.background
                    if c.primary and c.sent_index != lead.sent_index and self._other_period(c, lead):
                        c.primary = False
            elif c.kind == "event":
                # components of a total the article reports one by one
                c.primary = not c.background and not self._other_period(c, lead)
            else:
                c.primary = not self._other_period(c, lead) and not c.background
        # every reported component of the total the article is about is news, dated or not ('a finales de marzo
        # un primer alijo de 185 kilos', 'the items tested positive for crystal meth, which weighed 10kg')
        _, parts = self._totals
        for c in cands:
            total = parts.get(id(c))
            if total is not None and total.primary and c.kind == "event":
                c.primary = True

    def _other_period(self, c: Candidate, lead: Candidate) -> bool:
        """True when the candidate's own date points to another time than the lead's (or, when the lead names
        none, to a month at least two months before the report: 'In August, authorities detected 918 kg' in a
        December report)."""
        if not c.dates:
            return self._scene_of_another_month(c, lead)
        mine = _nearest(c.dates, c.qty)
        if not lead.dates:
            ref = getattr(self, "_ref", None)
            if mine is not None and not mine.follows and mine.precision == "year" and c.kind == "event":
                # a find dated by a bare past year beside an undated lead is history ('los más de 700 kilos que
                # encontró la Guardia Civil en 2012'); the news is told by its day or month, or not dated at all
                return ref is None or int(mine.value) < ref.year
            if mine is None or mine.follows or ref is None or mine.precision == "year":
                return False
            year, month = int(mine.value[:4]), int(mine.value[5:7])
            return (ref.year - year) * 12 + ref.month - month >= 2
        theirs = _nearest(lead.dates, lead.qty)
        if mine is None or theirs is None or mine.follows:
            return False  # "a day later": the story goes on, not another period
        n = min(len(mine.value), len(theirs.value))
        return mine.value[:n] != theirs.value[:n]

    def _scene_of_another_month(self, c: Candidate, lead: Candidate) -> bool:
        """An undated later event whose scene is set by the sentence before it in another month than the lead's
        ('In June of this year more than $1 billion worth of cocaine has been seized at a Philadelphia Port.
        They say the drug bust netted 16.5 tons' in a report of an August find): history, not the news."""
        theirs = _nearest(lead.dates, lead.qty)
        if c.kind != "event" or c.sent_index <= lead.sent_index or theirs is None or theirs.precision == "year":
            return False
        sents = list(c.sent.doc.sents)
        scene = self._preceding_date(c, sents, set())
        return (scene is not None and not scene.follows and scene.precision in ("day", "month")
                and scene.value[:7] != theirs.value[:7])

    # ------------------------------------------------------------------ fields
    def _fact(self, doc: Doc, c: Candidate, lead_sent: Span, sents: list[Span], cand_sents: set[int]) -> SeizureFact:
        q = c.qty
        text = c.sent.text
        low = text.lower()
        port = self._port(doc, c, lead_sent)
        agencies = self._agencies(doc, c.sent)
        own = list(agencies)
        story = _story(c, sents, cand_sents) if c.primary else []
        if not agencies and c.kind == "aggregate" and self._lead_kind == "aggregate" and c.sent is not lead_sent:
            # a comparison or sub-total continuing an agency's own figures takes that agency
            agencies = list(self._lead_agencies)
        before_lead = self._sentence_before(sents, lead_sent)
        if c.primary:
            # a figure whose own sentence names who seized it, later in the article, keeps its own credit
            context = [lead_sent, *([before_lead] if before_lead is not None else [])]
            if agencies and c.sent is not lead_sent:
                context = []
            for sent in [*context, *story]:
                if sent is not c.sent:
                    agencies += [a for a in self._agencies(doc, sent) if a not in agencies]
        country = port.country if port is not None else self._country(doc, c, agencies, lead_sent)
        if c.kind == "aggregate" and cues.EU_SCOPE.search(low) and port is None:
            country = None
        # 'customs' told around a lead at a port of another country is that country's customs, not this find's
        abroad = bool(country) and (port is not None or self._placed_in(doc, c.sent, country)) and bool(
            self._lead_countries(doc, lead_sent) - {country})
        if country:
            told = [sent for sent in story if not (abroad and self._tells_of(doc, sent, self._lead_countries(doc, lead_sent)))]
            for sent in [c.sent, *([*([] if abroad else [lead_sent]), *told] if c.primary else [])]:
                for role in self._generic_roles(doc, sent):
                    name = self.gz.national.get(role, {}).get(country)
                    if name and name not in agencies and not any(
                            self._agency_country(a) == country and self._agency_role(a) == role for a in agencies):
                        agencies.append(name)
        if port is not None or self._placed_in(doc, c.sent, country):
            agencies = self._foreign_context_dropped(doc, agencies, own, country, lead_sent)
        if not agencies and c.primary and not abroad:
            agencies = self._opening_agencies(doc, sents, lead_sent, country)
        when = self._date(c, lead_sent, sents, cand_sents)
        units = int(q.value) if q.kind in ("pills", "packages") and q.value is not None else None
        kg = round(q.value, 3) if q.kind == "weight" and q.value is not None else None
        return SeizureFact(
            drug=c.drug,
            quantity_kg=kg,
            quantity_text=q.text,
            units=units,
            port=port.name if port else None,
            locode=port.locode if port else None,
            country=country,
            date=when,
            agencies=agencies,
            kind=c.kind,
            primary=c.primary,
            concealment=self._concealment(doc, c, lead_sent),
            origin_country=self._origin(doc, c, lead_sent),
            evidence=text.strip(),
            start_char=c.sent.start_char,
            end_char=c.sent.end_char,
            latitude=port.lat if port else None,
            longitude=port.lon if port else None,
        )

    def _agency_country(self, name: str) -> str | None:
        return self.gz.agency_countries.get(name)

    def _port_candidates(self, doc: Doc, sent: Span) -> list[Span]:
        """Ports a sentence places something at: not a shipment's origin or destination, not the seat of an
        office or court ('Zollfahndungsamt Hamburg', 'Auckland District Court'), not where a ship was taken
        after the seizure, not a town near the port, not the dateline."""
        out: list[Span] = []
        skip = self._dateline_end  # set once per document by assemble
        for span in _spans_in(doc, "port", sent):
            line_start = doc_text(doc).rfind("\n", 0, span.start_char) + 1
            if span.start_char < skip or (not doc_text(doc)[line_start:span.start_char].strip()
                                          and places.DATELINE_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 80])):
                continue  # 'Praia, Cabo Verde (PANA) -': where the story was filed
            before = doc_text(doc)[max(sent.start_char, span.start_char - 45):span.start_char]
            wide = doc_text(doc)[max(sent.start_char, span.start_char - 90):span.start_char]
            if cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(before) or _origin_von(before):
                continue
            if (places.OFFICE_BEFORE.search(before) or places.NEAR_BEFORE.search(before) or places.REGION_BEFORE.search(before)
                    or places.DEST_MORE.search(before) or places.TAKEN_TO_BEFORE.search(wide)):
                continue
            if places.INSTITUTION_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 40]):
                continue
            if places.QUOTED.match(doc_text(doc)[max(0, span.start_char - 1):span.end_char + 1]) or places.VESSEL_BEFORE.search(before):
                continue  # the patrol vessel 'Setúbal', the Cutter Hamilton: a ship's name
            if out and doc_text(doc)[out[-1].end_char:span.start_char].strip() == "(":
                continue  # 'el puerto de Algeciras (Cádiz)': the province after the port
            out.append(span)
        return out

    def _resolve_port(self, doc: Doc, span: Span) -> Port:
        keys = span.label_.split("|")
        ports = [self.gz.ports[k] for k in keys if k in self.gz.ports]
        mentioned = {s.label_ for s in doc.spans.get("country", [])}
        agency_countries = {self.gz.agencies[a][1] for a in self._agency_names(doc) if a in self.gz.agencies}

        def score(p: Port) -> tuple[int, int]:
            ctx = 2 if p.country in mentioned else 0
            ctx += 1 if p.country in agency_countries else 0
            return (ctx + (3 if p.rank >= 9 else 0), p.rank)

        return max(ports, key=score)

    def _agency_names(self, doc: Doc) -> list[str]:
        return [s.text for s in doc.spans.get("agency", [])]

    def _port(self, doc: Doc, c: Candidate, lead_sent: Span) -> Port | None:
        low = c.sent.text.lower()
        if _not_at_port(low):
            return None
        spans = self._port_candidates(doc, c.sent)
        if spans:
            if c.kind == "aggregate" and cues.PORT_PLURAL.search(low) and len({s.label_ for s in spans}) > 1:
                return None
            # a port named for a part given apart ("65 kg, dont 50 kg sur le port de Nantes") is not the total's
            spans = [s for s in spans if not (c.qty.end <= s.start_char and places.PART_OF.search(doc_text(doc)[c.qty.end:s.start_char]))]
            if not spans:
                return None
            # the port nearest to the quantity
            best = min(spans, key=lambda s: abs(s.start_char - c.qty.start))
            return self._resolve_port(doc, best)
        if cues.PORT_PLURAL.search(low) or (c.kind == "aggregate" and cues.EU_SCOPE.search(low)):
            return None  # "at UK ports", "across EU ports": no one port
        if c.kind == "aggregate" and not places.THE_PORT.search(low) and (
                self._lead_kind != "aggregate" or self._country_scope(doc, lead_sent)):
            return None  # a total in a story about one seizure, or in national figures, is no one port's
        sents = list(doc.sents)
        index = next((i for i, s in enumerate(sents) if s.start == c.sent.start), 0)
        if places.SAME_PORT.search(low):
            # "the same port", "nel porto della città": the port named last before it
            for k in range(index - 1, max(-1, index - 4), -1):
                named = self._port_candidates(doc, sents[k])
                if named and not cues.PORT_PLURAL.search(sents[k].text.lower()):
                    return self._resolve_port(doc, named[-1])
        if not c.primary and c.kind == "event" and not places.THE_PORT.search(low):
            settled, before = self._port_before(doc, sents, index)
            if settled:
                # 'weitere 7 Tonnen wurden in Belgien sichergestellt' after a Hamburg find: not at the port before
                return None if before is not None and self._placed_elsewhere(doc, c.sent, before.country) else before
            if _spans_in(doc, "port", c.sent):
                return None  # an earlier find that names only where it was bound for: another shipment
        lead_index = next((i for i, s in enumerate(sents) if s.start == lead_sent.start), index)
        if self._told_at_sea(sents, lead_index):
            return None
        framing = self._framing_port(doc, lead_sent) or self._dateline_port(doc)
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
                                                  or told >= 4):
                    break
                told += 1
                if cues.AT_SEA.search(text) or places.AT_SEA_MORE.search(text):
                    return None
                spans = self._port_candidates(doc, sent)
                if spans and not _not_at_port(text):
                    return self._resolve_port(doc, spans[0])
            return None
        if framing is None:
            return None
        if c.primary and _not_at_port(lead_sent.text.lower()):
            return None
        # a figure that names no port takes the port the article is about, unless it names another country
        for span in _spans_in(doc, "country", c.sent):
            lead_in = doc_text(doc)[max(c.sent.start_char, span.start_char - 60):span.start_char]
            if span.label_ != framing.country and not (cues.ORIGIN_BEFORE.search(lead_in) or cues.ORIGIN_NEAR.search(lead_in)
                                                       or places.ORIGIN_MORE.search(lead_in)):
                return None
        return framing

    def _port_before(self, doc: Doc, sents: list[Span], index: int) -> tuple[bool, Port | None]:
        """A background find that names no port is at the port of the sentence that introduces it ('the fourth
        seizure at the port of Paranaguá in a month. On 3 September 165 kg...'), across a run of such finds.
        (False, None) when no sentence settles it."""
        for k in range(index - 1, max(-1, index - 4), -1):
            sent = sents[k]
            text = sent.text.lower()
            if cues.NOT_AT_PORT.search(text) or places.OFFLOAD.search(text):
                return True, None
            spans = self._port_candidates(doc, sent)
            if spans and not cues.PORT_PLURAL.search(text):
                return True, self._resolve_port(doc, spans[-1])
            if not _spans_in(doc, "quantity", sent):
                break
        return False, None

    def _country_scope(self, doc: Doc, lead_sent: Span) -> bool:
        """The lead total is a country's ('saisi 156,7 tonnes de drogues en France en 2022') and names no port."""
        if self._port_candidates(doc, lead_sent):
            return False
        for span in _spans_in(doc, "country", lead_sent):
            before = doc_text(doc)[max(lead_sent.start_char, span.start_char - 60):span.start_char]
            if not (cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(before) or cues.ORIGIN_NEAR.search(before)):
                return True
        return False

    @staticmethod
    def _told_at_sea(sents: list[Span], lead_index: int) -> bool:
        """The lead's sentence, or the two that go on telling it, put the seizure at sea."""
        told = [s for s in sents[lead_index:lead_index + 3] if s.text.strip()]
        return any(cues.AT_SEA.search(s.text.lower()) or places.AT_SEA_MORE.search(s.text.lower()) for s in told)

    def _framing_port(self, doc: Doc, lead_sent: Span) -> Port | None:
        """The port the article opens with: named in a sentence up to the lead figure's, at a port."""
        for sent in doc.sents:
            if sent.start > lead_sent.start:
                return None
            low = sent.text.lower()
            spans = self._port_candidates(doc, sent)
            if spans and not cues.NOT_AT_PORT.search(low) and not cues.PORT_PLURAL.search(low) and not places.OFFLOAD.search(low):
                return self._resolve_port(doc, spans[0])
        return None

    def _dateline_port(self, doc: Doc) -> Port | None:
        """A port named only in the dateline ('ANTWERP, Belgium, Feb 19 (CPA) -'), if the text speaks of a port."""
        city = dateline_city(doc_text(doc))
        keys = self.gz.port_aliases.get(city or "")
        if not keys or not cues.PORT_WORD.search(doc_text(doc).lower()):
            return None
        return max((self.gz.ports[k] for k in keys), key=lambda p: p.rank)

    def _agencies(self, doc: Doc, sent: Span) -> list[str]:
        out: list[str] = []
        low = sent.text.lower()
        if cues.ARRESTED.search(low) and not cues.SEIZED.search(low):
            return out  # "NCA officers arrested a man in Leicester": not who seized the drugs
        low = places.ORDERED_BY.sub(" ", low)  # 'la PNP, por orden de la Fiscalía, incautó': the prosecutor ordered, took nothing over
        takeover = bool(cues.TAKEOVER.search(low))
        seized = bool(cues.SEIZED.search(low))
        for span in _spans_in(doc, "agency", sent):
            if self._handed_to(doc, sent, span):
                continue
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
    def _handed_to(doc: Doc, sent: Span, span: Span) -> bool:
        """'handed over to the SAPS', 'remis à la police judiciaire', 'The Federal Police began investigating':
        the authority received, tested or inquired into the drugs after the seizure."""
        before = doc_text(doc)[max(sent.start_char, span.start_char - 60):span.start_char]
        after = doc_text(doc)[span.end_char:min(sent.end_char, span.end_char + 40)]
        return bool(places.HANDED_TO_BEFORE.search(before) or places.INQUIRY.match(after.strip()))

    def _foreign_context_dropped(self, doc: Doc, agencies: list[str], own: list[str], country: str | None,
                                 lead_sent: Span) -> list[str]:
        """A seizure at a port of one country is not credited, from the story around it, to the authority of the
        lead seizure's port in another country ('weitere 7,2 Tonnen in Antwerpen' in a story of the Hamburg
        customs); its own sentence's credit and helpers from elsewhere (the DEA in Peru) stay."""
        lead_countries = self._lead_countries(doc, lead_sent) - {country}
        return [a for a in agencies if a in own or self._agency_country(a) not in lead_countries]

    def _lead_countries(self, doc: Doc, lead_sent: Span) -> set[str | None]:
        """The countries of the ports the lead's sentence places its find at, else of the port the article opens
        with, else of the authorities the lead credits."""
        ports = {self._resolve_port(doc, s).country for s in self._port_candidates(doc, lead_sent)}
        framing = None if ports else self._framing_port(doc, lead_sent) or self._dateline_port(doc)
        if framing is not None:
            ports = {framing.country}
        if ports:
            return ports
        countries = (self._agency_country(a) for a in self._agencies(doc, lead_sent))
        return {c for c in countries if c is not None and c != "EU"}

    def _tells_of(self, doc: Doc, sent: Span, countries: set[str | None]) -> bool:
        """The sentence names a port, a country or an authority of one of these countries ('The Hamburg customs office')."""
        named = {self.gz.ports[k].country for s in _spans_in(doc, "port", sent) for k in s.label_.split("|") if k in self.gz.ports}
        named |= {s.label_ for s in _spans_in(doc, "country", sent)}
        named |= {self._agency_country(s.label_) for s in _spans_in(doc, "agency", sent)}
        return bool(named & countries)

    @staticmethod
    def _placed_countries(doc: Doc, sent: Span) -> set[str]:
        """The countries a sentence places something in ('seized in Belgium'): not a port's country told beside it
        ('Rotterdam, na Holanda'), not where a shipment came from or was bound for."""
        out = set()
        for s in _spans_in(doc, "country", sent):
            before = doc_text(doc)[max(sent.start_char, s.start_char - 60):s.start_char]
            at = places.IN_COUNTRY_BEFORE.search(before)
            if not at or before[:at.start()].rstrip().endswith(",") or cues.ORIGIN_BEFORE.search(before) or cues.DEST_BEFORE.search(
                    before) or cues.ORIGIN_NEAR.search(before) or places.ORIGIN_MORE.search(before) or places.DEST_MORE.search(before):
                continue
            out.add(s.label_)
        return out

    def _placed_elsewhere(self, doc: Doc, sent: Span, country: str | None) -> bool:
        """The sentence places its find in another country than this one ('seized in Belgium')."""
        return bool(self._placed_countries(doc, sent) - {country})

    def _placed_in(self, doc: Doc, sent: Span, country: str | None) -> bool:
        """The sentence places its find in that country ('another 7.2 tons were seized in Belgium')."""
        return country in self._placed_countries(doc, sent)

    def _opening_agencies(self, doc: Doc, sents: list[Span], lead_sent: Span, country: str | None) -> list[str]:
        """A news figure whose sentences name nobody is credited to the authority the article opens with
        (headline and sentences up to the lead: 'Douane onderschept bijna 3000 kilo cocaïne'), of its country."""
        out: list[str] = []
        for sent in sents:
            if sent.start > lead_sent.start:
                break
            names = self._agencies(doc, sent)
            if country:
                names += [n for r in self._generic_roles(doc, sent) if (n := self.gz.national.get(r, {}).get(country))]
            out += [n for n in names if n not in out and self._agency_country(n) in (country, "EU", None)]
        return out

    def _generic_roles(self, doc: Doc, sent: Span) -> list[str]:
        """'customs', 'coast guard', 'navy' named without a country, in a sentence that is not about a takeover
        and not as the one the drugs were handed to."""
        low = sent.text.lower()
        if cues.TAKEOVER.search(low) and not cues.SEIZED.search(low):
            return []
        return [s.label_ for s in _spans_in(doc, "customs", sent) if not self._handed_to(doc, sent, s)]

    def _context_date(self, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """A background find dated by the sentence that introduces it ('The largest finds were in February.')."""
        k = c.sent_index - 1
        while k >= 0 and not sents[k].text.strip():
            k -= 1
        if k < 0 or k in cand_sents or _is_headline(sents[k], k):
            return None
        found = [d for d in self._dates(sents[k].doc, sents[k], self._ref) if d.precision in ("day", "month")]
        return found[-1].value if len(found) == 1 else None

    @staticmethod
    def _sentence_before(sents: list[Span], lead_sent: Span) -> Span | None:
        """The sentence just before the lead, when it names who acted and the lead gives the figure."""
        k = next((i for i, s in enumerate(sents) if s is lead_sent), 0) - 1
        while k >= 0 and not sents[k].text.strip():
            k -= 1
        if k < 0 or _is_headline(sents[k], k) or sents[k].doc.spans.get("quantity") and any(
                q.start >= sents[k].start and q.end <= sents[k].end for q in sents[k].doc.spans["quantity"]):
            return None
        return sents[k]

    def _agency_role(self, name: str) -> str | None:
        return self.gz.agency_roles.get(name)

    def _country(self, doc: Doc, c: Candidate, agencies: list[str], lead_sent: Span) -> str | None:
        low = c.sent.text.lower()
        at_sea = bool(cues.AT_SEA.search(low) or (c.primary and cues.AT_SEA.search(lead_sent.text.lower())))
        agency_countries = [self._agency_country(a) for a in agencies]
        agency_countries = [x for x in agency_countries if x and x != "EU"]
        if at_sea and agency_countries:
            return agency_countries[0]
        placed = []
        for span in _spans_in(doc, "country", c.sent):
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
        for sent in doc.sents:
            for span in self._port_candidates(doc, sent):
                return self._resolve_port(doc, span).country
            for span in _spans_in(doc, "agency", sent):
                country = self._agency_country(span.label_)
                if country and country != "EU":
                    return country
        return None

    def _date(self, c: Candidate, lead_sent: Span, sents: list[Span], cand_sents: set[int]) -> str | None:
        if c.sent is lead_sent and c.primary and c.kind == "event":
            # "The find was made on December 30": a sentence that tells again when the news find was made settles
            # its date, over the lead's own vaguer "last week" or a day that is the announcement's
            restated = self._restated_date(c, sents)
            if restated is not None:
                return restated.value
        mention = _nearest(c.dates, c.qty)
        if mention is not None and (c.kind == "aggregate" or mention.precision != "year" or not c.primary):
            return _as_period(mention) if c.kind == "aggregate" else mention.value
        if mention is None and c.kind == "event":
            # "180kg of heroin as well as 31kg of meth ... this morning (Oct 22)": the one day of a sentence that
            # sets no figures against each other is every figure's
            found = [d for d in self._dates(c.sent.doc, c.sent, self._ref) if d.precision in ("day", "month")]
            text = c.sent.text
            if (len({d.value for d in found}) == 1 and not CONTRAST.search(text) and not RISE.search(text)
                    and not cues.AGAIN.search(text)):
                return found[0].value
        if mention is None and c.kind == "aggregate":
            # "So far this year ... 59,434 packages ..., where 14,732 packages": one period frames the sentence's totals
            # ("In 2023, ..."), unless the sentence sets figures against each other ("rising from 187kg to 1,837kg")
            found = self._dates(c.sent.doc, c.sent, self._ref)
            first_q = min((q.start_char for q in c.sent.doc.spans.get("quantity", [])
                           if q.start_char >= c.sent.start_char and q.end_char <= c.sent.end_char), default=c.qty.start)
            text = c.sent.text
            if (len({d.value for d in found}) == 1 and found[0].precision != "day" and found[0].end <= first_q
                    and not CONTRAST.search(text) and not RISE.search(text)):
                return found[0].value
        if not c.primary:
            return self._context_date(c, sents, cand_sents)
        if mention is not None:
            # "one of the largest finds this year": look for the day in the story before settling for the year
            return self._story_date(c, sents, cand_sents) or mention.value
        if c.kind == "event":
            # "On April 30, officers searched the lorry. Inside they found 54kg": the sentence that sets the scene
            mention = self._preceding_date(c, sents, cand_sents)
            if mention is not None:
                return mention.value
        if c.sent is not lead_sent or c.kind == "aggregate":
            # a sub-total shares the period of the total it belongs to; "in another operation" does not
            mention = self._lead_date
            if mention is not None and not (c.kind == "event" and cues.AGAIN.search(c.sent.text)):
                return _as_period(mention) if c.kind == "aggregate" else mention.value
        if c.kind == "event":
            return self._story_date(c, sents, cand_sents)
        return None

    def _restated_date(self, c: Candidate, sents: list[Span]) -> DateMention | None:
        """The day or month of the first sentence after the lead that restates the find with a definite subject
        ('The drugs were found in a search on February 12'), read past other figures up to a story break."""
        for k in range(c.sent_index + 1, min(len(sents), c.sent_index + 1 + STORY_DATE_LIMIT)):
            sent = sents[k]
            text = doc_text(sent.doc)
            named = [d for d in self._dates(sent.doc, sent, self._ref)
                     if FIND_REFERENCE.search(text[max(sent.start_char, d.start - 60):d.start])]
            if not RESTATED_FIND.search(sent.text) and not named:
                if cues.STORY_BREAK.search(sent.text):
                    break  # 'weeks ago' in the restatement itself is its date, no break
                continue
            found = [d for d in named or self._dates(sent.doc, sent, self._ref) if d.precision in ("day", "month")
                     and not d.follows and (self._ref is None or d.value <= self._ref.isoformat())]
            if found:
                self._restated_sent = k
                return found[0]
        return None

    def _preceding_date(self, c: Candidate, sents: list[Span], cand_sents: set[int]) -> DateMention | None:
        """The day or month of the sentence just before a figure's own, when that sentence tells no other
        figure and is not about arrests."""
        k = c.sent_index - 1
        while k >= 0 and not sents[k].text.strip():
            k -= 1
        if k < 0 or k in cand_sents or _is_headline(sents[k], k):
            return None
        low = sents[k].text.lower()
        if cues.ARRESTED.search(low) and not cues.SEIZED.search(low):
            return None
        found = [d for d in self._dates(sents[k].doc, sents[k], self._ref) if d.precision in ("day", "month")]
        return found[-1] if found else None

    def _story_date(self, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """The first day or month in the sentences that go on telling the seizure
        ("The container was opened on 24 April", "Bei der Kontrolle am 12. Juni")."""
        for sent in _story(c, sents, cand_sents, limit=STORY_DATE_LIMIT):
            if self._restated_sent is not None and sent is sents[self._restated_sent]:
                continue  # the lead's own restatement ('The drugs were found on February 12') dates the lead only
            if cues.ARRESTED.search(sent.text.lower()) and not cues.SEIZED.search(sent.text.lower()):
                continue  # "were detained on Tuesday": the day of the arrests
            # the publication day itself ("are appearing in court today") is the report's, not the find's
            found = [d for d in self._dates(sent.doc, sent, self._ref) if d.precision in ("day", "month")
                     and not (self._ref is not None and d.value == self._ref.isoformat())]
            if found:
                return found[0].value
        return None

    def _concealment(self, doc: Doc, c: Candidate, lead_sent: Span) -> str | None:
        for sent in (c.sent, lead_sent) if c.primary else (c.sent,):
            m = cues.CONCEALMENT.search(sent.text)
            if m:
                value = next(v for v in m.groupdict().values() if v)
                value = re.split(r"\s+(?:from|at|in the port|on|by|procedente|en el puerto|au port|nel porto|im hafen|in de haven|that|which|que|qui|che|die|der)\s", value)[0]
                return value.strip()[:80] or None
        return None

    def _origin(self, doc: Doc, c: Candidate, lead_sent: Span) -> str | None:
        for sent in (c.sent, lead_sent) if c.primary else (c.sent,):
            for span in list(_spans_in(doc, "country", sent)) + list(_spans_in(doc, "port", sent)):
                before = doc_text(doc)[max(sent.start_char, span.start_char - 45):span.start_char]
                if cues.ORIGIN_BEFORE.search(before):
                    if span in _spans_in(doc, "port", sent):
                        return self._resolve_port(doc, span).country
                    return span.label_
        return None


CONTRAST = re.compile(
    r"compar|frente|contra\b|contre|rispetto|gegenüber|tegenover|against|versus|\bvs\b|while|whereas|mientras|tandis|mentre|"
    r"während|terwijl|enquanto|mais que|más que|more than|plus que|più di|mehr als|meer dan|; |, (?:and|y|e|et|und|en) ", re.I)


def _without_conversions(text: str, qspans: list[Span]) -> list[Span]:
    out: list[Span] = []
    prev_end = -1
    for qs in qspans:
        if qs._.qty is not None and not SeizureAssembler._is_conversion(text, qs._.qty, prev_end):
            out.append(qs)
        prev_end = qs.end_char
    return out or qspans


MONTH_BEFORE = re.compile(rf"(?:{MONTH_RE})\.?\s*(?:de\s+|of\s+)?$", re.I)


def _weak_aggregate(text: str) -> bool:
    """'in 2023', 'last year' frame a total, unless they only finish a date ('in August last year', '31 de janeiro deste ano')."""
    for m in cues.WEAK_AGGREGATE.finditer(text.lower()):
        if not MONTH_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            return True
    return False


def _totals(doc: Doc, cands: list[Candidate]) -> tuple[set[int], dict[int, Candidate]]:
    """Totals that sum two or more other figures of the article ('1.397 kilos' = 185 + 1.212; '23kg of narcotics'
    = 10kg of meth + 13kg of fentanyl), as ids of the totals and of their parts. A total over several drugs
    becomes `other`."""
    totals: set[int] = set()
    parts: dict[int, Candidate] = {}  # id of a part -> the total it belongs to
    for kind in ("weight", "pills", "packages"):
        # weights sum weights, pill counts pill counts ('more than 261,000 pills' = 50,000 + 20,200 + 192,000)
        _sum_up(doc, [c for c in cands if c.qty.kind == kind and c.qty.value], totals, parts)
    return totals, {k: v for k, v in parts.items() if k not in totals}


def _sum_up(doc: Doc, weights: list[Candidate], totals: set[int], parts: dict[int, Candidate]) -> None:
    """Record in `totals` and `parts` the figures of one kind that sum two or more others."""
    if len(weights) > 12:
        return
    for c in weights:
        total = c.qty.value or 0.0
        # as close as the total is written: '1.397' to the kilo, 'bijna 3000' to 2 %
        unit = 10 ** (math.floor(math.log10(total)) - max(c.qty.precision, 1) + 1)
        tolerance = min(0.02 * total, unit / 2) + 1e-6 * total
        # several drugs sum to one figure when it is 'drugs' or names them all ('212kg of heroin and Ice drugs')
        named = set()
        for q in (c.qty, *c.restated):
            window = re.split(r"\d", doc_text(doc)[q.end:q.end + 60])[0]
            named |= {d.label_ for d in doc.spans.get("drug", []) if q.end <= d.start_char and d.end_char <= q.end + len(window)}
        # a total comes before the figures it sums, unless it says it is one ('in all', 'insgesamt') just after them
        summing = bool(cues.TOTAL.search(c.sent.text))
        first = min(q.start for q in (c.qty, *c.restated))  # where the total was first given
        pool = [o for o in weights if o is not c and (o.qty.value or 0) < total
                and (o.drug == c.drug or c.drug == "other" or o.drug in named)
                and (o.qty.start > first or summing and c.sent_index - o.sent_index <= 3)]
        # 'plus d'une tonne' sums to a tonne or a little more, 'bijna 3000' to a little less
        hedge = doc_text(doc)[max(0, c.qty.start - 25):c.qty.start].lower()
        low, high = total - tolerance, total + tolerance
        if cues.HEDGE_MORE.search(hedge):
            high = max(high, total * 1.15)
        elif cues.HEDGE_LESS.search(hedge):
            low = min(low, total * 0.85)
        found = _sum_of(pool, total, low, high)
        if found is None:
            continue
        drugs = {o.drug for o in found}
        totals.add(id(c))
        parts.update({id(o): c for o in found})
        if len(drugs) > 1:
            c.drug = "other"  # one seizure of several drugs: the total is 'other', each drug an event


FORMS_JOIN = re.compile(
    r"\s*(?:(?:of|de|di|van|von|an)\s+|d['’])?[^\d.;:()]{0,45}?(?:,|\s(?:and|et|y|e|und|en|plus))\s+(?:(?:of|de|di|van|von)\s+|d['’])?$",
    re.I,
)


HEDGE_ABOUT = re.compile(
    r"(?:about|around|some|roughly|approximately|an estimated|estimated|circa|ca\.|environ|quelque|ongeveer|zo'?n|etwa|rund|gut|"
    r"cerca de|alrededor de|unos|unas|aproximadamente|aprox\.|cerca di|circa|quasi|près de|presque|almost|nearly|"
    r"more than|over|plus de|más de|mais de|oltre|mehr als|meer dan|ruim|bijna|knapp|quase|casi|half|media|meia|halve|halbe|mezza)"
    r"(?:\s+\w+)?\s*$",
    re.I,
)


def _rounded_restatement(rough: Candidate, cands: list[Candidate]) -> bool:
    """A rounder figure restates a precise one when it is hedged ('almost half a tonne', 'more than 18,000kg') or
    opens the story (the lead's '900 kg' for the body's '911 kilos'); a plain '60 kilo' further on is its own find."""
    text = doc_text(rough.sent.doc)
    if HEDGE_ABOUT.search(text[max(0, rough.qty.start - 30):rough.qty.start]) or re.match(
            r"(?i)(?:half|a half|media|meia|halve|halbe|mezza|demi)", rough.qty.text):
        return True
    return bool(cands) and rough.sent_index <= cands[0].sent_index


def _join_forms(cands: list[Candidate]) -> list[Candidate]:
    """'755,5 kg de résine de cannabis et de 45 kg d'herbe', '500 kilos de pasta básica y 200 de clorhidrato de
    cocaína': two forms of one drug listed together in one phrase are one seizure, summed."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.sent_index == c.sent_index and prev.drug == c.drug and prev.drug != "other" \
                and prev.qty.kind == c.qty.kind == "weight" and prev.qty.end <= c.qty.start:
            text = doc_text(c.sent.doc)
            gap = text[prev.qty.end:c.qty.start]
            words = re.sub(r"\s*(?:(?:of|de|di|van|von|an)\s+|d['’])?", " ", gap, count=1)
            if FORMS_JOIN.fullmatch(gap) and _form_after(prev) not in (None, _form_after(c)) \
                    and not re.search(r"\b(?:while|whereas|mientras|tandis|mentre|während|terwijl|enquanto)\b", words, re.I):
                q = Quantity(prev.qty.start, c.qty.end, text[prev.qty.start:c.qty.end], "weight",
                             (prev.qty.value or 0) + (c.qty.value or 0), max(prev.qty.precision, c.qty.precision) + 1)
                out[-1] = Candidate(prev.sent_index, prev.sent, q, prev.drug, dates=prev.dates or c.dates)
                continue
        out.append(c)
    return out


def _form_after(c: Candidate) -> str | None:
    """The words naming the drug just after a figure ('résine de cannabis', 'herbe'), lower-cased."""
    doc = c.sent.doc
    spans = [d for d in doc.spans.get("drug", []) if c.qty.end <= d.start_char <= c.qty.end + 40]
    return min(spans, key=lambda d: d.start_char).text.lower() if spans else None


def _after_not_first(c: Candidate, lead: Candidate) -> bool:
    """A sentence between the lead and this figure (or its own) says the find is not the first of its kind."""
    text = doc_text(c.sent.doc)
    return bool(cues.NOT_FIRST.search(text[lead.sent.end_char:c.sent.end_char].lower()))


def _period_cue(low: str) -> bool:
    """An aggregate cue other than a count of operations ('three separate seizures'): a period or a region."""
    return any(not cues.SEVERAL_OPERATIONS.fullmatch(m.group(0)) for m in cues.AGGREGATE.finditer(low))


def _sum_of(pool: list[Candidate], total: float, low: float, high: float) -> tuple[Candidate, ...] | None:
    """The figures of `pool` (two to six) whose sum lies in [low, high], closest to `total`, the fewest on a tie."""
    best: tuple[float, int, tuple[Candidate, ...]] | None = None
    for size in range(2, min(len(pool), 6) + 1):
        for combo in itertools.combinations(pool, size):
            sum_ = sum(o.qty.value or 0 for o in combo)
            diff = abs(sum_ - total)
            if low <= sum_ <= high and (best is None or (diff, size) < best[:2]):
                best = (diff, size, combo)
    return best[2] if best else None


OF_SOMETHING = re.compile(
    r"\s*(?:(?:of|de|di|van|von|an)\s+(?!(?:the|la|el|le|les|los|las|het|die|der|das|den|il|lo|os|as|total|totaal|totale|"
    r"gesamtmenge|it|which|this|that|these|those|esta|este|estas|estos|cette|ce|ces|questo|questa|deze|dit|diese[rsnm]?)\b"
    r"|sustanc|substanc|substânc|sostanz|drog|narc|stupéf|stupef|estupef|rauschgift|betäubungs|verdovend|entorpec"
    r"|poudre|polvo|pó\b|powder|poeder|pulver|polvere|pasta|paste|alcaloid|clorhidrat|chlorhydrat|cloridrat|hydrochlor"
    r"|crystal|cristal|kristall|pure|pura|puro|high|white|blanc|blanca|weiß|wit\b)"
    r"[\w-]|d['’]\w)",
    re.I,
)


def _cut_off(text: str, sent_end: int) -> bool:
    """The sentence is where the excerpt stops, mid-sentence (no closing punctuation)."""
    rest = text[sent_end:].strip()
    return not rest and not re.search(r"[.!?»\"”)\]]\s*$", text[:sent_end])


def _of_other_goods(text: str, q: Quantity, drugs: list[Span]) -> bool:
    """'695 toneladas de cigarro', '113,34 toneladas de pescado', '40,000 tonnes of soybeans': a weight followed by
    'of' and no drug named before the next figure is a weight of something else."""
    if q.kind != "weight" or not OF_SOMETHING.match(text, q.end):
        return False
    return not any(q.end <= d.start_char <= q.end + NEAR_AFTER and not re.search(r"\d", text[q.end:d.start_char])
                   for d in drugs)


def _not_a_seizure(text: str, q: Quantity, sent_start: int, sent_end: int) -> bool:
    """A per-item weight ('each weighing 50kg', 'unos 20 kilos cada una') or a size class
    ('seizures of 100kg or more', 'saisies de plus de 100 kg'): no seizure of that amount."""
    before = text[max(sent_start, q.start - 60):q.start]
    after = re.split(r"[.;:!?]", text[q.end:min(sent_end, q.end + 60)])[0]
    if cues.PER_ITEM_BEFORE.search(before) or cues.THRESHOLD_BEFORE.search(before):
        return True
    each = cues.PER_ITEM.search(after[:35])
    if each and not re.search(r"\d", after[:each.start()]):
        return True  # no other figure between the amount and 'each'
    return bool(re.match(rf"\s*(?:\([^()]*\)\s*)?(?:{cues.THRESHOLD.pattern})", after, re.I))


STORY_DATE_LIMIT = 6  # sentences read after a figure for its day: wire reports tell the find a paragraph later
RISE = re.compile(r"\b(?:from|von|van|de|da|desde)\b[^.;]{0,40}?\b(?:to|auf|naar|à|a|para|hasta)\s+(?:\w+\s+)?\d", re.I)


def _owner(text: str, d: DateMention, qspans: list[Span]) -> Span | None:
    """The figure a date belongs to: the one before it, unless a contrast ('compared with') comes between.
    A count of sacks or bricks beside a weight is no figure of its own ('31kg contained in 12 sacks this morning')."""
    if any(q._.qty is not None and q._.qty.kind == "weight" for q in qspans):
        qspans = [q for q in qspans if q._.qty is None or q._.qty.kind != "packages"] or qspans
    before = [q for q in qspans if q.end_char <= d.start]
    after = [q for q in qspans if q.start_char >= d.end]
    if not before and FIND_REFERENCE.search(text[max(0, d.start - 60):d.start]):
        return None  # "into the find on February 12, another seven tons": the day of the find told before
    if before:
        q = before[-1]
        if not CONTRAST.search(text[q.end_char:d.start]):
            return q
        if not after:
            return None  # "2.310 kg, more than double the first half of last year": the date is the comparison's
    if after:
        return after[0]
    return None


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """Two close figures are two seizures when their dates differ or the text says 'another'."""
    if a.sent_index == b.sent_index:
        return True
    da, db = _nearest(a.dates, a.qty), _nearest(b.dates, b.qty)
    if da is not None and db is not None and da.value != db.value:
        return True
    if a.qty.value and b.qty.value and min(a.qty.precision, b.qty.precision) >= 3 \
            and abs(a.qty.value - b.qty.value) <= 0.001 * a.qty.value:
        return False  # the same precise figure twice ('35,436kg' in a caption and in the text): 'previous' is another's
    return bool(cues.AGAIN.search(b.sent.text) or cues.STORY_BREAK.search(b.sent.text))


def _story(c: Candidate, sents: list[Span], cand_sents: set[int], limit: int = 4) -> list[Span]:
    """The sentences after a primary event that go on telling it: up to the next figure or background."""
    out: list[Span] = []
    own = " ".join(re.findall(r"\w+", c.sent.text.lower()))
    for k in range(c.sent_index + 1, len(sents)):
        sent = sents[k]
        if not sent.text.strip() or " ".join(re.findall(r"\w+", sent.text.lower())) == own:
            continue  # the headline printed again
        if k in cand_sents or cues.STORY_BREAK.search(sent.text) or len(out) >= limit:
            break
        out.append(sent)
    return out


def _is_headline(sent: Span, index: int) -> bool:
    """A first line without closing punctuation is a headline: it restates the body, adds no fact."""
    text = sent.text.strip()
    ends_line = "\n" in sent.text or "\n" in doc_text(sent.doc)[sent.end_char:sent.end_char + 2]
    return index == 0 and len(text) < 160 and ends_line and not re.search(r"[.!?»\"”)]$", text)


# a run of capitalised words is a name ("Drug Prosecutor's Office of Colón"), not a takeover told in words
PROPER_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|del|di|du|van|von|da|do)?\s*[A-Z][\w'’-]*)+")


def _not_at_port(low: str) -> bool:
    """The sentence puts the seizure away from any port: at sea, inland, at an airport, offloaded, in house searches."""
    return bool(cues.NOT_AT_PORT.search(low) or places.OFFLOAD.search(low) or places.HOUSE_SEARCH.search(low)
                or places.BY_AIR.search(low) or places.AT_SEA_MORE.search(low) or places.INLAND_MORE.search(low))


def _origin_von(before: str) -> bool:
    """German 'von Antwerpen in den Kanton Bern': where a shipment came from ('Hafen von X' is the port itself)."""
    return bool(re.search(r"\bvon\s+$", before) and not re.search(r"(?:hafen|haven|port|terminal)\s+von\s+$", before, re.I))


def _as_period(d: DateMention) -> str:
    """A total's date: a month or a year, never the single day a period starts or ends on."""
    return d.value[:4] if d.precision == "day" else d.value


def _round_sig(x: float, digits: int) -> float:
    if x == 0 or digits <= 0:
        return x
    return round(x, -int(math.floor(math.log10(abs(x)))) + digits - 1)


def _same_figure(a: float, pa: int, b: float, pb: int) -> bool:
    """'911 kilos' and '900 kg', '1.872 quilos' and '1,9 tonelada': one is the other rounded."""
    hi, lo = max(a, b), min(a, b)
    if hi and (hi - lo) / hi <= 0.005:
        return True
    if pa == pb:
        return False
    precise, rough, p = (a, b, pb) if pa > pb else (b, a, pa)
    if p > 2 or abs(precise - rough) > 0.1 * precise:
        return False  # '1.000 kilos' is not '1.200 kilos' rounded: a tenth apart is another seizure
    # rounded, or cut down or up: 'more than 18,000kg' and '18,767kg', 'almost 3,000' and '2,950'
    scale = 10 ** (math.floor(math.log10(abs(precise))) - p + 1) if precise else 1
    return any(abs(x - rough) <= 1e-6 * max(1.0, rough) for x in (
        _round_sig(precise, p), math.floor(precise / scale) * scale, math.ceil(precise / scale) * scale))


def _nearest(dates: list[DateMention], q: Quantity) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - q.start))


@Language.factory("portwatch_seizures", default_config={}, assigns=["doc._.facts"],
                  requires=["doc._.published", "doc.spans"])
def make_seizures(nlp: Language, name: str) -> SeizureAssembler:
    """Factory for the fact assembler."""
    return SeizureAssembler(nlp, name)
