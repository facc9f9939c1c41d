"""Values with their unit as written ("36.745", "tỷ đồng") turned into base units (3.6745e13 VND).

The lexicons are vnecon/data/units.csv (unit -> base unit, factor, dimension) and vnecon/data/unit_scales.csv
(nghìn, triệu, tỷ ...). A unit that is not in them gives None: no quantity is better than a wrong one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from ._data import read_rows
from ._text import ScalarRecord, canon
from .errors import Errors, NormalizeError

__all__ = ["Quantity", "derive_baseline", "normalize_quantity", "parse_value"]

# Dimensions whose values add up and scale, so a relative change implies a baseline value.
EXTENSIVE_DIMENSIONS = frozenset({
    "money", "mass", "freight", "passenger_transport", "container", "count", "area", "energy", "power",
    "volume", "price", "money_per_capita",
})


@dataclass(frozen=True)
class Quantity(ScalarRecord):
    """A value in base units.

    `scale` is the factor that took the value as written to base units (1e9 for "tỷ đồng", 0.1 for "tạ").
    `noun` is the counted noun for counts ("dự án"), so that counts of different things never compare equal.
    `derived` is True for a value computed from another one (a baseline implied by a change).

    >>> Quantity(1e9, "VND", "money", 1e9).to_dict()["unit"]
    'VND'
    """

    value: float
    unit: str
    dimension: str
    scale: float
    noun: str | None = None
    derived: bool = False



@dataclass(frozen=True)
class _UnitInfo:
    unit: str
    factor: Decimal
    dimension: str
    noun: str | None


def _unit_key(text: str) -> str:
    """Lookup form of a unit string: word keys, no spaces around "." and "/", "tấn km" = "tấn-km" = "tấn.km"."""
    s = canon(unicodedata.normalize("NFC", text).replace("\u00a0", " ")).strip()
    s = re.sub(r"\s*([./])\s*", r"\1", s)
    s = re.sub(r"\s*[-·×*]\s*(?=km\b)", ".", s)
    s = re.sub(r"\s+(?=km$)", ".", s)
    return re.sub(r"\s+", " ", s)


def _decimal(text: str, file: str, line: int) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise NormalizeError(Errors.N003.format(file=file, line=line, detail=f"factor {text!r}")) from exc


@cache
def _lexicon() -> tuple[dict[str, _UnitInfo], dict[str, tuple[str, str]], dict[str, Decimal]]:
    units: dict[str, _UnitInfo] = {}
    per: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(read_rows("units.csv"), start=2):
        k = _unit_key(row["surface"])
        info = _UnitInfo(row["unit"], _decimal(row["factor"], "units.csv", i), row["dimension"], row["noun"] or None)
        units[k] = info
        if row["per_id"]:
            per[k] = (row["per_id"], row["dimension"])
    scales = {_unit_key(r["surface"]): _decimal(r["factor"], "unit_scales.csv", i)
              for i, r in enumerate(read_rows("unit_scales.csv"), start=2)}
    return units, per, scales


def _strip_scales(k: str) -> tuple[Decimal, str]:
    """Leading scale words multiplied together, and the rest of the unit key."""
    _, _, scales = _lexicon()
    factor = Decimal(1)
    words = k.split(" ")
    glued = re.match(r"([^\W\d_]+\.)(?=[^\W\d_])", words[0])
    if len(words) == 1 and glued and glued.group(1) in scales:  # "tr.usd": a scale glued to its unit by a dot
        words = [glued.group(1), words[0][glued.end():]]
    while len(words) > 1 and words[0] in scales:
        factor *= scales[words.pop(0)]
    return factor, " ".join(words)


@lru_cache(maxsize=4096)
def _parse_unit(unit: str) -> tuple[str, Decimal, str, str | None] | None:
    """(base unit, factor, dimension, noun) for a unit as written, or None when it is not known."""
    units, per, _ = _lexicon()
    k = _unit_key(unit).strip(" ,;:()")
    if not k:
        return None
    if k in units:
        u = units[k]
        return u.unit, u.factor, u.dimension, u.noun
    head, *denominators = k.split("/")
    factor, rest = _strip_scales(head.strip())
    if rest not in units:
        return None
    u = units[rest]
    if not denominators:
        return u.unit, factor * u.factor, u.dimension, u.noun
    per_ids, per_dims = [], []
    for d in denominators:
        if d.strip() not in per:
            return None
        pid, pdim = per[d.strip()]
        per_ids.append(pid)
        per_dims.append(pdim)
    if u.dimension == "money":
        dimension = "money_per_capita" if per_ids[0] == "person" else "price"
    else:
        dimension = u.dimension + "_per_" + "_per_".join(per_dims)
    return "/".join([u.unit, *per_ids]), factor * u.factor, dimension, None


def parse_value(value: Any) -> float:
    """A fact value as a float: numbers pass through, strings are read the Vietnamese way.

    >>> parse_value(36745.0), parse_value("36.745"), parse_value("89.894,8"), parse_value("184,96")
    (36745.0, 36745.0, 89894.8, 184.96)
    """
    if isinstance(value, bool):
        raise NormalizeError(Errors.N001.format(value=value))
    if isinstance(value, (int, float)):
        if math.isfinite(value):
            return float(value)
        raise NormalizeError(Errors.N001.format(value=value))
    if isinstance(value, str):
        from vnecon.numbers import parse_number

        parsed = parse_number(value)
        if parsed is not None:
            return parsed
    raise NormalizeError(Errors.N001.format(value=value))


def _round(x: float) -> float:
    # 12 significant digits hide binary noise (89894.8 * 1e6 = 89894800000.00002) without losing any
    # digit a bulletin writes.
    return float(f"{x:.12g}")


def normalize_quantity(value: Any, unit: str | None) -> Quantity | None:
    """`value` in `unit` (as written in a bulletin) converted to base units; None for an unknown unit.

    Raises NormalizeError [N001] when `value` is not a number. A None value gives None.

    >>> normalize_quantity("36745", "tỷ đồng")
    Quantity(value=36745000000000.0, unit='VND', dimension='money', scale=1000000000.0, noun=None, derived=False)
    >>> normalize_quantity(89894.8, "triệu tấn.km").value
    89894800000.0
    >>> q = normalize_quantity(541.3, "nghìn cái"); (q.value, q.unit, q.noun)
    (541300.0, 'count', 'cái')
    >>> normalize_quantity(45, "nghìn đồng/kg").unit
    'VND/kg'
    >>> normalize_quantity(3, "sào") is None
    True
    """
    if value is None or unit is None:
        return None
    number = parse_value(value)
    parsed = _parse_unit(unit)
    if parsed is None:
        return None
    base, factor, dimension, noun = parsed
    base_value = _round(float(Decimal(repr(number)) * factor))
    return Quantity(base_value, base, dimension, float(factor), noun)


def _change_fields(change: Any) -> tuple[str | None, float | None, str | None]:
    if isinstance(change, Mapping):
        ctype, cvalue, cunit = change.get("type"), change.get("value"), change.get("unit")
    elif hasattr(change, "type") and hasattr(change, "value"):
        ctype, cvalue, cunit = change.type, change.value, getattr(change, "unit", None)
    else:
        raise NormalizeError(Errors.N007.format(value=change))
    return ctype, (None if cvalue is None else parse_value(cvalue)), cunit


def derive_baseline(value: Any, unit: str | None, change: Any) -> Quantity | None:
    """The baseline value a change implies, in base units, marked `derived`; None when it implies none.

    "36.745 tỷ đồng, bằng 184,96% so với cùng kỳ" implies 36745 / 184.96 * 100 = 19866.5 tỷ đồng last year;
    "tăng X%" implies value / (1 + X/100), "giảm X%" value / (1 - X/100), "tăng 500 tỷ đồng" value - 500 tỷ đồng,
    and "giảm 0,2 điểm phần trăm" on a rate of 2,3% a rate of 2,5%. Shares, contributions, "tăng X lần" (read
    both as x X and x (X+1) in bulletins) and relative changes of rates give None.

    >>> q = derive_baseline(36745, "tỷ đồng", {"type": "ratio", "value": 184.96, "unit": "%"})
    >>> round(q.value / 1e9, 1), q.unit, q.derived
    (19866.5, 'VND', True)
    >>> derive_baseline(1100, "tỷ đồng", {"type": "increase", "value": 10, "unit": "%"}).value
    1000000000000.0
    >>> derive_baseline(2.3, "%", {"type": "decrease", "value": 0.2, "unit": "điểm phần trăm"}).value
    2.5
    """
    q = normalize_quantity(value, unit)
    ctype, cvalue, cunit = _change_fields(change)
    if q is None or cvalue is None or ctype not in ("ratio", "increase", "decrease"):
        return None
    cq = normalize_quantity(cvalue, cunit) if cunit else None
    sign = 1.0 if ctype == "increase" else -1.0
    base: float | None = None
    if q.dimension in EXTENSIVE_DIMENSIONS:
        if cq is not None and cq.unit == "percent":
            if ctype == "ratio" and cvalue > 0:
                base = q.value / (cvalue / 100.0)
            elif ctype != "ratio" and 1.0 + sign * cvalue / 100.0 > 0:
                base = q.value / (1.0 + sign * cvalue / 100.0)
        elif cq is not None and cq.unit == "times" and ctype == "ratio" and cvalue > 0:
            base = q.value / cvalue
        elif (cq is not None and ctype != "ratio" and (cq.unit, cq.dimension, cq.noun) == (q.unit, q.dimension, q.noun)):
            base = q.value - sign * cq.value
    elif q.unit == "percent" and cq is not None and cq.unit == "percentage_point" and ctype != "ratio":
        base = q.value - sign * cq.value
    if base is None:
        return None
    return replace(q, value=_round(base), derived=True)
