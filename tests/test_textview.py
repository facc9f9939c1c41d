import unicodedata

import pytest

from vnecon.textview import TextView, canonical_tones, nfc


@pytest.mark.parametrize("old,new", [
    ("hoà", "hòa"), ("Khánh Hoà", "Khánh Hòa"), ("thuỷ sản", "thủy sản"), ("khoẻ", "khỏe"),
    ("quý", "quý"), ("hoàn thành", "hoàn thành"), ("THUỶ", "THỦY"),
    # "kì" is "kỳ" spelt with an "i", as a whole syllable only ("kìm", pliers, stays)
    ("cùng kì năm trước", "cùng kỳ năm trước"), ("Kỉ lục", "Kỷ lục"), ("kìm", "kìm"), ("skì", "skì"),
])
def test_canonical_tones(old, new):
    assert canonical_tones(old) == new
    assert len(canonical_tones(old)) == len(old)


@pytest.mark.parametrize("text", [
    "hoạt động xuất khẩu",
    unicodedata.normalize("NFD", "hoạt động xuất khẩu thủy sản"),
    "Giá " + unicodedata.normalize("NFD", "lợn hơi") + " tăng 5%",
    "",
    "e\u0301\u0323 lạ",  # two combining marks on one letter
])
def test_view_maps_back(text):
    view = TextView(text)
    assert view.norm == nfc(text)
    for word in view.norm.split():
        i = view.norm.index(word)
        s, e = view.span(i, i + len(word))
        assert nfc(text[s:e]) == word


@pytest.mark.parametrize("text,norm", [
    ("dự toán¹, tăng 7,76%", "dự toán , tăng 7,76%"),   # a footnote mark reads as a space
    ("diện tích 120 m² sàn", "diện tích 120 m² sàn"),    # a unit's square stays
    # a number of one or two digits in parentheses glued to a word or "%" is a footnote mark too ...
    ("77.712 ha(1) (giảm 0,6%)", "77.712 ha    (giảm 0,6%)"),
    ("tăng 6,93%(12), làm", "tăng 6,93%    , làm"),
    # ... not when a space or a figure stands before it, or more than two digits are in it
    ("Có (1) 15 dự án", "Có (1) 15 dự án"),
    ("năm 2019(1)", "năm 2019(1)"),
    ("quý(123) tăng", "quý(123) tăng"),
    ("a\u200bb", "a b"),                                 # a zero-width space reads as a space
    # misspelt comparison words, whole words only, the first capital kept
    ("tăng 5% so vói cung kỳ, bằng 98% kê hoạch", "tăng 5% so với cùng kỳ, bằng 98% kế hoạch"),
    ("So vơi năm truớc, Ươc tính", "So với năm trước, Ước tính"),
    ("nguồn cung kỳ vọng, nước", "nguồn cung kỳ vọng, nước"),
    ("Doanh thu vận tải\tTỷ đồng\t2.974,6", "Doanh thu vận tải|Tỷ đồng|2.974,6"),   # a table row's cells
    ("Kim\tngạch\tđạt\t5%", "Kim\tngạch\tđạt\t5%"),   # a text whose every space is a tab is no table
    # a row of one-word cells in a table whose other rows have spaces: a row like them
    ("Thị trường\tSố lượt\tSo với cùng kỳ (%)\nNga\t457.316\t138,3",
     "Thị trường|Số lượt|So với cùng kỳ (%)\nNga|457.316|138,3"),
    # cells aligned by runs of spaces, three or more cells on the line
    ("Xe máy     triệu chiếc    1,91", "Xe máy |   triệu chiếc |  1,91"),
    ("đạt 5%,   tăng 2%", "đạt 5%,   tăng 2%"),   # one run of spaces is no row
    # cells separated by " / " or " ; " (spaces on both sides); a label before a colon is the first cell
    ("Tổng thu NSNN / 7.845 / 106,2 / 112,4", "Tổng thu NSNN | 7.845 | 106,2 | 112,4"),
    ("Thu nội địa ; 110,6 ; 105,3 ; 25.480", "Thu nội địa | 110,6 | 105,3 | 25.480"),
    ("Ngành khai khoáng: 108,2 / 100,1 / 93,1", "Ngành khai khoáng| 108,2 | 100,1 | 93,1"),
    ("giá 5.000 đồng/kg; xuất khẩu / nhập khẩu", "giá 5.000 đồng/kg; xuất khẩu / nhập khẩu"),   # one is no row
    # rows of cells run together on one line, one after each "; ", the header's colon before them
    ("(tên cây | sản lượng): cà phê | 1.763,5; cao su | 1.226,1; điều | 344,4",
     "(tên cây | sản lượng):\ncà phê | 1.763,5;\ncao su | 1.226,1;\nđiều | 344,4"),
    ("Xuất khẩu | 5 tỷ; nhập khẩu tăng 3%; giá giảm", "Xuất khẩu | 5 tỷ; nhập khẩu tăng 3%; giá giảm"),   # no rows
    # a line wrapped in the middle of a sentence reads as a space; a line that a list, a capital or a row follows
    # keeps its break
    ("ước tính có 3.535\ndoanh nghiệp", "ước tính có 3.535 doanh nghiệp"),
    ("tăng 7,5%\n  so với cùng kỳ", "tăng 7,5%   so với cùng kỳ"),
    ("như sau:\nlúa 100 ha", "như sau:\nlúa 100 ha"),
    ("tăng 7,5%\nXuất khẩu giảm", "tăng 7,5%\nXuất khẩu giảm"),
    ("tăng 7,5%\n\nxuất khẩu giảm", "tăng 7,5%\n\nxuất khẩu giảm"),
    ("Khai khoáng | 109,37\nchế biến | 101,56", "Khai khoáng | 109,37\nchế biến | 101,56"),
    ("a) Hoa Kỳ || 338,2 || 35,9", "a) Hoa Kỳ |  338,2 |  35,9"),   # a doubled cell border is one border
])
def test_view_blanks_marks_with_the_same_length(text, norm):
    view = TextView(text)
    assert view.norm == norm
    assert len(view.norm) == len(text)
