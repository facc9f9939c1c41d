"""How accurate extraction is: spans per label, relations, and facts slot by slot against a gold corpus.

A predicted fact is matched to a gold fact by its numbers (the value, or the first change's value when there is
none), the nearest one in the text winning ties. Matched pairs are then scored slot by slot. Subjects (indicator,
sector) count as right when their token overlap (Dice coefficient over lower-cased NFC words) is at least 0.5,
or both are null. The core fact is right when quantity, changes, baselines, subject, qualifier and estimated all
are; place and period are scored on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

from .textview import nfc

SLOTS = ("quantity", "changes", "baselines", "subject", "qualifier", "estimated", "period", "location", "core")
OVERLAP = 0.5


def _d(fact) -> dict:
    return fact if isinstance(fact, dict) else fact.to_dict()


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))


def _norm(text) -> str | None:
    if text is None:
        return None
    return re.sub(r"\s+", " ", nfc(str(text))).strip().casefold()


def tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", _norm(text) or "")


def overlap(a: str | None, b: str | None) -> float:
    """Dice coefficient of the word multisets; 1.0 when both are null."""
    if a is None and b is None:
        return 1.0
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    if not ta or not tb:
        return 0.0
    common = sum((ta & tb).values())
    return 2 * common / (sum(ta.values()) + sum(tb.values()))


def _numbers_match(p: dict, g: dict) -> bool:
    if g.get("value") is not None:
        return _close(p.get("value"), g["value"])
    firsts = [c["value"] for c in g.get("changes", [])[:1]]
    return bool(firsts) and any(_close(c["value"], firsts[0]) for c in p.get("changes", []))


def match(pred: Sequence[dict], gold: Sequence[dict], gold_pos: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index): same numbers, nearest position first."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        best, best_d = None, None
        for pi, p in enumerate(pred):
            if pi in used or not _numbers_match(p, g):
                continue
            pos = (p.get("span") or [0])[0]
            d = abs(pos - gold_pos[gi]) if gold_pos is not None else abs(pi - gi)
            if best_d is None or d < best_d:
                best, best_d = pi, d
        if best is not None:
            used.add(best)
            pairs.append((best, gi))
    return pairs


def _change_keys(fact: dict, with_baseline: bool) -> Counter:
    keys = Counter()
    for c in fact.get("changes", []):
        key = (c["type"], round(float(c["value"]), 6), _norm(c.get("unit")))
        if with_baseline:
            key = (round(float(c["value"]), 6), c.get("baseline"))
        keys[key] += 1
    return keys


def slot_results(p: dict, g: dict) -> dict[str, bool]:
    out = {
        "quantity": _close(p.get("value"), g.get("value")) and _close(p.get("value_max"), g.get("value_max"))
        and (_norm(p.get("unit")) == _norm(g.get("unit")) or g.get("value") is None),
        "changes": _change_keys(p, False) == _change_keys(g, False),
        "baselines": _change_keys(p, True) == _change_keys(g, True),
        "subject": overlap(p.get("indicator"), g.get("indicator")) >= OVERLAP
        and overlap(p.get("sector"), g.get("sector")) >= OVERLAP,
        "qualifier": p.get("qualifier") == g.get("qualifier"),
        "estimated": bool(p.get("estimated")) == bool(g.get("estimated")),
        "period": _norm(p.get("period")) == _norm(g.get("period")),
        "location": _norm(p.get("location")) == _norm(g.get("location")),
    }
    out["core"] = all(out[k] for k in ("quantity", "changes", "baselines", "subject", "qualifier", "estimated"))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def score_fact_lists(pairs: Iterable[tuple[Sequence[Any], Sequence[Any]]],
                     positions: Iterable[Sequence[int] | None] | None = None) -> dict[str, Any]:
    """Fact-level scores over documents: each item is (predicted facts, gold facts)."""
    tp = Counter()
    n_pred = n_gold = 0
    q_pred = q_gold = 0
    ch_pred = ch_gold = ch_tp = base_tp = 0
    matched = 0
    positions = list(positions) if positions is not None else None
    for k, (pred, gold) in enumerate(pairs):
        pred = [_d(f) for f in pred]
        gold = [_d(f) for f in gold]
        n_pred += len(pred)
        n_gold += len(gold)
        q_pred += sum(1 for f in pred if f.get("value") is not None)
        q_gold += sum(1 for f in gold if f.get("value") is not None)
        ch_pred += sum(len(f.get("changes", [])) for f in pred)
        ch_gold += sum(len(f.get("changes", [])) for f in gold)
        for pi, gi in match(pred, gold, positions[k] if positions else None):
            matched += 1
            res = slot_results(pred[pi], gold[gi])
            for slot, ok in res.items():
                tp[slot] += int(ok)
            if gold[gi].get("value") is not None and pred[pi].get("value") is not None:
                tp["quantity_value"] += int(res["quantity"])
            ch_tp += sum((_change_keys(pred[pi], False) & _change_keys(gold[gi], False)).values())
            base_tp += sum((_change_keys(pred[pi], True) & _change_keys(gold[gi], True)).values())
    out: dict[str, Any] = {"facts": _prf(matched, n_pred, n_gold)}
    out["quantity"] = _prf(tp["quantity_value"], q_pred, q_gold)
    out["changes"] = _prf(ch_tp, ch_pred, ch_gold)
    out["baselines"] = _prf(base_tp, ch_pred, ch_gold)
    for slot in ("subject", "qualifier", "estimated", "period", "location", "core"):
        out[slot] = _prf(tp[slot], n_pred, n_gold)
    out["fact_core_f"] = out["core"]["f"]
    return out


def _prf_sets(pred: set, gold: set) -> dict[str, float]:
    return _prf(len(pred & gold), len(pred), len(gold))


def evaluate(model: str | Path, path: str | Path) -> dict[str, Any]:
    """Run `model` over every record under `path` and score spans, relations and facts."""
    from .api import _run, load
    from .corpus.schema import iter_corpus_files, read_records, validate_record
    from .pipeline.common import LABELS, SPANS_KEY

    nlp = load(model)
    span_pred: dict[str, set] = {label: set() for label in LABELS}
    span_gold: dict[str, set] = {label: set() for label in LABELS}
    rel_pred: set = set()
    rel_gold: set = set()
    fact_pairs = []
    positions = []
    n_docs = 0
    for file in iter_corpus_files(path):
        for number, record in read_records(file):
            validate_record(record, str(file), number)
            n_docs += 1
            doc = _run(nlp, nlp.make_doc(record["text"]))  # as extract() runs it (gaps, long texts)
            rid = record["id"]
            for span in doc.spans.get(SPANS_KEY, []):
                span_pred[span.label_].add((rid, span.start_char, span.end_char))
            spans = {s["id"]: s for s in record["spans"]}
            for s in record["spans"]:
                span_gold[s["label"]].add((rid, s["start"], s["end"]))
            for rel in record["relations"]:
                h, c = spans[rel["head"]], spans[rel["child"]]
                rel_gold.add((rid, h["start"], h["end"], c["start"], c["end"], rel["label"]))
            for link in doc.user_data.get("vnecon_links", []):
                rel_pred.add((rid,) + tuple(link))
            fact_pairs.append((doc._.facts or [], record["facts"]))
            positions.append([spans[f["anchor"]]["start"] for f in record["facts"]])
    spans_report = {label: _prf_sets(span_pred[label], span_gold[label]) for label in LABELS}
    all_pred = set().union(*[{(l,) + k for k in v} for l, v in span_pred.items()])
    all_gold = set().union(*[{(l,) + k for k in v} for l, v in span_gold.items()])
    spans_report["ALL"] = _prf_sets(all_pred, all_gold)
    return {
        "model": str(model), "path": str(path), "documents": n_docs,
        "spans": spans_report,
        "relations": _prf_sets(rel_pred, rel_gold),
        "facts": score_fact_lists(fact_pairs, positions),
    }


def format_report(reports: dict[str, dict[str, Any]]) -> str:
    """A plain-text table of several reports side by side (name -> report)."""
    names = list(reports)
    lines = []
    header = f"{'':28}" + "".join(f"{n[:22]:>24}" for n in names)
    lines.append(header)
    lines.append(f"{'documents':28}" + "".join(f"{reports[n]['documents']:>24}" for n in names))

    def row(label: str, getter) -> None:
        cells = []
        for n in names:
            d = getter(reports[n])
            cells.append(f"{d['p']:.3f}/{d['r']:.3f}/{d['f']:.3f}".rjust(24))
        lines.append(f"{label:28}" + "".join(cells))

    lines.append("spans (P/R/F)")
    for label in list(reports[names[0]]["spans"]):
        row(f"  {label}", lambda r, label=label: r["spans"][label])
    row("relations", lambda r: r["relations"])
    lines.append("facts (P/R/F)")
    for slot in ("facts", "quantity", "changes", "baselines", "subject", "qualifier", "estimated", "period",
                 "location", "core"):
        row(f"  {slot}", lambda r, slot=slot: r["facts"][slot])
    return "\n".join(lines)
