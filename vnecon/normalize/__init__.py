"""Make facts comparable: base units, dates, GSO place codes, VSIC codes and indicator ids for extracted facts.

`normalize_fact` returns the `normalized` object of a fact (FACT_GUIDE.md keys in, JSON-ready dict out);
`flat_columns` flattens it for a table. The linking functions can be used on their own. Data files are read on
first use, so importing this package is cheap.

>>> fact = {"indicator": "thu nội địa", "sector": None, "location": "Hải Phòng",
...         "period": "8 tháng đầu năm 2024", "value": 36745.0, "unit": "tỷ đồng", "qualifier": "over",
...         "estimated": False, "changes": [{"type": "ratio", "value": 184.96, "unit": "%",
...         "baseline": "same_period_previous_year", "baseline_text": "so với cùng kỳ"}]}
>>> n = normalize_fact(fact)
>>> n["quantity"]["value"], n["indicator"]["id"], n["location"]["code"], n["period"]["end"]
(36745000000000.0, 'domestic_revenue', '31', '2024-08-31')
>>> round(n["changes"][0]["baseline_quantity"]["value"] / 1e9, 1)
19866.5
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .errors import Errors, NormalizeError
from .indicators import IndicatorLink, link_indicator
from .periods import Period, infer_document_year, parse_period
from .places import Place, link_place
from .sectors import SectorLink, link_sector
from .units import Quantity, derive_baseline, normalize_quantity

__all__ = [
    "IndicatorLink",
    "NormalizeError",
    "Period",
    "Place",
    "Quantity",
    "SectorLink",
    "derive_baseline",
    "flat_columns",
    "infer_document_year",
    "link_indicator",
    "link_place",
    "link_sector",
    "normalize_fact",
    "normalize_quantity",
    "parse_period",
]


def _as_dict(obj: Any) -> dict[str, Any] | None:
    return None if obj is None else obj.to_dict()


def _reference(reference_period: Any, default_year: int | None) -> Period | None:
    if reference_period is None or isinstance(reference_period, Period):
        return reference_period
    if isinstance(reference_period, str):
        return parse_period(reference_period, default_year=default_year)
    raise NormalizeError(Errors.N005.format(name="reference_period", expected="a Period or a period text",
                                            type=type(reference_period).__name__))


def _change(change: Any, value: Any, unit: str | None, period: Period | None) -> dict[str, Any]:
    if not isinstance(change, Mapping):
        change = change.to_dict() if hasattr(change, "to_dict") else change
    if not isinstance(change, Mapping) or "type" not in change or "value" not in change:
        raise NormalizeError(Errors.N007.format(value=change))
    cq = normalize_quantity(change["value"], change.get("unit")) if change.get("unit") else None
    absolute = cq is not None and cq.dimension not in ("ratio", "index")
    baseline_period = None
    if change.get("baseline") == "same_period_previous_year" and period is not None:
        baseline_period = parse_period("cùng kỳ năm trước", reference_period=period)
    return {
        "type": change["type"],
        "value": change["value"],
        "unit": change.get("unit"),
        "baseline": change.get("baseline"),
        "quantity": cq.to_dict() if absolute else None,
        "baseline_quantity": _as_dict(derive_baseline(value, unit, change)) if value is not None else None,
        "baseline_period": _as_dict(baseline_period),
    }


def normalize_fact(fact: Mapping[str, Any], *, default_year: int | None = None,
                   reference_period: Period | str | None = None, document_date: date | None = None
                   ) -> dict[str, Any]:
    """The `normalized` object of one fact: every part linked or converted, null where unknown.

    `default_year` fills a period with no year (marked `year_inferred`); `reference_period` is the document's
    period (a Period or a text), for "cùng kỳ năm 2023"; `document_date` the date of the document, for
    "từ đầu năm đến nay". Raises NormalizeError for a value that is not a number ([N001]) or a fact that is not
    a dict ([N004]).

    >>> n = normalize_fact({"indicator": "khối lượng hàng hóa luân chuyển", "location": "Hải Phòng",
    ...                     "period": "8 tháng", "value": 89894.8, "unit": "triệu tấn.km", "changes": []},
    ...                    default_year=2024)
    >>> n["quantity"]["unit"], n["indicator"]["id"], n["period"]["year_inferred"]
    ('tonne_km', 'freight_turnover', True)
    """
    if not isinstance(fact, Mapping):
        if hasattr(fact, "to_dict"):
            fact = fact.to_dict()
        else:
            raise NormalizeError(Errors.N004.format(type=type(fact).__name__))
    if document_date is not None and not isinstance(document_date, date):
        raise NormalizeError(Errors.N005.format(name="document_date", expected="a datetime.date",
                                                type=type(document_date).__name__))
    ref = _reference(reference_period, default_year)
    period = parse_period(fact.get("period"), default_year=default_year, reference_period=ref,
                          reference_date=document_date)
    value, unit = fact.get("value"), fact.get("unit")
    place = link_place(fact.get("location"), on=period.end if period else None,
                       year=None if period else default_year)
    return {
        "indicator": _as_dict(link_indicator(fact.get("indicator"), sector=fact.get("sector"), unit=unit)),
        "sector": _as_dict(link_sector(fact.get("sector"))),
        "quantity": _as_dict(normalize_quantity(value, unit)),
        "value_max": _as_dict(normalize_quantity(fact.get("value_max"), unit)),
        "changes": [_change(c, value, unit, period) for c in fact.get("changes") or ()],
        "period": _as_dict(period),
        "location": _as_dict(place),
    }


_FLAT_KEYS = (
    "norm_value", "norm_unit", "norm_noun", "dimension", "scale", "norm_value_max",
    "indicator_id", "indicator_name_en", "indicator_confidence", "indicator_method",
    "sector_scheme", "sector_code", "sector_name", "sector_confidence", "sector_method",
    "vsic_code", "vsic_level", "vsic_name", "ownership", "market",
    "period_start", "period_end", "period_granularity", "period_year_inferred",
    "place_code", "place_name", "place_kind", "place_era", "place_code_2025", "place_name_2025",
    "n_changes", "change_type", "change_value", "change_unit", "change_baseline", "change_norm_value",
    "baseline_value", "baseline_unit", "baseline_change_type",
)


def flat_columns(normalized: Mapping[str, Any]) -> dict[str, Any]:
    """One flat row of scalars (None where unknown) for CSV or DataFrame output; the keys never vary.

    The change columns describe the first change; baseline_* the first change that implies a baseline.

    >>> row = flat_columns(normalize_fact({"sector": "sản xuất xe có động cơ", "value": 2.2,
    ...                                    "unit": "triệu cái", "changes": []}))
    >>> row["norm_value"], row["norm_noun"], row["vsic_code"], row["place_code"]
    (2200000.0, 'cái', '2910', None)
    """
    row: dict[str, Any] = dict.fromkeys(_FLAT_KEYS)
    q = normalized.get("quantity")
    if q:
        row.update(norm_value=q["value"], norm_unit=q["unit"], norm_noun=q["noun"], dimension=q["dimension"],
                   scale=q["scale"])
    if normalized.get("value_max"):
        row["norm_value_max"] = normalized["value_max"]["value"]
    ind = normalized.get("indicator")
    if ind:
        row.update(indicator_id=ind["id"], indicator_name_en=ind["name_en"], indicator_confidence=ind["confidence"],
                   indicator_method=ind["method"])
    sec = normalized.get("sector")
    if sec:
        row.update(sector_scheme=sec["scheme"], sector_code=sec["code"], sector_name=sec["name"],
                   sector_confidence=sec["confidence"], sector_method=sec["method"])
        if sec["scheme"] == "VSIC2018":
            row.update(vsic_code=sec["code"], vsic_level=sec["level"], vsic_name=sec["name"])
        elif sec["scheme"] == "ownership":
            row["ownership"] = sec["code"]
        elif sec["scheme"] == "market":
            row["market"] = sec["code"]
    per = normalized.get("period")
    if per:
        row.update(period_start=per["start"], period_end=per["end"], period_granularity=per["granularity"],
                   period_year_inferred=per["year_inferred"])
    loc = normalized.get("location")
    if loc:
        row.update(place_code=loc["code"], place_name=loc["name"], place_kind=loc["kind"], place_era=loc["era"],
                   place_code_2025=loc["code_2025"], place_name_2025=loc["name_2025"])
    changes = normalized.get("changes") or []
    row["n_changes"] = len(changes)
    if changes:
        c = changes[0]
        row.update(change_type=c["type"], change_value=c["value"], change_unit=c["unit"],
                   change_baseline=c["baseline"],
                   change_norm_value=c["quantity"]["value"] if c.get("quantity") else None)
    for c in changes:
        if c.get("baseline_quantity"):
            row.update(baseline_value=c["baseline_quantity"]["value"], baseline_unit=c["baseline_quantity"]["unit"],
                       baseline_change_type=c["type"])
            break
    return row
