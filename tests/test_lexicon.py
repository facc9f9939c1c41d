"""The lookahead of a pattern's first characters: never narrower than the pattern."""

import re

import pytest

from vnecon.grammar import _any_baseline_re, _baseline_table, _L
from vnecon.lexicon import alternation, first_characters


@pytest.mark.parametrize("pattern,expected", [
    (r"so\s+với", "(?=[s])"),
    (r"(?:so\s+|của\s+)?tổng", "(?=[cst])"),           # an optional opening: what follows can open too
    (r"(?<=%\s)mức|\Anăm", "(?=[mn])"),                 # lookarounds and anchors take no character
    (r"\d{1,2}\s+tháng|[IVX]+", r"(?=[IVX\d])"),
    (r"(?-i:DT)", "(?=[D])"),
    (r"a*", ""),                                        # it can match nothing: any position
    (r"[^\W\d_]+", ""),                                 # a negated class
    (r".x", ""),
    (r"(a?)\1", ""),                                    # a back reference
])
def test_first_characters(pattern, expected):
    assert first_characters(pattern, re.IGNORECASE) == expected


def test_first_characters_keep_every_case():
    rx = re.compile(first_characters("đối", re.IGNORECASE) + "đối", re.IGNORECASE)
    assert rx.match("ĐỐI") and rx.match("Đối")


def test_baseline_starts_unchanged_by_the_lookaheads():
    text = ("Tăng 5% so với cùng kỳ năm 2023, bằng 98% kế hoạch năm; SO VỚI THÁNG TRƯỚC giảm 1%. Đặt cạnh năm 2019 "
            "thì gấp 2 lần năm trước, vượt 3% dự toán HĐND tỉnh giao; đạt 45% tổng vốn đăng ký, tăng 1,2 lần.")
    plain = re.compile(rf"(?<!{_L})(?:" + "|".join(f"(?:{p})(?!{_L})" for p, _ in _baseline_table()) + ")",
                       re.IGNORECASE)
    starts = [k for k in range(len(text) + 1) if plain.match(text, k)]
    assert starts and starts == [k for k in range(len(text) + 1) if _any_baseline_re().match(text, k)]


def _flat(forms):
    """An alternation of the forms as one group, longest first (as `alternation` wrote it before it grouped them)."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + ")"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_grouped_by_first_letter_matches_as_one_group(flags):
    forms = ["tăng", "tăng trưởng", "tăng thêm", "Tăng", "giảm", "giảm mạnh", "Giảm nhẹ", "đạt", "Đạt mức", "sụt"]
    text = ("Tăng trưởng  đạt 5%, giảm mạnh 3%; GIẢM NHẸ 1%, tăng thêm 2, Đạt mức 7; sụt 4; tăng 9 và tăng trưởng")
    grouped = alternation(forms)
    assert grouped.count("(?=[") > 2  # one lookahead for all, one per group
    for wrap in ("{}", r"(?<![^\W\d_]){}(?![^\W\d_])", r"{}\s+\d"):
        a, b = re.compile(wrap.format(_flat(forms)), flags), re.compile(wrap.format(grouped), flags)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_alternation_not_grouped_when_letters_fold_together():
    # "ſ" is "s" to a case-insensitive match: the forms stay one group, in one order
    assert alternation(["ſa", "sab"]).count("(?=[") == 1
