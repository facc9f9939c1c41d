"""The corpus format: validation names file, line and field; drafts align; annotation tools import."""

import json
from pathlib import Path

import pytest

from vnecon.cli import main
from vnecon.corpus import CorpusError, align_record, validate_path, validate_record
from vnecon.corpus.importers import import_doccano, import_label_studio
from vnecon.corpus.schema import numbers_in

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

DRAFT = {
    "id": "x1", "meta": {},
    "text": "Kim ngạch xuất khẩu đạt hơn 12.345,6 triệu USD, tăng 5% so với cùng kỳ; trong đó điện thoại đạt 3,2 tỷ USD, giảm 1,5%.",
    "facts": [
        {"indicator": "Kim ngạch xuất khẩu", "sector": None, "location": None, "period": None, "value": 12345.6,
         "unit": "triệu USD", "qualifier": "over", "estimated": False, "quantity_text": "12.345,6 triệu USD",
         "changes": [{"type": "increase", "value": 5, "unit": "%", "baseline": "same_period_previous_year",
                      "baseline_text": "so với cùng kỳ", "text": "tăng 5%"}]},
        {"indicator": "Kim ngạch xuất khẩu", "sector": "điện thoại", "location": None, "period": None, "value": 3.2,
         "unit": "tỷ USD", "qualifier": None, "estimated": False, "quantity_text": "3,2 tỷ USD",
         "changes": [{"type": "decrease", "value": 1.5, "unit": "%", "baseline": "same_period_previous_year",
                      "baseline_text": None, "text": "giảm 1,5%"}]},
    ],
}


def test_the_shipped_corpus_is_valid():
    report = validate_path(CORPUS)
    assert report.errors == []
    assert report.records >= 80 and report.facts >= 1000 and len(report.topics) >= 12


def test_align_makes_spans_and_relations():
    record = align_record(json.loads(json.dumps(DRAFT)))
    labels = sorted({s["label"] for s in record["spans"]})
    assert labels == ["BASELINE", "CHANGE", "INDICATOR", "QUANTITY", "SECTOR"]
    inherited = [r for r in record["relations"] if r["label"] == "indicator"]
    assert len(inherited) == 2 and inherited[0]["child"] == inherited[1]["child"]


def _broken(mutate):
    record = align_record(json.loads(json.dumps(DRAFT)))
    mutate(record)
    return record


@pytest.mark.parametrize("mutate,field", [
    (lambda r: r["spans"][0].update(end=10_000), "spans[0].start"),
    (lambda r: (r["spans"][0].update(start=r["spans"][0]["start"] + 1), r["spans"][0].pop("text")),
     "spans[0].start"),                                                    # cuts a word
    (lambda r: r["spans"][0].update(text="khác"), "spans[0].text"),
    (lambda r: r["spans"][0].update(label="MONEY"), "spans[0].label"),
    (lambda r: r["relations"][0].update(child="s99"), "relations[0].child"),
    (lambda r: r["facts"][0].update(value=999.0), "facts[0].value"),
    (lambda r: r["facts"][0].update(indicator="nhập khẩu"), "facts[0].indicator"),
    (lambda r: r["facts"][0].update(qualifier="more"), "facts[0].qualifier"),
    (lambda r: r["facts"][0]["changes"][0].update(value=7.0), "facts[0].changes[0].value"),
])
def test_validation_names_the_field(mutate, field):
    with pytest.raises(CorpusError) as info:
        validate_record(_broken(mutate), "f.jsonl", 7)
    assert info.value.field == field and info.value.line == 7 and "f.jsonl:7" in str(info.value)


def test_align_finds_an_anchor_across_a_wrapped_line():
    # text taken from a PDF breaks lines mid-sentence; the anchor is written as the text has it
    draft = json.loads(json.dumps(DRAFT))
    draft["text"] = draft["text"].replace("so với cùng kỳ", "so với\ncùng kỳ")
    draft["facts"][0]["changes"][0]["baseline_text"] = "so với\ncùng kỳ"
    record = align_record(draft)
    span = [s for s in record["spans"] if s["label"] == "BASELINE"][0]
    assert draft["text"][span["start"]:span["end"]] == "so với\ncùng kỳ"
    validate_record(record)


@pytest.mark.parametrize("written", ["so vói cùng kỳ", "so với cung kỳ", "so vơi cùng kỳ"])
def test_align_finds_a_misspelt_anchor_as_written(written):
    # the text's own slip, copied into the anchor: it is found where the text has it
    draft = json.loads(json.dumps(DRAFT))
    draft["text"] = draft["text"].replace("so với cùng kỳ", written)
    draft["facts"][0]["changes"][0]["baseline_text"] = written
    record = align_record(draft)
    span = [s for s in record["spans"] if s["label"] == "BASELINE"][0]
    assert draft["text"][span["start"]:span["end"]] == written
    validate_record(record)


@pytest.mark.parametrize("span,numbers", [
    ("tăng 5,2%", [5.2]),
    ("12 - 14%", [12.0, 14.0]),
    ("ba triệu lượt", [3.0]),           # the number, without its scale word
    ("gấp ba", [3.0]),
    ("gấp đôi", [2.0]),     # a multiple in words that no number list holds: "gấp đôi" of value 2 contradicts nothing
    ("gấp rưỡi", [1.5]),
    ("bằng một nửa", [0.5]),   # not the "một" of "một nửa" alone
    ("3 tỷ 362 triệu USD", [3.362]),   # one amount in two scales, as the quantities read it
])
def test_numbers_a_span_writes(span, numbers):
    assert numbers_in(span) == numbers


def test_align_reports_missing_anchor():
    draft = json.loads(json.dumps(DRAFT))
    draft["facts"][1]["quantity_text"] = "4,2 tỷ USD"
    with pytest.raises(CorpusError, match=r"facts\[1\]\.quantity_text"):
        align_record(draft, "d.jsonl", 3)


def test_validate_cli_reports_file_line_field(tmp_path, capsys):
    good = align_record(json.loads(json.dumps(DRAFT)))
    bad = json.loads(json.dumps(good))
    bad["id"] = "x2"
    bad["spans"][1]["label"] = "NOPE"
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False) + "\n{oops\n",
                    encoding="utf-8")
    assert main(["corpus", "validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2: spans[1].label" in err


def test_import_label_studio(tmp_path):
    text = "Xuất khẩu đạt 10 tỷ USD, tăng 5% so với cùng kỳ."
    task = {"id": 7, "data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["INDICATOR"]}},
        {"id": "b", "type": "labels", "value": {"start": 14, "end": 23, "labels": ["QUANTITY"]}},
        {"id": "c", "type": "labels", "value": {"start": 25, "end": 32, "labels": ["CHANGE"]}},
        {"id": "d", "type": "labels", "value": {"start": 33, "end": 47, "labels": ["BASELINE"]}},
        {"type": "relation", "from_id": "b", "to_id": "a", "labels": ["indicator"], "direction": "right"},
        {"type": "relation", "from_id": "b", "to_id": "c", "labels": ["change"], "direction": "right"},
        {"type": "relation", "from_id": "c", "to_id": "d", "labels": ["baseline"], "direction": "right"},
    ]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    [record] = import_label_studio(path)
    [fact] = record["facts"]
    assert (fact["indicator"], fact["value"], fact["unit"]) == ("Xuất khẩu", 10.0, "tỷ USD")
    assert fact["changes"][0]["baseline"] == "same_period_previous_year"


def test_import_doccano(tmp_path):
    text = "Nhập khẩu đạt 8,5 tỷ USD, giảm 2%."
    item = {"id": 3, "text": text,
            "entities": [{"id": 1, "label": "INDICATOR", "start_offset": 0, "end_offset": 9},
                         {"id": 2, "label": "QUANTITY", "start_offset": 14, "end_offset": 24},
                         {"id": 3, "label": "CHANGE", "start_offset": 26, "end_offset": 33}],
            "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "indicator"},
                          {"id": 2, "from_id": 2, "to_id": 3, "type": "change"}]}
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    [record] = import_doccano(path)
    assert record["facts"][0]["changes"][0]["type"] == "decrease"


def test_import_bad_label_names_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text("\n" + json.dumps({"text": "abc", "entities": [
        {"id": 1, "label": "MONEY", "start_offset": 0, "end_offset": 3}]}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        import_doccano(path)
    assert info.value.line == 2 and info.value.field == "spans[0].label"
