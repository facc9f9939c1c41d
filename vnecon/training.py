"""Training the learned parts of the pipeline:

1. a span recognizer (spaCy `ner`, tok2vec, CPU) for the subjects of facts (INDICATOR, SECTOR), placed before the
   rule components that it plugs into; the best epoch is chosen on the dev split by the F1 of the INDICATOR and
   SECTOR spans the pipeline gives (what the recognizer is for: thousands of spans, where core-fact F1 over a few
   hundred facts moves by its noise from epoch to epoch);
2. the subject linker of `vnecon_linker`: a scikit-learn logistic regression over (fact, candidate) pairs that
   picks each fact's indicator and sector (see `pipeline/subject_choice.py`); its regularization is chosen on dev
   (the strongest within one standard error of the best), and it is kept only if it beats the rules there;
3. (unless `refit=False`) both trained again from scratch on train and dev together with the settings dev chose.

The test split is never read.
"""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import Callable

from .errors import Errors
from .pipeline.common import SPANS_KEY

NER_LABELS = ("INDICATOR", "SECTOR")


def _records(path: Path) -> list[dict]:
    from .corpus.schema import iter_corpus_files, read_records, validate_record

    out = []
    for file in iter_corpus_files(path):
        for number, record in read_records(file):
            validate_record(record, str(file), number)
            out.append(record)
    return out


def _examples(nlp, record: dict) -> list:
    """One training example per sentence (many small updates beat a few bulletin-sized ones)."""
    from spacy.training import Example
    from spacy.util import filter_spans

    text = record["text"]
    full = nlp.make_doc(text)
    out = []
    for sent in full.sents:
        s0, s1 = sent.start_char, sent.end_char
        if not text[s0:s1].strip():
            continue
        doc = nlp.make_doc(text[s0:s1])
        ents = []
        for s in record["spans"]:
            if s["label"] in NER_LABELS and s["start"] >= s0 and s["end"] <= s1:
                span = doc.char_span(s["start"] - s0, s["end"] - s0, label=s["label"], alignment_mode="expand")
                if span is not None:
                    ents.append(span)
        reference = nlp.make_doc(text[s0:s1])
        reference.ents = [reference.char_span(e.start_char, e.end_char, label=e.label_) for e in filter_spans(ents)]
        out.append(Example(doc, reference))
    return out


# the recognizer's size: small enough to cost little beside word segmentation on two CPU cores
ARCHITECTURE = {"width": 48, "depth": 1, "embed_size": 1000, "hidden_width": 32}


def build_trainable_pipeline(seed: int = 0, architecture: dict | None = None):
    """The rules pipeline with a fresh `ner` before the subjects component."""
    from .api import build_rules_pipeline

    arch = {**ARCHITECTURE, **(architecture or {})}
    nlp = build_rules_pipeline()
    ner = nlp.add_pipe("ner", before="vnecon_subjects", config={
        "model": {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
            "hidden_width": arch["hidden_width"], "maxout_pieces": 2, "use_upper": True, "nO": None,
            "tok2vec": {
                "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": arch["width"],
                "depth": arch["depth"], "embed_size": arch["embed_size"], "window_size": 1, "maxout_pieces": 3,
                "subword_features": True,
            },
        },
    })
    for label in NER_LABELS:
        ner.add_label(label)
    return nlp


def train(corpus: str | Path, output: str | Path, *, seed: int = 0, max_epochs: int = 16, patience: int = 6,
          dropout: float = 0.2, batch_size: int = 8, architecture: dict | None = None, refit: bool = True,
          progress: Callable[[str], None] | None = None) -> dict:
    """Train on corpus/train, select on corpus/dev, write a spaCy pipeline directory with a model card.

    With `refit` (the default) and a dev split, the model written is trained again from scratch on train and dev
    together, with what dev chose (the recognizer's number of epochs, the subject linker's regularization and
    whether to keep it): dev's bulletins, often by other writers, then teach the model too. Its dev scores in the
    card are those of the selection run; dev cannot measure the refitted model."""
    import spacy

    from .api import _run
    from .evaluation import score_fact_lists

    say = progress or (lambda msg: print(msg, file=sys.stderr, flush=True))
    corpus = Path(corpus)
    train_records = _records(corpus / "train") if (corpus / "train").exists() else []
    dev_records = _records(corpus / "dev") if (corpus / "dev").exists() else []
    if not train_records:
        raise ValueError(Errors.E040.format(path=corpus))
    output = Path(output)
    try:  # before the training, not after it: spaCy's to_disk creates the last directory only
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ValueError(Errors.E042.format(path=output, detail=err.strerror or err)) from err
    nlp, train_examples, optimizer = _fresh(train_records, seed, architecture)
    started = time.time()
    best = (-1.0, -1, 0.0)  # (dev names F1, epoch, dev core F1)
    best_bytes = None
    history = []

    def dev_score() -> dict:
        # scored as extract() runs the pipeline (the recognizer sees gaps and long texts as there); beside the fact
        # scores, "names": the F1 of the INDICATOR and SECTOR spans against the gold spans
        pairs, pred, gold = [], set(), set()
        for r in dev_records:
            doc = _run(nlp, nlp.make_doc(r["text"]))
            pairs.append((doc._.facts or [], r["facts"]))
            pred.update((r["id"], s.label_, s.start_char, s.end_char) for s in doc.spans.get(SPANS_KEY, [])
                        if s.label_ in NER_LABELS)
            gold.update((r["id"], s["label"], s["start"], s["end"]) for s in r["spans"] if s["label"] in NER_LABELS)
        scores = score_fact_lists(pairs, [_anchors(r) for r in dev_records])
        scores["names"] = {"f": 2 * len(pred & gold) / (len(pred) + len(gold)) if pred or gold else 0.0}
        return scores

    for epoch in range(1, max_epochs + 1):
        losses = _epoch(nlp, train_examples, optimizer, dropout, batch_size)
        scores = dev_score() if dev_records else {"core": {"f": 0.0}, "subject": {"f": 0.0}, "names": {"f": 0.0}}
        core, names = scores["core"]["f"], scores["names"]["f"]
        history.append({"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 3), "dev_names_f": round(names, 4),
                        "dev_core_f": round(core, 4), "dev_subject_f": round(scores["subject"]["f"], 4)})
        say(f"epoch {epoch:2d}  loss {losses.get('ner', 0.0):9.2f}  dev names F1 {names:.3f}  core F1 {core:.3f}  "
            f"subject F1 {scores['subject']['f']:.3f}  ({time.time() - started:.0f}s)")
        if names > best[0]:
            best = (names, epoch, core)
            best_bytes = nlp.get_pipe("ner").to_bytes()
        elif epoch - best[1] >= patience:
            say(f"no improvement for {patience} epochs; stopping")
            break
    if best_bytes is not None:
        nlp.get_pipe("ner").from_bytes(best_bytes)
    linker_report = _fit_subject_linker(nlp, train_records, dev_records, dev_score, seed, say) \
        if dev_records else {"kept": False, "reason": "no dev split to select on"}
    refit_report = None
    if refit and dev_records and best[1] > 0:
        nlp, refit_report = _refit(train_records + dev_records, best[1], linker_report, seed=seed, dropout=dropout,
                                   batch_size=batch_size, architecture=architecture, say=say)
    card = {
        "name": output.name, "date": date.today().isoformat(), "seed": seed,
        "data": {"corpus": str(corpus), "train_bulletins": len(train_records), "dev_bulletins": len(dev_records),
                 "train_facts": sum(len(r["facts"]) for r in train_records)},
        "best_epoch": best[1], "dev_names_f": round(best[0], 4), "dev_core_f": round(best[2], 4), "history": history,
        "subject_linker": linker_report, "refit": refit_report,
        "training_seconds": round(time.time() - started, 1),
    }
    nlp.meta["name"] = "vnecon_" + output.name.replace("-", "_")
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "vnecon: statistical facts from Vietnamese economic text"
    nlp.meta["vnecon"] = card
    nlp.to_disk(output)
    write_model_card(output, card)
    say(f"saved to {output} (best epoch {best[1]}, dev names F1 {best[0]:.3f}, core F1 {best[2]:.3f})")
    return card


def _fresh(records: list[dict], seed: int, architecture: dict | None) -> tuple:
    """A new trainable pipeline with its random state seeded, the training examples of `records` and the optimizer
    (the selection run and the refit start alike)."""
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    random.seed(seed)
    nlp = build_trainable_pipeline(seed, architecture)
    examples = [eg for r in records for eg in _examples(nlp, r)]
    return nlp, examples, nlp.initialize(lambda: examples, sgd=None)


def _epoch(nlp, examples: list, optimizer, dropout: float, batch_size: int) -> dict:
    """One pass of the recognizer over `examples`, shuffled in place; the losses."""
    from spacy.util import minibatch

    random.shuffle(examples)
    losses: dict = {}
    with nlp.select_pipes(enable=["ner"]):
        for batch in minibatch(examples, size=batch_size):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
    return losses


def _refit(records: list[dict], epochs: int, linker_report: dict, *, seed: int, dropout: float, batch_size: int,
           architecture: dict | None, say: Callable[[str], None]):
    """A new pipeline trained on `records` for `epochs` epochs, with the subject linker dev chose (if it kept one)
    fitted on the same records. The same seed and schedule as the selection run; nothing is selected here."""
    from .pipeline.subject_choice import SubjectChooser

    started = time.time()
    nlp, examples, optimizer = _fresh(records, seed, architecture)
    for epoch in range(1, epochs + 1):
        losses = _epoch(nlp, examples, optimizer, dropout, batch_size)
        say(f"refit on train + dev ({len(records)} bulletins): epoch {epoch:2d}/{epochs}  "
            f"loss {losses.get('ner', 0.0):9.2f}  ({time.time() - started:.0f}s)")
    linker = nlp.get_pipe("vnecon_linker")
    linker.chooser = None
    facts = 0
    if linker_report.get("kept"):
        groups = subject_groups(nlp, records)
        facts = len(groups["indicator"])
        linker.chooser = SubjectChooser.fit(groups, c=linker_report["c"], seed=seed)
        say(f"refit subject linker C={linker_report['c']} on {facts} training facts")
    return nlp, {"bulletins": len(records), "facts": sum(len(r["facts"]) for r in records), "epochs": epochs,
                 "subject_linker_facts": facts, "seconds": round(time.time() - started, 1)}


def _anchors(record: dict) -> list[int]:
    spans = {s["id"]: s for s in record["spans"]}
    return [spans[f["anchor"]]["start"] for f in record["facts"]]


def subject_groups(nlp, records: list[dict]) -> dict[str, list]:
    """Training rows of the subject linker: for every predicted fact matched to a gold fact, each candidate's
    features and whether its text matches the gold indicator (sector) as the evaluation counts it."""
    from .api import _run
    from .evaluation import OVERLAP, match, overlap

    linker = nlp.get_pipe("vnecon_linker")
    groups: dict[str, list] = {"indicator": [], "sector": []}
    for record in records:
        doc = _run(nlp, nlp.make_doc(record["text"]), until="vnecon_linker")  # as extract() runs it
        facts, collect = linker.candidates(doc)
        pairs = dict(match([f.to_dict() for f in facts], record["facts"], _anchors(record)))
        for index, candidates in collect:
            if index not in pairs:
                continue
            gold = record["facts"][pairs[index]]
            for slot in groups:
                groups[slot].append([(feats, overlap(text, gold[slot]) >= OVERLAP) for text, feats in candidates[slot]])
    return groups


def one_standard_error(scores: list[float], n_gold: int, base: float) -> tuple[int | None, float]:
    """The one-standard-error rule over F1 `scores` of settings ordered from the simplest (the strongest
    regularization) on: the first whose score is within one standard error of the best (differences smaller than
    that are noise on `n_gold` facts), or None when it does not beat `base`. Returns (index, standard error).

    >>> one_standard_error([0.632, 0.635, 0.638, 0.635], 607, 0.593)
    (0, 0.0195)
    """
    top = max(scores)
    se = round((top * (1 - top) / n_gold) ** 0.5, 4) if n_gold else 0.0
    k = next(i for i, f in enumerate(scores) if f >= top - se - 1e-9)
    return (k if scores[k] > base + 1e-9 else None), se


def _fit_subject_linker(nlp, train_records: list[dict], dev_records: list[dict], dev_score: Callable, seed: int,
                        say: Callable[[str], None]) -> dict:
    """Fit the subject linker's weights on train for a few regularization strengths; keep the strongest
    regularization that scores within one standard error of the best on dev, and none if it does not beat the rule
    linker there."""
    from .pipeline.subject_choice import SubjectChooser

    linker = nlp.get_pipe("vnecon_linker")
    linker.chooser = None
    base = dev_score()["core"]["f"]
    groups = subject_groups(nlp, train_records)
    say(f"subject linker: {len(groups['indicator'])} training facts; the rule linker gives dev core F1 {base:.3f}")
    fitted, tried = [], []
    n_gold = 0
    for c in (0.03, 0.1, 0.3, 1.0):  # strongest regularization first
        chooser = SubjectChooser.fit(groups, c=c, seed=seed)
        linker.chooser = chooser
        scores = dev_score()
        f, n_gold = scores["core"]["f"], scores["core"]["n_gold"]
        fitted.append((c, f, chooser))
        tried.append({"c": c, "dev_core_f": round(f, 4)})
        say(f"subject linker C={c}: dev core F1 {f:.3f}")
    k, se = one_standard_error([f for _, f, _ in fitted], n_gold, base)
    best_c, best_f, best_chooser = fitted[k] if k is not None else (None, base, None)
    linker.chooser = best_chooser
    say("subject linker: " + (f"kept C={best_c}" if best_chooser else "not kept (no gain over the rules on dev)"))
    return {"kept": best_chooser is not None, "c": best_c, "dev_core_f_rules": round(base, 4),
            "dev_core_f": round(best_f, 4), "tried": tried, "standard_error": round(se, 4),
            "training_facts": len(groups["indicator"])}


def write_model_card(output: Path, card: dict, test_scores: dict | None = None) -> None:
    linker = card.get("subject_linker") or {}
    how = "whose choice of subject is learned (a logistic regression over candidate pairs)" if linker.get("kept") \
        else "whose choice of subject is the rules' (a learned subject linker was tried, see below)"
    lines = [
        f"# {card['name']}", "",
        "A vnecon pipeline: underthesea word segmentation, rule components for quantities, comparisons, periods",
        "and places, a trained span recognizer (spaCy `ner`, tok2vec, CPU) for indicators and sectors, and the",
        f"fact linker, {how}.", "",
        f"- trained: {card['date']}, seed {card['seed']}, {card['training_seconds']} s",
        f"- data: {card['data']['train_bulletins']} train bulletins ({card['data']['train_facts']} facts), "
        f"{card['data']['dev_bulletins']} dev bulletins for selection (epochs, the subject linker)",
        f"- best epoch {card['best_epoch']} (chosen by the F1 of the INDICATOR and SECTOR spans on dev, "
        f"{card.get('dev_names_f')}), dev core-fact F1 {card['dev_core_f']} with the rule linker",
    ]
    if linker.get("kept"):
        lines.append(f"- subject linker (logistic regression over candidate pairs, C={linker['c']}, "
                     f"{linker['training_facts']} training facts): dev core-fact F1 {linker['dev_core_f']} "
                     f"(the same recognizer with the rule linker {linker['dev_core_f_rules']}; tried "
                     + ", ".join(f"C={t['c']}: {t['dev_core_f']}" for t in linker.get("tried", []))
                     + f", the strongest regularization within one standard error ({linker.get('standard_error')}) "
                     "of the best kept)")
    elif linker:
        tried = ", ".join(f"C={t['c']}: {t['dev_core_f']}" for t in linker.get("tried", []))
        lines.append(f"- subject linker: not kept, {linker.get('reason', 'no gain over the rules on dev')} "
                     f"(dev core-fact F1 with the rule linker {linker.get('dev_core_f_rules')}"
                     + (f"; tried {tried}" if tried else "") + ")")
    refit = card.get("refit")
    if refit:
        lines.append(f"- refit: the weights written were trained again from scratch on train + dev ({refit['bulletins']} "
                     f"bulletins, {refit['facts']} facts) for {refit['epochs']} epochs, with the subject linker dev "
                     "chose; the dev figures above are those of the selection run (dev cannot measure the refit)")
    if test_scores:
        lines += ["", "## Test split", "", "```", test_scores.get("table", ""), "```"]
    (output / "MODEL_CARD.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (output / "training.json").write_text(json.dumps(card, ensure_ascii=False, indent=1), encoding="utf-8")
