"""Vietnamese numerals: "." groups thousands, "," marks decimals, plus careless forms and numbers in words."""

from __future__ import annotations

import re

# A number as bulletins write it. Alternatives are tried left to right, so the grouped forms come first.
NUMBER_PATTERN = (
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"  # 36.745 / 89.894,8 / 1.234.567
    r"|\d{1,3}(?:,\d{3})+\.\d+"                   # 1,234.5 (English grouping, seen in pasted tables)
    r"|\d+,\d+"                                   # 184,96 / 2417,3
    r"|\d+\.\d{1,2}(?!\d)"                        # 3.7 (a careless decimal point)
    r"|\d+"
)
NUMBER_RE = re.compile(NUMBER_PATTERN)

_WORD_DIGITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
NUMBER_WORDS = tuple(_WORD_DIGITS) + ("mười", "mươi", "trăm", "linh", "lẻ", "rưỡi")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits, Vietnamese style; None if `text` is not one.

    >>> parse_number("36.745"), parse_number("89.894,8"), parse_number("184,96"), parse_number("3.7")
    (36745.0, 89894.8, 184.96, 3.7)
    """
    s = text.strip().replace("\u00a0", "").replace(" ", "")
    if not s or not NUMBER_RE.fullmatch(s):
        return None
    if "," in s and "." in s and s.index(",") < s.index("."):
        return float(s.replace(",", ""))
    if "." in s:
        head, _, tail = s.partition(".")
        if re.fullmatch(r"\d{3}(?:\.\d{3})*(?:,\d+)?", tail):
            return float(s.replace(".", "").replace(",", "."))
        return float(s)
    return float(s.replace(",", "."))


def parse_number_words(words: list[str]) -> float | None:
    """Value of a small number in words (below a thousand); scale words stay with the unit.

    >>> parse_number_words(["ba"]), parse_number_words(["hai", "mươi", "lăm"]), parse_number_words(["một", "trăm"])
    (3.0, 25.0, 100.0)
    """
    total, current = 0, 0
    seen = False
    half = False
    for raw in words:
        w = raw.lower()
        if w in _WORD_DIGITS:
            current = current + _WORD_DIGITS[w] if current % 10 == 0 and current else _WORD_DIGITS[w]
            seen = True
        elif w == "mười":
            current = 10
            seen = True
        elif w == "mươi":
            current = (current or 1) * 10
        elif w == "trăm":
            total += (current or 1) * 100
            current = 0
            seen = True
        elif w in ("linh", "lẻ"):
            continue
        elif w == "rưỡi":
            half = True
        else:
            return None
    if not seen:
        return None
    value = float(total + current)
    return value + 0.5 if half else value


def format_vi(value: float) -> str:
    """Write a float the Vietnamese way, for messages and tables.

    >>> format_vi(36745.0), format_vi(89894.8)
    ('36.745', '89.894,8')
    """
    whole, _, frac = f"{value:.6f}".rstrip("0").rstrip(".").partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")
