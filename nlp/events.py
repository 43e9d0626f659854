"""Group facts from many articles into events: one real-world seizure, however many reports.

Pure: fact dicts in, (events, fact id -> event id) out. Two facts are the same seizure when the drug
is the same, the quantities agree within rounding and unit conversion, the place agrees (same port,
or same country when a port is missing), dates do not contradict, and publication days are close.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

MAX_DAYS_APART = 21
EXACT_TOLERANCE = 0.03  # two precise figures of one seizure (conversions, rounding to kilos)
ROUNDED_TOLERANCE = 0.08  # a rounded or hedged figure ("more than 1.5 tonnes" for 1,612 kg)


def _pub(f: dict[str, Any]) -> date | None:
    value = f.get("published")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _digits(x: float) -> int:
    """Significant digits of a reported figure: 1600 -> 2, 1612 -> 4, 7089.03 -> 6."""
    text = f"{x:.3f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return len(text.rstrip("0")) or 1


def _close(x: float, y: float) -> bool:
    hi, lo = max(x, y), min(x, y)
    if hi == 0:
        return lo == 0
    gap = (hi - lo) / hi
    if gap <= EXACT_TOLERANCE:
        return True
    return gap <= ROUNDED_TOLERANCE and min(_digits(x), _digits(y)) <= 2


def _qty_close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    qa, qb = a.get("quantity_kg"), b.get("quantity_kg")
    if qa is None or qb is None:
        ua, ub = a.get("units"), b.get("units")
        return qa is None and qb is None and ua is not None and ub is not None and _close(float(ua), float(ub))
    return _close(float(qa), float(qb))


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_seizure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when two facts describe the same seizure."""
    if a["drug"] != b["drug"] or (a.get("kind") or "event") != (b.get("kind") or "event"):
        return False
    if not _qty_close(a, b):
        return False
    if a.get("locode") and b.get("locode"):
        if a["locode"] != b["locode"]:
            return False
    elif a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    if not _dates_compatible(a.get("date"), b.get("date")):
        return False
    pa, pb = _pub(a), _pub(b)
    dated = len(a.get("date") or "") >= 7 and len(b.get("date") or "") >= 7  # both at least YYYY-MM, and compatible
    if pa and pb and abs((pa - pb).days) > MAX_DAYS_APART and not dated:
        return False  # reports of one seizure come within weeks, unless a later one names its day
    return True


def group_events(facts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Cluster single-seizure facts into events; totals (aggregates) never join one.

    A fact joins the first cluster all of whose facts it agrees with (complete linkage, so a vague
    report cannot chain two different seizures together) and that has no fact of its article.
    """
    clusters: list[list[dict[str, Any]]] = []
    singles = [f for f in facts if (f.get("kind") or "event") == "event"]
    # precise, primary reports first: they anchor the clusters that vaguer mentions then join
    for f in sorted(singles, key=lambda x: (not x.get("primary"), str(x.get("published") or ""), str(x["id"]))):
        home = None
        for cluster in clusters:
            if any(g["article_id"] == f["article_id"] for g in cluster):
                continue
            if all(same_seizure(f, g) for g in cluster):
                home = cluster
                break
        if home is None:
            clusters.append([f])
        else:
            home.append(f)
    events = []
    assignment: dict[str, str] = {}
    for cluster in clusters:
        best = max(cluster, key=_precision)
        event_id = hashlib.sha1("|".join(sorted(str(f["id"]) for f in cluster)).encode()).hexdigest()[:16]
        pubs = sorted(str(f.get("published") or "") for f in cluster)
        articles = sorted({str(f["article_id"]) for f in cluster})
        dates: list[str] = sorted((str(f["date"]) for f in cluster if f.get("date")), key=len, reverse=True)
        port = next((f for f in cluster if f.get("locode")), None)
        events.append({
            "id": event_id,
            "drug": best["drug"],
            "quantity_kg": best.get("quantity_kg"),
            "units": best.get("units"),
            "port": port.get("port") if port else None,
            "locode": port.get("locode") if port else None,
            "country": next((f.get("country") for f in cluster if f.get("country")), None),
            "date": dates[0] if dates else None,
            "year": int(dates[0][:4]) if dates else None,
            "kind": best.get("kind"),
            "latitude": port.get("latitude") if port else None,
            "longitude": port.get("longitude") if port else None,
            "n_facts": len(cluster),
            "n_articles": len(articles),
            "article_ids": articles,
            "first_published": pubs[0] or None,
            "last_published": pubs[-1] or None,
        })
        for f in cluster:
            assignment[str(f["id"])] = event_id
    return events, assignment


def _precision(f: dict[str, Any]) -> tuple[int, int]:
    q = f.get("quantity_kg")
    digits = len(str(q).replace(".", "").rstrip("0")) if q is not None else 0
    return (bool(f.get("primary")), digits)
