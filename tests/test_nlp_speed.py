"""Speed work on the extraction (issue #9, bench/extract.py): what it leaves out must not change what is read."""

from __future__ import annotations

import pytest
import spacy

from nlp.pipeline import build, english_model

pytestmark = pytest.mark.issue(9)


@pytest.mark.skipif(english_model() is None, reason="no English model installed")
def test_english_pipeline_runs_no_shared_tok2vec_and_splits_sentences_as_with_it():
    pipe = build("en")
    assert "tok2vec" not in pipe.pipe_names and "senter" in pipe.pipe_names
    # the model's senter reads with a tok2vec of its own: loading the shared one as well splits the same sentences
    with_t2v = spacy.load(english_model(), exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    with_t2v.enable_pipe("senter")
    assert "tok2vec" in with_t2v.pipe_names
    text = ("Customs officers seized 1.2 tonnes of cocaine at the port of Rotterdam on Tuesday. The drugs were hidden "
            "in a container of bananas from Ecuador. Two men were arrested. Police said the haul was worth 90 million "
            "euros and that the investigation continues")
    ours = [s.text for s in pipe(text).sents]
    theirs = [s.text for s in with_t2v(text).sents]
    assert len(ours) >= 3 and ours == theirs
