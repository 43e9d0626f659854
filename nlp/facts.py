"""SeizureFact: the fields of the seizure-fact contract, plus the evidence they came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CONTRACT_FIELDS = ("drug", "quantity_kg", "quantity_text", "units", "port", "locode", "country", "date",
                   "agencies", "kind", "primary", "concealment", "origin_country")


@dataclass
class SeizureFact:
    """One reported seizure (event) or seizure total (aggregate)."""

    drug: str
    quantity_kg: float | None
    quantity_text: str
    units: int | None
    port: str | None = None
    locode: str | None = None
    country: str | None = None
    date: str | None = None
    agencies: list[str] = field(default_factory=list)
    kind: str = "event"
    primary: bool = True
    concealment: str | None = None
    origin_country: str | None = None
    evidence: str = ""
    start_char: int = 0
    end_char: int = 0
    latitude: float | None = None
    longitude: float | None = None

    def as_dict(self) -> dict[str, Any]:
        """The fact as a JSON-ready dict: contract fields first, then evidence and coordinates."""
        return asdict(self)
