"""Reading the package's CSV files (vnecon/data/) once, on first use.

Lexicons written by the vnecon team start with a block of '#' comment lines that say where they come from; the copied
reference files have no comments. Both are plain UTF-8 CSV with one header row.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from .errors import Errors, NormalizeError


@cache
def read_rows(name: str) -> tuple[dict[str, str], ...]:
    """Rows of vnecon/data/`name` as dicts, comment lines skipped, cells stripped."""
    try:
        text = (resources.files("vnecon") / "data" / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NormalizeError(Errors.N002.format(file=name, detail=exc)) from exc
    lines = text.splitlines()
    n_comments = 0
    while n_comments < len(lines) and lines[n_comments].startswith("#"):
        n_comments += 1
    reader = csv.DictReader(io.StringIO("\n".join(lines[n_comments:])))
    rows = []
    for row in reader:
        if None in row:  # more cells than header columns: an unquoted comma
            line = reader.line_num + n_comments
            raise NormalizeError(Errors.N003.format(file=name, line=line, detail="more cells than columns"))
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return tuple(rows)
