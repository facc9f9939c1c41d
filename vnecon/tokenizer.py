"""The Vietnamese tokenizer: underthesea word segmentation into a spaCy Doc whose text is the caller's text.

Numbers, percents, dates, compound units (tấn.km) and abbreviations (TP.HCM) are kept whole before the
segmenter sees anything, and only letter syllables separated by a single space may be joined into words, so a
number is never glued to a scale word and no word crosses a sentence end.
"""

from __future__ import annotations

from functools import lru_cache

import re
from typing import Callable, Iterable

import numpy
import srsly
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .numbers import NUMBER_PATTERN
from .pipeline.common import remember_view
from .segmenter import tag_sequences
from .textview import TextView, nfc

_ATOM_RE = re.compile(
    r"(?P<abbr>TP\.\s?HCM|Tp\.\s?HCM|TP\.|Tp\.|v\.v\.?|[A-ZĐ]{1,4}(?:\.[A-ZĐ]{1,4})+)(?![^\W\d_])"
    r"|(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4})"
    r"|(?P<unit>[^\W\d_]+\.km(?![^\W\d_]))"
    rf"|(?P<num>{NUMBER_PATTERN})"
    r"|(?P<word>[^\W\d_][^\W\d_\u0300-\u036f]*(?:[\u0300-\u036f]+[^\W\d_]*)*)"
    r"|(?P<other>[^\s])",
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENT_END = {".", "!", "?", "…"}
# a short capitalized abbreviation whose dot ends no sentence when the next word is glued to it ("Tr.USD", "TP.HCM")
_ABBREVIATION = re.compile(r"[A-ZĐ][A-Za-zđ]?")
# a paragraph this long is segmented in pieces so that one huge line does not make one huge CRF sequence
_MAX_SEQUENCE = 2000


def _add_whitespace(gap: str, words: list, spaces: list, norms: list, starts: list) -> bool:
    """Whitespace between tokens: one plain space becomes the previous token's trailing space, the rest a token of
    its own (spaCy's convention). True when the gap holds a line break."""
    if not gap:
        return False
    if words and gap[0] == " " and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        norms.append(gap)
        starts.append(False)
    return "\n" in gap


@lru_cache(maxsize=None)
def _unglue_sets() -> tuple[frozenset, frozenset, frozenset]:
    from .lexicon import words
    from .segmenter import dictionary

    return (frozenset(w.casefold() for w in words("unglued.txt")), dictionary(),
            frozenset(w.casefold() for w in words("verb_glued.txt")))


# the gaps between two syllables of one word: a plain space, and also a no-break, thin or narrow space, a tab, or
# a few of them ("Tổng\u00a0thu", "Tổng  thu" are the same word as "Tổng thu")
_JOINABLE = re.compile(r"[ \u00a0\u2009\u202f\t]{1,3}")
_ODD_SPACE = re.compile(r"[\u00a0\u2009\u202f\t]| {2,}")


def _one_space(word: str) -> str:
    """A word as the model and the dictionary see it: any gap inside it written as one plain space."""
    return re.sub(r"\s+", " ", word) if _ODD_SPACE.search(word) else word


@lru_cache(maxsize=65536)
def _token_norm(norm: str) -> str:
    """A token's NORM: its normalized text with one plain space for any gap, lower case (the same words recur)."""
    return _one_space(norm).lower()


def _unglued(norm: str, start: int, s: int, e: int) -> bool:
    """Whether the syllable norm[s:e] is a statement verb the CRF glued to the word that starts at `start`
    ("GDP ước"), and the glued word is not a word of underthesea's dictionary, or is one a statement verb follows
    ("công ước đạt")."""
    verbs, dictionary, verb_glued = _unglue_sets()
    if norm[s:e].casefold() not in verbs:
        return False
    glued = _one_space(norm[start:e]).casefold()
    return glued not in dictionary or (glued in verb_glued and _STATEMENT_NEXT.match(norm, e) is not None)


_STATEMENT_NEXT = re.compile(r"\s+(?:đạt|tính|thực\s+hiện|giải\s+ngân|khoảng)(?![^\W\d_])", re.IGNORECASE)


def _canonical_lexical_features(vocab: Vocab) -> None:
    """Compute the lexical features a trained model reads (prefix, suffix, shape, lower case) from the NFC,
    tone-canonical form of each word, so "hoạt động" typed with combining marks, or "hoà" for "hòa", looks the
    same to the model as the usual spelling. The token texts themselves stay exactly as the caller wrote them."""
    from spacy.attrs import LOWER, PREFIX, SHAPE, SUFFIX
    from spacy.lang.lex_attrs import word_shape

    getters = dict(vocab.lex_attr_getters or {})
    getters.update({
        LOWER: lambda s: _one_space(nfc(s)).lower(),
        PREFIX: lambda s: nfc(s)[:1],
        SUFFIX: lambda s: _one_space(nfc(s))[-3:],
        SHAPE: lambda s: word_shape(_one_space(nfc(s))),
    })
    vocab.lex_attr_getters = getters


def _sequences(norm: str, atoms: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The atoms cut into sequences for the CRF: up to a newline, or a bounded length."""
    out = []
    start = 0
    n = len(atoms)
    find = norm.find
    while start < n:
        end = start + 1
        limit = min(n, start + _MAX_SEQUENCE)
        while end < limit and find("\n", atoms[end - 1][1], atoms[end][0]) < 0:
            end += 1
        out.append(atoms[start:end])
        start = end
    return out


class VietnameseTokenizer:
    """Callable text -> Doc. `segment=False` keeps one token per syllable (no CRF), for speed or debugging."""

    def __init__(self, vocab: Vocab, segment: bool = True) -> None:
        self.vocab = vocab
        self.segment = segment
        _canonical_lexical_features(vocab)

    def __call__(self, text: str) -> Doc:
        if _SURROGATE.search(text):
            # spaCy cannot store a lone surrogate (it hashes strings as UTF-8): the only characters a Doc cannot
            # keep. Each becomes U+FFFD, one character for one, so every offset still points into the caller's text.
            text = _SURROGATE.sub("\ufffd", text)
        view = TextView(text)
        atoms: list[tuple[int, int, str]] = [(m.start(), m.end(), m.lastgroup) for m in _ATOM_RE.finditer(view.norm)]
        if self.segment:
            atoms = self._join_words(view.norm, atoms)
        doc = self._make_doc(text, view, atoms)
        remember_view(doc, view)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def _join_words(self, norm: str, atoms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        chunks = _sequences(norm, atoms)
        out: list[tuple[int, int, str]] = []
        for chunk, tags in zip(chunks, tag_sequences([[norm[s:e] for s, e, _ in chunk] for chunk in chunks])):
            for (s, e, kind), tag in zip(chunk, tags):
                if tag == "I-W" and kind == "word" and out:
                    last = out[-1]
                    if last[2] == "word" and (s == last[1] + 1 and norm[last[1]] == " " or
                                              _JOINABLE.fullmatch(norm, last[1], s)) and \
                            not _unglued(norm, last[0], s, e):
                        out[-1] = (last[0], e, "word")
                        continue
                out.append((s, e, kind))
        return out

    def _make_doc(self, text: str, view: TextView, atoms: list[tuple[int, int, str]]) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[str] = []
        starts: list[bool] = []
        norm_text = view.norm
        span = None if view._map is None else view.span  # NFC text: offsets are the caller's already
        pos = 0
        sent_start = True
        last_end = 0  # where the last word ends in the normalized text
        for s_norm, e_norm, kind in atoms:
            s, e = (s_norm, e_norm) if span is None else span(s_norm, e_norm)
            if s < pos:
                # a stray mark normalized into the previous cluster: it belongs to the previous token
                if words and e > pos:
                    words[-1] = text[pos - len(words[-1]):e]
                    pos = e
                continue
            if s > pos:
                if s == pos + 1 and text[pos] == " " and words and not spaces[-1]:
                    spaces[-1] = True  # the usual gap: one plain space
                elif _add_whitespace(text[pos:s], words, spaces, norms, starts) and "\n" in norm_text[last_end:s_norm]:
                    sent_start = "line"  # (a line wrapped in the middle of a sentence reads as a space: TextView)
            words.append(text[s:e])
            spaces.append(False)
            norm = norm_text[s_norm:e_norm]
            norms.append(_token_norm(norm))
            # "..." does not open a sentence at each dot, and "...) thông qua" is no sentence start at all:
            # after a full stop only a capitalized word or a number opens one (a newline always does)
            if sent_start:
                starts.append(sent_start == "line" or (kind != "other" and not norm[:1].islower()))
            else:
                starts.append(False)
            sent_start = kind == "other" and norm in _SENT_END and not (
                # the dot of an abbreviation glued to the word after it: "2.304,3 Tr.USD"
                norm == "." and len(words) > 1 and not spaces[-2] and _ABBREVIATION.fullmatch(words[-2]) is not None
                and norm_text[e_norm:e_norm + 1].isalpha())
            last_end = e_norm
            pos = e
        _add_whitespace(text[pos:], words, spaces, norms, starts)
        if starts:
            starts[0] = True
        # sentence starts go in with the words: setting them token by token re-checks the whole doc each time
        doc = Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)
        if words:
            # one array write instead of a Token object per word
            add = self.vocab.strings.add
            doc.from_array([NORM], numpy.array([add(norm) for norm in norms], dtype="uint64").reshape(-1, 1))
        return doc

    # serialization: the tokenizer has settings, no weights
    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps({"segment": self.segment})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "VietnameseTokenizer":
        self.segment = bool(srsly.msgpack_loads(data).get("segment", True))
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"segment": self.segment})

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()) -> "VietnameseTokenizer":
        from pathlib import Path

        cfg = Path(path) / "cfg"
        if cfg.exists():
            self.segment = bool(srsly.read_json(cfg).get("segment", True))
        return self

    def __reduce__(self):
        return (VietnameseTokenizer, (self.vocab, self.segment))


@registry.tokenizers("vnecon.tokenizer.v1")
def create_tokenizer(segment: bool = True) -> Callable[..., VietnameseTokenizer]:
    def make(nlp) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab, segment=segment)

    return make
