"""vnecon.normalize.periods: period texts -> date spans."""

from __future__ import annotations

from datetime import date

import pytest

from vnecon.normalize import NormalizeError, Period, infer_document_year, parse_period

D = date
# (text, default_year, start, end, granularity, year_inferred); default_year None means "not given"
PERIODS = [
    ("8 tháng đầu năm 2024", None, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False),
    ("8 tháng đầu năm", 2024, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", True),
    ("8 tháng", 2024, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", True),
    ("trong 8 tháng năm 2024", None, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False),
    ("9 tháng năm 2019", None, D(2019, 1, 1), D(2019, 9, 30), "ytd_months", False),
    ("8T/2024", None, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False),
    ("8 tháng/2024", None, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False),
    ("tháng 1-8/2024", None, D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False),
    ("sáu tháng đầu năm 2023", None, D(2023, 1, 1), D(2023, 6, 30), "half", False),
    ("6 tháng đầu năm", 2024, D(2024, 1, 1), D(2024, 6, 30), "half", True),
    ("6 tháng cuối năm", 2024, D(2024, 7, 1), D(2024, 12, 31), "half", True),
    ("nửa đầu năm", 2024, D(2024, 1, 1), D(2024, 6, 30), "half", True),
    ("nửa cuối năm 2022", None, D(2022, 7, 1), D(2022, 12, 31), "half", False),
    ("3 tháng đầu năm 2024", None, D(2024, 1, 1), D(2024, 3, 31), "quarter", False),
    ("tháng 8/2024", None, D(2024, 8, 1), D(2024, 8, 31), "month", False),
    ("tháng 8 năm 2024", None, D(2024, 8, 1), D(2024, 8, 31), "month", False),
    ("Tháng 02/2024", None, D(2024, 2, 1), D(2024, 2, 29), "month", False),
    ("tháng Tám", 2024, D(2024, 8, 1), D(2024, 8, 31), "month", True),
    ("tháng Mười Hai năm 2023", None, D(2023, 12, 1), D(2023, 12, 31), "month", False),
    ("T8/2024", None, D(2024, 8, 1), D(2024, 8, 31), "month", False),
    ("từ tháng 3 đến tháng 5 năm 2024", None, D(2024, 3, 1), D(2024, 5, 31), "months", False),
    ("quý I/2024", None, D(2024, 1, 1), D(2024, 3, 31), "quarter", False),
    ("Quý II năm 2023", None, D(2023, 4, 1), D(2023, 6, 30), "quarter", False),
    ("quý 3/2022", None, D(2022, 7, 1), D(2022, 9, 30), "quarter", False),
    ("quí IV/2023", None, D(2023, 10, 1), D(2023, 12, 31), "quarter", False),
    ("Q1/2025", None, D(2025, 1, 1), D(2025, 3, 31), "quarter", False),
    ("quý III", 2024, D(2024, 7, 1), D(2024, 9, 30), "quarter", True),
    ("năm 2023", None, D(2023, 1, 1), D(2023, 12, 31), "year", False),
    ("cả năm 2023", None, D(2023, 1, 1), D(2023, 12, 31), "year", False),
    ("năm 2015", None, D(2015, 1, 1), D(2015, 12, 31), "year", False),
    ("2021", None, D(2021, 1, 1), D(2021, 12, 31), "year", False),
    ("năm nay", 2024, D(2024, 1, 1), D(2024, 12, 31), "year", True),
    ("giai đoạn 2016-2020", None, D(2016, 1, 1), D(2020, 12, 31), "multi_year", False),
    ("giai đoạn 2021 – 2025", None, D(2021, 1, 1), D(2025, 12, 31), "multi_year", False),
    ("đến 31/8", 2024, D(2024, 1, 1), D(2024, 8, 31), "to_date", True),
    ("đến ngày 31/8/2024", None, D(2024, 1, 1), D(2024, 8, 31), "to_date", False),
    ("tính đến 20/8/2024", None, D(2024, 1, 1), D(2024, 8, 20), "to_date", False),
    ("Tính đến ngày 20 tháng 8 năm 2024", None, D(2024, 1, 1), D(2024, 8, 20), "to_date", False),
    ("đến hết tháng 6/2024", None, D(2024, 1, 1), D(2024, 6, 30), "to_date", False),
    ("đến cuối năm 2023", None, D(2023, 1, 1), D(2023, 12, 31), "to_date", False),
    ("ngày 31/12/2023", None, D(2023, 12, 31), D(2023, 12, 31), "day", False),
]

# Texts that give no period without more context (never a guess).
NO_PERIOD = [
    ("8 tháng", None), ("8 tháng đầu năm", None), ("tháng 8", None), ("quý II", None), ("đến 31/8", None),
    ("từ đầu năm đến nay", None), ("cùng kỳ năm 2023", None), ("cùng kỳ", 2024), ("tháng trước", 2024),
    ("năm nay", None), ("", 2024), (None, 2024), ("tình hình kinh tế", 2024), ("đến 31/2/2024", None),
    ("13 tháng đầu năm 2024", None), ("giai đoạn 2020-2016", None),
]


@pytest.mark.parametrize("text,default_year,start,end,granularity,inferred", PERIODS)
def test_parse_period(text, default_year, start, end, granularity, inferred):
    assert parse_period(text, default_year=default_year) == Period(start, end, granularity, inferred)


@pytest.mark.parametrize("text,default_year", NO_PERIOD)
def test_no_period_without_context(text, default_year):
    assert parse_period(text, default_year=default_year) is None


REF = Period(D(2024, 1, 1), D(2024, 8, 31), "ytd_months", False)


@pytest.mark.parametrize("text,start,end", [
    ("cùng kỳ năm 2023", D(2023, 1, 1), D(2023, 8, 31)),
    ("cùng kỳ năm trước", D(2023, 1, 1), D(2023, 8, 31)),
    ("cùng kỳ năm ngoái", D(2023, 1, 1), D(2023, 8, 31)),
    ("cùng kì", D(2023, 1, 1), D(2023, 8, 31)),
    ("cùng kỳ năm 2019", D(2019, 1, 1), D(2019, 8, 31)),
])
def test_same_period_uses_the_reference(text, start, end):
    p = parse_period(text, reference_period=REF)
    assert (p.start, p.end, p.granularity, p.year_inferred) == (start, end, "ytd_months", False)


def test_same_period_keeps_month_ends_in_leap_years():
    feb = Period(D(2024, 2, 1), D(2024, 2, 29), "month", False)
    assert parse_period("cùng kỳ năm trước", reference_period=feb).end == D(2023, 2, 28)
    feb23 = Period(D(2023, 2, 1), D(2023, 2, 28), "month", False)
    assert parse_period("cùng kỳ năm 2024", reference_period=feb23).end == D(2024, 2, 29)


def test_year_to_date_needs_a_date():
    p = parse_period("từ đầu năm đến nay", reference_date=D(2024, 9, 5))
    assert p == Period(D(2024, 1, 1), D(2024, 9, 5), "to_date", False)


@pytest.mark.parametrize("texts,year", [
    (["8 tháng đầu năm 2024", "cùng kỳ năm 2023", "tháng 8/2024", "8 tháng"], 2024),
    (["năm 2023", "năm 2024"], 2024),
    (["quý I/2019", "quý I/2019", "năm 2018"], 2019),
    (["8 tháng", "cùng kỳ năm 2023", None], None),
    ([], None),
])
def test_infer_document_year(texts, year):
    assert infer_document_year(texts) == year


@pytest.mark.parametrize("kwargs,code", [
    ({"default_year": "2024"}, "N006"),
    ({"default_year": True}, "N006"),
    ({"reference_period": "8 tháng"}, "N005"),
    ({"reference_date": "2024-09-05"}, "N005"),
])
def test_bad_arguments_raise_with_code(kwargs, code):
    with pytest.raises(NormalizeError, match=rf"^\[{code}\]"):
        parse_period("8 tháng", **kwargs)


def test_period_to_dict_is_json_ready():
    import json

    d = parse_period("quý II/2023").to_dict()
    assert json.loads(json.dumps(d)) == {"start": "2023-04-01", "end": "2023-06-30", "granularity": "quarter",
                                         "year_inferred": False}
