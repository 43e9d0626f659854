"""portwatch_context: the article's context put on the doc, first in the pipeline.

`Language.pipe(((text, {"published": date}), ...), as_tuples=True)` hands each text's context to the
components as `doc._context`; this component copies the publication date (and its precision, day or month)
to `doc._.published`, which the fact assembler resolves relative dates against ("on Tuesday", "last August").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("published_precision"):
    Doc.set_extension("published_precision", default="day")  # "month" for a ` date YYYY-MM` line


@Language.component("portwatch_context", assigns=["doc._.published", "doc._.published_precision"])
def context(doc: Doc) -> Doc:
    """doc._.published and doc._.published_precision from the context the text was piped with; other keys
    of the context (the caller's bookkeeping) are left alone."""
    ctx = doc._context
    if isinstance(ctx, dict):
        for key in ("published", "published_precision"):
            if key in ctx:
                setattr(doc._, key, ctx[key])
    return doc


def doc_text(doc: Doc) -> str:
    """The document's text, built once: `Doc.text` joins every token's text on each call, and the fact
    assembler asks for it hundreds of times per article (it was half of the extraction time). Our
    components never retokenize, so the text a doc was made from stays its text."""
    text = doc.user_data.get("portwatch_text")
    if text is None:
        text = doc.user_data["portwatch_text"] = doc.text
    return text
