"""Loading the extraction lexicons (vnecon/lexicons/*.tsv, *.txt) and turning them into patterns.

Lexicons are data: see lexicons/SOURCES.md. Each file is read once, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .errors import Errors
from .textview import nfc


def _lines(name: str) -> list[tuple[int, str]]:
    text = resources.files("vnecon").joinpath("lexicons", name).read_text(encoding="utf-8")
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((number, line))
    return out


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A one-column lexicon, NFC, longest entries first."""
    items = {nfc(line.strip()) for _, line in _lines(name)}
    return tuple(sorted(items, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, str], ...]:
    """A two-column (tab-separated) lexicon, in file order."""
    rows = []
    for number, line in _lines(name):
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            raise ValueError(Errors.E030.format(file=f"vnecon/lexicons/{name}", line=number,
                                                detail="expected two tab-separated columns"))
        rows.append((nfc(parts[0].strip()), parts[1].split("#")[0].strip()))
    return tuple(rows)


def alternation(forms, *, flexible_space: bool = True) -> str:
    """A regex alternation of literal forms, longest first; spaces match any run of spaces."""
    if isinstance(forms, tuple):  # a lexicon from words(), asked for again and again: the pattern is built once
        try:
            return _cached_alternation(forms, flexible_space)
        except TypeError:  # unhashable items
            pass
    return _alternation(forms, flexible_space)


def _alternation(forms, flexible_space: bool) -> str:
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    escaped = [re.escape(f) for f in ordered]
    if flexible_space:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "(?:" + _first_characters(ordered) + "(?:" + "|".join(escaped) + "))"


def _first_characters(forms: list[str]) -> str:
    """A lookahead for the characters the forms start with. Without it a case-insensitive search tries every
    alternative at every position of the text; with it, only where one of them can start."""
    if not forms or any(not f or f[0].isspace() for f in forms):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({f[0] for f in forms})) + "])"


@lru_cache(maxsize=256)
def _cached_alternation(forms: tuple, flexible_space: bool) -> str:
    return _alternation(forms, flexible_space)


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """form (casefolded) -> second column."""
    return {form.casefold(): value for form, value in table(name)}
