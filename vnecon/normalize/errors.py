"""Error codes of vnecon.normalize (N001...), in the style of vnecon/errors.py.

They live here rather than in vnecon/errors.py only because this package is owned separately; the codes use
their own letter so the two lists can be merged without clashes.
"""

from __future__ import annotations


class NormalizeError(ValueError):
    """Raised for input that normalization cannot read; the message starts with its code."""


class Errors:
    N001 = ("[N001] Cannot read {value!r} as a number. Pass a float, an int, or a Vietnamese-formatted number "
            "string such as '36.745' or '184,96'.")
    N002 = ("[N002] The package data file vnecon/data/{file} is missing or unreadable ({detail}). Reinstall vnecon "
            "or restore the file from the repository.")
    N003 = "[N003] {file}:{line}: the lexicon row is malformed: {detail}. Fix the row (see the file's header comment)."
    N004 = ("[N004] normalize_fact() expects a fact dict, got {type}. Pass Fact.to_dict() or a dict with the keys "
            "of FACT_GUIDE.md.")
    N005 = "[N005] {name} must be {expected}, got {type}. Pass {expected}, or None."
    N006 = "[N006] {name} must be an int year, got {value!r}. Pass a year such as 2024, or None."
    N007 = ("[N007] A change needs 'type' and 'value', got {value!r}. Pass a change dict of FACT_GUIDE.md "
            "(type, value, unit, baseline) or a vnecon Change.")
