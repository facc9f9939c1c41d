"""The spaCy components of vnecon, one module each: quantities, comparisons, subjects, linker."""

from .common import SPANS_KEY, ensure_extensions

__all__ = ["SPANS_KEY", "ensure_extensions"]
