"""CHANGE spans (tăng / giảm / bằng / gấp / chiếm / đóng góp X ...) and BASELINE spans (so với cùng kỳ ...)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from typing import Callable

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import registry

from ..errors import Errors
from ..grammar import BASELINE_OPENER, Quantity, find_baselines, find_changes, parse_quantity
from ..textview import nfc
from .common import Stateless, char_span, group, score_labels, set_group, view_of

# plan words and "tổng ..." are baselines only right after a comparison ("đạt 65% dự toán", "chiếm 27% tổng ...")
_LOOSE_KINDS = ("plan", "total")
_ADJACENT = re.compile(r"^[\s,]*(?:so\s+với\s+)?$", re.IGNORECASE)
# between a fronted plan and its comparison: a comma, a short subject ("so với dự toán, số thu này vượt 8,1%")
_FRONTED = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,5}?(?:thì\s+|đã\s+|chỉ\s+|mới\s+)?")
# "(cùng kỳ năm 2023 giảm 0,2%)" is a period aside, not a baseline
_ASIDE = re.compile(r"^\s*(?:cùng\s+kỳ|cùng\s+thời\s+điểm)", re.IGNORECASE)
# ... and so is "Cùng kỳ năm 2024, GRDP chỉ tăng 6,13%" opening a sentence
_OPENER = re.compile(r"(?:^|[(.;\n])\s*$")


@registry.misc("vnecon.score_comparisons.v1")
def make_comparisons_scorer() -> Callable:
    return partial(score_labels, labels=("CHANGE", "BASELINE"))


class Comparisons(Stateless, Pipe):
    """Turns QUANTITY spans that follow a comparison trigger into CHANGE spans, and adds BASELINE spans."""

    def __init__(self, nlp: Language, name: str = "vnecon_comparisons", *, scorer: Callable | None = None) -> None:
        self.name = name
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        view = view_of(doc)
        norm = view.norm
        spans = group(doc)
        quantities = []
        kept = []
        text = view.text  # the doc's text; Span.text would build it from a Token per token
        for span in spans:
            if span.label_ == "QUANTITY":
                start, end = span.start_char, span.end_char
                value, value_max, unit = parse_quantity(text[start:end])
                if value is not None:
                    quantities.append(Quantity(view.to_norm(start), view.to_norm(end), value, value_max, unit))
                    continue
            if span.label_ not in ("CHANGE", "BASELINE"):
                kept.append(span)
        changes, values = find_changes(norm, quantities)
        for q in values:
            kept.append(char_span(doc, *view.span(q.start, q.end), "QUANTITY"))
        change_ends = []
        for c in changes:
            kept.append(char_span(doc, *view.span(c.start, c.end), "CHANGE"))
            change_ends.append((c.end, c.type, c.start))
        change_ends.sort()
        change_end_positions = [end for end, _, _ in change_ends]
        for b in find_baselines(norm):
            # comparisons do not overlap one another: only the first one ending after the phrase starts can hold it
            k = bisect_right(change_end_positions, b.start)
            if k < len(change_ends) and change_ends[k][2] < b.end:
                continue  # "tăng so với cùng kỳ 5%": written inside the comparison, read from its text
            if b.kind in _LOOSE_KINDS:
                # only the nearest comparison before the phrase can be adjacent to it
                before = [change_ends[k - 1]] if k and _ADJACENT.match(norm[change_ends[k - 1][0]:b.start]) else []
                # or fronted, right before its comparison: "; so với kế hoạch bằng 98,6%"
                fronted = k < len(change_ends) and BASELINE_OPENER.match(norm, b.start) is not None and \
                    _FRONTED.fullmatch(norm, b.end, change_ends[k][2]) is not None
                if not (before or fronted) or (b.kind == "total" and not fronted and before[-1][1] != "share"):
                    continue
            if b.kind == "same_period_previous_year" and _ASIDE.match(norm[b.start:b.end]) and \
                    _OPENER.search(norm[max(0, b.start - 3):b.start]):
                continue
            kept.append(char_span(doc, *view.span(b.start, b.end), "BASELINE"))
        set_group(doc, [s for s in kept if s is not None])
        return doc



@Language.factory(
    "vnecon_comparisons",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"scorer": {"@misc": "vnecon.score_comparisons.v1"}},
    default_score_weights={"vnecon_change_baseline_f": 1.0},
)
def make_comparisons(nlp: Language, name: str, scorer: Callable | None) -> Comparisons:
    if "vnecon_quantities" not in nlp.pipe_names:
        raise ValueError(Errors.E050.format(name=name, needs="vnecon_quantities"))
    return Comparisons(nlp, name, scorer=scorer)
