"""What the resolvers share: the candidate figure a fact is resolved for, and `DocContext`, everything that
belongs to one document (its text, sentences, reference date, dateline, page stamp, date cache, and what the
assembler learns about the lead). The components themselves keep no per-document state: one `DocContext` is
built at the start of `SeizureAssembler.assemble` and passed to every resolver explicitly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from nlp import cues
from nlp.dates import DateMention, dateline, dateline_end, page_date
from nlp.units import Quantity
from nlp.components.context import doc_text


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
    told_before: bool = False  # an earlier find the news is told after ('Nach dem Rekordfund von 4,5 Tonnen ...')
    dates: list[DateMention] = field(default_factory=list)
    restated: list[Quantity] = field(default_factory=list)  # the figures that said the same ('over 212kg of heroin and Ice')


@dataclass
class DocContext:
    """Per-document facts the resolvers read (and the few they record for later candidates of the same
    document: the lead's kind, date and agencies, the sentence that restates the lead's find)."""

    text: str
    sents: list[Span]
    ref: date | None  # the day (or month, see ref_precision) relative dates are read against
    ref_precision: str  # "day", or "month" for a ` date YYYY-MM` line
    dateline_end: int  # where the dateline ends: nothing before it is a seizure's place or date
    page_span: tuple[int, int]  # the page's own byline or stamp, (0, 0) if none
    date_cache: dict[Span, list[DateMention]] = field(default_factory=dict)
    # filled by the assembler once the candidates are known
    cand_sents: set[int] = field(default_factory=set)
    lead_sent: Span | None = None
    lead_kind: str | None = None
    lead_date: DateMention | None = None
    lead_agencies: list[str] = field(default_factory=list)
    totals: tuple[set[int], dict[int, Candidate]] = field(default_factory=lambda: (set(), {}))
    restated_sent: int | None = None  # the sentence that restates the lead's find and dates it

    @classmethod
    def of(cls, doc: Doc) -> DocContext:
        """The context of a document, from its text and `doc._.published` (and its precision)."""
        published: date | None = doc._.published
        text = doc_text(doc)
        ref = dateline(text, published)
        # a month-only publication date settles months, never days ("on Tuesday" -> YYYY-MM)
        precision = "day" if ref is not None else (doc._.published_precision or "day")
        # the page's own byline or stamp ("June 9, 2020", "Stand: 24.02.2021") dates the report, never a seizure
        page = page_date(text)
        if ref is None and page is not None and (published is None or precision == "month" and (
                page.day.year, page.day.month) == (published.year, published.month)):
            ref, precision = page.day, "day"
        return cls(text=text, sents=list(doc.sents), ref=ref or published, ref_precision=precision,
                   dateline_end=dateline_end(text), page_span=(page.start, page.end) if page is not None else (0, 0))


def spans_in(doc: Doc, key: str, sent: Span) -> list[Span]:
    """The spans of group `key` inside the sentence."""
    return [s for s in doc.spans.get(key, []) if s.start >= sent.start and s.end <= sent.end]


def after_agency(doc: Doc, sent: Span, span: Span) -> bool:
    """An agency's name stands right before the span, only blanks between ('DRI Mumbai', 'the Sars marine unit'):
    the span names that agency's seat or unit."""
    text = doc_text(doc)
    return any(a.end_char <= span.start_char and not text[a.end_char:span.start_char].strip()
               for a in spans_in(doc, "agency", sent))


def nearest(dates: list[DateMention], q: Quantity) -> DateMention | None:
    """The date mention closest to the figure."""
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - q.start))


def span_text(span: Span) -> str:
    """`span.text`, sliced from the document's text instead of joined from its tokens (the same string: a span's
    text runs from its first token's start to its last token's end)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


# the punctuation that closes a sentence of the body; a headline ends without it
CLOSED = re.compile(r"[.!?»\"”)]$")


def is_headline(sent: Span, index: int) -> bool:
    """A first line without closing punctuation is a headline: it restates the body, adds no fact."""
    if index != 0:
        return False
    raw = span_text(sent)
    text = raw.strip()
    ends_line = "\n" in raw or "\n" in doc_text(sent.doc)[sent.end_char:sent.end_char + 2]
    return len(text) < 160 and ends_line and not CLOSED.search(text)


def story(c: Candidate, sents: list[Span], cand_sents: set[int], limit: int = 4) -> list[Span]:
    """The sentences after a primary event that go on telling it: up to the next figure or background."""
    out: list[Span] = []
    own = " ".join(re.findall(r"\w+", span_text(c.sent).lower()))
    for k in range(c.sent_index + 1, len(sents)):
        sent = sents[k]
        text = span_text(sent)
        if not text.strip() or " ".join(re.findall(r"\w+", text.lower())) == own:
            continue  # the headline printed again
        if k in cand_sents or cues.STORY_BREAK.search(text) or len(out) >= limit:
            break
        out.append(sent)
    return out


def sentence_before(sents: list[Span], lead_sent: Span) -> Span | None:
    """The sentence just before the lead, when it names who acted and the lead gives the figure."""
    k = next((i for i, s in enumerate(sents) if s is lead_sent), 0) - 1
    while k >= 0 and not sents[k].text.strip():
        k -= 1
    if k < 0 or is_headline(sents[k], k) or sents[k].doc.spans.get("quantity") and any(
            q.start >= sents[k].start and q.end <= sents[k].end for q in sents[k].doc.spans["quantity"]):
        return None
    return sents[k]
