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
    groups = _by_first_character(ordered)
    if groups is None:
        return "(?:" + _first_characters(ordered) + "(?:" + "|".join(escaped) + "))"
    # the forms grouped by their first letter, each group after a lookahead for it: at a word start the search
    # tries only the forms that open with its letter, not every form of the lexicon in turn. The order of the forms
    # that can match at a position (one group's) stays longest first, so the same form wins.
    pattern = dict(zip(ordered, escaped))
    return "(?:" + _first_characters(ordered) + "(?:" + "|".join(
        _first_characters(group) + "(?:" + "|".join(pattern[f] for f in group) + ")" for group in groups) + "))"


def _by_first_character(forms: list[str]) -> list[list[str]] | None:
    """The forms (in their order) grouped by their first character, upper and lower case together; None when the
    forms cannot be told apart that way: a form opens with a space, or two groups' characters are the same letter to
    a case-insensitive match (the "ſ" of "s")."""
    if len(forms) < 2 or any(not f or f[0].isspace() for f in forms):
        return None
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[0].lower(), []).append(f)
    if len(groups) < 2:
        return None
    firsts = [{f[0] for f in group} for group in groups.values()]
    for k, chars in enumerate(firsts):
        rx = re.compile("[" + "".join(re.escape(c) for c in chars) + "]", re.IGNORECASE)
        if any(rx.fullmatch(c) for other in firsts[k + 1:] for c in other):
            return None
    return list(groups.values())


def _first_characters(forms: list[str]) -> str:
    """A lookahead for the characters the forms start with. Without it a case-insensitive search tries every
    alternative at every position of the text; with it, only where one of them can start."""
    if not forms or any(not f or f[0].isspace() for f in forms):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({f[0] for f in forms})) + "])"


def first_characters(pattern: str, flags: int = 0) -> str:
    """`_first_characters` of a regular expression: a lookahead for the characters a match of `pattern` can start
    with, or "" when any can (a pattern that can match nothing, or opens with a negated class or ".").

    A lexicon of patterns in one alternation has this lookahead before each: a case-insensitive search tries each
    alternative at every position it reaches, and a literal under IGNORECASE is no first test it can skip by. The
    lookahead is compiled with the same flags, so under IGNORECASE it admits every case of the letters, as the
    pattern does; a group that turns the flag off (`(?-i:DT)`) gets a wider lookahead, never a narrower one."""
    try:
        from re import _parser as parser  # (Python 3.11+; the same parser as sre_parse before)
    except ImportError:  # pragma: no cover
        import sre_parse as parser
    try:
        chars, empty = _first_of(parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - a parser of another version: no lookahead, the search is the same
        return ""
    if chars is None or empty or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


# a class of the parser as written in a character class
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _first_of(items) -> tuple[set[str] | None, bool]:
    """The first characters of a parsed sequence (as items of a character class; None: any character) and whether
    the sequence can match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        name = op.name
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # an anchor or a lookaround takes no character
        if name == "LITERAL":
            chars.add(re.escape(chr(av)))
            return chars, False
        if name == "IN":
            for kind, value in av:
                kind = kind.name
                if kind == "LITERAL":
                    chars.add(re.escape(chr(value)))
                elif kind == "RANGE":
                    chars.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind == "CATEGORY" and value.name in _CATEGORIES:
                    chars.add(_CATEGORIES[value.name])
                else:
                    return None, False  # a negated class, or a category written otherwise
            return chars, False
        if name in ("SUBPATTERN", "ATOMIC_GROUP", "BRANCH", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if name == "SUBPATTERN":
                alternatives, least = [av[-1]], 1
            elif name == "ATOMIC_GROUP":
                alternatives, least = [av], 1
            elif name == "BRANCH":
                alternatives, least = av[1], 1
            else:
                alternatives, least = [av[2]], av[0]
            empty = False
            for alternative in alternatives:
                first, can_be_empty = _first_of(alternative)
                if first is None:
                    return None, False
                chars |= first
                empty = empty or can_be_empty
            if least and not empty:
                return chars, False
            continue  # it can take nothing: what follows can start the match too
        return None, False  # ".", a back reference, a conditional
    return chars, True


@lru_cache(maxsize=256)
def _cached_alternation(forms: tuple, flexible_space: bool) -> str:
    return _alternation(forms, flexible_space)


@lru_cache(maxsize=None)
def mapping(name: str) -> dict[str, str]:
    """form (casefolded) -> second column."""
    return {form.casefold(): value for form, value in table(name)}
