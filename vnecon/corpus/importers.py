"""Imports from annotation tools (Label Studio JSON export, doccano JSONL export) into corpus records.

Both tools give spans and relations; the facts are derived from them (`derive_facts`), so an imported record
passes the same validation as a hand-written one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import Errors
from ..textview import nfc
from .schema import RELATION_LABELS, SPAN_LABELS, CorpusError, read_records, validate_record

FORMATS = ("label-studio", "doccano")
_ESTIMATE = re.compile(r"(?<![^\W\d_])(?:ước|dự\s+kiến|dự\s+ước|dự\s+báo)(?![^\W\d_])", re.IGNORECASE)


def derive_facts(text: str, spans: list[dict], relations: list[dict]) -> list[dict]:
    """Facts from spans and relations: one per QUANTITY span that heads relations or stands alone, and one per
    CHANGE span that is not linked from a QUANTITY (a change-only fact)."""
    from ..grammar import baseline_kind, parse_change, parse_quantity
    from ..lexicon import mapping

    by_id = {s["id"]: s for s in spans}
    out_rel: dict[str, dict[str, list[str]]] = {}
    linked_changes = set()
    for rel in relations:
        out_rel.setdefault(rel["head"], {}).setdefault(rel["label"], []).append(rel["child"])
        if rel["label"] == "change":
            linked_changes.add(rel["child"])
    facts = []
    for span in sorted(spans, key=lambda s: s["start"]):
        if span["label"] == "QUANTITY" or (span["label"] == "CHANGE" and span["id"] not in linked_changes):
            rels = out_rel.get(span["id"], {})
            fact: dict = {"indicator": None, "sector": None, "location": None, "period": None, "value": None,
                          "unit": None, "qualifier": None, "estimated": False, "changes": [], "anchor": span["id"]}
            change_ids = rels.get("change", [])
            if span["label"] == "QUANTITY":
                value, value_max, unit = parse_quantity(text[span["start"]:span["end"]])
                if value is None:
                    continue
                fact.update(value=value, unit=unit)
                if value_max is not None:
                    fact["value_max"] = value_max
                before = nfc(text[max(0, span["start"] - 12):span["start"]]).rstrip().casefold()
                for form, qualifier in mapping("qualifiers.tsv").items():
                    if before.endswith(form):
                        fact["qualifier"] = qualifier
                        break
            else:
                change_ids = [span["id"]] + change_ids
            for cid in sorted(change_ids, key=lambda c: by_id[c]["start"]):
                ctype, cvalue, cmax, cunit = parse_change(text[by_id[cid]["start"]:by_id[cid]["end"]])
                if ctype is None:
                    continue
                base = out_rel.get(cid, {}).get("baseline", [])
                btext = text[by_id[base[0]]["start"]:by_id[base[0]]["end"]] if base else None
                change = {"type": ctype, "value": cvalue, "unit": cunit,
                          "baseline": baseline_kind(btext) if btext else None, "baseline_text": btext}
                if cmax is not None:
                    change["value_max"] = cmax
                fact["changes"].append(change)
            if fact["value"] is None and not fact["changes"]:
                continue
            for label in ("indicator", "sector", "location", "period"):
                child = rels.get(label, [])
                if child:
                    fact[label] = text[by_id[child[0]]["start"]:by_id[child[0]]["end"]]
            line_start = text.rfind("\n", 0, span["start"]) + 1
            fact["estimated"] = bool(_ESTIMATE.search(text[line_start:span["start"]]))
            facts.append(fact)
    return facts


def _record(file: str, line: int, rid: str, text: str, spans: list[dict], relations: list[dict]) -> dict:
    for i, s in enumerate(spans):
        if s["label"] not in SPAN_LABELS:
            raise CorpusError(file, line, f"spans[{i}].label",
                              f"unknown label {s['label']!r}; known: {', '.join(SPAN_LABELS)}")
    for i, r in enumerate(relations):
        if r["label"] not in RELATION_LABELS:
            raise CorpusError(file, line, f"relations[{i}].label",
                              f"unknown relation {r['label']!r}; known: {', '.join(RELATION_LABELS)}")
    record = {"id": rid, "meta": {}, "text": text, "spans": spans, "relations": relations,
              "facts": derive_facts(text, spans, relations)}
    validate_record(record, file, line)
    return record


def import_label_studio(path: str | Path) -> list[dict]:
    """Records from a Label Studio JSON export (labels + relations in each task's first annotation)."""
    path = Path(path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(str(path), getattr(exc, "lineno", 0), "file", f"not a Label Studio JSON export: {exc}") from exc
    if not isinstance(tasks, list):
        raise CorpusError(str(path), 1, "file", "a Label Studio export is a JSON list of tasks")
    records = []
    for t, task in enumerate(tasks):
        where = f"[{t}]"
        data = task.get("data") or {}
        text = data.get("text")
        if not isinstance(text, str):
            raise CorpusError(str(path), 0, f"{where}.data.text", "missing or not a string")
        annotations = task.get("annotations") or task.get("completions") or []
        results = annotations[0].get("result", []) if annotations else []
        spans, relations = [], []
        for r, res in enumerate(results):
            if res.get("type") == "labels":
                value = res.get("value") or {}
                labels = value.get("labels") or []
                if not labels:
                    raise CorpusError(str(path), 0, f"{where}.annotations[0].result[{r}].value.labels", "empty")
                spans.append({"id": str(res.get("id")), "label": labels[0], "start": value.get("start"),
                              "end": value.get("end"), "text": value.get("text", text[value.get("start", 0):value.get("end", 0)])})
            elif res.get("type") == "relation":
                labels = res.get("labels") or []
                if not labels:
                    raise CorpusError(str(path), 0, f"{where}.annotations[0].result[{r}].labels",
                                      "a relation needs a label (change, baseline, indicator, sector, location, period)")
                head, child = str(res.get("from_id")), str(res.get("to_id"))
                if res.get("direction") == "left":
                    head, child = child, head
                relations.append({"head": head, "child": child, "label": labels[0]})
        rid = str(data.get("id") or task.get("id") or f"{path.stem}-{t}")
        records.append(_record(f"{path}{where}", 0, rid, text, spans, relations))
    return records


def import_doccano(path: str | Path) -> list[dict]:
    """Records from a doccano JSONL export (`entities` + `relations`, or the older `label` lists)."""
    records = []
    for number, item in read_records(path):
        text = item.get("text")
        if not isinstance(text, str):
            raise CorpusError(str(path), number, "text", "missing or not a string")
        spans, relations = [], []
        if "entities" in item:
            for e in item["entities"]:
                spans.append({"id": str(e["id"]), "label": e["label"], "start": e["start_offset"],
                              "end": e["end_offset"]})
            for r in item.get("relations", []):
                relations.append({"head": str(r["from_id"]), "child": str(r["to_id"]), "label": r["type"]})
        else:
            for k, triple in enumerate(item.get("label", [])):
                if not (isinstance(triple, list) and len(triple) == 3):
                    raise CorpusError(str(path), number, f"label[{k}]", "expected [start, end, label]")
                spans.append({"id": f"e{k}", "label": triple[2], "start": triple[0], "end": triple[1]})
        rid = str(item.get("id", f"{Path(path).stem}-{number}"))
        records.append(_record(str(path), number, rid, text, spans, relations))
    return records


def import_file(path: str | Path, fmt: str) -> list[dict]:
    if fmt == "label-studio":
        return import_label_studio(path)
    if fmt == "doccano":
        return import_doccano(path)
    raise ValueError(Errors.E022.format(file=path, format=fmt, formats=", ".join(FORMATS)))
