"""Cue words, as regular expressions over lower-cased text in seven languages, that decide what a
number means: seized or only smuggled, a total over a period or one seizure, news or background,
at a port or at sea, and who only took over the investigation.

The word lists live in nlp/data/cues/<lang>.json, one file a language (all.json for patterns that read
the same in every language); this module builds one regex per cue from all of them, each entry bounded
at word edges. Structural patterns (anchored before or after a figure) stay here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources

from nlp.dates import MONTH_RE


def _alternatives(pattern: str) -> list[str]:
    """Split a pattern at its top-level '|' (not inside groups, classes or escapes)."""
    out, depth, cls, esc, cur = [], 0, False, False, ""
    for ch in pattern:
        if esc:
            cur, esc = cur + ch, False
            continue
        if ch == "\\":
            cur, esc = cur + ch, True
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
            continue
        cur += ch
    out.append(cur)
    return out


def _apostrophes(alt: str) -> str:
    """A straight apostrophe in a cue also matches the typographic one most newsrooms print ('dall'inizio' fires on
    'dall’inizio', 'l'an dernier' on 'l’an dernier'); an apostrophe inside a character class is left as written."""
    out, in_class, escaped = [], False, False
    for ch in alt:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "'":
            out.append("['’]")
            continue
        out.append(ch)
    return "".join(out)


def _edges(alt: str, stems: bool) -> tuple[str, str, str]:
    """One cue with word boundaries: a cue never fires inside another word ('fiscal' in 'fiscalização',
    'interv' in 'interview'). A cue ending in '~' is a stem (free end: 'seiz~' fires on 'seized');
    `stems=True` makes every cue of the list a stem. A cue may start with \\w* to allow compounds
    ('\\w*schmuggel' fires on 'Kokainschmuggel')."""
    stem = stems or alt.endswith("~")
    alt = _apostrophes(alt.rstrip("~"))
    lead = "" if re.match(r"\\[wsbWSB]|[\s^]", alt) else r"(?<!\w)"
    tail = "" if stem or re.search(r"(?:\s|\\s|\\b|\$|[.:;,])[+*?]?$", alt) else r"(?!\w)"
    return lead, alt, tail


def _bounded(alt: str, stems: bool) -> str:
    """One cue as a regex bounded at word edges (see `_edges`)."""
    lead, core, tail = _edges(alt, stems)
    return f"{lead}(?:{core}){tail}"


CUE_FILES = ("en", "es", "pt", "nl", "fr", "it", "de", "all")


def _load() -> dict[str, list[str]]:
    """Every cue's entries from nlp/data/cues/<lang>.json (one file a language, 'all' for language-neutral
    patterns), in language order."""
    lists: dict[str, list[str]] = {}
    for name in CUE_FILES:
        data = json.loads(resources.files("nlp").joinpath(f"data/cues/{name}.json").read_text(encoding="utf-8"))
        for cue, entries in data.items():
            if not cue.startswith("_"):
                lists.setdefault(cue, []).extend(entries)
    return lists


_LISTS = _load()


def _cue(name: str, *extra: str) -> re.Pattern[str]:
    """The regex of one cue list of the data files (plus `extra` patterns), every entry bounded at word edges."""
    return _rx(*_LISTS[name], *extra)


def _rx(*parts: str, stems: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex from cue lists, every cue bounded at word edges (see `_bounded`)."""
    alts = [a for part in parts for a in _alternatives(part) if a]
    # consecutive cues with the same edges share one lookaround: '(?<!\w)(?:a|b|c)(?!\w)' matches what
    # '(?<!\w)(?:a)(?!\w)|(?<!\w)(?:b)(?!\w)|...' matches, in the same order, and fails fast inside a
    # word instead of testing every cue there (a third of the extraction time went to these regexes)
    runs: list[tuple[str, str, list[str]]] = []
    for a in alts:
        lead, core, tail = _edges(a, stems)
        if runs and runs[-1][0] == lead and runs[-1][1] == tail:
            runs[-1][2].append(core)
        else:
            runs.append((lead, tail, [core]))
    return re.compile("|".join(f"{lead}(?:{'|'.join(cores)}){tail}" for lead, tail, cores in runs), re.I)


SEIZED = _cue("SEIZED")
SMUGGLED_ONLY = _cue("SMUGGLED_ONLY")
PRODUCTION = _cue("PRODUCTION")
"""What a country or a region makes or grows: 'output of around 951 tonnes a year' is no seizure."""
PER_ITEM = _cue("PER_ITEM")
"""'weighing approximately one kilogram each', 'unos 20 kilos cada una', 'je 1 Kilo': a per-item weight, no seizure."""
PER_ITEM_BEFORE = _cue("PER_ITEM_BEFORE")
"""Words just before a figure that make it a per-item weight ('each weighing 50kg', 'an average of eight kilograms')."""
THRESHOLD = _cue("THRESHOLD")
"""After a figure: '100kg or more' is a size class, no seizure."""
THRESHOLD_BEFORE = re.compile(
    r"(?:seizures?|finds?|hauls?|consignments?|incautaciones|apreensões|saisies|sequestri|sicherstellungen|vangsten|inbeslagnames)\s+"
    r"(?:weighing\s+|of\s+|de\s+|di\s+|van\s+|von\s+)?(?:over|above|more\s+than|at\s+least|exceeding|larger\s+than|bigger\s+than|"
    r"de\s+más\s+de|superiores?\s+a|de\s+mais\s+de|acima\s+de|de\s+plus\s+de|supérieures?\s+à|superiori\s+a|oltre|über|von\s+mehr\s+als|"
    r"boven|van\s+meer\s+dan)\s*$"
    # plural shipments that contain less or more than a figure: 'More than half of the shipments discovered contained
    # less than 100 kilos', 'carregamentos com mais de uma tonelada de cocaína foram encontrados'
    # (a bare plural or 'the shipments', never a count: 'two shipments with more than 2 tonnes' are two finds)
    r"|(?:^|[,;:]\s*|\b(?:the|of|os|as|los|las|les|des|die|der|de|het|i|gli|le)\s+"
    r"(?:(?!\d|(?:two|three|four|five|several|dos|tres|duas|zwei|drei|twee|drie|deux|trois|due|tre)\b)[\w-]+\s+)?)"
    r"(?:shipments|consignments|cargoes|loads|seizures|finds|carregamentos|remessas|apreensões|cargamentos|envíos|"
    r"alijos|incautaciones|lieferungen|sendungen|funde|ladingen|zendingen|vangsten|cargaisons|envois|saisies|carichi|"
    r"spedizioni|sequestri)(?:\s+[\w-]+){0,2}?\s+(?:contained|containing|with|of|com|de|con|mit|von|met|van|avec|"
    r"contenaient|contenían|continham|enthielten|bevatten|contenevano)\s+(?:less\s+than|fewer\s+than|more\s+than|"
    r"over|under|menos\s+de|mais\s+de|más\s+de|weniger\s+als|mehr\s+als|über|unter|minder\s+dan|meer\s+dan|"
    r"moins\s+de|plus\s+de|meno\s+di|più\s+di|oltre)\s*$",
    re.I,
)
"""Before a figure: 'seizures over 10kg', 'saisies de plus de 100 kg', 'shipments contained less than 100 kilos' are a
size class, no seizure."""
FAKE = _cue("FAKE")
LEGAL = _cue("LEGAL")
DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:(?:of|de|di|van|an)\s+[\wÀ-ÿ-]+\s+)?(?:more|less|fewer|up from|down from|meer|minder|menos|más que|mais|a mais|"
    r"a menos|de plus|de moins|in più|in meno|weniger|mehr als im|mehr als in|mehr als (?:19|20)\d\d|more than in|than in|than the)\b",
    re.I,
)
WEAK_AGGREGATE = _cue("WEAK_AGGREGATE")
SINGLE_SHIPMENT = _cue("SINGLE_SHIPMENT")
SINGLE_BEFORE = _cue("SINGLE_BEFORE")
"""Right before a figure: 'une saisie de', 'een vangst van', 'a haul of', 'una incautación de': the figure is one
seizure's, whatever period the sentence or the story's total frames."""
AGAIN = _cue("AGAIN")
TOTAL = _cue("TOTAL")
"""'a total of', 'insgesamt': a sum, but of one seizure's parts as often as of several seizures."""
ADDED_TO = _cue("ADDED_TO")
"""Opening a sentence: 'S'y ajoutent', 'Daarnaast', 'In addition': its figures add to what the sentence before told."""
OPENING = " \t\n\"'«»“”‘’-–—•*"  # quotes, a dash or a bullet before a sentence's first word


def sums_up_before(sentence: str) -> bool:
    """A sentence that opens by summing up ('Au total', 'In totaal') or adding to ('S'y ajoutent', 'Daarnaast') the
    sentence before it."""
    low = sentence.lower()
    start = len(low) - len(low.lstrip(OPENING))
    return bool(TOTAL.match(low, start) or ADDED_TO.match(low, start))


SEVERAL_OPERATIONS = _cue("SEVERAL_OPERATIONS")
"""'three separate seizures', 'dos operaciones', 'vier Versuche': a count of operations."""
HEDGE_MORE = _cue("HEDGE_MORE")
"""Before a figure: the figure is a lower bound ('plus d'une tonne')."""
HEDGE_LESS = _cue("HEDGE_LESS")
"""Before a figure: the figure is an upper bound ('bijna 3000 kilo', 'knapp 34 Tonnen')."""
DAY_SPAN = re.compile(
    rf"(?<!\w)(?:between|entre|tussen|zwischen|tra|fra|from|del|de|du|vom|dal|van)\s+(?:the\s+|le\s+|el\s+|dem\s+|il\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?"
    rf"(?:\s+(?:de\s+)?(?:{MONTH_RE}))?\s+(?:and|y|e|et|en|und|to|al|au|bis|a|tot)\s+(?:the\s+|le\s+|el\s+|dem\s+|il\s+)?\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?:{MONTH_RE})(?!\w)"
    rf"|(?<![\w.,])\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?:{MONTH_RE})(?!\w)",
    re.I,
)
"""'between 11 and 29 May', 'tussen 11 mei en 29 mei', 'du 3 au 14 mars', '11–29 May': a span of days frames a total."""
MONTH_SPAN = re.compile(
    rf"(?<!\w)(?:between|entre|tussen|zwischen|tra|fra|from|de|du|vom|dal|da|van)\s+(?:{MONTH_RE})(?:\s+(?:de\s+)?(?:19|20)\d\d)?"
    rf"\s+(?:and|y|e|et|en|und|to|a|à|al|au|bis|tot)\s+(?:{MONTH_RE})(?!\w)",
    re.I,
)
"""'tra luglio e agosto', 'between July and August', 'de enero a marzo', 'entre juillet et août': a span of months
frames a total."""


class Unless:
    """A cue whose matches inside a frame that reverses them do not count: `search` and `finditer` as on a regex."""

    def __init__(self, cue: re.Pattern[str], frame: re.Pattern[str]) -> None:
        self.cue, self.frame, self.pattern = cue, frame, cue.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        frames: list[tuple[int, int]] | None = None  # read only once the cue matches: most texts have no match
        for m in self.cue.finditer(text):
            if frames is None:
                # a frame may name the part of it that reverses the cue ('side'); else the whole match does
                frames = [f.span("side") if f.groupdict().get("side") is not None else f.span()
                          for f in self.frame.finditer(text)]
            if not any(start <= m.start() and m.end() <= end for start, end in frames):
                yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


RECORD_SO_FAR = _cue("RECORD_SO_FAR")
"""A superlative that 'so far' or 'to date' closes: 'the country's biggest cocaine haul to date', 'el mayor alijo en lo
que va de año', 'der größte Fund seit Jahresbeginn' rank one seizure among all; they sum nothing."""
MONTH_ALONE = re.compile(
    rf"(?<!\w)(?:just\s+in\s+(?:{MONTH_RE})|in\s+(?:{MONTH_RE})\s+alone|(?:solo|sólo|solamente)\s+en\s+(?:{MONTH_RE})|"
    rf"(?:só|somente|apenas)\s+em\s+(?:{MONTH_RE})|allein\s+im\s+(?:{MONTH_RE})|im\s+(?:{MONTH_RE})\s+allein|"
    rf"(?:alleen\s+al|alleen)\s+in\s+(?:{MONTH_RE})|rien\s+qu['’]en\s+(?:{MONTH_RE})|(?:solo|soltanto)\s+(?:a|nel\s+mese\s+di)\s+"
    rf"(?:{MONTH_RE}))(?!\w)",
    re.I,
)
"""'just in July', 'in July alone', 'allein im Juli', 'solo en julio': a month's finds summed, a total."""
COMPONENT_BEFORE = _cue("COMPONENT_BEFORE")
"""Right before a figure: 'including one seizure of', 'dont une saisie record de', 'waaronder een vangst van': one
seizure named inside a total's sentence, an event whatever period frames the total."""
INCLUDING_BEFORE = _cue("INCLUDING_BEFORE")
"""Right before a figure: 'including', 'dont', 'waaronder': a part of the total before it; one seizure when its own day
follows it ('including 1.5 tonnes found on Monday'), else a sub-total."""
SIDE_SPAN = re.compile(
    rf",[^,.;:!?\d]*?\w\s+(?P<side>{MONTH_SPAN.pattern}|(?:since|depuis|sinds)\s+(?:{MONTH_RE})(?!\w))[^,.;:!?\d]*,", re.I)
"""A span of months, or 'since March', inside a comma-bounded side clause with no figure, after other words of that
clause: 'The investigation, which ran from March to May, ended when officers seized 300 kg', 'Le indagini, condotte
tra marzo e maggio, si sono concluse con il sequestro di 300 chili', 'The vessel, which had been monitored since
March, was boarded' time the inquiry, not the finds ('In Italia, tra luglio e agosto, sono state sequestrate ...'
still frames a total, and so does a total word in that clause: only the span itself is reversed)."""
AGGREGATE = Unless(_cue("AGGREGATE", *_LISTS["SEVERAL_OPERATIONS"], DAY_SPAN.pattern, MONTH_SPAN.pattern, MONTH_ALONE.pattern),
                   re.compile(f"{RECORD_SO_FAR.pattern}|{SIDE_SPAN.pattern}", re.I))
COMPARED_WITH = _cue("COMPARED_WITH")
"""'1,000 kg more than in the previous year', 'rispetto all'anno precedente': the earlier period a figure is only set
against, which does not make the figure history."""
BACKGROUND = Unless(_cue("BACKGROUND"), COMPARED_WITH)
HOURS_BEFORE = _cue("HOURS_BEFORE")
"""'Quelques heures auparavant, ils avaient intercepté ...', 'hours earlier': the same day's operation, still the news."""
NOT_AT_PORT = _cue("NOT_AT_PORT")
AT_SEA = _cue("AT_SEA")
TAKEOVER = _cue("TAKEOVER")
CUSTODY = _cue("CUSTODY")
"""'The Australian Federal Police seized the illicit drugs', 'AFP investigators took possession of the cocaine', 'the
narcotics were confiscated by AFP personnel': an authority takes custody of what others found (see
CreditResolver.resolve)."""
PORT_WORD = _cue("PORT_WORD")
ONE_OF_PORTS = re.compile(
    r"(?<!\w)(?:uno de los|una de las|one of (?:the|its|their|[\w-]+['’]s)|um dos|uma das|l['’]une? des|uno dei|una delle|"
    r"(?:in\s+)?eine[mnrs]? der|een van de|één van de)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:puertos|ports|portos|porti|häfen|havens|terminales|terminals|terminais|terminaux|terminali)(?!\w)", re.I)
"""'uno de los principales puertos de Ecuador', 'one of Britain's busiest ports', 'um dos terminais de Santos': one port
(which one the story tells elsewhere), not several."""
PORT_PLURAL = Unless(_cue("PORT_PLURAL"), ONE_OF_PORTS)
"""'at UK ports', 'en los puertos de', 'in den Häfen': several ports, unless one of them is meant (ONE_OF_PORTS)."""
EU_SCOPE = _cue("EU_SCOPE")
ORIGIN_BEFORE = re.compile(
    r"(?:from|shipped from|sailed from|loaded (?:in|at)|departed|originating in|out of|desde|procedente de|procedentes de|"
    r"proveniente de|provenientes de|embarcad[oa]s? en|cargad[oa]s? en|oriund[oa]s? de|vind[oa]s? de|carregad[oa]s? em|"
    r"embarcad[oa]s? (?:no|em)|uit|afkomstig uit|vanuit|geladen in|aus|verladen in|kommend|en provenance d[eu']|venant d[eu']|"
    r"parti d[eu']|chargé à|chargés à|provenienti da|proveniente da|partito da|partita da|caricat[oa] a|imbarcat[oa] a)\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|du\s+|de\s+|del\s+|dal\s+|dalla\s+|dem\s+|der\s+|het\s+|port of\s+|puerto de\s+|porto de\s+|porto di\s+|haven van\s+|port d[eu']\s*|hafen\s+|brasileño de\s+|brasileiro de\s+){0,2}$",
    re.I,
)
DEST_BEFORE = re.compile(
    r"(?:bound for|destined for|destination|heading (?:to|for)|en route to|to be delivered|con destino a|destino|destinad[oa]s? a|"
    r"rumbo a|a caminho de|com destino|naar|richting|bestemd voor|nach|mit ziel|vers|à destination de|destinée? à|diretto a|diretta a|"
    r"destinat[oa] a|verso|para|transhipped in|transshipped in|transbordad[oa] en|en tránsito por|hacia|"
    # sent or to be unloaded there: 'iba a ser enviado al puerto de Amberes', 'planeaba descargar el alijo en Puerto
    # Quetzal', 'iba a ser descargada en', 'exportada a'
    r"(?:enviad[oa]s?|remitid[oa]s?|exportad[oa]s?|despachad[oa]s?)\s+(?:a|al|hacia)|"
    r"(?:iba|iban|planeaba|planeaban|pretendía|pretendían|debía|debían)\s+(?:a\s+)?(?:ser\s+)?(?:descargar|descargad[oa]s?|"
    r"desembarcar|desembarcad[oa]s?)\s+(?:[\w-]+\s+){0,3}?en)\s+"
    r"(?:the\s+|el\s+|la\s+|o\s+|a\s+|de\s+|del\s+|du\s+|het\s+|port of\s+|puerto (?:[\w-]+\s+)?de\s+|porto de\s+|haven van\s+|"
    r"port d[eu']\s*|hafen\s+){0,2}$",
    re.I,
)
CONCEALMENT = re.compile(
    r"(?:hidden|concealed|stashed|disguised|packed|tucked)\s+(?:in|among|inside|within|behind|under|beneath|as)\s+(?P<a>[^.,;:()]{3,60})|"
    r"(?:escondid[oa]s?|ocult[oa]s?|camuflad[oa]s?|oculta)\s+(?:en|entre|dentro de|bajo|em|no|na|nos|nas)\s+(?P<b>[^.,;:()]{3,60})|"
    r"(?:dissimulée?s?|cachée?s?)\s+(?:dans|parmi|sous|entre)\s+(?P<c>[^.,;:()]{3,60})|"
    r"(?:nascost[aoie]|occultat[aoie]|celat[aoie])\s+(?:in|tra|fra|sotto|dentro|nel|nella|nei|nelle|tra i|tra le)\s+(?P<d>[^.,;:()]{3,60})|"
    r"(?:versteckt|verborgen)\s+(?:in|zwischen|unter|hinter)\s+(?P<e>[^.,;:()]{3,60})|"
    r"(?:verstopt|verborgen)\s+(?:in|tussen|onder|achter)\s+(?P<f>[^.,;:()]{3,60})",
    re.I,
)
COMPARISON = _cue("COMPARISON")
CARGO = _cue("CARGO")
CUTTING_AGENT = _cue("CUTTING_AGENT")
"""What a drug is stretched with ('1,6 kg Streckmittel'): a weight of it is no drug seized."""
CUT_TO = _cue("CUT_TO")
"""After a figure: the weight a drug is stretched to for the street ('auf etwa 120 Kilogramm gestreckt', 'auf rund 2,8
Tonnen gestreckt werden'): no drug seized of that weight."""
PILL_DRUGS = {"mdma", "captagon", "fentanyl", "tramadol", "methamphetamine", "amphetamine", "ketamine", "other"}
ORIGIN_NEAR = _cue("ORIGIN_NEAR")
ARRESTED = _cue("ARRESTED")
STORY_BREAK = _cue("STORY_BREAK")
READ_ALSO = _cue("READ_ALSO")
"""At the start of a line: 'Lesen Sie auch:', 'Leggi anche', 'Read more:' - a link to another story, whose headline
follows on the line (or on the next one when the label stands alone) and tells no fact of this article."""
NOT_FIRST = _cue("NOT_FIRST")
LARGEST_FIND = _cue("LARGEST_FIND")
"""'The biggest catch was', 'De grootste vangst', 'la plus grosse saisie': the largest find of a span of time. In a story
of a period's total it is one of the total's own finds, not the history a superlative otherwise tells."""
EVER = _cue("EVER")
"""'ever', 'on record', 'jemals', 'ooit', 'jamais', 'nunca', 'mai': a superlative over all time, which is history."""
"""'This is not the first time', 'No es la primera vez': the figures after it are history, not the news."""
NTH_SEIZURE = _cue("NTH_SEIZURE")
"""'Esta é a terceira apreensão', 'the fourth seizure', 'la quinta incautación', 'der dritte Kokainfund': a find ranked
in a running count of finds (at the place the sentence names)."""
