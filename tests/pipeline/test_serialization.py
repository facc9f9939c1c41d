"""Every component survives to_disk/from_disk and to_bytes/from_bytes, and gives the same facts after."""

import pytest
import spacy

import vnecon
from vnecon.api import build_rules_pipeline

TEXT = ("Chỉ số sản xuất công nghiệp 9 tháng ước tăng 10,2% so với cùng kỳ. Trong đó, ngành chế biến, chế tạo "
        "tăng 10,6%. Thu ngân sách đạt 27.115 tỷ đồng, bằng 84,7% dự toán.")


@pytest.fixture(scope="module")
def nlp():
    return build_rules_pipeline()


@pytest.mark.parametrize("name", ["vnecon_quantities", "vnecon_comparisons", "vnecon_subjects", "vnecon_linker",
                                  "vnecon_normalizer"])
def test_component_round_trip(nlp, name, tmp_path):
    pipe = nlp.get_pipe(name)
    pipe.to_disk(tmp_path / name)
    pipe.from_disk(tmp_path / name)
    pipe.from_bytes(pipe.to_bytes())
    assert [f.to_dict() for f in nlp(TEXT)._.facts] == [f.to_dict() for f in vnecon.extract(TEXT, model="rules")]


def test_pipeline_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == nlp.pipe_names
    assert [f.to_dict() for f in loaded(TEXT)._.facts] == [f.to_dict() for f in nlp(TEXT)._.facts]
    again = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnecon.tokenizer.v1"}}})
    again.from_bytes(nlp.to_bytes())


def test_subjects_keeps_its_setting(tmp_path):
    nlp = build_rules_pipeline()
    nlp.get_pipe("vnecon_subjects").rules = False
    nlp.to_disk(tmp_path / "p")
    assert spacy.load(tmp_path / "p").get_pipe("vnecon_subjects").rules is False


def test_default_model_round_trip(tmp_path):
    nlp = vnecon.load()
    nlp.to_disk(tmp_path / "d")
    loaded = spacy.load(tmp_path / "d")
    assert [f.to_dict() for f in loaded(TEXT)._.facts] == [f.to_dict() for f in nlp(TEXT)._.facts]


def test_scorers_report_their_labels(nlp):
    from spacy.training import Example

    doc = nlp(TEXT)
    example = Example(nlp.make_doc(TEXT), doc)
    example.predicted = nlp(TEXT)
    for name, key in [("vnecon_quantities", "vnecon_quantity_change_f"),
                      ("vnecon_comparisons", "vnecon_change_baseline_f"),
                      ("vnecon_subjects", "vnecon_indicator_sector_location_period_f")]:
        scores = nlp.get_pipe(name).scorer([example])
        assert scores[key] == pytest.approx(1.0)
