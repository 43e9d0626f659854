"""portwatch_gazetteer: PORT, DRUG, AGENCY and COUNTRY mentions from the shipped gazetteers.

Spans go into doc.spans[...] with the canonical key as the label (port key, drug, agency, ISO code).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.gazetteer import Gazetteer, load
from nlp.components.context import doc_text

ACRONYM = re.compile(r"^[A-ZÀ-Ý0-9&().-]{2,6}$")


class GazetteerComponent:
    """Phrase matchers over the gazetteers: ports and acronyms by exact case, the rest by lower case."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.home = HOME_COUNTRIES.get(nlp.lang or "", set())
        self.gz: Gazetteer = load()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.labels: dict[str, tuple[str, str]] = {}
        make = nlp.make_doc
        self.make = make
        self._add(self.exact, "PORT", {a: "|".join(k) for a, k in self.gz.port_aliases.items()}, make)
        self._add(self.exact, "PORTCTX", {a: "|".join(k) for a, k in self.gz.port_aliases_ctx.items()
                                          if a not in self.gz.port_aliases}, make)
        self._add(self.lower, "DRUG", {a: c for a, c in self.gz.drugs.items()}, make)
        self._add(self.lower, "GENERIC_DRUG", {a: "drugs" for a in self.gz.generic_drugs}, make)
        # a drug word that begins a compound ('kokainlieferung', 'captagon-tabletten'); words of six letters or more
        stems = sorted((a for a in self.gz.drugs if a.isalpha() and len(a) >= 6), key=len, reverse=True)
        self._compound = re.compile(rf"({'|'.join(map(re.escape, stems))})-?[^\W\d_]{{3,}}$")
        exact_ag = {a: v[0] for a, v in self.gz.agencies.items() if ACRONYM.match(a) or a[:1].isupper() and len(a) <= 6}
        lower_ag = {a: v[0] for a, v in self.gz.agencies.items() if a not in exact_ag}
        self._add(self.exact, "AGENCY", exact_ag, make)
        self._add(self.lower, "AGENCY", lower_ag, make)
        self._add(self.lower, "CUSTOMS", dict(self.gz.generic), make)
        exact_c = {a: c for a, c in self.gz.countries.items() if ACRONYM.match(a) or a[:1].isupper()}
        self._add(self.exact, "COUNTRY", exact_c, make)
        # any case, for a country beside an authority's role word ("Guarda Costeira cabo-verdiana")
        self._add(self.lower, "NATION", {a: c for a, c in self.gz.countries.items() if not ACRONYM.match(a) and c != "ZZ"}, make)

    def _add(self, matcher: PhraseMatcher, label: str, table: dict[str, str], make) -> None:
        """One PhraseMatcher.add per match id with all its aliases. The pattern Docs are not kept: holding
        ~10,000 of them alive slows the build (tokenizing the aliases is most of a pipeline's build)."""
        by_id: dict[str, list[str]] = {}
        for alias, key in table.items():
            match_id = f"{label}\x1f{key}"
            self.labels[match_id] = (label, key)
            by_id.setdefault(match_id, []).append(alias)
        for match_id, aliases in by_id.items():
            matcher.add(match_id, [make(alias) for alias in aliases])

    def _compose(self, doc: Doc, span: Span, role: str, nations: list[Span]) -> Span | None:
        """A role word with a country beside it is that country's authority: 'Swiss police', "Spain's Policia Nacional",
        'Policía de Holanda', 'Polícia Judiciária (PJ) cabo-verdiana', 'niederländische Polizei'."""
        for nation in nations:
            if nation.start >= span.end and nation.start - span.end <= 6:
                gap = doc_text(doc)[span.end_char:nation.start_char]
                if not COMPOSE_AFTER.fullmatch(gap):
                    continue
                start, end = span.start, nation.end
            elif nation.end == span.start and not doc_text(doc)[nation.end_char:span.start_char].strip():
                start, end = nation.start, span.end
            elif nation.end == span.start - 1 and doc[nation.end].text in ("'s", "’s", "'", "’"):
                start, end = nation.start, span.end  # "Spain's Policia Nacional", "Ecuador's police"
            else:
                continue
            name = self.gz.national.get(role, {}).get(nation.label_.split("\x1f")[1])
            if name:
                return Span(doc, start, end, label=name)
        return None

    def _coordinated(self, doc: Doc, roles: list[Span], nations: list[Span]) -> dict[tuple[int, int], Span]:
        """Two role words joined by 'and' share the nationality given to one of them: 'Spanish police and customs',
        'De Spaanse douane en politie', 'la police et la douane françaises'. Returns the role span that has
        no nationality of its own -> that country's authority."""
        out: dict[tuple[int, int], Span] = {}
        for a, b in itertools.pairwise(roles):
            if not COORDINATED.fullmatch(doc_text(doc)[a.end_char:b.start_char]):
                continue
            for own, other in ((a, b), (b, a)):
                composed = self._compose(doc, own, own.label_.split("\x1f")[1], nations)
                if composed is None or self._compose(doc, other, other.label_.split("\x1f")[1], nations) is not None:
                    continue
                # the nationality must stand outside the pair: before the first or after the second
                if (own is a and composed.start < a.start) or (own is b and composed.end > b.end):
                    iso = next(n.label_.split("\x1f")[1] for n in nations
                               if n.start >= composed.start and n.end <= composed.end and (n.end <= a.start or n.start >= b.end))
                    name = self.gz.national.get(other.label_.split("\x1f")[1], {}).get(iso)
                    if name:
                        out[(other.start, other.end)] = Span(doc, other.start, other.end, label=name)
        return out

    @staticmethod
    def _joined(doc: Doc, span: Span, others: list[Span]) -> bool:
        """The role word is joined by 'and' to another authority: 'Customs and Police', 'Police and customs officials'."""
        for other in others:
            if other.end <= span.start and COORDINATED.fullmatch(doc_text(doc)[other.end_char:span.start_char]):
                return True
            if other.start >= span.end and COORDINATED.fullmatch(doc_text(doc)[span.end_char:other.start_char]):
                return True
        return False

    def _bare_zoll(self, agencies: list[Span]) -> list[Span]:
        """'Zoll beschlagnahmt vier Tonnen Kokain in Rotterdam ... Der niederländische Zoll hat': a bare 'Zoll' in a text
        that names one other country's customs by that word is that customs, not Germany's."""
        foreign = {a.label_ for a in agencies if "zoll" in a.text.lower() and a.label_ != "German Customs"
                   and self.gz.agency_roles.get(a.label_) == "customs"}
        if len(foreign) != 1:
            return agencies
        name = foreign.pop()
        return [Span(a.doc, a.start, a.end, label=name) if a.label_ == "German Customs" and BARE_ZOLL.fullmatch(a.text) else a
                for a in agencies]

    def _drop_ambiguous(self, doc: Doc, agencies: list[Span], countries: list[Span]) -> list[Span]:
        """'AFP' is the news agency unless the text names Australia or the Australian Federal Police. The Spanish and
        Portuguese press write their own country's acronyms bare ('a PJ', 'a GNR', 'a PF', 'la PNP'): in those two
        languages an acronym of a country that writes them needs no country named (in Portuguese only Portugal's
        and Brazil's: 'à SIC' is Portugal's television, not Angola's SIC)."""
        named = {s.label_ for s in agencies if s.text not in self.gz.ambiguous}
        places = {s.label_ for s in countries} | {self.gz.agency_countries.get(a) for a in named}
        places |= BARE_ACRONYM_COUNTRIES.get(doc.lang_, set())
        return [s for s in agencies if s.text not in self.gz.ambiguous or s.label_ in named
                or self.gz.agency_countries.get(s.label_) in places]

    def _compound_drugs(self, doc: Doc, found: list[Span]) -> list[Span]:
        """German writes a drug and what it is in one word: 'Kokainlieferung', 'Captagon-Tabletten', 'Heroinpakete',
        'Haschischplatten'. Such a word names its drug (a DRUG span over the word) when no alias matched it whole."""
        if doc.lang_ not in COMPOUND_LANGS:
            return []
        covered = {i for s in found for i in range(s.start, s.end)}
        out = []
        for tok in doc:
            if len(tok.text) < 9 or tok.i in covered:
                continue
            m = self._compound.match(tok.lower_)
            if m:
                out.append(Span(doc, tok.i, tok.i + 1, label=f"DRUG\x1f{self.gz.drugs[m.group(1)]}"))
        return out

    def _folded_ports(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Port names written with accents the gazetteer lacks ('Sète', 'Moín'): match the accent-folded text."""
        folded = "".join(_fold(c) for c in doc_text(doc))
        if folded == doc_text(doc):
            return []
        seen = {(s.start, s.end) for s in found}
        named = _named_ports(found)
        out = []
        fdoc = self.make(folded)
        for match_id, start, end in self.exact(fdoc):
            label, key = self.labels[doc.vocab.strings[match_id]]
            if label not in ("PORT", "PORTCTX"):
                continue
            span = doc.char_span(fdoc[start].idx, fdoc[end - 1].idx + len(fdoc[end - 1].text), label=f"{label}\x1f{key}")
            if span is None or (span.start, span.end) in seen:
                continue
            if label == "PORTCTX" and span.text != fdoc[start:end].text and span.text[:1].isupper() \
                    and span.text.lower() not in self.gz.ordinary:
                # 'Sète': the index writes it 'Sete', which is also Portuguese for seven; with its accent it is the port
                # only a port of the language's own countries ('no Paraná' in a Brazilian text is the state, not
                # Argentina's port), and a minor one only with a port word nearby
                ports = [self.gz.ports[k] for k in key.split("|") if k in self.gz.ports and self.gz.ports[k].country in self.home]
                if ports and (any(p.rank >= 3 for p in ports) or _port_nearby(doc, span, named)):
                    span = Span(doc, span.start, span.end, label=f"PORT\x1f{key}")
            out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label, key = self.labels[doc.vocab.strings[match_id]]
                found.append(Span(doc, start, end, label=f"{label}\x1f{key}"))
        found += self._folded_ports(doc, found)
        found += self._compound_drugs(doc, found)
        groups: dict[str, list[Span]] = {"port": [], "drug": [], "agency": [], "country": [], "customs": []}
        by_type: dict[str, list[Span]] = {}
        named_ports = _named_ports(found)
        for span in found:
            kind = span.label_.split("\x1f")[0]
            if kind == "PORTCTX":
                if not (_port_context(doc, span) or span.text in self.gz.port_small
                        and _port_nearby(doc, span, named_ports)):
                    continue
                kind = "PORT"
                span = Span(doc, span.start, span.end, label="PORT\x1f" + span.label_.split("\x1f")[1])
            by_type.setdefault(kind, []).append(span)
        # drugs, agencies and ports compete for the same words: longest wins across them
        entity_spans = filter_spans(by_type.get("PORT", []) + by_type.get("AGENCY", []) + by_type.get("DRUG", [])
                                    + by_type.get("GENERIC_DRUG", []))
        for span in entity_spans:
            kind, key = span.label_.split("\x1f")
            target = {"PORT": "port", "AGENCY": "agency", "DRUG": "drug", "GENERIC_DRUG": "drug"}[kind]
            if kind == "GENERIC_DRUG":
                key = "*drugs*"
            groups[target].append(Span(doc, span.start, span.end, label=key))
        for span in filter_spans(by_type.get("COUNTRY", [])):
            code = span.label_.split("\x1f")[1]
            if MEASURE_AFTER.match(doc_text(doc)[span.end_char:span.end_char + 20]):
                continue  # '7.9 U.S. tons', 'US dollars', 'US$ 1.1 billion': a measure's or currency's, not a place
            if code != "ZZ":  # a region ("South America") shadows the country inside it, then is dropped
                groups["country"].append(Span(doc, span.start, span.end, label=code))
        taken = {(s.start, s.end) for s in entity_spans}
        nations = filter_spans(by_type.get("NATION", []))
        named_at = {(s.start, s.end): s for s in groups["agency"]}
        relabel: dict[str, str] = {}
        roles = filter_spans(by_type.get("CUSTOMS", []))
        shared = self._coordinated(doc, roles, nations)
        for span in roles:
            named = named_at.get((span.start, span.end))  # a shared local name: "Polícia Judiciária", "Marinha"
            if named is None and any(span.start < e and b < span.end for b, e in taken):
                continue  # part of a named agency ("Greek Coast Guard")
            role = span.label_.split("\x1f")[1]
            if role == "military" and _after_name(doc, span, nations):
                continue  # 'the Revolutionary Armed Forces of Colombia': another body's name
            composed = self._compose(doc, span, role, nations) or shared.get((span.start, span.end))
            if composed is not None:
                inside = [a for a in groups["agency"] if a.start < composed.end and composed.start < a.end]
                if all(composed.start <= a.start and a.end <= composed.end for a in inside):
                    groups["agency"] = [a for a in groups["agency"] if a not in inside] + [composed]
                    taken.add((composed.start, composed.end))
                    # the same name or its acronym alone, later in the text, is the same authority ("a PJ")
                    relabel[span.text.lower()] = composed.label_
                    acronym = re.match(r"\s*\(([^()]{1,12})\)", doc_text(doc)[span.end_char:])
                    if acronym:
                        relabel[acronym.group(1).lower()] = composed.label_
            elif named is None and not _inside_name(doc, span) and (
                    role not in self.gz.compose_only or self._joined(doc, span, roles + groups["agency"])):
                # plain 'police' counts only beside another authority it acted with: 'Customs and Police staff',
                # 'Police and customs officials discovered', 'La Policía y Vigilancia Aduanera se han incautado'
                groups["customs"].append(Span(doc, span.start, span.end,
                                              label="joined-police" if role in self.gz.compose_only else role))
        if relabel:
            groups["agency"] = [Span(doc, a.start, a.end, label=relabel[a.text.lower()]) if a.text.lower() in relabel else a
                                for a in groups["agency"]]
        # 'os procedimentos de polícia judiciária da União': a legal function written in lower case, no body's name
        groups["agency"] = [a for a in groups["agency"] if not _function_named(doc, a)]
        groups["customs"] = [a for a in groups["customs"] if not _function_named(doc, a)]
        groups["agency"] = self._drop_ambiguous(doc, groups["agency"], groups["country"])
        groups["agency"] = self._bare_zoll(groups["agency"])
        for key, spans in groups.items():
            doc.spans[key] = sorted(spans, key=lambda s: s.start)
        return doc


# the countries whose place names a text of each language writes with their own accents
HOME_COUNTRIES = {"fr": {"FR", "BE", "CH", "LU", "MC", "MA", "DZ", "TN", "SN", "CI"}, "es": {"ES", "MX", "CO", "EC", "PE", "CL", "AR", "UY",
                  "PA", "CR", "GT", "HN", "NI", "SV", "DO", "CU", "VE", "BO", "PY"}, "pt": {"PT", "BR", "AO", "MZ", "CV", "GW"},
                  "it": {"IT", "CH", "MT"}, "de": {"DE", "AT", "CH"}, "nl": {"NL", "BE", "SR", "CW"}, "en": set()}

# the countries whose agencies' ambiguous acronyms a text of the language may write bare (see _drop_ambiguous)
BARE_ACRONYM_COUNTRIES = {"es": HOME_COUNTRIES["es"], "pt": {"PT", "BR"}}

# languages that write a drug and a noun as one word ('Kokainlieferung'): see GazetteerComponent._compound_drugs
COMPOUND_LANGS = {"de"}

PORT_BEFORE = re.compile(
    r"(?:\bport|\bporto|puerto|\bhaven|hafen|harbou?r|terminal|scalo|havenstad|ciudad portuaria|ville portuaire|"
    r"città portuale|cidade portuária|hafenstadt)\s+(?:of\s+|de\s+|di\s+|do\s+|da\s+|van\s+|von\s+|du\s+|d'|del\s+|della\s+)?$",
    re.I,
)
PORT_AFTER = re.compile(r"^\s*(?:port\b|harbou?r|terminal|seaport|haven\b|hafen\b|container terminal)", re.I)


MEASURE_AFTER = re.compile(
    r"\s*(?:\$|(?:short |metric )?tons?\b|tonnes?\b|dollars?\b|cents?\b|gallons?\b|miles?\b|pounds?\b|dólares\b|dollari\b|dollars\b)",
    re.I)

COMPOSE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?:de|do|da|di|del|della|dello|of|of the|van|von|des|du|der|de la|d')\s*)?$", re.I)


# 'customs and police', 'douane en politie', 'la police et la douane', 'its Servicio de ...'
COORDINATED = re.compile(
    r"\s*(?:officers|officials|agents|staff)?\s*(?:and|en|et|y|e|und|ed|i|&)\s+"
    r"(?:the\s+|its\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|las\s+|o\s+|a\s+|os\s+|as\s+|de\s+|het\s+|die\s+|der\s+|den\s+|"
    r"il\s+|lo\s+|i\s+|gli\s+|le\s+)?", re.I)


BARE_ZOLL = re.compile(r"(?:Zoll(?:s|es)?|Zollbeamt(?:e|en|innen)|Zöllner(?:innen)?)", re.I)


FUNCTION_BEFORE = re.compile(r"\b(?:procedimentos|funções|funcoes|atividades|atribuições|atos|órgão|orgao|autoridade)\s+de\s+$")


def _function_named(doc: Doc, span: Span) -> bool:
    """Brazilian 'procedimentos de polícia judiciária (da União)', 'órgão de polícia judiciária': the judicial-police
    function, in lower case after the duty it names; Portugal's Polícia Judiciária is written as a name."""
    return (span.text in ("polícia judiciária", "policia judiciaria")
            and bool(FUNCTION_BEFORE.search(doc_text(doc)[max(0, span.start_char - 30):span.start_char])))


def _after_name(doc: Doc, span: Span, nations: list[Span]) -> bool:
    """'Revolutionary Armed Forces': a capitalised role word that a capitalised word (not a nationality) runs into."""
    prev = doc[span.start - 1] if span.start > 0 else None
    return bool(span.text[:1].isupper() and prev is not None and prev.is_title and prev.is_alpha and not span[0].is_sent_start
                and not prev.is_sent_start and not prev.is_stop
                and not any(s.start <= prev.i < s.end for s in nations))


def _fold(c: str) -> str:
    """One character without its accent ('è' -> 'e'); characters that do not fold to one stay."""
    if c.isascii():
        return c
    base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return base if len(base) == 1 else c


def _inside_name(doc: Doc, span: Span) -> bool:
    """'Air and Marine Operations', 'Customs House': a capitalised role word that runs on into a longer
    capitalised name belongs to that other body."""
    nxt = doc[span.end] if span.end < len(doc) else None
    return bool(span.text[:1].isupper() and nxt is not None and nxt.is_alpha and nxt.is_title and not nxt.is_sent_start)


PORT_NEARBY = re.compile(
    r"\b(?:port|harbou?r|quay|dock|docks|terminal|puerto|muelle|porto|cais|haven|kade|hafen|kai|scalo|banchina|"
    r"ferry|ferri|ferries|traghetto|veerboot|fähre|transbordador)\b", re.I)


def _named_ports(found: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the ports matched outright (not only in a port context)."""
    return [(s.start_char, s.end_char, s.label_.split("\x1f")[1]) for s in found if s.label_.split("\x1f")[0] == "PORT"]


def _port_nearby(doc: Doc, span: Span, named: list[tuple[int, int, str]] | None = None) -> bool:
    """'found at Harwich ... officers at the port': a small port's name counts when its sentence, or the
    one before or after it, speaks of a port. The harbour of another port named there ('Schmuggel vom Hamburger
    Hafen: Polizei beschlagnahmt ... bei Berlin', 'über den Hamburger Hafen ... in Köln festgenommen') is that
    port's, and makes no inland city a port: `named` are (start, end, key) of the ports matched outright."""
    sent = span.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    end = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char
    window = doc_text(doc)[start:end]
    key = span.label_.split("\x1f")[1]
    for o_start, o_end, o_key in named or []:
        if o_key != key and o_start < end and o_end > start:
            lo, hi = max(o_start, start) - start, min(o_end, end) - start
            window = window[:lo] + " " * (hi - lo) + window[hi:]
    return bool(PORT_NEARBY.search(window))


def _port_context(doc: Doc, span: Span) -> bool:
    """'port of X', 'puerto de X', 'X harbour': a small port's name, or an ordinary word, is a port here."""
    before = doc_text(doc)[max(0, span.start_char - 30):span.start_char]
    after = doc_text(doc)[span.end_char:span.end_char + 25]
    return bool(PORT_BEFORE.search(before) or PORT_AFTER.match(after))


@Language.factory("portwatch_gazetteer", default_config={}, assigns=["doc.spans"])
def make_gazetteer(nlp: Language, name: str) -> GazetteerComponent:
    """Factory for the gazetteer matcher."""
    return GazetteerComponent(nlp, name)
