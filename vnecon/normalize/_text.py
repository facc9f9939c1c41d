"""Matching keys for Vietnamese names: case-, Unicode-form- and tone-placement-insensitive.

The keys are for lookups only; the user's text is never rewritten (STYLE.md, "text is sacred").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The five tone marks as combining characters. Vowel-quality marks (circumflex, breve, horn) are not
# tones and stay part of the letter.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_WORD_RE = re.compile(r"[^\W_]+")
# Old and new spelling differ in "i"/"y" after an onset consonant (quý/quí, kỹ/kĩ, tỷ/tỉ, lý/lí).
_Y_AS_I_RE = re.compile(r"^(b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$")


@lru_cache(maxsize=65536)
def syllable_key(word: str) -> str:
    """Key of one written word: lower case, tone moved to a trailing digit, "y" after an onset read as "i".

    Both "hoà" and "hòa" (old and new tone placement), in NFC or NFD, give the same key.

    >>> syllable_key("Hoà") == syllable_key("hòa") == syllable_key("ho\\u0300a")
    True
    >>> syllable_key("thuỷ") == syllable_key("thủy"), syllable_key("quý") == syllable_key("quí")
    (True, True)
    >>> syllable_key("hoa") == syllable_key("hòa")
    False
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept))
    base = _Y_AS_I_RE.sub(lambda m: m.group(1) + "i", base)
    return base + tone


def canon(text: str) -> str:
    """`text` with every word replaced by its key and all other characters kept (for unit strings).

    >>> canon("Tấn.km") == canon("tấn.km")
    True
    """
    return _WORD_RE.sub(lambda m: syllable_key(m.group(0)), unicodedata.normalize("NFC", text))


@lru_cache(maxsize=16384)  # a subject phrase is looked up by the linker's features, then linked by the normalizer
def tokens(text: str) -> tuple[str, ...]:
    """Word keys of `text`; punctuation separates words and is dropped.

    >>> tokens("CN chế biến, chế tạo") == tokens("cn che\\u0302\\u0301 bie\\u0302\\u0301n che\\u0302\\u0301 ta\\u0323o")
    True
    """
    return tuple(syllable_key(w) for w in _WORD_RE.findall(unicodedata.normalize("NFC", text)))


def key(text: str) -> str:
    """One lookup string for a name: its word keys joined by single spaces.

    >>> key("Bà Rịa-Vũng Tàu") == key("Bà Rịa - Vũng Tàu")
    True
    """
    return " ".join(tokens(text))


def strip_prefixes(toks: tuple[str, ...], prefixes: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Drop leading word sequences from `prefixes`, repeatedly, keeping at least one word."""
    changed = True
    while changed:
        changed = False
        for p in prefixes:
            if len(toks) > len(p) and toks[: len(p)] == p:
                toks = toks[len(p):]
                changed = True
    return toks


def contains_seq(haystack: tuple[str, ...], needle: tuple[str, ...]) -> int:
    """Index of the first occurrence of `needle` as a contiguous run in `haystack`, or -1.

    >>> contains_seq(("a", "b", "c"), ("b", "c")), contains_seq(("a", "b"), ("c",))
    (1, -1)
    """
    n = len(needle)
    if n == 0 or n > len(haystack):
        return -1
    first = needle[0]
    for i in range(len(haystack) - n + 1):
        if haystack[i] == first and haystack[i:i + n] == needle:
            return i
    return -1


class ScalarRecord:
    """`to_dict` for frozen dataclasses whose fields are all scalars: what `dataclasses.asdict` returns, without
    its recursive deep copy (it runs for every fact)."""

    __slots__ = ()

    def to_dict(self) -> dict:
        """JSON-ready dict of the fields."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}
