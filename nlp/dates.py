"""Dates as news writes them in seven languages, resolved against a reference day.

`find_dates(sentence, ref)` returns every date mention with its ISO value at the precision the text
allows (YYYY-MM-DD, YYYY-MM or YYYY). Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

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


def _d(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_year(ref: date, month: int) -> int:
    """The year of the most recent `month` up to the reference day."""
    return ref.year if month <= ref.month else ref.year - 1


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"{B}(?P<y>{YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}")),
    ("dmy_num", re.compile(rf"{B}(?P<d>\d{{1,2}})[/.](?P<m>\d{{1,2}})[/.](?P<y>{YEAR}){E}")),
    ("dmy", re.compile(rf"{B}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+|of\s+)?(?P<mon>{MONTH_RE})\.?(?:\s*,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    ("mdy", re.compile(rf"{B}(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*(?P<y>{YEAR}))?{E}", re.I)),
    ("my", re.compile(rf"{B}(?P<pre>(?:(?:in|en|em|im|nel|in|a|à|de|mid-|mitte|ende|eind|fin|fine|finales de|principios de|início de|inizio|begin|early|late|end of|beginning of|{LAST})\s+(?:de\s+|of\s+|d')?)*)(?P<mon>{MONTH_RE})(?:\s+(?:de\s+|of\s+)?(?P<y>{YEAR}))?{E}", re.I)),
    ("weekday", re.compile(rf"{B}(?P<pre>(?:(?:on|el|la|o|na|no|le|il|lo|am|op|this|este|esta|ce|questo|diesen|deze|in the|{NIGHT}|of|to|de|del|zu|zum|tra|entre|between|van|op|from|auf|dal|de la|del|nella|in der|dans la|durante la|{LAST}|week)\s+)*)(?P<wd>{WEEKDAY_RE})(?P<post>(?:\s+(?:{LAST}|dernier|passé|passée))?)(?:\s*\((?P<dd>\d{{1,2}})\))?{E}", re.I)),
    ("yesterday", re.compile(rf"{B}(?:yesterday|ayer|ontem|hier|ieri|gestern|gisteren){E}", re.I)),
    ("today", re.compile(rf"{B}(?:today|hoy|hoje|aujourd'hui|oggi|heute|vandaag){E}", re.I)),
    ("lastweekend", re.compile(rf"{B}(?:(?:last|past|this)\s+weekend|(?:el\s+)?(?:último\s+|pasado\s+)?fin de semana(?:\s+pasado)?|(?:no\s+)?(?:último|passado)\s+fim de semana|fim de semana passado|(?:le\s+)?week-end(?:\s+dernier)?|(?:lo\s+)?scorso fine settimana|fine settimana|am\s+(?:vergangenen\s+)?wochenende|(?:afgelopen|vorig)\s+weekend){E}", re.I)),
    ("lastweek", re.compile(rf"{B}(?:last week|(?:la\s+)?semana pasada|(?:na\s+)?semana passada|(?:la\s+)?semaine dernière|(?:la\s+)?settimana scorsa|(?:la\s+)?scorsa settimana|(?:la\s+)?pasada semana|(?:na\s+)?passada semana|(?:la\s+)?semaine passée|(?:in der\s+)?vergangenen woche|(?:in der\s+)?vorigen woche|(?:letzte|vergangene|vorige)\s+woche|vorige week|afgelopen week|(?:two|2) weeks ago){E}", re.I)),
    ("thisweek", re.compile(rf"{B}(?:this week|esta semana|cette semaine|questa settimana|diese woche|in dieser woche|deze week|earlier this week){E}", re.I)),
    ("thismonth", re.compile(rf"{B}(?:(?:earlier\s+)?this month|este mes|este mês|ce mois-ci|(?:plus tôt\s+)?ce mois|questo mese|diesen monat|deze maand|in diesem monat|(?:a\s+)?principios de (?:este\s+)?mes|(?:au\s+)?début du mois|earlier in the month){E}", re.I)),
    ("lastmonth", re.compile(rf"{B}(?:last month|el mes pasado|(?:no\s+)?mês passado|le mois dernier|il mese scorso|(?:im\s+)?letzten monat|(?:im\s+)?vergangenen monat|vorige maand|afgelopen maand){E}", re.I)),
    ("thisyear", re.compile(rf"{B}(?:this year|so far this year|este año|en lo que va de año|este ano|cette année|depuis le début de l'année|dit jaar|eerder dit jaar|quest'anno|dall'inizio dell'anno|dieses jahr|in diesem jahr|seit jahresbeginn|since the start of the year|since january|desde enero|desde janeiro|depuis janvier|sinds januari|da gennaio|seit januar|year to date){E}", re.I)),
    ("lastyear", re.compile(rf"{B}(?:last year|el año pasado|(?:no\s+)?ano passado|l'an dernier|l'année dernière|l'an passé|vorig jaar|afgelopen jaar|l'anno scorso|lo scorso anno|(?:im\s+)?letzten jahr|(?:im\s+)?vergangenen jahr|im vorjahr|letztes jahr){E}", re.I)),
    ("yearbefore", re.compile(rf"{B}(?:a year (?:earlier|before)|the (?:year before|previous year|prior year)|un año antes|el año anterior|"
                              rf"um ano antes|no ano anterior|l'année précédente|un an plus tôt|het jaar ervoor|een jaar eerder|"
                              rf"im jahr davor|ein jahr zuvor|un anno prima|l'anno precedente){E}", re.I)),
    ("year", re.compile(rf"{B}(?P<y>{YEAR}){E}")),
]
DAY_PRE = re.compile(rf"(?:{NIGHT})", re.I)


# relative references that name a day or a week: under a month-only reference they settle the month only
DAY_RELATIVE = {"weekday", "yesterday", "today", "lastweekend", "lastweek", "thisweek"}


def find_dates(text: str, ref: date | None, ref_precision: str = "day") -> list[DateMention]:
    """Date mentions in `text`; relative ones need `ref` (the dateline or publication day).
    With `ref_precision` "month" (a ` date YYYY-MM` line; `ref` is then that month's last day) a weekday
    or "last week" gives `ref`'s month. 'A year earlier' is the year before the last year the sentence
    names, or before `ref`'s."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "yearbefore":
                years = [int(y) for y in re.findall(rf"{B}({YEAR}){E}", text[:m.start()])]
                base = years[-1] if years else (ref.year if ref else None)
                if base is None:
                    continue
                got: tuple[str, str] | None = (str(base - 1), "year")
            else:
                got = _resolve(kind, m, ref)
            if got is None:
                continue
            if ref is not None and ref_precision == "month" and kind in DAY_RELATIVE:
                got = (f"{ref.year:04d}-{ref.month:02d}", "month")
            value, precision = got
            out.append(DateMention(m.start(), m.end(), value, precision))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind in ("iso", "dmy_num"):
        v = _d(int(g["y"]), int(g["m"]), int(g["d"]))
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
            year = _month_year(ref, month)
            if date(year, month, min(day, 28)) > ref:
                year -= 1
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
    if kind == "weekday":
        wd = WEEKDAY_OF[g["wd"].lower()]
        pre = (g.get("pre") or "").lower()
        post = (g.get("post") or "").lower()
        strictly = bool(re.search(LAST, pre + " " + post, re.I)) or "dernier" in post
        if re.search(r"\bweek\b", pre) and re.search(r"vorige|afgelopen", pre):
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
        if DAY_PRE.search(pre):
            return f"{when.year:04d}-{when.month:02d}", "month"
        return when.isoformat(), "day"
    if kind == "yesterday":
        return (ref - timedelta(days=1)).isoformat(), "day"
    if kind == "today":
        return ref.isoformat(), "day"
    if kind == "lastweekend":
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return f"{sat.year:04d}-{sat.month:02d}", "month"
    if kind == "lastweek":
        d = ref - timedelta(days=7)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if kind in ("thisweek", "thismonth"):
        return f"{ref.year:04d}-{ref.month:02d}", "month"
    if kind == "lastmonth":
        d = ref.replace(day=1) - timedelta(days=1)
        return f"{d.year:04d}-{d.month:02d}", "month"
    if kind == "thisyear":
        return f"{ref.year:04d}", "year"
    if kind == "lastyear":
        return f"{ref.year - 1:04d}", "year"
    if kind == "year":
        return g["y"], "year"
    return None


DATELINE_RE = re.compile(
    rf"^\s*(?P<city>[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{{1,40}}?)(?:\s*\([^)]{{1,40}}\))?(?:\s*,\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ .'-]{{1,30}})?\s*,\s*(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_RE})\.?|(?P<m2>{MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}))(?:\s*,?\s*(?P<y>{YEAR}))?\s*(?:\([^)]{{1,30}}\))?\s*[-–—]",
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
    r"señaló|indicó|comunicó|presentado|presentó|difundió|a annoncé|a indiqué|a précisé|a déclaré|annoncé|présenté|"
    r"ha annunciato|ha reso noto|ha comunicato|ha riferito|reso noto|comunicato|teilte|mitgeteilt|gab|bekanntgegeben|"
    r"meldde|maakte|bekendgemaakt|liet weten|zei|voorgesteld|bekendmaakte|informou|anunciou|disse|divulgou|revelou|"
    r"apresentado|informó|the (?:\w+ )?(?:ministry|minister|agency|office|police|customs|authorit\w+|department|government) (?:said|announced))"
    r"\s+(?:(?:on|el|este|esta|le|ce|il|am|op|na|no|nesta|neste|in|this|de|del|van|at|during|mardi|lunedì)\s+){0,2}$",
    re.I,
)



# verb-final clauses: "wie der Zoll am Freitag mitteilte", "zoals de douane dinsdag bekendmaakte"
REPORTING_AFTER = re.compile(
    r"^\s*(?:(?:mit|bekannt|gab|hat|heeft|werd|wurde)\s+)?(?:mitteilte|mitgeteilt|bekanntgab|bekanntgegeben|bekannt|"
    r"berichtete|erklärte|bekendmaakte|bekendgemaakt|bekend|meldde|liet weten|zei|voorstelde|voorgesteld|mit\b)",
    re.I,
)


def is_reporting(text: str, mention: DateMention) -> bool:
    """True when the date is when something was said or published ('the ministry said on Thursday')."""
    before = text[max(0, mention.start - 40):mention.start]
    after = text[mention.end:mention.end + 40]
    return bool(REPORTING_BEFORE.search(before) or REPORTING_AFTER.match(after))
