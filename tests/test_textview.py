import unicodedata

import pytest

from vnecon.textview import TextView, canonical_tones, nfc


@pytest.mark.parametrize("old,new", [
    ("hoà", "hòa"), ("Khánh Hoà", "Khánh Hòa"), ("thuỷ sản", "thủy sản"), ("khoẻ", "khỏe"),
    ("quý", "quý"), ("hoàn thành", "hoàn thành"), ("THUỶ", "THỦY"),
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
