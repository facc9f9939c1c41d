import pickle
import unicodedata

import pytest
from spacy.vocab import Vocab

from vnecon.tokenizer import VietnameseTokenizer

HOSTILE = [
    "",
    " ",
    "\n\n\t",
    "đạt36,5 tỷ USD.Tiếp theo",
    "  hai  khoảng trắng  ",
    "\x00\x01\x1b[31m điều khiển",
    "😀 biểu tượng 📈 tăng 5%",
    "<p>Doanh thu &amp; lợi nhuận đạt 1.200 tỷ đồng</p>",
    unicodedata.normalize("NFD", "Hoạt động thủy sản tăng 7,2%"),
    "e\u0301\u0323\u0300",
    "\u200b\u200dzero width\ufeff",
    "TP.HCM, TP. HCM, Tp.HCM và TPHCM",
    "a" * 5000,
    "1" * 3000,
    "12.345.678,9 triệu tấn.km; 3.7%; 2417,3",
    "Trong đó:\r\n- ngành A tăng 1%;\r\n- ngành B giảm 2%",
]


@pytest.fixture(scope="module")
def tokenizer():
    return VietnameseTokenizer(Vocab())


@pytest.mark.parametrize("text", HOSTILE)
def test_text_is_kept(tokenizer, text):
    doc = tokenizer(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


@pytest.mark.parametrize("text,tokens", [
    ("đạt 541,3 nghìn cái", ["đạt", "541,3", "nghìn", "cái"]),
    ("89.894,8 triệu tấn.km", ["89.894,8", "triệu", "tấn.km"]),
    ("tăng 15,14%", ["tăng", "15,14", "%"]),
    ("đạt36,5 tỷ", ["đạt", "36,5", "tỷ"]),
    ("TP.HCM tăng", ["TP.HCM", "tăng"]),
])
def test_numbers_and_units_stay_whole(tokenizer, text, tokens):
    assert [t.text for t in tokenizer(text) if not t.is_space] == tokens


@pytest.mark.parametrize("text,starts", [
    ("ước 2.304,3 Tr.USD, tăng 0,4%", ["ước"]),              # an abbreviation's dot glued to the next word
    ("đạt 5 tỷ đồng.Trong đó", ["đạt", "Trong"]),            # a missing space after a full stop
    ("tăng 5%. Xuất khẩu", ["tăng", "Xuất khẩu"]),
])
def test_sentence_starts(tokenizer, text, starts):
    assert [t.text for t in tokenizer(text) if t.is_sent_start] == starts


def test_words_never_cross_a_sentence_end(tokenizer):
    doc = tokenizer("Xuất khẩu đạt 30,9 tỷ USD. Nhập khẩu đạt 20 tỷ USD.")
    assert all("." not in t.text[:-1] for t in doc if t.text != ".")
    assert len(list(doc.sents)) == 2


def test_segmentation_joins_syllables(tokenizer):
    doc = tokenizer("Hải Phòng thu nội địa")
    assert "Hải Phòng" in [t.text for t in doc]
    assert "nội địa" in [t.text for t in doc]


def test_non_nfc_offsets(tokenizer):
    text = "Giá " + unicodedata.normalize("NFD", "hoạt động") + " tăng"
    doc = tokenizer(text)
    assert doc.text == text
    assert any(unicodedata.normalize("NFC", t.text) == "hoạt động" for t in doc)
    assert any(t.norm_ == "hoạt động" for t in doc)


def test_segment_off_keeps_syllables(tokenizer):
    doc = VietnameseTokenizer(Vocab(), segment=False)("Hải Phòng thu nội địa")
    assert [t.text for t in doc] == ["Hải", "Phòng", "thu", "nội", "địa"]


def test_serialization_round_trip(tmp_path):
    tok = VietnameseTokenizer(Vocab(), segment=False)
    tok.to_disk(tmp_path / "tok")
    other = VietnameseTokenizer(Vocab()).from_disk(tmp_path / "tok")
    assert other.segment is False
    assert VietnameseTokenizer(Vocab()).from_bytes(tok.to_bytes()).segment is False
    assert pickle.loads(pickle.dumps(tok)).segment is False


@pytest.mark.slow
def test_one_megabyte_document(tokenizer):
    text = ("Kim ngạch xuất khẩu ước đạt 35,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước. " * 14000)[:1_000_000]
    doc = tokenizer(text)
    assert doc.text == text
