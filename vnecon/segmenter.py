"""underthesea's word-segmentation CRF, driven with our own syllables so its output aligns by construction.

`underthesea.word_tokenize` re-tokenizes and normalizes the text itself, so its words cannot always be found back
in the caller's text (decomposed diacritics, sentences merged across "."). We keep its model and its features, and
only ask it for the B-W / I-W tag of each syllable we give it.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

_MODEL_NAME = "ws_crf_vlsp2013_20230727"
_lock = threading.Lock()
_model = None


def _model_dir() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed; it is a dependency of vnecon (pip install underthesea)")
    root = Path(list(spec.submodule_search_locations)[0])
    return root / "pipeline" / "word_tokenize" / "models" / _MODEL_NAME


def _load():
    global _model
    with _lock:
        if _model is None:
            import joblib
            from underthesea_core import CRFFeaturizer, CRFTagger

            path = _model_dir()
            tagger = CRFTagger()
            tagger.load(str(path / "models.bin"))
            featurizer = CRFFeaturizer(joblib.load(path / "features.bin"), joblib.load(path / "dictionary.bin"))
            _model = (featurizer, tagger)
    return _model


def tag_syllables(syllables: list[str]) -> list[str]:
    """B-W / I-W for each syllable, as underthesea's word segmenter would tag it.

    >>> tag_syllables(["Hải", "Phòng", "thu", "nội", "địa"])
    ['B-W', 'I-W', 'B-W', 'B-W', 'I-W']
    """
    if not syllables:
        return []
    featurizer, tagger = _load()
    features = featurizer.process([[[s] for s in syllables]])[0]
    return list(tagger.tag(features))
