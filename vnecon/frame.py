"""Facts as a pandas DataFrame: one row per fact, the contract's columns and the normalized ones."""

from __future__ import annotations

from typing import Iterable, Sequence

from .fact import Fact

CONTRACT_COLUMNS = ("indicator", "sector", "location", "period", "value", "value_max", "unit", "qualifier",
                    "estimated", "kind", "changes", "span_start", "span_end")


def fact_record(fact: Fact) -> dict:
    """One flat dict: contract scalars, changes as text, and the normalized columns (None where unknown)."""
    from .normalize import flat_columns

    d = fact.to_dict()
    row = {k: d.get(k) for k in CONTRACT_COLUMNS if k in d or k in ("value_max", "kind")}
    row["changes"] = "; ".join(
        f"{c['type']} {c['value']:g}{' ' + c['unit'] if c['unit'] else ''}"
        f"{' [' + c['baseline'] + ']' if c['baseline'] else ''}" for c in d["changes"])
    row["span_start"], row["span_end"] = (d.get("span") or [None, None])
    row.update(flat_columns(fact.normalized or {}))
    return row


def to_frame(facts: Iterable[Fact] | Iterable[Sequence[Fact]], *, doc_ids: Sequence | None = None):
    """A DataFrame of facts. Give a list of facts, or one list per document (then `doc_id` is a column).

    >>> import vnecon
    >>> df = vnecon.to_frame(vnecon.extract("Xuất khẩu đạt 10,5 tỷ USD, tăng 5% so với cùng kỳ."))
    >>> df.loc[0, "norm_value"], df.loc[0, "norm_unit"]
    (10500000000.0, 'USD')
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pandas is an optional extra
        raise ImportError("vnecon.to_frame needs pandas: pip install 'vnecon[frame]'") from exc
    items = list(facts)
    rows = []
    if items and not isinstance(items[0], Fact):
        for i, doc_facts in enumerate(items):
            doc_id = doc_ids[i] if doc_ids is not None else i
            rows.extend({"doc_id": doc_id, **fact_record(f)} for f in doc_facts)
    else:
        rows = [fact_record(f) for f in items]
    return pd.DataFrame(rows)
