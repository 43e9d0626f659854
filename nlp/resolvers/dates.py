"""Dates of seizure facts: the date mentions of a sentence (no dateline, no page stamp, no 'said on Monday'),
and which of them, or of the sentences around, dates a candidate figure."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp import cues
from nlp.dates import FIND_REFERENCE, RESTATED_FIND, SET_AGAINST, DateMention, arrival_day, find_dates, is_reporting, vague_time
from nlp.components.context import doc_text
from nlp.facts import SeizureFact
from nlp.resolvers.context import Candidate, DocContext, is_headline, nearest, spans_in, story

CONTRAST = re.compile(
    r"compar|frente|contra\b|contre|rispetto|gegenüber|tegenover|against|versus|\bvs\b|while|whereas|mientras|tandis|mentre|"
    r"während|terwijl|enquanto|mais que|más que|more than|plus que|più di|mehr als|meer dan|; |, (?:and|y|e|et|und|en) ", re.I)


# a search of the load that a find came from: 'examined a suspicious shipping container', 'inspeccionaron el contenedor',
# 'kontrollierten den Container', 'de container werd gescand'
SEARCHED = re.compile(
    r"\b(?:examin|inspect|search|check|scann|x-ray|open|screen|inspeccion|revis|registr|abri|fiscaliz|vistori|contrôl|fouill|"
    r"ispezion|controll|kontroll|untersuch|durchsuch|öffne|geöffnet|gescand|gecontroleerd|controleerd|doorzocht|geopend)\w*"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:containers?|shipments?|consignments?|cargo|loads?|contenedor(?:es)?|contentor(?:es)?|"
    r"contêineres|contêiner|conteneurs?|cargaison|carico|container|ladung|lieferung|sendung|zending|lading)\b"
    r"|\b(?:containers?|contenedor|contentor|contêiner|conteneur|container)\s+(?:[\w’'-]+\s+){0,3}?(?:was|were|werd|wurde|fue|foi|a\s+été|è\s+stato)\s+"
    r"(?:examined|inspected|searched|checked|scanned|opened|inspeccionado|revisado|abierto|inspecionado|aberto|contrôlé|ouvert|"
    r"ispezionato|aperto|kontrolliert|geöffnet|gecontroleerd|gescand|geopend)\b", re.I)

# the same search told as a noun, with the load it was made on later in the clause: 'conducted a covert inspection after
# they received information of a container', 'un contrôle du conteneur', 'una ispezione sul carico', 'die Kontrolle des Containers'
SEARCH_OF_LOAD = re.compile(
    r"\b(?:inspection|search|examination|raid|inspecci[oó]n|registro|revisi[oó]n|inspe[cç][aã]o|vistoria|fouille|contr[oô]le|"
    r"ispezione|controllo|perquisizione|kontrolle|durchsuchung|untersuchung|controle|inspectie|doorzoeking)\b[^.;:!?]{0,60}?"
    r"\b(?:containers?|vessel|ship|shipment|consignment|cargo|contenedor|buque|barco|contentor|navio|conteneur|navire|"
    r"cargaison|nave|carico|schiff|ladung|schip|lading)\b", re.I)

SCENE_BACK = 5  # sentences read back from a text's first figure for the sentence that told its seizure
STORY_DATE_LIMIT = 6  # sentences read after a figure for its day: wire reports tell the find a paragraph later
# the arrival told in a relative clause of its own, after the find: 'a container that arrived from the US last Monday'
RELATIVE_ARRIVAL = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:arrived|docked|berthed)\b[^.;:!?]{0,60}$", re.I)
RISE = re.compile(r"\b(?:from|von|van|de|da|desde)\b[^.;]{0,40}?\b(?:to|auf|naar|à|a|para|hasta)\s+(?:\w+\s+)?\d", re.I)


# what sets a total against another period after it: 'quasi sei tonnellate, superando il dato del 2024', 'more than
# in 2020', 'compared with 2021', 'par rapport à 2021', 'mehr als im Jahr 2020', 'frente a 2022'
COMPARED_AFTER = re.compile(
    r"\b(?:compar\w*|than|up from|down from|exceed\w*|surpass\w*|superando|superior\w* a|supera\w*|rispetto|"
    r"par rapport|dépass\w*|frente a|respecto|em relação|gegenüber|mehr als|weniger als|übertr\w*|"
    r"meer dan|minder dan|ten opzichte|tegenover|versus|vs)\b", re.I)


CLAUSE_END = re.compile(r"[.;!?]\s")


def _framing_over_compared(text: str, c: Candidate, mention: DateMention) -> DateMention:
    """A total's period is the one that frames its sentence before the figure ('Nel corso del 2025, ... quasi sei
    tonnellate, superando il dato registrato nel 2024'), not the nearer one after it that the total is set against."""
    if mention.start < c.qty.end or not COMPARED_AFTER.search(text[c.qty.end:mention.start]):
        return mention
    before = [d for d in c.dates if d.end <= c.qty.start]
    return before[-1] if before else mention


def _as_period(d: DateMention) -> str:
    """A total's date: a month or a year, never the single day a period starts or ends on."""
    return d.value[:4] if d.precision == "day" else d.value


# a day that bounds a period: "since 1 January", "up to 30 June", "desde el 1 de enero", "depuis le 1er janvier",
# "seit dem 1. Januar", "sinds 1 januari", "dal 1° gennaio", "até 30 de junho"
PERIOD_BOUND = re.compile(
    r"\b(?:since|from|until|till|through|up\s+to|as\s+of|by|desde|hasta|a\s+partir\s+del?|depuis|jusqu'(?:au|à)|"
    r"à\s+partir\s+du|seit|bis(?:\s+zum)?|ab|vom|sinds|tot|vanaf|t/m|dal|fino\s+al|a\s+partire\s+dal|até|após|desde\s+o)"
    r"\s+(?:(?:the|el|le|o|il|dem|den|de|dia|día)\s+)?$", re.I)


def _total_date(text: str, d: DateMention) -> str:
    """A total's own date: the day when it sums finds of that day ('à eux deux plus d'une tonne, le 20 janvier'),
    the year when the day bounds a period ('since 1 January')."""
    if d.precision == "day" and not PERIOD_BOUND.search(text[max(0, d.start - 30):d.start]):
        return d.value
    return _as_period(d)


def _sole_date(found: list[DateMention], text: str) -> str | None:
    """The one date value of `found`, when the sentence `text` sets no figures against each other and tells of
    no other find ('180kg of heroin as well as 31kg of meth ... this morning (Oct 22)'); else None."""
    if (len({d.value for d in found}) == 1 and not CONTRAST.search(text) and not RISE.search(text)
            and not cues.AGAIN.search(text)):
        return found[0].value
    return None


class DateResolver:
    """The date of a candidate figure. Holds no per-document state: the per-document date cache and what is
    known of the lead live in the `DocContext`."""

    def dates(self, doc: Doc, ctx: DocContext, sent: Span) -> list[DateMention]:
        """Seizure-date candidates of a sentence, in document offsets: no dateline, no 'said on Monday'."""
        if sent in ctx.date_cache:
            return ctx.date_cache[sent]
        off = sent.start_char
        skip = ctx.dateline_end
        p0, p1 = ctx.page_span
        lo = max(skip, p1 if p1 <= off else 0, off - 600)
        text = doc_text(doc)
        before = text[lo:off] if lo < off else ""
        stext = text[off:sent.end_char]
        out = []
        figures = [q.start_char - off for q in spans_in(doc, "quantity", sent)]
        for d in find_dates(stext, ctx.ref, ctx.ref_precision, before):
            if d.start + off < skip or p0 <= d.start + off < p1 or is_reporting(stext, d):
                continue
            if (d.precision == "year" and SET_AGAINST.search(stext[max(0, d.start - 40):d.start])
                    and not any(f >= d.end and not CLAUSE_END.search(stext[d.end:f]) for f in figures)):
                continue  # a figure after it is that year's own ('descenso respecto a 2022, cuando se decomisaron 58,3 toneladas')
            window = stext[max(0, d.start - 90):d.start]
            if arrival_day(stext, d) and (not cues.SEIZED.search(window) or RELATIVE_ARRIVAL.search(window)):
                # only the day the shipment arrived is told: the find's month ('arrived at Felixstowe on Tuesday'),
                # also when the find is told before it in a clause of its own ('found the drugs in a container that
                # arrived last Monday'); 'seized ... from a ship berthed at Dublin Port yesterday' is the seizure's day
                d = DateMention(d.start, d.end, d.value[:7], "month", d.follows)
            out.append(DateMention(d.start + off, d.end + off, d.value, d.precision, d.follows))
        ctx.date_cache[sent] = out
        return out

    @staticmethod
    def date_totals(ctx: DocContext, cands: list[Candidate], facts: list[SeizureFact]) -> None:
        """An undated total of finds the article reports one by one takes the one day they all share ('212kg and
        350g' = '180kg and 800g' + '31kg and 550g', both recovered 'this morning (Oct 22)'); parts of several days,
        or of none, leave it undated."""
        totals, parts = ctx.totals
        for c, fact in zip(cands, facts, strict=True):
            if id(c) not in totals or fact.date is not None:
                continue
            days = {f.date for p, f in zip(cands, facts, strict=True) if parts.get(id(p)) is c}
            day = days.pop() if len(days) == 1 else None
            if day is not None and len(day) == 10:
                fact.date = day

    def context_date(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """A background find dated by the sentence that introduces it ('The largest finds were in February.'),
        unless its own sentence places it at a time it does not settle ('qualche mese fa', 'a few months ago')."""
        k = _plain_sentence_before(c, sents, cand_sents)
        if k is None:
            return None
        if c.kind == "aggregate":
            # a background total framed by the period the sentence before names ('performance during 2020 ... With
            # this seizure, the country has detected 12.5 tons')
            found = self.dates(sents[k].doc, ctx, sents[k])
            return _as_period(found[0]) if len(found) == 1 else None
        found = [d for d in self.dates(sents[k].doc, ctx, sents[k]) if d.precision in ("day", "month")]
        return found[-1].value if len(found) == 1 else None

    def period_before(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> DateMention | None:
        """The one period (a year or a month, never a day) named by the plain sentence just before a total's own,
        which frames it ('Der Zoll zog im vergangenen Jahr so viel Kokain aus dem Verkehr wie nie. Insgesamt
        stellten die Beamten 12 Tonnen sicher')."""
        k = _plain_sentence_before(c, sents, cand_sents)
        if k is None:
            return None
        found = [d for d in self.dates(sents[k].doc, ctx, sents[k]) if d.precision != "day" and not d.follows]
        return found[0] if len({d.value for d in found}) == 1 else None

    def resolve(self, doc: Doc, ctx: DocContext, c: Candidate, lead_sent: Span, sents: list[Span], cand_sents: set[int]) -> str | None:
        if c.sent is lead_sent and c.primary and c.kind == "event":
            # "The find was made on December 30": a sentence that tells again when the news find was made settles
            # its date, over the lead's own vaguer "last week" or a day that is the announcement's
            restated = self.restated(doc, ctx, c, sents)
            if restated is not None:
                return restated.value
        mention = nearest(c.dates, c.qty)
        if c.kind == "aggregate" and mention is not None:
            mention = _framing_over_compared(doc_text(doc), c, mention)
        if mention is not None and (c.kind == "aggregate" or mention.precision != "year" or not c.primary):
            return _total_date(doc_text(doc), mention) if c.kind == "aggregate" else mention.value
        if mention is None and c.kind == "event":
            # "180kg of heroin as well as 31kg of meth ... this morning (Oct 22)": the one day of a sentence that
            # sets no figures against each other is every figure's
            found = [d for d in self.dates(c.sent.doc, ctx, c.sent) if d.precision in ("day", "month")]
            day = _sole_date(found, c.sent.text)
            if day is not None:
                return day
            told = self.restatement_date(doc, ctx, c, sents)
            if told is not None:
                return told
        if mention is None and c.kind == "aggregate":
            # "So far this year ... 59,434 packages ..., where 14,732 packages": one period frames the sentence's totals
            # ("In 2023, ..."), unless the sentence sets figures against each other ("rising from 187kg to 1,837kg")
            found = self.dates(c.sent.doc, ctx, c.sent)
            first_q = min((q.start_char for q in c.sent.doc.spans.get("quantity", [])
                           if q.start_char >= c.sent.start_char and q.end_char <= c.sent.end_char), default=c.qty.start)
            text = c.sent.text
            if (len({d.value for d in found}) == 1 and found[0].precision != "day" and found[0].end <= first_q
                    and not CONTRAST.search(text) and not RISE.search(text)):
                return found[0].value
        if mention is None and c.kind == "aggregate" and c.sent_index > 0 and cues.sums_up_before(c.sent.text):
            # 'Le record des saisies annuelles est tombé en 2022. Au total, ... 95 tonnes', 'En 2019, ... 11 tonnes. S'y
            # ajoutent 9 tonnes': a sentence that sums up or adds to the one before counts over that one's period
            found = [d for d in self.dates(doc, ctx, sents[c.sent_index - 1]) if not d.follows]
            if found and found[0].precision == "year":
                return found[0].value
        if not c.primary:
            return self.context_date(doc, ctx, c, sents, cand_sents)
        if mention is not None:
            # "one of the largest finds this year": look for the day in the story before settling for the year
            return self.story_date(doc, ctx, c, sents, cand_sents) or mention.value
        if c.kind == "event":
            # "On April 30, officers searched the lorry. Inside they found 54kg": the sentence that sets the scene
            mention = self.preceding(doc, ctx, c, sents, cand_sents)
            if mention is not None:
                return mention.value
        if c.sent is not lead_sent or c.kind == "aggregate":
            # a sub-total shares the period of the total it belongs to; "in another operation" does not
            mention = ctx.lead_date
            if mention is not None and not (c.kind == "event" and (cues.AGAIN.search(c.sent.text) or vague_time(c.sent.text))):
                return _as_period(mention) if c.kind == "aggregate" else mention.value
        if c.kind == "event":
            return self.story_date(doc, ctx, c, sents, cand_sents) or self.scene_before(doc, ctx, c, sents, cand_sents)
        return None

    def scene_before(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """The one day or month of an earlier sentence that tells the seizure before the text's first figure gives
        its weight ('On 12 March officers searched a container at the wharf and found a bag of parcels. [...] The
        parcels weighed 18 kg'; 'Uma carga foi apreendida neste sábado (22/11). [...] No total, 37 quilos')."""
        if vague_time(c.sent.text) or any(k < c.sent_index for k in cand_sents):
            return None
        seen = 0
        for k in range(c.sent_index - 1, -1, -1):
            sent = sents[k]
            if not sent.text.strip():
                continue
            seen += 1
            if seen > SCENE_BACK or is_headline(sent, k):
                break
            low = sent.text.lower()
            if not (cues.SEIZED.search(low) or SEARCHED.search(low) or SEARCH_OF_LOAD.search(low)) or cues.AGAIN.search(low):
                continue  # the search of the load sets the scene too: 'On 3 June officers inspected a container ...'
            found = {d.value for d in self.dates(doc, ctx, sent) if d.precision in ("day", "month") and not d.follows}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def restatement_date(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span]) -> str | None:
        """The one day or month of a later sentence that tells the same figure again ('Another 7.2 tons of cocaine
        were seized in Belgium ... A search by Belgian customs officials on Saturday uncovered 7.2 tons'), when the
        figure's own sentence dates nothing."""
        for q in c.restated:
            sent = next((s for s in sents if s.start_char <= q.start < s.end_char), None)
            if sent is None or sent.start_char <= c.sent.start_char:
                continue  # a later sentence that goes on telling the find, not a headline before it
            found = [d for d in self.dates(doc, ctx, sent) if d.precision in ("day", "month") and not d.follows]
            day = _sole_date(found, sent.text)
            if day is not None:
                return day
        return None

    def restated(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span]) -> DateMention | None:
        """The day or month of the first sentence after the lead that restates the find with a definite subject
        ('The drugs were found in a search on February 12'), read past other figures up to a story break."""
        for k in range(c.sent_index + 1, min(len(sents), c.sent_index + 1 + STORY_DATE_LIMIT)):
            sent = sents[k]
            text = doc_text(sent.doc)
            named = [d for d in self.dates(sent.doc, ctx, sent)
                     if FIND_REFERENCE.search(text[max(sent.start_char, d.start - 60):d.start])]
            if not RESTATED_FIND.search(sent.text) and not named:
                if cues.STORY_BREAK.search(sent.text):
                    break  # 'weeks ago' in the restatement itself is its date, no break
                continue
            found = [d for d in named or self.dates(sent.doc, ctx, sent) if d.precision in ("day", "month")
                     and not d.follows and (ctx.ref is None or d.value <= ctx.ref.isoformat())]
            if found:
                ctx.restated_sent = k
                return found[0]
        return None

    def preceding(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> DateMention | None:
        """The day or month of the sentence just before a figure's own, when that sentence tells no other
        figure and is not about arrests, nor when the figure's own sentence places it at a time it does not settle."""
        k = _plain_sentence_before(c, sents, cand_sents)
        if k is None:
            return None
        low = sents[k].text.lower()
        if cues.ARRESTED.search(low) and not cues.SEIZED.search(low):
            return None
        found = [d for d in self.dates(sents[k].doc, ctx, sents[k]) if d.precision in ("day", "month")]
        return found[-1] if found else None

    def story_date(self, doc: Doc, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """The first day or month in the sentences that go on telling the seizure
        ("The container was opened on 24 April", "Bei der Kontrolle am 12. Juni")."""
        for sent in story(c, sents, cand_sents, limit=STORY_DATE_LIMIT):
            if ctx.restated_sent is not None and sent is sents[ctx.restated_sent]:
                continue  # the lead's own restatement ('The drugs were found on February 12') dates the lead only
            if cues.ARRESTED.search(sent.text.lower()) and not cues.SEIZED.search(sent.text.lower()):
                continue  # "were detained on Tuesday": the day of the arrests
            # the publication day itself ("are appearing in court today") is the report's, not the find's
            found = [d for d in self.dates(sent.doc, ctx, sent) if d.precision in ("day", "month")
                     and not (ctx.ref is not None and d.value == ctx.ref.isoformat())]
            if found:
                return found[0].value
        return self.searched_ago(ctx, c, sents, cand_sents)

    def searched_ago(self, ctx: DocContext, c: Candidate, sents: list[Span], cand_sents: set[int]) -> str | None:
        """The day or month of the sentence right after the lead when it tells the search that made the find, counted
        back from the report ('Hamburg's customs office said it had examined a suspicious shipping container two weeks
        ago'): 'weeks ago' ends a story elsewhere, but a search of the load with no figure of its own is this find's."""
        k = c.sent_index + 1
        while k < len(sents) and not sents[k].text.strip():
            k += 1
        if k >= len(sents) or k in cand_sents:
            return None
        sent = sents[k]
        low = sent.text.lower()
        if not SEARCHED.search(low) or cues.AGAIN.search(low) or (cues.ARRESTED.search(low) and not cues.SEIZED.search(low)):
            return None
        found = [d for d in self.dates(sent.doc, ctx, sent) if d.precision in ("day", "month") and not d.follows]
        return found[0].value if len({d.value for d in found}) == 1 else None


def _plain_sentence_before(c: Candidate, sents: list[Span], cand_sents: set[int]) -> int | None:
    """The index of the last non-blank sentence before a figure's own, when that sentence tells no figure
    and is no headline, and the figure's own sentence does not place it at a time it leaves open
    ('qualche mese fa', 'a few months ago'); else None."""
    if vague_time(c.sent.text):
        return None
    k = c.sent_index - 1
    while k >= 0 and not sents[k].text.strip():
        k -= 1
    if k < 0 or k in cand_sents or is_headline(sents[k], k):
        return None
    return k
