"""Period texts ("8 tháng đầu năm 2024", "quý II/2023", "tính đến 20/8/2024") turned into dates.

A period without a year gets one only from `default_year` (then `year_inferred` is True); it is never guessed.
The patterns are grammar, not vocabulary, so they live here rather than in a data file; the month and
quarter words they use are in vnecon/data/period_words.csv.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

from ._data import read_rows
from .errors import Errors, NormalizeError

__all__ = ["Period", "infer_document_year", "parse_period"]

# Granularity of a span from 1 January that is also a standard reporting period.
_YTD_GRANULARITY = {3: "quarter", 6: "half", 12: "year"}


@dataclass(frozen=True)
class Period:
    """A span of dates, both ends included.

    granularity: "day", "month", "months" (a run of months not starting in January), "quarter", "half", "year",
    "ytd_months" (the first N months of a year), "to_date" (1 January up to a stated date) or "multi_year".

    >>> Period(date(2024, 1, 1), date(2024, 8, 31), "ytd_months").to_dict()["end"]
    '2024-08-31'
    """

    start: date
    end: date
    granularity: str
    year_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with ISO dates."""
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "granularity": self.granularity, "year_inferred": self.year_inferred}


@cache
def _words() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for row in read_rows("period_words.csv"):
        out.setdefault(row["kind"], {})[row["surface"]] = int(row["number"])
    return out


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int, granularity: str, inferred: bool) -> Period | None:
    if not (1 <= first <= last <= 12):
        return None
    return Period(date(year, first, 1), _month_end(year, last), granularity, inferred)


def _shift_year(d: date, years: int) -> date:
    """`d` moved by whole years; a month end stays a month end (29/2 -> 28/2)."""
    year = d.year + years
    if d == _month_end(d.year, d.month):
        return _month_end(year, d.month)
    return date(year, d.month, min(d.day, calendar.monthrange(year, d.month)[1]))


@lru_cache(maxsize=8192)
def _clean(text: str) -> str:
    s = unicodedata.normalize("NFC", text).lower().replace("\u00a0", " ")
    s = re.sub(r"[–—−]", "-", s)
    # Old spellings of the two period words that have one.
    s = re.sub(r"(?<!\w)kì(?!\w)", "kỳ", s)
    s = re.sub(r"(?<!\w)quí(?!\w)", "quý", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:()")


_YEAR = r"(?:19|20)\d\d"
# "/2024", "năm 2024", "-2024", " 2024"; captured as group "y".
_YEAR_TAIL = rf"(?:\s*/\s*|\s+năm\s+|\s*-\s*|\s+)(?P<y>{_YEAR})(?!\d)"
_NUM = r"\d{1,2}"


def _number(token: str, kind: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _words().get(kind, {}).get(token)


def _build_patterns() -> list[tuple[str, re.Pattern[str]]]:
    words = _words()
    month_words = "|".join(sorted((re.escape(w) for w in words.get("month", {})), key=len, reverse=True))
    count_words = "|".join(sorted((re.escape(w) for w in words.get("count", {})), key=len, reverse=True))
    roman = r"iv|iii|ii|i|[1-4]"
    n_months = rf"(?P<n>{_NUM}|{count_words})"
    month = rf"(?P<m>{_NUM}(?!\d)|{month_words})"
    yt = rf"(?:{_YEAR_TAIL})?"
    # 31/8, 31/8/2024, 31 tháng 8 năm 2024
    date_ = (rf"(?P<d>{_NUM})(?:\s*/\s*|\s+tháng\s+)(?P<mo>{_NUM})(?:(?:\s*/\s*|\s+năm\s+)(?P<y>{_YEAR}))?"
             r"(?![\d/])")
    # Order matters: the first pattern found anywhere in the text wins, so longer readings come first
    # ("8 tháng năm 2024" is eight months, not May; "20 tháng 8" is a date, not twenty months).
    return [
        ("multi_year", re.compile(rf"(?<!\d)(?P<y1>{_YEAR})\s*-\s*(?P<y2>{_YEAR})(?!\d)")),
        ("same_period", re.compile(rf"cùng kỳ(?:\s+(?:của\s+)?năm\s+(?P<rel>trước|ngoái)|\s+năm\s+(?P<y>{_YEAR})"
                                   rf"|\s+(?P<y_>{_YEAR}))?")),
        ("ytd_now", re.compile(r"(?:từ|kể từ) đầu năm (?:đến|tới) (?:nay|thời điểm này|hiện nay)")),
        ("to_date", re.compile(rf"(?:đến|tới)(?: hết| cuối)?(?: ngày| thời điểm)? {date_}")),
        ("to_month_end", re.compile(rf"(?:đến|tới) (?:hết|cuối) tháng {month}{yt}")),
        ("to_year_end", re.compile(rf"(?:đến|tới) (?:hết|cuối) năm(?: (?P<y>{_YEAR}))?")),
        ("month_range", re.compile(rf"(?:từ )?tháng (?P<m1>{_NUM})\s*(?:-|đến|tới)\s*(?:tháng )?(?P<m2>{_NUM})(?!\d){yt}")),
        ("last_months", re.compile(rf"(?<![\w/]){n_months} tháng cuối(?: của)? năm{yt}")),
        ("day", re.compile(rf"(?<![\w/]){date_}")),
        ("first_months", re.compile(rf"(?<![\w/]){n_months}\s*(?:tháng|t)(?: đầu)?(?: của)?(?: năm)?{yt}(?![\w/])")),
        ("half", re.compile(rf"(?P<which>nửa đầu|nửa cuối|nửa năm đầu|nửa năm cuối)(?: năm)?{yt}")),
        ("half_h", re.compile(rf"(?<!\w)h(?P<h>[12]){yt}(?!\w)")),
        ("quarter", re.compile(rf"(?<!\w)(?:quý|q)\s*(?P<q>{roman})(?!\w){yt}")),
        ("month", re.compile(rf"(?<!\w)(?:tháng|t)\s*{month}{yt}")),
        ("year_rel", re.compile(r"năm (?P<rel>nay|trước|ngoái)")),
        ("year", re.compile(rf"(?:cả năm|năm|niên độ)\s*(?P<y>{_YEAR})(?!\d)|^(?P<y_>{_YEAR})$")),
        ("whole_year", re.compile(r"^(?:cả năm|năm)$")),
    ]


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    return _build_patterns()


def _roman(q: str) -> int:
    return {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(q) or int(q)


def _check_year(name: str, value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise NormalizeError(Errors.N006.format(name=name, value=value))


def parse_period(text: str | None, *, default_year: int | None = None, reference_period: Period | None = None,
                 reference_date: date | None = None) -> Period | None:
    """The dates a period text covers, or None when it cannot be told without guessing.

    `default_year` fills a missing year (the result says `year_inferred`). `reference_period` is the period of the
    document, for "cùng kỳ năm 2023" (the same span in 2023). `reference_date` is the date the document speaks at,
    for "từ đầu năm đến nay".

    >>> parse_period("8 tháng đầu năm 2024")
    Period(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 8, 31), granularity='ytd_months', year_inferred=False)
    >>> parse_period("quý II/2023").end
    datetime.date(2023, 6, 30)
    >>> parse_period("tính đến 20/8/2024").granularity
    'to_date'
    >>> parse_period("8 tháng") is None, parse_period("8 tháng", default_year=2024).year_inferred
    (True, True)
    >>> ref = parse_period("8 tháng đầu năm 2024")
    >>> parse_period("cùng kỳ năm 2023", reference_period=ref).end
    datetime.date(2023, 8, 31)
    """
    _check_year("default_year", default_year)
    if reference_period is not None and not isinstance(reference_period, Period):
        raise NormalizeError(Errors.N005.format(name="reference_period", expected="a Period",
                                                type=type(reference_period).__name__))
    if reference_date is not None and not isinstance(reference_date, date):
        raise NormalizeError(Errors.N005.format(name="reference_date", expected="a datetime.date",
                                                type=type(reference_date).__name__))
    if not text or not isinstance(text, str):
        return None
    return _parse(_clean(text), default_year, reference_period, reference_date)


# a document repeats its period phrases (every fact carries one): each distinct one is read once; Period is frozen
@lru_cache(maxsize=8192)
def _parse(s: str, default_year: int | None, ref: Period | None, ref_date: date | None) -> Period | None:
    for name, pattern in _patterns():
        m = pattern.search(s)
        if m is None:
            continue
        g = m.groupdict()
        explicit = g.get("y") or g.get("y_")
        year = int(explicit) if explicit else default_year
        inferred = explicit is None
        if name == "multi_year":
            y1, y2 = int(g["y1"]), int(g["y2"])
            if y1 >= y2:
                return None
            return Period(date(y1, 1, 1), date(y2, 12, 31), "multi_year", False)
        if name == "same_period":
            if ref is None:
                return None
            years = (int(explicit) - ref.end.year) if explicit else -1
            return replace(ref, start=_shift_year(ref.start, years), end=_shift_year(ref.end, years),
                           year_inferred=False if explicit else ref.year_inferred)
        if name == "ytd_now":
            if ref_date is None:
                return None
            return Period(date(ref_date.year, 1, 1), ref_date, "to_date", False)
        if name == "year_rel":
            if default_year is None:
                return None
            y = default_year - (0 if g["rel"] == "nay" else 1)
            return Period(date(y, 1, 1), date(y, 12, 31), "year", True)
        if name == "whole_year" and default_year is None:
            return None
        if year is None:
            return None
        if name == "to_date":
            try:
                end = date(year, int(g["mo"]), int(g["d"]))
            except ValueError:
                return None
            return Period(date(year, 1, 1), end, "to_date", inferred)
        if name == "day":
            try:
                d = date(year, int(g["mo"]), int(g["d"]))
            except ValueError:
                return None
            return Period(d, d, "day", inferred)
        if name == "to_month_end":
            mo = _number(g["m"], "month")
            return None if mo is None else _months(year, 1, mo, "to_date", inferred)
        if name == "to_year_end":
            return Period(date(year, 1, 1), date(year, 12, 31), "to_date", inferred)
        if name == "month_range":
            m1, m2 = int(g["m1"]), int(g["m2"])
            if m1 == 1:
                return _months(year, 1, m2, _YTD_GRANULARITY.get(m2, "ytd_months"), inferred)
            return _months(year, m1, m2, "months", inferred)
        if name in ("first_months", "last_months"):
            n = _number(g["n"], "count")
            if n is None or not 1 <= n <= 12:
                return None
            if name == "first_months":
                return _months(year, 1, n, _YTD_GRANULARITY.get(n, "ytd_months"), inferred)
            return _months(year, 13 - n, 12, "half" if n == 6 else "months", inferred)
        if name == "half":
            second = "cuối" in g["which"]
            return _months(year, 7 if second else 1, 12 if second else 6, "half", inferred)
        if name == "half_h":
            second = g["h"] == "2"
            return _months(year, 7 if second else 1, 12 if second else 6, "half", inferred)
        if name == "quarter":
            q = _roman(g["q"])
            return _months(year, 3 * q - 2, 3 * q, "quarter", inferred)
        if name == "month":
            mo = _number(g["m"], "month")
            return None if mo is None else _months(year, mo, mo, "month", inferred)
        if name in ("year", "whole_year"):
            return Period(date(year, 1, 1), date(year, 12, 31), "year", inferred)
    return None


def infer_document_year(period_texts: list[str]) -> int | None:
    """The year a document reports on: the most common explicit year among its period texts.

    Comparison periods ("cùng kỳ năm 2023") do not count. Ties go to the later year (a bulletin cites the
    previous year but reports on the current one). None when no text states a year.

    >>> infer_document_year(["8 tháng đầu năm 2024", "cùng kỳ năm 2023", "tháng 8/2024", "8 tháng"])
    2024
    """
    counts: Counter[int] = Counter()
    for text in period_texts:
        if not text or not isinstance(text, str) or "cùng kỳ" in _clean(text):
            continue
        period = parse_period(text)
        if period is not None and not period.year_inferred:
            counts[period.end.year] += 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
