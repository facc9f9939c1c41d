"""CHANGE and BASELINE: triggers, values, units and baseline kinds."""

import pytest

from vnecon.grammar import baseline_kind, find_changes, find_quantities, parse_change
from vnecon.textview import nfc

CHANGES = [
    ("tăng 15,14%", ("increase", 15.14, None, "%")),
    ("giảm 0,5 điểm phần trăm", ("decrease", 0.5, None, "điểm phần trăm")),
    ("cao hơn 0,41 điểm %", ("increase", 0.41, None, "điểm phần trăm")),   # as the fact guide writes it
    ("bằng 184,96%", ("ratio", 184.96, None, "%")),
    ("gấp 2,1 lần", ("ratio", 2.1, None, "lần")),
    ("tăng 1,5 lần", ("increase", 1.5, None, "lần")),
    ("chiếm 27,3%", ("share", 27.3, None, "%")),
    ("chiếm tỷ trọng 11,96%", ("share", 11.96, None, "%")),
    ("đóng góp 8,4 điểm phần trăm", ("contribution", 8.4, None, "điểm phần trăm")),
    ("làm giảm 0,2 điểm phần trăm", ("contribution", 0.2, None, "điểm phần trăm")),
    ("tăng 85 dự án", ("increase", 85.0, None, "dự án")),
    ("(+8.420 tỷ đồng", ("increase", 8420.0, None, "tỷ đồng")),
    ("(-0,8%", ("decrease", 0.8, None, "%")),
    ("tăng nhẹ 0,3%", ("increase", 0.3, None, "%")),
    ("tăng phổ biến 30 - 50%", ("increase", 30.0, 50.0, "%")),
    ("tăng vỏn vẹn 1,7%", ("increase", 1.7, None, "%")),
    ("cộng thêm 142,88 điểm", ("increase", 142.88, None, "điểm")),   # the words of market reports
    ("lùi 2,2 điểm", ("decrease", 2.2, None, "điểm")),
    ("đắt thêm 16.000 đồng", ("increase", 16000.0, None, "đồng")),
    ("rẻ hơn 5%", ("decrease", 5.0, None, "%")),
    ("mức tăng thực còn 6,7%", ("increase", 6.7, None, "%")),   # the rate left once prices are taken out
    ("tăng nhiều nhất, 0,69%", ("increase", 0.69, None, "%")),   # the degree, a comma, then the rise
    ("tăng mạnh hơn, tới 2,77%", ("increase", 2.77, None, "%")),
    ("tăng thực tế là 9,4%", ("increase", 9.4, None, "%")),   # the real rise, prices taken out
    ("mất 25 USD/tấn", ("decrease", 25.0, None, "USD/tấn")),
    ("tăng từ 30 - 35%", ("increase", 30.0, 35.0, "%")),
    ("vượt 5,2% kế hoạch", ("increase", 5.2, None, "%")),
    ("vượt kế hoạch 6,5%", ("increase", 6.5, None, "%")),   # the plan named between the verb and the figure
    # what a comparative compares with, written between it and the figure, as statistics releases write it
    ("ít hơn tháng 6 là 2,2%", ("decrease", 2.2, None, "%")),
    ("đi lên 0,4%", ("increase", 0.4, None, "%")),
    ("đi xuống 1,2%", ("decrease", 1.2, None, "%")),
    ("cao hơn cùng kỳ năm 2016 là 21,1%", ("increase", 21.1, None, "%")),
    ("thấp hơn quý II/2016 khoảng 3,3%", ("decrease", 3.3, None, "%")),
    ("nhiều hơn vụ đông xuân 2018-2019 là 129.000 tấn", ("increase", 129000.0, None, "tấn")),
    ("vượt cùng kỳ năm 2015 tới 17,5%", ("increase", 17.5, None, "%")),   # a year, then "tới": no range 2015-17,5
    ("kém cùng kỳ năm trước 3,1%", ("decrease", 3.1, None, "%")),
    ("kém hơn tháng trước 0,8%", ("decrease", 0.8, None, "%")),
    ("nhích lên 0,02 điểm phần trăm", ("increase", 0.02, None, "điểm phần trăm")),
    ("tăng5%", ("increase", 5.0, None, "%")),
    # multiples in words with no "lần": "gấp đôi" is twice, "gấp rưỡi" one and a half times
    ("+3,42", ("increase", 3.42, None, None)),   # a signed figure with no unit (the line's "(%)" gives it)
    ("gấp đôi", ("ratio", 2.0, None, "lần")),
    ("tăng gấp rưỡi", ("ratio", 1.5, None, "lần")),
    ("cao gấp ba", ("ratio", 3.0, None, "lần")),
    ("chỉ bằng một nửa", ("ratio", 0.5, None, "lần")),   # a half after "bằng" is a multiple of 0.5
    ("bằng khoảng nửa", ("ratio", 0.5, None, "lần")),
    ("sụt mạnh 38,9%", ("decrease", 38.9, None, "%")),
    ("hụt khoảng 400 triệu USD", ("decrease", 400.0, None, "triệu USD")),
    ("tương đương tăng 1,41%", ("increase", 1.41, None, "%")),   # a rise restated, not a ratio
    ("hoàn thành 78,55%", ("ratio", 78.55, None, "%")),   # a span cut before its "kế hoạch" is still a ratio
    ("tương đương 77,61%", ("ratio", 77.61, None, "%")),
    ("tức thêm 28,55 tỷ USD", ("increase", 28.55, None, "tỷ USD")),
    ("chiếm tỉ trọng 42,72%", ("share", 42.72, None, "%")),
    ("góp 0,04 điểm", ("contribution", 0.04, None, "điểm phần trăm")),   # points of a contribution are percentage points
    ("tăng bình quân từ 9% trở lên", ("increase", 9.0, None, "%")),   # a floor on the rise, not "từ X lên Y"
    # a rise or fall in points that moves the whole is a contribution
    ("tác động làm CPI bình quân tăng 2,49 điểm phần trăm", ("contribution", 2.49, None, "điểm phần trăm")),
    ("kéo CPI chung giảm 0,27 điểm phần trăm", ("contribution", 0.27, None, "điểm phần trăm")),
    ("tác động 1,02 điểm %", ("contribution", 1.02, None, "điểm phần trăm")),
]


@pytest.mark.parametrize("text,expected", CHANGES)
def test_parse_change(text, expected):
    assert parse_change(text) == expected


@pytest.mark.parametrize("text,kind", [
    ("so với cùng kỳ", "same_period_previous_year"),
    ("so với cùng kỳ năm trước", "same_period_previous_year"),
    ("so cùng kỳ", "same_period_previous_year"),
    ("so với cùng kỳ năm 2023", "same_period_previous_year"),
    ("so với quý cùng kỳ", "same_period_previous_year"),
    ("so với cuối tuần trước", "previous_period"),
    ("so với phiên trước", "previous_period"),
    ("so với cùng quý năm 2023", "same_period_previous_year"),
    ("so với thời điểm 31/12/2014", "start_of_year"),
    ("so với năm trước", "same_period_previous_year"),
    ("so với tháng trước", "previous_period"),
    ("so với quý trước", "previous_period"),
    ("so với tháng 8", "previous_period"),
    ("so với đầu năm", "start_of_year"),
    ("so với cuối năm 2020", "start_of_year"),
    ("so với tháng 12/2021", "start_of_year"),
    ("lấy mốc tháng 12/2023", "start_of_year"),   # "Lấy mốc tháng 12/2023 thì CPI đã tăng 1,40%"
    ("dự toán", "plan"),
    ("kế hoạch năm", "plan"),
    ("DT", "plan"),
    ("so với giá tính dự toán năm 2016", "plan"),
    ("dự toán do Trung ương giao", "plan"),          # who set the plan is part of the baseline
    ("kế hoạch năm do HĐND tỉnh đề ra", "plan"),
    ("so với dự toán được Trung ương giao", "plan"),
    # months counted from the start of a year, with the year: the same stretch of the year before
    ("so với 9 tháng năm 2022", "same_period_previous_year"),
    ("so với 6 tháng đầu năm 2017", "same_period_previous_year"),
    ("so với 6 tháng đầu năm", "previous_period"),
    ("tổng diện tích", "total"),
    ("so với kịch bản", "plan"),
    # the whole year before, and a named stretch of it: the same period ...
    ("so với cả năm 2020", "same_period_previous_year"),
    ("so với dịp lễ năm 2016", "same_period_previous_year"),
    ("so với Tết năm 2023", "same_period_previous_year"),
    ("so với hai tháng đầu năm 2015", "same_period_previous_year"),
    # ... but not a plan, nor the start or end of a year
    ("so với kế hoạch năm 2024", "plan"),
    ("so với thời điểm cuối năm 2023", "start_of_year"),
    ("so với tháng 12 năm 2023", "start_of_year"),
    ("tổng kim ngạch xuất khẩu", "total"),
    ("so với bình quân cả nước", "other"),
    ("nếu so với vụ 2020", "same_period_previous_year"),   # a crop season and its year, no name between
    # the average of the year before is the year-on-year baseline of a yearly average
    ("so với bình quân năm 2014", "same_period_previous_year"),
    ("so với mức bình quân năm trước", "same_period_previous_year"),
    # "mức" before what was done or where the year ended: the same baselines
    ("so với mức thực hiện năm 2019", "same_period_previous_year"),
    ("so với mức cuối năm 2019", "start_of_year"),
    ("so với cuối 2017", "start_of_year"),   # "cuối" and a year, no "năm"
    # the plan of a stretch shorter than the year: "vượt 0,2% so với kế hoạch nửa năm và bằng 51% kế hoạch năm"
    ("so với kế hoạch nửa năm", "plan"),
    ("kế hoạch 6 tháng", "plan"),
    ("kế hoạch kỳ", "plan"),
    ("kế hoạch quý", "plan"),
    ("so với cùng kì năm trước", "same_period_previous_year"),   # "kì" is "kỳ"
    ("so với thời điểm này năm trước", "same_period_previous_year"),
    # other ways of saying "so với"
    ("nếu đặt cạnh cùng kỳ năm trước", "same_period_previous_year"),
    ("So sánh với tháng trước", "previous_period"),
    ("đối chiếu với kế hoạch Thủ tướng giao", "plan"),
    # the bare reference of a multiple: "gấp 1,6 lần năm trước", "gấp hai lần bình quân cả nước"
    ("năm trước", "same_period_previous_year"),
    ("năm 2022", "same_period_previous_year"),
    ("bình quân cả nước", "other"),
    ("so\u200b với\u200b cùng\u200b kỳ", "same_period_previous_year"),
    ("so với quý liền trước", "previous_period"),   # "liền trước": the one right before
    ("so với năm liền trước", "same_period_previous_year"),   # zero-width spaces of a scraped page
    # the abbreviations of terse reports: "so CK" (cùng kỳ), "CKNT" (cùng kỳ năm trước); capitals only
    ("so CK", "same_period_previous_year"),
    ("so với CKNT", "same_period_previous_year"),
    ("CK", "same_period_previous_year"),
    # a day or a week before, ordinary days against a holiday, and the English shorthands of business news
    ("so với hôm qua", "previous_period"),
    ("so với một tuần trước", "previous_period"),
    ("so với ngày thường", "other"),
    ("so với những tháng bình thường", "other"),
    ("YoY", "same_period_previous_year"),
    ("MoM", "previous_period"),
])
def test_baseline_kind(text, kind):
    assert baseline_kind(text) == kind


@pytest.mark.parametrize("text,n_changes,n_values", [
    ("đạt 36.745 tỷ đồng, bằng 184,96% so với cùng kỳ", 1, 1),
    ("tốc độ tăng trưởng đạt 9,1%", 0, 1),          # "đạt X%" is a level
    ("thu ngân sách đạt 65% dự toán", 1, 0),         # ... unless a plan follows: a ratio
    ("tăng 5% lên 100 tỷ đồng", 1, 1),               # "lên Y" is the new level
    ("công nghiệp tăng mạnh nhất, 20,41%", 1, 0),    # a superlative and a comma before the percentage
    ("nhập khẩu tăng nhanh hơn (18%) lên 212,2 tỷ USD", 1, 1),
    ("giá tăng cao hơn, 5 doanh nghiệp phải đóng cửa", 0, 1),   # ... but a count after it opens a clause
    ("khách tàu biển tăng nhanh hơn: 13 chuyến tàu", 0, 1),
    ("nhóm chiếm tỷ trọng lớn nhất, tăng 16,29%", 1, 0),
    ("tăng 523.594 tỷ đồng (11%)", 2, 0),            # the same rise again in percent
    ("lần lượt tăng 3,48%, 3,35% và 1,99%", 3, 0),
    # "thêm" / "bớt" opening a clause after the figure say a change; after a verb they count what was added
    ("vượt 1,08 triệu người, thêm 24,9 nghìn người", 1, 1),
    ("còn 1,11 triệu người, bớt gần 10,9 nghìn người", 1, 1),
    ("tăng 2,64% (thêm 7.300 con)", 2, 0),
    ("toàn tỉnh có thêm 512 doanh nghiệp", 0, 1),
    ("gấp 3,1 lần; thêm 17 dự án điều chỉnh vốn", 1, 1),
    # a comparative before "với" or before the level of another place or year is no difference
    ("chỉ nhỉnh hơn 1,74% so với cùng kỳ", 1, 0),
    ("xuất khẩu nhỉnh hơn với 214,02 tỷ USD", 0, 1),
    ("nhỉnh hơn mức 233.000 tấn của Cà Mau", 0, 1),
    ("cao hơn mức 2,19% của 9 tháng năm 2020", 0, 1),
    ("cao hơn mức 500 đồng/kg so với tháng trước", 1, 0),
])
def test_split_changes_and_values(text, n_changes, n_values):
    changes, values = find_changes(nfc(text), find_quantities(nfc(text)))
    assert (len(changes), len(values)) == (n_changes, n_values)
