"""vnecon: statistical facts from Vietnamese economic text.

>>> import vnecon
>>> facts = vnecon.extract("Kim ngạch xuất khẩu ước đạt 35,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước.")
>>> facts[0].value, facts[0].unit, facts[0].changes[0].value
(35.2, 'tỷ USD', 12.5)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("vnecon")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+source"

from .fact import Change, Fact


def extract(text, *, location=None, period=None, model="default"):
    """Facts of one text, in text order. Never raises on a `str`; a non-`str` raises TypeError."""
    from .api import extract as _extract

    return _extract(text, location=location, period=period, model=model)


def extract_many(texts, *, batch_size=64, n_process=1, model="default"):
    """Stream one list of facts per text, in input order, the same facts as extract() gives each. `batch_size`
    texts go through the pipeline together (the entity recognizer reads them in batches, which is faster than one
    by one); with `n_process` > 1 each batch is shared among that many worker processes."""
    from .api import extract_many as _extract_many

    return _extract_many(texts, batch_size=batch_size, n_process=n_process, model=model)


def load(name="default"):
    """The spaCy Language behind extract(): "default" (trained), "rules", or a model directory."""
    from .api import load as _load

    return _load(name)


def to_frame(facts, *, doc_ids=None):
    """A pandas DataFrame with one row per fact and the normalized columns (pandas is an optional extra)."""
    from .frame import to_frame as _to_frame

    return _to_frame(facts, doc_ids=doc_ids)


__all__ = ["extract", "extract_many", "load", "to_frame", "Fact", "Change", "__version__"]
