"""portwatch_paragraphs: a line break always starts a new sentence (headlines, datelines, lists), and so does the
page's own date stamp when a scraped page runs headline, stamp and body into one line; a unit's abbreviation dot
before a figure ('Kg. 52') never does, nor after one when the sentence runs on in lower case ('23,000 lbs. of
cocaine')."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.context import doc_text
from nlp.dates import TIME_RE, page_date


STAMP_GAP = re.compile(r"[ \t,|·]*")
UNIT_DOTS = {"kg.", "kgs.", "gr.", "lbs.", "lb."}


@Language.component("portwatch_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """Mark the token after a newline as a sentence start, before the sentence splitter runs; a page stamp inside a
    line ('... Zoll stellt 16 Tonnen Kokain sicher Stand: 24.02.2021 12:05 Uhr Beamte der Zollfahndung haben ...')
    ends the headline before it and starts the body after it."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
        elif doc[i + 1].like_num and (token.lower_ in UNIT_DOTS or token.text == "." and i > 0
                                      and doc[i - 1].lower_ + "." in UNIT_DOTS):
            doc[i + 1].is_sent_start = False  # 'sequestrato Kg. 52 di cocaina': the unit's dot ends no sentence
        elif token.text == "." and i > 1 and doc[i - 1].lower_ + "." in UNIT_DOTS and doc[i - 2].like_num \
                and doc[i + 1].text[:1].islower():
            doc[i + 1].is_sent_start = False  # 'offloaded 23,000 lbs. of cocaine': nor after the figure
    text = doc_text(doc)
    stamp = page_date(text)
    if stamp is not None:
        after = stamp.end
        while True:
            m = STAMP_GAP.match(text, after)
            after = m.end() if m else after
            t = TIME_RE.match(text, after)
            if t is None or t.end() == after:
                break
            after = t.end()
        if after >= len(text) or text[after] == "\n":
            return doc  # a byline that ends its line ('By AFP Published: Fri 25 Aug 2023, 7:11 PM'): lines settle it
        for pos in (stamp.start, after):
            if 0 < pos < len(text) and text[pos - 1] != "\n":
                span = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
                if span is not None and span.start > 0:
                    doc[span.start].is_sent_start = True
    return doc
