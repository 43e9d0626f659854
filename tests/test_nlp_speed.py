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


def test_number_words_grouped_by_first_letter_match_as_the_flat_alternation():
    import re

    from nlp import units

    flat_words = "|".join(sorted((re.escape(w) for w in units.WORD_NUMBERS), key=len, reverse=True))
    flat_pieces = "|".join(sorted({re.escape(w) for w in units.NUMBER_PIECES}, key=len, reverse=True))
    grouped_words = units._by_first(sorted((re.escape(w) for w in units.WORD_NUMBERS), key=len, reverse=True))
    grouped_pieces = units._by_first(sorted({re.escape(w) for w in units.NUMBER_PIECES}, key=len, reverse=True))
    assert grouped_pieces != flat_pieces
    text = ("Half a tonne, one and a half kilos, an hour, a thousand pills, Dreihundert Kilo, tweehonderd kilo, "
            "trescientos kilos, vingt-cinq tonnes, duecento chili, één ton, anderhalve ton, mil e quinhentos tabletes, "
            "Eineinhalb Tonnen, UNE DEMI tonne, dreißig Kilo, quatre-vingt kilos, a, an, anderthalb, sei, sechs, seize")
    for flat, grouped in ((flat_words, grouped_words), (flat_pieces, grouped_pieces)):
        for pattern in (r"(?<!\w)(?:{})", r"(?<!\w)(?:{})(?!\w)", r"(?:{})(?:(?:und|en|-)?(?:{}))*"):
            a = re.compile(pattern.format(flat, flat), re.I)
            b = re.compile(pattern.format(grouped, grouped), re.I)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
    # the quantities of a text as before: the word numbers read through the grouped alternation
    assert [(q.text, q.value) for q in units.find_quantities("Customs found one and a half tonnes and dreihundert Kilo.")] \
        == [("one and a half tonnes", 1500.0), ("dreihundert Kilo", 300.0)]


def test_date_patterns_skipped_by_the_prefilter_find_nothing():
    from nlp import dates
    from nlp.prefilter import lowered, may_match, needed

    sentences = [
        "Customs seized 1.2 tonnes of cocaine at the port of Rotterdam on Tuesday, the ministry said on 3 March 2024.",
        "La Guardia Civil intervino ayer 500 kilos de cocaína en el puerto de Algeciras, informaron el martes.",
        "A Receita Federal apreendeu na última sexta-feira (11) 2 toneladas no porto de Santos.",
        "Der Zoll stellte am 12. Februar und vorgestern insgesamt 3 Tonnen Kokain im Hamburger Hafen sicher.",
        "De douane onderschepte vorige week 4.000 kilo cocaïne in de haven van Antwerpen, een jaar eerder 2.000 kilo.",
        "La Guardia di Finanza ha sequestrato stamattina 300 chili di cocaina nel porto di Gioia Tauro.",
        "Les douaniers ont saisi la semaine dernière 1,5 tonne de cocaïne au port du Havre, depuis janvier 10 tonnes.",
        "No date here at all, only 40 kilos.", "",
    ]
    assert all(needed(rx) is not None for _kind, rx in dates.PATTERNS[:5])
    skipped = 0
    for text in sentences:
        low = lowered(text)
        for _kind, rx in dates.PATTERNS:
            if not may_match(rx, text, low):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern[:60], text)
    assert skipped > len(sentences) * len(dates.PATTERNS) // 2  # most patterns need words most sentences lack
    # case: the literals of a case-insensitive pattern are found in any case
    assert [d.value for d in dates.find_dates("SEIZED YESTERDAY, ON 3 MARCH 2024", None)] == ["2024-03-03"]
    # where lower() and re.IGNORECASE may disagree ('ſ' matches 's'), no text is skipped
    assert lowered("Caſtle") is None and may_match(dates.PATTERNS[0][1], "Caſtle", None)
