"""Numbers and units: parse amounts as written in seven languages and normalise them to kilograms.

Pure functions over strings; the spaCy quantity component wraps `find_quantities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from nlp.dates import MONTH_RE

LB = 0.45359237
SHORT_TON = 907.18474
SP = "[ \u00a0\u202f\u2009]"
GROUP = "[ \u00a0\u202f\u2009'\u2019]"  # a space, no-break space or apostrophe groups thousands: 1 200, 2'800
NUM = rf"\d{{1,3}}(?:{GROUP}\d{{3}})+(?:[.,]\d+)?(?![\d.,]\d)|\d+(?:[.,]\d+)*"
MULTIPLIERS = {
    "thousand": 1e3, "mil": 1e3, "mille": 1e3, "duizend": 1e3, "tausend": 1e3, "mila": 1e3,
    "million": 1e6, "millions": 1e6, "millones": 1e6, "millón": 1e6, "milhões": 1e6, "milhão": 1e6,
    "miljoen": 1e6, "millionen": 1e6, "milioni": 1e6, "milione": 1e6, "mln": 1e6, "mio": 1e6, "mio.": 1e6,
    "billion": 1e9,
}
MULT_RE = "|".join(sorted((re.escape(m) for m in MULTIPLIERS), key=len, reverse=True))
WORD_NUMBERS = {
    "half a": 0.5, "half an": 0.5, "media": 0.5, "medio": 0.5, "meia": 0.5, "meio": 0.5, "halve": 0.5, "een halve": 0.5, "eine halbe": 0.5,
    "halbe": 0.5, "einer halben": 0.5, "halben": 0.5, "mezza": 0.5, "mezzo": 0.5, "une demi": 0.5, "demi": 0.5, "a half": 0.5,
    "anderhalve": 1.5, "anderhalf": 1.5, "anderthalb": 1.5, "eineinhalb": 1.5, "one and a half": 1.5,
    "a": 1, "an": 1, "one": 1, "une": 1, "un": 1, "una": 1, "uma": 1, "um": 1, "een": 1, "eine": 1, "ein": 1, "einen": 1,
    "two": 2, "dos": 2, "duas": 2, "dois": 2, "deux": 2, "zwei": 2, "twee": 2, "due": 2,
    "three": 3, "tres": 3, "três": 3, "trois": 3, "drei": 3, "drie": 3, "tre": 3,
    "four": 4, "cuatro": 4, "quatro": 4, "quatre": 4, "vier": 4, "quattro": 4,
    "five": 5, "cinco": 5, "cinq": 5, "fünf": 5, "vijf": 5, "cinque": 5,
    "six": 6, "seis": 6, "sechs": 6, "zes": 6, "sei": 6,
    "seven": 7, "siete": 7, "sete": 7, "sept": 7, "sieben": 7, "zeven": 7, "sette": 7,
    "eight": 8, "ocho": 8, "oito": 8, "huit": 8, "acht": 8, "otto": 8,
    "nine": 9, "nueve": 9, "nove": 9, "neuf": 9, "neun": 9, "negen": 9,
    "ten": 10, "diez": 10, "dez": 10, "dix": 10, "zehn": 10, "tien": 10, "dieci": 10,
    "twelve": 12, "doce": 12, "douze": 12, "zwölf": 12, "twaalf": 12, "dodici": 12,
    "twenty": 20, "veinte": 20, "vinte": 20, "vingt": 20, "zwanzig": 20, "twintig": 20, "venti": 20,
    "a hundred": 100, "one hundred": 100, "cien": 100, "cem": 100, "cent": 100, "hundert": 100, "honderd": 100, "cento": 100,
    "a thousand": 1000, "mil": 1000, "mille": 1000, "duizend": 1000, "tausend": 1000, "tausende": 1000,
}
# quarters ('a quarter of a tonne', 'trois quarts de tonne', 'driekwart ton') and Dutch halves after a number
# ('tweeënhalve ton', 'twee en een halve ton': it read only 'een halve', 500 kg)
WORD_NUMBERS.update({
    "a quarter of a": 0.25, "a quarter of an": 0.25, "quarter of a": 0.25, "three quarters of a": 0.75,
    "three-quarters of a": 0.75, "un quart de": 0.25, "trois quarts de": 0.75, "trois-quarts de": 0.75,
    "een kwart": 0.25, "kwart": 0.25, "driekwart": 0.75, "drie kwart": 0.75,
})
for _w, _n in (("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6), ("zeven", 7), ("acht", 8), ("negen", 9), ("tien", 10)):
    WORD_NUMBERS.update({f"{_w} en een halve": _n + 0.5, f"{_w}{'ën' if _w[-1] in 'aeiou' else 'en'}halve": _n + 0.5})
# Number words of the seven languages, as pieces that glue into compounds ('dreihundert', 'tweehonderd',
# 'duecento', 'trescientos', 'vingt-cinq'); a phrase of them is read by text2num (`_words_value`).
NUMBER_PIECES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
    "dieciocho diecinueve veinte veinti treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento cientos "
    "quinientos setecientos novecientos "
    "um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete "
    "dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem cento centos duzentos "
    "trezentos quinhentos mil "
    "een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend "
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente "
    "quarante cinquante soixante cent cents mille "
    "uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici "
    "diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento mille mila "
    "ein eine eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
    "siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend"
).split()


def _by_first(alternatives: list[str]) -> str:
    """An alternation of escaped literals with those sharing a first character under one branch, in their
    order: 'a(?:...)|b(?:...)|...' matches what 'a...|b...|...' matches, in the same order (literals of two first
    characters never match at one place), but the engine tests a word's first letter against some thirty
    branches instead of entering hundreds of literals at every word of the text."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        atom = alt[:2] if alt.startswith("\\") else alt[:1]
        groups.setdefault(atom, []).append(alt[len(atom):])
    return "|".join(f"{atom}(?:{'|'.join(rests)})" for atom, rests in groups.items())


PIECE = _by_first(sorted({re.escape(w) for w in NUMBER_PIECES}, key=len, reverse=True))
GLUE = r"(?:und|en|ën|e|-)?"
NUMBER_WORD = rf"(?:{PIECE})(?:{GLUE}(?:{PIECE}))*(?:einhalb)?"
NUMBER_PHRASE = rf"{NUMBER_WORD}(?:(?:\s+(?:and|y|e|et|und|en)\s+|[\s-]+){NUMBER_WORD})*(?:\s+and\s+a\s+half)?"
# '2 toneladas y media', 'tonelada e meia', 'a tonne and a half': half of the unit more
HALF_AFTER = re.compile(r"\s+(?:y|e|et|and|und|en)\s+(?:a\s+|een\s+|eine\s+)?(?:media|meia|meio|demie|demi|mezzo|mezza|half|halve|halbe)(?!\w)", re.I)
# thousands written as a word between digits, as the Mexican and Central American press write them: '2 mil 500 kilos'
MIL_SPLIT = re.compile(r"(?<![\w.,])(?:(?P<k>\d{1,3})\s+)?mil\s+$", re.I)
BARE_TONNE_HALF = re.compile(r"(?<![\w.,])(?:toneladas?|tonnellata|tonnes?|tons?)(?=\s+(?:y|e|et)\s+(?:media|meia|demie|mezzo|mezza)(?!\w))", re.I)
WORD_RE = _by_first(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True)) + "|" + NUMBER_PHRASE
TEXT2NUM_LANGS = ("en", "es", "pt", "fr", "it", "de", "nl")

WEIGHT_UNITS: list[tuple[str, float]] = [
    (r"short\s+tons?", SHORT_TON),
    (r"metric\s+tons?|metric\s+tonnes?|tonnes?|tons?|toneladas?|tonnellate|tonnellata|tonnen|tonne|ton|t", 1000.0),
    (r"kilogrammes?|kilogrammi|kilograms?|kilogramm|kilogramos?|quilogramas?|quilogramos?|chilogrammi|chilogrammo|"
     r"chili|chilo|kilos?|quilos?|kgs?|kilo's", 1.0),
    (r"quintali|quintale", 100.0),  # Italian press: 'sequestrati 5 quintali di hashish' (a quintal is 100 kg)
    (r"doppelzentner", 100.0),
    (r"zentner", 50.0),  # German press: 'einen Zentner Kokain' (a Zentner is 50 kg, a Doppelzentner 100)
    (r"pounds?|lbs?\.?|lb", LB),
    (r"grammes?|grams?|gramm|gramos?|gramas?|grammi|grammo|gr|g", 0.001),
]
COUNT_UNITS = (
    r"pills?|tablets?|comprimidos?|comprimés?|comprimes|pastillas?|pastiglie|pasticche|compresse|pillen|tabletten|"
    r"tabletas?|capsules?|cápsulas?|ecstasy-tabletten|ecstasypillen|xtc-pillen"
)
PACKAGE_UNITS = (
    r"bricks?|packages?|packets?|parcels?|blocks?|bales?|bags?|sacks?|panetti|pani|pains|paquets?|paquetes?|"
    r"fardos?|fardi|bultos?|pacotes?|tabletes|tijolos?|ladrillos?|blokken|pakketten|pakken|packs?|päckchen|pakete|"
    r"ziegel|balen|involucri|sacos?|sacchi|colis"
)
VOLUME_UNITS = r"litres?|liters?|litros?|litri|litro|l"
UNIT_RE = "|".join(f"(?P<u{i}>{pat})" for i, (pat, _) in enumerate(WEIGHT_UNITS))
# 'a few hundred', 'mehrere hundert', 'varios cientos': how many hundreds is not said, so no figure ('unos mil kilos',
# 'some thousand' are about a thousand)
VAGUE_BEFORE = re.compile(
    r"(?<!\w)(?:several|a\s+few|few|many|mehrere|einige|ein\s+paar|etliche|viele|enkele|meerdere|vele|varios|varias|"
    r"algunos|algunas|vários|várias|alguns|algumas|plusieurs|quelques|diversi|diverse|alcuni|alcune|qualche)\s*$",
    re.I,
)
# a multiplier glued to the digits, as English papers write it: '1.5m pills', '2bn tablets'
GLUED_MULTIPLIERS = {"m": 1e6, "bn": 1e9}
AMOUNT = rf"(?:(?P<n>{NUM})|(?P<w>{WORD_RE}))(?:{SP}*(?P<m>{MULT_RE})\.?|(?<=\d)(?P<g>m|bn)(?=\s))?"
OF = r"(?:\s+(?:de|di|of|d'|van|von))?"
# the figure as an adjective: 'a 1,000-kilo shipment', 'the 2-tonne haul'
# and with the article between, as Italian papers write it: 'sono oltre 10 le tonnellate sequestrate', 'sono 400 i chili'
WEIGHT_RE = re.compile(rf"(?<![\w.,])(?:{AMOUNT})(?:{SP}*|-|\s+(?:le|i)\s+(?=tonnellate|chil|quintali))(?:{UNIT_RE})(?![\w])", re.I)
# up to two words between a count and its unit, none of them a number word or 'and': 'mil e quinhentos tabletes'
# is 1,500, not 1,000 and two words
# and the unit may end a hyphenated compound that names the drug: '500.000 Captagon-Tabletten', '60.000 Ecstasy-Pillen'
COUNT_RE = re.compile(
    rf"(?<![\w.,])(?:{AMOUNT})\s+(?:(?!(?:{PIECE}|and|y|e|et|und)\s)[\w-]+\s+){{0,2}}?(?:[^\W\d_]+-)?(?P<cu>{COUNT_UNITS}|{PACKAGE_UNITS})(?![\w])",
    re.I,
)
VOLUME_RE = re.compile(rf"(?<![\w.,])(?:{AMOUNT}){SP}*(?P<vu>{VOLUME_UNITS})(?![\w])", re.I)
# the unit before the figure, as Italian press offices write it: 'sequestrati kg 150 di cocaina', 'oltre Kg. 1.200'
UNIT_FIRST_RE = re.compile(
    rf"(?<![\w.,])(?P<u>kg|kgs|chilogrammi|gr|grammi)\.?{SP}*(?P<n>{NUM})(?![\w.,]*\d)(?!{SP}*(?:%|{UNIT_RE})(?!\w))", re.I
)
# a round number as a collective noun, 'about' that many: 'un centinaio di chili', 'una decina di tonnellate', 'un
# centenar de kilos', 'une centaine de kilos', 'uma centena de quilos' (the hedge dropped, the bound is the value)
COLLECTIVES = {
    "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000,
    "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000,
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
    "dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000,
}
COLLECTIVE_RE = re.compile(
    rf"(?<![\w])(?:un|una|un['’]|une|uma|um)\s*(?P<c>{'|'.join(COLLECTIVES)})\s+(?:di\s+|de\s+|d['’]\s*)(?:{UNIT_RE})(?![\w])",
    re.I,
)
VEHICLE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:trucks?|lorr(?:y|ies)|vessels?|ships?|boats?|trailers?|cranes?|containers?|tankers?|vans?|"
    r"capacity|limit)(?!\w)", re.I)
PER_PACKAGE = re.compile(rf"{SP}*-?(?:{PACKAGE_UNITS})(?![\w])", re.I)
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|tot|bis|a|à|e|y|en|et|and|und|oder|or|ou|o)\s*(?:de\s+|di\s+)?$", re.I)
RANGE_START = re.compile(r"(?:between|entre|tussen(?:\s+de)?|zwischen|tra|fra)(?:\s+(?:i|gli|le))?\s*$", re.I)
COMPOUND_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|en|e|et|y|und|plus)\s+$", re.I)


@dataclass
class Quantity:
    """An amount found in text: kilograms, or a count of pills/bricks, or a volume."""

    start: int
    end: int
    text: str
    kind: str  # weight | pills | packages | volume
    value: float | None  # kilograms for weight, count for pills/packages, None for volume
    precision: int = 0  # significant digits as written, to prefer "911 kilos" over "900 kg"


# an article that reads as 'one' ('a kilo of', 'ein Kilo', 'einen Zentner'): find_quantities says when it makes a figure
ONE_ARTICLES = ("a", "an", "un", "una", "uma", "um", "une", "een", "ein", "eine", "einen")


def to_number(token: str) -> float:
    """'1.600' -> 1600, '1,6' -> 1.6, '7.089,03' -> 7089.03, '1 037' -> 1037 (spec's separator rule).

    A mark groups thousands only where thousands can be grouped: after a lead of one to three digits that is not
    '0', and never after the other mark has grouped ('1,234.567'). So '1999.579 Kgs' (Indian press weigh to the
    gram), '0.241 kilogrammes' and '2,988.219 kg' keep their decimals."""
    t = re.sub(GROUP, "", token)
    parts = re.split(r"([.,])", t)
    s = parts[0]
    groups = 0 < len(s) <= 3 and s != "0"
    grouped_by = ""
    for i in range(1, len(parts), 2):
        digits = parts[i + 1]
        if groups and len(digits) == 3 and grouped_by in ("", parts[i]):
            s += digits
            grouped_by = parts[i]
        else:
            s += "." + digits
            groups = False
    try:
        return float(s)
    except ValueError:
        return float(re.sub(r"[^\d.]", "", s) or 0)


def _amount(m: re.Match[str]) -> tuple[float, int]:
    if m.group("n"):
        value = to_number(m.group("n"))
        digits = re.sub(r"\D", "", m.group("n")).rstrip("0")
        precision = len(digits)
    else:
        words = m.group("w").lower()
        value = float(WORD_NUMBERS[words]) if words in WORD_NUMBERS else _words_value(words) or 0.0
        precision = len(re.sub(r"\D", "", f"{value:.0f}").rstrip("0")) or 1
    if m.group("m"):
        value *= MULTIPLIERS[m.group("m").lower().rstrip(".")] if m.group("m").lower() in MULTIPLIERS else 1e6
    elif m.group("g"):
        value *= GLUED_MULTIPLIERS[m.group("g").lower()]
    return value, precision


@lru_cache(maxsize=2048)
def _words_value(words: str) -> float | None:
    """'three hundred' -> 300, 'trescientos' -> 300, 'dreihundert' -> 300, 'vingt-cinq' -> 25 (text2num, in
    whichever of the seven languages reads the whole phrase); None when none does."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    half = 0.5 if re.search(r"einhalb$|and a half$", words) else 0.0
    words = re.sub(r"(?:ein)?einhalb$|\s+and a half$", "", words) or ("ein" if half else words)
    if words in WORD_NUMBERS:
        return WORD_NUMBERS[words] + half
    for lang in TEXT2NUM_LANGS:
        try:
            return float(text2num(words, lang)) + half
        except (ValueError, IndexError, KeyError):
            continue
    return None


def _unit_factor(m: re.Match[str]) -> float:
    for i, (_, factor) in enumerate(WEIGHT_UNITS):
        if m.group(f"u{i}"):
            return factor
    raise AssertionError("no unit group matched")


def find_quantities(text: str) -> list[Quantity]:
    """Every weight, pill/brick count and volume in `text`, ranges and compound amounts resolved."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    blocked: list[tuple[int, int]] = []
    for m0 in WEIGHT_RE.finditer(text):
        m = _readable(text, m0)
        if m is None:
            continue
        unit = next(m.group(f"u{i}") for i in range(len(WEIGHT_UNITS)) if m.group(f"u{i}")).lower()
        if m.group("g") or _vague(text, m):
            continue  # '14.5m tonnes' is cargo, not a seizure; 'several hundred kilos' says no figure
        if re.search(r"\d-\w+$", m.group(0)) and VEHICLE_AFTER.match(text, m.end()):
            continue  # 'a 40-tonne truck', 'a 30-ton crane': the size of what carried it
        if m.group("w") and not m.group("m") and unit in ("t", "g", "gr", "l", "lb", "lbs"):
            continue  # "a t", "un g": a word number needs a spelled-out unit
        if m.group("n") is None and m.group("w").lower() in ONE_ARTICLES \
                and not unit.startswith(("ton", "quintal", "zentner", "doppelzentner")) and not HALF_AFTER.match(text, m.end()):
            continue  # "a kilo of" is no seizure figure; "a tonne" is, and so is "un chilo e mezzo", "un kilo y medio"
        value, precision = _amount(m)
        factor = _unit_factor(m)
        if unit.startswith("pound") and (m.group("m") or _money_before(text, m.start())):
            continue  # "30 million pounds" is money
        if PER_PACKAGE.match(text, m.end()):
            blocked.append((m.start(), m.end()))
            continue  # "twelve 1kg packages", "six hundred 20 kg sacks": the size of each package
        start, end = m.start(), m.end()
        split = MIL_SPLIT.search(text, max(0, start - 12), start) if m.group("n") and re.fullmatch(r"\d{1,3}", m.group("n")) \
            and not m.group("m") else None
        if split:  # '2 mil 500 kilos', 'mil 200 kilos' (Mexico, Central America): the thousands before the figure
            value, start, precision = int(split.group("k") or 1) * 1000 + value, split.start(), precision + 1
        half = HALF_AFTER.match(text, end)
        if half and factor >= 1:
            value, end, precision = value + 0.5, half.end(), precision + 1
        found.append(Quantity(start, end, text[start:end], "weight", value * factor, precision))
        taken.append((start, end))
    for m in COLLECTIVE_RE.finditer(text):
        if not _overlaps(m.start(), m.end(), taken):
            value = COLLECTIVES[m.group("c").lower()] * _unit_factor(m)
            found.append(Quantity(m.start(), m.end(), m.group(0), "weight", value, 1))
            taken.append((m.start(), m.end()))
    for m in UNIT_FIRST_RE.finditer(text):
        if _overlaps(m.start(), m.end(), taken) or re.search(r"\d\s*$", text[max(0, m.start() - 8):m.start()]):
            continue  # '12 kg 150' is the figure before it, with its unit
        factor = 0.001 if m.group("u").lower().startswith("g") else 1.0
        value = to_number(m.group("n"))
        precision = len(re.sub(r"\D", "", m.group("n")).rstrip("0")) or 1
        found.append(Quantity(m.start(), m.end(), m.group(0), "weight", value * factor, precision))
        taken.append((m.start(), m.end()))
    for m in BARE_TONNE_HALF.finditer(text):
        half = HALF_AFTER.match(text, m.end())
        if half and not _overlaps(m.start(), half.end(), taken):
            found.append(Quantity(m.start(), half.end(), text[m.start():half.end()], "weight", 1500.0, 2))
            taken.append((m.start(), half.end()))
    for m in VOLUME_RE.finditer(text):
        if m.group("vu").lower() == "l" and not m.group("n"):
            continue
        if _overlaps(m.start(), m.end(), taken):
            continue
        found.append(Quantity(m.start(), m.end(), m.group(0), "volume", None, 0))
        taken.append((m.start(), m.end()))
    for m in COUNT_RE.finditer(text):
        if _overlaps(m.start(), m.end(), taken + blocked):
            continue
        if m.group("w") and m.group("w").lower() in ONE_ARTICLES:
            continue
        if _vague(text, m) or (m.group("g") and _money_before(text, m.start())):
            continue
        value, precision = _amount(m)
        kind = "pills" if re.fullmatch(COUNT_UNITS, m.group("cu"), re.I) else "packages"
        found.append(Quantity(m.start(), m.end(), m.group(0), kind, value, precision))
        taken.append((m.start(), m.end()))
    found.sort(key=lambda q: q.start)
    return _decimal_mark_of_text(_corroborated(_merge_ranges_and_compounds(text, found)))


# a figure of one group after its lead: '6,044', '1.100' (thousands by the separator rule, decimals where the text says so)
ONE_GROUP = re.compile(r"(\d{1,3})([.,])(\d{3})(?![\d.,])")
THOUSAND_TONNES = 1e6  # kg: no single seizure, and no port's or country's yearly total, comes near a thousand tonnes


def _decimal_mark_of_text(qs: list[Quantity]) -> list[Quantity]:
    """'6,044 tonnes' beside '89,5 tonnes' and '71,62 tonnes', '3,545 tonnes' beside '10,04 tonnes': a text that writes
    its decimals with a mark corroborates the decimal reading of that mark before three digits where the
    thousands reading would weigh a thousand tonnes or more. '1,100 kilos' or '30,256 kilogrammes' keep the
    separator rule, whatever the text writes elsewhere."""
    marks = {m.group(1) for o in qs if o.kind == "weight" for m in re.finditer(r"\d([.,])\d{1,2}(?![\d.,])", o.text)}
    if not marks:
        return qs
    out = []
    for q in qs:
        m = ONE_GROUP.match(q.text)
        if q.kind == "weight" and m and m.group(2) in marks and q.value and q.value >= THOUSAND_TONNES:
            q = Quantity(q.start, q.end, q.text, q.kind, q.value / 1000, q.precision)
        out.append(q)
    return out


def _corroborated(qs: list[Quantity]) -> list[Quantity]:
    """'19,111 Tonnen' under 'Mehr als 19 Tonnen': where another figure of the text corroborates the decimal
    reading of a single three-digit group, that reading wins over the thousands-separator rule."""
    out = []
    for q in qs:
        m = ONE_GROUP.match(q.text)
        if q.kind == "weight" and m and q.value:
            amount = float(f"{m.group(1)}{m.group(3)}")
            decimal = q.value / amount * float(f"{m.group(1)}.{m.group(3)}") if amount else 0.0
            digits = len(m.group(1))
            written = (m.group(1) + m.group(3)).rstrip("0")

            def near(a: float, b: float) -> bool:
                return bool(b) and abs(a - b) <= 0.1 * a

            if any(o is not q and o.kind == "weight" and o.value and _shorter(o, digits, written, m.group(2)) and near(decimal, o.value)
                   for o in qs) and not any(o is not q and o.kind == "weight" and o.value and near(q.value, o.value)
                                            for o in qs):
                q = Quantity(q.start, q.end, q.text, q.kind, decimal, q.precision)
        out.append(q)
    return out


def _shorter(o: Quantity, digits: int, written: str, mark: str) -> bool:
    """`o` writes a figure's decimal reading shorter: '19 Tonnen' for '19,111 Tonnen' (no more digits than its whole
    part), '25,6 kilogramos' for '25,650 kilogramos' (its digits begin the figure's: the note gives the grams), with
    the same mark: '1.5 kg of heroin and 1,500 kg of cannabis' writes decimals with a point and groups with a comma."""
    if o.precision <= digits:
        return True
    lead = re.match(r"\D{0,12}?(\d+)([.,])(\d{1,2})(?![\d.,])", o.text)
    return lead is not None and lead.group(2) == mark and written.startswith((lead.group(1) + lead.group(3)).rstrip("0"))


def _readable(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """A match whose number words read as a number: 'two and three tonnes' (no number) is read from 'three',
    so that the range before it is seen."""
    if not m.group("w") or _amount(m)[0]:
        return m
    for sep in re.finditer(r"\s+(?:(?:and|y|e|et|und|en)\s+)?|-", m.group("w")):
        sub = WEIGHT_RE.match(text, m.start("w") + sep.end())
        if sub is not None and _amount(sub)[0]:
            return sub
    return None


SCALE_WORDS = {"hundred", "hundert", "honderd", "cent", "cien", "cem", "cento", "thousand", "tausend", "duizend", "mille",
               "mil", "mila"}


def _vague(text: str, m: re.Match[str]) -> bool:
    """'several hundred kilos', 'mehrere hundert Kilo', 'einige tausend Tabletten': a bare hundred or thousand after a
    word that leaves the count open is no figure."""
    return bool(m.group("w")) and m.group("w").lower() in SCALE_WORDS and bool(
        VAGUE_BEFORE.search(text[max(0, m.start() - 20):m.start()]))


def _money_before(text: str, start: int) -> bool:
    return bool(re.search(r"[£$€]\s*$", text[max(0, start - 3):start]))


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _merge_ranges_and_compounds(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    # a bare number before a range join ("100 to 120 kg", "entre 300 et 400 kilos") takes the later unit
    while i < len(qs):
        q = qs[i]
        before = text[max(0, q.start - 40):q.start]
        m = re.search(rf"(?<![\w.,])(?P<n>{NUM}|{WORD_RE})\s*(?:-|–|—|to|tot|bis|a|à|e|y|en|et|and|und|or|ou|o)\s*(?:de\s+|di\s+|i\s+|gli\s+|le\s+)?$",
                      before, re.I)
        if q.kind == "weight" and m and (re.search(r"\d", m.group("n")) or RANGE_START.search(before[:m.start()])) \
                and not _is_year(m.group("n"), before[:m.start()]):
            low_txt = m.group("n")
            low = to_number(low_txt) if re.match(r"\d", low_txt) else float(
                WORD_NUMBERS.get(low_txt.lower()) or _words_value(low_txt) or 0)
            high = q.value or 0
            amount = _amount_only(q.text)
            unit_kg = high / amount if amount else 1.0
            low_kg = low * unit_kg
            if 0 < low_kg <= high:
                start = q.start - (len(before) - m.start())
                hedge = RANGE_START.search(before[:m.start()])
                if hedge:
                    start = q.start - (len(before) - hedge.start())
                q = Quantity(start, q.end, text[start:q.end], "weight", low_kg, len(re.sub(r"\D", "", low_txt).rstrip("0")) or 1)
        # compound: "5 tonnes and 438 kilos", "2 tonnellate e 300 chili"
        if i + 1 < len(qs) and q.kind == "weight" and qs[i + 1].kind == "weight":
            nxt = qs[i + 1]
            gap = text[q.end:nxt.start]
            if COMPOUND_JOIN.match(gap) and _unit_below(q, nxt):
                q = Quantity(q.start, nxt.end, text[q.start:nxt.end], "weight", (q.value or 0) + (nxt.value or 0),
                             q.precision + nxt.precision + 2)
                i += 1
        out.append(q)
        i += 1
    return out


def _is_year(low: str, before: str) -> bool:
    """'in the 12 months to March 2021 to 18,767kg': a year, not the low end of a range."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", low)) and bool(
        re.search(rf"(?:{MONTH_RE}|\b(?:in|en|em|im|of|de|del|van|von|year|jahr|año|ano|jaar|anno|année|to|bis|until|since)\b)\.?\s*$",
                  before, re.I))


def _unit_factor_of(q: Quantity) -> float:
    amount = _amount_only(q.text)
    return (q.value or 0) / amount if amount else 0.0


def _unit_below(q: Quantity, nxt: Quantity) -> bool:
    """'5 tonnes and 438 kilos', '42 kilos y 736 gramos', '180kg and 800g': the second figure counts the
    next smaller unit and stays below one of the first."""
    big, small = _unit_factor_of(q), _unit_factor_of(nxt)
    return (big, small) in ((1000.0, 1.0), (1.0, 0.001)) and 0 < (nxt.value or 0) < big


def _amount_only(qtext: str) -> float:
    m = re.match(AMOUNT, qtext, re.I)
    if not m:
        return 0.0
    return _amount(m)[0]
