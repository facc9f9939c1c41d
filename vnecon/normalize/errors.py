"""Errors of vnecon.normalize: the codes (N001 ...) are in vnecon/errors.py with all the others."""

from __future__ import annotations

from ..errors import Errors  # noqa: F401  (re-exported: the normalize modules format their messages with it)


class NormalizeError(ValueError):
    """Raised for input that normalization cannot read; the message starts with its code."""
