"""Adds the `normalized` object to each fact: base units, dates, GSO place codes, VSIC codes, indicator ids."""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..errors import Errors
from .common import Stateless, ensure_extensions, view_of

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class Normalizer(Stateless, Pipe):
    """Links each fact in `doc._.facts` to standard codes and base units (vnecon.normalize)."""

    def __init__(self, nlp: Language, name: str = "vnecon_normalizer") -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from ..normalize import infer_document_year, normalize_fact

        facts = doc._.facts or []
        if not facts:
            return doc
        defaults = doc._.vnecon_defaults or {}
        periods = [f.period for f in facts if f.period] + ([defaults["period"]] if defaults.get("period") else [])
        year = infer_document_year(periods)
        if year is None:
            years = _YEAR.findall(view_of(doc).text[:2000])
            year = int(years[0]) if years else None
        out = []
        for fact in facts:
            try:
                normalized = normalize_fact(fact.to_dict(), default_year=year,
                                            reference_period=defaults.get("period"))
            except ValueError:
                normalized = None  # a fact the normalizer cannot read keeps its surface form
            out.append(dataclasses.replace(fact, normalized=normalized))
        doc._.facts = out
        return doc



@Language.factory("vnecon_normalizer", assigns=["doc._.facts"], requires=["doc._.facts"], default_config={})
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    if "vnecon_linker" not in nlp.pipe_names:
        raise ValueError(Errors.E050.format(name=name, needs="vnecon_linker"))
    return Normalizer(nlp, name)
