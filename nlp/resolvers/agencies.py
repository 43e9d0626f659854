"""Agencies of seizure facts: the authorities a sentence credits with a seizure (not those the drugs were
handed to, not those who only arrested or inquired), generic roles ('customs', 'navy') as a country's
national authority, and the credit a figure takes from the article's opening."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp import cues, places
from nlp.gazetteer import Gazetteer
from nlp.components.context import doc_text
from nlp.resolvers.context import DocContext, after_agency, spans_in
from nlp.resolvers.ports import PortResolver

# a run of capitalised words is a name ("Drug Prosecutor's Office of Colón"), not a takeover told in words
PROPER_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|del|di|du|van|von|da|do)?\s*[A-Z][\w'’-]*)+")

# authorities that acted together with the seizing one ('The operation was conducted in coordination with the Zakat, Tax
# and Customs Authority', 'operación conjunta entre', 'in collaborazione con'): a shared seizure, never a takeover, even
# where a takeover cue of another language reads into the words (Italian 'coordina~' for 'coordinate dalla Procura')
JOINT = re.compile(
    r"\b(?:in (?:close )?(?:coordination|cooperation|collaboration|conjunction) with|(?:a |the )?joint (?:operation|action|patrol)"
    r"|en (?:estrecha )?(?:coordinación|colaboración|cooperación) con|(?:operación|operativo|actuación) conjunt[oa]"
    r"|em (?:estreita )?(?:coordenação|colaboração|cooperação) com|operação conjunta|ação conjunta"
    r"|en (?:étroite )?(?:coordination|collaboration|coopération) avec|opération conjointe|action conjointe"
    r"|in (?:stretta )?(?:collaborazione|coordinamento|cooperazione|sinergia) con|operazione congiunta|attività congiunta"
    r"|in (?:enger )?(?:zusammenarbeit|kooperation|abstimmung) mit|gemeinsame[nrms]? (?:operation|aktion|ermittlungsgruppe)"
    r"|in (?:nauwe )?samenwerking met|gezamenlijke (?:actie|operatie|controle))\b",
    re.I,
)

# the authority named, then what it does now: the inquiry ('Homeland Security Investigations is investigating the seizure',
# 'la Policía Nacional se ha hecho cargo de la investigación', 'die Staatsanwaltschaft ermittelt', 'de FIOD onderzoekt de zaak')
INVESTIGATES_AFTER = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:is|are|was|were|has been|have been|has|have)\s+(?:now\s+|also\s+)?)?"
    r"(?:investigating|leading the (?:investigation|inquiry|probe)|in charge of the (?:investigation|inquiry)|tak(?:en|ing) over|took over"
    r"|(?:a |ont )?(?:repris|ouvert) (?:l'|une )enquête|(?:est |sont )?(?:chargée?s? de l'enquête|en charge de l'enquête)|enquêtent|enquête sur"
    r"|investiga(?:n)?\b|se (?:ha|han) hecho cargo|se hizo cargo|lleva(?:n)? (?:a cabo )?la investigación|dirige(?:n)? la investigación"
    r"|assumiu (?:a|as) investigaç|conduz(?:em)? (?:a|as) investigaç|investigam\b"
    r"|indaga(?:no)?\b|conduce (?:le|l') ?indagini|ha avviato (?:le|un') ?indagin"
    r"|ermittel(?:t|n)\b|(?:hat|haben) die ermittlungen übernommen|führ(?:t|en) die ermittlungen"
    r"|onderzoek(?:t|en)\b|(?:heeft|hebben) het onderzoek overgenomen|leid(?:t|en) het onderzoek)",
    re.I,
)

# conjugated forms of handing the drugs or the suspects over ('remettent ces clandestins à la PAF', 'handing them over to
# the police', 'entregaron la droga a la Fiscalía'), beside the participles nlp.places.HANDED_TO_BEFORE reads
HANDED_MORE = re.compile(
    r"\b(?:remett(?:ent|ons|ez|re|ait|aient|ant)|remet|remis(?:e|es)? (?:[\w'’]+ ){0,2}?(?:au|aux|à)(?: [\w'’]+){0,3}?|hand(?:s|ed|ing)? (?:\w+ ){0,3}?over to|turn(?:s|ed|ing)? (?:\w+ ){0,3}?over to"
    r"|entreg(?:ó|aron|ou|aram|an|am|ando) (?:[\w'’]+ ){0,3}?(?:a|al|à|ao|aos)|consegna(?:no|to|ta|ti|te|ndo)? (?:[\w'’]+ ){0,3}?(?:a|al|alla|ai)"
    r"|übergab(?:en)? (?:\w+ ){0,3}?(?:an|dem|der)|overgedragen aan|droegen (?:\w+ ){0,3}?over aan|draagt (?:\w+ ){0,3}?over aan)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|o\s+|a\s+|het\s+|de\s+|die\s+|der\s+|den\s+|dem\s+|il\s+|lo\s+)?$",
    re.I,
)

# intelligence or coordination an international body gave the operation ('A operação contou com informações do MAOC-N',
# 'Europol coordinated the operation', 'sur la base de renseignements')
INTELLIGENCE = re.compile(
    r"\b(?:intelligence|information|tip-?off|coordinat\w*|informa(?:ções|ção|ciones|ción|tions?|zioni|tie|tionen)|inteligencia|inteligência"
    r"|renseignements?|coordena\w*|coordin\w*|koordin\w*|hinweis\w*|tip\b)",
    re.I,
)


# the words that name customs officers in German without naming an office ('der Zoll', 'Zöllner', 'Zollbeamte')
BARE_ZOLL = re.compile(r"(?:Zoll(?:s|es)?|Zollbeamt(?:e|en|innen)|Zöllner(?:innen)?)", re.I)

# the capitalised words of a name its acronym closes on in parentheses ('el Servicio de Vigilancia Aérea (SVA)'); the
# small words between them are no initials
NAME_BEFORE_PAREN = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){1,9})\(\s*$")
SMALL_WORD = re.compile(r"(?:de|del|della|di|da|do|dos|das|du|des|d|of|and|y|e|et|und|en|la|le|les|los|las|the|für|van|der|voor|al)$", re.I)

# a role word after an authority's name is a unit of that authority ('the Sars marine unit', 'its marine unit'), not the
# country's navy
UNIT_OF_BEFORE = re.compile(r"(?:\bits|\btheir|['’]s)\s*$", re.I)


class AgencyResolver:
    """The agencies of a candidate figure, from the gazetteer's agencies. Holds no per-document state."""

    def __init__(self, gz: Gazetteer, ports: PortResolver):
        self.gz = gz
        self.ports = ports

    def country_of(self, name: str) -> str | None:
        return self.gz.agency_countries.get(name)

    def in_sentence(self, doc: Doc, sent: Span) -> list[str]:
        """The authorities a sentence credits with the seizure: not those who only arrested, took over or inquired."""
        out: list[str] = []
        low = sent.text.lower()
        if cues.ARRESTED.search(low) and not cues.SEIZED.search(low):
            return out  # "NCA officers arrested a man in Leicester": not who seized the drugs
        low = places.ORDERED_BY.sub(" ", low)  # 'la PNP, por orden de la Fiscalía, incautó': the prosecutor ordered, took nothing over
        low = JOINT.sub(" ", low)
        takeover = bool(cues.TAKEOVER.search(low))
        seized = bool(cues.SEIZED.search(low))
        for span in spans_in(doc, "agency", sent):
            if self.handed_to(doc, sent, span):
                continue
            if self.gz.agency_roles.get(span.label_) in ("eu", "international") and places.SOURCE_BEFORE.search(
                    doc_text(doc)[max(sent.start_char, span.start_char - 40):span.start_char]):
                continue  # 'cocaine seizures in Antwerp totaled 65.6 tonnes, according to Europol': the source of a figure
            if takeover:
                if not seized:
                    continue
                window = doc_text(doc)[max(sent.start_char, span.start_char - 50):min(sent.end_char, span.end_char + 50)]
                window = places.ORDERED_BY.sub(" ", PROPER_NAME.sub(" ", window).lower())  # "the Drug Prosecutor's Office of Colón and SENAN seized"
                window = JOINT.sub(" ", window)
                if cues.TAKEOVER.search(window) and not cues.SEIZED.search(window):
                    continue
            if self.defined_otherwise(doc, span):
                continue
            if span.label_ not in out:
                out.append(span.label_)
        return out

    @staticmethod
    def defined_otherwise(doc: Doc, span: Span) -> bool:
        """An acronym in parentheses after a name whose initials it spells, where that name is not the acronym's
        authority: 'el Servicio de Vigilancia Aérea (SVA)' of Costa Rica is not Spain's customs 'SVA'."""
        acronym = span.text
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            return False
        text = doc_text(doc)
        m = NAME_BEFORE_PAREN.search(text[max(0, span.start_char - 120):span.start_char])
        if not m:
            return False
        words = [w for w in m.group(1).split() if not SMALL_WORD.match(w)]
        initials = "".join(w[0] for w in words[-len(acronym):]).upper()
        if len(words) < len(acronym) or initials != acronym:
            return False
        paren = span.start_char - (len(m.group(0)) - len(m.group(1)))  # where the name ends, before '('
        named = [a for a in doc.spans.get("agency", []) if a.label_ == span.label_ and paren - 3 <= a.end_char <= paren]
        return not named

    @staticmethod
    def tells_the_find(sent: Span) -> bool:
        """The sentence tells a seizure or a joint action ('A search by Belgian customs officials uncovered 7.2 tons', 'The
        seizure was the result of a joint operation between'), not a comment on it ('AFP Detective Superintendent X
        said 896kg could have been sold as ...', 'This led to a significant investigation by Customs and Police')."""
        low = PROPER_NAME.sub(" ", sent.text).lower()  # not a title: 'AFP Detective Superintendent'
        return bool(cues.SEIZED.search(low) or JOINT.search(low))

    def cited_only(self, name: str, sent: Span) -> bool:
        """A European or international body in a sentence of the story that tells of no seizure, no joint action and no
        intelligence it gave ('A agência de polícia europeia Europol disse em um relatório ...'): a source of figures."""
        if self.gz.agency_roles.get(name) not in ("eu", "international"):
            return False
        low = sent.text.lower()
        return not (cues.SEIZED.search(low) or JOINT.search(low) or INTELLIGENCE.search(low))

    @staticmethod
    def handed_to(doc: Doc, sent: Span, span: Span) -> bool:
        """'handed over to the SAPS', 'remis à la police judiciaire', 'The Federal Police began investigating':
        the authority received, tested or inquired into the drugs after the seizure."""
        before = doc_text(doc)[max(sent.start_char, span.start_char - 60):span.start_char]
        after = doc_text(doc)[span.end_char:min(sent.end_char, span.end_char + 40)]
        # '... remis le produit à la police judiciaire de Nantes, via son antenne de l'office anti-stupéfiant (Ofast)': told after
        # the handing over, in the same sentence, a recipient too (searched only when the nearer cues say nothing)
        return bool(places.HANDED_TO_BEFORE.search(before) or places.INQUIRY.match(after.strip())
                    or places.HANDED_OVER.search(doc_text(doc)[sent.start_char:span.start_char])
                    or INVESTIGATES_AFTER.match(after) or HANDED_MORE.search(before))

    def foreign_context_dropped(self, doc: Doc, ctx: DocContext, agencies: list[str], own: list[str], country: str | None,
                                 lead_sent: Span) -> list[str]:
        """A seizure at a port of one country is not credited, from the story around it, to the authority of the
        lead seizure's port in another country ('weitere 7,2 Tonnen in Antwerpen' in a story of the Hamburg
        customs); its own sentence's credit and helpers from elsewhere (the DEA in Peru) stay."""
        lead_countries = self.lead_countries(doc, ctx, lead_sent) - {country}
        agencies = self.bare_customs_abroad(doc, agencies, country)
        return [a for a in agencies if a in own or self.country_of(a) not in lead_countries]

    def bare_customs_abroad(self, doc: Doc, agencies: list[str], country: str | None) -> list[str]:
        """'Am Hafen von Antwerpen ... Der Zoll beschlagnahmte die Drogen': a bare 'Zoll' / 'Zöllner' of a find at a port
        of another country (German-language Belgian, Austrian and Swiss news) is that country's customs, where the text
        names the German customs by no office of its own ('Hauptzollamt', 'Zollfahndung', 'der deutsche Zoll')."""
        national = self.gz.national.get("customs", {}).get(country or "")
        if "German Customs" not in agencies or country in (None, "DE") or not national:
            return agencies
        spans = [s for s in doc.spans.get("agency", []) if s.label_ == "German Customs"]
        if not spans or not all(BARE_ZOLL.fullmatch(s.text) for s in spans):
            return agencies
        out = [national if a == "German Customs" else a for a in agencies]
        return list(dict.fromkeys(out))

    def lead_countries(self, doc: Doc, ctx: DocContext, lead_sent: Span) -> set[str | None]:
        """The countries of the ports the lead's sentence places its find at, else of the port the article opens
        with, else of the authorities the lead credits (its sentence's, else the lead's find's, once resolved)."""
        ports = {self.ports.port_of(doc, s).country for s in self.ports.candidates(doc, ctx, lead_sent)}
        framing = None if ports else self.ports.framing(doc, ctx, lead_sent) or self.ports.dateline_port(doc)
        if framing is not None:
            ports = {framing.country}
        if ports:
            return ports
        # else of those credited with the lead's find, 'customs' there included ('Hamburg customs officials seized')
        countries = [self.country_of(a) for a in self.in_sentence(doc, lead_sent) or ctx.lead_agencies]
        return {c for c in countries if c is not None and c != "EU"}

    def opening(self, doc: Doc, ctx: DocContext, sents: list[Span], lead_sent: Span, country: str | None) -> list[str]:
        """A news figure whose sentences name nobody is credited to the authority the article opens with
        (headline and sentences up to the lead: 'Douane onderschept bijna 3000 kilo cocaïne'), of its country."""
        out: list[str] = []
        for sent in sents:
            if sent.start > lead_sent.start:
                break
            names = self.in_sentence(doc, sent)
            if country:
                names += [n for r in self.generic_roles(doc, sent) if (n := self.gz.national.get(r, {}).get(country))]
            out += [n for n in names if n not in out and self.country_of(n) in (country, "EU", None)]
        return out

    def generic_roles(self, doc: Doc, sent: Span) -> list[str]:
        """'customs', 'coast guard', 'navy' named without a country, in a sentence that is not about a takeover
        and not as the one the drugs were handed to."""
        low = JOINT.sub(" ", sent.text.lower())
        if cues.TAKEOVER.search(low) and not cues.SEIZED.search(low):
            return []
        return [s.label_ for s in spans_in(doc, "customs", sent) if not self.handed_to(doc, sent, s) and not self.unit_of(doc, sent, s)]

    @staticmethod
    def unit_of(doc: Doc, sent: Span, span: Span) -> bool:
        """The role word names a unit of an authority just before it ('The Sars marine unit, Durban Operations ... boarded',
        'its marine unit'), not the country's body of that role."""
        text = doc_text(doc)
        if UNIT_OF_BEFORE.search(text[max(sent.start_char, span.start_char - 8):span.start_char]):
            return True
        return after_agency(doc, sent, span)

    def role_of(self, name: str) -> str | None:
        return self.gz.agency_roles.get(name)

    def add_national(self, doc: Doc, sent: Span, country: str, agencies: list[str]) -> None:
        """Append to `agencies` the national authority of `country` for each generic role the sentence names
        ('customs' in a Dutch find is the Dutch customs), unless an authority of that country and role is there."""
        for role in self.generic_roles(doc, sent):
            name = self.gz.national.get(role, {}).get(country)
            if name and name not in agencies and not any(
                    self.country_of(a) == country and self.role_of(a) == role for a in agencies):
                agencies.append(name)
