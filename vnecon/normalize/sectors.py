"""Sector, product and ownership texts ("ngành CN chế biến, chế tạo", "tủ lạnh", "khu vực FDI") linked to codes.

Industries link to VSIC 2018 (vnecon/data/vsic2018.csv), products to the VSIC class of the GSO census product
list (vcpa_census_products_gso.csv), ownership groups and VSIC aggregates to sector_groups.csv, and markets to
markets.csv. Short forms are in sector_aliases.csv. A link below MIN_CONFIDENCE is not returned.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from ._data import read_rows
from ._text import ScalarRecord, contains_seq, strip_prefixes, tokens
from .errors import Errors, NormalizeError
from .places import link_place

__all__ = ["MIN_CONFIDENCE", "SectorLink", "link_sector"]

# Below this a link is a guess: link_sector returns None instead. Exact names score 1.0, aliases 0.9-0.95,
# products 0.7-0.75 (a product's class is one step from the text), fuzzy links 0.9 x their similarity.
MIN_CONFIDENCE = 0.65
# A fuzzy link needs this weighted word overlap with an official name ("thiết bị điện tử" scores 0.81 with
# "Sản xuất thiết bị điện" and must not link).
_FUZZY_MIN = 0.84
_FUZZY_MARGIN = 0.04  # the runner-up with a different name must be at least this much behind
# a fuzzy score below _FUZZY_MIN - _FUZZY_MARGIN neither wins nor blocks the winner; this bound leaves room below it
_FUZZY_BOUND = _FUZZY_MIN - 2 * _FUZZY_MARGIN

# Words that introduce a sector name in running text and are never its distinctive part. Stripped from the
# start of both the query and the official names, so "ngành công nghiệp chế biến, chế tạo", "CN chế biến,
# chế tạo" and "CÔNG NGHIỆP CHẾ BIẾN, CHẾ TẠO" meet at "chế biến chế tạo".
_LEADING = tuple(tokens(p) for p in (
    "các", "những", "một số", "nhóm ngành", "ngành", "nhóm", "lĩnh vực", "khu vực", "khối", "mặt hàng",
    "nhóm hàng", "hàng", "sản phẩm", "công nghiệp", "hoạt động", "sản xuất",
))
_TRAILING = tuple(tokens(p) for p in ("sản xuất", "các loại", "chủ yếu"))
_MARKET_PREFIX = tokens("thị trường")
_PAREN_RE = re.compile(r"\([^)]*\)")
_SEGMENT_RE = re.compile(r"[,;:]")
_OTHER = tokens("khác")
_ELLIPSIS_RE = re.compile(r"(\.\.\.|…|v\.v\.?)\s*[;,.]*\s*$")
# Among codes with the same name (a parent with a single child repeats the child's name), a section is the
# level bulletins mean for B-E, and below it the 4-digit class is the most specific code with its own scope.
_LEVEL_PREFERENCE = {1: 0, 4: 1, 2: 2, 3: 3, 5: 4, 0: 5}


@dataclass(frozen=True)
class SectorLink(ScalarRecord):
    """A linked sector.

    scheme: "VSIC2018" (code of vsic2018.csv, or an aggregate "B-E" / "B-F" / "G-U" at level 0), "ownership"
    ("state", "non_state", "fdi", ...) or "market" (code of markets.csv). level is the VSIC level (None otherwise).
    method: "exact" (an official name), "alias" (sector_aliases.csv), "fuzzy" (word overlap with an official
    name) or "product" (a product of the census product list, linked to its VSIC class).

    >>> SectorLink("VSIC2018", "C", 1, "CÔNG NGHIỆP CHẾ BIẾN, CHẾ TẠO", 1.0, "exact").to_dict()["code"]
    'C'
    """

    scheme: str
    code: str
    level: int | None
    name: str
    confidence: float
    method: str



@dataclass(frozen=True)
class _Entry:
    code: str
    level: int
    name: str


class _Index:
    """Everything link_sector looks things up in, built once."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}
        for r in read_rows("vsic2018.csv"):
            self.entries[r["code"]] = _Entry(r["code"], int(r["level"]), r["name_vi"])
        self.groups: dict[tuple[str, str], _Entry] = {}
        for r in read_rows("sector_groups.csv"):
            entry = _Entry(r["code"], int(r["level"]) if r["level"] else -1, r["name"])
            self.groups[(r["scheme"], r["code"])] = entry
            if r["scheme"] == "VSIC2018":
                self.entries[r["code"]] = entry
        self.abbreviations: dict[str, tuple[str, ...]] = {}
        self.exact_aliases: dict[tuple[str, ...], tuple[str, str]] = {}
        self.contains_aliases: list[tuple[tuple[str, ...], str, str]] = []
        rows = read_rows("sector_aliases.csv")
        for r in rows:
            if r["match"] == "abbreviation":
                self.abbreviations[tokens(r["alias"])[0]] = tokens(r["code"])
        for i, r in enumerate(rows, start=2):
            if r["match"] == "abbreviation":
                continue
            if (r["scheme"], r["code"]) not in self.groups and not (
                    r["scheme"] == "VSIC2018" and r["code"] in self.entries):
                raise NormalizeError(Errors.N003.format(file="sector_aliases.csv", line=i,
                                                        detail=f"unknown code {r['scheme']}:{r['code']}"))
            if r["match"] == "exact":
                self.exact_aliases[self.normalize(r["alias"])] = (r["scheme"], r["code"])
            elif r["match"] == "contains":
                self.contains_aliases.append((self.expand(tokens(r["alias"])), r["scheme"], r["code"]))
            else:
                raise NormalizeError(Errors.N003.format(file="sector_aliases.csv", line=i,
                                                        detail=f"unknown match {r['match']!r}"))
        # Official names: the whole name and the name without its parenthesised exclusions ("(trừ ...)").
        self.name_index: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self.variants: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for code, e in self.entries.items():
            for text in {e.name, _PAREN_RE.sub(" ", e.name)}:
                for v in {tokens(text), self.normalize(text)}:
                    if v and v not in self.variants[code]:
                        self.variants[code].append(v)
                        self.name_index[v].append(code)
        df: Counter[str] = Counter()
        for vs in self.variants.values():
            df.update({t for v in vs for t in v})
        n = len(self.variants)
        self.weight = {t: 1.0 + math.log(n / c) for t, c in df.items()}
        self.max_weight = 1.0 + math.log(n)
        # Per name variant: its word set, total weight and word pairs, computed once for _similarity.
        self.stats: dict[tuple[str, ...], tuple[frozenset[str], float, frozenset[tuple[str, str]]]] = {
            v: (frozenset(v), sum(self.w(t) for t in set(v)), frozenset(pairwise(v))) for v in self.name_index}
        # per code, the lightest and the heaviest total weight of its name variants (for _fuzzy's bound)
        self.weight_range: dict[str, tuple[float, float]] = {
            code: (min(self.stats[v][1] for v in vs), max(self.stats[v][1] for v in vs))
            for code, vs in self.variants.items() if vs}
        self.by_token: dict[str, set[str]] = defaultdict(set)
        for code, vs in self.variants.items():
            for v in vs:
                for t in v:
                    self.by_token[t].add(code)
        # Products: the comma-separated parts of each product name (without parentheses), in order, with the
        # VSIC class of the product (first four digits of its level-5 code). A product text must start a part:
        # inside a part a phrase is often a property ("đường kính" of a bicycle wheel is its diameter).
        self.products: list[tuple[tuple[tuple[str, ...], ...], str]] = []
        self.product_by_token: dict[str, list[int]] = defaultdict(list)
        for r in read_rows("vcpa_census_products_gso.csv"):
            parts = tuple(p for p in (tokens(seg) for seg in _SEGMENT_RE.split(_PAREN_RE.sub(" ", r["name_vi"]))) if p)
            cls = r["vsic5"][:4]
            if not parts or cls not in self.entries:
                continue
            for t in {t for p in parts for t in p}:
                self.product_by_token[t].append(len(self.products))
            self.products.append((parts, cls))

    def expand(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for t in toks:
            out.extend(self.abbreviations.get(t, (t,)))
        return tuple(out)

    def normalize(self, text: str) -> tuple[str, ...]:
        toks = strip_prefixes(self.expand(tokens(text)), _LEADING)
        changed = True
        while changed:
            changed = False
            for p in _TRAILING:
                if len(toks) > len(p) and toks[-len(p):] == p:
                    toks = toks[:-len(p)]
                    changed = True
        return toks

    def w(self, t: str) -> float:
        return self.weight.get(t, self.max_weight)


@cache
def _index() -> _Index:
    return _Index()


def _best_level(idx: _Index, codes: list[str] | set[str]) -> str:
    return min(codes, key=lambda c: (_LEVEL_PREFERENCE.get(idx.entries[c].level, 9), c))


def _vsic(idx: _Index, code: str, confidence: float, method: str) -> SectorLink:
    e = idx.entries[code]
    return SectorLink("VSIC2018", code, e.level, e.name, round(confidence, 3), method)


def _group(idx: _Index, scheme: str, code: str, confidence: float, method: str) -> SectorLink:
    if scheme == "VSIC2018":
        return _vsic(idx, code, confidence, method)
    e = idx.groups[(scheme, code)]
    return SectorLink(scheme, code, None, e.name, round(confidence, 3), method)


def _similarity(idx: _Index, q: tuple[str, ...], v: tuple[str, ...], query=None) -> float:
    """Weighted word overlap (Dice) with a small share for shared word pairs, so order counts a little.

    `query` is `_query(idx, q)`, when the caller compares `q` with many names."""
    qs, qb, qw, weight = query or _query(idx, q)
    vs, vw, vb = idx.stats[v]
    uni = 2 * sum(map(weight.__getitem__, qs & vs)) / (qw + vw)
    bi = 2 * len(qb & vb) / (len(qb) + len(vb)) if qb and vb else uni
    return 0.85 * uni + 0.15 * bi


def _query(idx: _Index, q: tuple[str, ...]) -> tuple[set[str], set[tuple[str, str]], float, dict[str, float]]:
    """The words, word pairs and summed weight of a query, and each word's weight (looked up once per query, not
    once per name it is compared with)."""
    qs = set(q)
    weight = {t: idx.w(t) for t in qs}
    return qs, set(pairwise(q)), sum(weight[t] for t in qs), weight


def _fuzzy(idx: _Index, q: tuple[str, ...]) -> tuple[str, float] | None:
    # Candidates share at least one informative word with the query (not "sản", "xuất", "và" ...).
    informative = sorted(set(q), key=idx.w, reverse=True)[:3]
    candidates: set[str] = set()
    for t in informative:
        candidates |= idx.by_token.get(t, set())
    scored: list[tuple[float, tuple[str, ...], str]] = []
    query = _query(idx, q)
    qw = query[2]
    low: list[str] = []  # codes that cannot score _FUZZY_BOUND, left out of the ranking
    for code in candidates:
        # the shared words weigh at most the lighter side (all weights are positive), the shared pairs at most all of
        # them: a name of weight vw scores at most 0.85 * 2 * min(qw, vw) / (qw + vw) + 0.15, which is highest for
        # the vw nearest qw. A code none of whose names can reach the bound neither wins nor comes close to the winner
        lo, hi = idx.weight_range[code]
        if qw < lo and 1.7 * qw / (qw + lo) + 0.15 < _FUZZY_BOUND or \
                qw > hi and 1.7 * hi / (qw + hi) + 0.15 < _FUZZY_BOUND:
            low.append(code)
            continue
        best = max(((_similarity(idx, q, v, query), v) for v in idx.variants[code]), key=lambda sv: sv[0])
        scored.append((best[0], best[1], code))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top_score, _, top_code = scored[0]
    if top_score < _FUZZY_MIN:
        return None
    top_name = tokens(idx.entries[top_code].name)
    # (a code of the same name counts, however low it scores)
    same = [c for _, _, c in scored if tokens(idx.entries[c].name) == top_name] + \
        [c for c in low if tokens(idx.entries[c].name) == top_name]
    rivals = [s for s, _, c in scored if tokens(idx.entries[c].name) != top_name]
    if rivals and top_score - rivals[0] < _FUZZY_MARGIN:
        return None
    return _best_level(idx, same), top_score


def _prefix(idx: _Index, q: tuple[str, ...]) -> str | None:
    """Code whose official name starts with `q` (a name cut off with "..."), when all such names agree."""
    if len(q) < 3:
        return None
    codes = {c for v, cs in idx.name_index.items() if v[:len(q)] == q for c in cs}
    if not codes or len({tokens(idx.entries[c].name) for c in codes}) > 1:
        return None
    return _best_level(idx, codes)


def _product(idx: _Index, q: tuple[str, ...]) -> tuple[str, float] | None:
    """VSIC class of the census products named by `q`; products whose name starts with it decide first."""
    if not q or sum(idx.w(t) for t in q) < 4.0:  # one common word ("máy", "hàng") says nothing
        return None
    rarest = max(q, key=idx.w)
    first: Counter[str] = Counter()
    later: Counter[str] = Counter()
    for i in idx.product_by_token.get(rarest, ()):
        parts, cls = idx.products[i]
        # "X khác" is the residual "other X" of some class, not where X itself is made.
        starts = [j for j, p in enumerate(parts) if p[:len(q)] == q and p[len(q):len(q) + 1] != _OTHER]
        if starts and starts[0] == 0:
            first[cls] += 1
        elif starts:
            later[cls] += 1
    votes, confidence = (first, 0.75) if first else (later, 0.7)
    if votes:
        cls, n = votes.most_common(1)[0]
        # A clear majority of the products named so, or no link at all.
        return (cls, confidence) if 5 * n >= 3 * sum(votes.values()) else None
    # The phrase inside an official name ("thiết bị ngoại vi của máy vi tính" in 2620's name).
    codes = {c for c in idx.by_token.get(rarest, ()) if any(contains_seq(v, q) >= 0 for v in idx.variants[c])}
    if codes and len({tokens(idx.entries[c].name) for c in codes}) == 1:
        return _best_level(idx, codes), 0.7
    return None


@lru_cache(maxsize=8192)
def _link(text: str) -> SectorLink | None:
    idx = _index()
    truncated = bool(_ELLIPSIS_RE.search(text))
    raw = idx.expand(tokens(text))
    q = idx.normalize(text)
    if not q:
        return None
    for v in (raw, q):
        if v in idx.exact_aliases:
            scheme, code = idx.exact_aliases[v]
            return _group(idx, scheme, code, 0.95, "alias")
        if v in idx.name_index:
            return _vsic(idx, _best_level(idx, idx.name_index[v]), 1.0, "exact")
    for pattern, scheme, code in idx.contains_aliases:
        if contains_seq(raw, pattern) >= 0:
            return _group(idx, scheme, code, 0.9, "alias")
    if raw[:len(_MARKET_PREFIX)] == _MARKET_PREFIX and len(raw) > len(_MARKET_PREFIX):
        place = link_place(text)
        if place is not None and place.kind == "market":
            return SectorLink("market", place.code, None, place.name, 0.9, "alias")
        return None
    if truncated:
        code = _prefix(idx, q)
        if code is not None:
            return _vsic(idx, code, 0.85, "fuzzy")
    fuzzy = _fuzzy(idx, q)
    if fuzzy is not None and 0.9 * fuzzy[1] >= MIN_CONFIDENCE:
        return _vsic(idx, fuzzy[0], 0.9 * fuzzy[1], "fuzzy")
    product = _product(idx, q)
    if product is not None and product[1] >= MIN_CONFIDENCE:
        return _vsic(idx, product[0], product[1], "product")
    return None


def link_sector(text: str | None) -> SectorLink | None:
    """The VSIC code, ownership group or market a sector text names; None when unsure.

    Commas inside a name are part of it ("sản xuất dao kéo, dụng cụ cầm tay ..." is one class).

    >>> link_sector("ngành CN chế biến, chế tạo").code
    'C'
    >>> s = link_sector("sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính"); (s.code, s.level, s.method)
    ('2620', 4, 'exact')
    >>> link_sector("tủ lạnh").code, link_sector("tủ lạnh").method
    ('2750', 'product')
    >>> link_sector("khu vực có vốn đầu tư nước ngoài").code, link_sector("thị trường Mỹ").scheme
    ('fdi', 'market')
    >>> link_sector("tình hình chung") is None
    True
    """
    if not text or not isinstance(text, str):
        return None
    return _link(text)
