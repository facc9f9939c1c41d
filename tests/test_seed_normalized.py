"""The user's example bulletin end to end: extraction, then normalization (extra; needs ../shared)."""

import json
from pathlib import Path

import pytest

import vnecon
from vnecon.evaluation import match

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
GOLD = Path(__file__).resolve().parent / "normalize" / "seed_facts.json"

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="the seed bulletin lives in ../shared, not on a user's machine")


@pytest.fixture(scope="module", params=["default", "rules"])
def pairs(request):
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["facts"]
    facts = vnecon.extract(text, model=request.param)
    found = match([f.to_dict() for f in facts], [g["fact"] for g in gold])
    assert len(found) == len(gold) == len(facts)
    return [(facts[p], gold[g]["expected"]) for p, g in found]


def test_every_sector_and_product_gets_its_vsic_code(pairs):
    missing = [fact.sector for fact, expected in pairs
               if "vsic" in expected and ((fact.normalized or {}).get("sector") or {}).get("code") != expected["vsic"]]
    assert not missing, missing


def test_every_period_gets_dates(pairs):
    for fact, expected in pairs:
        period = fact.normalized["period"]
        assert [period["start"], period["end"]] == expected["period"], fact.period


def test_every_money_and_freight_value_gets_base_units(pairs):
    for fact, expected in pairs:
        if expected.get("quantity"):
            q = fact.normalized["quantity"]
            assert q["value"] == pytest.approx(expected["quantity"][0]) and q["unit"] == expected["quantity"][1]
