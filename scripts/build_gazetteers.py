"""Rebuild the gazetteers in nlp/data from the reference data in ../shared/data and scripts/*_source.py.

Dev-only (never at run time): python scripts/build_gazetteers.py [--shared ../shared]
Writes ports.jsonl (World Port Index + searoute UN/LOCODE list + curated exonyms), agencies.jsonl and
countries.jsonl, and checks drugs.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from agencies_source import (  # noqa: E402
    ADJ_EN, AGENCIES, AMBIGUOUS_ACRONYMS, COMPOSE_ONLY, EXTRA_ALIASES, GENERIC_COASTGUARD, GENERIC_CUSTOMS, GENERIC_FEDERAL_POLICE,
    GENERIC_JUDICIAL_POLICE, GENERIC_MILITARY, GENERIC_NATIONAL_POLICE, GENERIC_NAVY, GENERIC_POLICE, NATIONAL_COASTGUARD, NATIONAL_CUSTOMS,
    NATIONAL_NAVY, UNLISTED_ALIASES)
from countries_source import COUNTRIES, REGIONS  # noqa: E402
from port_names import EXONYMS, TERMINALS, french_spellings  # noqa: E402

SIZE_RANK = {"Large": 4, "Medium": 3, "Small": 2, "Very Small": 1}
PREFIX_RE = re.compile(r"^(port of|porto de|porto da|porto do|porto di|puerto de|port de|port d'|haven van|hafen)\s+", re.I)
SUFFIX_RE = re.compile(r"\s+(port ouest|port est|port|harbor|harbour|anchorage|roads|terminal|oil terminal|"
                       r"container terminal|north|south|east|west)$", re.I)


def ascii_fold(text: str) -> str:
    """Drop accents: Leixões -> Leixoes."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean_name(name: str) -> str:
    """'Porto De Leixoes' -> 'Leixoes'; 'Dunkerque Port Ouest' -> 'Dunkerque'."""
    name = " ".join(name.replace("_", " ").split())
    name = PREFIX_RE.sub("", name)
    for _ in range(2):
        name = SUFFIX_RE.sub("", name)
    return name.strip(" ,.-")


def title(name: str) -> str:
    """Title-case a WPI name without breaking particles ('De', 'Da') in the middle."""
    words = name.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw in {"de", "da", "do", "del", "della", "di", "la", "le", "el", "los", "las", "des", "du"}:
            out.append(lw)
        elif w.isupper() or w.islower():
            out.append(w.capitalize())
        else:
            out.append(w)
    return " ".join(out)


def build_ports(shared: Path) -> list[dict]:
    ports: dict[str, dict] = {}
    with open(shared / "data" / "world-port-index.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("UN/LOCODE") or "").replace(" ", "").strip().upper()
            main = (row.get("Main Port Name") or "").strip()
            if not main:
                continue
            key = code if re.fullmatch(r"[A-Z]{5}", code) else f"WPI{int(float(row['World Port Index Number']))}"
            alts = [a.strip() for a in re.split(r"[;|]", row.get("Alternate Port Name") or "") if a.strip()]
            rank = SIZE_RANK.get((row.get("Harbor Size") or "").strip(), 0)
            rec = ports.setdefault(key, {"locode": code if not key.startswith("WPI") else None, "names": [],
                                         "country_name": row.get("Country Code"), "rank": 0,
                                         "lat": None, "lon": None, "country": code[:2] if code else None})
            rec["names"] += [main, *alts]
            if rank >= rec["rank"]:
                rec["rank"] = rank
                rec["lat"] = round(float(row["Latitude"]), 5)
                rec["lon"] = round(float(row["Longitude"]), 5)
    geo = json.loads((shared / "data" / "searoute-ports.geojson").read_text(encoding="utf-8"))
    for feat in geo["features"]:
        p = feat["properties"]
        code = (p.get("port") or "").upper()
        if not re.fullmatch(r"[A-Z]{5}", code):
            continue
        lon, lat = feat["geometry"]["coordinates"]
        rec = ports.setdefault(code, {"locode": code, "names": [], "country_name": p.get("cty"), "rank": 1,
                                      "lat": round(lat, 5), "lon": round(lon, 5), "country": code[:2]})
        rec["names"].append(p.get("name") or "")
        rec["rank"] = max(rec["rank"], 1) + (1 if p.get("t") == 1.0 and rec["rank"] < 3 else 0)
    out = []
    for rec in ports.values():
        names = [clean_name(n) for n in rec["names"] if n and n.strip()]
        names = [n for n in names if len(n) >= 3]
        if not names:
            continue
        canonical = ascii_fold(title(names[0]))
        aliases = set(names)
        if rec["locode"] in EXONYMS:
            canonical, extra = EXONYMS[rec["locode"]]
            aliases |= set(extra)
            rec["rank"] = 9  # curated major ports win ambiguous names
        aliases.add(canonical)
        aliases |= {title(a) for a in list(aliases) if a.isupper()}
        aliases = {a for a in aliases if not a.isupper()}
        aliases |= set(TERMINALS.get(rec["locode"], []))  # a terminal is its port (and its acronym: MICP)
        aliases |= {v for a in list(aliases) for v in french_spellings(a, rec["country"])}  # 'Fort-de-France'
        aliases |= {ascii_fold(a) for a in list(aliases)}
        out.append({
            "name": canonical,
            "locode": rec["locode"],
            "country": rec["country"] or None,
            "lat": rec["lat"],
            "lon": rec["lon"],
            "rank": rec["rank"],
            "aliases": sorted(aliases),
        })
    out.sort(key=lambda r: (r["name"], r["locode"] or ""))
    return out


ROLE_WORDS = {"customs": "Customs", "navy": "Navy", "coastguard": "Coast Guard", "police": "Police", "military": "Armed Forces",
              "national-police": "National Police", "judicial-police": "Judicial Police", "federal-police": "Federal Police"}


def national_table(role: str, listed: list[dict], preferred: dict[str, str], police: dict[str, str]) -> dict[str, str]:
    """ISO country -> the one authority of that kind: the curated choice, else the listed name of that
    role, else `<Country adjective> <Role>` as the contract names an unlisted authority (a national,
    judicial or federal police not listed is the country's police)."""
    out = {}
    base = {"national-police": "police", "judicial-police": "police", "federal-police": "police"}.get(role, role)
    for iso, adj in ADJ_EN.items():
        named = f"{adj} {ROLE_WORDS[role]}"
        same_role = [r["name"] for r in listed if r["country"] == iso and r["role"] == base]
        if iso in preferred:
            out[iso] = preferred[iso]
        elif named in same_role:
            out[iso] = named
        elif role in ("national-police", "judicial-police", "federal-police"):
            kind = ROLE_WORDS[role]
            hits = [n for n in same_role if kind in n]
            out[iso] = hits[0] if hits else police[iso]
        elif role == "police":
            # a state's or a city's police (Delaware State Police, Laval Police Service) is not the country's
            national = [n for n in same_role if adj in n or not n.endswith(("State Police", "Police Service", "Police Department"))]
            hits = [n for n in national if n.endswith(("National Police", "Police Service", "Police Force", "State Police"))]
            out[iso] = hits[0] if hits else (national[0] if len(national) == 1 else named)
        elif role == "military":
            hits = [n for n in same_role if n.endswith(("Armed Forces", "Army"))]
            out[iso] = hits[0] if hits else named
        else:
            out[iso] = same_role[0] if same_role else named
    return out


def build_agencies(shared: Path) -> list[dict]:
    with open(shared / "data" / "agencies.csv", encoding="utf-8") as fh:
        listed = list(csv.DictReader(fh))
    names = {r["name"] for r in listed}
    rows: dict[str, dict] = {}
    for name, country, role, aliases in AGENCIES:
        if name not in names:
            raise SystemExit(f"{name!r} is not in agencies.csv: add it there (its canonical name) first")
        rows[name] = {"name": name, "country": country, "role": role, "aliases": set(aliases) | {name}}
    for r in listed:
        rec = rows.setdefault(r["name"], {"name": r["name"], "country": r["country"], "role": r["role"], "aliases": {r["name"]}})
        rec["aliases"] |= set(EXTRA_ALIASES.get(r["name"], []))
    unknown = set(EXTRA_ALIASES) - names
    if unknown:
        raise SystemExit(f"aliases for agencies not in agencies.csv: {sorted(unknown)}")
    for rec in rows.values():
        rec["aliases"] |= _derived_forms(rec["aliases"])
    out = [dict(rec, aliases=sorted(rec["aliases"])) for rec in rows.values()]
    tables = {
        "customs": (GENERIC_CUSTOMS, NATIONAL_CUSTOMS), "navy": (GENERIC_NAVY, NATIONAL_NAVY),
        "coastguard": (GENERIC_COASTGUARD, NATIONAL_COASTGUARD), "police": (GENERIC_POLICE, {}),
        "national-police": (GENERIC_NATIONAL_POLICE, {}), "judicial-police": (GENERIC_JUDICIAL_POLICE, {}),
        "federal-police": (GENERIC_FEDERAL_POLICE, {}), "military": (GENERIC_MILITARY, {}),
    }
    known = {rec["name"] for rec in out}
    police = national_table("police", listed, {}, {})
    for role, (words, preferred) in tables.items():
        national = national_table(role, listed, preferred, police)
        for iso, name in sorted(national.items()):
            if name not in known:  # an unlisted authority, named as the contract says, with the local names it is known by
                known.add(name)
                aliases = set(UNLISTED_ALIASES.get(name, []))
                aliases |= _derived_forms(aliases)
                out.append({"name": name, "country": iso, "role": role.split("-")[-1], "aliases": sorted(aliases)})
        out.append({"name": f"*{role}*", "country": None, "role": f"generic-{role}", "aliases": sorted(set(words)),
                    "national": national, "compose_only": role in COMPOSE_ONLY})
        if role == "police":
            # plain 'police' joined to another authority ('Customs and Police staff') is the country's police only where
            # agencies.csv lists one: British or U.S. 'police' are many local forces, no one body
            out.append({"name": "*joined-police*", "country": None, "role": "generic-joined-police", "aliases": [],
                        "national": {iso: n for iso, n in national.items() if n in names}, "compose_only": False})
    unknown = set(UNLISTED_ALIASES) - known
    if unknown:
        raise SystemExit(f"aliases for authorities neither listed nor named by the national tables: {sorted(unknown)}")
    return out


ACRONYM = re.compile(r"[A-Z]{5,}")
VOWELS = set("AEIOUY")


def _derived_forms(aliases: set[str]) -> set[str]:
    """Forms the press writes that the curated names imply:
    - an acronym read as a word is written with a capital only ('Senan', 'Ofast', 'Diicot', 'Udyco'), as Spanish,
      French and Italian style books ask for acronyms of five letters or more;
    - German genitives of offices and of 'Zoll' ('des Hauptzollamts', 'des Zollfahndungsamtes', 'des Zolls')."""
    out = set()
    for a in aliases:
        if ACRONYM.fullmatch(a) and sum(c in VOWELS for c in a) >= 2:
            out.add(a.title())
        if re.search(r"(?:amt|Zoll)$", a) and " " not in a:
            out |= {a + "s", a + "es"}
    return out


def _plurals(names: list[str]) -> set[str]:
    """Plural forms of the lower-case adjectives of nationality, as they follow a plural role word ('as alfândegas
    holandesas', 'las autoridades holandesas', 'i finanzieri olandesi', 'les douanes belges')."""
    out = set()
    for n in names:
        if not n.islower() or " " in n:
            continue
        if n.endswith(("ês", "és")):
            out.add(n[:-2] + "eses")
        elif n.endswith(("a", "o")):
            out.add(n + "s")
        elif n.endswith("ese"):
            out.add(n[:-1] + "i")
        elif n.endswith("e") and not n.endswith(("sche", "schen")):
            out.add(n + "s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder holding data/")
    args = ap.parse_args()
    data = ROOT / "nlp" / "data"
    ports = build_ports(Path(args.shared))
    with open(data / "ports.jsonl", "w", encoding="utf-8") as fh:
        for rec in ports:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(data / "agencies.jsonl", "w", encoding="utf-8") as fh:
        for rec in build_agencies(Path(args.shared)):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"name": "*ambiguous*", "country": None, "role": "ambiguous-acronyms",
                             "aliases": sorted(AMBIGUOUS_ACRONYMS)}, ensure_ascii=False) + "\n")
    with open(data / "countries.jsonl", "w", encoding="utf-8") as fh:
        for code, names in sorted(COUNTRIES.items()):
            fh.write(json.dumps({"code": code, "names": sorted(set(names) | _plurals(names))}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"code": "ZZ", "names": sorted(set(REGIONS))}, ensure_ascii=False) + "\n")
    drugs = json.loads((data / "drugs.json").read_text(encoding="utf-8"))
    assert all(isinstance(v, list) for k, v in drugs.items() if not k.startswith("_"))
    print(f"ports: {len(ports)}, agencies: {len(AGENCIES)}, countries: {len(COUNTRIES)}")


if __name__ == "__main__":
    main()
