"""vnecon.normalize.places: place texts -> GSO province codes, the country, foreign markets."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from vnecon.normalize import NormalizeError, link_place

# (text, code, name, era) with no year given: the 63-province list wins where a name is in both lists
PROVINCES = [
    ("TP.HCM", "79", "Hồ Chí Minh"), ("TP HCM", "79", "Hồ Chí Minh"), ("TPHCM", "79", "Hồ Chí Minh"),
    ("TP. Hồ Chí Minh", "79", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "79", "Hồ Chí Minh"),
    ("Sài Gòn", "79", "Hồ Chí Minh"), ("HCM", "79", "Hồ Chí Minh"), ("tp.HCM", "79", "Hồ Chí Minh"),
    ("Thừa Thiên Huế", "46", "Huế"), ("Huế", "46", "Huế"), ("TT-Huế", "46", "Huế"),
    ("BR-VT", "77", "Bà Rịa - Vũng Tàu"), ("Bà Rịa - Vũng Tàu", "77", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "77", "Bà Rịa - Vũng Tàu"), ("tỉnh Bà Rịa – Vũng Tàu", "77", "Bà Rịa - Vũng Tàu"),
    ("Hà Nội", "01", "Hà Nội"), ("Thủ đô", "01", "Hà Nội"), ("thủ đô Hà Nội", "01", "Hà Nội"),
    ("Hải Phòng", "31", "Hải Phòng"), ("thành phố Hải Phòng", "31", "Hải Phòng"),
    ("trên địa bàn Hải Phòng", "31", "Hải Phòng"), ("TP Hải Phòng", "31", "Hải Phòng"),
    ("trên địa bàn tỉnh Bắc Ninh", "27", "Bắc Ninh"), ("tỉnh Bắc Ninh", "27", "Bắc Ninh"),
    ("Hoà Bình", "17", "Hoà Bình"), ("Hòa Bình", "17", "Hoà Bình"), ("HOÀ BÌNH", "17", "Hoà Bình"),
    ("Thanh Hoá", "38", "Thanh Hóa"), ("Thanh Hóa", "38", "Thanh Hóa"), ("tỉnh Khánh Hoà", "56", "Khánh Hòa"),
    ("Đắk Lắk", "66", "Đắk Lắk"), ("Đắc Lắc", "66", "Đắk Lắk"), ("Đắk Nông", "67", "Đắk Nông"),
    ("Cần Thơ", "92", "Cần Thơ"), ("Bình Dương", "74", "Bình Dương"), ("Kiên Giang", "91", "Kiên Giang"),
    (unicodedata.normalize("NFD", "Thái Nguyên"), "19", "Thái Nguyên"),
]


@pytest.mark.parametrize("text,code,name", PROVINCES)
def test_provinces(text, code, name):
    p = link_place(text)
    assert (p.code, p.name, p.kind, p.era) == (code, name, "province", "63")


# (text, year or date, code, era, code_2025, name_2025)
ERAS = [
    ("Hải Dương", 2024, "30", "63", "31", "Hải Phòng"),
    ("tỉnh Hải Dương", 2025, "30", "63", "31", "Hải Phòng"),
    ("Hải Dương", 2026, "30", "63", "31", "Hải Phòng"),  # gone after the merger: still the old province
    ("Hải Phòng", 2024, "31", "63", "31", "Hải Phòng"),
    ("Hải Phòng", 2026, "31", "34", "31", "Hải Phòng"),
    ("Lào Cai", 2024, "10", "63", "15", "Lào Cai"),
    ("Lào Cai", 2026, "15", "34", "15", "Lào Cai"),
    ("Bình Dương", date(2025, 6, 30), "74", "63", "79", "Hồ Chí Minh"),
    ("TP.HCM", date(2025, 9, 30), "79", "34", "79", "Hồ Chí Minh"),
    ("Vĩnh Phúc", 2023, "26", "63", "25", "Phú Thọ"),
    ("Thành phố Đồng Nai", None, "75", "34", "75", "Đồng Nai"),  # a name only the 2025 list has
    ("Thừa Thiên Huế", 2026, "46", "34", "46", "Huế"),
]


@pytest.mark.parametrize("text,when,code,era,code_2025,name_2025", ERAS)
def test_merger_eras(text, when, code, era, code_2025, name_2025):
    p = link_place(text, on=when) if isinstance(when, date) else link_place(text, year=when)
    assert (p.code, p.era, p.code_2025, p.name_2025) == (code, era, code_2025, name_2025)


# (text, kind, code)
NON_PROVINCES = [
    ("cả nước", "country", "VN"), ("Việt Nam", "country", "VN"), ("toàn quốc", "country", "VN"),
    ("Mỹ", "market", "US"), ("Hoa Kỳ", "market", "US"), ("thị trường Hoa Kỳ", "market", "US"),
    ("Trung Quốc", "market", "CN"), ("EU", "market", "EU"), ("Liên minh châu Âu", "market", "EU"),
    ("Nhật Bản", "market", "JP"), ("Hàn Quốc", "market", "KR"), ("ASEAN", "market", "ASEAN"),
    ("Đài Loan (Trung Quốc)", "market", "TW"), ("Xin-ga-po", "market", "SG"), ("thị trường Đức", "market", "DE"),
]


@pytest.mark.parametrize("text,kind,code", NON_PROVINCES)
def test_country_and_markets(text, kind, code):
    p = link_place(text)
    assert (p.kind, p.code, p.era) == (kind, code, None)


@pytest.mark.parametrize("text", [None, "", "xyz", "toàn tỉnh", "thành phố", "Nam", "địa phương", "miền Bắc"])
def test_unknown_places(text):
    assert link_place(text) is None


def test_bad_year_raises_with_code():
    with pytest.raises(NormalizeError, match=r"^\[N006\]"):
        link_place("Hà Nội", year="2024")


def test_every_province_of_both_lists_links_to_itself():
    import csv
    from importlib import resources

    data = resources.files("vnecon") / "data"
    with (data / "provinces_63.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert link_place(row["full_name"], year=2024).code == row["code"]
            assert link_place(row["name"], year=2024).code_2025 == row["merged_into_code_2025"]
    with (data / "provinces_34_2025.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert link_place(row["full_name_2025"], year=2026).code == row["code"]
