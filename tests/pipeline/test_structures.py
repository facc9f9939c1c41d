"""Structures the linker reads: tables flattened into text, "lần lượt" clauses, asides, glued verbs."""

import pytest

import vnecon


def brief(facts):
    return [(f.indicator, f.sector, f.period, f.value, f.unit, f.estimated,
             [(c.type, c.value, c.unit, c.baseline) for c in f.changes]) for f in facts]


CASES = [
    # a recovery or a slide said of the name before its level is no part of the name
    ("Theo thị trường, khách Trung Quốc phục hồi mạnh lên gần 3,74 triệu lượt.",
     [("khách Trung Quốc", None, None, 3.74, "triệu lượt", False, [])]),
    ("Giá sắn củ tươi xuống thấp, có thời điểm chỉ còn 1.300 đồng/kg.",
     [("Giá sắn củ tươi", None, None, 1300.0, "đồng/kg", False, [])]),
    # a header row whose first cell gives the unit in parentheses: every figure under it (tabs or "|")
    ("Số liệu so sánh (tỉ đồng)\tQ2/2024\tQ1/2025\nDoanh thu thuần\t20.134\t18.897\n",
     [("Doanh thu thuần", None, None, 20134.0, "tỉ đồng", False, []),
      ("Doanh thu thuần", None, None, 18897.0, "tỉ đồng", False, [])]),
    # a bare "tỷ" takes the currency of the last figure of that scale, also across a paragraph
    ("Doanh thu đạt 46.200 tỷ đồng, tăng 15%.\n\nLợi nhuận trước thuế năm qua đạt 11.200 tỷ, tăng 20% so với năm "
     "2015.",
     [("Doanh thu", None, None, 46200.0, "tỷ đồng", False, [("increase", 15.0, "%", None)]),
      ("Lợi nhuận trước thuế", None, None, 11200.0, "tỷ đồng", False,
       [("increase", 20.0, "%", "same_period_previous_year")])]),
    # "KH 2021 | ƯTH 2021 | So KH (%)": the ratio to the plan is the done figure's, not the plan column's; "ƯTH"
    # (ước thực hiện) marks an estimate
    ("Chỉ tiêu | ĐVT | KH 2021 | ƯTH 2021 | So KH (%)\nThu ngân sách | tỷ đồng | 18.033 | 20.900 | 115,9\n",
     [("Thu ngân sách", None, None, 18033.0, "tỷ đồng", False, []),
      ("Thu ngân sách", None, None, 20900.0, "tỷ đồng", True, [("ratio", 115.9, "%", "plan")])]),
    ("Chỉ tiêu\tDT 2020\tTH 2020\tSo DT (%)\nThu nội địa (tỷ đồng)\t9.500\t10.212\t107,5\n",
     [("Thu nội địa", None, None, 9500.0, "tỷ đồng", False, []),
      ("Thu nội địa", None, None, 10212.0, "tỷ đồng", False, [("ratio", 107.5, "%", "plan")])]),
    # "so CK": the same period of the year before, abbreviated; the next figure's own baseline is its own
    ("Lúa Hè Thu đạt 627,4 ngàn ha, giảm 13,7 ngàn ha so CK. CPI tháng 12 giảm 0,21% so tháng trước, tăng 2,38% so CK.",
     [("Lúa Hè Thu", None, None, 627.4, "ngàn ha", False,
       [("decrease", 13.7, "ngàn ha", "same_period_previous_year")]),
      ("CPI", None, "tháng 12", None, None, False,
       [("decrease", 0.21, "%", "previous_period"), ("increase", 2.38, "%", "same_period_previous_year")])]),
    # the level a market price falls back to, after its fall ("lùi về", "đứng ở")
    ("Giá cà phê robusta mất 25 USD/tấn (-1,88%), lùi về 1.304 USD/tấn.",
     [("Giá", "cà phê robusta", None, 1304.0, "USD/tấn", False,
       [("decrease", 25.0, "USD/tấn", None), ("decrease", 1.88, "%", None)])]),
    # "về số lượng" names the count written bare, "về trị giá" the money figure
    ("Năm 2015, số doanh nghiệp thành lập mới đạt 94.754, tổng vốn đăng ký 601.519 tỷ đồng, tăng 26,6% về số lượng "
     "và tăng 39,1% về vốn so với năm 2014.",
     [("số doanh nghiệp thành lập mới", None, "Năm 2015", 94754.0, "doanh nghiệp", False,
       [("increase", 26.6, "%", "same_period_previous_year")]),
      ("tổng vốn đăng ký", None, "Năm 2015", 601519.0, "tỷ đồng", False,
       [("increase", 39.1, "%", "same_period_previous_year")])]),
    ("Xuất khẩu cà phê đạt khoảng 1,15 triệu tấn và 1,95 tỉ USD, giảm 11,9% về lượng, giảm 20,4% về trị giá so với "
     "cùng kỳ năm trước.",
     [("Xuất khẩu cà phê", None, None, 1.15, "triệu tấn", False, [("decrease", 11.9, "%", "same_period_previous_year")]),
      ("Xuất khẩu cà phê", None, None, 1.95, "tỉ USD", False, [("decrease", 20.4, "%", "same_period_previous_year")])]),
    # a table's title that states the baseline reaches its comparison column ("Tốc độ") and rows of " - " cells
    ("Vốn ngân hàng đến cuối tháng 3/2023 (so với cùng kỳ năm trước):\nChỉ tiêu\tƯớc thực hiện (tỷ đồng)\tTốc độ\n"
     "Vốn huy động\t111.740\t+6,8%\n",
     [("Vốn huy động", None, "cuối tháng 3/2023", 111740.0, "tỷ đồng", True,
       [("increase", 6.8, "%", "same_period_previous_year")])]),
    # rows of a name and a signed figure under a title that says "%" (with "|" or a tab): rises and falls
    ("Sản lượng một số sản phẩm 10 tháng (so với cùng kỳ, %):\nXăng, dầu | +47,4\nSắt, thép thô | +40,5\n",
     [("Sản lượng", "Xăng, dầu", "10 tháng", None, None, False, [("increase", 47.4, "%", "same_period_previous_year")]),
      ("Sản lượng", "Sắt, thép thô", "10 tháng", None, None, False,
       [("increase", 40.5, "%", "same_period_previous_year")])]),
    # ... or under a header row whose own cell says it, in the figure's column (a tab or "|" between cells)
    ("Tóm tắt 6 tháng:\nSản phẩm chủ lực\tSản lượng so với cùng kỳ (%)\nĐường kết tinh\t+134,5\nGiày thể thao\t-4,6\n",
     [("Sản lượng", "Đường kết tinh", "6 tháng", None, None, False,
       [("increase", 134.5, "%", "same_period_previous_year")]),
      ("Sản lượng", "Giày thể thao", "6 tháng", None, None, False,
       [("decrease", 4.6, "%", "same_period_previous_year")])]),
    ("Tóm tắt:\nChỉ tiêu | Giá trị (tỷ đồng) | So cùng kỳ (%)\nThu nội địa | 1.200 | +5,1\n",
     [("Thu nội địa", None, None, 1200.0, "tỷ đồng", False, [("increase", 5.1, "%", "same_period_previous_year")])]),
    # a heading that declares its list's unit and opens it with a colon: the bare numbers of the items take it
    ("Giá lúa tươi (ĐVT: đồng/kg): nếp vỏ tươi 6.400; IR50404 4.300-4.400.",
     [("Giá lúa tươi", "nếp vỏ tươi", None, 6400.0, "đồng/kg", False, []),
      ("Giá lúa tươi", "IR50404", None, 4300.0, "đồng/kg", False, [])]),
    # a baseline fronted before each of two comparatives of one figure: each takes its own
    ("Lực lượng lao động quý IV đạt 52,1 triệu người, so với quý III nhiều hơn gần 0,3 triệu người, so với cùng kỳ "
     "nhiều hơn gần 1,4 triệu người.",
     [("Lực lượng lao động", None, "quý IV", 52.1, "triệu người", False,
       [("increase", 0.3, "triệu người", "previous_period"),
        ("increase", 1.4, "triệu người", "same_period_previous_year")])]),
    # a fronted month of the year before, for a figure of that month (in words) a year later: year on year, also
    # for the items that inherit it
    ("So với tháng 10/2017, chỉ số sản xuất công nghiệp tháng Mười năm 2018 ước tính tăng 7,7%: chế biến, chế tạo "
     "tăng 10,1%, khai khoáng giảm 9,5%.",
     [("chỉ số sản xuất công nghiệp", None, "tháng Mười năm 2018", None, None, True,
       [("increase", 7.7, "%", "same_period_previous_year")]),
      ("chỉ số sản xuất công nghiệp", "chế biến, chế tạo", "tháng Mười năm 2018", None, None, True,
       [("increase", 10.1, "%", "same_period_previous_year")]),
      ("chỉ số sản xuất công nghiệp", "khai khoáng", "tháng Mười năm 2018", None, None, True,
       [("decrease", 9.5, "%", "same_period_previous_year")])]),
    # a rise in its own units, then the same rise in percent, bare in parentheses: two comparisons of one fact
    ("Doanh thu đạt 500 tỷ đồng, giảm 20 tỷ đồng (tương đương 3,8%) so với cùng kỳ.",
     [("Doanh thu", None, None, 500.0, "tỷ đồng", False, [("decrease", 20.0, "tỷ đồng", "same_period_previous_year"),
                                                         ("decrease", 3.8, "%", "same_period_previous_year")])]),
    # a rise in parentheses after a comparison says it again only when the numbers agree: after a share, or a ratio
    # to the plan of another size, it is a comparison of its own, with no baseline written
    ("Dịch vụ chiếm 47,21% (tăng 3,09%).",
     [("Dịch vụ", None, None, None, None, False, [("share", 47.21, "%", "total"), ("increase", 3.09, "%", None)])]),
    ("Giá trị sản xuất đạt 13.999 tỷ đồng, hoàn thành 52,9% kế hoạch (tăng 3,61%).",
     [("Giá trị sản xuất", None, None, 13999.0, "tỷ đồng", False,
       [("ratio", 52.9, "%", "plan"), ("increase", 3.61, "%", None)])]),
    ("Doanh thu bằng 95,5% so với cùng kỳ (giảm 4,5%).",
     [("Doanh thu", None, None, None, None, False, [("ratio", 95.5, "%", "same_period_previous_year"),
                                                  ("decrease", 4.5, "%", "same_period_previous_year")])]),
    # an estimate word inside a comparison that has no level marks it ("tăng ước khoảng", "tăng ước tính")
    ("Doanh thu dịch vụ tăng ước tính 12%.",
     [("Doanh thu dịch vụ", None, None, None, None, True, [("increase", 12.0, "%", None)])]),
    # a word pointing back to the figure carries its comparisons into the next clause
    ("Tổng thu ngân sách trên địa bàn ước đạt 54.341 tỉ đồng; con số này vượt 52,8% dự toán và tăng 25,9% so với năm 2023.",
     [("Tổng thu ngân sách", None, None, 54341.0, "tỉ đồng", True,
       [("increase", 52.8, "%", "plan"), ("increase", 25.9, "%", "same_period_previous_year")])]),
    ("Vốn đăng ký lên 38,02 tỷ USD; so với cùng kỳ năm 2018, con số này tăng 7,2%.",
     [("Vốn đăng ký", None, None, 38.02, "tỷ USD", False, [("increase", 7.2, "%", "same_period_previous_year")])]),
    # what the figure measures, written right after it, keeps the comparison that follows
    ("Năm 2019, tỉnh thu hút 1,53 tỷ USD vốn đầu tư trực tiếp nước ngoài, đạt 128% kế hoạch năm.",
     [("vốn đầu tư trực tiếp nước ngoài", None, "Năm 2019", 1.53, "tỷ USD", False, [("ratio", 128.0, "%", "plan")])]),
    ("Toàn tỉnh thu về 6.373 tỷ đồng doanh thu du lịch; mức này tăng 39,1% so cùng kỳ.",
     [("doanh thu du lịch", None, None, 6373.0, "tỷ đồng", False, [("increase", 39.1, "%", "same_period_previous_year")])]),
    # ... but not over a connector: the comparison is another subject's
    ("Xuất khẩu đạt 5,2 tỷ USD trong khi nhập khẩu tăng 3%.",
     [("Xuất khẩu", None, None, 5.2, "tỷ USD", False, []), ("nhập khẩu", None, None, None, None, False, [("increase", 3.0, "%", None)])]),
    # an item's label the recognizer does not know is still the item's sector
    ("Sản lượng năm 2024: Cà phê: 555,4 nghìn tấn (+1,2%); Sầu riêng: 301,6 nghìn tấn (+28,3%); Mắc ca: 3,1 nghìn tấn.",
     [("Sản lượng", "Cà phê", "năm 2024", 555.4, "nghìn tấn", False, [("increase", 1.2, "%", None)]),
      ("Sản lượng", "Sầu riêng", "năm 2024", 301.6, "nghìn tấn", False, [("increase", 28.3, "%", None)]),
      ("Sản lượng", "Mắc ca", "năm 2024", 3.1, "nghìn tấn", False, [])]),
    # a breakdown opened after an aside with no figure still breaks the lead down: estimate and baseline carry over
    ("So với cùng kỳ, GRDP 6 tháng đầu năm 2025 ước tăng 9,63%, xếp thứ 7/34 tỉnh, thành phố; trong đó khu vực "
     "dịch vụ tăng 9,8%.",
     [("GRDP", None, "6 tháng đầu năm 2025", None, None, True, [("increase", 9.63, "%", "same_period_previous_year")]),
      ("GRDP", "khu vực dịch vụ", "6 tháng đầu năm 2025", None, None, True,
       [("increase", 9.8, "%", "same_period_previous_year")])]),
    # the lead's figure and its comparison written apart in the lead's sentence, the comparison naming the measure
    # the figure's unit implies ("sản lượng" of tonnes): one fact, and the items' rises are read against its baseline;
    # a measure the unit does not imply is another fact
    ("Vùng ước thu hoạch 964,9 nghìn tấn cá tra; so với cùng kỳ năm trước, sản lượng tăng 3,9%. Cụ thể: An Giang "
     "đạt 273,9 nghìn tấn, tăng 20,8%. Xuất khẩu đạt 5 tỷ USD; so với cùng kỳ, diện tích tăng 3%.",
     [("Vùng", None, None, 964.9, "nghìn tấn", True, [("increase", 3.9, "%", "same_period_previous_year")]),
      ("Vùng", None, None, 273.9, "nghìn tấn", True, [("increase", 20.8, "%", "same_period_previous_year")]),
      ("Xuất khẩu", None, None, 5.0, "tỷ USD", False, []),
      ("diện tích", None, None, None, None, False, [("increase", 3.0, "%", "same_period_previous_year")])]),
    # figures that share the estimate verb of the first, each after the place the one before was of
    ("Sản lượng cà phê nhân năm 2020 ước đạt khoảng 545 nghìn tấn tại Đắk Lắk, 476,6 nghìn tấn tại Lâm Đồng và "
     "260,5 nghìn tấn tại Gia Lai.",
     [("Sản lượng cà phê nhân", None, "năm 2020", 545.0, "nghìn tấn", True, []),
      ("Sản lượng cà phê nhân", None, "năm 2020", 476.6, "nghìn tấn", True, []),
      ("Sản lượng cà phê nhân", None, "năm 2020", 260.5, "nghìn tấn", True, [])]),
    # "cùng kì" is "cùng kỳ"
    ("Sản lượng đạt 753.200 tấn, hụt 26.600 tấn so với cùng kì năm trước.",
     [("Sản lượng", None, None, 753200.0, "tấn", False, [("decrease", 26600.0, "tấn", "same_period_previous_year")])]),
    # a statement after a heading's colon leads a breakdown in the next sentence: its estimate and baseline carry over
    ("Số thu về đích sớm: lũy kế 11 tháng, thu NSNN ước 1.638,9 nghìn tỉ đồng, cao hơn cùng kỳ năm 2021 là 17,4%. "
     "Phân theo nguồn thu: thu nội địa tăng 13,5%; thu từ dầu thô tăng 77,6%.",
     [("thu NSNN", None, "11 tháng", 1638.9, "nghìn tỉ đồng", True, [("increase", 17.4, "%", "same_period_previous_year")]),
      ("thu nội địa", None, "11 tháng", None, None, True, [("increase", 13.5, "%", "same_period_previous_year")]),
      ("thu từ dầu thô", None, "11 tháng", None, None, True, [("increase", 77.6, "%", "same_period_previous_year")])]),
    # a column header's unit in parentheses is the unit of the bare numbers under it
    ("Sản phẩm | Sản lượng (nghìn tấn) | So với cùng kỳ (%)\nXi măng | 1.250,4 | 104,2\nThép cán | 320,1 | 98,5",
     [("Sản lượng", "Xi măng", None, 1250.4, "nghìn tấn", False, [("ratio", 104.2, "%", "same_period_previous_year")]),
      ("Sản lượng", "Thép cán", None, 320.1, "nghìn tấn", False, [("ratio", 98.5, "%", "same_period_previous_year")])]),
    # a clause that opens with its baseline and names the figure's subject again, or points back to it, compares that
    # figure; another subject is another fact
    ("Doanh thu bán lẻ lên tới 33.320 tỷ đồng; so với cùng kỳ năm trước (khi còn giãn cách), doanh thu tăng 12,3%. "
     "Đàn trâu, bò có gần 48,2 nghìn con; so với thời điểm này năm trước, đàn tăng 0,5%. Xuất khẩu đạt 5,2 tỷ USD; "
     "so với cùng kỳ, nhập khẩu tăng 3%.",
     [("Doanh thu bán lẻ", None, None, 33320.0, "tỷ đồng", False, [("increase", 12.3, "%", "same_period_previous_year")]),
      ("Đàn trâu, bò", None, None, 48.2, "nghìn con", False, [("increase", 0.5, "%", "same_period_previous_year")]),
      ("Xuất khẩu", None, None, 5.2, "tỷ USD", False, []),
      ("nhập khẩu", None, None, None, None, False, [("increase", 3.0, "%", "same_period_previous_year")])]),
    # the prices a comparison counts in open its clause like a baseline; a subject that points back to the figure
    # ("con số này", "chỉ tiêu này") compares it after a colon or a semicolon, and after a sentence that opens with a
    # baseline; not a subject of several things
    ("Doanh thu năm 2017 đạt 3.934,2 nghìn tỷ đồng; sau khi loại trừ yếu tố giá, vẫn tăng 9,2%. Năng suất lao động "
     "ở mức 188,1 triệu đồng/lao động; nếu tính theo giá so sánh, chỉ tiêu này tăng 4,8%. Số người có việc làm đạt "
     "50,8 triệu người: con số này tăng 255,2 nghìn người so với quý II.",
     [("Doanh thu", None, "năm 2017", 3934.2, "nghìn tỷ đồng", False, [("increase", 9.2, "%", None)]),
      ("Năng suất lao động", None, "năm 2017", 188.1, "triệu đồng/lao động", False, [("increase", 4.8, "%", None)]),
      ("Số người có việc làm", None, "năm 2017", 50.8, "triệu người", False,
       [("increase", 255.2, "nghìn người", "previous_period")])]),
    ("Xuất khẩu sang Hoa Kỳ đạt trên 35 tỷ USD. So với cùng kỳ năm 2017, con số này tăng 4,08 tỷ USD. Nhập khẩu đạt "
     "12 tỷ USD. So với cùng kỳ, các mặt hàng này tăng 4%.",
     [("Xuất khẩu", "Hoa Kỳ", None, 35.0, "tỷ USD", False, [("increase", 4.08, "tỷ USD", "same_period_previous_year")]),
      ("Nhập khẩu", None, None, 12.0, "tỷ USD", False, []),
      ("các mặt hàng này", None, None, None, None, False, [("increase", 4.0, "%", "same_period_previous_year")])]),
    # ... after a dash, with the figure's words before "này"; after an aside closed by the semicolon; not another
    # subject after an aside
    ("Tỉnh cấp mới cho 111 dự án – số dự án cấp mới này so với cùng kỳ tăng 4,72% – còn số lượt điều chỉnh đạt 178 "
     "lượt. CPI tháng 9 tăng 3,06% so với tháng trước, là mức tăng cao nhất nhiều năm; so với cùng kỳ năm trước, CPI "
     "tăng 3,3%. Xuất khẩu đạt 5 tỷ USD, nhập khẩu chững lại; so với cùng kỳ, nhập khẩu tăng 3%.",
     [("dự án", None, None, 111.0, "dự án", False, [("increase", 4.72, "%", "same_period_previous_year")]),
      ("số lượt điều chỉnh", None, None, 178.0, "lượt", False, []),
      ("CPI", None, "tháng 9", None, None, False,
       [("increase", 3.06, "%", "previous_period"), ("increase", 3.3, "%", "same_period_previous_year")]),
      ("Xuất khẩu", None, "tháng 9", 5.0, "tỷ USD", False, []),
      ("nhập khẩu", None, "tháng 9", None, None, False, [("increase", 3.0, "%", "same_period_previous_year")])]),
    # misspelt comparison words are read as spelt right; a number glued to "được"
    ("Sản lượng thịt ước đạt 292 nghìn tấn, bằng 100,7% kê hoạch và tăng 5,7% so với cung kỳ. Thu từ dầu thô "
     "được57,3 nghìn tỷ đồng, tăng 4% so vói năm truớc.",
     [("Sản lượng thịt", None, None, 292.0, "nghìn tấn", True,
       [("ratio", 100.7, "%", "plan"), ("increase", 5.7, "%", "same_period_previous_year")]),
      ("Thu từ dầu thô", None, None, 57.3, "nghìn tỷ đồng", False, [("increase", 4.0, "%", "same_period_previous_year")])]),
    # "góp" / "đóng góp" an amount is the part's level, in points a contribution; the level after a rise is also said
    # with "thu về", "mang về", "đạt doanh thu", "lên mức ước tính"; a decimal amount after "tháng" is no month
    ("Khách quốc tế góp gần 3,3 triệu lượt trong số này và tăng gần 29%. Riêng cà phê đóng góp hơn 620 triệu USD. "
     "Dệt may đóng góp 1,2 điểm phần trăm. Điện tử tăng 26,6%, ước tính thu về 72,6 tỷ USD. Bán lẻ hàng hóa tăng 10,8%, "
     "đạt doanh thu 683.720 tỷ đồng. Nhập khẩu tăng 16,7%, lên mức ước tính 380,76 tỷ USD. Thu nhập bình quân tháng "
     "7,7 triệu đồng.",
     [("Khách quốc tế", None, None, 3.3, "triệu lượt", False, [("increase", 29.0, "%", None)]),
      ("cà phê", None, None, 620.0, "triệu USD", False, []),
      ("Dệt may", None, None, None, None, False, [("contribution", 1.2, "điểm phần trăm", None)]),
      ("Điện tử", None, None, 72.6, "tỷ USD", True, [("increase", 26.6, "%", None)]),
      ("doanh thu", "Bán lẻ hàng hóa", None, 683720.0, "tỷ đồng", False, [("increase", 10.8, "%", None)]),
      ("Nhập khẩu", None, None, 380.76, "tỷ USD", True, [("increase", 16.7, "%", None)]),
      ("Thu nhập bình quân tháng", None, None, 7.7, "triệu đồng", False, [])]),
    # not facts: counts of price adjustments and of the CPI groups that rose, a shrimp size; "tăg" is a rise
    ("Xăng RON 95-III có 28 đợt điều chỉnh giá trong năm. So với tháng trước, có 6 nhóm hàng tăng giá. Tôm sú cỡ 30 "
     "con/kg được mua 230.000 đồng/kg. Vốn huy động ước 9.870 tỷ đồng, so với đầu năm tăg 13,8%.",
     [("Tôm sú", None, None, 230000.0, "đồng/kg", False, []),
      ("Vốn huy động", None, None, 9870.0, "tỷ đồng", True, [("increase", 13.8, "%", "start_of_year")])]),
    # rows under a number-free line that calls its figures estimates: a name and a dash before the figures, and rows
    # run on after a table heading's colon; not the lines after a blank line
    ("Ước tính năm 2020, kết quả các cây trồng chính như sau (số liệu; biến động %):\nLúa — diện tích gieo cấy: 626,5 "
     "nghìn ha; +0,17%\nBắp — 7,1 nghìn ha diện tích; -4,3%\n\nII. Thủy sản\nSản lượng thủy sản đạt 578,3 nghìn tấn.\n"
     "Bảng sản lượng ước tính (tên cây | sản lượng): cà phê | 1.763,5 nghìn tấn; cao su | 1.226,1 nghìn tấn.\nSản "
     "lượng gạo đạt 5 triệu tấn.",
     [("diện tích gieo cấy", None, "năm 2020", 626.5, "nghìn ha", True, [("increase", 0.17, "%", None)]),
      ("Bắp", None, "năm 2020", 7.1, "nghìn ha", True, [("decrease", 4.3, "%", None)]),
      ("Sản lượng thủy sản", None, "năm 2020", 578.3, "nghìn tấn", False, []),
      ("sản lượng", "cà phê", "năm 2020", 1763.5, "nghìn tấn", True, []),
      ("sản lượng", "cao su", "năm 2020", 1226.1, "nghìn tấn", True, []),
      ("Sản lượng gạo", None, "năm 2020", 5.0, "triệu tấn", False, [])]),
    # a plan "giao" by the city's council or committee written "TP"; "đạt X%" after a baseline and a subject that
    # points back; "đẩy CPI tăng X điểm phần trăm" is a contribution; "chênh lệch" before a signed difference
    ("Thu ngân sách ước 16.455,4 tỷ đồng, mới đạt 14,1% dự toán HĐND TP giao và chỉ bằng 98,3% cùng kỳ. Tổng thu ước "
     "62.716 tỷ đồng; so với dự toán HĐND thành phố giao, số thu này đạt 58,74%. Học phí khiến chỉ số nhóm này tăng "
     "31,53% và qua đó đẩy CPI bình quân tăng 2,49 điểm phần trăm. Giá cà phê 46.500 đồng/kg, chênh lệch +9.300 đồng/kg.",
     [("Thu ngân sách", None, None, 16455.4, "tỷ đồng", True,
       [("ratio", 14.1, "%", "plan"), ("ratio", 98.3, "%", "same_period_previous_year")]),
      ("Tổng thu", None, None, 62716.0, "tỷ đồng", True, [("ratio", 58.74, "%", "plan")]),
      ("chỉ số nhóm này", None, None, None, None, False,
       [("increase", 31.53, "%", None), ("contribution", 2.49, "điểm phần trăm", None)]),
      ("Giá cà phê", None, None, 46500.0, "đồng/kg", False, [("increase", 9300.0, "đồng/kg", None)])]),
    # a series of comparisons whose subject points back to several figures goes to them one by one, in its sentence
    # or from the start of the next, with its own baseline; the next series of as many goes to them again; not an
    # aside in parentheses
    ("Hàng hóa vận chuyển ước 2.867 ngàn tấn, còn luân chuyển là 192 triệu tấn.km; hai chỉ tiêu này so với tháng 8 "
     "tăng 2,96% và 3,11%, so cùng kỳ tăng 8,28% và 15%. Tôm đạt 4,1 tỷ USD; cá tra mang về 2,35 tỷ USD. So với năm "
     "2021, hai mặt hàng này lần lượt tăng khoảng 13% và 70% (năm 2020, hai mặt hàng này lần lượt giảm 6,2% và 5,8%).",
     [("Hàng hóa vận chuyển", None, None, 2867.0, "ngàn tấn", True,
       [("increase", 2.96, "%", "previous_period"), ("increase", 8.28, "%", "same_period_previous_year")]),
      ("luân chuyển", None, None, 192.0, "triệu tấn.km", False,
       [("increase", 3.11, "%", "previous_period"), ("increase", 15.0, "%", "same_period_previous_year")]),
      ("Tôm", None, None, 4.1, "tỷ USD", False, [("increase", 13.0, "%", "same_period_previous_year")]),
      ("cá tra", None, None, 2.35, "tỷ USD", False, [("increase", 70.0, "%", "same_period_previous_year")]),
      # (the aside's two figures are facts of their own; only the first is given the aside's period)
      ("hai mặt hàng", None, "năm 2020", None, None, False, [("decrease", 6.2, "%", None)]),
      ("hai mặt hàng", None, None, None, None, False, [("decrease", 5.8, "%", None)])]),
    # the figure's period after it before the restating clause; the real growth in parentheses; "Tr.USD" ends no
    # sentence
    ("Các tỉnh ước thu hoạch 964,9 nghìn tấn trong 8 tháng năm 2019; so với cùng kỳ năm trước, sản lượng tăng 3,9%. "
     "Tổng mức bán lẻ đạt 705.235 tỷ đồng, tăng 11,2% so với cùng kỳ (sau khi loại trừ yếu tố giá, tăng 10,6%). Giá "
     "trị xuất khẩu ước 2.304,3 Tr.USD, tăng 0,4% so tháng 9.",
     [("Các tỉnh", None, "8 tháng năm 2019", 964.9, "nghìn tấn", True,
       [("increase", 3.9, "%", "same_period_previous_year")]),
      ("Tổng mức bán lẻ", None, "8 tháng năm 2019", 705235.0, "tỷ đồng", False,
       [("increase", 11.2, "%", "same_period_previous_year"), ("increase", 10.6, "%", "same_period_previous_year")]),
      ("Giá trị xuất khẩu", None, "8 tháng năm 2019", 2304.3, "Tr.USD", True, [("increase", 0.4, "%", "previous_period")])]),
    # a month joined to its year by a hyphen: the same month a year before is year on year
    ("Giá xuất khẩu tháng 11-2022 đạt 3.706 USD/tấn, thấp hơn 2,1% so tháng 10, còn so với tháng 11-2021 thì giảm 20,1%.",
     [("Giá xuất khẩu", None, "tháng 11-2022", 3706.0, "USD/tấn", False,
       [("decrease", 2.1, "%", "previous_period"), ("decrease", 20.1, "%", "same_period_previous_year")])]),
    # the level after its comparison: after "ước tính" alone, and after a reason that names "Covid-19"; a count's
    # change as "mức tăng"; what a count is, with "(ước tính)", before its change
    ("Đá CaCO3 tăng 18,5%, ước tính 1,42 triệu tấn. Hành khách vận chuyển giảm 21,4% vì tác động của dịch Covid-19, "
     "chỉ còn 9,8 triệu lượt. Tỉnh ghi nhận 2.068 doanh nghiệp thành lập mới, mức tăng 46%. Trong số này, 1,6 triệu "
     "lượt là khách lưu trú (ước tính), tăng 7%.",
     [("Đá CaCO3", None, None, 1.42, "triệu tấn", True, [("increase", 18.5, "%", None)]),
      ("Hành khách vận chuyển", None, None, 9.8, "triệu lượt", False, [("decrease", 21.4, "%", None)]),
      ("doanh nghiệp thành lập mới", None, None, 2068.0, "doanh nghiệp", False, [("increase", 46.0, "%", None)]),
      ("khách lưu trú", None, None, 1.6, "triệu lượt", True, [("increase", 7.0, "%", None)])]),
    # bullet lines under a number-free line that calls its figures estimates, and not the line after them
    ("Sản lượng 9 tháng, theo số ước tính:\n– vận chuyển hành khách đạt 12,46 triệu lượt;\n– hàng hóa đạt 9,82 triệu "
     "tấn, tăng 9,1%.\nTại cảng, sản lượng đạt 5 triệu tấn.",
     [("vận chuyển hành khách", None, "9 tháng", 12.46, "triệu lượt", True, []),
      ("hàng hóa", None, "9 tháng", 9.82, "triệu tấn", True, [("increase", 9.1, "%", None)]),
      ("sản lượng", None, "9 tháng", 5.0, "triệu tấn", False, [])]),
    # a comparison with the month before is the month's, not the cumulative period named last
    ("CPI tháng 9/2019 tăng 0,75% so với tháng trước; bình quân 9 tháng năm 2019, CPI tăng 3,23% so với cùng kỳ. "
     "So với tháng trước, nhóm giáo dục tăng 7,36%.",
     [("CPI", None, "tháng 9/2019", None, None, False, [("increase", 0.75, "%", "previous_period")]),
      ("CPI", None, "9 tháng năm 2019", None, None, False, [("increase", 3.23, "%", "same_period_previous_year")]),
      ("CPI", "nhóm giáo dục", "tháng 9/2019", None, None, False, [("increase", 7.36, "%", "previous_period")])]),
    # the year right after a ratio's percentage is what the ratio is of, not the period of what follows
    ("Cả năm 2024, lượng khách đạt 17,6 triệu lượt. Thái Lan chỉ đạt 418.054 lượt, bằng 85,5% năm 2023. Đài Loan gần "
     "1,29 triệu lượt, tăng 51,4%.",
     [("lượng khách", None, "Cả năm 2024", 17.6, "triệu lượt", False, []),
      ("lượng khách", "Thái Lan", "Cả năm 2024", 418054.0, "lượt", False,
       [("ratio", 85.5, "%", "same_period_previous_year")]),
      ("lượng khách", "Đài Loan", "Cả năm 2024", 1.29, "triệu lượt", False, [("increase", 51.4, "%", None)])]),
    # value added has its own verb; a contribution joined by "với phần đóng góp" or after a dash aside is the same
    # fact's
    ("Khu vực nông nghiệp có giá trị tăng thêm tăng 3,72% và chiếm phần đóng góp 8,03%. Thủy sản có mức tăng 2,99% "
     "với phần đóng góp 4,04%. Dịch vụ tăng 9,99% - cao nhất 12 năm - và đóng góp 56,65% vào mức tăng chung.",
     [("giá trị tăng thêm", "Khu vực nông nghiệp", None, None, None, False,
       [("increase", 3.72, "%", None), ("contribution", 8.03, "%", None)]),
      ("Thủy sản", None, None, None, None, False, [("increase", 2.99, "%", None), ("contribution", 4.04, "%", None)]),
      ("Dịch vụ", None, None, None, None, False, [("increase", 9.99, "%", None), ("contribution", 56.65, "%", None)])]),
    # ... also after a comparison of its own, and with a word that only opens the subject ("lượng khách")
    ("Tỉnh đón 6.071 nghìn lượt khách, con số này bằng 101% kế hoạch; so với cùng kỳ năm 2022, lượng khách tăng 71%. "
     "CPI tháng 9 tăng 3,06% so với tháng trước; so với cùng kỳ năm trước, CPI tăng 3,3%.",
     [("Tỉnh đón", None, None, 6071.0, "nghìn lượt khách", False,
       [("ratio", 101.0, "%", "plan"), ("increase", 71.0, "%", "same_period_previous_year")]),
      ("CPI", None, "tháng 9", None, None, False,
       [("increase", 3.06, "%", "previous_period"), ("increase", 3.3, "%", "same_period_previous_year")])]),
    # "đạt X%" after a fronted plan baseline (also "đối chiếu với") is a ratio of the same figure
    ("Tổng diện tích gieo trồng gần 394.400 ha; so với kế hoạch năm thì đạt hơn 100,3%, còn so với năm 2021 thì bằng "
     "101,1%. Giải ngân mới đạt 52,43% kế hoạch; còn đối chiếu với kế hoạch Thủ tướng giao thì đạt 58,33%.",
     [("Tổng diện tích gieo trồng", None, None, 394400.0, "ha", False,
       [("ratio", 100.3, "%", "plan"), ("ratio", 101.1, "%", "same_period_previous_year")]),
      ("Giải ngân", None, None, None, None, False, [("ratio", 52.43, "%", "plan"), ("ratio", 58.33, "%", "plan")])]),
    # "trong nước" in what a figure is of is no connector; "15 tuổi" in a name is no figure of the gap
    ("Nhập khẩu ghi nhận 135,93 tỷ USD của khu vực kinh tế trong nước (tăng 18,3%). Cả nước có 52,4 triệu người thuộc "
     "lực lượng lao động từ 15 tuổi trở lên; so với quý trước cao hơn 92,6 nghìn người.",
     [("Nhập khẩu", None, None, 135.93, "tỷ USD", False, [("increase", 18.3, "%", None)]),
      ("lực lượng lao động từ 15 tuổi trở lên", None, None, 52.4, "triệu người", False,
       [("increase", 92.6, "nghìn người", "previous_period")])]),
    # the planning ministry publishes a figure, it does not make it a plan: the lead stays an observation and its
    # breakdown inherits its baseline
    ("Số liệu của Bộ Kế hoạch và Đầu tư cho biết, so với cùng kỳ năm 2022, vốn FDI đăng ký tăng 32,1%, lên 36,61 "
     "tỷ USD. Trong đó, có 3.188 dự án mới, tăng 56,6%.",
     [("vốn FDI đăng ký", None, None, 36.61, "tỷ USD", False, [("increase", 32.1, "%", "same_period_previous_year")]),
      ("dự án mới", None, None, 3188.0, "dự án", False, [("increase", 56.6, "%", "same_period_previous_year")])]),
    # a note gives the comparisons after it their baseline, and a note line marks the figures under it as estimates
    ("Đơn vị: tỷ USD. Các số đều là số ước tính; số trong ngoặc là tốc độ so với năm 2023.\n"
     "1. Hoa Kỳ — 119,5 (+23,3%)\n2. Trung Quốc — 61,2 (+0,1%)",
     [(None, None, None, 119.5, "tỷ USD", True, [("increase", 23.3, "%", "same_period_previous_year")]),
      (None, None, None, 61.2, "tỷ USD", True, [("increase", 0.1, "%", "same_period_previous_year")])]),
    ("Đơn vị tính: tỷ đồng; tăng/giảm tính so với thời điểm 31/12/2014\n- Tổng nguồn vốn huy động đạt 19.842, tăng 14,6%",
     [(None, None, None, 19842.0, "tỷ đồng", False, [("increase", 14.6, "%", "start_of_year")])]),
    # ... or, when it points back, the comparisons of its sentence or of the sentence before
    ("Đàn trâu còn 38,6 nghìn con, giảm 2,1%; đàn bò tăng 1,4%, lên 412,5 nghìn con. Các mức so sánh trên đều là so "
     "với cùng thời điểm năm trước. Xuất khẩu tăng 5%.",
     [(None, None, None, 38.6, "nghìn con", False, [("decrease", 2.1, "%", "same_period_previous_year")]),
      (None, None, None, 412.5, "nghìn con", False, [("increase", 1.4, "%", "same_period_previous_year")]),
      (None, None, None, None, None, False, [("increase", 5.0, "%", None)])]),
    ("Tổng đàn lợn còn 626,8 nghìn con, giảm 3,2%; các mức tăng, giảm này đều tính so với cùng thời điểm năm trước.",
     [(None, None, None, 626.8, "nghìn con", False, [("decrease", 3.2, "%", "same_period_previous_year")])]),
    # a table's column header is no note: it names its own column only
    ("Sản phẩm | Tăng/giảm so với năm trước | Sản lượng\nThan sạch | +3,6% | 44,2 triệu tấn\n\nXuất khẩu tăng 5%.",
     [(None, None, None, 44.2, "triệu tấn", False, [("increase", 3.6, "%", "same_period_previous_year")]),
      (None, None, None, None, None, False, [("increase", 5.0, "%", None)])]),
    # the items after a share, their verb left out, are shares too
    ("Trung Quốc chiếm 21,5%, Hoa Kỳ 21,2%, EU 11,9% và Nhật Bản 8,5% tổng kim ngạch.",
     [(None, "Trung Quốc", None, None, None, False, [("share", 21.5, "%", "total")]),
      (None, "Hoa Kỳ", None, None, None, False, [("share", 21.2, "%", "total")]),
      (None, "EU", None, None, None, False, [("share", 11.9, "%", "total")]),
      (None, "Nhật Bản", None, None, None, False, [("share", 8.5, "%", "total")])]),
    # ... also between the cells of a slide's line
    ("- Cơ cấu: nông nghiệp chiếm 19,1% | công nghiệp và xây dựng 40,3% | dịch vụ 40,6%",
     [(None, "nông nghiệp", None, None, None, False, [("share", 19.1, "%", "total")]),
      (None, "công nghiệp và xây dựng", None, None, None, False, [("share", 40.3, "%", "total")]),
      (None, "dịch vụ", None, None, None, False, [("share", 40.6, "%", "total")])]),
    # what the figure measures, pointed back to with "này", carries the comparison to the figure
    ("Vốn giải ngân đạt 8.200 tỉ đồng, bằng 65% kế hoạch; tỷ lệ giải ngân này cao hơn cùng kỳ 4,1 điểm phần trăm.",
     [("Vốn giải ngân", None, None, 8200.0, "tỉ đồng", False,
       [("ratio", 65.0, "%", "plan"), ("increase", 4.1, "điểm phần trăm", "same_period_previous_year")])]),
    # the baseline between a comparative and its figure, with "là" or a hedge before the figure
    ("Kim ngạch nhập khẩu tháng 7/2017 ở mức 17,5 tỷ USD, ít hơn tháng 6 là 2,2%; so với cùng kỳ thì cao hơn "
     "cùng kỳ năm 2016 là 21,1%.",
     [("Kim ngạch nhập khẩu", None, "tháng 7/2017", 17.5, "tỷ USD", False,
       [("decrease", 2.2, "%", "previous_period"), ("increase", 21.1, "%", "same_period_previous_year")])]),
    ("Lạm phát cơ bản bình quân 5 tháng cao hơn cùng kỳ năm 2020 là 0,82%.",
     [("Lạm phát cơ bản", None, "5 tháng", None, None, False,
       [("increase", 0.82, "%", "same_period_previous_year")])]),
    # a year before "tới" and the figure after it are not a range; "ghi nhận" is a verb, not what is counted
    ("Quý III/2016 ghi nhận 26.950 doanh nghiệp mới, vượt cùng kỳ năm 2015 tới 17,5%.",
     [("doanh nghiệp mới", None, "Quý III/2016", 26950.0, "doanh nghiệp", False,
       [("increase", 17.5, "%", "same_period_previous_year")])]),
    # the growth a plan aims at is a level with its plan word, not a rise of the figure before
    ("GDP năm 2019 ước tính tăng 7,02%, cao hơn mục tiêu tăng trưởng 6,6 - 6,8% mà Quốc hội đặt ra.",
     [("GDP", None, "năm 2019", None, None, True, [("increase", 7.02, "%", None)]),
      ("mục tiêu tăng trưởng", None, "năm 2019", 6.6, "%", False, [])]),
    # a contribution column beside a growth column: what the row's growth contributed, one fact per row
    ("Khu vực | Tốc độ tăng so với cùng kỳ (%) | Đóng góp (%)\n"
     "Nông, lâm nghiệp và thủy sản | 3,72 | 8,03\n"
     "Dịch vụ | 6,24 | 53,34\n",
     [("Nông, lâm nghiệp và thủy sản", None, None, None, None, False,
       [("increase", 3.72, "%", "same_period_previous_year"), ("contribution", 8.03, "%", None)]),
      (None, "Dịch vụ", None, None, None, False,
       [("increase", 6.24, "%", "same_period_previous_year"), ("contribution", 53.34, "%", None)])]),
    # a table copied from a PDF with one space between its cells: its header splits into as many columns as its rows
    # have cells, and it reads like the same table with "|" between them; the heading's estimate is the table's,
    # not the note's under it
    ("Một số chỉ tiêu chủ yếu năm 2023 (số ước tính)\n"
     "Chỉ tiêu Đơn vị tính Ước tính năm 2023 So với cùng kỳ năm 2022 (%) So với KH năm (%)\n"
     "GRDP bình quân đầu người triệu đồng/người 78,1 110,5 -\n"
     "Vốn đầu tư phát triển tỷ đồng 54.097,3 115,5 98,2\n"
     "Ghi chú: kế hoạch năm 2023 đặt ra vốn đầu tư phát triển tăng 10,0%.",
     [("GRDP bình quân đầu người", None, "năm 2023", 78.1, "triệu đồng/người", True,
       [("ratio", 110.5, "%", "same_period_previous_year")]),
      ("Vốn đầu tư phát triển", None, "năm 2023", 54097.3, "tỷ đồng", True,
       [("ratio", 115.5, "%", "same_period_previous_year"), ("ratio", 98.2, "%", "plan")]),
      ("vốn đầu tư phát triển", None, "năm 2023", None, None, False, [("increase", 10.0, "%", None)])]),
    # a remark between a lead and its breakdown, and a comma inside the first item's name: still a breakdown, whose
    # items inherit the lead's estimate
    ("Năm 2021, GRDP ước tăng 9,71% so với năm 2020, thuộc nhóm tăng khá của vùng Tây Nguyên; trong đó khu vực "
     "nông, lâm nghiệp và thủy sản tăng 4,88%, khu vực dịch vụ chỉ nhích lên 1,52%.",
     [("GRDP", None, "Năm 2021", None, None, True, [("increase", 9.71, "%", "same_period_previous_year")]),
      ("GRDP", "khu vực nông, lâm nghiệp và thủy sản", "Năm 2021", None, None, True,
       [("increase", 4.88, "%", "same_period_previous_year")]),
      ("GRDP", "khu vực dịch vụ", "Năm 2021", None, None, True,
       [("increase", 1.52, "%", "same_period_previous_year")])]),
    # "quy mô" between a figure and its comparison: the figure's size, compared
    ("Năm 2021, vốn đầu tư phát triển toàn xã hội ước tính trên 67,2 ngàn tỷ đồng, quy mô gấp 2,4 lần so với cùng kỳ.",
     [("vốn đầu tư phát triển toàn xã hội", None, "Năm 2021", 67.2, "ngàn tỷ đồng", True,
       [("ratio", 2.4, "lần", "same_period_previous_year")])]),
    # a list whose lead says its items rose: each item's bare percentage is a rise ("%:" declares the unit)
    ("Một số ngành dịch vụ thị trường tăng khá, như: bán buôn và bán lẻ (8,04%), vận tải kho bãi (8,66%).",
     [(None, "bán buôn và bán lẻ", None, None, None, False, [("increase", 8.04, "%", None)]),
      (None, "vận tải kho bãi", None, None, None, False, [("increase", 8.66, "%", None)])]),
    ("Chỉ số giá các nhóm tăng so với tháng trước, %: giao thông 5,94 - hàng ăn và dịch vụ ăn uống 0,34.",
     [("Chỉ số giá", "giao thông", None, None, None, False, [("increase", 5.94, "%", "previous_period")]),
      ("Chỉ số giá", "hàng ăn và dịch vụ ăn uống", None, None, None, False,
       [("increase", 0.34, "%", "previous_period")])]),
    # ... but not an item with its own verb
    ("Doanh thu tăng: khách sạn đạt 5%.", [("khách sạn", None, None, 5.0, "%", False, [])]),
    # a year further back than the one before is another baseline, not the same period of the previous year
    ("Quy mô GRDP năm 2025 dự kiến khoảng 357.760 tỷ đồng, gấp 1,9 lần so với năm 2020.",
     [("Quy mô GRDP", None, "năm 2025", 357760.0, "tỷ đồng", True, [("ratio", 1.9, "lần", "other")])]),
    # a signed cell under a "so với" column is a rise or a fall; a header that opens with "Tăng" holds rises
    ("Phương tiện | Lượt khách năm 2024 | Tỷ trọng (%) | So với năm trước (%)\n"
     "Đường hàng không | 14,8 triệu lượt | 84,4 | +35,6\n"
     "Đường bộ | 2,5 triệu lượt | 14,2 | -3,3\n",
     [("Đường hàng không", None, "năm 2024", 14.8, "triệu lượt", False,
       [("share", 84.4, "%", "total"), ("increase", 35.6, "%", "same_period_previous_year")]),
      ("Đường bộ", None, "năm 2024", 2.5, "triệu lượt", False,
       [("share", 14.2, "%", "total"), ("decrease", 3.3, "%", "same_period_previous_year")])]),
    ("Vùng\tSố doanh nghiệp\tTăng so với cùng kỳ (%)\n"
     "Đông Nam Bộ\t34.996\t18,4\n",
     [("Số doanh nghiệp", None, None, 34996.0, "doanh nghiệp", False,
       [("increase", 18.4, "%", "same_period_previous_year")])]),
    # a table's unit column ("ĐVT") gives each row's figures their unit
    ("Chỉ tiêu | Năm 2019 | 2019/2018 | ĐVT\n1. Lượt khách tham quan, du lịch | 8,69 | +13,9% | triệu lượt\n"
     "2. Tổng thu từ du lịch | 30.973 | +15,6% | tỷ đồng",
     [(None, None, "Năm 2019", 8.69, "triệu lượt", False, [("increase", 13.9, "%", "same_period_previous_year")]),
      (None, None, "Năm 2019", 30973.0, "tỷ đồng", False, [("increase", 15.6, "%", "same_period_previous_year")])]),
    # the words that qualify a count may go on with "và"; "và" before an indicator word opens another subject
    ("Cả nước có hơn 193,7 nghìn doanh nghiệp đăng ký thành lập mới và quay trở lại hoạt động, tăng 8,7% so với "
     "cùng kỳ năm trước.",
     [(None, None, None, 193.7, "nghìn doanh nghiệp", False, [("increase", 8.7, "%", "same_period_previous_year")])]),
    ("Cả nước có 1.000 doanh nghiệp thành lập mới và số vốn đăng ký tăng 5%.",
     [(None, None, None, 1000.0, "doanh nghiệp", False, []), (None, None, None, None, None, False,
                                                               [("increase", 5.0, "%", None)])]),
    # an estimate word in the sentence's opening clause governs the whole sentence, also after another sentence
    ("Chăn nuôi ổn định. Ước tính đến cuối tháng 8/2016, đàn trâu có 21,3 nghìn con, đàn bò có 97,4 nghìn con.",
     [(None, None, "cuối tháng 8/2016", 21.3, "nghìn con", True, []),
      (None, None, "cuối tháng 8/2016", 97.4, "nghìn con", True, [])]),
    # "tác động làm" and "góp phần làm" join a group's contribution to its own rise
    ("Nhóm nhà ở, điện, nước và vật liệu xây dựng tăng 0,77% so với tháng trước, tác động làm CPI chung tăng 0,15 điểm "
     "phần trăm.",
     [(None, None, None, None, None, False,
       [("increase", 0.77, "%", "previous_period"), ("contribution", 0.15, "điểm phần trăm", None)])]),
    ("Giá điện sinh hoạt tăng 1,8%, góp phần làm CPI chung tăng 0,06 điểm phần trăm.",
     [(None, None, None, None, None, False,
       [("increase", 1.8, "%", None), ("contribution", 0.06, "điểm phần trăm", None)])]),
    # "Chia ra:" opens a breakdown: its items take the lead's baseline and estimate
    ("Tổng mức bán lẻ tháng 10 ước đạt 6.512 tỷ đồng, tăng 10,5% so cùng kỳ. Chia ra:\n"
     "- Doanh thu bán lẻ hàng hóa: 4.980 tỷ đồng, tăng 9,8%;\n- Doanh thu du lịch lữ hành: 35 tỷ đồng, tăng 22,1%.",
     [(None, None, "tháng 10", 6512.0, "tỷ đồng", True, [("increase", 10.5, "%", "same_period_previous_year")]),
      (None, None, "tháng 10", 4980.0, "tỷ đồng", True, [("increase", 9.8, "%", "same_period_previous_year")]),
      (None, None, "tháng 10", 35.0, "tỷ đồng", True, [("increase", 22.1, "%", "same_period_previous_year")])]),
    # rows numbered "a)", "b)" with doubled borders: each row is one fact, its value with its share
    ("Xuất khẩu gỗ năm 2020 theo thị trường (triệu USD):\nThị trường || Giá trị || Tỷ trọng (%)\n"
     "a) Hoa Kỳ || 338,2 || 35,9\nb) EU || 201,4 || 21,4",
     [(None, None, "năm 2020", 338.2, "triệu USD", False, [("share", 35.9, "%", "total")]),
      (None, None, "năm 2020", 201.4, "triệu USD", False, [("share", 21.4, "%", "total")])]),
    ("Chỉ tiêu | Thực hiện 9 tháng | So cùng kỳ (%)\nTổng thu ngân sách (tỷ đồng) | 12.450 | 108,5\n"
     "Kim ngạch xuất khẩu (triệu USD) | 3.560 | 95,6",
     [(None, None, "9 tháng", 12450.0, "tỷ đồng", False, [("ratio", 108.5, "%", "same_period_previous_year")]),
      (None, None, "9 tháng", 3560.0, "triệu USD", False, [("ratio", 95.6, "%", "same_period_previous_year")])]),
    ("Sản lượng một số sản phẩm: xi măng (nghìn tấn) 1.250, tăng 5%; thép (tấn) 45.300, giảm 2%.",
     [(None, None, None, 1250.0, "nghìn tấn", False, [("increase", 5.0, "%", None)]),
      (None, None, None, 45300.0, "tấn", False, [("decrease", 2.0, "%", None)])]),
    ("Sản lượng lúa cả năm (nghìn tấn): 1.250,5, tăng 2% (cao nhất 5 năm).",
     [(None, None, None, 1250.5, "nghìn tấn", False, [("increase", 2.0, "%", None)])]),
    # a unit in parentheses after a row's label holds for every figure of the row, and for its sub-rows
    ("Chỉ tiêu | Quý 4/2015 | Quý 3/2015\nLực lượng lao động (triệu người) | 54,59 | 54,32\n"
     "Tỷ lệ thất nghiệp (%) | 2,18 | 2,35\n - Khu vực thành thị | 3,15 | 3,38",
     [(None, None, "Quý 4/2015", 54.59, "triệu người", False, []),
      (None, None, "Quý 3/2015", 54.32, "triệu người", False, []),
      (None, None, "Quý 4/2015", 2.18, "%", False, []), (None, None, "Quý 3/2015", 2.35, "%", False, []),
      (None, None, "Quý 4/2015", 3.15, "%", False, []), (None, None, "Quý 3/2015", 3.38, "%", False, [])]),
    # a caption saying the table holds rates of growth: every figure under a period rises or falls
    ("TỐC ĐỘ TĂNG/GIẢM IIP 7 THÁNG SO VỚI CÙNG KỲ (%)\nNgành\t7T/2022\t7T/2023\nChế biến, chế tạo\t17,53\t-16,74",
     [(None, None, "7T/2022", None, None, False, [("increase", 17.53, "%", "same_period_previous_year")]),
      (None, None, "7T/2023", None, None, False, [("decrease", 16.74, "%", "same_period_previous_year")])]),
    # the items of a list whose head rises or falls: their bare percentages are their rises or falls
    ("Các nhóm còn lại cũng tăng so với tháng trước, lần lượt: văn hóa, giải trí và du lịch 0,19%; may mặc, mũ nón, "
     "giày dép 0,09%.",
     [(None, None, None, None, None, False, [("increase", 0.19, "%", "previous_period")]),
      (None, None, None, None, None, False, [("increase", 0.09, "%", "previous_period")])]),
    # ... also when the head's verb is written with two spaces inside it ("tăng  thêm")
    ("Các nhóm còn lại tăng  thêm so với tháng trước, lần lượt: văn hóa 0,19%; may mặc 0,09%.",
     [(None, None, None, None, None, False, [("increase", 0.19, "%", "previous_period")]),
      (None, None, None, None, None, False, [("increase", 0.09, "%", "previous_period")])]),
    # ... not under a head without a rise or a fall
    ("Một số mặt hàng chủ lực như: điện thoại 12,5 tỷ USD; dệt may 3,5%.",
     [(None, None, None, 12.5, "tỷ USD", False, []), (None, None, None, 3.5, "%", False, [])]),
    # a sentence that opens with another baseline (or points back) compares the figure closing the sentence before
    ("Chỉ số giá tiêu dùng tháng Một nhích 0,1% so với tháng trước. Còn so với cùng kỳ năm trước, CPI tăng 2,56%.",
     [(None, None, "tháng Một", None, None, False,
       [("increase", 0.1, "%", "previous_period"), ("increase", 2.56, "%", "same_period_previous_year")])]),
    ("CPI tháng 6 tăng 0,69% so với tháng trước. Nếu đặt cạnh tháng 12/2021 thì mức tăng là 3,18%.",
     [(None, None, "tháng 6", None, None, False,
       [("increase", 0.69, "%", "previous_period"), ("increase", 3.18, "%", "start_of_year")])]),
    ("CPI tháng 6 nhích 0,17% so với tháng trước. Lấy mốc tháng 12/2023 thì CPI đã tăng 1,40%.",
     [(None, None, "tháng 6", None, None, False,
       [("increase", 0.17, "%", "previous_period"), ("increase", 1.4, "%", "start_of_year")])]),
    ("Tổng mức bán lẻ tháng 1 ước tính 330.300 tỷ đồng. Con số này cao hơn 5,6% so với tháng trước.",
     [(None, None, "tháng 1", 330300.0, "tỷ đồng", True, [("increase", 5.6, "%", "previous_period")])]),
    # the rise counted without the change of prices ("mức tăng thực còn 6,7%") is the same figure's, in its sentence
    # or in the next one
    ("Doanh thu đạt 330.300 tỷ đồng, tăng 9,9% so với cùng kỳ; loại trừ yếu tố giá, mức tăng thực còn 6,7%.",
     [(None, None, None, 330300.0, "tỷ đồng", False, [("increase", 9.9, "%", "same_period_previous_year"),
                                                     ("increase", 6.7, "%", "same_period_previous_year")])]),
    ("Tổng mức bán lẻ 5 tháng ước 2.527 ngàn tỷ đồng, cao hơn cùng kỳ 12,6%. Loại trừ yếu tố giá, mức tăng là 8,3%.",
     [(None, None, "5 tháng", 2527.0, "ngàn tỷ đồng", True, [("increase", 12.6, "%", "same_period_previous_year"),
                                                          ("increase", 8.3, "%", None)])]),
    # ... not when it names another subject
    ("Nhập khẩu đạt 2,5 tỷ USD. So với cùng kỳ năm trước, xuất khẩu tăng 5%.",
     [(None, None, None, 2.5, "tỷ USD", False, []),
      (None, None, None, None, None, False, [("increase", 5.0, "%", "same_period_previous_year")])]),
    # "còn so với ... thì ..." compares the same figure again, also across an aside in parentheses
    ("Chỉ số sản xuất công nghiệp quý III/2019 giảm 10,3% so với quý II, còn so với quý cùng kỳ thì giảm 3,5%.",
     [(None, None, "quý III/2019", None, None, False,
       [("decrease", 10.3, "%", "previous_period"), ("decrease", 3.5, "%", "same_period_previous_year")])]),
    ("Tổng mức bán lẻ ước tính 60,3 nghìn tỷ đồng; so với tháng trước tăng 2,5%, còn so cùng kỳ 2021 (khi Thủ đô "
     "còn giãn cách xã hội) thì tăng 72,3%.",
     [(None, None, None, 60.3, "nghìn tỷ đồng", True,
       [("increase", 2.5, "%", "previous_period"), ("increase", 72.3, "%", "same_period_previous_year")])]),
    # ... also when the comparison follows in parentheses
    ("Tỉnh thu về 6.373 tỷ đồng doanh thu du lịch (tăng 39,1% so cùng kỳ).",
     [(None, None, None, 6373.0, "tỷ đồng", False, [("increase", 39.1, "%", "same_period_previous_year")])]),
    # a remark closed by "khi", and "nhờ tốc độ tăng", lead to the same figure's next comparison
    ("Bán lẻ hàng hóa có doanh thu 2.598,4 nghìn tỷ đồng, giữ tỷ trọng lớn nhất khi chiếm 76,7% tổng mức, tăng 8,0%.",
     [(None, None, None, 2598.4, "nghìn tỷ đồng", False, [("share", 76.7, "%", "total"), ("increase", 8.0, "%", None)])]),
    ("Chế biến, chế tạo đóng góp 8,5 điểm phần trăm cho tăng trưởng toàn ngành nhờ tốc độ tăng 10,6%.",
     [(None, None, None, None, None, False,
       [("contribution", 8.5, "điểm phần trăm", None), ("increase", 10.6, "%", None)])]),
    # ... but a new subject before "khi" has its own figure
    ("Chế biến tăng 6%; ngành khai khoáng là ngoại lệ duy nhất khi giảm 2%.",
     [(None, None, None, None, None, False, [("increase", 6.0, "%", None)]),
      (None, None, None, None, None, False, [("decrease", 2.0, "%", None)])]),
    # the figure's period, a record remark and a period baseline stand between a figure and its comparison
    ("Tỉnh thu hút được 3,1 tỷ USD vốn FDI trong năm, cao hơn 1,2 tỷ USD so với năm 2022.",
     [(None, None, None, 3.1, "tỷ USD", False, [("increase", 1.2, "tỷ USD", "same_period_previous_year")])]),
    ("Vốn thực hiện ước đạt 20,38 tỷ USD – mức cao kỷ lục – và tăng 6,7%.",
     [(None, None, None, 20.38, "tỷ USD", True, [("increase", 6.7, "%", None)])]),
    ("Số lượt tàu biển đạt gần 77.500 lượt, so với nửa đầu năm 2024 thì tăng 3,12%.",
     [(None, None, None, 77500.0, "lượt", False, [("increase", 3.12, "%", "same_period_previous_year")])]),
    # a sentence opening with its baseline names the figures before it, also with an adverb ("còn ... lại tăng")
    ("Có 11,2 nghìn doanh nghiệp mới, với gần 90,2 nghìn lao động. So với tháng 10/2024, số doanh nghiệp giảm 21,3%, "
     "còn lao động lại tăng 12%.",
     [(None, None, None, 11.2, "nghìn doanh nghiệp", False, [("decrease", 21.3, "%", "previous_period")]),
      (None, None, None, 90.2, "nghìn lao động", False, [("increase", 12.0, "%", "previous_period")])]),
    # "vượt" an amount is a hedge on a value, unless a plan is named before it
    ("Thu ngân sách lên tới 12.498 tỷ đồng, so với dự toán vượt 3.488 tỷ đồng (tức vượt 38%).",
     [(None, None, None, 12498.0, "tỷ đồng", False, [("increase", 3488.0, "tỷ đồng", "plan"), ("increase", 38.0, "%", "plan")])]),
    ("Sản lượng lúa vượt 1 triệu tấn.", [(None, None, None, 1.0, "triệu tấn", False, [])]),
    # "Về đóng góp ... vào mức tăng chung:" opens a breakdown of the lead; its estimate and baseline carry over
    ("Cả năm 2024, GDP được ước tính tăng 7,09% so với năm trước. Về đóng góp của từng khu vực vào mức tăng chung: "
     "khu vực dịch vụ tăng 7,38%, đóng góp 49,46%.",
     [("GDP", None, "Cả năm 2024", None, None, True, [("increase", 7.09, "%", "same_period_previous_year")]),
      ("GDP", "khu vực dịch vụ", "Cả năm 2024", None, None, True,
       [("increase", 7.38, "%", "same_period_previous_year"), ("contribution", 49.46, "%", None)])]),
    # a sentence wrapped over two lines, as text taken from a PDF is, reads as one sentence
    ("Toàn tỉnh ước tính có 3.535\ndoanh nghiệp đang hoạt động, tăng 14,6%\nso với cuối năm 2017; trong đó\n"
     "khu vực FDI tăng 4,1%.",
     [(None, None, None, 3535.0, "doanh nghiệp", True, [("increase", 14.6, "%", "start_of_year")]),
      (None, None, None, None, None, True, [("increase", 4.1, "%", "start_of_year")])]),
    # rows written "label — change — level": the sign after an em dash marks the change, the level follows
    ("II. Vận chuyển hàng hóa — +9,87% — 168,4 triệu tấn | Luân chuyển hàng hóa — +12,35% — 72.530,4 triệu tấn.km",
     [(None, None, None, 168.4, "triệu tấn", False, [("increase", 9.87, "%", None)]),
      (None, None, None, 72530.4, "triệu tấn.km", False, [("increase", 12.35, "%", None)])]),
    # what the figure measures, then "tương ứng" and its share; "so với một năm trước" is a year back
    ("Thanh Hóa có 14,57 tỉ USD vốn đăng ký, tương ứng chiếm 24% tổng vốn của cả khu vực.",
     [("vốn đăng ký", None, None, 14.57, "tỉ USD", False, [("share", 24.0, "%", "total")])]),
    ("Cho vay ngắn hạn hơn 1,22 triệu tỷ đồng, so với một năm trước tăng 7,3%.",
     [("Cho vay ngắn hạn", None, None, 1.22, "triệu tỷ đồng", False, [("increase", 7.3, "%", "same_period_previous_year")])]),
    # comparison columns headed by the same period ("T8/2016 so T7/2016 | T8/2016 so T8/2015") compare one figure
    ("Ngành | T8/2016 so T7/2016 | T8/2016 so T8/2015 | 8 tháng 2016 so cùng kỳ\nKhai khoáng | 109,37 | 49,38 | 64,66",
     [(None, "Khai khoáng", "T8/2016", None, None, False,
       [("ratio", 109.37, "%", "previous_period"), ("ratio", 49.38, "%", "same_period_previous_year")]),
      (None, "Khai khoáng", "8 tháng 2016", None, None, False, [("ratio", 64.66, "%", "same_period_previous_year")])]),
    # the items after a rise in parentheses rise too; after a share they are shares
    ("Giá tăng ở các mặt hàng như: thịt gia súc (tăng 10,01%), thịt chế biến (7,02%), gia cầm (5,85%).",
     [(None, None, None, None, None, False, [("increase", 10.01, "%", None)]),
      (None, None, None, None, None, False, [("increase", 7.02, "%", None)]),
      (None, None, None, None, None, False, [("increase", 5.85, "%", None)])]),
    ("Nhóm thực phẩm tăng 5,9%, với các mặt hàng như: thịt gia súc (tăng 10,01%), thịt chế biến (7,02%), gia cầm "
     "(5,85%).",
     [("Nhóm thực phẩm", None, None, None, None, False, [("increase", 5.9, "%", None)]),
      (None, "thịt gia súc", None, None, None, False, [("increase", 10.01, "%", None)]),
      (None, "thịt chế biến", None, None, None, False, [("increase", 7.02, "%", None)]),
      (None, "gia cầm", None, None, None, False, [("increase", 5.85, "%", None)])]),
    ("Xuất khẩu đạt 6,8 tỷ USD (18,6%), tiếp đến là Nga (20,07%).",
     [(None, None, None, 6.8, "tỷ USD", False, [("share", 18.6, "%", "total")]),
      (None, None, None, None, None, False, [("share", 20.07, "%", "total")])]),
    # the figure's measure named again after its baseline, short ("mức chi"), carries the comparison to it
    ("Chi ngân sách địa phương ước đạt 8.737,8 tỷ đồng, bằng 49,3% dự toán; so với cùng kỳ năm trước, mức chi tăng 15%.",
     [(None, None, None, 8737.8, "tỷ đồng", True,
       [("ratio", 49.3, "%", "plan"), ("increase", 15.0, "%", "same_period_previous_year")])]),
    # what the count is, then a word pointing back to it; "lại" (again) between a baseline and its verb
    ("Tháng 9 có thêm gần 6,5 nghìn doanh nghiệp quay lại hoạt động; so với tháng 8, con số này giảm 23,7%, nhưng so "
     "cùng kỳ lại tăng 11,6%.",
     [(None, None, "Tháng 9", 6.5, "nghìn doanh nghiệp", False,
       [("decrease", 23.7, "%", "previous_period"), ("increase", 11.6, "%", "same_period_previous_year")])]),
    # "nghĩa là" restates the comparison in another unit; "tăng tuyệt đối" is a rise in the figure's unit
    ("Nhập khẩu 70,89 tỷ USD, tăng 27,2%, nghĩa là so với cùng kỳ năm trước đã tăng gần 15,17 tỷ USD.",
     [(None, None, None, 70.89, "tỷ USD", False,
       [("increase", 27.2, "%", None), ("increase", 15.17, "tỷ USD", "same_period_previous_year")])]),
    ("Thanh toán vốn đầu tư công đạt gần 90.000 tỷ đồng, tăng tuyệt đối khoảng 16,5 nghìn tỷ đồng.",
     [(None, None, None, 90000.0, "tỷ đồng", False, [("increase", 16.5, "nghìn tỷ đồng", None)])]),
    # a speaker's turn ("Giám đốc Sở Tài chính: ...") opens no list; the breakdown after it takes the estimate
    ("Phóng viên: Chi ngân sách ra sao? Giám đốc Sở Tài chính: Ước cả năm, tổng chi ngân sách địa phương đạt 7.120 "
     "tỷ đồng. Trong số này, chi thường xuyên là 4.210 tỷ đồng.",
     [("tổng chi ngân sách địa phương", None, None, 7120.0, "tỷ đồng", True, []),
      ("chi thường xuyên", None, None, 4210.0, "tỷ đồng", True, [])]),
    # a colon after a verb of saying ("thông tin:", "cho biết:") opens the words reported, not a list: the figure
    # after it leads the breakdown that follows
    ("Chiều 5/7, Sở Tài chính thông tin: 6 tháng đầu năm, tổng thu ngân sách đạt 12.400 tỷ đồng, so với cùng kỳ tăng "
     "8,2%. Trong đó, thu nội địa 9.100 tỷ đồng (tăng 6,5%).",
     [("tổng thu ngân sách", None, "6 tháng đầu năm", 12400.0, "tỷ đồng", False,
       [("increase", 8.2, "%", "same_period_previous_year")]),
      ("thu nội địa", None, "6 tháng đầu năm", 9100.0, "tỷ đồng", False,
       [("increase", 6.5, "%", "same_period_previous_year")])]),
    # the next item of a ranking ("tiếp đến là ...") shares the estimate verb of the clause before
    ("Về thị trường nhập khẩu, Hàn Quốc dẫn đầu với kim ngạch ước đạt 21,4 tỷ USD; kế đến là Nhật Bản 9,8 tỷ USD; "
     "Thái Lan 5,1 tỷ USD.",
     [("kim ngạch", "Hàn Quốc", None, 21.4, "tỷ USD", True, []),
      ("kim ngạch", "Nhật Bản", None, 9.8, "tỷ USD", True, []),
      ("kim ngạch", "Thái Lan", None, 5.1, "tỷ USD", True, [])]),
    # a baseline that opens the sentence reaches its comparison over a long subject; "tuy vậy" / "dù vậy" go on
    # with the same figure
    ("So với tháng trước, CPI tháng 10/2024 trên địa bàn thành phố Cần Thơ và các huyện lân cận giảm 0,08%; tuy "
     "vậy, so với cùng kỳ chỉ số này vẫn tăng 2,6%.",
     [("CPI", None, "tháng 10/2024", None, None, False,
       [("decrease", 0.08, "%", "previous_period"), ("increase", 2.6, "%", "same_period_previous_year")])]),
    # "tỷ trọng" right before "chiếm" names the figure's own share, not a new subject
    ("Doanh thu vận tải hàng hóa đạt 12.480 tỷ đồng, tỷ trọng chiếm 41,2%, tăng 8,4% so với cùng kỳ.",
     [("Doanh thu vận tải hàng hóa", None, None, 12480.0, "tỷ đồng", False,
       [("share", 41.2, "%", "total"), ("increase", 8.4, "%", "same_period_previous_year")])]),
    # a bare scale takes the noun its subject counts before the unit of the figure before it
    ("Số lao động đăng ký là 905,7 nghìn người; tổng số doanh nghiệp gia nhập thị trường lên 218,5 nghìn.",
     [("Số lao động đăng ký", None, None, 905.7, "nghìn người", False, []),
      ("tổng số doanh nghiệp gia nhập thị trường", None, None, 218.5, "nghìn doanh nghiệp", False, [])]),
    # a period before a colon labels the statement after it; a clause of the lead's sentence that ends with a colon
    # announces the bullets under it; a line with another bullet mark is no longer one of them
    ("Cộng dồn 9 tháng năm 2024: IIP tăng 8,3% so với cùng kỳ; các ngành cấp I đều tăng:\n + khai khoáng: +4,1%\n"
     " + chế biến, chế tạo: +9,2%\n* Nhóm ngành dệt may tăng cao: sản xuất trang phục có mức tăng 21,5%.",
     [("IIP", None, "9 tháng năm 2024", None, None, False, [("increase", 8.3, "%", "same_period_previous_year")]),
      ("IIP", "khai khoáng", "9 tháng năm 2024", None, None, False,
       [("increase", 4.1, "%", "same_period_previous_year")]),
      ("IIP", "chế biến, chế tạo", "9 tháng năm 2024", None, None, False,
       [("increase", 9.2, "%", "same_period_previous_year")]),
      ("IIP", "sản xuất trang phục", "9 tháng năm 2024", None, None, False, [("increase", 21.5, "%", None)])]),
    # an earlier item's baseline of its second comparison is not the next item's first one's
    ("Doanh thu dịch vụ tháng 10 ước đạt 42,1 nghìn tỷ đồng; so với tháng trước tăng 1,9%, còn so cùng kỳ thì tăng "
     "12,3%. Phân theo ngành: lưu trú 5,2 nghìn tỷ đồng, tăng 3,1% và so cùng kỳ thì gấp 1,4 lần; lữ hành 1,8 nghìn "
     "tỷ đồng, +2,2% và gấp 2,5 lần.",
     [("Doanh thu dịch vụ", None, "tháng 10", 42.1, "nghìn tỷ đồng", True,
       [("increase", 1.9, "%", "previous_period"), ("increase", 12.3, "%", "same_period_previous_year")]),
      ("Doanh thu dịch vụ", "lưu trú", "tháng 10", 5.2, "nghìn tỷ đồng", True,
       [("increase", 3.1, "%", "previous_period"), ("ratio", 1.4, "lần", "same_period_previous_year")]),
      ("Doanh thu dịch vụ", "lữ hành", "tháng 10", 1.8, "nghìn tỷ đồng", True,
       [("increase", 2.2, "%", "previous_period"), ("ratio", 2.5, "lần", "same_period_previous_year")])]),
    # figures said to be estimates before the first one: all of the sentence's
    ("Số liệu ước tính tại thời điểm tháng 9/2022 cho thấy tổng đàn trâu đạt 98,2 nghìn con; tổng đàn bò đạt 120,5 "
     "nghìn con.",
     [("tổng đàn trâu", None, "tháng 9/2022", 98.2, "nghìn con", True, []),
      ("tổng đàn bò", None, "tháng 9/2022", 120.5, "nghìn con", True, [])]),
    # what the sentence is about, written before its first indicator, goes on with the next ones
    ("Riêng khu vực FDI số doanh nghiệp giảm 14,8%, lao động giảm 17,8%.",
     [("số doanh nghiệp", "khu vực FDI", None, None, None, False, [("decrease", 14.8, "%", None)]),
      ("lao động", "khu vực FDI", None, None, None, False, [("decrease", 17.8, "%", None)])]),
    # "đạt X%, tương ứng Y": the percentage is a ratio, the level follows it
    ("Chi đầu tư phát triển đạt 81,2% dự toán với 4.120 tỷ đồng; chi thường xuyên đạt 96,4%, tương ứng 7.310 tỷ "
     "đồng.",
     [("Chi đầu tư phát triển", None, None, 4120.0, "tỷ đồng", False, [("ratio", 81.2, "%", "plan")]),
      ("chi thường xuyên", None, None, 7310.0, "tỷ đồng", False, [("ratio", 96.4, "%", "plan")])]),
    # "Trong số này" opens a breakdown: its items take the lead's baseline
    ("Lượt khách đạt 3,7 triệu lượt, tăng 5% so với cùng kỳ. Trong số này, khách lưu trú hơn 1,6 triệu lượt, tăng 7%.",
     [("Lượt khách", None, None, 3.7, "triệu lượt", False, [("increase", 5.0, "%", "same_period_previous_year")]),
      ("Lượt khách", "khách lưu trú", None, 1.6, "triệu lượt", False,
       [("increase", 7.0, "%", "same_period_previous_year")])]),
    # a baseline that opens the list is the items', not the lead's
    ("CPI tăng 4,21% so với cùng kỳ. Cụ thể so với tháng trước, nhóm giao thông tăng 1,02%; nhóm giáo dục tăng 0,56%.",
     [("CPI", None, None, None, None, False, [("increase", 4.21, "%", "same_period_previous_year")]),
      ("CPI", "nhóm giao thông", None, None, None, False, [("increase", 1.02, "%", "previous_period")]),
      ("CPI", "nhóm giáo dục", None, None, None, False, [("increase", 0.56, "%", "previous_period")])]),
    # two baselines over a list: each item's k-th comparison is read against the k-th
    ("IIP tăng 0,5% so với tháng trước và tăng 12,7% so với cùng kỳ. Phân theo ngành, so với tháng trước và so với "
     "cùng kỳ lần lượt: chế biến, chế tạo tăng 0,3% và 13,4%; khai khoáng tăng 12,9% nhưng giảm 17,5%.",
     [("IIP", None, None, None, None, False,
       [("increase", 0.5, "%", "previous_period"), ("increase", 12.7, "%", "same_period_previous_year")]),
      ("IIP", "chế biến, chế tạo", None, None, None, False,
       [("increase", 0.3, "%", "previous_period"), ("increase", 13.4, "%", "same_period_previous_year")]),
      ("IIP", "khai khoáng", None, None, None, False,
       [("increase", 12.9, "%", "previous_period"), ("decrease", 17.5, "%", "same_period_previous_year")])]),
    ("Sản lượng tôm cả năm ước trên 183.000 tấn; mức này so với cùng kỳ cao hơn 17,8%, đồng thời vượt kế hoạch 6,5%.",
     [("Sản lượng tôm", None, None, 183000.0, "tấn", True,
       [("increase", 17.8, "%", "same_period_previous_year"), ("increase", 6.5, "%", "plan")])]),
    # "cao hơn mức tăng X% của năm trước": the rise of another year, its own fact, not a comparison of the first
    ("GRDP năm 2024 tăng 7,51%, cao hơn mức tăng 6,88% của năm 2023.",
     [("GRDP", None, "năm 2024", None, None, False, [("increase", 7.51, "%", None)]),
      ("GRDP", None, "năm 2023", None, None, False, [("increase", 6.88, "%", None)])]),
    # the estimate of a list's first item is that of the items like it; "máy tính bảng 11,4" is a figure, not "Bảng 11"
    ("Sản lượng 8 tháng: điện thoại ước đạt 52,6 triệu cái, giảm 21,3%; máy tính bảng 11,4 triệu cái, giảm 8,7%.",
     [("Sản lượng", "điện thoại", "8 tháng", 52.6, "triệu cái", True, [("decrease", 21.3, "%", None)]),
      ("Sản lượng", "máy tính bảng", "8 tháng", 11.4, "triệu cái", True, [("decrease", 8.7, "%", None)])]),
    # a table under a declared index base ("cùng kỳ năm trước = 100"): its figures are ratios against that base
    ("Chỉ số sản xuất công nghiệp (cùng kỳ năm trước = 100; đơn vị: %)\n"
     "Ngành | Quý III năm 2025 | 9 tháng năm 2025\nNgành khai khoáng | 108,2 | 100,1\n",
     [("Chỉ số sản xuất công nghiệp", "Ngành khai khoáng", "Quý III năm 2025", None, None, False,
       [("ratio", 108.2, "%", "same_period_previous_year")]),
      ("Chỉ số sản xuất công nghiệp", "Ngành khai khoáng", "9 tháng năm 2025", None, None, False,
       [("ratio", 100.1, "%", "same_period_previous_year")])]),
    # the level written after its comparison, with a hedge or an estimate ("tăng 22%, đạt gần 19,6 triệu tấn")
    ("Hàng xuất khẩu tăng 22%, đạt gần 19,6 triệu tấn; hàng nhập khẩu giảm 9%, còn hơn 20,1 triệu tấn.",
     [("Hàng xuất khẩu", None, None, 19.6, "triệu tấn", False, [("increase", 22.0, "%", None)]),
      ("hàng nhập khẩu", None, None, 20.1, "triệu tấn", False, [("decrease", 9.0, "%", None)])]),
    ("Khách lưu trú tăng 0,91%, ước đạt hơn 157 nghìn lượt.",
     [("Khách lưu trú", None, None, 157.0, "nghìn lượt", True, [("increase", 0.91, "%", None)])]),
    # a period after a comparison does not cut the next comparison off; an abbreviation in parentheses does not
    # keep a fronted baseline from its comparison
    ("So với tháng 6, chỉ số giá tiêu dùng (CPI) tăng 0,11% trong tháng 7/2025; so với cùng kỳ tăng 3,19%.",
     [("chỉ số giá tiêu dùng", None, "tháng 7/2025", None, None, False,
       [("increase", 0.11, "%", "previous_period"), ("increase", 3.19, "%", "same_period_previous_year")])]),
    # the level after a comparison: "ước xấp xỉ", "tổng cộng", "với", "giá trị đạt", "tương ứng" (a money figure)
    ("So với năm 2018, doanh thu du lịch tăng khoảng 15%, ước xấp xỉ 350 tỷ đồng.",
     [("doanh thu du lịch", None, None, 350.0, "tỷ đồng", True, [("increase", 15.0, "%", "same_period_previous_year")])]),
    ("Số lao động đăng ký mới tăng 8,7%, tổng cộng 14.300 người.",
     [("Số lao động đăng ký mới", None, None, 14300.0, "người", False, [("increase", 8.7, "%", None)])]),
    # ... but a percentage after "tương ứng" restates the comparison
    ("Xuất khẩu tăng 4,08 tỷ USD, tương ứng 13,2%.",
     [("Xuất khẩu", None, None, None, None, False, [("increase", 4.08, "tỷ USD", None), ("increase", 13.2, "%", None)])]),
    # "nếu so với năm 2016 thì tăng 8,3%"; the subject named again after a fronted baseline is the same figure's
    ("Tổng thu NSNN đạt 2.036 tỷ đồng, tức bằng 112,5% dự toán; nếu so với năm 2016 thì tăng 8,3%.",
     [("Tổng thu NSNN", None, None, 2036.0, "tỷ đồng", False,
       [("ratio", 112.5, "%", "plan"), ("increase", 8.3, "%", "same_period_previous_year")])]),
    ("Tổng thu ngân sách 6 tháng là 392,2 nghìn tỷ đồng; so với cùng kỳ, thu ngân sách tăng tới 51,4%.",
     [("Tổng thu ngân sách", None, "6 tháng", 392.2, "nghìn tỷ đồng", False,
       [("increase", 51.4, "%", "same_period_previous_year")])]),
    ("Tổng thu ngân sách đạt 10 tỷ đồng; thu nội địa tăng 5%.",
     [("Tổng thu ngân sách", None, None, 10.0, "tỷ đồng", False, []),
      ("thu nội địa", None, None, None, None, False, [("increase", 5.0, "%", None)])]),
    # "nhích lên" a level is the level it rose to; "ước được", "hiện phổ biến dao động" write the level
    ("Thu nhập bình quân năm 2021 nhích lên gần 76 triệu đồng/người.",
     [("Thu nhập bình quân", None, "năm 2021", 76.0, "triệu đồng/người", False, [])]),
    ("Thu ngân sách mới hoàn thành 64% dự toán, ước được 35.440 tỷ đồng.",
     [("Thu ngân sách", None, None, 35440.0, "tỷ đồng", True, [("ratio", 64.0, "%", "plan")])]),
    # "so với ước thực hiện năm 2022" is a baseline
    ("Dự toán thu năm 2023 là 4.350 tỉ đồng; so với ước thực hiện năm 2022, con số này tăng khoảng 5,4%.",
     [("Dự toán thu", None, "năm 2023", 4350.0, "tỉ đồng", False,
       [("increase", 5.4, "%", "same_period_previous_year")])]),
    # a plan fronted before its comparison; a signed figure after the year that closes a baseline
    ("Tổng chi ngân sách địa phương đạt 7.120 tỷ đồng; so với kế hoạch bằng 98,6%.",
     [("Tổng chi ngân sách địa phương", None, None, 7120.0, "tỷ đồng", False, [("ratio", 98.6, "%", "plan")])]),
    ("Nguồn vốn huy động là 58.100 tỷ đồng (so cùng kỳ +4%; so với cuối năm 2022 +7,5%).",
     [("Nguồn vốn huy động", None, None, 58100.0, "tỷ đồng", False,
       [("increase", 4.0, "%", "same_period_previous_year"), ("increase", 7.5, "%", "start_of_year")])]),
    # an abbreviation named again after a fronted baseline; "qua đó" joins a contribution
    ("GRDP năm 2021 ở mức gần 46.200 tỷ đồng; so với năm 2020, GRDP tăng hơn 6,3%.",
     [("GRDP", None, "năm 2021", 46200.0, "tỷ đồng", False, [("increase", 6.3, "%", "same_period_previous_year")])]),
    # a comparison column headed "2019/2018"
    ("Chỉ tiêu | Ước 2019 | 2019/2018 | ĐVT\n1. Lượt khách du lịch | 8,69 | +13,9% | triệu lượt\n",
     [("Lượt khách du lịch", None, None, 8.69, "triệu lượt", True,
       [("increase", 13.9, "%", "same_period_previous_year")])]),
    # a share, what it is of, then the level it stands for
    ("Khu vực FDI chiếm gần 78% kim ngạch xuất khẩu, tương đương khoảng 10,3 tỷ USD.",
     [("Khu vực FDI", None, None, 10.3, "tỷ USD", False, [("share", 78.0, "%", "total")])]),
    ("Thu nội địa đạt 59% dự toán với 22.940 tỷ đồng.",
     [("Thu nội địa", None, None, 22940.0, "tỷ đồng", False, [("ratio", 59.0, "%", "plan")])]),
    # an estimate mark in parentheses after the figure
    ("Vốn đầu tư toàn xã hội: 16.292 tỷ đồng (ước tính), bằng gần 39% kế hoạch.",
     [("Vốn đầu tư toàn xã hội", None, None, 16292.0, "tỷ đồng", True, [("ratio", 39.0, "%", "plan")])]),
    ("Tháng 10, lượng khách quốc tế là 1.024.899 lượt (số ước), tăng 5% so với tháng 9.",
     [("lượng khách quốc tế", None, "Tháng 10", 1024899.0, "lượt", True, [("increase", 5.0, "%", "previous_period")])]),
    # a lead line that calls the table under it estimates, in parentheses
    ("Cơ cấu theo thị trường (số ước tính), 10 tháng năm 2017:\nThị trường | Số lượt khách | So với cùng kỳ (%)\n"
     "Nga | 457.316 | 138,3\n",
     [("Số lượt khách", "Nga", "10 tháng năm 2017", 457316.0, "lượt khách", True,
       [("ratio", 138.3, "%", "same_period_previous_year")])]),
    # "đạt X%" right after a fronted baseline is a ratio, read against that baseline, not the next one's
    ("Doanh thu bán lẻ đạt 3.847,20 tỷ đồng; so với tháng trước đạt 102,98%, so với cùng kỳ đạt 113,60%.",
     [("Doanh thu bán lẻ", None, None, 3847.2, "tỷ đồng", False,
       [("ratio", 102.98, "%", "previous_period"), ("ratio", 113.6, "%", "same_period_previous_year")])]),
    # the level in parentheses after a comparison whose baseline came before it; after ")" and "chỉ còn"
    ("So với cùng kỳ năm trước, hành khách vận chuyển tăng 10,3% (3.840 triệu lượt khách).",
     [("hành khách vận chuyển", None, None, 3840.0, "triệu lượt khách", False,
       [("increase", 10.3, "%", "same_period_previous_year")])]),
    ("So với cùng kỳ, diện tích ngô giảm 11,54% (-820,3 ha), chỉ còn 6.285,3 ha.",
     [("diện tích ngô", None, None, 6285.3, "ha", False,
       [("decrease", 11.54, "%", "same_period_previous_year"), ("decrease", 820.3, "ha", "same_period_previous_year")])]),
    # "như vậy" and "mức giá này" carry the comparison to the figure before
    ("Năng suất bình quân 6,12 tấn/ha, như vậy so với cùng vụ năm trước cao hơn khoảng 0,15 tấn/ha.",
     [("Năng suất bình quân", None, None, 6.12, "tấn/ha", False,
       [("increase", 0.15, "tấn/ha", "same_period_previous_year")])]),
    # a sentence that opens with its baseline names the figures of the sentences before it
    ("Cả nước có 157,2 nghìn doanh nghiệp thành lập mới. Tổng vốn đăng ký của khối doanh nghiệp này là 1.540,3 nghìn "
     "tỷ đồng, số lao động đăng ký đạt 1,0 triệu lao động. So với năm 2023, số doanh nghiệp tăng 3,0%, số vốn tăng "
     "1,3%, còn số lao động giảm 5,6%.",
     [("doanh nghiệp thành lập mới", None, None, 157.2, "nghìn doanh nghiệp", False,
       [("increase", 3.0, "%", "same_period_previous_year")]),
      ("Tổng vốn đăng ký", None, None, 1540.3, "nghìn tỷ đồng", False,
       [("increase", 1.3, "%", "same_period_previous_year")]),
      ("số lao động đăng ký", None, None, 1.0, "triệu lao động", False,
       [("decrease", 5.6, "%", "same_period_previous_year")])]),
    ("Tổng thu 9 tháng lên trên 35.696 tỷ đồng; con số lũy kế này bằng 68,2% dự toán năm, còn so với cùng kỳ năm "
     "ngoái thì tăng 11,2%.",
     [("Tổng thu", None, "9 tháng", 35696.0, "tỷ đồng", False,
       [("ratio", 68.2, "%", "plan"), ("increase", 11.2, "%", "same_period_previous_year")])]),
    # "quy mô", "với ước tính", "với doanh thu" write the level; an aside in words does not cut a comparison off
    ("Nông nghiệp tăng 3,48% và đóng góp 0,23 điểm phần trăm, quy mô 4.545 tỷ đồng.",
     [("Nông nghiệp", None, None, 4545.0, "tỷ đồng", False,
       [("increase", 3.48, "%", None), ("contribution", 0.23, "điểm phần trăm", None)])]),
    ("Thu nội địa đã đạt 107,9% dự toán với ước tính 4.318 tỉ đồng.",
     [("Thu nội địa", None, None, 4318.0, "tỉ đồng", True, [("ratio", 107.9, "%", "plan")])]),
    ("Tổng thu ngân sách ước đạt 28,57 nghìn tỷ đồng (chưa tính thu chuyển nguồn), so với thực hiện năm 2016 chỉ "
     "bằng 88,34%.",
     [("Tổng thu ngân sách", None, None, 28.57, "nghìn tỷ đồng", True,
       [("ratio", 88.34, "%", "same_period_previous_year")])]),
    # a plan fronted before a short subject
    ("Tổng thu năm 2016 ước tính 5.520 tỉ đồng; so với dự toán Trung ương giao, số thu này vượt 8,1%.",
     [("Tổng thu", None, "năm 2016", 5520.0, "tỉ đồng", True, [("increase", 8.1, "%", "plan")])]),
    # rows run together on one line; the row label under a header that names the measure is the sector
    ("Sản lượng năm 2020 (tên cây | tăng/giảm so với năm trước | sản lượng): cà phê | +4,0% | 1.763,5 nghìn tấn; "
     "cao su | +1,0% | 1.226,1 nghìn tấn; hồ tiêu | -2,2% | 270,2 nghìn tấn.",
     [("sản lượng", "cà phê", "năm 2020", 1763.5, "nghìn tấn", False, [("increase", 4.0, "%", "same_period_previous_year")]),
      ("sản lượng", "cao su", "năm 2020", 1226.1, "nghìn tấn", False, [("increase", 1.0, "%", "same_period_previous_year")]),
      ("sản lượng", "hồ tiêu", "năm 2020", 270.2, "nghìn tấn", False,
       [("decrease", 2.2, "%", "same_period_previous_year")])]),
    # an aside with a year, "quy mô này", "khi so với" keep the comparison with its figure
    ("GRDP năm 2019 đạt 204.079 tỷ đồng (giá so sánh 2010), tăng 9,05% so với năm trước.",
     [("GRDP", None, "năm 2019", 204079.0, "tỷ đồng", False, [("increase", 9.05, "%", "same_period_previous_year")])]),
    ("GRDP 6 tháng ở mức 74.968 tỷ đồng; so với cùng kỳ năm 2018, quy mô này giảm 4,29%.",
     [("GRDP", None, "6 tháng", 74968.0, "tỷ đồng", False, [("decrease", 4.29, "%", "same_period_previous_year")])]),
    ("Chỉ số IIP tháng 5/2025 ước tăng 3,2% khi so với tháng 4; so với cùng kỳ tăng 13,8%.",
     [("Chỉ số IIP", None, "tháng 5/2025", None, None, True,
       [("increase", 3.2, "%", "previous_period"), ("increase", 13.8, "%", "same_period_previous_year")])]),
    # an estimate opener after a topic governs the sentence
    ("Về chăn nuôi, ước tính tại thời điểm cuối tháng 8/2016, tổng đàn trâu là 21,3 nghìn con, so với cùng thời "
     "điểm năm 2015 giảm 2,6%; đàn bò giảm 1,9%, còn 97,4 nghìn con.",
     [("tổng đàn trâu", None, "cuối tháng 8/2016", 21.3, "nghìn con", True,
       [("decrease", 2.6, "%", "same_period_previous_year")]),
      ("đàn bò", None, "cuối tháng 8/2016", 97.4, "nghìn con", True, [("decrease", 1.9, "%", "same_period_previous_year")])]),
    # "Chi tiết các khoản thu:" opens a breakdown whose items take the lead's baseline
    ("Tổng thu đạt 54.341 tỉ đồng, tăng 25,9% so với năm 2023. Chi tiết các khoản thu: + Thu nội địa đạt 36.870 tỉ "
     "đồng (tăng31,2%); + Thu từ xuất nhập khẩu đạt 17.471 tỉ đồng (tăng 15,8%).",
     [("Tổng thu", None, None, 54341.0, "tỉ đồng", False, [("increase", 25.9, "%", "same_period_previous_year")]),
      ("Thu nội địa", None, None, 36870.0, "tỉ đồng", False, [("increase", 31.2, "%", "same_period_previous_year")]),
      ("Thu từ xuất nhập khẩu", None, None, 17471.0, "tỉ đồng", False,
       [("increase", 15.8, "%", "same_period_previous_year")])]),
    # "mức dự toán" is the plan; "tương ứng X% dự toán" is a ratio; "tỷ giá này" points back to the figure
    ("Tiền sử dụng đất thu được 11.205 tỉ đồng, gấp 1,6 lần mức dự toán.",
     [("Tiền sử dụng đất", None, None, 11205.0, "tỉ đồng", False, [("ratio", 1.6, "lần", "plan")])]),
    ("Chi đầu tư phát triển là 21.340 tỉ đồng, tương ứng 131,5% dự toán.",
     [("Chi đầu tư phát triển", None, None, 21340.0, "tỉ đồng", False, [("ratio", 131.5, "%", "plan")])]),
    ("Tỷ giá trung tâm ở mức 23.784 đồng/USD; so với cuối năm trước, tỷ giá này tăng khoảng 2,3%.",
     [("Tỷ giá trung tâm", None, None, 23784.0, "đồng/USD", False, [("increase", 2.3, "%", "start_of_year")])]),
    # the figure in another unit in parentheses shares the estimate, and takes the comparison written in its unit
    ("GDP bình quân đầu người năm 2021 ước đạt 86,3 triệu đồng/người (3.717 USD), tăng 131 USD so với năm 2020.",
     [("GDP bình quân đầu người", None, "năm 2021", 86.3, "triệu đồng/người", True, []),
      ("GDP bình quân đầu người", None, "năm 2021", 3717.0, "USD", True,
       [("increase", 131.0, "USD", "same_period_previous_year")])]),
    # items "Label: +X%, level" separated by " / "
    ("Sản lượng năm 2024 — Cà phê: +1,2%, 555,4 nghìn tấn / Hồ tiêu: -3,5%, 76,8 nghìn tấn / Mắc ca: +10,7%, 3,1 "
     "nghìn tấn.",
     [("Sản lượng", "Cà phê", "năm 2024", 555.4, "nghìn tấn", False, [("increase", 1.2, "%", None)]),
      ("Sản lượng", "Hồ tiêu", "năm 2024", 76.8, "nghìn tấn", False, [("decrease", 3.5, "%", None)]),
      ("Sản lượng", "Mắc ca", "năm 2024", 3.1, "nghìn tấn", False, [("increase", 10.7, "%", None)])]),
    # a column headed "vượt kế hoạch" compares with the plan
    ("Kết quả năm 2018 (số thực hiện | tăng so cùng kỳ | vượt kế hoạch):\n• 596.992 lượt khách | +62,1% | vượt 38,8%\n",
     [(None, None, "năm 2018", 596992.0, "lượt khách", False,
       [("increase", 62.1, "%", "same_period_previous_year"), ("increase", 38.8, "%", "plan")])]),
    # a percentage of the plan in parentheses after a figure is a ratio, not a share
    ("Vắc xin tụ huyết trùng tiêm 50.105 liều (67% KH).",
     [("Vắc xin tụ huyết trùng", None, None, 50105.0, "liều", False, [("ratio", 67.0, "%", "plan")])]),
    # "với kim ngạch ước tính", ", kim ngạch ước" write the level after a comparison of trade
    ("Xuất khẩu tăng 14,8% với kim ngạch ước tính 612,4 triệu USD, còn nhập khẩu giảm 2,3% so với quý I/2024, kim "
     "ngạch ước 198,7 triệu USD.",
     [("Xuất khẩu", None, None, 612.4, "triệu USD", True, [("increase", 14.8, "%", "previous_period")]),
      ("nhập khẩu", None, None, 198.7, "triệu USD", True, [("decrease", 2.3, "%", "previous_period")])]),
    # "đạt X%" after a figure and its rise is the figure's ratio
    ("Chi thường xuyên 1.859,8 tỷ đồng, tăng 9,1%, đạt 12,8%.",
     [("Chi thường xuyên", None, None, 1859.8, "tỷ đồng", False, [("increase", 9.1, "%", None), ("ratio", 12.8, "%", None)])]),
    # "cao hơn tháng trước 1,9%": the baseline between the verb and the figure
    ("Giá vàng bình quân ở mức 5.652.000 đồng/chỉ, cao hơn tháng trước 1,9%.",
     [("Giá vàng bình quân", None, None, 5652000.0, "đồng/chỉ", False, [("increase", 1.9, "%", "previous_period")])]),
    # a baseline opening the sentence, its subject between it and the comparison; the second comparison has its own
    ("So với tháng trước, CPI tháng 12/2019 tăng 1,4%, còn so với tháng 12/2018 tăng 5,23%.",
     [("CPI", None, "tháng 12/2019", None, None, False,
       [("increase", 1.4, "%", "previous_period"), ("increase", 5.23, "%", "start_of_year")])]),
    # the contributions of one breakdown, the verb written once; a footnote mark does not cut a comparison off
    ("Dệt may đóng góp 4,1 điểm %, sản phẩm từ cao su 4,27 điểm %.",
     [(None, "Dệt may", None, None, None, False, [("contribution", 4.1, "điểm phần trăm", None)]),
      (None, "sản phẩm từ cao su", None, None, None, False, [("contribution", 4.27, "điểm phần trăm", None)])]),
    ("Tổng thu 9 tháng đạt 35.696 tỷ đồng, bằng 68,2% dự toán năm[1] và tăng 11,2% so với cùng kỳ năm ngoái.",
     [("Tổng thu", None, "9 tháng", 35696.0, "tỷ đồng", False,
       [("ratio", 68.2, "%", "plan"), ("increase", 11.2, "%", "same_period_previous_year")])]),
    ("Số thu NSNN xấp xỉ 86.600 tỉ đồng trong tháng 4, cao hơn 23% so với tháng 3.",
     [("Số thu NSNN", None, "tháng 4", 86600.0, "tỉ đồng", False, [("increase", 23.0, "%", "previous_period")])]),
    # a header of columns over rows of cells: each cell measures what its column names
    ("Chia theo huyện (diện tích | năng suất | sản lượng)\nÝ Yên: 25.830 ha | 56,82 tạ/ha | 146.759 tấn\n",
     [("diện tích", None, None, 25830.0, "ha", False, []), ("năng suất", None, None, 56.82, "tạ/ha", False, []),
      ("sản lượng", None, None, 146759.0, "tấn", False, [])]),
    # a table whose cells are aligned by spaces
    ("Sản phẩm      ĐVT          Năm 2019      So với năm 2018 (%)\n"
     "Xe máy        triệu chiếc   1,91          87,88\n",
     [("Xe máy", None, "Năm 2019", 1.91, "triệu chiếc", False, [("ratio", 87.88, "%", "same_period_previous_year")])]),
    # the comparison in parentheses names its baseline first; "không đổi" joins two comparisons
    ("Tổng mức bán lẻ năm 2018: 34.285 tỷ đồng (so năm trước: +13,02%)",
     [("Tổng mức bán lẻ", None, "năm 2018", 34285.0, "tỷ đồng", False,
       [("increase", 13.02, "%", "same_period_previous_year")])]),
    ("Tỷ lệ thất nghiệp là 2,30%, không đổi so với quý trước và cao hơn 0,02 điểm phần trăm so với cùng kỳ.",
     [("Tỷ lệ thất nghiệp", None, None, 2.3, "%", False,
       [("increase", 0.02, "điểm phần trăm", "same_period_previous_year")])]),
    ("Số doanh nghiệp quay lại hoạt động là 7.247 doanh nghiệp, gấp 3 lần tháng trước.",
     [("Số doanh nghiệp quay lại hoạt động", None, None, 7247.0, "doanh nghiệp", False,
       [("ratio", 3.0, "lần", "previous_period")])]),
    # a price report: the fall first, then the level it reached
    ("Giá lợn hơi giảm từ 1.000-2.000 đồng/kg so với tuần trước, phổ biến 55.000 - 57.000 đồng/kg.",
     [("Giá", "lợn hơi", None, 55000.0, "đồng/kg", False, [("decrease", 1000.0, "đồng/kg", "previous_period")])]),
    # words that close a value's clause do not cut it from its comparison
    ("Khối lượng hàng hóa vận chuyển ước hơn 500 nghìn tấn các loại, bằng 97,54% tháng trước.",
     [("Khối lượng hàng hóa vận chuyển", None, None, 500.0, "nghìn tấn", True,
       [("ratio", 97.54, "%", "previous_period")])]),
    ("Nhập khẩu đạt 117,83 tỷ USD sau 7 tháng, cao hơn 23,6% so cùng kỳ 2016.",
     [("Nhập khẩu", None, "7 tháng", 117.83, "tỷ USD", False, [("increase", 23.6, "%", "same_period_previous_year")])]),
    # "giá trị sản xuất ước đạt": "sản xuất" is what the head measures, not the verb
    ("Giá trị sản xuất ước đạt 16.791,1 tỷ đồng, hoàn thành 78,55% kế hoạch năm.",
     [("Giá trị sản xuất", None, None, 16791.1, "tỷ đồng", True, [("ratio", 78.55, "%", "plan")])]),
    # "thực hiện (được) X% kế hoạch" is a ratio to the plan like "hoàn thành"; "tỷ lệ thực hiện 85%" is a level
    ("Hàng container đạt 6,2 triệu TEU, tăng 26,3% so với cùng kỳ, mới thực hiện được 67,5% kế hoạch năm.",
     [("Hàng container", None, None, 6.2, "triệu TEU", False,
       [("increase", 26.3, "%", "same_period_previous_year"), ("ratio", 67.5, "%", "plan")])]),
    ("Tỷ lệ thực hiện đạt 85%.", [("Tỷ lệ thực hiện", None, None, 85.0, "%", False, [])]),
    # a value table: each value column is a fact with its header's period; "so cùng kỳ (%)" is a ratio of the
    # value column it names ("9 tháng")
    ("Đơn vị tính: triệu USD\n"
     "Chỉ tiêu | Ước tháng 9/2025 | Ước 9 tháng 2025 | 9 tháng so cùng kỳ (%)\n"
     "Xuất khẩu | 86,9 | 712,5 | 128,9\n",
     [("Xuất khẩu", None, "tháng 9/2025", 86.9, "triệu USD", True, []),
      ("Xuất khẩu", None, "9 tháng 2025", 712.5, "triệu USD", True,
       [("ratio", 128.9, "%", "same_period_previous_year")])]),
    # a table whose cells are separated by tabs, with a unit column
    ("Chỉ tiêu\tĐơn vị tính\tThực hiện 9 tháng năm 2018\t9 tháng so với cùng kỳ (%)\n"
     "Vận chuyển hành khách\tNghìn người\t18.160\t95,19\n"
     "Doanh thu vận tải\tTỷ đồng\t2.974,6\t109,73\n",
     [("Vận chuyển hành khách", None, "9 tháng năm 2018", 18160.0, "Nghìn người", False,
       [("ratio", 95.19, "%", "same_period_previous_year")]),
      ("Doanh thu vận tải", None, "9 tháng năm 2018", 2974.6, "Tỷ đồng", False,
       [("ratio", 109.73, "%", "same_period_previous_year")])]),
    # only the second column is an estimate: the header says which
    ("Đơn vị tính: triệu USD\n"
     "Mặt hàng | Năm 2019 | Ước 2020 | 2020 so với 2019 (%)\n"
     "Tổng kim ngạch xuất khẩu | 900,4 | 941,7 | 104,6\n",
     [("Tổng kim ngạch xuất khẩu", None, "Năm 2019", 900.4, "triệu USD", False, []),
      ("Tổng kim ngạch xuất khẩu", None, "Năm 2019", 941.7, "triệu USD", True,
       [("ratio", 104.6, "%", "same_period_previous_year")])]),
    # the comparisons of an estimate column are of an estimate, also in a row whose own figure is left empty
    ("Chỉ tiêu | Đơn vị tính | Ước tính tháng 4/2020 | So với tháng trước (%) | So với cùng kỳ (%)\n"
     "Chỉ số sản xuất công nghiệp | % | - | 97,3 | 99,8\n"
     "Tổng mức bán lẻ hàng hóa | tỷ đồng | 6.009,9 | 84,5 | 80,5\n",
     [("Chỉ số sản xuất công nghiệp", None, "tháng 4/2020", None, None, True,
       [("ratio", 97.3, "%", "previous_period"), ("ratio", 99.8, "%", "same_period_previous_year")]),
      ("Tổng mức bán lẻ hàng hóa", None, "tháng 4/2020", 6009.9, "tỷ đồng", True,
       [("ratio", 84.5, "%", "previous_period"), ("ratio", 80.5, "%", "same_period_previous_year")])]),
    # a first column that numbers the rows ("STT"): its numbers are no figures and no labels; a "so với dự toán"
    # column compares the figure of the period, not the plan's own column
    ("STT\tChỉ tiêu\tDự toán năm 2017\tƯớc thực hiện 7 tháng năm 2017\tSo với dự toán (%)\tSo với cùng kỳ (%)\n"
     "I\tTổng chi ngân sách địa phương\t6.150\t2.720,0\t44,2\t94,0\n"
     "1\tChi đầu tư phát triển\t1.200\t610,5\t50,9\t101,3\n",
     [("Tổng chi ngân sách địa phương", None, "năm 2017", 6150.0, None, False, []),
      ("Tổng chi ngân sách địa phương", None, "7 tháng năm 2017", 2720.0, None, True,
       [("ratio", 44.2, "%", "plan"), ("ratio", 94.0, "%", "same_period_previous_year")]),
      ("Chi đầu tư phát triển", None, "năm 2017", 1200.0, None, False, []),
      ("Chi đầu tư phát triển", None, "7 tháng năm 2017", 610.5, None, True,
       [("ratio", 50.9, "%", "plan"), ("ratio", 101.3, "%", "same_period_previous_year")])]),
    ("TT | Chỉ tiêu | Đơn vị tính | Năm 2023 | So với năm 2022 (%)\n"
     "a) | Sản lượng lúa | nghìn tấn | 638,8 | 101,1\n"
     "b) | Sản lượng thủy sản | nghìn tấn | 302,4 | 104,0\n",
     [("Sản lượng lúa", None, "Năm 2023", 638.8, "nghìn tấn", False,
       [("ratio", 101.1, "%", "same_period_previous_year")]),
      ("Sản lượng thủy sản", None, "Năm 2023", 302.4, "nghìn tấn", False,
       [("ratio", 104.0, "%", "same_period_previous_year")])]),
    # an index table: no value column, every cell is a comparison of its own
    ("Chỉ số sản xuất công nghiệp. Đơn vị tính: %\n"
     "Ngành | Quý III/2025 so với cùng kỳ | 9 tháng 2025 so với cùng kỳ\n"
     "Toàn ngành công nghiệp | 110,0 | 109,1\n",
     [("Toàn ngành công nghiệp", None, "Quý III/2025", None, None, False,
       [("ratio", 110.0, "%", "same_period_previous_year")]),
      ("Toàn ngành công nghiệp", None, "9 tháng 2025", None, None, False,
       [("ratio", 109.1, "%", "same_period_previous_year")])]),
    # the value in the first cell, comparisons in the others
    ("Một số chỉ tiêu (thực hiện năm 2018 | so với cùng kỳ | so với kế hoạch):\n"
     "- Khách quốc tế: 596.992 lượt | +62,1% | vượt 38,8%\n",
     [("Khách quốc tế", None, "năm 2018", 596992.0, "lượt", False,
       [("increase", 62.1, "%", "same_period_previous_year"), ("increase", 38.8, "%", "plan")])]),
    # several baseline columns of one figure: one fact; "so tháng trước" is read as "so với tháng trước"
    ("Đơn vị tính: %\n"
     "Chỉ tiêu | So tháng trước | So với tháng 12/2016\n"
     "Chỉ số chung | 100,21 | 102,86\n",
     [("Chỉ số chung", None, None, None, None, False,
       [("ratio", 100.21, "%", "previous_period"), ("ratio", 102.86, "%", "start_of_year")])]),
    # a second ratio without its verb, and the plan phrase after it
    ("Tổng thu ngân sách năm 2021 ước đạt 8.652 tỷ đồng, bằng 127,4% dự toán Trung ương giao và 118,6% dự toán "
     "HĐND tỉnh giao, tăng 14,2% so với năm 2020.",
     [("Tổng thu ngân sách", None, "năm 2021", 8652.0, "tỷ đồng", True,
       [("ratio", 127.4, "%", "plan"), ("ratio", 118.6, "%", "plan"),
        ("increase", 14.2, "%", "same_period_previous_year")])]),
    # "lần lượt": each value gets its comparison; a comparison without its verb takes the one before
    ("Doanh thu lưu trú ước 12.470 tỷ đồng, doanh thu lữ hành ước 4.182 tỷ đồng, lần lượt tăng 22,3% và "
     "35,7% so với năm trước.",
     [("Doanh thu lưu trú", None, None, 12470.0, "tỷ đồng", True,
       [("increase", 22.3, "%", "same_period_previous_year")]),
      ("doanh thu lữ hành", None, None, 4182.0, "tỷ đồng", True,
       [("increase", 35.7, "%", "same_period_previous_year")])]),
    # "A và B lần lượt tăng X% và Y%": one fact per subject
    ("Năm 2024, kim ngạch xuất khẩu và nhập khẩu lần lượt tăng 14,3% và 16,7% so với năm trước.",
     [("kim ngạch xuất khẩu", None, "Năm 2024", None, None, False,
       [("increase", 14.3, "%", "same_period_previous_year")]),
      ("nhập khẩu", None, "Năm 2024", None, None, False, [("increase", 16.7, "%", "same_period_previous_year")])]),
    ("Tỷ lệ thất nghiệp khu vực thành thị và nông thôn lần lượt là 2,5% và 1,8%.",
     [("Tỷ lệ thất nghiệp khu vực thành thị", None, None, 2.5, "%", False, []),
      ("nông thôn", None, None, 1.8, "%", False, [])]),
    # "tăng tương ứng X%, Y% và Z%" after as many values; a change restated as a percentage in parentheses
    ("Dệt may, giày dép và gỗ lần lượt đạt 10,5 tỷ USD, 1,95 tỷ USD và 1,17 tỷ USD, tăng tương ứng 24,1%, 15,3% và "
     "9,1% so với cùng kỳ.",
     [("Dệt may", None, None, 10.5, "tỷ USD", False, [("increase", 24.1, "%", "same_period_previous_year")]),
      ("giày dép", None, None, 1.95, "tỷ USD", False, [("increase", 15.3, "%", "same_period_previous_year")]),
      ("gỗ", None, None, 1.17, "tỷ USD", False, [("increase", 9.1, "%", "same_period_previous_year")])]),
    ("Xuất khẩu đạt trên 35 tỷ USD, tăng 4,08 tỷ USD (tương ứng 13,2%) so với cùng kỳ năm trước.",
     [("Xuất khẩu", None, None, 35.0, "tỷ USD", False,
       [("increase", 4.08, "tỷ USD", "same_period_previous_year"),
        ("increase", 13.2, "%", "same_period_previous_year")])]),
    # a bare percentage in parentheses after a value, and in a list after a share: shares of the total
    ("Singapore dẫn đầu với 6,8 tỷ USD (18,6%).",
     [("Singapore", None, None, 6.8, "tỷ USD", False, [("share", 18.6, "%", "total")])]),
    ("Trung Quốc chiếm 25,1% tổng lượng khách quốc tế, tiếp đến là Nga (20,07%), Hàn Quốc (8,36%).",
     [("Trung Quốc", None, None, None, None, False, [("share", 25.1, "%", "total")]),
      ("Nga", None, None, None, None, False, [("share", 20.07, "%", "total")]),
      ("Hàn Quốc", None, None, None, None, False, [("share", 8.36, "%", "total")])]),
    # after an aside in parentheses the comparisons go on with the statement it interrupted
    ("Chỉ số giá tiêu dùng tháng 12/2024 tăng 0,29% so với tháng trước (khu vực thành thị tăng 0,31%); so "
     "với cùng kỳ năm trước tăng 2,94%.",
     [("Chỉ số giá tiêu dùng", None, "tháng 12/2024", None, None, False,
       [("increase", 0.29, "%", "previous_period"), ("increase", 2.94, "%", "same_period_previous_year")]),
      ("Chỉ số giá tiêu dùng", "khu vực thành thị", "tháng 12/2024", None, None, False,
       [("increase", 0.31, "%", "previous_period")])]),
    # a multiple read against a bare year is read year on year, and the year is not the fact's period; the rise in
    # parentheses restates it, against the same year, not against the plan that follows
    ("Năm 2022, thu từ du lịch đạt 1.813 tỷ đồng, gấp 2,4 lần năm 2021 (tăng 140,4%), vượt 29,5% so với kế hoạch.",
     [("thu từ du lịch", None, "Năm 2022", 1813.0, "tỷ đồng", False,
       [("ratio", 2.4, "lần", "same_period_previous_year"), ("increase", 140.4, "%", "same_period_previous_year"),
        ("increase", 29.5, "%", "plan")])]),
    # a clause that explains or ranks the figure does not end its statement
    # (and a baseline written before its comparison, opening the clause, is that comparison's own)
    ("Chỉ số giá tiêu dùng tháng 1/2024 tăng 0,31% so với tháng trước (thành thị tăng 0,4%), chủ yếu do giá thịt, "
     "rau tăng dịp Tết; so với tháng 12/2023 tăng 0,31% và so với cùng kỳ năm trước tăng 3,37%.",
     [("Chỉ số giá tiêu dùng", None, "tháng 1/2024", None, None, False,
       [("increase", 0.31, "%", "previous_period"), ("increase", 0.31, "%", "start_of_year"),
        ("increase", 3.37, "%", "same_period_previous_year")]),
      ("Chỉ số giá tiêu dùng", "thành thị", "tháng 1/2024", None, None, False,
       [("increase", 0.4, "%", "previous_period")])]),
    ("Sản lượng thủy sản năm 2019 đạt 8,15 triệu tấn, cao nhất từ trước đến nay, tăng 4,5% so với năm 2018.",
     [("Sản lượng thủy sản", None, "năm 2019", 8.15, "triệu tấn", False,
       [("increase", 4.5, "%", "same_period_previous_year")])]),
    ("Xuất khẩu tháng 5 đạt 30 tỷ USD, giảm 2% so với tháng trước do nhu cầu yếu, nhưng tăng 15,8% so với cùng kỳ.",
     [("Xuất khẩu", None, "tháng 5", 30.0, "tỷ USD", False,
       [("decrease", 2.0, "%", "previous_period"), ("increase", 15.8, "%", "same_period_previous_year")])]),
    # ... but a figure inside the explanation is a statement of its own
    ("CPI tháng 9 tăng 0,42% so với tháng trước, chủ yếu do nhóm giáo dục tăng 7,86%.",
     [("CPI", None, "tháng 9", None, None, False, [("increase", 0.42, "%", "previous_period")]),
      ("CPI", "nhóm giáo dục", "tháng 9", None, None, False, [("increase", 7.86, "%", "previous_period")])]),
    # "tăng X% về số doanh nghiệp và giảm Y% về vốn đăng ký": each comparison goes to the figure it names, and the
    # closing "so với ..." holds for both
    ("Trong tháng Chín, cả nước có 15.200 doanh nghiệp thành lập mới với số vốn đăng ký 120,5 nghìn tỷ đồng và số "
     "lao động đăng ký 95 nghìn lao động, tăng 5,2% về số doanh nghiệp và giảm 10,3% về vốn đăng ký so với tháng trước.",
     [("doanh nghiệp thành lập mới", None, "tháng Chín", 15200.0, "doanh nghiệp", False,
       [("increase", 5.2, "%", "previous_period")]),
      ("số vốn đăng ký", None, "tháng Chín", 120.5, "nghìn tỷ đồng", False, [("decrease", 10.3, "%", "previous_period")]),
      ("số lao động đăng ký", None, "tháng Chín", 95.0, "nghìn lao động", False, [])]),
    # "tăng X% về lượng và Y% về giá trị": the amount of goods is the figure in a physical unit, the value the one
    # in money, and the second comparison's verb is the first's
    ("Năm 2016 xuất khẩu được 4,88 triệu tấn gạo, trị giá 2,2 tỉ USD, giảm 25,8% về lượng và 21,2% về giá trị so "
     "với năm 2015.",
     [("xuất khẩu", None, "Năm 2016", 4.88, "triệu tấn", False, [("decrease", 25.8, "%", "same_period_previous_year")]),
      ("trị giá", None, "Năm 2016", 2.2, "tỉ USD", False, [("decrease", 21.2, "%", "same_period_previous_year")])]),
    ("Cả năm 2023, lượng xuất khẩu hạt điều đạt 644 nghìn tấn, kim ngạch 3,6 tỷ USD; so với năm 2022 tăng 24% về "
     "lượng và 18% về kim ngạch.",
     [("lượng xuất khẩu hạt điều", None, "Cả năm 2023", 644.0, "nghìn tấn", False,
       [("increase", 24.0, "%", "same_period_previous_year")]),
      ("kim ngạch", None, "Cả năm 2023", 3.6, "tỷ USD", False,
       [("increase", 18.0, "%", "same_period_previous_year")])]),
    # a comparative with what it compares with between it and the figure
    ("Năm 2019 lượng khách xuất nhập cảnh gần 5,4 triệu lượt, cao hơn năm 2018 trên 43%.",
     [("lượng khách xuất nhập cảnh", None, "Năm 2019", 5.4, "triệu lượt", False,
       [("increase", 43.0, "%", "same_period_previous_year")])]),
    ("Tháng 2/2023, tổng thu ngân sách ước đạt 8.878 tỷ đồng, cao hơn tháng Giêng 17,2% và tăng 31,4% so với cùng kỳ "
     "năm trước.",
     [("tổng thu ngân sách", None, "Tháng 2/2023", 8878.0, "tỷ đồng", True,
       [("increase", 17.2, "%", "previous_period"), ("increase", 31.4, "%", "same_period_previous_year")])]),
    ("Cộng dồn 7 tháng, kim ngạch xuất khẩu đạt 262,46 tỷ USD; so với cùng kỳ năm 2024, mức tăng là 14,8%.",
     [("kim ngạch xuất khẩu", None, "7 tháng", 262.46, "tỷ USD", False,
       [("increase", 14.8, "%", "same_period_previous_year")])]),
    # the estimate word that opens a clause, or is the verb of the figure before, reaches the figures after it
    # that have no verb of their own ("vào khoảng" is a hedge, not a verb)
    ("Tháng 12/2015, lượng xuất khẩu cao su ước tính đạt 145.317 tấn, trị giá khoảng 165,0 triệu USD, đơn giá bình "
     "quân vào khoảng 1.136 USD/tấn.",
     [("lượng xuất khẩu cao su", None, "Tháng 12/2015", 145317.0, "tấn", True, []),
      ("trị giá", None, "Tháng 12/2015", 165.0, "triệu USD", True, []),
      ("đơn giá", None, "Tháng 12/2015", 1136.0, "USD/tấn", True, [])]),
    ("Sáu tháng năm 2015, ước tính hàng xuất khẩu khoảng 48,6 triệu tấn, tăng 7,2%; hàng nhập khẩu 62,9 triệu tấn, "
     "tăng 14,1%.",
     [("hàng xuất khẩu", None, "Sáu tháng năm 2015", 48.6, "triệu tấn", True, [("increase", 7.2, "%", None)]),
      ("hàng nhập khẩu", None, "Sáu tháng năm 2015", 62.9, "triệu tấn", True, [("increase", 14.1, "%", None)])]),
    # a two-column table under a declared unit: each row's bare figure is a value in that unit
    ("Doanh thu năm 2022 theo ngành (Đơn vị tính: tỷ đồng)\nBán lẻ hàng hóa | 288,8\nKhách sạn, nhà hàng\t56,7",
     [("", None, "năm 2022", 288.8, "tỷ đồng", False, []), ("", None, "năm 2022", 56.7, "tỷ đồng", False, [])]),
    # a ratio to the level of an earlier year ("mức của năm 2019"), to the previous year, to a resolution's target
    ("Lượng khách năm 2023 xấp xỉ 74 triệu lượt, tăng 34,5% so với năm 2022 và bằng 93,6% mức của năm 2019.",
     [("Lượng khách", None, "năm 2023", 74.0, "triệu lượt", False,
       [("increase", 34.5, "%", "same_period_previous_year"), ("ratio", 93.6, "%", "other")])]),
    ("Doanh thu năm 2023 đạt 12,5 tỷ đồng, bằng 105% mức năm trước.",
     [("Doanh thu", None, "năm 2023", 12.5, "tỷ đồng", False, [("ratio", 105.0, "%", "same_period_previous_year")])]),
    ("Tổng sản lượng lương thực năm 2017 đạt 34.210 tấn, bằng 100,6% Nghị quyết HĐND huyện.",
     [("Tổng sản lượng lương thực", None, "năm 2017", 34210.0, "tấn", False, [("ratio", 100.6, "%", "plan")])]),
    # comparisons that name their figure: in parentheses, by "số lượng" (the count), around a value in parentheses
    ("Năm 2022, gạo xuất khẩu được 384.940 tấn / 209,12 triệu USD (lượng +12,03%, kim ngạch +12,66% so cùng kỳ).",
     [("gạo xuất khẩu", None, "Năm 2022", 384940.0, "tấn", False,
       [("increase", 12.03, "%", "same_period_previous_year")]),
      ("gạo xuất khẩu", None, "Năm 2022", 209.12, "triệu USD", False,
       [("increase", 12.66, "%", "same_period_previous_year")])]),
    ("Hai tháng đầu năm 2025 có 90 doanh nghiệp ra đời với 308,6 tỷ đồng vốn đăng ký, số lượng giảm 19%, vốn giảm 66% "
     "so với cùng kỳ.",
     [("doanh nghiệp", None, "Hai tháng đầu năm 2025", 90.0, "doanh nghiệp", False,
       [("decrease", 19.0, "%", "same_period_previous_year")]),
      ("vốn đăng ký", None, "Hai tháng đầu năm 2025", 308.6, "tỷ đồng", False,
       [("decrease", 66.0, "%", "same_period_previous_year")])]),
    ("Năm 2021 thành phố cấp mới cho 3.219 đơn vị, vốn điều lệ 15.358,2 tỷ đồng (bình quân 4,8 tỷ đồng/đơn vị), lần "
     "lượt giảm 14% và 22,2% so với cùng kỳ năm 2020.",
     [("đơn vị", None, "Năm 2021", 3219.0, "đơn vị", False, [("decrease", 14.0, "%", "same_period_previous_year")]),
      ("vốn điều lệ", None, "Năm 2021", 15358.2, "tỷ đồng", False,
       [("decrease", 22.2, "%", "same_period_previous_year")]),
      ("vốn điều lệ", None, "Năm 2021", 4.8, "tỷ đồng/đơn vị", False, [])]),
    # items whose verb is left out: under a lead that is only a rise, a bare percentage is a rise; after a share,
    # the next items' percentages are shares (none of them dropped)
    ("Giá trị tăng thêm ngành công nghiệp 9 tháng tăng 9,63%, cụ thể: chế biến, chế tạo 10,69%; khai khoáng 4,42%.",
     [("Giá trị tăng thêm ngành công nghiệp", None, "9 tháng", None, None, False, [("increase", 9.63, "%", None)]),
      ("Giá trị tăng thêm ngành công nghiệp", "chế biến, chế tạo", "9 tháng", None, None, False,
       [("increase", 10.69, "%", None)]),
      ("Giá trị tăng thêm ngành công nghiệp", "khai khoáng", "9 tháng", None, None, False,
       [("increase", 4.42, "%", None)])]),
    ("Về cơ cấu kinh tế năm 2023, dịch vụ chiếm 41,3%, công nghiệp và xây dựng 38,7%; nông nghiệp 11,3%.",
     [(None, "dịch vụ", "năm 2023", None, None, False, [("share", 41.3, "%", "total")]),
      (None, "công nghiệp và xây dựng", "năm 2023", None, None, False, [("share", 38.7, "%", "total")]),
      (None, "nông nghiệp", "năm 2023", None, None, False, [("share", 11.3, "%", "total")])]),
    # "dù vẫn cao hơn ...": the same statement goes on; the "hơn" of "cao hơn" is no hedge; a range of rises
    ("CPI tháng 12 giảm 0,15% so với tháng trước, dù vẫn cao hơn 2,83% so với tháng 12/2021. Các nhóm còn lại tăng "
     "từ 0,02% - 0,12%.",
     [("CPI", None, "tháng 12", None, None, False,
       [("decrease", 0.15, "%", "previous_period"), ("increase", 2.83, "%", "start_of_year")]),
      ("Các nhóm còn lại", None, "tháng 12", None, None, False, [("increase", 0.02, "%", None)])]),
    ("Khối lượng luân chuyển năm 2020 đạt 2.282.013 nghìn tấn.km, trong đó: cá thể 2.012.405; tư nhân 268.254.",
     [("Khối lượng luân chuyển", None, "năm 2020", 2282013.0, "nghìn tấn.km", False, []),
      ("Khối lượng luân chuyển", "cá thể", "năm 2020", 2012405.0, "nghìn tấn.km", False, []),
      ("Khối lượng luân chuyển", "tư nhân", "năm 2020", 268254.0, "nghìn tấn.km", False, [])]),
    # a list whose line declares "(%)": signed figures are rises and falls in %, a "-" glued to the figure too
    ("CPI tháng 12 so với tháng trước theo nhóm hàng (%): Hàng ăn +3,42 | Bưu chính viễn thông -0,09 | Giáo dục +0,01.",
     [(None, "Hàng ăn", "tháng 12", None, None, False, [("increase", 3.42, "%", "previous_period")]),
      (None, "Bưu chính viễn thông", "tháng 12", None, None, False, [("decrease", 0.09, "%", "previous_period")]),
      (None, "Giáo dục", "tháng 12", None, None, False, [("increase", 0.01, "%", "previous_period")])]),
    # a table whose title block declares "Đơn vị tính: %": its signed cells are rises and falls in %; a later
    # declaration of another unit ends it
    ("(Đơn vị tính: %; tháng 12/2016 so với tháng 11/2016)\n\nNhóm hàng | Biến động so với tháng trước\n"
     "Giao thông | -0,89\nGiáo dục | +2,10\n",
     [("Giao thông", None, None, None, None, False, [("decrease", 0.89, "%", "previous_period")]),
      ("Giáo dục", None, None, None, None, False, [("increase", 2.1, "%", "previous_period")])]),
    ("(Đơn vị tính: %)\nA | 5\n(Đơn vị tính: tấn)\nNhóm hàng | Biến động\nGạo | +20\n",
     [("A", None, None, 5.0, "%", False, [])]),
    # a money unit left at its scale word keeps the currency written before it ("440.000 tỉ" after "... tỉ đồng")
    ("Dư nợ cho vay năm 2025 khoảng 2,23 triệu tỉ đồng, nông nghiệp nông thôn 440.000 tỉ. Dư nợ VND khoảng 4,7 triệu "
     "tỉ.",
     [("Dư nợ cho vay", None, "năm 2025", 2.23, "triệu tỉ đồng", False, []),
      ("Dư nợ cho vay", "nông nghiệp nông thôn", "năm 2025", 440000.0, "tỉ đồng", False, []),
      ("Dư nợ VND", None, "năm 2025", 4.7, "triệu tỉ đồng", False, [])]),
    # the same quarter of the year before is a year-on-year comparison; a baseline may sit in parentheses or be
    # glued to the "%"; a crop season is compared with the same season
    ("Tổng chi ngân sách quý I/2024 ước 3.640 tỷ đồng, tăng 4,15% so với quý I/2023; tổng thu tăng 24,44% (so với "
     "cùng kỳ). Sản lượng lúa vụ Đông Xuân 2023 ước 216,7 ngàn tấn, tăng 5,4% so với Đông Xuân năm trước, tăng 7,4%so "
     "với kế hoạch.",
     [("Tổng chi ngân sách", None, "quý I/2024", 3640.0, "tỷ đồng", True, [("increase", 4.15, "%", "same_period_previous_year")]),
      ("tổng thu", None, "quý I/2024", None, None, False, [("increase", 24.44, "%", "same_period_previous_year")]),
      ("Sản lượng lúa", None, "vụ Đông Xuân 2023", 216.7, "ngàn tấn", True,
       [("increase", 5.4, "%", "same_period_previous_year"), ("increase", 7.4, "%", "plan")])]),
    # ... also named inside the comparison, with no "so với"
    ("Tổng chi ngân sách quý I/2024 cao hơn quý I/2023 là 4,15%.",
     [("Tổng chi ngân sách", None, "quý I/2024", None, None, False, [("increase", 4.15, "%", "same_period_previous_year")])]),
    # "dự toán pháp lệnh" is a plan; a name in parentheses ("(FDI)") between a figure and its comparison
    ("Hà Nội thu 308.500 tỉ đồng, đạt 99% dự toán pháp lệnh, tăng 4%; Hải Phòng 95.036 tỉ đồng, tăng 1%.",
     [("thu", None, None, 308500.0, "tỉ đồng", False, [("ratio", 99.0, "%", "plan"), ("increase", 4.0, "%", None)]),
      ("thu", None, None, 95036.0, "tỉ đồng", False, [("increase", 1.0, "%", None)])]),
    ("Tỉnh thu hút 700 triệu USD vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký, so với cùng kỳ tăng 34%.",
     [("vốn đầu tư trực tiếp nước ngoài", None, None, 700.0, "triệu USD", False,
       [("increase", 34.0, "%", "same_period_previous_year")])]),
    # an aside in parentheses with its own period, or a plan, states its own comparison: none inherited
    ("Năm 2019, CPI tăng 3,77% so với năm 2018, trong đó hàng ăn tăng 4,83% (bình quân năm 2018 tăng 4,13%). GRDP "
     "tăng 10,34% so với năm 2018 (kế hoạch GRDP tăng 12,7%).",
     [("CPI", None, "Năm 2019", None, None, False, [("increase", 3.77, "%", "same_period_previous_year")]),
      ("CPI", "hàng ăn", "Năm 2019", None, None, False, [("increase", 4.83, "%", "same_period_previous_year")]),
      ("CPI", None, "năm 2018", None, None, False, [("increase", 4.13, "%", None)]),
      ("GRDP", None, "Năm 2019", None, None, False, [("increase", 10.34, "%", "same_period_previous_year")]),
      ("GRDP", None, "Năm 2019", None, None, False, [("increase", 12.7, "%", None)])]),
    # what is counted is written after the number when the clause before it is a verb phrase or names the place;
    # "ba lần điều chỉnh" counts occasions, not a statistic
    ("Năm 2020 tỉnh đã cấp giấy chứng nhận đầu tư cho 17 dự án có vốn nước ngoài; thành phố có 1.460 doanh nghiệp "
     "thành lập mới. Giá xăng ba lần điều chỉnh giảm.",
     [("dự án có vốn nước ngoài", None, "Năm 2020", 17.0, "dự án", False, []),
      ("doanh nghiệp thành lập mới", None, "Năm 2020", 1460.0, "doanh nghiệp", False, [])]),
    # "đạt X%" right after a figure of another unit is its ratio; "tăng thêm đạt" is a level; "so với cuối tháng 9"
    ("Vốn giải ngân đạt 5.583 tỷ đồng, bằng 42,6% kế hoạch, cụ thể: ngân sách Trung ương 2.942 tỷ đồng (đạt 35,8%). "
     "Dư nợ năm 2024 đạt 4,9 triệu tỉ đồng, tăng thêm 0,66% so với cuối tháng 9 và cao hơn 9,79% so với cuối năm 2023.",
     [("Vốn giải ngân", None, None, 5583.0, "tỷ đồng", False, [("ratio", 42.6, "%", "plan")]),
      ("Vốn giải ngân", "ngân sách Trung ương", None, 2942.0, "tỷ đồng", False, [("ratio", 35.8, "%", "plan")]),
      ("Dư nợ", None, "năm 2024", 4.9, "triệu tỉ đồng", False,
       [("increase", 0.66, "%", "previous_period"), ("increase", 9.79, "%", "start_of_year")])]),
    ("Tổng vốn cấp mới và tăng thêm đạt 13.805 tỷ đồng. GRDP năm 2023 tăng hai con số. Lãi suất hạ 1,5%/năm.",
     [("Tổng vốn cấp mới và tăng thêm", None, None, 13805.0, "tỷ đồng", False, []),
      ("Lãi suất", None, "năm 2023", None, None, False, [("decrease", 1.5, "%/năm", None)])]),
    # a list after a colon breaks down the statement before it in the sentence; "Theo kỳ hạn, ..." is a breakdown
    ("Chỉ số sản xuất công nghiệp tháng 8 ước tăng 8,24% so với tháng 7, cả 3 ngành đều tăng: chế biến, chế tạo "
     "+8,29%; khai khoáng tăng 1,23%.",
     [("Chỉ số sản xuất công nghiệp", None, "tháng 8", None, None, True, [("increase", 8.24, "%", "previous_period")]),
      ("Chỉ số sản xuất công nghiệp", "chế biến, chế tạo", "tháng 8", None, None, True,
       [("increase", 8.29, "%", "previous_period")]),
      ("Chỉ số sản xuất công nghiệp", "khai khoáng", "tháng 8", None, None, True,
       [("increase", 1.23, "%", "previous_period")])]),
    ("Tổng dư nợ tháng 10 ước đạt 4,9 triệu tỉ đồng. Theo kỳ hạn, dư nợ trung, dài hạn đạt 2,5 triệu tỉ đồng.",
     [("Tổng dư nợ", None, "tháng 10", 4.9, "triệu tỉ đồng", True, []),
      ("dư nợ trung, dài hạn", None, "tháng 10", 2.5, "triệu tỉ đồng", True, [])]),
    # ratios of several references with the verb written once
    ("Thu nội địa năm 2024 đạt 11.040 tỷ đồng, bằng 136% dự toán TW, 105% dự toán tỉnh và 140% cùng kỳ. Bến cảng có "
     "44 cầu cảng dài gần 7 km.",
     [("Thu nội địa", None, "năm 2024", 11040.0, "tỷ đồng", False,
       [("ratio", 136.0, "%", "plan"), ("ratio", 105.0, "%", "plan"), ("ratio", 140.0, "%", "same_period_previous_year")]),
      ("cầu cảng", None, "năm 2024", 44.0, "cầu cảng", False, []),
      ("cầu cảng", None, "năm 2024", 7.0, "km", False, [])]),
    # the number of a name ("Chi nhánh Khu vực 2") leads no breakdown; a share in parentheses with its total, then
    # "tăng X% trong tháng" (the month before) go on with the same statement
    ("Theo Chi nhánh Khu vực 2, ước đến cuối tháng 10 tổng dư nợ đạt 4,9 triệu tỉ đồng. Phân theo loại tiền, dư nợ VND "
     "khoảng 4,7 triệu tỉ đồng (96% tổng dư nợ), tăng 0,64% trong tháng và tăng 10,29% so với cuối năm.",
     [("tổng dư nợ", None, "cuối tháng 10", 4.9, "triệu tỉ đồng", True, []),
      ("dư nợ VND", None, "cuối tháng 10", 4.7, "triệu tỉ đồng", True,
       [("share", 96.0, "%", "total"), ("increase", 0.64, "%", "previous_period"),
        ("increase", 10.29, "%", "start_of_year")])]),
    # a baseline written between the verb and the number; "tăng vọt"; "chiếm tỷ trọng lớn nhất với X%"; the items
    # after it; "các loại" is no item number
    ("IIP tháng 5 tăng vọt 86,27% so với tháng 4. Lũy kế 5 tháng, IIP vẫn thấp hơn cùng kỳ 8,3%. Nhóm lương thực chiếm "
     "tỷ trọng lớn nhất với 43,8%; xăng, dầu các loại 20,1%.",
     [("IIP", None, "tháng 5", None, None, False, [("increase", 86.27, "%", "previous_period")]),
      ("IIP", None, "5 tháng", None, None, False, [("decrease", 8.3, "%", "same_period_previous_year")]),
      (None, "Nhóm lương thực", "5 tháng", None, None, False, [("share", 43.8, "%", "total")]),
      (None, "dầu các loại", "5 tháng", None, None, False, [("share", 20.1, "%", "total")])]),
    # a count left at its scale word names what it counts in its subject; the level a rise reaches "với dư nợ ..."
    ("Tính chung 11 tháng, số doanh nghiệp thành lập mới là hơn 147,2 nghìn, giảm 0,5%. Dư nợ thương mại tăng 5,85% "
     "với dư nợ 2,6 triệu tỉ đồng.",
     [("số doanh nghiệp thành lập mới", None, "11 tháng", 147.2, "nghìn doanh nghiệp", False,
       [("decrease", 0.5, "%", None)]),
      ("Dư nợ thương mại", None, "11 tháng", 2.6, "triệu tỉ đồng", False, [("increase", 5.85, "%", None)])]),
    # a comparison whose clause names again a figure stated before it in the sentence belongs to that figure ...
    ("Trong tháng 11, cả nước có 13,2 nghìn doanh nghiệp thành lập mới với số vốn đăng ký 96,3 nghìn tỷ đồng; so với "
     "tháng 10, số doanh nghiệp giảm 21,3%, vốn đăng ký giảm 9,8%.",
     [("doanh nghiệp thành lập mới", None, "tháng 11", 13.2, "nghìn doanh nghiệp", False,
       [("decrease", 21.3, "%", "previous_period")]),
      ("số vốn đăng ký", None, "tháng 11", 96.3, "nghìn tỷ đồng", False, [("decrease", 9.8, "%", "previous_period")])]),
    # ... but words right after a figure describe that figure
    ("Khánh Hòa có 3,56 triệu lượt khách quốc tế; TPHCM đón 8,6 triệu lượt khách quốc tế, tăng 14,5%.",
     [("khách quốc tế", None, None, 3.56, "triệu lượt", False, []),
      ("khách quốc tế", None, None, 8.6, "triệu lượt", False, [("increase", 14.5, "%", None)])]),
    # "theo giá so sánh tăng"; a contribution "làm CPI chung tăng"; the level in parentheses after a rise with no
    # baseline, but not a footnote mark "(1)" and not the figure of a baseline
    ("Năng suất lao động năm 2022 đạt 188,1 triệu đồng/lao động, theo giá so sánh tăng 4,8%. Dịch vụ y tế tăng 6,93%(1), "
     "làm CPI chung tăng 0,27 điểm phần trăm. Dư nợ công nghiệp tăng 4,91% (2,077 triệu tỉ đồng). Lượng khách tăng "
     "101,6% so với tháng 8 (570,9 nghìn lượt).",
     [("Năng suất lao động", None, "năm 2022", 188.1, "triệu đồng/lao động", False, [("increase", 4.8, "%", None)]),
      ("Dịch vụ y tế", None, "năm 2022", None, None, False,
       [("increase", 6.93, "%", None), ("contribution", 0.27, "điểm phần trăm", None)]),
      ("Dư nợ công nghiệp", None, "năm 2022", 2.077, "triệu tỉ đồng", False, [("increase", 4.91, "%", None)]),
      ("Lượng khách", None, "năm 2022", None, None, False, [("increase", 101.6, "%", "previous_period")]),
      ("Lượng khách", None, "năm 2022", 570.9, "nghìn lượt", False, [])]),
    ("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, tăng gấp đôi so với cùng kỳ.",
     [("Kim ngạch xuất khẩu", None, None, 2.5, "tỷ USD", False, [("ratio", 2.0, "lần", "same_period_previous_year")])]),
    # in a table, the month a comparison column names against the month of the column before it
    ("Chỉ tiêu | Tháng 9/2018 | So với tháng 8/2018 (%) | So với tháng 9/2017 (%)\n"
     "Lượng xuất khẩu (nghìn tấn) | 30 | -14,1 | -8,7\n",
     [("Lượng xuất khẩu", None, "Tháng 9/2018", 30.0, "nghìn tấn", False,
       [("decrease", 14.1, "%", "previous_period"), ("decrease", 8.7, "%", "same_period_previous_year")])]),
    # a column headed "Thay đổi" holds comparisons, against the baseline the title line states
    ("Một số chỉ tiêu, so với cuối 2017:\nChỉ tiêu | Năm 2018 | Thay đổi\nVốn hóa thị trường (nghìn tỷ đồng) | 3.965 | "
     "-1,2%\n",
     [("Vốn hóa thị trường", None, "Năm 2018", 3965.0, "nghìn tỷ đồng", False, [("decrease", 1.2, "%", "start_of_year")])]),
    # a plan of the half year and the plan of the year: two comparisons of one figure, the period no subject
    ("Sản lượng 6 tháng là 13,15 triệu tấn, vượt 0,2% so với kế hoạch 6 tháng và bằng 51% kế hoạch năm.",
     [("Sản lượng", None, "6 tháng", 13.15, "triệu tấn", False, [("increase", 0.2, "%", "plan"), ("ratio", 51.0, "%", "plan")])]),
    ("Thu ngân sách đạt 45% kế hoạch 6 tháng đầu năm 2020.",
     [("Thu ngân sách", None, "6 tháng đầu năm 2020", None, None, False, [("ratio", 45.0, "%", "plan")])]),
    # a count ending a row is not the unit "lượt khách" with the next paragraph's first word
    ("Úc - 490.880 lượt\n\nKhách Trung Quốc đạt 3,7 triệu lượt.",
     [("lượt", "Úc", None, 490880.0, "lượt", False, []),
      ("Khách Trung Quốc", None, None, 3.7, "triệu lượt", False, [])]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_structures(text, expected):
    got = brief(vnecon.extract(text, model="rules"))
    # subjects are the subject linker's business; here the numbers, periods, flags and comparisons must hold
    assert [g[2:] for g in got] == [e[2:] for e in expected]


@pytest.mark.parametrize("text,word", [
    ("Năm 2024, GDP ước tăng 7,09%.", "GDP"),
    ("Thu nội địa ước đạt 1.200 tỷ đồng.", "nội địa"),
    ("Tỷ lệ giải ngân vốn đầu tư công đạt 80%.", "công"),
    # a dictionary word ("công ước", a convention) that a statement verb follows is two words
    ("Vốn đầu tư công ước đạt 90.000 tỷ đồng.", "công"),
])
def test_statement_verbs_are_not_glued_to_the_word_before(text, word):
    assert word in [t.text for t in vnecon.load("rules").make_doc(text)]


@pytest.mark.parametrize("text,word", [("Thuế giá trị gia tăng", "gia tăng"),
                                       ("cán cân thương mại cân bằng", "cân bằng"),
                                       ("Công ước Viên có 10 điều", "Công ước Viên")])
def test_dictionary_words_stay_whole(text, word):
    assert word in [t.text for t in vnecon.load("rules").make_doc(text)]


def _as_recognized(text, first_word, last_word, label, until="vnecon_subjects"):
    """`text` through the rules pipeline with one entity set as a trained recognizer would have, from the token
    `first_word` through `last_word`, up to and including the component `until`."""
    from spacy.tokens import Span

    from vnecon.api import build_rules_pipeline

    nlp = build_rules_pipeline()
    doc = nlp.make_doc(text)
    names = nlp.pipe_names
    for name in names[:names.index("vnecon_subjects")]:
        doc = nlp.get_pipe(name)(doc)
    first = next(t.i for t in doc if t.text == first_word)
    last = next(t.i for t in doc if t.text == last_word)
    doc.ents = [Span(doc, first, last + 1, label=label)]
    for name in names[names.index("vnecon_subjects"):names.index(until) + 1]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_a_recognized_subject_stops_where_a_period_starts():
    from vnecon.pipeline.common import SPANS_KEY

    # a recognizer that swallowed the period's "8"
    doc = _as_recognized("Chỉ số sản xuất toàn ngành công nghiệp 8 tháng đầu năm 2024 tăng 15,14%.", "Chỉ số", "8",
                         "INDICATOR")
    spans = {(s.label_, s.text) for s in doc.spans[SPANS_KEY]}
    assert ("INDICATOR", "Chỉ số sản xuất toàn ngành công nghiệp") in spans
    assert ("PERIOD", "8 tháng đầu năm 2024") in spans


def test_a_recognized_sector_stopped_inside_a_catalogue_name_gets_its_whole_name():
    # a recognizer that stopped before "có"
    doc = _as_recognized("Trong đó, sản xuất xe có động cơ tăng 53,6%.", "sản xuất", "xe", "SECTOR",
                         until="vnecon_normalizer")
    [fact] = doc._.facts
    assert fact.sector == "sản xuất xe có động cơ"
    assert fact.normalized["sector"]["code"] == "2910"


@pytest.mark.parametrize("text,indicators", [
    ("Năm 2020 tỉnh đã cấp giấy chứng nhận đầu tư cho 17 dự án có vốn nước ngoài.", ["dự án có vốn nước ngoài"]),
    ("Năm 2018 thành phố có 1.460 doanh nghiệp thành lập mới.", ["doanh nghiệp thành lập mới"]),
    # a place before "có" names nothing; a bare counted unit after "có" names no more than a subject before it
    ("Về hạ tầng, tỉnh hiện có mười lăm cảng biển.", ["cảng biển"]),
    # the office a figure is quoted from is no subject, though "tổng" opens its name
    ("Theo Tổng cục Hải quan, tính đến hết tháng 9, xuất khẩu gạo đạt 7,1 triệu tấn.", ["xuất khẩu gạo"]),
    # a verb before the count names nothing: what is counted is written after the number
    ("9 tháng, TP.HCM cấp mới 780 dự án FDI với tổng vốn đăng ký 1,2 tỉ USD.", ["dự án FDI", "tổng vốn đăng ký"]),
    ("Cả năm 2018, Quảng Ninh đã tiếp đón hơn 12 triệu lượt du khách.", ["lượt du khách"]),
    ("Khánh Hòa đã phục vụ trên bảy triệu lượt khách lưu trú.", ["lượt khách lưu trú"]),
    ("Tổng kim ngạch xuất, nhập khẩu hàng hóa tháng 10/2024 ước đạt 71,81 tỷ USD.",
     ["Tổng kim ngạch xuất, nhập khẩu hàng hóa"]),
    ("Thu từ lĩnh vực xuất, nhập khẩu đạt 12.500 tỷ đồng.", ["Thu từ lĩnh vực xuất, nhập khẩu"]),
    # "có" right before a count: the counted noun follows, whatever the clause before names
    ("Theo số liệu của Chi cục Thủy sản, năm 2016 toàn tỉnh có 684 tàu tham gia câu cá ngừ.",
     ["tàu tham gia câu cá ngừ"]),
    # "khiến" opens a clause of its own: its subject is not the cause before it
    ("Dịch bệnh bùng phát tại nhiều trung tâm kinh tế, khiến GDP quý III/2021 giảm 6,17%.", ["GDP"]),
    # "vốn góp" is contributed capital, a level, not a contribution; a scale glued to its currency
    ("Giá trị vốn góp đạt 15,47 tỷUSD, tăng 56,4%.", ["Giá trị vốn góp"]),
    # portion words open a clause; "thu về" is the verb, not the subject
    ("Phần lớn là dư nợ bằng tiền đồng với gần 2,5 triệu tỷ đồng.", ["dư nợ bằng tiền đồng"]),
    ("Thu ngân sách năm 2022 đạt 500.000 tỉ đồng; riêng tháng 12, thành phố đã thu về 47.562 tỉ đồng.",
     ["Thu ngân sách", "Thu ngân sách"]),
    # a predicate after "nước" or "vốn" is still the predicate
    ("Tổng chi ngân sách nhà nước đạt 30,26 nghìn tỷ đồng.", ["Tổng chi ngân sách nhà nước"]),
    ("Số dự án điều chỉnh tăng vốn là 6 dự án.", ["Số dự án điều chỉnh tăng vốn"]),
    ("Vốn thực hiện đạt 2 tỷ USD.", ["Vốn thực hiện"]),
    # "trong khi", "nhưng" open the next clause
    ("Tổng số doanh nghiệp tăng 7,9% so cùng kỳ nhưng số lao động lại giảm 4,8%.",
     ["Tổng số doanh nghiệp", "số lao động"]),
    ("Tỷ trọng kinh tế biển đạt 41,85%, trong khi tỷ trọng kinh tế số chỉ ở mức 9,56%.",
     ["Tỷ trọng kinh tế biển", "tỷ trọng kinh tế số"]),
    # "nên", "tuy vậy", "cộng thêm": the subject is in the clause after the conjunction
    ("Nhiều nhà máy mới đi vào hoạt động nên nhu cầu tuyển dụng lao động quý II/2018 tăng 12%.",
     ["nhu cầu tuyển dụng lao động"]),
    ("Dịch vụ tăng 6,9%; tuy vậy sản lượng thủy sản chỉ đạt 120 nghìn tấn.", [None, "sản lượng thủy sản"]),
    ("Cộng thêm phần vốn tăng thêm 1.160 tỷ đồng, tổng vốn lên tới 1.789 tỷ đồng.",
     ["phần vốn tăng thêm", "tổng vốn"]),
    # ... but not when only a verb follows it
    ("Bộ Xây dựng thực hiện 62 nghìn tỷ đồng, còn Bộ Y tế tuy chỉ 3,1 nghìn tỷ đồng nhưng gấp 2,9 lần.",
     ["Bộ Xây dựng", "Bộ Y tế"]),
    # a visitor group in a breakdown is a group of the lead's visitors (REVIEW.md D11); a count of visitors is not
    # "lên" after "trở" is no verb at the end of a name
    ("Lực lượng lao động từ 15 tuổi trở lên đạt 52,4 triệu người.", ["Lực lượng lao động từ 15 tuổi trở lên"]),
    ("Lượt khách mua tour ước 502 nghìn lượt, tăng 10%; trong đó khách quốc tế tăng 58,4%, khách trong nước giảm 9,8%.",
     ["Lượt khách mua tour"] * 3),
    ("Doanh thu du lịch đạt 900 tỷ đồng; trong đó lượt khách quốc tế đạt 120 nghìn lượt.",
     ["Doanh thu du lịch", "lượt khách quốc tế"]),
    # "trong năm" before the figure is no part of the indicator
    ("Giá bán bình quân trong năm dao động 626 - 628 USD/tấn.", ["Giá bán"]),
    # an aside that names its own subject is not what the text goes on with
    ("CPI tháng 12 giảm 0,15% (giá xăng giảm 7,18%); nhóm giao thông giảm 2,5%.", ["CPI", "giá", "CPI"]),
    # "thu hút" (attract) opens no indicator: the figure's measure comes from elsewhere
    ("Vốn FDI đăng ký đạt 38 tỷ USD. Hà Nội thu hút nhiều vốn nhất, 8,67 tỷ USD.",
     ["Vốn FDI đăng ký", "Vốn FDI đăng ký"]),
    # "bình quân chung" points back to the measure named before
    ("Tỷ lệ thất nghiệp của tỉnh là 2,1%, trong khi bình quân chung của cả nước ở khoảng 2,3%.",
     ["Tỷ lệ thất nghiệp", "Tỷ lệ thất nghiệp"]),
    # what is given "cho" (to) is what is counted
    ("Năm 2020 tỉnh đã cấp Giấy chứng nhận đăng ký đầu tư cho 17 dự án có vốn nước ngoài.",
     ["dự án có vốn nước ngoài"]),
    # "vào mức tăng chung" names the lead's rise again, not an indicator of the items
    ("GDP ước tính tăng 7,09%. Về đóng góp của từng khu vực vào mức tăng chung: khu vực dịch vụ tăng 7,38%.",
     ["GDP", "GDP"]),
    # an item's figure breaks down the lead's figure measured like it: its hectares the area, its tonnes the output
    ("Diện tích cây ăn quả năm 2021 ước 78.520 ha, sản lượng ước 448.630 tấn. Cụ thể từng loại:\n"
     "- Xoài: 19.026 ha - 65.223 tấn", ["Diện tích cây ăn quả", "sản lượng", "Diện tích cây ăn quả", "sản lượng"]),
])
def test_what_a_count_or_a_clause_is_about(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


@pytest.mark.parametrize("text,units", [
    # the unit in a caption's parentheses among other parts, or declared as per cent
    ("Khối lượng hàng hóa vận chuyển phân theo ngành vận tải (triệu tấn; so với năm 2018):\n- Đường bộ: 1293,1 ; "
     "+11,0%\n- Đường biển: 82,0 ; +5,9%", ["triệu tấn", "triệu tấn"]),
    ("Doanh thu các ngành dịch vụ (ước tính, tỉ đồng):\n- lưu trú, ăn uống 1.496,12 – tăng 18,65% so với tháng "
     "trước;\n- du lịch lữ hành 65,27 – giảm 7,12%.", ["tỉ đồng", "tỉ đồng"]),
    ("CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP\nNăm 2017 = 100; đơn vị tính: %\n\nNgành cấp I\tChỉ số\tĐóng góp (điểm %)\n"
     "Khai khoáng\t105,2\t0,6", ["%"]),
    # ... not the second unit of a declaration that names two
    ("Du lịch tháng 5 (số liệu ước tính; đơn vị: lượt khách, tỷ đồng)\nChỉ tiêu | 5 tháng 2023 | So cùng kỳ\n"
     "Tổng lượt khách | 1.280.000 | gấp 2,2 lần", ["lượt khách"]),
])
def test_a_caption_declares_the_unit_of_bare_figures(text, units):
    assert [f.unit for f in vnecon.extract(text, model="rules")] == units


@pytest.mark.parametrize("text,baseline_texts", [
    ("Vốn đăng ký lên 38,02 tỷ USD; so với cùng kỳ năm 2018, con số này tăng 7,2%.", ["so với cùng kỳ năm 2018"]),
    ("Lượng gạo đạt 9 triệu tấn. So với năm 2023, lượng gạo xuất khẩu tăng 10,9%.", ["So với năm 2023"]),
    ("So với tháng trước, CPI tháng 12/2019 tăng 1,4%.", ["So với tháng trước"]),
    # who set the plan ("do Trung ương giao") is part of the plan's baseline: the fronted one after it is the next's
    ("Thu ngân sách đạt 9.870 tỷ đồng, bằng 104% dự toán do Trung ương giao; so với năm 2022, số thu tăng 6,1%.",
     ["dự toán do Trung ương giao", "so với năm 2022"]),
    # a baseline right before the verb, after the subject, is that verb's; one right after a comparison is not the
    # next one's
    ("CPI tháng 5 so với tháng trước tăng 0,21%, so với cùng kỳ năm trước tăng 3,1%.",
     ["so với tháng trước", "so với cùng kỳ năm trước"]),
    ("Giá thịt lợn tăng 12,4% so với tháng trước, góp 0,41 điểm phần trăm vào mức tăng chung.",
     ["so với tháng trước", None]),
    # ... also with an adverb before the verb, and a baseline at the end of the sentence closing another clause
    ("CPI tháng 9 so với tháng 8 chỉ nhích tăng 0,75%, còn so với cùng kỳ thì tăng 3,02%; bình quân 9 tháng, CPI "
     "tăng 3,23% so với bình quân cùng kỳ.", ["so với tháng 8", "so với cùng kỳ", "so với bình quân cùng kỳ"]),
    # a baseline after a figure is that figure's, not a fronted one for the next clause
    ("Xuất khẩu tăng 5% so với cùng kỳ, nhập khẩu tăng 3%.", ["so với cùng kỳ", None]),
])
def test_fronted_baselines(text, baseline_texts):
    got = [c.baseline_text for f in vnecon.extract(text) for c in f.changes]
    assert got == baseline_texts


def test_the_rise_a_contribution_comes_from_is_the_same_fact():
    facts = vnecon.extract("Thủy sản đóng góp 0,12 điểm phần trăm nhờ mức tăng 4,43%.")
    assert [[(c.type, c.value) for c in f.changes] for f in facts] == [[("contribution", 0.12), ("increase", 4.43)]]


def test_a_contribution_joined_by_qua_do_is_the_same_fact():
    facts = vnecon.extract("Ngành điện tăng 9,1%, qua đó đóng góp 0,3 điểm phần trăm.")
    assert [[(c.type, c.value) for c in f.changes] for f in facts] == [[("increase", 9.1), ("contribution", 0.3)]]


@pytest.mark.parametrize("phrase,trimmed", [
    ("EU — ", "EU"),            # the dash before the figure of a list line
    ("Thu nội địa: ", "Thu nội địa"),
    ("công nghiệp - xây dựng ", "công nghiệp - xây dựng"),   # a dash inside the name stays
    # what follows "là" after a name describes it; after a rank or a remark, it is the name
    ("dịch vụ là khu vực tăng nhanh nhất", "dịch vụ"),
    ("nhập khẩu, chủ yếu là nguyên vật liệu phục vụ sản xuất", "nhập khẩu"),
    ("xếp sau là gạch khối bằng bê tông với", "gạch khối bằng bê tông"),
    ("nổi bật là khoản thu tiền sử dụng đất với", "khoản thu tiền sử dụng đất"),
    ("Lĩnh vực được chọn nhiều nhất vẫn là công nghiệp chế biến, chế tạo", "công nghiệp chế biến, chế tạo"),
    ("xếp sau lần lượt là Indonesia ", "Indonesia"),
    # "và", "khi", "cho" at the end, and a predicate of standing after the name, are no part of it
    ("hạng 2 và ", "hạng 2"),
    ("thị trường Trung Quốc giữ vị trí số một", "thị trường Trung Quốc"),
    ("ngành chế biến, chế tạo giữ vai trò dẫn dắt khi", "ngành chế biến, chế tạo"),
    ("giải quyết việc làm cho ", "giải quyết việc làm"),
    # what a cause moved ("... đã giúp lượng khách du lịch") is the subject, not the cause
    ("Kỳ nghỉ Quốc khánh dài ngày đã giúp lượng khách du lịch ", "lượng khách du lịch"),
    ("nhóm kéo chỉ số chung đi lên do ngành xe có động cơ", "nhóm kéo chỉ số chung đi lên do ngành xe có động cơ"),
    # a row's number is no part of its label
    ("1. Tăng trưởng GRDP ", "Tăng trưởng GRDP"),
    ("II. Cho vay ", "Cho vay"),
    ("b) EU ", "EU"),
    # "giải ngân" after "tỷ lệ" is part of the measure's name, elsewhere a verb
    ("Tỷ lệ giải ngân ", "Tỷ lệ giải ngân"),
    ("Tỉnh giải ngân được ", "Tỉnh"),
    # a result marker opens no subject
    ("Kết quả giải ngân vốn đầu tư công ", "giải ngân vốn đầu tư công"),
    ("Hệ quả là GDP ", "GDP"),
    # a parenthesis the phrase does not close is no part of it; a closed one stays
    ("khu vực có vốn đầu tư nước ngoài (FDI", "khu vực có vốn đầu tư nước ngoài"),
    ("khu vực FDI (có vốn) ", "khu vực FDI (có vốn)"),
    # "từng" (once) after a subject and "mang về" before it are no part of it
    ("sản lượng từng ", "sản lượng"),
    ("mang về doanh thu du lịch ở mức", "doanh thu du lịch"),
    # verbs of keeping, raising and yielding after the name, "thì" before the verb, and the words that put the
    # next item of a ranking before it
    ("khu vực dịch vụ vẫn giữ mức ", "khu vực dịch vụ"),
    ("tỷ trọng khu vực dịch vụ được nâng lên ", "tỷ trọng khu vực dịch vụ"),
    ("nhóm dịch vụ khác mang lại ", "nhóm dịch vụ khác"),
    ("Hàn Quốc đứng kế tiếp với ", "Hàn Quốc"),
    ("Cà Mau thì ", "Cà Mau"),
    # verbs of a level reached or received
    ("kim ngạch lùi về ", "kim ngạch"),
    ("châu Mỹ tiếp nhận ", "châu Mỹ"),
    ("Lâm sản ngoài gỗ mang về thêm ", "Lâm sản ngoài gỗ"),
    ("theo sau là Thái Lan ", "Thái Lan"),
    # "với mức" before a rise is its wording, not a new subject; after a superlative, the name follows "là"
    ("ngành khai khoáng dẫn đầu với mức ", "ngành khai khoáng"),
    ("nhanh nhất là ngành dệt may ", "ngành dệt may"),
    # a time or topic preposition left before a period or a name is no part of it
    ("Sang ", ""),
    ("Đối với thu ngân sách ", "thu ngân sách"),
    ("doanh thu lưu trú và ăn uống theo ", "doanh thu lưu trú và ăn uống"),   # "theo [ước tính]" cut off
    # an adverb that stands only before a verb ends the name: what follows it is the predicate
    ("lượng hàng tồn kho vẫn ở mức khá cao ", "lượng hàng tồn kho"),
    ("các hợp tác xã mới chỉ thu hút thêm thành viên ", "các hợp tác xã"),
    ("dòng tín dụng tiếp tục ưu tiên cho nông nghiệp ", "dòng tín dụng"),
    ("chỉ riêng ", ""),
    ("tuy mới chỉ vượt tốc độ ", ""),
    # ... but not "chỉ" in a name, nor before a target that names what is planned
    ("tỷ lệ lao động có chứng chỉ nghề ", "tỷ lệ lao động có chứng chỉ nghề"),
    ("hiệp hội vẫn đặt mục tiêu xuất khẩu ", "hiệp hội vẫn đặt mục tiêu xuất khẩu"),
    # "mới" after a verb of granting, founding or hiring, or after a few nouns, is the name's own word ...
    ("dự án FDI cấp mới ", "dự án FDI cấp mới"),
    ("doanh nghiệp đăng ký thành lập mới, ", "doanh nghiệp đăng ký thành lập mới"),
    ("việc làm mới ", "việc làm mới"),
    # ... but an adverb before the verb: "mới đạt" (only reached)
    ("Tổng thu ngân sách mới đạt ", "Tổng thu ngân sách"),
])
def test_a_subject_ends_at_its_last_word(phrase, trimmed):
    from vnecon.pipeline.subjects import _trimmed

    a, b = _trimmed(phrase)
    assert phrase[a:b] == trimmed


@pytest.mark.parametrize("text,subject", [
    # what has the measure, before "có", is the sector; the measure follows "có"
    ("Trên thị trường, cà phê nhân xô có giá 118.000 đồng/kg.", ("giá", "cà phê nhân xô")),
    ("Riêng nhóm thanh niên có tỷ lệ thất nghiệp là 7,0%.", ("tỷ lệ thất nghiệp", "nhóm thanh niên")),
    # ... but "có mức tăng" names no measure
    ("CPI tăng 3,2%; trong đó hàng ăn và dịch vụ ăn uống có mức tăng 4,1%.", ("CPI", "hàng ăn và dịch vụ ăn uống")),
])
def test_what_has_the_measure_is_the_sector(text, subject):
    assert (lambda f: (f.indicator, f.sector))(vnecon.extract(text, model="rules")[-1]) == subject


@pytest.mark.parametrize("text,subjects", [
    # a table's row label under a header that names the measures is the part its figures are of; not a total's row
    ("Chỉ tiêu | Số dự án | Vốn\nFDI cấp mới | 125 | 750 triệu USD\nTổng số | 170 | 1.000 triệu USD\n",
     [("Số dự án", "FDI cấp mới"), ("Vốn", "FDI cấp mới"), ("Số dự án", None), ("Vốn", None)]),
    # ... nor a region's, which is where, not what
    ("Vùng | Số doanh nghiệp | Vốn\nĐông Nam Bộ | 34.996 doanh nghiệp | 500 tỷ đồng\n",
     [("Số doanh nghiệp", None), ("Vốn", None)]),
    # the label of a list item before its measure and a colon, unless the measure repeats it
    ("Các ngành hàng chủ lực:\n- Lúa gạo: giá trị sản xuất ước 17.600 tỉ đồng;\n- Xoài: giá trị sản xuất ước 2.600 "
     "tỉ đồng.\n", [("giá trị sản xuất", "Lúa gạo"), ("giá trị sản xuất", "Xoài")]),
    ("- Lúa: diện tích gieo cấy lúa 500 ha.\n", [("diện tích gieo cấy lúa", None)]),
    # a caption over a table whose label column is headed by a kind of part ("Sản phẩm"): the caption's measure is
    # the indicator, each row's label the sector
    ("Sản lượng một số sản phẩm chủ yếu quý I/2024 (ước tính):\nSản phẩm | Đơn vị tính | Quý I/2024 | So cùng kỳ (%)\n"
     "Giày các loại | nghìn đôi | 18.806 | 105,8\nQuần áo các loại | nghìn cái | 51.975 | 111,6\n",
     [("Sản lượng", "Giày các loại"), ("Sản lượng", "Quần áo các loại")]),
])
def test_the_label_of_a_row_or_item_is_the_sector(text, subjects):
    assert [(f.indicator, f.sector) for f in vnecon.extract(text, model="rules")] == subjects


@pytest.mark.parametrize("text,subject", [
    # the market, port or partner after "sang / vào / tại / từ / qua" is the sector, not part of the indicator
    ("Khối lượng hàng hóa qua cảng Vũng Rô ước 412,6 nghìn tấn.", ("Khối lượng hàng hóa", "cảng Vũng Rô")),
    ("Kim ngạch xuất khẩu sang thị trường EU đạt 5,1 tỷ USD.", ("Kim ngạch xuất khẩu", "thị trường EU")),
])
def test_a_market_after_a_preposition_is_the_sector(text, subject):
    facts = vnecon.extract(text, model="rules")
    assert [(f.indicator, f.sector) for f in facts] == [subject]


@pytest.mark.parametrize("text,sector", [
    # "với mức tăng" words the item's rise: the item is the sector, the lead's indicator stays
    ("GRDP tăng 7,2%; trong đó khu vực dịch vụ với mức tăng 8,1%.", "khu vực dịch vụ"),
    # the items of a list of names before the last one belong to the name, with or without a head word
    ("CPI tháng 3 tăng 0,4%; trong đó nhóm hàng ăn tăng 0,6%; may mặc, mũ nón, giày dép giảm 0,1%.",
     "may mặc, mũ nón, giày dép"),
    ("Sản lượng một số sản phẩm: Bàn, ghế đạt 12 nghìn chiếc; giấy, bìa các loại đạt 5 nghìn tấn.",
     "giấy, bìa các loại"),
    ("Sản lượng một số sản phẩm: Bàn, ghế đạt 12 nghìn chiếc.", "Bàn, ghế"),
    # ... but a clause that gives a cause is no more of the name
    ("GRDP tăng 7%; trong đó khu vực công nghiệp và xây dựng, nhờ đà phục hồi, tăng 9%.",
     "khu vực công nghiệp và xây dựng"),
    ("Chỉ số sản xuất tăng 6%, trong đó ngành in, sao chép bản ghi tăng 4,2%.", "ngành in, sao chép bản ghi"),
])
def test_the_items_of_a_list_of_names_stay_together(text, sector):
    assert vnecon.extract(text, model="rules")[-1].sector == sector


@pytest.mark.parametrize("text,indicators", [
    # "lượt" (turns) alone names no subject, also as what is left of "lần lượt" (respectively) in a list's lead
    ("Doanh thu dịch vụ quý II ước đạt 50 nghìn tỷ đồng. Trong đó, lần lượt so với quý I và so với cùng kỳ: "
     "vận tải -2% và +30%; kho bãi +5%, gấp 2 lần.", ["Doanh thu dịch vụ"] * 3),
])
def test_a_count_of_turns_alone_names_no_subject(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


@pytest.mark.parametrize("text,sectors", [
    # a group word with a demonstrative points back to the group named before it
    ("CPI tăng 1,2%; trong đó nhóm giao thông tăng 3%. So với cùng kỳ, nhóm này tăng 5%.",
     [None, "nhóm giao thông", "nhóm giao thông"]),
    ("Tổng vốn đăng ký của ngành kinh doanh bất động sản đạt 3 tỷ USD; cùng kỳ năm trước, lĩnh vực này đạt 2,1 tỷ "
     "USD.", ["ngành kinh doanh bất động sản", "ngành kinh doanh bất động sản"]),
])
def test_a_group_word_pointing_back_keeps_the_group_named_before(text, sectors):
    assert [f.sector for f in vnecon.extract(text, model="rules")] == sectors


@pytest.mark.parametrize("model", ["rules", "default"])
def test_a_measure_of_a_group_pointing_back_is_the_measure_and_the_group_named_before(model):
    text = ("Chỉ số giá tiêu dùng tăng 1,2%; nhóm giáo dục tăng 3%. Trong 6 tháng, chỉ số nhóm này tăng 5%, nhóm "
            "giao thông giảm 1%.")
    facts = vnecon.extract(text, model=model)
    assert (facts[2].indicator, facts[2].sector) == ("Chỉ số giá tiêu dùng", "nhóm giáo dục")


def test_a_product_made_under_a_list_head_is_the_part_it_names():
    # whatever the recognizer calls "tủ lạnh", a product "sản xuất đạt" so much under a list head that names the
    # measure is a part of that measure (the trained pipeline, whose recognizer once named it an indicator)
    text = ("Sản lượng một số sản phẩm công nghiệp tăng cao như: máy cắt cỏ sản xuất đạt 2,2 triệu cái, tăng 90,30%; "
            "tủ lạnh sản xuất đạt 466.130 chiếc, tăng 71,97%.")
    assert [f.sector for f in vnecon.extract(text)] == ["máy cắt cỏ", "tủ lạnh"]


@pytest.mark.parametrize("text,indicator", [
    # a clause after the counted noun that gives a figure of its own is no part of what is counted
    ("Đến cuối năm, cả nước có 1.250 dự án còn hiệu lực có tổng vốn đăng ký 40,5 tỷ USD.", "dự án còn hiệu lực"),
    ("Năm nay huyện có 57 sản phẩm OCOP được xếp hạng từ 4 sao trở lên.", "sản phẩm OCOP"),
])
def test_a_counted_noun_stops_before_a_clause_with_its_own_figure(text, indicator):
    # (the trained pipeline: what is counted is one of its subject linker's candidates)
    assert vnecon.extract(text)[0].indicator == indicator


def test_an_indicator_of_the_whole_industry_keeps_its_whole():
    # "toàn ngành công nghiệp" is part of what the trained pipeline's indicator measures, with a no-break space too
    text = "Chỉ số sản xuất toàn ngành\u00a0công nghiệp 8 tháng đầu năm 2024 tăng 15,14% so với cùng kỳ năm trước."
    assert [f.indicator for f in vnecon.extract(text)] == ["Chỉ số sản xuất toàn ngành\u00a0công nghiệp"]


@pytest.mark.parametrize("text,indicators", [
    # a key of short forms over a table: a figure after a short form measures the name it stands for
    ("Theo huyện (DT: diện tích gieo cấy; NS: năng suất)\n• Châu Thành A — DT 14.560 ha, NS 75,2 tạ/ha",
     ["diện tích gieo cấy", "năng suất"]),
    ("Số liệu (DT = diện tích; NS = năng suất; SL = sản lượng)\nÝ Yên — DT 25.830 ha / NS 56,82 tạ/ha / SL 146.759 tấn",
     ["diện tích", "năng suất", "sản lượng"]),
    # a cell that says what it counts names its own subject, over a header that only describes the column
    ("Năm 2018 (số thực hiện, đối tượng | tăng so cùng kỳ | vượt kế hoạch):\n• 596.992 lượt khách quốc tế | +62,1% | "
     "vượt 38,8%\n• 3.359.683 lượt khách lưu trú | +23,7% | vượt 14,5%", ["lượt khách quốc tế", "lượt khách lưu trú"]),
    # what the figure measures, written between it and its comparison
    ("Tỉnh thu về 6.373 tỷ đồng doanh thu du lịch (tăng 39,1% so cùng kỳ).", ["doanh thu du lịch"]),
    ("Nguồn thu gồm 88 tỷ đồng thu từ hoạt động xuất nhập khẩu (gấp 1,3 lần dự toán).",
     ["thu từ hoạt động xuất nhập khẩu"]),
    # one pair is no key ("ĐVT: tỷ đồng" names the unit)
    ("ĐVT: tỷ đồng\nThu nội địa đạt 1.234 tỷ đồng; chi 500 tỷ đồng.", ["Thu nội địa", "chi"]),
])
def test_short_forms_of_a_key_stand_for_their_names(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


@pytest.mark.parametrize("text,indicator", [
    # "gồm" before a count, like "có": the counted noun after it is what is measured
    ("Cơ cấu gồm 98 dự án cấp mới.", "dự án cấp mới"),
    ("Tỷ lệ nợ xấu nội bảng đến cuối tháng 11/2023 là 4,55%, trong khi cuối năm 2022 tỷ lệ này chỉ 2%.",
     "Tỷ lệ nợ xấu nội bảng"),
])
def test_a_word_pointing_back_takes_the_indicator_named_before(text, indicator):
    facts = vnecon.extract(text, model="rules")
    assert {f.indicator for f in facts} == {indicator}


def test_no_subject_runs_over_table_cells():
    # a table row's words after its figure ("triệu lượt | 84,4 | +35,6") are cells, not a name
    text = ("Phương tiện | Lượt khách năm 2024 | Tỷ trọng (%) | So với năm trước (%)\n"
            "Đường hàng không | 14,8 triệu lượt | 84,4 | +35,6\n"
            "Đường bộ | 2,5 triệu lượt | 14,2 | +63,3\n")
    facts = vnecon.extract(text)
    assert len(facts) == 2
    assert all("|" not in (f.indicator or "") + (f.sector or "") for f in facts)


@pytest.mark.parametrize("text,indicators", [
    # "nhóm hàng tăng giá" in a lead tells which way the groups' prices went: their measure is the index named before
    ("Chỉ số giá tiêu dùng tháng 3 tăng 0,5% so với tháng trước. Trong đó có 4 nhóm hàng tăng giá: giáo dục tăng "
     "2,1%; giao thông tăng 0,8%. Có 2 nhóm giảm giá: bưu chính viễn thông giảm 0,2%; may mặc giảm 0,1%.",
     ["Chỉ số giá tiêu dùng"] * 5),
    # nor does an aside in the lead's parentheses
    ("Chỉ số giá tiêu dùng tháng 8 giảm 0,2% so với tháng trước. Có 3 nhóm giảm (trong tổng số 11 nhóm hàng), cụ "
     "thể: nhóm giao thông giảm 1,5%; nhóm bưu chính viễn thông giảm 0,1%.", ["Chỉ số giá tiêu dùng"] * 3),
])
def test_a_lead_saying_prices_rose_names_no_indicator(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


@pytest.mark.parametrize("text,subjects", [
    # a market after "sang", "từ", "đến từ" is the sector, also when its capital carries a mark or it is a continent
    ("Lượng khách đến từ châu Âu đạt 1,5 triệu lượt.", [("Lượng khách", "châu Âu")]),
    ("Kim ngạch xuất khẩu sang Ấn Độ đạt 2 tỷ USD.", [("Kim ngạch xuất khẩu", "Ấn Độ")]),
    ("Khách du lịch đến từ Úc đạt 120 nghìn lượt.", [("Khách du lịch", "Úc")]),
])
def test_a_market_after_its_preposition_is_the_sector(text, subjects):
    assert [(f.indicator, f.sector) for f in vnecon.extract(text, model="rules")] == subjects


@pytest.mark.parametrize("text,indicators", [
    # a clause opened by "Theo" names the source of the figure, not what it measures
    ("Theo số liệu của Sở Công Thương Hà Nam, sản lượng điện thương phẩm trong tháng 4 đạt 300 triệu kWh.",
     ["sản lượng điện thương phẩm"]),
])
def test_a_source_clause_names_no_subject(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


def test_a_price_basis_in_a_lead_names_no_indicator():
    # "tính theo giá hiện hành" says how the shares are reckoned: "giá hiện hành" is not what the list measures
    text = ("Tổng sản phẩm trên địa bàn tăng 6%. Cơ cấu kinh tế năm 2021, tính theo giá hiện hành, như sau: khu vực "
            "công nghiệp chiếm 30%; dịch vụ chiếm 45%.")
    facts = vnecon.extract(text, model="rules")
    assert len(facts) == 3
    assert not any("hiện hành" in (f.indicator or "") for f in facts)


@pytest.mark.parametrize("text,subjects", [
    # the goods a port handles are what is measured; the kind of goods after it is the sector
    ("Hàng hóa thông qua cảng biển quý I đạt 30,2 triệu tấn; trong đó hàng container đạt 2,1 triệu TEU.",
     [("Hàng hóa thông qua cảng biển", None), ("Hàng hóa thông qua cảng biển", "hàng container")]),
    # (Cần Thơ is the place, not part of the name)
    ("Hàng qua cảng Cần Thơ trong tháng đạt 1,5 triệu tấn.", [("Hàng qua cảng", None)]),
])
def test_goods_through_a_port_are_a_measure(text, subjects):
    assert [(f.indicator, f.sector) for f in vnecon.extract(text, model="rules")] == subjects


@pytest.mark.parametrize("text,indicators", [
    # a pointer back to what was named before ("trong số này", "trong các dự án này") ends the name it follows
    ("Tỉnh có 12 dự án mới, dự án FDI trong số này là 3 dự án.", ["dự án mới", "dự án FDI"]),
    ("Vốn đăng ký đạt 900 triệu USD; số lao động làm việc trong các nhà máy này là 20.000 người.",
     ["Vốn đăng ký", "số lao động làm việc"]),
])
def test_a_pointer_back_ends_a_name(text, indicators):
    assert [f.indicator for f in vnecon.extract(text, model="rules")] == indicators


@pytest.mark.parametrize("text,subjects", [
    # "của" before a service or an industry: the measure of that part of the economy
    ("Doanh thu của dịch vụ ăn uống đạt 420 tỷ đồng.", [("Doanh thu", "dịch vụ ăn uống")]),
])
def test_a_measure_of_a_service_or_industry(text, subjects):
    assert [(f.indicator, f.sector) for f in vnecon.extract(text, model="rules")] == subjects



@pytest.mark.parametrize("text,baselines", [
    # items joined by commas and "và", closed by one "so với ...": it is theirs, not the lead's
    ("CPI tháng 5 tăng 0,16% so với cùng kỳ. Cụ thể, giá xăng E5 tăng 440 đồng/lít, giá xăng A95 tăng 370 đồng/lít "
     "và giá dầu diezen tăng 450 đồng/lít so với tháng trước.",
     ["same_period_previous_year", "previous_period", "previous_period", "previous_period"]),
    # ... nor a "gấp" ratio's baseline for a rise
    ("Doanh thu tăng 1,4% so với tháng trước; trong đó bán lẻ tăng 1,5%, lưu trú gấp 2,4 lần so với cùng kỳ.",
     ["previous_period", "previous_period", "same_period_previous_year"]),
])
def test_a_baseline_closing_the_items_coordination(text, baselines):
    facts = vnecon.extract(text, model="rules")
    assert [c.baseline for f in facts for c in f.changes] == baselines


@pytest.mark.parametrize("text,changes", [
    # the next items after a rise, their verb left out, rise too: in parentheses, after a semicolon, with a hedge
    ("Chỉ số sản xuất công nghiệp tăng 12,1% (cả nước tăng 7,08%; Bắc Ninh 10,6%; Hưng Yên 9,6%).",
     [("increase", 12.1), ("increase", 7.08), ("increase", 10.6), ("increase", 9.6)]),
    ("So với cùng kỳ, hàng sang Úc tăng 85%, EU tăng gần 41%, Canada gần 23%, Hàn Quốc 14%.",
     [("increase", 85.0), ("increase", 41.0), ("increase", 23.0), ("increase", 14.0)]),
    # ... but not a level named as one, nor a target
    ("Xuất khẩu tăng 5%, tỷ trọng hàng chế biến 30%.", [("increase", 5.0), (None, 30.0)]),
    ("CPI bình quân tăng 3,2%, vẫn nằm trong mục tiêu lạm phát dưới 4%.", [("increase", 3.2), (None, 4.0)]),
])
def test_a_bare_percentage_after_a_rise_rises(text, changes):
    facts = vnecon.extract(text, model="rules")
    assert [(c.type, c.value) for f in facts for c in f.changes] + \
        [(None, f.value) for f in facts if f.value is not None] == changes
