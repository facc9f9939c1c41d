import pytest

from vnecon.numbers import format_vi, parse_number, parse_number_words

# examples used while developing
NUMBERS = [
    ("36.745", 36745.0),
    ("89.894,8", 89894.8),
    ("184,96", 184.96),
    ("108,276", 108.276),
    ("1.234.567", 1234567.0),
    ("3.7", 3.7),          # careless decimal point
    ("2417,3", 2417.3),     # no thousands dot
    ("1,234.5", 1234.5),    # English grouping pasted from a table
    ("0,45", 0.45),
    ("976", 976.0),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "abc", "12/63", "20/8/2024", "-", "1.2.3,4,5"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("words,expected", [
    ("ba", 3.0), ("hai mươi lăm", 25.0), ("mười lăm", 15.0), ("một trăm", 100.0), ("bốn trăm", 400.0),
    ("hai rưỡi", 2.5), ("chín mươi", 90.0),
])
def test_parse_number_words(words, expected):
    assert parse_number_words(words.split()) == expected


@pytest.mark.parametrize("value,text", [(36745.0, "36.745"), (89894.8, "89.894,8"), (0.5, "0,5"), (-1200.0, "-1.200")])
def test_format_vi(value, text):
    assert format_vi(value) == text
