"""Group facts from many articles into events: one real-world seizure, however many reports.

Pure: fact dicts in, events out; nothing here knows SQL. Two facts are weighed as reports of one
seizure: agreements (same drug, amounts within a tolerance that grows with how round the figures
are, same port or country, find days that agree, a shared cover cargo or origin) against real
contradictions (another drug, another port or country, find days apart, amounts apart, two facts
of one article, publications weeks apart with nothing dating the find). A date that is only the
report's own publication day is weak evidence: it bounds the find, it does not fix it.

Grouping is blocked and incremental. Candidate pairs only arise within a block: the same drug, the
same country (or a fact without one), publications at most ``BLOCK_DAYS`` apart. ``Grouper`` takes
existing events with their members, then new facts; a new fact joins the event it agrees with best,
and when it agrees with two events that agree with each other they merge. ``assign_ids`` keeps
event ids stable: an event keeps its id when reports join, a merge keeps the older id, a split
leaves the id with the larger part; every merge, split, creation and removal is returned as a
change to record.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

GROUPING_VERSION = "5"
MAX_DAYS_APART = 21  # reports of one seizure come within weeks, unless both date the find alike
BLOCK_DAYS = MAX_DAYS_APART  # undated candidates: only reports published at most this far apart
FIND_DAYS_SLACK = 2  # the find day and the announcement day of one seizure (a night over two days)
BASE_TOLERANCE = 0.005  # two precise figures of one seizure in one unit ("8,064 kg", "8.064 kilo")
CONVERSION_TOLERANCE = 0.02  # a figure converted from pounds (agencies convert with 2.2 or 2.2046)
MAX_TOLERANCE = 0.15  # the vaguest figure still says something ("over eight tonnes")
SLIP_TOLERANCE = 0.06  # two precise figures this close may be one figure mistyped ("4,22 t" for 4,022 kg)
JOIN_SCORE = 1.5  # agreements needed beyond the drug for two facts to be one seizure

_UNBOUNDED = (-(10**9), 10**9)
_WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)


def _ordinal(value: Any) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def _interval(value: str | None) -> tuple[int, int] | None:
    """Days a date covers: a day, a month or a year, as ordinals."""
    if not value:
        return None
    text = str(value)
    try:
        if len(text) >= 10:
            d = date.fromisoformat(text[:10]).toordinal()
            return d, d
        year = int(text[:4])
        if len(text) >= 7:
            month = int(text[5:7])
            start = date(year, month, 1)
            end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
            return start.toordinal(), end.toordinal()
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        return None


def _months(find: tuple[int, int]) -> tuple[str, ...]:
    """The months ("YYYY-MM") a find interval touches, with the slack on either side."""
    lo, hi = date.fromordinal(find[0] - FIND_DAYS_SLACK), date.fromordinal(find[1] + FIND_DAYS_SLACK)
    out = []
    y, m = lo.year, lo.month
    while (y, m) <= (hi.year, hi.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


@lru_cache(maxsize=65536)
def _tolerance(value: float | None, text: str | None) -> tuple[float, bool]:
    """Relative tolerance of a reported figure: one unit of its last significant digit, so "4,022 kg"
    is held to 0.5 %, "9.5 tonnes" to 1.6 % and "over eight tonnes" or "four tonnes" to 15 %. The
    digits come from the figure as written (17,600 pounds, with 2 % more for the conversion); a
    number word counts as one digit. Also whether the figure is precise (three digits or more)."""
    if value is None or value <= 0:
        return BASE_TOLERANCE, False
    digits = ""
    if text:
        m = re.search(r"\d[\d.,\u00a0\u202f ]*", text)
        if m:
            digits = re.sub(r"\D", "", m.group(0))
        else:
            digits = "1"  # a number word: "eight tonnes", "seven tons"
    if not digits:
        digits = re.sub(r"\D", "", f"{value:.3f}".rstrip("0").rstrip("."))
    digits = digits.lstrip("0")
    significant = len(digits.rstrip("0")) or 1
    total = len(digits) or 1
    # one unit of the last significant digit relative to the whole figure
    unit = 10 ** (total - significant)
    whole = int(digits) if digits else 1
    extra = CONVERSION_TOLERANCE if text and _POUNDS.search(text) else 0.0
    return min(MAX_TOLERANCE, BASE_TOLERANCE + extra + unit / max(whole, 1)), significant >= 3


_POUNDS = re.compile(r"\b(pounds?|lbs?|libras?|livres?|pfund)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _day(value: str) -> int | None:
    return _ordinal(value[:10])


@lru_cache(maxsize=65536)
def _when(value: str, published_day: str) -> tuple[tuple[int, int] | None, bool, tuple[str, ...]]:
    """(find interval, whether it dates the find, find months) of a fact's date."""
    find = _interval(value)
    if find is None:
        return None, False, ()
    if value == published_day:
        # the report's own day: the seizure happened then or before, nothing more is known
        return (_UNBOUNDED[0], find[1]), False, ()
    if find[1] - find[0] > 31:
        return find, False, ()  # a year says little about which seizure
    if find[0] != find[1]:
        return find, True, (value[:7],)  # a month: looked up in its own month
    return find, True, _months(find)


@lru_cache(maxsize=65536)
def _cargo(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD.findall(text.lower()))


class Fact:
    """What grouping weighs of one fact, precomputed once."""

    __slots__ = ("id", "article_id", "drug", "country", "locode", "qty", "units", "tol", "pub", "find",
                 "dated", "months", "primary", "cargo", "origin", "row", "precise")

    def __init__(self, row: Mapping[str, Any], keep_row: bool = True) -> None:
        get = row.get
        self.id = str(row["id"])
        self.article_id = str(row["article_id"])
        self.drug = row["drug"]
        self.country = get("country") or None
        self.locode = get("locode") or None
        q = get("quantity_kg")
        u = get("units")
        self.qty = float(q) if q is not None else None
        self.units = float(u) if u is not None and q is None else None
        self.tol, self.precise = _tolerance(self.qty if self.qty is not None else self.units, get("quantity_text"))
        published = str(get("published") or "")
        self.pub = _day(published) if published else None
        when = get("date")
        if when:
            self.find, self.dated, self.months = _when(str(when), published[:10])
        else:
            self.find, self.dated, self.months = None, False, ()
        self.primary = bool(get("primary"))
        cargo = get("concealment")
        self.cargo = _cargo(str(cargo)) if cargo else frozenset()
        self.origin = get("origin_country") or None
        self.row = tuple(get(k) for k in SUMMARY_FIELDS) if keep_row else None


SUMMARY_FIELDS = ("drug", "quantity_kg", "units", "port", "locode", "country", "latitude", "longitude", "date",
                  "published", "article_id", "primary")


def _pair(a: Fact, b: Fact) -> tuple[float, float] | None:
    """The two facts' amounts in kilograms, or their counts when neither has a weight; None otherwise."""
    if a.qty is not None and b.qty is not None:
        return a.qty, b.qty
    if a.qty is None and b.qty is None and a.units is not None and b.units is not None:
        return a.units, b.units
    return None


def _gap(a: Fact, b: Fact) -> float | None:
    """Relative difference of two facts' amounts (kilograms, or counts), None when not comparable."""
    pair = _pair(a, b)
    if pair is None:
        return None
    x, y = pair
    hi = max(x, y)
    return (hi - min(x, y)) / hi if hi > 0 else (0.0 if x == y else None)


def _slip(a: Fact, b: Fact) -> bool:
    """Two precise figures a little too far apart to be one figure rounded: perhaps one mistyped."""
    gap = _gap(a, b)
    return gap is not None and a.precise and b.precise and max(a.tol, b.tol) < gap <= SLIP_TOLERANCE


def _amounts(a: Fact, b: Fact) -> float | None:
    """Agreement of the amounts (>0), 0 for a possible slip, or None when they contradict."""
    pair = _pair(a, b)
    if pair is None:
        return None
    x, y = pair
    hi, lo = max(x, y), min(x, y)
    if hi <= 0:
        return 1.0 if lo == hi else None
    gap = (hi - lo) / hi
    tol = max(a.tol, b.tol)
    if gap > tol:
        return 0.0 if a.precise and b.precise and gap <= SLIP_TOLERANCE else None
    # two precise figures that agree closely are strong evidence; a round one only a little
    return 1.5 if gap <= 0.01 and a.precise and b.precise else 1.0


def weigh(a: Fact, b: Fact) -> float | None:
    """Evidence that two facts report one seizure: None for a contradiction, else a score to compare
    with ``JOIN_SCORE``."""
    if a.drug != b.drug or a.article_id == b.article_id:
        return None
    amount = _amounts(a, b)
    if amount is None:
        return None
    score = amount
    if a.locode and b.locode:
        if a.locode != b.locode:
            return None
        score += 1.5
    elif a.country and b.country:
        # a country without a port is often the reporter's, the origin's or a slip: weak either way
        score += 0.5 if a.country == b.country else -1.0
    dates_agree = False
    if a.find is not None and b.find is not None:
        gap = max(a.find[0], b.find[0]) - min(a.find[1], b.find[1])
        if gap > FIND_DAYS_SLACK:
            return None
        if a.dated and b.dated:
            dates_agree = True
            if gap <= 0:
                score += 1.5 if a.find[0] == a.find[1] == b.find[0] == b.find[1] else 0.5
    if a.pub is not None and b.pub is not None:
        apart = abs(a.pub - b.pub)
        if apart > MAX_DAYS_APART and not dates_agree:
            return 0.0  # weeks apart and nothing dates the find alike: no support, but no veto
    if a.cargo and b.cargo and a.cargo & b.cargo:
        score += 0.5
    if a.origin and a.origin == b.origin:
        score += 0.5
    return score if amount > 0 else 0.0  # a possible slip: no support, and no veto


def _mismatch(a: Fact, b: Fact) -> float:
    """Details that disagree without contradicting outright (extraction of them is noisy): another
    origin, another cover cargo. Summed over an event's reports, so several of them weigh."""
    penalty = 0.0
    if a.origin and b.origin and a.origin != b.origin:
        penalty -= 1.0
    if a.cargo and b.cargo and not a.cargo & b.cargo:
        penalty -= 0.5
    return penalty


def same_seizure(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two facts, on their own, read as reports of one seizure."""
    if (a.get("kind") or "event") != "event" or (b.get("kind") or "event") != "event":
        return False
    fa, fb = Fact(a, False), Fact(b, False)
    s = weigh(fa, fb)
    return s is not None and s + _mismatch(fa, fb) >= JOIN_SCORE


_BUCKET = math.log(1 / (1 - MAX_TOLERANCE))


def _bucket(f: Fact) -> int | None:
    """Amount bucket: two amounts within the widest tolerance fall in the same or adjacent buckets
    (counts of pills and kilograms in separate ranges)."""
    if f.qty is not None and f.qty > 0:
        return int(math.floor(math.log(f.qty) / _BUCKET))
    if f.units is not None and f.units > 0:
        return 1_000_000 + int(math.floor(math.log(f.units) / _BUCKET))
    return None


class _Cluster:
    __slots__ = ("members", "old_id", "created", "qmin", "qmax", "first_pub", "last_pub", "alive", "seq")
    _made = 0

    def __init__(self, old_id: str | None = None, created: str | None = None) -> None:
        _Cluster._made += 1
        self.seq = _Cluster._made
        self.members: list[Fact] = []
        self.old_id = old_id
        self.created = created
        self.qmin = float("inf")
        self.qmax = 0.0
        self.first_pub = 10**9
        self.last_pub = -(10**9)
        self.alive = True

    def add(self, f: Fact) -> None:
        self.members.append(f)
        q = f.qty if f.qty is not None else f.units
        if q is not None:
            self.qmin = min(self.qmin, q)
            self.qmax = max(self.qmax, q)
        if f.pub is not None:
            self.first_pub = min(self.first_pub, f.pub)
            self.last_pub = max(self.last_pub, f.pub)


class Grouper:
    """Blocked, incremental clustering: seed existing events, then add facts.

    Candidates for a fact are the events of its block: the same drug and the same country (a fact
    without a country looks at every country of its drug), and either a report published at most
    ``BLOCK_DAYS`` before or after it, or a find dated in the same month (so a background mention
    months later that names the find still reaches its event). Clusters whose newest report fell
    out of the publication window are dropped from the window index as facts arrive in
    publication order, so a night costs the same whether one year or ten lie behind.
    """

    def __init__(self) -> None:
        self.recent: dict[tuple[str, str | None, int], list[_Cluster]] = {}
        self.pruned: dict[tuple[str, str | None, int], int] = {}  # a block's length after its last pruning
        self.days: dict[tuple[str, int, int], list[_Cluster]] = {}
        self.months: dict[tuple[str, str, int], list[_Cluster]] = {}  # finds dated by month only
        self.day_months: dict[tuple[str, str, int], list[_Cluster]] = {}  # finds dated by day, by month
        self.countries: dict[str, set[str | None]] = {}
        self.clusters: list[_Cluster] = []
        self.merged: list[tuple[_Cluster, _Cluster]] = []  # (absorbed, into)

    def seed(self, old_id: str, members: Iterable[Fact], created: str | None = None) -> None:
        """An existing event with its member facts."""
        c = _Cluster(old_id, created)
        for f in members:
            c.add(f)
        self.clusters.append(c)
        for f in c.members:
            self._index(c, f)

    @staticmethod
    def _put(index: dict[Any, list[_Cluster]], key: Any, c: _Cluster) -> None:
        block = index.setdefault(key, [])
        if not block or block[-1] is not c:
            block.append(c)

    def _index(self, c: _Cluster, f: Fact) -> None:
        bucket = _bucket(f)
        if bucket is None:
            return  # no amount: never the same seizure as anything
        self._put(self.recent, (f.drug, f.country, bucket), c)
        self.countries.setdefault(f.drug, set()).add(f.country)
        if f.dated and f.find is not None:
            if f.find[0] == f.find[1]:
                self._put(self.days, (f.drug, f.find[0], bucket), c)
                self._put(self.day_months, (f.drug, date.fromordinal(f.find[0]).isoformat()[:7], bucket), c)
            else:
                self._put(self.months, (f.drug, f.months[len(f.months) // 2], bucket), c)

    def _candidates(self, f: Fact) -> list[_Cluster]:
        bucket = _bucket(f)
        if bucket is None:
            return []
        buckets = (bucket - 1, bucket, bucket + 1)
        q = f.qty if f.qty is not None else (f.units or 0.0)  # not None: the fact has a bucket
        lo, hi = q * (1 - MAX_TOLERANCE), q / (1 - MAX_TOLERANCE)
        recent: set[_Cluster] = set()
        dated: set[_Cluster] = set()
        if f.pub is not None:
            # reports published within the window, in the same country (or none; any without one)
            oldest = f.pub - BLOCK_DAYS
            countries = (f.country, None) if f.country else tuple(self.countries.get(f.drug, ()))
            for country in countries:
                for b in buckets:
                    key = (f.drug, country, b)
                    block = self.recent.get(key)
                    if block:
                        if len(block) > max(4, 2 * self.pruned.get(key, 0)):
                            # drop clusters out of the window for good (facts come in publication
                            # order); each time the block doubled, so the cost per fact stays flat
                            block[:] = [c for c in block if c.alive and c.last_pub >= oldest]
                            self.pruned[key] = len(block)
                        recent.update(block)
        if f.dated and f.find is not None:
            # finds dated alike, whenever reported and in whatever country the report names
            if f.find[0] == f.find[1]:
                for day in range(f.find[0] - FIND_DAYS_SLACK, f.find[1] + FIND_DAYS_SLACK + 1):
                    for b in buckets:
                        block = self.days.get((f.drug, day, b))
                        if block:
                            dated.update(block)
            else:
                for month in f.months:
                    for b in buckets:
                        block = self.day_months.get((f.drug, month, b))
                        if block:
                            dated.update(block)
            for month in f.months:
                for b in buckets:
                    block = self.months.get((f.drug, month, b))
                    if block:
                        dated.update(block)
        if recent:
            first, last = (f.pub or 0) - BLOCK_DAYS, (f.pub or 0) + BLOCK_DAYS
            out = [c for c in recent if c.alive and c.qmax >= lo and c.qmin <= hi and c.last_pub >= first
                   and c.first_pub <= last]
            dated.difference_update(out)
        else:
            out = []
        if dated:
            out += [c for c in dated if c.alive and c.qmax >= lo and c.qmin <= hi]
        out.sort(key=_age)  # a stable order: ties go to the older event
        return out

    def _fit(self, f: Fact, c: _Cluster) -> float | None:
        """The best support any report of the event gives, less every detail that disagrees; None
        when any report contradicts (complete linkage: no vague report chains two seizures)."""
        best = None
        penalty = 0.0
        slipped = False
        for g in c.members:
            s = weigh(f, g)
            if s is None:
                return None
            best = s if best is None else max(best, s)
            penalty += _mismatch(f, g)
            slipped = slipped or _slip(f, g)
        if best is None:
            return None
        # a figure that differs from the event's own precise one is one disagreement, however often
        # the event's figure was repeated
        return best + penalty - (1.0 if slipped else 0.0)

    def add(self, f: Fact) -> None:
        fits = []
        for c in self._candidates(f):
            s = self._fit(f, c)
            if s is not None and s >= JOIN_SCORE:
                fits.append((s, c))
        if not fits:
            c = _Cluster()
            c.add(f)
            self.clusters.append(c)
            self._index(c, f)
            return
        fits.sort(key=lambda sc: -sc[0])
        home = fits[0][1]
        home.add(f)
        self._index(home, f)
        for _, other in fits[1:]:
            # the new report bridges two events: one seizure, if nothing in them contradicts
            if other.alive and home.alive and self._compatible(home, other):
                home = self._merge(home, other)

    def _compatible(self, a: _Cluster, b: _Cluster) -> bool:
        return all(weigh(f, g) is not None for f in a.members for g in b.members)

    def _merge(self, a: _Cluster, b: _Cluster) -> _Cluster:
        older, newer = sorted((a, b), key=_age)
        for f in newer.members:
            older.add(f)
            self._index(older, f)
        newer.alive = False
        self.merged.append((newer, older))
        return older

    def live(self) -> list[_Cluster]:
        return [c for c in self.clusters if c.alive and c.members]


def _age(c: _Cluster) -> tuple[int, str, str, int]:
    """Existing events before new ones, then by creation time and id, then the order they were made."""
    return (c.old_id is None, c.created or "", c.old_id or "", c.seq)


def order(facts: Iterable[Fact]) -> list[Fact]:
    """Publication order; within a day, primary reports first (they anchor what vaguer mentions join)."""
    return sorted(facts, key=lambda f: (f.pub if f.pub is not None else 10**9, not f.primary, f.id))


def new_event_id(first_fact_id: str, taken: Callable[[str], bool]) -> str:
    """A fresh id from the event's first fact, never one given before."""
    n = 0
    while True:
        seed = first_fact_id if n == 0 else f"{first_fact_id}#{n}"
        eid = hashlib.sha1(("event\x1f" + seed).encode()).hexdigest()[:16]
        if not taken(eid):
            return eid
        n += 1


def assign_ids(
    clusters: list[list[str]],
    previous: Mapping[str, str],
    created: Mapping[str, str],
    first_fact: Callable[[int], str],
    taken: Callable[[str], bool],
) -> tuple[list[str], list[dict[str, Any]]]:
    """Ids for clusters of fact ids, keeping the ids facts had before.

    An old id goes to the cluster holding most of its facts (ties: the one listed first); a cluster
    holding several old ids keeps the oldest and records the others as merged into it; a cluster
    holding only facts whose old event went elsewhere gets a new id, recorded as split from it; an
    old id no cluster holds is recorded as removed.
    """
    counts: dict[str, dict[int, int]] = {}
    for i, members in enumerate(clusters):
        for fid in members:
            old = previous.get(fid)
            if old is not None:
                counts.setdefault(old, {}).setdefault(i, 0)
                counts[old][i] += 1
    owner = {old: max(per, key=lambda i: (per[i], -i)) for old, per in counts.items()}
    owned: dict[int, list[str]] = {}
    for old, i in owner.items():
        owned.setdefault(i, []).append(old)
    ids: list[str] = []
    changes: list[dict[str, Any]] = []
    given: set[str] = set()
    for i, members in enumerate(clusters):
        mine = sorted(owned.get(i, []), key=lambda e: (created.get(e) or "", e))
        if mine:
            eid = mine[0]
            for other in mine[1:]:
                changes.append({"event_id": eid, "change": "merged", "other_event_id": other,
                                "detail": f"event {other} merged into {eid}"})
        else:
            eid = new_event_id(first_fact(i), lambda e: e in given or e in owner or taken(e))
            parents = sorted({previous[f] for f in members if f in previous})
            if parents:
                for p in parents:
                    changes.append({"event_id": eid, "change": "split", "other_event_id": p,
                                    "detail": f"event {eid} split from {p}"})
            else:
                changes.append({"event_id": eid, "change": "created", "other_event_id": None, "detail": None})
        given.add(eid)
        ids.append(eid)
    return ids, changes


def summarise(event_id: str, members: list[Fact]) -> dict[str, Any]:
    """The events row of one cluster of facts."""
    cluster = [dict(zip(SUMMARY_FIELDS, f.row or (), strict=False)) for f in members]
    best = max(cluster, key=_precision)
    pubs = sorted(str(f.get("published") or "") for f in cluster)
    articles = sorted({str(f["article_id"]) for f in cluster})
    # the find day a report gives beats a month, which beats a report's own publication day
    # the find day a report gives beats a month, which beats a report's own publication day; of two
    # find days (the find and its announcement) the earlier
    dated = [(not m.dated, -len(str(c["date"])), str(c["date"]))
             for m, c in zip(members, cluster, strict=True) if c.get("date")]
    dates = [min(dated)[2]] if dated else []
    port = next((f for f in cluster if f.get("locode")), None)
    return {
        "id": event_id,
        "drug": best["drug"],
        "quantity_kg": best.get("quantity_kg"),
        "units": best.get("units"),
        "port": port.get("port") if port else None,
        "locode": port.get("locode") if port else None,
        "country": port.get("country") if port and port.get("country") else
        next((f.get("country") for f in cluster if f.get("country")), None),
        "date": dates[0] if dates else None,
        "year": int(dates[0][:4]) if dates else None,
        "kind": "event",
        "latitude": port.get("latitude") if port else None,
        "longitude": port.get("longitude") if port else None,
        "n_facts": len(cluster),
        "n_articles": len(articles),
        "article_ids": articles,
        "first_published": pubs[0] or None,
        "last_published": pubs[-1] or None,
    }


def _precision(f: Mapping[str, Any]) -> tuple[int, int, int]:
    q = f.get("quantity_kg")
    digits = len(str(q).replace(".", "").rstrip("0")) if q is not None else 0
    return (bool(f.get("primary")), bool(f.get("date")) and len(str(f.get("date"))) >= 10, digits)


def is_event(row: Mapping[str, Any]) -> bool:
    """Totals (aggregates) never join an event."""
    return (row.get("kind") or "event") == "event"


def group_events(facts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Cluster single-seizure facts into events from scratch: (event rows, fact id -> event id)."""
    grouper = Grouper()
    for f in order(Fact(r) for r in facts if is_event(r)):
        grouper.add(f)
    clusters = grouper.live()
    ids, _ = assign_ids([[f.id for f in c.members] for c in clusters], {}, {},
                        lambda i: order(clusters[i].members)[0].id, lambda e: False)
    events = []
    assignment: dict[str, str] = {}
    for eid, c in zip(ids, clusters, strict=True):
        events.append(summarise(eid, c.members))
        for f in c.members:
            assignment[f.id] = eid
    return events, assignment


@dataclass
class Plan:
    """What one grouping changes: event rows to write, facts that move, events gone, the history."""

    events: list[dict[str, Any]] = field(default_factory=list)
    moves: list[tuple[str, str]] = field(default_factory=list)  # (fact id, event id)
    removed: list[str] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def created(self) -> int:
        return sum(c["change"] in ("created", "split") for c in self.changes)


def regroup(
    existing: Iterable[Mapping[str, Any]],
    new: Iterable[Mapping[str, Any]],
    *,
    created: Mapping[str, str] | None = None,
    taken: Callable[[str], bool] = lambda e: False,
    known: Iterable[str] = (),
    leavers: Mapping[str, str] | None = None,
) -> Plan:
    """Group `new` facts into the events `existing` facts belong to (rows with `event_id`).

    Incremental: existing events are kept as they are and only gain reports, or merge when a new
    report bridges two that agree; only events that change are returned. From scratch: pass every
    fact as `new` (each with the `event_id` it had) and every event id as `known`; ids carry over.
    `known` also names events to check for removal or rewrite (those that lost facts); `leavers` maps
    facts a re-extraction rewrote to the event they were in, so that event keeps its id.
    """
    created = created or {}
    grouper = Grouper()
    seeds: dict[str, list[Fact]] = {}
    previous: dict[str, str] = {}  # the event each fact was in, or left when its article was re-extracted
    current: dict[str, str] = {}  # the event each fact is in now
    for row in existing:
        if is_event(row) and row.get("event_id"):
            f = Fact(row)
            seeds.setdefault(str(row["event_id"]), []).append(f)
            previous[f.id] = current[f.id] = str(row["event_id"])
    for eid, members in seeds.items():
        grouper.seed(eid, members, created.get(eid))
    seed_size = {id(c): len(c.members) for c in grouper.clusters}
    facts = []
    for row in new:
        if is_event(row):
            f = Fact(row)
            facts.append(f)
            if row.get("event_id"):
                previous[f.id] = current[f.id] = str(row["event_id"])
            elif leavers and f.id in leavers:
                previous[f.id] = leavers[f.id]
    for f in order(facts):
        grouper.add(f)
    check = set(known)
    touched = [c for c in grouper.live()
               if c.old_id is None or len(c.members) != seed_size.get(id(c)) or c.old_id in check]
    ids, changes = assign_ids(
        [[f.id for f in c.members] for c in touched], previous, created,
        lambda i: order(touched[i].members)[0].id, taken,
    )
    plan = Plan(changes=changes)
    for eid, c in zip(ids, touched, strict=True):
        plan.events.append(summarise(eid, c.members))
        plan.moves += [(f.id, eid) for f in c.members if current.get(f.id) != eid]
    rewritten = {id(c) for c in touched}
    alive = set(ids) | {c.old_id for c in grouper.live() if c.old_id and id(c) not in rewritten}
    merged = {ch["other_event_id"] for ch in changes if ch["change"] == "merged"}
    for eid in sorted((set(previous.values()) | check) - alive):
        plan.removed.append(eid)
        if eid not in merged:
            plan.changes.append({"event_id": eid, "change": "removed", "other_event_id": None,
                                 "detail": "no fact reports this seizure any more"})
    return plan


def blocks_of(rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, str | None, str, str, list[str]]]:
    """The blocks new facts look for candidates in: (drug, country or None, first and last publication
    day of the window, find months)."""
    spans: dict[tuple[str, str | None], list[Any]] = {}
    for row in rows:
        if not is_event(row):
            continue
        f = Fact(row, keep_row=False)
        span = spans.setdefault((f.drug, f.country), [None, None, set()])
        if f.pub is not None:
            span[0] = f.pub if span[0] is None else min(span[0], f.pub)
            span[1] = f.pub if span[1] is None else max(span[1], f.pub)
        span[2].update(f.months)
    out = []
    for (drug, country), (lo, hi, months) in spans.items():
        if lo is None:  # undated reports: only find months can place them
            first, last = "9999", "0000"
        else:
            first = date.fromordinal(lo - BLOCK_DAYS).isoformat()
            last = date.fromordinal(hi + BLOCK_DAYS + 1).isoformat()
        out.append((drug, country, first, last, sorted(months)))
    return out
