"""The seed bulletin of shared/ (skipped when shared/ is absent): every industry and product in it gets its VSIC code.

The sector phrases are read out of the bulletin's lists here, not copied, so a phrase the table below does not
cover fails the test instead of being skipped. The bulletin is not in NFC; the phrases are linked as they stand
in it (with its no-break spaces).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

from vnecon.normalize import link_indicator, link_sector

REPO = Path(__file__).resolve().parents[2]
# shared/ lies beside the repository (locally and in CI); VNECON_SHARED may point elsewhere.
SHARED = next((p for p in (Path(os.environ.get("VNECON_SHARED", "/nonexistent")), REPO.parent / "shared")
               if (p / "seeds").is_dir()), None)
SEED_PATH = SHARED / "seeds" / "000_c74334df274a5802.txt" if SHARED else None
AVAILABLE = SEED_PATH is not None and SEED_PATH.is_file()
pytestmark = pytest.mark.skipif(not AVAILABLE, reason="shared/seeds is not available")

# Every sector, industry, product and ownership group the seed bulletin names, with its code.
EXPECTED = {
    "ngành công nghiệp chế biến, chế tạo": ("VSIC2018", "C"),
    "ngành sản xuất, phân phối điện": ("VSIC2018", "D"),
    "ngành cung cấp nước, xử lý rác thải, nước thải": ("VSIC2018", "E"),
    "sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính": ("VSIC2018", "2620"),
    "sản xuất máy nông nghiệp và lâm nghiệp": ("VSIC2018", "2821"),
    "sản xuất giấy và bìa nhăn, bao bì từ giấy": ("VSIC2018", "1702"),
    "sản xuất đồ chơi, trò chơi": ("VSIC2018", "3240"),
    "sản xuất xe có động cơ": ("VSIC2018", "2910"),
    "sản xuất dao kéo, dụng cụ cầm tay và đồ kim loại thông dụng": ("VSIC2018", "2593"),
    "thiết bị ngoại vi của máy vi tính": ("VSIC2018", "2620"),
    "máy tính xách tay": ("VSIC2018", "2620"),
    "máy cắt cỏ": ("VSIC2018", "2821"),
    "tủ lạnh": ("VSIC2018", "2750"),
    "màn hình oled tivi": ("VSIC2018", "2640"),
    "khối cảng thuộc kinh tế Nhà nước": ("ownership", "state"),
    "Các cảng thuộc khu vực kinh tế ngoài nhà nước": ("ownership", "non_state"),
}
# Breakdown items that are indicators, not sectors ("Trong đó, doanh thu hoạt động bán lẻ 8 tháng ước đạt ...").
INDICATOR_ITEMS = {"doanh thu hoạt động bán lẻ 8 tháng ước": "retail_sales_goods"}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _bulletin() -> str:
    assert SEED_PATH is not None
    return SEED_PATH.read_text(encoding="utf-8")


def _listed_sectors(text: str) -> list[str]:
    """Names in the bulletin's breakdown lists: "Trong đó, A tăng x%, B tăng y%", "như: A tăng x%; B ...",
    "như: A sản xuất đạt ...; B ..." and "Trong đó, A đạt ...; B đạt ...". Commas inside a name stay."""
    names: list[str] = []
    for m in re.finditer(r"(?:Trong đó,|như:)(.*?)(?:\.\s|\.$|…\s*$|\n)", text, flags=re.DOTALL | re.MULTILINE):
        body = m.group(1)
        items = re.split(r"(?:tăng|đạt)\s+[\d.,]+\s*%[^;,]*[;,]?|;", body)
        for item in items:
            item = re.split(r"\s+(?:sản xuất đạt|đạt|tăng)\s", item.strip(" ,;.…"))[0].strip(" ,;.…")
            if item and not re.match(r"^(so với|cùng kỳ|\d)", item):
                names.append(item)
    return names


def test_the_lists_are_read_completely():
    assert sorted({_nfc(n) for n in _listed_sectors(_bulletin())}) == sorted([*EXPECTED, *INDICATOR_ITEMS])


@pytest.mark.parametrize("phrase", _listed_sectors(_bulletin()) if AVAILABLE else [], ids=_nfc)
def test_seed_sector_codes(phrase):
    if _nfc(phrase) in INDICATOR_ITEMS:
        assert link_sector(phrase) is None
        assert link_indicator(phrase, unit="tỷ đồng").id == INDICATOR_ITEMS[_nfc(phrase)]
        return
    link = link_sector(phrase)  # as written in the bulletin, not NFC
    assert link is not None and (link.scheme, link.code) == EXPECTED[_nfc(phrase)]


def test_hand_written_seed_facts_quote_the_bulletin():
    """tests/normalize/seed_facts.json (used without shared/) writes its strings as the bulletin does."""
    text = re.sub(r"\s+", " ", _nfc(_bulletin()))  # the bulletin has no-break and doubled spaces
    seed = json.loads((Path(__file__).parent / "seed_facts.json").read_text(encoding="utf-8"))
    for item in seed["facts"]:
        for key in ("indicator", "sector", "location", "period"):
            value = item["fact"][key]
            assert value is None or value.lower() in text.lower(), (key, value)
