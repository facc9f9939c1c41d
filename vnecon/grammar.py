"""Patterns for the pieces of a statistical statement, on the normalized text (see textview.py).

Each finder returns character ranges in the normalized text; the components map them back to the caller's text.
Each parser reads one span's own text, so a span from the rules or from a trained recognizer parses the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .lexicon import alternation, first_characters, mapping, table, words
from .numbers import NUMBER_PATTERN, NUMBER_WORDS, parse_number, parse_number_words
from .textview import INVISIBLE

_L = r"[^\W\d_]"  # a letter
_SPACES = re.compile(r"\s+")  # collapsed to one space in units and trigger words (compiled once: used per number)
_NUMWORD = alternation([w for w in NUMBER_WORDS])


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None = None


@dataclass(frozen=True)
class ChangeMatch:
    start: int
    end: int
    type: str
    value: float
    value_max: float | None
    unit: str | None


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str


# ---------------------------------------------------------------- quantities

# what a price or a rate is per ("triệu đồng/lao động", "đồng/người/tháng"): a word of lexicons/per_units.txt, a
# "bình 12 kg" (gas by the cylinder), or any other one word that punctuation, a number or the end of the text closes
# ("tỷ đồng/phiên,", "đồng/bó)"); a word followed by more words is left out ("tỷ đồng/dự toán" is a ratio of two
# figures, no unit)
def _per() -> str:
    listed = alternation(words("per_units.txt"))
    # (two of them joined by a hyphen: "triệu đồng/người-tháng")
    return rf"(?:{listed}(?:-{listed})?(?!{_L})|bình(?:\s*\d+\s*kg)?(?!{_L})|{_L}+(?=[ \t]*(?:[^\w\s]|\d|$)))"


# "3 tỷ 362 triệu USD", "2 triệu 500 nghìn đồng": the count of a smaller scale right after a scale is part of the
# value (the lookbehinds read the scale's last word: "tỷ" then "triệu" or "nghìn", "triệu" then "nghìn")
_SMALLER = (r"(?:(?<=[tT][ỷỉ])[ \u00a0]+(?P<num3>\d{1,3})[ \u00a0]+(?P<scale3>triệu|nghìn|ngàn)|"
            r"(?<=[tT]riệu)[ \u00a0]+(?P<num4>\d{1,3})[ \u00a0]+(?P<scale4>nghìn|ngàn))")


@lru_cache(maxsize=None)
def _quantity_re() -> re.Pattern:
    scales = alternation([f for f, _ in table("scales.tsv")])
    # a unit's words stand on one line: "490.880 lượt" ending a row is not the unit "lượt khách" with the next
    # paragraph's first word
    units = alternation([f for f, _ in table("units.tsv")], flexible_space=False).replace(r"\ ", r"[ \t\u00a0\u2009\u202f]+")
    per = _per()
    number = rf"(?:{NUMBER_PATTERN})"
    # "tỷ lệ", "tỷ trọng", "tỷ giá": no scale ("mỗi năm tỷ lệ này giảm" is no five billion)
    noun = rf"(?![ \t\u00a0\u2009\u202f]+(?:lệ|trọng|giá|suất|số)(?!{_L}))"
    word_number = rf"(?:{_NUMWORD}(?:\s+{_NUMWORD})*)(?=\s+(?:(?:{scales}){noun}|{units})(?!{_L}))"
    sp = r"[ \t\u00a0\u2009\u202f]*"
    pattern = (
        rf"(?P<num>{number}|{word_number})"
        # "12 - 14%", and "0,02% - 0,12%" with the unit written twice
        rf"(?:(?:%(?={sp}(?:-|–|—|đến|tới){sp}(?:{number}){sp}%))?{sp}(?P<dash>-|–|—|đến|tới){sp}(?P<num2>{number})"
        rf"(?!\d|\s*/\s*\d))?"
        rf"(?:{sp}(?P<scale>{scales}(?:[ \u00a0\u2009\u202f]+{scales})?(?:(?<=[Tt]r)\.)?){noun}(?:(?<=\.)|(?!{_L})|(?=USD|VND|VNĐ|EUR|đồng(?!{_L})))(?P<half>[ \u00a0\u2009\u202f]+rưỡi(?!{_L}))?(?:{_SMALLER}(?!{_L}))?)?"  # "Tr.USD", "hai tỷ rưỡi"
        rf"(?:{sp}(?P<unit>{units}(?:/{per})*)(?:(?<=%)(?!\d)|(?!{_L}|\d)))?"  # "7,44%so với": % ends itself
    )
    # (after a lookahead for the characters a quantity can start with: most positions of a text start none)
    return re.compile(first_characters(pattern, re.IGNORECASE) + pattern, re.IGNORECASE)


@lru_cache(maxsize=None)
def _context_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    qualifiers = alternation([f for f, _ in table("qualifiers.tsv")])
    triggers = alternation([f for f, _ in table("changes.tsv")] + list(words("predicates.txt")))
    qual_before = re.compile(rf"(?:^|(?<!{_L}))(?P<q>{qualifiers})\s*$", re.IGNORECASE)
    # (and "được": "thu từ dầu thô được57,3 nghìn tỉ")
    glued_before = re.compile(rf"(?:^|(?<!{_L})){triggers}$|(?:^|(?<!{_L})){qualifiers}$|(?:^|(?<!{_L}))được$",
                              re.IGNORECASE)
    # numbers that name a date, a period, a rank, a document or an item, not a quantity (the words after a lookahead
    # for their first letters, as alternation() writes a lexicon: the pattern is tried at each word start before
    # every number)
    not_quantity_words = (
        r"(?:ngày|tháng|(?<!hàng\s)(?<!lâu\s)năm|quý|giai đoạn|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|"
        r"thứ|lần thứ|khóa|khoá|hạng|top|vị trí|xếp thứ|đứng thứ|tuyến|quốc lộ|"
        r"QL|km|phụ lục|trang|ISO|Euro|TCVN|mốc|ngưỡng|RON|OM|IR|ST|top)"
    )
    not_quantity_before = re.compile(
        rf"(?:(?<!\w){first_characters(not_quantity_words, re.IGNORECASE)}{not_quantity_words}\s*|[\[/#№]|=\s*|"
        r"[^\W\d_]-)$",
        re.IGNORECASE,
    )
    # words that number an item ("khoản 2", "nhóm 5", "kỳ 3", "Bảng 4") unless the number carries a unit: "điều 344,4
    # nghìn tấn" (cashew), "Hoa Kỳ 119,5 tỷ USD", "máy tính bảng 11,4 triệu cái"
    item_words = (r"(?:số|khoản|điều|mục|phiên|đợt|bảng|biểu|mẫu|mã|(?<!Hoa\s)(?<!cùng\s)kỳ|lô|cấp|nhóm|(?<!các\s)loại|"
                  r"khu\s+vực|vùng)")
    item_before = re.compile(rf"(?<!\w){first_characters(item_words, re.IGNORECASE)}{item_words}\s*$", re.IGNORECASE)
    return qual_before, glued_before, not_quantity_before, item_before


@lru_cache(maxsize=None)
def _unit_tail_re() -> re.Pattern:
    return re.compile(rf"[ \t\u00a0\u2009\u202f]+(?P<t>{alternation([f for f, _ in table('unit_tails.tsv')])})(?!{_L})",
                      re.IGNORECASE)


def _with_tail(norm: str, end: int, unit: str) -> tuple[int, str]:
    """(end, unit) once the words after a counted noun are read (lexicons/unit_tails.tsv): kept in the unit
    ("48 doanh nghiệp lữ hành"), or naming who is counted ("8,6 triệu lượt khách quốc tế" -> "triệu lượt")."""
    t = _unit_tail_re().match(norm, end)
    if t is None or unit_dimension(unit) != "count":
        return end, unit
    action = mapping("unit_tails.tsv").get(_SPACES.sub(" ", t.group("t")).casefold())
    if action == "keep":
        return t.end(), unit + " " + _SPACES.sub(" ", t.group("t"))
    head, _, noun = unit.rpartition(" ")
    if action == "subject" and head and unit_dimension(head) == "count" and \
            norm[end - len(noun):end].casefold() == noun.casefold():
        return len(norm[:end - len(noun)].rstrip()), head
    return end, unit


# "12/2024", "5 / 8": a date or a fraction (not "384.940 tấn / 209,12 triệu USD": find_quantities)
_SLASH_DIGIT = re.compile(r"\s*/\s*\d")
_DATE_RANGE = re.compile(r"\s*[-–]\s*\d{1,2}/\d{1,2}")  # "15 - 20/9": days of a month
_POINTS = re.compile(r"^điểm\s*%$", re.IGNORECASE)
_DIGIT_COUNT = re.compile(r"\s+con\s+số(?![^\W\d_])", re.IGNORECASE)
_TABLE_ITEM = re.compile(r"^\s*[.:)]")
# (matched at a number's end: a slice of the rest of the text per number is quadratic in a long text)
_PERIOD_AFTER = re.compile(r"\s*(?:tháng|năm|quý|ngày|tuần|giờ|phút|tuổi|sao)(?!\w)", re.IGNORECASE)  # "đạt 3 sao"
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d$")
# a grade written in a product's name: "gạo 5% tấm" (the share of broken grains), "vàng 99,99" (purity)
_GRADE_AFTER = re.compile(r"\s*%\s*tấm(?!\w)|\s*con\s*/\s*kg(?!\w)", re.IGNORECASE)  # "tôm sú cỡ 30 con/kg"
# counts the guide does not take as facts: of price adjustments ("xăng có 28 đợt điều chỉnh giá") and of the CPI's
# groups that rose or fell ("có 6 nhóm hàng tăng giá")
_UNCOUNTED_AFTER = re.compile(r"\s+(?:(?:đợt|lần)\s+điều\s+chỉnh|nhóm(?:\s+hàng)?(?:\s+chính)?\s+(?:tăng|giảm))(?!\w)",
                              re.IGNORECASE)
_PURITY = re.compile(r"99[,.]?99|9999|99[,.]9")
_GOLD_BEFORE = re.compile(r"(?<!\w)vàng\s*(?:SJC\s*)?$", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])")


def unit_dimension(unit: str | None) -> str | None:
    if not unit:
        return None
    return _unit_dimension(unit)


@lru_cache(maxsize=4096)
def _unit_dimension(unit: str) -> str | None:
    dims = mapping("units.tsv")
    key = unit.casefold()
    scales = [f.casefold() for f, _ in table("scales.tsv")]
    for scale in sorted(scales, key=len, reverse=True):
        if key.startswith(scale + " "):
            key = key[len(scale) + 1:]
            break
    if key not in dims:  # a counted noun with the words kept after it: "doanh nghiệp lữ hành"
        for tail, action in table("unit_tails.tsv"):
            if action == "keep" and key.endswith(" " + tail.casefold()) and \
                    dims.get(key[:-len(tail) - 1]) == "count":
                return "count"
    return dims.get(key) or ("scale" if key in scales else None)


_ITEM_NUMBER = re.compile(r"[.)]\s+[^\W\d_]")
_LINE_START = re.compile(r"(?:^|\n)[ \t\-–•*+]*$")


def _quantity_matches(norm: str) -> Iterator[re.Match]:
    """The quantity pattern's matches, except that "X đến Y" / "X tới Y" with Y below X is no range: the two numbers
    are matched apart ("vượt cùng kỳ năm 2015 tới 17,5%": a year, then the rise)."""
    pattern = _quantity_re()
    pos = 0
    while (m := pattern.search(norm, pos)) is not None:
        if m.group("dash") in ("đến", "tới") and m.group("num")[0].isdigit() and m.group("num2")[0].isdigit():
            low, high = parse_number(m.group("num")), parse_number(m.group("num2"))
            if low is not None and high is not None and high < low:
                first = pattern.search(norm, m.start(), m.end("num"))
                if first is not None:
                    yield first
                pos = m.start("num2")
                continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


_MONTH_BEFORE = re.compile(r"(?<!\w)tháng\s*$", re.IGNORECASE)


_CELL_END = re.compile(r"[ ]*(?:\||\t)")
_CELL_SPLIT = re.compile(r"\||\t")
_RANK_HEADER = re.compile(r"(?:STT|TT|Số\s+(?:TT|thứ\s+tự)|Thứ\s+(?:tự|hạng)|(?:Xếp\s+)?hạng|No\.?|#)",
                          re.IGNORECASE)


def _under_rank_header(norm: str, pos: int) -> bool:
    """Whether the table row at `pos` hangs under a header whose first cell numbers the rows ("STT", "Thứ hạng"),
    with only rows between."""
    end = norm.rfind("\n", 0, pos)
    for _ in range(60):  # bounded: a table of hundreds of rows is read from its last 60
        if end < 0:
            return False
        start = norm.rfind("\n", 0, end) + 1
        line = norm[start:end]
        if "|" not in line and "\t" not in line:
            return False
        first = _CELL_SPLIT.split(line, 1)[0].strip()
        if _RANK_HEADER.fullmatch(first):
            return True
        if not first.isdigit():
            return False
        end = start - 1
    return False


def find_quantities(norm: str) -> list[Quantity]:
    """Every number with its scale word, unit, range and hedge that can be a statistical value."""
    qual_before, glued_before, not_quantity_before, item_before = _context_res()
    quals = mapping("qualifiers.tsv")
    out: list[Quantity] = []
    for m in _quantity_matches(norm):
        start, end = m.span()
        num_text = m.group("num")
        before = norm[max(0, start - 30):start]
        after = norm[end:end + 12]
        # glued to a letter before: only "đạt36,5", "tăng5%"; otherwise a code like "H5N1", "COVID-19"
        if start and norm[start - 1].isalpha() and not glued_before.search(before):
            continue
        if start and (norm[start - 1].isdigit() or norm[start - 1] in "/"):
            continue
        # "thu nhập bình quân tháng 6,7 triệu đồng": a decimal amount with its scale word after "tháng" is no month
        # ... and "kỳ hạn dưới 1 tháng 0,1 - 0,2%/năm": nor a decimal percentage (a rate by term)
        monthly = "," in num_text and (m.group("scale") or (m.group("unit") or "").startswith("%")) and \
            _MONTH_BEFORE.search(before)
        if (not_quantity_before.search(before) and not monthly) or (
                _SLASH_DIGIT.match(after) and not (m.group("unit") and after[:1].isspace())) or \
                _DATE_RANGE.match(after) or _DIGIT_COUNT.match(norm, m.end("num")):
            continue  # a date, a code, "tăng trưởng hai con số" (double digits)
        if end < len(norm) and (norm[end].isalpha() and not m.group("unit") and not m.group("scale")):
            continue  # "15T22", "4G"
        if _UNCOUNTED_AFTER.match(norm, m.end("num")):
            continue
        if _GRADE_AFTER.match(norm, m.end("num")) or (_PURITY.fullmatch(num_text) and _GOLD_BEFORE.search(before)):
            continue  # a grade in a product's name: "gạo 5% tấm", "vàng 99,99"
        if not m.group("unit") and not m.group("scale") and _ITEM_NUMBER.match(norm, end) and \
                _LINE_START.search(norm, max(0, start - 12), start):
            continue  # "2. Lượt khách ...", "3) Vận tải": a heading or row number at the start of a line
        if not m.group("unit") and not m.group("scale") and _CELL_END.match(norm, end) and \
                _LINE_START.search(norm, max(0, start - 12), start) and _under_rank_header(norm, start):
            continue  # "1 | Bắc Ninh | 8,68" under "Thứ hạng | Địa phương | ...": the row's number
        if num_text[0].isdigit():
            value = parse_number(num_text)
        else:
            value = parse_number_words(num_text.split())
            if value == 1 and not m.group("scale"):
                continue  # "bình quân một doanh nghiệp": an article, not a count
        if value is None:
            continue
        if item_before.search(before) and not m.group("scale") and \
                not (m.group("unit") and not _TABLE_ITEM.match(norm[end:end + 3])):
            continue
        if m.group("half") and not re.search(r"[.,]", num_text):
            value += 0.5  # "hai tỷ rưỡi USD": two and a half billion
        if (smaller := m.group("num3") or m.group("num4")) is not None:
            # "3 tỷ 362 triệu USD" is 3,362 tỷ USD: the smaller scale's count in the larger scale
            factors = mapping("scales.tsv")
            larger = _SPACES.sub(" ", m.group("scale")).casefold()
            larger = larger if larger in factors else larger.split(" ")[-1]  # "nghìn tỷ", or the last of two
            value += int(smaller) * float(factors[(m.group("scale3") or m.group("scale4")).casefold()]) / \
                float(factors[larger])
        value_max = parse_number(m.group("num2")) if m.group("num2") else None
        unit_parts = [p for p in (m.group("scale"), m.group("unit")) if p]
        glue = "" if m.group("scale") and m.group("unit") and m.end("scale") == m.start("unit") and \
            m.group("scale").endswith(".") else " "
        unit = glue.join(_SPACES.sub(" ", p) for p in unit_parts) or None  # "Tr.USD" stays as written
        if m.group("unit"):
            end, unit = _with_tail(norm, end, unit)
            unit = _POINTS.sub("điểm phần trăm", unit)  # the guide writes "điểm %" as "điểm phần trăm"
        if not unit:
            if _PERIOD_AFTER.match(norm, end):
                continue
            if _YEAR_RANGE.match(num_text) and (value_max is None or _YEAR_RANGE.match(m.group("num2") or "")):
                continue
        if value_max is not None and m.group("dash") in ("đến", "tới") and not unit:
            value_max = None
            end = m.end("num")
        if value_max is not None and not unit and _DAY_MONTH.fullmatch(f"{num_text}-{m.group('num2')}") and \
                value_max < value:
            continue  # "giá mua tiêu sáng 19-12": a day and its month, no falling range
        if "." in num_text and value_max is None and unit is None and re.fullmatch(r"\d{1,2}\.\d{1,2}", num_text):
            continue  # "20.8" is a date more often than a value when nothing follows
        q = qual_before.search(before)
        qualifier = quals.get(_SPACES.sub(" ", q.group("q")).casefold()) if q else None
        out.append(Quantity(start, end, value, value_max, unit, qualifier))
    return _with_multiples(norm, out)


# "gấp đôi", "gấp rưỡi", "gấp ba năm trước": a multiple written in words with no "lần" after it
_MULTIPLE_WORD = re.compile(r"đôi|rưỡi|hai|ba|bốn|năm|mười", re.IGNORECASE)
_MULTIPLE = re.compile(rf"(?<!{_L})gấp\s+(?P<n>{_MULTIPLE_WORD.pattern})(?!{_L})(?!\s*(?:lần(?!\s+lượt)|\d))",
                       re.IGNORECASE)


# "chỉ bằng một nửa năm 2021", "còn khoảng một nửa": a half, as a multiple
_HALF_WORD = re.compile(r"(?:một\s+)?nửa", re.IGNORECASE)
_HALF = re.compile(rf"(?<!{_L})(?:bằng|còn)\s+(?:khoảng\s+|gần\s+|hơn\s+|chưa\s+(?:đến|tới)\s+|xấp\s+xỉ\s+)?"
                   rf"(?P<n>{_HALF_WORD.pattern})(?!{_L})"
                   # not half of a stretch of time: "còn nửa tháng", "bằng nửa đầu năm"
                   rf"(?!\s+(?:tháng|ngày|tuần|giờ|quý|đầu|cuối|sau|năm\s+(?:nữa|còn\s+lại|đầu|cuối))(?!{_L}))",
                   re.IGNORECASE)


def _multiple(word: str) -> float | None:
    word = word.casefold()
    if _HALF_WORD.fullmatch(word):
        return 0.5
    return {"đôi": 2.0, "rưỡi": 1.5}.get(word) or parse_number_words([word])


def multiple_in(text: str) -> float | None:
    """The multiple a text writes in words after "gấp" ("gấp đôi" -> 2.0, "gấp rưỡi" -> 1.5, "gấp ba" -> 3.0) or
    as a half after "bằng" / "còn" ("bằng một nửa" -> 0.5), as the quantities read it; None when there is none."""
    m = _MULTIPLE.search(text) or _HALF.search(text)
    return _multiple(m.group("n")) if m else None


def compound_amounts(norm: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each amount written with two scales ("3 tỷ 362 triệu USD" -> 3.362), as the
    quantities read it."""
    if not _COMPOUND.search(norm):
        return []
    return [(q.start, q.end, q.value) for q in find_quantities(norm)
            if q.value is not None and _COMPOUND.search(norm, q.start, q.end)]


# (the same scales the quantity pattern reads as one amount: _SMALLER after the larger one)
_COMPOUND = re.compile(rf"\d[ \u00a0]+(?:tỷ|tỉ|triệu){_SMALLER}", re.IGNORECASE)


def _with_multiples(norm: str, found: list[Quantity]) -> list[Quantity]:
    extra = [Quantity(m.start("n"), m.end("n"), _multiple(m.group("n")), None, "lần")
             for pattern in (_MULTIPLE, _HALF) for m in pattern.finditer(norm)
             if not any(q.start < m.end() and m.start("n") < q.end for q in found)]
    return sorted(found + extra, key=lambda q: q.start) if extra else found


def parse_quantity(text: str) -> tuple[float | None, float | None, str | None]:
    """(value, value_max, unit) of a QUANTITY span's own text.

    >>> parse_quantity("36.745 tỷ đồng"), parse_quantity("12 - 14%"), parse_quantity("ba triệu lượt khách")
    ((36745.0, None, 'tỷ đồng'), (12.0, 14.0, '%'), (3.0, None, 'triệu lượt khách'))
    """
    return _parse_quantity(_readable(text))


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# what the normalized view reads as a space (zero-width and control characters), here with the spaces around it
_UNSEEN = re.compile(rf"[ \t]*{INVISIBLE}[ \t]*")


def _readable(text: str) -> str:
    """A span's own text as the parsers read it: a figure and its unit on two lines of a wrapped sentence, or with
    a zero-width space of a scraped page between them ("35,2\u200b tỷ USD"), are one phrase with one space."""
    if "\n" in text:
        text = _LINE_BREAK.sub(" ", text)
    if _UNSEEN.search(text):
        text = _UNSEEN.sub(" ", text).strip()
    return text


@lru_cache(maxsize=None)
def _unit_start_re() -> re.Pattern:
    scales = alternation([f for f, _ in table("scales.tsv")])
    units = alternation([f for f, _ in table("units.tsv")])
    return re.compile(rf"\s*(?:{scales}|{units})", re.IGNORECASE)


def opens_with_unit(text: str) -> bool:
    """Whether `text` starts with a scale word or a unit: the words `parse_quantity` reads as a number's unit start
    right after it, so a text that does not is no unit (a test much cheaper than parsing a number before it)."""
    from .textview import nfc

    return _unit_start_re().match(nfc(text)) is not None


def whole_unit(text: str) -> str | None:
    """The unit `text` is, when the whole phrase is one ("Triệu kWh", "nghìn tấn", "triệu đồng/người"), else None."""
    if not opens_with_unit(text):
        return None  # most phrases open with no unit or scale word: no number needs parsing before them
    unit = parse_quantity("1 " + text)[2]
    if unit is None or unit.casefold() != re.sub(r"\s+", " ", text).strip().casefold():
        return None
    return unit


# span texts repeat (each component and the linker parse the same spans): parsed once per distinct string
@lru_cache(maxsize=8192)
def _parse_quantity(text: str) -> tuple[float | None, float | None, str | None]:
    from .textview import nfc

    norm = nfc(text)
    for q in find_quantities(norm):
        return q.value, q.value_max, q.unit
    m = re.search(NUMBER_PATTERN, norm)
    if m:
        return parse_number(m.group()), None, None
    m = _MULTIPLE_WORD.fullmatch(norm.strip()) or _HALF_WORD.fullmatch(norm.strip())
    if m:
        return _multiple(m.group()), None, "lần"  # the "đôi" of "gấp đôi", the "một nửa" of "bằng một nửa"
    return None, None, None


# ---------------------------------------------------------------- changes

_MODIFIERS = (r"(?:\s+(?:nhẹ|mạnh|cao|khá|thêm|tới|đến|nhất|nhất,\s*tới|nhất,\s*lên\s+tới|ở\s+mức|mức|tương\s+ứng|lần\s+lượt|được|bình\s+quân|"
              # "tăng nhanh hơn (18%)", "tăng mạnh nhất, 20,41%" (a comma only right before the figure), "tăng phổ
              # biến 30 - 50%"
              r"nhanh|chậm|(?:nhất|hơn),(?=\s*$)|phổ\s+biến|vỏn\s+vẹn|tổng\s+cộng|nhiều|"
              # "tăng mạnh hơn, tới 2,77%"
              r"hơn,\s*(?:lên\s+)?(?:tới|đến)|"
              # "loại trừ yếu tố giá, mức tăng thực tế là 9,4%": the real rise
              r"thực\s+tế|thực|"
              r"chỉ|đạt|hơn|gần|trên|khoảng|xấp\s+xỉ|gần\s+như|ước|ước\s+tính|khoảng|chừng|trở\s+lại|so\s+với"
              r"\s+cùng\s+kỳ|so\s+cùng\s+kỳ|cùng\s+kỳ|có|trung\s+bình|tăng|giảm|đột\s+biến|sâu|lần|vọt|lớn|với|"
              # "vượt kế hoạch 6,5%", "vượt dự toán năm 12%"
              r"kế\s+hoạch(?:\s+năm)?|dự\s+toán(?:\s+năm)?|mục\s+tiêu(?:\s+năm)?|"
              # "cao hơn tháng trước 1,9%"; "mức tăng là 14,8%"
              r"(?:tháng|quý)\s+trước|là))*")


@lru_cache(maxsize=None)
def _trigger_re() -> re.Pattern:
    triggers = alternation([f for f, _ in table("changes.tsv")] + list(_RATIO_ONLY))
    return re.compile(rf"(?:^|(?<!{_L}))(?P<t>{triggers}){_MODIFIERS}\s*[:(]?\s*$", re.IGNORECASE)


# "thêm" / "bớt" alone say a change only where they open a clause of their own after the figure ("1,08 triệu người,
# thêm 24,9 nghìn người so với quý trước", "(thêm 7.300 con)"); after a verb they count what was added ("có thêm 512
# doanh nghiệp", "thu hút thêm 38 dự án"), a level
_CLAUSE_TRIGGERS = {"thêm": "increase", "bớt": "decrease"}


@lru_cache(maxsize=None)
def _clause_trigger_re() -> re.Pattern:
    return re.compile(rf"[,(]\s*(?P<t>{alternation(list(_CLAUSE_TRIGGERS))}){_MODIFIERS}\s*$", re.IGNORECASE)


_PERCENT_DECLARED = re.compile(r"\(\s*%\s*\)|(?:đơn\s+vị(?:\s+tính)?|ĐVT)\s*:\s*%|,\s*%\s*[:)]", re.IGNORECASE)


def percent_declared(norm: str, pos: int) -> bool:
    """Whether the line before `pos` declares its figures to be percentages ("theo nhóm hàng (%):"), or, for a row of
    cells, the table's title block does and no other unit was declared since ("(Đơn vị tính: %; tháng 12/2016 so
    với tháng 11/2016)" over "Chỉ số chung | +0,23")."""
    line = norm.rfind("\n", 0, pos) + 1
    if _PERCENT_DECLARED.search(norm, max(line, pos - 400), pos) is not None:
        return True
    if "|" not in norm[line:pos] and "\t" not in norm[line:pos]:
        return False
    units = list(_UNIT_DECLARED.finditer(norm, max(0, line - 600), line))
    if units:
        return units[-1].group("u").strip() == "%"
    # or the title line right above the rows: "Sản lượng ... (so với cùng kỳ, %):" over "Xăng, dầu | +47,4"
    top = top_of_cells(norm, line, pos, 600)
    if top is None:
        return False
    if _PERCENT_DECLARED.search(norm, norm.rfind("\n", 0, top - 1) + 1, top - 1) is not None:
        return True
    # or the header row of the cells, in the figure's own column: "Sản phẩm | Sản lượng so với cùng kỳ (%)" over
    # "Đường kết tinh | +134,5"
    return _column_head_is_percent(norm, top, line, pos)


_CELL_BORDER = re.compile(r"\t+|[ \t]*\|[ \t]*")


def _column_head_is_percent(norm: str, top: int, line: int, pos: int) -> bool:
    end = norm.find("\n", top)
    head = norm[top:len(norm) if end < 0 else end]
    if re.search(r"\d", _PERCENT_DECLARED.sub("", head)):
        return False  # a row of figures, not a header row
    heads = _CELL_BORDER.split(head.strip(" \t|"))
    column = len(_CELL_BORDER.findall(norm[line:pos].lstrip(" \t|")))
    return column < len(heads) and _PERCENT_DECLARED.search(heads[column]) is not None


def top_of_cells(norm: str, line: int, pos: int, reach: int) -> int | None:
    """Where the first of the rows of cells ("|" or tabs between them) around the line starting at `line` starts: the
    line above it is the table's title. None when the rows run to the text's start, or up to `reach` characters or
    more before `pos`."""
    while line > 0 and pos - line < reach:
        above = norm.rfind("\n", 0, line - 1) + 1
        if "|" not in norm[above:line - 1] and "\t" not in norm[above:line - 1]:
            return line
        line = above
    return None


_UNIT_DECLARED = re.compile(r"(?:đơn\s+vị(?:\s+tính)?|ĐVT)\s*:\s*(?P<u>[^;)\n]+)", re.IGNORECASE)


_AND_ABOVE = re.compile(r"\s*trở\s+lên", re.IGNORECASE)  # "tăng bình quân từ 9%/năm trở lên": a floor
_FROM_END = re.compile(r"(?<![^\W\d_])từ\s*$", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"(?<![^\W\d_])(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu)\s+$", re.IGNORECASE)
_LEVEL_CUE = re.compile(r"(?<![^\W\d_])(?:đạt|ở\s+mức|mức|là)(?![^\W\d_])", re.IGNORECASE)
_NOUN_BEFORE_TRIGGER = re.compile(r"(?<![^\W\d_])(?:vốn|giá\s+trị)\s+$", re.IGNORECASE)
_SHARE_ITEM = re.compile(r"^\s*[;,]\s*[^\W\d_][^\d;:()%]{0,50}?(?<![^\W\d_])(?!(?:tăng|giảm|đạt|bằng)\s)\S+\s*$",
                         re.IGNORECASE)
# a list whose lead says its items rose or fell, with no figure of its own: "tăng khá, như:", "các nhóm tăng so với
# tháng trước, %:"; then an item: a name and its bare percentage ("bán buôn và bán lẻ (8,04%)", "giao thông 5,94")
_RISE_LEAD = re.compile(rf"(?<!{_L})(?P<t>tăng|giảm)(?:\s+(?:khá|mạnh|nhẹ|cao|nhiều|đáng\s+kể|giá))?"
                        rf"(?:\s+so\s+(?:với\s+)?[^\W\d_][^,:;\d]{{0,30}}?)?\s*,?\s*"
                        rf"(?:(?:như|gồm|bao\s+gồm|cụ\s+thể|là)\s*)?(?P<pct>%\s*)?:", re.IGNORECASE)
_LISTED_ITEM = re.compile(r"(?:^|[,;(]|\s-)\s*(?:[^\W\d_][^\W\d_,;:()]*(?:\s+[^\W\d_][^\W\d_,;:()]*){0,9}\s*)?\(?\s*$")
_LIST_VERB = re.compile(rf"(?<!{_L})(?:tăng|giảm|đạt|chiếm|bằng|góp|đóng\s+góp)(?!{_L})", re.IGNORECASE)


def listed_rise(norm: str, start: int, unit: str | None) -> str | None:
    """"increase" or "decrease" when the figure at `start` is the bare percentage of an item in a list whose lead
    says its items rose or fell (in the same sentence), else None."""
    if unit not in ("%", None):
        return None
    begin = max(norm.rfind(".", 0, start), norm.rfind("\n", 0, start), start - 300)
    window = norm[begin + 1:start]
    if ":" not in window:
        return None  # every lead ends with a colon: most figures, with none before them, are looked at no further
    lead = None
    for lead in _RISE_LEAD.finditer(window):
        pass
    if lead is None or (unit is None and not lead.group("pct")):
        return None
    between = window[lead.end():]
    item = between[max(between.rfind(","), between.rfind(";"), between.rfind(" - ")) + 1:]
    if _LIST_VERB.search(item) or not _LISTED_ITEM.search(" " + item) or re.search(r"\d", item):
        return None
    return "decrease" if lead.group("t").casefold() == "giảm" else "increase"


_CHAIN = re.compile(r"^\s*(?:,|và|;)\s*$", re.IGNORECASE)
_SIGN_RE = re.compile(r"(?P<s>[+\-−–])\s*$")
# a plus sign after a year that closes a baseline: "(so với cuối năm 2022 +7,5%)"
_YEAR_SIGN = re.compile(r"(?<![\d/])(?:19|20)\d\d\s+[+−]$")
# where a sign marks a change: after a bracket or separator, at a line start, glued to the number after a name
# ("dầu hỏa +8,12%", "viễn thông -0,09"; not the hyphen of "công nghiệp - xây dựng"), or after a year
_SIGN_PLACE = re.compile(r"[(;:,|—]\s*[+\-−–]\s*$|^\s*[+\-−–]\s*$|\n\s*[+\-−–]\s*$|[^\W\d_]\s+[+−]$|[^\W\d_]\s+-$|"
                         + _YEAR_SIGN.pattern)
# the words of a plan written right after a percentage ("đạt 65% dự toán", "(67% KH)")
PLAN_WORDS = r"dự\s+toán|kế\s+hoạch|KH\b|(?-i:DT)\b|mục\s+tiêu"
_RATIO_AFTER = re.compile(rf"^\s*(?:so\s+với|so\s+cùng|{PLAN_WORDS}|chỉ\s+tiêu|cùng\s+kỳ|"
                          r"kịch\s+bản|nhiệm\s+vụ|tổng|năm\s+trước|cả\s+năm)", re.IGNORECASE)


# what makes a rise or fall in points a contribution to the whole: "kéo CPI chung giảm 0,27 điểm phần trăm"
_CONTRIBUTION_CUE = re.compile(r"(?<![^\W\d_])(?:tác\s+động|làm|kéo|đẩy|góp\s+phần)(?:\s+(?!tăng|giảm)[^\W\d_]+){0,4}\s+$",
                               re.IGNORECASE)
_INNER_TRIGGER = re.compile(r"(?<![^\W\d_])(?P<t>tăng|giảm)(?![^\W\d_])", re.IGNORECASE)
_RATIO_ONLY = ("đạt", "đạt được", "hoàn thành", "thực hiện", "thực hiện được", "tương đương", "tương đương với",
               "tương ứng", "tương ứng với")
# a baseline right before "đạt": "so với tháng trước đạt 102,98%, so với cùng kỳ đạt 113,60%"
_BASELINE_BEFORE = re.compile(r"(?<![^\W\d_])(?:so\s+(?:với\s+)?|so\s+sánh\s+với\s+|đối\s+chiếu\s+với\s+|đặt\s+cạnh\s+)"
                              r"(?:cùng\s+kỳ|tháng\s+trước|quý\s+trước|năm\s+trước|cùng\s+kỳ\s+năm\s+trước|"
                              # "so với kế hoạch năm thì đạt hơn 100,3%", "đối chiếu với kế hoạch Thủ tướng giao thì đạt"
                              r"(?:kế\s+hoạch|dự\s+toán)(?:\s+[^\W\d_]+){0,5}?)\s*,?\s*(?:thì\s+)?"
                              # "so với dự toán ..., số thu này đạt 58,74%": the figure pointed back to between them
                              r"(?:(?:số\s+thu|con\s+số|chỉ\s+tiêu|mức|kết\s+quả|giá\s+trị)\s+này\s+)?$", re.IGNORECASE)
_COMPARATIVES = ("cao hơn", "thấp hơn", "nhanh hơn", "chậm hơn", "nhỉnh hơn")
# a comparative with what it compares with between it and the number, as statistics releases write it: "ít hơn
# tháng 6 là 2,2%", "cao hơn cùng kỳ năm 2016 là 21,1%", "thấp hơn quý II/2016 khoảng 3,3%", "vượt cùng kỳ tới
# 17,5%", "kém cùng kỳ năm trước 3,1%" (the baseline is read from the words between, as "so với <them>")
_COMPARED_WITH = (r"(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?|kỳ\s+trước|năm\s+(?:trước|ngoái|(?:19|20)\d\d)|"
                  r"(?:tháng|quý)\s+(?:trước|(?:\d{1,2}|[IV]{1,3})(?:\s*/\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?)|"
                  # "cao hơn tháng Giêng 17,2%", "cao hơn nửa đầu năm 2022 tới 49,6%"
                  r"tháng\s+(?:Giêng|Chạp)|"
                  r"(?:nửa\s+đầu|\d{1,2}\s+tháng(?:\s+đầu)?)\s+năm\s+(?:19|20)\d\d|"
                  r"vụ\s+(?:mùa|đông\s+xuân|hè\s+thu|thu\s+đông|chiêm|xuân)(?:\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?|"
                  r"(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?|kế\s+hoạch(?:\s+năm)?|dự\s+toán(?:\s+năm)?)")
_COMPARATIVE_WITH = rf"(?P<t>(?:cao|thấp|nhiều|ít|kém)\s+hơn|vượt|kém|hụt)\s+(?P<b>{_COMPARED_WITH})"
# the rate a figure rose by, named and then given as what is left of it: "loại trừ yếu tố giá, mức tăng thực còn 6,7%"
# (a level after "giảm còn" is no rate: "giảm còn 5%" fell to 5%)
_RATE_LEFT = re.compile(rf"(?:^|(?<!{_L}))mức\s+(?P<t>tăng|giảm)(?:\s+thực(?:\s+tế)?)?\s+(?:chỉ\s+)?còn\s*$", re.IGNORECASE)
_COMPARED = re.compile(rf"(?:^|(?<!{_L})){_COMPARATIVE_WITH}"
                       r"\s*,?\s*(?:(?:là|khoảng|tới|đến|gần|hơn|trên|chừng|xấp\s+xỉ|ở\s+mức)\s*)*$",
                       re.IGNORECASE)
# the same at the start of a comparison's own text, for the linker to read the baseline from ("ít hơn tháng 6 là")
COMPARED_AT = re.compile(rf"{_COMPARATIVE_WITH}(?![^\W\d_])", re.IGNORECASE)
_REFERENCE_RISE = re.compile(r"\s+(?:mức|tốc\s+độ)\s+(?P<t>tăng|giảm)(?:\s+trưởng)?\s*$", re.IGNORECASE)


def _trigger_type(trigger: str) -> str:
    key = _SPACES.sub(" ", trigger).casefold()
    if key in _RATIO_ONLY:
        return "ratio"
    if key in _CLAUSE_TRIGGERS:
        return _CLAUSE_TRIGGERS[key]
    return mapping("changes.tsv").get(key, "increase")


def _after_value(norm: str, values: list[Quantity], trigger_start: int,
                 changes: list["ChangeMatch"] | None = None) -> bool:
    """Whether "đạt X%" follows a figure of another unit in the same clause: "2.942 tỷ đồng (đạt 35,8%)", "giải ngân
    1.034 tỷ đồng, đạt 44,6%" read the percentage as a ratio of that figure, not as a level; also with the figure's
    rise between them: "1.859,8 tỷ đồng, tăng 9,1%, đạt 12,8%"."""
    last = values[-1] if values else None
    if last is None or last.unit in (None, "%"):
        return False
    if re.fullmatch(r"\s*[,(]?\s*", norm[last.end:trigger_start]):
        return True
    between = changes[-1] if changes else None
    return between is not None and last.end <= between.start and \
        re.fullmatch(r"\s*[,(]?\s*", norm[last.end:between.start]) is not None and \
        re.fullmatch(r"\s*[,;]?\s*(?:(?:mới|chỉ|đã|cũng)\s+)?", norm[between.end:trigger_start]) is not None


_WITH_AFTER = re.compile(r"\s+với\s*$", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\s+mức\s*$", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s+(?:của|ở|tại)(?![^\W\d_])", re.IGNORECASE)
_DEGREE_COMMA = re.compile(r"(?:nhất|hơn)\s*[,:]\s*$", re.IGNORECASE)
# what opens a parenthesis that says a comparison again: "(tương đương 3,8%)", "(+10,05%)", "(tức tăng 140,4%)"
RESTATED_OPEN = re.compile(r"\s*\(\s*(?:tương\s+ứng|tương\s+đương|tức\s+là|tức|hay)?\s*", re.IGNORECASE)
_PAREN_CLOSE = re.compile(r"\s*\)")


def find_changes(norm: str, quantities: list[Quantity]) -> tuple[list[ChangeMatch], list[Quantity]]:
    """Split quantities into comparisons (with their trigger) and plain values."""
    changes: list[ChangeMatch] = []
    values: list[Quantity] = []
    trig = _trigger_re()
    for q in quantities:
        before = norm[max(0, q.start - 60):q.start]
        m = trig.search(before)
        if m is not None and q.unit != "%" and _DEGREE_COMMA.search(before, m.end("t")):
            # "tăng mạnh nhất, 20,41%" is a rise; "giá tăng cao hơn, 5 doanh nghiệp ...", "khách tàu biển tăng nhanh
            # hơn: 13 chuyến tàu ..." a count that opens a clause of its own
            m = None
        if m is None and q.unit == "%":
            m = _RATE_LEFT.search(before)
        if m is None and q.unit is not None:
            m = _COMPARED.search(before)
        if m is None:
            m = _clause_trigger_re().search(before)
        if m is None and (q.value_max is not None or _AND_ABOVE.match(norm, q.end)):
            m = trig.search(_FROM_END.sub(" ", before))  # "tăng từ 30 - 35%": a range of rises ("từ X lên Y" is not)
        if m and _NOUN_BEFORE_TRIGGER.search(before[:m.start("t")]) and \
                _SPACES.sub(" ", m.group("t")).casefold() in ("tăng thêm", "góp"):
            # "vốn tăng thêm 7,88 tỷ USD", "giá trị tăng thêm", "vốn góp": capital / value added, a level; unless its
            # own verb follows the name ("giá trị tăng thêm tăng 3,72%")
            m = trig.search(before, m.end("t"))
        if m and _SPACES.sub(" ", m.group("t")).casefold() in _COMPARATIVES and (
                _WITH_AFTER.match(before, m.end("t")) or
                _LEVEL_BEFORE.match(before, m.end("t")) and _OWNER_AFTER.match(norm, q.end)):
            # "xuất khẩu nhỉnh hơn với 214,02 tỷ USD": the larger of two, with its level; "nhỉnh hơn mức 233.000
            # tấn của Cà Mau": the level of another place or year, not a difference
            m = None
        if m:
            ttype = _trigger_type(m.group("t"))
            tword = _SPACES.sub(" ", m.group("t")).casefold()
            inner = _INNER_TRIGGER.search(before, m.end("t")) if tword in _RATIO_ONLY else None
            if inner is None and tword in _COMPARATIVES:
                # "tăng 7,51%, cao hơn mức tăng 6,88% của năm 2023": the rise of another year or place, not a
                # comparison of the figure before
                inner = _REFERENCE_RISE.match(before, m.end("t"))
            if inner:  # "(tương đương tăng 1,41%)": the rise restated, not a ratio
                m, tword = inner, inner.group("t").casefold()
                ttype = _trigger_type(tword)
            if tword in ("tăng trưởng", "tăng thêm") and _LEVEL_CUE.search(before[m.end("t"):]):
                values.append(q)  # "tốc độ tăng trưởng đạt 9,1%", "vốn cấp mới và tăng thêm đạt ...": a level
                continue
            if tword == "tăng trưởng" and _TARGET_BEFORE.search(before, 0, m.start("t")):
                values.append(q)  # "mục tiêu tăng trưởng 6 - 6,5%": the growth aimed at, a level with its plan word
                continue
            if tword in _RATIO_ONLY and not (q.unit in ("%",) and (
                    _RATIO_AFTER.match(norm[q.end:q.end + 30]) or
                    _after_value(norm, values, q.start - len(before) + m.start("t"), changes) or
                    _BASELINE_BEFORE.search(before, 0, m.start("t")))):
                values.append(q)
                continue
            # "tăng 5% lên 100 tỷ": the number after "lên" is the new level, handled as a value by the regex
            if ttype == "increase" and tword.startswith("vượt") and q.unit not in ("%", "lần") and \
                    not _RATIO_AFTER.match(norm[q.end:q.end + 30]) and \
                    not _BASELINE_BEFORE.search(before, 0, m.start("t")):
                # "vượt 1 triệu tấn" is a hedge on a value; "so với dự toán vượt 3.488 tỷ đồng" is a comparison
                values.append(q)
                continue
            if tword == "nhích lên" and q.unit not in ("%", "điểm phần trăm"):
                values.append(q)  # "nhích lên gần 76 triệu đồng/người": the level it rose to
                continue
            if tword in ("góp", "đóng góp") and q.unit is not None and \
                    q.unit.casefold() not in ("điểm phần trăm", "điểm %", "%", "điểm"):
                values.append(q)  # "riêng cà phê đóng góp hơn 620 triệu USD": the part's own level, not a contribution
                continue
            if ttype == "contribution" and tword in ("làm tăng", "làm giảm") and q.unit not in ("điểm phần trăm", "điểm %", "%", "điểm"):
                ttype = "increase" if tword == "làm tăng" else "decrease"
            start = q.start - len(before) + m.start("t")
            cue = _CONTRIBUTION_CUE.search(before, max(0, m.start("t") - 40), m.start("t")) \
                if ttype in ("increase", "decrease") and q.unit == "điểm phần trăm" else None
            if cue:  # "tác động làm CPI bình quân tăng 2,49 điểm phần trăm": the whole phrase is the comparison
                ttype = "contribution"
                start = q.start - len(before) + cue.start()
            unit = "điểm phần trăm" if ttype == "contribution" and (q.unit or "").casefold() == "điểm" else q.unit
            changes.append(ChangeMatch(start, q.end, ttype, q.value, q.value_max, unit))  # "góp 0,04 điểm"
            continue
        s = _SIGN_RE.search(before)
        # "(+11,7%)", "| -6,4%", or a sign glued to the number after a name: "dầu hỏa +8,12%", "thủy sản +4,85%"; with
        # no unit when the line declared it: "theo nhóm hàng (%): Hàng ăn +3,42 | Đồ uống +0,25"
        if s and (q.unit is not None or percent_declared(norm, q.start)) and _SIGN_PLACE.search(before) \
                and (not re.search(r"\d\s*[+\-−–]\s*$", before) or _YEAR_SIGN.search(before)):
            start = q.start - len(before) + s.start("s")
            ctype = "increase" if s.group("s") == "+" else "decrease"
            changes.append(ChangeMatch(start, q.end, ctype, q.value, q.value_max, q.unit or "%"))
            continue
        if changes and q.unit == changes[-1].unit and _CHAIN.match(norm[changes[-1].end:q.start]) and \
                re.search(r"lần\s+lượt", norm[max(0, changes[-1].start - 40):changes[-1].start], re.IGNORECASE):
            last = changes[-1]
            changes.append(ChangeMatch(q.start, q.end, last.type, q.value, q.value_max, q.unit))
            continue
        # "nông nghiệp chiếm 23,33%; công nghiệp - xây dựng 42,27%; dịch vụ 30,44%": the shares of one breakdown
        if changes and changes[-1].type == "share" and q.unit == "%" == changes[-1].unit and \
                _SHARE_ITEM.match(norm[changes[-1].end:q.start]):
            changes.append(ChangeMatch(q.start, q.end, "share", q.value, q.value_max, q.unit))
            continue
        # "dệt may đóng góp 4,1 điểm %, sản phẩm từ cao su và plastic 4,27 điểm %": the contributions of one breakdown
        if changes and changes[-1].type == "contribution" and q.unit == "điểm phần trăm" == changes[-1].unit and \
                _SHARE_ITEM.match(norm[changes[-1].end:q.start]):
            changes.append(ChangeMatch(q.start, q.end, "contribution", q.value, q.value_max, q.unit))
            continue
        # "tăng 523.594 tỷ đồng (11%)", "tăng 55,42 điểm (37,52%)": a rise in its own units, then the same rise in
        # percent, bare in parentheses
        if changes and changes[-1].type in ("increase", "decrease") and q.unit == "%" and \
                changes[-1].unit not in (None, "%") and _PAREN_CLOSE.match(norm, q.end) and \
                RESTATED_OPEN.fullmatch(norm, changes[-1].end, q.start):
            changes.append(ChangeMatch(q.start, q.end, changes[-1].type, q.value, q.value_max, q.unit))
            continue
        listed = listed_rise(norm, q.start, q.unit) if q.value_max is None else None
        if listed is not None:
            # "Một số ngành tăng khá, như: bán buôn và bán lẻ (8,04%), vận tải kho bãi (8,66%)": the lead's verb
            # says what each item's percentage is
            changes.append(ChangeMatch(q.start, q.end, listed, q.value, q.value_max, "%"))
            continue
        if q.unit == "lần":
            continue  # "ba lần điều chỉnh giảm": how many times, not a statistic; a multiple has its verb (gấp)
        values.append(q)
    return changes, values


def parse_change(text: str) -> tuple[str | None, float | None, float | None, str | None]:
    """(type, value, value_max, unit) of a CHANGE span's own text.

    >>> parse_change("tăng 15,14%"), parse_change("gấp 2,1 lần"), parse_change("(-0,8%")
    (('increase', 15.14, None, '%'), ('ratio', 2.1, None, 'lần'), ('decrease', 0.8, None, '%'))
    """
    return _parse_change(_readable(text))


@lru_cache(maxsize=8192)
def _parse_change(text: str) -> tuple[str | None, float | None, float | None, str | None]:
    from .textview import nfc

    norm = nfc(text)
    qs = find_quantities(norm)
    if not qs:
        return None, None, None, None
    q = qs[0]
    changes, _ = find_changes(norm, [q])
    if changes:
        c = changes[0]
        return c.type, c.value, c.value_max, c.unit
    forms = [f for f, _ in table("changes.tsv")] + list(_RATIO_ONLY) + list(_CLAUSE_TRIGGERS)
    m = re.match(rf"\s*\(?\s*({alternation(forms)})", norm, re.IGNORECASE)
    ctype = _trigger_type(m.group(1)) if m else None
    sign = re.match(r"\s*\(?\s*([+\-−–])\s*\d", norm)
    if ctype is None and sign:  # "+3,42" in a list whose line says "(%)"
        ctype = "increase" if sign.group(1) == "+" else "decrease"
    return ctype, q.value, q.value_max, q.unit


# ---------------------------------------------------------------- baselines

# "so với" as the lexicon's patterns write it, and the other ways of saying it ("so sánh với", "đối chiếu với",
# "đặt cạnh", "lấy mốc"), which every pattern opening with it accepts too
_SO_VOI = r"so\s+(?:v(?:ới|ói|ơi|oi|ời)\s+)?"
_SAID_COMPARED = rf"(?:{_SO_VOI}|so\s+sánh\s+với\s+|đối\s+chiếu\s+với\s+|đặt\s+cạnh\s+|lấy\s+mốc\s+)"
BASELINE_OPENER = re.compile(rf"(?:so|đối\s+chiếu|đặt\s+cạnh|lấy\s+mốc)(?!{_L})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _baseline_table() -> tuple[tuple[str, str], ...]:
    return tuple((pattern.replace(_SO_VOI, _SAID_COMPARED), kind) for pattern, kind in table("baselines.tsv"))


@lru_cache(maxsize=None)
def _baseline_res() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"(?<!{_L})(?:{pattern})(?!{_L})", re.IGNORECASE), kind)
                 for pattern, kind in _baseline_table())


@lru_cache(maxsize=None)
def _any_baseline_re() -> re.Pattern:
    """The patterns of the lexicon in one alternation: it matches at a position exactly when one of them does. Each
    opens with a lookahead for its first characters (most open with "so", "đối" or "đặt"): at a word start it takes
    only the patterns that can start there."""
    branches = "(?:" + "|".join(f"{first_characters(pattern, re.IGNORECASE)}(?:{pattern})(?!{_L})"
                                for pattern, _ in _baseline_table()) + ")"
    # (and the lookahead of them all before the alternation: most words start none of them)
    return re.compile(rf"(?<!{_L}){first_characters(branches, re.IGNORECASE)}{branches}", re.IGNORECASE)


def _baseline_starts(norm: str) -> list[int]:
    """Every position where some baseline phrase starts: one scan of the text instead of one per pattern, most of
    whose positions (inside a word) fail on the shared first test."""
    rx = _any_baseline_re()
    starts = []
    m = rx.search(norm)
    while m is not None:
        starts.append(m.start())
        m = rx.search(norm, m.start() + 1)
    return starts


def find_baselines(norm: str) -> list[Match]:
    """Every baseline phrase; overlapping matches keep the earliest, then the longest."""
    starts = _baseline_starts(norm)
    found: list[Match] = []
    for rx, kind in _baseline_res():
        # the matches of rx.finditer(norm), tried only where a phrase can start: each one at the first such position
        # at or after the end of the one before
        end = 0
        for s in starts:
            if s >= end and (m := rx.match(norm, s)) is not None:
                found.append(Match(m.start(), m.end(), kind))
                end = m.end()
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    out: list[Match] = []
    for b in found:
        if out and b.start < out[-1].end:
            continue
        out.append(b)
    return out


def phrase_baselines(phrase: str) -> tuple[Match, ...]:
    """`find_baselines` of a short phrase: a comparison's own text, the words between two figures, the words right
    after one. The same phrases recur from frame to frame and from text to text; each is scanned once."""
    return _phrase_baselines(phrase)


@lru_cache(maxsize=8192)
def _phrase_baselines(phrase: str) -> tuple[Match, ...]:
    return tuple(find_baselines(phrase))


def baseline_kind(text: str) -> str:
    """Kind of a BASELINE span's own text.

    >>> baseline_kind("so với cùng kỳ năm 2023"), baseline_kind("so với tháng trước"), baseline_kind("dự toán")
    ('same_period_previous_year', 'previous_period', 'plan')
    """
    return _baseline_kind(_readable(text))


@lru_cache(maxsize=8192)
def _baseline_kind(text: str) -> str:
    from .textview import spelt

    norm = spelt(text).strip()  # "so với cung kỳ" is read as the text view reads it
    for rx, kind in _baseline_res():
        if rx.search(norm):
            return kind
    return "other"


# ---------------------------------------------------------------- periods and places

_ROMAN = r"(?:IV|V?I{1,3}|[1-4])"
# the ways of writing a period, each a pattern of its own: the search tries at a position only those that can start
# with its character (`first_characters`)
_PERIOD_FORMS = (
    rf"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:thời\s+điểm\s+)?(?:ngày\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)",
    rf"(?:thời\s+điểm\s+(?:ngày\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)",
    rf"(?:(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:tháng\s+\d{{1,2}}(?:/\d{{4}}|\s+năm\s+\d{{4}})?|quý\s+{_ROMAN}(?:/\d{{4}}|\s+năm\s+\d{{4}})?))",
    rf"(?:(?:\d{{1,2}}|sáu|chín|mười\s+một|mười|ba|bốn|năm|bảy|tám|hai)\s+tháng(?:\s+(?:đầu\s+năm|cuối\s+năm|năm|đầu|qua))?(?:\s+(?:năm\s+)?\d{{4}}|\s*/\s*(?:19|20)\d\d)?)",
    rf"(?:(?:quý|Quý)\s+{_ROMAN}(?:\s*(?:và|,|-)\s*{_ROMAN})?(?:\s*/\s*\d{{4}}|-(?:19|20)\d\d|\s+năm\s+\d{{4}})?)",
    rf"(?:(?:(?:cuối|giữa|trung\s+tuần|thượng\s+tuần|hạ\s+tuần)\s+)?(?:[Tt]háng|T)\s*(?:\d{{1,2}}|[Mm]ột|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười(?:\s+một|\s+hai)?|[Gg]iêng|[Cc]hạp)(?:\s*/\s*\d{{4}}|-(?:19|20)\d\d|\s+năm\s+\d{{4}})?(?![\w/]))",
    rf"(?:\d{{1,2}}T/\d{{4}})",
    rf"(?:[Vv]ụ\s+(?:mùa|đông\s+xuân|hè\s+thu|thu\s+đông|chiêm|xuân|đông)(?:\s+năm\s+\d{{4}}|\s+\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?)",
    rf"(?:(?:nửa\s+đầu|nửa\s+cuối|cả|hết|cuối|đầu)\s+năm(?:\s+\d{{4}})?)",
    rf"(?:(?:năm|Năm)\s+(?:19|20)\d\d)",
    rf"(?:giai\s+đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)",
    rf"(?:từ\s+đầu\s+năm(?:\s+đến\s+nay)?)",
    rf"(?:(?:(?<=\()|(?<=\(\s)|(?<=[.;]\s)|(?<=\n)|^)[Cc]ùng\s+(?:kỳ|thời\s+điểm)(?:\s+năm)?\s+(?:19|20)\d\d)",
)
_PERIOD_ALTERNATIVES = "(?:" + "|".join(first_characters(f, re.IGNORECASE) + f for f in _PERIOD_FORMS) + ")"
_PERIOD_RE = re.compile(rf"(?<!\w){first_characters(_PERIOD_ALTERNATIVES, re.IGNORECASE)}{_PERIOD_ALTERNATIVES}(?!\w)",
                        re.IGNORECASE)


_WHOLE_YEAR = re.compile(r"(?:trong|cả|hết|cuối|đầu)\s+năm$", re.IGNORECASE)
_RECKONED = re.compile(r"tính\s+", re.IGNORECASE)


def find_periods(norm: str) -> list[Match]:
    out = []
    for m in _PERIOD_RE.finditer(norm):
        text = m.group()
        # "năm 2023" inside "cùng kỳ năm 2023" belongs to the baseline
        if norm[max(0, m.start() - 8):m.start()].rstrip().lower().endswith("cùng kỳ"):
            continue
        if _WHOLE_YEAR.match(text):
            continue
        start = m.start()
        lead = _RECKONED.match(text)
        if lead:  # "Tính đến 20/8/2024": the period is "đến 20/8/2024"
            start += lead.end()
        out.append(Match(start, m.end(), "PERIOD"))
    return out


@lru_cache(maxsize=None)
def _place_re(ignore_case: bool = False) -> re.Pattern:
    forms = [f for f, _ in table("places.tsv")]
    return re.compile(rf"(?<!{_L})(?:{alternation(forms)})(?!{_L})", re.IGNORECASE if ignore_case else 0)


def find_places(norm: str, ignore_case: bool = False) -> list[Match]:
    """Place names; `ignore_case` also finds them in capitals ("TỈNH NAM ĐỊNH"), where a title writes them. Below
    the provinces, a district, town or commune is found by the word that names its kind ("huyện Tân Thạnh", "TP Tam
    Kỳ", "TX. Điện Bàn")."""
    found = [Match(m.start(), m.end(), "LOCATION") for m in _place_re(ignore_case).finditer(norm)]
    if ignore_case:
        return found
    units = [Match(m.start(), m.end(), "LOCATION") for m in _LOCAL_UNIT.finditer(norm)
             if not any(p.start < m.end() and m.start() < p.end for p in found)]
    return sorted(found + units, key=lambda p: p.start) if units else found


# a name in title case after the word for a district, town or commune
_LOCAL_UNIT = re.compile(r"(?<![^\W\d_])(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Tt]hị\s+trấn|[Tt]hành\s+phố|TX\.?|TP\.?|Tp\.?|[Xx]ã|"
                         r"[Pp]hường)\s*(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\W\d_A-ZĐ]+|\d{1,2}(?![\d/,.]))"
                         r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_A-ZĐ]+){0,3}")


@lru_cache(maxsize=None)
def _place_prefix_re() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(words('place_prefixes.txt'))})\s*(?=[^\W\d_])", re.IGNORECASE)


def place_name(text: str) -> str:
    """The place a LOCATION span's own text names, as written, without the administrative word before it.

    >>> place_name("tỉnh Đồng Nai"), place_name("Thanh Hóa ước"), place_name("TP. Hồ Chí Minh")
    ('Đồng Nai', 'Thanh Hóa', 'TP. Hồ Chí Minh')
    """
    return _place_name(text)


@lru_cache(maxsize=8192)
def _place_name(text: str) -> str:
    from .textview import nfc

    m = _place_re().search(nfc(text))
    if m is None:
        return text.strip()
    form = m.group()
    bare = _place_prefix_re().sub("", form)
    if mapping("places.tsv").get(bare.casefold()) == "Hồ Chí Minh" or bare.casefold() not in mapping("places.tsv"):
        return form  # "Hồ Chí Minh" alone is the man, not the city
    return bare
