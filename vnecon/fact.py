"""The fact types: frozen values that follow the fact contract key for key (see FACT_GUIDE)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    """One comparison: tăng / giảm / bằng / chiếm / đóng góp X, against a baseline."""

    type: str
    value: float
    unit: str | None = None
    baseline: str | None = None
    baseline_text: str | None = None
    value_max: float | None = None
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type, "value": self.value, "unit": self.unit,
            "baseline": self.baseline, "baseline_text": self.baseline_text,
        }
        if self.value_max is not None:
            out["value_max"] = self.value_max
        if self.span is not None:
            out["span"] = list(self.span)
        return out


@dataclass(frozen=True)
class Fact:
    """One statistical statement: a measured thing, in one place and period, with its number(s)."""

    indicator: str | None = None
    sector: str | None = None
    location: str | None = None
    period: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    estimated: bool = False
    changes: tuple[Change, ...] = ()
    value_max: float | None = None
    kind: str | None = None
    span: tuple[int, int] | None = None
    sentence: tuple[int, int] | None = None
    normalized: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's keys, then the optional ones that are set (value_max, kind, span, sentence, normalized)."""
        out: dict[str, Any] = {
            "indicator": self.indicator, "sector": self.sector, "location": self.location, "period": self.period,
            "value": self.value, "unit": self.unit, "qualifier": self.qualifier, "estimated": self.estimated,
            "changes": [c.to_dict() for c in self.changes],
        }
        if self.value_max is not None:
            out["value_max"] = self.value_max
        if self.kind is not None:
            out["kind"] = self.kind
        if self.span is not None:
            out["span"] = list(self.span)
        if self.sentence is not None:
            out["sentence"] = list(self.sentence)
        if self.normalized is not None:
            out["normalized"] = self.normalized
        return out


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Rebuild a Fact from `Fact.to_dict()` output (used to move facts between processes)."""
    changes = tuple(
        Change(type=c["type"], value=c["value"], unit=c.get("unit"), baseline=c.get("baseline"),
               baseline_text=c.get("baseline_text"), value_max=c.get("value_max"),
               span=tuple(c["span"]) if c.get("span") else None)
        for c in data.get("changes", [])
    )
    return Fact(
        indicator=data.get("indicator"), sector=data.get("sector"), location=data.get("location"),
        period=data.get("period"), value=data.get("value"), unit=data.get("unit"),
        qualifier=data.get("qualifier"), estimated=bool(data.get("estimated")), changes=changes,
        value_max=data.get("value_max"), kind=data.get("kind"),
        span=tuple(data["span"]) if data.get("span") else None,
        sentence=tuple(data["sentence"]) if data.get("sentence") else None,
        normalized=data.get("normalized"),
    )
