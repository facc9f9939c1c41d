"""vnecon.normalize.sectors: sector / product / ownership texts -> VSIC 2018 codes and groups."""

from __future__ import annotations

import pytest

from vnecon.normalize import link_sector
from vnecon.normalize.sectors import MIN_CONFIDENCE

# (text as a bulletin writes it, expected VSIC code); shortened and rephrased forms of official names
VSIC = [
    ("ngành công nghiệp chế biến, chế tạo", "C"),
    ("CN chế biến, chế tạo", "C"),
    ("công nghiệp chế biến chế tạo", "C"),
    ("Công nghiệp chế biến, chế tạo", "C"),
    ("các ngành công nghiệp chế biến, chế tạo", "C"),
    ("công nghiệp chế biến, chế tạo khác", "32"),
    ("sản xuất, phân phối điện", "D"),
    ("ngành sản xuất, phân phối điện", "D"),
    ("ngành sản xuất và phân phối điện, khí đốt...", "D"),
    ("sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí", "D"),
    ("SX và phân phối điện", "D"),
    ("cung cấp nước, xử lý rác thải, nước thải", "E"),
    ("ngành cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải", "E"),
    ("khai khoáng", "B"),
    ("ngành khai khoáng", "B"),
    ("công nghiệp khai khoáng", "B"),
    ("sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính", "2620"),
    ("sản xuất máy nông nghiệp và lâm nghiệp", "2821"),
    ("sản xuất giấy và bìa nhăn, bao bì từ giấy", "1702"),
    ("sản xuất đồ chơi, trò chơi", "3240"),
    ("sản xuất xe có động cơ", "2910"),
    ("sản xuất dao kéo, dụng cụ cầm tay và đồ kim loại thông dụng", "2593"),
    ("sản xuất trang phục", "14"),
    ("ngành dệt", "13"),
    ("sản xuất đồ uống", "11"),
    ("SX kim loại", "24"),
    ("sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học", "26"),
    ("sản xuất hoá chất và sản phẩm hoá chất", "20"),
    ("sản xuất hóa chất và sản phẩm hóa chất", "20"),
    ("sản xuất, chế biến thực phẩm", "10"),
    ("khai thác dầu thô và khí đốt tự nhiên", "06"),
    ("xây dựng", "F"),
    ("dịch vụ lưu trú và ăn uống", "I"),
    ("vận tải, kho bãi", "H"),
    ("nông, lâm nghiệp và thủy sản", "A"),
    ("công nghiệp và xây dựng", "B-F"),
    ("khu vực dịch vụ", "G-U"),
    ("toàn ngành công nghiệp", "B-E"),
    # products: the VSIC class of the product, or an alias for common short forms
    ("thiết bị ngoại vi của máy vi tính", "2620"),
    ("máy tính xách tay", "2620"),
    ("máy cắt cỏ", "2821"),
    ("tủ lạnh", "2750"),
    ("màn hình oled tivi", "2640"),
    ("tivi", "2640"),
    ("xi măng", "2394"),
    ("thép", "241"),
    ("sắt, thép", "241"),
    ("điện thương phẩm", "351"),
    ("điện sản xuất", "351"),
    ("quần áo", "14"),
    ("hàng dệt may", "14"),
    ("giày dép", "152"),
    ("giày, dép", "152"),
    ("thủy sản", "03"),
    ("thuỷ sản", "03"),
    ("lúa", "0111"),
    ("điện thoại di động", "2630"),
    ("bia", "1103"),
    ("sữa bột", "1050"),
    ("xe đạp", "3092"),
    ("máy điều hòa không khí", "2819"),
    ("ắc quy", "2720"),
    ("gạo", "1061"),
]


@pytest.mark.parametrize("text,code", VSIC)
def test_vsic_links(text, code):
    s = link_sector(text)
    assert s is not None, text
    assert (s.scheme, s.code) == ("VSIC2018", code)
    assert MIN_CONFIDENCE <= s.confidence <= 1.0


@pytest.mark.parametrize("text,method", [
    ("sản xuất đồ chơi, trò chơi", "exact"),
    ("sản xuất giấy và bìa nhăn, bao bì từ giấy", "fuzzy"),
    ("máy tính xách tay", "product"),
    ("tủ lạnh", "product"),
    ("xi măng", "alias"),
])
def test_methods(text, method):
    assert link_sector(text).method == method


def test_products_are_less_confident_than_names():
    assert link_sector("máy tính xách tay").confidence < link_sector(
        "sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính").confidence


def test_levels_and_official_names():
    s = link_sector("sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính")
    assert (s.level, s.name) == (4, "Sản xuất máy vi tính và thiết bị ngoại vi của máy vi tính")
    assert link_sector("khai khoáng").level == 1


# (text, scheme, code)
GROUPS = [
    ("kinh tế Nhà nước", "ownership", "state"),
    ("khu vực kinh tế nhà nước", "ownership", "state"),
    ("doanh nghiệp nhà nước", "ownership", "state"),
    ("khối cảng thuộc kinh tế Nhà nước", "ownership", "state"),
    ("khu vực kinh tế ngoài nhà nước", "ownership", "non_state"),
    ("Các cảng thuộc khu vực kinh tế ngoài nhà nước", "ownership", "non_state"),
    ("kinh tế ngoài Nhà nước", "ownership", "non_state"),
    ("khu vực có vốn đầu tư nước ngoài", "ownership", "fdi"),
    ("Khu vực có vốn đầu tư NN", "ownership", "fdi"),
    ("FDI", "ownership", "fdi"),
    ("doanh nghiệp FDI", "ownership", "fdi"),
    ("khu vực kinh tế trong nước", "ownership", "domestic"),
    ("kinh tế tư nhân", "ownership", "private"),
    ("thị trường Mỹ", "market", "US"),
    ("thị trường Trung Quốc", "market", "CN"),
    ("thị trường EU", "market", "EU"),
]


@pytest.mark.parametrize("text,scheme,code", GROUPS)
def test_groups_and_markets(text, scheme, code):
    s = link_sector(text)
    assert (s.scheme, s.code, s.level) == (scheme, code, None)


# Not sectors, or too vague: no code rather than a random one.
@pytest.mark.parametrize("text", [
    None, "", "xyz", "tình hình chung", "hàng hóa", "máy", "kết quả sản xuất kinh doanh", "tổng mức bán lẻ",
    "hoạt động thu hút đầu tư", "thiết bị điện tử", "đường kính bánh xe", "thị trường", "thị trường lao động",
])
def test_unsure_gives_none(text):
    assert link_sector(text) is None


def test_commas_are_part_of_one_name():
    # A list reading would split this into three sectors; it is one VSIC class.
    assert link_sector("sản xuất dao kéo, dụng cụ cầm tay và đồ kim loại thông dụng").code == "2593"
