"""PERIOD and LOCATION phrases the rules find, as written."""

import pytest

from vnecon.grammar import find_periods, find_places
from vnecon.textview import nfc

PERIODS = [
    # "Tính" is the verb of the clause, not part of the period
    ("Tính đến ngày 20/8/2024, dư nợ tăng 5%", ["đến ngày 20/8/2024"]),
    ("Tính đến thời điểm 27/9/2024, tín dụng tăng 9%", ["đến thời điểm 27/9/2024"]),
    ("đàn lợn thời điểm 1/9 có 1.012 nghìn con", ["thời điểm 1/9"]),
    ("9 tháng đầu năm 2024", ["9 tháng đầu năm 2024"]),
    ("xuất khẩu 7 tháng/2017 đạt", ["7 tháng/2017"]),
    ("quý III/2024", ["quý III/2024"]),
    ("vụ Đông Xuân năm 2023", ["vụ Đông Xuân năm 2023"]),
    # a historical aside names its own period
    ("tăng 9% (cùng kỳ năm 2023 tăng 6,9%)", ["cùng kỳ năm 2023"]),
    ("tăng 9% (cùng thời điểm năm 2023 tăng 6,92%)", ["cùng thời điểm năm 2023"]),
    # the part of a month is part of the period as written
    ("Đến cuối tháng 10/2025, tổng dư nợ đạt 4,9 triệu tỉ đồng", ["cuối tháng 10/2025"]),
    ("Tính đến trung tuần tháng Mười, cả nước gieo cấy được 703,2 nghìn ha", ["trung tuần tháng Mười"]),
    ("tính đến giữa tháng 10", ["giữa tháng 10"]),
    ("so với cuối tháng trước", []),
    # a month or quarter joined to its year by a hyphen, as newspapers write it; not a range of months
    ("giá tháng 11-2022 giảm", ["tháng 11-2022"]),
    ("quý III-2023", ["quý III-2023"]),
    ("tháng 11-12", ["tháng 11"]),
    # dates alone are not periods
    ("theo Nghị định 15/2022/NĐ-CP ngày 20/8", []),
]


@pytest.mark.parametrize("text,expected", PERIODS)
def test_periods(text, expected):
    norm = nfc(text)
    assert [norm[m.start:m.end] for m in find_periods(norm)] == expected


PLACES = [
    ("Thu ngân sách của TP.HCM tăng 5%", ["TP.HCM"]),
    ("Kim ngạch xuất khẩu trên địa bàn Tp HCM", ["Tp HCM"]),
    # below the province: the word that names the unit's kind, then a name in title case
    ("gồm Núi Thành 10.960 tỷ đồng; TP Tam Kỳ 1.610; TX Điện Bàn 1.448", ["TP Tam Kỳ", "TX Điện Bàn"]),
    ("Tại huyện Krông Pắc và thị xã Buôn Hồ, giá cà phê", ["huyện Krông Pắc", "thị xã Buôn Hồ"]),
    ("thành phố Thủ Đức và quận 1", ["thành phố Thủ Đức", "quận 1"]),
    # "xã hội" is not a commune, nor is a heading in capitals
    ("tình hình kinh tế - xã hội", []),
    ("KINH TẾ - XÃ HỘI", []),
]


@pytest.mark.parametrize("text,expected", PLACES)
def test_places(text, expected):
    norm = nfc(text)
    assert [norm[m.start:m.end] for m in find_places(norm)] == expected
