"""Organization names: extent, kinds, aliases and exact spans, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.recognize.org_grammar import scan_names
from extractor.recognize.org_tokens import _prefilters, may_hold_name
from extractor.recognize.organizations import find_organizations
from tests.fakes import SentenceDoc

NAMES = [
    ("abbreviated university level as head", "Sinh viên ĐH Thủy Sơn nhập học", ["ĐH Thủy Sơn"]),
    # quotes say where a name ends, though a word of it ends names elsewhere
    ("a quoted name holding a breaker", "Năm 1948 lập “Hội Nông dân tự do” do ông Nam phụ trách.",
     ["Hội Nông dân tự do"]),
    ("two quoted names", "thành lập “Hội Khuyến học” và “Hội Người cao tuổi” xã Tân An",
     ["Hội Khuyến học", "Hội Người cao tuổi", "xã Tân An"]),
    ("a conservatory", "Đại học Lạc Sơn thành lập Nhạc viện Lạc Sơn.", ["Đại học Lạc Sơn", "Nhạc viện Lạc Sơn"]),
    # a boarding school's kind, written short or half short, then the level it teaches
    ("a boarding school written half short", "Trường PTDT Nội trú THCS Lạc An được thành lập năm 2009",
     ["Trường PTDT Nội trú THCS Lạc An"]),
    ("two boarding schools written short", "sáp nhập Trường PTDTBT TH Lạc An và Trường PTDTBT THCS Lạc An",
     ["Trường PTDTBT TH Lạc An", "Trường PTDTBT THCS Lạc An"]),
    ("a body taken over by a department", "Năm 1978, Sở Y tế tiếp quản Nhà thương Lạc An.",
     ["Sở Y tế", "Nhà thương Lạc An"]),
    # a research institute is named by its field: the institute it belongs to is another body
    ("an institute of an institute", "Thành lập Viện Công nghệ biển thuộc Viện Khoa học Lạc An.",
     ["Viện Công nghệ biển", "Viện Khoa học Lạc An"]),
    ("a field that opens with a verb", "Hợp nhất Viện Khí tượng và Biến đổi khí hậu với Viện Môi trường.",
     ["Viện Khí tượng và Biến đổi khí hậu", "Viện Môi trường"]),
    ("building standards as a field", "Thành lập Viện Tiêu chuẩn hóa xây dựng năm 1979.",
     ["Viện Tiêu chuẩn hóa xây dựng"]),
    # the districts of the mountains before 1962, in lower case; a continent and a capitalised first syllable are none
    ("districts of old", "Năm 1976, sáp nhập châu Mường Lạc vào châu Tân Sơn.", ["châu Mường Lạc", "châu Tân Sơn"]),
    ("a continent", "Hàng hóa của Công ty Tân An được xuất sang châu Âu.", ["Công ty Tân An"]),
    ("a place that opens with the word", "Bệnh viện Tân An có cơ sở tại Châu Đốc.", ["Bệnh viện Tân An"]),
    ("a person who bears the word", "Ông Châu Văn Lạc làm Giám đốc Sở Y tế.", ["Sở Y tế"]),
    ("a province of the old kingdom", "Thừa tuyên Kinh Lạc đổi thành trấn Kinh Lạc.",
     ["Thừa tuyên Kinh Lạc", "trấn Kinh Lạc"]),
    # "Trường" is a syllable of places too: inside a name it opens no school unless a level follows
    ("a place that opens like a school", "Sáp nhập Trạm Y tế Tân Lộc và Trạm Y tế Trường Lộc.",
     ["Trạm Y tế Tân Lộc", "Trạm Y tế Trường Lộc"]),
    ("a school's own clinic", "Trạm Y tế Trường Đại học Tân An được thành lập.",
     ["Trạm Y tế", "Trường Đại học Tân An"]),
    # after a dash a headline may go on: a place's syllables are capitalised, a verb may follow them
    ("a headline going on after a dash", "Hợp nhất tỉnh Tân An và tỉnh Lạc Sơn - Cơ hội mở ra cho hai tỉnh",
     ["tỉnh Tân An", "tỉnh Lạc Sơn"]),
    ("a place of two parts before a verb", "Tỉnh Thừa Thiên - Huế sáp nhập với thành phố Đà Nẵng.",
     ["Tỉnh Thừa Thiên - Huế", "thành phố Đà Nẵng"]),
    ("a medical branch capitalised inside a hospital's name", "sáp nhập Bệnh viện Ngoại Khoa Tân An năm 1970",
     ["Bệnh viện Ngoại Khoa Tân An"]),
    ("what a founding meeting goes on to do", "Hội nghị thành lập Hội Nông dân xã Tân An và bầu Ban Chấp hành.",
     ["Hội Nông dân xã Tân An", "Ban Chấp hành"]),
    ("one body set up together with another", "thành lập Hội Làm vườn kết hợp với Hội Sinh vật cảnh xã Tân An",
     ["Hội Làm vườn", "Hội Sinh vật cảnh xã Tân An"]),
    ("a clinic named for the army and the people working together", "Phòng khám Quân dân y kết hợp xã Tân An",
     ["Phòng khám Quân dân y kết hợp xã Tân An"]),
    ("what a body is set on doing", "Bộ Giáo dục quyết tâm giải thể các trường yếu kém", ["Bộ Giáo dục"]),
    ("under whose lead", "Hội Cựu chiến binh huyện dưới sự lãnh đạo của Huyện ủy Tân An",
     ["Hội Cựu chiến binh huyện", "Huyện ủy Tân An"]),
    # a region or a farm whose second word is in lower case, inside a name: read whole, the scan goes on after it
    ("a farm's compound inside a company's name", "Công ty Nông trường sông Hậu chuyển đổi mô hình.",
     ["Công ty Nông trường sông Hậu"]),
    ("the centre after lower-case words", "Đoàn Ca múa nhân dân Trung ương biểu diễn.",
     ["Đoàn Ca múa nhân dân Trung ương"]),
    ("a council of two words after a province word", "khi sáp nhập tỉnh Quốc hội có thẩm quyền", ["Quốc hội"]),
    ("a highland commune of one vowel's syllable", "xã Arất sáp nhập", ["xã Arất"]),
    ("a city whose last word is a head ends the name", "Trường Đại học Y Dược Hải Phòng đã tuyển sinh",
     ["Trường Đại học Y Dược Hải Phòng"]),
    # (phenomenon, sentence, names expected in order)
    ("hyphen and và inside", "Sở Nông nghiệp - Phát triển và Môi trường họp sáng nay",
     ["Sở Nông nghiệp - Phát triển và Môi trường"]),
    ("abbreviation inside", "Đài PT-TH Lâm Đồng đã phát sóng", ["Đài PT-TH Lâm Đồng"]),
    ("abbreviation spaced", "Báo và Đài PT - TH Kon Tum ra mắt", ["Báo và Đài PT - TH Kon Tum"]),
    ("place at the end", "Trung tâm Y tế huyện Mường Khương tiếp nhận",
     ["Trung tâm Y tế huyện Mường Khương"]),
    ("a place word ends the name before và and lower-case words", "Lãnh đạo Trung tâm Y tế huyện và đội ngũ bác sĩ dự",
     ["Trung tâm Y tế huyện"]),
    ("a place word ends the name before và and lower-case words",
     "Đoàn ca múa sáp nhập vào Nhà hát tỉnh và lực lượng dần mỏng", ["Đoàn ca múa", "Nhà hát tỉnh"]),
    ("whose health a body cares for", "Đề án kết thúc hoạt động của Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh",
     ["Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"]),
    ("a court inside a court, at its seat", "Thành lập Tòa Phúc thẩm Tòa án nhân dân tối cao tại Đà Nẵng",
     ["Tòa Phúc thẩm Tòa án nhân dân tối cao tại Đà Nẵng"]),
    ("a court inside a court, by the cases it hears", "Tòa Hình sự Tòa án nhân dân tỉnh Hà Nam đã xét xử",
     ["Tòa Hình sự Tòa án nhân dân tỉnh Hà Nam"]),
    ("a family court named by whom it hears", "Thành lập Tòa gia đình và người chưa thành niên",
     ["Tòa gia đình và người chưa thành niên"]),
    ("a reserve unit: dự bị is no passive", "Thành lập Trung đoàn Cảnh sát cơ động dự bị chiến đấu",
     ["Trung đoàn Cảnh sát cơ động dự bị chiến đấu"]),
    ("a representative office, by its body and its place",
     "Năm 1995 mở Văn phòng đại diện Ngân hàng Tây Sơn tại Đà Nẵng",
     ["Văn phòng đại diện Ngân hàng Tây Sơn tại Đà Nẵng"]),
    ("a representative office of a body after của", "Văn phòng đại diện của Tổng công ty Đông Hà tại Huế đóng cửa",
     ["Văn phòng đại diện của Tổng công ty Đông Hà tại Huế"]),
    ("xem xét after a name is a verb", "Đề nghị Bộ Tư pháp xem xét bãi bỏ", ["Bộ Tư pháp"]),
    ("chủ trương after a name is a verb", "Năm 1960, Bộ Y tế chủ trương mở trường", ["Bộ Y tế"]),
    ("đình bản after a name is a verb", "Tạp chí Đông Hà đình bản ba tháng", ["Tạp chí Đông Hà"]),
    ("đúng after a name is an adverb", "Bệnh viện thành lập Khoa Nhi đúng ngày 1/6", ["Khoa Nhi"]),
    ("a school founded, in lower case", "UBND quận quyết định thành lập trường Tiểu học Tân An",
     ["UBND quận", "trường Tiểu học Tân An"]),
    ("lập trường is a stance", "Ông giữ vững lập trường Tân An", []),
    ("a project board before an abbreviated city", "thành lập Ban Quản lý dự án đầu tư xây dựng TP. Đông Hà",
     ["Ban Quản lý dự án đầu tư xây dựng TP. Đông Hà"]),
    ("a fund for small and medium firms", "Quỹ Bảo lãnh tín dụng doanh nghiệp nhỏ và vừa tỉnh Tây Sơn ra mắt",
     ["Quỹ Bảo lãnh tín dụng doanh nghiệp nhỏ và vừa tỉnh Tây Sơn"]),
    ("a stock exchange", "Sở giao dịch Chứng khoán Đông Hà khai trương", ["Sở giao dịch Chứng khoán Đông Hà"]),
    ("a board of a heritage site and the sites it runs", "thành lập Ban Quản lý di sản Thành Tây Hà và các di tích "
     "trọng điểm trên cơ sở", ["Ban Quản lý di sản Thành Tây Hà và các di tích trọng điểm"]),
    ("a board of an economic zone and the industrial parks", "Ban Quản lý Khu kinh tế Tây Sơn và các Khu công nghiệp "
     "Đông Hà họp", ["Ban Quản lý Khu kinh tế Tây Sơn và các Khu công nghiệp Đông Hà"]),
    ("one site of a body, by its number", "Bệnh viện Đa khoa quận Đông Hà – cơ sở 2 tiếp nhận bệnh nhân",
     ["Bệnh viện Đa khoa quận Đông Hà – cơ sở 2"]),
    ("one site of a body, by its name", "Trường Cao đẳng Tây Sơn - phân hiệu Tân Lập tuyển sinh",
     ["Trường Cao đẳng Tây Sơn - phân hiệu Tân Lập"]),
    ("a unit named by its kind is known by its owner", "Phòng khám đa khoa thuộc Trung tâm Y tế huyện Đông Sơn đổi tên",
     ["Phòng khám đa khoa thuộc Trung tâm Y tế huyện Đông Sơn"]),
    ("a unit named by its kind, its owner in brackets", "Phòng khám nội khoa (trực thuộc Bệnh viện Tây Sơn) mở cửa",
     ["Phòng khám nội khoa (trực thuộc Bệnh viện Tây Sơn)"]),
    ("a branch named by its kind", "Giải thể Phòng Giao dịch trực thuộc Kho bạc Nhà nước Đông Sơn",
     ["Phòng Giao dịch trực thuộc Kho bạc Nhà nước Đông Sơn"]),
    ("a unit with a name of its own is not its owner's", "Phòng khám đa khoa Tân An thuộc Bệnh viện Tây Sơn",
     ["Phòng khám đa khoa Tân An", "Bệnh viện Tây Sơn"]),
    ("a department is named by its kind alone", "Sở Y tế thuộc UBND tỉnh Đông Sơn", ["Sở Y tế", "UBND tỉnh Đông Sơn"]),
    ("units of a kind after a plural word", "thành lập các Ban Quản lý rừng phòng hộ trực thuộc Sở Nông nghiệp",
     ["Ban Quản lý rừng phòng hộ", "Sở Nông nghiệp"]),
    ("a unit of every province", "Cục Thống kê cấp tỉnh thuộc Tổng cục Thống kê", ["Cục Thống kê cấp tỉnh",
                                                                                  "Tổng cục Thống kê"]),
    ("a new unit's name in straight quotes", 'Dự kiến thành lập xã "Bình An" trên cơ sở ba xã', ["xã Bình An"]),
    ("a new unit's name in curly quotes", "Sau sắp xếp, phường “Tân Hòa” chính thức hoạt động", ["phường Tân Hòa"]),
    ("a party cell in lower case, named", "Hôm qua, quyết định thành lập chi bộ Kim Hoàng được công bố",
     ["chi bộ Kim Hoàng"]),
    ("a hospital ward in lower case, named", "Ngày 27/9/1987 khoa Tâm thần kinh chính thức được thành lập",
     ["khoa Tâm thần kinh"]),
    ("a general hospital is no ward", "Bệnh viện Đa khoa Hạ Long đã tiếp nhận", ["Bệnh viện Đa khoa Hạ Long"]),
    ("the cell of a body told of has no name", "Thành lập chi bộ Đảng tại doanh nghiệp", []),
    ("the cell of a company, named", "Thành lập chi bộ Công ty Than Hà Lầm", ["chi bộ Công ty Than Hà Lầm"]),
    ("a seaport run as a body", "Năm nay, Cảng Cần Thơ tách khỏi Cảng Sài Gòn", ["Cảng Cần Thơ", "Cảng Sài Gòn"]),
    ("a level by number, then a region and its name", "Ngày 09/02/1972, Trường Sư phạm cấp 2 miền Nam Việt Nam ra đời",
     ["Trường Sư phạm cấp 2 miền Nam Việt Nam"]),
    ("the work a body starts with is no part of its name",
     "Tỉnh ủy quyết định thành lập Báo Lai Châu và xuất bản số báo đầu tiên", ["Báo Lai Châu"]),
    ("border guards: Biên phòng is no department",
     "Bàn giao Trạm Biên phòng Nhơn Trạch từ BĐBP tỉnh Đồng Nai về BĐBP TP HCM",
     ["Trạm Biên phòng Nhơn Trạch", "BĐBP tỉnh Đồng Nai", "BĐBP TP HCM"]),
    ("the border guard's abbreviation inside a name goes on with it",
     "Ban Chỉ huy BĐBP tỉnh Thừa Thiên Huế được thành lập", ["Ban Chỉ huy BĐBP tỉnh Thừa Thiên Huế"]),
    ("tất cả ends a name", "Năm 1950, sáp nhập vào Bộ Kinh tế tất cả các cơ quan thương mại", ["Bộ Kinh tế"]),
    ("lower-case head", "trường Trung cấp Nông lâm đã tuyển sinh", ["trường Trung cấp Nông lâm"]),
    ("school level and lower-case words", "Trường Cao đẳng Cơ điện nông nghiệp Bắc Ninh đã khai giảng",
     ["Trường Cao đẳng Cơ điện nông nghiệp Bắc Ninh"]),
    ("school number", "Trường THCS số 3 Lê Lợi vừa khánh thành", ["Trường THCS số 3 Lê Lợi"]),
    ("administrative units", "huyện Quảng Hòa và xã Cai Bộ", ["huyện Quảng Hòa", "xã Cai Bộ"]),
    ("numbered ward", "phường 7 và phường Tân Định", ["phường 7", "phường Tân Định"]),
    ("two names joined", "Văn phòng Tỉnh ủy với Ban Dân vận Tỉnh ủy",
     ["Văn phòng Tỉnh ủy", "Ban Dân vận Tỉnh ủy"]),
    ("council pair inside a name", "Văn phòng HĐND và UBND thành phố Vị Thanh làm việc",
     ["Văn phòng HĐND và UBND thành phố Vị Thanh"]),
    ("new name after lower-case head", "Trạm Thú y và trạm Khuyến nông huyện",
     ["Trạm Thú y", "trạm Khuyến nông huyện"]),
    ("comma inside before lower case", "Trung tâm Phòng, chống sốt rét tỉnh",
     ["Trung tâm Phòng, chống sốt rét tỉnh"]),
    ("comma before the work a centre does", "Trung tâm Đào tạo, huấn luyện và thi đấu thể thao tỉnh họp",
     ["Trung tâm Đào tạo, huấn luyện và thi đấu thể thao tỉnh"]),
    ("comma before the sentence's own words", "Trung tâm Đào tạo, cơ sở vật chất còn thiếu",
     ["Trung tâm Đào tạo"]),
    ("a verb after và ends the name", "Tập đoàn Điện lực Hà Lâm và chủ trương thành lập",
     ["Tập đoàn Điện lực Hà Lâm"]),
    ("an old head inside a place's name", "Bệnh viện Đa khoa Nha Trang và Nha Thuế vụ họp",
     ["Bệnh viện Đa khoa Nha Trang", "Nha Thuế vụ"]),
    ("fields of work listed with capitals", "Trung tâm Đào tạo, Huấn luyện và Thi đấu TDTT tỉnh Hà Lâm họp",
     ["Trung tâm Đào tạo, Huấn luyện và Thi đấu TDTT tỉnh Hà Lâm"]),
    ("bracketed abbreviation dropped", "Đài Phát thanh và Truyền hình (PT-TH) Hậu Giang mới",
     ["Đài Phát thanh và Truyền hình Hậu Giang"]),
    ("ampersand between capitals", "Bộ LĐ-TB&XH và Sở GD&ĐT tỉnh Hòa Sơn đã ký kết",
     ["Bộ LĐ-TB&XH", "Sở GD&ĐT tỉnh Hòa Sơn"]),
    ("ampersand with spaces joins two fields", "Công ty Hàng hóa & Dịch vụ Hòa Sơn",
     ["Công ty Hàng hóa & Dịch vụ Hòa Sơn"]),
    ("a head and an acronym in brackets is the body's short name", "Tập đoàn Viễn thông Hòa Sơn (Tập đoàn VTHS) họp",
     ["Tập đoàn Viễn thông Hòa Sơn", "Tập đoàn VTHS"]),
    ("a university in brackets is whose the faculty is", "Phân hiệu Trường Đại học Hòa Sơn (Đại học Huế) họp",
     ["Phân hiệu Trường Đại học Hòa Sơn (Đại học Huế)"]),
    ("a ministry in brackets is whose the unit is", "Tổng cục Du lịch Hòa Sơn (Bộ VH-TT&DL) đổi tên",
     ["Tổng cục Du lịch Hòa Sơn", "Bộ VH-TT&DL"]),
    ("a youth union and its unit", "Đoàn TNCS Hồ Chí Minh Văn phòng Tỉnh ủy ra mắt",
     ["Đoàn TNCS Hồ Chí Minh Văn phòng Tỉnh ủy"]),
    ("a verb of saying ends a name", "Sở Tư pháp Hòa Sơn cam kết hoàn thành", ["Sở Tư pháp Hòa Sơn"]),
    ("a department's branch of the 1950s", "Năm 1955, thành lập Chi sở Hải quan Hà Lâm và Phân sở Hải quan Sơn Nam",
     ["Chi sở Hải quan Hà Lâm", "Phân sở Hải quan Sơn Nam"]),
    ("a head's syllable after 'chi' in a plural is no body", "Các chi sở đã họp", []),
    ("a publication's board named with it", "Ủy ban Dân tộc thành lập Hội đồng Biên tập Tạp chí Hà Lâm",
     ["Ủy ban Dân tộc", "Hội đồng Biên tập Tạp chí Hà Lâm"]),
    ("a staff office named with its division", "Phòng Chính trị Sư đoàn 7 được thành lập năm 1966",
     ["Phòng Chính trị Sư đoàn 7"]),
    ("a numbered unit before the verb that reorganises it", "Trung đoàn 4 tổ chức lại thành Lữ đoàn 4",
     ["Trung đoàn 4", "Lữ đoàn 4"]),
    ("the bodies a federation gathers, plural, in its name", "Thành lập Hội đồng Liên minh các HTX tỉnh Hà Lâm",
     ["Hội đồng Liên minh các HTX tỉnh Hà Lâm"]),
    ("a federation of associations", "Liên hiệp các Hội Văn học nghệ thuật tỉnh Hà Lâm họp",
     ["Liên hiệp các Hội Văn học nghệ thuật tỉnh Hà Lâm"]),
    ("civil judgment enforcement as named since 2025", "Cục THADS tỉnh Hà Lâm được đổi tên thành THADS tỉnh Hà Lâm",
     ["Cục THADS tỉnh Hà Lâm", "THADS tỉnh Hà Lâm"]),
    ("a police team with its head in lower case", "Sáp nhập đội Cảnh sát kinh tế vào Đội Tổng hợp",
     ["đội Cảnh sát kinh tế", "Đội Tổng hợp"]),
    ("a force's word that ends in the head's syllable", "Bộ đội Biên phòng tỉnh Hà Lâm họp",
     ["Bộ đội Biên phòng tỉnh Hà Lâm"]),
    ("a verb of taking on a task ends a name", "Phòng Giao dịch Kho bạc Nhà nước đảm nhiệm nhiệm vụ thu ngân sách",
     ["Phòng Giao dịch Kho bạc Nhà nước"]),
    ("troupes named by their art in lower case", "Sáp nhập 3 đoàn: Đoàn chèo, Đoàn kịch và Đoàn ca múa nhạc",
     ["Đoàn chèo", "Đoàn kịch", "Đoàn ca múa nhạc"]),
    ("centres named by what they do in lower case", "Trung tâm giáo dục thường xuyên và Trung tâm dạy nghề hợp nhất",
     ["Trung tâm giáo dục thường xuyên", "Trung tâm dạy nghề"]),
    ("a kind in lower case and its place", "Trung tâm dạy nghề huyện Tân An họp", ["Trung tâm dạy nghề huyện Tân An"]),
    ("a kind that runs on in lower case names no body by it", "Trung tâm dạy nghề thủ công mỹ nghệ họp", []),
    ("whom a school trains, read whole", "thành lập Trường Bồi dưỡng cán bộ quản lý giáo dục tỉnh Hà Lâm",
     ["Trường Bồi dưỡng cán bộ quản lý giáo dục tỉnh Hà Lâm"]),
    ("a verb of managing after a name is the sentence's", "Sở Giáo dục quản lý giáo dục toàn tỉnh", ["Sở Giáo dục"]),
    ("a newsroom's secretariat", "Báo Hà Lâm thành lập Phòng Thư ký tòa soạn", ["Báo Hà Lâm", "Phòng Thư ký tòa soạn"]),
    ("the bodies after 'các' of no federation are the sentence's", "Hội đồng tỉnh và các Sở Y tế phối hợp",
     ["Hội đồng tỉnh", "Sở Y tế"]),
    ("a verb of asking ends a name", "Trường Đại học Hòa Sơn xin phép đổi tên", ["Trường Đại học Hòa Sơn"]),
    ("verb ends a name", "Sở Tài chính tham mưu UBND tỉnh", ["Sở Tài chính", "UBND tỉnh"]),
    ("Nội vụ is not a Vụ", "Sở Nội vụ Cao Bằng có 5 phòng", ["Sở Nội vụ Cao Bằng"]),
    ("comma between fields of work", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Mù Cang Chải được thành lập",
     ["Trung tâm Văn hóa, Thông tin và Thể thao huyện Mù Cang Chải"]),
    ("comma after a counted head separates bodies", "hai sở Du lịch, Thông tin sẽ hợp nhất", ["sở Du lịch"]),
    ("counted noun before a headed name", "hai trường Cao đẳng Sư phạm Điện Biên và Lai Châu",
     ["Cao đẳng Sư phạm Điện Biên và Lai Châu"]),
    ("part of a body ends the name", "nhập Trường Trung cấp Y tế Sơn La và lĩnh vực Y tế của Trường Cao đẳng Sơn La",
     ["Trường Trung cấp Y tế Sơn La", "Trường Cao đẳng Sơn La"]),
    # a council's name is its place: what follows is what it does
    ("council before a verb", "UBND tỉnh sửa đổi văn bản quy định về phí", ["UBND tỉnh"]),
    ("council with a bare level before a verb", "Ủy ban nhân dân xã sửa chữa đường", ["Ủy ban nhân dân xã"]),
    ("supreme court keeps its level", "Tòa án nhân dân tối cao ban hành hướng dẫn", ["Tòa án nhân dân tối cao"]),
    # a long lower-case description runs on to the body's place
    ("soft breaker inside a lower-case description", "Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai khởi công cầu",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai"]),
    ("description with và up to the place",
     "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Hòa Vang được thành lập",
     ["Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Hòa Vang"]),
    ("long description up to the place", "Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn huyện Đông Hải họp",
     ["Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn huyện Đông Hải"]),
    ("a lower-case name its acronym in brackets spells out",
     "Bộ Y tế thành lập Trung tâm kiểm định chất lượng xét nghiệm (TTKĐCLXN) tại Hà Lâm",
     ["Bộ Y tế", "Trung tâm kiểm định chất lượng xét nghiệm"]),
    ("an acronym of 'và' left out", "Trung tâm dân số và kế hoạch hóa gia đình (TTDSKHHGĐ) họp",
     ["Trung tâm dân số và kế hoạch hóa gia đình"]),
    ("an acronym that spells something else names nothing", "Trung tâm tổ chức họp (ABCD) chiều qua", []),
    ("a long lower-case field joined by 'và' up to the place",
     "thành lập Chi cục quản lý chất lượng nông lâm sản và thủy sản tỉnh Đông Hải",
     ["Chi cục quản lý chất lượng nông lâm sản và thủy sản tỉnh Đông Hải"]),
    ("lower-case description from the head", "Hội đồng phối hợp công tác phổ biến pháp luật xã Tân Phú họp",
     ["Hội đồng phối hợp công tác phổ biến pháp luật xã Tân Phú"]),
    ("a verb after a capitalised name still ends it", "Sở Giáo dục tổ chức thi ở huyện Mỹ Tú",
     ["Sở Giáo dục", "huyện Mỹ Tú"]),
    ("a committee's task runs to the verb after it",
     "Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn họp bàn",
     ["Ban Chỉ đạo phòng chống thiên tai tìm kiếm cứu nạn"]),
    ("a committee's task with commas and its term",
     "Ban Chỉ đạo triển khai sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 do ông A làm Trưởng ban",
     ["Ban Chỉ đạo triển khai sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030"]),
    ("a committee's task that runs into a body's name is not kept",
     "thành lập Ban Chỉ đạo triển khai thành lập Chi cục Thuế khu vực",
     ["Ban Chỉ đạo triển khai", "Chi cục Thuế khu vực"]),
    ("a committee in lower case keeps only its own words", "lập Ban chỉ đạo triển khai, đôn đốc các xã",
     ["Ban chỉ đạo triển khai"]),
    # a head inside a person's name
    ("school named after a person", "Trường THPT Nguyễn Trường Tộ và Trường THCS Lê Lợi",
     ["Trường THPT Nguyễn Trường Tộ", "Trường THCS Lê Lợi"]),
    # villages
    ("villages and a residential group", "xã Pa Vây sáp nhập thôn Nà Lừa vào bản Lả Mường; tổ dân phố 5 giữ nguyên",
     ["xã Pa Vây", "thôn Nà Lừa", "bản Lả Mường", "tổ dân phố 5"]),
    ("village word inside a commune's name", "các xã Bản Công, Nậm Có", ["xã Bản Công"]),
    ("hamlet", "ấp Tân Thành và khu phố 3", ["ấp Tân Thành", "khu phố 3"]),
    # a place whose first word is also a head
    ("ward named with a head word", "phường Đội Trung và phường Hòa Khê", ["phường Đội Trung", "phường Hòa Khê"]),
    ("town named with a head word", "thành phố Hội Xuân đón khách", ["thành phố Hội Xuân"]),
    # legal forms of companies belong to the head
    ("joint-stock company", "Công ty cổ phần Dược phẩm Hòa Bình đã giao thuốc", ["Công ty cổ phần Dược phẩm Hòa Bình"]),
    ("limited company", "Công ty TNHH Xây dựng Tân Phát được chọn", ["Công ty TNHH Xây dựng Tân Phát"]),
    ("lower-case joint-stock company", "hợp tác với công ty cổ phần Sách Giáo dục Miền Nam",
     ["công ty cổ phần Sách Giáo dục Miền Nam"]),
    # a comma and a lower-case word end a name, unless the word pairs with the one before
    ("comma then the sentence goes on", "Trường THCS Lê Lợi, cơ sở vật chất xuống cấp", ["Trường THCS Lê Lợi"]),
    ("comma inside a paired field", "Bệnh viện Khám, chữa bệnh Tâm An tỉnh", ["Bệnh viện Khám, chữa bệnh Tâm An tỉnh"]),
    # a school level right after a field of education qualifies it
    ("level after education", "Ủy ban Giáo dục Đại học Nam Á họp phiên đầu", ["Ủy ban Giáo dục Đại học Nam Á"]),
    ("pre-school level after education", "Vụ Giáo dục Mầm non ban hành hướng dẫn", ["Vụ Giáo dục Mầm non"]),
    ("a level after another field still starts a body", "Sở Y tế Đại học Hưng Long", ["Sở Y tế", "Đại học Hưng Long"]),
    # committees are named by their task, in lower case
    ("steering committee", "Tỉnh lập Ban chỉ đạo, Ban soạn thảo từ tuần trước", ["Ban chỉ đạo", "Ban soạn thảo"]),
    ("steering committee with its task", "Hôm qua tỉnh lập Ban chỉ đạo triển khai, đôn đốc các xã",
     ["Ban chỉ đạo triển khai"]),
    # a reporting verb after a body ends its name
    ("a ministry rejects", "Bộ Nội vụ bác bỏ thông tin đó", ["Bộ Nội vụ"]),
    ("a ministry rejects a report", "Bộ Tài chính bác thông tin trên mạng", ["Bộ Tài chính"]),
    ("a ministry affirms", "Bộ Công Thương khẳng định không thay đổi", ["Bộ Công Thương"]),
    ("a department says", "Sở Nội vụ tỉnh Hòa Bình cho hay đã xong", ["Sở Nội vụ tỉnh Hòa Bình"]),
    # enterprises and old heads
    ("a works known by its kind and number", "Xí nghiệp Xây lắp mặt bằng 2 sáp nhập với Xí nghiệp Cơ giới",
     ["Xí nghiệp Xây lắp mặt bằng 2", "Xí nghiệp Cơ giới"]),
    ("a number that counts years", "Trường THCS Lê Lợi 2 năm liền đạt chuẩn", ["Trường THCS Lê Lợi"]),
    ("a body's number before a year", "rồi đổi tên Công ty Thủy lợi 3 năm 1985", ["Công ty Thủy lợi 3"]),
    ("a level's abbreviation in brackets inside the name", "bàn giao Trường cao đẳng (CĐ) Y tế Hà Lâm cho tỉnh",
     ["Trường cao đẳng Y tế Hà Lâm"]),
    ("the works a project board is named for", "thành lập Ban QLDA Đầu tư xây dựng công trình giao thông, Ban QLDA "
     "Đầu tư xây dựng công trình dân dụng", ["Ban QLDA Đầu tư xây dựng công trình giao thông",
                                             "Ban QLDA Đầu tư xây dựng công trình dân dụng"]),
    ("a body that builds is no name's tail", "Sở Y tế xây dựng kế hoạch mới", ["Sở Y tế"]),
    ("an ampersand between fields", "bàn giao cho Sở Lao động Thương binh & Xã hội quản lý",
     ["Sở Lao động Thương binh & Xã hội"]),
    ("a place in lower case after the abbreviation", "thành lập Trung tâm Y tế (TTYT) huyện Núi Sơn năm 2018",
     ["Trung tâm Y tế huyện Núi Sơn"]),
    ("the head's own abbreviation, the name after it",
     "tổ chức hội nghị thành lập hợp tác xã (HTX) nông nghiệp Tân Hòa",
     ["hợp tác xã nông nghiệp Tân Hòa"]),
    ("a head's abbreviation before a verb ends the name", "Hợp tác xã (HTX) cho biết sẽ mở rộng sản xuất",
     []),
    ("a farmers' group of an association", "Hội Nông dân xã thành lập Tổ hội nghề nghiệp nuôi ong Tân Lập",
     ["Hội Nông dân xã", "Tổ hội nghề nghiệp nuôi ong Tân Lập"]),
    ("a medical branch ending in khoa", "thành lập Viện Lão khoa Quốc gia trên cơ sở Viện Lão khoa",
     ["Viện Lão khoa Quốc gia", "Viện Lão khoa"]),
    ("the army's hospital of old", "thành lập bệnh viện với tên gọi là Quân y viện Tân An", ["Quân y viện Tân An"]),
    ("the old word for a hospital in lower case", "chính quyền lập nhà thương Tân An", ["nhà thương Tân An"]),
    ("a police field after và, paired by a comma",
     "thành lập Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh Hà Lâm",
     ["Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh Hà Lâm"]),
    ("a minority language's syllable spaced after its apostrophe", "Thành lập xã Cứ M’ Lan thuộc huyện M’ Đrăng",
     ["xã Cứ M’ Lan", "huyện M’ Đrăng"]),
    ("a period after a body ends its name", "kế hoạch của Trường Đại học Tân An giai đoạn 2020-2025",
     ["Trường Đại học Tân An"]),
    ("a long field that reaches its place", "hợp nhất Ban Quản lý dự án chuyên ngành giao thông và dân dụng tỉnh "
     "Hà Lâm", ["Ban Quản lý dự án chuyên ngành giao thông và dân dụng tỉnh Hà Lâm"]),
    ("a field in capitals closed by a head's syllable", "sáp nhập thành Viện Đại Học Bách Khoa Tân An",
     ["Viện Đại Học Bách Khoa Tân An"]),
    ("an office held by one person after a name", "thành lập Tập đoàn Xi măng Tân An Thủ tướng Chính phủ sẽ chỉ đạo",
     ["Tập đoàn Xi măng Tân An", "Thủ tướng Chính phủ"]),
    ("the basis after an acronym's name", "phát triển Trường Kinh tế Tân An thành ĐH TAU dựa trên mô hình mới",
     ["Trường Kinh tế Tân An", "ĐH TAU"]),
    ("a fund named by its field and a person", "tỉnh cấp phép thành lập Quỹ học bổng Lê Lợi năm 2005",
     ["Quỹ học bổng Lê Lợi"]),
    ("a fund of the province", "trao quyết định thành lập Quỹ Khuyến học tỉnh Tân An", ["Quỹ Khuyến học tỉnh Tân An"]),
    ("a class of body is no name", "Cục Kiểm lâm được nâng lên Cục loại II", ["Cục Kiểm lâm"]),
    ("the capital as a city", "sáp nhập huyện Mê Linh vào Thủ đô Hà Nội", ["huyện Mê Linh", "Thủ đô Hà Nội"]),
    ("two bodies of one head, each described in lower case", "hợp nhất Tổng công ty than và Tổng công ty khoáng sản",
     ["Tổng công ty than", "Tổng công ty khoáng sản"]),
    ("a head in lower case words before another head is no name", "Trường khai giảng và Trung tâm Hòa Bình.",
     ["Trung tâm Hòa Bình"]),
    ("a top-level sport is a field", "thành lập Trung tâm Thể thao thành tích cao tỉnh Hà Giang",
     ["Trung tâm Thể thao thành tích cao tỉnh Hà Giang"]),
    ("a peasants' union of old", "Năm 1931, thành lập Tổng Nông hội Bắc Kỳ", ["Tổng Nông hội Bắc Kỳ"]),
    ("a region whose last word is a head", "thành lập Viện Nghiên cứu vùng Trung Bộ và Tây Nguyên năm 2007",
     ["Viện Nghiên cứu vùng Trung Bộ và Tây Nguyên"]),
    ("a region after khu vực", "Trung tâm Kiểm nghiệm khu vực Tây Nam Bộ được thành lập",
     ["Trung tâm Kiểm nghiệm khu vực Tây Nam Bộ"]),
    ("a body's number before its one place", "thành Thuế cơ sở 3 tỉnh Hà Lâm từ tháng 7", ["Thuế cơ sở 3 tỉnh Hà Lâm"]),
    ("a count of places listed after a body", "Sở Y tế 3 tỉnh Hà Lâm, Sơn Nam và Bắc Sơn họp",
     ["Sở Y tế", "tỉnh Hà Lâm"]),
    ("a verb after a ministry", "việc chuyển giao về Bộ Tài chính đánh dấu bước ngoặt", ["Bộ Tài chính"]),
    ("an office held by a person after a body", "thành lập Tổng công ty Cảng Sơn Hà, Bộ trưởng Bộ Giao thông bổ nhiệm",
     ["Tổng công ty Cảng Sơn Hà", "Bộ Giao thông"]),
    ("the party's secretariat is a body", "các Ban Cán sự đảng do Ban Bí thư thành lập", ["Ban Bí thư"]),
    ("a verb after a department", "Sở Y tế cung cấp danh sách các trạm", ["Sở Y tế"]),
    ("a verb after a bank", "Ngân hàng Sông Tiền khuyến cáo khách hàng", ["Ngân hàng Sông Tiền"]),
    ("a printing house", "Sau đó, Nhà in Thống Nhất ra đời", ["Nhà in Thống Nhất"]),
    ("a state farm", "Nông trường Sông Hậu được giải thể", ["Nông trường Sông Hậu"]),
    ("a farm inside a town's name", "giải thể thị trấn Nông trường Tây Sơn", ["thị trấn Nông trường Tây Sơn"]),
    ("an old department head", "ký sắc lệnh thành lập Nha Thông tin Việt Nam", ["Nha Thông tin Việt Nam"]),
    ("a field hospital by number", "thành lập Bệnh viện dã chiến số 2 tại huyện", ["Bệnh viện dã chiến số 2"]),
    ("a branch after its bank's brand", "bàn giao cho Agribank Chi nhánh Bến Nghé", ["Agribank Chi nhánh Bến Nghé"]),
    ("a bank's branch in lower case", "Phòng giao dịch Tân Lâm trực thuộc chi nhánh Sơn Hà",
     ["Phòng giao dịch Tân Lâm", "chi nhánh Sơn Hà"]),
    ("a savings office in lower case", "trên cơ sở chuyển đổi quỹ tiết kiệm Tân Lâm", ["quỹ tiết kiệm Tân Lâm"]),
    ("a representative office in lower case", "chấm dứt hoạt động văn phòng đại diện Ngân hàng Sông Xanh",
     ["văn phòng đại diện Ngân hàng Sông Xanh"]),
    ("a body named after a day with a hyphen", "Bệnh viện 30-4 và Trường Tiểu học 19-5 được thành lập",
     ["Bệnh viện 30-4", "Trường Tiểu học 19-5"]),
    ("a body named after a day with a slash", "sáp nhập Công ty 7/5 vào Tổng công ty Lạc Sơn",
     ["Công ty 7/5", "Tổng công ty Lạc Sơn"]),
    ("a whole date after a name is no part of it", "Bệnh viện 108 ngày 19-5-2020 thông báo", ["Bệnh viện 108"]),
    ("a firm named by its trade", "Hãng phim Giải Phóng được thành lập năm 1975", ["Hãng phim Giải Phóng"]),
    ("a field pair closed before the verb of managing", "chuyển 3 trường về Bộ Giáo dục và Đào tạo quản lý",
     ["Bộ Giáo dục và Đào tạo"]),
    ("management as what a school teaches", "Trường Đào tạo quản lý Lạc Sơn", ["Trường Đào tạo quản lý Lạc Sơn"]),
    ("what a body once did, after its name", "có tiền thân là đội Cảng Lạc Sơn từng vô địch mùa giải 2001",
     ["đội Cảng Lạc Sơn"]),
    ("a company's legal form after a dash", "Tổng Công ty May Lạc Sơn – CTCP ra đời vào năm 1946",
     ["Tổng Công ty May Lạc Sơn – CTCP"]),
    ("a legal form after a hyphen, then another company", "Tổng công ty Thủy Lạc - CTCP đã sáp nhập Công ty Bình An",
     ["Tổng công ty Thủy Lạc - CTCP", "Công ty Bình An"]),
    ("a trade name in quotes after the description",
     "Công ty Vận tải và Thuê tàu biển “Sao Mai” hợp nhất vào Công ty B",
     ["Công ty Vận tải và Thuê tàu biển “Sao Mai”", "Công ty B"]),
    ("a quotation in lower case after the name is no trade name", "Công ty Lạc Sơn “bắt tay” Công ty Bình An",
     ["Công ty Lạc Sơn", "Công ty Bình An"]),
    ("an apostrophe inside a minority language's syllable", "sáp nhập xã Ea Tân vào xã Đạ P’rông",
     ["xã Ea Tân", "xã Đạ P’rông"]),
    ("the name's own head again in brackets is its short name", "Cục Quản lý xây dựng công trình (Cục Quản lý XDCT) "
     "được thành lập", ["Cục Quản lý xây dựng công trình", "Cục Quản lý XDCT"]),
    ("a capitalised phrase that ends names after a dash",
     "Thành lập Trại giống lúa Lạc Sơn - Trực thuộc Bộ Nông nghiệp",
     ["Trại giống lúa Lạc Sơn", "Bộ Nông nghiệp"]),
    ("a photo's caption after a dash", "Trường Cao đẳng Lạc Sơn - Ảnh: Minh Hà", ["Trường Cao đẳng Lạc Sơn"]),
    ("capital construction as a field", "thành lập trên cơ sở Vụ Xây dựng cơ bản của Bộ", ["Vụ Xây dựng cơ bản"]),
    ("where a body's story mostly comes from", "Tổng Công ty Thương mại Lạc Sơn chủ yếu xuất phát từ nhu cầu",
     ["Tổng Công ty Thương mại Lạc Sơn"]),
    ("a board that prepares a founding, named with the body", "Tỉnh ủy chỉ đạo lập Ban vận động thành lập Hội Phụ nữ "
     "tỉnh Lạc Sơn, Ban vận động có 15 thành viên", ["Ban vận động thành lập Hội Phụ nữ tỉnh Lạc Sơn"]),
    ("the old word for a diocese, capitalised", "Địa phận Tây Lạc Sơn đổi tên thành Địa phận Hòa Bình",
     ["Địa phận Tây Lạc Sơn", "Địa phận Hòa Bình"]),
    ("the same word in lower case is a territory", "trên địa phận xã Lạc Sơn có 3 thôn", ["xã Lạc Sơn"]),
    ("a region of the old kingdoms, in lower case", "lộ Lạc Sơn đổi thành trấn Hòa Bình",
     ["lộ Lạc Sơn", "trấn Hòa Bình"]),
    ("a garrison of the old kingdoms", "đổi dinh Trấn Lạc thành trấn Hòa Bình", ["dinh Trấn Lạc", "trấn Hòa Bình"]),
    ("a road and a palace are no old regions", "mở rộng quốc lộ 1A, tham quan Dinh Độc Lập", []),
    ("an adverb of how often after the name", "cán bộ của Công ty Giao thông Lạc Sơn luôn kiên trì đổi mới",
     ["Công ty Giao thông Lạc Sơn"]),
    ("a run of growth after the name", "Hội Nông dân xã Lạc Sơn không ngừng lớn mạnh", ["Hội Nông dân xã Lạc Sơn"]),
    ("a power handed on after the name", "cho phép thành lập Tổng Công ty Thương mại Lạc sơn và ủy quyền cho tỉnh",
     ["Tổng Công ty Thương mại Lạc sơn"]),
    ("a ceremony that takes place after the name", "công bố thành lập Bộ Dân tộc và Tôn giáo diễn ra ngày 1/3",
     ["Bộ Dân tộc và Tôn giáo"]),
    ("a second school told by its level after và", "sáp nhập Trường Mầm non Tân Lập và Mầm non Hòa Bình",
     ["Trường Mầm non Tân Lập"]),
    ("two levels of one school", "Trường Tiểu học và Trung học cơ sở Lạc Sơn",
     ["Trường Tiểu học và Trung học cơ sở Lạc Sơn"]),
    ("a region of the coast guard", "Vùng Cảnh sát biển 3 đổi tên thành Vùng Cảnh sát biển 2",
     ["Vùng Cảnh sát biển 3", "Vùng Cảnh sát biển 2"]),
    ("a trade that opens with a verb", "thành lập Tổng công ty Công nghiệp đóng tàu Lạc Sơn",
     ["Tổng công ty Công nghiệp đóng tàu Lạc Sơn"]),
    ("a seat named by its body and place", "thành lập Phân hiệu Trường Đại học Lâm Sơn tại tỉnh Hà Lâm trên cơ sở",
     ["Phân hiệu Trường Đại học Lâm Sơn tại tỉnh Hà Lâm"]),
    ("a seat whose body follows của", "Phân hiệu của Trường Đại học Sư phạm Hà Lâm tại tỉnh Sơn Nam được thành lập",
     ["Phân hiệu của Trường Đại học Sư phạm Hà Lâm tại tỉnh Sơn Nam"]),
    ("a seat in a city without a head", "Phân viện Pháp y Miền Nam tại Cần Thơ chính thức hoạt động",
     ["Phân viện Pháp y Miền Nam tại Cần Thơ"]),
    ("a branch of a corporation", "giải thể Chi nhánh Tổng công ty Lâm Sơn tại Đà Nẵng từ năm 2020",
     ["Chi nhánh Tổng công ty Lâm Sơn tại Đà Nẵng"]),
    ("a seat head in lower case is no name", "trường có hai phân hiệu tại tỉnh Hà Lâm", ["tỉnh Hà Lâm"]),
    ("a station and a paper in one body", "thành lập Đài Phát thanh - Truyền hình và Báo Quảng Lâm",
     ["Đài Phát thanh - Truyền hình và Báo Quảng Lâm"]),
    ("a tax office named since 2025", "Cục Thuế tỉnh Quảng Lâm đổi tên thành Thuế tỉnh Quảng Lâm",
     ["Cục Thuế tỉnh Quảng Lâm", "Thuế tỉnh Quảng Lâm"]),
    ("a sector's union in lower case",
     "giải thể Công đoàn ngành giáo dục, Công đoàn ngành nông nghiệp và phát triển nông thôn tỉnh Thái Lâm",
     ["Công đoàn ngành giáo dục", "Công đoàn ngành nông nghiệp và phát triển nông thôn tỉnh Thái Lâm"]),
    ("a training programme's number", "Trường Trung học Sư phạm 10+2, Trường Sư phạm 10+3 hợp nhất",
     ["Trường Trung học Sư phạm 10+2", "Trường Sư phạm 10+3"]),
    ("an investment fund", "Quỹ Đầu tư Sơn Hà chính thức giải thể", ["Quỹ Đầu tư Sơn Hà"]),
    ("a city by its abbreviation ends the name", "Sở Y tế TP Hà Lâm thu 300 tỷ đồng", ["Sở Y tế TP Hà Lâm"]),
    ("a paper and broadcasting in one body", "hợp nhất thành Báo và Phát thanh, Truyền hình Quảng Lâm",
     ["Báo và Phát thanh, Truyền hình Quảng Lâm"]),
    ("the same with its province", "ra mắt Báo và Phát thanh - Truyền hình tỉnh Quảng Lâm",
     ["Báo và Phát thanh - Truyền hình tỉnh Quảng Lâm"]),
    ("the same after an agency head", "thành lập Cơ quan Báo và Phát thanh, Truyền hình Hà Lâm",
     ["Cơ quan Báo và Phát thanh, Truyền hình Hà Lâm"]),
    ("a paper and a station, two bodies", "hợp nhất Báo Quảng Lâm và Đài Phát thanh - Truyền hình Quảng Lâm",
     ["Báo Quảng Lâm", "Đài Phát thanh - Truyền hình Quảng Lâm"]),
    ("councils listed in an office's name", "Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh họp",
     ["Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"]),
    ("an army unit and its other name", "hợp nhất Quân đoàn 3 (Binh đoàn Tây Nguyên) và Quân đoàn 4",
     ["Quân đoàn 3", "Binh đoàn Tây Nguyên", "Quân đoàn 4"]),
    ("a trade union named by the body it is in", "giải thể CĐCS Trường THPT Tân An và Công đoàn Bệnh viện Tân Hòa",
     ["CĐCS Trường THPT Tân An", "Công đoàn Bệnh viện Tân Hòa"]),
    ("a body named after a day and month", "giải thể Công ty 3/2 và sáp nhập Trường THPT 19/5 vào Trường THPT Tân An.",
     ["Công ty 3/2", "Trường THPT 19/5", "Trường THPT Tân An"]),
    ("a date with its year after a numbered body is no part of it", "Bệnh viện 108 họp ngày 19/12/2016.",
     ["Bệnh viện 108"]),
    ("a headline in capitals", "THÀNH LẬP THỊ TRẤN TÂN BÌNH THUỘC HUYỆN DƯƠNG MINH CHÂU",
     ["THỊ TRẤN TÂN BÌNH", "HUYỆN DƯƠNG MINH CHÂU"]),
    ("a long department name", "Cục Quản lý chất lượng nông lâm sản và thủy sản được thành lập",
     ["Cục Quản lý chất lượng nông lâm sản và thủy sản"]),
    # what an enterprise does, in lower case right after its head, runs on to its own name
    ("an enterprise's work before its name", "đổi tên Xí nghiệp quản lý khai thác công trình thủy lợi Hòa An",
     ["Xí nghiệp quản lý khai thác công trình thủy lợi Hòa An"]),
    ("a company's long trade before its name", "Công ty khai thác công trình thủy lợi Đông Sơn được thành lập",
     ["Công ty khai thác công trình thủy lợi Đông Sơn"]),
    ("a verb after a bare head is no trade", "Công ty vừa ký hợp đồng với Hà Nội", []),
    ("care of people, parted by a comma", "thành lập Trung tâm Chăm sóc, nuôi dưỡng người có công tỉnh Hòa Vân",
     ["Trung tâm Chăm sóc, nuôi dưỡng người có công tỉnh Hòa Vân"]),
    ("health stations and centres abbreviated", "sáp nhập TYT xã Tân An và TYT xã Tân Bình vào TTYT huyện Đông Sơn",
     ["TYT xã Tân An", "TYT xã Tân Bình", "TTYT huyện Đông Sơn"]),
    ("boards abbreviated", "hợp nhất BQL dự án Sông Hàn và BQL dự án Bắc Sơn; giải thể BCĐ Tây Sơn và BCĐTN",
     ["BQL dự án Sông Hàn", "BQL dự án Bắc Sơn", "BCĐ Tây Sơn"]),
    ("a field abbreviated after và", "Sở Nông nghiệp và PTNT tỉnh Hòa Vân", ["Sở Nông nghiệp và PTNT tỉnh Hòa Vân"]),
    # heads that are syllables of places: "Hội" (Hội An, Khánh Hội), "Trạm" (Trạm Tấu), "Đội" (Đội Cấn)
    ("a place syllable after a field's lower-case word", "Trung tâm Văn hóa Thể thao Hội An tổ chức",
     ["Trung tâm Văn hóa Thể thao Hội An"]),
    ("a place syllable after a capital", "Bệnh viện Đa khoa Hội An khai trương", ["Bệnh viện Đa khoa Hội An"]),
    ("a place syllable before the verb", "Công ty Cổ phần Khánh Hội sáp nhập vào Công ty A",
     ["Công ty Cổ phần Khánh Hội", "Công ty A"]),
    ("a place syllable at the end", "Công ty Xi măng Hội Sơn", ["Công ty Xi măng Hội Sơn"]),
    ("a district named with a station's head", "Trung tâm Y tế Trạm Tấu tổ chức", ["Trung tâm Y tế Trạm Tấu"]),
    ("a ward named with a team's head", "Công ty Điện lực Đội Cấn", ["Công ty Điện lực Đội Cấn"]),
    ("the association named by its field", "Văn phòng Hội Nông dân tỉnh họp", ["Văn phòng Hội Nông dân tỉnh"]),
    ("an association after a department", "Sở Y tế Hội Nông dân", ["Sở Y tế", "Hội Nông dân"]),
    # names run together with no mark between them: a table flattened into one line
    ("a numbered district, then another head", "Bệnh viện quận 1 Bệnh viện đa khoa Tân Định",
     ["Bệnh viện quận 1", "Bệnh viện đa khoa Tân Định"]),
    ("a named district, then another head", "Bệnh viện quận Gò Vấp Bệnh viện đa khoa Gò Vấp",
     ["Bệnh viện quận Gò Vấp", "Bệnh viện đa khoa Gò Vấp"]),
    ("a place syllable, then another head", "Bệnh viện đa khoa Khánh Hội Bệnh viện quận 6",
     ["Bệnh viện đa khoa Khánh Hội", "Bệnh viện quận 6"]),
    ("a council's district, then a school", "UBND quận 1 Trường Tiểu học Tân An",
     ["UBND quận 1", "Trường Tiểu học Tân An"]),
    ("a higher level after a numbered ward", "Trường THCS phường 3 Quận 5 tổ chức", ["Trường THCS phường 3 Quận 5"]),
    # management as a field of study ends no name; as the verb of a department it does
    ("research into management", "thành lập Viện Nghiên cứu quản lý kinh tế, cơ quan ngang Bộ",
     ["Viện Nghiên cứu quản lý kinh tế", "cơ quan ngang Bộ"]),
    ("a school of managers", "Trường Cán bộ quản lý giáo dục thành phố tuyển sinh",
     ["Trường Cán bộ quản lý giáo dục thành phố"]),
    ("a department that manages", "Sở Y tế quản lý các trạm y tế", ["Sở Y tế"]),
    # schools of two levels, named in the histories of the 1970s and 1980s
    ("two levels after a comma", "thành lập trường PT cấp 1, 2 Tân An", ["trường PT cấp 1, 2 Tân An"]),
    ("two levels after a hyphen", "Trường Phổ thông cấp 2-3 Nông trường Sông Hậu được tách",
     ["Trường Phổ thông cấp 2-3 Nông trường Sông Hậu"]),
    ("two levels packed", "Trường Phổ thông cấp 2,3 Tân Bình được chia", ["Trường Phổ thông cấp 2,3 Tân Bình"]),
    ("two levels after an acronym", "trường PTC1,2 Tân An đổi tên", ["trường PTC1,2 Tân An"]),
    ("a level, then another school", "sáp nhập Trường cấp 2, Trường cấp 3 Tân An",
     ["Trường cấp 2", "Trường cấp 3 Tân An"]),
    ("a level, then a count", "Trường cấp 2, 3 và 4 trường khác", ["Trường cấp 2"]),
    # places written as old decrees did, their syllables joined by hyphens
    ("a commune's syllables hyphenated", "Xã Hòa-bình đổi tên là xã Tân-lập", ["Xã Hòa-bình", "xã Tân-lập"]),
    ("a district's three syllables", "thuộc huyện Hoàng-su-phì", ["huyện Hoàng-su-phì"]),
    ("a hyphen before another unit", "sáp nhập xã Tân An-xã Tân Bình", ["xã Tân An", "xã Tân Bình"]),
    # a new unit, with the word that says so between its head and its name
    ("a new ward", "Phường mới Tân Sen vừa được thành lập", ["Phường Tân Sen"]),
    ("a new province", "Sáp nhập tỉnh A và tỉnh B thành tỉnh mới Tân An.", ["tỉnh A", "tỉnh B", "tỉnh Tân An"]),
    ("a new commune not yet named", "xã mới có tên là gì", []),
    # a year that opens the next sentence, run on to a headline, ends a name; a place named "Năm ..." does not
    ("a year after a name", "Trường Tiểu học Tân An Năm 1992 trường được thành lập", ["Trường Tiểu học Tân An"]),
    ("a place named Năm", "Trường THPT Năm Căn tổ chức", ["Trường THPT Năm Căn"]),
    ("what the act shows", "Việc thành lập Ban Quản lý khu công nghệ cao và các khu công nghiệp thể hiện quyết tâm",
     ["Ban Quản lý khu công nghệ cao và các khu công nghiệp"]),
    # adverbs of degree and words that point back end a name
    ("an adverb of degree", "Trung tâm Xúc tiến Đầu tư tỉnh hết sức quan trọng", ["Trung tâm Xúc tiến Đầu tư tỉnh"]),
    ("a body named before", "Trạm Thủy văn Tân An nêu trên", ["Trạm Thủy văn Tân An"]),
    # zones a board runs, written in lower case before any capital
    ("a board of two kinds of zone", "thành Ban Quản lý khu công nghệ cao và các khu công nghiệp Tân An.",
     ["Ban Quản lý khu công nghệ cao và các khu công nghiệp Tân An"]),
    ("industrial and export processing zones", "Ban Quản lý các khu công nghiệp và chế xuất Tân An họp",
     ["Ban Quản lý các khu công nghiệp và chế xuất Tân An"]),
    ("an open economic zone", "Trung tâm Phát triển hạ tầng Khu kinh tế mở Tân An trực thuộc Ban Quản lý",
     ["Trung tâm Phát triển hạ tầng Khu kinh tế mở Tân An"]),
    ("a team for one task is no body", "Đoàn Thanh tra được thành lập theo Quyết định số 12", []),
    # a central bloc named by the region it serves; a meeting's place is no part of a name
    ("a central bloc of a region", "Đảng bộ Khối Doanh nghiệp Trung ương tại Thành phố Hồ Chí Minh họp",
     ["Đảng bộ Khối Doanh nghiệp Trung ương tại Thành phố Hồ Chí Minh"]),
    ("a meeting held in a city", "Hội nghị Ban Chấp hành Trung ương tại Hà Nội", ["Ban Chấp hành Trung ương"]),
    # social care facilities named "Cơ sở ...", while "cơ sở" alone is any base
    ("a social care facility", "đổi tên thành Cơ sở Bảo trợ xã hội tổng hợp tỉnh theo Quyết định",
     ["Cơ sở Bảo trợ xã hội tổng hợp tỉnh"]),
    ("a treatment facility", "thành lập Cơ sở cai nghiện ma túy số 2", ["Cơ sở cai nghiện ma túy số 2"]),
    ("a base is no body", "Trên cơ sở xã hội hóa, trường mở thêm lớp", []),
    # workshops, depots and stores of an industry
    ("a railway depot", "thành lập Đoạn Đầu máy - Toa xe Sông Hậu", ["Đoạn Đầu máy - Toa xe Sông Hậu"]),
    ("a stretch of road is no depot", "Đoạn đường qua xã Tân An", ["xã Tân An"]),
    ("a workshop", "thành lập Cơ xưởng hỏa xa Tân An", ["Cơ xưởng hỏa xa Tân An"]),
    ("a general store", "thành lập Tổng kho Xăng dầu Tân An", ["Tổng kho Xăng dầu Tân An"]),
    ("a factory's buildings are no body", "nhà xưởng của công ty", []),
    # where a body stands and what it grew from end its name
    ("a body located", "Bảo tàng Tân An tọa lạc tại số 1 đường Lê Lợi", ["Bảo tàng Tân An"]),
    ("a body grown from another", "Nhà hát Chèo Tân An đi lên từ Đoàn Chèo Tân Bình",
     ["Nhà hát Chèo Tân An", "Đoàn Chèo Tân Bình"]),
    # a photo's caption credit ends the name it follows
    ("a caption's credit after a dash", "được đổi tên thành Bệnh viện đa khoa Trung Mỹ - Ảnh: HỒNG SƠN",
     ["Bệnh viện đa khoa Trung Mỹ"]),
    ("an illustration after a dash", "Trường THCS Tân An - Ảnh minh họa", ["Trường THCS Tân An"]),
    # a department in brackets after a unit says whose it is, as a ministry does; a university stays in the name
    ("a department owning a centre, in brackets", "hợp nhất Trung tâm Xúc tiến thương mại (Sở Công Thương)",
     ["Trung tâm Xúc tiến thương mại", "Sở Công Thương"]),
    ("a university owning its school, in brackets", "Trường Đại học Y Dược (Đại học Hà Lâm) tuyển sinh",
     ["Trường Đại học Y Dược (Đại học Hà Lâm)"]),
    # the hospitals and schools of histories: the old word, and the French names of the colonial era
    ("an old word for a hospital", "Năm 1905, Nhà thương Hòa Lâm được xây dựng", ["Nhà thương Hòa Lâm"]),
    ("a French hospital's name", "Hôpital de Hòa Lâm đổi tên", ["Hôpital de Hòa Lâm"]),
    ("a French school's name", "Collège de Tân An được đổi tên", ["Collège de Tân An"]),
    ("the old word in lower case is no head", "Ông sống trong nhà thương cảm.", []),
    # a headline glued to the date that opens the lead ends before it
    ("a lead's date after a headline", "Thành lập Trung tâm Điều hành dịch COVID-19 Ngày 27/8, UBND tỉnh Hà Lâm họp",
     ["Trung tâm Điều hành dịch COVID-19", "UBND tỉnh Hà Lâm"]),
    ("a lead's afternoon after a headline", "Sáp nhập Trường Tiểu học Hòa An Chiều 13-11, Sở GD-ĐT công bố",
     ["Trường Tiểu học Hòa An", "Sở GD-ĐT"]),
    # funds run as public bodies, named by what they promote; a fund in lower case is money
    ("a fund that promotes", "Giải thể Quỹ Xúc tiến Thương mại tỉnh Hà Sơn.", ["Quỹ Xúc tiến Thương mại tỉnh Hà Sơn"]),
    ("a fund for disasters", "Quỹ Phòng, chống thiên tai tỉnh Hà Sơn họp", ["Quỹ Phòng, chống thiên tai tỉnh Hà Sơn"]),
    ("money of a fund in lower case", "Mỗi hộ nộp quỹ hỗ trợ người nghèo.", []),
    # a minority language's syllable in lower case with its apostrophe inside, in a place's name
    ("a lower-case syllable with an apostrophe", "sáp nhập xã Đạ m'ri vào thị trấn Đạ m'ri",
     ["xã Đạ m'ri", "thị trấn Đạ m'ri"]),
    # the name goes on after its abbreviation in brackets with the place it is of
    ("a level and a place after an abbreviation", "Sáp nhập Trường Cao đẳng Y tế (CĐYT) tỉnh Hà Sơn vào Trường B",
     ["Trường Cao đẳng Y tế tỉnh Hà Sơn", "Trường B"]),
    ("a region after an abbreviation", "Hội Liên hiệp phụ nữ giải phóng (LHPNGP) miền Nam được thành lập",
     ["Hội Liên hiệp phụ nữ giải phóng miền Nam"]),
    # what a body is charged with, told after its name
    ("a charge after a name", "Năm 1945, thành lập Bộ Quốc dân Kinh tế phụ trách các ngành sản xuất",
     ["Bộ Quốc dân Kinh tế"]),
    # the letter of one part of a commune once split, after a syllable that is also a head
    ("a split commune's letter after a head-like syllable", "Sáp nhập xã An Trường A, xã Tân Bình vào xã An Trường.",
     ["xã An Trường A", "xã Tân Bình", "xã An Trường"]),
    ("split communes' letters", "xã Tân Thành A và xã Tân Hội B", ["xã Tân Thành A", "xã Tân Hội B"]),
    # a head that is a field, then the name's own acronym
    ("a field head before the name's acronym",
     "thành lập Viện Khoa học Kỹ thuật Bưu điện RIPT và Viện Kinh tế Bưu điện",
     ["Viện Khoa học Kỹ thuật Bưu điện RIPT", "Viện Kinh tế Bưu điện"]),
    # the prefectures and garrisons of the histories; the palace of the president and a verb are none
    ("prefectures of a history", "Năm 1890, lập tỉnh Thái Bình gồm phủ Thái Bình, phủ Kiến Xương và huyện Thần Khê.",
     ["tỉnh Thái Bình", "phủ Thái Bình", "phủ Kiến Xương", "huyện Thần Khê"]),
    ("a garrison of a history", "Năm 1831, trấn Sơn Nam được chia làm hai tỉnh.", ["trấn Sơn Nam"]),
    ("the president's palace", "Lễ viếng tại Phủ Chủ tịch", ["Phủ Chủ tịch"]),
    ("a verb that opens with the garrison's word", "Công an tỉnh Hà Sơn trấn áp tội phạm.", ["Công an tỉnh Hà Sơn"]),
    # a party bloc of agencies and enterprises
    ("a party bloc of agencies and enterprises",
     "kết thúc hoạt động của Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Hà Sơn.",
     ["Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Hà Sơn"]),
    # a photo's credit after a dash is no part of the place's name
    ("a photo credit after a dash", "Ba huyện sáp nhập thành huyện Hòa Lạc - Ảnh: M.V", ["huyện Hòa Lạc"]),
    ("a province joined by a dash", "tỉnh Bà Rịa - Vũng Tàu: nơi có nhiều dự án", ["tỉnh Bà Rịa - Vũng Tàu"]),
    # homes for the old and the disabled, named by whom they care for
    ("a home for the old", "Thành lập Nhà nuôi dưỡng người già Hà Sơn.", ["Nhà nuôi dưỡng người già Hà Sơn"]),
    ("a centre for the old", "Trung tâm nuôi dưỡng người già Hà Sơn khai trương",
     ["Trung tâm nuôi dưỡng người già Hà Sơn"]),
    # a dash after a name that ended on a capitalised word: lower-case words after it say what the body is
    ("what a body is, after a dash", "Tổng công ty Thép Hà Sơn - đơn vị đầu ngành - ra đời",
     ["Tổng công ty Thép Hà Sơn"]),
    ("a field in lower case after a dash goes on", "Trung tâm Văn hóa - thể thao huyện Tam Nông khai trương",
     ["Trung tâm Văn hóa - thể thao huyện Tam Nông"]),
    ("broadcasting in lower case after a dash goes on", "Đài Phát thanh - truyền hình Hà Sơn khai trương",
     ["Đài Phát thanh - truyền hình Hà Sơn"]),
    # a member of a university made of schools is named with it after a comma, as in brackets
    ("a school of a regional university", "Trường Đại học Nông Lâm, Đại học Huế tuyển sinh.",
     ["Trường Đại học Nông Lâm, Đại học Huế"]),
    ("an institute of a national university", "Viện Vật lý ứng dụng, Đại học Quốc gia Hà Nội ra mắt.",
     ["Viện Vật lý ứng dụng, Đại học Quốc gia Hà Nội"]),
    ("high technology closes a field", "Thành lập HTX Dịch vụ nông nghiệp công nghệ cao Sơn Hà.",
     ["HTX Dịch vụ nông nghiệp công nghệ cao Sơn Hà"]),
    ("a field of cyberspace", "Bộ Tư lệnh Tác chiến không gian mạng ra mắt.", ["Bộ Tư lệnh Tác chiến không gian mạng"]),
    ("a field of trade", "Công ty Kinh doanh xuất nhập khẩu tổng hợp Sơn Hà giải thể.",
     ["Công ty Kinh doanh xuất nhập khẩu tổng hợp Sơn Hà"]),
    ("two universities listed stay two", "Đại học Huế, Đại học Đà Nẵng ký kết.", ["Đại học Huế", "Đại học Đà Nẵng"]),
    ("a department before a university stays apart", "Sở Y tế, Đại học Thái Nguyên ký kết.",
     ["Sở Y tế", "Đại học Thái Nguyên"]),
]

NOT_NAMES = [
    ("report, not a newspaper", "Báo cáo của tỉnh nêu rõ"),
    ("generic school", "các trường mầm non có quy mô nhỏ"),
    ("conference, not an association", "Hội nghị tổng kết năm"),
    ("two bare heads", "thông qua đề án hợp nhất giữa Đài và Báo"),
    ("a document, not a village", "Văn bản Hướng dẫn đã được gửi đi"),
    ("a country, not a village", "đoàn công tác sang Nhật Bản Tuần trước"),
    # a level abbreviation after a lower-case head is a class of schools, not a name
    ("abbreviated level, lower-case", "nhiều trường ĐH công lập đã tự chủ"),
    ("abbreviated college level, lower-case", "việc đưa trường CĐ vào đại học"),
    ("abbreviated levels listed, no name", "Các trường ĐH, CĐ trên cả nước đã công bố điểm chuẩn"),
    ("a tax, not a tax office", "Thuế Giá trị gia tăng giảm 2% đến hết năm"),
    ("a tax at the head of a sentence", "Thuế thu nhập cá nhân tăng 12%"),
    ("rural, not a village", "chương trình nông thôn mới"),
    ("a year after a unit word", "nhiều tỉnh 2025 sáp nhập"),
    ("an owner, not a department", "quyền đại diện chủ sở hữu vốn Nhà nước"),
    ("a date after a unit word", "các xã 1/7/2025 đi vào hoạt động"),
]


@pytest.mark.parametrize(("phenomenon", "sentence", "expected"), NAMES, ids=[n[0] for n in NAMES])
def test_name_extent(phenomenon: str, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in scan_names(sentence) if not m.short] == expected


@pytest.mark.parametrize(("phenomenon", "sentence"), NOT_NAMES, ids=[n[0] for n in NOT_NAMES])
def test_not_a_name(phenomenon: str, sentence: str) -> None:
    assert [m.name for m in scan_names(sentence) if not m.short] == []

ALIASES = [
    ("abbreviated spelling", "Sở Văn hóa - Thể thao và Du lịch họp. Sở Văn hóa - TTDL cho biết",
     "Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa - TTDL"),
    ("bare head points back", "Sở Xây dựng Điện Biên họp. Sở đề nghị", "Sở Xây dựng Điện Biên", "Sở"),
    ("bracketed abbreviation", "Trung tâm Kiểm soát bệnh tật (CDC) Sơn La đã mở cửa. CDC Sơn La",
     "Trung tâm Kiểm soát bệnh tật Sơn La", "CDC"),
]


@pytest.mark.parametrize(("phenomenon", "text", "name", "alias"), ALIASES, ids=[a[0] for a in ALIASES])
def test_aliases(phenomenon: str, text: str, name: str, alias: str) -> None:
    orgs = {org["name"]: org for org in find_organizations(SentenceDoc(text, ". "))}
    assert alias in orgs[name]["aliases"]


def test_every_mention_span_is_exact() -> None:
    doc = SentenceDoc("Sở Giáo dục và Đào tạo tỉnh Lai Châu họp. Sở cho biết trường THPT Phong Thổ sẽ đổi tên", ". ")
    for org in find_organizations(doc):
        for start, end in org["mentions"]:
            assert doc.text[start:end].strip() == doc.text[start:end] != ""


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dev"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_mention_spans_are_exact() -> None:
    from extractor.text.normalize import normalize_text

    for path in sorted(CORPUS.glob("*.txt"))[:20]:
        text = normalize_text(path.read_text(encoding="utf-8"))
        doc = SentenceDoc(text, ". ")
        for org in find_organizations(doc):
            for start, end in org["mentions"]:
                assert 0 <= start < end <= len(text)
                assert text[start:end] in org["name"] or text[start:end] in org["aliases"] or org["name"]


BRAND_NAMES = [
    # (sentence, names found)
    ("Đại hội cổ đông thông qua việc sáp nhập Mekong Bank vào Vinabank.", ["Mekong Bank", "Vinabank"]),
    ("Theo ABBank, dư nợ tín dụng tăng.", ["ABBank"]),
    ("Khách hàng gửi tiền tại quầy giao dịch.", []),
    ("Tổ chức tín dụng ở vùng Bank miền núi.", []),
]


FOREIGN_FIRMS = [
    # (sentence, names found): foreign words are a firm's name where a company word, a word for a firm or a verb of
    # restructuring says so; Vietnamese syllables without marks ("Kia", "Long") open no such name
    ("Halvorsen Credit sáp nhập vào Brightwater.", ["Halvorsen Credit", "Brightwater"]),
    ("Cổ phiếu của Vantorra Corp tăng mạnh.", ["Vantorra Corp"]),
    ("Ông Derrick Fallow làm việc tại Vantorra Corp.", ["Vantorra Corp."]),  # the full stop is the word's too
    ("Tessaly sẽ tách làm ba công ty.", ["Tessaly"]),
    ("Hãng bia Grunwald sáp nhập với AB Norbrau.", ["Hãng bia Grunwald", "AB Norbrau"]),
    ("Gã khổng lồ công nghệ Quillon đã thâu tóm nhiều đối thủ.", ["Quillon"]),
    ("Kestrel-Marlow Group và Fenwick & Sons hoàn tất sáp nhập.", ["Kestrel-Marlow Group", "Fenwick & Sons"]),
    ("Đơn vị thứ ba mang tên Brightwater Service Co.", ["Brightwater Service Co."]),
    ("Nhà máy Skymerra Electronics Việt Nam được thành lập năm 2008.", ["Nhà máy Skymerra Electronics Việt Nam"]),
    ("Loomwright Holdings II sẽ hợp nhất với Chirpwell.", ["Loomwright Holdings II", "Chirpwell"]),
    ("vụ hợp nhất AB&C và Fenwick Media", ["AB&C", "Fenwick Media"]),
    ("Tờ báo mang tên N.Y. Ledger ra đời từ năm 1921.", ["N.Y. Ledger"]),
    ("Bảng xếp hạng của N.Y. Ledger ra đời từ năm 1921.", []),
    # persons, places, products and words alone are no firms
    ("Ông Derrick Fallow sáp nhập hai phòng ban.", []),
    ("Hội nghị diễn ra tại Portwell, bang Tessara.", []),
    ("Người dùng tải ứng dụng Chirpwell về máy.", []),
    ("Ban Group mới được lập.", ["Ban Group"]),
    ("Kia sáp nhập vào năm sau.", []),
    ("Đạo luật Halvorsen-Mott ra đời năm 1980 ở Mỹ.", []),
    ("Năm nay có thêm ngành Digital Communications và Creative Media.", []),
    ("Theo UBS, hai ngân hàng sẽ sáp nhập.", []),
    # a word for a place or a person before a list is said of every run of the list
    ("Các chi nhánh tại Portwell, Tessara và Norvik sẽ đóng cửa.", []),
    ("Ông Derrick Fallow và Marcus Helm sáp nhập hai công ty.", []),
    ("Halvorsen Credit, Brightwater và Quillon sáp nhập.", ["Halvorsen Credit", "Brightwater", "Quillon"]),
]


COMMITTEE_TOPICS = [
    # (sentence, names found): a committee's topic after "về" belongs to its name
    ("Tỉnh giải thể Ban Chỉ đạo về phát triển du lịch biển đảo được thành lập năm 2015.",
     ["Ban Chỉ đạo về phát triển du lịch biển đảo"]),
    ("Thành lập Ban Chỉ đạo quốc gia về chuyển đổi số, đô thị thông minh do Thủ tướng làm Trưởng ban.",
     ["Ban Chỉ đạo quốc gia về chuyển đổi số, đô thị thông minh", "Thủ tướng"]),
    ("Kiện toàn Tổ công tác về phòng, chống dịch bệnh huyện Mê Linh.",
     ["Tổ công tác về phòng, chống dịch bệnh huyện Mê Linh"]),
    ("Hội đồng về việc này họp chiều qua.", ["Hội đồng"]),
    ("Chính phủ thành lập Ủy ban quốc gia về nước sạch và vệ sinh nông thôn.",
     ["Chính phủ", "Ủy ban quốc gia về nước sạch và vệ sinh nông thôn"]),
    ("Bộ thành lập Hội đồng thẩm định về sách giáo khoa phổ thông.",
     ["Bộ", "Hội đồng thẩm định về sách giáo khoa phổ thông"]),
    ("Ủy ban sẽ bàn về việc này.", ["Ủy ban"]),
    ("Sở Y tế báo cáo về tình hình dịch bệnh.", ["Sở Y tế"]),
]


FIELD_HEADS = [
    # (sentence, names found): a head that is also a field of work may close a name
    ("Bộ đề xuất hợp nhất Trường Cán bộ Hải quan và Viện Nghiên cứu Hải quan.",
     ["Bộ", "Trường Cán bộ Hải quan", "Viện Nghiên cứu Hải quan"]),
    ("Học viện Báo chí và Tuyên truyền đã tuyển sinh.", ["Học viện Báo chí và Tuyên truyền"]),
    ("Trường Nghiệp vụ Kho bạc Nhà nước họp.", ["Trường Nghiệp vụ", "Kho bạc Nhà nước"]),
]


NUMBERED_BODIES = [
    # (sentence, names found): a short number after a capitalised head names the body
    ("Bệnh viện 175 tiếp nhận thêm bác sĩ.", ["Bệnh viện 175"]),
    ("Bệnh viện 71 Trung ương được giao về tỉnh Thanh Hóa.", ["Bệnh viện 71 Trung ương", "tỉnh Thanh Hóa"]),
    ("Trường 2 và Trường 3 sáp nhập.", ["Trường 2", "Trường 3"]),
    ("Trường có 3 tầng.", ["Trường"]),
    # a day and a month with a full stop, the day a company is named after; a thousands figure counts
    ("Năm 2018, Công ty TNHH MTV Cao su 1.5 giải thể.", ["Công ty TNHH MTV Cao su 1.5"]),
    ("Trường 1.500 học sinh khai giảng.", ["Trường"]),
    ("Kỳ thi tốt nghiệp THPT 2025 kết thúc.", ["THPT"]),
    ("Bệnh viện quận 8 được đổi tên.", ["Bệnh viện quận 8"]),
    ("Bộ chuyển giao bệnh viện 74 Trung ương về tỉnh Lâm Giang.", ["Bộ", "bệnh viện 74 Trung ương", "tỉnh Lâm Giang"]),
    # a field's number, then the place the body serves, inside its name
    ("Thành lập Trung tâm Cấp cứu 115 Thành phố Hà Lâm trực thuộc Sở Y tế.",
     ["Trung tâm Cấp cứu 115 Thành phố Hà Lâm", "Sở Y tế"]),
    ("Trung tâm Cấp cứu 115 tỉnh Đông Sơn có 12 xe.", ["Trung tâm Cấp cứu 115 tỉnh Đông Sơn"]),
    ("Thành lập Trung tâm Cấp cứu 115 Tây Sơn.", ["Trung tâm Cấp cứu 115 Tây Sơn"]),
    ("Ra mắt Trung tâm Cấp cứu và Vận chuyển 115 Tây Sơn.", ["Trung tâm Cấp cứu và Vận chuyển 115 Tây Sơn"]),
    ("Chuyển Bệnh viện Quân y 105 Bộ Quốc phòng về Học viện Quân y.",
     ["Bệnh viện Quân y 105", "Bộ Quốc phòng", "Học viện Quân y"]),
]


FIELDS_OF_WORK = [
    # (sentence, names found): fields of work, commas and "và" between them stay inside one name
    ("Thành lập Cục Chuyển đổi số và Đổi mới sáng tạo tỉnh.", ["Cục Chuyển đổi số và Đổi mới sáng tạo tỉnh"]),
    ("Đổi tên Vụ Thẩm định, Giám định và Đánh giá thành Vụ Thẩm định.",
     ["Vụ Thẩm định, Giám định và Đánh giá", "Vụ Thẩm định"]),
    ("Bộ Khoa học và Công nghệ tiếp nhận Cục Bưu chính.", ["Bộ Khoa học và Công nghệ", "Cục Bưu chính"]),
    # a field that opens like a head ("Thuế", "Hải quan") after another field is read whole
    ("Năm 1952, Sở Hải quan và Thuế vụ được đổi thành Nha Hải quan và Thuế vụ.",
     ["Sở Hải quan và Thuế vụ", "Nha Hải quan và Thuế vụ"]),
    ("Phòng Tài chính và Vật giá huyện Đông Sơn nhận thêm nhiệm vụ.", ["Phòng Tài chính và Vật giá huyện Đông Sơn"]),
    ("Thành lập Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm và Thực phẩm tỉnh.",
     ["Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm và Thực phẩm tỉnh"]),
    # an association at the level of a province or a district
    ("Năm 1990, Tỉnh hội Phụ nữ Đông Sơn và Huyện hội Nông dân Tây Sơn cùng ra mắt.",
     ["Tỉnh hội Phụ nữ Đông Sơn", "Huyện hội Nông dân Tây Sơn"]),
    ("Tỉnh hội đủ điều kiện để thành lập Trường Tiểu học Đông Hà.", ["Trường Tiểu học Đông Hà"]),
    # a field then a body of its own named after a head
    ("Sở Tài chính và Thuế tỉnh Đông Sơn cùng làm việc.", ["Sở Tài chính", "Thuế tỉnh Đông Sơn"]),
    # a field of two syllables whose second alone would end the name ("chuyển", "cứu")
    ("Thành lập Trung tâm Cấp cứu và Vận chuyển tỉnh Đông Sơn.",
     ["Trung tâm Cấp cứu và Vận chuyển tỉnh Đông Sơn"]),
]


DOCUMENT_NUMBERS = [
    # (sentence, names found): the issuer's code inside a document number is not a mention of the body
    ("Quyết định số 215/QĐ-UBND đổi tên ba trường học.", []),
    ("Theo Nghị quyết 35/NQ-HĐND tỉnh, UBND tỉnh sáp nhập hai trường.", ["UBND tỉnh"]),
]


ABBREVIATED_UNITS = [
    # (sentence, names found): TP., TX., TT., P. written with their full stop head a place name
    ("UBND TP. Vĩnh Long tiếp nhận Trường Trung cấp Y tế.", ["UBND TP. Vĩnh Long", "Trường Trung cấp Y tế"]),
    ("Sáp nhập P. Tân Định và P. Đa Kao thành P. Tân Định.", ["P. Tân Định", "P. Đa Kao", "P. Tân Định"]),
    ("UBND TX. Buôn Hồ làm việc với TT. Ea Drăng.", ["UBND TX. Buôn Hồ", "TT. Ea Drăng"]),
    ("Ông Lê Văn Hai, Q. Giám đốc Sở Tư pháp, phát biểu.", ["Sở Tư pháp"]),
]


SAME_BODY = [
    # two spellings of one name that must compare equal
    ("Đài Phát thanh - Truyền hình Hà Lâm", "Đài Phát thanh và Truyền hình Hà Lâm"),
    ("Sở Văn hóa-Thể thao", "sở văn hóa – thể thao"),
    ("Bộ Kế hoạch và Đầu tư", "Bộ  Kế hoạch  -  Đầu tư"),
    # a school's level abbreviated after its head
    ("Trường CĐ Y tế Hà Lâm", "Trường Cao đẳng Y tế Hà Lâm"),
    ("Trường ĐH Kinh tế Sơn Hà", "Trường Đại học Kinh tế Sơn Hà"),
    ("BV Quận 2", "Bệnh viện Quận 2"),
    # common abbreviations inside a name written out
    ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Hà Lâm",
     "Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Hà Lâm"),
    ("Sở LĐ-TB&XH tỉnh Hà Lâm", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Lâm"),
    # a general school's levels written short, alone or joined
    ("trường THCS Đức An", "Trường Trung học cơ sở Đức An"),
    ("Trường TH&THCS Hòa Lạc", "Trường Tiểu học và Trung học cơ sở Hòa Lạc"),
    ("Trường MN-TH Tân An", "Trường Mầm non - Tiểu học Tân An"),
    # a place written short at the end of a name
    ("Tổng công ty Lương thực VN", "Tổng công ty Lương thực Việt Nam"),
    ("Trung tâm Kiểm nghiệm khu vực TP.HCM", "Trung tâm Kiểm nghiệm khu vực thành phố Hồ Chí Minh"),
    ("Công an tỉnh BR-VT", "Công an tỉnh Bà Rịa - Vũng Tàu"),
]


@pytest.mark.parametrize(("first", "second"), SAME_BODY)
def test_name_keys_compare_spellings_of_one_body(first: str, second: str) -> None:
    from extractor.recognize.organizations import name_key

    assert name_key(first) == name_key(second)


NAME_ENDS = [
    # (sentence, names found): documents and verbs after a name are not part of it
    ("Bộ Nội vụ vừa trình Chính phủ Đề án sắp xếp.", ["Bộ Nội vụ", "Chính phủ"]),
    ("UBND tỉnh Lâm Giang Quyết định thành lập.", ["UBND tỉnh Lâm Giang"]),
    ("Tổng công ty được chuyển sang Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.",
     ["Tổng công ty", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]),
    ("Kho bạc Nhà nước sắp giải thể các kho bạc huyện.", ["Kho bạc Nhà nước"]),
    ("Đổi tên Bảo hiểm xã hội khu vực II thành Bảo hiểm xã hội tỉnh Hà Lâm.",
     ["Bảo hiểm xã hội khu vực II", "Bảo hiểm xã hội tỉnh Hà Lâm"]),
    ("Sáp nhập Công ty TNHH một thành viên Khai thác công trình thủy lợi Sông Mã.",
     ["Công ty TNHH một thành viên Khai thác công trình thủy lợi Sông Mã"]),
    # "nhập" merges, but not inside inclusion, integration, income or immigration
    ("Thành lập Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh Lâm Giang.",
     ["Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh Lâm Giang"]),
    ("Ban Chỉ đạo hội nhập quốc tế tỉnh Lâm Giang được kiện toàn.", ["Ban Chỉ đạo hội nhập quốc tế tỉnh Lâm Giang"]),
    ("Phòng Quản lý xuất nhập cảnh Công an tỉnh Lâm Giang nhập vào Phòng Tham mưu.",
     ["Phòng Quản lý xuất nhập cảnh Công an tỉnh Lâm Giang", "Phòng Tham mưu"]),
    # whom a centre serves, after "đối với", is no part of its name as the grammar reads it
    ("Trung tâm Giáo dục hòa nhập đối với trẻ khiếm thính được thành lập.", ["Trung tâm Giáo dục hòa nhập"]),
]


# Where a name starts and ends, by phenomenon: one table each, one test over them all.
PARTY_COMMITTEES = [
    # (sentence, names found): the central and provincial party committees named after what they gather
    ("Thành lập Đảng bộ các cơ quan Đảng ở Trung ương.", ["Đảng bộ các cơ quan Đảng ở Trung ương"]),
    ("Thành lập Đảng bộ Mặt trận Tổ quốc, các đoàn thể tỉnh Hà Lâm.",
     ["Đảng bộ Mặt trận Tổ quốc, các đoàn thể tỉnh Hà Lâm"]),
    ("Đảng bộ MTTQ, các đoàn thể Trung ương ra mắt.", ["Đảng bộ MTTQ, các đoàn thể Trung ương"]),
    ("Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội tỉnh cùng tham gia.", ["Ủy ban MTTQ tỉnh"]),
    ("Trường Chính trị tỉnh ở trung tâm thành phố.", ["Trường Chính trị tỉnh"]),
    ("Đảng ủy Quân sự Trung ương họp.", ["Đảng ủy Quân sự Trung ương"]),
    ("Đảng ủy Công an Trung ương ra nghị quyết.", ["Đảng ủy Công an Trung ương"]),
]

PEOPLE_SERVED = [
    # (sentence, names found): the people a body serves or gathers are part of its name; elsewhere they end it
    ("Thành lập Ban Công tác người Hoa thành phố.", ["Ban Công tác người Hoa thành phố"]),
    ("Hội Bảo trợ người khuyết tật tỉnh họp.", ["Hội Bảo trợ người khuyết tật tỉnh"]),
    ("Trường Tiểu học Tân An có 300 người lao động.", ["Trường Tiểu học Tân An"]),
    ("Tổng công ty Hà Lâm hoàn tất sáp nhập Công ty Bắc Sơn.", ["Tổng công ty Hà Lâm", "Công ty Bắc Sơn"]),
    ("Trường Bổ túc và Đào tạo cán bộ thanh tra được đổi tên.", ["Trường Bổ túc và Đào tạo cán bộ thanh tra"]),
    ("Trung tâm Đào tạo có 40 cán bộ.", ["Trung tâm Đào tạo"]),
    ("Nông trường quốc doanh Tân An - tiền thân Công ty CP Giống bò sữa Tân An ngày nay.",
     ["Nông trường quốc doanh Tân An", "Công ty CP Giống bò sữa Tân An"]),
    ("Trung tâm Dịch vụ việc làm tỉnh Hà Lâm do Sở Nội vụ làm cơ quan chủ quản.",
     ["Trung tâm Dịch vụ việc làm tỉnh Hà Lâm", "Sở Nội vụ"]),
]

# A ministry's own unit written right before the ministry; the armed forces as a whole at the end of a school's name.
OWNERS_IN_THE_NAME = [
    ("Năm 2020 thành lập Trung tâm Dữ liệu Bộ Nông nghiệp và Viện 12.",
     ["Trung tâm Dữ liệu Bộ Nông nghiệp", "Viện 12"]),
    ("Viện Chiến lược Bộ Tài chính công bố báo cáo.", ["Viện Chiến lược Bộ Tài chính"]),
    ("Vụ Tổ chức cán bộ Bộ Nội vụ họp.", ["Vụ Tổ chức cán bộ Bộ Nội vụ"]),
    # not joined: an owner named already, a force's command
    ("Thanh tra Chính phủ và Bộ Công Thương họp.", ["Thanh tra Chính phủ", "Bộ Công Thương"]),
    ("Văn phòng Chính phủ Bộ Tài chính", ["Văn phòng Chính phủ", "Bộ Tài chính"]),
    ("Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Tân An họp.", ["Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Tân An"]),
    ("Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân đổi tên.",
     ["Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân"]),
    ("Học viện Chính trị Quân đội nhân dân Việt Nam khai giảng.", ["Học viện Chính trị Quân đội nhân dân Việt Nam"]),
    ("Bộ Công an chỉ đạo Công an tỉnh Tân An.", ["Bộ Công an", "Công an tỉnh Tân An"]),
    ("Năm 1965 thành lập Đảng ủy Tổng đội và Liên đội Tân An.", ["Đảng ủy Tổng đội", "Liên đội Tân An"]),
]

# The state banks' fields written in lower case, "và" and all.
# The name's own head again in a bracket that lists bodies: no owner of the name, each body a name of its own.
BRACKETED_BODIES_OF_THE_HEAD = [
    ("sáp nhập từ 2 TYT (TYT Tân Lạc và TYT Yên Mỹ)", ["TYT", "TYT Tân Lạc", "TYT Yên Mỹ"]),
]

LOWER_CASE_BANK_FIELDS = [
    ("Năm 1990 đổi tên thành Ngân hàng đầu tư và phát triển Hòa Vân.", ["Ngân hàng đầu tư và phát triển Hòa Vân"]),
    ("Chi nhánh thuộc Ngân hàng nông nghiệp và phát triển nông thôn Hòa Vân.",
     ["Chi nhánh thuộc Ngân hàng nông nghiệp và phát triển nông thôn Hòa Vân"]),
    ("Ngân hàng đầu tư và xây dựng Hòa Vân trực thuộc Ngân hàng Nhà nước.",
     ["Ngân hàng đầu tư và xây dựng Hòa Vân", "Ngân hàng Nhà nước"]),
]

# A crime field's topics after "về" belong to a police unit's name, as far as they are known fields.
CRIME_FIELD_TOPICS = [
    ("Cục Cảnh sát điều tra tội phạm về ma túy và Cục C74 họp.",
     ["Cục Cảnh sát điều tra tội phạm về ma túy", "Cục C74"]),
    ("Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (PC03) được kiện toàn.",
     ["Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"]),
    ("Cục Cảnh sát phòng, chống tội phạm về môi trường được thành lập.",
     ["Cục Cảnh sát phòng, chống tội phạm về môi trường"]),
    # the topic ends where its known fields end, not at the verb after them
    ("Cục Cảnh sát điều tra tội phạm về trật tự xã hội tổ chức hội nghị.",
     ["Cục Cảnh sát điều tra tội phạm về trật tự xã hội"]),
    # a topic of no known field is left out
    ("Cục Cảnh sát điều tra tội phạm về việc này đã báo cáo.", ["Cục Cảnh sát điều tra tội phạm"]),
]

# A one-word head right after a place's first syllable is a syllable of the place.
PLACE_SYLLABLES_LIKE_HEADS = [
    ("xã Vĩnh Hội Tây và xã Phú Hội", ["xã Vĩnh Hội Tây", "xã Phú Hội"]),
    ("phường Nam Nha Lâm", ["phường Nam Nha Lâm"]),
    ("xã Tân Mỹ Hội Nông dân", ["xã Tân Mỹ", "Hội Nông dân"]),
]

# Bodies of one head named alike in lower case, side by side, each description up to its hard stop.
NAMED_ALIKE_IN_LOWER_CASE = [
    ("hợp nhất Ban quản lý dự án công trình y tế và Ban quản lý dự án công trình giáo dục.",
     ["Ban quản lý dự án công trình y tế", "Ban quản lý dự án công trình giáo dục"]),
    ("Sở Giao thông vận tải, Sở xây dựng, Sở Tài chính", ["Sở Giao thông vận tải", "Sở xây dựng", "Sở Tài chính"]),
    # a verb in the run is no description, though a body of the head follows the comma
    ("các bệnh viện trực thuộc Bộ đang trình cấp có thẩm quyền, Bộ Y tế dự kiến", ["Bộ", "Bộ Y tế"]),
]

# The police as a ministry's field: "Bộ Công an" after a dash or in lower case owns, it opens no body of its own.
POLICE_MINISTRY = [
    ("Cục Cảnh sát - Bộ Công an họp.", ["Cục Cảnh sát - Bộ Công an"]),
    ("văn phòng Bộ Công an và Trường Cao đẳng Công an họp.", ["văn phòng Bộ Công an", "Trường Cao đẳng Công an"]),
    ("Đội Cảnh sát giao thông Công an huyện Tân Mỹ họp.", ["Đội Cảnh sát giao thông Công an huyện Tân Mỹ"]),
]

# Centres named in lower case by two tasks joined, and a school level inside an old school's name.
TASKS_AND_LEVELS_IN_NAMES = [
    ("ngày 9/11/1991 Trung tâm dạy nghề và hướng nghiệp Hà Lâm được thành lập",
     ["Trung tâm dạy nghề và hướng nghiệp Hà Lâm"]),
    ("Trung tâm giới thiệu việc làm Hà Lâm họp", ["Trung tâm giới thiệu việc làm Hà Lâm"]),
    ("Trường Sư phạm Trung cấp Hải Lâm đã được thành lập", ["Trường Sư phạm Trung cấp Hải Lâm"]),
    ("Sáp nhập Trường Cao đẳng Y tế Tân Mỹ và Trung cấp Kinh tế Tân Mỹ",
     ["Trường Cao đẳng Y tế Tân Mỹ", "Trung cấp Kinh tế Tân Mỹ"]),
]

# A place closes a name: lower-case words after it and "và" are the sentence's own.
A_PLACE_CLOSES_THE_NAME = [
    ("cho việc thành lập CLB Bóng đá Hà Lâm và thi đấu thành công", ["CLB Bóng đá Hà Lâm"]),
    ("thành lập Trung tâm Tân Mỹ và thi đấu tốt", ["Trung tâm Tân Mỹ"]),
    ("Trung tâm Huấn luyện và thi đấu thể thao tỉnh Tân Mỹ", ["Trung tâm Huấn luyện và thi đấu thể thao tỉnh Tân Mỹ"]),
]

PAIRED_ACTIVITIES = [
    ("Trung tâm Quản lý và vận hành chợ đầu mối Tân Mỹ được thành lập",
     ["Trung tâm Quản lý và vận hành chợ đầu mối Tân Mỹ"]),
    ("Công ty CP sản xuất và kinh doanh Hà Lâm Steel ra đời", ["Công ty CP sản xuất và kinh doanh Hà Lâm Steel"]),
    ("Công ty TNHH chế biến và xuất khẩu Tân Sơn giải thể", ["Công ty TNHH chế biến và xuất khẩu Tân Sơn"]),
    # the work a company does, after its own name, is the sentence's
    ("Công ty Hà Lâm Thép sản xuất và kinh doanh", ["Công ty Hà Lâm Thép"]),
    ("Trung tâm Y tế Tân Mỹ quản lý và điều hành các trạm y tế", ["Trung tâm Y tế Tân Mỹ"]),
]

COMPOUNDS_WITH_BREAKING_SYLLABLES = [
    ("thành lập Ban Chuẩn bị đầu tư dự án cảng Tân Mỹ", ["Ban Chuẩn bị đầu tư dự án cảng Tân Mỹ"]),
    ("Ban Quản lý Khu đô thị mới Hà Lâm họp", ["Ban Quản lý Khu đô thị mới Hà Lâm"]),
    ("Văn phòng Điều phối nông thôn mới tỉnh Tân Sơn ra mắt", ["Văn phòng Điều phối nông thôn mới tỉnh Tân Sơn"]),
]

CLUBS_NAMED_BY_THEIR_OWNER = [
    ("CLB Bóng đá Công an Tân Mỹ được thành lập năm 1962", ["CLB Bóng đá Công an Tân Mỹ"]),
    ("Câu lạc bộ Bóng chuyền Ngân hàng Công Thương ra mắt", ["Câu lạc bộ Bóng chuyền Ngân hàng Công Thương"]),
    # a club named by its place is closed by it
    ("CLB Hà Lâm Sở Văn hóa tỉnh Tân Mỹ", ["CLB Hà Lâm", "Sở Văn hóa tỉnh Tân Mỹ"]),
]

PLACED_UNDER_AN_OWNER = [
    ("thành lập Học viện Kỹ thuật và Công nghệ trực thuộc Viện Hàn lâm Tân Mỹ",
     ["Học viện Kỹ thuật và Công nghệ", "Viện Hàn lâm Tân Mỹ"]),
    ("thành lập Khoa Du lịch trực thuộc Đại học Hà Lâm", ["Khoa Du lịch", "Đại học Hà Lâm"]),
    # a unit named by its kind, and one told by its owner ("thuộc"), keep the owner
    ("thành lập Phòng khám nội khoa trực thuộc Bệnh viện Tân Mỹ", ["Phòng khám nội khoa trực thuộc Bệnh viện Tân Mỹ"]),
    ("sáp nhập Ban Dân tộc thuộc HĐND tỉnh vào Ban Pháp chế", ["Ban Dân tộc thuộc HĐND tỉnh", "Ban Pháp chế"]),
    # under the councils of a level it is the unit each one has: the owner stays in the name
    ("đề án thành lập Trung tâm Dịch vụ tổng hợp trực thuộc UBND cấp xã",
     ["Trung tâm Dịch vụ tổng hợp trực thuộc UBND cấp xã"]),
]

SHORT_NAMES_IN_BRACKETS = [
    # a head with only the name's own words in brackets is its short name, whatever the head
    ("thành lập CTCP Bất động sản Hà Lâm Việt Nam (Công ty Hà Lâm) với vốn 500 tỷ đồng",
     ["CTCP Bất động sản Hà Lâm Việt Nam", "Công ty Hà Lâm"]),
    ("Công ty TNHH Tân Mỹ (Công ty Tân Mỹ) giải thể", ["Công ty TNHH Tân Mỹ", "Công ty Tân Mỹ"]),
    # other words in brackets name the body the unit belongs to
    ("Phòng khám nội khoa (Bệnh viện Tây Sơn) mở cửa", ["Phòng khám nội khoa (Bệnh viện Tây Sơn)"]),
]

SCHOOLS_OF_SEVERAL_LEVELS = [
    ("UBND thành phố giải thể Trường Tiểu học, THCS và THPT Quốc tế Tân Mỹ",
     ["UBND thành phố", "Trường Tiểu học, THCS và THPT Quốc tế Tân Mỹ"]),
    ("thành lập Trường Tiểu học, Trung học cơ sở, Trung học phổ thông Hà Lâm",
     ["Trường Tiểu học, Trung học cơ sở, Trung học phổ thông Hà Lâm"]),
    # each level with a name of its own: several schools
    ("Trường Tiểu học Tân Mỹ, THCS Hà Lâm và THPT Đông Sơn",
     ["Trường Tiểu học Tân Mỹ", "THCS Hà Lâm", "THPT Đông Sơn"]),
    # levels in lower case after a plural, then the next sentence glued on: no school
    ("sắp xếp các trường mầm non, phổ thông Hướng dẫn nêu rõ", []),
    # a level named as an exam, not a school, before a university
    ("điểm thi tốt nghiệp THPT, Đại học Hà Lâm giữ nguyên", ["THPT", "Đại học Hà Lâm"]),
]

COMMITTEE_TOPICS_OPENED_BY_A_HEAD = [
    ("kiện toàn Ủy ban Quốc gia về Chính phủ điện tử, Ủy ban Quốc gia về chuyển đổi số có chức năng",
     ["Ủy ban Quốc gia về Chính phủ điện tử", "Ủy ban Quốc gia về chuyển đổi số"]),
    ("báo cáo Chính phủ về việc này", ["Chính phủ"]),
]

NAME_BOUNDARIES = {
    "committee topics opened by a head": COMMITTEE_TOPICS_OPENED_BY_A_HEAD,
    "schools of several levels": SCHOOLS_OF_SEVERAL_LEVELS,
    "short names in brackets": SHORT_NAMES_IN_BRACKETS,
    "activities paired by và": PAIRED_ACTIVITIES,
    "compounds with syllables that end names elsewhere": COMPOUNDS_WITH_BREAKING_SYLLABLES,
    "clubs named by their owner": CLUBS_NAMED_BY_THEIR_OWNER,
    "placed under an owner": PLACED_UNDER_AN_OWNER,
    "a place closes the name": A_PLACE_CLOSES_THE_NAME,
    "tasks and levels in names": TASKS_AND_LEVELS_IN_NAMES,
    "the police ministry": POLICE_MINISTRY,
    "named alike in lower case": NAMED_ALIKE_IN_LOWER_CASE,
    "crime field topics": CRIME_FIELD_TOPICS,
    "place syllables like heads": PLACE_SYLLABLES_LIKE_HEADS,
    "owners in the name": OWNERS_IN_THE_NAME,
    "state bank fields in lower case": LOWER_CASE_BANK_FIELDS,
    "bodies of the head listed in brackets": BRACKETED_BODIES_OF_THE_HEAD,
    "party committees": PARTY_COMMITTEES,
    "people a body serves": PEOPLE_SERVED,
    "brands without a head": BRAND_NAMES,
    "foreign firms by their own names": FOREIGN_FIRMS,
    "committee topics after về": COMMITTEE_TOPICS,
    "heads that are fields of work": FIELD_HEADS,
    "numbered bodies": NUMBERED_BODIES,
    "fields of work in one name": FIELDS_OF_WORK,
    "document numbers name no body": DOCUMENT_NUMBERS,
    "abbreviated unit heads": ABBREVIATED_UNITS,
    "words that end a name": NAME_ENDS,
}


@pytest.mark.parametrize(("sentence", "names"), [
    pytest.param(sentence, names, id=f"{group}-{number}")
    for group, table in NAME_BOUNDARIES.items() for number, (sentence, names) in enumerate(table, start=1)])
def test_name_boundaries(sentence: str, names: list[str]) -> None:
    assert [m.name for m in scan_names(sentence)] == names


# The prefilter that spares most sentences the grammar answers as the one regex pattern it replaced, for
# sentences written in any case and next to characters where stdlib ``re`` and ``regex`` disagree.
PREFILTER_PASSES = [
    ("head word", "Sở Nội vụ họp"),
    ("head word in capitals", "SỞ NỘI VỤ HỌP"),
    ("brand glued to its name", "khách hàng của Sacombank"),
    ("brand as a word of its own", "Southern Bank mở thêm chi nhánh"),
    ("brand opening the sentence", "Bank of Asia"),
    ("glued unit head", "tại TP.Huế"),
    ("head after a superscript number", "50m²Sở Tư pháp"),
    ("head after a fraction", "½Trường Tiểu học"),
    ("long s", "ſở Tư pháp"),
    ("dotted capital I", "BỆNH VİỆN"),
    ("head after a combining mark", "x\u0301 Bộ Y tế"),
]


@pytest.mark.parametrize(("phenomenon", "sentence"), PREFILTER_PASSES, ids=[p[0] for p in PREFILTER_PASSES])
def test_prefilter_answers_as_the_exact_pattern(phenomenon: str, sentence: str) -> None:
    words, glued = _prefilters()
    assert may_hold_name(sentence) == bool(words.exact.search(sentence) or glued.search(sentence))


@pytest.mark.parametrize("sentence", [n[1] for n in NAMES] + [n[1] for n in NOT_NAMES]
                         + [s for table in NAME_BOUNDARIES.values() for s, _ in table])
def test_prefilter_agrees_with_the_exact_pattern(sentence: str) -> None:
    words, glued = _prefilters()
    assert may_hold_name(sentence) == bool(words.exact.search(sentence) or glued.search(sentence))
