"""portwatch_paragraphs: a line break always starts a new sentence (headlines, datelines, lists)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("portwatch_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """Mark the token after a newline as a sentence start, before the sentence splitter runs."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[i + 1].is_sent_start = True
    return doc
