"""vnecon.normalize.normalize_fact and flat_columns: the `normalized` object of a fact."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vnecon.normalize import NormalizeError, flat_columns, infer_document_year, normalize_fact, parse_period

SEED = json.loads((Path(__file__).parent / "seed_facts.json").read_text(encoding="utf-8"))
SEED_FACTS = SEED["facts"]
NORMALIZED_KEYS = {"indicator", "sector", "quantity", "value_max", "changes", "period", "location"}


def _normalize_seed(item):
    year = infer_document_year([i["fact"]["period"] for i in SEED_FACTS])
    return normalize_fact(item["fact"], default_year=year, reference_period=SEED["document"]["reference_period"])


def test_seed_document_year():
    assert infer_document_year([i["fact"]["period"] for i in SEED_FACTS]) == 2024


@pytest.mark.parametrize("item", SEED_FACTS, ids=lambda i: f'{i["fact"]["indicator"][:25]}|{i["fact"]["sector"]}')
def test_seed_facts(item):
    n = _normalize_seed(item)
    exp = item["expected"]
    assert set(n) == NORMALIZED_KEYS
    assert json.loads(json.dumps(n)) == n
    assert [n["period"]["start"], n["period"]["end"]] == exp["period"]
    assert n["indicator"]["id"] == exp["indicator"]
    assert n["location"]["code"] == "31"
    if "quantity" in exp:
        if exp["quantity"] is None:
            assert n["quantity"] is None
        else:
            assert n["quantity"]["value"] == pytest.approx(exp["quantity"][0], rel=1e-12)
            assert n["quantity"]["unit"] == exp["quantity"][1]
    if "vsic" in exp:
        assert (n["sector"]["scheme"], n["sector"]["code"]) == ("VSIC2018", exp["vsic"])
    if "ownership" in exp:
        assert (n["sector"]["scheme"], n["sector"]["code"]) == ("ownership", exp["ownership"])
    if "baseline" in exp:
        assert n["changes"][0]["baseline_quantity"]["value"] == pytest.approx(exp["baseline"], rel=1e-5)
        assert n["changes"][0]["baseline_quantity"]["derived"] is True


def test_every_seed_money_and_freight_value_has_base_units():
    for item in SEED_FACTS:
        fact = item["fact"]
        if fact["value"] is not None:
            q = _normalize_seed(item)["quantity"]
            assert q is not None and q["value"] > 0, fact
            if any(w in fact["unit"] for w in ("đồng", "USD", "tấn", "TTQ")):
                assert q["unit"] in ("VND", "USD", "tonne", "tonne_km")


def fact(**kw):
    base = {"indicator": None, "sector": None, "location": None, "period": None, "value": None, "unit": None,
            "qualifier": None, "estimated": False, "changes": []}
    base.update(kw)
    return base


# Bulletin-style facts of other provinces, written for these tests: (fact, default_year, checks)
OTHER_FACTS = [
    (fact(indicator="kim ngạch xuất khẩu", location="Bắc Ninh", period="6 tháng đầu năm 2019", value=17.3,
          unit="tỷ USD", changes=[{"type": "increase", "value": 4.3, "unit": "%", "baseline": None}]),
     None, {"indicator": "exports", "place": "27", "value": 1.73e10, "unit": "USD", "end": "2019-06-30"}),
    (fact(indicator="kim ngạch xuất khẩu", sector="thị trường Mỹ", location="Việt Nam", period="quý I/2024",
          value=23.2, unit="tỷ USD"),
     None, {"indicator": "exports", "place": "VN", "market": "US", "end": "2024-03-31"}),
    (fact(indicator="IIP", sector="ngành CN chế biến, chế tạo", location="tỉnh Thanh Hoá", period="tháng 8",
          changes=[{"type": "increase", "value": 9.5, "unit": "%", "baseline": "same_period_previous_year"}]),
     2024, {"indicator": "iip", "place": "38", "vsic": "C", "end": "2024-08-31", "inferred": True}),
    (fact(indicator="vốn FDI đăng ký", location="Hải Dương", period="năm 2024", value=1.2, unit="tỷ USD"),
     None, {"indicator": "fdi_registered", "place": "30", "place_2025": "31"}),
    (fact(indicator="tỷ lệ thất nghiệp", location="cả nước", period="quý II/2023", value=2.3, unit="%",
          changes=[{"type": "decrease", "value": 0.02, "unit": "điểm phần trăm", "baseline": "previous_period"}]),
     None, {"indicator": "unemployment_rate", "place": "VN", "value": 2.3, "unit": "percent", "baseline": 2.32}),
    (fact(indicator="số doanh nghiệp thành lập mới", location="TP.HCM", period="tháng 8/2024", value=4.2,
          unit="nghìn doanh nghiệp", changes=[{"type": "increase", "value": 320, "unit": "doanh nghiệp",
                                               "baseline": "previous_period"}]),
     None, {"indicator": "new_enterprises", "place": "79", "value": 4200.0, "unit": "count",
            "change_value": 320.0, "baseline": 3880.0}),
    (fact(indicator="giá lúa", sector="lúa", location="Cần Thơ", period="tháng 8/2024", value=7000,
          value_max=7500, unit="đồng/kg"),
     None, {"vsic": "0111", "value": 7000.0, "unit": "VND/kg", "value_max": 7500.0}),
    (fact(indicator="tổng thu ngân sách nhà nước", location="Đà Nẵng", period="9 tháng", value=1.5,
          unit="sào"),
     None, {"indicator": "budget_revenue", "place": "48", "quantity": None, "period": None}),
]


@pytest.mark.parametrize("fact_,default_year,checks", OTHER_FACTS)
def test_normalize_fact(fact_, default_year, checks):
    n = normalize_fact(fact_, default_year=default_year)
    assert set(n) == NORMALIZED_KEYS and json.loads(json.dumps(n)) == n
    row = flat_columns(n)
    expect_row = {"indicator": "indicator_id", "place": "place_code", "place_2025": "place_code_2025",
                  "vsic": "vsic_code", "market": "market", "value": "norm_value", "unit": "norm_unit",
                  "end": "period_end", "inferred": "period_year_inferred", "value_max": "norm_value_max",
                  "change_value": "change_norm_value", "baseline": "baseline_value"}
    for k, v in checks.items():
        if k in expect_row:
            assert row[expect_row[k]] == (pytest.approx(v) if isinstance(v, float) else v), k
        else:
            assert n[k] == v, k


def test_missing_everything_gives_nulls():
    n = normalize_fact({})
    assert n == {"indicator": None, "sector": None, "quantity": None, "value_max": None, "changes": [],
                 "period": None, "location": None}
    row = flat_columns(n)
    assert row["n_changes"] == 0 and all(v is None for k, v in row.items() if k != "n_changes")


def test_flat_columns_keys_never_vary():
    keys = {tuple(flat_columns(_normalize_seed(i))) for i in SEED_FACTS}
    keys.add(tuple(flat_columns(normalize_fact({}))))
    assert len(keys) == 1
    assert all(not isinstance(v, (dict, list)) for i in SEED_FACTS for v in flat_columns(_normalize_seed(i)).values())


def test_same_period_baseline_gets_its_dates():
    n = normalize_fact(fact(period="8 tháng đầu năm 2024", value=5, unit="tỷ đồng",
                            changes=[{"type": "increase", "value": 25, "unit": "%",
                                      "baseline": "same_period_previous_year"}]))
    c = n["changes"][0]
    assert c["baseline_period"]["start"] == "2023-01-01" and c["baseline_period"]["end"] == "2023-08-31"
    assert c["baseline_quantity"]["value"] == pytest.approx(4e9)
    assert c["quantity"] is None  # a relative change has no quantity of its own


def test_reference_period_and_document_date():
    ref = parse_period("8 tháng đầu năm 2024")
    n = normalize_fact(fact(period="cùng kỳ năm 2023"), reference_period=ref)
    assert (n["period"]["start"], n["period"]["end"]) == ("2023-01-01", "2023-08-31")
    n = normalize_fact(fact(period="từ đầu năm đến nay"), document_date=date(2024, 9, 5))
    assert n["period"]["end"] == "2024-09-05"
    assert normalize_fact(fact(period="cùng kỳ năm 2023"))["period"] is None


def test_accepts_objects_with_to_dict():
    class FactLike:
        def to_dict(self):
            return fact(value=1, unit="tỷ đồng")

    assert normalize_fact(FactLike())["quantity"]["value"] == 1e9


@pytest.mark.parametrize("call,code", [
    (lambda: normalize_fact("thu nội địa"), "N004"),
    (lambda: normalize_fact(fact(value="nhiều", unit="tỷ đồng")), "N001"),
    (lambda: normalize_fact(fact(), reference_period=2024), "N005"),
    (lambda: normalize_fact(fact(), document_date="2024-09-05"), "N005"),
    (lambda: normalize_fact(fact(changes=[{"value": 5}])), "N007"),
    (lambda: normalize_fact(fact(period="8 tháng"), default_year="2024"), "N006"),
])
def test_errors_have_codes_and_say_what_to_do(call, code):
    with pytest.raises(NormalizeError, match=rf"^\[{code}\] .+\. .+") as info:
        call()
    assert len(str(info.value)) > 40
