"""The corpus record format and its validation; every problem names the file, the line and the field."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

from ..errors import Errors
from ..grammar import compound_amounts, multiple_in
from ..numbers import NUMBER_RE, parse_number, parse_number_words, NUMBER_WORDS
from ..textview import nfc

SPAN_LABELS = ("QUANTITY", "CHANGE", "BASELINE", "INDICATOR", "SECTOR", "LOCATION", "PERIOD")
# relation label -> the label its child span must carry
RELATION_LABELS = {
    "change": "CHANGE", "baseline": "BASELINE", "indicator": "INDICATOR", "sector": "SECTOR",
    "location": "LOCATION", "period": "PERIOD",
}
CHANGE_TYPES = ("increase", "decrease", "ratio", "share", "contribution")
BASELINES = ("same_period_previous_year", "previous_period", "start_of_year", "plan", "total", "other")
QUALIFIERS = ("over", "under", "about")
FACT_KEYS = ("indicator", "sector", "location", "period", "value", "unit", "qualifier", "estimated", "changes")


class CorpusError(ValueError):
    """A bad corpus file or annotation. `file`, `line` and `field` say where."""

    def __init__(self, file: str, line: int, field: str, detail: str) -> None:
        self.file, self.line, self.field, self.detail = str(file), line, field, detail
        super().__init__(Errors.E020.format(file=file, line=line, field=field, detail=detail))


def read_records(path: str | Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, record) from a JSONL file; blank lines are skipped, bad JSON raises CorpusError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CorpusError(str(path), 0, "file", f"cannot read: {exc}") from exc
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CorpusError(str(path), line, "file", f"not valid UTF-8 at byte {exc.start}") from exc
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(str(path), number, "json", f"invalid JSON at column {exc.colno}: {exc.msg}") from exc
        if not isinstance(record, dict):
            raise CorpusError(str(path), number, "record", "each line must be a JSON object")
        yield number, record


def iter_corpus_files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.exists():
        raise FileNotFoundError(Errors.E021.format(file=path))
    return sorted(p for p in path.rglob("*.jsonl") if "drafts" not in p.parts)


def numbers_in(text: str) -> list[float]:
    """Numbers written in a span's text, digits or words, in order."""
    norm = nfc(text)
    # "3 tỷ 362 triệu USD" is one number, 3,362 (tỷ), as the quantities read it
    compounds = compound_amounts(norm)
    found = [(m.start(), parse_number(m.group())) for m in NUMBER_RE.finditer(norm)
             if not any(a <= m.start() < b for a, b, _ in compounds)]
    found = [v for _, v in sorted(found + [(a, v) for a, _, v in compounds]) if v is not None]
    if found:
        return found
    multiple = multiple_in(norm)  # "gấp đôi", "gấp rưỡi": words no number list holds
    if multiple is not None:
        return [multiple]
    words = [w for w in re.findall(r"\w+", norm.lower())]
    run = [w for w in words if w in NUMBER_WORDS]
    if run:
        value = parse_number_words(run)
        return [value] if value is not None else []
    return []


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def is_word_boundary(text: str, start: int, end: int) -> bool:
    """A span must not cut a word or a number in two (letters glued to digits count as separate words)."""
    def cuts(i: int) -> bool:
        if i <= 0 or i >= len(text):
            return False
        a, b = text[i - 1], text[i]
        if a.isdigit() and b.isdigit():
            return True
        if a.isalpha() and b.isalpha():
            return True
        # combining marks belong to the letter before them
        import unicodedata
        return bool(unicodedata.combining(b))
    return not cuts(start) and not cuts(end)


def _check_fact_fields(fact: dict, where: str, err) -> None:
    for key in FACT_KEYS:
        if key not in fact:
            err(f"{where}.{key}", "missing key")
    for key in ("indicator", "sector", "location", "period", "unit"):
        if fact.get(key) is not None and not isinstance(fact[key], str):
            err(f"{where}.{key}", "must be a string or null")
    for key in ("value", "value_max"):
        if fact.get(key) is not None and (isinstance(fact[key], bool) or not isinstance(fact[key], (int, float))):
            err(f"{where}.{key}", "must be a number or null")
    if fact.get("qualifier") not in (None,) + QUALIFIERS:
        err(f"{where}.qualifier", f"must be one of {QUALIFIERS} or null, got {fact.get('qualifier')!r}")
    if not isinstance(fact.get("estimated"), bool):
        err(f"{where}.estimated", "must be true or false")
    if fact.get("kind") not in (None, "target"):
        err(f"{where}.kind", "must be 'target' or absent")
    if fact.get("value") is None and not fact.get("changes"):
        err(where, "a fact needs a value or at least one change")
    if not isinstance(fact.get("changes"), list):
        err(f"{where}.changes", "must be a list")
    for j, change in enumerate(fact.get("changes") or []):
        cw = f"{where}.changes[{j}]"
        if not isinstance(change, dict):
            err(cw, "must be an object")
        if change.get("type") not in CHANGE_TYPES:
            err(f"{cw}.type", f"must be one of {CHANGE_TYPES}, got {change.get('type')!r}")
        if isinstance(change.get("value"), bool) or not isinstance(change.get("value"), (int, float)):
            err(f"{cw}.value", "must be a number")
        if change.get("unit") is not None and not isinstance(change.get("unit"), str):
            err(f"{cw}.unit", "must be a string or null")
        if change.get("baseline") not in (None,) + BASELINES:
            err(f"{cw}.baseline", f"must be one of {BASELINES} or null, got {change.get('baseline')!r}")
        if change.get("baseline_text") is not None and not isinstance(change.get("baseline_text"), str):
            err(f"{cw}.baseline_text", "must be a string or null")


def validate_record(record: dict, file: str = "<record>", line: int = 0) -> None:
    """Raise CorpusError at the first problem in a full corpus record."""

    def err(field: str, detail: str) -> None:
        raise CorpusError(file, line, field, detail)

    for key in ("id", "text", "meta", "spans", "relations", "facts"):
        if key not in record:
            err(key, "missing key")
    text = record["text"]
    if not isinstance(text, str):
        err("text", "must be a string")
    if not isinstance(record["id"], str) or not record["id"]:
        err("id", "must be a non-empty string")
    spans: dict[str, dict] = {}
    for i, span in enumerate(record["spans"]):
        where = f"spans[{i}]"
        if not isinstance(span, dict):
            err(where, "must be an object")
        for key in ("id", "label", "start", "end"):
            if key not in span:
                err(f"{where}.{key}", "missing key")
        if span["label"] not in SPAN_LABELS:
            err(f"{where}.label", f"unknown label {span['label']!r}; known: {', '.join(SPAN_LABELS)}")
        start, end = span["start"], span["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            err(f"{where}.start", f"offsets {start}..{end} are out of range for a text of {len(text)} characters")
        if "text" in span and span["text"] != text[start:end]:
            err(f"{where}.text", f"{span['text']!r} does not match the text at {start}..{end}: {text[start:end]!r}")
        if not is_word_boundary(text, start, end):
            err(f"{where}.start", f"offsets {start}..{end} cut a word: {text[max(0, start - 5):end + 5]!r}")
        if span["id"] in spans:
            err(f"{where}.id", f"duplicate span id {span['id']!r}")
        spans[span["id"]] = span
    for i, rel in enumerate(record["relations"]):
        where = f"relations[{i}]"
        for key in ("head", "child", "label"):
            if key not in rel:
                err(f"{where}.{key}", "missing key")
        if rel["label"] not in RELATION_LABELS:
            err(f"{where}.label", f"unknown relation {rel['label']!r}; known: {', '.join(RELATION_LABELS)}")
        for end_key in ("head", "child"):
            if rel[end_key] not in spans:
                err(f"{where}.{end_key}", f"no span with id {rel[end_key]!r}")
        if spans[rel["child"]]["label"] != RELATION_LABELS[rel["label"]]:
            err(f"{where}.child", f"a {rel['label']!r} relation must point to a {RELATION_LABELS[rel['label']]} span")
    related: dict[str, dict[str, list[str]]] = {}
    for rel in record["relations"]:
        related.setdefault(rel["head"], {}).setdefault(rel["label"], []).append(rel["child"])
    for i, fact in enumerate(record["facts"]):
        where = f"facts[{i}]"
        if not isinstance(fact, dict):
            err(where, "must be an object")
        _check_fact_fields(fact, where, err)
        anchor = fact.get("anchor")
        if anchor not in spans:
            err(f"{where}.anchor", f"no span with id {anchor!r}")
        _check_fact_against_spans(fact, where, text, spans, related, err)


def _span_text(text: str, span: dict) -> str:
    return text[span["start"]:span["end"]]


def _check_fact_against_spans(fact, where, text, spans, related, err) -> None:
    anchor = spans[fact["anchor"]]
    rels = related.get(fact["anchor"], {})
    if fact.get("value") is not None:
        if anchor["label"] != "QUANTITY":
            err(f"{where}.anchor", "a fact with a value must be anchored on its QUANTITY span")
        nums = numbers_in(_span_text(text, anchor))
        if not nums or not _close(nums[0], float(fact["value"])):
            err(f"{where}.value", f"{fact['value']} contradicts the QUANTITY span {_span_text(text, anchor)!r}")
        if fact.get("value_max") is not None and (len(nums) < 2 or not _close(nums[1], float(fact["value_max"]))):
            err(f"{where}.value_max", f"{fact['value_max']} contradicts the span {_span_text(text, anchor)!r}")
    elif anchor["label"] != "CHANGE":
        err(f"{where}.anchor", "a fact without a value must be anchored on its first CHANGE span")
    change_spans = ([fact["anchor"]] if anchor["label"] == "CHANGE" else []) + rels.get("change", [])
    if len(change_spans) != len(fact["changes"]):
        err(f"{where}.changes", f"{len(fact['changes'])} changes but {len(change_spans)} CHANGE spans are linked")
    ordered = sorted(change_spans, key=lambda sid: spans[sid]["start"])
    for j, (change, sid) in enumerate(zip(fact["changes"], ordered)):
        span_text = _span_text(text, spans[sid])
        nums = numbers_in(span_text)
        if not nums or not any(_close(n, float(change["value"])) for n in nums):
            err(f"{where}.changes[{j}].value", f"{change['value']} contradicts the CHANGE span {span_text!r}")
        base = related.get(sid, {}).get("baseline", [])
        if change.get("baseline_text") is not None:
            if not base:
                err(f"{where}.changes[{j}].baseline_text", "is set but no BASELINE span is linked to the change")
            written = nfc(_span_text(text, spans[base[0]])).casefold()
            if nfc(change["baseline_text"]).casefold() != written:
                err(f"{where}.changes[{j}].baseline_text",
                    f"{change['baseline_text']!r} contradicts the linked span {written!r}")
        elif base:
            err(f"{where}.changes[{j}].baseline_text", "is null but a BASELINE span is linked to the change")
    for label in ("indicator", "sector", "location", "period"):
        children = rels.get(label, [])
        if len(children) > 1:
            err(f"{where}.{label}", f"{len(children)} {label} spans are linked; link one")
        if children:
            written = nfc(_span_text(text, spans[children[0]])).casefold()
            value = fact.get(label)
            if value is None or nfc(value).casefold() != written:
                err(f"{where}.{label}", f"{value!r} contradicts the linked span {written!r}")


class ValidationReport:
    """What `vnecon corpus validate` found: counts, and every error (one per bad record)."""

    def __init__(self) -> None:
        self.files = 0
        self.records = 0
        self.facts = 0
        self.errors: list[CorpusError] = []
        self.topics: set[str] = set()
        self.places: set[str] = set()
        self.styles: set[str] = set()
        self.years: set[int] = set()

    def summary(self) -> str:
        years = f"{min(self.years)}-{max(self.years)}" if self.years else "-"
        return (f"{self.files} files, {self.records} records, {self.facts} facts, {len(self.topics)} topics, "
                f"{len(self.places)} places, {len(self.styles)} styles, years {years}: "
                f"{'OK' if not self.errors else f'{len(self.errors)} errors'}")


def validate_path(path: str | Path) -> ValidationReport:
    """Validate every record under `path` (a .jsonl file or a directory of them, drafts/ excluded)."""
    report = ValidationReport()
    seen: dict[str, str] = {}
    for file in iter_corpus_files(path):
        report.files += 1
        try:
            for number, record in read_records(file):
                try:
                    validate_record(record, str(file), number)
                except CorpusError as exc:
                    report.errors.append(exc)
                    continue
                where = f"{file}:{number}"
                if record["id"] in seen:
                    report.errors.append(CorpusError(str(file), number, "id",
                                                     f"duplicate id {record['id']!r}, also at {seen[record['id']]}"))
                    continue
                seen[record["id"]] = where
                report.records += 1
                report.facts += len(record["facts"])
                meta = record.get("meta") or {}
                report.topics.update([meta["topic"]] if meta.get("topic") else [])
                report.topics.update(meta.get("topics") or [])
                if meta.get("place"):
                    report.places.add(nfc(meta["place"]))
                if meta.get("style"):
                    report.styles.add(meta["style"])
                date = str(meta.get("date") or "")
                if re.match(r"\d{4}", date):
                    report.years.add(int(date[:4]))
        except CorpusError as exc:
            report.errors.append(exc)
    return report
