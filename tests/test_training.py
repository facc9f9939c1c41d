"""How training chooses among its settings."""

import pytest

from vnecon.training import one_standard_error


@pytest.mark.parametrize("scores,n_gold,base,expected", [
    # within one standard error of the best (about 0.02 on 607 facts): the strongest regularization
    ([0.632, 0.635, 0.638, 0.635], 607, 0.593, 0),
    ([0.600, 0.635, 0.638, 0.635], 607, 0.593, 1),
    # a best far ahead of the rest is kept
    ([0.50, 0.55, 0.70, 0.60], 607, 0.40, 2),
    # no better than the rule linker: none
    ([0.58, 0.59, 0.59, 0.585], 607, 0.593, None),
    ([0.590, 0.600, 0.610, 0.600], 607, 0.595, 1),
    # the chosen one must beat the rule linker itself, not only the best of them
    ([0.594, 0.596, 0.610, 0.600], 607, 0.595, None),
    # one setting
    ([0.7], 100, 0.6, 0),
])
def test_one_standard_error(scores, n_gold, base, expected):
    assert one_standard_error(scores, n_gold, base)[0] == expected


def test_the_doctest_figure():
    assert one_standard_error([0.632, 0.635, 0.638, 0.635], 607, 0.593) == (0, 0.0195)
