"""Indicator texts ("thu nội địa", "IIP", "tổng dư nợ cho vay") linked to the catalogue vnecon/data/indicators.csv.

The fact's unit helps twice: it rules out indicators of another dimension (a count is not "vốn FDI đăng ký"),
and a telling unit word points at one indicator when the text alone does not ("triệu TTQ" = port throughput).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from ._data import read_rows
from ._text import ScalarRecord, contains_seq, strip_prefixes, tokens
from .units import _parse_unit, _unit_key

__all__ = ["MIN_CONFIDENCE", "IndicatorLink", "indicator_catalogue", "link_indicator"]

MIN_CONFIDENCE = 0.65  # below this link_indicator returns None
_FUZZY_MIN = 0.75
_FUZZY_MARGIN = 0.05

_REQUIRES_RE = re.compile(r"^(?P<alias>.*?)\s*\[(?P<units>[^\]]+)\]\s*$")
_PAREN_RE = re.compile(r"\([^)]*\)")
# Words around an indicator that are not part of it: estimates and verbs the contract keeps out but bulletins
# put in, and the place that follows ("... trên địa bàn Hải Phòng").
_LEADING = tuple(tokens(p) for p in ("ước tính", "ước đạt", "ước", "dự kiến", "đạt", "trong đó", "riêng", "còn"))
_CUT_AT = tuple(tokens(p) for p in ("trên địa bàn", "của tỉnh", "toàn tỉnh", "của thành phố", "toàn thành phố",
                                    "so với", "của cả nước", "cả nước"))
# Dimensions that can stand for one another in a fact's unit.
_FAMILY = {"price": "money", "money_per_capita": "money"}


@dataclass(frozen=True)
class IndicatorLink(ScalarRecord):
    """A linked indicator of the catalogue.

    method: "exact" (the official name), "alias" (an alias, whole or inside the text), "fuzzy" (word overlap)
    or "unit" (the unit pointed at it and the text shares a word with it).

    >>> IndicatorLink("iip", "Chỉ số sản xuất công nghiệp", "Index of industrial production", "index", 1.0,
    ...               "alias").to_dict()["id"]
    'iip'
    """

    id: str
    name_vi: str
    name_en: str
    dimension: str | None
    confidence: float
    method: str



@dataclass(frozen=True)
class _Alias:
    toks: tuple[str, ...]
    id: str
    requires: frozenset[str] | None
    official: bool


class _Catalogue:
    def __init__(self) -> None:
        self.rows: dict[str, dict[str, str]] = {}
        self.aliases: list[_Alias] = []
        self.cues: dict[str, list[str]] = defaultdict(list)
        for r in read_rows("indicators.csv"):
            self.rows[r["id"]] = r
            official = _normalize(r["name_vi"])
            self.aliases.append(_Alias(official, r["id"], None, True))
            for raw in r["aliases"].split("|"):
                m = _REQUIRES_RE.match(raw)
                text, requires = (m["alias"], frozenset(_unit_key(u) for u in m["units"].split(";"))) if m else (raw, None)
                toks = _normalize(text)
                if toks and toks != official:
                    self.aliases.append(_Alias(toks, r["id"], requires, False))
            for cue in filter(None, r["unit_cues"].split("|")):
                self.cues[_unit_key(cue)].append(r["id"])
        self.exact: dict[tuple[str, ...], list[_Alias]] = defaultdict(list)
        self.by_first: dict[str, list[_Alias]] = defaultdict(list)
        for a in self.aliases:
            self.exact[a.toks].append(a)
            self.by_first[a.toks[0]].append(a)
        df: dict[str, int] = defaultdict(int)
        for a in self.aliases:
            for t in set(a.toks):
                df[t] += 1
        n = len(self.aliases)
        self.weight = {t: 1.0 + math.log(n / c) for t, c in df.items()}
        self.max_weight = 1.0 + math.log(n)
        # per alias: its words as a set and their summed weight; and per word, the aliases that have it
        self.token_sets: list[tuple[set[str], float]] = []
        self.by_token: dict[str, list[int]] = defaultdict(list)
        for k, a in enumerate(self.aliases):
            vs = set(a.toks)
            self.token_sets.append((vs, sum(self.w(t) for t in vs)))
            for t in vs:
                self.by_token[t].append(k)

    def w(self, t: str) -> float:
        return self.weight.get(t, self.max_weight)


@lru_cache(maxsize=16384)  # a subject phrase is looked up by the linker's features, then linked by the normalizer
def _normalize(text: str) -> tuple[str, ...]:
    """The word keys of an indicator text without asides, leading hedges ("ước đạt") and the place after it."""
    toks = strip_prefixes(tokens(_PAREN_RE.sub(" ", text)), _LEADING)
    for cut in _CUT_AT:
        pos = contains_seq(toks, cut)
        if pos > 0:
            toks = toks[:pos]
    return toks


@cache
def _catalogue() -> _Catalogue:
    return _Catalogue()


def indicator_catalogue() -> tuple[dict[str, str], ...]:
    """The rows of indicators.csv (id, name_vi, name_en, dimension, aliases, unit_cues, source).

    >>> any(r["id"] == "retail_sales" for r in indicator_catalogue())
    True
    """
    return read_rows("indicators.csv")


@lru_cache(maxsize=1024)
def _unit_tags(unit: str | None) -> tuple[frozenset[str], str | None, str]:
    """Base unit, counted noun and dimension of the fact's unit as tags, its dimension, and its lookup key."""
    if not unit:
        return frozenset(), None, ""
    parsed = _parse_unit(unit)
    k = _unit_key(unit)
    if parsed is None:
        return frozenset(), None, k
    base, _, dimension, noun = parsed
    return frozenset(_unit_key(t) for t in (base, noun, dimension) if t), dimension, k


@lru_cache(maxsize=1024)  # a few dimensions and units, asked for every alias a text shares a word with
def _compatible(indicator_dim: str, unit_dim: str | None) -> bool:
    if not indicator_dim or unit_dim is None or unit_dim in ("ratio", "index"):
        return True  # growth rates, shares and index levels are written in % for any indicator
    if indicator_dim in ("ratio", "index"):
        return False
    return _FAMILY.get(indicator_dim, indicator_dim) == _FAMILY.get(unit_dim, unit_dim)


def _usable(cat: _Catalogue, a: _Alias, tags: frozenset[str], unit_dim: str | None) -> bool:
    if a.requires is not None and not (a.requires & tags):
        return False
    return _compatible(cat.rows[a.id]["dimension"], unit_dim)


# a fuzzy score below _FUZZY_MIN - _FUZZY_MARGIN neither wins nor blocks the winner; this bound leaves room below it
_FUZZY_BOUND = _FUZZY_MIN - 2 * _FUZZY_MARGIN


def _link_for(cat: _Catalogue, text: str, tags: frozenset[str], unit_dim: str | None,
              unit_key: str) -> tuple[str, float, str] | None:
    q = _normalize(text)
    if not q:
        return None
    exact = {a.id: a for a in cat.exact.get(q, []) if _usable(cat, a, tags, unit_dim)}
    if len(exact) == 1:
        a = next(iter(exact.values()))
        return a.id, 1.0, "exact" if a.official else "alias"
    if len(exact) > 1:
        return None
    # The longest alias found inside the text ("thu nội địa" in "thu nội địa 8 tháng").
    inside = [a for i, t in enumerate(q) for a in cat.by_first.get(t, ())
              if len(a.toks) < len(q) and q[i:i + len(a.toks)] == a.toks and _usable(cat, a, tags, unit_dim)]
    if inside:
        longest = max(len(a.toks) for a in inside)
        ids = {a.id for a in inside if len(a.toks) == longest}
        if len(ids) == 1:
            return ids.pop(), 0.75 + 0.2 * longest / len(q), "alias"
        return None
    scores: dict[str, float] = {}
    qs = set(q)
    weight = {t: cat.w(t) for t in qs}  # looked up once per text, not once per alias that shares the word
    qw = sum(weight[t] for t in qs)
    # the aliases that share a word with the text, in catalogue order
    for k in sorted({k for t in qs for k in cat.by_token.get(t, ())}):
        vs, vw = cat.token_sets[k]
        # the shared words weigh at most the lighter side: an alias that cannot score _FUZZY_BOUND is skipped, as
        # it could neither win nor come close enough to the winner to matter (the weights are all positive)
        if 2 * min(qw, vw) < _FUZZY_BOUND * (qw + vw):
            continue
        a = cat.aliases[k]
        if not _usable(cat, a, tags, unit_dim):
            continue
        inter = sum(map(weight.__getitem__, qs & vs))
        score = 2 * inter / (qw + vw)
        scores[a.id] = max(scores.get(a.id, 0.0), score)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= _FUZZY_MIN and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= _FUZZY_MARGIN):
        return ranked[0][0], 0.9 * ranked[0][1], "fuzzy"
    # A unit that names one indicator ("TTQ"), if the text shares an informative word with that indicator.
    cued = {i for cue, ids in cat.cues.items() if cue and cue in unit_key.split(" ") for i in ids}
    if len(cued) == 1:
        cid = cued.pop()
        words = {t for a in cat.aliases if a.id == cid for t in a.toks if cat.w(t) > 2.5}
        if words & qs:
            return cid, 0.7, "unit"
    return None


@lru_cache(maxsize=8192)
def _link(indicator: str | None, sector: str | None, unit: str | None) -> IndicatorLink | None:
    cat = _catalogue()
    tags, unit_dim, unit_key = _unit_tags(unit)
    found = _link_for(cat, indicator, tags, unit_dim, unit_key) if indicator else None
    if (found is None or found[1] < MIN_CONFIDENCE) and sector and indicator:
        # "sản lượng" of "lúa" is "sản lượng lúa".
        found = _link_for(cat, f"{indicator} {sector}", tags, unit_dim, unit_key)
    if found is None or found[1] < MIN_CONFIDENCE:
        return None
    iid, confidence, method = found
    r = cat.rows[iid]
    return IndicatorLink(iid, r["name_vi"], r["name_en"], r["dimension"] or None, round(min(confidence, 1.0), 3),
                         method)


def link_indicator(indicator: str | None, *, sector: str | None = None, unit: str | None = None
                   ) -> IndicatorLink | None:
    """The catalogue indicator an indicator text names, or None when unsure.

    >>> link_indicator("Chỉ số sản xuất toàn ngành công nghiệp").id
    'iip'
    >>> link_indicator("khối lượng hàng hóa", unit="triệu tấn.km").id
    'freight_turnover'
    >>> link_indicator("sản lượng", sector="lúa", unit="nghìn tấn").id
    'rice_output'
    >>> link_indicator("doanh thu từ hoạt động hỗ trợ vận tải thông qua cảng biển", unit="triệu TTQ").id
    'port_throughput'
    """
    if not isinstance(indicator, str):
        indicator = None
    if not isinstance(sector, str):
        sector = None
    if not isinstance(unit, str):
        unit = None
    if not indicator:
        return None
    return _link(indicator, sector, unit)
