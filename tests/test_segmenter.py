"""The segmenter's own CRF decoding must give underthesea_core's tags (and path score) exactly."""

import re
from pathlib import Path

import pytest

from vnecon import segmenter
from vnecon.textview import TextView
from vnecon.tokenizer import _ATOM_RE

EXAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "examples"


def _sequences():
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts.append("Hải Phòng thu nội địa 12.139,1 tỷ đồng, tăng 14,8% – TP.HCM “xuất khẩu” … 2024 +5 -7 BOS EOS")
    out = []
    for text in texts:
        for variant in (text, text.lower(), text.upper(), text.title()):
            atoms = [m.group() for m in _ATOM_RE.finditer(TextView(variant).norm)]
            out.extend(atoms[i:i + 300] for i in range(0, len(atoms), 300))
            out.extend(atoms[i:i + k] for k in (1, 2, 3, 4) for i in range(0, min(len(atoms), 400), 37))
    return [s for s in out if s]


def test_tags_and_scores_match_underthesea_core():
    crf = segmenter._load_crf()
    featurizer, tagger = segmenter._load()
    checked = 0
    for seq in _sequences():
        if segmenter._OUTSIDE.search("".join(seq)):
            continue
        tags, score = crf.viterbi(crf.emissions(seq))
        ref_tags, ref_score = tagger.tag_with_score(featurizer.process([[[s] for s in seq]])[0])
        assert tags == list(ref_tags), seq
        assert score == ref_score, seq
        checked += 1
    assert checked > 100


def test_numbers_titles_and_dictionary_words():
    for seq in (["2147483647", "2147483648", "-5", "+5", "007"], ["1" * 5000, "000000000002147483647", "-0"], ["ĐBSCL", "Đà", "Nẵng"], ["kinh", "tế", "kinh", "tế"],
                ["Straße", "ǅ", "ǆ", "İ"]):
        assert segmenter.tag_syllables(seq) == segmenter._reference_tags(seq)


@pytest.mark.parametrize("seq", [["Ωmega", "tăng"], ["ΑΣ", "σ"], ["ꭰ", "Ꭰ"]])
def test_other_scripts_go_through_underthesea_core(seq):
    assert segmenter._OUTSIDE.search("".join(seq))
    assert segmenter.tag_syllables(seq) == segmenter._reference_tags(seq)


def test_forgetting_the_cache_keeps_the_tags(monkeypatch):
    crf = segmenter._load_crf()
    seq = re.findall(r"\S+", "sản xuất công nghiệp tăng 5,2 % so với cùng kỳ năm trước , sản xuất công nghiệp")
    expected = segmenter._reference_tags(seq)
    monkeypatch.setattr(segmenter, "_CACHE_LIMIT", 3)
    for _ in range(3):
        assert crf.tag(seq) == expected
