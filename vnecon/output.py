"""Writing facts out: JSON lines, CSV and a plain table (the CLI's --format)."""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable, Sequence

from .fact import Fact

from .frame import CONTRACT_COLUMNS, fact_record

CSV_COLUMNS = ("file",) + CONTRACT_COLUMNS


def fact_row(source: str, fact: Fact) -> dict:
    """A CSV row: the contract's columns, then the normalized ones (norm_value, vsic_code, period_start ...)."""
    return {"file": source, **fact_record(fact)}


def write_facts(results: Iterable[tuple[str, Sequence[Fact]]], out: IO[str], *, fmt: str = "jsonl") -> None:
    results = list(results)
    if fmt == "jsonl":
        for source, facts in results:
            for fact in facts:
                out.write(json.dumps({"file": source, **fact.to_dict()}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        rows = [fact_row(source, f) for source, facts in results for f in facts]
        fields = list(rows[0]) if rows else list(CSV_COLUMNS)
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
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
