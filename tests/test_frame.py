"""Facts for analysts: to_frame and the normalized columns in CSV."""

import pytest

import vnecon

pd = pytest.importorskip("pandas")

TEXTS = [
    "Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2023 của Đà Nẵng đạt 45.210 tỷ đồng, tăng 14,1%.",
    "Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2023 của TP.HCM đạt 512,3 nghìn tỷ đồng, tăng 9,3%.",
]


def test_to_frame_one_document():
    df = vnecon.to_frame(vnecon.extract(TEXTS[0]))
    row = df.iloc[0]
    assert row["norm_value"] == pytest.approx(4.521e13) and row["norm_unit"] == "VND"
    assert row["period_start"] == "2023-01-01" and row["period_end"] == "2023-06-30"
    assert row["place_code"] == "48"


def test_to_frame_many_documents_keeps_ids():
    df = vnecon.to_frame(list(vnecon.extract_many(TEXTS)), doc_ids=["dn", "hcm"])
    assert list(df["doc_id"]) == ["dn", "hcm"]
    assert df.loc[df.doc_id == "hcm", "norm_value"].item() == pytest.approx(5.123e14)
    assert df.loc[df.doc_id == "hcm", "place_name"].item() == "Hồ Chí Minh"
