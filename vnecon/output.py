"""Writing facts out: JSON lines, CSV and a plain table (the CLI's --format)."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Sequence

from .fact import Fact

CSV_COLUMNS = ("file", "indicator", "sector", "location", "period", "value", "value_max", "unit", "qualifier",
               "estimated", "kind", "changes", "span_start", "span_end")


def fact_row(source: str, fact: Fact) -> dict:
    d = fact.to_dict()
    row = {"file": source, **{k: d.get(k) for k in CSV_COLUMNS if k in d}}
    row["changes"] = "; ".join(
        f"{c['type']} {c['value']:g}{' ' + c['unit'] if c['unit'] else ''}"
        f"{' [' + c['baseline'] + ']' if c['baseline'] else ''}" for c in d["changes"])
    row["span_start"], row["span_end"] = (d.get("span") or [None, None])
    return row


def write_facts(results: Iterable[tuple[str, Sequence[Fact]]], out: IO[str], *, fmt: str = "jsonl") -> None:
    results = list(results)
    if fmt == "jsonl":
        for source, facts in results:
            for fact in facts:
                out.write(json.dumps({"file": source, **fact.to_dict()}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = [fact_row(source, f) for source, facts in results for f in facts]
        extra = sorted({k for r in rows for k in r} - set(CSV_COLUMNS))
        writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS) + extra, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "table":
        for source, facts in results:
            out.write(f"# {source}: {len(facts)} facts\n")
            for f in facts:
                value = "" if f.value is None else f"{f.value:g}{' ' + f.unit if f.unit else ''}"
                changes = ", ".join(f"{c.type} {c.value:g}{c.unit or ''}" for c in f.changes)
                out.write(f"{(f.indicator or '-')[:40]:40} | {(f.sector or '-')[:28]:28} | {(f.period or '-')[:20]:20} "
                          f"| {value:>22} | {changes}\n")
    else:
        from .errors import Errors

        raise ValueError(Errors.E041.format(format=fmt, formats="jsonl, csv, table"))
