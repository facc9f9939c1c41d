"""The learned part of the fact linker: which candidate names a fact's indicator, and which its sector.

For every fact the rule linker proposes candidates: its own choice, each INDICATOR / SECTOR span written in the
fact's clause or earlier in its sentence, the spans of the sentence before, the list head's indicator, what the
facts before it were about, the whole that a share written right after the figure is of ("24,56 tỷ USD, chiếm
64,6% tổng vốn đầu tư"), what a count counts ("1.935 doanh nghiệp mới đăng ký thành lập"), nothing at all, an
indicator head split from its complement ("doanh thu | bán lẻ hàng hóa"), and a measure split from whose it is at
a preposition ("tổng vốn huy động | của | các tổ chức tín dụng"), and the other form of a name the text gives both
in full and abbreviated ("Chỉ số giá tiêu dùng (CPI)"). A logistic regression (scikit-learn,
trained by `vnecon train`) scores each (fact, candidate) pair from sparse features (where the candidate comes
from, its words, how far before the figure it ends and the word it follows, what kind of fact it is proposed
for); the best-scoring candidate wins. Weights are stored as JSON (feature -> weight), so a saved
pipeline loads without unpickling anything, and scoring needs no scikit-learn.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Callable, Hashable, Iterable, Sequence

from ..errors import Errors
from .frames import Piece
from .subjects import _res as _subject_patterns

SLOTS = ("indicator", "sector")
_L = r"[^\W\d_]"
_WORD = re.compile(r"\w+")
_CONTEXT = ("item", "value", "parens", "owns", "unit", "ctype", "head", "lead")  # what a fact's features read
_ITEM, _UNIT = _CONTEXT.index("item"), _CONTEXT.index("unit")
_SCORES_KEPT = 1 << 15  # rows whose scores a chooser remembers, per slot, before it starts over


@dataclass(frozen=True)
class Candidate:
    source: str                 # where it comes from: rule, own0, sent1, psent0, head, lead, prev1, none, alias,
                                # split...
    piece: Piece | None         # its span in the normalized text, when it has one
    text: str | None            # as written in the caller's text (None for "no subject")
    label: str | None = None    # INDICATOR / SECTOR, for a span


def _starts_with(low: str, which: int) -> str | None:
    """The longest indicator (0) or sector (1) head that `low` opens with, as a whole word: the head patterns of the
    subjects rules, from the same lexicons."""
    m = _subject_patterns()["ind_head" if which == 0 else "sec_head"].match(low)
    return m.group() if m else None


def split_head(norm: str, piece: Piece) -> tuple[Piece, Piece] | None:
    """An indicator head and the complement after it: "doanh thu bán lẻ hàng hóa" -> "doanh thu", "bán lẻ hàng
    hóa"; None when the phrase is only a head or opens with none."""
    return _cut_pieces(piece, _head_cut(norm[piece.start:piece.end]))


def _cut_pieces(piece: Piece, cut: tuple[int, int] | None) -> tuple[Piece, Piece] | None:
    """The INDICATOR before `cut`'s first offset and the SECTOR from its second (offsets into the piece's text)."""
    if cut is None:
        return None
    end, rest = cut
    return Piece(piece.start, piece.start + end, "INDICATOR"), Piece(piece.start + rest, piece.end, "SECTOR")


@lru_cache(maxsize=65536)
def _head_cut(phrase: str) -> tuple[int, int] | None:
    """Where the head of `phrase` ends and its complement starts (offsets into `phrase`): the same phrase recurs as
    a candidate of many facts."""
    low = phrase.casefold()
    head = _starts_with(low, 0)
    if head is None or len(low) <= len(head) + 1 or not re.match(rf"\s+{_L}", low[len(head):]) or \
            _VISITOR_GROUP.match(low):
        return None
    rest = len(head)
    while rest < len(phrase) and phrase[rest].isspace():
        rest += 1
    link = _LINK.match(phrase, rest)  # "dư nợ đối với | doanh nghiệp nhỏ và vừa"
    if link and link.end() < len(phrase):
        rest = link.end()
    return len(head), rest


# a group of visitors is one name, not the head "khách" and a sector "quốc tế" (no gold sector is "quốc tế" or
# "nội địa" alone; REVIEW.md D11 keeps the whole group as the sector of a breakdown's item)
_VISITOR_GROUP = re.compile(r"khách\s+(?:du\s+lịch\s+)?(?:quốc\s+tế|nội\s+địa|lưu\s+trú|trong\s+nước|nước\s+ngoài)"
                            r"(?![^\W\d_])")
_LINK = re.compile(r"(?:đối\s+với|của|cho|sang|vào|từ)\s+", re.IGNORECASE)


def split_of(norm: str, piece: Piece) -> tuple[Piece, Piece] | None:
    """A measure and whose it is, at the first preposition between them: "tổng vốn huy động của các tổ chức tín
    dụng" -> "tổng vốn huy động", "các tổ chức tín dụng"; "công suất phòng ở các khách sạn 4-5 sao"; None when the
    phrase has no such preposition with words on both sides."""
    return _cut_pieces(piece, _of_cut(norm[piece.start:piece.end]))


@lru_cache(maxsize=65536)
def _of_cut(phrase: str) -> tuple[int, int] | None:
    m = _OF_WORD.search(phrase)
    if m is None or not _LETTER.search(phrase, 0, m.start()) or not _LETTER.search(phrase, m.end()):
        return None
    return len(phrase[:m.start()].rstrip()), m.end()


_OF_WORD = re.compile(r"(?<=\s)(?:của|trong|ở|tại|cho|trên|thuộc|đối\s+với)\s+", re.IGNORECASE)
_LETTER = re.compile(_L)


def split_has(norm: str, piece: Piece) -> tuple[Piece, Piece | None] | None:
    """What has the measure and the measure it has: "vàng 99,99 có giá bình quân" -> "giá bình quân", "vàng
    99,99"; "có giá" -> "giá", None. None when no "có" is followed by an indicator head."""
    cut = _has_cut(norm[piece.start:piece.end])
    if cut is None:
        return None
    before_end, after = cut
    ind = Piece(piece.start + after, piece.end, "INDICATOR")
    return ind, (Piece(piece.start, piece.start + before_end, "SECTOR") if before_end else None)


@lru_cache(maxsize=65536)
def _has_cut(phrase: str) -> tuple[int, int] | None:
    for m in _HAS_WORD.finditer(phrase):
        if _starts_with(phrase[m.end():].casefold(), 0) is not None and not _NO_MEASURE.match(phrase, m.end()):
            return len(phrase[:m.start()].rstrip()), m.end()
    return None


_HAS_WORD = re.compile(r"(?:^|(?<=\s))có\s+", re.IGNORECASE)
# what follows "có" without being the measure the phrase names: a sector's name ("khu vực có vốn đầu tư nước
# ngoài", "lao động có việc làm"), a rate of change ("dịch vụ có mức tăng 5,85%"), a sum ("có tổng cộng")
_NO_MEASURE = re.compile(r"vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|FDI)|việc\s+làm|"
                         r"mức(?:\s+(?:tăng|giảm)|\s*$)|tốc\s+độ|tổng\s+cộng", re.IGNORECASE)


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def features(cand: Candidate, cand_norm: str | None, context: dict, rule_text: str | None) -> list[str]:
    """Sparse features of one (fact, candidate) pair; `context` describes the fact, `rule_text` is what the rules
    chose. Each slot has weights of its own, so the names need no slot prefix."""
    return features_of_key(pair_key(cand, cand_norm, situation_of(context), rule_text))


def situation_of(context: dict) -> tuple:
    """What the features read of a fact's `context`, as `pair_key` takes it (once per fact, not per candidate)."""
    return tuple(map(context.get, _CONTEXT))


def pair_key(cand: Candidate, cand_norm: str | None, situation: tuple, rule_text: str | None) -> tuple:
    """All that the features of a (fact, candidate) pair depend on: `features_of_key` of it are `features`."""
    same_as_rule = (cand.text or None) == (rule_text or None) or (
        cand.text is not None and rule_text is not None and _fold(cand.text) == _fold(rule_text))
    return _source(cand.source), cand.label, same_as_rule, situation, cand_norm


def features_of_key(key: tuple) -> list[str]:
    """`features` from what they depend on (a `pair_key`)."""
    src, label, same_as_rule, situation, cand_norm = key
    base = list(_pair_features(src, label, same_as_rule, situation))
    if cand_norm is None:
        base += _none_features(situation)
        return base
    ntok, w1, ind_head, sec_head, plain = _text_features(cand_norm)
    known = _known(cand_norm)
    base += _known_by_source(known, src)
    base += known
    base += plain
    base += _shape_features(src, ntok, ind_head is not None, sec_head is not None)
    base += _fact_shape_features(w1, ind_head is not None, sec_head is not None, situation[_UNIT], situation[_ITEM])
    return base


# the parts of a pair's features that repeat from pair to pair, each built once
@lru_cache(maxsize=256)
def _source(source: str) -> str:
    return re.sub(r"\d+$", "", source) if not source.startswith(("own", "sent", "psent")) else source


@lru_cache(maxsize=8192)
def _pair_features(src: str, label: str | None, same_as_rule: bool, situation: tuple) -> tuple[str, ...]:
    return (f"src={src}", f"src={src}|lab={label}",
            *(f"src={src}|{key}={value}" for key, value in zip(_CONTEXT, situation)),
            f"is_rule={same_as_rule}", f"is_rule={same_as_rule}|src={src}")


@lru_cache(maxsize=1024)
def _none_features(situation: tuple) -> tuple[str, ...]:
    context = dict(zip(_CONTEXT, situation))
    return tuple(f"none|{k}={context[k]}" for k in ("item", "owns", "unit", "ctype", "value"))


@lru_cache(maxsize=1024)
def _known_by_source(known: tuple[str, ...], src: str) -> tuple[str, ...]:
    return tuple(f"{k}|src={src}" for k in known)


@lru_cache(maxsize=1024)
def _shape_features(src: str, ntok: int, ind_head: bool, sec_head: bool) -> tuple[str, ...]:
    return f"src={src}|n={_bucket(ntok, (1, 2, 4, 8))}", f"indhead?={ind_head}|src={src}", \
        f"sechead?={sec_head}|src={src}"


@lru_cache(maxsize=16384)
def _fact_shape_features(w1: str, ind_head: bool, sec_head: bool, unit: str | None, item: bool) -> tuple[str, ...]:
    return f"w1|unit={w1}|{unit}", f"indhead?={ind_head}|unit={unit}", f"sechead?={sec_head}|item={item}"


@lru_cache(maxsize=65536)
def _text_features(cand_norm: str) -> tuple:
    """What a candidate's own text says, whatever the fact: computed once per distinct phrase."""
    low = cand_norm.casefold()
    toks = _WORD.findall(low)
    ind_head = _starts_with(low, 0)
    sec_head = _starts_with(low, 1)
    w1 = toks[0] if toks else ""
    plain = (
        f"n={_bucket(len(toks), (1, 2, 3, 4, 6, 9))}", f"w1={w1}", f"w12={' '.join(toks[:2])}",
        f"wl={toks[-1] if toks else ''}", f"indhead={ind_head}", f"sechead={sec_head}",
        f"upper={cand_norm[:1].isupper()}", f"digit={any(c.isdigit() for c in cand_norm)}",
        f"comma={',' in cand_norm}", f"paren={'(' in cand_norm or ')' in cand_norm}",
    )
    return len(toks), w1, ind_head, sec_head, plain


@lru_cache(maxsize=65536)
def _known(text: str) -> tuple[str, ...]:
    """What the reference data knows the phrase as, by exact name or alias only (fuzzy matching costs more than
    the rest of the linker): a catalogue indicator, a sector / product / market, a place."""
    from ..normalize import indicators, sectors
    from ..normalize.places import link_place

    cat = indicators._catalogue()
    exact = cat.exact.get(indicators._normalize(text), [])
    ind = ("exact" if any(a.official for a in exact) else "alias") if exact else None
    idx = sectors._index()
    sec = None
    for v in (idx.expand(sectors.tokens(text)), idx.normalize(text)):
        if v in idx.exact_aliases:
            sec = "alias"
            break
        if v in idx.name_index:
            sec = "exact"
            break
    return f"known_ind={ind}", f"known_sec={sec}", f"known_place={link_place(text) is not None}"


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    from ..textview import nfc

    return re.sub(r"\s+", " ", nfc(text)).strip().casefold()


class SubjectChooser:
    """Per-slot linear scores over sparse features; `choose` returns the index of the best candidate."""

    def __init__(self, weights: dict[str, dict[str, float]] | None = None,
                 bias: dict[str, float] | None = None) -> None:
        self.weights = weights or {slot: {} for slot in SLOTS}
        self.bias = bias or {slot: 0.0 for slot in SLOTS}
        self._scores: dict[str, dict] = {}  # per slot, the score of each row key seen (`score_of`)

    def score(self, slot: str, feats: Iterable[str]) -> float:
        w = self.weights.get(slot, {})
        return self.bias.get(slot, 0.0) + sum(map(w.get, feats, repeat(0.0)))

    def score_of(self, slot: str, key: Hashable, features_of: Callable[[Hashable], Iterable[str]]) -> float:
        """`score(slot, features_of(key))`, remembered by `key`: the same rows recur from fact to fact, and a row's
        score is the same float each time it is summed (the weights must not change once scoring has begun)."""
        memo = self._scores.setdefault(slot, {})
        found = memo.get(key)
        if found is None:
            if len(memo) >= _SCORES_KEPT:
                memo.clear()
            found = memo[key] = self.score(slot, features_of(key))
        return found

    def choose(self, slot: str, featsets: Sequence[Sequence[str]]) -> int:
        weight = self.weights.get(slot, {}).get
        bias = self.bias.get(slot, 0.0)
        # `score`, without a lookup of the slot per candidate
        return self.best([bias + sum(map(weight, feats, repeat(0.0))) for feats in featsets])

    @staticmethod
    def best(scores: Sequence[float]) -> int:
        """The index of the best score; a later one must beat it by more than 1e-9 (a near tie keeps the first)."""
        best, best_score = 0, None
        for k, s in enumerate(scores):
            if best_score is None or s > best_score + 1e-9:
                best, best_score = k, s
        return best

    # ------------------------------------------------------------------ training
    @classmethod
    def fit(cls, groups: dict[str, list[list[tuple[list[str], bool]]]], *, c: float = 1.0,
            seed: int = 0) -> "SubjectChooser":
        """Learn to rank: `groups` holds, per slot, one list per fact of (features, is the candidate right). Each
        (right, wrong) pair of the same fact becomes a difference of feature vectors for a logistic regression, so
        the weights score a candidate against its rivals rather than on its own."""
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        weights: dict[str, dict[str, float]] = {}
        for slot in SLOTS:
            diffs, labels = [], []
            for group in groups.get(slot, []):
                right = [f for f, ok in group if ok]
                wrong = [f for f, ok in group if not ok]
                for pos in right:
                    for neg in wrong:
                        d = {f: 1.0 for f in pos}
                        for f in neg:
                            d[f] = d.get(f, 0.0) - 1.0
                        d = {f: v for f, v in d.items() if v}
                        sign = len(labels) % 2  # alternate the order so both classes are present
                        diffs.append(d if sign else {f: -v for f, v in d.items()})
                        labels.append(sign)
            if len(set(labels)) < 2:
                weights[slot] = {}
                continue
            vec = DictVectorizer()
            x = vec.fit_transform(diffs)
            model = LogisticRegression(C=c, max_iter=3000, random_state=seed, fit_intercept=False)
            model.fit(x, np.array(labels))
            names = vec.get_feature_names_out()
            weights[slot] = {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0]) if abs(w) > 1e-6}
        return cls(weights, {slot: 0.0 for slot in SLOTS})

    # ------------------------------------------------------------------ serialization
    def to_dict(self) -> dict:
        return {"version": 1, "weights": self.weights, "bias": self.bias}

    @classmethod
    def from_dict(cls, data: dict, source: str = "<bytes>") -> "SubjectChooser":
        if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("weights"), dict):
            raise ValueError(Errors.E080.format(path=source))
        return cls({k: dict(v) for k, v in data["weights"].items()}, dict(data.get("bias", {})))

    def to_disk(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path) -> "SubjectChooser":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(Errors.E080.format(path=path)) from exc
        return cls.from_dict(data, str(path))


def abbreviations(norm: str) -> dict[str, tuple[Piece, Piece]]:
    """The indicators a text names both in full and by an abbreviation, by catalogue id: "Chỉ số giá tiêu dùng
    (CPI)" and "GRDP (tổng sản phẩm trên địa bàn)" give {"cpi": (CPI, Chỉ số giá tiêu dùng), "grdp": (GRDP, tổng
    sản phẩm trên địa bàn)} as (abbreviation, long form) pieces, from the first definition. A pair counts when both
    forms name the same indicator of the catalogue (vnecon/data/indicators.csv), which also says where the long
    form starts."""
    return _abbreviations(norm)


@lru_cache(maxsize=8)
def _abbreviations(norm: str) -> dict[str, tuple[Piece, Piece]]:
    out: dict[str, tuple[Piece, Piece]] = {}
    for m in _ABBR_AFTER.finditer(norm):
        ids = indicator_ids(m["abbr"])
        if not ids:
            continue
        words = list(_LONG_WORD.finditer(norm, max(0, m.start() - 120), m.start()))
        for k in range(min(len(words), 10), 0, -1):
            first = words[-k]
            both = ids & indicator_ids(norm[first.start():words[-1].end()])
            if both and "\n" not in norm[first.start():words[-1].end()]:
                for i in both:
                    out.setdefault(i, (Piece(m.start("abbr"), m.end("abbr"), "INDICATOR"),
                                       Piece(first.start(), words[-1].end(), "INDICATOR")))
                break
    for m in _ABBR_BEFORE.finditer(norm):
        inner = m["long"].rstrip()
        for i in indicator_ids(m["abbr"]) & indicator_ids(inner):
            out.setdefault(i, (Piece(m.start("abbr"), m.end("abbr"), "INDICATOR"),
                               Piece(m.start("long"), m.start("long") + len(inner), "INDICATOR")))
    return out


@lru_cache(maxsize=4096)
def indicator_ids(phrase: str) -> frozenset[str]:
    """The ids of the catalogue indicators `phrase` is a name of, as the normalizer reads names (an aside in
    parentheses, a leading hedge and a place after the name do not count)."""
    from ..normalize.indicators import _catalogue, _normalize
    return frozenset(a.id for a in _catalogue().exact.get(_normalize(phrase), ()))


@lru_cache(maxsize=1)
def _names_by_id() -> dict[str, tuple[tuple[str, ...], ...]]:
    from ..normalize.indicators import _catalogue

    names: dict[str, list[tuple[str, ...]]] = {}
    for alias in _catalogue().aliases:  # the official name and every alias, as word keys
        names.setdefault(alias.id, []).append(alias.toks)
    return {i: tuple(keys) for i, keys in names.items()}


def names_again(phrase: str, text: str) -> bool:
    """Whether `text` writes a name of a catalogue indicator that `phrase` names: "CPI" again after "Chỉ số giá tiêu
    dùng tháng Một nhích 0,1%"."""
    from ..normalize._text import contains_seq, tokens

    ids = indicator_ids(phrase)
    if not ids:
        return False
    words = tokens(text)
    return any(contains_seq(words, key) >= 0 for i in ids for key in _names_by_id().get(i, ()))


_ABBR_AFTER = re.compile(r"\(\s*(?P<abbr>[A-ZĐ]{2,5})\s*\)")
_ABBR_BEFORE = re.compile(r"\b(?P<abbr>[A-ZĐ]{2,5})\s*\(\s*(?P<long>[^()\n]{4,80})\)")
_LONG_WORD = re.compile(r"[^\W_]+")
