"""vnecon.normalize.indicators: indicator texts -> catalogue ids."""

from __future__ import annotations

import pytest

from vnecon.normalize import link_indicator
from vnecon.normalize.indicators import MIN_CONFIDENCE, indicator_catalogue

# (indicator as written, sector, unit, expected id)
INDICATORS = [
    ("chỉ số sản xuất công nghiệp", None, None, "iip"),
    ("IIP", None, "%", "iip"),
    ("Chỉ số sản xuất toàn ngành công nghiệp", None, None, "iip"),
    ("chỉ số sản xuất toàn ngành công nghiệp 8 tháng đầu năm 2024", None, None, "iip"),
    ("chỉ số sản xuất", "ngành công nghiệp chế biến, chế tạo", "%", "iip"),
    ("CPI", None, "%", "cpi"),
    ("chỉ số giá tiêu dùng bình quân", None, None, "cpi"),
    ("lạm phát cơ bản", None, "%", "core_inflation"),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", None, "tỷ đồng", "retail_sales"),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", None, "tỷ đồng", "retail_sales"),
    ("Tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng xã hội", None, "nghìn tỷ đồng", "retail_sales"),
    ("doanh thu hoạt động bán lẻ", None, "tỷ đồng", "retail_sales_goods"),
    ("doanh thu bán lẻ hàng hoá", None, "tỷ đồng", "retail_sales_goods"),
    ("thu nội địa", None, "tỷ đồng", "domestic_revenue"),
    ("thu cân đối từ hoạt động xuất nhập khẩu", None, "tỷ đồng", "import_export_revenue"),
    ("thu ngân sách nhà nước", None, "tỷ đồng", "budget_revenue"),
    ("tổng thu NSNN trên địa bàn tỉnh", None, "tỷ đồng", "budget_revenue"),
    ("tổng chi ngân sách địa phương", None, "tỷ đồng", "budget_expenditure"),
    ("tổng nguồn vốn huy động", None, "tỷ đồng", "deposits_mobilized"),
    ("tổng nguồn vốn huy động trên địa bàn Hải Phòng", None, "tỷ đồng", "deposits_mobilized"),
    ("Tổng dư nợ cho vay", None, "tỷ đồng", "credit_outstanding"),
    ("dư nợ tín dụng", None, "nghìn tỷ đồng", "credit_outstanding"),
    ("tăng trưởng tín dụng", None, "%", "credit_growth"),
    ("kim ngạch xuất khẩu", None, "tỷ USD", "exports"),
    ("xuất khẩu", None, "triệu USD", "exports"),
    ("kim ngạch nhập khẩu hàng hóa", None, "tỷ USD", "imports"),
    ("tổng kim ngạch xuất nhập khẩu", None, "tỷ USD", "trade_turnover"),
    ("cán cân thương mại", None, "tỷ USD", "trade_balance"),
    ("vốn FDI đăng ký", None, "tỷ USD", "fdi_registered"),
    ("thu hút đầu tư", None, "tỷ USD", "fdi_registered"),
    ("tổng vốn đầu tư", None, "tỷ USD", "fdi_registered"),
    ("vốn điều chỉnh tăng thêm", None, "triệu USD", "fdi_added"),
    ("vốn đầu tư trực tiếp nước ngoài thực hiện", None, "tỷ USD", "fdi_disbursed"),
    ("thu hút đầu tư", None, "dự án", "fdi_projects"),
    ("dự án còn hiệu lực", None, "dự án", "fdi_projects"),
    ("GRDP", None, "%", "grdp"),
    ("tốc độ tăng trưởng kinh tế", None, "%", "grdp"),
    ("GDP", None, None, "gdp"),
    ("khách quốc tế", None, "lượt khách", "international_visitors"),
    ("khách du lịch nội địa", None, "triệu lượt", "domestic_visitors"),
    ("tổng thu từ khách du lịch", None, "nghìn tỷ đồng", "tourism_revenue"),
    ("khối lượng hàng hóa vận chuyển", None, "triệu tấn", "freight_volume"),
    ("khối lượng hàng hóa luân chuyển", None, "triệu tấn.km", "freight_turnover"),
    ("khối lượng hàng hóa", None, "triệu tấn", "freight_volume"),
    ("khối lượng hàng hóa", None, "triệu tấn.km", "freight_turnover"),
    ("số lượt hành khách vận chuyển", None, "triệu lượt hành khách", "passenger_volume"),
    ("hành khách luân chuyển", None, "triệu hành khách.km", "passenger_turnover"),
    ("doanh thu cảng biển", None, "tỷ đồng", "port_revenue"),
    ("sản lượng hàng hóa thông qua cảng biển", None, "triệu tấn", "port_throughput"),
    ("Doanh thu từ hoạt động hỗ trợ vận tải (cảng, bốc xếp, đại lý vận tải...) thông qua cảng biển", None,
     "triệu TTQ", "port_throughput"),
    ("hàng container thông qua cảng", None, "nghìn TEU", "container_throughput"),
    ("doanh nghiệp thành lập mới", None, "doanh nghiệp", "new_enterprises"),
    ("doanh nghiệp quay trở lại hoạt động", None, "doanh nghiệp", "enterprises_resumed"),
    ("doanh nghiệp rút lui khỏi thị trường", None, "doanh nghiệp", "enterprises_exited"),
    ("tỷ lệ thất nghiệp", None, "%", "unemployment_rate"),
    ("lao động có việc làm", None, "triệu người", "labour_employed"),
    ("vốn đầu tư thực hiện toàn xã hội", None, "nghìn tỷ đồng", "investment_realized"),
    ("giải ngân vốn đầu tư công", None, "tỷ đồng", "public_investment_disbursed"),
    ("sản lượng", "lúa", "nghìn tấn", "rice_output"),
    ("sản lượng lúa", None, "triệu tấn", "rice_output"),
    ("sản lượng thủy sản nuôi trồng", None, "nghìn tấn", "aquaculture_output"),
    ("sản lượng một số sản phẩm công nghiệp", None, "triệu sản phẩm", "industrial_product_output"),
    ("điện sản xuất", None, "tỷ kWh", "electricity_output"),
]


@pytest.mark.parametrize("indicator,sector,unit,expected", INDICATORS)
def test_link_indicator(indicator, sector, unit, expected):
    link = link_indicator(indicator, sector=sector, unit=unit)
    assert link is not None, indicator
    assert link.id == expected
    assert MIN_CONFIDENCE <= link.confidence <= 1.0
    assert link.name_en


# No link: unknown, too vague, or a unit of another dimension.
@pytest.mark.parametrize("indicator,unit", [
    (None, None), ("", None), ("tình hình kinh tế", None), ("hoạt động", None), ("xyz", "tỷ đồng"),
    ("vốn FDI đăng ký", "dự án"), ("kim ngạch xuất khẩu", "dự án"), ("tỷ lệ thất nghiệp", "tỷ đồng"),
    ("tổng vốn đầu tư", "tỷ đồng"),  # domestic or foreign: the text does not say
])
def test_no_link(indicator, unit):
    assert link_indicator(indicator, unit=unit) is None


def test_the_port_line_is_linked_by_its_unit():
    link = link_indicator("Doanh thu từ hoạt động hỗ trợ vận tải thông qua cảng biển", unit="triệu TTQ")
    assert (link.id, link.method) == ("port_throughput", "unit")
    assert link_indicator("Doanh thu từ hoạt động hỗ trợ vận tải", unit="tỷ đồng").id == "transport_revenue"


def test_catalogue_is_consistent():
    rows = indicator_catalogue()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 60
    dims = {"", "money", "count", "mass", "freight", "passenger_transport", "container", "area", "energy",
            "ratio", "index", "price", "money_per_capita", "mass_per_area"}
    for r in rows:
        assert r["dimension"] in dims, r["id"]
        assert r["name_vi"] and r["name_en"] and r["aliases"] and r["source"], r["id"]
        # Every official name and alias finds its own indicator (when given a unit of its dimension).
        for alias in [r["name_vi"], *r["aliases"].split("|")]:
            if "[" in alias:
                continue
            link = link_indicator(alias)
            assert link is not None and link.id == r["id"], (alias, link)
