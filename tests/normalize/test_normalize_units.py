"""vnecon.normalize.units: values as written -> base units; baselines implied by changes."""

from __future__ import annotations

import pytest

from vnecon.normalize import NormalizeError, derive_baseline, normalize_quantity

# (value, unit as written, base value, base unit, dimension, counted noun)
QUANTITIES = [
    ("36745", "tỷ đồng", 3.6745e13, "VND", "money", None),
    ("36.745", "tỷ đồng", 3.6745e13, "VND", "money", None),
    (89894.8, "triệu tấn.km", 8.98948e10, "tonne_km", "freight", None),
    (89894.8, "triệu tấn km", 8.98948e10, "tonne_km", "freight", None),
    (12.5, "Tấn-Km", 12.5, "tonne_km", "freight", None),
    (108.276, "triệu TTQ", 1.08276e8, "tonne", "mass", None),
    (3.5, "triệu tấn thông qua", 3.5e6, "tonne", "mass", None),
    (30.9, "tỷ USD", 3.09e10, "USD", "money", None),
    (541.3, "nghìn cái", 541300.0, "count", "count", "cái"),
    (2.2, "triệu cái", 2.2e6, "count", "count", "cái"),
    (466130, "chiếc", 466130.0, "count", "count", "chiếc"),
    (24.9, "triệu sản phẩm", 2.49e7, "count", "count", "sản phẩm"),
    (976, "dự án", 976.0, "count", "count", "dự án"),
    (168.1, "nghìn doanh nghiệp", 168100.0, "count", "count", "doanh nghiệp"),
    (1.2, "triệu lượt khách", 1.2e6, "count", "count", "lượt khách"),
    (15.5, "%", 15.5, "percent", "ratio", None),
    (0.5, "điểm phần trăm", 0.5, "percentage_point", "ratio", None),
    (0.41, "điểm %", 0.41, "percentage_point", "ratio", None),
    (2.1, "lần", 2.1, "times", "ratio", None),
    (12.3, "nghìn ha", 12300.0, "hectare", "area", None),
    (250, "m2", 0.025, "hectare", "area", None),
    (870.5, "triệu kWh", 8.705e8, "kWh", "energy", None),
    (25.1, "tỷ kWh", 2.51e10, "kWh", "energy", None),
    (3.4, "GWh", 3.4e6, "kWh", "energy", None),
    (1200, "MW", 1.2e6, "kW", "power", None),
    (520.7, "nghìn TEU", 520700.0, "TEU", "container", None),
    (4.6, "triệu hành khách.km", 4.6e6, "passenger_km", "passenger_transport", None),
    (4.6, "triệu HK.km", 4.6e6, "passenger_km", "passenger_transport", None),
    (35.2, "triệu lượt hành khách", 3.52e7, "passenger", "count", "hành khách"),
    (340.2, "nghìn tấn", 340200.0, "tonne", "mass", None),
    (60, "tạ", 6.0, "tonne", "mass", None),
    (800, "kg", 0.8, "tonne", "mass", None),
    (1.5, "nghìn tỷ đồng", 1.5e12, "VND", "money", None),
    (2.3, "ngàn tỷ đồng", 2.3e12, "VND", "money", None),
    (3, "tỉ đồng", 3e9, "VND", "money", None),
    (450.2, "triệu USD", 4.502e8, "USD", "money", None),
    (12, "trđ", 1.2e7, "VND", "money", None),
    (12, "tr.đồng", 1.2e7, "VND", "money", None),
    (8.5, "triệu EUR", 8.5e6, "EUR", "money", None),
    (1.2, "tỷ Yên", 1.2e9, "JPY", "money", None),
    (45000, "đồng/kg", 45000.0, "VND/kg", "price", None),
    (45, "nghìn đồng/kg", 45000.0, "VND/kg", "price", None),
    (610, "USD/tấn", 610.0, "USD/tonne", "price", None),
    (82.4, "USD/thùng", 82.4, "USD/barrel", "price", None),
    (25450, "đồng/USD", 25450.0, "VND/USD", "price", None),
    (8.2, "triệu đồng/người/tháng", 8.2e6, "VND/person/month", "money_per_capita", None),
    (60.5, "tạ/ha", 6.05, "tonne/ha", "mass_per_area", None),
    (1.2, "triệu lít", 1200.0, "m3", "volume", None),
]

# Units that must give no quantity rather than a guess.
UNKNOWN_UNITS = ["sào", "triệu", "nghìn", "", "  ", "foo", "tỷ quả táo xanh", "đồng/sào", "%/xyz"]


@pytest.mark.parametrize("value,unit,base_value,base_unit,dimension,noun", QUANTITIES)
def test_normalize_quantity(value, unit, base_value, base_unit, dimension, noun):
    q = normalize_quantity(value, unit)
    assert q is not None
    assert q.value == pytest.approx(base_value, rel=1e-12)
    assert (q.unit, q.dimension, q.noun, q.derived) == (base_unit, dimension, noun, False)
    assert q.value == pytest.approx(float(str(value).replace(".", "")) * q.scale if isinstance(value, str)
                                    else value * q.scale, rel=1e-12)


@pytest.mark.parametrize("unit", UNKNOWN_UNITS)
def test_unknown_unit_gives_none(unit):
    assert normalize_quantity(5, unit) is None


@pytest.mark.parametrize("written,other", [
    ("tỷ đồng", "Tỷ Đồng"), ("tấn.km", "tấn . km"), ("nghìn tấn", "ngàn tấn"), ("Hòa", "Hoà"),
    ("nghìn tỷ đồng", "nghi\u0300n ty\u0309 đo\u0302\u0300ng"),  # NFD input
])
def test_spelling_variants_agree(written, other):
    assert normalize_quantity(1, written) == normalize_quantity(1, other)


def test_none_value_or_unit():
    assert normalize_quantity(None, "tỷ đồng") is None
    assert normalize_quantity(5, None) is None


@pytest.mark.parametrize("value", ["abc", True, float("nan"), [1]])
def test_bad_value_raises_with_code(value):
    with pytest.raises(NormalizeError, match=r"^\[N001\]"):
        normalize_quantity(value, "tỷ đồng")


# (value, unit, change, expected baseline in the fact's written unit, or None)
BASELINES = [
    (36745, "tỷ đồng", {"type": "ratio", "value": 184.96, "unit": "%"}, 19866.46),
    (41629, "tỷ đồng", {"type": "ratio", "value": 110.88, "unit": "%"}, 41629 / 1.1088),
    (348228, "tỷ đồng", {"type": "increase", "value": 11.13, "unit": "%"}, 348228 / 1.1113),
    (210.7, "triệu tấn", {"type": "increase", "value": 10.53, "unit": "%"}, 210.7 / 1.1053),
    (89894.8, "triệu tấn.km", {"type": "increase", "value": 13.75, "unit": "%"}, 89894.8 / 1.1375),
    (85, "nghìn tấn", {"type": "decrease", "value": 15, "unit": "%"}, 100.0),
    (1100, "tỷ đồng", {"type": "increase", "value": 500, "unit": "tỷ đồng"}, 600.0),
    (1.1, "nghìn tỷ đồng", {"type": "increase", "value": 100, "unit": "tỷ đồng"}, 1.0),
    (900, "dự án", {"type": "decrease", "value": 85, "unit": "dự án"}, 985.0),
    (42, "triệu USD", {"type": "ratio", "value": 2.1, "unit": "lần"}, 20.0),
    (2.3, "%", {"type": "decrease", "value": 0.2, "unit": "điểm phần trăm"}, 2.5),
    (6.5, "%", {"type": "increase", "value": 0.41, "unit": "điểm %"}, 6.09),
    # No baseline: shares, contributions, "tăng X lần", relative changes of rates, mismatched units.
    (36745, "tỷ đồng", {"type": "share", "value": 27.3, "unit": "%"}, None),
    (36745, "tỷ đồng", {"type": "contribution", "value": 1.2, "unit": "điểm phần trăm"}, None),
    (36745, "tỷ đồng", {"type": "increase", "value": 2, "unit": "lần"}, None),
    (2.3, "%", {"type": "decrease", "value": 5, "unit": "%"}, None),
    (900, "dự án", {"type": "increase", "value": 85, "unit": "doanh nghiệp"}, None),
    (900, "dự án", {"type": "increase", "value": 5, "unit": None}, None),
    (100, "tỷ đồng", {"type": "decrease", "value": 100, "unit": "%"}, None),
    (100, "sào", {"type": "increase", "value": 5, "unit": "%"}, None),
]


@pytest.mark.parametrize("value,unit,change,expected", BASELINES)
def test_derive_baseline(value, unit, change, expected):
    got = derive_baseline(value, unit, change)
    if expected is None:
        assert got is None
        return
    q = normalize_quantity(value, unit)
    assert got.derived and (got.unit, got.dimension, got.noun) == (q.unit, q.dimension, q.noun)
    assert got.value / q.scale == pytest.approx(expected, rel=1e-4)


def test_derive_baseline_accepts_change_objects():
    from types import SimpleNamespace  # stands for vnecon.fact.Change: anything with type/value/unit

    got = derive_baseline(36745, "tỷ đồng", SimpleNamespace(type="ratio", value=184.96, unit="%"))
    assert got.value == pytest.approx(1.98665e13, rel=1e-4)


def test_derive_baseline_rejects_non_changes():
    with pytest.raises(NormalizeError, match=r"^\[N007\]"):
        derive_baseline(1, "tỷ đồng", 5)
