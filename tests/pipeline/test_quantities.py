"""QUANTITY spans: numbers, scale words, units, ranges, hedges — and numbers that are not quantities."""

import pytest

from vnecon.grammar import find_quantities, parse_quantity
from vnecon.textview import nfc

# (sentence, [(value, value_max, unit, qualifier), ...]) — every quantity, in order
TABLE = [
    ("Thu nội địa đạt hơn 36.745 tỷ đồng.", [(36745.0, None, "tỷ đồng", "over")]),
    ("khối lượng luân chuyển 89.894,8 triệu tấn.km", [(89894.8, None, "triệu tấn.km", None)]),
    ("doanh thu 108,276 triệu TTQ", [(108.276, None, "triệu TTQ", None)]),
    ("sản xuất 541,3 nghìn cái máy tính", [(541.3, None, "nghìn cái", None)]),
    ("thu hút 976 dự án với tổng vốn 30,9 tỷ USD", [(976.0, None, "dự án", None), (30.9, None, "tỷ USD", None)]),
    ("đón hơn ba triệu lượt khách", [(3.0, None, "triệu lượt khách", "over")]),
    ("tổng thu gần 2,5 nghìn tỷ đồng", [(2.5, None, "nghìn tỷ đồng", "under")]),
    ("giá lợn hơi 45.000 – 55.000 đồng/kg", [(45000.0, 55000.0, "đồng/kg", None)]),
    ("kế hoạch tăng trưởng 12 - 14%", [(12.0, 14.0, "%", None)]),
    ("các nhóm còn lại tăng từ 0,02% - 0,12%", [(0.02, 0.12, "%", None)]),
    ("xuất khẩu ước 2.304,3 Tr.USD", [(2304.3, None, "Tr.USD", None)]),
    ("giá trị vốn góp 15,47 tỷUSD", [(15.47, None, "tỷ USD", None)]),   # a scale glued to its currency
    ("nhóm cây hàng năm 80.464,3 ha", [(80464.3, None, "ha", None)]),   # "năm" of a crop group, not a year
    ("cây lâu năm 250.100 ha", [(250100.0, None, "ha", None)]),
    ("nhập siêu khoảng hai tỷ rưỡi USD", [(2.5, None, "tỷ USD", "about")]),   # "rưỡi" after the scale: a half
    ("ba triệu rưỡi lượt", [(3.5, None, "triệu lượt", None)]),
    ("hoa cho gần 903 triệu cành", [(903.0, None, "triệu cành", "under")]),
    ("tiêm 70.875 liều vắc xin", [(70875.0, None, "liều", None)]),
    ("sản lượng 500.000 tấn nhân", [(500000.0, None, "tấn nhân", None)]),
    ("năng suất xấp xỉ 2,8 tạ/sào", [(2.8, None, "tạ/sào", "about")]),
    ("vốn bình quân 9,5 tỉ đồng/doanh nghiệp", [(9.5, None, "tỉ đồng/doanh nghiệp", None)]),
    # counted nouns of tourism, trade and transport reports
    ("tổng số buồng khoảng 4.900 buồng", [(4900.0, None, "buồng", "about")]),
    ("chỉ 1.420 giao dịch góp vốn", [(1420.0, None, "giao dịch", None)]),
    ("hơn 12.000 lượt phương tiện qua cửa khẩu", [(12000.0, None, "lượt phương tiện", "over")]),
    ("hàng container 1,95 triệu TEUs", [(1.95, None, "triệu TEUs", None)]),
    ("sản lượng dừa 708 triệu trái/năm", [(708.0, None, "triệu trái/năm", None)]),
    ("tăng 5 tỷ.Đồng thời", [(5.0, None, "tỷ", None)]),   # a sentence's end is no glued unit
    ("lạm phát khoảng 3.7%", [(3.7, None, "%", "about")]),
    ("sản lượng clanhke 2417,3 nghìn tấn", [(2417.3, None, "nghìn tấn", None)]),
    ("đạt36,5 tỉ đồng", [(36.5, None, "tỉ đồng", None)]),
    ("năng suất 63,2 tạ/ha", [(63.2, None, "tạ/ha", None)]),
    ("thu nhập 9,1 triệu đồng/người/tháng", [(9.1, None, "triệu đồng/người/tháng", None)]),
    # a decimal percentage after "tháng" is a rate by term, no month
    ("kỳ hạn dưới 1 tháng 0,1 - 0,2%/năm", [(0.1, 0.2, "%/năm", None)]),
    # any one word after the slash that punctuation closes is what the figure is per; more words are not a unit
    ("giao dịch bình quân 7.000 tỷ đồng/phiên, tăng 3%",
     [(7000.0, None, "tỷ đồng/phiên", None), (3.0, None, "%", None)]),
    ("cúc chùm 15.000 - 18.000 đồng/chục.", [(15000.0, 18000.0, "đồng/chục", None)]),
    ("giá vàng 1.900 USD/ounce", [(1900.0, None, "USD/ounce", None)]),
    ("gas 332.000 đồng/bình 12 kg", [(332000.0, None, "đồng/bình 12 kg", None)]),
    ("lương 16,1 triệu đồng/người-tháng", [(16.1, None, "triệu đồng/người-tháng", None)]),   # two per-units, hyphened
    # a smaller scale's count after a scale is part of the value
    ("kim ngạch 3 tỷ 362 triệu USD", [(3.362, None, "tỷ USD", None)]),
    ("giá 2 triệu 500 nghìn đồng/tấn", [(2.5, None, "triệu đồng/tấn", None)]),
    ("tăng 3 tỷ 2 tỷ", [(3.0, None, "tỷ", None), (2.0, None, "tỷ", None)]),   # a larger or equal one is not
    ("đạt 17,5 tiêu chí", [(17.5, None, "tiêu chí", None)]),
    ("ban hành 2.415 quyết định", [(2415.0, None, "quyết định", None)]),
    ("thu 500 tỷ đồng/dự toán 600 tỷ đồng", [(500.0, None, "tỷ đồng", None), (600.0, None, "tỷ đồng", None)]),
    ("còn 84 dây chuyền và 200 điểm bán", [(84.0, None, "dây chuyền", None), (200.0, None, "điểm bán", None)]),
    ("xấp xỉ 1.200 MW", [(1200.0, None, "MW", "about")]),
    ("cảng thông qua 2,1 triệu TEU", [(2.1, None, "triệu TEU", None)]),
    # "nước ngoài" ends a name; it is not the hedge "ngoài" (over)
    ("khu vực có vốn đầu tư nước ngoài 1.200 tỷ đồng", [(1200.0, None, "tỷ đồng", None)]),
    # a spaced slash between two figures separates them; a glued one is a date or a fraction
    ("384.940 tấn / 209,12 triệu USD", [(384940.0, None, "tấn", None), (209.12, None, "triệu USD", None)]),
    ("bình quân 4,8 tỷ đồng/đơn vị", [(4.8, None, "tỷ đồng/đơn vị", None)]),
    # the row number of a table whose first column numbers the rows is no figure; the cells after it are
    ("Thứ hạng | Địa phương | Tháng 7/2025\n1 | Bắc Ninh | 8,68 tỷ USD\n2 | TPHCM | 7,81 tỷ USD",
     [(8.68, None, "tỷ USD", None), (7.81, None, "tỷ USD", None)]),
    ("STT\tChỉ tiêu\tThực hiện\n1\tLúa\t120,5 nghìn tấn", [(120.5, None, "nghìn tấn", None)]),
    ("Chỉ tiêu | Kết quả\n12 | doanh nghiệp", [(12.0, None, None, None)]),   # a first cell under another header
    # the dollar with a hyphen, floor area, trees
    ("kim ngạch 248,1 triệu đô-la", [(248.1, None, "triệu đô-la", None)]),
    ("hoàn thành 5,86 triệu m2 sàn, bình quân 25 m2 sàn/người", [(5.86, None, "triệu m2 sàn", None),
                                                                   (25.0, None, "m2 sàn/người", None)]),
    ("trồng cây phân tán 4.742 nghìn cây", [(4742.0, None, "nghìn cây", None)]),
    ("thu về năm tỷ đồng", [(5.0, None, "tỷ đồng", None)]),
    ("đón 42 vạn lượt khách", [(42.0, None, "vạn lượt khách", None)]),   # "vạn": ten thousand
]

# numbers that are not quantities: dates, ranks, codes, decree numbers, footnotes, years
NOT_QUANTITIES = [
    "sản phẩm OCOP đạt 3 sao",   # a star grade
    "giá chào bán gạo 5% tấm",   # a grade in a product's name: broken grains
    "vàng 99,99 có giá",         # ... gold's purity
    "thu hoạch xong trong khoảng 15 - 20/9",   # days of a month
    "giá mua tiêu sáng 19-12 ở các vùng",      # a day and its month, no falling range
    "Tính đến ngày 20/8/2024",
    "xếp thứ 12/63 tỉnh thành",
    "số liệu ở Bảng 4 và biểu 2",   # a table number (a figure with a unit after "bảng" is one: "máy tính bảng 11,4 triệu cái")
    "(năm trước = 100)",   # the base of an index
    "theo Nghị định 15/2022/NĐ-CP",
    "giống lúa OM 5451",
    "dịch Covid-19",
    "trong năm 2024",
    "quý 3 năm nay",
    "vượt mốc 10 nghìn tỷ đồng",
    "sản phẩm 15T22",
    "chỉ còn nửa tháng nữa là hết năm",   # half of a stretch of time, no multiple
    "giai đoạn này mỗi năm tỷ lệ hộ nghèo",   # "năm tỷ lệ": a year and a ratio, no five billion
    "cả năm tỉ trọng công nghiệp",
    "hằng năm tỷ giá biến động",
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_quantities(text, expected):
    found = [(q.value, q.value_max, q.unit, q.qualifier) for q in find_quantities(nfc(text))]
    assert found == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert find_quantities(nfc(text)) == []


@pytest.mark.parametrize("text,expected", [
    ("36.745 tỷ đồng", (36745.0, None, "tỷ đồng")),
    ("72,915", (72.915, None, None)),
    ("12 - 14%", (12.0, 14.0, "%")),
    ("35,2\u2009tỷ USD", (35.2, None, "tỷ USD")),               # a thin space between the number and its unit
    ("35,2\u202ftỷ\u202fUSD", (35.2, None, "tỷ USD")),          # a narrow no-break space
    ("35,2\u200b tỷ\u200b USD", (35.2, None, "tỷ USD")),        # zero-width spaces of a scraped page
    ("3.535\ndoanh nghiệp", (3535.0, None, "doanh nghiệp")),    # a figure and its unit on two lines
    ("312,5 tỷđồng", (312.5, None, "tỷ đồng")),                   # the space left out before "đồng"
    ("3 tỷ đồngý", (3.0, None, "tỷ")),                           # no unit inside a longer word
])
def test_parse_quantity_span(text, expected):
    assert parse_quantity(text) == expected
