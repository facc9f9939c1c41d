"""What the components share: the span group they write to, the Doc extensions, and the normalized view."""

from __future__ import annotations

import weakref
from typing import Iterable

from spacy.tokens import Doc, Span
from spacy.training import Example

from ..textview import TextView

SPANS_KEY = "vnecon"
LABELS = ("QUANTITY", "CHANGE", "BASELINE", "INDICATOR", "SECTOR", "LOCATION", "PERIOD")


class Stateless:
    """Serialization for a component whose behaviour is all in code and lexicons: it writes an empty cfg, so a
    saved pipeline has a directory per component, and reads nothing back."""

    def to_disk(self, path, *, exclude=tuple()) -> None:
        from pathlib import Path

        import srsly

        Path(path).mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "cfg", {})

    def from_disk(self, path, *, exclude=tuple()):
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        import srsly

        return srsly.msgpack_dumps({})

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        return self


def ensure_extensions() -> None:
    """Create the Doc extensions once, lazily (never force=True at import time)."""
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    if not Doc.has_extension("vnecon_defaults"):
        Doc.set_extension("vnecon_defaults", default=None)


# One TextView per Doc, shared by the components: a Doc's text never changes, and `doc.text` rebuilds the string
# from every token on each access. Weak keys, so nothing outlives its Doc and nothing lands in doc.user_data
# (which is serialized with the Doc).
_views: "weakref.WeakKeyDictionary[Doc, TextView]" = weakref.WeakKeyDictionary()


def view_of(doc: Doc) -> TextView:
    view = _views.get(doc)
    if view is None:
        view = _views[doc] = TextView(doc.text)
    return view


def remember_view(doc: Doc, view: TextView) -> None:
    """Record the view the tokenizer already made of `doc`'s text (`view.text` must be exactly `doc.text`)."""
    _views[doc] = view


def group(doc: Doc) -> list[Span]:
    if SPANS_KEY not in doc.spans:
        doc.spans[SPANS_KEY] = []
    return list(doc.spans[SPANS_KEY])


def set_group(doc: Doc, spans: Iterable[Span]) -> None:
    doc.spans[SPANS_KEY] = sorted(spans, key=lambda s: (s.start_char, s.end_char, s.label_))


def char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """A span over the tokens that cover [start, end) of the caller's text."""
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def score_labels(examples: Iterable[Example], labels: Iterable[str], **_) -> dict:
    """Precision, recall and F1 of the spans with these labels, by exact character offsets."""
    labels = tuple(labels)
    tp = fp = fn = 0
    per: dict[str, list[int]] = {label: [0, 0, 0] for label in labels}
    for eg in examples:
        gold = {(s.start_char, s.end_char, s.label_) for s in eg.reference.spans.get(SPANS_KEY, []) if s.label_ in labels}
        pred = {(s.start_char, s.end_char, s.label_) for s in eg.predicted.spans.get(SPANS_KEY, []) if s.label_ in labels}
        for key in pred & gold:
            per[key[2]][0] += 1
        for key in pred - gold:
            per[key[2]][1] += 1
        for key in gold - pred:
            per[key[2]][2] += 1
    out: dict = {}
    per_type = {}
    for label, (t, f_p, f_n) in per.items():
        tp, fp, fn = tp + t, fp + f_p, fn + f_n
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        per_type[label] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    prefix = "vnecon_" + "_".join(label.lower() for label in labels)
    out[f"{prefix}_p"], out[f"{prefix}_r"] = p, r
    out[f"{prefix}_f"] = 2 * p * r / (p + r) if p + r else 0.0
    out[f"{prefix}_per_type"] = per_type
    return out
