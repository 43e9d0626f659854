"""portwatch_seizures: assemble seizure facts from the sentence's quantities, drugs, ports, agencies
and dates, following the contract (event or aggregate, primary or background, port or not).

Sets doc._.facts (list of nlp.facts.SeizureFact). Needs doc._.published (a date or None).
"""

from __future__ import annotations

import itertools
import math
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp import cues
from nlp.dates import FIND_REFERENCE, MONTH_RE, WEEKDAY_RE, DateMention, find_dates, is_reporting, vague_time
from nlp.facts import SeizureFact
from nlp.gazetteer import load
from nlp.units import LB, SHORT_TON, Quantity
from nlp.components.context import doc_text
from nlp.resolvers import (AgencyResolver, Candidate, ConcealmentResolver, CountryResolver, CreditResolver, DateResolver,
                           DocContext, OriginResolver, PortResolver)
from nlp.resolvers.context import CLOSED, is_headline, nearest, spans_in
from nlp.resolvers.dates import CONTRAST
from nlp.resolvers.dates import RISE as RISE  # re-exported: tests read the rise pattern here

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("published_precision"):
    Doc.set_extension("published_precision", default="day")  # "month" for a ` date YYYY-MM` line

NEAR_AFTER = 40
NEAR_BEFORE = 60


class SeizureAssembler:
    """Turns entity and quantity spans into facts: builds the candidate figures, tells totals from single
    seizures and news from background, and asks the resolvers for each fact's port, country, date, agencies,
    concealment and origin. One instance serves every document: whatever belongs to a document lives in the
    `DocContext` that `assemble` builds for it, and nothing is assigned to `self` after `__init__`."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.gz = load()
        self.ports = PortResolver(self.gz)
        self.agencies = AgencyResolver(self.gz, self.ports)
        self.countries = CountryResolver(self.ports, self.agencies)
        self.credit = CreditResolver(self.ports, self.agencies, self.countries)
        self.dates = DateResolver()
        self.concealment = ConcealmentResolver()
        self.origin = OriginResolver(self.ports)

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = self.assemble(doc)
        return doc

    # ------------------------------------------------------------------ candidates
    def assemble(self, doc: Doc) -> list[SeizureFact]:
        ctx = DocContext.of(doc)
        sents = ctx.sents
        dominant = self._dominant_drug(doc)
        named = {s.label_ for s in doc.spans.get("drug", []) if s.label_ != "*drugs*"}
        only = named.pop() if len(named) == 1 else None  # the one drug the article names
        cands: list[Candidate] = []
        for si, sent in enumerate(sents):
            if is_headline(sent, si) or _headline_before_stamp(sent, si, ctx.page_span):
                continue
            qspans = [s for s in doc.spans.get("quantity", []) if s.start >= sent.start and s.end <= sent.end]
            if not qspans:
                continue
            low = sent.text.lower()
            context = " ".join(sents[k].text.lower() for k in range(max(0, si - 2), si))
            if cues.FAKE.search(low) or cues.FAKE.search(context) or (cues.LEGAL.search(low) and not cues.SEIZED.search(low)):
                continue  # a drill with dummy packages, a legal limit: no seizure
            drugs = spans_in(doc, "drug", sent)
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
                drug = self._attach_drug(doc, q, drugs, dominant, low, first=not cands)
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
                if (cues.SMUGGLED_ONLY.search(low) or cues.PRODUCTION.search(low)) and not cues.SEIZED.search(low) \
                        and not _the_seized_amount(doc_text(doc), q, sent, sents[si - 1] if si else None):
                    continue  # smuggled, vanished or produced, never seized
                dates = [d for d in self.dates.dates(doc, ctx, sent) if _owner(doc_text(doc), d, real_q) is qs]
                cands.append(Candidate(si, sent, q, drug, dates=dates))
        cands = self._drop_counts(cands, sents)
        cands = self._merge_duplicates(cands)
        if not cands:
            return []
        cands = _news_after_an_earlier_find(doc_text(doc), cands)
        lead = cands[0]
        ctx.totals = _totals(doc, cands)
        ctx.cand_sents = {c.sent_index for c in cands}
        for i, c in enumerate(cands):
            c.kind = self._kind(ctx, c, None if c is lead else lead, cands[:i])
            if c is lead and c.kind == "event" and _told_as_operations(lead, sents, ctx.cand_sents):
                c.kind = "aggregate"  # '... oltre 18 tonnellate. [...] bloccati in due distinte operazioni'
            c.background = bool(cues.BACKGROUND.search(c.sent.text)) and not cues.HOURS_BEFORE.search(c.sent.text.lower()) \
                and not _largest_of_the_period(c, lead)
        self._decide_primary(doc, ctx, cands)
        lead_sent = lead.sent
        ctx.lead_sent = lead_sent
        ctx.lead_date = nearest(lead.dates, lead.qty)
        if ctx.lead_date is None:
            # a lead that took a restated figure keeps its sentence's one date ("in the year to March 2022")
            own = self.dates.dates(doc, ctx, lead.sent)
            ctx.lead_date = own[0] if len(own) == 1 else None
        if ctx.lead_date is None and lead.kind == "event":
            ctx.lead_date = self.dates.preceding(doc, ctx, lead, sents, ctx.cand_sents)
        if ctx.lead_date is None and lead.kind == "aggregate":
            ctx.lead_date = self.dates.period_before(doc, ctx, lead, sents, ctx.cand_sents)
        ctx.lead_kind = lead.kind
        facts = []
        for c in cands:
            fact = self._fact(doc, ctx, c, lead_sent, sents, ctx.cand_sents)
            if c is lead:
                ctx.lead_agencies = list(fact.agencies)
            facts.append(fact)
        self.dates.date_totals(ctx, cands, facts)
        return facts

    @staticmethod
    def _recent_drug(doc: Doc, sents: list[Span], si: int) -> str | None:
        """The one drug named in the two sentences before sentence `si`, if exactly one is."""
        names = {s.label_ for k in (si - 1, si - 2) if k >= 0 for s in spans_in(doc, "drug", sents[k])
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
        if q.kind not in ("weight", "pills") or (cues.CARGO.search(low) and not _tells_a_seizure(low)):
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

    def _kind(self, ctx: DocContext, c: Candidate, lead: Candidate | None, earlier: list[Candidate]) -> str:
        """event or aggregate, from the sentence's framing (and the lead's, for sub-totals; the sentence before's, for a
        sentence that sums it up or adds to it). `earlier`: the candidates before `c`, their kinds decided."""
        low = c.sent.text.lower()
        totals, parts = ctx.totals
        if id(c) in totals:
            return "aggregate"  # the sum of figures the article reports one by one
        if id(c) in parts and not _period_cue(low):
            return "event"  # one of the seizures a total sums ('trois saisies distinctes : 1,9 tonne le 7 février, ...')
        before = doc_text(c.sent.doc)[max(c.sent.start_char, c.qty.start - 80):c.qty.start]
        if cues.COMPONENT_BEFORE.search(before):
            return "event"  # 'L'an dernier, ... 10 tonnes, dont une saisie record de 2,5 tonnes en juillet'
        own = nearest(c.dates, c.qty)
        if cues.INCLUDING_BEFORE.search(before) and own is not None and own.precision == "day" and own.start > c.qty.start:
            return "event"  # 'So far this year ... more than 9 tonnes, including 1.5 tonnes found on Monday'
        if (cues.AGGREGATE.search(low) and not _total_brought_after(c, low) and not _one_seizure_of_late(low)) \
                or self.ports.over_two_countries(c.sent.doc, ctx, c):
            return "aggregate"
        single = bool(cues.SINGLE_SHIPMENT.search(low) or cues.SINGLE_BEFORE.search(before))
        mention = nearest(c.dates, c.qty)
        has_day = mention is not None and mention.precision == "day"
        if _weak_aggregate(c.sent.text) and not single and not has_day:
            return "aggregate"
        if not single and not has_day and c.qty.kind == "weight" and _continues_a_period(ctx.sents, c, earlier):
            return "aggregate"
        if lead is not None and lead.kind == "aggregate" and not single and not has_day and c.qty.kind == "weight" \
                and (id(lead) not in totals or _period_cue(lead.sent.text.lower())):
            # a sub-total of a period's total; a story of several seizures summed up frames no period. A find whose
            # day the plain sentence just before its figure tells ('De eerste partij werd op 3 maart gevonden ... De
            # douaniers troffen daarin 700 kilo aan', 'La première opération a eu lieu le 4 avril ... a réalisé une
            # saisie de 1800 kg') is one of the total's finds, told in two sentences
            return "event" if _scene_day(ctx, c) else "aggregate"
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

    def _attach_drug(self, doc: Doc, q: Quantity, drugs: list[Span], dominant: str | None, low: str,
                     first: bool = False) -> str | None:
        best: tuple[int, str] | None = None
        best_span: Span | None = None
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
                if re.search(r"[;]", gap) or len(gap) > NEAR_BEFORE and not _subject_of(doc_text(doc), d, gap):
                    continue
                # a figure in brackets right after its drug, as statistics are listed: 'Khat (5815 Kilogramm),
                # gefolgt von Haschisch', 'cocaína (94 kilos), seguida de'
                dist = 0 if BRACKET_OPEN.fullmatch(gap) else len(gap) + 15
            if best is None or dist < best[0]:
                best = (dist, d.label_)
                best_span = d
        if best is not None:
            if best[1] == "*drugs*" and _drugs_in_general(doc_text(doc), best_span, q):
                return "other"  # 'el país que más drogas decomisa, con 200 toneladas anuales': no one drug
            if best[1] == "*drugs*":
                gap = doc_text(doc)[q.end:q.end + 24]
                back = re.search(r"(?:^|\W)(?:the|die|het|la|las|los|le|les|il|gli|lo|os|as|l')\s+(?:\w+\s+){0,2}$",
                                 doc_text(doc)[max(0, q.start - 30):q.start], re.I)
                if back and re.search(r"\b(?:of|von|van|de|di|da|do|du|des|del)\s+$", back.group(0), re.I):
                    back = None  # 'die Rekordmenge von 210 Tonnen Drogen': the article is the record's, not the figure's
                named_before = any(d.label_ != "*drugs*" and d.end_char <= q.start for d in drugs)
                plural = re.match(rf"\s*(?:of|de|di|van|von|d'|an)?\s*(?:[\w-]+\s+)?(?:{GENERIC_PLURAL})", gap, re.I)
                if first and not plural and not named_before and re.match(GENERIC_SINGULAR, gap, re.I) \
                        and (only_drug := _one_drug_named(doc)) and not _framed_as_total(low):
                    # 'más de una tonelada de droga fue decomisada ... los bloques de cocaína': the article's first
                    # find, told by the word for drugs, is of the one drug the article names
                    return only_drug
                if (plural or not named_before and re.match(GENERIC_SINGULAR, gap, re.I)) and not (back and dominant):
                    return "other"  # "221 tonnes of drugs": an unspecified total; "die insgesamt 125 Kilogramm Drogen" refers back
                if re.search(r"\d\s*(?:t|tons?|tonnes?|toneladas?|tonnellate|tonnen|kg|kilos?|kilogram\w*|quilos?|chili)\s+"
                             rf"(?:(?:of|de|di|van|von|d'|an)?\s*(?:[\w-]+\s+)?(?:{GENERIC_PLURAL})|{GENERIC_SINGULAR})[^\d]{{0,60}}$",
                             doc_text(doc)[max(0, q.start - 120):q.start], re.I):
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
        if q.kind == "packages":
            # bricks whose test names the drug further on, no other figure between: '197 paquetes tipo ladrillo que,
            # sometidos a la prueba de campo, dieron positivo para cocaína' (not the 'cuatro sacos' that held them)
            specific = [d for d in specific if d.start_char >= q.end and not re.search(r"\d", doc_text(doc)[q.end:d.start_char])]
        if len(specific) >= 1 and q.kind in ("weight", "volume", "packages"):
            # one drug named in the sentence, further away: "cocaine ... a total of 2 tonnes"
            names = {d.label_ for d in specific}
            if len(names) == 1:
                return specific[0].label_
        return None

    @staticmethod
    def _drop_counts(cands: list[Candidate], sents: list[Span]) -> list[Candidate]:
        """Counts are facts only when no weight is given for the same drug: in the same sentence, or for bricks
        anywhere in a sentence framed alike. A period's count ('59,434 drug packages so far this year') is no
        restatement of one seizure's weight, nor one seizure's bricks of a year's total. A weight beside a count of
        its own ('47 bricks weighing about 50 kilograms'), or told after a break in the story ('Six months ago ...
        officers seized 600kg'), weighs another find than bricks told in another sentence."""
        out = []
        for c in cands:
            if c.qty.kind in ("pills", "packages"):
                same_sent = any(o.qty.kind == "weight" and o.drug == c.drug and o.sent_index == c.sent_index for o in cands)
                framed = bool(cues.AGGREGATE.search(c.sent.text.lower()))
                # bricks of 'drugs' ('216 Pakete mit Drogen') count the packs of the weighed drug
                alike = any(o.qty.kind == "weight" and (o.drug == c.drug or c.drug == "other")
                            and bool(cues.AGGREGATE.search(o.sent.text.lower())) == framed
                            and not _weighs_another_find(o, c, cands, sents) for o in cands)
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
            short = None
            for o in out:
                # '2.9 tons of cocaine' ... 'the shipment totaled 2.9 tons of drugs': 'drugs' restates the named one
                if (o.drug != c.drug and "other" not in (o.drug, c.drug)) or o.qty.kind != c.qty.kind:
                    continue
                a, b = o.qty.value, c.qty.value
                if a is None or b is None:
                    if a is None and b is None and o.qty.kind == "volume":
                        twin = o
                    continue
                if _apposition(o, c):
                    twin = o  # '400 kg de résine, presque une demi tonne': the rounder figure set beside it restates it
                    break
                if _same_figure(a, o.qty.precision, b, c.qty.precision) and not _told_apart(o, c) \
                        and (abs(a - b) <= 0.005 * max(a, b) or _rounded_restatement(o if o.qty.precision < c.qty.precision else c, cands)):
                    twin = o
                    break
                short = _pounds_restatement(o, c, cands)
                if short is not None and not _told_apart(o, c):
                    twin = o
                    break
            if twin is None:
                out.append(c)
                continue
            twin.restated.append(c.qty)
            if short:  # the text's pounds settle 'tons' as short tons: the fact keeps the pounds figure
                if POUNDS_WORD.search(c.qty.text):
                    twin.restated.append(twin.qty)
                    twin.qty = c.qty
            elif c.qty.precision > twin.qty.precision:
                twin.restated.append(twin.qty)
                twin.qty = c.qty
            if twin.drug == "other":
                twin.drug = c.drug
        return out

    def _decide_primary(self, doc: Doc, ctx: DocContext, cands: list[Candidate]) -> None:
        lead = cands[0]
        seen: dict[int, list[DateMention]] = {}  # the calendar dates of each sentence read so far
        for c in cands:
            if c.told_before:
                c.primary = False  # 'Nach dem Rekordfund von 4,5 Tonnen (wir berichteten) ... weitere 1,5 Tonnen'
            elif c is lead:
                c.primary = True
            elif lead.kind == "event" and c.sent_index > lead.sent_index and _after_not_first(c, lead):
                c.primary = False  # 'This is not the first time ...': what follows is history
            elif lead.kind == "event":
                if c.kind == "aggregate":
                    c.primary = c.sent_index == lead.sent_index and not c.background
                else:
                    c.primary = c.sent_index == lead.sent_index or not c.background
                    if c.primary and c.sent_index != lead.sent_index and self._other_period(doc, ctx, c, lead, cands, seen):
                        c.primary = False
            elif c.kind == "event":
                # components of a total the article reports one by one
                c.primary = not c.background and not self._other_period(doc, ctx, c, lead, cands, seen)
            else:
                c.primary = not self._other_period(doc, ctx, c, lead, cands, seen) and not c.background
        # a yearly total of an earlier year than the latest one the article's news totals name is history: annual
        # figures are news for their latest year ('In 2013, 4.7 tonnes ... That rose to 62.1 tonnes in 2019, and now
        # 65.48 tonnes in 2020'; 'D'un peu plus d'une tonne en 2019, elles ont bondi à sept tonnes en 2022'); a
        # running total of the next year told as background ('22 tonnes so far in 2024') names none
        latest = max((int(d.value[:4]) for o in cands if o.kind == "aggregate" and o.primary
                      for d in self.dates.dates(doc, ctx, o.sent) if d.precision == "year" and not d.follows), default=None)
        for c in cands:
            own = nearest(c.dates, c.qty)
            if c.primary and c.kind == "aggregate" and latest is not None and own is not None and own.precision == "year" \
                    and not own.follows and all(int(d.value[:4]) < latest for d in c.dates):
                c.primary = False
        # every reported component of the total the article is about is news, dated or not ('a finales de marzo
        # un primer alijo de 185 kilos', 'the items tested positive for crystal meth, which weighed 10kg')
        _, parts = ctx.totals
        for c in cands:
            total = parts.get(id(c))
            if total is not None and total.primary and c.kind == "event":
                c.primary = True
        # the older figure of a change is history ('rose from 11,141kg in the year to March 2021 to 18,767kg', 'von
        # 9,5 Tonnen auf knapp 34 Tonnen'), whatever the newer one is
        for c in cands:
            if c.primary and _older_of_a_change(doc_text(doc), c, cands):
                c.primary = False
        # and a total that sums the news finds after them is news too ('200 chili ... 150 chili. Per un totale di 350
        # chili', 'um total de 200 kg'), unless it is told as history
        for c in cands:
            if c.primary or c.background:
                continue
            summed = [o for o in cands if parts.get(id(o)) is c]
            if summed and all(o.primary and o.sent_index <= c.sent_index for o in summed):
                c.primary = True

    def _other_period(self, doc: Doc, ctx: DocContext, c: Candidate, lead: Candidate, cands: list[Candidate],
                      seen: dict[int, list[DateMention]]) -> bool:
        """True when the candidate's own date points to another time than the lead's (or, when the lead names
        none, to a month at least two months before the report: 'In August, authorities detected 918 kg' in a
        December report)."""
        if self._dated_apart(ctx, c, lead, cands, seen):
            return True
        if not c.dates:
            return self._scene_of_another_month(doc, ctx, c, lead)
        mine = nearest(c.dates, c.qty)
        if not lead.dates:
            ref = ctx.ref
            if mine is not None and not mine.follows and mine.precision == "year" and c.kind == "event":
                # a find dated by a bare past year beside an undated lead is history ('los más de 700 kilos que
                # encontró la Guardia Civil en 2012'); the news is told by its day or month, or not dated at all
                return ref is None or int(mine.value) < ref.year
            if mine is None or mine.follows or ref is None or mine.precision == "year":
                return False
            year, month = int(mine.value[:4]), int(mine.value[5:7])
            return (ref.year - year) * 12 + ref.month - month >= 2
        theirs = nearest(lead.dates, lead.qty)
        if mine is None or theirs is None or mine.follows:
            return False  # "a day later": the story goes on, not another period
        n = min(len(mine.value), len(theirs.value))
        return mine.value[:n] != theirs.value[:n]

    @staticmethod
    def _dated_apart(ctx: DocContext, c: Candidate, lead: Candidate, cands: list[Candidate],
                     seen: dict[int, list[DateMention]]) -> bool:
        """A later find dated by the calendar ('El 29 de abril', 'Fin mars', 'On 11 December') in a report of one find
        whose own telling names no day or month of that month: newsrooms give the weekday for the days of the
        week just past ('ont été saisies vendredi', 'este sábado', 'last week') and the date for anything older, so
        a calendar date the news is not told in is another, earlier episode. A weekday ('Mercredi, la garde civile a
        également saisi') stays the same week's news."""
        if lead.kind != "event" or c.kind != "event" or c.sent_index <= lead.sent_index:
            return False
        own = _calendar_dates(ctx, c.sent, seen)
        mine = _owned(c, own, cands)
        if mine is None:
            return False
        # the news's dates: its own telling before, and a date the find's sentence names for it ('As a result of
        # the investigation into the find on February 12, another seven tons were seized on February 21')
        told = [d for k in range(c.sent_index) if k == lead.sent_index or k not in ctx.cand_sents
                for d in _calendar_dates(ctx, ctx.sents[k], seen)] + [d for d in own if d is not mine]
        return not any(_same_month(mine, d) for d in told)

    def _scene_of_another_month(self, doc: Doc, ctx: DocContext, c: Candidate, lead: Candidate) -> bool:
        """An undated later event whose scene is set by the sentence before it in another month than the lead's
        ('In June of this year more than $1 billion worth of cocaine has been seized at a Philadelphia Port.
        They say the drug bust netted 16.5 tons' in a report of an August find): history, not the news."""
        theirs = nearest(lead.dates, lead.qty)
        if c.kind != "event" or c.sent_index <= lead.sent_index or theirs is None or theirs.precision == "year":
            return False
        scene = self.dates.preceding(doc, ctx, c, ctx.sents, set())
        return (scene is not None and not scene.follows and scene.precision in ("day", "month")
                and scene.value[:7] != theirs.value[:7])

    # ------------------------------------------------------------------ fields
    def _fact(self, doc: Doc, ctx: DocContext, c: Candidate, lead_sent: Span, sents: list[Span], cand_sents: set[int]) -> SeizureFact:
        q = c.qty
        text = c.sent.text
        port = self.ports.resolve(doc, ctx, c, lead_sent)
        country, agencies = self.credit.resolve(doc, ctx, c, port, lead_sent, sents, cand_sents)
        when = self.dates.resolve(doc, ctx, c, lead_sent, sents, cand_sents)
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
            concealment=self.concealment.resolve(doc, ctx, c, lead_sent),
            origin_country=self.origin.resolve(doc, ctx, c, lead_sent),
            evidence=text.strip(),
            start_char=c.sent.start_char,
            end_char=c.sent.end_char,
            latitude=port.lat if port else None,
            longitude=port.lon if port else None,
        )

# the day relative dates are read against when the article gives none: month and day names still read as such
PROBE_DAY = date(2100, 12, 31)
# a date told by the calendar (a month's name, '29/04/2021', '2021-04-29'), not by a weekday or 'last week'; a date
# given with its weekday ('le vendredi 15 avril') is a day of the week just past
CALENDAR = re.compile(rf"(?<!\w)(?:{MONTH_RE})(?!\w)|\d[./]\d{{1,2}}[./]|\d{{4}}-\d{{2}}-\d{{2}}", re.I)
WEEKDAY = re.compile(rf"(?<!\w)(?:{WEEKDAY_RE})(?!\w)", re.I)
WEEKDAY_BEFORE = re.compile(rf"(?<!\w)(?:{WEEKDAY_RE})\W+(?:\w+\s+)?$", re.I)


def _calendar_dates(ctx: DocContext, sent: Span, seen: dict[int, list[DateMention]]) -> list[DateMention]:
    """The day and month dates of a sentence told by the calendar, in sentence offsets; without the article's own
    date a month or day with no year is read against a far day, so only its month counts. `seen` keeps them by
    sentence start for the document."""
    if sent.start in seen:
        return seen[sent.start]
    text = sent.text
    ref = ctx.ref or PROBE_DAY
    seen[sent.start] = [d for d in find_dates(text, ref, ctx.ref_precision if ctx.ref else "day")
            if not d.follows and d.precision in ("day", "month") and CALENDAR.search(text[d.start:d.end])
            and not WEEKDAY.search(text[d.start:d.end])
            and not WEEKDAY_BEFORE.search(text[max(0, d.start - 16):d.start]) and not is_reporting(text, d)]
    return seen[sent.start]


def _scene_day(ctx: DocContext, c: Candidate) -> bool:
    """The plain sentence just before the candidate's own (no figure, no headline) tells a day: 'De eerste partij
    werd 12 december gevonden in een container', 'La première intervention s'est déroulée le 2 mai'. Without the
    article's own date a day with no year is read against the far probe day: only that a day is told counts."""
    k = c.sent_index - 1
    while k >= 0 and not ctx.sents[k].text.strip():
        k -= 1
    if k < 0 or k in ctx.cand_sents or is_headline(ctx.sents[k], k) or vague_time(c.sent.text):
        return False
    text = ctx.sents[k].text
    return any(d.precision == "day" and not is_reporting(text, d)
               for d in find_dates(text, ctx.ref or PROBE_DAY, ctx.ref_precision if ctx.ref else "day"))


def _owned(c: Candidate, found: list[DateMention], cands: list[Candidate]) -> DateMention | None:
    """The date of `found` nearest to the candidate's figure, when no other figure of its sentence is nearer."""
    off = c.sent.start_char
    figures = [o.qty for o in cands if o.sent_index == c.sent_index]

    def gap(d: DateMention, q: Quantity) -> int:
        return max(d.start + off - q.end, q.start - (d.end + off), 0)
    best = min(found, key=lambda d: gap(d, c.qty), default=None)
    if best is None or any(gap(best, q) < gap(best, c.qty) for q in figures if q is not c.qty):
        return None
    return best


def _same_month(a: DateMention, b: DateMention) -> bool:
    """Two dates of one month; a year read against the far probe day is no year at all."""
    ya, yb = a.value[:4], b.value[:4]
    return a.value[5:7] == b.value[5:7] and (ya == yb or str(PROBE_DAY.year) in (ya, yb))


def _without_conversions(text: str, qspans: list[Span]) -> list[Span]:
    out: list[Span] = []
    prev_end = -1
    for qs in qspans:
        if qs._.qty is not None and not SeizureAssembler._is_conversion(text, qs._.qty, prev_end):
            out.append(qs)
        prev_end = qs.end_char
    return out or qspans


# the figure of an earlier find that the news is told after: 'Nach dem Rekordfund von 4,5 Tonnen', 'after the record
# seizure of 8 tonnes', 'Dopo il maxi sequestro di 4 tonnellate', 'tras el alijo de', 'après la saisie de', 'na de vangst van'
PRIOR_FIND_BEFORE = re.compile(
    r"\b(?:nach|after|following|dopo|tras|después\s+de|após|depois\s+d[aoe]|après|na)\s+(?:dem|der|the|il|lo|l['’]|el|la|le|"
    r"a|o|de|het)\s*(?:[\w-]+\s+){0,2}?(?:\w*fund|sicherstellung|seizure|haul|find|bust|sequestro|ritrovamento|alijo|"
    r"incautación|decomiso|hallazgo|apreensão|saisie|découverte|vangst|vondst|inbeslagname)\s+(?:von|of|di|de|du|del|"
    r"da|do|van)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# 'Hamburg (wir berichteten)', 'wie berichtet', '(we reported)': the find told was news before
WE_REPORTED = re.compile(r"\((?:wir|we)\s+(?:berichteten|reported)\)|\bwie\s+(?:bereits\s+)?berichtet\b", re.I)


def _news_after_an_earlier_find(text: str, cands: list[Candidate]) -> list[Candidate]:
    """'Nach dem Rekordfund von 4,5 Tonnen Kokain (wir berichteten) wurden ... weitere 1,5 Tonnen entdeckt': the first
    figure is an earlier find the news is told after, the next figure of that drug (in its sentence or the next) the
    news. That next figure leads; the earlier find is background."""
    if len(cands) < 2:
        return cands
    first, news = cands[0], cands[1]
    if news.sent_index - first.sent_index > 1 or news.drug != first.drug or news.qty.start <= first.qty.end:
        return cands
    if not (PRIOR_FIND_BEFORE.search(text[first.sent.start_char:first.qty.start])
            or WE_REPORTED.search(text[first.qty.end:news.qty.start])):
        return cands
    first.told_before = True
    return [news, first, *cands[2:]]


BROUGHT_TO = re.compile(r"(?:bringing|taking|brings|takes|bring|take)\s+the\s+total\b")


def _total_brought_after(c: Candidate, low: str) -> bool:
    """'found 300 kg of cocaine on Monday, bringing the total seized at the port to 2.4 tonnes': the first frame of a
    total in the sentence is the find bringing a total to a later figure; the find itself is one seizure."""
    first = cues.AGGREGATE.search(low)
    return first is not None and BROUGHT_TO.match(low, first.start()) is not None \
        and first.start() >= c.qty.end - c.sent.start_char


CHANGE_FROM = re.compile(
    r"(?<!\w)(?:from|von|van|da|de|passando da|passant de)\s+(?:about |around |nearly |almost |some |etwa |rund |circa |ca\. |"
    r"cerca de |environ |ongeveer )?$", re.I)
CHANGE_TO = re.compile(
    r"(?<!\w)(?:to|auf|à|a|naar|tot|para)\s+(?:about |around |nearly |almost |more than |over |some |etwa |rund |knapp |"
    r"mehr als |circa |cerca de |environ |plus de |oltre |más de |mais de |ruim |bijna |ongeveer )?$", re.I)


# a total brought to a figure by the find before it: 'Plus de 500 kg de cocaïne ... portant à 2 tonnes la cocaïne saisie',
# 'un alijo de 300 kilos de cocaína, lo que eleva a 1.500 kilos', 'von 300 Kilogramm ..., damit stieg ... auf 2 Tonnen'
BRINGS_TO = re.compile(
    r"(?<!\w)(?:brings?|bringing|brought|takes?|taking|took|rais(?:es|ed|ing)|port(?:e|ent|ant|a|ano|ando)|"
    r"elev(?:a|an|ando|ó|aron|ou|aram)|llev(?:a|an|ando|ó)|lev(?:a|am|ando|ou)|erhöh\w*|bringt|brachte|brengt|bracht)(?!\w)",
    re.I)


def _older_of_a_change(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """'rising from 187kg (412lbs) to 1,837kg', 'passées de 9 à 14 tonnes': the figure after 'from' that a later
    figure of the same drug in the sentence replaces after 'to' is the earlier period's. 'de', 'von', 'van' also
    mean 'of' ('plus de 500 kg', 'un alijo de 300 kilos'): a change is one phrase, with no clause break and no verb
    that brings a total to the later figure between the two."""
    if not CHANGE_FROM.search(text[max(c.sent.start_char, c.qty.start - 30):c.qty.start]):
        return False
    for o in cands:
        if o is not c and o.sent_index == c.sent_index and o.drug == c.drug and o.qty.start > c.qty.end:
            between = text[c.qty.end:o.qty.start]
            if len(between) <= 90 and CHANGE_TO.search(between) and not re.search(r"[;:]|,\s", between) \
                    and not BRINGS_TO.search(between):
                return True
    return False


MONTH_BEFORE = re.compile(rf"(?:{MONTH_RE})\.?\s*(?:de\s+|of\s+)?$", re.I)


def _largest_of_the_period(c: Candidate, lead: Candidate) -> bool:
    """'The biggest catch was a shipment of 4,500 kg', 'De grootste vangst betrof 2,5 ton' in a story led by a period's
    total: the superlative ranks the total's own finds, so it tells no history. Only when every background cue of the
    sentence is that superlative, and it does not reach over all time ('the largest seizure ever', 'ooit')."""
    if c is lead or lead.kind != "aggregate" or c.kind != "event":
        return False
    low = c.sent.text.lower()
    spans = [m.span() for m in cues.LARGEST_FIND.finditer(low)]
    if not spans or cues.EVER.search(low):
        return False
    return all(any(s <= m.start() and m.end() <= e for s, e in spans) for m in cues.BACKGROUND.finditer(low))


def _weak_aggregate(text: str) -> bool:
    """'in 2023', 'last year' frame a total, unless they only finish a date ('in August last year', '31 de janeiro deste ano')
    or close a superlative ('la plus importante saisie réalisée cette année')."""
    low = text.lower()
    records: list[tuple[int, int]] | None = None  # 'the largest seizure this year' ranks one find, it frames no total
    for m in cues.WEAK_AGGREGATE.finditer(low):
        if MONTH_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        if records is None:
            records = [r.span() for r in cues.RECORD_SO_FAR.finditer(low)]
        if not any(start <= m.start() and m.end() <= end for start, end in records):
            return True
    return False


def _continues_a_period(sents: list[Span], c: Candidate, earlier: list[Candidate]) -> bool:
    """'Le record des saisies annuelles est tombé en 2022. Au total, la douane a intercepté 95 tonnes', 'En 2019, la douane
    a saisi 11 tonnes. S'y ajoutent 9 tonnes saisies en mer': a sentence that opens by summing up ('Au total', 'In
    totaal') or adding to ('S'y ajoutent', 'Daarnaast') the sentence before it counts over that sentence's period, when
    that sentence frames one with no figure of its own, or its figures are all totals."""
    if c.sent_index == 0 or not cues.sums_up_before(c.sent.text):
        return False
    told = [o for o in earlier if o.sent_index == c.sent_index - 1]
    if told:
        return all(o.kind == "aggregate" for o in told)
    prev = sents[c.sent_index - 1]
    return bool(cues.AGGREGATE.search(prev.text.lower()) or _weak_aggregate(prev.text))


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
        # a figure dated to one day sums no figures dated to other days ('1200 kg - 12 dec 2019' in a list of finds
        # is not '750 kg - 30 nov 2019' + '400 kg - 28 maart 2019' + ...)
        day = _day_of(c)
        pool = [o for o in weights if o is not c and (o.qty.value or 0) < total
                and (o.drug == c.drug or c.drug == "other" or o.drug in named or summing and "*drugs*" in named)
                and (o.qty.start > first or summing and c.sent_index - o.sent_index <= 3)
                and not (day and _day_of(o) not in (None, day))]
        # 'plus d'une tonne' sums to a tonne or a little more, 'bijna 3000' to a little less
        hedge = doc_text(doc)[max(0, c.qty.start - 25):c.qty.start].lower()
        low, high = total - tolerance, total + tolerance
        if cues.HEDGE_MORE.search(hedge):
            high = max(high, total * 1.15)
        elif cues.HEDGE_LESS.search(hedge):
            low = min(low, total * 0.85)
        elif ABOUT_BEFORE.search(hedge) and c.qty.precision <= 2:
            # 'rund drei Tonnen' for 2 + 1,2 Tonnen: a round figure said to be about the sum
            low, high = min(low, total * 0.9), max(high, total * 1.1)
        found = _sum_of(pool, total, low, high)
        if found is None:
            continue
        drugs = {o.drug for o in found}
        totals.add(id(c))
        parts.update({id(o): c for o in found})
        if len(drugs) > 1:
            c.drug = "other"  # one seizure of several drugs: the total is 'other', each drug an event


BRACKET_OPEN = re.compile(r"\s*\(\s*(?:[^\W\d]+\.?\s+){0,2}")
ABOUT_BEFORE = re.compile(
    r"(?<!\w)(?:about|around|roughly|approximately|some|circa|ca\.|environ|ongeveer|zo'?n|etwa|rund|cerca\s+de|"
    r"alrededor\s+de|aproximadamente|unos|unas|cerca\s+di)\s*$", re.I)


FORMS_JOIN = re.compile(
    r"\s*(?:(?:of|de|di|van|von|an)\s+|d['’])?[^\d.;:()]{0,45}?(?:,|\s(?:and|et|y|e|und|en|plus))\s+(?:(?:of|de|di|van|von)\s+|d['’])?$",
    re.I,
)


HEDGE_ABOUT = re.compile(
    r"(?:about|around|some|roughly|approximately|an estimated|estimated|circa|ca\.|environ|quelque|ongeveer|zo'?n|etwa|rund|gut|"
    r"cerca de|alrededor de|unos|unas|aproximadamente|aprox\.|cerca di|circa|quasi|près de|près d['’]|presque|almost|nearly|"
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


POUNDS_WORD = re.compile(r"\b(?:pounds?|lbs?)\b", re.I)
PLAIN_TONS = re.compile(r"(?<!metric )(?<!short )\btons?\b", re.I)  # 'tons', not 'tonnes' nor 'metric tons'


def _readings(q: Quantity, pounds_beside: bool) -> list[tuple[float, float, bool]]:
    """The weights a figure can mean, as (kilograms, kilograms per unit written, short-ton reading): plain 'tons' set
    beside pounds may be US short tons ('17.5 tons' for '35,000 lbs')."""
    v = q.value or 0.0
    if POUNDS_WORD.search(q.text):
        return [(v, LB, False)]
    if PLAIN_TONS.search(q.text):
        out = [(v, 1000.0, False)]
        if pounds_beside:
            out.append((v / 1000.0 * SHORT_TON, SHORT_TON, True))
        return out
    return [(v, 1.0, False)]


def _pounds_restatement(a: Candidate, b: Candidate, cands: list[Candidate]) -> bool | None:
    """'35,000 lbs' and 'over 17.5 tons', '34,780 pounds' and 'more than 17 tons', '139.4 kilograms (307 pounds)' and
    'more than 300 pounds': US and Caribbean outlets restate one seizure in another unit, rounded in the unit the
    rougher figure is written in (and 'tons' beside pounds are short tons). None when the two are not one figure;
    else whether only the short-ton reading makes them one."""
    if a.qty.kind != "weight" or b.qty.kind != "weight" or not a.qty.value or not b.qty.value:
        return None
    pa, pb = bool(POUNDS_WORD.search(a.qty.text)), bool(POUNDS_WORD.search(b.qty.text))
    if pa == pb:
        return None  # kilograms against kilograms, pounds against pounds: the plain comparison
    found = None
    for rough, precise in ((a, b), (b, a)):
        if rough.qty.precision > precise.qty.precision:
            continue
        for rv, unit, rs in _readings(rough.qty, pounds_beside=True):
            for pv, _, ps in _readings(precise.qty, pounds_beside=True):
                if not _same_figure(pv / unit, precise.qty.precision, rv / unit, rough.qty.precision):
                    continue
                if abs(pv - rv) <= 0.005 * max(pv, rv) or _rounded_restatement(rough, cands):
                    short = rs or ps
                    if found is None or (found and not short):
                        found = short
    return found


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


# words for drugs in general after a figure: an unspecified amount ('221 tonnes of drugs', '14 tonnes de produits
# stupéfiants'); a singular only right after 'of' with no article ('350 chili di droga', 'más de 1.000 kilos de droga')
# and no drug named before it in the sentence, since '1.000 kilos de la droga', 'della droga', 'a terceira apreensão de
# cocaína ..., totalizando mais de uma tonelada de droga' refer back to the drug named before
GENERIC_PLURAL = ("drugs|drogas|drogues|droghe|drogen|narcotics|stupéfiants|estupefacientes|rauschgift|stupefacenti|"
                  "narcóticos|entorpecentes")
GENERIC_SINGULAR = (r"\s*(?:de|di|d'|of)\s*(?:droga|drogue|stupéfiant|stupefacente|estupefaciente|entorpecente|"
                    r"sostanza stupefacente|sustancia estupefaciente)(?!\w)")


# the drug as the subject that opens its sentence: 'La sostanza stupefacente, nascosta all'interno di un container
# proveniente dal Centro America, pesava complessivamente circa 116 kg'
SUBJECT_OPENING = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:the|la|el|le|il|lo|l['’]|die|das|der|het|de|o|a)\s*$", re.I)


def _subject_of(text: str, d: Span, gap: str) -> bool:
    """The drug opens its sentence with its article and the figure ends the predicate that follows it, after at most
    one parenthetical between commas and no other figure: the drug is the subject the sentence tells the weight of.
    Not across a colon or another clause ('La droga, ..., è stata distrutta: il carico di caffè pesava 20 tonnellate')."""
    if len(gap) > 160 or re.search(r"\d|[.!?]\s|[:;]", gap):
        return False
    if not (re.fullmatch(r"(?:\s+[\w-]+)?,[^,]*,\s*[^,]{0,40}", gap) or "," not in gap and len(gap) <= 90):
        return False
    return bool(SUBJECT_OPENING.search(text[max(0, d.start_char - 12):d.start_char]))


# a sentence that opens on the figure with a definite article ('The estimated 80kg of heroin had been shipped ...',
# 'Die 300 Kilogramm waren ... versteckt', 'Los 500 kilos habían sido enviados')
DEFINITE_OPENING = re.compile(
    r"^\s*(?:the|this|these|that|those|la|las|los|el|le|les|ces|cette|il|lo|gli|le|questi|queste|die|diese|das|het|"
    r"deze|os|as|esta|estas|este|estos)\s+(?:[\w-]+\s+)?$", re.I)


def _the_seized_amount(text: str, q: Quantity, sent: Span, before: Span | None) -> bool:
    """A sentence that opens on a definite reference to the figure, after a sentence that tells a seizure, tells
    more of the seized drugs ('Heroin worth more than £5 million has been seized ... The estimated 80kg of heroin had
    been shipped to the UK from Asia'): its shipping verb does not make the amount smuggled only."""
    return (before is not None and bool(cues.SEIZED.search(before.text.lower()))
            and bool(DEFINITE_OPENING.match(text[sent.start_char:q.start])))


def _headline_before_stamp(sent: Span, index: int, page_span: tuple[int, int]) -> bool:
    """The first sentence, ended only by the page's date stamp on the same line ('Zoll stellt 16 Tonnen Kokain sicher
    Stand: 24.02.2021 12:05 Uhr Beamte der Zollfahndung haben ...'), is the headline: it restates the body."""
    text = doc_text(sent.doc)
    start = page_span[0]
    return (index == 0 and start > 0 and sent.end_char <= start and not text[sent.end_char:start].strip()
            and len(sent.text.strip()) < 200 and not CLOSED.search(sent.text.strip()))


def _day_of(c: Candidate) -> str | None:
    """The day a figure's own date names, if it names one."""
    d = nearest(c.dates, c.qty)
    return d.value if d is not None and d.precision == "day" else None


def _told_as_operations(lead: Candidate, sents: list[Span], cand_sents: set[int], limit: int = 3) -> bool:
    """The sentences that go on telling the lead, before any other figure, count the operations it took ('oltre 18
    tonnellate di hashish [...] bloccati in due distinte operazioni', 'They represent 21 separate interdictions'): the
    lead is a total of them. Not when the lead names one shipment ('in a container')."""
    if cues.SINGLE_SHIPMENT.search(lead.sent.text.lower()):
        return False
    told = 0
    for k in range(lead.sent_index + 1, len(sents)):
        text = sents[k].text.lower()
        if not text.strip():
            continue
        if k in cand_sents or cues.STORY_BREAK.search(text) or told >= limit:
            return False
        if any(OPERATIONS_FRAME.search(text[:m.start()]) or SEPARATE.search(m.group(0))
               for m in cues.SEVERAL_OPERATIONS.finditer(text)):
            return True
        told += 1
    return False


# the operations are how the find was made ('in due distinte operazioni', 'represent 21 separate interdictions'), not a
# count of something else ('found blocks in the linings of all four cases')
OPERATIONS_FRAME = re.compile(
    r"(?<!\w)(?:in|en|em|dans|lors de|au cours de|nel|nell'|nel corso di|durante|during|over|across|bei|im rahmen von|tijdens|"
    r"bij|represent(?:s|ed|ing)?|through|mediante|através de)\s+(?:the\s+|las\s+|los\s+|as\s+|os\s+|les\s+|de\s+)?$",
    re.I,
)
SEPARATE = re.compile(r"(?<!\w)(?:separate|independent|independientes|distintas|distinte|distinct|afzonderlijke|aparte|"
                      r"verschiedenen|consecutive|consecutivas|different)(?!\w)", re.I)


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


# the quantifier right before a generic 'drugs' that makes it drugs in general
MORE_OR_MOST = re.compile(r"(?:^|\W)(?:más|menos|mais|most|more|fewer|less|mehr|meisten|weniger|plus|moins|più|"
                          r"meno|meer|meeste|minder)\s+(?:\w+\s+)?$", re.I)


def _one_drug_named(doc: Doc) -> str | None:
    """The one drug an article names (by name, not as 'drugs'), if it names exactly one."""
    named = {s.label_ for s in doc.spans.get("drug", []) if s.label_ != "*drugs*"}
    return named.pop() if len(named) == 1 else None


def _framed_as_total(low: str) -> bool:
    """A sentence that frames its figures as a total: over a period, a set of operations or summed up."""
    return bool(cues.AGGREGATE.search(low) or cues.TOTAL.search(low) or cues.WEAK_AGGREGATE.search(low))


def _drugs_in_general(text: str, d: Span | None, q: Quantity) -> bool:
    """'drugs' counted against other drugs before the figure ('el tercer país que más drogas decomisa, con 200
    toneladas', 'the country that seizes the most drugs, with 200 tonnes a year') is drugs in general, not the drug
    named before. Only a word of more or most makes it so: 'officers seized drugs weighing 450 kg', 'hallaron drogas
    por un peso de 450 kilos' weigh the story's drug."""
    if d is None or d.end_char > q.start or not re.fullmatch(GENERIC_PLURAL, d.text, re.I):
        return False
    return bool(MORE_OR_MOST.search(text[max(0, d.start_char - 25):d.start_char]))


def _tells_a_seizure(low: str) -> bool:
    """A seizure word in the sentence; a word of totals tells none: 'A carga de café totalizava 100 toneladas',
    'the cargo totalled 100 tonnes' weigh the goods the drug was hidden in."""
    return any(not m.group(0).startswith("total") for m in cues.SEIZED.finditer(low))


def _cut_off(text: str, sent_end: int) -> bool:
    """The sentence is where the excerpt stops, mid-sentence (no closing punctuation)."""
    rest = text[sent_end:].strip()
    return not rest and not re.search(r"[.!?»\"”)\]]\s*$", text[:sent_end])


# a cutting agent right after the figure ('1,6 kg Streckmittel', '3 kg an Streckmitteln', '2 kg mutmaßliches
# Streckmittel'); never past a drug's name ('12 kg Kokain mit Streckmittel' is 12 kg of cocaine)
CUT_AFTER = re.compile(rf"\s*(?:(?:an|von|des|der|weitere[ns]?|reine[ns]?|mutmaßliche[ns]?|sogenannte[ns]?)\s+)?"
                       rf"(?:{cues.CUTTING_AGENT.pattern})")


def _of_other_goods(text: str, q: Quantity, drugs: list[Span]) -> bool:
    """'695 toneladas de cigarro', '113,34 toneladas de pescado', '40,000 tonnes of soybeans': a weight followed by
    'of' and no drug named before the next figure is a weight of something else; so is a cutting agent named right
    after the figure ('2 kg Kokain und 1,6 kg Streckmittel')."""
    if q.kind == "weight" and CUT_AFTER.match(text[q.end:q.end + 40].lower()):
        return True
    if q.kind != "weight" or not OF_SOMETHING.match(text, q.end):
        return False
    return not any(q.end <= d.start_char <= q.end + NEAR_AFTER and not re.search(r"\d", text[q.end:d.start_char])
                   for d in drugs)


def _not_a_seizure(text: str, q: Quantity, sent_start: int, sent_end: int) -> bool:
    """A per-item weight ('each weighing 50kg', 'unos 20 kilos cada una'), a size class ('seizures of 100kg or
    more', 'saisies de plus de 100 kg') or the weight a drug is stretched to ('auf etwa 120 Kilogramm gestreckt'): no
    seizure of that amount."""
    before = text[max(sent_start, q.start - 60):q.start]
    after = re.split(r"[.;:!?]", text[q.end:min(sent_end, q.end + 60)])[0]
    if cues.PER_ITEM_BEFORE.search(before) or cues.THRESHOLD_BEFORE.search(before):
        return True
    each = cues.PER_ITEM.search(after[:35])
    if each and not re.search(r"\d", after[:each.start()]):
        return True  # no other figure between the amount and 'each'
    if CUT_TO_AFTER.match(after):
        return True
    return bool(re.match(rf"\s*(?:\([^()]*\)\s*)?(?:{cues.THRESHOLD.pattern})", after, re.I))


# the weight a drug would be stretched to, the verb right after the figure or two words on ('auf etwa 120 Kilogramm
# gestreckt', 'auf 500 Kilogramm Straßenware zu strecken'); a clause break or another figure between ends it
CUT_TO_AFTER = re.compile(rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:{cues.CUT_TO.pattern})", re.I)


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
        if not CONTRAST.search(text[q.end_char:d.start]) and not (after and _opens_next(text, q, d, after[0])):
            return q
        if not after:
            return None  # "2.310 kg, more than double the first half of last year": the date is the comparison's
    if after:
        return after[0]
    return None


# a date that opens the next clause after a comma: 'Maandag ging het om 700 kilo in een lading bananen, woensdag om 400
# kilo', '800 kilos dans un conteneur, mardi 300 kilos'
CLAUSE_OPEN = re.compile(r"[,;]\s*(?:(?:on|op|le|el|am|il)\s+)?$", re.I)


# a date written as the label of the next figure, the way German and Dutch papers give a comparison in brackets:
# 'insgesamt 109,9 Tonnen (2021: knapp 90 Tonnen)', '80 Tonnen, 2022: 60 Tonnen'
LABEL_OPEN = re.compile(r"[(,;]\s*$")
LABEL_AFTER = re.compile(r"\s*:\s*[^\W\d]*\s*$")


def _opens_next(text: str, q: Span, d: DateMention, nxt: Span) -> bool:
    """The date opens a clause of its own, right before the next figure: it is that figure's, not the one before."""
    between = text[q.end_char:d.start]
    if LABEL_OPEN.search(between) and LABEL_AFTER.fullmatch(text[d.end:nxt.start_char]):
        return True
    return bool(CLAUSE_OPEN.search(between)) and nxt.start_char - d.end <= 25 \
        and not re.search(r"[,;.:]", text[d.end:nxt.start_char])


APPOSITION = re.compile(
    # only the drug's name between them ('de résine de cannabis'), never a place or a day ('at Rotterdam on Monday')
    r"\s*(?:(?:(?:of|de|di|van|von|d['’])\s*)?(?:(?!(?:at|à|au|aux|in|en|on|dans|sur|op|im|am|bei|a|em|no|na|nel|al)\b)"
    r"[^\W\d][\w'’-]*\s*){1,4})?,\s*(?:soit|ou|c['’]est-à-dire|or|oder|o sea|ossia|ofwel|dus)?\s*"
    r"(?:presque|près\s+d[e'’]|environ|quasiment|almost|nearly|about|around|roughly|bijna|ruim|ongeveer|casi|cerca\s+de|"
    r"quasi|quase|fast|knapp|rund|circa)\s*",
    re.I,
)


def _apposition(a: Candidate, b: Candidate) -> bool:
    """'400 kg de résine de cannabis, presque une demi tonne', '1,190 kilos of cocaine, almost 1.2 tonnes': a hedged
    figure set after a comma right behind another figure of the same sentence restates it in round terms (within
    a third), however loosely the rounding is done."""
    if a.sent_index != b.sent_index or a.qty.end > b.qty.start or a.qty.kind != "weight" or b.qty.kind != "weight":
        return False
    x, y = a.qty.value or 0.0, b.qty.value or 0.0
    gap = doc_text(a.sent.doc)[a.qty.end:b.qty.start]
    return bool(x and y and abs(x - y) <= 0.3 * max(x, y) and APPOSITION.fullmatch(gap))


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """Two close figures are two seizures when their dates differ or the text says 'another'."""
    if a.sent_index == b.sent_index:
        return True
    da, db = nearest(a.dates, a.qty), nearest(b.dates, b.qty)
    if da is not None and db is not None and da.value != db.value:
        return True
    if a.qty.value and b.qty.value and min(a.qty.precision, b.qty.precision) >= 3 \
            and abs(a.qty.value - b.qty.value) <= 0.001 * a.qty.value:
        return False  # the same precise figure twice ('35,436kg' in a caption and in the text): 'previous' is another's
    if cues.STORY_BREAK.search(b.sent.text):
        return True
    again = [m.group(0) for m in cues.AGAIN.finditer(b.sent.text)]
    # 'the divers brought up 44 packages ... with a total weight of 56 kilos' after '56 kilos' in the lead: the weight of
    # what was found restates the find when only 'after' or 'shortly after' tells the order of the search ('another'
    # or 'a second' still tells a second find)
    return bool(again) and not (a.qty.value == b.qty.value and _weight_of_the_find(b)
                                and all(ORDER_WORD.fullmatch(w) for w in again))


ORDER_WORD = re.compile(r"después|dopo|depois|later|plus\s+tard|später", re.I)

# 'in recent days' with no count of days: when the news happened, not a period summed ('negli ultimi tre giorni' is one)
LATE_DAYS = re.compile(r"(?:últimos|ultimos|ultimi|last|past) (?:few )?(?:días|dias|giorni|days)", re.I)
# one seizure named as such: 'ha permitido la incautación de', 'permitiu a apreensão ... de', 'il sequestro di'
ONE_SEIZURE = re.compile(
    r"\b(?:la|una) (?:incautación|aprehensión|intervención) de|\b(?:a|uma) apreensão\b"
    r"|\b(?:il|un) sequestro di|\b(?:the|a) seizure of", re.I)


def _one_seizure_of_late(low: str) -> bool:
    """'La operación ha permitido la incautación de 500 kilos ... en contenedores desembarcados en los últimos días',
    'permitiu a apreensão em alto mar, nos últimos dias, de mais de uma tonelada': a sentence whose only period words are
    'in recent days' and which names one seizure tells that seizure, not a total of the days ('negli ultimi giorni sono
    stati sequestrati ...' still is one)."""
    found = [m.group(0) for m in cues.AGGREGATE.finditer(low)]
    return bool(found) and all(LATE_DAYS.fullmatch(f) for f in found) and bool(ONE_SEIZURE.search(low))


WEIGHT_OF = re.compile(
    r"(?:peso|pesando|weight|weighing|poids|pesant|gewicht)(?:\s+(?:total|totale|complessivo|bruto|lordo|netto|neto|"
    r"global|gesamt|totaal|de\s+un|di\s+un))?\s+(?:(?:de|di|of|du|von|van|d['’])\s+)?(?:(?:un\s+)?(?:más|mais|oltre|più|"
    r"more|plus|poco|circa|cerca|alrededor|over|about|de|di|than|que|of|a|los|las)\s+){0,3}$", re.I)


def _weight_of_the_find(c: Candidate) -> bool:
    """The figure weighs what the sentence found: 'per un peso totale di oltre 16 chili', 'arrojando un peso total
    de 56 kilos', 'with a total weight of 56 kg'."""
    text = doc_text(c.sent.doc)
    return bool(WEIGHT_OF.search(text[max(c.sent.start_char, c.qty.start - 45):c.qty.start]))


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


@Language.factory("portwatch_seizures", default_config={}, assigns=["doc._.facts"],
                  requires=["doc._.published", "doc.spans"])
def make_seizures(nlp: Language, name: str) -> SeizureAssembler:
    """Factory for the fact assembler."""
    return SeizureAssembler(nlp, name)


def _weighs_another_find(weight: Candidate, count: Candidate, cands: list[Candidate], sents: list[Span]) -> bool:
    """A weight in another sentence than a count weighs another find: it has a count of its own beside it that
    sums up nothing ('47 bricks, weighing about 50 kilograms'; not 'In total 464 packets totalling 527 kg'), or it
    is told after the count in a story of its own, which its sentence or the one just before opens with a break
    ('Six months ago, drugs were seized at the harbour. At the time, officers seized 600kg')."""
    if weight.sent_index == count.sent_index:
        return False
    if any(o is not count and o.qty.kind == "packages" and o.sent_index == weight.sent_index for o in cands) \
            and not cues.TOTAL.search(weight.sent.text.lower()):
        return True
    return weight.sent_index > count.sent_index and any(
        cues.STORY_BREAK.search(sents[k].text) for k in range(max(count.sent_index + 1, weight.sent_index - 1), weight.sent_index + 1))
