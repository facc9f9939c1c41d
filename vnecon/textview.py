"""A normalized copy of the caller's text with a map back to the original offsets.

Matching happens on the copy (NFC, one tone-placement convention); every offset handed to a user is mapped back,
so spans always point into the caller's exact string.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache

# Old-style tone placement ("hoà", "thuỷ") and new-style ("hòa", "thủy") must match the same lexicon entries.
# Rewriting the tone mark onto the other vowel keeps the length, so offsets are unaffected.
_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ",
}
_BASE_TONES = {"o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_TONE = {}
for _first, _plain_tones in _BASE_TONES.items():
    _second_opts = "ae" if _first == "o" else "y"
    for _second in _second_opts:
        for i, toned_second in enumerate(_TONED[_second]):
            for upper in (False, True):
                f = _first.upper() if upper else _first
                s_old, s_new = (toned_second.upper(), _second.upper()) if upper else (toned_second, _second)
                _OLD_TONE[f + s_old] = (_plain_tones[i].upper() if upper else _plain_tones[i]) + s_new
_VOWEL_PAIR_RE = re.compile(
    "(?<![qQ])(" + "|".join(sorted(_OLD_TONE, key=len, reverse=True)) + r")(?![^\W\d_])"
)


# the syllable "kỳ" (and "kỷ", "kỹ" ...) is also spelt with an "i": "cùng kì năm trước", "kỉ lục"
_K_I = {k + i: k + y for k in "kK" for i, y in zip("ìíỉĩịÌÍỈĨỊ", "ỳýỷỹỵỲÝỶỸỴ")}
_K_I_RE = re.compile("(?<![^\\W\\d_])(" + "|".join(_K_I) + ")(?![^\\W\\d_])")


@lru_cache(maxsize=None)
def _typos() -> tuple[re.Pattern, dict[str, str]]:
    from .errors import Errors
    from .lexicon import _lines

    pairs = {}
    for number, line in _lines("typos.tsv"):
        wrong, _, right = (nfc(part.strip()) for part in line.partition("\t"))
        if not wrong or not right or len(wrong) != len(right):
            raise ValueError(Errors.E030.format(file="vnecon/lexicons/typos.tsv", line=number,
                                                detail="expected a misspelling and its spelling, of the same length, "
                                                       "tab-separated"))
        pairs[wrong] = right
        pairs[wrong[:1].upper() + wrong[1:]] = right[:1].upper() + right[1:]
    pattern = "|".join(re.escape(w) for w in sorted(pairs, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{pattern})(?![^\W\d_])"), pairs


def fix_typos(text: str) -> str:
    """The misspelt comparison words of `lexicons/typos.tsv` spelt right, keeping the length.

    >>> fix_typos("tăng 5% so vói cung kỳ, bằng 98% kê hoạch")
    'tăng 5% so với cùng kỳ, bằng 98% kế hoạch'
    """
    pattern, pairs = _typos()
    fixed = pattern.sub(lambda m: pairs[m.group()], text)
    # a second pass for overlapping misspellings: "so vói cung kỳ" is "so với" then "với cung kỳ"
    return pattern.sub(lambda m: pairs[m.group()], fixed) if fixed != text else text


def canonical_tones(text: str) -> str:
    """Rewrite old-style tone placement to the new style, and "kì" to "kỳ", keeping the length.

    >>> canonical_tones("hoà bình, thuỷ sản, quý, cùng kì")
    'hòa bình, thủy sản, quý, cùng kỳ'
    """
    text = _VOWEL_PAIR_RE.sub(lambda m: _OLD_TONE[m.group(1)], text)
    return _K_I_RE.sub(lambda m: _K_I[m.group(1)], text) if "k" in text or "K" in text else text


# zero-width and control characters (scraped pages are full of them) read as a space; same length, so no offset moves
INVISIBLE = ("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029"
             "\u202a-\u202e\u2060-\u2064\ufeff\ufffd]")  # (the parsers of grammar.py read them so too)
_INVISIBLE = re.compile(INVISIBLE)


# a footnote mark in superscript ("dự toán¹, tăng 7,76%") reads as a space too; the squares and cubes of a unit
# ("m²", "km³") stay
_FOOTNOTE_MARK = re.compile("(?<![mM])[¹²³⁰⁴-⁹]+")
# and so does a number of one or two digits in parentheses glued to the word or the "%" before it ("77.712 ha(1)
# (giảm 0,6%)", "trong nhiều tuần(1).")
_GLUED_MARK = re.compile(r"(?<=[^\W\d_]|%)\(\d{1,2}\)(?=[\s.,;:)]|$)")


# a line with two tabs or more is a table row: its tabs separate cells, read like the "|" of a flattened table; not
# in a text whose every space is a tab (no row there has a space, and no line of it either), which is no table
# (a row is a whole line: tried only at line starts, a search from every position of a long line is quadratic)
_TAB_ROW = re.compile(r"^[^\n\t]*\t[^\n\t]*\t[^\n]*", re.MULTILINE)


def _cells(m: re.Match) -> str:
    return m.group().replace("\t", "|")


# a line whose cells are aligned by runs of spaces ("Xe ô tô      nghìn chiếc      60,1      94,28"), three cells or
# more: each run reads as a cell border, kept to the same length (" |  ")
_SPACED_ROW = re.compile(r"^[^\n]*?\S(?: {3,}\S[^\n]*?){2,}$", re.MULTILINE)
_SPACE_RUN = re.compile(r"(?<=\S) {3,}(?=\S)")


def _spaced_cells(m: re.Match) -> str:
    return _SPACE_RUN.sub(lambda r: " |" + " " * (len(r.group()) - 2), m.group())


# a line whose cells are separated by " / " or " ; " (spaces on both sides, which prose does not write), three cells
# or more: each separator reads as a cell border ("Tổng thu NSNN / 7.845 / 106,2 / 112,4")
_SEPARATED_ROW = re.compile(r"^[^\n]*? (?P<sep>[/;]) [^\n]*? (?P=sep) [^\n]*$", re.MULTILINE)


def _separated_cells(m: re.Match) -> str:
    sep = m.group("sep")
    row = m.group()
    first = row.index(f" {sep} ")
    label = row.rfind(": ", 0, first)
    if label > 0:  # "Ngành khai khoáng: 108,2 / 100,1 / 93,1": the label is the first cell
        row = row[:label] + "| " + row[label + 2:]
    return row.replace(f" {sep} ", " | ")


# rows of cells run together on one line, one row after each "; ": "(tên cây | tăng/giảm | sản lượng): cà phê |
# +4,0% | 1.763,5 nghìn tấn; cao su | +1,0% | 1.226,1 nghìn tấn" reads as one row per line (same length: the space
# after ";" or ":" becomes a line break)
_RUN_ON_ROWS = re.compile(r"^[^\n|]*\|[^\n]*;[ ][^\n]*$", re.MULTILINE)


def _run_on_rows(m: re.Match) -> str:
    line = m.group()
    parts = line.split("; ")
    pipes = {p.count("|") for p in parts[1:]}
    if len(parts) < 3 or len(pipes) != 1 or 0 in pipes:
        return line
    cells = pipes.pop()
    first = parts[0]
    head = first.rfind(": ")
    if head >= 0 and first[head:].count("|") == cells and first[:head].count("|"):
        first = first[:head] + ":\n" + first[head + 2:]  # a header of cells before the colon, then the rows
    elif first.count("|") != cells:
        return line
    return ";\n".join([first] + parts[1:])


# a line wrapped in the middle of a sentence, as text taken from a PDF is ("toàn tỉnh ước tính có 3.535\ndoanh
# nghiệp"): a line that ends in a word, a number or a comma, then a line that goes on in lower case. Its break reads
# as a space (same length), unless either line is a row of cells
_WRAPPED = re.compile(r"(?<=[^\W_]|[%,])\n(?=[ \t]*[^\W\d_])")
_CELL_GAP = re.compile(r"\S {3,}\S|\t|\||\s[/;]\s")


def _unwrapped(text: str) -> str:
    def join(m: re.Match) -> str:
        nxt = m.end()
        while text[nxt] in " \t":
            nxt += 1
        if not text[nxt].islower():
            return "\n"
        ls, le = text.rfind("\n", 0, m.start()) + 1, text.find("\n", nxt)
        if _CELL_GAP.search(text, ls, m.start()) or _CELL_GAP.search(text, nxt, le if le >= 0 else len(text)):
            return "\n"
        return " "

    return _WRAPPED.sub(join, text)


# a table copied from a PDF with one space between its cells: rows that end in two figures or more ("Sản lượng lúa
# nghìn tấn 638,8 101,1 -") under a header whose columns open with a capitalized word of a column ("Chỉ tiêu Đơn vị
# tính Ước tính năm 2023 So với cùng kỳ năm 2022 (%) So với KH năm (%)"). Where the header splits into as many
# columns as the rows have cells, the spaces between cells read as "|" (same length); otherwise nothing changes
# (rows are short lines: a long line is tried no further, whatever figures it ends with)
_FIGURE_CELL = r"(?:[+\-−–]?\d[\d.,]*|[-–])"
_SPACE_ROW = re.compile(rf"(?P<label>[^\n|\t]*?[^\W\d_][^\n|\t]*?)(?P<cells>(?: {_FIGURE_CELL}){{2,}})[ ]*")
_UNIT_HEAD = re.compile(r"(?<![^\W\d_])(?:Đơn vị tính|Đơn vị|ĐVT)(?![^\W\d_])")
_COLUMN_OPENER = re.compile(r"(?<=\s)(?:(?:Ước|Thực|Kế|Dự|So|Tỷ|Tỉ|Tăng|Giảm|Năm|Tháng|Quý|Lũy|Cộng|Cùng|Chính|Sơ)"
                            r"(?![^\W\d_])|\d{1,2}\s+tháng(?![^\W\d_]))")


def _space_tables(text: str) -> str:
    # the rows: short lines that end in a figure or a dash (tried first: prose lines end in a word or a stop)
    rows = []  # (line start, match)
    pos = 0
    for line in text.split("\n"):
        end = line.rstrip(" ")
        if end[-1:].isdigit() or end[-1:] in ("-", "–"):
            if len(line) <= 300 and (m := _SPACE_ROW.fullmatch(line)) is not None:
                rows.append((pos, m))
        pos += len(line) + 1
    if len(rows) < 2:
        return text
    out = list(text)
    k = 0
    while k < len(rows):
        # a block: consecutive lines that are rows with the same number of cells
        block = [rows[k]]
        width = block[0][1].group("cells").count(" ")
        while k + len(block) < len(rows):
            start, m = rows[k + len(block)]
            last_start, last = block[-1]
            if start != last_start + len(last.string) + 1 or m.group("cells").count(" ") != width:
                break
            block.append(rows[k + len(block)])
        k += len(block)
        head_end = block[0][0] - 1
        if len(block) < 2 or head_end < 0:
            continue
        borders = _header_borders(text, text.rfind("\n", 0, head_end) + 1, head_end, width)
        if borders is None:
            continue
        for b in borders[0]:
            out[b] = "|"
        for start, row in block:
            cells = start + row.start("cells")
            for m in re.finditer(" ", row.group("cells")):
                out[cells + m.start()] = "|"
            if borders[1]:
                unit = _unit_suffix(row.group("label"))
                if unit is not None:
                    out[start + len(row.group("label")) - len(unit) - 1] = "|"
    return "".join(out)


def _header_borders(text: str, start: int, end: int, width: int) -> tuple[list[int], bool] | None:
    """The positions of the spaces that open the header's columns (label, [unit,] one per figure cell), or None
    when the header does not split into that many."""
    line = text[start:end]
    if not line.strip() or re.search(r"\d[\d.,]*\s*$", line) or "|" in line or "\t" in line:
        return None
    unit = _UNIT_HEAD.search(line)
    after = unit.end() if unit else 0
    opens = [m.start() - 1 for m in _COLUMN_OPENER.finditer(line, after)]
    if len(opens) != width:
        return None
    borders = ([start + unit.start() - 1] if unit else []) + [start + p for p in opens]
    if unit is not None and (unit.start() == 0 or line[unit.start() - 1] != " "):
        return None
    if any(text[b] != " " for b in borders):
        return None
    return borders, unit is not None


def _unit_suffix(label: str) -> str | None:
    """The unit a row's label ends with ("GRDP bình quân đầu người triệu đồng/người" -> "triệu đồng/người")."""
    from .grammar import whole_unit

    words = label.split(" ")
    for n in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:])
        if whole_unit(tail) is not None:
            return tail
    return None


def _blank_invisibles(text: str) -> str:
    if "\n" in text:
        text = _unwrapped(text)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub(" ", text)
    if "\t" in text and " " in text:
        # ("Nga\t457.316\t138,3", a row of one-word cells, is a row like the others of its table)
        text = _TAB_ROW.sub(_cells, text)
    if "   " in text:
        text = _SPACED_ROW.sub(_spaced_cells, text)
    if " / " in text or " ; " in text:
        text = _SEPARATED_ROW.sub(_separated_cells, text)
    if "\n" in text:
        text = _space_tables(text)
    if "||" in text:
        text = text.replace("||", "| ")  # a doubled cell border ("a) Hoa Kỳ || 338,2 || 35,9") is one border
    if "|" in text and "; " in text:
        text = _RUN_ON_ROWS.sub(_run_on_rows, text)
    if "(" in text:
        text = _GLUED_MARK.sub(_blank, text)
    return _FOOTNOTE_MARK.sub(" ", text) if _FOOTNOTE_MARK.search(text) else text


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _clusters_to_normalize(text: str) -> re.Pattern:
    """A pattern for the clusters of `text` that NFC may change: a character with combining marks after it, or a
    character that NFC alone rewrites (built from the distinct characters of the text)."""
    chars = set(text)
    marks = "".join(sorted(c for c in chars if unicodedata.combining(c)))
    rewritten = "".join(sorted(c for c in chars if unicodedata.normalize("NFC", c) != c))
    return _cluster_pattern(marks, rewritten)


@lru_cache(maxsize=64)
def _cluster_pattern(marks: str, rewritten: str) -> re.Pattern:
    branches = []
    if marks:
        branches.append(f"[\\s\\S][{re.escape(marks)}]+")
    if rewritten:
        branches.append(f"[{re.escape(rewritten)}]")
    return re.compile("|".join(branches) or "(?!)")


class TextView:
    """`norm` is the NFC, tone-canonical copy of `text`; `orig(i)` maps an offset in `norm` back to `text`."""

    __slots__ = ("text", "norm", "_map")

    def __init__(self, text: str) -> None:
        self.text = text
        if unicodedata.is_normalized("NFC", text):
            # spelt(text), without normalizing an NFC text again
            self.norm = _blank_invisibles(fix_typos(canonical_tones(text)))
            self._map = None
            return
        # each cluster (a character and the combining marks after it) is normalized on its own; only those with a
        # mark, or a character that NFC changes, need it: the rest is copied as it is, a run at a time
        pieces: list[str] = []
        offsets = array("q")
        pos, n = 0, len(text)
        for m in _clusters_to_normalize(text).finditer(text):
            i, j = m.span()
            if pos < i:
                pieces.append(text[pos:i])
                offsets.extend(range(pos, i))
            cluster = unicodedata.normalize("NFC", text[i:j])
            pieces.append(cluster)
            # every character of the normalized cluster maps to the cluster's start
            offsets.extend([i] * len(cluster))
            pos = j
        pieces.append(text[pos:])
        offsets.extend(range(pos, n))
        offsets.append(n)
        self.norm = _blank_invisibles(fix_typos(canonical_tones("".join(pieces))))
        self._map = offsets

    def orig(self, i: int) -> int:
        """Offset in the original text of position `i` of `norm` (a start or an end)."""
        if self._map is None:
            return i
        if i >= len(self.norm):
            return len(self.text)
        # an end offset that falls inside a cluster maps to the cluster's end
        return self._map[i]

    def orig_end(self, i: int) -> int:
        """Original offset for an exclusive end position `i` of `norm`."""
        if self._map is None:
            return i
        if i >= len(self.norm):
            return len(self.text)
        return self._map[i] if i == 0 or self._map[i] != self._map[i - 1] else self._next_start(i)

    def _next_start(self, i: int) -> int:
        start = self._map[i]
        while i < len(self.norm) and self._map[i] == start:
            i += 1
        return self._map[i] if i < len(self.norm) else len(self.text)

    def to_norm(self, i: int) -> int:
        """Position in `norm` of original offset `i` (the first normalized character of its cluster)."""
        if self._map is None:
            return i
        return bisect_left(self._map, i, 0, len(self.norm))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """`(orig(start), orig_end(end))`, in one call: the components map every span they make."""
        m = self._map
        if m is None:
            return start, end
        n = len(self.norm)
        s = len(self.text) if start >= n else m[start]
        if end >= n:
            return s, len(self.text)
        return s, (m[end] if end == 0 or m[end] != m[end - 1] else self._next_start(end))


def nfc(text: str) -> str:
    """NFC with canonical tone placement: the form lexicons and gold strings are compared in."""
    if len(text) <= 64:  # words and span texts recur (a new word's lexical features ask for it four times)
        return _nfc_short(text)
    return canonical_tones(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=16384)
def _nfc_short(text: str) -> str:
    return canonical_tones(unicodedata.normalize("NFC", text))


def spelt(text: str) -> str:
    """`nfc(text)` as the text view spells it: with the misspelt comparison words of `lexicons/typos.tsv` spelt right
    (the same length), so that a phrase compares with the view's text ("so vói cùng kỳ" with "so với cùng kỳ")."""
    return fix_typos(nfc(text))
