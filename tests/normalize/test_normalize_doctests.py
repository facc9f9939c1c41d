"""The docstring examples of vnecon.normalize run as tests (STYLE.md: docstrings with doctest examples)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["vnecon.normalize", "vnecon.normalize.units", "vnecon.normalize.periods", "vnecon.normalize.places",
           "vnecon.normalize.sectors", "vnecon.normalize.indicators", "vnecon.normalize._text"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def test_import_is_cheap():
    """Importing the package reads no data file: the lexicons load on first use."""
    import subprocess
    import sys

    code = ("import vnecon.normalize, vnecon.normalize._data as d, vnecon.normalize.units as u;"
            "print(d.read_rows.cache_info().currsize, u._lexicon.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0"]
