"""Restructuring events on sentences written for these tests: one case per line, by phenomenon."""

from __future__ import annotations

import pytest

from extractor.events import find_events
from extractor.events.places import is_place, strip_place
from extractor.lang.vi import load
from extractor.recognize.organizations import find_organizations
from tests.fakes import SentenceDoc


def _events(text: str) -> list[dict]:
    doc = SentenceDoc(text)
    return find_events(doc, find_organizations(doc))


def _summary(event: dict) -> tuple:
    result = event["result"]["name"] if event["result"] else None
    return event["type"], [p["name"] for p in event["participants"]], result, event["count"]


EVENTS = [
    # (phenomenon, text, [(type, participants, result, count)])
    ("merge with renaming is one merge",
     "Tỉnh sáp nhập Trường Trung cấp Y tế Lai Châu với Trường Cao đẳng Cộng đồng Lai Châu và đổi tên thành "
     "Trường Cao đẳng Lai Châu.",
     [("merge", ["Trường Trung cấp Y tế Lai Châu", "Trường Cao đẳng Cộng đồng Lai Châu"],
       "Trường Cao đẳng Lai Châu", None)]),
    ("misspelt trigger sát nhập",
     "Huyện sát nhập Trường Tiểu học Nậm Tăm với Trường Tiểu học Pa Vây Sử.",
     [("merge", ["Trường Tiểu học Nậm Tăm", "Trường Tiểu học Pa Vây Sử"], None, None)]),
    ("merge into: the receiver is the result",
     "Bộ quyết định sáp nhập Trường Cao đẳng Y tế Kon Tum vào Trường Đại học Tây Nguyên.",
     [("merge", ["Trường Cao đẳng Y tế Kon Tum", "Trường Đại học Tây Nguyên"], "Trường Đại học Tây Nguyên",
       None)]),
    ("subject merges into",
     "Bệnh viện Đa khoa Mộc Châu sẽ nhập vào Bệnh viện Đa khoa tỉnh.",
     [("merge", ["Bệnh viện Đa khoa Mộc Châu", "Bệnh viện Đa khoa tỉnh"], "Bệnh viện Đa khoa tỉnh", None)]),
    ("establish on the basis of a merge",
     "UBND tỉnh thành lập Trung tâm Dịch vụ nông nghiệp huyện Than Uyên trên cơ sở hợp nhất Trạm Thú y và "
     "Trạm Khuyến nông.",
     [("merge", ["Trạm Thú y", "Trạm Khuyến nông"], "Trung tâm Dịch vụ nông nghiệp huyện Than Uyên", None)]),
    ("merge into a named result",
     "Hợp nhất Sở Du lịch và Sở Văn hóa thành Sở Văn hóa - Du lịch.",
     [("merge", ["Sở Du lịch", "Sở Văn hóa"], "Sở Văn hóa - Du lịch", None)]),
    ("shared head with a count",
     "Tỉnh sẽ hợp nhất hai sở Du lịch, Thông tin thành Sở Văn hóa và Thông tin.",
     [("merge", ["sở Du lịch", "sở Thông tin"], "Sở Văn hóa và Thông tin", 2)]),
    ("shared head of administrative units",
     "Xã Tân Lập mới: sáp nhập các xã Bản Công, Nậm Có, Tà Xi Láng.",
     [("merge", ["xã Bản Công", "xã Nậm Có", "xã Tà Xi Láng"], "Xã Tân Lập", None)]),
    ("result before a bracket",
     "Phường Đông Sơn (sáp nhập phường Ba Đình, phường Ngọc Trạo).",
     [("merge", ["phường Ba Đình", "phường Ngọc Trạo"], "Phường Đông Sơn", None)]),
    ("counted merge",
     "Cục Thuế sẽ sắp xếp 9 chi cục thuế thành 4 chi cục thuế khu vực.",
     [("merge", [], None, 9)]),
    ("counted merge with the number first",
     "Huyện Yên Dũng có 6 trường sáp nhập thành 3 trường.",
     [("merge", [], None, 6)]),
    ("rename",
     "UBND tỉnh đổi tên Trường THPT số 1 Đống Đa thành Trường THPT Đống Đa.",
     [("rename", ["Trường THPT số 1 Đống Đa"], "Trường THPT Đống Đa", None)]),
    ("rename list goes on without a trigger",
     "UBND tỉnh đổi tên Trường THCS số 2 Kim Đồng thành Trường THCS Kim Đồng; Trường THCS số 2 Lê Lai thành "
     "Trường THCS Lê Lai.",
     [("rename", ["Trường THCS số 2 Kim Đồng"], "Trường THCS Kim Đồng", None),
      ("rename", ["Trường THCS số 2 Lê Lai"], "Trường THCS Lê Lai", None)]),
    ("dissolve", "HĐND tỉnh thông qua nghị quyết giải thể Sở Ngoại vụ.",
     [("dissolve", ["Sở Ngoại vụ"], None, None)]),
    ("establish", "Quốc hội quyết định thành lập thị xã Phú Mỹ.",
     [("establish", [], "thị xã Phú Mỹ", None)]),
    ("establish several", "Thành lập thị trấn Nà Phặc, thị trấn Bằng Lũng.",
     [("establish", [], "thị trấn Nà Phặc", None), ("establish", [], "thị trấn Bằng Lũng", None)]),
    ("establish, subject first", "Sở Quy hoạch - Kiến trúc Đà Nẵng được thành lập năm 2008.",
     [("establish", [], "Sở Quy hoạch - Kiến trúc Đà Nẵng", None)]),
    ("transfer",
     "Tỉnh điều chuyển Ban Quản lý Khu kinh tế Vân Phong về Sở Công Thương quản lý.",
     [("transfer", ["Ban Quản lý Khu kinh tế Vân Phong", "Sở Công Thương"], "Sở Công Thương", None)]),
    # counts
    ("counted range is its lower bound", "Huyện sẽ hợp nhất từ 3 đến 4 trường thành một trường.",
     [("merge", [], None, 3)]),
    ("counted merge with ghép", "Ngành thuế ghép 20 chi cục thuế thành 9 chi cục thuế khu vực.",
     [("merge", [], None, 20)]),
    ("counted establishment names no single body", "Tỉnh thành lập 3 Trung tâm Dịch vụ nông nghiệp liên huyện.",
     [("establish", [], None, 3)]),
    # a counted head shared by the bodies after it
    ("counted head with a comma list",
     "Tỉnh sẽ hợp nhất hai sở Xây dựng, Giao thông vận tải thành Sở Giao thông, Xây dựng và Phát triển đô thị.",
     [("merge", ["sở Xây dựng", "sở Giao thông vận tải"], "Sở Giao thông, Xây dựng và Phát triển đô thị", 2)]),
    ("counted head with và, into a body", "Thành phố sáp nhập hai ban Thi đua - Khen thưởng và Tôn giáo vào Sở Nội vụ.",
     [("merge", ["ban Thi đua - Khen thưởng", "ban Tôn giáo", "Sở Nội vụ"], "Sở Nội vụ", 2)]),
    ("counted noun before a headed name", "Tỉnh sẽ sáp nhập hai trường Cao đẳng Y tế Sơn La và Lai Châu.",
     [("merge", ["Cao đẳng Y tế Sơn La", "Cao đẳng Y tế Lai Châu"], None, 2)]),
    # participants named earlier in the sentence
    ("counted bodies pointed back to",
     "Tỉnh ủy làm việc với Báo Lào Cai và Đài PT-TH Lào Cai về đề án hợp nhất 2 cơ quan này.",
     [("merge", ["Báo Lào Cai", "Đài PT-TH Lào Cai"], None, 2)]),
    # names with a comma between fields of work
    ("result with fields listed",
     "Tỉnh thành lập Trung tâm Văn hóa, Thông tin và Thể thao huyện Mù Cang Chải trên cơ sở sáp nhập Đài "
     "Truyền thanh huyện và Trung tâm Văn hóa huyện.",
     [("merge", ["Đài Truyền thanh huyện", "Trung tâm Văn hóa huyện"],
       "Trung tâm Văn hóa, Thông tin và Thể thao huyện Mù Cang Chải", None)]),
    # one event told several times in an article
    ("headline and body tell one counted merge",
     "Sáp nhập 12 trường tiểu học ở Mường Tè\nHuyện sẽ sáp nhập 12 trường tiểu học thành 6 trường.",
     [("merge", [], None, 12)]),
    ("headline and body tell one named merge",
     "Sáp nhập Trường Tiểu học Pa Ủ với Trường Tiểu học Mù Cả\nHuyện quyết định sáp nhập Trường Tiểu học Pa Ủ "
     "với Trường Tiểu học Mù Cả từ năm học tới.",
     [("merge", ["Trường Tiểu học Pa Ủ", "Trường Tiểu học Mù Cả"], None, None)]),
    ("a headline's round figure is the body's exact count",
     "Hơn 16.000 thôn, tổ dân phố sáp nhập trong 3 năm\nTrong 3 năm, cả nước đã sáp nhập 16.321 thôn, tổ dân phố.",
     [("merge", [], None, 16321)]),
    ("about a figure may be another count",
     "Khoảng 30 trường được sắp xếp lại, còn 19 trường. Các tỉnh đề xuất sáp nhập 32 đại học, cao đẳng.",
     [("merge", [], None, 30), ("merge", [], None, 32)]),
    ("the handover of a merged body is the merge",
     "Chấp thuận việc sáp nhập MHL vào BIDL\nDự kiến ngày 22-5, công tác bàn giao MHL về BIDL sẽ hoàn tất.",
     [("merge", ["MHL", "BIDL"], "BIDL", None)]),
    ("a handover written with the names in full is the merge told again",
     "Huyện Tam Sơn hợp nhất Trung tâm Dân số – KHHGĐ vào Trung tâm Y tế\nUBND huyện tổ chức hội nghị bàn giao "
     "Trung tâm Dân số – Kế hoạch hóa gia đình huyện sang Trung tâm Y tế huyện.",
     [("merge", ["Trung tâm Dân số – KHHGĐ", "Trung tâm Y tế"], "Trung tâm Y tế", None),
      ("merge", ["Trung tâm Dân số – Kế hoạch hóa gia đình huyện", "Trung tâm Y tế huyện"], "Trung tâm Y tế huyện",
       None)]),
    ("a handover of another body stays a transfer",
     "Tỉnh sáp nhập Trường Tiểu học An Phú vào Trường Tiểu học An Bình. Tỉnh bàn giao Bệnh viện Tân An về Sở Y tế.",
     [("merge", ["Trường Tiểu học An Phú", "Trường Tiểu học An Bình"], "Trường Tiểu học An Bình", None),
      ("transfer", ["Bệnh viện Tân An", "Sở Y tế"], "Sở Y tế", None)]),
    ("a headline naming bodies founded under one head",
     "Sẽ thành lập Tổng cục Lâm nghiệp, Thủy sản và Thủy lợi\nBộ trình Thủ tướng thành lập 3 Tổng cục: Lâm nghiệp, "
     "Thủy sản và Thủy lợi trực thuộc Bộ.",
     [("establish", [], "Tổng cục Lâm nghiệp", None), ("establish", [], "Tổng cục Thủy sản", None),
      ("establish", [], "Tổng cục Thủy lợi", None)]),
    ("units of a kind arranged to found a city told with the city's sources",
     "UBTVQH sắp xếp các đơn vị hành chính cấp huyện để thành lập thành phố Tân Phú. Cụ thể, thành lập thành phố Tân "
     "Phú trên cơ sở nhập toàn bộ diện tích tự nhiên, dân số của quận 2 và quận 9.",
     [("merge", ["quận 2", "quận 9"], "thành phố Tân Phú", None)]),
    ("a founding told with and without the word for the province",
     "Tỉnh ủy ban hành Nghị quyết về việc thành lập Đài Phát thanh - Truyền hình tỉnh Hà Lâm. Đài Phát thanh - "
     "Truyền hình Hà Lâm được thành lập trên cơ sở Đài Phát thanh Hà Lâm.",
     [("establish", ["Đài Phát thanh Hà Lâm"], "Đài Phát thanh - Truyền hình tỉnh Hà Lâm", None)]),
    ("a handover told again with the place added to the body's name",
     "Bàn giao Bệnh viện Giao thông vận tải Hà Lâm về UBND tỉnh Hà Lâm quản lý\nBộ Xây dựng tổ chức bàn giao Bệnh viện "
     "Giao thông vận tải về UBND tỉnh Hà Lâm quản lý.",
     [("transfer", ["Bệnh viện Giao thông vận tải Hà Lâm", "UBND tỉnh Hà Lâm"], "UBND tỉnh Hà Lâm", None)]),
    ("a merge told again with an abbreviation stays two mentions",
     "Huyện Tam Sơn hợp nhất Trung tâm Dân số – KHHGĐ vào Trung tâm Y tế\nHuyện hợp nhất Trung tâm Dân số – Kế hoạch "
     "hóa gia đình huyện vào Trung tâm Y tế huyện.",
     [("merge", ["Trung tâm Dân số – KHHGĐ", "Trung tâm Y tế"], "Trung tâm Y tế", None),
      ("merge", ["Trung tâm Dân số – Kế hoạch hóa gia đình huyện", "Trung tâm Y tế huyện"], "Trung tâm Y tế huyện",
       None)]),
    ("a bare head on a bulleted line points back to the body founded before",
     "• Ngày 8/5/1975, Thủ tướng ký quyết định về việc thành lập Viện Thông tin Khoa học Hà Lâm.\n• Viện được thành "
     "lập trên cơ sở hợp nhất hai cơ quan: Ban Thông tin Hà Lâm và Thư viện Khoa học Hà Lâm.",
     [("merge", ["Ban Thông tin Hà Lâm", "Thư viện Khoa học Hà Lâm"], "Viện Thông tin Khoa học Hà Lâm", 2)]),
    ("a history's lines renaming the body the history last named",
     "Tên gọi Công ty có những thay đổi:\n\n- Năm 1967: Thành lập Nhà máy nước Hải Lâm.\n\n- Năm 1986: Đổi tên thành "
     "Công ty Cấp nước Hải Lâm.\n\n- Năm 2007: Chuyển đổi thành Công ty TNHH Một thành viên Cấp nước Hải Lâm.",
     [("establish", [], "Nhà máy nước Hải Lâm", None),
      ("rename", ["Nhà máy nước Hải Lâm"], "Công ty Cấp nước Hải Lâm", None),
      ("rename", ["Công ty Cấp nước Hải Lâm"], "Công ty TNHH Một thành viên Cấp nước Hải Lâm", None)]),
    ("a rename line with no history before it names nothing",
     "- Năm 1986: Đổi tên thành Công ty Cấp nước Hải Lâm.", []),
    ("same count told of two bodies is two events",
     "Cục Thuế Lào Cai hợp nhất 4 chi cục thuế thành 2 chi cục; Cục Thuế Yên Bái hợp nhất 4 chi cục thuế thành "
     "2 chi cục.",
     [("merge", [], None, 4), ("merge", [], None, 4)]),
    # bodies with long lower-case names; the bodies ended in one list are one dissolution, a list parted by
    # semicolons one per part
    ("dissolve two bodies with long names",
     "Tỉnh giải thể Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn huyện Đông Hải và Hội đồng phối hợp công "
     "tác phổ biến pháp luật xã Tân Phú.",
     [("dissolve", ["Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn huyện Đông Hải",
                    "Hội đồng phối hợp công tác phổ biến pháp luật xã Tân Phú"], None, None)]),
    ("bodies ended in a list parted by semicolons",
     "Hội nghị công bố các quyết định kết thúc hoạt động của Đảng bộ Khối Các cơ quan tỉnh Hà Lâm; Đảng bộ Khối "
     "Doanh nghiệp tỉnh Hà Lâm; Ban Cán sự đảng UBND tỉnh Hà Lâm.",
     [("dissolve", ["Đảng bộ Khối Các cơ quan tỉnh Hà Lâm"], None, None),
      ("dissolve", ["Đảng bộ Khối Doanh nghiệp tỉnh Hà Lâm"], None, None),
      ("dissolve", ["Ban Cán sự đảng UBND tỉnh Hà Lâm"], None, None)]),
    ("merge of project boards into one",
     "Huyện hợp nhất Ban Quản lý dự án đầu tư xây dựng huyện và Ban Quản lý dự án phát triển đô thị huyện thành "
     "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Hòa Vang.",
     [("merge", ["Ban Quản lý dự án đầu tư xây dựng huyện", "Ban Quản lý dự án phát triển đô thị huyện"],
       "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Hòa Vang", None)]),
    # villages
    ("counted merge of villages, the district is who arranges",
     "Thực hiện nghị quyết của HĐND tỉnh, huyện Sơn Hà sắp xếp 87 thôn, tổ dân phố thành 41 thôn, tổ dân phố.",
     [("merge", [], None, 87)]),
    ("named merge of villages", "Xã Ia Tô sáp nhập thôn Làng Mới vào thôn Ia Rốc.",
     [("merge", ["thôn Làng Mới", "thôn Ia Rốc"], "thôn Ia Rốc", None)]),
    ("counted merge of hamlets", "Huyện quyết định sáp nhập 12 ấp thành 6 ấp.", [("merge", [], None, 12)]),
    # split off a part of a body
    ("split a part off to re-form a body",
     "UBND quận quyết định tách bộ phận quản lý đô thị ra khỏi Phòng Kinh tế và Hạ tầng quận Cẩm Lệ để thành lập "
     "Phòng Quản lý đô thị quận Cẩm Lệ.",
     [("split", ["Phòng Kinh tế và Hạ tầng quận Cẩm Lệ"], "Phòng Quản lý đô thị quận Cẩm Lệ", None)]),
    ("split a part off to restore a body",
     "Huyện tách bộ phận tư pháp ra khỏi Văn phòng HĐND và UBND huyện Mỹ Tú để tái lập Phòng Tư pháp huyện Mỹ Tú.",
     [("split", ["Văn phòng HĐND và UBND huyện Mỹ Tú"], "Phòng Tư pháp huyện Mỹ Tú", None)]),
    # a list announced by a sentence ending in a colon
    ("bulleted merge lines after a colon",
     "Tỉnh đã thí điểm sáp nhập một số sở như sau:\n+ Sở Du lịch với Sở Văn hóa thành Sở Văn hóa và Du lịch.\n"
     "+ Sở Ngoại vụ với Văn phòng UBND tỉnh",
     [("merge", ["Sở Du lịch", "Sở Văn hóa"], "Sở Văn hóa và Du lịch", None),
      ("merge", ["Sở Ngoại vụ", "Văn phòng UBND tỉnh"], None, None)]),
    # merged with one another
    ("merged into one another, listed after là",
     "Ngoài ra, 3 trường được nhập vào nhau là Trường Trung cấp Y tế Sơn Tây, Trường Trung cấp Kinh tế Hà Tây và "
     "Trường Cao đẳng Cộng đồng Hà Tây.",
     [("merge", ["Trường Trung cấp Y tế Sơn Tây", "Trường Trung cấp Kinh tế Hà Tây",
                 "Trường Cao đẳng Cộng đồng Hà Tây"], None, None)]),
    ("merged with one another, listed after gồm",
     "Ba trung tâm sẽ sáp nhập với nhau gồm Trung tâm Y tế dự phòng, Trung tâm Dân số và Trung tâm Giám định y khoa.",
     [("merge", ["Trung tâm Y tế dự phòng", "Trung tâm Dân số", "Trung tâm Giám định y khoa"], None, None)]),
    # member school of a university
    ("transfer as a member school after đề xuất",
     "Bộ đề xuất chuyển Trường Đại học Kinh tế Nghệ An thành trường thành viên của Đại học Vinh.",
     [("transfer", ["Trường Đại học Kinh tế Nghệ An", "Đại học Vinh"], "Đại học Vinh", None)]),
    # upgrades
    ("upgrade in brackets", "Trường Cao đẳng Du lịch Huế (nâng cấp từ Trường Trung cấp Du lịch Huế) tuyển sinh.",
     [("establish", ["Trường Trung cấp Du lịch Huế"], "Trường Cao đẳng Du lịch Huế", None)]),
    ("upgrade into a named body",
     "Bộ quyết định nâng cấp Trường Trung cấp Y tế Bình Dương thành Trường Cao đẳng Y tế Bình Dương.",
     [("establish", ["Trường Trung cấp Y tế Bình Dương"], "Trường Cao đẳng Y tế Bình Dương", None)]),
    # counts brought down
    ("count brought down by a merge",
     "Theo đề án, số đơn vị hành chính cấp xã được sắp xếp để giảm từ 120 xuống còn 45.",
     [("merge", [], None, 120)]),
    # lists of participants: a dated name, a part of a body, an address after the last member
    ("a name dated by cũ stays in the list",
     "Phường Tân Mỹ (sáp nhập phường Tân Mỹ cũ và phường Hòa Lợi) có 40.000 dân.",
     [("merge", ["phường Tân Mỹ", "phường Hòa Lợi"], "Phường Tân Mỹ", None)]),
    ("a part of a body takes part",
     "Xã Đông Hải mới: sáp nhập xã Đông Hải, xã Tây Hải và một phần xã Nam Hải.",
     [("merge", ["xã Đông Hải", "xã Tây Hải", "xã Nam Hải"], "Xã Đông Hải", None)]),
    ("a larger unit after a comma is an address",
     "Phường Kim Sơn (sáp nhập phường Kim Sơn và phường Lạc Hồng, thành phố Long Phú) đông dân.",
     [("merge", ["phường Kim Sơn", "phường Lạc Hồng"], "Phường Kim Sơn", None)]),
    ("a place whose first word looks like a head",
     "Phường Ba Lâm mới: sáp nhập phường Đội Trung và phường Hòa Khê.",
     [("merge", ["phường Đội Trung", "phường Hòa Khê"], "Phường Ba Lâm", None)]),
    ("an abbreviated city after the members is an address",
     "Phường Hòa Lợi (sáp nhập phường Tân Định, xã Mỹ Hòa và một phần phường Bình An, TP.Long Hải cũ) đông dân.",
     [("merge", ["phường Tân Định", "xã Mỹ Hòa", "phường Bình An"], "Phường Hòa Lợi", None)]),
    ("a named part of a body stands for it",
     "Tỉnh đề xuất nhập Cao đẳng Sư phạm Long An và lĩnh vực Y tế của Cao đẳng Tân An vào Đại học Long An.",
     [("merge", ["Cao đẳng Sư phạm Long An", "Cao đẳng Tân An", "Đại học Long An"], "Đại học Long An", None)]),
    ("plain words after the members end the list; a fronted participle speaks of the school after them",
     "Được thành lập năm 2016 trên cơ sở sáp nhập Trường THPT Tân Hà và Trường THCS Lê Lai, cơ sở vật chất của "
     "Trường THCS - THPT Tân Hà xuống cấp.",
     [("merge", ["Trường THPT Tân Hà", "Trường THCS Lê Lai"], "Trường THCS - THPT Tân Hà", None)]),
    # counts before a re-arrangement, with what it comes to
    ("count before, apart by voice words, with an outcome",
     "Khoảng 24 trường cao đẳng, trung cấp dự kiến được sắp xếp lại, còn 11 trường.",
     [("merge", [], None, 24)]),
    # two bracketed events side by side
    ("an upgrade next to a merge in brackets",
     "Hai trường mới là Cao đẳng Y tế Tây Sơn (nâng cấp từ Trung cấp Y tế Tây Sơn) và Cao đẳng Kỹ thuật "
     "Đông Sơn (sáp nhập Trung cấp Nghề Đông Sơn với Trung cấp Cơ khí Đông Sơn).",
     [("establish", ["Trung cấp Y tế Tây Sơn"], "Cao đẳng Y tế Tây Sơn", None),
      ("merge", ["Trung cấp Nghề Đông Sơn", "Trung cấp Cơ khí Đông Sơn"], "Cao đẳng Kỹ thuật Đông Sơn", None)]),
    # a body turned into another
    ("chuyển A thành B is a renaming",
     "Thủ tướng trao quyết định chuyển Trường Đại học Hưng Long thành Đại học Hưng Long.",
     [("rename", ["Trường Đại học Hưng Long"], "Đại học Hưng Long", None)]),
    ("into a member school stays a transfer",
     "Tỉnh đề xuất chuyển Trường Đại học Hưng Long thành trường thành viên của Đại học Miền Trung.",
     [("transfer", ["Trường Đại học Hưng Long", "Đại học Miền Trung"], "Đại học Miền Trung", None)]),
    # company names with their legal form
    ("establishing a joint-stock company",
     "Tập đoàn Minh Phát đã thành lập Công ty cổ phần Công nghệ Minh Phát để sản xuất chip.",
     [("establish", [], "Công ty cổ phần Công nghệ Minh Phát", None)]),
    # the subject merges with the body after "với"
    ("subject merges with",
     "Trường Đại học Hưng Long sáp nhập với Trường Cao đẳng Sư phạm Nam Sơn.",
     [("merge", ["Trường Đại học Hưng Long", "Trường Cao đẳng Sư phạm Nam Sơn"], None, None)]),
    ("subject will merge with, abbreviated levels",
     "Trường ĐH Hưng Long sẽ sáp nhập với Trường CĐ Y tế Nam Sơn.",
     [("merge", ["Trường ĐH Hưng Long", "Trường CĐ Y tế Nam Sơn"], None, None)]),
    # a body formed out of named bodies is a merge into it
    ("established from named communes",
     "Xã Hưng Phong được thành lập từ 3 xã Hưng Tân, Hưng Hòa và Hưng An.",
     [("merge", ["xã Hưng Tân", "xã Hưng Hòa", "xã Hưng An"], "Xã Hưng Phong", 3)]),
    ("a head abbreviation ending the line is no member",
     "Xã Hưng Phong được thành lập từ 3 xã Hưng Tân, Hưng Hòa và TT.",
     [("merge", ["xã Hưng Tân", "xã Hưng Hòa"], "Xã Hưng Phong", 3)]),
    # committees founded one by one
    ("two committees founded",
     "Bộ Nội vụ thành lập Ban chỉ đạo, Ban soạn thảo đề án cải cách thủ tục.",
     [("establish", [], "Ban chỉ đạo", None), ("establish", [], "Ban soạn thảo", None)]),
    ("a committee with its task",
     "Tỉnh đã thành lập Ban chỉ đạo triển khai, đôn đốc các xã.",
     [("establish", [], "Ban chỉ đạo triển khai", None)]),
    ("a body named with a qualified level",
     "Ủy ban Giáo dục Đại học Nam Á đã được thành lập để giám sát các trường.",
     [("establish", [], "Ủy ban Giáo dục Đại học Nam Á", None)]),
    # a shared head whose first member ends in a province: each member gets its own province
    ("shared head, province replaced",
     "Ngành giáo dục đã sáp nhập từ 3 sở GD-ĐT TP.HCM, Long An, Tiền Giang trước đây.",
     [("merge", ["sở GD-ĐT TP.HCM", "sở GD-ĐT Long An", "sở GD-ĐT Tiền Giang"], None, 3)]),
    # provinces written without a head (gazetteer), in a trigger's argument list
    ("headless provinces merged into one",
     "Quốc hội quyết định sáp nhập Hà Giang và Tuyên Quang thành tỉnh Tuyên Quang.",
     [("merge", ["Hà Giang", "Tuyên Quang"], "tỉnh Tuyên Quang", None)]),
    ("headless province merges into a city",
     "Bà Rịa - Vũng Tàu hợp nhất vào TP HCM.",
     [("merge", ["Bà Rịa - Vũng Tàu", "TP HCM"], "TP HCM", None)]),
    ("headless provinces after with, the city after them",
     "Sau khi hợp nhất với Bình Dương và Bà Rịa-Vũng Tàu, TP.HCM trở thành siêu đô thị.",
     [("merge", ["Bình Dương", "Bà Rịa-Vũng Tàu", "TP.HCM"], None, None)]),
    ("a province named before the merge of old provinces",
     "Từ sau khi thực hiện sáp nhập Quảng Nam và Đà Nẵng, mạng lưới trường lớp thay đổi.",
     [("merge", ["Quảng Nam", "Đà Nẵng"], None, None)]),
    ("a province heading a counted merge is no result",
     "Nghệ An: Sáp nhập 32 trường thành 16 trường.",
     [("merge", [], None, 32)]),
    ("a bare place after a headed one keeps the head",
     "Tỉnh sáp nhập tỉnh Hà Nam và Nam Định vào tỉnh Ninh Bình.",
     [("merge", ["tỉnh Hà Nam", "tỉnh Nam Định", "tỉnh Ninh Bình"], "tỉnh Ninh Bình", None)]),
    # a subject that points back stands for the last body of its kind named before
    ("a city named in the sentence before",
     "Thành phố Hoa Mai có 20 phường.\nThành phố này sáp nhập với tỉnh Sông Lam.",
     [("merge", ["Thành phố Hoa Mai", "tỉnh Sông Lam"], None, None)]),
    ("a school named before, merged into another",
     "Trường Đại học Hoa Mai có 20 khoa.\nTrường này sẽ được sáp nhập vào Trường Đại học Sông Lam.",
     [("merge", ["Trường Đại học Hoa Mai", "Trường Đại học Sông Lam"], "Trường Đại học Sông Lam", None)]),
    ("the last body of the same kind, not the last body",
     "Xã Bình Minh và huyện Đông Sơn được khen.\nXã này sẽ sáp nhập với xã Hòa Bình.",
     [("merge", ["Xã Bình Minh", "xã Hòa Bình"], None, None)]),
    ("a counted anaphor stands for as many bodies named before",
     "Trường Đại học Hoa Mai và Trường Đại học Sông Lam cùng tuyển sinh.\n"
     "Hai trường này sẽ sáp nhập vào Trường Đại học Hoa Lam.",
     [("merge", ["Trường Đại học Hoa Mai", "Trường Đại học Sông Lam", "Trường Đại học Hoa Lam"],
       "Trường Đại học Hoa Lam", 2)]),
    # a caption run into the next sentence: the new commune starts at its capitalised head
    ("a commune formed from communes after a caption",
     "Học sinh nhận quà của Báo Tuổi Hồng Xã Hoa Mai được thành lập từ 3 xã Đông Hà, Tây Hà, Nam Hà.",
     [("merge", ["xã Đông Hà", "xã Tây Hà", "xã Nam Hà"], "Xã Hoa Mai", 3)]),
    ("a capitalised city inside a department formed from departments is its place",
     "Sở Giáo dục và Đào tạo Thành phố Hoa Mai được thành lập trên cơ sở hợp nhất Sở Giáo dục và Sở Đào tạo.",
     [("merge", ["Sở Giáo dục", "Sở Đào tạo"], "Sở Giáo dục và Đào tạo Thành phố Hoa Mai", None)]),
    # a fronted participle speaks of the body of the same kind after it
    ("a fronted participle before a possessed school",
     "Được thành lập năm 2009 trên cơ sở hợp nhất Trường Mầm non Hoa Sen và Trường Mầm non Họa Mi, "
     "khuôn viên của Trường Mầm non Sen Hồng rất rộng.",
     [("merge", ["Trường Mầm non Hoa Sen", "Trường Mầm non Họa Mi"], "Trường Mầm non Sen Hồng", None)]),
    # a denial elsewhere does not take back an event it does not point to
    ("a denial of something else in the sentence before",
     "Thông tin về học phí là không chính xác.\nTrường Tiểu học Hoa Mai sáp nhập vào Trường Tiểu học Sông Lam.",
     [("merge", ["Trường Tiểu học Hoa Mai", "Trường Tiểu học Sông Lam"], "Trường Tiểu học Sông Lam", None)]),
    ("a denial after that does not point back",
     "Trường Tiểu học Hoa Mai sáp nhập vào Trường Tiểu học Sông Lam.\nPhụ huynh nói tin đồn tăng học phí là sai.",
     [("merge", ["Trường Tiểu học Hoa Mai", "Trường Tiểu học Sông Lam"], "Trường Tiểu học Sông Lam", None)]),
    # a founding date speaks of the body the clause is about, written away from the trigger
    ("a fronted founding date before its school",
     "Thành lập năm 1960, Trường Đại học Thủy Sơn là trường dẫn đầu về nông nghiệp.",
     [("establish", [], "Trường Đại học Thủy Sơn", None)]),
    ("a founding date after a caption ran in",
     "Ảnh: TS Thành lập năm 1960, Đại học Thủy Sơn là trường lâu đời nhất tỉnh.",
     [("establish", [], "Đại học Thủy Sơn", None)]),
    ("a founding date after a comma speaks of the opening school",
     "Trường Tiểu học Hoa Mai thuộc Hệ thống Giáo dục Ban Mai, thành lập năm 2011.",
     [("establish", [], "Trường Tiểu học Hoa Mai", None)]),
    ("a founding date inside a bracket with a description",
     "Trường Đại học Vùng Bắc (trường công lập, được thành lập năm 1994) có 8 khoa.",
     [("establish", [], "Trường Đại học Vùng Bắc", None)]),
    ("founding dates glued to abbreviated university names",
     "Cả nước có hai đại học vùng, trong đó,ĐH Vùng Bắc(thành lập năm 1994) gồm 8 trường; "
     "và ĐH Vùng Nam(thành lập năm 1996) gồm 6 trường.",
     [("establish", [], "ĐH Vùng Bắc", None), ("establish", [], "ĐH Vùng Nam", None)]),
    # a subject that points back, with the result after the trigger
    ("two schools named before merge into a new one",
     "Trường Cao đẳng Hoa Mai và Trường Cao đẳng Sông Lam có quy mô nhỏ.\n"
     "Hai trường này sẽ hợp nhất thành Trường Cao đẳng Hoa Lam.",
     [("merge", ["Trường Cao đẳng Hoa Mai", "Trường Cao đẳng Sông Lam"], "Trường Cao đẳng Hoa Lam", 2)]),
    # a received body written without its level
    ("a received school without its head",
     "Đại học Y Dược Long Hải sẽ tiếp nhận Kỹ thuật y tế Nam Sơn.",
     [("merge", ["Kỹ thuật y tế Nam Sơn", "Đại học Y Dược Long Hải"], "Đại học Y Dược Long Hải", None)]),
    ("a received school without its head, then a date",
     "Trường Đại học Long Hải tiếp nhận Kỹ thuật y tế Nam Sơn vào năm 2026.",
     [("merge", ["Kỹ thuật y tế Nam Sơn", "Trường Đại học Long Hải"], "Trường Đại học Long Hải", None)]),
    ("a receiver named after a city whose last word is a head",
     "Trường Đại học Y Dược Hải Phòng sẽ tiếp nhận Trường Cao đẳng Y tế Nam Sơn.",
     [("merge", ["Trường Cao đẳng Y tế Nam Sơn", "Trường Đại học Y Dược Hải Phòng"],
       "Trường Đại học Y Dược Hải Phòng", None)]),
]

NON_EVENTS = [
    ("negated", "Tỉnh không sáp nhập trường mầm non với trường phổ thông."),
    ("negated with names", "Bộ khẳng định không sáp nhập Trường Đại học Vinh với Trường Đại học Hà Tĩnh."),
    ("generic policy", "Bộ đề nghị xem xét sáp nhập các trường có quy mô nhỏ."),
    ("generic plural", "Việc sắp xếp, sáp nhập các đơn vị hành chính cấp xã đang được triển khai."),
    ("income is not a merge", "Thu nhập của giáo viên Trường THPT Lê Quý Đôn tăng."),
    ("a year is not a count", "Năm 2025 sẽ sắp xếp lại bộ máy."),
    # a count of what exists before or after, not of what merges
    ("state after a merge", "Tỉnh còn 27 xã sau sắp xếp."),
    ("scope of a policy", "Cả nước có 120 trường thuộc diện sắp xếp."),
    ("state after joined triggers", "Tỉnh có 15 đơn vị mới sau sắp xếp, hợp nhất."),
    ("count of owners", "Theo phương án sắp xếp, hợp nhất của 12 cục thuế, ngành thuế giảm mạnh đầu mối."),
    ("told earlier, pointed back to", "Việc hai trường này sáp nhập với nhau đã được báo cáo."),
    # a level of bodies, not one body
    ("dissolving a level", "Bộ quyết định giải thể Ban Chỉ huy Quân sự cấp huyện."),
    ("establishing a level", "Quốc hội thành lập Tòa án nhân dân khu vực."),
    # who acts is not what the event happens to
    ("a council establishes", "UBND tỉnh thành lập hội đồng thẩm định."),
    ("receiving papers", "UBND huyện tiếp nhận 120 hồ sơ."),
    ("a ministry merges unnamed centres", "Bộ Tài chính sẽ hợp nhất các trung tâm có quy mô nhỏ."),
    # business registration figures
    ("newly founded companies", "Năm nay thành phố có 1.250 doanh nghiệp thành lập mới."),
    ("cooperatives founded before a year", "Trong tỉnh có 85 hợp tác xã thành lập trước năm 2013 phải chuyển đổi."),
    ("founded companies, count after", "Sáu tháng qua, toàn tỉnh thành lập mới 430 doanh nghiệp."),
    # a list announced without a trigger, or negated
    ("bulleted pairs after a plain colon", "Danh sách các trường như sau:\n+ Trường Tiểu học Kim Liên với Trường Tiểu "
     "học Nam Đàn"),
    ("bulleted pairs after a negated colon", "Tỉnh đã không sáp nhập các sở sau:\n+ Sở Du lịch với Sở Văn hóa"),
    ("a count falls without a merge", "Số trường học của huyện giảm từ 40 xuống còn 32 do dân số giảm."),
    ("upgrading equipment", "Bệnh viện nâng cấp hệ thống máy chụp cắt lớp."),
    # who founds a body it does not name is not founded
    ("a university founds unnamed schools",
     "Theo kế hoạch, Trường Đại học Hưng Long sẽ thành lập trường sư phạm, trường kỹ thuật."),
    ("founders in a bracketed aside",
     "Có 30 trong 32 trường (trừ các trường thuộc Bộ Quốc phòng và Bộ Công an) đã thành lập, kiện toàn hội đồng "
     "trường."),
    ("a ministry founds a council", "Bộ Công Thương đã thành lập hội đồng thẩm định."),
    # a time, not a merge
    ("after the merge of the new province", "Đây là lần đầu sau khi sáp nhập tỉnh Hưng Long mới hội tổ chức lễ."),
    ("before the merge of a province", "Trước khi sáp nhập tỉnh Hưng Long, hội có 300 hội viên."),
    # a count a policy touches, without what it comes to
    ("count of a re-arrangement without an outcome", "Khoảng 150 trường công lập sẽ được sắp xếp lại."),
    ("count of a re-arrangement, voice words", "Cả nước có 90 trường cao đẳng dự kiến được sắp xếp."),
    # who founds a plural plain noun is not founded
    ("a department founds inspection teams", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh thành lập các đoàn kiểm tra."),
    # a class of schools is no participant; a condition is no fact
    ("a condition with a class of schools", "Nếu sáp nhập trường CĐ vào ĐH thì các trường sẽ gặp khó."),
    ("a condition with names",
     "Nếu sáp nhập Trường Tiểu học Hòa An vào Trường Tiểu học Hòa Bình, học sinh phải đi xa."),
    ("a class of universities", "Hội đồng trường của các trường ĐH công lập chấm dứt hoạt động."),
    # an anniversary, goods bought in
    ("an anniversary of founding", "Học sinh dự lễ kỷ niệm 70 năm thành lập Bộ Tài chính."),
    ("a founding day", "Trường tổ chức mừng ngày thành lập Trường THPT Lê Lợi."),
    ("goods bought from a company", "Sách được nhà trường nhập từ Công ty TNHH Sách Hồng Phát."),
    # headless provinces never make an event on their own
    ("provinces where schools are re-arranged", "Nhiều trường tại Hà Nội, Huế, Cần Thơ được sắp xếp, hợp nhất."),
    ("a province renames nothing", "Các trường ở Phú Yên cũ sẽ đổi lại tên ban đầu."),
    ("a lone province after a time word", "Sau khi sáp nhập với Hải Dương, thành phố có thêm 300 trường."),
    ("provinces without a trigger", "Hà Giang và Tuyên Quang có nhiều trường vùng cao."),
    ("a province founds nothing", "Hà Nội thành lập các tổ công tác đặc biệt."),
    # a rumour, or a merger the text calls false
    ("a reported merger called inaccurate",
     "Thông tin sáp nhập Trường Đại học Hoa Mai với Trường Đại học Sông Lam là không chính xác."),
    ("a ministry rejects a merger", "Bộ Nội vụ bác bỏ thông tin hợp nhất tỉnh Hoa Mai và tỉnh Sông Lam."),
    ("a rumour told as such",
     "Theo thông tin lan truyền, Trường Cao đẳng Hoa Mai và Trường Cao đẳng Sông Lam hợp thành "
     "Trường Đại học Hoa Lam."),
    ("a rumour of a dissolution", "Tin đồn giải thể Trường Trung cấp Hoa Mai lan truyền trên mạng."),
    ("a headline asking whether a merger is true", "Thực hư thông tin sáp nhập tỉnh Hoa Mai và tỉnh Sông Lam."),
    ("posts that alarm readers",
     "Một số tài khoản cho rằng tỉnh Hoa Mai và tỉnh Sông Lam sáp nhập thành tỉnh Hoa Lam, gây hoang mang dư luận."),
    ("a merger called untrue", "Việc nhập Trường Cao đẳng Hoa Mai vào Trường Đại học Sông Lam là sai sự thật."),
    ("a denial in the next sentence takes back the claim",
     "Trường Cao đẳng Hoa Mai sẽ sáp nhập vào Trường Đại học Sông Lam.\nThông tin này là sai sự thật."),
    # a subject that points back to nothing named
    ("a school with none named before", "Các lớp đều đông.\nTrường này sáp nhập với Trường Tiểu học Sông Lam."),
    # founding dates with no named body, or of no body
    ("an anniversary of founding", "Trường Đại học Hoa Lư tổ chức lễ kỷ niệm 30 năm thành lập trường."),
    ("a founding date of an unnamed school",
     "Được thành lập từ năm 2008, trường đại học công lập này dạy bằng tiếng Anh."),
    ("a person who founds something", "Ông Nguyễn Văn An, Giám đốc Sở Y tế, thành lập năm 2010 một quỹ học bổng."),
    ("a founding date with no name after its comma", "Thành lập năm 1990, đây là trường lâu đời nhất tỉnh."),
    ("two schools merge into a new one, none named before",
     "Các lớp đều đông.\nHai trường này sẽ hợp nhất thành Trường Cao đẳng Hoa Lam."),
    ("two schools merge into a new one, only one named before",
     "Trường Cao đẳng Hoa Mai có quy mô nhỏ.\nHai trường này sẽ hợp nhất thành Trường Cao đẳng Hoa Lam."),
    # received things that are not bodies, even when capitalised
    ("a school receives a capitalised paper", "Trường Đại học Long Hải tiếp nhận Hồ sơ của thí sinh."),
    ("a council receives a fund", "UBND tỉnh tiếp nhận Quỹ Hỗ trợ."),
    ("a school receives feedback", "Trường Đại học Long Hải đã tiếp nhận phản ánh của phụ huynh."),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), EVENTS, ids=[e[0] for e in EVENTS])
def test_event(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert [_summary(e) for e in _events(text)] == expected


@pytest.mark.parametrize(("phenomenon", "text"), NON_EVENTS, ids=[e[0] for e in NON_EVENTS])
def test_not_an_event(phenomenon: str, text: str) -> None:
    assert _events(text) == []


STATUS = [
    ("proposed", "Sở Nội vụ tham mưu UBND tỉnh sáp nhập Trường Tiểu học Mỹ Lộc với Trường Tiểu học Mỹ Thành.",
     "proposed", "UBND tỉnh", "Sở Nội vụ"),
    ("planned", "Bệnh viện Đa khoa Mộc Châu sẽ nhập vào Bệnh viện Đa khoa tỉnh.", "planned", None, None),
    ("approved", "UBND tỉnh ban hành quyết định giải thể Trung tâm Dịch vụ việc làm Bắc Hà.", "approved",
     "UBND tỉnh", None),
]


@pytest.mark.parametrize(("phenomenon", "text", "status", "authority", "proposer"), STATUS,
                         ids=[s[0] for s in STATUS])
def test_status_and_roles(phenomenon: str, text: str, status: str, authority: str | None,
                          proposer: str | None) -> None:
    (event,) = _events(text)
    assert event["status"] == status
    assert (event["authority"] or {}).get("name") == authority
    assert (event["proposer"] or {}).get("name") == proposer


def test_spans_are_exact() -> None:
    text = "Tỉnh sáp nhập Trường Tiểu học Nậm Tăm với Trường Tiểu học Pa Vây Sử."
    (event,) = _events(text)
    start, end = event["trigger_span"]
    assert text[start:end] == event["trigger"]
    for participant in event["participants"]:
        start, end = participant["span"]
        assert text[start:end] == participant["name"]
        assert participant["org"] is not None


PLACES = [
    # (phenomenon, text, is a province as written without a head)
    ("a province after 2025", "Tuyên Quang", True),
    ("a province before 2025 only", "Hà Giang", True),
    ("hyphen spacing folded", "Bà Rịa-Vũng Tàu", True),
    ("a city abbreviated", "TP.HCM", True),
    ("a district is not a province", "Mê Linh", False),
    ("a headed name is not bare", "tỉnh Hà Giang", False),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), PLACES, ids=[p[0] for p in PLACES])
def test_gazetteer(phenomenon: str, text: str, expected: bool) -> None:
    assert is_place(text) is expected


def test_gazetteer_holds_both_reorganisations() -> None:
    """34 units after the 2025 reorganisation and 63 before it, read from package data (no network)."""
    places = load("places")
    assert len(set(places["provinces_after_2025"])) == 34
    assert len(set(places["provinces_before_2025"])) == 63


def test_strip_place() -> None:
    assert strip_place("sở GD-ĐT TP.HCM") == "sở GD-ĐT"
    assert strip_place("Sở Y tế") is None
