"""Turn a draft (text + facts with anchor strings) into a full record with character spans and relations.

Writers annotate facts, not offsets: each fact names the exact strings that write its value and its changes.
The aligner finds them in text order, on the NFC view of the text, and maps the offsets back to the raw text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..textview import TextView, spelt
from .schema import CorpusError, FACT_KEYS, _check_fact_fields, read_records, validate_record

_WINDOW = 600  # how far after its anchor a change or a baseline may stand


def _pattern(needle: str) -> re.Pattern:
    """Match `needle` without cutting a word or a number at either end. A space or line break in it matches either:
    the view reads a line wrapped in the middle of a sentence as a space ("12,4 tỷ\nđồng")."""
    body = "".join(r"\s" if c.isspace() else re.escape(c) for c in needle)
    head = r"(?<![^\W\d_])" if needle[:1].isalpha() else (r"(?<![\d.,]\d)(?<!\d)" if needle[:1].isdigit() else "")
    tail = r"(?![^\W\d_])" if needle[-1:].isalpha() else (r"(?![.,]?\d)" if needle[-1:].isdigit() else "")
    return re.compile(head + body + tail, re.IGNORECASE)


class _Finder:
    def __init__(self, text: str) -> None:
        self.view = TextView(text)
        self.norm = self.view.norm

    def all(self, needle: str) -> list[tuple[int, int]]:
        # the needle as the view spells the text ("so vói cùng kỳ" is found where the text has it)
        return [(m.start(), m.end()) for m in _pattern(spelt(needle)).finditer(self.norm)]

    def first_after(self, needle: str, pos: int, limit: int | None = None) -> tuple[int, int] | None:
        for s, e in self.all(needle):
            if s >= pos and (limit is None or s <= limit):
                return s, e
        return None

    def last_before(self, needle: str, pos: int, floor: int = 0) -> tuple[int, int] | None:
        hits = [(s, e) for s, e in self.all(needle) if e <= pos and s >= floor]
        return hits[-1] if hits else None


def _nearest(finder: _Finder, needle: str, hit: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The occurrence of a baseline nearest to its change: inside it ("cao hơn cùng kỳ 27,3%"), after it, or
    before it ("so với cùng kỳ, ... tăng 5%"), never before the previous fact's anchor."""
    best, best_d = None, None
    for s, e in finder.all(needle):
        if s >= hit[0] and e <= hit[1]:
            d = 0
        elif s >= hit[0]:
            d = s - hit[1]
            if d > _WINDOW:
                continue
        elif e <= hit[0] and s >= floor:
            d = hit[0] - e
        else:
            continue
        if best_d is None or d < best_d:
            best, best_d = (s, e), d
    return best


def align_record(draft: dict, file: str = "<draft>", line: int = 0) -> dict:
    """Full corpus record for one draft; raises CorpusError naming the fact and field that cannot be aligned."""

    def err(field: str, detail: str) -> None:
        raise CorpusError(file, line, field, detail)

    for key in ("id", "text", "facts"):
        if key not in draft:
            err(key, "missing key")
    text = draft["text"]
    if not isinstance(text, str) or not text:
        err("text", "must be a non-empty string")
    finder = _Finder(text)
    spans: list[dict] = []
    index: dict[tuple[str, int, int], str] = {}
    relations: list[dict] = []

    def add_span(label: str, hit: tuple[int, int]) -> str:
        start, end = finder.view.span(*hit)
        key = (label, start, end)
        if key not in index:
            index[key] = f"s{len(spans)}"
            spans.append({"id": index[key], "label": label, "start": start, "end": end, "text": text[start:end]})
        return index[key]

    facts_out = []
    cursor = 0
    for i, fact in enumerate(draft["facts"]):
        where = f"facts[{i}]"
        if not isinstance(fact, dict):
            err(where, "must be an object")
        _check_fact_fields(fact, where, err)
        changes = fact.get("changes") or []
        if fact.get("value") is not None:
            anchor_text, anchor_field = fact.get("quantity_text"), f"{where}.quantity_text"
            if not anchor_text:
                err(anchor_field, "a fact with a value needs the exact string that writes it")
        else:
            if fact.get("quantity_text"):
                err(f"{where}.quantity_text", "is set but the fact has no value")
            anchor_text, anchor_field = changes[0].get("text"), f"{where}.changes[0].text"
            if not anchor_text:
                err(anchor_field, "a fact without a value needs its first change's exact string")
        hit = finder.first_after(anchor_text, cursor)
        if hit is None:
            before = finder.all(anchor_text)
            detail = "not found in the text" if not before else "found only before the previous fact's anchor; list facts in text order"
            err(anchor_field, f"{anchor_text!r} {detail}")
        anchor_label = "QUANTITY" if fact.get("value") is not None else "CHANGE"
        anchor_id = add_span(anchor_label, hit)
        floor = cursor
        cursor = hit[1]
        change_ids = []
        pos = hit[1] if anchor_label == "QUANTITY" else hit[0]
        for j, change in enumerate(changes):
            cw = f"{where}.changes[{j}]"
            if not isinstance(change, dict):
                err(cw, "must be an object")
            ctext = change.get("text")
            if not ctext:
                err(f"{cw}.text", "missing: the exact string of the change")
            if j == 0 and anchor_label == "CHANGE":
                chit = hit
            else:
                chit = finder.first_after(ctext, pos, pos + _WINDOW) or finder.last_before(ctext, hit[0], floor)
            if chit is None:
                err(f"{cw}.text", f"{ctext!r} not found near the fact's anchor {anchor_text!r}")
            cid = add_span("CHANGE", chit)
            if cid != anchor_id:
                change_ids.append(cid)
                relations.append({"head": anchor_id, "child": cid, "label": "change"})
            pos = max(pos, chit[1])
            btext = change.get("baseline_text")
            if btext:
                bhit = _nearest(finder, btext, chit, floor)
                if bhit is None:
                    err(f"{cw}.baseline_text", f"{btext!r} not found near the change {ctext!r}")
                relations.append({"head": cid, "child": add_span("BASELINE", bhit), "label": "baseline"})
        for label in ("indicator", "sector", "location", "period"):
            value = fact.get(label)
            if not value:
                continue
            shit = finder.last_before(value, hit[0]) or finder.first_after(value, hit[1])
            if shit is not None:
                relations.append({"head": anchor_id, "child": add_span(label.upper(), shit), "label": label})
        out = {k: fact[k] for k in FACT_KEYS}
        for extra in ("value_max", "kind"):
            if extra in fact:
                out[extra] = fact[extra]
        out["changes"] = [{k: c.get(k) for k in ("type", "value", "unit", "baseline", "baseline_text")}
                          | ({"value_max": c["value_max"]} if "value_max" in c else {}) for c in changes]
        out["anchor"] = anchor_id
        facts_out.append(out)
    # number the spans in text order, so records read naturally
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"], s["label"]))
    renumber = {s["id"]: f"s{k}" for k, s in enumerate(ordered)}
    for s in ordered:
        s["id"] = renumber[s["id"]]
    for rel in relations:
        rel["head"], rel["child"] = renumber[rel["head"]], renumber[rel["child"]]
    for fact in facts_out:
        fact["anchor"] = renumber[fact["anchor"]]
    record = {
        "id": draft["id"], "meta": draft.get("meta", {}), "text": text,
        "spans": ordered, "relations": relations, "facts": facts_out,
    }
    validate_record(record, file, line)
    return record


def align_file(path: str | Path, output: str | Path | None = None) -> tuple[list[dict], list[CorpusError]]:
    """Align every draft in a file; returns the records and every error (one per bad draft)."""
    records, errors = [], []
    for number, draft in read_records(path):
        try:
            records.append(align_record(draft, str(path), number))
        except CorpusError as exc:
            errors.append(exc)
    if output is not None and not errors:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        with open(output, "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records, errors
