"""A long document goes through the entity recognizer in windows; the entities must be those of one pass."""

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "examples"


@pytest.fixture(scope="module")
def nlp():
    import vnecon

    nlp = vnecon.load("default")
    if "ner" not in nlp.pipe_names:
        pytest.skip("the default model has no entity recognizer")
    return nlp


@pytest.mark.parametrize("window", [1, 7, 300])
def test_windows_give_the_entities_of_one_pass(nlp, window, monkeypatch):
    from vnecon import api

    ner = nlp.get_pipe("ner")
    assert api._ner_context(nlp, "ner") is not None
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    whole = ner(nlp.make_doc(text))
    monkeypatch.setattr(api, "NER_WINDOW", window)
    windowed = nlp.make_doc(text)
    pieces, count, finish = api._recognizer_input(nlp, "ner", windowed)
    assert count > 1 or len(windowed) <= window
    finish(api._recognized(ner, pieces))
    assert [(e.start, e.end, e.label_) for e in windowed.ents] == [(e.start, e.end, e.label_) for e in whole.ents]
    assert [t.ent_iob for t in windowed] == [t.ent_iob for t in whole]
    assert whole.ents


def test_extract_of_a_long_document_uses_windows(nlp, monkeypatch):
    import vnecon
    from vnecon import api

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    expected = [f.to_dict() for f in vnecon.extract(text)]
    calls = []
    original = api._windows
    monkeypatch.setattr(api, "NER_WINDOW", 50)
    monkeypatch.setattr(api, "_windows", lambda *a, **k: calls.append(1) or original(*a, **k))
    assert [f.to_dict() for f in vnecon.extract(text)] == expected
    assert calls


def test_extract_many_reads_several_documents_at_once_with_the_entities_of_one_by_one(nlp, monkeypatch):
    import vnecon
    from vnecon import api

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] * 3
    texts += ["Sản lượng lúa\u00a0đông xuân đạt 2,1 triệu tấn.", "", "GDP tăng 7%."]  # a gap inside a line, nothing
    expected = [[f.to_dict() for f in vnecon.extract(t)] for t in texts]
    calls = []
    original = api._recognized

    def counted(ner, pieces):
        calls.append(0)
        for piece in original(ner, pieces):
            calls[-1] += 1
            yield piece

    monkeypatch.setattr(api, "_recognized", counted)
    assert [[f.to_dict() for f in facts] for facts in vnecon.extract_many(texts, batch_size=8)] == expected
    assert max(calls) == len(texts)  # one call for the pieces of all the documents of a batch
