"""Dates as news writes them in seven languages, resolved against a reference day.

`find_dates(sentence, ref)` returns every date mention with its ISO value at the precision the text
allows (YYYY-MM-DD, YYYY-MM or YYYY). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from nlp.prefilter import lowered, may_match

MONTHS = {
    1: "january jan enero ene janeiro jan janvier janv januari gennaio gen januar jän",
    2: "february feb febrero febr fevereiro fev février févr fevrier februari febbraio febbr februar",
    3: "march mar marzo março mars maart märz marz mrt",
    4: "april apr abril avril aprile",
    5: "may mayo maio mai mei maggio",
    6: "june jun junio junho juin juni giugno giu",
    7: "july jul julio julho juillet juil juli luglio lug",
    8: "august aug agosto ago août aout augustus",
    9: "september sept sep septiembre setiembre setembro set septembre settembre sett",
    10: "october oct octubre outubro out octobre oktober okt ottobre ott",
    11: "november nov noviembre novembro novembre nov",
    12: "december dec diciembre dic dezembro dez décembre decembre dicembre dezember",
}
MONTH_OF = {name: num for num, names in MONTHS.items() for name in names.split()}
MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTH_OF), key=len, reverse=True))
WEEKDAYS = {
    0: "monday lunes segunda-feira segunda lundi maandag lunedì lunedi montag",
    1: "tuesday martes terça-feira terca-feira terça mardi dinsdag martedì martedi dienstag",
    2: "wednesday miércoles miercoles quarta-feira quarta mercredi woensdag mercoledì mercoledi mittwoch",
    3: "thursday jueves quinta-feira quinta jeudi donderdag giovedì giovedi donnerstag",
    4: "friday viernes sexta-feira sexta vendredi vrijdag venerdì venerdi freitag",
    5: "saturday sábado sabado samedi zaterdag sabato samstag sonnabend",
    6: "sunday domingo dimanche zondag domenica sonntag",
}
WEEKDAY_OF = {name: num for num, names in WEEKDAYS.items() for name in names.split()}
WEEKDAY_RE = "|".join(sorted((re.escape(w) for w in WEEKDAY_OF), key=len, reverse=True))
LAST = r"(?:last|past|pasado|pasada|passado|passada|última|último|ultima|ultimo|dernier|dernière|scorso|scorsa|vergangenen|vergangene|letzten|letzte|vorige|afgelopen)"
NIGHT = r"(?:night|noche|noite|nuit|notte|nacht)"

# Dutch and German glue the part of the day to the weekday: "dinsdagavond", "Dienstagabend"
DAY_PART = r"(?:avond|nacht|ochtend|middag|morgen|abend|nachmittag|vormittag|mittag|früh)"
YEAR = r"(?:19|20)\d{2}"
B = r"(?<![\w])"
E = r"(?![\w])"


@dataclass
class DateMention:
    """A date in text: its span, ISO value and how sure it is (day, month or year)."""

    start: int
    end: int
    value: str
    precision: str  # day | month | year
    follows: bool = False  # counted from an earlier day of the story ("a day later"): a follow-up, not another time


def _d(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# a past year that frames the sentence before a bare month: 'seized 9 tonnes of cocaine in 2024, including 3 tonnes at
# Southampton in March' (March 2024, not the March before the report), 'En 2024, ... en mars', 'In 2024 ... in maart'
FRAMING_YEAR = re.compile(rf"{B}(?:in|en|em|im|nel|dans|durante|during|throughout)\s+(?:the\s+year\s+|het\s+jaar\s+|"
                          rf"l'année\s+|el\s+año\s+|o\s+ano\s+|l'anno\s+|dem\s+jahr\s+)?({YEAR}){E}(?!\s*[-/])", re.I)


def _in_named_year(head: str, got: tuple[str, str], ref: date) -> tuple[str, str]:
    """A bare month takes the one past year its sentence names before it, instead of the most recent such month."""
    sentence = re.split(r"[.!?]\s", head)[-1]
    years = {int(y) for y in FRAMING_YEAR.findall(sentence)}
    if len(years) == 1 and (year := years.pop()) < ref.year:
        return f"{year:04d}{got[0][4:]}", got[1]
    return got


def _month_year(ref: date, month: int) -> int:
    """The year of the most recent `month` up to the reference day."""
    return ref.year if month <= ref.month else ref.year - 1


def _day_year(ref: date, month: int, day: int) -> int:
    """The year of the most recent `day` of `month` up to the reference day."""
    year = _month_year(ref, month)
    return year - 1 if date(year, month, min(day, 28)) > ref else year


# month names a period of months is written with: the full names, and 'May' only capitalised (else a verb)
MONTH_FULL_RE = "(?:" + "|".join(sorted((re.escape(m) for m in MONTH_OF if len(m) >= 4 or m in ("mai", "mei")),
                                        key=len, reverse=True)) + "|(?-i:May))"
ORD = r"(?:st|nd|rd|th|er|º|°)?\.?"
TO = r"(?:-|–|—|and|y|e|et|en|und|bis|to|through|until|al|au|a|até|tot|ed|till)"
QUARTER = (r"(?:Q[1-4]|H[12]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)(?:\s+of)?|"
           r"(?:primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|premier|deuxième|troisième|quatrième|primo|secondo|"
           r"terzo|quarto|eerste|tweede|derde|vierde|ersten|zweiten|dritten|vierten)\s+"
           r"(?:trimestre|semestre|kwartaal|halfjaar|quartal|halbjahr)(?:\s+(?:de|del|do|of|van|des|di|dell'anno|des jahres))?)")
# "in the year to March 2022", "financial year ending 30 June 2023": a fiscal period is named by the year it ends
FISCAL = (r"(?:(?:the\s+)?(?:financial|fiscal)\s+year|(?:the\s+)?(?:year|12 months|twelve months)|"
          r"(?:l'|el\s+|o\s+)?(?:exercice|ejercicio|exercício|esercizio|boekjaar|geschäftsjahr|año fiscal|ano fiscal))"
          r"\s+(?:to|ending|ended|up to|through|to the end of|clos le|clôturé le|cerrado el|hasta|al|bis|tot)\s+")
NUM_WORD = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|twenty|thirty|dos|tres|cuatro|cinco|diez|quince|"
            r"dois|três|quatro|dez|quinze|deux|trois|quatre|cinq|dix|quinze|trente|due|tre|quattro|cinque|dieci|quindici|zwei|drei|vier|"
            r"fünf|zehn|vierzehn|twee|drie|vijf|tien|veertien)")
# "uma semana depois de a Receita ter encontrado": after an event named next, counted back from it, not forward
AGO_N = (r"(?:\d{1,2}|a|one|two|three|four|five|six|een|twee|drie|vier|vijf|zes|un|una|uma|um|une|deux|trois|quatre|cinq|six|dos|tres|"
         r"cuatro|cinco|seis|dois|duas|três|quatro|ein|einer|einem|zwei|drei|vier|fünf|sechs|due|tre|quattro|cinque|sei)")
NOT_AFTER_OBJECT = r"(?!\s+(?:de|del|da|do|das|dos|que|that|of|the|dass|dem|der|den|le|la|les|l'|il|lo|che|du|des)\b)"
LATER_BASE = r"(?:later|después|más tarde|depois|mais tarde|plus tard|après|dopo|più tardi|später|danach|daarna|erna)"
YESTERDAY = r"(?:yesterday|ayer|ontem|hier|ieri|gestern|gestrigen|gister(?:en|avond|ochtend|middag|morgen))"
TODAY = r"(?:today|hoy|hoje|aujourd'hui|oggi|heute|vandaag)"
# "this year" as a phrase that finishes a date or a period: "deste ano", "dieses Jahres", "dell'anno in corso"
THIS_YEAR = (r"(?:this\s+year|(?:de\s+)?este\s+año|del\s+presente\s+año|(?:de\s+)?este\s+ano|deste\s+ano|de\s+cette\s+année|"
             r"de\s+l'année\s+en\s+cours|di\s+quest'anno|dell'anno\s+in\s+corso|dieses\s+jahres|des\s+laufenden\s+jahres|van\s+dit\s+jaar)")
LAST_NIGHT = (r"(?:last\s+night|anoche|(?:la\s+)?noche\s+(?:pasada|de\s+ayer)|(?:na\s+)?noite\s+passada|cette\s+nuit|"
              r"(?:la\s+)?nuit\s+dernière|stanotte|(?:la\s+)?scorsa\s+notte|(?:la\s+)?notte\s+scorsa|(?:in\s+der\s+)?"
              r"(?:letzten|vergangenen)\s+nacht|(?:letzte|vergangene)\s+nacht|vannacht|(?:de\s+)?afgelopen\s+nacht)")
THIS_MORNING = (r"(?:this\s+(?:morning|afternoon)|(?:esta|esta\s+misma)\s+(?:mañana|madrugada|tarde)|(?:n?esta)\s+(?:manhã|madrugada)|"
                r"hoje\s+de\s+manhã|ce\s+matin|cet\s+après-midi|stamattina|stamane|stamani|questa\s+mattina|questo\s+pomeriggio|heute\s+(?:morgen|früh|vormittag|nachmittag)|"
                r"vanochtend|vanmorgen|vanmiddag)")
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "between 11 and 29 May", "du 3 au 7 mars", "tussen 11 mei en 29 mei", "on September 17 and 19": one day is not settled
    ("range", re.compile(rf"{B}(?:(?:between|tussen|entre|zwischen|tra|fra|from|du|dal|vom|van|de|del|dem)\s+(?:(?:el|le|il|dem|the|o)\s+)?)?"
                         rf"(?P<d1>\d{{1,2}}){ORD}(?:\s+(?:de\s+|of\s+)?(?P<mon1>{MONTH_RE})\.?)?\s*{TO}\s*(?:(?:el|le|il|den|zum|the|o|al)\s+)?"
                         rf"(?P<d2>\d{{1,2}}){ORD}\s+(?:de\s+|of\s+)?(?P<mon2>{MONTH_RE})\.?(?:\s*,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    ("range_md", re.compile(rf"{B}(?P<mon1>[A-Z][a-z]{{2,8}})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to|through|until)\s*"
                            rf"(?:(?P<mon2>[A-Z][a-z]{{2,8}})\.?\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>{YEAR}))?{E}"
                            rf"(?!\s*(?:kg|kilo|ton|lb|pound|gram|%|per))")),
    # "between January and March", "de enero a junio", "von Januar bis Juni", "in January and February": a period of
    # months, so the year (none when it runs into the next year)
    ("month_range", re.compile(rf"{B}(?:(?:between|from|in|during|entre|de|desde|em|en|durante|du|von|zwischen|im|van|tussen|in|tra|fra|da|dal|nel|a)\s+)?"
                               rf"(?P<mon1>{MONTH_FULL_RE})\s+(?:and|to|through|until|y|a|hasta|e|até|et|à|au|und|bis|en|tot(?:\s+en\s+met)?|al|ed)\s+"
                               rf"(?:(?:el|o|le|il|the|end of|fin|finales de|final de|fine|ende|eind)\s+)?(?P<mon2>{MONTH_FULL_RE})"
                               rf"(?:\s*,?\s*(?:de\s+|del\s+|of\s+|do\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    ("fiscal", re.compile(rf"{B}{FISCAL}(?:(?:\d{{1,2}}{ORD}\s+)?(?:de\s+)?(?:{MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?(?:de\s+)?)?(?P<y>{YEAR}){E}", re.I)),
    ("fy", re.compile(rf"{B}(?:FY|fiscal|financial year)\s*(?P<y>{YEAR}|\d{{2}})(?:\s*[/-]\s*(?P<y2>\d{{2}}|{YEAR}))?{E}", re.I)),
    ("quarter", re.compile(rf"{B}{QUARTER}\s+(?P<y>{YEAR}){E}", re.I)),
    # "no primeiro semestre deste ano", "in the first half of this year": the reference's year
    ("quarter_this", re.compile(rf"{B}{QUARTER}\s*(?:this year|deste ano|de este año|del presente año|de cette année|"
                                rf"de l'année en cours|di quest'anno|dell'anno in corso|dieses jahres|des laufenden jahres|"
                                rf"van dit jaar){E}", re.I)),
    # "2006/7", "2021-22": a split year is named by the year it ends; "2019-2023" spans years and settles none
    ("split_year", re.compile(rf"{B}(?P<y>{YEAR})\s*[/\-–]\s*(?P<y2>{YEAR}|\d{{1,2}}){E}(?![/.-]\d)")),
    # "since 2020", "desde 1993": a period over several years, no single date
    # "since January", "desde enero", "desde o início do ano" (no day, no year): the running year up to the report
    ("since", re.compile(rf"{B}(?:(?:since|desde|depuis|seit|sinds|dal|dall'|da)\s+(?:(?:el\s+)?mes\s+de\s+|o\s+mês\s+de\s+)?(?P<mon>{MONTH_FULL_RE})"
                         rf"(?!\s*(?:de\s+|del\s+|,\s*)?\d|\s*,?\s*(?:when|toen|cuando|quando|als|lorsque|lorsqu'|où|wo|waar)\b)|(?:desde\s+(?:o|el)\s+(?:início|inicio|começo|comienzo)|desde\s+(?:principios|comienzos|inicios))"
                         rf"\s+d[eo]l?\s+(?:este\s+|presente\s+)?a[nñ]o|"
                         rf"(?:since|desde|depuis|seit|sinds|dal|dall')\s+(?P<y>{YEAR})|"
                         # "since June 2021", "depuis juin 2021": a period from a month of a named year
                         rf"(?:since|desde|depuis|seit|sinds|dal|dall')\s+(?:(?:el\s+)?mes\s+de\s+|o\s+mês\s+de\s+)?(?:{MONTH_FULL_RE})\s+"
                         rf"(?:de\s+|del\s+)?(?P<ym>{YEAR})(?!\s*,?\s*(?:when|toen|cuando|quando|als|lorsque|lorsqu'|où|wo|waar)\b)|(?:de|van|from|dal)\s+(?P<y1>{YEAR})\s+"
                         rf"(?:até|a|to|hasta|à|bis|tot|al|fino\s+ad|fino\s+al)\s+(?:o\s+momento|now|date|hoy|la\s+fecha|heute|nu|oggi|aujourd'hui|agora|hoje)){E}", re.I)),
    ("nlater", re.compile(rf"{B}(?P<n>a|one|two|three|\d|een|twee|drie|un|una|uma|um|une|deux|trois|dos|tres|dois|três|ein|eine|zwei|drei|due|tre)\s+"
                          rf"(?P<unit>days?|weeks?|dag(?:en)?|días?|dias?|jours?|giorn[oi]|tage?n?|semanas?|semaines?|settimane?|weken?|wochen?)\s+{LATER_BASE}{E}{NOT_AFTER_OBJECT}", re.I)),
    ("fewdays", re.compile(rf"{B}(?:(?:a\s+)?few\s+days\s+later|(?:een\s+)?paar\s+dagen\s+later|quelques\s+jours\s+(?:plus\s+tard|après)|"
                           rf"(?:unos\s+|algunos\s+)?días\s+después|(?:alguns\s+)?dias\s+depois|(?:alcuni|pochi)\s+giorni\s+dopo|(?:einige|wenige)\s+tage\s+später){E}", re.I)),
    ("sameday", re.compile(rf"{B}(?:(?:on\s+)?the\s+same\s+(?:day|evening|night|morning)|(?:le\s+)?même\s+jour|(?:ce\s+)?même\s+soir|"
                           rf"(?:el\s+)?mismo\s+día|(?:no\s+)?mesmo\s+dia|(?:lo\s+)?stesso\s+giorno|am\s+(?:selben|gleichen)\s+tag|"
                           rf"(?:dezelfde|diezelfde|die)\s+(?:dag|avond)){E}", re.I)),
    # "no dia 22", "el día 5", "il giorno 3": a day of the month named last, or of the reference's month
    ("dayonly", re.compile(rf"{B}(?:(?:no|do|o|na|el|del|al|il|nel|le)\s+)?(?:dia|día|giorno)\s+(?P<d>\d{{1,2}}){E}"
                           rf"(?!\s*(?:º|°|\.|/|-)?\s*(?:de\s+|del\s+|di\s+)?(?:{MONTH_RE}|\d))", re.I)),
    ("nextday", re.compile(rf"{B}(?:the\s+(?:next|following)\s+day|le\s+lendemain|al\s+día\s+siguiente|no\s+dia\s+seguinte|"
                           rf"am\s+(?:nächsten|folgenden)\s+tag|il\s+giorno\s+(?:dopo|successivo)|de\s+volgende\s+dag|de\s+dag\s+erna|daags\s+daarna){E}", re.I)),
    ("yearsago", re.compile(rf"{B}(?:(?P<n1>two|three|four|five|\d)\s+years\s+ago|hace\s+(?P<n2>dos|tres|cuatro|cinco|\d)\s+años|"
                            rf"há\s+(?P<n3>dois|três|quatro|cinco|\d)\s+anos|il\s+y\s+a\s+(?P<n4>deux|trois|quatre|cinq|\d)\s+ans|"
                            rf"vor\s+(?P<n5>zwei|drei|vier|fünf|\d)\s+jahren|(?P<n6>twee|drie|vier|vijf|\d)\s+jaar\s+geleden|"
                            rf"(?P<n7>due|tre|quattro|cinque|\d)\s+anni\s+fa){E}", re.I)),
    # "two weeks ago", "hace tres días", "vor zwei Wochen", "drie weken geleden", "il y a deux mois": counted back from the reference
    ("nago", re.compile(rf"{B}(?:(?P<n1>{AGO_N})\s+(?P<u1>days?|weeks?|months?)\s+ago|hace\s+(?P<n2>{AGO_N})\s+(?P<u2>días?|semanas?|meses)|"
                        rf"há\s+(?P<n3>{AGO_N})\s+(?P<u3>dias?|semanas?|meses)|il\s+y\s+a\s+(?P<n4>{AGO_N})\s+(?P<u4>jours?|semaines?|mois)|"
                        rf"vor\s+(?P<n5>{AGO_N})\s+(?P<u5>tage?n?|wochen?|monate?n?)|(?P<n6>{AGO_N})\s+(?P<u6>dagen|dag|weken|week|maanden|maand)\s+geleden|"
                        rf"(?P<n7>{AGO_N})\s+(?P<u7>giorni|giorno|settimane|settimana|mesi|mese)\s+fa){E}", re.I)),
    # "in October last year", "en octubre del año pasado", "im Oktober letzten Jahres": that month of the year before
    ("month_lastyear", re.compile(rf"{B}(?P<mon>{MONTH_RE})\s+(?:of\s+|de\s+|del\s+|do\s+|dell'\s*|van\s+)?"
                                  rf"(?:last year|(?:el\s+)?año pasado|(?:o\s+)?ano passado|l'année dernière|l'an dernier|l'an passé|"
                                  rf"vorig jaar|(?:l')?anno scorso|letzten jahres|vergangenen jahres|vorigen jahres|des vorjahres){E}", re.I)),
    # "in May this year", "em maio deste ano", "im Mai dieses Jahres": that month of the reference's year
    ("month_thisyear", re.compile(rf"{B}(?P<mon>{MONTH_RE})\s+(?:of\s+)?{THIS_YEAR}{E}", re.I)),
    ("iso", re.compile(rf"{B}(?P<y>{YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}")),
    ("dmy_num", re.compile(rf"{B}(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})[/.](?P<y>{YEAR}){E}")),
    # German day and month in figures, no year: 'am 11.03.', 'vom 2.4. auf den 3.4.' (the dateline's year)
    ("dm_num", re.compile(rf"{B}(?:am|vom|seit\s+dem|bis\s+zum|zum|den)\s+(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?![\d.,])", re.I)),
    ("dmy", re.compile(rf"{B}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+|of\s+)?(?P<mon>{MONTH_RE})\.?(?:\s*,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    ("mdy", re.compile(rf"{B}(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>{YEAR}))?{E}", re.I)),
    ("my", re.compile(rf"{B}(?P<pre>(?:(?:in|en|em|im|nel|in|a|à|de|mid-|mitte|ende|eind|fin|fine|finales de|principios de|início de|inizio|begin|early|late|end of|beginning of|anfang|anfangs|mediados de|meados de|comienzos de|fim de|final de|começo de|inicio de|début|half|medio|{LAST})\s+(?:de\s+|of\s+|d')?)*)(?P<mon>{MONTH_RE})(?:\s+(?:de\s+|of\s+|del\s+|do\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    # "between Thursday night and Friday morning", "overnight from Saturday to Sunday", "in der Nacht von Samstag auf
    # Sonntag", "nella notte tra sabato e domenica": two days, so the month when both fall in one
    ("weekday_pair", re.compile(rf"{B}(?:(?:between|from|van|de|del|von|tra|fra|entre|du|dal|da)\s+)?(?P<wd1>{WEEKDAY_RE})"
                                rf"(?:{DAY_PART})?(?:\s+(?:night|evening|morning|noche|noite|nuit|soir|notte|sera|avond|nacht))?"
                                rf"\s+(?:and|to|until|into|al|a|auf|op|para|pra|e|et|y|en|und|zu|zum|à|tot|bis|on)\s+"
                                rf"(?:(?:el|le|il|o|the|den)\s+)?(?P<wd2>{WEEKDAY_RE})(?:{DAY_PART})?{E}", re.I)),
    ("weekday", re.compile(rf"{B}(?P<pre>(?:(?:on|el|la|o|na|no|le|il|lo|am|op|this|este|esta|ce|questo|diesen|deze|in the|{NIGHT}|of|to|de|del|zu|zum|tra|entre|between|van|op|from|auf|dal|de la|del|nella|in der|dans la|durante la|{LAST}|week)\s+)*)(?P<wd>{WEEKDAY_RE})(?P<part>{DAY_PART})?(?P<lw>\s+(?:of\s+)?(?:last|the\s+previous|previous|the\s+past)\s+week|\s+(?:de\s+)?la\s+(?:semana\s+pasada|pasada\s+semana)|"
                           rf"\s+da\s+semana\s+passada|\s+de\s+la\s+semaine\s+(?:dernière|passée)|\s+della\s+(?:scorsa\s+settimana|settimana\s+scorsa)|"
                           rf"\s+(?:der\s+)?(?:vergangenen|letzten|vorigen)\s+woche|\s+(?:vergangener|letzter|voriger)\s+woche|"
                           rf"\s+(?:van\s+)?(?:vorige|afgelopen)\s+week)?"
                           rf"(?P<post>(?:\s+(?:{LAST}|dernier|passé|passée))?)(?:\s*\((?P<dd>\d{{1,2}})\))?{E}", re.I)),
    # "in the last three days", "ces dix derniers jours", "negli ultimi 15 giorni": a period ending at the reference day
    ("lastndays", re.compile(rf"{B}(?:(?:in|over|during|within)\s+)?(?:the\s+|los\s+|nos\s+|ces\s+|les\s+|de\s+|negli\s+|in\s+den\s+)?"
                             rf"(?:(?:last|past|previous|últimos|ultimos|ultimi|letzten|afgelopen|laatste)\s+(?P<n1>{NUM_WORD})|(?P<n2>{NUM_WORD})\s+derniers)\s+"
                             rf"(?P<unit>days|weeks|días|dias|jours|semaines|semanas|giorni|settimane|tagen|wochen|dagen|weken){E}", re.I)),
    ("recentdays", re.compile(rf"{B}(?:in (?:the )?(?:recent|past|last) (?:few )?days|(?:nei|negli) (?:giorni scorsi|ultimi giorni)|"
                              rf"(?:en )?(?:los )?últimos días|(?:nos )?últimos dias|(?:ces )?derniers jours|in den letzten tagen|"
                              rf"(?:de )?afgelopen dagen|(?:de )?voorbije dagen){E}", re.I)),
    # "last night and this morning", "ayer y hoy", "gisteravond en vanochtend": two days running, so their month
    ("twodays", re.compile(rf"{B}(?:{LAST_NIGHT}|{YESTERDAY})\s+(?:and|y|e|et|en|und|ed)\s+(?:{THIS_MORNING}|{TODAY}){E}", re.I)),
    # "last night", "anoche", "cette nuit", "stanotte", "vannacht": a night runs over two days, so the month when both fall in it
    ("lastnight", re.compile(rf"{B}{LAST_NIGHT}{E}", re.I)),
    # "this morning", "esta mañana", "ce matin", "stamattina", "heute Morgen", "vanochtend": the reference day
    ("thismorning", re.compile(rf"{B}{THIS_MORNING}{E}", re.I)),
    ("daybefore", re.compile(rf"{B}(?:the\s+day\s+before\s+yesterday|anteayer|antier|anteontem|avant-hier|l'altro\s+ieri|altroieri|vorgestern|eergisteren){E}", re.I)),
    ("yesterday", re.compile(rf"{B}{YESTERDAY}{E}", re.I)),
    ("today", re.compile(rf"{B}{TODAY}{E}", re.I)),
    ("lastweekend", re.compile(rf"{B}(?:(?:last|past|this)\s+weekend|(?:over|at|during)\s+the\s+weekend|(?:el\s+)?(?:último\s+|pasado\s+)?fin de semana(?:\s+pasado)?|(?:no\s+)?(?:último|passado)\s+fim de semana|fim de semana passado|(?:le\s+)?week-end(?:\s+dernier)?|(?:lo\s+)?scorso fine settimana|fine settimana|am\s+(?:vergangenen\s+)?wochenende|(?:afgelopen|vorig)\s+weekend){E}", re.I)),
    ("lastweek", re.compile(rf"{B}(?:last week|(?:la\s+)?semana pasada|(?:na\s+)?semana passada|(?:la\s+)?semaine dernière|(?:la\s+)?settimana scorsa|(?:la\s+)?scorsa settimana|(?:la\s+)?pasada semana|(?:na\s+)?passada semana|(?:la\s+)?semaine passée|(?:in der\s+)?vergangenen woche|(?:in der\s+)?vorigen woche|(?:letzte|vergangene|vorige)\s+woche|vorige week|afgelopen week|(?:la\s+|na\s+)?última semana|(?:l')?ultima settimana|(?:la\s+)?dernière semaine|(?:in der\s+)?letzten woche|(?:anfang|mitte|ende)\s+(?:vergangener|letzter|voriger)\s+woche|(?:de\s+)?afgelopen week|vorige week){E}(?!\s+(?:de|of|del|do|di|van)\b)", re.I)),
    ("thisweek", re.compile(rf"{B}(?:this week|esta semana|cette semaine|questa settimana|diese woche|in dieser woche|(?:anfang|mitte|zu\s+beginn)\s+(?:der|dieser)\s+woche|deze week|earlier this week){E}", re.I)),
    ("thismonth", re.compile(rf"{B}(?:(?:earlier\s+)?this month|este mes|este mês|ce mois-ci|(?:plus tôt\s+)?ce mois|questo mese|diesen monat|deze maand|in diesem monat|(?:a\s+)?principios de (?:este\s+)?mes|(?:au\s+)?début du mois|earlier in the month){E}", re.I)),
    ("lastmonth", re.compile(rf"{B}(?:last month|el mes pasado|(?:no\s+)?mês passado|le mois dernier|il mese scorso|(?:im\s+)?letzten monat|(?:im\s+)?vergangenen monat|vorige maand|afgelopen maand){E}", re.I)),
    ("thisyear", re.compile(rf"{B}(?:this year|so far this year|este año|en lo que va del? año|deste ano|neste ano|nesse ano|dieses jahres|des laufenden jahres|del presente año|dell'anno in corso|l'année en cours|este ano|cette année|depuis le début de l'année|dit jaar|eerder dit jaar|quest'anno|dall'inizio dell'anno|dieses jahr|in diesem jahr|seit jahresbeginn|since the start of the year|since january|desde enero|desde janeiro|depuis janvier|sinds januari|da gennaio|seit januar|year to date){E}", re.I)),
    ("lastyear", re.compile(rf"{B}(?:last year|(?:d?el\s+)?año pasado|(?:dell')?anno scorso|(?:des\s+)?(?:vergangenen|letzten)\s+jahres|des\s+vorjahres|(?:no\s+)?ano passado|l'an dernier|l'année dernière|l'an passé|vorig jaar|afgelopen jaar|l'anno scorso|lo scorso anno|(?:l'|nell'|dell')anno appena (?:trascorso|concluso|passato|chiuso)|(?:im\s+)?letzten jahr|(?:im\s+)?vergangenen jahr|(?:des\s+)?vorigen\s+jahres|(?:im\s+)?vorigen jahr|im vorjahr|letztes jahr|voriges jahr){E}", re.I)),
    ("yearbefore", re.compile(rf"{B}(?:a year (?:earlier|before)|the (?:year before|previous year|prior year)|un año antes|(?:d?el\s+)?año anterior|(?:[dn]o\s+)?ano anterior|"
                              rf"um ano antes|no ano anterior|l'année précédente|un an plus tôt|het jaar ervoor|een jaar eerder|"
                              rf"im jahr davor|ein jahr zuvor|un anno prima|l'anno precedente|"
                              # a yearly report's period before the one it names ('in the year to March 2022 ...
                              # compared to 17,155kg in the previous period')
                              rf"the (?:previous|prior|preceding) (?:period|12 months|twelve months)|(?:d?el\s+)?per[ií]odo anterior|"
                              rf"(?:[dn]o\s+)?período anterior|la période précédente|(?:im\s+|dem\s+)?vorjahreszeitraum|"
                              rf"de vorige periode|(?:il\s+|nel\s+)?periodo precedente){E}", re.I)),
    # a year that names a port or terminal is no date: 'au terminal de Port 2000, au Havre' (the word Port itself:
    # 'Annual Report 2024', 'jaarrapport 2024' are dates); nor is the whole part of a figure: '1999.579 Kgs'
    # nor is the year in a law's title: 'under the NDPS Act, 1985', 'the Customs and Excise Management Act 1979'
    ("year", re.compile(rf"{B}(?<!\b[Pp]ort\s)(?<!\b[Tt]erminal\s)(?<!\bAct\s)(?<!\bAct,\s)(?<!\bOrdinance,\s)(?<!\bOrdinance\s)"
                        rf"(?P<y>{YEAR}){E}(?![.,]\d)")),
]
DAY_PRE = re.compile(rf"(?:{NIGHT})", re.I)


# relative references that name a day or a week: under a month-only reference they settle the month only
DAY_RELATIVE = {"weekday", "weekday_pair", "yesterday", "daybefore", "today", "thismorning", "lastnight", "twodays", "lastweekend", "lastweek", "thisweek", "recentdays"}
# under a month-only reference "the last ten days" gives that month (or nothing when it may reach the month before)


NUMBER_WORDS = {w: n for n, ws in {1: "a one een un una uma um une ein eine einer einem", 2: "two twee deux dos dois duas zwei due",
                                     3: "three drie trois tres três drei tre", 4: "four vier quatre cuatro quatro quattro",
                                     5: "five vijf cinq cinco fünf cinque", 6: "six seis zes sechs sei", 7: "seven", 8: "eight", 9: "nine",
                                     10: "ten diez dez dix dieci zehn tien", 14: "fourteen vierzehn veertien",
                                     15: "fifteen quince quinze quindici", 20: "twenty", 30: "thirty trente"}.items() for w in ws.split()}
BLOCKING = {"since", "split_year"}  # spans that settle no date but must not be read as a plain year either
AFTER_PRIOR = {"nlater", "fewdays", "nextday", "sameday"}  # "a week later": counted from the last day the text named


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def find_dates(text: str, ref: date | None, ref_precision: str = "day", before: str = "") -> list[DateMention]:
    """Date mentions in `text`; relative ones need `ref` (the dateline or publication day).
    With `ref_precision` "month" (a ` date YYYY-MM` line; `ref` is then that month's last day) a weekday
    or "last week" gives `ref`'s month. 'A year earlier' is the year before the last year the sentence
    names, or before `ref`'s. "A week later" counts from the last day named before it, in the sentence
    or in `before` (the text that precedes it)."""
    # the typographic apostrophe most newsrooms print reads as the straight one of the patterns ('dall’inizio
    # dell’anno', 'l’année en cours'); one character for one, so every offset stays where it was
    text = text.replace("\u2019", "'")
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    weekdays: set[int] = set()  # starts of the weekday mentions
    low = lowered(text)
    for kind, rx in PATTERNS:
        if not may_match(rx, text, low):
            continue  # none of the words the pattern needs is in the text (a substring test, not a scan)
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in BLOCKING:
                taken.append((m.start(), m.end()))
                got = _blocking(kind, m, ref)
                if got is not None:
                    out.append(DateMention(m.start(), m.end(), *got))
                continue
            if kind == "dayonly":
                got = _day_only(int(m.group("d")), before + text[:m.start()], ref, ref_precision)
                if got is not None:
                    out.append(DateMention(m.start(), m.end(), *got))
                    taken.append((m.start(), m.end()))
                continue
            if kind in AFTER_PRIOR:
                prior = [d for d in find_dates(before + text[:m.start()], ref, ref_precision)
                         if d.precision == "day"]
                if not prior:
                    continue
                got = _after(kind, m, date.fromisoformat(prior[-1].value))
                if got is not None:
                    out.append(DateMention(m.start(), m.end(), *got, follows=True))
                    taken.append((m.start(), m.end()))
                continue
            if kind == "yearbefore":
                # the year before the last one named, in the sentence or just before it
                named = [(y.start(), int(y.group(1))) for y in re.finditer(rf"{B}({YEAR}){E}", text[:m.start()])]
                # or a year the sentence counted back itself before it ('im vergangenen Jahr ..., im Jahr davor')
                named += [(d.start, int(d.value[:4])) for d in out if d.end <= m.start() and not d.follows]
                years = [y for _, y in sorted(named)]
                if not years and before:  # dates, not any number: 'since 2002' names no year of the figures
                    ctx = before[-300:]
                    # a year the text names, not one counted back itself ('the previous period', 'a year earlier')
                    years = [int(d.value[:4]) for d in find_dates(ctx, ref, ref_precision) if not is_reporting(ctx, d)
                             and not rx.fullmatch(ctx[d.start:d.end])]
                base = years[-1] if years else (ref.year if ref else None)
                if base is None:
                    continue
                got = (str(base - 1), "year")
            else:
                got = _resolve(kind, m, ref)
                if kind == "my" and got is not None and not m.group("y") and ref is not None:
                    got = _in_named_year(text[:m.start()], got, ref)
            if got is None:
                if kind == "weekday_pair" and ref is not None and (
                        WEEKDAY_OF[m.group("wd2").lower()] - WEEKDAY_OF[m.group("wd1").lower()]) % 7 == 1:
                    taken.append((m.start(), m.end()))  # a night across two months: neither day alone
                if kind in ("twodays", "month_range"):
                    # 'last night and this morning' on the 1st, 'from November to February': no one day or month either
                    taken.append((m.start(), m.end()))
                continue
            if ref is not None and ref_precision == "month" and kind in DAY_RELATIVE:
                got = _within_month(kind, m, ref)
            value, precision = got
            out.append(DateMention(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))
            if kind == "weekday":
                weekdays.add(m.start())
    out.sort(key=lambda d: d.start)
    return _weekday_with_day(text, out, weekdays)


# what may stand between a weekday and the day it names: 'le vendredi 14 septembre', 'Friday, September 14',
# 'am Freitag, den 14. September', 'sábado, 14 de septiembre'
WEEKDAY_DAY_GAP = re.compile(r"[\s,]*(?:(?:the|le|el|den|il|o|de)\s+)?", re.I)


def _weekday_with_day(text: str, found: list[DateMention], weekdays: set[int]) -> list[DateMention]:
    """A weekday written with the day it names ('le vendredi 14 septembre') is one mention: that day. Counted from a
    month-only reference the weekday alone settles only the month, and as the nearer mention it hid the day."""
    if not weekdays:
        return found
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.start in weekdays and d.precision == "day" and not d.follows
                and WEEKDAY_DAY_GAP.fullmatch(text[prev.end:d.start])):
            out[-1] = DateMention(prev.start, d.end, d.value, d.precision)
            continue
        out.append(d)
    return out


def _within_month(kind: str, m: re.Match[str], ref: date) -> tuple[str, str]:
    """A relative day under a month-only reference: the month, unless the text also gives the day number
    and it fits the weekday ('nesta sexta-feira (11)' under 2019-10 -> 2019-10-11)."""
    dd = m.groupdict().get("dd")
    if kind == "weekday" and dd and not DAY_PRE.search(m.group("pre") or "") and (m.group("part") or "").lower() != "nacht":
        wd = WEEKDAY_OF[m.group("wd").lower()]
        first = ref.replace(day=1)
        for month_start in (first, (first - timedelta(days=1)).replace(day=1)):
            v = _d(month_start.year, month_start.month, int(dd))
            if v and date.fromisoformat(v).weekday() == wd:
                return v, "day"
    return f"{ref.year:04d}-{ref.month:02d}", "month"


def _blocking(kind: str, m: re.Match[str], ref: date | None) -> tuple[str, str] | None:
    """'since 2024' in a 2024 article is this year; 'since 2020' or 'between 2019-2023' settle no date.
    '2006/7' and '2021-22' name the year they end."""
    g = m.groupdict()
    if kind == "since":
        if g.get("ym"):
            # since a month of a named year: that year while the report is in it, else a period over several years
            y = int(g["ym"])
            return (str(y), "year") if ref is not None and ref.year == y else None
        if not (g.get("y") or g.get("y1")):
            # since a month of this year (or its start): this year; since a month still to come, last year's: no one year
            mon = MONTH_OF.get((g.get("mon") or "").lower(), 1)
            return (str(ref.year), "year") if ref is not None and mon <= ref.month else None
        y = int(g.get("y") or g["y1"])
        return (str(y), "year") if ref is not None and ref.year == y else None
    y, y2 = int(g["y"]), g["y2"]
    end = int(y2) if len(y2) == 4 else (y // 10 * 10 + int(y2) if len(y2) == 1 else y // 100 * 100 + int(y2))
    return (str(end), "year") if end == y + 1 else None


def _day_only(day: int, context: str, ref: date | None, ref_precision: str) -> tuple[str, str] | None:
    """'no dia 22' after 'a 21 de maio': the 22nd of the month named last; with none named, of the reference's
    month (the month before when the 22nd is still to come)."""
    named = [d for d in find_dates(context[-400:], ref, ref_precision) if d.precision in ("day", "month")]
    if named:
        y, m = int(named[-1].value[:4]), int(named[-1].value[5:7])
    elif ref is not None:
        y, m = ref.year, ref.month
        if ref_precision == "day" and day > ref.day:
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    else:
        return None
    v = _d(y, m, day)
    return (v, "day") if v else None


def _after(kind: str, m: re.Match[str], prior: date) -> tuple[str, str] | None:
    if kind == "fewdays":
        return f"{prior.year:04d}-{prior.month:02d}", "month"
    if kind == "sameday":
        return prior.isoformat(), "day"
    if kind == "nextday":
        return (prior + timedelta(days=1)).isoformat(), "day"
    n = _count(m.group("n"))
    if n is None:
        return None
    days = n * 7 if m.group("unit").lower()[0] in "wsv" else n
    return (prior + timedelta(days=days)).isoformat(), "day"


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind in ("range", "range_md"):
        m2 = MONTH_OF.get(g["mon2"].lower().rstrip(".")) if g.get("mon2") else None
        m1 = MONTH_OF.get(g["mon1"].lower().rstrip(".")) if g.get("mon1") else m2
        m2 = m2 or m1
        if not m1 or not m2 or not (1 <= int(g["d1"]) <= 31 and 1 <= int(g["d2"]) <= 31):
            return None
        if g.get("y"):
            year = int(g["y"])
        elif ref is not None:
            year = _month_year(ref, m2)
        else:
            return None
        if m1 != m2:
            return (str(year), "year") if m1 < m2 else None
        return f"{year:04d}-{m2:02d}", "month"
    if kind == "month_range":
        m1, m2 = MONTH_OF[g["mon1"].lower()], MONTH_OF[g["mon2"].lower()]
        if m1 >= m2:
            return None  # 'from November to February' runs into another year
        if g.get("y"):
            return g["y"], "year"
        return (str(_month_year(ref, m2)), "year") if ref is not None else None
    if kind in ("fiscal", "quarter"):
        return g["y"], "year"
    if kind == "fy":
        y, y2 = g["y"], g.get("y2")
        end = y2 or y
        return (end if len(end) == 4 else str(2000 + int(end))), "year"
    if kind in ("iso", "dmy_num"):
        v = _d(int(g["y"]), int(g["m"]), int(g["d"]))
        return (v, "day") if v else None
    if kind == "dm_num":
        num_month, num_day = int(g["m"]), int(g["d"])
        if ref is None or not 1 <= num_month <= 12:
            return None
        v = _d(_day_year(ref, num_month, max(num_day, 1)), num_month, num_day)
        return (v, "day") if v else None
    if kind in ("dmy", "mdy"):
        month = MONTH_OF.get(g["mon"].lower().rstrip("."))
        if not month:
            return None
        if kind == "mdy" and g["mon"].lower() in ("may", "mai", "mar", "set", "ago", "gen", "out", "dez"):
            # "may 12" is too often a verb; keep it only with a year or capitalised
            if not g["mon"][0].isupper():
                return None
        day = int(g["d"])
        if g.get("y"):
            year = int(g["y"])
        elif ref is not None:
            year = _day_year(ref, month, day)
        else:
            return None
        v = _d(year, month, day)
        return (v, "day") if v else None
    if kind == "my":
        word = g["mon"]
        month = MONTH_OF.get(word.lower())
        if not month or len(word) < 4 and not g.get("y") and not (g.get("pre") and word.lower() in ("may", "mai", "mei")):
            return None  # bare abbreviations ("mar", "set") are ordinary words
        if word.lower() in ("may", "mai", "marz", "march") and not g.get("y") and not g.get("pre"):
            return None
        if g.get("y"):
            return f"{int(g['y']):04d}-{month:02d}", "month"
        if ref is None:
            return None
        if not g.get("pre") and word[0].islower() and word.lower() in MONTH_OF and len(word) <= 4:
            return None
        return f"{_month_year(ref, month):04d}-{month:02d}", "month"
    if ref is None:
        if kind == "year":
            return g["y"], "year"
        return None
    if kind == "weekday_pair":
        w1, w2 = WEEKDAY_OF[g["wd1"].lower()], WEEKDAY_OF[g["wd2"].lower()]
        if (w2 - w1) % 7 != 1:
            return None  # not two days running: a span of the week settles nothing here
        second = ref - timedelta(days=(ref.weekday() - w2) % 7)
        first = second - timedelta(days=1)
        return (f"{first.year:04d}-{first.month:02d}", "month") if first.month == second.month else None
    if kind == "weekday":
        wd = WEEKDAY_OF[g["wd"].lower()]
        pre = (g.get("pre") or "").lower()
        post = (g.get("post") or "").lower()
        strictly = bool(re.search(LAST, pre + " " + post, re.I)) or "dernier" in post
        # "vorige week dinsdag", "last week on Tuesday", "Wednesday last week", "mercoledì della scorsa settimana":
        # that weekday of the week before the reference's
        if g.get("lw") or re.search(r"\bweek\b", pre) and re.search(r"vorige|afgelopen|last|past", pre):
            monday = ref - timedelta(days=ref.weekday() + 7)
            when = monday + timedelta(days=wd)
            return when.isoformat(), "day"
        delta = (ref.weekday() - wd) % 7
        if strictly and delta == 0:
            delta = 7
        when = ref - timedelta(days=delta)
        if g.get("dd") and int(g["dd"]) != when.day:
            v = _d(ref.year, ref.month, int(g["dd"]))
            if v:
                when = date.fromisoformat(v)
        if DAY_PRE.search(pre) or (g.get("part") or "").lower() == "nacht":
            return f"{when.year:04d}-{when.month:02d}", "month"
        return when.isoformat(), "day"
    if kind == "month_thisyear":
        month = MONTH_OF.get(g["mon"].lower().rstrip("."))
        if g["mon"] in ("may", "mar", "set", "ago", "out"):
            return None  # 'customs may this year', 'out this year': a verb or a word, not a month
        return (f"{ref.year:04d}-{month:02d}", "month") if month else None
    if kind == "month_lastyear":
        month = MONTH_OF.get(g["mon"].lower().rstrip("."))
        return (f"{ref.year - 1:04d}-{month:02d}", "month") if month else None
    if kind == "yearsago":
        n = _count(next(v for k, v in g.items() if k.startswith("n") and v))
        return (str(ref.year - n), "year") if n else None
    if kind == "nago":
        n = _count(next(v for k, v in g.items() if k.startswith("n") and v))
        unit = next(v for k, v in g.items() if k.startswith("u") and v).lower()
        if not n:
            return None
        if unit[0] in "dtjg":  # days: the day itself
            return (ref - timedelta(days=n)).isoformat(), "day"
        if unit[0] == "m":  # months, meses, mois, maanden, mesi, Monate
            year, month0 = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return f"{year:04d}-{month0 + 1:02d}", "month"
        # weeks: the month, when the days around it cannot fall in another
        lo, hi = ref - timedelta(days=n * 7 + 3), ref - timedelta(days=n * 7 - 3)
        return (f"{lo.year:04d}-{lo.month:02d}", "month") if (lo.year, lo.month) == (hi.year, hi.month) else None
    if kind == "yesterday":
        return (ref - timedelta(days=1)).isoformat(), "day"
    if kind == "daybefore":
        return (ref - timedelta(days=2)).isoformat(), "day"
    if kind in ("today", "thismorning"):
        return ref.isoformat(), "day"
    if kind in ("lastnight", "twodays"):
        before = ref - timedelta(days=1)
        return (f"{ref.year:04d}-{ref.month:02d}", "month") if before.month == ref.month else None
    if kind == "lastweekend":
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return f"{sat.year:04d}-{sat.month:02d}", "month"
    if kind == "lastndays":
        n = _count(g.get("n1") or g.get("n2"))
        if not n:
            return None
        start = ref - timedelta(days=n * (7 if g["unit"].lower()[0] in "wsv" else 1))
        if (start.year, start.month) == (ref.year, ref.month):
            return f"{ref.year:04d}-{ref.month:02d}", "month"
        return (str(ref.year), "year") if start.year == ref.year else None
    if kind == "recentdays":
        # "nei giorni scorsi": the month, when the last week or so cannot reach into the month before
        return (f"{ref.year:04d}-{ref.month:02d}", "month") if (ref - timedelta(days=7)).month == ref.month else None
    if kind == "lastweek":
        if (ref - timedelta(days=ref.weekday() + 7)).year != (ref - timedelta(days=1)).year:
            return None  # "last week" on 7 January could be either year
        d = ref - timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if kind in ("thisweek", "thismonth"):
        return f"{ref.year:04d}-{ref.month:02d}", "month"
    if kind == "lastmonth":
        d = ref.replace(day=1) - timedelta(days=1)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if kind in ("thisyear", "quarter_this"):
        return f"{ref.year:04d}", "year"
    if kind == "lastyear":
        return f"{ref.year - 1:04d}", "year"
    if kind == "year":
        return g["y"], "year"
    return None


# a wire dateline: 'LISBON, Oct 13 (Reuters) -', 'Rom, 13. März (dpa) -', 'Guayaquil, 13 de marzo (EFE).-', and a release
# wire's: 'TORONTO, June 3, 2024 /CNW/ -', 'LYON, le 3 juin 2024 /PRNewswire/ -'
DATELINE_RE = re.compile(
    rf"^\s*(?P<city>[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{{1,40}}?)(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{{1,30}})?\s*,\s*(?:(?:le\s+)?(?P<d1>\d{{1,2}})\.?\s+(?:de\s+)?(?P<m1>{MONTH_RE})\.?|(?P<m2>{MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}))(?:\s*,?\s*(?:de\s+)?(?P<y>{YEAR}))?\s*(?:\([^)]{{1,30}}\)|/[^/\n]{{1,30}}/)?\s*\.?\s*[-–—]",
    re.I,
)


def dateline_end(text: str) -> int:
    """Where a wire-style dateline ends (0 when there is none): its date is the report's, not the seizure's."""
    m = DATELINE_RE.match(text)
    return m.end() if m else 0


def dateline_city(text: str) -> str | None:
    """The place of a wire-style dateline, in title case ('ANTWERP, Belgium, Feb 19 (CPA) -' -> 'Antwerp')."""
    m = DATELINE_RE.match(text)
    if not m:
        return None
    return " ".join(w.capitalize() if w.isupper() else w for w in m.group("city").strip().split())


def dateline(text: str, published: date | None) -> date | None:
    """The day of a wire-style dateline ('LISBON, Oct 13 (CPA) -'), with the year of publication."""
    m = DATELINE_RE.match(text)
    if not m:
        return None
    month = MONTH_OF.get((m.group("m1") or m.group("m2") or "").lower().rstrip("."))
    day = int(m.group("d1") or m.group("d2"))
    if not month:
        return None
    if m.group("y"):
        year = int(m.group("y"))
    elif published is not None:
        year = _month_year(published, month)
    else:
        return None
    v = _d(year, month, day)
    return date.fromisoformat(v) if v else None


REPORTING_BEFORE = re.compile(
    r"(?:said|says|announced|reported|told|confirmed|stated|revealed|disclosed|published|presented|dijo|informó|anunció|"
    r"señaló|indicó|comunicó|presentado|presentó|difundió|annoncé|indiqué|précisé|déclaré|affirmé|expliqué|présenté|"
    r"comunicato|teilte|mitgeteilt|gab|bekanntgegeben|"
    r"meldde|maakte|bekendgemaakt|liet weten|zei|voorgesteld|bekendmaakte|informou|anunciou|disse|divulgou|revelou|"
    r"apresentado|explained|explicó|explicou|spiegato|erklärte|uitgelegd|legde uit|"
    # the plural and perfect forms press offices use as often ('informaron el martes', 'hanno annunciato ieri')
    r"informaron|informado|anunciaron|anunciado|señalaron|indicaron|comunicaron|explicaron|afirmó|declaró|detalló|"
    r"informaram|anunciaram|divulgaram|revelaram|disseram|afirmou|declarou|explicaram|detalhou|comunicou|"
    r"annunciato|dichiarato|precisato|fait savoir|sagte|berichtete|"
    # Italian participles and present tenses of press offices: 'il bilancio presentato oggi', 'reso noto ieri',
    # 'hanno fatto sapere martedì', 'diffusi stamani', 'la Guardia di Finanza comunica oggi'
    r"presentat[oaie]|illustrat[oaie]|diffus[oaie]|res[oaie] not[oaie]|fatto sapere|riferit[oaie]|comunica|comunicano|"
    r"annuncia|annunciano|rende noto|rendono noto|fa sapere|fanno sapere|the (?:\w+ )?(?:ministry|minister|agency|office|police|customs|authorit\w+|department|government) (?:said|announced))"
    r"(?:\s+(?:in a (?:statement|press release|news release)|(?:to )?(?:reporters|journalists)|to the press|the (?:seizure|haul|find|bust|discovery)|"
    r"en un comunicado|em (?:um )?comunicado|em nota|dans un communiqué|in una nota|in einer (?:pressemitteilung|mitteilung)|"
    r"in een persbericht))?"
    # the speaker after the verb, as Romance languages and German put it: "informou o Ministério Público nesta
    # sexta-feira", "teilte der Zoll am Freitag in Bremen mit", "sagte ein Sprecher am Montag"
    r"(?:\s+(?-i:(?:o|a|os|as|el|la|los|las|le|les|il|lo|der|die|das|ein|eine)\s+[A-ZÀ-Ý][\w'-]*(?:\s+(?:de\s+|del\s+|di\s+|da\s+)?[A-ZÀ-Ý][\w'-]*){0,3}|"
    r"(?:o|os|el|los|la|le|les|il|lo)\s+(?:órgão|ministério|polícia|policía|fiscalía|ministerio|guardia|douane|police|"
    r"parquet|gendarmerie|préfecture|procureur|ministère|ministero|procura|polizia|receita|aduana|alfândega|marinha|"
    r"marina|armada|marine|porta-voz|portavoz|porte-parole|portavoce)))?"
    # the date may be set off by commas: 'anunciou, nesta quinta-feira (10), a apreensão'
    r",?\s+(?:(?:on|el|este|esta|le|ce|il|am|op|na|no|nesta|neste|in|this|de|del|van|at|during|mardi|lunedì)\s+){0,2}$",
    re.I,
)



# verb-final clauses: "wie der Zoll am Freitag mitteilte", "zoals de douane dinsdag bekendmaakte"
REPORTING_AFTER = re.compile(
    r"^\s*(?:(?:mit|bekannt|gab|hat|heeft|werd|wurde)\s+)?(?:mitteilte|mitgeteilt|bekanntgab|bekanntgegeben|bekannt|"
    r"berichtete|erklärte|bekendmaakte|bekendgemaakt|bekend|meldde|liet weten|zei|voorstelde|voorgesteld|"
    # 'teilte der Zoll am Montag mit.': the particle closes its clause; 'Ende Juni mit dem Frachter' is a preposition
    r"mit\b(?=\s*(?:[.,;:!?)\"»“”]|$|und\b|dass\b))|"
    # "hebben vrijdag aangekondigd een recordvangst te hebben gedaan", "hat am Freitag angekündigt"
    r"aangekondigd|aankondigde|angekündigt|ankündigte|"
    # the day before the verb, as English and Romance reports also put it: 'police and customs on Friday announced
    # the seizure', 'la Policía anunció el martes', 'la douane a annoncé mardi' is read before; this is the other order
    r"(?-i:announced|said|reported|confirmed|revealed|disclosed|anunció|anunciaron|informó|informaron|anunciou|"
    r"anunciaram|informou|informaram|annonce|annoncé|a\s+annoncé|ont\s+annoncé|ha\s+annunciato|hanno\s+annunciato|"
    r"annunciato|ha\s+reso\s+noto|hanno\s+reso\s+noto)\b|"
    # the passive of Lusa and Agência Brasil: 'apreendeu 25 quilos de cocaína, foi hoje anunciado', 'foi ontem divulgado'
    r"(?:anunciad|divulgad|informad|revelad|comunicad)[oa]s?\b)",
    re.I,
)


# the date a percentage compares with: "(+15% par rapport à 2021)", "fünf Prozent mehr als 2022"; not the year of
# a figure the text gives for it ("respecto a 2022, cuando se decomisaron 58,3 toneladas")
COMPARATIVE = (r"(?:compared (?:with|to)|than(?: in)?|up from|down from|par rapport (?:à|au|aux)|comparé (?:à|au)|contre|frente a|"
               r"respecto (?:a|al)|en comparación con|que en|em relação (?:a|ao)|comparado com|que em|rispetto (?:a|al|allo)|"
               r"gegenüber|im vergleich zu(?:m)?|mehr als|weniger als|als im|vergeleken met|ten opzichte van|dan in|vs\.?|versus)")
COMPARED_BEFORE = re.compile(
    r"(?:%|\b(?:per ?cent|percent|prozent|procent|por ciento|pour cent|per cento|por cento))[^\d%]{0,25}"
    rf"{COMPARATIVE}\s+(?:(?:the|l'année|l'an|el año|o ano|lo|il|dem|het|jahr|year|in|en|em|à|a)\s+)?$", re.I)
# a period named right after a comparative, no figure between: what a total is set against ('fünfmal mehr als im Jahr
# 2016', '1.000 Kilo mehr als im Vorjahr', 'up from 2021'), no figure's date unless a figure follows it in its clause
# (DateResolver.dates)
SET_AGAINST = re.compile(
    rf"\b{COMPARATIVE}\s+(?:(?:the|l'année|l'an|el año|o ano|lo|il|dem|het|jahr|year|in|im|en|em|à|a)\s+){{0,2}}$", re.I)
# "offloaded 34,780 pounds in Port Everglades Tuesday": the day of an offload, not of the seizures at sea
OFFLOAD = re.compile(r"\boff-?load(?:ed|s|ing)?\b", re.I)


# the day of a court hearing or sentence, not of the find it judges: 'was jailed for 14 years at Ipswich Crown Court on
# Monday after officers found 220 kilos', 'Le tribunal correctionnel a condamné mardi', 'De rechtbank veroordeelde
# donderdag'; not a date the court is told ('the court heard that on 3 January officers found')
COURT_BEFORE = re.compile(
    r"(?<!\w)(?:jailed|sentenced|convicted|found guilty|pleaded guilty|appeared (?:in|at|before)|(?:crown|magistrates'?|"
    r"district|high|circuit|federal) court|tribunal|condamn[ée]e?s?|jugée?s?|comparu|veroordeel\w*|rechtbank|rechter)(?!\w)"
    r"(?![^.;]*(?<!\w)(?:that|que|qu'|dat)(?!\w))[^.;\d]{0,50}$", re.I)


def is_reporting(text: str, mention: DateMention) -> bool:
    """True when the date is when something was said or published ('the ministry said on Thursday'),
    when a figure is compared with it, when a court sat or sentenced on it, or when the sentence tells an offload."""
    before = text[max(0, mention.start - 40):mention.start]
    after = text[mention.end:mention.end + 40]
    return bool(REPORTING_BEFORE.search(before) or REPORTING_AFTER.match(after) or COMPARED_BEFORE.search(before)
                or COURT_BEFORE.search(text[max(0, mention.start - 70):mention.start]) or OFFLOAD.search(text))


# a sentence that tells again when the article's find was made, with a definite subject: "The find was made on
# December 30", "The cocaine was discovered two weeks ago", "La droga fue hallada el 3 de mayo", "Die Drogen wurden
# am 12. Februar entdeckt", "De partij werd op 4 juni onderschept": its date is the lead's, whatever came between
RESTATED_FIND = re.compile(
    r"^\W*(?:(?:the|this|that)\s+(?:find|seizure|discovery|haul|bust|interception|drugs?|cocaine|heroin|narcotics|shipment|"
    r"consignment|load)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:found|seized|discovered|made|intercepted|"
    r"uncovered|detected)|(?:la|el|esta|este|a|o|essa|esse|il|lo|questa|questo)\s+(?:droga|coca[ií]na|cargamento|alijo|"
    r"incautaci[oó]n|decomiso|hallazgo|apreens[aã]o|carga|carregamento|sequestro|partita|carico)\s+(?:fue|foi|se\s+produjo|"
    r"ocorreu|[eè]\s+stat[oa]|è\s+avvenut[oa])|(?:la|cette)\s+(?:drogue|cocaïne|saisie|découverte|cargaison)\s+(?:a\s+été|"
    r"avait\s+été|a\s+eu\s+lieu)|(?:die|der|das|diese|dieser|dieses)\s+(?:drogen|kokain|rauschgift|ladung|lieferung|fund|"
    # German reported speech too: 'Das Kokain sei bereits am 3. Mai entdeckt worden'
    r"sicherstellung)\s+(?:wurden?|war|waren|erfolgte|sei|seien)|(?:de|deze|die)\s+(?:drugs|cocaïne|partij|lading|vangst|vondst|onderschepping)\s+"
    r"(?:werd|werden|was|waren|vond))\b", re.I)

# a date that names an earlier find of the story, as a noun: "the investigation into the find on February 12",
# "tras el hallazgo del 3 de mayo", "nach dem Fund vom 12. Februar", "na de vondst van 4 juni": the find told before
FIND_REFERENCE = re.compile(
    r"\b(?:the|this|that|la|el|esta|este|a|o|essa|esse|il|lo|questo|questa|le|cette|ce|dem|der|die|diese|de|deze)\s+"
    r"(?:[\w-]+\s+)?(?:find|seizure|discovery|haul|bust|interception|hallazgo|decomiso|incautaci[oó]n|alijo|apreens[aã]o|"
    r"descoberta|sequestro|ritrovamento|saisie|découverte|(?-i:Fund|Funde|Rekordfund)|sicherstellung|vondst|vangst|inbeslagname)\s+"
    r"(?:on|of|from|made\s+on|del|de|do|da|du|vom|am|van|op|of\s+the)\s+(?:the\s+|el\s+|le\s+|dia\s+|giorno\s+)?$", re.I)


# a time the text gives but does not settle: "a few months ago", "qualche mese fa", "hace unos meses", "vor einigen
# Monaten", "recently", "some years ago". A figure so placed has a time of its own: it borrows no date from the
# sentence before it (which tells another time, "Nel dicembre del 2021 ...")
VAGUE_TIME = re.compile(
    r"\b(?:(?:a\s+)?(?:few|couple\s+of)\s+(?:days|weeks|months|years)\s+(?:ago|earlier|before)|some\s+(?:weeks|months|years)\s+ago|"
    r"(?:several|many)\s+(?:weeks|months|years)\s+(?:ago|earlier)|recently|not\s+long\s+ago|"
    r"hace\s+(?:unos|algunos|varios|pocos)\s+(?:días|semanas|meses|años)|recientemente|hace\s+poco|"
    r"há\s+(?:alguns|algumas|poucos|poucas|vários|várias)\s+(?:dias|semanas|meses|anos)|recentemente|"
    r"il\s+y\s+a\s+(?:quelques|plusieurs)\s+(?:jours|semaines|mois|années|ans)|récemment|"
    r"(?:qualche|alcuni|alcune|pochi|poche)\s+(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa|di\s+recente|recentemente|"
    r"vor\s+(?:einigen|wenigen|mehreren|ein\s+paar)\s+(?:tagen|wochen|monaten|jahren)|kürzlich|unlängst|vor\s+kurzem|"
    r"(?:enkele|een\s+paar|aantal|paar)\s+(?:dagen|weken|maanden|jaar|jaren)\s+geleden|onlangs|recentelijk)\b", re.I)


def vague_time(text: str) -> bool:
    """True when `text` places something at a time it does not settle ('a few months ago', 'qualche mese fa')."""
    return bool(VAGUE_TIME.search(text))


# the day a ship or container arrived or was flagged, told before the date in its clause ("The shipment arrived at
# Felixstowe on Tuesday last week", "el contenedor llegó al puerto el 3 de mayo", "der am 12. Mai eingetroffene
# Container"): not the day of the find, which may come days later, so the month
ARRIVAL_BEFORE = re.compile(
    r"\b(?P<verb>arrived|docked|berthed|was\s+flagged|were\s+flagged|was\s+assessed\s+as\s+high-risk|llegó|llegaron|arribó|atracó|"
    r"chegou|chegaram|atracou|(?:est|sont)\s+arrivée?s?|a\s+accosté|(?:è|sono)\s+(?:arrivat[oaie]|giunt[oaie])|attraccat[oaie]|"
    r"angekommen|eingetroffen|ankam|eintraf|anlegte|aankwam|arriveerde|aangekomen|aanmeerde|binnenliep)\b[^.;:!?]{0,60}$", re.I)
ARRIVAL_AFTER = re.compile(
    r"^[^.;:!?,]{0,40}?\b(?:eingetroffen(?:e[nmrs]?)?|angekommen(?:e[nmrs]?)?|ankam|eintraf|aankwam|arriveerde|aangekomen|"
    r"binnengekomen|binnenliep)\b", re.I)


# what happens to a shipment after it arrives: a verb between the arrival and the day makes the day that act's
AFTER_ARRIVAL = re.compile(r"\b(?:searched|opened|inspected|examined|scanned|checked|found|discovered|seized|registrad[oa]|"
                           r"inspeccionad[oa]|abierto|abert[oa]|inspecionad[oa]|fouillée?|ouverte?|controllat[oa]|perquisit[oa]|"
                           r"aperto|durchsucht|geöffnet|kontrolliert|doorzocht|geopend|gecontroleerd)\b", re.I)


MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b", re.I)


def arrival_day(text: str, mention: DateMention) -> bool:
    """True when the day is when a ship or container arrived ('arrived at Felixstowe on Tuesday'), not a find's."""
    if mention.precision != "day":
        return False
    window = text[max(0, mention.start - 90):mention.start]
    m = ARRIVAL_BEFORE.search(window)
    if m is not None:
        gap = window[m.end("verb"):]
        return not AFTER_ARRIVAL.search(gap) and not find_dates(gap, None) and not MONTH_WORD.search(gap)
    return bool(ARRIVAL_AFTER.match(text[mention.end:mention.end + 60]))


# a page's own date where the text carries it: a byline line ("December 17, 2020", "11.54am 06 September 2019 |
# News"), a stamp ("Stand: 24.02.2021 12:05 Uhr", "Publié le 3 mars 2023") or an agency header ending in a dash
# ("Fort-de-France, France | AFP | vendredi 31/05/2024 - "). It is the day the report was written, not a seizure's.
STAMP_RE = re.compile(
    r"(?:stand|published|updated|posted|last updated|publié le|publié|mis à jour le|publicado(?:\s+(?:em|el|a))?|"
    r"actualizado(?:\s+el)?|atualizado(?:\s+em)?|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|gepubliceerd(?:\s+op)?|"
    r"bijgewerkt(?:\s+op)?|laatste update|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?)\s*:?\s*(?:on\s+)?", re.I)
TIME_RE = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr|h|hs|hrs|cet|cest|gmt|utc))?\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)
HEAD_END = re.compile(r"\s[-–—]\s")
PAGE_ZONE = 1500
STAMP_LINE = 80  # a byline line is short
HAS_DIGIT = re.compile(r"\d")  # a line with no digit states no day
# what may stand before the day on a byline line: nothing, or its weekday ('Saturday, ', 'Mon, ', 'sáb., ')
STAMP_OPENING = re.compile(r"\s*(?:[A-Za-zÀ-ÿ]{2,14}\.?,\s*)?")
WORD = re.compile(r"[A-Za-zÀ-ÿ][\w.:/{}-]*")


@dataclass
class PageDate:
    """The page's own date found in its text, and the span that states it."""

    day: date
    start: int
    end: int


def _stated_day(text: str) -> DateMention | None:
    """The one absolute day (with its year) that `text` names, or None."""
    found = [d for d in find_dates(text, None) if d.precision == "day"]
    return found[0] if len(found) == 1 else None


def page_date(text: str) -> PageDate | None:
    """The page's own date stated near the top of `text` (byline line, 'Stand:'/'Published' stamp or an
    agency header up to its dash), or None."""
    zone = text[:PAGE_ZONE]
    m = HEAD_END.search(zone[:160])
    if m and "\n" not in zone[:m.start()].strip():
        d = _stated_day(zone[:m.start()])
        if d is not None and not TIME_RE.sub("", zone[d.end:m.start()]).strip(" ,|()") and len(zone[:d.start].split()) <= 8:
            return PageDate(date.fromisoformat(d.value), 0, m.end())  # the date closes the header
    for sm in STAMP_RE.finditer(zone):
        if sm.end() == sm.start() or not re.match(r"\s*\d|\s*[A-Za-zÀ-ÿ]+\.?\s+\d", zone[sm.end():sm.end() + 20]):
            continue
        d = _stated_day(zone[sm.end():sm.end() + 40])
        if d is not None and d.start < 12:
            return PageDate(date.fromisoformat(d.value), sm.start(), sm.end() + d.end)
    pos = 0
    for line in zone.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        if not body or len(body) > STAMP_LINE or not HAS_DIGIT.search(line):
            continue
        d = _stated_day(line)
        if d is None:
            continue
        rest = TIME_RE.sub(" ", line[:d.start] + " " + line[d.end:])
        if HAS_DIGIT.search(rest):
            continue  # '35 kg - 29 sept. 2020' is a list
        if len(body) <= 60 and len(re.sub(r"[^A-Za-zÀ-ÿ]", "", rest)) <= 12:
            return PageDate(date.fromisoformat(d.value), start, start + len(line))
        if STAMP_OPENING.fullmatch(line[:d.start]) and len(WORD.findall(line[d.end:])) <= 2:
            # a byline that opens with the day and trails a source or a widget ('Mon, 28 Sep 2020 Source:
            # example.com', 'Saturday, 10 December 2016 02:43 - {{views}}'): no sentence is two words long
            return PageDate(date.fromisoformat(d.value), start, start + len(line))
    return None
