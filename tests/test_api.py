"""The public surface: extract, extract_many, load, the fact types."""

import unicodedata
from pathlib import Path

import pytest
import spacy

import vnecon
from vnecon import Change, Fact

from .conftest import facts_of

SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds"
EXAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "examples" / "bac_ninh_2024_9thang.txt"


def test_public_surface():
    assert set(vnecon.__all__) == {"extract", "extract_many", "load", "to_frame", "Fact", "Change", "__version__"}


@pytest.mark.parametrize("bad", [None, b"bytes", 12, ["a"], {"text": "x"}])
def test_extract_rejects_non_str(bad):
    with pytest.raises(TypeError, match="E001"):
        vnecon.extract(bad)


@pytest.mark.parametrize("text", ["", " ", "\n", "không có số liệu", "😀", "\x00", "1", "%", "tăng", "so với cùng kỳ"])
def test_extract_never_raises_and_returns_a_list(text):
    facts = vnecon.extract(text)
    assert isinstance(facts, list)
    assert all(isinstance(f, Fact) for f in facts)


def test_fact_contract_keys():
    fact = vnecon.extract("Kim ngạch xuất khẩu ước đạt 35,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước.")[0]
    d = fact.to_dict()
    assert list(d)[:9] == ["indicator", "sector", "location", "period", "value", "unit", "qualifier", "estimated",
                           "changes"]
    assert d["changes"][0] == {"type": "increase", "value": 12.5, "unit": "%",
                               "baseline": "same_period_previous_year", "baseline_text": "so với cùng kỳ năm trước",
                               "span": d["changes"][0]["span"]}
    assert isinstance(fact.changes[0], Change)
    with pytest.raises(Exception):
        fact.value = 1.0  # frozen


def test_document_defaults():
    text = "Tổng mức bán lẻ hàng hóa đạt 12.400 tỷ đồng, tăng 8,1%."
    d = facts_of(text, location="Hải Phòng", period="8 tháng đầu năm 2024")[0]
    assert (d["location"], d["period"]) == ("Hải Phòng", "8 tháng đầu năm 2024")


def test_offsets_point_into_non_nfc_text():
    nfc_text = "Sản lượng thủy sản ước đạt 1.234,5 nghìn tấn, tăng 3,2% so với cùng kỳ."
    text = unicodedata.normalize("NFD", nfc_text)
    facts = vnecon.extract(text)
    assert [f.value for f in facts] == [f.value for f in vnecon.extract(nfc_text)]
    start, end = facts[0].span
    assert unicodedata.normalize("NFC", text[start:end]).startswith("1.234,5 nghìn tấn")


def test_extract_many_streams_in_order():
    texts = ["Xuất khẩu đạt 10 tỷ USD.", "", "Nhập khẩu đạt 8,5 tỷ USD, giảm 2%."]
    results = list(vnecon.extract_many(texts, batch_size=2))
    assert [[f.value for f in facts] for facts in results] == [[10.0], [], [8.5]]


@pytest.mark.parametrize("kwargs,error", [({"batch_size": 0}, ValueError), ({"n_process": 0}, ValueError)])
def test_extract_many_rejects_bad_settings(kwargs, error):
    with pytest.raises(error):
        list(vnecon.extract_many(["a"], **kwargs))


def test_extract_many_rejects_non_str_item():
    with pytest.raises(TypeError, match="E002"):
        list(vnecon.extract_many(["ok", 3]))


@pytest.mark.slow
def test_extract_many_two_processes_equals_serial():
    texts = [EXAMPLE.read_text(encoding="utf-8")] * 4
    serial = [[f.to_dict() for f in facts] for facts in vnecon.extract_many(texts)]
    parallel = [[f.to_dict() for f in facts] for facts in vnecon.extract_many(texts, n_process=2, batch_size=1)]
    assert serial == parallel


def test_load_returns_the_same_facts_as_extract():
    nlp = vnecon.load()
    text = "Chỉ số giá tiêu dùng tháng 9 tăng 0,32% so với tháng trước."
    assert [f.to_dict() for f in nlp(text)._.facts] == [f.to_dict() for f in vnecon.extract(text)]


def test_load_unknown_name():
    with pytest.raises(ValueError, match="E005"):
        vnecon.load("no-such-model")


def test_load_missing_model_dir(tmp_path):
    with pytest.raises(OSError, match="E003"):
        vnecon.load(str(tmp_path / "no-model-here"))


def test_load_corrupt_model_dir(tmp_path):
    path = tmp_path / "model"
    path.mkdir()
    (path / "config.cfg").write_text("this is not a config", encoding="utf-8")
    (path / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(OSError, match="E004"):
        vnecon.load(str(path))


def test_saved_pipeline_loads_with_plain_spacy_load(tmp_path):
    nlp = vnecon.load("rules")
    nlp.to_disk(tmp_path / "p")
    other = spacy.load(tmp_path / "p")
    text = "Thu ngân sách đạt 27.115 tỷ đồng, bằng 84,7% dự toán năm."
    assert [f.to_dict() for f in other(text)._.facts] == [f.to_dict() for f in nlp(text)._.facts]


def test_example_bulletin_end_to_end():
    facts = vnecon.extract(EXAMPLE.read_text(encoding="utf-8"))
    values = {f.value for f in facts}
    assert {68540.0, 36.2, 31.5, 27115.0, 21030.0, 206.0}.issubset(values)
    iip = [f for f in facts if f.changes and f.changes[0].value == 10.2][0]
    assert iip.estimated and iip.changes[0].baseline == "same_period_previous_year"
    manufacturing = [f for f in facts if f.changes and f.changes[0].value == 10.6][0]
    assert "công nghiệp chế biến" in manufacturing.sector
    assert manufacturing.changes[0].baseline == "same_period_previous_year"  # inherited from the lead


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the user's seed bulletin lives in ../shared (not on a user's machine)")
def test_seed_bulletin_statement_by_statement():
    text = next(SHARED_SEED.glob("*.txt")).read_text(encoding="utf-8")
    facts = [f.to_dict() for f in vnecon.extract(text)]
    numbers = [(f["value"], tuple(c["value"] for c in f["changes"])) for f in facts]
    # 29 statistical statements in the seed, each one fact
    assert len(facts) == 29
    assert (36745.0, (184.96,)) in numbers and (72.915, (15.51,)) in numbers
    by_value = {f["value"]: f for f in facts if f["value"] is not None}
    assert by_value[72.915]["unit"] == "triệu TTQ"          # unit inherited from the parallel clause
    assert by_value[36745.0]["qualifier"] == "over" and not by_value[36745.0]["estimated"]
    assert by_value[41629.0]["estimated"]
    assert by_value[89894.8]["unit"] == "triệu tấn.km"
