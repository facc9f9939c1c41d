"""Fact frames: which values, comparisons and baselines form one statement, and where its subject is written.

Shared by the subjects component (which writes INDICATOR / SECTOR spans inside each frame's subject region) and
the linker (which turns frames into facts). Everything here is in the normalized text's coordinates.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..grammar import (BASELINE_OPENER, PLAN_WORDS, baseline_kind, find_baselines, parse_change, parse_quantity,
                       phrase_baselines, unit_dimension)
from ..lexicon import alternation, mapping, words
from ..textview import TextView
from .common import SPANS_KEY

_L = r"[^\W\d_]"


@dataclass
class Piece:
    start: int
    end: int
    label: str


@dataclass
class Frame:
    value: Piece | None = None
    changes: list[Piece] = field(default_factory=list)
    baselines: dict[int, Piece] = field(default_factory=dict)  # change index -> its own baseline
    sentence: tuple[int, int] = (0, 0)
    region: tuple[int, int] = (0, 0)       # where the subject is written
    end: int = 0                           # end of the last element, own baselines included
    item: bool = False                     # an item of a breakdown or a list
    lead: int | None = None                # index of the frame (or list head) the item belongs to
    list_head: tuple[int, int] | None = None  # for list items: the lead clause "... như:" without a number
    in_parentheses: bool = False
    narrows: int | None = None             # "riêng X ...": a part of the frame before, which keeps its own subject
    # a cell of a table flattened into text ("Xuất khẩu | 86,9 | 712,5 | 128,9" under a header row): the
    # header cell that names its period, whether that header marks an estimate, and for each comparison column
    # its (type, baseline kind, unit), read from the header
    table: bool = False
    period_range: tuple[int, int] | None = None
    estimated: bool = False
    estimates_by_column: bool = False      # the table's header marks which columns are estimates ("Ước 2020")
    row: tuple[int, int] | None = None     # the row's label cell, when the subject is the column's header
    kinds: dict[int, tuple[str, str | None, str | None]] = field(default_factory=dict)

    @property
    def start(self) -> int:
        first = [p.start for p in ([self.value] if self.value else []) + self.changes]
        return min(first)


@lru_cache(maxsize=None)
def _res():
    connectors = alternation(words("connectors.txt"))
    anaphors = alternation(words("anaphors.txt"))
    forms = words("breakdowns.txt")
    # "*" in a form stands for any words up to the next comma or colon ("cơ cấu * như sau")
    openers = alternation([f for f in forms if "*" not in f]) + "|" + "|".join(
        r"[^,:]*".join(alternation([part.strip()]) for part in f.split("*")) for f in forms if "*" in f)
    # footnote marks may sit between the lead and the opener: "so với năm 2018[1], trong đó ..."
    breakdown = re.compile(rf"^(?:[\s,;.:\-–•*+]|\[\d{{1,2}}\]|\(\d{{1,2}}\)(?=\s*[,;]))*(?:{openers})(?!{_L})",
                           re.IGNORECASE)
    # a list head that ends with an opener: "IIP ước tăng 21,45% so với cùng kỳ, trong đó: ..."
    breakdown_end = re.compile(rf"(?:^|[\s,;.])(?:{openers})\s*$", re.IGNORECASE)
    # an opener that closes the sentence before the items: "... tăng 7,68% so với năm 2016. Xét theo khu vực:"
    breakdown_line = re.compile(rf"(?:^|[.;:\n])[\s\-–•*+]*(?:{openers})(?!{_L})[^.;\n]*:\s*$", re.IGNORECASE)
    list_colon = re.compile(r"(?:như|gồm|bao\s+gồm|cụ\s+thể|sau|là)?\s*:\s*$|(?:như|lần\s+lượt\s+là|lần\s+lượt)\s*$",
                            re.IGNORECASE)
    glue = re.compile(r"^(?:[\s,;.\-–—()|]|\[\d{1,2}\]|không\s+đổi|không\s+thay\s+đổi|giữ\s+nguyên|đi\s+ngang|và|đồng\s+thời|tương\s+ứng|tương\s+đương|hay|hoặc|so\s+với|cùng\s+kỳ|"
                      r"trong\s+khi|còn|nhưng|song|dù|mặc\s+dù|tuy|tuy\s+nhiên|(?:tuy|dù|dẫu|mặc\s+dù)\s+(?:vậy|thế)|riêng|lần\s+lượt|với|mức|là|chỉ|mới|vẫn|cũng|đã|lại|tiếp\s+tục|cụ\s+thể|"
                      r"hoàn\s+thành|ước|ước\s+tính|nhờ|nhờ\s+vào|nếu|qua\s+đó|như\s+vậy|tác\s+động|góp\s+phần|"
                      r"nếu\s+loại\s+trừ\s+yếu\s+tố\s+giá(?:\s+thì)?|thì|tức|tức\s+là|nghĩa\s+là|"
                      r"số\s+tuyệt\s+đối|về\s+số\s+tuyệt\s+đối|khoảng|theo\s+giá\s+so\s+sánh|theo\s+giá\s+hiện\s+hành|"
                      # "giá cà phê nhân xô 46.500 đồng/kg, chênh lệch +9.300 đồng/kg": the difference is the change
                      r"chênh\s+lệch|"
                      # "thu hút được 3,1 tỷ USD vốn FDI trong năm, cao hơn 1,2 tỷ USD so với năm 2022"
                      r"trong\s+(?:năm|tháng|quý|kỳ)(?:\s+(?:này|nay|qua))?|cả\s+năm|"
                      # "đóng góp 8,5 điểm phần trăm cho tăng trưởng toàn ngành nhờ tốc độ tăng 10,6%"
                      r"(?:cho|vào)\s+(?:mức\s+)?tăng(?:\s+trưởng)?(?:\s+(?:chung|toàn\s+ngành|của\s+toàn\s+ngành))?|tốc\s+độ|"
                      # "tăng 2,99% với phần đóng góp 4,04%", "tăng 3,72% và chiếm phần đóng góp 8,03%"
                      r"(?:chiếm\s+)?phần(?=\s*$)|"
                      # "các dịch vụ khác đạt 548,3 nghìn tỷ đồng, tỷ trọng chiếm 10,6%": the figure's own share
                      r"(?:tỷ|tỉ)\s+trọng(?=\s*$)|"
                      # "trên 67,2 ngàn tỷ đồng, quy mô gấp 2,4 lần so với cùng kỳ": the figure's size, compared
                      r"quy\s+mô(?=\s*$)|"
                      # "có doanh thu 2.598,4 nghìn tỷ đồng, giữ tỷ trọng lớn nhất khi chiếm 76,7%": a remark, then "khi"
                      rf"(?:giữ|đứng|vươn|dẫn|tiếp\s+tục|trở\s+thành|vẫn|là)(?!{_L})[^,;.:()|\n\d]{{0,50}}?\s+khi(?=\s*$)|"
                      # "đạt 54.341 tỉ đồng; con số này vượt 52,8% dự toán": a word pointing back to the figure
                      rf"(?:{anaphors})(?!{_L})|"
                      # "con số lũy kế này", "mức thu này": a head word, at most two words, then "này"
                      rf"(?:con\s+số|số|mức|tổng\s+số|giá\s+trị)(?:\s+{_L}+){{1,2}}\s+này(?!{_L})|"
                      # "diện tích này", "vốn đăng ký này": what the figure measures, pointed back to
                      rf"(?:{alternation(words('indicator_heads.txt'))})(?:\s+{_L}+){{0,2}}\s+này(?!{_L}))*$",
                      re.IGNORECASE)
    # "có 1.935 doanh nghiệp đăng ký thành lập mới, tăng 6,4%": words that qualify a count, then its change
    # (or then a word pointing back to the figure: "6,5 nghìn doanh nghiệp quay lại hoạt động; so với tháng 8, con số
    # này giảm 23,7%"; "2.068 doanh nghiệp thành lập mới, mức tăng 46%")
    descriptor = re.compile(rf"^\s*[^\W\d_][^,;.:()|\n]*?(?:[,(]?|[;,][\s,]*(?:{anaphors}|(?:với\s+)?mức)"
                            rf"(?![^\W\d_]))\s*$", re.IGNORECASE)
    # what any figure measures, written right after it, then its comparison: "thu hút 1,53 tỷ USD vốn đầu tư trực
    # tiếp nước ngoài, đạt 128% kế hoạch", "thu về 6.373 tỷ đồng doanh thu du lịch; mức này tăng 39,1%"
    # (a short name in parentheses, "(FDI)", or "(ước tính)" may stand in it)
    named_after = re.compile(rf"^[ \t]+{_L}(?:[^,;.:()|\n\d]|\((?-i:[A-ZĐ]{{2,6}})\)|\(ước(?:\s+tính)?\))*?"
                             rf"(?:[,;]\s*(?:(?:{anaphors}|tương\s+ứng|tương\s+đương|tức)(?!{_L})\s*)?|\s*\(\s*)?$",
                             re.IGNORECASE)  # (or in parentheses: "6.373 tỷ đồng doanh thu du lịch (tăng 39,1%)")
    connector = re.compile(rf"(?<!{_L})(?:{connectors})(?!{_L})", re.IGNORECASE)
    # the level a comparison reaches, written after it: "tăng 2,9%, lên 914.823 tỉ", "tăng 5,85% với dư nợ 2,625
    # triệu tỉ"
    value_after_change = re.compile(r"^[\s,)—]*(?:(?:giá\s+trị|quy\s+mô|tổng\s+số|tổng|kim\s+ngạch)\s+)?"
                                    r"(?:ước\s+(?:tính\s+)?|dự\s+kiến\s+)?"
                                    r"(?:ước(?:\s+được)?|ước\s+tính|dự\s+kiến|hiện|tổng\s+cộng|với(?:\s+ước(?:\s+tính)?)?|tương\s+ứng(?:\s+với)?|"
                                    r"giá\s+trị|quy\s+mô|"
                                    r"lên|lên\s+mức(?:\s+ước\s+tính)?|lên\s+tới|đạt|đạt\s+mức|ở\s+mức|là|(?:chỉ\s+)?còn|xuống|"
                                    # "tăng 26,6%, ước tính thu về 72,6 tỷ USD", "tăng 10,8%, đạt doanh thu 683.720 tỷ đồng"
                                    r"(?:thu|mang|đem)\s+về|đạt\s+(?:doanh\s+thu|kim\s+ngạch|giá\s+trị|sản\s+lượng)|"
                                    r"(?:hiện\s+)?(?:(?:phổ\s+biến|dao\s+động)(?:\s+(?:ở\s+mức|từ|quanh|trong\s+khoảng))?|"
                                    r"phổ\s+biến\s+dao\s+động)|"
                                    # market reports: "mất 25 USD/tấn, lùi về 1.304 USD/tấn", "giảm 1,34%, đứng ở 95,5"
                                    r"lùi\s+về|về\s+mức|đứng\s+ở(?:\s+mức)?|neo\s+ở(?:\s+mức)?|"
                                    r"xuống\s+còn|xuống\s+mức|với\s+(?:dư\s+nợ|tổng\s+vốn|số\s+vốn|vốn|giá\s+trị|doanh\s+thu|"
                                    r"kim\s+ngạch|quy\s+mô)(?:\s+ước(?:\s+tính)?)?)"
                                    # a hedge on the level: "tăng 22%, đạt gần 19,6 triệu tấn"
                                    r"(?:\s+(?:gần|hơn|trên|khoảng|xấp\s+xỉ|chừng|gần\s+như))?\s*$", re.IGNORECASE)
    narrower = re.compile(rf"^[\s,;.:\-–•*+]*(?:{alternation(words('narrowers.txt'))})(?!{_L})", re.IGNORECASE)
    # a plan or target figure ("mục tiêu tăng trưởng 6 - 6,5%", "Dự toán thu được giao ... là 35.563 tỉ đồng")
    # is not what a following breakdown breaks down
    target = plan_words()
    return (connectors, breakdown, breakdown_end, breakdown_line, list_colon, glue, value_after_change, descriptor,
            narrower, target, named_after, connector)


@lru_cache(maxsize=None)
def plan_words() -> "PlanWords":
    """The one `PlanWords` the frames and the linker share."""
    return PlanWords()


class PlanWords:
    """The plan words of targets.txt ("kế hoạch", "dự toán" ...) outside the office names that hold one
    (target_names.txt: "Sở Kế hoạch và Đầu tư" publishes a figure, it does not make it a plan). `search` is
    `re.Pattern.search`'s."""

    def __init__(self) -> None:
        self._re = re.compile(rf"(?<!{_L})(?:(?P<name>{alternation(words('target_names.txt'))})|"
                              rf"{alternation(words('targets.txt'))})(?!{_L})", re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        for m in self._re.finditer(text, pos, len(text) if endpos is None else endpos):
            if m.group("name") is None:
                return m
        return None


def sentences_of(doc: Doc, view: TextView) -> list[tuple[int, int]]:
    return [(view.to_norm(s.start_char), view.to_norm(s.end_char)) for s in doc.sents]


# Per Doc, the pieces of its current span group and the frames last built from them. A component asks for pieces
# several times while the group stays the same object, and reading a SpanGroup makes a Span per entry each time;
# the subjects component and the linker build the same frames. Weak keys: nothing outlives its Doc.
_pieces: "weakref.WeakKeyDictionary[Doc, tuple[object, int, tuple[tuple[int, int, str], ...]]]" = \
    weakref.WeakKeyDictionary()
_frames: "weakref.WeakKeyDictionary[Doc, tuple[tuple, list[Frame]]]" = weakref.WeakKeyDictionary()


def _all_pieces(doc: Doc, view: TextView) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) in the normalized text of every span of the group, in group order."""
    spans = doc.spans.get(SPANS_KEY)
    if spans is None:
        return ()
    cached = _pieces.get(doc)
    if cached is not None and cached[0] is spans and cached[1] == len(spans):
        return cached[2]
    to_norm = view.to_norm
    out = tuple((to_norm(span.start_char), to_norm(span.end_char), span.label_) for span in spans)
    _pieces[doc] = (spans, len(spans), out)
    return out


class Pieces(list):
    """Pieces sorted by start, with range queries by bisection (a per-frame scan would make long texts quadratic)."""

    def __init__(self, pieces) -> None:
        super().__init__(sorted(pieces, key=lambda p: (p.start, p.end)))
        self._starts = [p.start for p in self]
        self._max_len = max((p.end - p.start for p in self), default=0)

    def within(self, a: int, b: int) -> list[Piece]:
        """Pieces inside [a, b)."""

        out = []
        for k in range(bisect_left(self._starts, a), len(self)):
            p = self[k]
            if p.start >= b:
                break
            if p.end <= b:
                out.append(p)
        return out

    def overlapping(self, a: int, b: int) -> list[Piece]:
        """Pieces that overlap [a, b)."""

        out = []
        for k in range(bisect_left(self._starts, a - self._max_len), len(self)):
            p = self[k]
            if p.start >= b:
                break
            if p.end > a:
                out.append(p)
        return out


class Occupancy:
    """Character ranges already taken, with an overlap test by bisection (spans are added in any order)."""

    def __init__(self, ranges=()) -> None:
        pairs = sorted(ranges)  # built in one sort: an insert per range is quadratic on a long text
        self._starts: list[int] = [a for a, _ in pairs]
        self._ends: list[int] = [b for _, b in pairs]
        self._max_len = max((b - a for a, b in pairs), default=0)

    def add(self, a: int, b: int) -> None:

        k = bisect_left(self._starts, a)
        self._starts.insert(k, a)
        self._ends.insert(k, b)
        self._max_len = max(self._max_len, b - a)

    def overlaps(self, a: int, b: int) -> bool:

        for k in range(bisect_left(self._starts, a - self._max_len), len(self._starts)):
            if self._starts[k] >= b:
                return False
            if self._ends[k] > a:
                return True
        return False


def pieces_of(doc: Doc, view: TextView, labels: tuple[str, ...]) -> list[Piece]:
    out = [Piece(s, e, label) for s, e, label in _all_pieces(doc, view) if label in labels]
    out.sort(key=lambda p: (p.start, p.end))
    return out


@lru_cache(maxsize=4)
def _paren_positions(norm: str) -> tuple[list[int], list[int]]:
    return [m.start() for m in re.finditer(r"\(", norm)], [m.start() for m in re.finditer(r"\)", norm)]


def paren_balance(norm: str, a: int, b: int) -> int:
    """Opening minus closing parentheses in norm[a:b], by bisection (a recount per element is quadratic)."""

    opens, closes = _paren_positions(norm)
    return (bisect_left(opens, b) - bisect_left(opens, a)) - (bisect_left(closes, b) - bisect_left(closes, a))


def _inside_parentheses(norm: str, start: int, sent_start: int) -> bool:
    return paren_balance(norm, sent_start, start) > 0


def build_frames(doc: Doc, view: TextView) -> list[Frame]:
    """Group QUANTITY / CHANGE / BASELINE pieces into frames, sentence by sentence, and mark list items."""
    elements = pieces_of(doc, view, ("QUANTITY", "CHANGE"))
    baselines = pieces_of(doc, view, ("BASELINE",))
    sentences = sentences_of(doc, view)
    # frames depend on nothing else (the text is fixed per Doc); callers only read them
    key = (tuple((p.start, p.end, p.label) for p in elements), tuple((p.start, p.end) for p in baselines),
           tuple(sentences))
    cached = _frames.get(doc)
    if cached is not None and cached[0] == key:
        return cached[1]
    norm = view.norm
    table, cells = _table_frames(norm, elements) if "|" in norm else ([], set())
    frames = _build_frames(norm, [p for p in elements if (p.start, p.end) not in cells], baselines, sentences)
    if table:
        frames = _merge(frames, table)
    _frames[doc] = (key, frames)
    return frames


def _merge(frames: list[Frame], table: list[Frame]) -> list[Frame]:
    """Frames of the text and of its tables in text order, with the indices between them (lead, narrows) kept."""
    tagged = [(f.start, 0, k, f) for k, f in enumerate(frames)] + [(f.start, 1, k, f) for k, f in enumerate(table)]
    tagged.sort(key=lambda t: (t[0], t[1], t[2]))
    new_index = {k: n for n, (_, which, k, _) in enumerate(tagged) if which == 0}
    out = []
    for _, which, _, f in tagged:
        if which == 0:
            f.lead = new_index.get(f.lead) if f.lead is not None else None
            f.narrows = new_index.get(f.narrows) if f.narrows is not None else None
        out.append(f)
    return out


# a first column that only numbers the rows ("STT | Chỉ tiêu | ..." over "I | Tổng thu NSNN | 1.850 | ..."): its
# cells are neither the row's label nor a figure
_ROW_NUMBER_HEAD = re.compile(r"\s*(?:s\.?\s?tt|tt|số\s+tt|số\s+thứ\s+tự)\s*", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])?[.)]?\s*")
_TABLE_CONTRIBUTION = re.compile(r"đóng\s+góp|góp\s+phần", re.IGNORECASE)
_TABLE_SHARE = re.compile(r"tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu|chiếm", re.IGNORECASE)
# a declared index base: "(cùng kỳ năm trước = 100)", "Năm trước=100; %"
_INDEX_BASE = re.compile(r"(?P<base>(?:cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước|tháng\s+trước|quý\s+trước|kỳ\s+gốc|"
                         r"năm\s+\d{4}|tháng\s+\d{1,2}/\d{4}))\s*=\s*100(?!\d)", re.IGNORECASE)
_TABLE_COMPARE = re.compile(r"(?<![^\W\d_])so(?![^\W\d_])|tăng\s*/\s*giảm|tốc\s+độ|\(\s*%\s*\)|^\s*%\s*$|"
                            r"^\s*(?:19|20)\d\d\s*/\s*(?:19|20)\d\d\s*$|"
                            # a column headed by the change itself: "Thay đổi", "Biến động (%)", "Chênh lệch"
                            r"^\s*(?:thay\s+đổi|biến\s+động|chênh\s+lệch)(?![^\W\d_])|"
                            # "vượt kế hoạch", "đạt % dự toán": a column of comparisons with the plan
                            r"(?<![^\W\d_])(?:vượt|đạt|bằng)\s+(?:%\s+)?(?:kế\s+hoạch|dự\s+toán|KH)(?![^\W\d_])",
                            re.IGNORECASE)
# (and a header that opens with the rise it holds: "Tăng so với cùng kỳ (%)")
_TABLE_GROWTH = re.compile(r"tăng\s*/\s*giảm|tăng,\s*giảm|tốc\s+độ\s+tăng|tăng\s+trưởng|^\s*tăng\s+(?:so|\()", re.IGNORECASE)
# a table's caption that says its figures are rates of growth, in per cent
_GROWTH_CAPTION = re.compile(r"(?:tốc\s+độ\s+tăng|tăng\s*/\s*giảm|tăng\s*\(\s*giảm\s*\)|tăng\s+trưởng)[^\n]*"
                             r"(?:\(\s*%\s*\)|đơn\s+vị(?:\s+tính)?\s*:\s*%)\s*:?\s*$", re.IGNORECASE)
_TABLE_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:so\s+(?:với\s+)?(?:năm\s+)?|/\s*)(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W_]+")
_SO = re.compile(r"(?<![^\W\d_])so(?!\s+với)(?![^\W\d_])", re.IGNORECASE)
_SO_WORD = re.compile(r"(?<![^\W\d_])so(?![^\W\d_])", re.IGNORECASE)
_PERIODISH = re.compile(r"(?:19|20)\d\d|(?<![^\W\d_])(?:tháng|quý|năm|kỳ|ước|so)(?![^\W\d_])", re.IGNORECASE)
# a month written short in a table header: "T8/2016"
_MONTH_T = re.compile(r"(?<![^\W\d_])T(\d{1,2}/(?:19|20)\d\d)(?!\d)")
# the period a comparison column's header opens with, before its "so": "T8/2016 so T7/2016", "Tháng 8/2016 so ..."
_PERIOD_PREFIX = re.compile(r"\s*((?:T|tháng\s*)\d{1,2}/(?:19|20)\d\d|quý\s+[IVX]{1,3}/(?:19|20)\d\d|"
                            r"\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?\s+(?:19|20)\d\d|năm\s+(?:19|20)\d\d)\s+so(?![^\W\d_])",
                            re.IGNORECASE)


_MONTH_YEAR = re.compile(r"(\d{1,2})/((?:19|20)\d\d)")


def _a_year_before(header: str) -> bool:
    """Whether a header "<month>/<year> so <month>/<year>" compares a month with the same month a year before."""
    found = [(int(m), int(y)) for m, y in _MONTH_YEAR.findall(header)]
    return len(found) == 2 and found[0][0] == found[1][0] and found[0][1] == found[1][1] + 1


def _period_column(norm: str, cells: list[tuple[int, int]], before: int) -> str:
    """The month a table's figures are of: the first header cell before `before` that names one and compares
    nothing ("Tháng 9/2018" in "Chỉ tiêu | Tháng 9/2018 | So với tháng 8/2018 (%)"); "" when none does."""
    for a, b in cells:
        if a < before and _MONTH_YEAR.search(norm, a, b) and not _TABLE_COMPARE.search(norm[a:b]):  # (its "^" too)
            return norm[a:b]
    return ""


def _period_prefix(norm: str, a: int, b: int) -> str | None:
    m = _PERIOD_PREFIX.match(norm, a, b)
    return m.group(1).casefold() if m else None


_NOT_PERIOD_WORDS = {"so", "với", "cùng", "kỳ", "ước", "thực", "hiện", "tính", "năm", "tháng"}


def _cells(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in re.finditer(r"\|", norm[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


# a plan column's header abbreviated, as report tables write it: "KH 2017 | ƯTH 2017 | So KH (%)" (capitals only)
_PLAN_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:KH|DT)(?![^\W\d_])")


def _table_frames(norm: str, elements: list[Piece]) -> tuple[list[Frame], set[tuple[int, int]]]:
    """Frames of tables flattened into text: a header row of cells separated by "|" with no figure in it, then rows
    with as many cells. A value column gives one fact per row, with the period its header names; a comparison
    column ("9 tháng so cùng kỳ (%)", "Tỷ trọng (%)") gives a comparison of the value column whose header it shares
    most words with, or a fact of its own when the table has no value column."""

    estimate = re.compile(rf"(?<![^\W\d_])(?:{alternation(words('estimates.txt'))})(?![^\W\d_])", re.IGNORECASE)
    starts = [p.start for p in elements]

    def inside(a: int, b: int) -> list[Piece]:
        k = bisect_left(starts, a)
        out = []
        while k < len(elements) and elements[k].start < b:
            if elements[k].end <= b:
                out.append(elements[k])
            k += 1
        return out

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm)]
    frames: list[Frame] = []
    used: set[tuple[int, int]] = set()
    n = 0
    while n < len(lines):
        hs, he = lines[n]
        header = _cells(norm, hs, he)
        n += 1
        numbered = len(header) > 3 and bool(_ROW_NUMBER_HEAD.fullmatch(norm, *header[0]))
        if numbered:
            header = header[1:]
        if len(header) < 3 or inside(hs, he):
            continue
        kinds = []
        for a, b in header[1:]:
            text = norm[a:b]
            if _TABLE_SHARE.search(text):
                kinds.append(("share", "total"))
            elif _TABLE_CONTRIBUTION.search(text):
                kinds.append(("contribution", None))
            elif _TABLE_COMPARE.search(text):
                # "Tháng 7 so tháng trước", "T8/2016 so T7/2016"
                found = find_baselines(text) or find_baselines(_MONTH_T.sub(r"tháng \1", _SO.sub("so với", text)))
                kind = found[0].kind if found else None
                if kind == "previous_period" and (_a_year_before(text) or _a_year_before(
                        _period_column(norm, header[1:], a) + " " + text)):
                    # "T8/2016 so T8/2015": the same month a year before; also when the month compared with heads
                    # a column before ("Tháng 9/2018 | So với tháng 8/2018 (%) | So với tháng 9/2017 (%)")
                    kind = "same_period_previous_year"
                if kind is None and (_TABLE_YEARS.search(text) or re.search(r"(?i)so\s+cùng", text)):
                    kind = "same_period_previous_year"
                kinds.append(("growth" if _TABLE_GROWTH.search(text) else "ratio", kind))
            else:
                kinds.append(("value", None))
        indexed = _INDEX_BASE.search(norm, max(0, hs - 200), he)
        if indexed and all(k == "value" for k, _ in kinds):
            # "(cùng kỳ năm trước = 100; đơn vị: %)" over the table: its figures are indices against that base
            found = find_baselines("so với " + indexed.group("base"))
            kind = found[0].kind if found else None
            kinds = [("ratio", kind) if _PERIODISH.search(norm, a, b) else k for (a, b), k in zip(header[1:], kinds)]
        caption = norm[norm.rfind("\n", 0, max(0, hs - 1)) + 1:hs]
        if all(k == "value" for k, _ in kinds) and _GROWTH_CAPTION.search(caption):
            # "TỐC ĐỘ TĂNG/GIẢM IIP 7 THÁNG SO VỚI CÙNG KỲ (%)" over "Ngành | 7T/2021 | 7T/2022": every figure under a
            # period is a rise or a fall against the caption's baseline
            found = find_baselines(caption)
            kind = found[0].kind if found else None
            kinds = [("growth", kind) if _PERIODISH.search(norm, a, b) else k for (a, b), k in zip(header[1:], kinds)]
        if not any(k == "value" for k, _ in kinds) and not any(k != "value" for k, _ in kinds):
            continue
        estimates = [bool(estimate.search(norm, a, b)) for a, b in header]  # which header cells mark estimates
        by_column = any(estimates)
        # the period each comparison column's header opens with ("T8/2016 so T7/2016"): columns that share one
        # compare the one figure of that period
        prefixes = [_period_prefix(norm, a, b) for a, b in header[1:]]
        # a header cell that names a measure, not a period ("diện tích | năng suất | sản lượng"): it is the subject
        # of its column, and the row label says where or what part
        measure = [bool(re.search(r"[^\W\d_]", norm[a:b])) and not _PERIODISH.search(norm, a, b) for a, b in header]
        words_of = [set(_WORDS.findall(norm[a:b].casefold())) - _NOT_PERIOD_WORDS for a, b in header[1:]]
        value_cols = [j for j, (k, _) in enumerate(kinds) if k == "value"]
        owner = {}
        target = _res()[9]  # the plan words ("dự toán", "kế hoạch") of `_res`
        for j, (k, kind) in enumerate(kinds):
            if k != "value" and value_cols:
                left = [v for v in value_cols if v < j] or value_cols
                if kind == "plan":
                    # "Dự toán cả năm | Ước 7 tháng | So với dự toán (%)": the plan's column is what the figure is
                    # compared with, not the figure
                    left = [v for v in left if not target.search(norm, *header[v + 1]) and
                            not _PLAN_ABBREVIATION.search(norm, *header[v + 1])] or left
                owner[j] = max(left, key=lambda v: (len(words_of[v] & words_of[j]), v))
        while n < len(lines):
            rs, re_ = lines[n]
            row = _cells(norm, rs, re_)
            if numbered and len(row) == len(header) + 1 and _ROW_NUMBER.fullmatch(norm, *row[0]):
                used.update((p.start, p.end) for p in inside(*row[0]))  # the row's number is no figure
                row = row[1:]
            if len(row) != len(header) or not inside(rs, re_):
                break
            n += 1
            label = row[0]
            figures = {}
            for j, (a, b) in enumerate(row[1:]):
                found = inside(a, b)
                if found:
                    figures[j] = found[0]
            made: dict[int, Frame] = {}
            lead = [q for q in inside(*label) if q.label == "QUANTITY"]
            if lead and not value_cols:
                # "- Khách quốc tế: 596.992 lượt | +62,1% | vượt 38,8%": the first cell holds the value
                made[-1] = Frame(value=lead[0], sentence=(rs, re_), region=(label[0], lead[0].start), end=lead[0].end,
                                 table=True, period_range=header[0], estimated=estimates[0])
            elif lead and measure[0]:
                made[-1] = Frame(value=lead[0], sentence=(rs, re_), region=header[0], row=(label[0], lead[0].start),
                                 end=lead[0].end, table=True, estimated=estimates[0])
            for j in value_cols:
                piece = figures.get(j)
                if piece is None or piece.label != "QUANTITY":
                    continue
                a, b = header[j + 1]
                made[j] = Frame(value=piece, sentence=(rs, re_), region=(a, b) if measure[j + 1] else label,
                                row=label if measure[j + 1] else None, end=piece.end, table=True,
                                period_range=None if measure[j + 1] else (a, b),
                                estimated=estimates[j + 1])
            for j, (k, kind) in enumerate(kinds):
                piece = figures.get(j)
                if k == "value" or piece is None:
                    continue
                text = norm[piece.start:piece.end].strip()
                sign = norm[row[j + 1][0]:piece.start].strip()  # "| +35,6 |": a sign the figure was read without
                if sign in ("+", "-", "−", "–"):
                    text = sign + text
                if k == "share":
                    ctype, unit = "share", "%"
                elif k == "contribution":
                    ctype, unit = "contribution", "%"
                elif k == "growth" or text[:1] in "+-−–":
                    ctype, unit = ("decrease" if text[:1] in "-−–" else "increase"), "%"
                else:
                    ctype, unit = "ratio", "%"
                if piece.label == "CHANGE":
                    ctype = None  # "+23,3%": the cell says what it is
                frame = made.get(owner.get(j, -1))
                if frame is None and k == "contribution" and made:
                    # "Tốc độ tăng (%) | Đóng góp (%)": what the row's figure contributed, beside its growth
                    frame = list(made.values())[-1]
                a, b = header[j + 1]
                # the figure compared sits in an estimate column ("Ước tính tháng 4 | So với tháng trước (%)"), also
                # when its own cell is empty ("| - | 97,3 |"): the comparisons are of an estimate
                of_estimate = j in owner and estimates[owner[j] + 1]
                if frame is None and not re.search(r"[^\W_]", _SO_WORD.split(norm[a:b], maxsplit=1)[0]):
                    # "So với tháng trước | So với tháng 12/2016": comparisons of one figure with several baselines
                    frame = made.get(-2)
                    if frame is None:
                        frame = made[-2] = Frame(sentence=(rs, re_), region=label, end=piece.end, table=True,
                                                 estimated=of_estimate)
                prefix = prefixes[j]
                if frame is None and prefix is not None:
                    # "T8/2016 so T7/2016 | T8/2016 so T8/2015": comparisons of the one figure of that period
                    key = 200 + prefixes.index(prefix)
                    frame = made.get(key)
                    if frame is None:
                        frame = made[key] = Frame(sentence=(rs, re_), region=label, end=piece.end, table=True,
                                                  period_range=(a, a + len(norm[a:b]) - len(norm[a:b].lstrip()) +
                                                                len(prefix)),
                                                  estimated=of_estimate or estimates[j + 1])
                if frame is None:
                    frame = made[100 + j] = Frame(sentence=(rs, re_), region=label, end=piece.end, table=True,
                                                  period_range=(a, b),
                                                  estimated=of_estimate or estimates[j + 1])
                frame.kinds[len(frame.changes)] = (ctype, kind, unit)
                frame.changes.append(piece)
                frame.end = max(frame.end, piece.end)
            for frame in made.values():
                if frame.value is None and not frame.changes:
                    continue
                frame.estimates_by_column = by_column
                frames.append(frame)
                used.update((p.start, p.end) for p in ([frame.value] if frame.value else []) + frame.changes)
    frames.sort(key=lambda f: f.start)
    return frames, used


def _build_frames(norm: str, elements: list[Piece], baselines: list[Piece],
                  sentences: list[tuple[int, int]]) -> list[Frame]:
    (connectors, breakdown, breakdown_end, breakdown_line, list_colon, glue, value_after_change, descriptor,
     narrower, target, named_after, connector) = _res()
    baselines = baselines if isinstance(baselines, Pieces) else Pieces(baselines)
    frames: list[Frame] = []
    ei = 0
    last_lead: int | None = None
    bullet_lead: int | None = None  # the lead of a breakdown written as bullet lines, one sentence each
    bullet_mark = ""  # the mark of its first bullet: a line with another mark ("*" after "+") is no longer one of them
    previous_sentence_frames: list[int] = []
    for s_start, s_end in sentences:
        current: Frame | None = None
        boundary = s_start
        sentence_frames: list[int] = []
        sentence_leads: list[int] = []   # frames of this sentence that a breakdown can break down
        sentence_targets: set[int] = set()
        in_list_from: tuple[int, int] | None = None  # lead clause of a "... như:" list in this sentence
        breakdown_lead: int | None = None
        respectively: list[int] = []  # values still waiting for their comparison in a "lần lượt" clause
        last_respective: list[int] = []  # the values the last such series of this sentence went to
        series_base: Piece | bool | None = None  # the baseline written before the series' first comparison
        while ei < len(elements) and elements[ei].start < s_end:
            el = elements[ei]
            ei += 1
            if el.start < s_start:
                continue
            gap = norm[(current.end if current else boundary):el.start]
            gap_wo_base = gap
            if current:
                for b in baselines.within(current.end, el.start):
                    gap_wo_base = gap_wo_base.replace(norm[b.start:b.end], " ")
            if not respectively and not (current is not None and current.value is not None and not current.changes):
                spread = _respective_subjects(norm, elements, ei - 1, current.end if current else boundary, s_end)
                if spread is not None:
                    # "xuất khẩu và nhập khẩu lần lượt tăng 5,2% và 3,1%": one fact per subject, in order
                    for (ps, pe), piece in spread:
                        frame = Frame(sentence=(s_start, s_end), region=(ps, pe), end=piece.end,
                                      in_parentheses=_inside_parentheses(norm, piece.start, s_start))
                        if piece.label == "CHANGE" or spread[0][1].label == "CHANGE":  # comparisons, not values
                            frame.changes.append(piece)
                            _attach_baseline(frame, 0, baselines, norm, s_end)
                        else:
                            frame.value = piece
                        frames.append(frame)
                        sentence_frames.append(len(frames) - 1)
                        current = frame
                    ei += len(spread) - 1
                    continue
            # "Có 157,2 nghìn doanh nghiệp ..., vốn 1.540,3 nghìn tỷ đồng. So với năm 2023, số doanh nghiệp tăng
            # 3,0%, số vốn tăng 1,3%": a sentence that opens with its baseline may name the figures of the one before
            named_in = sentence_frames if sentence_frames or not _OPENS_WITH_BASELINE.match(norm, s_start) else \
                previous_sentence_frames
            if (el.label == "CHANGE" or _second_about(norm, elements, ei - 1)) and (
                    (about := _about(norm, el, frames, sentence_frames)) is not None or (
                    about := _named_before(norm, gap_wo_base, frames, named_in)) is not None):
                # "có 15.200 doanh nghiệp ... với số vốn 120,5 nghìn tỷ đồng, tăng 5,2% về số doanh nghiệp và giảm
                # 10,3% về số vốn": each comparison goes to the figure it names
                about.changes.append(el)
                about.end = max(about.end, el.end)
                _attach_baseline(about, len(about.changes) - 1, baselines, norm, s_end, s_start)
                current = about
                continue
            if respectively and (el.label == "CHANGE" or _percent(norm, el)):
                # the next comparison of "A đạt X, B đạt Y, lần lượt tăng 5% và 7%" goes to the next value
                target_frame = frames[respectively.pop(0)]
                target_frame.changes.append(el)
                target_frame.end = max(target_frame.end, el.end)
                k = len(target_frame.changes) - 1
                _attach_baseline(target_frame, k, baselines, norm, s_end)
                got = target_frame.baselines.get(k)
                if series_base is None:
                    series_base = got if got is not None and got.end <= el.start else False
                elif series_base and (got is None or got.start >= el.end and _OPENS_NEXT.match(norm, got.end)):
                    # "so với tháng 8 tăng 2,96% và 3,11%, so cùng kỳ tăng ...": the series' own baseline, not the
                    # one that opens the next series
                    target_frame.baselines[k] = series_base
                current = target_frame
                continue
            if el.label == "CHANGE" and current is not None and current.value is not None and not current.changes \
                    and (_RESPECTIVELY.search(gap_wo_base) or _RESPECTIVELY.search(norm, el.start, el.end)):
                count = _coordinated_changes(norm, elements, ei - 1, s_end)
                values = _last_figures(frames, sentence_frames, count, without_changes=True)
                if len(values) >= 2 and count >= 2:
                    respectively = values
                    last_respective, series_base = list(respectively), None
                    ei -= 1  # hand this comparison to the first of them
                    continue
            if el.label == "CHANGE" and not respectively and not _inside_parentheses(norm, el.start, s_start) and \
                    (count := _coordinated_changes(norm, elements, ei - 1, s_end)) >= 2 and (
                    (last_respective and len(last_respective) == count and
                     _NEXT_SERIES.fullmatch(_strip_baselines(gap))) or
                    _PLURAL_POINTER.search(gap_wo_base) or _RESPECTIVELY.search(gap_wo_base) or
                    _RESPECTIVELY.search(norm, el.start, el.end)) and \
                    (pool := (last_respective if last_respective and len(last_respective) == count else
                              _last_figures(frames, sentence_frames or previous_sentence_frames, count))) and \
                    len(pool) == count:
                # "Hàng hóa vận chuyển ước 2.867 ngàn tấn, còn luân chuyển là 192 triệu tấn.km; hai chỉ tiêu này so
                # với tháng 8 tăng 2,96% và 3,11%, so cùng kỳ tăng 8,28% và 15%": a series of comparisons, one per
                # figure written before it (in its sentence, or the sentence before when it opens one), and the next
                # series of as many again; not an aside in parentheses ("(trong khi cùng kỳ năm 2020, hai chỉ tiêu
                # này lần lượt giảm 6,2% và 5,8%)": figures of another period)
                respectively = list(pool)
                last_respective, series_base = list(pool), None
                ei -= 1
                continue
            if current is not None and el.label == "CHANGE" and not current.changes and current.value is not None \
                    and descriptor.match(gap_wo_base) and _counted(norm, current.value) and \
                    not _new_subject_in_descriptor().search(gap_wo_base):
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is None and el.label == "CHANGE" and not sentence_frames and previous_sentence_frames and \
                    _OPENS_WITH_BASELINE.match(norm, s_start) and \
                    (before := frames[previous_sentence_frames[-1]]).value is not None and \
                    not before.in_parentheses and not norm[before.end:s_start].strip(" \t.") and \
                    (opened := _RESTATED_SUBJECT.fullmatch(_strip_baselines(gap))) is not None and \
                    _points_back(opened.group("subject")):
                # "... đạt trên 35 tỷ USD. So với cùng kỳ năm 2017, con số này tăng 4,08 tỷ USD": a sentence that opens
                # with its baseline and points back to the figure that closed the sentence before compares that figure
                current = before
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end, s_start)
                continue
            if current is None and el.label == "CHANGE" and not sentence_frames and previous_sentence_frames and \
                    (opener := _OPENS_AGAIN.match(norm, s_start)) is not None and \
                    ((before := frames[previous_sentence_frames[-1]]).value is not None or
                     (before.changes and len(before.baselines) == len(before.changes))) and \
                    not before.in_parentheses and _only_baselines(norm[before.end:s_start]) and \
                    (opened := _RESTATED_SUBJECT.fullmatch(_reopened(opener, norm[opener.end():el.start]))) is not None \
                    and (_same_subject(norm, opened.group("subject"), before, gap) or
                         _names_again(opened.group("subject"), norm[before.region[0]:before.end]) or
                         _THE_CHANGE.fullmatch(opened.group("subject") or "")) and \
                    (opener.group("prices") or baselines.within(s_start, s_end)):
                # "Chỉ số giá tiêu dùng tháng Một nhích 0,1% so với tháng trước. Còn so với cùng kỳ năm trước, CPI tăng
                # 2,56%": a sentence that opens with another baseline and names the same subject again (or none)
                # compares the figure that closed the sentence before (a figure, or comparisons each with its own
                # baseline: "nhóm giao thông tăng 3%. So với cùng kỳ, nhóm này tăng 5%" are two)
                current = before
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end, s_start)
                continue
            if current is not None and el.label == "CHANGE" and (current.value is not None or current.changes) and \
                    not current.in_parentheses and \
                    (restated := _RESTATED_SUBJECT.fullmatch(core := _PRICE_BASIS.sub(" ", gap_wo_base))) is not None and \
                    (core != gap or _points_back(restated.group("subject"))) and \
                    (_same_subject(norm, restated.group("subject"), current, gap) or
                     (core != gap and _THE_CHANGE.fullmatch(restated.group("subject") or ""))):
                # "... lên tới 33.320 tỷ đồng; so với cùng kỳ năm trước, doanh thu tăng 12,3%": a clause that opens
                # with its baseline (or the prices it counts in: "; sau khi loại trừ yếu tố giá, vẫn tăng 9,2%") and
                # names the figure's subject again, or a clause whose subject points back to the figure ("50,8 triệu
                # người: con số này tăng 255,2 nghìn người"), compares that figure
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is not None and el.label == "CHANGE" and not current.changes and current.value is not None \
                    and current.end == current.value.end and named_after.match(gap_wo_base) and \
                    len(gap_wo_base.split()) <= 10 and \
                    not connector.search(_IN_PERIOD.sub(" ", _ESTIMATE_ASIDE.sub(" ", _DOMESTIC.sub(" ", gap_wo_base)))):
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is not None and el.label == "CHANGE" and current.in_parentheses and ")" in gap and \
                    (glue.match(gap_wo_base) or glue.match(_EXPLANATION.sub(" ", gap_wo_base))):
                # "tăng 0,29% (khu vực thành thị tăng 0,31%); so với cùng kỳ tăng 2,94%": after the aside, the
                # comparison goes on with the statement the aside interrupted
                outer = next((k for k in reversed(sentence_frames) if not frames[k].in_parentheses), None)
                if outer is not None and not _inside_parentheses(norm, el.start, s_start) and \
                        not _in_units_of(norm, el, current, frames[outer]):
                    current = frames[outer]
                    current.changes.append(el)
                    current.end = max(current.end, el.end)
                    _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                    continue
            # the statement so far ends with its figure or its last comparison, nothing after them
            at_figure_end = current is not None and (
                (current.value is not None and current.end == current.value.end) or
                bool(current.changes) and current.end == current.changes[-1].end)
            if current is not None and el.label == "CHANGE" and not _ASIDE_OPENS.search(gap) and (
                    glue.match(gap_wo_base) or (
                    gap_wo_base != gap and glue.match(gap_wo_base.replace(":", " "))) or (
                    at_figure_end and glue.match(_VALUE_TAIL.sub(" ", gap_wo_base, count=1))) or (
                    current.changes and "(" not in gap and _strip_baselines(gap_wo_base) != gap_wo_base and
                    glue.match(_strip_baselines(gap_wo_base))) or (
                    _EXPLANATION.search(gap_wo_base) and glue.match(_EXPLANATION.sub(" ", gap_wo_base))) or (
                    current.value is not None and
                    glue.match(_without_restated_subject(norm, gap_wo_base, current))) or (
                    # "28,57 nghìn tỷ đồng (chưa tính thu chuyển nguồn), so với thực hiện năm 2016 chỉ bằng 88,34%",
                    # "so với tháng trước tăng 2,5%, còn so cùng kỳ 2021 (khi còn giãn cách) thì tăng 72,3%"
                    at_figure_end and glue.match(_WORDS_ASIDE.sub(" ", gap_wo_base)))):
                # the last: "tăng 0,31% so với tháng trước, chủ yếu do giá xăng dầu tăng; so với cùng kỳ tăng 3,37%"
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is not None and el.label == "QUANTITY" and current.changes and \
                    _AND.fullmatch(_strip_baselines(gap_wo_base)) and _percent(norm, el) and (
                    "và" in gap_wo_base or _REFERENCE_AFTER.match(norm, el.end)):
                # "bằng 127,4% dự toán Trung ương giao và 118,6% dự toán HĐND tỉnh giao": a comparison whose verb is
                # the one before
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is not None and el.label == "QUANTITY" and current.changes and _percent(norm, el) and \
                    _RESTATED.fullmatch(gap):
                # "tăng 4,08 tỷ USD (tương ứng 13,2%)": the same comparison as a percentage
                current.changes.append(el)
                current.end = el.end
                _attach_baseline(current, len(current.changes) - 1, baselines, norm, s_end)
                continue
            if current is not None and el.label == "QUANTITY" and current.value is not None and not current.changes \
                    and re.fullmatch(r"\s*\(\s*", gap) and _percent(norm, el) and not _percent(norm, current.value):
                # "Singapore dẫn đầu với 6,8 tỷ USD (18,6%)": the value's share of the total, in parentheses; the
                # total named with it ("(96% tổng dư nợ)") is part of the aside
                current.changes.append(el)
                closed = _CLOSES.match(norm, el.end)
                current.end = closed.end() if closed else el.end
                continue
            if current is not None and el.label == "QUANTITY" and current.value is None and (
                    (value_after_change.match(gap) or value_after_change.match(_EXPLANATION.sub(" ", gap)) or
                     value_after_change.match(gap_wo_base) or
                     (_OF_WHAT_THEN_LEVEL.match(gap) and _has_unit(norm, el)) or
                     # "Cà phê: +1,2%, 555,4 nghìn tấn": a level right after its comparison, a comma between
                     # (or an em dash: "Vận chuyển hàng hóa — +9,87% — 168,4 triệu tấn")
                     (re.fullmatch(r"\s*[,—]\s*", gap) and _has_unit(norm, el) and not _percent(norm, el))) and
                    not (_percent(norm, el) and re.search(r"(?i)tương\s+ứng|tương\s+đương|với|tổng", gap)) or (
                    re.fullmatch(r"\s*\(\s*", gap) and current.changes and _has_unit(norm, el) and
                    (len(current.changes) - 1 not in current.baselines or
                     current.baselines[len(current.changes) - 1].start < current.changes[-1].start))):
                # (or "công nghiệp tăng 4,91% (2,077 triệu tỉ)": the level, when no baseline's figure it can be)
                current.value = el
                current.end = max(current.end, el.end)
                continue
            if current is not None and el.label == "QUANTITY" and current.value is not None and not current.changes \
                    and current.end == current.value.end and _REACHED_PERCENT.search(
                        norm, max(s_start, current.value.start - 12), current.value.start) and \
                    _percent(norm, current.value) and _has_unit(norm, el) and not _percent(norm, el) and \
                    _CORRESPONDING.fullmatch(gap):
                # "chi thường xuyên đạt 94,7%, tương ứng 1.185,8 nghìn tỉ đồng": the percentage is how much of a
                # baseline the level reaches, the level follows
                current.changes.append(current.value)
                current.value = el
                current.end = el.end
                continue
            if current is not None and el.label == "QUANTITY" and current.value is not None and \
                    re.match(r"^\s*(?:lên|lên\s+mức|xuống|xuống\s+còn)\s*$", gap, re.IGNORECASE) and \
                    re.search(r"(?<!" + _L + r")từ\s*$", norm[max(s_start, current.value.start - 6):current.value.start]):
                current.value = el  # "từ X lên Y": Y is the value
                current.end = max(current.end, el.end)
                continue
            frame = Frame(sentence=(s_start, s_end))
            if el.label == "QUANTITY":
                frame.value = el
            else:
                frame.changes.append(el)
            region_start = current.end if current else boundary
            frame.region = (region_start, el.start)
            frame.end = el.end
            frame.in_parentheses = _inside_parentheses(norm, el.start, s_start)
            if frame.changes:
                _attach_baseline(frame, 0, baselines, norm, s_end)
            region_text = norm[region_start:el.start]
            if current is None:
                before = norm[frames[-1].end if frames else 0:s_start]
                if last_lead is not None and (breakdown_line.search(before) or (
                        _CLAUSE_COLON_BEFORE.fullmatch(before) and _BULLET.match(norm, s_start))):
                    # (or a clause of the lead's own sentence that ends with a colon, then bullets: "IIP tăng
                    # 13,01%; các ngành cấp I đều tăng trưởng dương:\n + khai khoáng: +45,23%")
                    breakdown_lead = frames[last_lead].lead if frames[last_lead].item and \
                        frames[last_lead].lead is not None else last_lead
                    bullet_lead = breakdown_lead
                    bullet_mark = _bullet_mark(norm, s_start)
                elif bullet_lead is not None and _BULLET.match(norm, s_start) and \
                        _bullet_mark(norm, s_start) == bullet_mark:
                    breakdown_lead = bullet_lead  # the next bullet of the same breakdown
                else:
                    bullet_lead = None
            # a list announced by "... như:" earlier in the sentence
            colon = _list_colon_in(norm, region_start, el.start)
            if colon is not None and (_turn_of_speech(norm, s_start, colon[0]) or
                                      _reported_speech(norm, s_start, colon) or _period_label(norm, s_start, colon)):
                # "Giám đốc Sở Tài chính: Ước thực hiện cả năm, tổng chi ...", "Sở ... thông tin: tính đến ngày ..."
                frame.region = (colon[1], el.start)
                colon = None
            if colon is not None and in_list_from is None:
                in_list_from = (s_start if current is None else region_start, colon[0])
                frame.region = (colon[1], el.start)
            if breakdown.match(region_text) or _late_breakdown(region_text, breakdown, sentence_leads) or (
                    colon is not None and colon[1] <= el.start and (
                    breakdown.match(norm[colon[1]:el.start]) or breakdown_end.search(norm[region_start:colon[0]]))):
                lead = sentence_leads[-1] if sentence_leads else last_lead
                if lead is not None and frames[lead].item and frames[lead].lead is not None:
                    lead = frames[lead].lead
                breakdown_lead = lead
            frames.append(frame)
            idx = len(frames) - 1
            if in_list_from is not None:
                frame.item = True
                frame.list_head = in_list_from
                # "IIP ước tăng 8,24%, cả 3 ngành đều tăng: chế biến +8,29%; ...": a list after a statement of the
                # same sentence breaks that statement down
                stated = [k for k in sentence_leads if frames[k].changes or _has_unit(norm, frames[k].value)]
                frame.lead = _lead_in_unit(norm, frames, breakdown_lead, frame) if breakdown_lead is not None else (
                    stated[-1] if stated and in_list_from[0] > s_start else None)
            elif breakdown_lead is not None:
                frame.item = True
                frame.lead = _lead_in_unit(norm, frames, breakdown_lead, frame)
            if frame.item and frame.lead is not None and _elided_change(norm, frame, frames[frame.lead]):
                # "ngành công nghiệp tăng 9,63%, cụ thể: chế biến, chế tạo 10,69%; khai khoáng 4,42%": under a lead
                # that is only a rise, a bare percentage is the item's rise
                frame.changes, frame.value = [frame.value], None
            elif frame.item and frame.lead is None and frame.list_head is not None and frame.value is not None and \
                    not frame.changes and _percent(norm, frame.value) and \
                    head_change_type(norm[frame.list_head[0]:frame.list_head[1]]) is not None and \
                    not _LEVEL_BEFORE.search(norm, max(frame.region[0], frame.value.start - 12), frame.value.start):
                # "Các nhóm còn lại cũng tăng so với tháng trước, lần lượt: văn hóa, giải trí 0,19%; may mặc 0,09%":
                # under a list's head that rises or falls, a bare percentage is the item's rise or fall
                frame.changes, frame.value = [frame.value], None
            if not frame.item and narrower.match(region_text):
                lead = sentence_frames[-1] if sentence_frames else last_lead
                if lead is not None and frames[lead].item and frames[lead].lead is not None:
                    lead = frames[lead].lead
                frame.narrows = lead
            # a statement under a heading ("Trồng trọt: ... đạt 32.630 ha") can lead a breakdown like any other
            if frame.item and frame.lead is None and not frame.in_parentheses:
                sentence_leads.append(idx)  # a statement under a heading ("Trồng trọt: ... đạt 32.630 ha; trong đó")
                if len(sentence_leads) == 1 and frame.value is not None and _has_unit(norm, frame.value) and \
                        not target.search(region_text):
                    # ... also in a later sentence ("Số thu về đích sớm: lũy kế 11 tháng, thu NSNN ước 1.638,9
                    # nghìn tỉ đồng. Phân theo nguồn thu: ...")
                    last_lead = idx
            elif not frame.item and not frame.in_parentheses:
                # a breakdown in a later sentence breaks down the first statement of the last sentence that made
                # one, a plan figure excepted
                if not any(frames[k].narrows is None and k not in sentence_targets for k in sentence_leads) and \
                        frame.narrows is None and (frame.changes or _has_unit(norm, frame.value)):
                    if target.search(region_text):
                        sentence_targets.add(idx)
                    else:
                        last_lead = idx
                sentence_leads.append(idx)
            sentence_frames.append(idx)
            current = frame
        for idx in sentence_frames:
            frames[idx].end = max(frames[idx].end, frames[idx].end)
        # the figures of the last two sentences in a row, which a sentence opening with its baseline may name
        adjacent = bool(previous_sentence_frames) and frames[previous_sentence_frames[-1]].sentence[1] >= s_start - 2
        one_sentence = len({frames[k].sentence for k in previous_sentence_frames}) == 1
        previous_sentence_frames = (previous_sentence_frames + sentence_frames)[-_NEAR:] \
            if sentence_frames and adjacent and one_sentence else sentence_frames
    return frames


# words that close a value's clause before its comparison: "500 nghìn tấn các loại, bằng 97,54% tháng trước",
# "333.000 tỉ đồng trên toàn địa bàn, bằng ...", "117,83 tỷ USD sau 7 tháng, cao hơn ..."
_VALUE_TAIL = re.compile(r"^\s*(?:các\s+loại|tùy\s+loại|tùy\s+thời\s+điểm|trên\s+(?:toàn\s+)?địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố))?|"
                         r"(?:sau|trong)\s+(?:\d{1,2}|một|hai|ba|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?|"
                         r"trong\s+(?:tháng|quý|năm)(?:\s+(?:này|\d{1,2}(?:/\d{4})?|[IVX]+(?:/\d{4})?|\d{4}))?)"
                         r"(?![^\W\d_])(?![/\d])", re.IGNORECASE)
_RESPECTIVELY_START = re.compile(r"(?<![^\W\d_])(?:lần\s+lượt|tương\s+ứng)", re.IGNORECASE)
_RESPECTIVELY = re.compile(_RESPECTIVELY_START.pattern + r"(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4)
def _respectively_starts(norm: str) -> list[int]:
    """Where a "lần lượt" or "tương ứng" can start in the text, found once per text: every match of _RESPECTIVELY
    in any stretch of it starts at one of these."""
    return [m.start() for m in _RESPECTIVELY_START.finditer(norm)]


# a subject that points back to several figures: "hai chỉ tiêu này", "các thị trường này", "hai mặt hàng trên"
_PLURAL_POINTER = re.compile(r"(?<![^\W\d_])(?:hai|ba|bốn|các|những|cả\s+hai)\s+(?:[^\W\d_]+\s+){1,2}(?:này|trên|đó)"
                             r"(?![^\W\d_])", re.IGNORECASE)
# what stands between two series of comparisons of the same figures, once their baselines are out
_NEXT_SERIES = re.compile(r"[\s,;]*(?:(?:còn|và|nhưng|song|đồng\s+thời)\s+)?[\s,]*(?:thì\s+)?"
                          r"(?:(?:lần\s+lượt|tương\s+ứng)\s+)?", re.IGNORECASE)


def _last_figures(frames: list[Frame], idxs: list[int], count: int, without_changes: bool = False) -> list[int]:
    """Up to `count` figures at the end of `idxs`, in text order: frames with a value, outside parentheses, one after
    another (and with no comparison yet, if `without_changes`)."""
    found: list[int] = []
    for idx in reversed(idxs):
        frame = frames[idx]
        if frame.in_parentheses and frame.value is not None and not frame.changes:
            continue  # "3.219 đơn vị, vốn 15.358,2 tỷ đồng (bình quân 4,8 tỷ đồng/đơn vị), lần lượt giảm 14% và 22,2%"
        if len(found) == count or frame.value is None or frame.in_parentheses or (without_changes and frame.changes):
            break
        found.insert(0, idx)
    return found


# what a percentage is a ratio of, right after it: "bằng 136% dự toán TW, 105% dự toán tỉnh và 140% cùng kỳ"
_REFERENCE_AFTER = re.compile(rf"\s*(?:{PLAN_WORDS}|cùng\s+kỳ|so\s+với)", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|;|và|,\s*và)?\s*", re.IGNORECASE)


def _without_restated_subject(norm: str, gap: str, frame: Frame) -> str:
    """The gap without a subject that names the figure before it again: "Tổng thu ngân sách ... là 392,2 nghìn tỷ
    đồng; so với cùng kỳ, thu ngân sách tăng 51,4%" (two words or more, written in the figure's own clause)."""
    m = _TRAILING_WORDS.search(gap)
    if m is None or _NARROWING.search(gap):
        return gap  # "...; riêng công nghiệp tăng 20,6%": a part, not the whole again
    head = norm[frame.region[0]:frame.value.start]
    words = m.group(1).split()
    if len(words) == 1 and _ABBREVIATION.fullmatch(words[0]) and \
            re.search(rf"(?<!{_L}){words[0]}(?!{_L})", head):
        return gap[:m.start(1)] + " "  # "GRDP ... ở mức 46.200 tỷ đồng; so với năm 2020, GRDP tăng 6,3%"
    pointing = len(words) >= 2 and words[-1].casefold() == "này"
    if pointing:
        words = words[:-1]  # "tỷ giá trung tâm ... 23.784 đồng/USD; so với cuối năm trước, tỷ giá này tăng 2,3%"
    for k in range(len(words) - (0 if pointing else 1)):
        phrase = " ".join(words[k:])
        if re.search(rf"(?<!{_L}){re.escape(phrase)}(?!{_L})", head, re.IGNORECASE):
            return gap[:m.start(1)] + " ".join(words[:k]) + " "
    if len(words) == 2 and words[0].casefold() in _ABOUT_FILLER and \
            re.search(rf"(?<!{_L}){re.escape(words[1])}(?!{_L})", head, re.IGNORECASE):
        return gap[:m.start(1)]  # "chi ngân sách ... đạt 8.737,8 tỷ đồng; so với cùng kỳ, mức chi tăng 15%"
    return gap


_NARROWING = re.compile(rf"(?<!{_L})(?:riêng|trong\s+đó|cụ\s+thể|gồm|như|khu\s+vực|ngành|nhóm)(?!{_L})", re.IGNORECASE)
_TRAILING_WORDS = re.compile(rf"({_L}+(?:\s+{_L}+){{0,6}})\s*$")
_ABBREVIATION = re.compile(r"[A-ZĐ]{3,6}")


def _strip_baselines(gap: str) -> str:
    """A gap without the baseline phrases in it, also those no BASELINE span marks ("dự toán HĐND tỉnh giao")."""

    for b in reversed(phrase_baselines(gap)):
        if b.kind != "total":  # "tổng thu ..." opens the next subject; a total follows only a share
            gap = gap[:b.start] + " " + gap[b.end:]
    return gap


# "đạt 94,7%, tương ứng 1.185,8 nghìn tỉ đồng": a ratio reached, then the level it corresponds to
_REACHED_PERCENT = re.compile(r"(?<![^\W\d_])(?:đạt|bằng)\s*(?:khoảng|gần|hơn|trên)?\s*$", re.IGNORECASE)
_CORRESPONDING = re.compile(r"\s*,?\s*\(?\s*(?:tương\s+ứng|tương\s+đương)(?:\s+với)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*",
                            re.IGNORECASE)
# a share or ratio, what it is of, then the level: "chiếm 26% thu nội địa, tương ứng 2.870 tỷ đồng"
_OF_WHAT_THEN_LEVEL = re.compile(rf"^\s+{_L}[^,;.()\d]{{0,40}},\s*(?:tương\s+ứng|tương\s+đương)(?:\s+với)?"
                                 r"(?:\s+(?:khoảng|gần|hơn|trên|xấp\s+xỉ))?\s*$", re.IGNORECASE)
_RESTATED = re.compile(r"[\s,]*\(?\s*(?:tương\s+ứng|tương\s+đương|tức|tức\s+là)\s*(?:với\s*)?", re.IGNORECASE)
# "(cùng thời điểm năm 2019 tăng 12,1%)": a parenthesis that opens with another period is an aside, not a
# comparison of the figure before it
_ASIDE_OPENS = re.compile(r"\(\s*(?:cùng\s+(?:kỳ|thời\s+điểm)|năm\s+\d{4}|(?:19|20)\d\d|quý|tháng)", re.IGNORECASE)
# a clause that explains or ranks the figure before it, closed by a comma, a semicolon or a parenthesis: the
# comparison after it is still about that figure ("do nhu cầu yếu, nhưng tăng 15,8%", "cao nhất từ trước đến nay,")
_EXPLANATION = re.compile(r"(?<![^\W\d_])(?:(?:chủ\s+yếu|phần\s+lớn|một\s+phần|chính)\s+)?(?:do|nhờ|vì|bởi)\s"
                          r"(?:(?:[^;()\d]|-19)*(?=;)|(?:[^,;()\d]|-19)*(?=[,;]|\s*(?:nhưng|song)\s))|"
                          r"(?<![^\W\d_])(?:là\s+)?(?:mức\s+|tốc\s+độ\s+)?(?:cao|thấp|lớn|nhỏ|chậm|nhanh)\s+(?:nhất|kỷ\s+lục)(?:[^,;()\d–—]|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|\d{1,2}\s+năm)*(?=[,;]|\s*[–—-])|\((?:\s*(?:chủ\s+yếu\s+)?(?:do|nhờ|vì)\s)[^()\d]*\)", re.IGNORECASE)
_ABOUT = re.compile(r"\s*về\s+(?P<what>[^\W\d_][^,;.()\d]*?)(?=\s*(?:[,;.)]|và\s|so\s+với|so\s+cùng|$))", re.IGNORECASE)
def _named_before(norm: str, gap: str, frames: list[Frame], sentence_frames: list[int]) -> Frame | None:
    """The figure of this sentence, stated without a comparison, that the short subject before a comparison names
    again: "có 13,2 nghìn doanh nghiệp ... với 96,3 nghìn tỷ đồng vốn; so với tháng trước, số doanh nghiệp giảm 21,3%,
    vốn đăng ký giảm 9,8%". None unless every word of that subject is among the figure's own words."""
    parts = _CONNECTIVES.split(_strip_baselines(gap))
    if len(parts) < 2:
        return None  # "8,6 triệu lượt khách quốc tế, tăng 14,5%": words after a figure describe that figure
    said = parts[-1]  # the subject of the comparison's own clause
    wanted = set(_WORDS.findall(said.casefold())) - _ABOUT_FILLER - {"đăng", "ký"}
    measure = " ".join(said.casefold().split()).removeprefix("số ")
    if len(sentence_frames) >= 2 and (not wanted and _VOLUME.fullmatch(measure) or _WORTH.fullmatch(measure)):
        # "có 90 doanh nghiệp ra đời với 308,6 tỷ đồng vốn, số lượng giảm 19%": the count, not the money; "384.940
        # tấn / 209,12 triệu USD (lượng +12,03%, kim ngạch +12,66%)": the tonnes, then the dollars
        return _physical(norm, frames, sentence_frames, without_changes=True, money=bool(wanted))
    if not wanted or len(_WORDS.findall(said)) > 6 or len(sentence_frames) < 2:
        return None
    found = None
    for k in sentence_frames[-_NEAR:]:  # bounded: a sentence of thousands of figures stays linear
        f = frames[k]
        if f.value is None or f.changes or f.in_parentheses:
            continue
        if wanted <= set(_WORDS.findall(norm[f.value.start:f.value.end].casefold())):
            return f  # "157,2 nghìn doanh nghiệp" is what "số doanh nghiệp" names, before "vốn ... của doanh nghiệp"
        if found is None and wanted <= _figure_words(norm, f):
            found = f
    return found


def _figure_words(norm: str, f: Frame) -> set[str]:
    """The words that say what a value frame measures: the last clause before its figure, and its unit."""
    clause = _CLAUSES.split(norm[f.region[0]:f.value.start])[-1]
    after = _NOUN_AFTER.match(norm, f.value.end)  # "308,6 tỷ đồng vốn đăng ký"
    return set(_WORDS.findall((clause + " " + norm[f.value.start:f.value.end] + " " +
                               (after.group() if after else "")).casefold()))


# the words right after a figure, up to the clause's end (four at most): what it counts or measures
_NOUN_AFTER = re.compile(r"(?:\s+[^\W\d_]+){1,4}?(?=\s*(?:[,;.()\n]|$)|\s+(?:so|tăng|giảm|và|với)(?![^\W\d_]))",
                         re.IGNORECASE)


_CONNECTIVES = re.compile(r"(?<![^\W\d_])(?:còn|nhưng|và|thì|trong\s+khi|riêng|song)(?![^\W\d_])|[,;:(]", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;:]|(?<![^\W\d_])(?:với|và|có)(?![^\W\d_])", re.IGNORECASE)
_ABOUT_FILLER = {"số", "lượng", "tổng", "mức", "về", "và", "lại", "cũng", "vẫn", "thì"}  # (adverbs: "còn lao động lại tăng")
_NEAR = 24  # how many figures back in a sentence a comparison looks for the one it names


def _about(norm: str, el: Piece, frames: list[Frame], sentence_frames: list[int]) -> Frame | None:
    """The figure of this sentence that a comparison names with "về ..." ("giảm 10,3% về vốn đăng ký"): the value
    whose last clause and unit share the most words with the name; None if none shares any."""
    m = _ABOUT.match(norm, el.end)
    if m is None:
        return None
    what = m.group("what").casefold()
    wanted = set(_WORDS.findall(what)) - _ABOUT_FILLER
    best, best_score = None, 0
    for k in sentence_frames[-_NEAR:]:  # bounded: a sentence of thousands of figures stays linear
        f = frames[k]
        if f.value is None or f.in_parentheses:
            continue
        score = len(wanted & _figure_words(norm, f))
        if score > best_score:
            best, best_score = f, score
    measure = " ".join(what.split()).removeprefix("số ")
    if best is None and _VOLUME.fullmatch(measure):
        # "xuất được 63 nghìn tấn, trị giá 343 triệu USD, tăng 34% về lượng và 27,5% về giá trị"; "đạt 94.754, tổng
        # vốn 601.519 tỷ đồng, tăng 26,6% về số lượng": a count written bare is physical too
        return _physical(norm, frames, sentence_frames, bare=True)
    if best is None and _WORTH.fullmatch(measure):
        # "đạt 1,15 triệu tấn và 1,95 tỉ USD, giảm 11,9% về lượng, giảm 20,4% về trị giá": the money
        return _physical(norm, frames, sentence_frames, money=True)
    return best


def _physical(norm: str, frames: list[Frame], sentence_frames: list[int], without_changes: bool = False,
              money: bool = False, bare: bool = False) -> Frame | None:
    """What "lượng" / "số lượng" names among the figures of a sentence: the last one in a physical unit (tonnes,
    pieces, firms; not money, a price or a percentage), or with `bare` also a number written with no unit; with
    `money`, what "kim ngạch" / "trị giá" names: the last one in money."""

    for k in reversed(sentence_frames[-_NEAR:]):
        f = frames[k]
        if f.value is not None and not f.in_parentheses and not (without_changes and f.changes):
            unit = parse_quantity(norm[f.value.start:f.value.end])[2]
            dimension = unit_dimension(unit) if unit is not None else None
            if (dimension == "money") if money else (dimension in _PHYSICAL or bare and unit is None):
                return f
    return None


_VOLUME = re.compile(r"(?:sản\s+|khối\s+)?lượng")
_WORTH = re.compile(r"kim\s+ngạch|trị\s+giá|giá\s+trị")
_PHYSICAL = {"mass", "volume", "count", "energy", "area", "length", "container", "passenger", "power"}


def _second_about(norm: str, elements: list[Piece], k: int) -> bool:
    """A percentage after a comparison that names its figure, written the same way without its verb: the "18%" of
    "tăng 24% về lượng và 18% về kim ngạch"."""
    el = elements[k]
    return k > 0 and elements[k - 1].label == "CHANGE" and _percent(norm, el) and \
        _ABOUT.match(norm, el.end) is not None and elided_about(norm, elements[k - 1].end, el.start)


def elided_about(norm: str, end: int, start: int) -> bool:
    """Whether the words from the end of one comparison to the start of the next name the figure the first is about
    and join the next, whose verb is left out: " về lượng và " in "tăng 24% về lượng và 18% về kim ngạch"."""
    m = _ABOUT.match(norm, end)
    return m is not None and _ELIDED_ABOUT.fullmatch(norm, m.end(), start) is not None


_ELIDED_ABOUT = re.compile(r"\s*(?:,|;|và|,\s*và|còn)\s*", re.IGNORECASE)
_CLOSES = re.compile(r"[^\d()\n;]{0,40}\)")
_AND_WORD = re.compile(r"\s+và\s+", re.IGNORECASE)
_SUBJECT_SPLIT = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+", re.IGNORECASE)


def _respective_subjects(norm: str, elements: list[Piece], k: int, region_start: int,
                         s_end: int) -> list[tuple[tuple[int, int], Piece]] | None:
    """For "A và B lần lượt tăng X% và Y%" (or "là X% và Y%"): each subject's range with its figure, when there
    are as many subjects as figures; else None."""
    el = elements[k]
    starts = _respectively_starts(norm)
    i = bisect_left(starts, region_start)
    if i == len(starts) or starts[i] >= el.start:
        return None  # no "lần lượt" / "tương ứng" before the figure in its region (most figures)
    m = None
    for m in _RESPECTIVELY.finditer(norm, region_start, el.start):
        pass
    if m is None or re.search(r"[^\W\d_]", norm[m.end():el.start].replace("là", "").replace("tăng", "")
                                                           .replace("giảm", "").replace("đạt", "").replace("chiếm", "")):
        return None
    count = 1
    kind = (el.label, _percent(norm, el))
    while k + count < len(elements) and elements[k + count].start < s_end and \
            (elements[k + count].label, _percent(norm, elements[k + count])) == kind and \
            _AND.fullmatch(norm, elements[k + count - 1].end, elements[k + count].start):
        count += 1  # figures of one kind: "đạt 10,5 tỷ USD, 1,95 tỷ USD và 1,17 tỷ USD, tăng tương ứng ..."
    if count < 2:
        return None
    head = norm[region_start:m.start()]
    lead = len(head) - len(head.lstrip(" ,;:."))
    last_clause = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
    if _PLURAL_POINTER.search(head, last_clause + 1) and "(" not in head:
        return None  # "hai mặt hàng này lần lượt tăng 13% và 70%": the figures named before, not subjects here
    # "Năm 2024, kim ngạch xuất khẩu và nhập khẩu": the subjects of the last clause, else of the whole region
    for start, splitter in ((region_start + last_clause + 1, _AND_WORD), (region_start + lead, _SUBJECT_SPLIT)):
        parts, pos = [], start
        for sep in splitter.finditer(norm, start, m.start()):
            parts.append((pos, sep.start()))
            pos = sep.end()
        parts.append((pos, m.start()))
        parts = [(a + len(norm[a:b]) - len(norm[a:b].lstrip()), b) for a, b in parts
                 if re.search(r"[^\W\d_]", norm[a:b])]
        if len(parts) == count:
            return list(zip(parts, elements[k:k + count]))
    return None


def _lead_in_unit(norm: str, frames: list[Frame], lead: int, frame: Frame) -> int:
    """The figure of the lead's sentence that an item's figure breaks down: the lead, or the one other figure there
    measured like the item's ("diện tích ... ước 78.520 ha, sản lượng ước 448.630 tấn. Cụ thể: - Xoài: 19.026 ha -
    65.223 tấn": the tonnes are of the output)."""
    dimension, lead_dimension = _dimension(norm, frame.value), _dimension(norm, frames[lead].value)
    if dimension is None or lead_dimension is None or dimension == lead_dimension:
        return lead
    sentence = frames[lead].sentence
    near = range(max(0, lead - 12), min(len(frames), lead + 13))  # bounded: the figures of one sentence
    same = [k for k in near if frames[k].sentence == sentence and not frames[k].item and
            _dimension(norm, frames[k].value) == dimension]
    return same[0] if len(same) == 1 else lead


def _dimension(norm: str, piece: Piece | None) -> str | None:
    """What a figure measures by its unit ("area", "mass", "money", ...); None for a bare number, a percentage or a
    scale word alone."""
    if piece is None:
        return None
    unit = parse_quantity(norm[piece.start:piece.end])[2]
    dimension = unit_dimension(unit) if unit is not None and unit != "%" else None
    return None if dimension == "scale" else dimension  # "85,6 ngàn": a count whose noun is left out


def _elided_change(norm: str, frame: Frame, lead: Frame) -> bool:
    return frame.value is not None and not frame.changes and lead.value is None and bool(lead.changes) and \
        _percent(norm, frame.value) and all(_percent(norm, c) for c in lead.changes) and \
        not _LEVEL_BEFORE.search(norm, max(frame.region[0], frame.value.start - 12), frame.value.start)


def head_change_type(head: str) -> str | None:
    """Whether the head of a list says its items rose or fell: the type of the last such verb in it ("Các nhóm còn
    lại cũng tăng so với tháng trước nhưng khá nhẹ, lần lượt" -> "increase")."""
    found = list(_head_change_re().finditer(head))
    # (the verb as the lexicon writes it: the pattern takes any run of spaces between its words, "tăng  thêm")
    return _head_change_types()[re.sub(r"\s+", " ", found[-1].group()).casefold()] if found else None


@lru_cache(maxsize=None)
def _head_change_types() -> dict[str, str]:
    return {form: kind for form, kind in mapping("changes.tsv").items() if kind in ("increase", "decrease")}


@lru_cache(maxsize=None)
def _head_change_re() -> re.Pattern:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(list(_head_change_types()))})(?![^\W\d_])", re.IGNORECASE)


_LEVEL_BEFORE = re.compile(r"(?<![^\W\d_])(?:đạt|là|ở\s+mức|mức|chiếm|bằng)\s*$", re.IGNORECASE)


def _in_units_of(norm: str, change: Piece, aside: Frame, outer: Frame) -> bool:
    """Whether a comparison is written in the unit of the figure in parentheses, not in that of the figure before
    it: "86,3 triệu đồng/người (3.717 USD), tăng 131 USD"."""

    if aside.value is None or outer.value is None:
        return False
    unit = parse_change(norm[change.start:change.end])[3]
    return unit is not None and unit != "%" and unit == parse_quantity(norm[aside.value.start:aside.value.end])[2] \
        != parse_quantity(norm[outer.value.start:outer.value.end])[2]


def _has_unit(norm: str, piece: Piece | None) -> bool:

    return piece is not None and parse_quantity(norm[piece.start:piece.end])[2] is not None


def _percent(norm: str, piece: Piece) -> bool:

    return parse_quantity(norm[piece.start:piece.end])[2] == "%"


def _coordinated_changes(norm: str, elements: list[Piece], k: int, s_end: int) -> int:
    """How many comparisons in a row, joined by "," or "và", start at elements[k] ("tăng 3,0%, tăng 1,3% và giảm
    5,6%")."""
    count = 1
    while k + count < len(elements) and elements[k + count].start < s_end and \
            (elements[k + count].label == "CHANGE" or _percent(norm, elements[k + count])) and \
            _AND.fullmatch(norm, elements[k + count - 1].end, elements[k + count].start):
        count += 1  # "tăng tương ứng 24,1%, 15,3% và 9,1%": the later ones may be bare percentages
    return count


_BULLET = re.compile(r"[ \t]*(?:[-–—•*+]|[a-zđ0-9]{1,2}[.)])\s", re.IGNORECASE)


def _bullet_mark(norm: str, s_start: int) -> str:
    """The mark of a bullet line ("-", "+", "•"; "1." and "a)" count as the same kind), or "" for no bullet."""
    m = _BULLET.match(norm, s_start)
    if m is None:
        return ""
    mark = m.group().strip()
    return mark if mark in "-–—•*+" else "#" if mark[0].isdigit() else "a"


# what lies between the last figure and a bullet line when the figure's own sentence announces the bullets: a
# clause with no sentence end, closed by a colon
_CLAUSE_COLON_BEFORE = re.compile(r"[^.!?\n]*:\s*")


def _counted(norm: str, piece: Piece) -> bool:

    return unit_dimension(parse_quantity(norm[piece.start:piece.end])[2]) == "count"


def _late_breakdown(region_text: str, breakdown: re.Pattern, sentence_leads: list[int]) -> bool:
    """Whether the last clause of a region opens a breakdown of the figure before it, after an aside with no figure
    ("GRDP ước tăng 9,63%, xếp thứ 7/34 tỉnh, thành phố; trong đó khu vực Long An tăng 9,49%")."""
    if not sentence_leads:
        return False
    # (any clause of it: the item's own name may hold a comma, "trong đó khu vực nông, lâm nghiệp và thủy sản")
    return any(breakdown.match(region_text[m.start():]) is not None for m in _CLAUSE_BREAK.finditer(region_text)
               if m.start() > 0)


_CLAUSE_BREAK = re.compile(r"[;,]")


@lru_cache(maxsize=None)
def _speaker() -> re.Pattern:
    # the speaker's word, then a name or an office with no figure and no clause break ("Bà Rịa" is a place)
    return re.compile(rf"[\s\-–•*]*(?!bà\s+rịa)(?:{alternation(words('speakers.txt'))})(?!{_L})[^,;:.?!\d\n]{{0,60}}",
                      re.IGNORECASE)


def _turn_of_speech(norm: str, s_start: int, colon: int) -> bool:
    """Whether the colon at `colon` closes a speaker's label that opens the sentence ("Phóng viên: ...")."""
    return _speaker().fullmatch(norm, s_start, colon) is not None


@lru_cache(maxsize=None)
def _speech_verb() -> re.Pattern:
    return re.compile(rf"(?<!{_L})(?:{alternation(words('speech_verbs.txt'))})\s*:\Z", re.IGNORECASE)


def _reported_speech(norm: str, s_start: int, colon: tuple[int, int]) -> bool:
    """Whether a bare colon closes a verb of saying ("Tổng cục Thống kê công bố: năm 2024, ..."): what follows is
    the words reported, not a list."""
    return _speech_verb().search(norm, max(s_start, colon[0] - 16), colon[1]) is not None and \
        norm[colon[0]:colon[1]].strip() == ":"


# a period that labels the sentence after it ("Cộng dồn 10 tháng năm 2023: IIP tăng 13,01%", "Quý I/2025: ...")
_PERIOD_LABEL = re.compile(r"[\s\-–•*+]*(?:(?:cộng\s+dồn|tính\s+chung|lũy\s+kế|ước\s+tính|ước|trong|riêng|tính\s+đến|"
                           r"đến\s+hết|đến)\s+)?(?:(?:\d{1,2}|sáu|chín|mười(?:\s+một)?)\s+tháng(?:\s+đầu\s+năm)?|tháng|quý|"
                           r"năm|nửa\s+đầu\s+năm|cả\s+năm)(?:\s*[\dIVX]+)?(?:\s*/\s*\d{4}|\s+năm\s+\d{4}|\s+\d{4})?\s*",
                           re.IGNORECASE)


_ADVERB = r"(?:thì|đã|cũng|vẫn|chỉ(?!\s+tiêu)|lại)"  # before a comparison, after its subject ("chỉ tiêu" is a noun)
_CLAUSE_SUBJECT = rf"(?P<subject>{_L}[^,;.:()|\n\d]{{0,40}}?)"
# after a figure (and what it measures, named after it) and a baseline that opens the next clause (taken out of the
# gap): the clause's subject, if any, then the comparison ("; so với cùng kỳ năm trước (...), doanh thu tăng 12,3%")
_RESTATED_SUBJECT = re.compile(rf"(?:[ \t]+{_L}(?:[^,;.:()|\n\d]|\d{{1,2}}\s+(?:tuổi|tháng)|(?:19|20)\d\d){{0,60}}?)?"
                               # an aside before the semicolon: ", là mức tăng cao nhất trong nhiều năm qua;"
                               rf"(?:\s*,\s*{_L}[^,;.:()|\n\d]{{0,80}}?(?=\s*;))?(?:\s*[;,:(]|\s+[–—])\s*"
                               rf"(?:(?:còn|và|nhưng|song|đồng\s+thời)\s+)?(?:nếu\s+)?\s*(?:\([^()]*\))?[\s,]*"
                               rf"(?:(?!{_ADVERB}\s){_CLAUSE_SUBJECT})?\s*(?:{_ADVERB}\s+)*",
                               re.IGNORECASE)
_POINTS_BACK = re.compile(r"(?:này|đó)$", re.IGNORECASE)
# the prices a comparison counts in, opening its clause like a baseline: "sau khi loại trừ yếu tố giá", "nếu tính
# theo giá so sánh", "theo giá so sánh 2010"
_PRICE_BASIS = re.compile(r"(?:(?:sau\s+khi|nếu|khi)\s+)?(?:loại\s+trừ\s+(?:yếu\s+tố\s+|biến\s+động\s+)?(?:tăng\s+)?giá|"
                          r"(?:tính\s+|quy\s+đổi\s+)?theo\s+giá\s+(?:so\s+sánh|thực|cố\s+định)(?:\s+(?:năm\s+)?\d{4})?)",
                          re.IGNORECASE)


def _points_back(subject: str | None) -> bool:
    """Whether a clause's subject points back to one figure: "con số này", "chỉ tiêu này", "mức này" (not "các thị
    trường này", "hai chỉ tiêu này")."""
    subject = (subject or "").strip()
    return _POINTS_BACK.search(subject) is not None and not _SEVERAL.match(subject) and len(subject.split()) <= 4


# words that open a subject without naming what is measured: "lượng khách" after "6.071 nghìn lượt khách"
_LIGHT_HEAD = re.compile(r"^(?:số\s+lượng|lượng|số|tổng|con\s+số|mức)\s+", re.IGNORECASE)
_SEVERAL = re.compile(r"(?:các|những|hai|ba|cả)\s", re.IGNORECASE)


# what a figure's unit says it measures: "ước thu hoạch 964,9 nghìn tấn; so với cùng kỳ, sản lượng tăng 3,9%"
_MEASURE_OF = {"mass": {"sản", "lượng", "khối"}, "area": {"diện", "tích"}, "yield": {"năng", "suất"},
               "money": {"giá", "trị", "kim", "ngạch"}}


def _same_subject(norm: str, subject: str | None, frame: Frame, gap: str) -> bool:
    """Whether the subject of a clause after a figure is the figure's again: none, a phrase pointing back to one
    thing ("diện tích này", not "các thị trường này"), or words all written in the figure's own clause ("đàn" after
    "đàn trâu, bò ... 48,2 nghìn con", "lượng khách" after "6.071 nghìn lượt khách"; not "nhập khẩu" after "xuất
    khẩu")."""
    if subject is None or not subject.strip():
        return True
    subject = subject.strip()
    if _SEVERAL.match(subject):
        return False
    if _points_back(subject):
        return True
    if _POINTS_BACK.search(subject):
        subject = _POINTS_BACK.sub("", subject).strip()  # "số dự án cấp mới này": the words are the figure's
    cut = re.search(r"[;,]", gap)
    clause = norm[frame.region[0]:frame.end] + (gap[:cut.start()] if cut else "")
    said = {w.casefold() for w in re.findall(rf"{_L}+", clause)}
    if frame.value is not None:
        said |= _MEASURE_OF.get(unit_dimension(parse_quantity(norm[frame.value.start:frame.value.end])[2]), set())
    named = [w.casefold() for w in re.findall(rf"{_L}+", _LIGHT_HEAD.sub("", subject))]
    return bool(named) and all(w in said for w in named)


def _period_label(norm: str, s_start: int, colon: tuple[int, int]) -> bool:
    """Whether a bare colon closes a period that opens the sentence: what follows is a statement, not a list."""
    return norm[colon[0]:colon[1]].strip() == ":" and _PERIOD_LABEL.fullmatch(norm, s_start, colon[0]) is not None


_LIST_COLON = re.compile(r"(?:\s+(?:như|gồm|bao\s+gồm|cụ\s+thể|như\s+sau|lần\s+lượt\s+là))?\s*:|\s+như(?=\s)",
                         re.IGNORECASE)


def _list_colon_in(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of a list opener ("như:", ":", "như") inside [start, end), or None."""
    m = None
    for m in _LIST_COLON.finditer(norm[start:end]):
        pass
    if m is None:
        return None
    return start + m.start(), start + m.end()


def _attach_baseline(frame: Frame, index: int, baselines: "Pieces", norm: str, s_end: int,
                     s_start: int | None = None) -> None:
    """The baseline of the frame's index-th comparison: right after it, else fronted before it in its sentence
    (`s_start`, when the comparison is in a later sentence than the frame's figure)."""
    change = frame.changes[index]
    fronted = _fronted_baseline(frame, change, baselines, norm, s_start)
    for b in baselines.overlapping(change.end, s_end):
        if b.start >= change.end:
            between = norm[change.end:b.start]
            if (re.match(r"^[\s,()]*(?:về\s+[^,;()\d]*?)?[\s,]*(?:(?:khi|nếu)\s+)?(?:so\s+với|so)?[\s,]*$", between,
                         re.IGNORECASE) or
                    re.match(r"^[\s,]*$", between)) and not (fronted is not None and _OPENS_NEXT.match(norm, b.end)):
                # (not the baseline that opens the next comparison when this one has its own before it: "so với
                # tháng trước đạt 102,98%, so với cùng kỳ đạt 113,60%")
                frame.baselines[index] = b
                frame.end = max(frame.end, b.end)
                return
            break
    if fronted is not None:
        frame.baselines[index] = fronted


def _fronted_baseline(frame: Frame, change: Piece, baselines: "Pieces", norm: str,
                      s_start: int | None = None) -> Piece | None:
    """A baseline right before the comparison and opening a clause: "...; so với tháng 12/2023 tăng 0,31% và so
    với cùng kỳ năm trước tăng 3,37%"."""
    s_start = frame.sentence[0] if s_start is None else s_start
    found = None
    for b in baselines.overlapping(max(s_start, change.start - 120), change.start):
        if b.end <= change.start and b.start >= s_start and _FRONTED_GAP.fullmatch(norm, b.end, change.start) and \
                (_CLAUSE_OPENS.search(norm, max(s_start, b.start - 12), b.start) or
                 _SENTENCE_OPENS.fullmatch(norm, s_start, b.start) or
                 # right before the verb, after the subject: "CPI tháng 6 so với tháng trước tăng 0,67%" (not
                 # the one right after the comparison before: "tăng 19,7% so với tháng trước, góp 0,83 điểm")
                 _RIGHT_BEFORE.fullmatch(norm, b.end, change.start) and
                 not any(c.end <= b.start and not norm[c.end:b.start].strip(" ,") for c in frame.changes)) and \
                BASELINE_OPENER.match(norm, b.start) is not None:
            found = b
    return found


@lru_cache(maxsize=None)
def _new_subject_in_descriptor() -> re.Pattern:
    """In the words that qualify a count, what opens another subject: "với", "trong đó", "gồm", and "và" before an
    indicator word ("... doanh nghiệp và số vốn tăng 5%"); a "và" that goes on describing the count stays ("doanh
    nghiệp đăng ký thành lập mới và quay trở lại hoạt động, tăng 8,7%")."""
    heads = alternation(words("indicator_heads.txt"))
    return re.compile(rf"(?<![^\W\d_])(?:với|trong\s+đó|gồm|và(?=\s+(?:{heads})(?![^\W\d_])))(?![^\W\d_])",
                      re.IGNORECASE)


# "trong nước" (domestic) in a name is no connector "trong": "135,93 tỷ USD của khu vực kinh tế trong nước (tăng
# 18,3%)"
_DOMESTIC = re.compile(r"(?<![^\W\d_])trong\s+nước(?![^\W\d_])", re.IGNORECASE)
# "(ước tính)" after what a figure measures: a remark on the figure, no clause of its own
_ESTIMATE_ASIDE = re.compile(r"\(ước(?:\s+tính)?\)", re.IGNORECASE)
# "trong năm", "trong tháng này": the figure's period, no clause of its own
_IN_PERIOD = re.compile(r"(?<![^\W\d_])trong\s+(?:năm|tháng|quý|kỳ)(?:\s+(?:này|nay|qua))?(?![^\W\d_])", re.IGNORECASE)
# an aside in words only, no figure in it but a year ("(chưa tính thu chuyển nguồn)", "(giá so sánh 2010)")
_WORDS_ASIDE = re.compile(r"\((?:[^()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){1,60}\)")
# how a sentence opens that compares the figure before it again: "Còn so với cùng kỳ năm trước, ...", "Nếu so với
# tháng 12/2023, ..."
_OPENS_AGAIN = re.compile(r"[\s\-–•*+]*(?:(?:còn|nhưng|song|và)\s+)?(?:nếu\s+)?"
                          r"(?:(?=so\s+(?:với\s+)?)|(?P<verb>lấy\s+mốc|đặt\s+cạnh|so\s+sánh\s+với)\s+|"
                          # "Con số này cao hơn 5,6% so với tháng trước": a subject pointing back to the figure
                          r"(?P<back>(?=(?:con\s+số|chỉ\s+số|chỉ\s+tiêu|mức)\s+(?:này|đó|trên)\s))|"
                          # "Loại trừ yếu tố giá, mức tăng là 8,3%": the same figure's rise counted in other prices
                          r"(?P<prices>(?:(?:sau\s+khi|nếu|khi)\s+)?loại\s+trừ\s+(?:yếu\s+tố\s+|biến\s+động\s+)?(?:tăng\s+)?"
                          r"giá(?=\s*,)))", re.IGNORECASE)
# "Nếu đặt cạnh tháng 12/2014 thì mức tăng là 0,55%": the figure's change, named as such (the recognizer may take
# "tăng" into the comparison)
_THE_CHANGE = re.compile(r"\s*(?:mức|tốc\s+độ)(?:\s+(?:tăng|giảm))?(?:\s+là)?\s*", re.IGNORECASE)
# "Lấy mốc tháng 12/2023 thì CPI đã tăng 1,40%": "thì" parts the baseline from the comparison as a comma does
_THEN = re.compile(r"\s+thì(?=\s)", re.IGNORECASE)


def _reopened(opener: re.Match, rest: str) -> str:
    """What stands before a comparison in a sentence `_OPENS_AGAIN` opens, as `_RESTATED_SUBJECT` reads a clause after
    a figure: the baseline taken out, then a comma and the subject ("Lấy mốc tháng 12/2023 thì CPI đã" -> ", CPI
    đã")."""
    if opener.group("verb"):
        rest = "so với " + rest  # "đặt cạnh tháng 12/2014": a baseline as "so với" writes it
    if opener.group("back") is not None:
        rest = ", " + rest
    return _THEN.sub(", ", _strip_baselines(rest))


def _names_again(subject: str | None, clause: str) -> bool:
    from .subject_choice import names_again

    return bool(subject and subject.strip()) and names_again(subject.strip(), clause)


def _only_baselines(text: str) -> bool:
    """Whether `text`, between a figure and the end of its sentence, holds nothing but baselines and punctuation."""
    return len(text) <= 80 and not _strip_baselines(text).strip(" \t.,;:")


_OPENS_WITH_BASELINE = re.compile(r"[\s\-–•*+]*so\s+(?:với\s+)?", re.IGNORECASE)
_OPENS_NEXT = re.compile(r"\s*,?\s*(?:thì\s+)?(?:đạt|tăng|giảm|bằng|gấp|(?:cao|thấp|nhiều|ít|nhỉnh|kém)\s+hơn|nhích|vượt|"
                         r"sụt|thêm|bớt)(?![^\W\d_])", re.IGNORECASE)


# what may stand between a fronted baseline and its comparison: a comma, then at most a short subject without
# figures (a month or year aside) or punctuation ("so với năm 2023, lượng gạo xuất khẩu tăng 10,9%", "so với cùng
# kỳ, con số này tăng 7,2%")
_FRONTED_GAP = re.compile(r"[\s,]*(?:(?:[^\W\d_]+|[-–]|\d{1,2}/\d{4}|(?:19|20)\d\d|\([A-Z]{2,6}\))\s+){0,12}")
# (an adverb may stand between it and the verb: "so với tháng 8/2019 chỉ nhích tăng 0,75%")
_RIGHT_BEFORE = re.compile(r"[\s,]*(?:thì\s+)?(?:(?:chỉ|vẫn|cũng|đã|lại|đều|tiếp\s+tục)\s+){0,2}", re.IGNORECASE)
_SENTENCE_OPENS = re.compile(r"[\s\-–•*+]*")  # only a bullet before it: "So với năm 2023, lượng gạo tăng 10,9%"
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(]|(?<![^\W\d_])(?:và|còn|nhưng|song))\s*$", re.IGNORECASE)
