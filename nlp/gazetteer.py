"""The gazetteers shipped in nlp/data: ports, drugs, agencies and countries, loaded once.

Read through importlib.resources; rebuilt by scripts/build_gazetteers.py (see nlp/data/README.md).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Port:
    """One port: canonical English name, UN/LOCODE, ISO country, coordinates and a size rank."""

    key: str
    name: str
    locode: str | None
    country: str | None
    lat: float | None
    lon: float | None
    rank: int


@dataclass
class Gazetteer:
    """Every alias of every entity, by entity type."""

    ports: dict[str, Port] = field(default_factory=dict)
    port_aliases: dict[str, list[str]] = field(default_factory=dict)  # alias -> port keys, any mention
    port_aliases_ctx: dict[str, list[str]] = field(default_factory=dict)  # only after "port of", "puerto de"...
    port_small: set[str] = field(default_factory=set)  # context-only for their size alone: a port spoken of nearby will do
    ordinary: set[str] = field(default_factory=set)  # lower-case ordinary words of the seven languages (never a port alone)
    drugs: dict[str, str] = field(default_factory=dict)  # lower alias -> canonical
    generic_drugs: set[str] = field(default_factory=set)
    agencies: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # alias -> (name, country)
    generic: dict[str, str] = field(default_factory=dict)  # lower word -> role (customs, navy, coastguard, police...)
    national: dict[str, dict[str, str]] = field(default_factory=dict)  # role -> ISO -> agency
    compose_only: set[str] = field(default_factory=set)  # roles credited only with a country beside them ("Swiss police")
    ambiguous: set[str] = field(default_factory=set)  # acronyms that need their agency's country named too (AFP)
    agency_roles: dict[str, str] = field(default_factory=dict)  # agency -> role
    agency_countries: dict[str, str | None] = field(default_factory=dict)  # agency -> ISO country
    countries: dict[str, str] = field(default_factory=dict)  # alias -> ISO code


def _lines(name: str) -> list[dict[str, Any]]:
    text = resources.files("nlp").joinpath("data", name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("nlp").joinpath("data", name).read_text(encoding="utf-8"))
    return data


# Port names that are also ordinary capitalised words at the start of a sentence or in headlines.
COMMON_WORDS = {
    "Mobile", "Bar", "Eden", "Union", "Victoria", "Ocean", "Orange", "Prince", "Fish", "Progreso", "Esperanza", "Libertad",
    "Porto", "Port", "Santa", "Sale", "Sala", "Marina", "Colonia", "Providence", "Concord", "Independence", "Nice", "Bath",
    "Reading", "March", "May", "Bay", "Harbor", "Harbour", "Island", "Point", "Cape", "Beach", "Camp", "Fort", "Bridge",
    "Customs", "Police", "North", "South", "East", "West", "Central", "Grand", "Royal", "Coast", "Seal", "Salt", "Sand",
    "Paradise", "Hope", "Brest", "Lima", "Luz", "Mar", "Costa", "Rio", "Cabo", "Isla", "Ilha", "Vila", "Villa", "Puerto",
    "Punta", "Ponta", "Ciudad", "Cidade", "Nueva", "Nova", "Nuevo", "Novo", "Dos", "Tres", "Cinco", "Los", "Las", "San",
    "Saint", "Sankt", "Santo", "Gran", "Bahia", "Baia", "Bahía", "Canal", "Haven", "Hafen", "Le", "La", "El", "Il",
    "Lo", "Dans", "Les", "Des", "Een", "Het", "Die", "Der", "Das", "Den", "Van", "Von", "Uit", "Aan", "Bij", "Voor", "Zee",
    "Sea", "Mer", "Rade", "Anchorage", "Terminal", "Oil", "Gas", "Marine", "Navy", "Armada", "Marinha", "Guardia", "Polizia",
    "Douane", "Zoll", "Aduana", "Alfandega", "Dogana", "Leixos", "Ancona", "Gent", "Mina", "Cocaine", "Coca", "Kokain",
    "Tanger", "America", "Europe", "Africa", "Asia", "Santos Dumont", "Portugal", "Spain", "France", "Italy", "Germany",
    "Belgium", "Netherlands", "Brazil", "Colombia", "Ecuador", "Panama", "Mexico", "Peru", "Chile", "Argentina",
    "Singapore", "Malta", "Gibraltar", "Monaco", "Hong Kong", "Macau", "Kuwait", "Bahrain", "Qatar", "Djibouti",
    "Guatemala", "Jamaica", "Cuba", "Haiti", "Guyana", "Suriname", "Belize", "Cyprus", "Lebanon", "Ireland",
    "Cork", "Split", "Bonny", "Alexandria", "Rota", "Vigo", "Rosario", "Salvador", "Natal", "Belem", "Belém",
    # weekdays and months ("Friday Harbor" is cleaned to "Friday")
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "April", "June",
    "July", "August", "September", "October", "November", "December",
}


def _stop_words(lang: str) -> set[str]:
    """spaCy's stop words for `lang`, read from spacy/lang/<lang>/stop_words.py without importing the
    language package: importing spacy.lang.fr compiles its tokenizer exceptions (~2 s), which a process
    that never meets a French article should not pay."""
    name = f"spacy.lang.{lang}.stop_words"
    if name in sys.modules:
        return set(sys.modules[name].STOP_WORDS)
    spec = importlib.util.find_spec("spacy.lang")
    assert spec is not None and spec.submodule_search_locations
    path = Path(list(spec.submodule_search_locations)[0]) / lang / "stop_words.py"
    module_spec = importlib.util.spec_from_file_location(f"_portwatch_stop_words_{lang}", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def _ordinary_words() -> set[str]:
    """Words of the seven languages that must never be read as a port name (stop words, countries,
    agencies, drugs): 'Dutch' is also Dutch Harbor, 'Home' a port in Alaska."""
    words = {w.lower() for w in COMMON_WORDS}
    for lang in ("en", "es", "pt", "nl", "fr", "it", "de"):
        words |= {w.lower() for w in _stop_words(lang)}
    for rec in _lines("countries.jsonl"):
        words |= {n.lower() for n in rec["names"]}
    for rec in _lines("agencies.jsonl"):
        words |= {a.lower() for a in rec["aliases"]}
    words |= {w.lower() for k, v in _json("drugs.json").items() if not k.startswith("_") for w in v}
    words |= {w.lower() for w in _json("generic_drugs.json")["words"]}
    words |= {"navy", "marine", "armada", "marinha", "marina"}
    return words


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Load every gazetteer file once per process."""
    gz = Gazetteer()
    ordinary = _ordinary_words()
    gz.ordinary = ordinary
    for i, rec in enumerate(_lines("ports.jsonl")):
        key = rec.get("locode") or f"P{i}"
        port = Port(key, rec["name"], rec.get("locode"), rec.get("country"), rec.get("lat"), rec.get("lon"),
                    int(rec.get("rank") or 0))
        gz.ports[key] = port
        for alias in rec["aliases"]:
            if len(alias) < 3:
                continue
            # small ports and names that are also ordinary words count only in a port context
            ordinary_word = alias in COMMON_WORDS or alias.lower() in ordinary
            if port.rank >= 9 and not ordinary_word or port.rank >= 3 and not ordinary_word and alias[0].isupper():
                gz.port_aliases.setdefault(alias, []).append(key)
            else:
                gz.port_aliases_ctx.setdefault(alias, []).append(key)
                if not ordinary_word and alias[0].isupper():
                    gz.port_small.add(alias)
    for canonical, words in _json("drugs.json").items():
        if canonical.startswith("_"):
            continue
        for w in words:
            gz.drugs[w.lower()] = canonical
    gz.generic_drugs = {w.lower() for w in _json("generic_drugs.json")["words"]}
    for rec in _lines("agencies.jsonl"):
        if rec["role"] == "ambiguous-acronyms":
            gz.ambiguous = set(rec["aliases"])
            continue
        if rec["role"].startswith("generic-"):
            role = rec["role"].removeprefix("generic-")
            gz.generic.update({a.lower(): role for a in rec["aliases"]})
            gz.national[role] = dict(rec["national"])
            if rec.get("compose_only"):
                gz.compose_only.add(role)
            continue
        gz.agency_roles[rec["name"]] = rec["role"]
        gz.agency_countries[rec["name"]] = rec.get("country")
        for alias in rec["aliases"]:
            gz.agencies[alias] = (rec["name"], rec.get("country"))
    for rec in _lines("countries.jsonl"):
        for name in rec["names"]:
            gz.countries[name] = rec["code"]
    return gz
