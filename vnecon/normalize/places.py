"""Place names as written ("TP.HCM", "trên địa bàn tỉnh Hải Dương", "thị trường Mỹ") linked to GSO codes.

Provinces come from vnecon/data/provinces_63.csv (before the 1 July 2025 merger) and provinces_34_2025.csv (after
it); countries and markets from markets.csv; other names from place_aliases.csv.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from ._data import read_rows
from ._text import ScalarRecord, key, strip_prefixes, tokens
from .errors import Errors, NormalizeError

__all__ = ["MERGER_DATE", "Place", "link_place"]

MERGER_DATE = date(2025, 7, 1)  # NQ 202/2025/QH15: 63 provinces became 34

# Words that introduce a place name rather than belong to it. "thành phố" and "tỉnh" are part of the official
# full names, which are also indexed, so stripping them loses nothing.
_PREFIXES = tuple(tokens(p) for p in (
    "trên địa bàn", "địa bàn", "trên toàn", "toàn", "tại", "ở", "của", "thuộc",
    "tỉnh", "thành phố", "tp", "thủ đô", "thị trường", "các thị trường", "sang", "từ", "nước", "quốc gia",
))
# "toàn" also starts "toàn quốc"; the whole text is looked up before any prefix is stripped.


@dataclass(frozen=True)
class Place(ScalarRecord):
    """A linked place.

    For a province: `code` is the GSO code in the list of its era ("63" before the 1 July 2025 merger, "34"
    after it), `code_2025`/`name_2025` the unit it belongs to after the merger. For the country and foreign
    markets (`kind` "country" / "market") `code` is ISO-like and `era` is None.

    >>> Place("30", "Hải Dương", "Tỉnh Hải Dương", "province", "31", "Hải Phòng", "63").to_dict()["code_2025"]
    '31'
    """

    code: str
    name: str
    full_name: str
    kind: str
    code_2025: str | None
    name_2025: str | None
    era: str | None



@cache
def _index() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place], dict[str, Place]]:
    """Lookups by name key: provinces of 1963-2025 list, of the 2025 list, markets, and the 63-list by code."""
    p63: dict[str, Place] = {}
    by_code63: dict[str, Place] = {}
    for r in read_rows("provinces_63.csv"):
        place = Place(r["code"], r["name"], r["full_name"], "province", r["merged_into_code_2025"],
                      r["merged_into_name_2025"], "63")
        by_code63[r["code"]] = place
        for name in (r["name"], r["full_name"]):
            p63[key(name)] = place
    p34: dict[str, Place] = {}
    by_code34: dict[str, Place] = {}
    for r in read_rows("provinces_34_2025.csv"):
        place = Place(r["code"], r["name"], r["full_name_2025"], "province", r["code"], r["name"], "34")
        by_code34[r["code"]] = place
        for name in (r["name"], r["full_name_2025"], r["full_name_latest"]):
            p34[key(name)] = place
    markets: dict[str, Place] = {}
    by_market: dict[str, Place] = {}
    for r in read_rows("markets.csv"):
        place = Place(r["code"], r["name"], r["name"], r["kind"], None, None, None)
        by_market[r["code"]] = place
        markets[key(r["name"])] = place
    for i, r in enumerate(read_rows("place_aliases.csv"), start=2):
        k = key(r["alias"])
        if r["kind"] == "province" and r["code"] in by_code63:
            old = by_code63[r["code"]]
            p63[k] = old
            new = by_code34.get(old.code_2025 or "")
            # An old name of a unit that still exists under the same code also names the 2025 unit.
            if new is not None and new.code == old.code and new.name == old.name:
                p34.setdefault(k, new)
        elif r["kind"] in ("country", "market") and r["code"] in by_market:
            markets[k] = by_market[r["code"]]
        else:
            raise NormalizeError(Errors.N003.format(file="place_aliases.csv", line=i,
                                                    detail=f"unknown {r['kind']} code {r['code']!r}"))
    return p63, p34, markets, by_code63


def _post_merger(year: int | None, on: date | None) -> bool | None:
    if on is not None:
        return on >= MERGER_DATE
    if year is not None:
        # A whole year only counts as after the merger from 2026: 2025 reports mostly cover the old provinces.
        return year >= 2026
    return None


@lru_cache(maxsize=8192)
def _link(text: str, post: bool | None) -> Place | None:
    p63, p34, markets, _ = _index()
    toks = tokens(text)
    if not toks:
        return None
    candidates = [toks]
    stripped = strip_prefixes(toks, _PREFIXES)
    if stripped != toks:
        candidates.append(stripped)
    for cand in candidates:
        k = " ".join(cand)
        if k in markets:
            return markets[k]
        old, new = p63.get(k), p34.get(k)
        if old is None and new is None:
            continue
        if post:
            return new or old  # a name that no longer exists after the merger still means the old province
        return old or new
    return None


def link_place(text: str | None, *, year: int | None = None, on: date | None = None) -> Place | None:
    """The province, country or market a place text names, or None.

    `year` (or, more precisely, `on`: the last day the figure covers) picks the province list: before the
    1 July 2025 merger the 63-list, after it the 34-list. A name that exists in one list only resolves there.

    >>> link_place("TP.HCM").code, link_place("trên địa bàn tỉnh Hoà Bình").name
    ('79', 'Hoà Bình')
    >>> p = link_place("Hải Dương", year=2024); (p.code, p.code_2025, p.name_2025, p.era)
    ('30', '31', 'Hải Phòng', '63')
    >>> link_place("Lào Cai", year=2026).code, link_place("Lào Cai", year=2024).code
    ('15', '10')
    >>> link_place("cả nước").kind, link_place("thị trường Mỹ").code
    ('country', 'US')
    """
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise NormalizeError(Errors.N006.format(name="year", value=year))
    if on is not None and not isinstance(on, date):
        raise NormalizeError(Errors.N005.format(name="on", expected="a datetime.date", type=type(on).__name__))
    if not text or not isinstance(text, str):
        return None
    return _link(text, _post_merger(year, on))
