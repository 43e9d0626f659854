"""The fact resolvers (nlp/resolvers/) on real spaCy docs, and the assembler that calls them keeping no
per-document state (issue #9, "Shape of the code"). Real pipelines, nothing mocked."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from spacy.tokens import Doc, Span

from nlp.pipeline import build
from nlp.resolvers import (AgencyResolver, Candidate, ConcealmentResolver, CountryResolver, CreditResolver, DateResolver,
                           DocContext, OriginResolver, PortResolver)

pytestmark = pytest.mark.issue(9)

THURSDAY = date(2024, 3, 14)
ANTWERP = ("Customs officers seized 500 kg of cocaine hidden in a shipment of bananas from Ecuador at the port of "
           "Antwerp on Tuesday.")
NAVY = "The Sri Lanka Navy seized 31kg of heroin on Tuesday and handed it over to the Sri Lanka Police."
SPAIN = "The Guardia Civil seized 2 tonnes of hashish in Spain last week."
BOUND = "A container ship bound for Rotterdam was searched. Police found 100 kg of cocaine on board."


def doc_of(text: str, published: date | None = THURSDAY, lang: str = "en"):
    ((doc, _),) = build(lang).pipe([(text, {"published": published})], as_tuples=True)
    return doc


def assembler():
    return build("en").get_pipe("portwatch_seizures")


def prepared(text: str, published: date | None = THURSDAY):
    """A doc, its context and the candidate of its first figure, as the assembler sets them up for a lead."""
    doc = doc_of(text, published)
    ctx = DocContext.of(doc)
    qspan = doc.spans["quantity"][0]
    si, sent = next((i, s) for i, s in enumerate(ctx.sents) if s.start <= qspan.start < s.end)
    drug = doc.spans["drug"][0].label_
    cand = Candidate(si, sent, qspan._.qty, drug, dates=assembler().dates.dates(doc, ctx, sent))
    ctx.lead_sent, ctx.lead_kind, ctx.cand_sents = sent, "event", {si}
    return doc, ctx, cand


def test_context_holds_the_documents_reference_date_and_dateline():
    doc = doc_of("ANTWERP, Belgium, Feb 19 (CPA) - Customs seized 500 kg of cocaine on Tuesday.", date(2024, 3, 14))
    ctx = DocContext.of(doc)
    assert ctx.ref == date(2024, 2, 19)  # the dateline's day, not the publication day
    assert ctx.ref_precision == "day"
    assert ctx.dateline_end > 0 and doc.text[:ctx.dateline_end].startswith("ANTWERP")
    assert ctx.text == doc.text and [s.text for s in ctx.sents] == [s.text for s in doc.sents]
    assert ctx.date_cache == {} and ctx.lead_sent is None and ctx.restated_sent is None


def test_port_resolver_places_the_find_and_skips_destinations():
    ports = assembler().ports
    doc, ctx, cand = prepared(ANTWERP)
    assert [s.text for s in ports.candidates(doc, ctx, cand.sent)] == ["Antwerp"]
    port = ports.resolve(doc, ctx, cand, cand.sent)
    assert port is not None and (port.name, port.locode, port.country) == ("Antwerp", "BEANR", "BE")
    doc, ctx, cand = prepared(BOUND)
    assert ports.candidates(doc, ctx, ctx.sents[0]) == []  # 'bound for Rotterdam': a destination
    assert ports.resolve(doc, ctx, cand, cand.sent) is None


def test_date_resolver_reads_weekdays_against_the_reference_day():
    dates = assembler().dates
    doc, ctx, cand = prepared(ANTWERP)
    assert [d.value for d in dates.dates(doc, ctx, cand.sent)] == ["2024-03-12"]
    assert cand.sent in ctx.date_cache  # the per-document cache lives in the context
    assert dates.resolve(doc, ctx, cand, cand.sent, ctx.sents, ctx.cand_sents) == "2024-03-12"
    doc, ctx, cand = prepared(SPAIN)
    assert dates.resolve(doc, ctx, cand, cand.sent, ctx.sents, ctx.cand_sents) == "2024-03"  # 'last week': the month


def test_agency_resolver_credits_who_seized_not_who_took_over():
    agencies = assembler().agencies
    doc, ctx, cand = prepared(NAVY)
    assert [s.label_ for s in doc.spans["agency"]] == ["Sri Lanka Navy", "Sri Lanka Police"]
    assert agencies.in_sentence(doc, cand.sent) == ["Sri Lanka Navy"]  # the police were handed the drugs
    assert agencies.country_of("Sri Lanka Navy") == "LK"
    doc, ctx, cand = prepared(ANTWERP)
    assert agencies.in_sentence(doc, cand.sent) == []
    assert agencies.generic_roles(doc, cand.sent) == ["customs"]
    assert agencies.lead_countries(doc, ctx, cand.sent) == {"BE"}


def test_country_resolver_takes_the_country_the_find_is_placed_in():
    countries = assembler().countries
    doc, ctx, cand = prepared(SPAIN)
    assert countries.resolve(doc, ctx, cand, ["Guardia Civil"], cand.sent) == "ES"
    doc, ctx, cand = prepared(NAVY)
    assert countries.resolve(doc, ctx, cand, ["Sri Lanka Navy"], cand.sent) == "LK"
    doc, ctx, cand = prepared(BOUND)
    assert countries.resolve(doc, ctx, cand, [], cand.sent) is None  # a destination names no country of the find


def test_credit_resolver_gives_country_and_agencies_together():
    asm = assembler()
    got = []
    for text in (ANTWERP, NAVY, SPAIN):
        doc, ctx, cand = prepared(text)
        cand.primary = True
        port = asm.ports.resolve(doc, ctx, cand, cand.sent)
        got.append(asm.credit.resolve(doc, ctx, cand, port, cand.sent, ctx.sents, ctx.cand_sents))
    # the port's country makes 'customs' the Belgian customs; with no port the navy that seized (not the police it
    # handed the drugs to) gives the country; a country the sentence names places the find
    assert got == [("BE", ["Belgian Customs"]), ("LK", ["Sri Lanka Navy"]), ("ES", ["Guardia Civil"])]


def test_concealment_and_origin_resolvers():
    asm = assembler()
    doc, ctx, cand = prepared(ANTWERP)
    assert asm.concealment.resolve(doc, ctx, cand, cand.sent) == "a shipment of bananas"
    assert asm.origin.resolve(doc, ctx, cand, cand.sent) == "EC"
    doc, ctx, cand = prepared(SPAIN)
    assert asm.concealment.resolve(doc, ctx, cand, cand.sent) is None
    assert asm.origin.resolve(doc, ctx, cand, cand.sent) is None


def state(obj) -> dict[str, int]:
    """What an object holds: its attributes and the identity of each value."""
    return {k: id(v) for k, v in vars(obj).items()}


def test_assembler_and_resolvers_keep_no_document_state():
    asm = assembler()
    resolvers = [asm.ports, asm.agencies, asm.countries, asm.credit, asm.dates, asm.concealment, asm.origin]
    assert [type(r) for r in resolvers] == [PortResolver, AgencyResolver, CountryResolver, CreditResolver, DateResolver,
                                            ConcealmentResolver, OriginResolver]
    before = [state(asm), *map(state, resolvers)]
    tables = copy.deepcopy(vars(asm.gz))  # the gazetteer is shared by every pipeline of the process
    for text in (ANTWERP, NAVY, SPAIN, BOUND):
        assert doc_of(text)._.facts
    assert [state(asm), *map(state, resolvers)] == before
    assert vars(asm.gz) == tables


def test_document_extensions_share_no_mutable_default():
    """A mutable default of a doc or span extension (a list, a dict) would be one object shared by every document."""
    for name in ("facts", "published", "published_precision"):
        default = Doc.get_extension(name)[0]
        assert default is None or isinstance(default, (str, int, float, tuple, frozenset)), name
    assert Span.get_extension("qty")[0] is None
    first, second = doc_of(ANTWERP), doc_of(NAVY, date(2023, 10, 22))
    assert first._.facts is not second._.facts and first._.published != second._.published


def test_interleaved_documents_give_the_facts_of_one_at_a_time():
    texts = [(ANTWERP, THURSDAY), (NAVY, date(2023, 10, 22)), (SPAIN, date(2024, 5, 2)), (BOUND, None)]
    alone = [[f.as_dict() for f in doc_of(text, published)._.facts] for text, published in texts]
    stream = [(text, {"published": published}) for text, published in texts * 2]
    for batch_size in (1, 2, 3):
        piped = [[f.as_dict() for f in doc._.facts] for doc, _ in build("en").pipe(stream, as_tuples=True,
                                                                                     batch_size=batch_size)]
        assert piped == alone * 2
    # two contexts alive at once: resolving one document between another's steps changes nothing
    first, second = prepared(ANTWERP), prepared(NAVY, date(2023, 10, 22))
    dates = assembler().dates
    got = [dates.resolve(*first, first[2].sent, first[1].sents, first[1].cand_sents),
           dates.resolve(*second, second[2].sent, second[1].sents, second[1].cand_sents),
           dates.resolve(*first, first[2].sent, first[1].sents, first[1].cand_sents)]
    assert got == ["2024-03-12", "2023-10-17", "2024-03-12"]
