"""QUANTITY spans: numbers with their scale word, unit, range (Vietnamese numerals, careless forms, words)."""

from __future__ import annotations

from functools import partial
from typing import Callable

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import registry

from ..grammar import find_quantities
from .common import Stateless, char_span, group, score_labels, set_group, view_of


@registry.misc("vnecon.score_quantities.v1")
def make_quantities_scorer() -> Callable:
    return partial(score_labels, labels=("QUANTITY", "CHANGE"))


class Quantities(Stateless, Pipe):
    """Adds a QUANTITY span for every number that can be a statistical value (dates, ranks, codes skipped)."""

    def __init__(self, nlp: Language, name: str = "vnecon_quantities", *, scorer: Callable | None = None) -> None:
        self.name = name
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        view = view_of(doc)
        spans = [s for s in group(doc) if s.label_ != "QUANTITY"]
        for q in find_quantities(view.norm):
            start, end = view.span(q.start, q.end)
            span = char_span(doc, start, end, "QUANTITY")
            if span is not None:
                spans.append(span)
        set_group(doc, spans)
        return doc



@Language.factory(
    "vnecon_quantities",
    assigns=["doc.spans"],
    default_config={"scorer": {"@misc": "vnecon.score_quantities.v1"}},
    default_score_weights={"vnecon_quantity_change_f": 1.0},
)
def make_quantities(nlp: Language, name: str, scorer: Callable | None) -> Quantities:
    return Quantities(nlp, name, scorer=scorer)
