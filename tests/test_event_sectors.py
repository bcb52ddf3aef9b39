"""Restructuring events by sector and by way of writing: one Vietnamese sentence and the events it states.

Every sentence is made up for this table (invented places and bodies where it matters). Each group holds
positives and negatives: a plan in general, a negation, a condition or a denied rumour states no event.
An event is written ``type[participant | participant]->result#count`` with the names as written.
"""

from __future__ import annotations

import pytest

from extractor import extract

BY_SECTOR = {
    "health": [
        ('Sở Y tế sáp nhập Bệnh viện Đa khoa huyện Tam Nông vào Trung tâm Y tế huyện Tam Nông.', ['merge[Bệnh viện Đa khoa huyện Tam Nông | Trung tâm Y tế huyện Tam Nông]->Trung tâm Y tế huyện Tam Nông']),
        ('Tỉnh thành lập Trung tâm Kiểm soát bệnh tật tỉnh Hòa Vân trên cơ sở hợp nhất Trung tâm Y tế dự phòng tỉnh và Trung tâm Phòng, chống HIV/AIDS tỉnh.', ['merge[Trung tâm Y tế dự phòng tỉnh | Trung tâm Phòng, chống HIV/AIDS tỉnh]->Trung tâm Kiểm soát bệnh tật tỉnh Hòa Vân']),
        ('UBND tỉnh Lạng Xuyên tiếp nhận Bệnh viện Giao thông vận tải Lạng Xuyên từ Bộ Giao thông vận tải.', ['transfer[Bệnh viện Giao thông vận tải Lạng Xuyên | UBND tỉnh Lạng Xuyên]->UBND tỉnh Lạng Xuyên']),
        ('Sở Y tế đang nghiên cứu phương án sắp xếp các bệnh viện tuyến huyện.', []),
        ('Tỉnh không sáp nhập Bệnh viện Đa khoa huyện Tam Nông vào Trung tâm Y tế huyện Tam Nông.', []),
    ],
    "foreign_firms": [
        # firms known by their own names, with no head noun: a company word, a word for a firm or a verb says so
        ('Hãng Norvex Airlines và Coralis Airways đã tuyên bố sáp nhập.', ['merge[Hãng Norvex Airlines | Hãng Coralis Airways]->None']),
        ('Kestrel Dynamics và Vantorra Corp mới đây đã chính thức tuyên bố sáp nhập.',
         ['merge[Kestrel Dynamics | Vantorra Corp]->None']),
        ('Halvorsen Credit sẽ sáp nhập vào Brightwater.', ['merge[Halvorsen Credit | Brightwater]->Brightwater']),
        ('Tập đoàn Tessaly sẽ chia thành 3 công ty độc lập.', ['split[Tập đoàn Tessaly]->None']),
        ('Tessaly sẽ tách làm ba công ty.', ['split[Tessaly]->None']),
        ('Công ty Loomwright Inc. đổi tên thành Quillon Platforms Inc.',
         ['rename[Công ty Loomwright Inc.]->Quillon Platforms Inc.']),
        ('Đóng cửa hãng hàng không Skymerra sau hai năm bay.', ['dissolve[Skymerra]->None']),
        ('Vandermere Holdings II sẽ hợp nhất với Chirpwell.', ['merge[Vandermere Holdings II | Chirpwell]->None']),
        ('Vụ hợp nhất AB&C và Fenwick Media bị trì hoãn.', ['merge[AB&C | Fenwick Media]->None']),
        ('Ferrolux tách khỏi Fiorenza-Crandall năm 2016.', ['split[Fiorenza-Crandall]->Ferrolux']),
        ('Skymerra được thành lập vào năm 1985.', ['establish[]->Skymerra']),
        ('Ngân hàng Hòa Sơn sáp nhập với nhà băng Halvorsen Credit.', ['merge[Ngân hàng Hòa Sơn | Halvorsen Credit]->None']),
        # the founding told before the firm and a comma
        ('Ra đời năm 1994, Vinastella là liên doanh sản xuất ô tô.', ['establish[]->Vinastella']),
        ('Thành lập từ năm 2001, Brightwater có 30 cửa hàng.', ['establish[]->Brightwater']),
        ('Vào năm 2001, Brightwater có 30 cửa hàng.', []),
        # a body killed off, as the news puts a closure
        ('Hãng hàng không Skymerra Air Cargo bị khai tử khi chưa cất cánh.',
         ['dissolve[Hãng hàng không Skymerra Air Cargo]->None']),
        ('Hãng xe quyết định khai tử dòng xe sedan.', []),
        # a firm that closes one or some of what it runs goes on
        ('Brightwater sẽ đóng cửa một nhà máy ở Portwell.', []),
        ('Ngân hàng Lâm Phát đóng cửa các phòng giao dịch ở vùng sâu.', []),
        ('Ngân hàng Lâm Phát sẽ đóng cửa vào cuối năm.', ['dissolve[Ngân hàng Lâm Phát]->None']),
        # people, places and products are no firms, and a firm merely reported on states no event
        ('Ông Derrick Fallow cho biết công ty sẽ mở rộng sản xuất.', []),
        ('Brightwater công bố lợi nhuận quý III tăng 12%.', []),
        ('Hội nghị được tổ chức tại Portwell với sự tham gia của Tessaly.', []),
        ('Người dùng có thể tải ứng dụng Chirpwell trên điện thoại.', []),
    ],
    "religious_bodies": [
        # dioceses, parishes and sub-parishes founded, a parish come out of another
        ('Năm 2019, Tòa Thánh thành lập Giáo phận Hà Sơn trên cơ sở tách từ Giáo phận Tân An.',
         ['establish[Giáo phận Tân An]->Giáo phận Hà Sơn']),
        ('Giáo xứ Phúc An, tách từ giáo xứ Văn Lâm, được thành lập năm 1964.',
         ['establish[giáo xứ Văn Lâm]->Giáo xứ Phúc An']),
        ('Tòa Giám mục thành lập 2 giáo họ mới: Giáo họ Điền Lâm và Giáo họ Việt Lâm.',
         ['establish[]->Giáo họ Điền Lâm', 'establish[]->Giáo họ Việt Lâm']),
        ('Tòa Thánh vừa thiết lập Giáo phận Hà Sơn, tách ra từ Giáo phận Tân An.',
         ['establish[Giáo phận Tân An]->Giáo phận Hà Sơn']),
        ('2. Giáo xứ Phúc Lâm, tách từ giáo xứ Bố Lâm, thuộc giáo hạt Tân An.',
         ['establish[giáo xứ Bố Lâm]->Giáo xứ Phúc Lâm']),
        ('Các giáo xứ trong giáo phận tổ chức lễ mừng.', []),
        ('Hai nước thiết lập quan hệ ngoại giao năm 1995.', []),
    ],
    "banks": [
        ('Đại hội cổ đông thông qua việc sáp nhập Mekong Bank vào Vinabank.', ['merge[Mekong Bank | Vinabank]->Vinabank']),
        ('Ngân hàng Phương Đông Mới được chuyển giao bắt buộc về ABCBank.', ['transfer[Ngân hàng Phương Đông Mới | ABCBank]->ABCBank']),
        ('Bộ chuyển giao quyền đại diện sở hữu vốn nhà nước tại Tập đoàn Chè Việt Nam về SCIC.', ['transfer[Tập đoàn Chè Việt Nam | SCIC]->SCIC']),
        ('Ngân hàng Nhà nước bác bỏ thông tin sáp nhập Ngân hàng Hòa Phát vào Ngân hàng Việt Tiến.', []),
        ('Hai ngân hàng chưa sáp nhập.', []),
        ('Cổ đông thông qua đề án sáp nhập NamViet Bank. Theo đó, Nam Viet Bank sẽ sáp nhập vào ABCBank.', ['merge[Nam Viet Bank | ABCBank]->ABCBank']),
        ('Năm nay dự kiến có khoảng 5 vụ mua bán, sáp nhập ngân hàng.', []),
        # as many receivers as banks handed over: each bank to its own receiver
        ('Ngân hàng Nhà nước chuyển giao bắt buộc Ngân hàng Phương Nam (PNB) và Ngân hàng Biển Đông (EastBank) cho ABCBank và XYZBank.',
         ['transfer[Ngân hàng Phương Nam | ABCBank]->ABCBank', 'transfer[Ngân hàng Biển Đông | XYZBank]->XYZBank']),
        ('Bộ chuyển giao Trường Cao đẳng Hà Sơn và Trường Trung cấp Tân An cho UBND tỉnh Hà Sơn và UBND tỉnh Tân An.',
         ['transfer[Trường Cao đẳng Hà Sơn | UBND tỉnh Hà Sơn]->UBND tỉnh Hà Sơn',
          'transfer[Trường Trung cấp Tân An | UBND tỉnh Tân An]->UBND tỉnh Tân An']),
    ],
    "state_groups": [
        ('Hợp nhất Công ty TNHH Thủy lợi Bắc Sơn và Công ty TNHH Thủy lợi Nam Sơn thành Công ty TNHH Thủy lợi Sơn Hà.', ['merge[Công ty TNHH Thủy lợi Bắc Sơn | Công ty TNHH Thủy lợi Nam Sơn]->Công ty TNHH Thủy lợi Sơn Hà']),
        ('Tỉnh bàn giao quyền đại diện chủ sở hữu vốn nhà nước tại Tổng công ty Cấp nước Hà Lâm từ Sở Tài chính sang Ủy ban Quản lý vốn nhà nước tỉnh Hà Lâm.', ['transfer[Tổng công ty Cấp nước Hà Lâm | Ủy ban Quản lý vốn nhà nước tỉnh Hà Lâm]->Ủy ban Quản lý vốn nhà nước tỉnh Hà Lâm']),
        ('Tổng công ty Cà phê Tây Nguyên được bàn giao nguyên trạng về Bộ Tài chính.', ['transfer[Tổng công ty Cà phê Tây Nguyên | Bộ Tài chính]->Bộ Tài chính']),
        ('Tập đoàn sẽ tiếp tục tái cơ cấu các công ty con trong giai đoạn tới.', []),
    ],
    "local_units": [
        ('Thành lập phường Đông Hưng trên cơ sở toàn bộ 6,3 km2 diện tích tự nhiên và 9.800 người của xã Đông Hưng.', ['establish[xã Đông Hưng]->phường Đông Hưng']),
        # the units of the whole taken, before "trực thuộc" and the whole
        ('Thành phố Đông Hưng được thành lập trên cơ sở toàn bộ diện tích tự nhiên, dân số và các đơn vị hành chính '
         'trực thuộc thị xã Đông Hưng.', ['establish[thị xã Đông Hưng]->Thành phố Đông Hưng']),
        ('Xã Bình Lợi thuộc huyện Vĩnh Cửu lên thị trấn.', ['establish[Xã Bình Lợi]->thị trấn Bình Lợi']),
        ('Nhập toàn bộ diện tích tự nhiên và dân số của xã Hòa Khánh vào xã Hòa Sơn.', ['merge[xã Hòa Khánh | xã Hòa Sơn]->xã Hòa Sơn']),
        # the whole land and people of a unit "adjusted" into another: a merge; so many hectares, or no receiver: none
        ('Điều chỉnh toàn bộ diện tích tự nhiên và quy mô dân số của xã Tân Lập vào xã Hòa Bình.', ['merge[xã Tân Lập | xã Hòa Bình]->xã Hòa Bình']),
        ('Huyện Tam Sơn điều chỉnh diện tích tự nhiên và dân số xã Phú Lâm vào thị trấn Đông Sơn.', ['merge[xã Phú Lâm | thị trấn Đông Sơn]->thị trấn Đông Sơn']),
        ('Điều chỉnh diện tích tự nhiên và quy mô dân số xã Nậm Lư, huyện Tam Sơn vào thành phố Hà Lâm.', ['merge[xã Nậm Lư | thành phố Hà Lâm]->thành phố Hà Lâm']),
        ('Điều chỉnh 5,2 km2 diện tích tự nhiên của xã Tân Lập vào xã Hòa Bình.', []),
        # a part of a district told as whole communes of it: the communes move whole
        ('Điều chỉnh một phần huyện Tam Sơn gồm toàn bộ diện tích tự nhiên và dân số của các xã Phú Lâm, Phú Hòa vào '
         'thị xã Đông Sơn.', ['merge[xã Phú Lâm | xã Phú Hòa | thị xã Đông Sơn]->thị xã Đông Sơn']),
        ('Điều chỉnh một phần diện tích của huyện Tam Sơn vào thị xã Đông Sơn.', []),
        ('Huyện Tam Sơn điều chỉnh diện tích tự nhiên và dân số xã Phú Lâm, xã Phú Hòa.', []),
        ('Tỉnh điều chỉnh quy hoạch sử dụng đất của xã Tân Lập vào năm sau.', []),
        ('Thành lập phường Tân Lập trên cơ sở điều chỉnh toàn bộ diện tích tự nhiên và dân số của xã Tân Lập.', ['establish[xã Tân Lập]->phường Tân Lập']),
        ('Sáp nhập xã An Lạc và xã An Phú thành xã An Lạc Phú; xã Tân Mỹ và xã Tân Hòa thành xã Tân Mỹ Hòa.', ['merge[xã An Lạc | xã An Phú]->xã An Lạc Phú', 'merge[xã Tân Mỹ | xã Tân Hòa]->xã Tân Mỹ Hòa']),
        ('Huyện đang xem xét sáp nhập các xã có diện tích nhỏ.', []),
        # one unit comes out, its name given after a naming marker
        ('Sáp nhập xã Cát Lâm và xã Đạ Tân thành một xã, lấy tên là xã Đạ Hòa.', ['merge[xã Cát Lâm | xã Đạ Tân]->xã Đạ Hòa']),
        ('Nhập thôn Khe Mạ và thôn Nà Lầu thành 1 thôn mới, có tên là Khe Lầu.', ['merge[thôn Khe Mạ | thôn Nà Lầu]->thôn Khe Lầu']),
    ],
    "ministries": [
        ('Bộ Nội vụ đang xây dựng đề án sắp xếp các bộ, ngành.', []),
        ('Quốc hội quyết định hợp nhất Bộ Giao thông vận tải và Bộ Xây dựng thành Bộ Xây dựng.', ['merge[Bộ Giao thông vận tải | Bộ Xây dựng]->Bộ Xây dựng']),
        ('Bộ Nội vụ và Bộ Lao động vừa trình Chính phủ đề án hợp nhất hai Bộ này với tên gọi mới là Bộ Nội vụ.', ['merge[Bộ Nội vụ | Bộ Lao động]->Bộ Nội vụ#2']),
        ('Chính phủ sáp nhập Bộ Thông tin và Truyền thông vào Bộ Khoa học và Công nghệ.', ['merge[Bộ Thông tin và Truyền thông | Bộ Khoa học và Công nghệ]->Bộ Khoa học và Công nghệ']),
        ('Bộ tổ chức lễ ra mắt 2 cục trực thuộc bộ: Cục Chăn nuôi và Cục Trồng trọt.', ['establish[]->Cục Chăn nuôi', 'establish[]->Cục Trồng trọt']),
        ('Huyện đã ra mắt 12 xã đạt chuẩn nông thôn mới.', []),
        ('Tổng cục Thủy sản được đổi tên thành Cục Thủy sản và Kiểm ngư.', ['rename[Tổng cục Thủy sản]->Cục Thủy sản và Kiểm ngư']),
    ],
    "tax_customs_statistics": [
        ('Cục Thuế tỉnh sắp xếp 12 chi cục thuế thành 5 chi cục thuế khu vực.', ['merge[]->None#12']),
        ('Tổng cục Hải quan hợp nhất 3 chi cục hải quan cửa khẩu thành Chi cục Hải quan khu vực Lạng Sơn.', ['merge[]->Chi cục Hải quan khu vực Lạng Sơn#3']),
        ('Ngành thống kê sẽ tiếp tục tinh gọn bộ máy.', []),
    ],
    "party_bodies": [
        ('Tỉnh ủy chưa giải thể Đảng bộ Khối Doanh nghiệp tỉnh.', []),
        ('Hội nghị công bố quyết định kết thúc hoạt động của Đảng đoàn Hội Nông dân tỉnh; Ban Cán sự đảng UBND tỉnh.', ['dissolve[Đảng đoàn Hội Nông dân tỉnh]->None', 'dissolve[Ban Cán sự đảng UBND tỉnh]->None']),
        ('Tỉnh ủy quyết định thành lập Đảng bộ các cơ quan Đảng tỉnh Hà Lâm.', ['establish[]->Đảng bộ các cơ quan Đảng tỉnh Hà Lâm']),
        ('Tỉnh ủy giải thể Ban Chỉ đạo Chương trình giảm nghèo bền vững tỉnh Hà Lâm.', ['dissolve[Ban Chỉ đạo Chương trình giảm nghèo bền vững tỉnh Hà Lâm]->None']),
        ('Thủ tướng quyết định giải thể Ban Chỉ đạo quốc gia về phát triển vùng ven biển.', ['dissolve[Ban Chỉ đạo quốc gia về phát triển vùng ven biển]->None']),
    ],
    "press": [
        ('Tỉnh hợp nhất Báo Lâm Giang và Đài Phát thanh - Truyền hình Lâm Giang thành Trung tâm Truyền thông tỉnh Lâm Giang.', ['merge[Báo Lâm Giang | Đài Phát thanh - Truyền hình Lâm Giang]->Trung tâm Truyền thông tỉnh Lâm Giang']),
        ('Báo Lâm Giang không sáp nhập với đài tỉnh trong năm nay.', []),
        ('Tỉnh ủy hợp nhất 2 cơ quan báo chí là Báo Hà Lâm (trực thuộc Tỉnh ủy) và Đài Phát thanh - Truyền hình Hà Lâm (trực thuộc UBND tỉnh) thành cơ quan báo chí mới là Báo Hà Lâm.', ['merge[Báo Hà Lâm | Đài Phát thanh - Truyền hình Hà Lâm]->Báo Hà Lâm#2']),
    ],
    "courts_police": [
        ('Tòa án nhân dân tối cao đề xuất nghiên cứu mô hình tòa án khu vực.', []),
        ('Giải thể Tòa án nhân dân huyện Tân Phước, tỉnh Hà Lâm và Tòa án nhân dân huyện Cái Bè, tỉnh Hà Lâm.', ['dissolve[Tòa án nhân dân huyện Tân Phước | Tòa án nhân dân huyện Cái Bè]->None']),
        ('Sáp nhập Công an phường Phú An và Công an phường Phú Bình thành Công an phường An Bình.', ['merge[Công an phường Phú An | Công an phường Phú Bình]->Công an phường An Bình']),
        ('Từ ngày 1/7, giải thể 3 tòa án cấp cao và 28 tòa án cấp tỉnh.', ['dissolve[]->None#3', 'dissolve[]->None#28']),
        ('Bộ Công an thành lập 12 phòng nghiệp vụ mới.', ['establish[]->None#12']),
        # who ends bodies it does not name is no body ended
        ('Cuối tháng 2/2025, Công an TP Hà Lâm chính thức giải thể công an cấp huyện.', []),
        ('Trường Tiểu học Tân An đã bị giải thể từ năm 2020.', ['dissolve[Trường Tiểu học Tân An]->None']),
    ],
    "service_units_associations": [
        ('Các hội sẽ được rà soát, sắp xếp lại theo hướng tinh gọn.', []),
        ('Sở Nông nghiệp bàn giao Trạm Khuyến nông huyện Ea Súp về UBND huyện Ea Súp.', ['transfer[Trạm Khuyến nông huyện Ea Súp | UBND huyện Ea Súp]->UBND huyện Ea Súp']),
        ('Hội Cựu giáo chức Hà Lâm, Hội Khuyến học Hà Lâm và Hội Người cao tuổi Hà Lâm đã thống nhất việc sáp nhập 3 hội.', ['merge[Hội Cựu giáo chức Hà Lâm | Hội Khuyến học Hà Lâm | Hội Người cao tuổi Hà Lâm]->None#3']),
        ('Sáp nhập Hội Làm vườn huyện vào Hội Nông dân huyện Đông Khê.', ['merge[Hội Làm vườn huyện | Hội Nông dân huyện Đông Khê]->Hội Nông dân huyện Đông Khê']),
    ],
}

BY_WAY_OF_WRITING = {
    "headline_and_body": [
        ('Cổ đông thông qua đề án sáp nhập Ngân hàng Kim Sơn. Theo đề án, Ngân hàng Kim Sơn sẽ sáp nhập vào Ngân hàng Á Đông.', ['merge[Ngân hàng Kim Sơn | Ngân hàng Á Đông]->Ngân hàng Á Đông']),
        ('Hội đồng quản trị Ngân hàng Kim Sơn đã báo cáo việc sáp nhập Ngân hàng Kim Sơn vào Ngân hàng Á Đông. Ngân hàng Á Đông đã hoàn tất việc sáp nhập Ngân hàng Kim Sơn vào Ngân hàng Á Đông.', ['merge[Ngân hàng Kim Sơn | Ngân hàng Á Đông]->Ngân hàng Á Đông']),
        ('Sáp nhập Trường Tiểu học Lê Lợi vào Trường Tiểu học Quang Trung\nNgày 5/9, huyện đã sáp nhập Trường Tiểu học Lê Lợi vào Trường Tiểu học Quang Trung.', ['merge[Trường Tiểu học Lê Lợi | Trường Tiểu học Quang Trung]->Trường Tiểu học Quang Trung']),
        ('Thành lập Trung tâm Y tế huyện Sơn Tây trên cơ sở hợp nhất Bệnh viện Đa khoa huyện Sơn Tây và Trung tâm Dân số huyện Sơn Tây. Trung tâm Y tế huyện Sơn Tây được thành lập từ ngày 1/3.', ['merge[Bệnh viện Đa khoa huyện Sơn Tây | Trung tâm Dân số huyện Sơn Tây]->Trung tâm Y tế huyện Sơn Tây']),
        # the headline leaves out what the merge forms; the names of the body are kept, each in its own role
        ('Hợp nhất Ban Dân tộc và Ban Tôn giáo\nThành phố quyết định hợp nhất Ban Dân tộc Hòa Vân và Ban Tôn giáo Hòa Vân thành Ban Dân tộc - Tôn giáo Hòa Vân.', ['merge[Ban Dân tộc Hòa Vân | Ban Tôn giáo Hòa Vân]->Ban Dân tộc - Tôn giáo Hòa Vân']),
        ('Hợp nhất Đài Phát thanh - Truyền hình và Báo Hòa Vân\nTỉnh thành lập Đài Phát thanh - Truyền hình và Báo Hòa Vân trên cơ sở hợp nhất Báo Hòa Vân và Đài Phát thanh và Truyền hình Hòa Vân.', ['merge[Đài Phát thanh và Truyền hình Hòa Vân | Báo Hòa Vân]->Đài Phát thanh - Truyền hình và Báo Hòa Vân']),
    ],
    "result_before_sources": [
        ('- Thị xã TÂN UYÊN (tỉnh Lâm Giang): được thành lập trên cơ sở nguyên trạng toàn bộ diện tích tự nhiên và dân số của huyện Tân Uyên (cũ).', ['establish[huyện Tân Uyên]->Thị xã TÂN UYÊN']),
        ('Phường Hòa Bình mới (sáp nhập phường Hòa An và phường Bình Minh) có 25.000 dân.', ['merge[phường Hòa An | phường Bình Minh]->Phường Hòa Bình']),
    ],
    "transfer": [
        ('Năm 2024, Ngân hàng Kim Long đã tiếp nhận bắt buộc Tan Phong Bank.', ['transfer[Tan Phong Bank | Ngân hàng Kim Long]->Ngân hàng Kim Long']),
        ('Bệnh viện Điều dưỡng Tây Hòa chuyển về tỉnh Phú Lâm.', ['transfer[Bệnh viện Điều dưỡng Tây Hòa | tỉnh Phú Lâm]->tỉnh Phú Lâm']),
        ('Đảng ủy Khối Doanh nghiệp tỉnh tiếp nhận Chi bộ Công ty Cấp nước Hà Lâm.', ['transfer[Chi bộ Công ty Cấp nước Hà Lâm | Đảng ủy Khối Doanh nghiệp tỉnh]->Đảng ủy Khối Doanh nghiệp tỉnh']),
        ('Ngân hàng Bảo Tín được chuyển giao bắt buộc về với Ngân hàng TMCP Sông Tiền.', ['transfer[Ngân hàng Bảo Tín | Ngân hàng TMCP Sông Tiền]->Ngân hàng TMCP Sông Tiền']),
        ('Tổng công ty sẽ điều chuyển nguyên trạng Công ty Vận tải biển Hải Minh sang cho Bộ Xây dựng quản lý.', ['transfer[Công ty Vận tải biển Hải Minh | Bộ Xây dựng]->Bộ Xây dựng']),
        ('Trường Đại học Hòa Bình tiếp nhận 300 hồ sơ xét tuyển.', []),
        ('Bộ Công Thương chuyển Trường Cao đẳng Công nghiệp Nam Định về trực thuộc UBND tỉnh Nam Định.', ['transfer[Trường Cao đẳng Công nghiệp Nam Định | UBND tỉnh Nam Định]->UBND tỉnh Nam Định']),
        # received from a named body: it changes hands; who decides to receive is who receives
        ('Hội Làm vườn Việt Nam tiếp nhận Tạp chí Cây Trái từ Hiệp hội Nông sản tỉnh Hà Lâm.', ['transfer[Tạp chí Cây Trái | Hội Làm vườn Việt Nam]->Hội Làm vườn Việt Nam']),
        ('Hội Làm vườn Việt Nam đã thông qua việc tiếp nhận Tạp chí Cây Trái từ Hiệp hội Nông sản tỉnh Hà Lâm.', ['transfer[Tạp chí Cây Trái | Hội Làm vườn Việt Nam]->Hội Làm vườn Việt Nam']),
        ('Trường Đại học Sơn Hà đồng ý tiếp nhận Trường Cao đẳng Y tế Sơn Hà.', ['merge[Trường Cao đẳng Y tế Sơn Hà | Trường Đại học Sơn Hà]->Trường Đại học Sơn Hà']),
        ('Hội Làm vườn Việt Nam đã thông qua việc tiếp nhận 20 hội viên mới.', []),
    ],
    "establish_without_sources": [
        ('UBND tỉnh thành lập Trung tâm Phục vụ hành chính công tỉnh Lâm Giang.', ['establish[]->Trung tâm Phục vụ hành chính công tỉnh Lâm Giang']),
        # a seat of a body elsewhere, founded on the basis of another body
        ('Bộ quyết định thành lập Phân hiệu của Trường Đại học Sư phạm Hà Lâm tại tỉnh Sơn Nam trên cơ sở Trường Cao đẳng Sư phạm Sơn Nam.', ['establish[Trường Cao đẳng Sư phạm Sơn Nam]->Phân hiệu của Trường Đại học Sư phạm Hà Lâm tại tỉnh Sơn Nam']),
        ('Năm 2022, Bộ Y tế thành lập Phân viện Pháp y Miền Nam tại Cần Thơ.', ['establish[]->Phân viện Pháp y Miền Nam tại Cần Thơ']),
    ],
    "one_sentence_many_events": [
        ('Cục Hải quan sáp nhập 6 chi cục, giải thể Chi cục Hải quan Bến Lức và thành lập mới 2 chi cục.', ['merge[]->None#6', 'dissolve[Chi cục Hải quan Bến Lức]->None', 'establish[]->None#2']),
    ],
    "owner_before_subject": [
        ('Theo quy định về tổ chức bộ máy của Cục Hải quan, Tổng cục Hải quan đã chuyển thành Cục Hải quan.', ['rename[Tổng cục Hải quan]->Cục Hải quan']),
        ('Toàn bộ diện tích của xã Tân An, xã Tân Bình được nhập vào xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình | xã Tân Hòa]->xã Tân Hòa']),
        ('Từ tháng sau, các chi nhánh, phòng giao dịch của Ngân hàng Bắc Hải được đổi tên mới.', []),
    ],
    "acronyms": [
        ('Đại hội cổ đông thông qua việc sáp nhập KLB vào TPB.', ['merge[KLB | TPB]->TPB']),
        ('Cán bộ UBND tỉnh đã tham gia tập huấn.', []),
        # banks known by their brands after a counted noun, paired respectively with their receivers
        ('Hai ngân hàng TienBank và HB chính thức được chuyển giao bắt buộc lần lượt về MB và VCB.', ['transfer[TienBank | MB]->MB', 'transfer[HB | VCB]->VCB']),
    ],
    "founded_under_a_name_it_no_longer_has": [
        ('Ngày 2/10/1977, Đài Phát thanh Sông Lâm nay là Đài Phát thanh – Truyền hình Hà Lâm chính thức được thành lập.',
         ['rename[Đài Phát thanh Sông Lâm]->Đài Phát thanh – Truyền hình Hà Lâm', 'establish[]->Đài Phát thanh Sông Lâm']),
    ],
    "founded_years_ago_and_merged_now": [
        ('Ngân hàng Hà Lâm được thành lập năm 1992. Năm nay, Ngân hàng Lam Sơn sáp nhập vào Ngân hàng Hà Lâm.', ['establish[]->Ngân hàng Hà Lâm', 'merge[Ngân hàng Lam Sơn | Ngân hàng Hà Lâm]->Ngân hàng Hà Lâm']),
        # a founding day in full, and the unit later taking another in
        ('Xã Hòa Phong được thành lập vào ngày 12 tháng 3 năm 1978, là xã vùng kinh tế mới. Năm 1986, sáp nhập xã Hòa '
         'Lợi vào xã Hòa Phong.', ['establish[]->Xã Hòa Phong', 'merge[xã Hòa Lợi | xã Hòa Phong]->xã Hòa Phong']),
        # a body founded by taking another into it: the founding and the merge are one event
        ('Công bố thành lập Đảng bộ xã Hòa Phong. Đảng bộ xã Hòa Phong được thành lập trên cơ sở hợp nhất Đảng bộ xã '
         'Hòa Lợi vào Đảng bộ xã Hòa Phong.', ['merge[Đảng bộ xã Hòa Lợi | Đảng bộ xã Hòa Phong]->Đảng bộ xã Hòa Phong']),
        ('Ngân hàng Bắc Hà và Ngân hàng Nam Hà lần lượt đổi thành Ngân hàng số Hải Âu và Ngân hàng số Thiên Nga.', ['rename[Ngân hàng Bắc Hà]->Ngân hàng số Hải Âu', 'rename[Ngân hàng Nam Hà]->Ngân hàng số Thiên Nga']),
        ('Sở đã đổi thành viên hội đồng thẩm định.', []),
    ],
    "associations_and_branches": [
        ('Chi hội Văn nghệ dân gian Lam Sơn sáp nhập với Chi hội Văn nghệ dân gian Hà Lâm.', ['merge[Chi hội Văn nghệ dân gian Lam Sơn | Chi hội Văn nghệ dân gian Hà Lâm]->None']),
        ('Hội Văn học nghệ thuật tỉnh sáp nhập 3 chi hội.', ['merge[]->None#3']),
        ('Công an thành phố chấm dứt hoạt động của 12 công an cấp huyện.', ['dissolve[]->None#12']),
        ('Trung tâm Y tế khu vực Lam Sơn được thành lập trên cơ sở sắp xếp, tổ chức lại Trung tâm Y tế huyện Lam Sơn.', ['establish[Trung tâm Y tế huyện Lam Sơn]->Trung tâm Y tế khu vực Lam Sơn']),
    ],
    "aside_after_a_place": [
        ('Ông sinh ra ở tỉnh Hà Lâm (nay tách thành 2 tỉnh Hà Nam Lâm và Hà Bắc Lâm).', ['split[tỉnh Hà Lâm]->None']),
        ('Ông sinh ra ở tỉnh Hà Lâm và nay sống ở thành phố Lam Sơn.', []),
    ],
    "came_into_being_and_gone": [
        ('Đài Truyền hình Lam Sơn ra đời năm 2009.', ['establish[]->Đài Truyền hình Lam Sơn']),
        ('Luật mới ra đời năm 2020.', []),
        ('Kênh Thời sự Hà Lâm đã không còn hoạt động từ 1/1.', []),
        ('Tạp chí Du lịch Hà Lâm đã không còn hoạt động từ 1/1.', ['dissolve[Tạp chí Du lịch Hà Lâm]->None']),
        ('Bộ quyết định xóa 4 tổng cục.', ['dissolve[]->None#4']),
        ('Tỉnh phấn đấu xóa đói giảm nghèo.', []),
        ('Như vậy, các thương hiệu Nam Hai Bank, Bac Son Bank không còn tồn tại trên thị trường.', []),
    ],
    "ends_without_a_word_for_dissolving": [
        ('Từ ngày 1/10, 5 đơn vị bảo hiểm xã hội cơ sở trực thuộc Bảo hiểm xã hội tỉnh Hà Lâm sẽ ngừng hoạt động.', ['dissolve[]->None#5']),
        ('Bộ sẽ xóa bỏ 4 tổng cục và sắp xếp lại các cục.', ['dissolve[]->None#4']),
        ('Tỉnh xóa bỏ 15 thủ tục hành chính không cần thiết.', []),
        ('Nhà máy Đường Sông Lam tạm ngừng hoạt động để bảo dưỡng.', []),
        ('Tỉnh rút ngắn thời gian giải quyết thủ tục ngừng hoạt động của dự án đầu tư thuộc thẩm quyền của UBND tỉnh.', []),
        # the same verbs with an object: the body named after them stops, the one before closes it
        ('Từ ngày 5/11, Ngân hàng Sao Mai dừng hoạt động phòng giao dịch Bến Thành.', ['dissolve[phòng giao dịch Bến Thành]->None']),
        ('Ngân hàng Nhà nước chấm dứt hoạt động văn phòng đại diện Ngân hàng Sông Xanh tại Hà Lâm.', ['dissolve[văn phòng đại diện Ngân hàng Sông Xanh]->None']),
        ('Ngân hàng Sao Mai đóng điểm giao dịch Hòa Khánh từ ngày 1/6.', ['dissolve[điểm giao dịch Hòa Khánh]->None']),
        ('Ngân hàng Sao Mai đóng cửa Chi nhánh Hòa Khánh.', ['dissolve[Chi nhánh Hòa Khánh]->None']),
        ('Công ty Sao Mai đóng trụ sở tại Phường Hòa Khánh.', []),
        ('Ngân hàng Sao Mai ngừng hoạt động các Phòng giao dịch Bến Thành và Chợ Lớn.', ['dissolve[Phòng giao dịch Bến Thành | Phòng giao dịch Chợ Lớn]->None']),
        ('Trung tâm Văn hóa huyện Đông Sơn ngừng hoạt động từ tháng 5.', ['dissolve[Trung tâm Văn hóa huyện Đông Sơn]->None']),
        # one activity stopped, the body going on
        ('Bộ yêu cầu Báo Sức khỏe Hòa Vân dừng hoạt động xuất bản báo in từ tháng 3.', []),
        ('Đài Truyền thanh huyện Đông Sơn ngừng hoạt động phát sóng chương trình phát thanh.', []),
        ('Bộ sẽ dừng hoạt động tên miền của Tạp chí Điện tử Hòa Vân.', []),
    ],
    "splits_and_conversions": [
        ('Năm 1996, Quốc hội chia tỉnh Sông Bé thành hai tỉnh Bình Dương và Bình Phước.', ['split[tỉnh Sông Bé]->None']),
        ('Các đơn vị chia sẻ kinh nghiệm sắp xếp bộ máy.', []),
        ('Bộ đề xuất chuyển đổi Vụ Pháp chế thành Cục Pháp chế.', ['rename[Vụ Pháp chế]->Cục Pháp chế']),
        ('Tỉnh chuyển đổi Công ty Cấp nước Hà Lâm sang mô hình công ty cổ phần.', []),
        ('Bệnh viện Quận 6 được tổ chức thành Bệnh viện Đa khoa Bình Tây.', ['rename[Bệnh viện Quận 6]->Bệnh viện Đa khoa Bình Tây']),
        ('Sở Y tế đã tổ chức thành công Hội nghị Bệnh viện Quận 6.', []),
        # a part known by its brand taken out of a body known by its brand or its name
        ('Chính phủ sẽ tách SaigonNet ra khỏi VTNC.', ['split[VTNC]->SaigonNet']),
        ('Bộ sẽ tách SaigonNet ra khỏi Tập đoàn Viễn thông Sơn Hà.', ['split[Tập đoàn Viễn thông Sơn Hà]->SaigonNet']),
        ('Tập đoàn tách VinaTea ra khỏi danh mục đầu tư.', []),
    ],
    "counted_transfers": [
        ('Tỉnh sẽ chuyển 85 trạm y tế từ trung tâm y tế về trực thuộc UBND cấp xã.', ['transfer[UBND cấp xã]->UBND cấp xã#85']),
        ('18 tổng công ty khác sẽ được chuyển hết về Bộ Tài chính.', ['transfer[Bộ Tài chính]->Bộ Tài chính#18']),
        ('Đảng ủy Khối Doanh nghiệp tỉnh đã tiếp nhận 14 tổ chức cơ sở đảng.', ['transfer[Đảng ủy Khối Doanh nghiệp tỉnh]->Đảng ủy Khối Doanh nghiệp tỉnh#14']),
        ('Trước đó, 2 ngân hàng được chuyển giao bắt buộc đã hoạt động ổn định.', []),
        # a count received from a named body: the body it comes from is no participant
        ('Trung tâm Y tế huyện Tân Sơn tiếp nhận 12 trạm y tế xã từ UBND huyện.', ['transfer[Trung tâm Y tế huyện Tân Sơn]->Trung tâm Y tế huyện Tân Sơn#12']),
        ('Năm 2025, tỉnh tổ chức lại Chi cục Thuế huyện Tân Sơn thành Thuế cơ sở 3 tỉnh Hà Lâm.', ['establish[Chi cục Thuế huyện Tân Sơn]->Thuế cơ sở 3 tỉnh Hà Lâm']),
    ],
    "renames_in_a_row": [
        ('Bệnh viện Quận 4 được đổi tên thành Bệnh viện Khánh Hội, Bệnh viện Quận 8 được tổ chức thành Bệnh viện Đa khoa Bình Đông.', ['rename[Bệnh viện Quận 4]->Bệnh viện Khánh Hội', 'rename[Bệnh viện Quận 8]->Bệnh viện Đa khoa Bình Đông']),
    ],
    "bodies_told_before": [
        ('Tỉnh hợp nhất hai công ty trên thành Công ty cổ phần Vận tải Hà Lâm.', ['merge[]->Công ty cổ phần Vận tải Hà Lâm#2']),
        ('Hai ngân hàng này sáp nhập vào năm 2015.', []),
        ('Sau đó, 40 trạm y tế được chuyển về trực thuộc UBND xã quản lý.', ['transfer[UBND xã]->UBND xã#40']),
        # the same count told of two banks known by their brands is two events
        ('Ngân hàng TMCP Sông Tiền (Tienbank) được chấp thuận mở 02 phòng giao dịch. Ngân hàng TMCP Hà Lâm (Lambank) được chấp thuận mở 02 phòng giao dịch.', ['establish[]->None#2', 'establish[]->None#2']),
        # a history told event by event: the bare head speaks of the body as it last became
        ('Năm 2005, Viện Hà Lâm thành lập Viện Nghiên cứu vùng Trung Bộ. Năm 2008, Viện được đổi tên thành Viện Phát triển vùng Trung Bộ, theo kế hoạch được Viện Khoa học Hà Lâm phê duyệt. Năm 2012, Viện được đổi tên thành Viện Khoa học vùng Trung Bộ.', ['establish[]->Viện Nghiên cứu vùng Trung Bộ', 'rename[Viện Nghiên cứu vùng Trung Bộ]->Viện Phát triển vùng Trung Bộ', 'rename[Viện Phát triển vùng Trung Bộ]->Viện Khoa học vùng Trung Bộ']),
        ('Năm 1975, Trường Kỹ thuật Vĩnh Hà được chuyển về Tổng cục Dạy nghề. Tháng 6/1980 Trường đổi tên thành Trường Sư phạm Kỹ thuật 4.', ['transfer[Trường Kỹ thuật Vĩnh Hà | Tổng cục Dạy nghề]->Tổng cục Dạy nghề', 'rename[Trường Kỹ thuật Vĩnh Hà]->Trường Sư phạm Kỹ thuật 4']),
        ('Trường đổi tên thành Trường Sư phạm Kỹ thuật 4.', []),
        # the counted noun is the start of the bodies' head, which carries their legal form
        ('Lãnh đạo Công ty CP than Cao Sơn và Công ty CP than Tây Sơn báo cáo kết quả tái cơ cấu, hợp nhất hai Công ty.', ['merge[Công ty CP than Cao Sơn | Công ty CP than Tây Sơn]->None#2']),
    ],
    "state_not_event": [
        ('Sau khi thành lập 4 phường, thành phố có 20 đơn vị hành chính cấp xã gồm 12 phường và 8 xã.', []),
        ('Bộ Công Thương đề nghị, Bộ Nội vụ nhận thấy đủ điều kiện thành lập hai hiệp hội này.', []),
        ('Sau khi thành lập, thị xã Tân Lâm có 12 đơn vị hành chính cấp xã, gồm 7 phường: Tân An, Tân Bình.', []),
        ('Huyện Tân Lâm sau khi thành lập xã Tân Phú có 20 xã.', ['establish[]->xã Tân Phú']),
        # after a founding told in the sentence before, what the new body has is no list of it going on
        ('Thành lập thị xã Tân Lâm trên cơ sở huyện Tân Lâm. Sau khi thành lập, thị xã Tân Lâm có 8 đơn vị hành chính, gồm 3 phường: Tân An, Tân Bình, Tân Hòa và 5 xã: Bản Mồng, Lâm Hà, Sơn Hà, Tân Phú, Hà Phú.', ['establish[huyện Tân Lâm]->thị xã Tân Lâm']),
        # a founding or a merge halted or called off, a rumour shared on social networks: no event
        ('Ban Thường vụ Thành ủy thông báo tạm dừng thực hiện Đề án số 02-ĐA/TU về thành lập Báo và Phát thanh, Truyền hình Hà Lâm.', []),
        ('UBND tỉnh quyết định hủy bỏ quyết định sáp nhập Trường Tiểu học Sen vào Trường Tiểu học Hòa Bình.', []),
        ('Hoãn sáp nhập Bệnh viện Sơn Hà và Bệnh viện Hòa Lâm.', []),
        ('Thành ủy thông báo tạm dừng thực hiện Đề án số 02-ĐA/TU; và Quyết định số 352-QĐ/TU về thành lập Báo và Phát thanh, Truyền hình Hà Lâm.', []),
        ('Những ngày qua, trên mạng xã hội chia sẻ nhiều thông tin về việc sáp nhập 63 tỉnh thành 31 tỉnh.', []),
        # "xác nhập", like "sát nhập", is a common misspelling of "sáp nhập"
        ('Năm 1989, Trung tâm Y tế huyện Đức Sơn được thành lập trên cơ sở xác nhập Phòng Y tế huyện Đức Sơn và Bệnh viện huyện Đức Sơn.', ['merge[Phòng Y tế huyện Đức Sơn | Bệnh viện huyện Đức Sơn]->Trung tâm Y tế huyện Đức Sơn']),
    ],
    "bare_units_before_the_trigger": [
        ('Cụ thể, Tân An Nam và Tân An Bắc sáp nhập thành phường Tân An; Đông Hòa và Tây Hòa sáp nhập thành phường Hòa Bình.', ['merge[phường Tân An Nam | phường Tân An Bắc]->phường Tân An', 'merge[phường Đông Hòa | phường Tây Hòa]->phường Hòa Bình']),
        ('Ông Tân An và bà Tây Hòa sáp nhập hai công ty của mình.', ['merge[]->None#2']),
        ('Sau khi sáp nhập, Tân An và Tây Hòa thành phường lớn nhất tỉnh.', []),
    ],
    "new_unit_then_members": [
        ('Phường Tân Lập mới sẽ bao gồm các phường Tân An, Hội Hợp và Tân Hòa.', ['merge[phường Tân An | phường Hội Hợp | phường Tân Hòa]->Phường Tân Lập']),
        ('Xã Đông Phú mới hợp nhất từ các xã Đông An (H.Phú Lương), Đông Bình (H.Phú Lương) và Phú Lợi.', ['merge[xã Đông An | xã Đông Bình | xã Phú Lợi]->Xã Đông Phú']),
        ('Phường Tân Lập gồm 12 tổ dân phố và 3 khu phố.', []),
    ],
    "lists_after_a_count": [
        ('Tỉnh hợp nhất nguyên trạng tài sản, nguồn vốn và lao động của 3 công ty gồm: Công ty TNHH Thủy lợi Bắc Hà Lâm, Tây Bắc Hà Lâm và Sông Cầu.', ['merge[Công ty TNHH Thủy lợi Bắc Hà Lâm | Công ty TNHH Thủy lợi Tây Bắc Hà Lâm | Công ty TNHH Thủy lợi Sông Cầu]->None#3']),
        ('Tỉnh thống nhất chủ trương hợp nhất 3 công ty thủy lợi. Theo đó, tỉnh hợp nhất nguyên trạng tài sản của 3 công ty gồm: Công ty TNHH Thủy lợi Bắc Hà Lâm, Tây Bắc Hà Lâm và Sông Cầu.', ['merge[Công ty TNHH Thủy lợi Bắc Hà Lâm | Công ty TNHH Thủy lợi Tây Bắc Hà Lâm | Công ty TNHH Thủy lợi Sông Cầu]->None#3']),
        ('Bộ đang xem xét phương án hợp nhất của 16 cục thuế.', []),
        ('Năm 2023 có 3 đơn vị báo chí dừng hoạt động gồm các báo Nông Sản, Thời báo Du Lịch.', ['dissolve[báo Nông Sản | Thời báo Du Lịch]->None']),
        ('Bộ sáp nhập 3 Công an tỉnh Cao Bằng, Bắc Kạn và Lạng Sơn.', ['merge[Công an tỉnh Cao Bằng | Công an tỉnh Bắc Kạn | Công an tỉnh Lạng Sơn]->None#3']),
    ],
    "lists_with_where_each_lies": [
        ('Theo đó, 3 công ty bị giải thể gồm: Cty TNHH MTV Lâm nghiệp Ea Sol (H. Ea Hleo); Cty TNHH MTV Lâm nghiệp Krông Bông (TX Buôn Hồ); Cty TNHH MTV Lâm nghiệp Ea Wy.', ['dissolve[Cty TNHH MTV Lâm nghiệp Ea Sol]->None', 'dissolve[Cty TNHH MTV Lâm nghiệp Krông Bông]->None', 'dissolve[Cty TNHH MTV Lâm nghiệp Ea Wy]->None']),
        ('Bộ đồng ý sáp nhập Trường Cao đẳng Y tế Lam Sơn trực thuộc UBND tỉnh Lam Sơn vào Trường Đại học Y Dược Lam Sơn.', ['merge[Trường Cao đẳng Y tế Lam Sơn | Trường Đại học Y Dược Lam Sơn]->Trường Đại học Y Dược Lam Sơn']),
        ('Tỉnh giải thể Ban Dân tộc thuộc HĐND tỉnh Lam Sơn.', ['dissolve[Ban Dân tộc thuộc HĐND tỉnh Lam Sơn]->None']),
    ],
    "counted_units_placed": [
        ('Từ ngày 1/3, 12 đơn vị Công an cấp huyện trên địa bàn tỉnh Hà Lâm sẽ chính thức giải thể.', ['dissolve[]->None#12']),
        ('Hôm nay, 500 cơ quan công an cấp huyện trên cả nước kết thúc hoạt động.', ['dissolve[]->None#500']),
        ('Hai ngân hàng nói trên sáp nhập.', []),
    ],
    "counted_nouns_and_abbreviations": [
        ('Bộ Công an sắp xếp lại 40 công an cấp huyện thành 18 đầu mối.', ['merge[]->None#40']),
        ('Cục Thuế hợp nhất 12 CCT thành 5 CCT khu vực.', ['merge[]->None#12']),
        ('Ngân hàng Nhà nước đã tổ chức lại 20 NHNN chi nhánh tỉnh thành 6 NHNN chi nhánh khu vực.', ['merge[]->None#20']),
        ('Năm qua tỉnh giải thể 4 DN nhà nước yếu kém.', ['dissolve[]->None#4']),
        ('Năm qua tỉnh có 4 DN nộp thuế đúng hạn.', []),
    ],
    "members_in_the_next_sentence": [
        ('Sở Nội vụ công bố quyết định giải thể 2 hội. Cụ thể, các hội gồm: Hội Nữ hộ sinh TP Hà Lâm; Hội Ngoại khoa TP Hà Lâm.', ['dissolve[]->None#2', 'dissolve[Hội Nữ hộ sinh TP Hà Lâm]->None', 'dissolve[Hội Ngoại khoa TP Hà Lâm]->None']),
        ('Sở Nội vụ công bố quyết định giải thể 2 hội. Hội viên gồm: Nguyễn Văn An; Trần Thị Bình.', ['dissolve[]->None#2']),
        # a long sentence of its own that ends in "gồm:" lists something else, not the bodies founded before
        ('Tỉnh thành lập 12 Tòa án khu vực. Tòa án tỉnh còn được giao thẩm quyền giải quyết các việc của trọng tài trong phạm vi 3 địa phương, gồm: TP Hà Lâm, Sơn Nam và Bắc Sơn.', ['establish[]->None#12']),
        # bulleted lines after a counted founding, each telling what its body has
        ('Năm 1984, Ban Thường vụ Tỉnh ủy quyết định thành lập 3 Đảng bộ Khối trực thuộc Tỉnh ủy Hà Lâm:\n- Đảng bộ Khối Dân Đảng có 18 tổ chức cơ sở đảng.\n- Đảng bộ Khối Công nghiệp có 21 tổ chức cơ sở đảng.\n- Đảng bộ Khối Nông nghiệp có 8 tổ chức cơ sở đảng.', ['establish[]->None#3', 'establish[]->Đảng bộ Khối Dân Đảng', 'establish[]->Đảng bộ Khối Công nghiệp', 'establish[]->Đảng bộ Khối Nông nghiệp']),
    ],
    "bodies_sharing_one_place": [
        ('Giải thể Tòa án nhân dân, Viện kiểm sát nhân dân thành phố Hà Lâm.', ['dissolve[Tòa án nhân dân thành phố Hà Lâm | Viện kiểm sát nhân dân thành phố Hà Lâm]->None']),
        ('Thành lập Tòa án nhân dân, Viện kiểm sát nhân dân thị xã Tân Lâm trên cơ sở kế thừa Tòa án nhân dân và Viện kiểm sát nhân dân huyện Tân Lâm.', ['establish[Tòa án nhân dân huyện Tân Lâm]->Tòa án nhân dân thị xã Tân Lâm', 'establish[Viện kiểm sát nhân dân huyện Tân Lâm]->Viện kiểm sát nhân dân thị xã Tân Lâm']),
        ('Giải thể Tòa án nhân dân, Viện kiểm sát nhân dân cấp huyện.', []),
    ],
    "military_courts": [
        ('- Tòa án quân sự khu vực Quân khu 3, trên cơ sở sáp nhập Tòa án quân sự khu vực 1 Quân khu 3 và Tòa án quân sự khu vực 2 Quân khu 3 hiện hành;', ['merge[Tòa án quân sự khu vực 1 Quân khu 3 | Tòa án quân sự khu vực 2 Quân khu 3]->Tòa án quân sự khu vực Quân khu 3']),
        ('Bộ Quốc phòng giải thể Viện kiểm sát quân sự khu vực 2 Quân khu 9.', ['dissolve[Viện kiểm sát quân sự khu vực 2 Quân khu 9]->None']),
    ],
    "person_after_a_body": [
        ('Bộ Công an sẽ xóa bỏ sáu tổng cục Thiếu tướng Trần Văn Nam cho biết.', ['dissolve[]->None#6']),
        ('Trường Đại học Phú Mỹ tiếp nhận Cao đẳng Sư phạm Bà Rịa - Vũng Tàu.', ['merge[Cao đẳng Sư phạm Bà Rịa - Vũng Tàu | Trường Đại học Phú Mỹ]->Trường Đại học Phú Mỹ']),
    ],
    "units_named_like_heads": [
        ('Thị trấn Hội Sơn được thành lập trên cơ sở toàn bộ diện tích tự nhiên và dân số của xã Hội Sơn.', ['establish[xã Hội Sơn]->Thị trấn Hội Sơn']),
        ('Tỉnh kết thúc mô hình Tổng cục Đo lường Hà Lâm.', ['dissolve[Tổng cục Đo lường Hà Lâm]->None']),
    ],
    "tables": [
        ('Tin y tế\n\nCụ thể như sau:\n|STT\n|Tên cũ\n|Tên mới\n|1\n|Bệnh viện Đa khoa huyện Tân Lạc\n|Bệnh viện Đa khoa Tân Lạc\n|2\n|Bệnh viện Đa khoa huyện Mai Sơn\n|Bệnh viện Đa khoa Mai Sơn\nNgười bệnh vẫn được khám như trước.', ['rename[Bệnh viện Đa khoa huyện Tân Lạc]->Bệnh viện Đa khoa Tân Lạc', 'rename[Bệnh viện Đa khoa huyện Mai Sơn]->Bệnh viện Đa khoa Mai Sơn']),
        ('Tin y tế\n\nCụ thể:\n\nSTTTên cũTên mới\n1Trung tâm Y tế huyện Tân LạcTrung tâm Y tế khu vực Tân Lạc\n\nNgười bệnh vẫn được khám như trước.', ['rename[Trung tâm Y tế huyện Tân Lạc]->Trung tâm Y tế khu vực Tân Lạc']),
        ('Thông tin xã\nTên đơn vị cũ: Xã Tân Lạc\nTên đơn vị mới: Xã Tân Hòa', []),
        # rows led by the region they belong to, a cell a line or run together
        ('Tin y tế\n\nTên các bệnh viện sau khi đổi:\n\nKhu vực Tên cũ Tên mới\nHà Lâm Bệnh viện Quận 1 Bệnh viện đa khoa Tân Định\nHà Lâm\n Bệnh viện Quận 4\n Bệnh viện đa khoa Khánh Hội\nSơn Hà\n Bệnh viện Thành phố Thủ Đức Bệnh viện đa khoa Thủ Đức\n\nNgười bệnh vẫn được khám như trước.', ['rename[Bệnh viện Quận 1]->Bệnh viện đa khoa Tân Định', 'rename[Bệnh viện Quận 4]->Bệnh viện đa khoa Khánh Hội', 'rename[Bệnh viện Thành phố Thủ Đức]->Bệnh viện đa khoa Thủ Đức']),
        ('Tin y tế\n\nCụ thể:\n\nSTTTên cũTên mới\n1Trung tâm Y tế huyện Tân LạcTrung tâm Y tế khu vực Tân Lạc\n\nUBND tỉnh Hà Lâm giao Sở Y tế hướng dẫn thực hiện.', ['rename[Trung tâm Y tế huyện Tân Lạc]->Trung tâm Y tế khu vực Tân Lạc']),
        # a column named "the school", then "renamed to"; the district a comma adds to a school is part of its cell
        ('Tin giáo dục\n\nSTT | Tên trường | Đổi tên trường thành |\n1 | Trường Phổ thông trung học Tân An, huyện Hà Sơn | '
         'Trường Trung học phổ thông Tân An |\n2 | Trường Phổ thông cấp 3 Tân Bình | Trường Trung học phổ thông Tân Bình |'
         '\n\nCác trường tiếp tục tuyển sinh.',
         ['rename[Trường Phổ thông trung học Tân An, huyện Hà Sơn]->Trường Trung học phổ thông Tân An',
          'rename[Trường Phổ thông cấp 3 Tân Bình]->Trường Trung học phổ thông Tân Bình']),
    ],
    "brands_and_party_blocs": [
        ('Năm đó, KLB tiếp nhận bắt buộc NamHai Bank.', ['transfer[NamHai Bank | KLB]->KLB']),
        ('Tỉnh ủy hợp nhất Đảng bộ Khối Cơ quan tỉnh và Đảng bộ Khối Doanh nghiệp tỉnh thành Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh.', ['merge[Đảng bộ Khối Cơ quan tỉnh | Đảng bộ Khối Doanh nghiệp tỉnh]->Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh']),
    ],
    "counts_and_years": [
        ('Năm 1989 tỉnh Sông Bé được thành lập.', ['establish[]->tỉnh Sông Bé']),
        ('Bộ cho phép thành lập hai hiệp hội là Hiệp hội Chè Hà Lâm và Hiệp hội Cà phê Hà Lâm.', ['establish[]->Hiệp hội Chè Hà Lâm', 'establish[]->Hiệp hội Cà phê Hà Lâm']),
        ('Trường Đại học Tân Sơn được thành lập trên cơ sở nâng cấp Trường Cao đẳng Sư phạm Tân Sơn.', ['establish[Trường Cao đẳng Sư phạm Tân Sơn]->Trường Đại học Tân Sơn']),
    ],
    "names_in_passing": [
        ('Ngân hàng Bắc Sơn (tên mới là Ngân hàng số Hải Âu) đã được chuyển giao bắt buộc.', ['rename[Ngân hàng Bắc Sơn]->Ngân hàng số Hải Âu']),
        ('Ngân hàng số Hải Âu, nguyên là Ngân hàng Bắc Sơn, vừa tăng vốn điều lệ.', ['rename[Ngân hàng Bắc Sơn]->Ngân hàng số Hải Âu']),
        # the founding told with a predecessor is the predecessor's (the annotators' reading in samples R and U)
        ('Bộ Xây dựng, tiền thân là Bộ Kiến trúc, được thành lập năm 1958.', ['establish[]->Bộ Kiến trúc']),
        ('Trường Cao đẳng Sơn Hà thành lập năm 1978 có tiền thân là Trường Trung học Kinh tế Sơn Hà.', ['establish[]->Trường Trung học Kinh tế Sơn Hà']),
        ('Được thành lập từ năm 1998, tiền thân là Trung tâm Giống cây trồng Sơn Hà.', ['establish[]->Trung tâm Giống cây trồng Sơn Hà']),
        ('Được thành lập từ năm 1998, tiền thân là Trung tâm Giống cây trồng Sơn Hà, năm 2003 được đổi tên thành Trung tâm Giống Nông nghiệp Sơn Hà.', ['establish[]->Trung tâm Giống cây trồng Sơn Hà', 'rename[Trung tâm Giống cây trồng Sơn Hà]->Trung tâm Giống Nông nghiệp Sơn Hà']),
    ],
    "bodies_of_a_kind": [
        ('Bộ phê duyệt kế hoạch sáp nhập các Chi cục Thuế trực thuộc Cục Thuế tỉnh.', []),
        ('Hội nghị bàn việc hợp nhất HĐND các xã sau sắp xếp.', []),
        ('Tỉnh sáp nhập Trung tâm Dân số - Kế hoạch hóa gia đình của các huyện vào trung tâm y tế.', []),
        ('Tỉnh hợp nhất Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Hà Lâm và Hội Văn học - Nghệ thuật tỉnh Lam Sơn.', ['merge[Liên hiệp các Hội Văn học - Nghệ thuật tỉnh Hà Lâm | Hội Văn học - Nghệ thuật tỉnh Lam Sơn]->None']),
    ],
    "founded_body_named_before": [
        ('Thành lập thành phố Hòa Lạc thuộc tỉnh Bắc Sơn. Thành phố được lập trên cơ sở thị xã Hòa Lạc.', ['establish[thị xã Hòa Lạc]->thành phố Hòa Lạc']),
        ('Tỉnh thành lập Ban Quản lý Khu kinh tế tỉnh Bắc Sơn. Ban Quản lý này được thành lập trên cơ sở tổ chức lại Ban Quản lý Khu kinh tế cửa khẩu Tà Lùng.', ['establish[Ban Quản lý Khu kinh tế cửa khẩu Tà Lùng]->Ban Quản lý Khu kinh tế tỉnh Bắc Sơn']),
        ('Sở Y tế công bố quyết định thành lập Trung tâm Kiểm soát bệnh tật tỉnh Nam Sơn. Trung tâm được thành lập trên cơ sở hợp nhất Trung tâm Y tế dự phòng tỉnh và Trung tâm Phòng chống sốt rét tỉnh.', ['merge[Trung tâm Y tế dự phòng tỉnh | Trung tâm Phòng chống sốt rét tỉnh]->Trung tâm Kiểm soát bệnh tật tỉnh Nam Sơn']),
        ('Tổng công ty này được hình thành trên cơ sở tổ chức lại Công ty Than Hòn Gai.', []),
        ('Huyện được lập thêm một phòng chuyên môn để quản lý đô thị.', []),
        ('Sau sáp nhập, 23 tỉnh, thành mới được hình thành.', []),
        ('Năm 2009, tỉnh thành lập Trung tâm Khuyến nông Hòa Sơn, và ngày 25/02/ 2016 Trung tâm được đổi tên thành Trung tâm Khuyến nông tỉnh Hòa Sơn.', ['establish[]->Trung tâm Khuyến nông Hòa Sơn', 'rename[Trung tâm Khuyến nông Hòa Sơn]->Trung tâm Khuyến nông tỉnh Hòa Sơn']),
        ('Trung tâm được đổi tên thành Trung tâm Khuyến nông tỉnh Hòa Sơn.', []),
        ('Theo quyết định, 3 công ty bị giải thể gồm: Công ty Lâm nghiệp Đức An, Công ty Lâm nghiệp Đức Bình và Công ty Lâm nghiệp Đức Lợi.', ['dissolve[Công ty Lâm nghiệp Đức An | Công ty Lâm nghiệp Đức Bình | Công ty Lâm nghiệp Đức Lợi]->None']),
        ('2 phường Tân An, Hòa Bình thuộc thị xã Bắc Sơn được thành lập trên cơ sở toàn bộ dân số của 2 xã Tân An, Hòa Bình.', ['establish[xã Tân An]->phường Tân An', 'establish[xã Hòa Bình]->phường Hòa Bình']),
    ],
    "counted_lists_with_a_field": [
        ('Bộ quyết định hợp nhất 3 Tổng công ty Điện lực: miền Bắc, miền Trung và miền Nam thành Tổng công ty Điện lực Việt Nam.', ['merge[Tổng công ty Điện lực miền Bắc | Tổng công ty Điện lực miền Trung | Tổng công ty Điện lực miền Nam]->Tổng công ty Điện lực Việt Nam#3']),
        ('Năm 1995, tỉnh sáp nhập 3 Sở: Thương mại, Du lịch, Công nghiệp thành Sở Thương mại và Du lịch.', ['merge[Sở Thương mại | Sở Du lịch | Sở Công nghiệp]->Sở Thương mại và Du lịch#3']),
        ('Sau khi sáp nhập 3 Sở: Thương mại, Du lịch, Công nghiệp, UBND tỉnh ra quyết định thành lập Trung tâm Xúc tiến.', ['merge[Sở Thương mại | Sở Du lịch | Sở Công nghiệp]->None#3', 'establish[]->Trung tâm Xúc tiến']),
        ('Liên đoàn Lao động tỉnh kết thúc hoạt động của 3 công đoàn ngành gồm: Công đoàn ngành Giáo dục, Y tế và Giao thông.', ['dissolve[Công đoàn ngành Giáo dục | Công đoàn ngành Y tế | Công đoàn ngành Giao thông]->None#3']),
        ('Chính phủ thành lập 3 phường: Đông An, Đông Bình, Đông Lợi thuộc thị xã Tân Sơn.', ['establish[]->phường Đông An', 'establish[]->phường Đông Bình', 'establish[]->phường Đông Lợi']),
        ('Huyện giải thể 2 chi bộ là Chi bộ Khối dân vận và Chi bộ Văn phòng HĐND xã.', ['dissolve[Chi bộ Khối dân vận | Chi bộ Văn phòng HĐND xã]->None#2']),
        ('Trường có 10 đơn vị trường học (2 trường mầm non, 4 trường tiểu học, 4 trường trung học cơ sở) sau sáp nhập.', []),
        # fields written with one capital and lower-case words after it, under one head
        ('Trung tâm Dịch vụ nông nghiệp huyện Sơn Hà được thành lập trên cơ sở hợp nhất các Trạm: Khuyến nông, Thú y và Bảo vệ thực vật.', ['merge[Trạm Khuyến nông | Trạm Thú y | Trạm Bảo vệ thực vật]->Trung tâm Dịch vụ nông nghiệp huyện Sơn Hà']),
        ('Sở Y tế hợp nhất 3 trung tâm: Y tế dự phòng, Chăm sóc sức khỏe sinh sản và Phòng chống sốt rét thành Trung tâm Kiểm soát bệnh tật tỉnh.', ['merge[trung tâm Y tế dự phòng | trung tâm Chăm sóc sức khỏe sinh sản | trung tâm Phòng chống sốt rét]->Trung tâm Kiểm soát bệnh tật tỉnh#3']),
        # the members after "là" or "gồm" without a colon; the last member's lower-case words shaped like the others'
        ('Tổng công ty Cấp nước Sơn Hà được thành lập trên cơ sở hợp nhất 3 Tổng công ty là Cấp nước vùng Bắc, Cấp nước vùng Nam và Cấp nước vùng Trung.', ['merge[Tổng công ty Cấp nước vùng Bắc | Tổng công ty Cấp nước vùng Nam | Tổng công ty Cấp nước vùng Trung]->Tổng công ty Cấp nước Sơn Hà#3']),
        ('Công ty Điện lực Hà Lâm ra đời trên cơ sở hợp nhất 2 công ty là Điện lực Bắc Lâm và Điện lực Nam Lâm.', ['merge[công ty Điện lực Bắc Lâm | công ty Điện lực Nam Lâm]->Công ty Điện lực Hà Lâm#2']),
        ('Huyện sáp nhập 3 trường mầm non gồm Trường Mầm non Hoa Hồng, Hoa Mai và Hoa Cúc thành Trường Mầm non Hoa Sen.', ['merge[Trường Mầm non Hoa Hồng | Trường Mầm non Hoa Mai | Trường Mầm non Hoa Cúc]->Trường Mầm non Hoa Sen#3']),
        ('Năm 2023, tỉnh đã sáp nhập 2 trường là điều ai cũng thấy.', ['merge[]->None#2']),  # "là" then lower case: no list
        # a body of each local unit listed: the unit's level written again stands for the level word of the noun
        ('Kho bạc Nhà nước thị xã Đông Sơn được thành lập trên cơ sở sáp nhập 3 Kho bạc Nhà nước huyện, gồm: Huyện 1, Huyện 2 và Tây Sơn.', ['merge[Kho bạc Nhà nước Huyện 1 | Kho bạc Nhà nước Huyện 2 | Kho bạc Nhà nước huyện Tây Sơn]->Kho bạc Nhà nước thị xã Đông Sơn#3']),
        ('Thành lập Chi cục Thuế khu vực Đông Lâm trên cơ sở hợp nhất 2 Chi cục Thuế huyện, gồm: huyện Đông Lâm và huyện Bắc Lâm.', ['merge[Chi cục Thuế huyện Đông Lâm | Chi cục Thuế huyện Bắc Lâm]->Chi cục Thuế khu vực Đông Lâm#2']),
        # where the counted units lie, then their bare names after "là"; "thành 1 huyện, lấy tên là X" names the result
        ('Tỉnh sáp nhập 3 huyện tại Lâm Sơn là Cát Lâm, Đạ Tân và Đạ Hòa thành 1 huyện, lấy tên là Đạ Hòa.', ['merge[huyện Cát Lâm | huyện Đạ Tân | huyện Đạ Hòa]->huyện Đạ Hòa#3']),
        ('Ngân hàng thành lập 3 chi nhánh tại các tỉnh: Hà Lâm, Sơn Nam và Bắc Sơn.', ['establish[]->None#3']),
    ],
    "re_arranged_into_what": [
        ('Tập đoàn tổ chức lại 10 công ty TNHH MTV và cổ phần hóa 11 doanh nghiệp.', []),
        ('Tập đoàn đã sắp xếp lại Viện Dầu khí Hòa Bình và Trường Cao đẳng Dầu khí Hòa Bình.', []),
        ('Tập đoàn tổ chức lại 10 công ty thành 4 tổng công ty.', ['merge[]->None#10']),
        ('Tập đoàn tổ chức lại Viện Dầu khí Hòa Bình và Trường Cao đẳng Dầu khí Hòa Bình thành Học viện Dầu khí Hòa Bình.', ['merge[Viện Dầu khí Hòa Bình | Trường Cao đẳng Dầu khí Hòa Bình]->Học viện Dầu khí Hòa Bình']),
        ('Tỉnh Đông Sơn sắp xếp 106 đơn vị cấp xã.', ['merge[]->None#106']),
    ],
    "ended_by_bo": [
        ('Bộ Công an đã bỏ 6 tổng cục và 60 cục.', ['dissolve[]->None#6', 'dissolve[]->None#60']),
        ('Đến năm 1946 thì Bộ Tuyên truyền bị bãi bỏ.', ['dissolve[Bộ Tuyên truyền]->None']),
        ('Quốc hội cũng bỏ phiếu bầu Chủ tịch nước.', []),
        # the school asks to be renamed (an event, proposed); dropping a word is not the school's end
        ('Trường Đại học Hòa Bình xin phép đổi tên trường, bỏ chữ "dân lập".', ['rename[Trường Đại học Hòa Bình]->None']),
        ('Người dân loại bỏ Hội Chữ thập đỏ khỏi danh sách.', []),
        ('Dự thảo đề xuất bãi bỏ Tòa án nhân dân cấp cao.', []),
    ],
    "what_a_split_forms": [
        ('Tỉnh ủy thành lập Đảng bộ Khối Doanh nghiệp tỉnh trên cơ sở chia tách Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh.', ['split[Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh]->Đảng bộ Khối Doanh nghiệp tỉnh']),
    ],
    "subject_and_object": [
        ('Tập đoàn Than Hòa Bình đã giải thể Chi nhánh PVX-Công ty Phân phối than Hòa Bình.', ['dissolve[Chi nhánh PVX-Công ty Phân phối than Hòa Bình]->None']),
        ('Tập đoàn sáp nhập CTCP Cấp nước Tân Lập (công ty cấp 3) vào Công ty TNHH MTV Cao su Tân Lập.', ['merge[CTCP Cấp nước Tân Lập | Công ty TNHH MTV Cao su Tân Lập]->Công ty TNHH MTV Cao su Tân Lập']),
        ('Với việc nhập 3 xã: Thanh An, Thanh Bình và Thanh Hưng sẽ hình thành xã mới.', ['merge[xã Thanh An | xã Thanh Bình | xã Thanh Hưng]->None#3']),
    ],
    "counts_that_are_not": [
        ('Đây là lần thứ hai trường thay đổi tên.', []),
        ('Cổ đông của cả hai ngân hàng đã đồng ý thông qua việc sáp nhập.', []),
        ('Kho bạc Nhà nước giải thể, sáp nhập 43 phòng giao dịch cấp tỉnh.', ['dissolve[]->None#43']),
        ('Ủy ban Quản lý vốn tỉnh sẽ kết thúc hoạt động và chuyển 9 công ty về các sở.', ['dissolve[Ủy ban Quản lý vốn tỉnh]->None', 'transfer[]->None#9']),
    ],
    "told_again_in_part": [
        ('Tỉnh chuyển Bệnh viện Hòa An về trực thuộc Bộ Y tế. Bộ Y tế tiếp nhận nguyên trạng Bệnh viện Hòa An.', ['transfer[Bệnh viện Hòa An | Bộ Y tế]->Bộ Y tế']),
    ],
    "youth_union_and_asides": [
        ('Lễ công bố quyết định thành lập Đoàn TNCS Hồ Chí Minh Văn phòng Tỉnh ủy.', ['establish[]->Đoàn TNCS Hồ Chí Minh Văn phòng Tỉnh ủy']),
        ('Trường Tiểu học Hòa An (thành lập năm 1990) sẽ sáp nhập vào Trường Tiểu học Hòa Bình.', ['establish[]->Trường Tiểu học Hòa An', 'merge[Trường Tiểu học Hòa An | Trường Tiểu học Hòa Bình]->Trường Tiểu học Hòa Bình']),
        # after a comma, a committee named with the body it belongs to and then a verb opens a clause of its own
        ('Căn cứ quyết định về kết thúc hoạt động của Đảng bộ Khối Doanh nghiệp tỉnh, Ban Thường vụ Đảng ủy Khối Cơ quan tỉnh đề nghị các tổ chức nộp con dấu.', ['dissolve[Đảng bộ Khối Doanh nghiệp tỉnh]->None']),
    ],
    "counted_subject_named_after_its_verb": [
        ('Từ ngày 1/10, 4 bảo hiểm xã hội cơ sở ngừng hoạt động là: Tân An, Hòa Bình, Phú Lợi và Long Hải.', ['dissolve[bảo hiểm xã hội cơ sở Tân An | bảo hiểm xã hội cơ sở Hòa Bình | bảo hiểm xã hội cơ sở Phú Lợi | bảo hiểm xã hội cơ sở Long Hải]->None#4']),
        ('Từ ngày 1/10, 3 trạm y tế bị giải thể gồm: Tân An, Hòa Bình và Phú Lợi.', ['dissolve[trạm y tế Tân An | trạm y tế Hòa Bình | trạm y tế Phú Lợi]->None#3']),
        ('Từ ngày 1/10, 3 trạm y tế bị giải thể gồm: Tân An và Hòa Bình.', ['dissolve[]->None#3']),
    ],
    "one_body_in_each_place": [
        ('Công an xã Hòa Giang được thành lập trên cơ sở sáp nhập từ công an các xã Hòa Xuân, Hòa Giang và Hòa Quỳ.', ['merge[công an xã Hòa Xuân | công an xã Hòa Giang | công an xã Hòa Quỳ]->Công an xã Hòa Giang']),
        ('Ban Chỉ huy Quân sự các huyện: Ia Lâm, Chư Sơn và TP. Đông Hà được giải thể.', ['dissolve[Ban Chỉ huy Quân sự huyện Ia Lâm | Ban Chỉ huy Quân sự huyện Chư Sơn | Ban Chỉ huy Quân sự TP. Đông Hà]->None']),
        ('Tỉnh sáp nhập các xã An Hòa, An Bình thành xã An Bình.', ['merge[xã An Hòa | xã An Bình]->xã An Bình']),
    ],
    "verb_left_out_after_a_semicolon": [
        ('Ở An Lạc, thị xã Tân Biên được thành lập trên cơ sở nguyên trạng huyện Tân Biên; thị trấn Đa Lộc trên cơ sở xã Đa Lộc thuộc huyện An Phú và thị trấn Hòa An trên cơ sở xã Hòa An thuộc huyện Chợ Lớn.', ['establish[huyện Tân Biên]->thị xã Tân Biên', 'establish[xã Đa Lộc]->thị trấn Đa Lộc', 'establish[xã Hòa An]->thị trấn Hòa An']),
    ],
    "re_formed_as_another": [
        ('Bộ tổ chức lại Vụ Chính sách thuế thành Cục Quản lý thuế.', ['establish[Vụ Chính sách thuế]->Cục Quản lý thuế']),
        ('Thành lập Trung tâm Kiểm soát bệnh tật Hòa Sơn 19/12/2016', ['establish[]->Trung tâm Kiểm soát bệnh tật Hòa Sơn']),
    ],
    "bodies_moved_listed_after": [
        ('Thủ tướng quyết định chuyển nguyên trạng 3 trường cao đẳng về Bộ LĐ-TB&XH. Danh sách gồm: Trường Cao đẳng Xây dựng số 1; Trường Cao đẳng Xây dựng Nam Sơn; Trường Trung cấp nghề Cơ khí Hòa Bình.', ['transfer[Trường Cao đẳng Xây dựng số 1 | Trường Cao đẳng Xây dựng Nam Sơn | Trường Trung cấp nghề Cơ khí Hòa Bình | Bộ LĐ-TB&XH]->Bộ LĐ-TB&XH#3']),
        ('Thủ tướng quyết định chuyển nguyên trạng 3 trường cao đẳng về Bộ LĐ-TB&XH. Danh sách gồm: Trường Cao đẳng Xây dựng số 1; Trường Cao đẳng Xây dựng Nam Sơn.', ['transfer[Bộ LĐ-TB&XH]->Bộ LĐ-TB&XH#3']),
    ],
    "who_decides_before_the_verb": [
        ('Trường THPT thị xã Hòa Sơn (Bắc Bình) có quyết định đổi tên thành Trường THPT Hòa Sơn.', ['rename[Trường THPT thị xã Hòa Sơn]->Trường THPT Hòa Sơn']),
        ('Bộ Nội vụ có quyết định thành lập BCĐTB để chỉ đạo vùng Tây Bắc.', []),
    ],
    "neighbours_are_not_members": [
        ('Thành phố Hòa Yên được thành lập trên cơ sở toàn bộ 258 km2 diện tích tự nhiên của thị xã Hòa Yên, giáp huyện Đại An, thành phố Sông Lô; tỉnh Bắc Sơn; tỉnh Nam Sơn và thành phố Hà Lâm.', ['establish[thị xã Hòa Yên]->Thành phố Hòa Yên']),
    ],
    "plural_lower_case_heads": [
        ('Hạt Kiểm lâm Đông Sơn được thành lập trên cơ sở hợp nhất các hạt kiểm lâm Bắc Hà, Nam Hà và Tây Hà.', ['merge[hạt kiểm lâm Bắc Hà | hạt kiểm lâm Nam Hà | hạt kiểm lâm Tây Hà]->Hạt Kiểm lâm Đông Sơn']),
        ('Sáp nhập các trạm y tế Tân Phú và Tân Lợi vào Trung tâm Y tế huyện Hòa An.', ['merge[trạm y tế Tân Phú | trạm y tế Tân Lợi | Trung tâm Y tế huyện Hòa An]->Trung tâm Y tế huyện Hòa An']),
        ('Giải thể các hợp tác xã Đồng Tâm và Quyết Tiến.', ['dissolve[hợp tác xã Đồng Tâm | hợp tác xã Quyết Tiến]->None']),
        ('Chuyển các nông trường Sông Hồng và Sông Đà về trực thuộc Tổng công ty Chè.', ['transfer[nông trường Sông Hồng | nông trường Sông Đà | Tổng công ty Chè]->Tổng công ty Chè']),
        ('Sáp nhập các Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông vào Sở Hòa Bình.', ['merge[Sở Khoa học và Công nghệ | Sở Thông tin và Truyền thông | Sở Hòa Bình]->Sở Hòa Bình']),
        ('Người dân ở đây sống nhờ hạt lúa và hạt điều.', []),
        ('Tỉnh sẽ rà soát các hợp tác xã yếu kém trong năm tới.', []),
    ],
    "splits_listed_without_the_verb": [
        ('Năm 2001, xã Tân An được chia thành xã Tân Bình và xã Tân Phú; xã Tân Lợi thành xã Tân Hòa và xã Tân Hưng.', ['split[xã Tân An]->None', 'split[xã Tân Lợi]->None']),
        ('Chia xã Đông An thành xã Đông Bình và xã Đông Phú, xã Tây An thành xã Tây Bình và xã Tây Phú.', ['split[xã Đông An]->None', 'split[xã Tây An]->None']),
        ('Từ đầu năm 1997, Hải Hưng tách thành Hải Dương và Hưng Yên; Nam Hà thành Nam Định và Hà Nam.', ['split[Hải Hưng]->None', 'split[Nam Hà]->None']),
        ('Năm 2008, toàn bộ Hà Tây được sáp nhập vào Hà Nội.', ['merge[Hà Tây | Hà Nội]->Hà Nội']),
        ('Tách xã Tân An thành hai xã Tân Bình và Tân Phú, trong đó xã Tân Bình thành trung tâm của huyện.', ['split[xã Tân An]->None']),
        ('Nhiều người vẫn nhớ tỉnh Hà Bắc với những làn điệu quan họ.', []),
    ],
    "bodies_as_they_were": [
        ('Sở Tài chính tỉnh Đông Sơn được thành lập trên cơ sở hợp nhất Sở Tài chính tỉnh Đông Sơn (cũ) và Sở Tài chính tỉnh Tây Sơn (cũ).', ['merge[Sở Tài chính tỉnh Đông Sơn | Sở Tài chính tỉnh Tây Sơn]->Sở Tài chính tỉnh Đông Sơn']),
        ('Sáp nhập xã Tân An (cũ), xã Tân Bình (cũ) và xã Tân Phú (trước sáp nhập) thành xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình | xã Tân Phú]->xã Tân Hòa']),
        ('Sở Y tế thành phố (mới) được thành lập thông qua việc hợp nhất các đơn vị thuộc Sở Y tế tỉnh Đông Sơn (cũ) và Sở Y tế tỉnh Tây Sơn (cũ).', ['merge[Sở Y tế tỉnh Đông Sơn | Sở Y tế tỉnh Tây Sơn]->Sở Y tế thành phố']),
        ('UBND tỉnh quyết định thành lập các đơn vị trực thuộc Sở Nông nghiệp tỉnh Đông Sơn.', []),
    ],
    "party_bodies_handed_over_with_members": [
        ('Huyện ủy chuyển giao tổ chức đảng và đảng viên Chi bộ Kho bạc Nhà nước huyện gồm có 15 đảng viên về trực thuộc Đảng ủy Kho bạc Nhà nước tỉnh.', ['transfer[Chi bộ Kho bạc Nhà nước huyện | Đảng ủy Kho bạc Nhà nước tỉnh]->Đảng ủy Kho bạc Nhà nước tỉnh']),
        ('Tỉnh ủy chuyển tổ chức đảng của Đảng bộ Công ty Than Đông Sơn về trực thuộc Đảng bộ Khối Doanh nghiệp tỉnh.', ['transfer[Đảng bộ Công ty Than Đông Sơn | Đảng bộ Khối Doanh nghiệp tỉnh]->Đảng bộ Khối Doanh nghiệp tỉnh']),
        ('Chuyển Đảng bộ xã Tân An có 120 đảng viên về trực thuộc Đảng bộ huyện Hòa Bình.', ['transfer[Đảng bộ xã Tân An | Đảng bộ huyện Hòa Bình]->Đảng bộ huyện Hòa Bình']),
        ('Huyện ủy sẽ rà soát tổ chức đảng và đảng viên ở các chi bộ trực thuộc.', []),
    ],
    "founded_on_counted_bodies_listed": [
        ('Thành lập Trung tâm Kiểm soát bệnh tật tỉnh Hòa Vân trên cơ sở tổ chức lại 3 trung tâm: Y tế dự phòng, Phòng chống sốt rét và Nội tiết.', ['merge[trung tâm Y tế dự phòng | trung tâm Phòng chống sốt rét | trung tâm Nội tiết]->Trung tâm Kiểm soát bệnh tật tỉnh Hòa Vân#3']),
        ('Viện Y học Hòa Vân được thành lập trên cơ sở sắp xếp, tổ chức lại 3 Viện: Dinh dưỡng, Lao Trung ương, Da liễu Trung ương.', ['merge[Viện Dinh dưỡng | Viện Lao Trung ương | Viện Da liễu Trung ương]->Viện Y học Hòa Vân#3']),
        ('Thành lập Trường Cao đẳng Hòa Vân trên cơ sở sắp xếp lại 4 trường trung cấp.', ['merge[]->Trường Cao đẳng Hòa Vân#4']),
        ('Tỉnh sẽ tổ chức lại các trung tâm y tế trong năm tới.', []),
        # wards known by their numbers, one of them packed with no space, a place that opens like a school's name,
        # and a commune written with its own level among the wards
        ('Thành lập phường Hòa Châu trên cơ sở nhập 3 phường: 2, 7 và Trường Xuân.',
         ['merge[phường 2 | phường 7 | phường Trường Xuân]->phường Hòa Châu#3']),
        ('Thành lập phường Biển Đông trên cơ sở nhập toàn bộ diện tích, quy mô dân số của các phường: 1,2,3, Thắng Lợi.',
         ['merge[phường 1 | phường 2 | phường 3 | phường Thắng Lợi]->phường Biển Đông']),
        ('Thành lập phường Kim Hòa trên cơ sở nhập các phường: Kim Sơn, Hòa Lạc và xã Tân Phú.',
         ['merge[phường Kim Sơn | phường Hòa Lạc | xã Tân Phú]->phường Kim Hòa']),
        ('Tỉnh thành lập 2 phường: Đông An và Tây Hòa.', ['establish[]->phường Đông An', 'establish[]->phường Tây Hòa']),
        ('Báo Hà Lâm thành lập ba phòng gồm: Phòng Thư ký, phòng Phóng viên và phòng Hành chính – Trị sự.',
         ['establish[]->Phòng Thư ký', 'establish[]->phòng Phóng viên', 'establish[]->phòng Hành chính – Trị sự']),
    ],
    "faculties_and_founded_again": [
        ('Bệnh viện Đa khoa tỉnh Hòa Vân công bố quyết định thành lập Khoa Y học cổ truyền.', ['establish[]->Khoa Y học cổ truyền']),
        ('Trường Đại học Hòa Vân sáp nhập Khoa Toán và Khoa Tin học thành Khoa Toán - Tin.', ['merge[Khoa Toán | Khoa Tin học]->Khoa Toán - Tin']),
        ('Ban Nội chính Tỉnh ủy Hòa Vân được tái thành lập năm 2013.', ['establish[]->Ban Nội chính Tỉnh ủy Hòa Vân']),
        ('Năm 1997, tỉnh tái lập huyện Đông Sơn.', ['establish[]->huyện Đông Sơn']),
        ('Năm 1991, tỉnh Hà Tuyên được chia để tái thành lập 2 tỉnh Hà Giang và Tuyên Quang.', ['split[tỉnh Hà Tuyên]->None']),
        ('Sở Khoa học và Công nghệ tổ chức hội thảo về khoa học cơ bản.', []),
        ('Lực lượng chức năng nhanh chóng tái lập trật tự tại khu vực.', []),
    ],
    "provinces_named_whole_and_villages": [
        ('Quốc hội quyết định sáp nhập TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu thành TP.HCM.', ['merge[TP.HCM | Bình Dương | Bà Rịa - Vũng Tàu]->TP.HCM']),
        ('Sáp nhập TP Hà Nội và Hà Tây.', ['merge[TP Hà Nội | Hà Tây]->None']),
        ('Thành lập khối phố 3 trên cơ sở sáp nhập khối phố 5 và khối phố 6.', ['merge[khối phố 5 | khối phố 6]->khối phố 3']),
        ('Huyện sáp nhập buôn Ea Lê và buôn Ea Rốk thành buôn Ea Lê.', ['merge[buôn Ea Lê | buôn Ea Rốk]->buôn Ea Lê']),
        ('Sáp nhập làng Đông và làng Tây thành làng Đông Tây.', ['merge[làng Đông | làng Tây]->làng Đông Tây']),
        ('Người dân trong làng đã quen với cuộc sống ở Sóc Trăng.', []),
    ],
    "ended_to_go_into_another": [
        ('Tổng công ty quyết định kết thúc hoạt động của Chi nhánh Hòa Vân từ ngày 1/10/2025 để sáp nhập vào Chi nhánh Đông Sơn.', ['merge[Chi nhánh Hòa Vân | Chi nhánh Đông Sơn]->Chi nhánh Đông Sơn']),
        ('Giải thể Công an xã Tân An và Tân Bình, nhập vào Công an xã Tân Hòa.', ['merge[Công an xã Tân An | Công an xã Tân Bình | Công an xã Tân Hòa]->Công an xã Tân Hòa']),
        ('Tỉnh giải thể Trạm Khuyến nông huyện Đông Sơn để thành lập Trung tâm Dịch vụ nông nghiệp huyện Đông Sơn.', ['dissolve[Trạm Khuyến nông huyện Đông Sơn]->None', 'establish[Trạm Khuyến nông huyện Đông Sơn]->Trung tâm Dịch vụ nông nghiệp huyện Đông Sơn']),
    ],
    "received_with_where_from": [
        ('Tổng công ty Điện lực Thủ đô đã tiếp nhận và quản lý hai Công ty Điện lực Đông Sơn và Tây Sơn từ Tổng công ty Điện lực Miền Bắc.', ['transfer[Công ty Điện lực Đông Sơn | Công ty Điện lực Tây Sơn | Tổng công ty Điện lực Thủ đô]->Tổng công ty Điện lực Thủ đô#2']),
        ('Tổng công ty đã tiếp nhận và quản lý tốt nguồn vốn từ ngân sách.', []),
    ],
    "one_body_in_each_of_many": [
        ('Bộ Chỉ huy Quân sự tỉnh trao quyết định thành lập Ban Chỉ huy Quân sự 45 cơ quan, tổ chức thuộc tỉnh.', ['establish[]->None#45']),
        ('Hội nghị công bố quyết định thành lập Hội Nông dân 38 xã, phường mới.', ['establish[]->None#38']),
        ('Hội Cựu chiến binh tỉnh công bố quyết định thành lập Hội Cựu chiến binh các xã, phường mới sáp nhập.', []),
        ('Tỉnh thành lập Ban Quản lý các khu công nghiệp tỉnh Hòa Vân.', ['establish[]->Ban Quản lý các khu công nghiệp tỉnh Hòa Vân']),
        ('Thành lập Đảng bộ các cơ quan Đảng tỉnh Hòa Vân.', ['establish[]->Đảng bộ các cơ quan Đảng tỉnh Hòa Vân']),
    ],
    "renames_of_enterprises": [
        ('Năm 1998, tỉnh đổi tên Xí nghiệp quản lý khai thác công trình thủy lợi Đông Sơn thành Công ty khai thác công trình thủy lợi Đông Sơn.', ['rename[Xí nghiệp quản lý khai thác công trình thủy lợi Đông Sơn]->Công ty khai thác công trình thủy lợi Đông Sơn']),
        ('Chuyển giao Ban Quản lý các dự án nông nghiệp về Ban Quản lý dự án đầu tư xây dựng Hòa Vân\nTỉnh chuyển giao nguyên trạng Ban Quản lý các dự án nông nghiệp Hòa Vân về Ban Quản lý dự án đầu tư xây dựng tỉnh Hòa Vân.', ['transfer[Ban Quản lý các dự án nông nghiệp Hòa Vân | Ban Quản lý dự án đầu tư xây dựng tỉnh Hòa Vân]->Ban Quản lý dự án đầu tư xây dựng tỉnh Hòa Vân']),
    ],
    "abbreviated_heads": [
        ('TYT xã Tân An sáp nhập với TYT xã Tân Bình thành TYT xã Tân Hòa; TYT các xã Đông, Tây và Nam sáp nhập thành TYT xã Hòa Bình.', ['merge[TYT xã Tân An | TYT xã Tân Bình]->TYT xã Tân Hòa', 'merge[TYT xã Đông | TYT xã Tây | TYT xã Nam]->TYT xã Hòa Bình']),
        ('Bộ Chính trị quyết định kết thúc hoạt động của các BCĐ Tây Sơn, BCĐ Bắc Sơn và BCĐTN.', ['dissolve[BCĐ Tây Sơn | BCĐ Bắc Sơn | BCĐTN]->None']),
        ('Thành phố hợp nhất BQL dự án Sông Hàn và BQL dự án Bắc Sơn.', ['merge[BQL dự án Sông Hàn | BQL dự án Bắc Sơn]->None']),
        ('BQL cho biết sẽ hoàn thành dự án trong năm nay.', []),
    ],
    "renamed_each_in_turn": [
        ('Tại xã Tân An, các tổ dân phố Đông Hà, Tây Hà và Nam Hà được đổi tên lần lượt thành các thôn Đông Hà, Tây Hà và Nam Hà.', ['rename[tổ dân phố Đông Hà]->thôn Đông Hà', 'rename[tổ dân phố Tây Hà]->thôn Tây Hà', 'rename[tổ dân phố Nam Hà]->thôn Nam Hà']),
        ('Xã thực hiện chuyển đổi 3 khối phố Bắc Sơn, Nam Sơn, Tây Sơn lần lượt thành các thôn Bắc Sơn, Nam Sơn, Tây Sơn.', ['rename[khối phố Bắc Sơn]->thôn Bắc Sơn', 'rename[khối phố Nam Sơn]->thôn Nam Sơn', 'rename[khối phố Tây Sơn]->thôn Tây Sơn']),
        ('Đổi tên Trường Tiểu học Đông Hà và Trường Tiểu học Tây Hà lần lượt thành Trường Tiểu học Hà Đông và Trường Tiểu học Hà Tây.', ['rename[Trường Tiểu học Đông Hà]->Trường Tiểu học Hà Đông', 'rename[Trường Tiểu học Tây Hà]->Trường Tiểu học Hà Tây']),
        ('Đổi tên TTGDNN - GDTX huyện Đông Hà thành TTGDNN huyện Đông Hà; TTGDNN - GDTX huyện Tây Hà thành TTGDNN huyện Tây Hà.', ['rename[TTGDNN - GDTX huyện Đông Hà]->TTGDNN huyện Đông Hà', 'rename[TTGDNN - GDTX huyện Tây Hà]->TTGDNN huyện Tây Hà']),
        ('Các thôn lần lượt tổ chức hội nghị để lấy ý kiến cử tri.', []),
    ],
    "renamed_with_the_plain_verb": [
        ('Năm 1990, tỉnh đổi Ty Văn hóa thành Sở Văn hóa.', ['rename[Ty Văn hóa]->Sở Văn hóa']),
        ('Đến thời Gia Long, huyện Quảng Nam đổi thành Quảng Bắc.', ['rename[huyện Quảng Nam]->huyện Quảng Bắc']),
        ('Hai bên trao đổi Sở Y tế về kế hoạch tiêm chủng.', []),
        ('Ông đổi Sở Tài chính lấy một công việc khác.', []),
        ('Tên các trường sau khi đổi:\n\nTrường Tiểu học Đông Hà\n\nTrường Tiểu học Tây Hà', []),
    ],
    "each_step_renames_the_name_before": [
        ('Năm 1976, Ty Thủy lợi đổi tên thành Sở Thủy lợi, năm 1990 đổi tên thành Sở Nông nghiệp.', ['rename[Ty Thủy lợi]->Sở Thủy lợi', 'rename[Sở Thủy lợi]->Sở Nông nghiệp']),
        ('Thời Minh Mệnh đổi huyện Quảng Đông thành huyện Quảng Tây, sau lại đổi thành huyện Quảng Trung.', ['rename[huyện Quảng Đông]->huyện Quảng Tây', 'rename[huyện Quảng Tây]->huyện Quảng Trung']),
    ],
    "units_taken_to_found_another": [
        ('Năm 1977, tách các xã Đông Hà, Tây Hà và Nam Hà để thành lập huyện Hà Sơn.', ['establish[xã Đông Hà | xã Tây Hà | xã Nam Hà]->huyện Hà Sơn']),
        ('Năm 1977, tách xã Bắc Hà để thành lập thị trấn Bắc Hà.', ['split[xã Bắc Hà]->thị trấn Bắc Hà']),
    ],
    "counted_subject_with_members_in_brackets": [
        ('Ở quận Sơn Trà, 4 phường hiện tại (An Hải, Bắc Hải, Nam Hải, Tây Hải) sẽ nhập lại thành một phường duy nhất mang tên phường Sơn Trà.', ['merge[phường An Hải | phường Bắc Hải | phường Nam Hải | phường Tây Hải]->phường Sơn Trà#4']),
        ('Hai trường (Trường Tiểu học Đông Sơn và Trường Tiểu học Tây Sơn) sẽ sáp nhập thành Trường Tiểu học Sơn Hà.', ['merge[Trường Tiểu học Đông Sơn | Trường Tiểu học Tây Sơn]->Trường Tiểu học Sơn Hà']),
        ('Huyện có 3 xã (Đông Hà, Tây Hà, Nam Hà) đạt chuẩn nông thôn mới.', []),
    ],
    "what_is_left_of_a_unit_goes_into_another": [
        ('Nhập toàn bộ diện tích tự nhiên, quy mô dân số của xã Đông Hà sau khi điều chỉnh vào xã Tây Hà.', ['merge[xã Đông Hà | xã Tây Hà]->xã Tây Hà']),
        ('Nhập phần diện tích còn lại của xã Bắc Hà sau khi điều chỉnh địa giới hành chính vào xã Nam Hà.', ['merge[xã Bắc Hà | xã Nam Hà]->xã Nam Hà']),
    ],
    "purpose_of_an_act_not_done": [
        ('Thành phố đã thay đổi, không cắt phần diện tích và nhân khẩu của xã Hòa An để nhập vào xã Hòa Đông.', []),
        ('Tỉnh không chỉ rà soát mà còn tách thôn Đông để nhập vào xã Hòa Đông.', ['merge[thôn Đông | xã Hòa Đông]->xã Hòa Đông']),
        ('Tỉnh đã cắt thôn Đông của xã Hòa An để nhập vào xã Hòa Đông.', ['merge[thôn Đông | xã Hòa Đông]->xã Hòa Đông']),
    ],
    "converted_by_a_subject_told_before": [
        ('Xí nghiệp Khảo sát Lâm nghiệp ra đời năm 1980. Năm 1993, Xí nghiệp chuyển đổi thành Công ty Thiết kế Lâm nghiệp.', ['establish[]->Xí nghiệp Khảo sát Lâm nghiệp', 'rename[Xí nghiệp Khảo sát Lâm nghiệp]->Công ty Thiết kế Lâm nghiệp']),
        ('Trường Tiểu học Đông Hà ra đời năm 1980. Năm 1993, Trường chuyển đổi thành Trường THCS Đông Hà.', ['establish[]->Trường Tiểu học Đông Hà', 'rename[Trường Tiểu học Đông Hà]->Trường THCS Đông Hà']),
        ('Năm 2024, tỉnh đẩy mạnh chuyển đổi số trong các trường học.', []),
    ],
    "old_name_taken_back": [
        ('Từ năm 1969, Ban Chăn nuôi Đông Sơn được mang lại tên cũ là Viện Chăn nuôi Đông Sơn.', ['rename[Ban Chăn nuôi Đông Sơn]->Viện Chăn nuôi Đông Sơn']),
        ('Năm 2011, Ngân hàng Đông Sơn thay đổi thành Ngân hàng TMCP Đông Sơn.', ['rename[Ngân hàng Đông Sơn]->Ngân hàng TMCP Đông Sơn']),
        ('Sở Y tế Đông Sơn đã thay đổi thành công quy trình tiếp nhận hồ sơ.', []),
    ],
    "bodies_taken_over": [
        ('Năm 1975, Ban Dân y tỉnh Đông Sơn tiếp quản Bệnh viện Đông Sơn.', ['transfer[Bệnh viện Đông Sơn | Ban Dân y tỉnh Đông Sơn]->Ban Dân y tỉnh Đông Sơn']),
        ('Bệnh viện Đông Sơn được Ban Dân y tỉnh Đông Sơn tiếp quản năm 1975.', ['transfer[Bệnh viện Đông Sơn | Ban Dân y tỉnh Đông Sơn]->Ban Dân y tỉnh Đông Sơn']),
        ('Ngày 30/4/1975, Ủy ban Quân quản tiếp quản thành phố Sài Gòn.', []),
        ('Các chiến sĩ tiếp quản kho hàng và bến cảng.', []),
    ],
    "associations_of_a_province": [
        ('Năm 1995, Tỉnh hội phụ nữ Đông Sơn được tái lập.', ['establish[]->Tỉnh hội phụ nữ Đông Sơn']),
    ],
    "renamed_pairs_of_bare_names": [
        ('Đổi tên xã Tây Sơn thành Hòa An, Đông Sơn thành Hòa Bình, Nam Sơn thành Hòa Phú. Riêng xã Bắc Sơn giữ nguyên.', ['rename[xã Tây Sơn]->xã Hòa An', 'rename[xã Đông Sơn]->xã Hòa Bình', 'rename[xã Nam Sơn]->xã Hòa Phú']),
        ('Đổi tên Trường Tiểu học Tây Sơn thành Trường Tiểu học Hòa An, Đông Sơn thành Hòa Bình.', ['rename[Trường Tiểu học Tây Sơn]->Trường Tiểu học Hòa An']),
    ],
    "a_term_or_a_time_that_ends": [
        ('CLB Luật sư trẻ Tây Sơn cũng đã kết thúc nhiệm kỳ III nên cần tổ chức đại hội.', []),
        ('Năm 2020, Công ty Tây Sơn kết thúc hoạt động.', ['dissolve[Công ty Tây Sơn]->None']),
    ],
    "a_body_that_founds_one_the_grammar_does_not_name": [
        ('Trước đó, Công an tỉnh đã thành lập Tổ thanh tra đặc biệt và đã phát hiện vi phạm.', []),
        ('Hội Nông dân Tây Sơn thành lập tháng 3/1930.', ['establish[]->Hội Nông dân Tây Sơn']),
    ],
    "an_upgrade_named_as_the_basis_of_a_founding": [
        ('Năm 2006, Bộ quyết định thành lập Trường Cao đẳng Dệt may Tây Sơn trên cơ sở nâng cấp Trường Trung học Dệt may Tây Sơn.', ['establish[Trường Trung học Dệt may Tây Sơn]->Trường Cao đẳng Dệt may Tây Sơn']),
    ],
    "a_founding_told_again_without_the_province": [
        ('Thành lập Trung tâm Phục vụ hành chính công tỉnh Tây Sơn\nUBND tỉnh vừa ban hành Quyết định về việc thành lập Trung tâm Phục vụ hành chính công tỉnh Tây Sơn.\nViệc thành lập Trung tâm Phục vụ hành chính công tỉnh góp phần nâng cao hiệu lực.', ['establish[]->Trung tâm Phục vụ hành chính công tỉnh Tây Sơn']),
    ],
    "ghép_as_a_way_of_teaching_or_meeting": [
        ('Đảng bộ phấn đấu sẽ xóa được các chi bộ sinh hoạt ghép như Chi bộ Đông Hưng.', []),
        ('Trường có 5 lớp ghép ở điểm trường Tân An.', []),
        ('Huyện ghép Trường Tiểu học Tân An với Trường Tiểu học Tân Phú.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Phú]->None']),
    ],
    "lập_before_a_named_body": [
        ('TP. Đông Hà lập Ban Chỉ đạo Thi hành án dân sự.', ['establish[]->Ban Chỉ đạo Thi hành án dân sự']),
        ('Sở lập kế hoạch sáp nhập các trường.', []),
        ('Nhân kỷ niệm 72 năm thành lập Hội Nhà báo Tây Sơn.', []),
    ],
    "a_counted_founding_then_lettered_items": [
        ('1. Thành lập 02 Viện kiểm sát nhân dân cấp cao:\n\na) Viện kiểm sát nhân dân cấp cao tại Đông Hà;\n\nb) Viện kiểm sát nhân dân cấp cao tại Tây Sơn.', ['establish[]->None#2', 'establish[]->Viện kiểm sát nhân dân cấp cao tại Đông Hà', 'establish[]->Viện kiểm sát nhân dân cấp cao tại Tây Sơn']),
    ],
    "a_handover_told_again_to_the_unit_council": [
        ('Chuyển giao Vườn quốc gia Tây Sơn cho tỉnh Đông Hà\nThủ tướng đồng ý chuyển giao nguyên trạng Vườn quốc gia Tây Sơn thuộc Bộ Nông nghiệp cho UBND tỉnh Đông Hà trực tiếp quản lý.', ['transfer[Vườn quốc gia Tây Sơn | UBND tỉnh Đông Hà]->UBND tỉnh Đông Hà']),
    ],
    "a_national_park_handed_over": [
        ('Thủ tướng đồng ý chuyển giao nguyên trạng Vườn quốc gia Tây Sơn thuộc Bộ Nông nghiệp cho UBND tỉnh Đông Hà trực tiếp quản lý.', ['transfer[Vườn quốc gia Tây Sơn | UBND tỉnh Đông Hà]->UBND tỉnh Đông Hà']),
    ],
    "a_body_that_founds_a_count_of_others": [
        ('Theo đó, các Đội Cảnh sát giao thông số 1, 2 và 3 thành lập 24 tổ tuần tra đặc biệt.', []),
        ('Trung tâm Phục vụ hành chính công Tây Sơn thành lập từ năm 2013.', ['establish[]->Trung tâm Phục vụ hành chính công Tây Sơn']),
    ],
    "schools_of_a_level_everywhere": [
        ('Sở chuyển các Trường Phổ thông Dân tộc nội trú cấp Trung học cơ sở về trực thuộc UBND cấp huyện quản lý.', []),
    ],
    "a_department_that_receives_a_count_of_bodies": [
        ('Sở GD&ĐT Tây Sơn tiếp nhận thêm 35 cơ sở giáo dục công lập.', ['transfer[Sở GD&ĐT Tây Sơn]->Sở GD&ĐT Tây Sơn#35']),
        ('Ban Quản lý dự án Tây Sơn tiếp nhận 8 ban quản lý dự án cấp huyện.', ['merge[]->Ban Quản lý dự án Tây Sơn#8']),
    ],
    "a_body_that_moves_with_its_people": [
        ('Trường Trung cấp Kỹ thuật Tây Sơn và 25 cán bộ, công chức nhà trường sẽ chuyển giao nguyên trạng về Bộ Công Thương.', ['transfer[Trường Trung cấp Kỹ thuật Tây Sơn | Bộ Công Thương]->Bộ Công Thương']),
        ('Trung tâm Y tế Tây Sơn và 30 viên chức được sáp nhập vào Bệnh viện Đa khoa Tây Sơn.', ['merge[Trung tâm Y tế Tây Sơn | Bệnh viện Đa khoa Tây Sơn]->Bệnh viện Đa khoa Tây Sơn']),
    ],
    "where_the_units_lie_then_the_units": [
        ('Tại quận Tây Sơn, phường Xuân Hà, Phú An và Phú Lợi sáp nhập thành phường Phú Lợi.', ['merge[phường Xuân Hà | phường Phú An | phường Phú Lợi]->phường Phú Lợi']),
        ('Ở quận Đông Hà, phường Hòa An và xã Hòa Sơn nhập thành phường Hòa Khánh.', ['merge[phường Hòa An | xã Hòa Sơn]->phường Hòa Khánh']),
        ('Đối với huyện Tây Hà, xã Hòa Phong và xã Hòa Phú nhập thành xã Tây Hà.', ['merge[xã Hòa Phong | xã Hòa Phú]->xã Tây Hà']),
        ('Riêng xã Tân An, Tân Phú sẽ sáp nhập vào xã Tân Lập.', ['merge[xã Tân An | xã Tân Phú | xã Tân Lập]->xã Tân Lập']),
        ('Đối với Trường Tiểu học Tân An và Trường Tiểu học Tân Phú sẽ sáp nhập thành Trường Tiểu học Tân Lập.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Phú]->Trường Tiểu học Tân Lập']),
    ],
    "bodies_of_a_kind_then_their_list": [
        ('Bộ Y tế thành lập các trung tâm pháp y khu vực trực thuộc Bộ Y tế gồm Trung tâm Pháp y Tây Sơn, Trung tâm Pháp y Đông Hà.', ['establish[]->Trung tâm Pháp y Tây Sơn', 'establish[]->Trung tâm Pháp y Đông Hà']),
        ('Tỉnh sẽ sáp nhập các trường gồm Trường Tiểu học Tân An và Trường Tiểu học Tân Phú.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Phú]->None']),
        ('Tỉnh thành lập các trường chuyên, gồm cả trường công lập.', []),
    ],
    "a_general_department_that_becomes_a_department": [
        ('Theo đó, Tổng cục Thủy sản trở thành Cục Thủy sản từ ngày 1/7.', ['rename[Tổng cục Thủy sản]->Cục Thủy sản']),
        ('Công ty Tây Hà trở thành Tổng công ty Tây Hà.', ['rename[Công ty Tây Hà]->Tổng công ty Tây Hà']),
        ('Trường Tây Hà trở thành Trung tâm Tây Hà.', []),
    ],
    "founded_with_its_seat_in_brackets": [
        ('Học viện Chính trị khu vực V (đặt tại thành phố Đông Hà) được thành lập năm 2006.', ['establish[]->Học viện Chính trị khu vực V']),
    ],
    "renamed_with_a_new_name_told_as_new": [
        ('Năm 1914, Trường Y Tây Sơn được đổi tên mới là Trường Cao đẳng Y Tây Sơn.', ['rename[Trường Y Tây Sơn]->Trường Cao đẳng Y Tây Sơn']),
        ('Năm 1920, Trạm Thú y Tây Sơn đổi tên mới thành Chi cục Thú y Tây Sơn.', ['rename[Trạm Thú y Tây Sơn]->Chi cục Thú y Tây Sơn']),
    ],
    "a_body_moving_its_membership": [
        ('Đoàn Thanh niên Công ty Tây Hà chuyển sinh hoạt từ Thành đoàn Đông Sơn về trực thuộc Đoàn Khối Doanh nghiệp tỉnh.', ['transfer[Đoàn Thanh niên Công ty Tây Hà | Đoàn Khối Doanh nghiệp tỉnh]->Đoàn Khối Doanh nghiệp tỉnh']),
        ('Chi bộ đã chuyển sinh hoạt đảng cho 5 đảng viên.', []),
    ],
    "founded_under_a_foreign_name": [
        ('Trường được thành lập năm 1948 với tên gọi ban đầu là Collège de Đông Hà.', ['establish[]->Collège de Đông Hà']),
        ('Năm 1903, bệnh viện được thành lập với tên gọi là Hôpital Municipal de Tây Sơn tại Sài Gòn.', ['establish[]->Hôpital Municipal de Tây Sơn']),
    ],
    "a_time_clause_after_a_founding": [
        ('Sau khi thành lập xã Phú An, xã Phú Hòa còn lại 9.100 ha diện tích tự nhiên.', ['establish[]->xã Phú An']),
        ('Sau khi thành lập xã Phú An, xã Phú Bình và xã Phú Hòa, huyện có 12 xã.', ['establish[]->xã Phú An', 'establish[]->xã Phú Bình', 'establish[]->xã Phú Hòa']),
    ],
    "a_merger_told_again_without_the_province_word": [
        ('Quốc hội hợp nhất tỉnh Tây Sơn vào tỉnh Đông Hà, với tên gọi là tỉnh Đông Hà. Sau khi hợp nhất tỉnh Đông Hà và Tây Sơn, tỉnh có 65 xã.', ['merge[tỉnh Tây Sơn | tỉnh Đông Hà]->tỉnh Đông Hà']),
    ],
    "a_merger_told_again_into_a_receiver_written_shorter": [
        ('Sáp nhập Tổng công ty Lâm Phát, Tổng công ty Hòa Vân vào Công ty mẹ - Tập đoàn Sơn Hà. Bộ đồng ý sáp nhập Tổng công ty Lâm Phát, Tổng công ty Hòa Vân vào Công ty mẹ - Sơn Hà.',
         ['merge[Tổng công ty Lâm Phát | Tổng công ty Hòa Vân | Công ty mẹ - Tập đoàn Sơn Hà]->Công ty mẹ - Tập đoàn Sơn Hà']),
        # the same bodies merged into two receivers of different kinds are two merges
        ('Năm 2001 sáp nhập Trường Lâm Phát, Trường Hòa Vân vào Trường Sơn Hà. Năm 2010 sáp nhập Trường Lâm Phát, Trường Hòa Vân vào Trung tâm Sơn Hà.',
         ['merge[Trường Lâm Phát | Trường Hòa Vân | Trường Sơn Hà]->Trường Sơn Hà',
          'merge[Trường Lâm Phát | Trường Hòa Vân | Trung tâm Sơn Hà]->Trung tâm Sơn Hà']),
    ],
    "a_list_with_numbered_items": [
        # the number of each item of a list names nothing; one left without a separator still ends the item before it
        ('Thành lập 3 phường thuộc thị xã Lâm Phát, gồm: (1) Phường Tân Hòa; (2) Phường Tân Phú; (3) Phường Tân An.',
         ['establish[]->Phường Tân Hòa', 'establish[]->Phường Tân Phú', 'establish[]->Phường Tân An']),
        ('Thành lập 3 phường thuộc thị xã Lâm Phát, gồm: (1) Phường Tân Hòa; (2) Phường Tân Phú (3) Phường Tân An.',
         ['establish[]->Phường Tân Hòa', 'establish[]->Phường Tân Phú', 'establish[]->Phường Tân An']),
        ('Giải thể các trạm: (a) Trạm Y tế Tân Hòa, (b) Trạm Y tế Tân Phú.',
         ['dissolve[Trạm Y tế Tân Hòa | Trạm Y tế Tân Phú]->None']),
        # a number in brackets inside a name or after a count is no item's
        ('Trường Mầm non Hoa Mai (2) được thành lập năm 2001.', ['establish[]->Trường Mầm non Hoa Mai']),
    ],
    "bodies_that_announce_or_are_in_the_midst_of_an_act": [
        ('Ngân hàng Lâm Phát và Ngân hàng Hòa Vân mới đây đã tuyên bố sáp nhập.',
         ['merge[Ngân hàng Lâm Phát | Ngân hàng Hòa Vân]->None']),
        ('Ngân hàng Lâm Phát và Ngân hàng Hòa Vân đang trong quá trình sáp nhập.',
         ['merge[Ngân hàng Lâm Phát | Ngân hàng Hòa Vân]->None']),
        ('Hai công ty Lâm Phát và Hòa Vân hoàn tất sáp nhập.', ['merge[công ty Lâm Phát | công ty Hòa Vân]->None']),
        ('Trường Tiểu học Tân Hòa - được thành lập năm 1975 - là trường chuẩn quốc gia.',
         ['establish[]->Trường Tiểu học Tân Hòa']),
        # who approves a merge of others is no party to it
        ('Ngân hàng Nhà nước chấp thuận sáp nhập Ngân hàng Lâm Phát vào Ngân hàng Hòa Vân.',
         ['merge[Ngân hàng Lâm Phát | Ngân hàng Hòa Vân]->Ngân hàng Hòa Vân']),
        ('Hai ngân hàng đang trong quá trình đàm phán.', []),
    ],
    "units_counted_by_their_level": [
        ('Dự kiến sắp xếp 3 đơn vị hành chính cấp xã gồm: Tân Hòa, Tân Phú, Tân Lập thành xã Tân Hòa.', ['merge[xã Tân Hòa | xã Tân Phú | xã Tân Lập]->xã Tân Hòa#3']),
        ('Huyện sẽ sáp nhập 2 đơn vị cấp xã gồm: thị trấn Tân An và xã Tân Lập.', ['merge[thị trấn Tân An | xã Tân Lập]->None#2']),
    ],
    "whole_villages_merged": [
        ('Nhập toàn bộ thôn Tân Hòa vào thôn Tân Phú.', ['merge[thôn Tân Hòa | thôn Tân Phú]->thôn Tân Phú']),
        ('• Sáp nhập toàn bộ ấp Phú Lộc B vào ấp Phú Lợi thành ấp Phú Lộc Lợi', ['merge[ấp Phú Lộc B | ấp Phú Lợi]->ấp Phú Lộc Lợi']),
    ],
    "units_known_by_their_owner": [
        ('2. Phòng khám đa khoa thuộc Trung tâm Y tế quận Đông Hà đổi tên thành Trung tâm Y tế quận Đông Hà – cơ sở 2.', ['rename[Phòng khám đa khoa thuộc Trung tâm Y tế quận Đông Hà]->Trung tâm Y tế quận Đông Hà – cơ sở 2']),
        ('Kho bạc giải thể Phòng Giao dịch trực thuộc Kho bạc Nhà nước Tây Sơn.', ['dissolve[Phòng Giao dịch trực thuộc Kho bạc Nhà nước Tây Sơn]->None']),
    ],
    "a_history_of_steps_in_one_sentence": [
        ('Trường Y sỹ Tây Sơn được thành lập năm 1962, năm 1976 trường được đổi tên thành Trường Trung học Y tế Tây Sơn và năm 2006 được nâng cấp thành Trường Cao đẳng Y tế Tây Sơn.', ['establish[]->Trường Y sỹ Tây Sơn', 'rename[Trường Y sỹ Tây Sơn]->Trường Trung học Y tế Tây Sơn', 'establish[Trường Trung học Y tế Tây Sơn]->Trường Cao đẳng Y tế Tây Sơn']),
        ('Trạm Thú y Đông Hà được đổi tên thành Chi cục Thú y Đông Hà, năm 2010 được nâng lên thành Trung tâm Thú y Đông Hà.', ['rename[Trạm Thú y Đông Hà]->Chi cục Thú y Đông Hà', 'establish[Chi cục Thú y Đông Hà]->Trung tâm Thú y Đông Hà']),
        ('Năm 2008 được nâng cấp thành Trường Cao đẳng Y tế Tây Sơn.', []),
        ('Công ty TNHH Đông Hà được đổi tên thành Công ty TNHH Tây Hà, năm 2016 được chuyển thành Công ty cổ phần Tây Hà.', ['rename[Công ty TNHH Đông Hà]->Công ty TNHH Tây Hà', 'rename[Công ty TNHH Tây Hà]->Công ty cổ phần Tây Hà']),
        ('Năm 2016 được chuyển thành Công ty cổ phần Tây Hà.', []),
    ],
    "founded_set_off_by_a_comma": [
        ('Thư viện Nhân dân thị xã Đông Hà (thuộc tỉnh Tây Sơn), được thành lập sau ngày thống nhất đất nước.', ['establish[]->Thư viện Nhân dân thị xã Đông Hà']),
        ('Tiền thân của Thư viện tỉnh Đông Sơn là Thư viện Nhân dân thị xã Đông Hà, được thành lập sau ngày giải phóng.', ['establish[]->Thư viện Nhân dân thị xã Đông Hà']),
        ('Ông Nguyễn Văn An, Giám đốc Sở Y tế, được thành lập hội đồng riêng.', []),
    ],
    "offices_closed_by_number": [
        ('Tại Hải Phòng, Ngân hàng Sơn Hà đóng 2 phòng giao dịch.', ['dissolve[]->None#2']),
        ('Trong năm, ngân hàng đã đóng 11 PGD và 3 chi nhánh.', ['dissolve[]->None#11', 'dissolve[]->None#3']),
        ('Ngân hàng Sơn Hà đóng góp 5 tỷ đồng cho quỹ vì người nghèo.', []),
        ('Sư đoàn 5 đóng quân tại xã Đông Sơn từ năm 1975.', []),
        ('Chi nhánh Ngân hàng Sơn Hà đóng trụ sở tại phường Tây Hà.', []),
        ('Ngân hàng đóng vai trò quan trọng trong 2 phòng giao dịch mới.', []),
    ],
    "rename_as_a_later_step": [
        ('Huyện được thành lập năm 1979 với tên gọi ban đầu là huyện Hòa Lạc, trên cơ sở hợp nhất hai huyện An Lạc và Bình Yên và đến ngày 2 tháng 6 năm 1983, huyện Hòa Lạc được đổi tên thành huyện Hòa Bình.', ['merge[huyện An Lạc | huyện Bình Yên]->huyện Hòa Lạc#2', 'rename[huyện Hòa Lạc]->huyện Hòa Bình']),
        ('Sáp nhập xã Đông Yên vào xã Tây Yên, sau đó đến năm 2008 xã Tây Yên được đổi tên thành xã Hòa Yên.', ['merge[xã Đông Yên | xã Tây Yên]->xã Tây Yên', 'rename[xã Tây Yên]->xã Hòa Yên']),
        ('Sáp nhập xã Đông Sơn vào xã Tây Sơn và đổi tên xã Tây Sơn thành xã Hòa Sơn.', ['merge[xã Đông Sơn | xã Tây Sơn]->xã Hòa Sơn']),
    ],
    "under_one_roof": [
        ('Ngân hàng Sao Mai và Ngân hàng Bình Minh sẽ về chung một nhà từ tháng 5.', ['merge[Ngân hàng Sao Mai | Ngân hàng Bình Minh]->None']),
        ('Sau nhiều năm xa cách, cả gia đình lại về chung một nhà.', []),
    ],
    "stations_and_fronts": [
        ('Năm 1975, Bộ thành lập Trại Giống cây trồng Hòa Vân.', ['establish[]->Trại Giống cây trồng Hòa Vân']),
        ('Đại hội tuyên bố thành lập Mặt trận Đoàn kết dân tộc Hòa Vân.', ['establish[]->Mặt trận Đoàn kết dân tộc Hòa Vân']),
        ('Trại hè của học sinh đã khai mạc sáng nay.', []),
    ],
    "founded_under_a_former_name": [
        ('Viện Kinh tế Hòa Vân, trước đây là Viện Kinh tế học, được thành lập ngày 06/02/1960.', ['rename[Viện Kinh tế học]->Viện Kinh tế Hòa Vân', 'establish[]->Viện Kinh tế học']),
        ('Bệnh viện Đông Sơn, tiền thân là Trạm Y tế Đông Sơn, được thành lập ngày 12/5/1965.', ['establish[]->Trạm Y tế Đông Sơn']),
        ('Trung tâm Y tế Đông Sơn được thành lập từ ngày 1/7/2025 trên cơ sở hợp nhất Bệnh viện Đông Sơn và Trạm Y tế Đông Sơn.', ['merge[Bệnh viện Đông Sơn | Trạm Y tế Đông Sơn]->Trung tâm Y tế Đông Sơn']),
    ],
    "renamed_from_one_name_to_another": [
        ('Ngân hàng Sao Mai được chấp thuận thay đổi tên viết tắt tiếng Anh từ Saomaibank sang SMBank.', ['rename[Saomaibank]->SMBank']),
        ('Tỉnh chuyển Trường Trung cấp Nghề Đông Sơn sang Sở Giáo dục và Đào tạo.', ['transfer[Trường Trung cấp Nghề Đông Sơn | Sở Giáo dục và Đào tạo]->Sở Giáo dục và Đào tạo']),
    ],
    "party_groups_in_each_body": [
        ('Tỉnh ủy kết thúc hoạt động của 3 đảng đoàn gồm các Đảng đoàn: Hội Nông dân tỉnh; Hội Cựu chiến binh tỉnh; Liên đoàn Lao động tỉnh.', ['dissolve[Đảng đoàn Hội Nông dân tỉnh]->None', 'dissolve[Đảng đoàn Hội Cựu chiến binh tỉnh]->None', 'dissolve[Đảng đoàn Liên đoàn Lao động tỉnh]->None']),
        ('Giải thể Hội Nông dân tỉnh Hòa Sơn.', ['dissolve[Hội Nông dân tỉnh Hòa Sơn]->None']),
    ],
    "numbered_villages_and_new_names": [
        ('Sáp nhập tổ dân phố số 1 với tổ dân phố số 5a và đặt tên là: Tổ dân phố số 1.', ['merge[tổ dân phố số 1 | tổ dân phố số 5a]->Tổ dân phố số 1']),
        ('Sáp nhập thôn Đông với thôn Tây và đặt tên là thôn Đông Tây.', ['merge[thôn Đông | thôn Tây]->thôn Đông Tây']),
    ],
    "raised_a_level": [
        ('Năm 2005, Trung tâm Kiểm nghiệm được nâng lên thành Viện Kiểm nghiệm thuốc.', ['establish[Trung tâm Kiểm nghiệm]->Viện Kiểm nghiệm thuốc']),
        ('Thành phố nâng cấp Phòng Quản lý thị trường lên thành Chi cục Quản lý thị trường thuộc Sở Công Thương.', ['establish[Phòng Quản lý thị trường]->Chi cục Quản lý thị trường']),
        ('Vụ Năng lượng tái tạo sẽ được nâng cấp thành Cục Năng lượng tái tạo.', ['establish[Vụ Năng lượng tái tạo]->Cục Năng lượng tái tạo']),
        ('Bệnh viện cần nâng cấp Khoa Cấp cứu để phục vụ người dân.', []),
    ],
    "founded_together_with_acronyms": [
        ('Công ty Cổ phần Xi măng Hạ Long (HLC) và Công ty Cổ phần Thép Miền Bắc (MBS) chính thức được thành lập vào năm 2010.', ['establish[]->Công ty Cổ phần Xi măng Hạ Long', 'establish[]->Công ty Cổ phần Thép Miền Bắc']),
    ],
    "moved_then_renamed": [
        ('Năm 1976, Nhà xuất bản Bình Minh chuyển vào TP.HCM và đổi tên thành Nhà xuất bản Văn học Bình Minh.', ['rename[Nhà xuất bản Bình Minh]->Nhà xuất bản Văn học Bình Minh']),
        ('Năm 2008, Công ty Vận tải biển Bắc chuyển ra Hải Phòng và đổi tên thành Công ty Vận tải biển Hải Phòng.', ['rename[Công ty Vận tải biển Bắc]->Công ty Vận tải biển Hải Phòng']),
        ('Bệnh viện 71 Trung ương chuyển về tỉnh Thanh Hóa.', ['transfer[Bệnh viện 71 Trung ương | tỉnh Thanh Hóa]->tỉnh Thanh Hóa']),
    ],
    "renamings_pair_by_pair": [
        ('Các ngân hàng đã đổi tên như: Ngân hàng Nam Việt thành Ngân hàng Quốc Dân, Ngân hàng Nông thôn Đại Á thành Ngân hàng Đại Á.', ['rename[Ngân hàng Nam Việt]->Ngân hàng Quốc Dân', 'rename[Ngân hàng Nông thôn Đại Á]->Ngân hàng Đại Á']),
        ('Huyện đổi tên Trường Tiểu học Sen thành Trường Tiểu học Hòa Bình; Trường THCS Lê Lợi thành Trường THCS Hòa Bình và Trường Mầm non Sen thành Trường Mầm non Hòa Bình.', ['rename[Trường Tiểu học Sen]->Trường Tiểu học Hòa Bình', 'rename[Trường THCS Lê Lợi]->Trường THCS Hòa Bình', 'rename[Trường Mầm non Sen]->Trường Mầm non Hòa Bình']),
        ('Trường Tiểu học Sen đổi tên thành Trường Tiểu học Hòa Bình, Trường THCS Lê Lợi vẫn giữ tên.', ['rename[Trường Tiểu học Sen]->Trường Tiểu học Hòa Bình']),
    ],
    "converged_media": [
        ('Công bố thành lập Đài Phát thanh Truyền hình và Báo Quảng Lâm\nBáo Quảng Lâm và Đài Phát thanh - Truyền hình Quảng Lâm được hợp nhất thành lập cơ quan mới là Đài Phát thanh - Truyền hình và Báo Quảng Lâm.', ['merge[Báo Quảng Lâm | Đài Phát thanh - Truyền hình Quảng Lâm]->Đài Phát thanh - Truyền hình và Báo Quảng Lâm']),
        ('Tỉnh hợp nhất Báo Quảng Lâm và Đài Phát thanh - Truyền hình Quảng Lâm.', ['merge[Báo Quảng Lâm | Đài Phát thanh - Truyền hình Quảng Lâm]->None']),
    ],
    "lower_case_kind_with_a_number": [
        ('Ngày 3/5, Sở Y tế ký quyết định thành lập Bệnh viện dã chiến số 2 tại huyện Phú Lương.', ['establish[]->Bệnh viện dã chiến số 2']),
        ('Năm 1946, Chính phủ ra sắc lệnh thành lập Nha Thông tin Việt Nam.', ['establish[]->Nha Thông tin Việt Nam']),
        ('Ngân hàng được chấp thuận thành lập Chi nhánh Hội An và Phòng giao dịch Sơn Trà.', ['establish[]->Chi nhánh Hội An', 'establish[]->Phòng giao dịch Sơn Trà']),
    ],
    "ended_body_named_before": [
        ('Tạp chí Kinh tế Miền Núi nhiều lần vi phạm. Cơ quan chủ quản đề nghị chấm dứt hoạt động của tạp chí in này.', ['dissolve[Tạp chí Kinh tế Miền Núi]->None']),
        ('Trường Tiểu học Lê Lợi chỉ còn 40 học sinh. Huyện giải thể trường này từ tháng 9.', ['dissolve[Trường Tiểu học Lê Lợi]->None']),
        ('Năm 2020, Tổng công ty quyết định giải thể công ty này.', []),
        ('Tỉnh giải thể Công ty Lâm nghiệp Đắk Mil và Công ty Lâm nghiệp Đắk Song. Cùng với việc giải thể các công ty này, tỉnh giao rừng cho xã.', ['dissolve[Công ty Lâm nghiệp Đắk Mil | Công ty Lâm nghiệp Đắk Song]->None']),
    ],
    "renamed_in_other_words": [
        ('Một số ngân hàng cũng vừa thay đổi tên gọi như Ngân hàng Miền Đông thành Ngân hàng Đông Á, Ngân hàng Nhà Cần Thơ thành Ngân hàng Phát triển Cần Thơ.', ['rename[Ngân hàng Miền Đông]->Ngân hàng Đông Á', 'rename[Ngân hàng Nhà Cần Thơ]->Ngân hàng Phát triển Cần Thơ']),
        ('Trường Tiểu học Sen thay đổi tên gọi thành Trường Tiểu học Hòa Bình.', ['rename[Trường Tiểu học Sen]->Trường Tiểu học Hòa Bình']),
    ],
    "counting_in_is_no_condition": [
        ('Vùng này còn lại 6 tỉnh (nếu tính cả tỉnh Long Lâm sáp nhập vào tỉnh Tây Lâm).', ['merge[tỉnh Long Lâm | tỉnh Tây Lâm]->tỉnh Tây Lâm']),
        ('Nếu sáp nhập tỉnh Long Lâm vào tỉnh Tây Lâm thì tỉnh mới rất rộng.', []),
    ],
    "army_units": [
        ('Quân đoàn 12 được thành lập trên cơ sở hợp nhất Quân đoàn 1 (Binh đoàn Quyết Thắng) và Binh đoàn 12.', ['merge[Quân đoàn 1 | Binh đoàn 12]->Quân đoàn 12']),
        ('Bộ Quốc phòng giải thể Sư đoàn 302 từ tháng 6.', ['dissolve[Sư đoàn 302]->None']),
    ],
    "places_named_after_farms": [
        ('Năm 1992, tỉnh giải thể thị trấn Nông trường Tây Sơn và thị trấn Lâm trường Bắc Hà.', ['dissolve[thị trấn Nông trường Tây Sơn | thị trấn Lâm trường Bắc Hà]->None']),
        ('Năm 1956, Bộ ra nghị định thành lập Ty Công an đường thủy trực thuộc Cục Đường thủy.', ['establish[]->Ty Công an đường thủy']),
    ],
    "part_taken_out_of_a_body": [
        # a body come out of another ("tách (ra) từ") is founded out of it; "tách khỏi" tells a split
        ('Năm 2011, Trường Cao đẳng Sơn Hà tách ra từ Trường Đại học Sơn Hà.', ['establish[Trường Đại học Sơn Hà]->Trường Cao đẳng Sơn Hà']),
        ('Trung tâm Y tế Sơn Hà được thành lập năm 2011, sau khi tách ra từ Bệnh viện Đa khoa Sơn Hà.', ['establish[Bệnh viện Đa khoa Sơn Hà]->Trung tâm Y tế Sơn Hà']),
        ('Tỉnh Tân Phú chính thức ra đời ngày 1/1/1997, tách từ tỉnh Tân An.', ['establish[tỉnh Tân An]->Tỉnh Tân Phú']),
        ('Chi cục Thuế Sơn Hà tách khỏi Chi cục Thuế Bình Lâm từ năm 2005.', ['split[Chi cục Thuế Bình Lâm]->Chi cục Thuế Sơn Hà']),
    ],
    "parts_of_a_body_are_not_founded": [
        ('Tỉnh thành lập Trung tâm Văn hóa tỉnh Hà Lâm. Trung tâm có ban giám đốc và 3 phòng, đội chuyên môn gồm: Phòng Hành chính; Phòng Nghệ thuật; Đội Chiếu phim lưu động.', ['establish[]->Trung tâm Văn hóa tỉnh Hà Lâm']),
    ],
    "branches_of_a_brand": [
        ('Toàn bộ hoạt động của Agribank Chi nhánh Bến Nghé được bàn giao cho Agribank Chi nhánh Sài Gòn.', ['transfer[Agribank Chi nhánh Bến Nghé | Agribank Chi nhánh Sài Gòn]->Agribank Chi nhánh Sài Gòn']),
    ],
    "councils_joined_in_one_name": [
        ('Tỉnh ủy tách Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thành Đảng bộ Văn phòng UBND tỉnh và Đảng bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh.', ['split[Đảng bộ Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh]->None']),
    ],
    "founded_under_another_name": [
        ('Bệnh viện Đa khoa Trung ương Hà Lâm được thành lập tháng 7/1951 có tên là Bệnh viện Liên khu Tây Bắc.', ['establish[]->Bệnh viện Liên khu Tây Bắc']),
        ('Trường Đại học Sơn Hà được thành lập năm 1960 với tên gọi là Trường Trung cấp Nông lâm Sơn Hà.', ['establish[]->Trường Trung cấp Nông lâm Sơn Hà']),
    ],
    "dividends_are_not_split": [
        ('Vốn điều lệ tăng thêm từ chia cổ tức và cổ phiếu thưởng. Các hoạt động lưu ký của Ngân hàng Sài Gòn Thương Tín sẽ được thực hiện vào quý IV.', []),
    ],
    "headlines_in_capitals": [
        ('THÀNH LẬP THỊ TRẤN TÂN BÌNH THUỘC HUYỆN DƯƠNG MINH CHÂU\nNgày 5/3, thị trấn Tân Bình được thành lập trên cơ sở xã Tân Bình.', ['establish[xã Tân Bình]->thị trấn Tân Bình']),
        # the line is read in the case of running text: "THÀNH PHỐ" is a head, not the word "thành"
        ('SÁP NHẬP TRƯỜNG TIỂU HỌC AN PHÚ VÀO TRƯỜNG TIỂU HỌC BÌNH MINH THÀNH PHỐ TÂN AN', ['merge[Trường Tiểu Học An Phú | Trường Tiểu Học Bình Minh thành phố Tân An]->Trường Tiểu Học Bình Minh thành phố Tân An']),
        ('SÁP NHẬP TRƯỜNG THCS LÊ LỢI VÀO TRƯỜNG THCS QUANG TRUNG', ['merge[Trường THCS Lê Lợi | Trường THCS Quang Trung]->Trường THCS Quang Trung']),
        ('GIẢI THỂ TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP THUỘC UBND HUYỆN AN PHÚ', ['dissolve[Trung Tâm Dịch Vụ Nông Nghiệp thuộc UBND huyện An Phú]->None']),
    ],
    "long_names_of_ministry_departments": [
        ('Các đơn vị mới được thành lập là: Cục Chế biến, Thương mại nông lâm sản và nghề muối; Vụ Khoa học, Công nghệ và Môi trường.', ['establish[]->Cục Chế biến, Thương mại nông lâm sản và nghề muối', 'establish[]->Vụ Khoa học, Công nghệ và Môi trường']),
        ('Năm 1945, Hội đồng Chính phủ ban hành Quyết nghị về việc lập Bộ Canh nông.', ['establish[]->Bộ Canh nông']),
        ('Năm 2020, tỉnh chỉ đạo việc lập kế hoạch sáp nhập các trường.', []),
    ],
    "merged_then_renamed": [
        ('Năm 1960, Nhà nước chuyển Tổng cục Điện lực sáp nhập vào Bộ Thủy lợi, đổi tên Bộ Thủy lợi thành Bộ Thủy lợi và Điện lực.', ['merge[Tổng cục Điện lực | Bộ Thủy lợi]->Bộ Thủy lợi và Điện lực']),
    ],
    "a verb in brackets tells one member": [
        ('Thành lập 4 Công an phường thuộc TP Hà Lâm, gồm Công an phường Gia An (trên cơ sở sáp nhập Công an phường Phú An và Công an phường Phú Lộc); Công an phường Hương Sơn, Công an phường Thủy Sơn.', ['merge[Công an phường Phú An | Công an phường Phú Lộc]->Công an phường Gia An', 'establish[]->Công an phường Hương Sơn', 'establish[]->Công an phường Thủy Sơn']),
    ],
    "ended_subject_named_before": [
        ('Cục Báo chí trước đây thuộc Bộ Thông tin và Truyền thông. Bộ này đã bị giải thể.', ['dissolve[Bộ Thông tin và Truyền thông]->None']),
        ('Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp ra đời năm 2018. Nay Ủy ban này kết thúc hoạt động.', ['establish[]->Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp', 'dissolve[Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp]->None']),
        ('Ông Tuấn, Tổng giám đốc Kho bạc Nhà nước cho biết, cơ quan này sẽ giải thể và sáp nhập 43 phòng giao dịch.', ['dissolve[]->None#43']),
        ('Trường này giải thể từ năm ngoái.', []),
    ],
    "founded_on_several_bases": [
        ('Tỉnh Lai Sơn được thành lập trên cơ sở các huyện Mường Tè, Phong Thổ, Sìn Hồ của tỉnh Lai Sơn cũ.', ['establish[huyện Mường Tè | huyện Phong Thổ | huyện Sìn Hồ]->Tỉnh Lai Sơn']),
        ('Cục Quản lý thị trường trong nước được thành lập trên cơ sở chức năng, bộ máy của Tổng cục Quản lý thị trường và Vụ Thị trường trong nước.', ['establish[Tổng cục Quản lý thị trường | Vụ Thị trường trong nước]->Cục Quản lý thị trường trong nước']),
    ],
    "a department takes over other kinds": [
        ('Sở Nội vụ tiếp nhận Trung tâm Dịch vụ việc làm và Viện Khoa học Lao động.', ['transfer[Trung tâm Dịch vụ việc làm | Viện Khoa học Lao động | Sở Nội vụ]->Sở Nội vụ']),
        ('Ban Quản lý dự án Giao thông tiếp nhận Ban Quản lý dự án khu vực Hà Sơn.', ['merge[Ban Quản lý dự án khu vực Hà Sơn | Ban Quản lý dự án Giao thông]->Ban Quản lý dự án Giao thông']),
    ],
    "a bare count for the bodies just named": [
        ('Trước đó, tỉnh Hà Nam và Nam Định là hai đơn vị riêng.\n\nNăm 1965, hai tỉnh được sáp nhập thành tỉnh Nam Hà.', ['merge[tỉnh Hà Nam | tỉnh Nam Định]->tỉnh Nam Hà#2']),
        ('Năm 1965, hai tỉnh được sáp nhập thành tỉnh Bắc Thái.', ['merge[]->tỉnh Bắc Thái#2']),
    ],
    "members_placed_in_brackets": [
        ('Bộ sáp nhập các trường Trung cấp Cảnh sát nhân dân 3 (Cần Thơ), Trung cấp Cảnh sát nhân dân 5 (Quảng Nam) vào Cao đẳng Cảnh sát nhân dân II.', ['merge[trường Trung cấp Cảnh sát nhân dân 3 | Trung cấp Cảnh sát nhân dân 5 | Cao đẳng Cảnh sát nhân dân II]->Cao đẳng Cảnh sát nhân dân II']),
    ],
    "re_formed_as_several": [
        ('Bộ trình đề án tổ chức lại Tổng cục Đường thủy Việt Nam thành Cục Đường thủy Việt Nam và Cục Hàng hải Việt Nam.', ['split[Tổng cục Đường thủy Việt Nam]->None']),
        ('Bộ đồng ý tổ chức lại Công ty Ba Sơn thành Tổng công ty Ba Sơn, Thủ tướng Chính phủ có ý kiến như sau.', ['establish[Công ty Ba Sơn]->Tổng công ty Ba Sơn']),
    ],
    "theatres_with_arts_in_their_names": [
        ('Nhà hát Ca, Múa, Nhạc dân gian Tây Lâm sẽ được sáp nhập vào Nhà hát Ca, Múa, Nhạc Hà Lâm.', ['merge[Nhà hát Ca, Múa, Nhạc dân gian Tây Lâm | Nhà hát Ca, Múa, Nhạc Hà Lâm]->Nhà hát Ca, Múa, Nhạc Hà Lâm']),
    ],
    "units_that_belong_are_not_founded": [
        ('Bộ thành lập Viện Đổi mới sáng tạo Hà Lâm. Các đơn vị sự nghiệp trực thuộc Bộ, bao gồm: Viện Năng lượng Hà Lâm, Viện Sở hữu trí tuệ Hà Lâm.', ['establish[]->Viện Đổi mới sáng tạo Hà Lâm']),
    ],
    "theatres": [
        ('Bộ sẽ hợp nhất Nhà hát Chèo Hà Lâm và Nhà hát Tuồng Hà Lâm thành Nhà hát Sân khấu truyền thống Hà Lâm.', ['merge[Nhà hát Chèo Hà Lâm | Nhà hát Tuồng Hà Lâm]->Nhà hát Sân khấu truyền thống Hà Lâm']),
    ],
    "branches_opened": [
        ('Ngân hàng Nhà nước chấp thuận cho ngân hàng được mở 3 chi nhánh gồm: Chi nhánh Vĩnh Lâm; Chi nhánh Lâm Hà và Chi nhánh Sơn Hà.', ['establish[]->Chi nhánh Vĩnh Lâm', 'establish[]->Chi nhánh Lâm Hà', 'establish[]->Chi nhánh Sơn Hà']),
        ('Tập đoàn mở Chi nhánh Hà Lâm.', ['establish[]->Chi nhánh Hà Lâm']),
        # members listed with whose and where each is; a line that leaves out the verb goes on with the list
        ('Ngân hàng được thành lập 2 phòng giao dịch bao gồm: Phòng giao dịch Tân Lâm trực thuộc chi nhánh Sơn Hà; Phòng giao dịch Hà Phú trực thuộc chi nhánh Vĩnh Lâm.', ['establish[]->Phòng giao dịch Tân Lâm', 'establish[]->Phòng giao dịch Hà Phú']),
        ('Ngân hàng được mở 2 chi nhánh gồm: Chi nhánh Sơn Hà và Chi nhánh Hà Lâm. 2 phòng giao dịch bao gồm: Phòng giao dịch Tân Lâm trực thuộc Sacombank chi nhánh Sơn Hà tại tỉnh Sơn Hà; Phòng giao dịch Hà Phú trực thuộc Sacombank chi nhánh Vĩnh Lâm.', ['establish[]->Chi nhánh Sơn Hà', 'establish[]->Chi nhánh Hà Lâm', 'establish[]->Phòng giao dịch Tân Lâm', 'establish[]->Phòng giao dịch Hà Phú']),
        ('Năm nay ngân hàng sẽ mở thêm 10 chi nhánh.', ['establish[]->None#10']),
        ('Năm 2024, Sacombank mở mới 10 phòng giao dịch.', ['establish[]->None#10']),
        ('Trường mở 10 ngành đào tạo mới.', []),
        ('Năm 2024, toàn tỉnh thành lập mới 85 chi nhánh.', []),
        ('Trường Đại học Hà Lâm mở ngành Y khoa và mở rộng Khoa Dược.', []),
    ],
    "one_body_of_each_place_counted": [
        ('Hợp nhất Hội Nhà báo 3 tỉnh: Hà Lâm, Sơn Hà và Vĩnh Lâm thành Hội Nhà báo tỉnh Hà Lâm.', ['merge[Hội Nhà báo tỉnh Hà Lâm | Hội Nhà báo tỉnh Sơn Hà | Hội Nhà báo tỉnh Vĩnh Lâm]->Hội Nhà báo tỉnh Hà Lâm#3']),
        ('Tỉnh đã hợp nhất Sở Tài chính hai tỉnh Hà Lâm và Sơn Hà thành Sở Tài chính tỉnh Hà Lâm.', ['merge[Sở Tài chính tỉnh Hà Lâm | Sở Tài chính tỉnh Sơn Hà]->Sở Tài chính tỉnh Hà Lâm#2']),
        ('Sáp nhập Báo Hà Lâm với Báo Sơn Hà, hai tỉnh có chung một tờ báo.', ['merge[Báo Hà Lâm | Báo Sơn Hà]->None']),
        ('Bộ trưởng ký quyết định giải thể Bộ Chỉ huy Biên phòng 6 tỉnh, thành phố.', ['dissolve[]->None#6']),
        ('Việc hợp nhất các Hội Văn học nghệ thuật 3 tỉnh cũ thành Hội Văn học nghệ thuật tỉnh Hà Lâm đã hoàn thành.', ['merge[]->Hội Văn học nghệ thuật tỉnh Hà Lâm#3']),
    ],
    "ended_units_listed_after_their_nouns": [
        ('Ngân hàng Nhà nước chấp thuận cho ngân hàng chấm dứt hoạt động một số chi nhánh, phòng giao dịch gồm: Chi nhánh Sơn Hà; Phòng giao dịch Tân Lâm trực thuộc Chi nhánh Sơn Hà.', ['dissolve[Chi nhánh Sơn Hà]->None', 'dissolve[Phòng giao dịch Tân Lâm]->None']),
        ('Ngân hàng chấm dứt hoạt động một số phòng giao dịch gồm: Phòng giao dịch Tân Lâm; Phòng giao dịch Hà Phú.', ['dissolve[Phòng giao dịch Tân Lâm]->None', 'dissolve[Phòng giao dịch Hà Phú]->None']),
        # the parts of a body are listed, not founded
        ('Công an thành phố sau khi thành lập có tổ chức bộ máy gồm: Công an phường Tân Lâm, Công an phường Hà Phú.', []),
    ],
    "counted_bodies_and_their_people": [
        ('Liên đoàn Lao động tỉnh chuyển giao 57 công đoàn cơ sở và 3.499 đoàn viên trực thuộc Công đoàn ngành Giáo dục tỉnh về Công đoàn Viên chức tỉnh.', ['transfer[Công đoàn Viên chức tỉnh]->Công đoàn Viên chức tỉnh#57']),
        ('Đảng ủy Khối chuyển 12 chi bộ với 230 đảng viên về Đảng bộ xã Tân Lâm.', ['transfer[Đảng bộ xã Tân Lâm]->Đảng bộ xã Tân Lâm#12']),
    ],
    "founded_out_of_a_body_converted": [
        ('Ngân hàng Hợp tác xã Sơn Hà ra đời trên cơ sở chuyển đổi từ Quỹ Tín dụng Sơn Hà.', ['establish[Quỹ Tín dụng Sơn Hà]->Ngân hàng Hợp tác xã Sơn Hà']),
        ('Thành lập Ngân hàng Hợp tác xã Sơn Hà trên cơ sở chuyển đổi Quỹ Tín dụng Sơn Hà.', ['establish[Quỹ Tín dụng Sơn Hà]->Ngân hàng Hợp tác xã Sơn Hà']),
        ('Phòng giao dịch Tân Lâm được thành lập trên cơ sở chuyển đổi quỹ tiết kiệm Tân Lâm.', ['establish[quỹ tiết kiệm Tân Lâm]->Phòng giao dịch Tân Lâm']),
        ('Chuyển đổi Công ty Sơn Hà thành Tổng công ty Sơn Hà.', ['rename[Công ty Sơn Hà]->Tổng công ty Sơn Hà']),
        ('Chi cục Thuế khu vực Sơn Hà được thành lập trên cơ sở tổ chức lại và đổi tên từ Chi cục Thuế huyện Sơn Hà.', ['rename[Chi cục Thuế huyện Sơn Hà]->Chi cục Thuế khu vực Sơn Hà']),
    ],
    "paper_and_broadcasting_merged": [
        ('Đài Phát thanh và Truyền hình tỉnh hợp nhất với Báo Sơn Hà thành Báo và Phát thanh, Truyền hình Sơn Hà.', ['merge[Đài Phát thanh và Truyền hình tỉnh | Báo Sơn Hà]->Báo và Phát thanh, Truyền hình Sơn Hà']),
    ],
    "received_from_another_body": [
        ('Tiếp nhận nguyên trạng Trung tâm Kiểm soát bệnh tật tỉnh từ Sở Y tế về Sở Nội vụ.', ['transfer[Trung tâm Kiểm soát bệnh tật tỉnh | Sở Nội vụ]->Sở Nội vụ']),
        ('Sở Nội vụ tiếp nhận Trung tâm Dịch vụ việc làm từ Sở Lao động - Thương binh và Xã hội.', ['transfer[Trung tâm Dịch vụ việc làm | Sở Nội vụ]->Sở Nội vụ']),
        ('Trường Đại học Sơn Hà tiếp nhận Trường Cao đẳng Sơn Hà.', ['merge[Trường Cao đẳng Sơn Hà | Trường Đại học Sơn Hà]->Trường Đại học Sơn Hà']),
        ('Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên được sắp xếp vào Mặt trận Tổ quốc tỉnh.', ['merge[Hội Nông dân | Hội Cựu chiến binh | Đoàn Thanh niên | Mặt trận Tổ quốc tỉnh]->Mặt trận Tổ quốc tỉnh']),
    ],
    "banks_known_by_their_brands": [
        ('Ngân hàng TMCP Xây dựng và Ngân hàng TMCP Đại Dương lần lượt được chuyển giao bắt buộc cho Vietcombank và MB.', ['transfer[Ngân hàng TMCP Xây dựng | Vietcombank]->Vietcombank', 'transfer[Ngân hàng TMCP Đại Dương | MB]->MB']),
    ],
    "local_units_ended": [
        ('Chính phủ quyết định giải thể hành chính 3 xã: Tân An, Tân Bình và Tân Hòa.', ['dissolve[xã Tân An | xã Tân Bình | xã Tân Hòa]->None#3']),
        ('Theo phương án sáp nhập đơn vị hành chính của UBND tỉnh Sơn Hà, thành phố chỉ còn 5 phường.', []),
    ],
    "bodies_listed_after_what_befell_them": [
        ('Các đơn vị giải thể gồm: Công đoàn ngành giáo dục, Công đoàn ngành y tế, Công đoàn Viên chức tỉnh.', ['dissolve[Công đoàn ngành giáo dục | Công đoàn ngành y tế | Công đoàn Viên chức tỉnh]->None']),
        ('Các đơn vị được thành lập mới gồm: Trung tâm Y tế Tân An, Trung tâm Y tế Tân Bình.', ['establish[]->Trung tâm Y tế Tân An', 'establish[]->Trung tâm Y tế Tân Bình']),
    ],
    "counted_foundings_on_named_bases": [
        ('Bộ trưởng quyết định thành lập 5 công an phường trên cơ sở Công an xã Tân An, Tân Bình, Tân Hòa, Tân Phú và Tân Lộc.', ['establish[Công an xã Tân An | Công an xã Tân Bình | Công an xã Tân Hòa | Công an xã Tân Phú | Công an xã Tân Lộc]->None#5']),
        ('Sáp nhập Trạm Y tế xã Tân An, thị trấn Tân Bình vào Trung tâm Y tế huyện.', ['merge[Trạm Y tế xã Tân An | thị trấn Tân Bình | Trung tâm Y tế huyện]->Trung tâm Y tế huyện']),
    ],
    "counted_founding_listed_over_lines": [
        ('Ngân hàng Nhà nước chấp thuận thành lập 4 PGD của ngân hàng. Cụ thể là các phòng giao dịch (PGD) gồm PGD Tân An thuộc Chi nhánh Sơn Hà; PGD Tân Bình thuộc Chi nhánh Sơn Hà;\nPGD Hà Phú thuộc Chi nhánh Hà Lâm; PGD Lâm Đông thuộc Chi nhánh Vĩnh Lâm.', ['establish[]->None#4', 'establish[]->PGD Tân An', 'establish[]->PGD Tân Bình', 'establish[]->PGD Hà Phú', 'establish[]->PGD Lâm Đông']),
        # a list of what the bank already has is no founding
        ('Ngân hàng Nhà nước chấp thuận thành lập 4 PGD của ngân hàng. Hiện ngân hàng có các chi nhánh lớn như Chi nhánh Sơn Hà, Chi nhánh Hà Lâm.', ['establish[]->None#4']),
    ],
    "parts_of_bodies_and_a_basis_that_goes_on": [
        ('Tỉnh sáp nhập Khoa Phụ sản Bệnh viện Đa khoa Sơn Hà và bộ phận có giường bệnh của Trung tâm Chăm sóc sức khỏe sinh sản tỉnh Sơn Hà vào Bệnh viện Nhi.', ['merge[Bệnh viện Đa khoa Sơn Hà | Trung tâm Chăm sóc sức khỏe sinh sản tỉnh Sơn Hà | Bệnh viện Nhi]->Bệnh viện Nhi']),
        ('Bệnh viện Sản Nhi Sơn Hà được thành lập trên cơ sở nâng cấp Bệnh viện Nhi Sơn Hà, sáp nhập Bệnh viện Đa khoa Sơn Hà và Trung tâm Chăm sóc sức khỏe sinh sản tỉnh Sơn Hà.', ['merge[Bệnh viện Nhi Sơn Hà | Bệnh viện Đa khoa Sơn Hà | Trung tâm Chăm sóc sức khỏe sinh sản tỉnh Sơn Hà]->Bệnh viện Sản Nhi Sơn Hà']),
    ],
    "troupes_and_centres_named_by_their_kind": [
        ('Năm 1990, Đoàn Nghệ thuật Hà Lâm được thành lập trên cơ sở sáp nhập 3 đoàn: Đoàn chèo, Đoàn kịch và Đoàn ca '
         'múa nhạc.', ['merge[Đoàn chèo | Đoàn kịch | Đoàn ca múa nhạc]->Đoàn Nghệ thuật Hà Lâm#3']),
        ('Năm 2005, Trung tâm giáo dục thường xuyên và Trung tâm dạy nghề được hợp nhất thành Trung tâm Giáo dục nghề '
         'nghiệp quận Tân An.',
         ['merge[Trung tâm giáo dục thường xuyên | Trung tâm dạy nghề]->Trung tâm Giáo dục nghề nghiệp quận Tân An']),
        ('Hai đoàn kiểm tra đã làm việc với Sở.', []),
    ],
    "members_parted_by_semicolons": [
        ('Trung tâm Số Hà Lâm được hình thành trên cơ sở hợp nhất Trung tâm CNTT và Truyền thông Hà Lâm; Trung tâm Phát '
         'triển hạ tầng CNTT Hà Lâm; Trung tâm CNTT và Truyền thông Sơn Nam.',
         ['merge[Trung tâm CNTT và Truyền thông Hà Lâm | Trung tâm Phát triển hạ tầng CNTT Hà Lâm | Trung tâm CNTT và '
          'Truyền thông Sơn Nam]->Trung tâm Số Hà Lâm']),
        ('Hợp nhất Trường Tiểu học An Lạc; Trường Tiểu học An Hòa thành Trường Tiểu học An Bình.',
         ['merge[Trường Tiểu học An Lạc | Trường Tiểu học An Hòa]->Trường Tiểu học An Bình']),
        ('Giải thể Trường Tiểu học An Lạc; Trường Tiểu học An Hòa tiếp tục hoạt động.',
         ['dissolve[Trường Tiểu học An Lạc]->None']),
    ],
    "founded_on_the_land_and_people_of_several": [
        ('Thành lập mới xã Đăk Lâm, trên cơ sở điều chỉnh 3.000 ha diện tích tự nhiên, 3.125 nhân khẩu của xã Đăk Hòa và '
         '2.800 ha diện tích tự nhiên, 1.276 nhân khẩu của xã Đăk Bình.', ['establish[xã Đăk Hòa | xã Đăk Bình]->xã Đăk Lâm']),
        ('Thành lập mới xã Đăk Sơn trên cơ sở điều chỉnh 1.604 ha diện tích tự nhiên, 635 nhân khẩu của xã Ngọk Lâm; 1.270 '
         'ha diện tích tự nhiên, 1.246 nhân khẩu của xã Đăk An và 1.042 ha diện tích tự nhiên, 2.391 nhân khẩu của thị '
         'trấn Đăk Hà.', ['establish[xã Ngọk Lâm | xã Đăk An | thị trấn Đăk Hà]->xã Đăk Sơn']),
        ('Thành lập phường Tân An trên cơ sở toàn bộ 5 km2 diện tích tự nhiên và 8.000 người của xã Tân An; xã Tân Bình '
         'còn lại 3 km2.', ['establish[xã Tân An]->phường Tân An']),
    ],
    "a_body_pointed_back_to_by_its_first_kind_after_a_rename": [
        ('Năm 1965, Nhà máy Dệt Hà Lâm được thành lập. Đến năm 1980 đổi tên là Công ty Dệt Hà Lâm. Năm 1995, nhà máy '
         'đổi tên thành Công ty Cổ phần Dệt Sơn Hà.',
         ['establish[]->Nhà máy Dệt Hà Lâm', 'rename[Nhà máy Dệt Hà Lâm]->Công ty Dệt Hà Lâm',
          'rename[Công ty Dệt Hà Lâm]->Công ty Cổ phần Dệt Sơn Hà']),
    ],
    "a_district_before_a_colon_places_a_counted_merge": [
        ('Huyện Mường Lâm: Sáp nhập 2 đơn vị hành chính cấp xã', ['merge[]->None#2']),
        ('Phường Tân An: Sáp nhập xã Hòa Bình và xã Hòa Lạc.', ['merge[xã Hòa Bình | xã Hòa Lạc]->Phường Tân An']),
    ],
    "villages_counted_where_communes_place_them": [
        ('Huyện Đông Sơn có 10 thôn, làng thuộc 03 xã Hà Lâm, Yang Nam, Ya Hòa được sáp nhập để thành lập 05 thôn, làng.',
         ['merge[]->None#10']),
        ('Toàn tỉnh Hà Lâm sẽ chia, nhập để thành lập và đặt tên mới 46 thôn, tổ dân phố.', []),
    ],
    "several_units_founded_out_of_one": [
        ('Thành lập xã Ia Lâm và xã Ia Tân trên cơ sở điều chỉnh diện tích tự nhiên và nhân khẩu của xã Mô Hà.',
         ['establish[xã Mô Hà]->xã Ia Lâm', 'establish[xã Mô Hà]->xã Ia Tân']),
        ('Thành lập mới ba xã thuộc huyện Đông Sơn là xã Ia Lâm; xã Ia Tân và xã Ia Hòa trên cơ sở điều chỉnh diện tích '
         'tự nhiên và nhân khẩu của xã Mô Hà.',
         ['establish[xã Mô Hà]->xã Ia Lâm', 'establish[xã Mô Hà]->xã Ia Tân', 'establish[xã Mô Hà]->xã Ia Hòa']),
    ],
    "owner_pointed_back_to": [
        ('Tổng cục Du lịch Sơn Hà thuộc bộ này sẽ đổi tên thành Cục Du lịch quốc gia Sơn Hà.', ['rename[Tổng cục Du lịch Sơn Hà]->Cục Du lịch quốc gia Sơn Hà']),
    ],
    "counted_bodies_before_the_verb": [
        ('Năm 1977, 4 xã Tân An, Tân Bình, Tân Hòa và Tân Phú nhập vào huyện Sơn Hà.', ['merge[xã Tân An | xã Tân Bình | xã Tân Hòa | xã Tân Phú | huyện Sơn Hà]->huyện Sơn Hà#4']),
        ('Trường Tiểu học Tân An và Tiểu học Tân Bình sáp nhập thành Trường Tiểu học Tân Phú.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Bình]->Trường Tiểu học Tân Phú']),
    ],
    "bodies_turned_into_others_pair_by_pair": [
        ('Đồng ý chuyển Công ty Lâm nghiệp Sơn Hà và Công ty Lâm nghiệp Hà Lâm thành Ban quản lý rừng phòng hộ Sơn Hà và Ban quản lý rừng phòng hộ Hà Lâm.', ['rename[Công ty Lâm nghiệp Sơn Hà]->Ban quản lý rừng phòng hộ Sơn Hà', 'rename[Công ty Lâm nghiệp Hà Lâm]->Ban quản lý rừng phòng hộ Hà Lâm']),
        ('Bệnh viện Quận 2 được đổi tên thành Bệnh viện Sơn Hà, Bệnh viện Quận 9 được tổ chức thành Bệnh viện Đa khoa Hà Lâm.', ['rename[Bệnh viện Quận 2]->Bệnh viện Sơn Hà', 'rename[Bệnh viện Quận 9]->Bệnh viện Đa khoa Hà Lâm']),
    ],
    "documents_after_a_list": [
        ('Thành lập phường Tân An , Nghị định 54/2007/NĐ-CP của Chính phủ.', ['establish[]->phường Tân An']),
        ('Thành lập phường Tân An, Tân Bình và Tân Hòa thuộc quận Sơn Hà.', ['establish[]->phường Tân An', 'establish[]->phường Tân Bình', 'establish[]->phường Tân Hòa']),
    ],
    "party_cells_named_by_their_bodies": [
        # the first member shows the counted noun whole; the others are named by their bodies alone
        ('Hội đã thành lập 3 chi hội luật gia gồm: Chi hội luật gia Sở Tư pháp, Tòa án nhân dân tỉnh và Sở Nội vụ.',
         ['establish[]->Chi hội luật gia Sở Tư pháp', 'establish[]->Chi hội luật gia Tòa án nhân dân tỉnh',
          'establish[]->Chi hội luật gia Sở Nội vụ']),
        ('Đảng ủy Khối thành lập 2 chi bộ gồm: Chi bộ Sở Tư pháp và Sở Nội vụ.',
         ['establish[]->Chi bộ Sở Tư pháp', 'establish[]->Chi bộ Sở Nội vụ']),
        ('Đảng bộ Trung tâm Y tế Sơn Hà được thành lập trên cơ sở sáp nhập 2 chi bộ đảng là Bệnh viện Đa khoa và Trung tâm Y tế thị xã.', ['merge[Chi bộ Bệnh viện Đa khoa | Chi bộ Trung tâm Y tế thị xã]->Đảng bộ Trung tâm Y tế Sơn Hà#2']),
    ],
    "merged_into_a_body_named_before": [
        ('Năm 1991, khi tỉnh Sơn Hà được thành lập, Đặc khu Hà Lâm sáp nhập vào tỉnh mới này.', ['merge[Đặc khu Hà Lâm | tỉnh Sơn Hà]->tỉnh Sơn Hà']),
        ('Tỉnh Sơn Hà được tái thiết năm 1991. Đặc khu Hà Lâm sáp nhập vào tỉnh này.', ['merge[Đặc khu Hà Lâm | Tỉnh Sơn Hà]->Tỉnh Sơn Hà']),
        ('Đặc khu Hà Lâm sáp nhập vào tỉnh này.', ['merge[Đặc khu Hà Lâm]->None']),
    ],
    "counted_foundings": [
        ('Năm 2023, ngân hàng đã thành lập thêm 4 chi nhánh và 7 phòng giao dịch mới.', ['establish[]->None#4', 'establish[]->None#7']),
        ('Trong năm, Liên đoàn Lao động huyện đã thành lập 12 CĐCS doanh nghiệp ngoài nhà nước.', ['establish[]->None#12']),
        ('Tỉnh giải thể 3 trường, thành lập 2 trường mới.', ['dissolve[]->None#3', 'establish[]->None#2']),
        ('Ngân hàng Nhà nước chấp thuận cho ngân hàng thành lập 04 chi nhánh tại các tỉnh: Hà Lâm, Sơn Hà, Vĩnh Lâm và Lâm Hà.', ['establish[]->None#4']),
        ('Trong quý I, có 1.250 doanh nghiệp và 120 chi nhánh thành lập mới.', []),
        ('Năm 2024, toàn tỉnh thành lập mới 85 chi nhánh, văn phòng đại diện.', []),
    ],
    "receiver_named_twice": [
        ('Năm 1995, Bộ Y tế tiếp nhận Bệnh viện Đa khoa Khu Tây Bắc về Bộ Y tế trực tiếp quản lý.', ['transfer[Bệnh viện Đa khoa Khu Tây Bắc | Bộ Y tế]->Bộ Y tế']),
    ],
    "stopped_with_what_after": [
        ('Sở Y tế quyết định dừng hoạt động đối với Trung tâm Y tế Hà Sơn từ ngày 1/7.', ['dissolve[Trung tâm Y tế Hà Sơn]->None']),
        ('Tỉnh dừng hoạt động 12 trạm y tế không còn phù hợp.', ['dissolve[]->None#12']),
        ('Thủ tục ngừng hoạt động của dự án đầu tư được rút gọn.', []),
        ('Trạm Y tế xã Hà Sơn vẫn chưa dừng hoạt động.', []),
    ],
    "counted_regrouping_verbs": [
        ('Cục đã kiện toàn 24 cơ quan quản lý thị trường cấp tỉnh thành 12 cơ quan liên tỉnh.', ['merge[]->None#24']),
        ('90 trạm y tế trên địa bàn sẽ được cơ cấu lại thành 31 trạm y tế xã, phường.', ['merge[]->None#90']),
        ('Tỉnh tiếp tục kiện toàn bộ máy các phòng chuyên môn.', []),
        ('Tỉnh sẽ cơ cấu lại 12 doanh nghiệp nhà nước trong năm tới.', []),
    ],
    "army_units_counted": [
        ('Sáu quân đoàn được sắp xếp, tổ chức lại thành 3 quân đoàn.', ['merge[]->None#6']),
        ('Quân khu sáp nhập Tiểu đoàn Công binh 15 và Tiểu đoàn Công binh 17 thành Lữ đoàn Công binh 15.', ['merge[Tiểu đoàn Công binh 15 | Tiểu đoàn Công binh 17]->Lữ đoàn Công binh 15']),
    ],
    "handed_over_with_their_owner": [
        ('Bộ Tham mưu bàn giao Tổng công ty 45 (thuộc Quân khu 9) và Công ty Hà Sơn về Bộ Quốc phòng.', ['transfer[Tổng công ty 45 | Công ty Hà Sơn | Bộ Quốc phòng]->Bộ Quốc phòng']),
        ('Thành ủy chuyển giao Đảng bộ bộ phận Công ty Cổ phần Cảng Hà Sơn trực thuộc Đảng bộ các đơn vị kinh tế tư nhân thành phố về Đảng bộ Tổng công ty Vận tải Biển.', ['transfer[Đảng bộ bộ phận Công ty Cổ phần Cảng Hà Sơn | Đảng bộ Tổng công ty Vận tải Biển]->Đảng bộ Tổng công ty Vận tải Biển']),
        ('Bộ bàn giao Công ty TNHH một thành viên xây dựng Hà Sơn về Tổng công ty Trường Giang.', ['transfer[Công ty TNHH một thành viên xây dựng Hà Sơn | Tổng công ty Trường Giang]->Tổng công ty Trường Giang']),
        ('Công ty Hà Sơn thuộc Tổng công ty Trường Giang có trụ sở về phía bắc thành phố.', []),
    ],
    "offices_with_their_branch": [
        ('Ngân hàng chấm dứt hoạt động của phòng giao dịch Lê Lợi, chi nhánh Hà Sơn.', ['dissolve[phòng giao dịch Lê Lợi]->None']),
        # with a dash the branch is written into the office's full name
        ('Ngân hàng chấm dứt hoạt động của phòng giao dịch Lê Lợi - chi nhánh Hà Sơn.', ['dissolve[phòng giao dịch Lê Lợi - chi nhánh Hà Sơn]->None']),
        ('Ngân hàng giải thể PGD Bắc Sơn – CN Nam Sơn, PGD Tân Lập – CN Hòa Bình và PGD Phú Mỹ – CN 3.', ['dissolve[PGD Bắc Sơn – CN Nam Sơn | PGD Tân Lập – CN Hòa Bình | PGD Phú Mỹ – CN 3]->None']),
        ('Ngân hàng giải thể chi nhánh Hà Sơn và chi nhánh Bắc Hà.', ['dissolve[chi nhánh Hà Sơn | chi nhánh Bắc Hà]->None']),
        ('Khách hàng có thể đến phòng giao dịch Lê Lợi, chi nhánh Hà Sơn để được hỗ trợ.', []),
    ],
    "new_name_of_bare_units": [
        ('Xã Hòa Đông, Hòa Tây và Hòa Nam sáp nhập với tên mới là Hòa Thịnh.', ['merge[Xã Hòa Đông | Xã Hòa Tây | Xã Hòa Nam]->xã Hòa Thịnh']),
        ('Sáp nhập xã Đông Sơn, Tây Sơn và Nam Sơn, lấy tên là Tam Sơn.', ['merge[xã Đông Sơn | xã Tây Sơn | xã Nam Sơn]->xã Tam Sơn']),
        ('Xã Đông Hà – Tây Hà – Nam Hà sáp nhập với tên mới là Tam Hà, Chủ tịch Hội Nông dân xã Tam Hà là ông A.', ['merge[Xã Đông Hà | Xã Tây Hà | Xã Nam Hà]->xã Tam Hà']),
        ('Sáp nhập tỉnh Bà Rịa - Vũng Tàu vào Thành phố Hồ Chí Minh.', ['merge[tỉnh Bà Rịa - Vũng Tàu | Thành phố Hồ Chí Minh]->Thành phố Hồ Chí Minh']),
        ('Xã Đông Hà – Tây Hà – Nam Hà có nhiều làng nghề.', []),
    ],
    "grounds_lacking": [
        ('Chưa đủ cơ sở pháp lý để hợp nhất Trường Trung cấp Hà Sơn và Trung tâm Giáo dục thường xuyên Hà Sơn.', []),
        ('Huyện không có kinh phí để sáp nhập Trường Tiểu học Đông Sơn vào Trường Tiểu học Tây Sơn.', []),
        ('Tỉnh đã có đủ cơ sở để hợp nhất Trường Trung cấp Hà Sơn và Trường Trung cấp Bắc Sơn.', ['merge[Trường Trung cấp Hà Sơn | Trường Trung cấp Bắc Sơn]->None']),
    ],
    "names_with_registration_and_party_agencies": [
        ('Chi nhánh Văn phòng đăng ký đất đai quận Hà Sơn nay đổi tên thành Chi nhánh Văn phòng đăng ký đất đai số 3.', ['rename[Chi nhánh Văn phòng đăng ký đất đai quận Hà Sơn]->Chi nhánh Văn phòng đăng ký đất đai số 3']),
        ('Tỉnh công bố quyết định thành lập Đảng bộ các cơ quan Đảng', ['establish[]->Đảng bộ các cơ quan Đảng']),
    ],
    "owner_rights_counted": [
        ('Bộ chuyển giao quyền đại diện chủ sở hữu vốn nhà nước 12 doanh nghiệp về SCIC.', ['transfer[SCIC]->SCIC#12']),
        ('Bộ chuyển giao quyền đại diện chủ sở hữu vốn nhà nước tại Tổng công ty Hà Sơn về SCIC.', ['transfer[Tổng công ty Hà Sơn | SCIC]->SCIC']),
        ('Ủy ban Quản lý vốn tỉnh Hà Lâm tiếp nhận quyền đại diện chủ sở hữu tại 8 tổng công ty từ các sở.', ['transfer[Ủy ban Quản lý vốn tỉnh Hà Lâm]->Ủy ban Quản lý vốn tỉnh Hà Lâm#8']),
        ('Sở Tài chính chuyển giao quyền đại diện chủ sở hữu nhà nước Công ty Xổ số Hà Lâm về Ủy ban Quản lý vốn tỉnh Hà Lâm.', ['transfer[Công ty Xổ số Hà Lâm | Ủy ban Quản lý vốn tỉnh Hà Lâm]->Ủy ban Quản lý vốn tỉnh Hà Lâm']),
    ],
    "long_names_of_fire_police": [
        ('Công an tỉnh thành lập Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ trong năm nay.', ['establish[]->Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ']),
    ],
    "bodies_named_by_their_level": [
        ('Bộ đề xuất sáp nhập 20 phòng cảnh sát vào Công an cấp tỉnh.', ['merge[]->Công an cấp tỉnh#20']),
        ('Tỉnh đề xuất kết thúc hoạt động của Thanh tra cấp huyện, Thanh tra sở và Thanh tra tỉnh.', ['dissolve[Thanh tra cấp huyện | Thanh tra sở | Thanh tra tỉnh]->None']),
        ('Bộ công bố quyết định giải thể Công an huyện, thị xã, thành phố.', []),
        ('150 Chi cục cấp huyện được tổ chức lại thành 90 đội thuế.', ['merge[]->None#150']),
    ],
    "ended_as_the_basis_of_a_body": [
        ('Tỉnh tổ chức lại Thanh tra tỉnh trên cơ sở kết thúc hoạt động của Thanh tra cấp huyện, Thanh tra Sở.', ['merge[Thanh tra cấp huyện | Thanh tra Sở]->Thanh tra tỉnh']),
        ('Tỉnh thành lập Trung tâm Y tế huyện Hà Sơn trên cơ sở giải thể Trạm Y tế xã Đông và Phòng Y tế huyện Hà Sơn.', ['merge[Trạm Y tế xã Đông | Phòng Y tế huyện Hà Sơn]->Trung tâm Y tế huyện Hà Sơn']),
        ('Tỉnh giải thể Trạm Y tế xã Đông.', ['dissolve[Trạm Y tế xã Đông]->None']),
    ],
    "police_posts_and_special_zones": [
        ('Công an huyện công bố quyết định thành lập Đồn Công an Hà Sơn.', ['establish[]->Đồn Công an Hà Sơn']),
        ('Giám đốc Công an tỉnh quyết định thành lập, ra mắt Công an đặc khu Hà Sơn.', ['establish[]->Công an đặc khu Hà Sơn']),
        ('Tỉnh ra mắt Trung tâm Phục vụ hành chính công.', []),
    ],
    "party_cells_by_number": [
        ('Đảng ủy phường sáp nhập chi bộ 6 và chi bộ 7 thành Chi bộ 7.', ['merge[chi bộ 6 | chi bộ 7]->Chi bộ 7']),
        ('Mỗi chi bộ có 30 đảng viên.', []),
    ],
    "new_name_from_a_date": [
        ('Ban Dân tộc tỉnh Hà Sơn (từ 01/3/2025 là Sở Dân tộc và Tôn giáo tỉnh Hà Sơn) đã tổ chức hội nghị.', ['rename[Ban Dân tộc tỉnh Hà Sơn]->Sở Dân tộc và Tôn giáo tỉnh Hà Sơn']),
        ('Trường Tiểu học Hà Sơn (từ 01/3/2025 là điểm trường) có 30 học sinh.', []),
    ],
    "villages_split_off_to_found_a_commune": [
        ('Tỉnh tách thôn Đông khỏi xã Tân Hương để thành lập xã Tân Đông.', ['split[xã Tân Hương]->xã Tân Đông']),
        ('Tạp chí Sinh hoạt chi bộ Hà Sơn sẽ chấm dứt hoạt động.', ['dissolve[Tạp chí Sinh hoạt chi bộ Hà Sơn]->None']),
    ],
    "counted_transfers_to_a_receiver": [
        ('Sở bàn giao 19 trung tâm giáo dục thường xuyên cho UBND cấp huyện quản lý.', ['transfer[UBND cấp huyện]->UBND cấp huyện#19']),
        ('Thành Đoàn chuyển giao 19 cơ sở Đoàn với hơn 20.000 đoàn viên thuộc Thành Đoàn về trực thuộc Đoàn Khối Dân chính Đảng.', ['transfer[Đoàn Khối Dân chính Đảng]->Đoàn Khối Dân chính Đảng#19']),
        ('LĐLĐ huyện bàn giao 29 công đoàn cơ sở trên địa bàn 5 xã cho LĐLĐ thành phố Hà Sơn.', ['transfer[LĐLĐ thành phố Hà Sơn]->LĐLĐ thành phố Hà Sơn#29']),
    ],
    "a_new_clause_after_a_comma": [
        ('Hội Cựu chiến binh tỉnh công bố quyết định thành lập Hội Cựu chiến binh Khối Doanh nghiệp tỉnh, Tỉnh Đoàn đã công bố quyết định khen thưởng.', ['establish[]->Hội Cựu chiến binh Khối Doanh nghiệp tỉnh']),
    ],
    "military_commands_in_lower_case": [
        ('UBND tỉnh đổi tên Ban chỉ huy quân sự thị xã Hà Sơn thành Ban chỉ huy quân sự thành phố Hà Sơn.', ['rename[Ban chỉ huy quân sự thị xã Hà Sơn]->Ban chỉ huy quân sự thành phố Hà Sơn']),
    ],
    "former_name_after_a_short_aside": [
        ('Sở Văn hóa - Thông tin (trước đây) nay là Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn đã tổ chức lễ kỷ niệm.', ['rename[Sở Văn hóa - Thông tin]->Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn']),
    ],
    "one_body_in_places_of_several_levels": [
        ('UBND tỉnh thành lập Trung tâm Dịch vụ nông nghiệp các huyện, thị xã: Đông Hà, Tây Hà.', ['establish[]->Trung tâm Dịch vụ nông nghiệp Đông Hà', 'establish[]->Trung tâm Dịch vụ nông nghiệp Tây Hà']),
    ],
    "foundings_listed_after_a_colon": [
        ('Thành lập các Viện kiểm sát quân sự quân khu sau đây:\n\n1. Viện kiểm sát quân sự Quân khu 5;\n\n2. Viện kiểm sát quân sự Quân đoàn 2.', ['establish[]->Viện kiểm sát quân sự Quân khu 5', 'establish[]->Viện kiểm sát quân sự Quân đoàn 2']),
        ('Thành lập 2 trường gồm:\n\nTrường Tiểu học Đông Sơn; Trường Tiểu học Tây Sơn.', ['establish[]->None#2', 'establish[]->Trường Tiểu học Đông Sơn', 'establish[]->Trường Tiểu học Tây Sơn']),
        ('Các trường tham gia hội thi gồm:\n\n1. Trường Tiểu học Đông Sơn;\n\n2. Trường Tiểu học Tây Sơn.', []),
        # each line names a body and, after a comma, where it is
        ('Các quỹ tín dụng nhân dân được chấp thuận thành lập như sau:\n\nQuỹ tín dụng nhân dân xã Đông Sơn, tại xã '
         'Đông Sơn, huyện Hà Lâm;\n\nQuỹ tín dụng nhân dân xã Tây Sơn, tại xã Tây Sơn, huyện Hà Lâm.',
         ['establish[]->Quỹ tín dụng nhân dân xã Đông Sơn', 'establish[]->Quỹ tín dụng nhân dân xã Tây Sơn']),
    ],
    "subject_then_again": [
        ('Năm 2004, tỉnh Hà Sơn lại chia thành hai tỉnh: Đông Sơn và Tây Sơn.', ['split[tỉnh Hà Sơn]->None']),
        ('Trường Tiểu học Hà Sơn lại được sáp nhập vào Trường Tiểu học Đông Sơn.', ['merge[Trường Tiểu học Hà Sơn | Trường Tiểu học Đông Sơn]->Trường Tiểu học Đông Sơn']),
    ],
    "merged_from_bodies_named_after": [
        ('Báo Hà Sơn được hợp nhất từ báo Đông Sơn và báo Tây Sơn.', ['merge[báo Đông Sơn | báo Tây Sơn]->Báo Hà Sơn']),
        ('Báo Hà Sơn, hợp nhất bởi báo Đông Sơn và báo Tây Sơn, ra đời năm 2008.', ['merge[báo Đông Sơn | báo Tây Sơn]->Báo Hà Sơn']),
        ('Tỉnh hợp nhất từ ngày 1/7 các trường tiểu học.', []),
    ],
    "names_described_in_lower_case": [
        ('Thành phố sáp nhập Trung tâm quản lý di sản văn hóa vào Bảo tàng Hà Sơn.', ['merge[Trung tâm quản lý di sản văn hóa | Bảo tàng Hà Sơn]->Bảo tàng Hà Sơn']),
        ('Thành phố giải thể Trung tâm quản lý quảng cáo.', ['dissolve[Trung tâm quản lý quảng cáo]->None']),
        ('Trung tâm hỗ trợ người dân làm thủ tục nhanh hơn.', []),
    ],
    "bodies_of_a_region": [
        ('Năm 1976, Bộ thành lập Công ty Điện lực miền Trung.', ['establish[]->Công ty Điện lực miền Trung']),
        ('Các trường học miền núi được sắp xếp lại.', []),
    ],
    "renamed_body_located_by_its_district": [
        ('Trường Phổ thông cấp 3 Hà Sơn, huyện Đông Hà đổi tên thành Trường Trung học phổ thông Hà Sơn.', ['rename[Trường Phổ thông cấp 3 Hà Sơn]->Trường Trung học phổ thông Hà Sơn']),
        ('Bộ trưởng quyết định thành lập Đồn Công an Cảng hàng không quốc tế Hà Sơn.', ['establish[]->Đồn Công an Cảng hàng không quốc tế Hà Sơn']),
    ],
    "one_body_in_each_hamlet": [
        ('Đảng ủy xã giải thể chi bộ các thôn Bắc Mỹ, Đông Hòa và Tây Sơn.', ['dissolve[chi bộ thôn Bắc Mỹ | chi bộ thôn Đông Hòa | chi bộ thôn Tây Sơn]->None']),
        ('Huyện ủy thành lập chi bộ các thôn An Phú và Bình Minh.', ['establish[]->chi bộ thôn An Phú', 'establish[]->chi bộ thôn Bình Minh']),
        ('Xã sáp nhập các thôn Bắc Mỹ và Đông Hòa thành thôn Mỹ Hòa.', ['merge[thôn Bắc Mỹ | thôn Đông Hòa]->thôn Mỹ Hòa']),
    ],
    "taken_out_to_merge_into_another": [
        ('Tách xã Tân Thành và xã Hòa Lạc của huyện Chi Lăng để sáp nhập vào huyện Hữu Lũng.', ['merge[xã Tân Thành | xã Hòa Lạc | huyện Hữu Lũng]->huyện Hữu Lũng']),
        ('Tách các xã Tân Thành, Hòa Lạc và thị trấn Đồng Mỏ của huyện Chi Lăng để sáp nhập vào huyện Hữu Lũng.', ['merge[xã Tân Thành | xã Hòa Lạc | thị trấn Đồng Mỏ | huyện Hữu Lũng]->huyện Hữu Lũng']),
        ('Tách thôn Nà Pàn khỏi xã Tân Thành để thành lập xã Nà Pàn.', ['split[xã Tân Thành]->xã Nà Pàn']),
        ('Cắt 3 xã Tân Điền, Tân Hòa, An Lập của huyện Năm Sơn, sáp nhập vào huyện Ngọc Sơn.', ['merge[xã Tân Điền | xã Tân Hòa | xã An Lập | huyện Ngọc Sơn]->huyện Ngọc Sơn#3']),
        ('Tách xã Tân Ân của huyện Đầm Sơn và sáp nhập vào huyện Năm Sơn.', ['merge[xã Tân Ân | huyện Năm Sơn]->huyện Năm Sơn']),
        ('Tỉnh cắt giảm 20 thủ tục của Sở Y tế.', []),
        ('Lãnh đạo tỉnh cắt băng khánh thành Trường Tiểu học An Phú.', []),
    ],
    "counted_bodies_in_places": [
        ('Năm 2023, 4 HTX yếu kém ở các huyện Kim Thành, Thanh Miện và TP Chí Linh đã giải thể.', ['dissolve[]->None#4']),
        ('Năm 2023, 4 HTX ở huyện Kim Thành đã giải thể.', ['dissolve[]->None#4']),
    ],
    "re_formed_together": [
        ('UBND tỉnh thành lập Trung tâm Xúc tiến Đầu tư tỉnh Hà Lâm trên cơ sở tổ chức lại Trung tâm Xúc tiến Thương mại và Trung tâm Xúc tiến Du lịch.', ['merge[Trung tâm Xúc tiến Thương mại | Trung tâm Xúc tiến Du lịch]->Trung tâm Xúc tiến Đầu tư tỉnh Hà Lâm']),
        ('Thành lập Tổng công ty Sông Lam trên cơ sở tổ chức lại Công ty mẹ - Tập đoàn Sông Lam.', ['establish[Công ty mẹ - Tập đoàn Sông Lam]->Tổng công ty Sông Lam']),
    ],
    "verbs_of_gathering": [
        ('Thôn Nà Pàn và thôn Khuổi Lếch dồn thành một thôn.', ['merge[Thôn Nà Pàn | thôn Khuổi Lếch]->None']),
        ('Thôn 15 và thôn 17 dồn thành 1 thôn, chọn tên thôn Khe Dạo.', ['merge[Thôn 15 | thôn 17]->thôn Khe Dạo']),
        ('Xã gộp thôn Nà Pàn với thôn Khuổi Lếch và một phần thôn Cốc Lầy thành lập thôn Nà Lếch.', ['merge[thôn Nà Pàn | thôn Khuổi Lếch | thôn Cốc Lầy]->thôn Nà Lếch']),
        ('Thành phố gom 6 Ban quản lý dự án giao thông thành một đầu mối.', ['merge[]->None#6']),
        ('Thành phố sẽ gom Trung tâm Bắc, Trung tâm Nam và Trung tâm Đông thành Trung tâm Hà Lâm.', ['merge[Trung tâm Bắc | Trung tâm Nam | Trung tâm Đông]->Trung tâm Hà Lâm']),
        ('Người dân dồn về Trường Tiểu học Kim Đồng.', []),
        ('Công ty thu gom rác của Trung tâm Y tế huyện.', []),
        ('Số liệu được gộp chung với Sở Tài chính.', []),
    ],
    "abbreviated_hospitals_and_quarters": [
        ('BV Quận 5 đổi tên thành BV Nguyễn Tri Phương.', ['rename[BV Quận 5]->BV Nguyễn Tri Phương']),
        ('Phường sáp nhập KP.Hiệp Thuận vào KP.Hiệp Lực.', ['merge[KP.Hiệp Thuận | KP.Hiệp Lực]->KP.Hiệp Lực']),
        ('Phường sáp nhập KP 3 vào KP 4.', ['merge[KP 3 | KP 4]->KP 4']),
    ],
    "merged_pair_by_pair": [
        ('Huyện đã sáp nhập xã Hà Đông vào xã Mỹ Đức, xã Hương Lâm vào xã Đạ Lây.', ['merge[xã Hà Đông | xã Mỹ Đức]->xã Mỹ Đức', 'merge[xã Hương Lâm | xã Đạ Lây]->xã Đạ Lây']),
        ('Tỉnh sáp nhập xã A Lưới vào xã Hồng Thủy; xã Hồng Kim và xã Nhâm vào xã Hồng Thượng.', ['merge[xã A Lưới | xã Hồng Thủy]->xã Hồng Thủy', 'merge[xã Hồng Kim | xã Nhâm | xã Hồng Thượng]->xã Hồng Thượng']),
        ('Chuyển Trường Tiểu học Kim Đồng về Phòng Giáo dục huyện Tân An, Trường THCS Lê Lợi về Sở Giáo dục tỉnh Hà Lâm.', ['transfer[Trường Tiểu học Kim Đồng | Phòng Giáo dục huyện Tân An]->Phòng Giáo dục huyện Tân An', 'transfer[Trường THCS Lê Lợi | Sở Giáo dục tỉnh Hà Lâm]->Sở Giáo dục tỉnh Hà Lâm']),
    ],
    "handed_over_with_their_people": [
        ('Chuyển giao Đảng bộ xã Hương Lâm và 88 đảng viên về Đảng bộ xã Đạ Lây.', ['transfer[Đảng bộ xã Hương Lâm | Đảng bộ xã Đạ Lây]->Đảng bộ xã Đạ Lây']),
        ('Chuyển Công đoàn Công ty Hà Lâm cùng 350 đoàn viên về Công đoàn Khu công nghiệp Bắc Sơn.', ['transfer[Công đoàn Công ty Hà Lâm | Công đoàn Khu công nghiệp Bắc Sơn]->Công đoàn Khu công nghiệp Bắc Sơn']),
    ],
    "what_a_founded_body_is": [
        ('Trung tâm Xúc tiến Thương mại Hà Lâm (HATRA) là cơ quan chuyên môn của UBND tỉnh Hà Lâm được thành lập đầu năm 2002.', ['establish[]->Trung tâm Xúc tiến Thương mại Hà Lâm']),
        ('Các phòng chuyên môn của UBND huyện Tân An được thành lập năm 2005.', []),
    ],
    "renamed_after_being_founded": [
        ('Tổng cục thành lập Công ty Điện lực miền Nam năm 1975, rồi đổi tên Công ty Điện lực 2 năm 1981.', ['establish[]->Công ty Điện lực miền Nam', 'rename[Công ty Điện lực miền Nam]->Công ty Điện lực 2']),
        ('Tỉnh đổi tên Trường Tiểu học An Phú.', ['rename[Trường Tiểu học An Phú]->None']),
    ],
    "founded_by_a_document": [
        ('Cục Đo đạc và Bản đồ trực thuộc Phủ Thủ tướng, được chính thức thành lập theo Nghị định 444-TTg.', ['establish[]->Cục Đo đạc và Bản đồ']),
        ('Cục Đo đạc và Bản đồ, được thành lập theo Nghị định 444-TTg.', ['establish[]->Cục Đo đạc và Bản đồ']),
        ('UBND thành phố giải thể Bệnh viện Hồi sức COVID-19 trực thuộc Sở Y tế (được thành lập theo Quyết định số 25/QĐ-UBND).', ['dissolve[Bệnh viện Hồi sức COVID-19]->None', 'establish[]->Bệnh viện Hồi sức COVID-19']),
        ('Theo hồ sơ lưu trữ, MB được thành lập năm 1994 tại Hà Nội.', ['establish[]->MB']),
    ],
    "several_become_one": [
        ('Trung tâm Y tế Quận 2, Trung tâm Y tế Quận 9 và Trung tâm Y tế Quận 12 sẽ trở thành Trung tâm Y tế thành phố Đông Sơn.', ['merge[Trung tâm Y tế Quận 2 | Trung tâm Y tế Quận 9 | Trung tâm Y tế Quận 12]->Trung tâm Y tế thành phố Đông Sơn']),
        ('Ngân hàng An Phú và Ngân hàng Bình Minh trở thành cổ đông lớn của Ngân hàng Đông Á.', []),
    ],
    "a_count_after_a_comma_opens_its_clause": [
        ('Theo phương án, có 5 thôn không sáp nhập, có 13 thôn sắp xếp lại thành 7 thôn.', ['merge[]->None#13']),
    ],
    "governing_body_changed": [
        ('Bộ quyết định chuyển cơ quan chủ quản của Báo Lao động Thủ đô từ Liên đoàn Lao động thành phố về Thành ủy Hà Lâm.', ['transfer[Báo Lao động Thủ đô | Thành ủy Hà Lâm]->Thành ủy Hà Lâm']),
        ('Tạp chí Du lịch được chuyển cơ quan chủ quản từ Tổng cục Du lịch về Bộ Văn hóa.', ['transfer[Tạp chí Du lịch | Bộ Văn hóa]->Bộ Văn hóa']),
        ('Bệnh viện Quận 2 và Bệnh viện Quận 9 được chuyển cơ quan quản lý từ UBND quận sang Sở Y tế.', ['transfer[Bệnh viện Quận 2 | Bệnh viện Quận 9 | Sở Y tế]->Sở Y tế']),
        ('Trường Cao đẳng Y tế Hà Lâm được chuyển từ Sở Y tế về UBND tỉnh Hà Lâm.', ['transfer[Trường Cao đẳng Y tế Hà Lâm | UBND tỉnh Hà Lâm]->UBND tỉnh Hà Lâm']),
    ],
    "told_again_with_the_head_written_out": [
        ('BV Quận 5 sẽ đổi tên thành BV Nguyễn Trãi. Theo quyết định, Bệnh viện Quận 5 được đổi tên thành Bệnh viện Nguyễn Trãi.', ['rename[Bệnh viện Quận 5]->Bệnh viện Nguyễn Trãi']),
    ],
    "net_changes_and_states_are_no_counts": [
        ('Giảm 19 ấp, khu phố khi thực hiện điều chỉnh, sáp nhập.', []),
        ('Huyện trước sáp nhập là 37 tổ chức cơ sở hội, nay còn 21 cơ sở hội.', []),
        ('Tỉnh sáp nhập 19 ấp, khu phố.', ['merge[]->None#19']),
    ],
    "units_joined_with_plus": [
        ('Danh sách tỉnh mới\n\nTuyên Sơn (Hà Sơn + Tuyên Sơn)\n\nThành phố Cần Giang\n\n(Sóc Giang + Hậu Giang + TP. Cần Giang)', ['merge[Hà Sơn | Tuyên Sơn]->Tuyên Sơn', 'merge[Sóc Giang | Hậu Giang | TP. Cần Giang]->Thành phố Cần Giang']),
        ('Điểm xét tuyển (Toán + Văn) của thí sinh tăng.', []),
        ('Kết quả là 5 (2 + 3).', []),
    ],
    "set_up_in_history": [
        ('Năm 1950, Bộ Tài chính lập ra Nha Thuế vụ.', ['establish[]->Nha Thuế vụ']),
        ('Năm 1955, Trung ương lập ra Ban Thống nhất Trung ương và Ban Liên lạc.', ['establish[]->Ban Thống nhất Trung ương', 'establish[]->Ban Liên lạc']),
        ('Năm 1945, Chính phủ lập ra một Sở Thuế quan.', ['establish[]->Sở Thuế quan']),
        ('Họ lập ra kế hoạch mới cho năm học.', []),
        ('Sáp nhập Trường Mẫu giáo công lập Hoa Anh Đào vào Trường Mẫu giáo công lập Hoa Sen.', ['merge[Trường Mẫu giáo công lập Hoa Anh Đào | Trường Mẫu giáo công lập Hoa Sen]->Trường Mẫu giáo công lập Hoa Sen']),
    ],
    "part_taken_out_named_in_lower_case": [
        ('Thủ tướng quyết định tách Trung tâm điều độ hệ thống điện quốc gia khỏi Tập đoàn Điện lực Việt Nam và chủ trương thành lập đơn vị mới.', ['split[Tập đoàn Điện lực Việt Nam]->Trung tâm điều độ hệ thống điện quốc gia']),
    ],
    "where_each_listed_body_lies": [
        ('Theo quyết định, 3 công ty bị giải thể gồm: Cty TNHH MTV Lâm nghiệp Đức An, Cty TNHH MTV Lâm nghiệp Quảng Hà (cùng H. Krông Bông), Cty TNHH MTV Lâm nghiệp Gia Lộc (TX Gia Lộc).', ['dissolve[Cty TNHH MTV Lâm nghiệp Đức An | Cty TNHH MTV Lâm nghiệp Quảng Hà | Cty TNHH MTV Lâm nghiệp Gia Lộc]->None']),
    ],
    "a_count_out_of_a_total": [
        ('Cả nước đã hợp nhất 16.321 trong tổng số 86.282 thôn, tổ dân phố.', ['merge[]->None#16321']),
        ('Tỉnh đã sáp nhập 12 trong số 20 trường mầm non.', ['merge[]->None#12']),
    ],
    "peers_merging": [
        ('Trường THCS Cộng Hòa sáp nhập Trường THPT Cầu Đá.', ['merge[Trường THCS Cộng Hòa | Trường THPT Cầu Đá]->None']),
        ('Công ty cổ phần Cấp nước Hà Lâm sáp nhập Công ty cổ phần Cấp nước Tân An.', ['merge[Công ty cổ phần Cấp nước Hà Lâm | Công ty cổ phần Cấp nước Tân An]->None']),
        ('UBND huyện sáp nhập Trường Tiểu học Hòa An.', ['merge[Trường Tiểu học Hòa An]->None']),
    ],
    "re_formed_on_a_merge": [
        ('Sở Nội vụ tỉnh Hà Lâm được tổ chức lại trên cơ sở hợp nhất Sở Nội vụ và Sở Lao động - Thương binh và Xã hội.', ['merge[Sở Nội vụ | Sở Lao động - Thương binh và Xã hội]->Sở Nội vụ tỉnh Hà Lâm']),
        ('Thanh tra tỉnh được kiện toàn trên cơ sở sáp nhập Thanh tra Sở Xây dựng và Thanh tra Sở Giao thông.', ['merge[Thanh tra Sở Xây dựng | Thanh tra Sở Giao thông]->Thanh tra tỉnh']),
    ],
    "ended_then_merged_into": [
        ('Tại huyện Châu Sơn, giải thể Công an xã Phú An và An Hòa, nhập vào Công an xã An Phước.', ['merge[Công an xã Phú An | Công an xã An Hòa | Công an xã An Phước]->Công an xã An Phước']),
        ('Giải thể Công an xã An Khánh, nhập vào Công an thị trấn Châu Sơn.', ['merge[Công an xã An Khánh | Công an thị trấn Châu Sơn]->Công an thị trấn Châu Sơn']),
        ('Tỉnh giải thể Trường Tiểu học Hòa An.', ['dissolve[Trường Tiểu học Hòa An]->None']),
    ],
    "received_to_be_managed": [
        ('Bộ Y tế tiếp nhận 10 đơn vị trực thuộc Bộ Lao động - Thương binh và Xã hội về Bộ Y tế quản lý.', ['transfer[Bộ Y tế]->Bộ Y tế#10']),
        ('Trường Đại học Hà Lâm tiếp nhận Trường Cao đẳng Sơn Hà vào Trường Đại học Hà Lâm.', ['merge[Trường Cao đẳng Sơn Hà | Trường Đại học Hà Lâm]->Trường Đại học Hà Lâm']),
    ],
    "ended_as_renamed": [
        ('Bộ Y tế sẽ bỏ đơn vị Tổng cục Dân số, đổi thành Cục Dân số.', ['rename[Tổng cục Dân số]->Cục Dân số']),
        ('Tỉnh giải thể Trung tâm Hòa An, thành lập Trung tâm Bình An.', ['dissolve[Trung tâm Hòa An]->None', 'establish[]->Trung tâm Bình An']),
        ('Sẽ có các đơn vị mới được thành lập gồm: Cục Cơ sở hạ tầng và thiết bị y tế, Trung tâm Y tế Quốc gia.', ['establish[]->Cục Cơ sở hạ tầng và thiết bị y tế', 'establish[]->Trung tâm Y tế Quốc gia']),
    ],
    "names_listed_under_a_heading": [
        ('Lịch sử Hội\n\nNhững lần đổi tên của Hội:\n\n- Từ năm 1950 - 1960: Hội Nông hội Hà Lâm\n\n- Từ năm 1960 - 1988: Hội Nông dân tập thể Hà Lâm\n\n- Từ năm 1988 đến nay: Hội Nông dân tỉnh Hà Lâm\n\nHội có nhiều hoạt động.', ['rename[Hội Nông hội Hà Lâm]->Hội Nông dân tập thể Hà Lâm', 'rename[Hội Nông dân tập thể Hà Lâm]->Hội Nông dân tỉnh Hà Lâm']),
        ('Lịch sử Hội\n\nCác hội viên tiêu biểu:\n\n- Hội Nông dân xã An Phú\n\n- Hội Nông dân xã Bình Minh', []),
    ],
    "post_offices": [
        ('Bưu điện Tiên Sơn cùng với Bưu điện Nam Sơn, Bắc Sơn sáp nhập thành Bưu điện khu vực Sơn Tiên.', ['merge[Bưu điện Tiên Sơn | Bưu điện Nam Sơn | Bưu điện Bắc Sơn]->Bưu điện khu vực Sơn Tiên']),
        ('Năm 1990, Bộ thành lập Cục Bảo vệ giao thông và Bưu điện.', ['establish[]->Cục Bảo vệ giao thông và Bưu điện']),
    ],
    "parts_left_out_of_a_member": [
        ('Sáp nhập xã Thanh Hà và xã Lộc Sơn (trừ 4 xóm Nà Mò, Chè Lân, Bản Áng, Pàn Danh) thành một xã lấy tên là xã Lộc Hà.', ['merge[xã Thanh Hà | xã Lộc Sơn]->xã Lộc Hà']),
    ],
    "companies_founded_by_their_group": [
        ('Tổng công ty Điện lực Hà Lâm thành lập 7 công ty điện lực trên cơ sở sắp xếp lại các điện lực cấp huyện.', ['establish[]->None#7']),
        ('Tập đoàn Viễn thông Nam Sơn đã thành lập 3 công ty con.', ['establish[]->None#3']),
        ('Sáu tháng qua, toàn tỉnh thành lập mới 430 công ty và 25 văn phòng đại diện.', []),
        ('Trong năm, thành phố có thêm 1.200 công ty được thành lập mới.', []),
    ],
    "founded_with_their_leaders_named": [
        ('Tỉnh ủy công bố quyết định thành lập, chỉ định Ban Chấp hành Đảng bộ xã Tân An.', ['establish[]->Đảng bộ xã Tân An']),
        ('Ban Thường vụ Tỉnh ủy trao quyết định thành lập và chỉ định Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh.', ['establish[]->Đảng bộ các cơ quan Đảng tỉnh']),
        ('Bộ Chính trị quyết định thành lập, chỉ định nhân sự của 3 đảng bộ trực thuộc Trung ương (Đảng bộ Khối Tân An, Đảng bộ Chính phủ và Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương).', ['establish[]->Đảng bộ Khối Tân An', 'establish[]->Đảng bộ Chính phủ', 'establish[]->Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương']),
        ('Bộ Chính trị quyết định thành lập, chỉ định nhân sự của 4 đảng bộ trực thuộc Trung ương.', ['establish[]->None#4']),
        ('UBND tỉnh quyết định thành lập, kiện toàn Ban Chỉ đạo Cải cách hành chính tỉnh.', ['establish[]->Ban Chỉ đạo Cải cách hành chính tỉnh']),
        ('Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã Tân An nhiệm kỳ mới.', []),
    ],
    "founded_under_a_first_name": [
        ('Trường này được thành lập năm 1972 với tên ban đầu là Trường Bồi dưỡng cán bộ tư pháp.', ['establish[]->Trường Bồi dưỡng cán bộ tư pháp']),
        ('Bệnh viện được thành lập năm 1965 với tên gọi Bệnh viện Khu Tả ngạn.', ['establish[]->Bệnh viện Khu Tả ngạn']),
        ('Trường được thành lập năm 1970.', []),
    ],
    "founded_out_of_counted_bodies": [
        ('Đại học Hà Lâm ban đầu được thành lập vào ngày 27/1/1995 trên cơ sở sắp xếp lại 9 trường đại học.', ['merge[]->Đại học Hà Lâm#9']),
        ('Thành lập Trường Phổ thông Tân An trên cơ sở sắp xếp, tổ chức lại 2 trường.', ['merge[]->Trường Phổ thông Tân An#2']),
        ('Thành lập Trung tâm Y tế Hà Lâm trên cơ sở tổ chức lại Trung tâm Y tế huyện Hà Lâm với 120 người.', ['establish[Trung tâm Y tế huyện Hà Lâm]->Trung tâm Y tế Hà Lâm']),
    ],
    "owner_told_after_the_subject": [
        ('Tổng công ty Cà phê Hà Lâm do Bộ Nông nghiệp làm chủ sở hữu đã chính thức chuyển sang Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.', ['transfer[Tổng công ty Cà phê Hà Lâm | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp]->Ủy ban Quản lý vốn nhà nước tại doanh nghiệp']),
        ('3 tổng công ty gồm Tổng công ty Chè Hà Lâm (VTC), Tổng công ty Muối Hà Lâm và Tổng công ty Lương thực Hà Lâm do Bộ Công Thương làm chủ sở hữu vốn nhà nước tại doanh nghiệp đã chuyển sang Ủy ban Quản lý vốn tỉnh Hà Lâm.', ['transfer[Tổng công ty Chè Hà Lâm | Tổng công ty Muối Hà Lâm | Tổng công ty Lương thực Hà Lâm | Ủy ban Quản lý vốn tỉnh Hà Lâm]->Ủy ban Quản lý vốn tỉnh Hà Lâm']),
        ('Bệnh viện Đa khoa Tân An do Sở Y tế quản lý được chuyển về Trường Đại học Y Hà Lâm.', ['transfer[Bệnh viện Đa khoa Tân An | Trường Đại học Y Hà Lâm]->Trường Đại học Y Hà Lâm']),
    ],
    "members_listed_after_a_long_description": [
        ('UBND tỉnh công bố quyết định hợp nhất 4 hội do Đảng, Nhà nước giao nhiệm vụ cấp tỉnh trước đây thuộc tỉnh Tân An (cũ) và Hà Lâm (cũ), gồm: Hội Chữ thập đỏ, Hội Người mù, Hội Luật gia, Hội Nhà báo.', ['merge[Hội Chữ thập đỏ | Hội Người mù | Hội Luật gia | Hội Nhà báo]->None#4']),
        ('Huyện giải thể 3 trường có quy mô nhỏ, ít học sinh, cơ sở vật chất xuống cấp từ nhiều năm nay ở các xã Tân An và Tân Bình.', ['dissolve[]->None#3']),
    ],
    "members_listed_after_a_colon_with_commas_or_semicolons": [
        ('Bộ Nội vụ đã bàn giao ba đơn vị, gồm: Cục Trẻ em, Cục Bảo trợ xã hội và Cục Văn thư về Bộ Y tế.', ['transfer[Cục Trẻ em | Cục Bảo trợ xã hội | Cục Văn thư | Bộ Y tế]->Bộ Y tế#3']),
        ('Tỉnh chuyển 26 trung tâm về Sở Nông nghiệp và Môi trường.', ['transfer[Sở Nông nghiệp và Môi trường]->Sở Nông nghiệp và Môi trường#26']),
        ('Bộ Nội vụ đã bàn giao ba đơn vị, gồm: Cục Trẻ em; Cục Bảo trợ xã hội; Cục Văn thư về Bộ Y tế.', ['transfer[Cục Trẻ em | Cục Bảo trợ xã hội | Cục Văn thư | Bộ Y tế]->Bộ Y tế#3']),
        ('Hợp nhất 3 trung tâm gồm: Trung tâm Văn hóa tỉnh; Trung tâm Thể thao tỉnh; Trung tâm Du lịch tỉnh thành Trung tâm Văn hóa, Thể thao và Du lịch tỉnh.', ['merge[Trung tâm Văn hóa tỉnh | Trung tâm Thể thao tỉnh | Trung tâm Du lịch tỉnh]->Trung tâm Văn hóa, Thể thao và Du lịch tỉnh#3']),
        ('Sáp nhập Trường Tiểu học Tân An vào Trường Tiểu học Tân Bình; giải thể Trường Mầm non Hoa Sen.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Bình]->Trường Tiểu học Tân Bình', 'dissolve[Trường Mầm non Hoa Sen]->None']),
    ],
    "merged_to_found_or_with_a_new_name": [
        ('Xóm Khuôn Mạ (66 hộ) sáp nhập với xóm Tân Lập (60 hộ) để thành lập xóm Hòa Bình.', ['merge[Xóm Khuôn Mạ | xóm Tân Lập]->xóm Hòa Bình']),
        ('Hợp nhất Trường Tiểu học Tân An và Trường THCS Tân An để thành lập Trường TH&THCS Tân An.', ['merge[Trường Tiểu học Tân An | Trường THCS Tân An]->Trường TH&THCS Tân An']),
        ('BHXH cơ sở Long Sơn sáp nhập với BHXH cơ sở Hồ Lâm, tên mới là BHXH cơ sở Đất Lâm; BHXH cơ sở Bàu Sen sáp nhập với BHXH cơ sở Dầu Sơn, tên mới là BHXH cơ sở Dầu Sơn.', ['merge[BHXH cơ sở Long Sơn | BHXH cơ sở Hồ Lâm]->BHXH cơ sở Đất Lâm', 'merge[BHXH cơ sở Bàu Sen | BHXH cơ sở Dầu Sơn]->BHXH cơ sở Dầu Sơn']),
    ],
    "one_body_of_each_place_listed_after_it": [
        ('Giải thể Tòa án nhân dân huyện Tân An, huyện Tân Bình và huyện Tân Phú.', ['dissolve[Tòa án nhân dân huyện Tân An | Tòa án nhân dân huyện Tân Bình | Tòa án nhân dân huyện Tân Phú]->None']),
        ('Giải thể Tòa án nhân dân quận 2, quận 9 và quận Tân Phú để thành lập Tòa án nhân dân thành phố Tân Phú.', ['dissolve[Tòa án nhân dân quận 2 | Tòa án nhân dân quận 9 | Tòa án nhân dân quận Tân Phú]->None', 'establish[Tòa án nhân dân quận 2 | Tòa án nhân dân quận 9 | Tòa án nhân dân quận Tân Phú]->Tòa án nhân dân thành phố Tân Phú']),
        ('Sáp nhập xã Tân An, xã Tân Bình vào thị trấn Tân Phú.', ['merge[xã Tân An | xã Tân Bình | thị trấn Tân Phú]->thị trấn Tân Phú']),
    ],
    "idle_for_long_describes_not_ends": [
        ('Đến nay, có 5 hợp tác xã nông nghiệp yếu kém, ngừng hoạt động trong thời gian dài trên địa bàn đã giải thể theo đúng quy định.', ['dissolve[]->None#5']),
        ('Giải thể 7 hợp tác xã ngừng hoạt động lâu ngày.', ['dissolve[]->None#7']),
        ('Từ ngày 1/7, Trung tâm Dịch vụ Tân An ngừng hoạt động.', ['dissolve[Trung tâm Dịch vụ Tân An]->None']),
    ],
    "members_with_heads_of_their_own": [
        ('Thành lập Trung tâm văn hóa - thông tin và thể thao huyện Tân An trên cơ sở hợp nhất: Đài Truyền thanh, Trung tâm văn hóa - thể thao và bổ sung chức năng quản lý Kho Lưu trữ.', ['merge[Đài Truyền thanh | Trung tâm văn hóa - thể thao]->Trung tâm văn hóa - thông tin và thể thao huyện Tân An']),
        ('Sáp nhập Trường Tiểu học Tân An, Tân Bình vào Trường Tiểu học Tân Phú.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Tân Bình | Trường Tiểu học Tân Phú]->Trường Tiểu học Tân Phú']),
    ],
    "banks_known_by_acronyms_listed": [
        ('Ngân hàng Nhà nước chấp thuận sáp nhập HBL và SHL.', ['merge[HBL | SHL]->None']),
        ('Sáp nhập MHL vào BIDL.', ['merge[MHL | BIDL]->BIDL']),
    ],
    "kept_under_an_owner_of_another_kind": [
        ('Bệnh viện Tân An và Bệnh viện Tân Bình được tổ chức lại thành hai bệnh viện thực hành của Trường Đại học Y Hà Lâm.', ['transfer[Bệnh viện Tân An | Bệnh viện Tân Bình | Trường Đại học Y Hà Lâm]->Trường Đại học Y Hà Lâm']),
        ('Bệnh viện Tân An trở thành đơn vị trực thuộc Trường Đại học Y Hà Lâm.', ['transfer[Bệnh viện Tân An | Trường Đại học Y Hà Lâm]->Trường Đại học Y Hà Lâm']),
        ('Bệnh viện Tân An sẽ trở thành cơ sở thuộc Bệnh viện Hà Lâm.', ['merge[Bệnh viện Tân An | Bệnh viện Hà Lâm]->Bệnh viện Hà Lâm']),
        ('Thành lập Trung tâm Kiểm soát bệnh tật tỉnh Hà Lâm trực thuộc Sở Y tế trên cơ sở hợp nhất 2 đơn vị gồm: Trung tâm Y tế dự phòng và Trung tâm Răng hàm mặt.', ['merge[Trung tâm Y tế dự phòng | Trung tâm Răng hàm mặt]->Trung tâm Kiểm soát bệnh tật tỉnh Hà Lâm#2']),
    ],
    "kinds_of_bodies_founded": [
        ('Chủ tịch UBND tỉnh ra các quyết định thành lập các Ban Quản lý rừng phòng hộ trực thuộc Sở Nông nghiệp.', []),
        ('Tỉnh đã thành lập các Phòng Văn hóa - Xã hội.', []),
        ('Thành lập các Ban Quản lý rừng phòng hộ Sông Mã, Mường Lát và Quan Hóa.', ['establish[]->Ban Quản lý rừng phòng hộ Sông Mã', 'establish[]->Ban Quản lý rừng phòng hộ Mường Lát', 'establish[]->Ban Quản lý rừng phòng hộ Quan Hóa']),
        ('Thành lập các Sở Văn hóa, Sở Du lịch và Sở Y tế Hà Lâm.', ['establish[]->Sở Văn hóa', 'establish[]->Sở Du lịch', 'establish[]->Sở Y tế Hà Lâm']),
    ],
    "counted_bodies_merged_into_one": [
        ('Hai bệnh viện sáp nhập vào Trung tâm Y tế huyện Tam Sơn.', ['merge[]->Trung tâm Y tế huyện Tam Sơn#2']),
        ('Năm 2020, 5 trường được sáp nhập vào Trường Tiểu học Tân An.', ['merge[]->Trường Tiểu học Tân An#5']),
        ('Sở Y tế sáp nhập 3 bệnh viện vào Trung tâm Y tế huyện Tam Sơn.', ['merge[]->Trung tâm Y tế huyện Tam Sơn#3']),
        ('Bộ sáp nhập 20 Phòng Cảnh sát PCCC vào Công an tỉnh Hà Lâm.', ['merge[]->Công an tỉnh Hà Lâm#20']),
        ('Năm 1977, 2 xã Tân An và Tân Bình nhập vào huyện Sơn Hà.', ['merge[xã Tân An | xã Tân Bình | huyện Sơn Hà]->huyện Sơn Hà#2']),
    ],
    "ended_then_its_units_moved": [
        ('Đảng ủy Khối Doanh nghiệp tỉnh Hà Lâm kết thúc hoạt động, các tổ chức đảng trực thuộc được chuyển về Đảng bộ tỉnh.', ['dissolve[Đảng ủy Khối Doanh nghiệp tỉnh Hà Lâm]->None']),
        ('Công đoàn Viên chức tỉnh Hà Lâm kết thúc hoạt động, chuyển các công đoàn cơ sở về Công đoàn Các cơ quan tỉnh.', ['dissolve[Công đoàn Viên chức tỉnh Hà Lâm]->None']),
        ('Trung tâm Dịch vụ việc làm Tân An giải thể, chuyển viên chức về Sở Lao động.', ['dissolve[Trung tâm Dịch vụ việc làm Tân An]->None']),
        ('Đảng ủy Khối Doanh nghiệp tỉnh Hà Lâm sẽ không kết thúc hoạt động, các chi bộ vẫn giữ nguyên.', []),
    ],
    "kinds_merged_to_form_a_count": [
        ('Quận Tân An sáp nhập các tổ dân phố có quy mô nhỏ để thành lập 7 tổ dân phố mới.', ['merge[]->None#7']),
        ('Phường Tân Mai chia tách các tổ dân phố đông dân để thành lập 3 tổ dân phố mới.', ['split[]->None#3']),
        ('Huyện Tam Sơn sáp nhập thôn Nà Lầu và thôn Khe Mạ để thành lập thôn Khe Lầu.', ['merge[thôn Nà Lầu | thôn Khe Mạ]->thôn Khe Lầu']),
        ('Quận Tân An đang rà soát các tổ dân phố có quy mô nhỏ để sáp nhập.', []),
    ],
    "predecessor_named_after_its_successor": [
        ('Tiền thân của Ngân hàng TMCP Sông Hồng là Ngân hàng Nông thôn Sông Hồng, năm 2006 đổi tên thành Ngân hàng TMCP Sông Hồng.', ['rename[Ngân hàng Nông thôn Sông Hồng]->Ngân hàng TMCP Sông Hồng']),
        ('Tiền thân của Bệnh viện Đa khoa tỉnh Hà Lâm là Trạm Y tế tỉnh Hà Lâm, được thành lập năm 1960.', ['establish[]->Trạm Y tế tỉnh Hà Lâm']),
        ('Tiền thân của Công ty Cấp nước Hà Lâm là Nhà máy nước Hà Lâm.', []),
    ],
    "counted_members_listed_before_the_verb": [
        ('7 phường thuộc thị xã Tân An, gồm: Tân An, Hòa Bình, Phú Lợi, Long Hải, Tân Hòa, Núi Sập, Bình Đức được thành lập trên cơ sở các xã cùng tên.', ['establish[]->None#7']),
        ('Hai phường thuộc thị xã Tân An, gồm: Tân An, Hòa Bình được thành lập trên cơ sở các xã cùng tên.', ['establish[]->None#2']),
        ('7 phường thuộc thị xã Tân An, gồm: Tân An, Hòa Bình, Phú Lợi, Long Hải, Tân Hòa, Núi Sập, Bình Đức có diện tích lớn nhất tỉnh.', []),
    ],
    "counts_then_a_named_body_ended": [
        ('Đề án kết thúc hoạt động 7 Đảng đoàn, 3 Ban cán sự đảng, Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh Hà Lâm.', ['dissolve[]->None#7', 'dissolve[]->None#3', 'dissolve[Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh Hà Lâm]->None']),
        ('Giải thể 3 tòa án cấp cao, 29 tòa án cấp tỉnh và Tòa án quân sự Quân khu 9.', ['dissolve[]->None#3', 'dissolve[]->None#29', 'dissolve[Tòa án quân sự Quân khu 9]->None']),
        ('Tỉnh chưa kết thúc hoạt động 7 Đảng đoàn, 3 Ban cán sự đảng.', []),
    ],
    "staff_offices_and_inspectorates_listed": [
        ('Hợp nhất 6 đơn vị tham mưu của hai Bộ, gồm: Vụ Tổ chức cán bộ, Vụ Kế hoạch - Tài chính, Vụ Pháp chế, Thanh tra, Văn phòng Bộ và Vụ Hợp tác quốc tế.', ['merge[Vụ Tổ chức cán bộ | Vụ Kế hoạch - Tài chính | Vụ Pháp chế | Thanh tra | Văn phòng Bộ | Vụ Hợp tác quốc tế]->None#6']),
        ('Vụ Tổ chức cán bộ đã tuyển 20 cán bộ.', []),
    ],
    "new_names_after_la_or_a_comma": [
        ('Năm 1990, Trường Trung học Y tế Hà Lâm đổi tên là Trường Cao đẳng Y tế Hà Lâm.', ['rename[Trường Trung học Y tế Hà Lâm]->Trường Cao đẳng Y tế Hà Lâm']),
        ('Năm 1990, Trường Trung học Y tế Hà Lâm đổi thành Trường Cao đẳng Y tế Hà Lâm.', ['rename[Trường Trung học Y tế Hà Lâm]->Trường Cao đẳng Y tế Hà Lâm']),
        ('Cục Công nghiệp công nghệ thông tin và Truyền thông đổi tên thành Cục Công nghiệp công nghệ thông tin.', ['rename[Cục Công nghiệp công nghệ thông tin và Truyền thông]->Cục Công nghiệp công nghệ thông tin']),
        ('Sáp nhập xã Tân An và xã Tân Bình, đổi tên là xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Hòa']),
        ('Sáp nhập xã Tân An và xã Tân Bình, đổi tên thành xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Hòa']),
        ('Việc đổi tên là cần thiết để người dân dễ nhớ.', []),
        ('Thành lập Trung tâm đổi mới sáng tạo tỉnh Hà Lâm.', ['establish[]->Trung tâm đổi mới sáng tạo tỉnh Hà Lâm']),
    ],
    "no_plan_or_intent": [
        ('Tỉnh chưa có kế hoạch sáp nhập Sở Tư pháp với Sở Nội vụ.', []),
        ('Bộ chưa tính đến chuyện sáp nhập Trường Cao đẳng Tân An vào Trường Đại học Hà Lâm.', []),
        ('Tỉnh có kế hoạch sáp nhập Sở Tư pháp với Sở Nội vụ.', ['merge[Sở Tư pháp | Sở Nội vụ]->None']),
    ],
    "who_asks_to_receive": [
        ('Trường Đại học Y Dược Hà Lâm đề xuất tiếp nhận Trường Cao đẳng Y tế Hà Lâm.', ['merge[Trường Cao đẳng Y tế Hà Lâm | Trường Đại học Y Dược Hà Lâm]->Trường Đại học Y Dược Hà Lâm']),
        ('UBND tỉnh Hà Lâm đề xuất tiếp nhận Bệnh viện 71 Trung ương.', ['transfer[Bệnh viện 71 Trung ương | UBND tỉnh Hà Lâm]->UBND tỉnh Hà Lâm']),
        ('UBND tỉnh Hà Lâm không đề xuất tiếp nhận hồ sơ trực tiếp.', []),
    ],
    "bodies_described_at_length_then_listed": [
        ('Trung tâm Truyền thông Hà Lâm được thành lập trên cơ sở hợp nhất về tổ chức bộ máy, biên chế các cơ quan thông tin, báo chí của tỉnh, gồm: Báo Hà Lâm, Đài PT-TH tỉnh, Báo Sông Lam thuộc Hội Văn học nghệ thuật tỉnh.', ['merge[Báo Hà Lâm | Đài PT-TH tỉnh | Báo Sông Lam]->Trung tâm Truyền thông Hà Lâm']),
        ('Trung tâm thành lập trên cơ sở hợp nhất các Trung tâm thuộc lĩnh vực y tế dự phòng tuyến tỉnh, bao gồm: Trung tâm Y tế dự phòng; Trung tâm Phòng, chống HIV/AIDS; Trung tâm Chăm sóc sức khỏe sinh sản.', ['merge[Trung tâm Y tế dự phòng | Trung tâm Phòng, chống HIV/AIDS | Trung tâm Chăm sóc sức khỏe sinh sản]->None']),
        ('Trung tâm Hà Lâm có tổ chức bộ máy gồm: Phòng Hành chính, Phòng Kỹ thuật.', []),
        ('Ngày 8/5/2015, Tập đoàn đã ký các quyết định về việc thành lập 3 Tổng công ty gồm: Tổng Công ty Dịch vụ Viễn thông (VNPT – Vinaphone); Tổng Công ty Truyền thông (VNPT – Media); Tổng Công ty Hạ tầng mạng (VNPT – Net).', ['establish[]->Tổng Công ty Dịch vụ Viễn thông', 'establish[]->Tổng Công ty Truyền thông', 'establish[]->Tổng Công ty Hạ tầng mạng']),
    ],
    "counted_units_of_each_place_listed": [
        ('Chuyển 3 trung tâm GDNN-GDTX trực thuộc các huyện: Tân An, Tân Bình, Tân Hòa về trực thuộc Sở Giáo dục và Đào tạo.', ['transfer[trung tâm GDNN-GDTX huyện Tân An | trung tâm GDNN-GDTX huyện Tân Bình | trung tâm GDNN-GDTX huyện Tân Hòa | Sở Giáo dục và Đào tạo]->Sở Giáo dục và Đào tạo#3']),
        ('Giải thể 3 chi nhánh tại các tỉnh: Hà Lâm, Tân An và Sông Hồng.', ['dissolve[]->None#3']),
    ],
    "one_body_for_several_places": [
        ('UBND tỉnh thành lập Trung tâm Giáo dục thường xuyên các huyện miền núi Tân An, Tân Bình và Tân Hòa, trên cơ sở tổ chức lại Trung tâm Dạy nghề và Trung tâm Giáo dục thường xuyên của các huyện miền núi.', ['merge[Trung tâm Dạy nghề | Trung tâm Giáo dục thường xuyên]->Trung tâm Giáo dục thường xuyên các huyện miền núi Tân An']),
        ('Thành lập Trường Tiểu học Tân An, Tân Bình và Tân Hòa.', ['establish[]->Trường Tiểu học Tân An', 'establish[]->Trường Tiểu học Tân Bình', 'establish[]->Trường Tiểu học Tân Hòa']),
    ],
    "functions_or_levels_taken_out": [
        ('Thành lập Sở Quy hoạch - Kiến trúc trên cơ sở tách chức năng quản lý nhà nước về quy hoạch từ Sở Xây dựng.', ['establish[Sở Xây dựng]->Sở Quy hoạch - Kiến trúc']),
        ('Tách cấp 2 của Trường THPT Tân An để thành lập trường THCS mới.', ['split[Trường THPT Tân An]->None']),
        ('Trường THPT Tân An có cấp 2 và cấp 3.', []),
    ],
    "thresholds_of_a_rule": [
        ('Với vụ trực thuộc bộ mới sáp nhập, hợp nhất từ 3 đầu mối cấp vụ trở lên thì có thể xem xét lập phòng.', []),
        ('Huyện hợp nhất 3 đầu mối thành 1 trung tâm.', ['merge[]->None#3']),
    ],
    "members_with_their_own_field": [
        ('Ba trường cao đẳng Kinh tế - Kỹ thuật Hòa Lâm, Kinh tế - Công nghệ Hòa Lâm, Nghề Sông Lam sáp nhập với nhau thành Cao đẳng Nghề Hòa Lâm.', ['merge[trường cao đẳng Kinh tế - Kỹ thuật Hòa Lâm | trường cao đẳng Kinh tế - Công nghệ Hòa Lâm | trường cao đẳng Nghề Sông Lam]->Cao đẳng Nghề Hòa Lâm#3']),
        ('Sáp nhập Công ty TNHH một thành viên Đầu tư và Phát triển Nông nghiệp Hà Lâm vào Tổng công ty Sông Lam.', ['merge[Công ty TNHH một thành viên Đầu tư và Phát triển Nông nghiệp Hà Lâm | Tổng công ty Sông Lam]->Tổng công ty Sông Lam']),
    ],
    "merged_into_after_another_verb": [
        ('Khi Đài Truyền hình Hà Lâm chuyển thành Trung tâm Truyền hình Hà Lâm, sáp nhập vào Đài Truyền hình Việt Nam từ năm 2000, tỉnh không còn đài.', ['rename[Đài Truyền hình Hà Lâm]->Trung tâm Truyền hình Hà Lâm', 'merge[Đài Truyền hình Hà Lâm | Đài Truyền hình Việt Nam]->Đài Truyền hình Việt Nam']),
    ],
    "banks_licensed_on_a_merger": [
        ('Thống đốc cấp Giấy phép số 12/GP-NHNN về việc thành lập và hoạt động Ngân hàng TMCP Sông Hà (SHB) - Ngân hàng hợp nhất trên cơ sở hợp nhất tự nguyện 3 ngân hàng: Ngân hàng TMCP Sông Hà (SHB), Ngân hàng TMCP Đệ Tam (Ficobank), Ngân hàng TMCP Tín Hòa (THBank).', ['merge[Ngân hàng TMCP Sông Hà | Ngân hàng TMCP Đệ Tam | Ngân hàng TMCP Tín Hòa]->Ngân hàng TMCP Sông Hà#3']),
        ('Tổng công ty góp vốn vào một ngân hàng cổ phần để thành lập mô hình Ngân hàng Bưu điện đầu tiên tại Việt Nam.', []),
        ('Pháp nhân mới là kết quả của việc sáp nhập Công ty Tiết kiệm Bưu điện vào NH Sông Hà (cũ).', ['merge[Công ty Tiết kiệm Bưu điện | NH Sông Hà]->NH Sông Hà']),
    ],
    "received_from_is_no_body_received": [
        ('Trên cơ sở tiếp nhận từ Ủy ban Quản lý vốn nhà nước tại doanh nghiệp, Bộ Tài chính hoàn thiện Tờ trình Thủ tướng Chính phủ phê duyệt chủ trương sáp nhập; chịu trách nhiệm về hồ sơ.', []),
        ('Sở Y tế tiếp nhận Trung tâm Y tế huyện Tam Nông từ UBND huyện Tam Nông.', ['transfer[Trung tâm Y tế huyện Tam Nông | Sở Y tế]->Sở Y tế']),
    ],
    "members_told_with_their_founding_year": [
        ('Viện A được thành lập trên cơ sở hợp nhất hai cơ quan: Ban Thông tin Khoa học xã hội (thành lập năm 1973) và Thư viện Khoa học xã hội (thành lập năm 1968).', ['merge[Ban Thông tin Khoa học xã hội | Thư viện Khoa học xã hội]->Viện A#2', 'establish[]->Ban Thông tin Khoa học xã hội', 'establish[]->Thư viện Khoa học xã hội']),
        ('Năm 1996, công ty được thành lập trên cơ sở sát nhập 3 đơn vị là Công ty Điện tử Viễn thông Quân đội, Công ty Điện tử Thiết bị thông tin 1 và Công ty Điện tử Thiết bị thông tin 2.', ['merge[Công ty Điện tử Viễn thông Quân đội | Công ty Điện tử Thiết bị thông tin 1 | Công ty Điện tử Thiết bị thông tin 2]->None#3']),
        ('Các công ty bị giải thể gồm: Công ty TNHH MTV Lâm nghiệp Đức Lập, Công ty TNHH MTV Lâm nghiệp Quảng Đức (cùng ở huyện Krông Nô), Công ty TNHH MTV Lâm nghiệp Gia Nghĩa (thị xã Gia Nghĩa).', ['dissolve[Công ty TNHH MTV Lâm nghiệp Đức Lập | Công ty TNHH MTV Lâm nghiệp Quảng Đức | Công ty TNHH MTV Lâm nghiệp Gia Nghĩa]->None']),
    ],
    "a_part_taken_out_then_moved": [
        ('Theo đó, công ty TNHH một thành viên Thông tin di động Hà Lâm sẽ được tách khỏi Tập đoàn Viễn thông Sông Hồng và điều chuyển nguyên trạng sang cho Bộ Thông tin và Truyền thông quản lý.', ['split[Tập đoàn Viễn thông Sông Hồng]->công ty TNHH một thành viên Thông tin di động Hà Lâm', 'transfer[công ty TNHH một thành viên Thông tin di động Hà Lâm | Bộ Thông tin và Truyền thông]->Bộ Thông tin và Truyền thông']),
        ('Tập đoàn Viễn thông Sông Hồng vẫn giữ công ty TNHH một thành viên Thông tin di động Hà Lâm.', []),
    ],
    "each_body_of_a_list_moved_to_its_own_receiver": [
        ('Bệnh viện Tâm thần Trung ương III chuyển về UBND tỉnh Đồng Hà, Bệnh viện 75 Trung ương chuyển về tỉnh Phú Lâm.', ['transfer[Bệnh viện Tâm thần Trung ương III | UBND tỉnh Đồng Hà]->UBND tỉnh Đồng Hà', 'transfer[Bệnh viện 75 Trung ương | tỉnh Phú Lâm]->tỉnh Phú Lâm']),
        ('Bệnh viện A Cần Lâm sáp nhập vào Bệnh viện Đa khoa Cần Lâm, Bệnh viện Chỉnh hình Tân An sáp nhập vào Bệnh viện Thống Nhất.', ['merge[Bệnh viện A Cần Lâm | Bệnh viện Đa khoa Cần Lâm]->Bệnh viện Đa khoa Cần Lâm', 'merge[Bệnh viện Chỉnh hình Tân An | Bệnh viện Thống Nhất]->Bệnh viện Thống Nhất']),
        ('Tỉnh chuyển chức năng, nhiệm vụ cho Báo Hà Lâm và Đài Phát thanh - Truyền hình Hà Lâm sau hợp nhất.', ['merge[Báo Hà Lâm | Đài Phát thanh - Truyền hình Hà Lâm]->None']),
    ],
    "owner_rights_handed_from_one_body_to_another": [
        ('Tổng công ty Sông Hà được chuyển giao quyền đại diện chủ sở hữu từ Bộ Xây dựng về Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.', ['transfer[Tổng công ty Sông Hà | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp]->Ủy ban Quản lý vốn nhà nước tại doanh nghiệp']),
        ('Tổng công ty Sông Hà chưa được chuyển giao quyền đại diện chủ sở hữu từ Bộ Xây dựng.', []),
    ],
    "banks_with_their_legal_form": [
        ('Hợp nhất ba ngân hàng TMCP Sài Hà, Đệ Nhất và Việt Tín thành Ngân hàng TMCP Sài Hà.', ['merge[ngân hàng TMCP Sài Hà | ngân hàng TMCP Đệ Nhất | ngân hàng TMCP Việt Tín]->Ngân hàng TMCP Sài Hà#3']),
        ('Sau hợp nhất, Ngân hàng TMCP Bưu điện Sông Hồng đổi tên thành Ngân hàng TMCP Lộc Hà.', ['rename[Ngân hàng TMCP Bưu điện Sông Hồng]->Ngân hàng TMCP Lộc Hà']),
        ('Ngân hàng TMCP Bưu điện Sông Hồng tăng vốn điều lệ.', []),
    ],
    "merged_body_told_in_a_bracket": [
        ('Trường Tiểu học Tân An (được sáp nhập từ hai trường Tân An 1 và Tân An 2) có 30 lớp.', ['merge[trường Tân An 1 | trường Tân An 2]->Trường Tiểu học Tân An#2']),
        ('Trường Tiểu học Tân An (sáp nhập từ Trường Tiểu học Tân An 1 và Trường Tiểu học Tân An 2) có 30 lớp.', ['merge[Trường Tiểu học Tân An 1 | Trường Tiểu học Tân An 2]->Trường Tiểu học Tân An']),
        ('Sau khi sáp nhập, Trường Tiểu học Tân An có 1.200 học sinh.', []),
        ('Việc hợp nhất Sở Kế hoạch và Đầu tư với Sở Tài chính giúp giảm đầu mối.', ['merge[Sở Kế hoạch và Đầu tư | Sở Tài chính]->None']),
    ],
    "lower_case_members_of_a_list_after_a_colon": [
        ('Thành lập Trung tâm Văn hóa huyện Tân An trên cơ sở hợp nhất: Đài truyền thanh, Thư viện, Trung tâm văn hóa - thể thao và bổ sung chức năng quản lý Kho Lưu trữ.', ['merge[Đài truyền thanh | Thư viện | Trung tâm văn hóa - thể thao]->Trung tâm Văn hóa huyện Tân An']),
        ('Thành lập Trung tâm Văn hóa huyện Tân An trên cơ sở hợp nhất: Đài Truyền thanh, Thư viện, Ban Quản lý rừng phòng hộ núi Bà Đen, Trung tâm văn hóa - thể thao.', ['merge[Đài Truyền thanh | Thư viện | Ban Quản lý rừng phòng hộ núi Bà Đen | Trung tâm văn hóa - thể thao]->Trung tâm Văn hóa huyện Tân An']),
        ('Thành lập Trung tâm Văn hóa huyện Tân An trên cơ sở hợp nhất: Đài Truyền thanh, Thư viện, Tổ quản lý di tích tượng đài chiến thắng La Ngà.', ['merge[Đài Truyền thanh | Thư viện]->Trung tâm Văn hóa huyện Tân An']),
        ('Đài truyền thanh huyện phát sóng 3 buổi mỗi ngày.', []),
    ],
    "province_after_an_address": [
        ('Thành lập thị trấn Tân An thuộc huyện Hòa Bình, Đồng Tháp trên cơ sở xã Tân An.', ['establish[xã Tân An]->thị trấn Tân An']),
        ('Sáp nhập phường Cửa Nam, Điện Biên và Hàng Bông thành phường Hoàn Kiếm.', ['merge[phường Cửa Nam | phường Điện Biên | phường Hàng Bông]->phường Hoàn Kiếm']),
    ],
    "formed_under_a_first_name": [
        ('Năm 1975, cơ quan Kế hoạch tỉnh được hình thành với tên gọi là Ban Kinh tế tỉnh Sông Lam.', ['establish[]->Ban Kinh tế tỉnh Sông Lam']),
        ('Năm 1975, cơ quan này được hình thành với tên gọi khác.', []),
        ('Người dân đã hình thành thói quen nộp hồ sơ trực tuyến.', []),
    ],
    "bodies_handed_over_listed_after_the_receiver": [
        ('Các hội được bàn giao về Ủy ban MTTQ Việt Nam tỉnh Hà Lâm hiện nay gồm: Hội Chữ thập đỏ tỉnh; Hội Nhà báo tỉnh; Hội Đông y tỉnh.', ['transfer[Hội Chữ thập đỏ tỉnh | Hội Nhà báo tỉnh | Hội Đông y tỉnh | Ủy ban MTTQ Việt Nam tỉnh Hà Lâm]->Ủy ban MTTQ Việt Nam tỉnh Hà Lâm']),
        ('Các hội được chuyển về Ủy ban MTTQ Việt Nam tỉnh Hà Lâm gồm: Hội Chữ thập đỏ tỉnh, Hội Nhà báo tỉnh và Hội Đông y tỉnh.', ['transfer[Hội Chữ thập đỏ tỉnh | Hội Nhà báo tỉnh | Hội Đông y tỉnh | Ủy ban MTTQ Việt Nam tỉnh Hà Lâm]->Ủy ban MTTQ Việt Nam tỉnh Hà Lâm']),
        ('Ủy ban MTTQ Việt Nam tỉnh Hà Lâm gồm: Hội Chữ thập đỏ tỉnh, Hội Nhà báo tỉnh.', []),
        ('Các hội sẽ được bàn giao về Ủy ban MTTQ Việt Nam tỉnh Hà Lâm trong năm nay.', []),
    ],
    "kinds_merged_into_a_body_founded": [
        ('Hợp nhất các tổ chức bảo hiểm xã hội, thành lập Bảo hiểm xã hội Hà Lâm.', ['merge[]->Bảo hiểm xã hội Hà Lâm']),
        ('Giải thể các ban chỉ đạo, thành lập Ban Chỉ đạo tỉnh Hà Lâm.', ['establish[]->Ban Chỉ đạo tỉnh Hà Lâm']),
        ('Tỉnh nghiên cứu hợp nhất các tổ chức bảo hiểm, chưa thành lập cơ quan mới.', []),
    ],
    "totals_and_parts_of_them": [
        ('25 trong số 38 trung tâm đã chấm dứt hoạt động.', ['dissolve[]->None#25']),
        ('Trong số 84 thành phố thuộc tỉnh có một số mới thành lập.', []),
    ],
    "counted_subjects_that_act": [
        ('Tân Sơn: 4 xã sáp nhập thôn', []),
        ('Đến năm 2030, 63 tỉnh thành sẽ phải hoàn tất việc sáp nhập các trung tâm y tế tại mỗi tỉnh.', []),
        ('Huyện Tân Sơn có 4 xã có số thôn phải sáp nhập và đổi tên thôn.', []),
        ('12 xã có quy mô nhỏ sẽ sáp nhập.', ['merge[]->None#12']),
        ('Năm 2020, 7 trường mầm non sáp nhập thành 3 trường.', ['merge[]->None#7']),
    ],
    "times_after_joined_triggers": [
        ('Sau sắp xếp, sáp nhập: Huyện Tam Sơn có 24 trạm y tế xã, giảm 7 trạm.', []),
        ('Sau sáp nhập, huyện Tam Sơn có 24 xã.', []),
    ],
    "project_boards_named_for_their_works": [
        ('UBND tỉnh chuyển Ban Quản lý dự án đầu tư xây dựng các công trình giao thông về trực thuộc Sở Giao thông vận tải.', ['transfer[Ban Quản lý dự án đầu tư xây dựng các công trình giao thông | Sở Giao thông vận tải]->Sở Giao thông vận tải']),
        ('Thành lập Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Lâm.', ['establish[]->Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Lâm']),
        ('Ban Quản lý dự án đầu tư xây dựng các công trình giao thông đang triển khai 12 dự án.', []),
    ],
    "state_farms_counted": [
        ('Tỉnh đã giải thể 14 nông, lâm trường làm ăn thua lỗ.', ['dissolve[]->None#14']),
        ('Năm 2012, Bộ sáp nhập 6 nông trường thành 3 công ty.', ['merge[]->None#6']),
    ],
    "bodies_waiting_for_an_end": [
        ('Trong đó, có 271 HTX đang hoạt động, 16 HTX ngừng hoạt động.', []),
        # the register's count told with the places the businesses are in
        ('Huyện hiện có 8 HTX, THT tại các xã vùng cao đã ngừng hoạt động.', []),
        ('Có 13 HTX ngừng hoạt động trên địa bàn tỉnh sẽ được giải thể dứt điểm.', ['dissolve[]->None#13']),
        ('Ngày 1/7, 25 trung tâm y tế khu vực ngừng hoạt động.', ['dissolve[]->None#25']),
        ('Hợp tác xã Tân Phong ngừng hoạt động, đang chờ giải thể.', []),
        ('Còn 7 hợp tác xã chờ giải thể.', []),
        ('Hợp tác xã Tân Phong đã ngừng hoạt động.', ['dissolve[Hợp tác xã Tân Phong]->None']),
        ('Toàn tỉnh có 86 hợp tác xã ngừng hoạt động chưa được giải thể.', []),
        ('Hợp tác xã Đông Lâm ngừng hoạt động nhưng chưa giải thể.', []),
    ],
    "brands_listed_with_names_read_by_their_suffix": [
        ('Ba ngân hàng hợp nhất từ SCB, Ficombank và TinNghiaBank.', ['merge[SCB | Ficombank | TinNghiaBank]->None']),
    ],
    "new_name_told_after_a_comma": [
        ('Đề án hợp nhất và tái cơ cấu ba ngân hàng Phú Mỹ, Đông Hải và Bình An, tên ngân hàng mới sẽ là Ngân hàng TMCP Phú Mỹ.', ['merge[ngân hàng Phú Mỹ | ngân hàng Đông Hải | ngân hàng Bình An]->Ngân hàng TMCP Phú Mỹ#3']),
        ('Hai công ty Hòa Bình và Thắng Lợi sẽ hợp nhất, tên công ty mới là Công ty cổ phần Hòa Thắng.', ['merge[công ty Hòa Bình | công ty Thắng Lợi]->Công ty cổ phần Hòa Thắng']),
        ('Sáp nhập Trường Tiểu học Đồng Tâm và Trường Tiểu học Hòa Lạc, trường mới lấy tên là Trường Tiểu học Đồng Hòa.', ['merge[Trường Tiểu học Đồng Tâm | Trường Tiểu học Hòa Lạc]->Trường Tiểu học Đồng Hòa']),
    ],
    "one_name_owned_respectively": [
        ('Sáp nhập Trường Cao đẳng Y tế Hà Lâm và Trường Cao đẳng Y tế Sơn Hà vào Trường Đại học Y khoa, lần lượt thuộc Đại học Hà Lâm và Đại học Sơn Hà.', ['merge[Trường Cao đẳng Y tế Hà Lâm | Trường Đại học Y khoa]->Trường Đại học Y khoa', 'merge[Trường Cao đẳng Y tế Sơn Hà | Trường Đại học Y khoa]->Trường Đại học Y khoa']),
    ],
    "seats_in_lower_case": [
        ('Bộ quyết định thành lập phân hiệu Trường Đại học Nông Lâm tại Gia Lai.', ['establish[]->phân hiệu Trường Đại học Nông Lâm tại Gia Lai']),
        ('Bộ thành lập phân hiệu Trường ĐH Kinh tế tại Long An trên cơ sở Trường CĐ Kinh tế Long An. Phân hiệu này được thành lập trên cơ sở sáp nhập với Trường Cao đẳng Kinh tế Long An.', ['establish[Trường CĐ Kinh tế Long An]->phân hiệu Trường ĐH Kinh tế tại Long An', 'merge[Trường Cao đẳng Kinh tế Long An]->phân hiệu Trường ĐH Kinh tế tại Long An']),
        ('Trường có một phân hiệu ở Gia Lai.', []),
    ],
    "boards_named_by_a_task_as_a_noun": [
        ('Cùng ngày, Đài Tiếng nói Nhân dân đã thành lập Ban Tiếp nhận việc sáp nhập Đài Truyền hình Kỹ thuật số Hà Lâm.', ['establish[]->Ban Tiếp nhận việc sáp nhập Đài Truyền hình Kỹ thuật số Hà Lâm']),
        ('Tỉnh lập Ban Chỉ đạo triển khai thành lập Chi cục Thuế khu vực.', []),
        ('Huyện thành lập ban tiếp nhận hồ sơ.', []),
    ],
    "fields_ending_in_a_verb": [
        ('UBND huyện giải thể Ban Quản lý Dự án đầu tư xây dựng huyện Tân Sơn.', ['dissolve[Ban Quản lý Dự án đầu tư xây dựng huyện Tân Sơn]->None']),
    ],
    "a_body_said_to_be_one_formed_so": [
        ('Ban Quản lý dự án huyện Tân Sơn là đơn vị hình thành trên cơ sở hợp nhất Ban Quản lý Dự án đầu tư xây dựng và Đội Quản lý trật tự xây dựng huyện.', ['merge[Ban Quản lý Dự án đầu tư xây dựng | Đội Quản lý trật tự xây dựng huyện]->Ban Quản lý dự án huyện Tân Sơn']),
        ('Trung tâm Dịch vụ nông nghiệp huyện là đơn vị được thành lập trên cơ sở sáp nhập Trạm Khuyến nông và Trạm Thú y.', ['merge[Trạm Khuyến nông | Trạm Thú y]->Trung tâm Dịch vụ nông nghiệp huyện']),
        ('Học sinh hình thành thói quen đọc sách.', []),
    ],
    "school_levels_abbreviated_after_the_head": [
        ('Trường Đại học Y khoa tiếp nhận Trường CĐ Y tế Hà Lâm. Như vậy, Trường Cao đẳng Y tế Hà Lâm được sáp nhập vào Trường Đại học Y khoa.', ['merge[Trường Cao đẳng Y tế Hà Lâm | Trường Đại học Y khoa]->Trường Đại học Y khoa']),
    ],
    "cooperatives_and_credit_funds_abbreviated": [
        ('Trong 8 HTX này có 2 HTX đã thực hiện giải thể là HTX nông nghiệp Tân Lập và HTX nông nghiệp Hòa Bình.', ['dissolve[HTX nông nghiệp Tân Lập | HTX nông nghiệp Hòa Bình]->None']),
        ('Có 3 HTX đang làm thủ tục giải thể tự nguyện gồm HTX rau sạch Tân Phú; HTX nông sản Đồng Tâm và HTX hoa Quang Minh.', ['dissolve[HTX rau sạch Tân Phú]->None', 'dissolve[HTX nông sản Đồng Tâm | HTX hoa Quang Minh]->None']),
        ('Sáp nhập QTDND xã Tân Lập vào QTDND xã Hòa Bình.', ['merge[QTDND xã Tân Lập | QTDND xã Hòa Bình]->QTDND xã Hòa Bình']),
        ('Tỉnh có 25 HTX đang hoạt động.', []),
    ],
    "a_bare_head_after_a_year_renamed": [
        ('Trường Trung học Hòa An được thành lập năm 1960. Năm 1985, trường đổi tên là trường PTTH Lê Lợi.', ['establish[]->Trường Trung học Hòa An', 'rename[Trường Trung học Hòa An]->trường PTTH Lê Lợi']),
        ('Trường Trung học Hòa An được thành lập năm 1960. Năm 1985 Trường đổi tên là trường PTTH Lê Lợi.', ['establish[]->Trường Trung học Hòa An', 'rename[Trường Trung học Hòa An]->trường PTTH Lê Lợi']),
        ('Năm 2024, trường học được sắp xếp lại.', []),
    ],
    "bodies_of_a_level_listed_in_the_next_sentence": [
        ('Từ ngày 1/3, giải thể Công an huyện, quận trực thuộc Công an TP Hà Lâm. Cụ thể gồm: Công an huyện Tân Sơn, Công an quận Bình Minh và Công an quận Hòa Bình.', ['dissolve[Công an huyện Tân Sơn | Công an quận Bình Minh | Công an quận Hòa Bình]->None']),
        ('Giải thể Công an cấp huyện. Tỉnh có 12 xã gồm: xã Tân Lập, xã Hòa Bình.', []),
    ],
    "bodies_numbered_like_the_one_before": [
        ('Tòa án Quân sự khu vực 1 và khu vực 2 đang thực hiện các bước sáp nhập thành Tòa án Quân sự khu vực Quân khu 1.', ['merge[Tòa án Quân sự khu vực 1 | Tòa án Quân sự khu vực 2]->Tòa án Quân sự khu vực Quân khu 1']),
        ('Giải thể Quân đoàn 3 và 4.', ['dissolve[Quân đoàn 3 | Quân đoàn 4]->None']),
        ('Sáp nhập Trường Mầm non 19 và 20 học sinh.', ['merge[Trường Mầm non 19]->None']),
    ],
    "zones_and_clusters_in_a_name": [
        ('UBND thành phố giải thể Trung tâm Phát triển các khu, cụm công nghiệp và thương mại dịch vụ TP.Tam Sơn.', ['dissolve[Trung tâm Phát triển các khu, cụm công nghiệp và thương mại dịch vụ TP.Tam Sơn]->None']),
        # a residential cluster is a unit of its own, not the rest of the centre's name
        ('Tỉnh sáp nhập Trung tâm A, cụm dân cư B vào xã C.', ['merge[Trung tâm A | cụm dân cư B | xã C]->xã C']),
    ],
    "kinds_merged_into_kinds": [
        ('Bộ công bố các quyết định về việc hợp nhất các Chi cục Thuế để thành lập các Chi cục Thuế khu vực trực thuộc 35 Cục Thuế.', []),
    ],
    "bodies_that_end_themselves": [
        ('HTX Tân Lập tự giải thể.', ['dissolve[HTX Tân Lập]->None']),
        ('Hợp tác xã Tân Lập đã tự giải thể.', ['dissolve[Hợp tác xã Tân Lập]->None']),
    ],
    "counted_units_of_a_place_listed": [
        ('Trung tâm Truyền thông Hà Lâm được thành lập trên cơ sở sáp nhập 3 đơn vị thành phố, gồm: Trung tâm Tin học; Trung tâm Báo chí; Trung tâm Văn hóa.', ['merge[Trung tâm Tin học | Trung tâm Báo chí | Trung tâm Văn hóa]->Trung tâm Truyền thông Hà Lâm#3']),
        ('Sáp nhập 5 phường thành phố Hà Lâm thành 2 phường.', ['merge[]->None#5']),
    ],
    "counted_bodies_owned_then_listed": [
        ('Bộ công bố Quyết định về việc thành lập 3 Tổng cục trực thuộc Bộ gồm: Kiểm lâm, Thủy sản và Thủy lợi.', ['establish[]->Tổng cục Kiểm lâm', 'establish[]->Tổng cục Thủy sản', 'establish[]->Tổng cục Thủy lợi']),
    ],
    "party_bodies_named_by_their_body": [
        ('Giải thể Đảng bộ Chi nhánh Ngân hàng Nông nghiệp tỉnh Hà Lâm.', ['dissolve[Đảng bộ Chi nhánh Ngân hàng Nông nghiệp tỉnh Hà Lâm]->None']),
        ('Giải thể Đảng bộ Trường Cao đẳng Y tế Hà Lâm.', ['dissolve[Đảng bộ Trường Cao đẳng Y tế Hà Lâm]->None']),
    ],
    "renamed_from_a_former_name": [
        ('Công ty cổ phần Nước sạch Sông Hồng được đổi tên từ ngày 1/2/2018 từ Công ty cổ phần Nước sạch Hà Lâm.', ['rename[Công ty cổ phần Nước sạch Hà Lâm]->Công ty cổ phần Nước sạch Sông Hồng']),
        ('Trường A đổi tên từ năm 2010.', ['rename[Trường A]->None']),
    ],
    "forest_ranger_units": [
        ('Ở cấp huyện thành lập 09 Hạt Kiểm lâm nhân dân.', ['establish[]->None#9']),
        ('Giải thể Hạt Kiểm lâm rừng phòng hộ Sông Tranh.', ['dissolve[Hạt Kiểm lâm rừng phòng hộ Sông Tranh]->None']),
        ('Mỗi hạt gạo đều quý.', []),
    ],
    "initials_of_fields_glued": [
        ('Sáp nhập Phòng GD&ĐT vào Phòng VH-TT.', ['merge[Phòng GD&ĐT | Phòng VH-TT]->Phòng VH-TT']),
        ('Giải thể Sở KH,CN, Sở TN.', ['dissolve[Sở KH,CN | Sở TN]->None']),
    ],
    "power_units_handed_over_with_land": [
        ('Công ty Điện lực 1 bàn giao Điện lực Sơn Tây, Chi nhánh điện Mê Lâm và 4 xã thuộc tỉnh Hòa Lâm về Công ty Điện lực Hà Lâm quản lý.', ['transfer[Điện lực Sơn Tây | Chi nhánh điện Mê Lâm | Công ty Điện lực Hà Lâm]->Công ty Điện lực Hà Lâm']),
        ('Ngành điện lực tỉnh A phát triển.', []),
    ],
    "a_receiver_named_after_a_noun": [
        ('Cục Y tế bàn giao Bệnh viện Giao thông vận tải Hà Lâm về UBND tỉnh Hà Lâm quản lý. Đơn vị tiếp nhận là Sở Y tế Hà Lâm.', ['transfer[Bệnh viện Giao thông vận tải Hà Lâm | UBND tỉnh Hà Lâm]->UBND tỉnh Hà Lâm']),
    ],
    "counted_units_with_bare_names": [
        ('Hợp nhất hai tỉnh Hà Giang và Tuyên Quang thành tỉnh Hà Tuyên.', ['merge[tỉnh Hà Giang | tỉnh Tuyên Quang]->tỉnh Hà Tuyên#2']),
        ('Sáp nhập 3 huyện Tân Lập, Tân Tiến và Hòa Bình.', ['merge[huyện Tân Lập | huyện Tân Tiến | huyện Hòa Bình]->None#3']),
    ],
    "courts_named_by_their_seat": [
        ('Giải thể Tòa án nhân dân cấp cao tại Hà Nội, Tòa án nhân dân cấp cao tại Đà Nẵng.', ['dissolve[Tòa án nhân dân cấp cao tại Hà Nội | Tòa án nhân dân cấp cao tại Đà Nẵng]->None']),
        ('Giải thể Tòa án nhân dân cấp cao.', []),
    ],
    "units_named_with_their_force": [
        ('Thành lập Đội Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an huyện Tân Sơn.', ['establish[]->Đội Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an huyện Tân Sơn']),
        ('Sáp nhập Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Hà Lâm vào Phòng Chính trị.', ['merge[Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Hà Lâm | Phòng Chính trị]->Phòng Chính trị']),
        ('Phòng Hậu cần và Phòng Kỹ thuật Sư đoàn 7 tổ chức lại thành Phòng Hậu cần - Kỹ thuật.',
         ['merge[Phòng Hậu cần | Phòng Kỹ thuật Sư đoàn 7]->Phòng Hậu cần - Kỹ thuật']),
    ],
    "names_in_quotation_marks": [
        ('Theo đó, ngân hàng dự kiến đổi tên “Dong Son Bank thành “DSBank”.', ['rename[Dong Son Bank]->DSBank']),
        ('Đổi tên “Trường Tiểu học Tân Lập” thành “Trường Tiểu học Tân Hòa”.', ['rename[Trường Tiểu học Tân Lập]->Trường Tiểu học Tân Hòa']),
        ('Bộ trưởng có quyền thành lập các “Phòng Thống kê” trực thuộc các đơn vị của Bộ.', []),
    ],
    "which_name_is_changed": [
        ('HaLamBank muốn thay đổi tên viết tắt bằng tiếng Anh từ HaLamBank thành HLBank.', ['rename[HaLamBank]->HLBank']),
    ],
    "brands_as_subjects": [
        ('Năm 2014, VinaTel được chuyển đổi thành Tổng công ty Viễn thông VinaTel.', ['rename[VinaTel]->Tổng công ty Viễn thông VinaTel']),
        ('Năm 2018, VinaTel được chuyển giao quyền đại diện chủ sở hữu về Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.', ['transfer[VinaTel | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp]->Ủy ban Quản lý vốn nhà nước tại doanh nghiệp']),
    ],
    "what_a_body_holds_after_the_event": [
        ('Hội Phụ nữ phường Tân Lập sau sáp nhập gồm 17 chi hội và 3.929 hội viên.', []),
        ('Sau khi sáp nhập 5 trường, huyện còn 20 trường.', ['merge[]->None#5']),
    ],
    "an_acronym_opening_the_next_clause": [
        ('Đối với phương án sáp nhập hai CTCP Vận tải đường sắt Hà Lâm và Sơn Hà, HLR dự kiến tỷ lệ vốn nhà nước sẽ lớn hơn 80%.', ['merge[CTCP Vận tải đường sắt Hà Lâm | CTCP Vận tải đường sắt Sơn Hà]->None#2']),
        ('Thành lập Đội Cảnh sát giao thông, Công an huyện Tân Sơn tổ chức lễ công bố.', ['establish[]->Đội Cảnh sát giao thông']),
    ],
    "histories_told_in_one_sentence": [
        ('Tháng 6/1946, Tổng đoàn Thanh niên Hà Lâm ra đời, sau đổi tên thành Liên đoàn Thanh niên Hà Lâm.', ['establish[]->Tổng đoàn Thanh niên Hà Lâm', 'rename[Tổng đoàn Thanh niên Hà Lâm]->Liên đoàn Thanh niên Hà Lâm']),
        ('Năm 1990, Trường Tiểu học Tân Lập được thành lập, đến năm 2000 đổi tên thành Trường Tiểu học Tân Hòa.', ['establish[]->Trường Tiểu học Tân Lập', 'rename[Trường Tiểu học Tân Lập]->Trường Tiểu học Tân Hòa']),
        ('Năm 1981, Bộ Điện và Than tách thành Bộ Mỏ và Than và Bộ Điện lực, đến năm 1987 lại nhập thành Bộ Năng lượng.', ['split[Bộ Điện và Than]->None', 'merge[Bộ Mỏ và Than | Bộ Điện lực]->Bộ Năng lượng']),
        ('Thành lập Trường A, đổi tên Trường C thành Trường D.', ['establish[]->Trường A', 'rename[Trường C]->Trường D']),
    ],
    "party_bodies_received_with_their_members": [
        ('Tiếp nhận Đảng bộ Chi nhánh Ngân hàng chính sách xã hội tỉnh Hà Lâm và 123 đảng viên từ Đảng bộ phường Tân Lập về trực thuộc Đảng ủy UBND tỉnh.', ['transfer[Đảng bộ Chi nhánh Ngân hàng chính sách xã hội tỉnh Hà Lâm | Đảng ủy UBND tỉnh]->Đảng ủy UBND tỉnh']),
        ('Đảng ủy tỉnh chuyển giao 1 tổ chức đảng và 19 đảng viên về trực thuộc Đảng ủy các cơ quan Đảng tỉnh.', ['transfer[Đảng ủy các cơ quan Đảng tỉnh]->Đảng ủy các cơ quan Đảng tỉnh#1']),
        ('Huyện có một trường mầm non sáp nhập.', []),
    ],
    "two_communes_joined_by_a_dash": [
        ('Thị xã Hương Sơn giảm 1 xã sau khi sáp nhập 2 xã Hồng Tiến - Bình Điền thành xã Bình Tiến.', ['merge[xã Hồng Tiến | xã Bình Điền]->xã Bình Tiến#2']),
        ('Sáp nhập 2 xã A Lâm -Hương Đớt thành xã Lâm Đớt.', ['merge[xã A Lâm | xã Hương Đớt]->xã Lâm Đớt#2']),
        ('Sáp nhập 2 tỉnh Bà Rịa - Vũng Tàu và Bình Dương.', ['merge[tỉnh Bà Rịa - Vũng Tàu | tỉnh Bình Dương]->None#2']),
    ],
    "offices_closed": [
        ('Sở An toàn thực phẩm đóng cửa sau một năm thành lập.', ['dissolve[Sở An toàn thực phẩm]->None']),
        ('Ngày 15/11, HaLamBank đã đóng cửa đồng loạt các Phòng giao dịch: PGD Tân Lập – CN Hoàng Mai; PGD Định Công – CN Hoàng Mai.', ['dissolve[PGD Tân Lập – CN Hoàng Mai]->None', 'dissolve[PGD Định Công – CN Hoàng Mai]->None']),
        ('Trường Tiểu học Tân Lập đóng cửa vì bão.', []),
        ('Tỉnh đóng cửa rừng tự nhiên.', []),
        ('Các cửa hàng đóng cửa lúc 22 giờ.', []),
    ],
    "members_with_who_leads_them": [
        ('Sở công bố quyết định thành lập 2 Phòng nghiệp vụ gồm: Phòng Tổ chức – Cán bộ (do Thượng tá Nguyễn Văn An làm Trưởng Phòng), Phòng Cứu hộ - Cứu nạn (do Thượng tá Lê Văn Bình làm Trưởng Phòng).', ['establish[]->Phòng Tổ chức – Cán bộ', 'establish[]->Phòng Cứu hộ - Cứu nạn']),
        ('Sở thành lập 2 phòng gồm: Phòng Tổ chức – Cán bộ và Phòng Hậu cần.', ['establish[]->Phòng Tổ chức – Cán bộ', 'establish[]->Phòng Hậu cần']),
    ],
    "fire_police_named_in_full": [
        ('Ngày 5/8, tại Hà Lâm đã diễn ra lễ công bố Quyết định thành lập Sở Cảnh sát Phòng cháy và Chữa cháy (PCCC) tỉnh Hà Lâm.', ['establish[]->Sở Cảnh sát Phòng cháy và Chữa cháy tỉnh Hà Lâm']),
    ],
    "a_unit_laid_out_in_its_own_parts": [
        ('Đến năm 2019, thị trấn Tân Lập được chia thành 3 tổ dân phố: 1, 2, 3 và 16 xóm.', []),
        ('Năm 1991, tỉnh Hà Tuyên được chia thành 2 tỉnh Hà Giang và Tuyên Quang.', ['split[tỉnh Hà Tuyên]->None']),
    ],
    "an_office_holder_acting_for_the_body": [
        ('Ngày 19/06/1993: Bộ trưởng Bộ Năng lượng đã thành lập lại và đổi tên Công ty Than III thành Công ty than Nội Địa.', ['rename[Công ty Than III]->Công ty than Nội Địa']),
        ('Giám đốc Sở Y tế thành lập Trung tâm Kiểm nghiệm.', ['establish[]->Trung tâm Kiểm nghiệm']),
    ],
    "renamed_and_handed_over": [
        ('Năm 2016 UBND tỉnh ra Quyết định về việc đổi tên và chuyển giao nguyên trạng Trung tâm Giáo dục thường xuyên huyện Tân Sơn, trực thuộc Sở Giáo dục và Đào tạo thành Trung tâm Giáo dục nghề nghiệp huyện Tân Sơn.', ['rename[Trung tâm Giáo dục thường xuyên huyện Tân Sơn]->Trung tâm Giáo dục nghề nghiệp huyện Tân Sơn']),
        ('Ủy ban Quản lý vốn tỉnh sẽ kết thúc hoạt động và chuyển 9 công ty về các sở.', ['dissolve[Ủy ban Quản lý vốn tỉnh]->None', 'transfer[]->None#9']),
    ],
    "the_school_head_again_opens_another_school": [
        ('Hợp nhất Trường Trung cấp nghề và Trường Cao đẳng Y tế Hà Lâm thành Trường Cao đẳng Hà Lâm.', ['merge[Trường Trung cấp nghề | Trường Cao đẳng Y tế Hà Lâm]->Trường Cao đẳng Hà Lâm']),
        ('Sáp nhập Trường Tiểu học và Trung học cơ sở Tân Lập vào Trường B.', ['merge[Trường Tiểu học và Trung học cơ sở Tân Lập | Trường B]->Trường B']),
    ],
    "a_member_named_again_opens_a_clause": [
        ('Sau sáp nhập 2 tỉnh Bình Sơn và Đồng Lâm, tỉnh Đồng Lâm mới dự kiến sẽ có 15 tổ chức Hội.', ['merge[tỉnh Bình Sơn | tỉnh Đồng Lâm]->None#2']),
    ],
    "the_merging_named_as_a_noun": [
        ('Cục Quản lý thị trường Hà Lâm được thành lập từ sự hợp nhất giữa Chi cục Quản lý thị trường và Phòng Thương mại.', ['merge[Chi cục Quản lý thị trường | Phòng Thương mại]->Cục Quản lý thị trường Hà Lâm']),
        ('Thu nhập của người lao động tăng.', []),
        ('Việt Nam gia nhập tổ chức quốc tế.', []),
    ],
    "a_decision_of_an_office_holder": [
        ('Ngày 19/9/1977: Theo Quyết định của Chủ tịch UBND tỉnh, Đài Phát thanh Hà Lâm được thành lập, do UBND tỉnh trực tiếp quản lý.', ['establish[]->Đài Phát thanh Hà Lâm']),
    ],
    "state_farm_townships": [
        ('Giải thể thị trấn nông trường Tân Thành.', ['dissolve[thị trấn nông trường Tân Thành]->None']),
        ('Thị trấn nông trường Sông Lâm được thành lập từ năm 1967.', ['establish[]->Thị trấn nông trường Sông Lâm']),
    ],
    "staff_handed_over_not_their_body": [
        ('Đã có các Quyết định chuyển giao 4 công chức và 3 người lao động của Văn phòng Đoàn Đại biểu Quốc hội tỉnh từ Văn phòng Quốc hội về UBND tỉnh Hà Lâm.', []),
        ('Chuyển giao nguyên trạng tổ chức, bộ máy, viên chức của Bệnh viện Tân Lập về UBND tỉnh Hà Lâm.', ['transfer[Bệnh viện Tân Lập | UBND tỉnh Hà Lâm]->UBND tỉnh Hà Lâm']),
    ],
    "names_with_a_glued_apostrophe": [
        ("Thành lập xã Ga Lâm trên cơ sở toàn bộ diện tích tự nhiên của xã Ch'ơm.", ["establish[xã Ch'ơm]->xã Ga Lâm"]),
        ("Sáp nhập xã Ea H'Leo vào xã Đắk R’Lâm.", ["merge[xã Ea H'Leo | xã Đắk R’Lâm]->xã Đắk R’Lâm"]),
    ],
    "pairs_after_a_state_word_before_the_colon": [
        ("Huyện Đông Xuyên còn 3 xã sau sắp xếp: Thị trấn Đông Xuyên sáp nhập với xã Bình An thành xã Bình An; "
         "Long Điền và Long Phú thành xã Long Điền.",
         ["merge[Thị trấn Đông Xuyên | xã Bình An]->xã Bình An", "merge[xã Long Điền | xã Long Phú]->xã Long Điền"]),
        ("Sau khi thành lập, thị xã Kim Sơn có 12 xã, gồm: Kim Đông; Kim Tây và Kim Bắc thành xã Kim Trung.", []),
    ],
    "publishing_houses_abbreviated": [
        ("Năm 1990, NXB Thiếu Niên được đổi tên thành NXB Tuổi Hồng.",
         ["rename[NXB Thiếu Niên]->NXB Tuổi Hồng"]),
    ],
    "a_body_called_an_organisation_before_its_name": [
        ("Thị xã công bố quyết định chấm dứt hoạt động của tổ chức Hội Làm vườn phường Tân Mai.",
         ["dissolve[Hội Làm vườn phường Tân Mai]->None"]),
        ("Sáp nhập tổ chức bộ máy của Sở Công Thương.", []),
    ],
    "two_counted_units_sharing_a_head": [
        ("Trung tâm được thành lập trên cơ sở sáp nhập hai phòng Biên tập và Kỹ thuật thuộc Cục Thông tin, "
         "Tổng cục Hậu cần.", ["merge[phòng Biên tập | phòng Kỹ thuật]->None#2"]),
        ("Sáp nhập 2 trường Mầm non Hoa Sen và Hoa Mai thành Trường Mầm non Hoa Sen.",
         ["merge[trường Mầm non Hoa Sen | trường Mầm non Hoa Mai]->Trường Mầm non Hoa Sen#2"]),
        ("Sáp nhập Phòng Tổng hợp thuộc Sở Nội vụ, Phòng Pháp chế thuộc Sở Tư pháp.",
         ["merge[Phòng Tổng hợp thuộc Sở Nội vụ | Phòng Pháp chế thuộc Sở Tư pháp]->None"]),
    ],
    "the_head_word_again_opens_another_committee": [
        ("Công ty đã thành lập Ban Điều hành và Ban Kiểm soát dự án.",
         ["establish[]->Ban Điều hành", "establish[]->Ban Kiểm soát dự án"]),
    ],
    "port_authorities": [
        ("Bộ quyết định sáp nhập cảng vụ hàng hải Rạch Giá và cảng vụ hàng hải Hà Tiên.",
         ["merge[cảng vụ hàng hải Rạch Giá | cảng vụ hàng hải Hà Tiên]->None"]),
        ("Sáp nhập Cảng vụ Hàng hải Hải Hậu vào CVHH Tiền Hải.",
         ["merge[Cảng vụ Hàng hải Hải Hậu | CVHH Tiền Hải]->CVHH Tiền Hải"]),
    ],
    "the_work_a_body_starts_with_is_not_its_name": [
        ("Công ty công bố thành lập Nông trường Chè Suối Giàng và công tác trồng mới chè.",
         ["establish[]->Nông trường Chè Suối Giàng"]),
    ],
    "several_founded_out_of_one": [
        ("Bộ công bố thành lập Cục Quản lý Dược liệu và Cục Kiểm nghiệm thuộc Bộ, được tách từ Cục Dược liệu và "
         "Kiểm nghiệm.", ["split[Cục Dược liệu và Kiểm nghiệm]->None"]),
    ],
    "members_of_a_counted_merge_named_next": [
        ("Thành lập Trung tâm Truyền thông tỉnh trên cơ sở sáp nhập 3 cơ quan báo chí của tỉnh. 3 cơ quan được sáp "
         "nhập gồm báo Sông Lam, Tạp chí Núi Hồng và Đài Phát thanh tỉnh.",
         ["merge[báo Sông Lam | Tạp chí Núi Hồng | Đài Phát thanh tỉnh]->Trung tâm Truyền thông tỉnh#3"]),
        ("Sáp nhập 3 trường. Năm sau, sáp nhập Trường Tiểu học Đông và Trường Tiểu học Tây.",
         ["merge[]->None#3", "merge[Trường Tiểu học Đông | Trường Tiểu học Tây]->None"]),
    ],
    "culture_and_information_as_one_field": [
        ("Thành lập Trung tâm Văn hóa - Điện ảnh tỉnh trên cơ sở hợp nhất Trung tâm Văn hóa thông tin tỉnh và "
         "Trung tâm Chiếu bóng tỉnh.",
         ["merge[Trung tâm Văn hóa thông tin tỉnh | Trung tâm Chiếu bóng tỉnh]->Trung tâm Văn hóa - Điện ảnh tỉnh"]),
    ],
    "a_founding_named_longer_than_the_merge_that_forms_it": [
        ("Thành lập Trung tâm Phát thanh và Truyền hình QĐND. Trung tâm Phát thanh - Truyền hình Quân đội được "
         "thành lập trên cơ sở sáp nhập Phòng Biên tập và Phòng Kỹ thuật.",
         ["merge[Phòng Biên tập | Phòng Kỹ thuật]->Trung tâm Phát thanh - Truyền hình Quân đội"]),
    ],
    "a_headline_merge_without_count_and_the_counted_body": [
        ("Trước khi sáp nhập Hà Lâm - Sơn Tây, hai tỉnh có 20 xã trùng tên\nHai tỉnh Hà Lâm và tỉnh Sơn Tây sẽ được "
         "hợp nhất, lấy tên gọi là tỉnh Hà Lâm.", ["merge[tỉnh Hà Lâm | tỉnh Sơn Tây]->tỉnh Hà Lâm#2"]),
    ],
    "a_kind_in_lower_case_shared_by_the_members": [
        ("Sáp nhập các chi cục thuế Phú Ninh, Bắc Sơn Hà, Nam Sơn Hà thành Chi cục Thuế khu vực Hà Lâm.",
         ["merge[chi cục thuế Phú Ninh | chi cục thuế Bắc Sơn Hà | chi cục thuế Nam Sơn Hà]"
          "->Chi cục Thuế khu vực Hà Lâm"]),
    ],
    "a_named_body_in_each_counted_place": [
        ("Thành lập Đảng bộ xã Tân Phú trên cơ sở sáp nhập Đảng bộ 3 xã: Phú Lợi, Phú An, Phú Hưng.",
         ["merge[Đảng bộ xã Phú Lợi | Đảng bộ xã Phú An | Đảng bộ xã Phú Hưng]->Đảng bộ xã Tân Phú"]),
        ("Sáp nhập Công an hai xã Hòa Lạc và Hòa Bình.", ["merge[Công an xã Hòa Lạc | Công an xã Hòa Bình]->None"]),
        ("Sáp nhập 3 xã Phú Lợi, Phú An và Phú Hưng thành xã Phú An.",
         ["merge[xã Phú Lợi | xã Phú An | xã Phú Hưng]->xã Phú An#3"]),
    ],
    "one_body_counted_then_named": [
        ("Sở giảm 4 đơn vị và giải thể 1 đơn vị là Trung tâm Dịch vụ quảng cáo.",
         ["dissolve[Trung tâm Dịch vụ quảng cáo]->None#1"]),
        ("Sáp nhập một trường vào Trường Tiểu học Hòa Lạc.", []),
    ],
    "counted_bodies_each_with_its_head": [
        ("Bộ công bố quyết định hợp nhất hai nhà hát Nhà hát Tuồng Trung ương - Nhà hát Múa rối hình thành Nhà hát "
         "Sân khấu Truyền thống.",
         ["merge[Nhà hát Tuồng Trung ương | Nhà hát Múa rối]->Nhà hát Sân khấu Truyền thống#2"]),
        ("Hợp nhất hai trường Trường Tiểu học Lê Lợi và Trường Tiểu học Kim Đồng.",
         ["merge[Trường Tiểu học Lê Lợi | Trường Tiểu học Kim Đồng]->None#2"]),
    ],
    "semicolons_inside_brackets_part_one_list": [
        ("Hợp nhất 3 vụ (Vụ Tổng hợp; Vụ Kế hoạch; Vụ Tài chính - Kế toán) xuống còn 2 vụ.",
         ["merge[Vụ Tổng hợp | Vụ Kế hoạch | Vụ Tài chính - Kế toán]->None#3"]),
        ("Giải thể Trường Tiểu học Đông Lâm; sáp nhập Trường Tiểu học Tây Lâm (trừ điểm trường Bản Mế; điểm trường "
         "Bản Lác) vào Trường Tiểu học Nam Lâm.",
         ["dissolve[Trường Tiểu học Đông Lâm]->None",
          "merge[Trường Tiểu học Tây Lâm | Trường Tiểu học Nam Lâm]->Trường Tiểu học Nam Lâm"]),
    ],
    "a_body_of_each_unit_of_several_levels": [
        ("Hội Nông dân phường Tân Lộc được thành lập trên cơ sở hợp nhất Hội Nông dân 3 phường, xã gồm: Minh Lộc, "
         "Tân Lộc và Thụy Sơn.",
         ["merge[Hội Nông dân Minh Lộc | Hội Nông dân Tân Lộc | Hội Nông dân Thụy Sơn]->Hội Nông dân phường Tân Lộc#3"]),
        ("Hội Cựu chiến binh xã Hà Tây được thành lập trên cơ sở sáp nhập tổ chức Hội Cựu chiến binh của ba đơn vị "
         "hành chính cũ là Vĩnh Lộc, Thanh Sơn và Thanh Bình.",
         ["merge[Hội Cựu chiến binh Vĩnh Lộc | Hội Cựu chiến binh Thanh Sơn | Hội Cựu chiến binh Thanh Bình]"
          "->Hội Cựu chiến binh xã Hà Tây#3"]),
    ],
    "cooperatives_abbreviated_with_their_trade": [
        ("Xã Ân Hòa thông qua Phương án sáp nhập HTXNN Ân Hòa 1 vào HTXNN Ân Hòa 2.",
         ["merge[HTXNN Ân Hòa 1 | HTXNN Ân Hòa 2]->HTXNN Ân Hòa 2"]),
    ],
    "a_companys_legal_form_after_its_field": [
        ("Chấm dứt hoạt động đối với Công ty Tài chính TNHH một thành viên Dầu khí Hà Lâm sau khi sáp nhập.",
         ["dissolve[Công ty Tài chính TNHH một thành viên Dầu khí Hà Lâm]->None"]),
    ],
    "protection_forests_are_no_offices": [
        ("Tỉnh thành lập mới 2 ban quản lý (BQL) rừng phòng hộ Bắc Sông Lam và Nam Sông Lam.",
         ["establish[]->None#2"]),
    ],
    "a_split_into_several_bodies_has_no_result": [
        ("Năm 1991, Bảo tàng tỉnh Hà Sơn tách thành Bảo tàng tỉnh Hà Lâm và Bảo tàng tỉnh Sơn Tây.",
         ["split[Bảo tàng tỉnh Hà Sơn]->None"]),
        ("Năm 1981, Bộ Thủy sản và Lâm nghiệp tách thành Bộ Thủy sản và Bộ Lâm nghiệp, đến năm 1995 lại nhập thành "
         "Bộ Nông nghiệp.",
         ["split[Bộ Thủy sản và Lâm nghiệp]->None", "merge[Bộ Thủy sản | Bộ Lâm nghiệp]->Bộ Nông nghiệp"]),
    ],
    "a_founding_told_after_a_comma": [
        ("Tiền thân của bảo tàng là Bảo tàng tỉnh Hà Sơn, thành lập từ năm 1985.",
         ["establish[]->Bảo tàng tỉnh Hà Sơn"]),
    ],
    "a_predecessor_founded_since_a_year": [
        ("Bệnh viện Mắt Hà Lâm tiền thân là Trạm mắt Hà Lâm, được thành lập từ năm 1966.",
         ["establish[]->Trạm mắt Hà Lâm"]),
    ],
    "a_numbered_part_stands_for_its_body": [
        ("Năm 1985, hợp nhất cơ sở II của Viện Cây trồng và Viện Chăn nuôi miền Đông thành Viện Nông nghiệp miền Nam.",
         ["merge[Viện Cây trồng | Viện Chăn nuôi miền Đông]->Viện Nông nghiệp miền Nam"]),
        ("Sáp nhập cơ sở vật chất của Trường Tiểu học Đông Hà vào Trường Tiểu học Tây Hà.", []),
    ],
    "counts_that_count_nothing_new": [
        ("Báo cáo cho biết, quá trình sáp nhập giữa 2 ngân hàng bị kéo dài.", []),
        ("Ngân hàng Đông Hà sáp nhập vào Ngân hàng Tây Hà. Quá trình sáp nhập giữa 2 ngân hàng đã hoàn tất.",
         ["merge[Ngân hàng Đông Hà | Ngân hàng Tây Hà]->Ngân hàng Tây Hà"]),
        ("Không có chuyện hai đội bóng của tỉnh bị giải thể", []),
        ("Đến mùa giải 2005 Câu lạc bộ Sông Lam được đổi tên thành Câu lạc bộ Hà Lâm.",
         ["rename[Câu lạc bộ Sông Lam]->Câu lạc bộ Hà Lâm"]),
    ],
    "a_unit_named_in_full_then_what_it_is_made_of": [
        ("Năm 1909, Nghị định thành lập tỉnh Sơn Lâm (gồm Đạo Sơn và châu Lâm Hà), dân số khoảng 4 vạn người.",
         ["establish[]->tỉnh Sơn Lâm"]),
        ("Sáp nhập 3 phường (Đông Lâm, Tây Lâm, Nam Lâm) thành phường Trung Lâm.",
         ["merge[phường Đông Lâm | phường Tây Lâm | phường Nam Lâm]->phường Trung Lâm#3"]),
    ],
    "administrative_units_in_general_are_their_places": [
        ("Huyện sẽ thành lập 3 đơn vị hành chính gồm: xã Đông Lâm, xã Tây Lâm và thị trấn Nam Lâm.",
         ["establish[]->xã Đông Lâm", "establish[]->xã Tây Lâm", "establish[]->thị trấn Nam Lâm"]),
        ("Quận Đông Hà sẽ thành lập 2 đơn vị hành chính cơ sở gồm Đông Hà và Cửa Bắc.",
         ["establish[]->Đông Hà", "establish[]->Cửa Bắc"]),
        ("Sáp nhập 4 trạm y tế: thị trấn Đông Lâm, xã Tây Lâm, xã Nam Lâm và xã Bắc Lâm.",
         ["merge[trạm y tế thị trấn Đông Lâm | trạm y tế xã Tây Lâm | trạm y tế xã Nam Lâm | trạm y tế xã Bắc Lâm]"
          "->None#4"]),
    ],
    "the_name_a_body_came_out_with": [
        ("Tên doanh nghiệp sau hợp nhất là Công ty CP Vận tải Hà Lâm, tên viết tắt: VHL; vốn điều lệ 300 tỷ đồng.", []),
    ],
    "a_body_receives_its_founding_decision": [
        ("Trường Cao đẳng Sông Lam nhận quyết định thành lập trên cơ sở tổ chức lại Trường Trung cấp Sông Lam.",
         ["establish[Trường Trung cấp Sông Lam]->Trường Cao đẳng Sông Lam"]),
        ("Bệnh viện Đa khoa Sông Lam đón nhận quyết định thành lập.", ["establish[]->Bệnh viện Đa khoa Sông Lam"]),
        ("Ông Nguyễn Văn An nhận quyết định thành lập công ty.", []),
    ],
    "out_of_ends_a_name": [
        ("Bộ quyết định tách Công ty Thông tin Sông Lam khỏi Tập đoàn Viễn thông Hà Lâm.",
         ["split[Tập đoàn Viễn thông Hà Lâm]->Công ty Thông tin Sông Lam"]),
    ],
    "levels_listed_after_a_colon": [
        ('Sáp nhập các xã: Phúc Lâm, Ngọc Sơn và Đông Hòa, lấy tên xã Ngọc Lâm.', ['merge[xã Phúc Lâm | xã Ngọc Sơn | xã Đông Hòa]->xã Ngọc Lâm']),
        ('Đối với huyện Tân Yên: Sáp nhập các xã: Lam Cốt, An Dương, lấy tên xã Lam Dương.', ['merge[xã Lam Cốt | xã An Dương]->xã Lam Dương']),
        ('Các phường: Hòa Lợi, Phú Mỹ và P.Phú Chánh sáp nhập thành phường Tân Phú.', ['merge[phường Hòa Lợi | phường Phú Mỹ | P.Phú Chánh]->phường Tân Phú']),
        ('TP. Tân An, các phường: Lái Thiêu, Bình Nhâm sáp nhập thành phường Lái Thiêu.', ['merge[phường Lái Thiêu | phường Bình Nhâm]->phường Lái Thiêu']),
        ('Xã Phúc Lâm, các xã Ngọc Sơn và Đông Hòa sáp nhập thành xã Ngọc Lâm.', ['merge[Xã Phúc Lâm | xã Ngọc Sơn | xã Đông Hòa]->xã Ngọc Lâm']),
        # where bodies named before lie: "trực thuộc các huyện: A, B" names no commune or district as a body
        ('Chuyển 2 trung tâm y tế trực thuộc các huyện: Cao Sơn, Lộc Hà về trực thuộc Sở Y tế.', ['transfer[trung tâm y tế huyện Cao Sơn | trung tâm y tế huyện Lộc Hà | Sở Y tế]->Sở Y tế#2']),
        ('Thị xã Hòa Thành gồm các xã: Tân An, Tân Bình và Tân Hòa.', []),
    ],
    "new_units_with_their_parts_in_brackets": [
        ('Thành lập 2 phường mới gồm phường An Hòa (sáp nhập phường Tân An, Tân Bình), phường Phú Lợi (phường Phú Mỹ, xã Phú Lộc).', ['merge[phường Tân An | phường Tân Bình]->phường An Hòa', 'merge[phường Phú Mỹ | xã Phú Lộc]->phường Phú Lợi']),
        ('Sau sắp xếp, huyện còn 5 xã: xã An Hòa (sáp nhập xã Tân An, Tân Bình), xã Bình Hòa (gồm xã Bình An, xã Bình Minh).', ['merge[xã Tân An | xã Tân Bình]->xã An Hòa', 'merge[xã Bình An | xã Bình Minh]->xã Bình Hòa']),
        # a count the merges do not all tell stays a founding of its own
        ('Thành lập 3 phường mới gồm phường An Hòa (sáp nhập phường Tân An, Tân Bình), phường Phú Lợi (phường Phú Mỹ, xã Phú Lộc).', ['establish[]->None#3', 'merge[phường Tân An | phường Tân Bình]->phường An Hòa', 'merge[phường Phú Mỹ | xã Phú Lộc]->phường Phú Lợi']),
        # units of a higher level in brackets only place a unit
        ('Sáp nhập xã An Hòa (huyện Tân Yên, tỉnh Bắc Giang) vào xã Tân Bình.', ['merge[xã An Hòa | xã Tân Bình]->xã Tân Bình']),
        ('Phường An Hòa (huyện Tân Yên, tỉnh Bắc Giang) có diện tích 20 km2.', []),
    ],
    "handed_over_to_become_a_member": [
        ('Sáng nay đã diễn ra lễ bàn giao Công ty Giống cây trồng Miền Trung trở thành thành viên chính thức của Tổng công ty Lương thực Nam Bộ.', ['transfer[Công ty Giống cây trồng Miền Trung | Tổng công ty Lương thực Nam Bộ]->Tổng công ty Lương thực Nam Bộ']),
        ('UBND tỉnh quyết định chuyển giao Chi cục Thủy lợi từ trực thuộc Sở Nông nghiệp sang trực thuộc Văn phòng UBND tỉnh.', ['transfer[Chi cục Thủy lợi | Văn phòng UBND tỉnh]->Văn phòng UBND tỉnh']),
        ('Công ty Giống cây trồng Miền Trung mong muốn trở thành thành viên của Tổng công ty Lương thực Nam Bộ.', []),
    ],
    "counted_bodies_of_places_described_at_length": [
        ('Hội được thành lập trên cơ sở hợp nhất 3 chi hội của xã Tân Lập là: thôn Đông, thôn Đoài và thôn Nam.', ['merge[chi hội thôn Đông | chi hội thôn Đoài | chi hội thôn Nam]->None#3']),
        ('Hội được thành lập trên cơ sở hợp nhất 3 chi hội tại 3 địa phương trước sáp nhập của xã Tân Lập là: thị trấn Đông Anh, thị trấn Tân Lập và xã Bắc Sơn.', ['merge[chi hội thị trấn Đông Anh | chi hội thị trấn Tân Lập | chi hội xã Bắc Sơn]->None#3']),
    ],
    "counted_bodies_owned_by_places": [
        ('Thành lập Trung tâm Kiểm soát bệnh tật tỉnh Tân Hà trên cơ sở hợp nhất ba CDC của khu vực Hà Giang, Tuyên Quang và Yên Bái cũ.', ['merge[CDC Hà Giang | CDC Tuyên Quang | CDC Yên Bái]->Trung tâm Kiểm soát bệnh tật tỉnh Tân Hà#3']),
        ('Thành lập Trường THPT Tân Lạc trên cơ sở hợp nhất hai trường THCS của các xã Tân Lạc và Tân Hòa.', ['merge[trường THCS xã Tân Lạc | trường THCS xã Tân Hòa]->Trường THPT Tân Lạc#2']),
        ('Hợp nhất 2 trạm y tế của xã An Hòa và xã Tân Bình thành Trạm Y tế xã Tân Hòa.', ['merge[trạm y tế xã An Hòa | trạm y tế xã Tân Bình]->Trạm Y tế xã Tân Hòa#2']),
        # the communes counted are the places themselves
        ('Sáp nhập 2 xã của huyện Tân Yên là xã An Hòa và xã Tân Bình.', ['merge[xã An Hòa | xã Tân Bình]->None#2']),
    ],
    "post_offices_in_lower_case": [
        ('Ngày 1/1/1890, thành lập bưu cục Tân Hòa và bưu cục Phú Lộc.', ['establish[]->bưu cục Tân Hòa', 'establish[]->bưu cục Phú Lộc']),
        ('Thư gửi qua bưu điện mất ba ngày để đến trường.', []),
    ],
    "wide_tables_of_new_names": [
        ('Tin y tế\n\nDanh sách như sau:\nTên cũ | Tên mới | Tên cũ | Tên mới |\nBệnh viện quận 3 | Bệnh viện Bàn Cờ | Bệnh viện quận 5 | Bệnh viện Chợ Quán |\nBệnh viện huyện Tân Lạc | Bệnh viện Tân Lạc |\nNgười bệnh vẫn được khám như trước.', ['rename[Bệnh viện quận 3]->Bệnh viện Bàn Cờ', 'rename[Bệnh viện quận 5]->Bệnh viện Chợ Quán', 'rename[Bệnh viện huyện Tân Lạc]->Bệnh viện Tân Lạc']),
    ],
    "a_new_name_the_body_will_have": [
        ('Theo đề án, Bệnh viện quận 3 sẽ có tên mới là Bệnh viện Võ Thị Sáu.', ['rename[Bệnh viện quận 3]->Bệnh viện Võ Thị Sáu']),
        ('Trường Tiểu học Tân An có tên gọi mới là Trường Tiểu học Tân An Hòa.', ['rename[Trường Tiểu học Tân An]->Trường Tiểu học Tân An Hòa']),
        ('Ngân hàng chưa có tên mới.', []),
    ],
    "counted_list_told_part_by_part": [
        ('Tổng công ty quyết định giải thể đối với 3 doanh nghiệp khác là Công ty Xăng dầu Bắc Hải; Công ty Vận tải Bắc Hải; Công ty Du lịch Nam Hải.', ['dissolve[Công ty Xăng dầu Bắc Hải]->None', 'dissolve[Công ty Vận tải Bắc Hải]->None', 'dissolve[Công ty Du lịch Nam Hải]->None']),
        ('Năm 2010, tỉnh giải thể 26 Ban Chỉ huy Quân sự huyện.', ['dissolve[]->None#26']),
    ],
    "a_noun_with_its_field_before_places": [
        ('Thành lập Công ty Cấp nước Tân Giang trên cơ sở hợp nhất xí nghiệp cấp nước các huyện: Cái Bè, Cai Lậy và Châu Thành.', ['merge[xí nghiệp cấp nước huyện Cái Bè | xí nghiệp cấp nước huyện Cai Lậy | xí nghiệp cấp nước huyện Châu Thành]->Công ty Cấp nước Tân Giang']),
        ('Chuyển giao trường học về các huyện: Cái Bè, Cai Lậy quản lý.', []),
    ],
    "moved_from_under_one_body_to_another": [
        ('UBND tỉnh chuyển giao Chi cục Văn thư, Lưu trữ từ trực thuộc Sở Nội vụ sang trực thuộc Văn phòng UBND tỉnh.', ['transfer[Chi cục Văn thư, Lưu trữ | Văn phòng UBND tỉnh]->Văn phòng UBND tỉnh']),
    ],
    "owned_by_a_force_or_a_system": [
        ('Ngày 19/5/1960, Đồn Biên phòng Tân An thuộc lực lượng Công an nhân dân vũ trang tỉnh Hà Lâm được thành lập.', ['establish[]->Đồn Biên phòng Tân An']),
        ('Năm 2001, Trạm Thú y Tân An thuộc hệ thống Chi cục Thú y tỉnh Hà Lâm được thành lập.', ['establish[]->Trạm Thú y Tân An']),
    ],
    "numbered_bodies_after_their_field": [
        ('Năm 2013, Sư đoàn bộ binh 325 chuyển đổi thành Lữ đoàn bộ binh 325.', ['rename[Sư đoàn bộ binh 325]->Lữ đoàn bộ binh 325']),
        ('Bộ đổi tên Bệnh viện 105 thành Bệnh viện Quân y 105 (Cục Hậu cần), Bệnh viện 356 thành Bệnh viện Quân y 356 (Tổng cục Hậu cần), Viện Y học biển thành Viện Y học Hải quân.', ['rename[Bệnh viện 105]->Bệnh viện Quân y 105', 'rename[Bệnh viện 356]->Bệnh viện Quân y 356', 'rename[Viện Y học biển]->Viện Y học Hải quân']),
        # a number that counts years or months after the name is no part of it
        ('Sở Y tế 3 năm qua đã sáp nhập 12 trạm y tế.', ['merge[]->None#12']),
    ],
    "a_bare_head_that_points_back": [
        ('Thư viện Soái phủ Tân An được thành lập vào năm 1868. Năm 1882, thư viện đổi tên thành Thư viện Tư liệu Tân An.', ['establish[]->Thư viện Soái phủ Tân An', 'rename[Thư viện Soái phủ Tân An]->Thư viện Tư liệu Tân An']),
        ('Bảo tàng tỉnh Tân An được thành lập năm 1976. Năm 2005, Bảo tàng được đổi tên thành Bảo tàng Tổng hợp tỉnh Tân An.', ['establish[]->Bảo tàng tỉnh Tân An', 'rename[Bảo tàng tỉnh Tân An]->Bảo tàng Tổng hợp tỉnh Tân An']),
        # nothing named before: who is renamed is unknown
        ('Năm 2005, Bảo tàng được đổi tên thành Bảo tàng Tổng hợp tỉnh Tân An.', []),
    ],
    "unions_of_a_trade": [
        ('Liên đoàn Lao động huyện tổ chức lễ ra mắt thành lập Nghiệp đoàn nghề cá Tân Vĩnh.', ['establish[]->Nghiệp đoàn nghề cá Tân Vĩnh']),
        ('Đại hội đã ra mắt Ban Chấp hành Nghiệp đoàn nghề cá Tân Vĩnh nhiệm kỳ 2023-2028.', []),
    ],
    "renamed_under_a_cited_decision": [
        ('Năm 2018, Trung tâm Khuyến nông được kiện toàn, đổi tên theo Quyết định số 4131 của UBND tỉnh Hà Lâm thành Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh Hà Lâm.', ['rename[Trung tâm Khuyến nông]->Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh Hà Lâm']),
        # who decides is no subject lent to the renaming
        ('UBND tỉnh quyết định kiện toàn bộ máy, đổi tên thành Công ty Cà phê Tân An.', []),
    ],
    "counted_places_named_after_la": [
        ('Cá biệt có 3 thôn là Tân An, Tân Bình và Tân Hòa sáp nhập thành thôn Tân Phú.', ['merge[thôn Tân An | thôn Tân Bình | thôn Tân Hòa]->thôn Tân Phú#3']),
        ('Năm 1953, sáp nhập 3 xã: Quang Minh, Phú Thịnh, Yên Sơn thuộc huyện Nho Quan của tỉnh Ninh Bình sáp nhập vào huyện Lạc Thủy.', ['merge[xã Quang Minh | xã Phú Thịnh | xã Yên Sơn | huyện Lạc Thủy]->huyện Lạc Thủy#3']),
        ('Thị xã có 10 phường gồm: Tân An, Tân Bình, Tân Hòa.', []),
    ],
    "fields_listed_in_a_name": [
        ('Thành lập Trung tâm Điều tra, Quy hoạch đất đai quốc gia trên cơ sở hợp nhất Trung tâm Điều tra, Quy hoạch và Định giá đất và Trung tâm Phát triển quỹ đất.', ['merge[Trung tâm Điều tra, Quy hoạch và Định giá đất | Trung tâm Phát triển quỹ đất]->Trung tâm Điều tra, Quy hoạch đất đai quốc gia']),
    ],
    "a_body_s_names_in_a_row": [
        ('Tin tức\n\nQua bốn lần đổi tên, từ nội san Trồng trọt (năm 1968) thành tập san Trồng trọt (năm 1969), rồi đến tạp chí Trồng trọt (năm 1984), và từ năm 1987 là tạp chí Nông nghiệp.', ['rename[nội san Trồng trọt]->tập san Trồng trọt', 'rename[tập san Trồng trọt]->tạp chí Trồng trọt', 'rename[tạp chí Trồng trọt]->tạp chí Nông nghiệp']),
        ('Tin tức\n\nViện đã nhiều lần đổi tên cho phù hợp với từng giai đoạn như: Viện Thủy sản (1952), Phòng Thủy sản thuộc Viện Nông Lâm (1955) và Viện Nghiên cứu Thủy sản (1957).', ['rename[Viện Thủy sản]->Phòng Thủy sản thuộc Viện Nông Lâm', 'rename[Phòng Thủy sản thuộc Viện Nông Lâm]->Viện Nghiên cứu Thủy sản']),
        ('Tin tức\n\nNông trường đã qua 3 lần đổi tên gọi. Từ Nông trường Tân Thành; Nông trường Tân Hòa; Công ty Nông nghiệp Tân Hòa và nay là Công ty Cổ phần Nông nghiệp Tân Hòa.', ['rename[Nông trường Tân Thành]->Nông trường Tân Hòa', 'rename[Nông trường Tân Hòa]->Công ty Nông nghiệp Tân Hòa', 'rename[Công ty Nông nghiệp Tân Hòa]->Công ty Cổ phần Nông nghiệp Tân Hòa']),
        # how often, with no names in a row
        ('Tin tức\n\nTrường đã 2 lần đổi tên và nhiều lần chuyển trụ sở.', []),
    ],
    "what_a_body_holds_handed_over": [
        ('Ban Thường vụ quyết định chuyển giao tổ chức đảng và đảng viên thuộc Đảng bộ xã Tân An về Đảng bộ xã Tân Hòa.', ['transfer[Đảng bộ xã Tân An | Đảng bộ xã Tân Hòa]->Đảng bộ xã Tân Hòa']),
        ('Liên đoàn Lao động thành phố bàn giao nguyên trạng tổ chức, đoàn viên Công đoàn Bệnh viện Tân An về trực thuộc Công đoàn ngành Y tế thành phố.', ['transfer[Công đoàn Bệnh viện Tân An | Công đoàn ngành Y tế thành phố]->Công đoàn ngành Y tế thành phố']),
        ('Thành ủy quyết định chuyển Đảng bộ Tổng công ty Cơ khí Tân An về trực thuộc Quận ủy Tân Bình.', ['transfer[Đảng bộ Tổng công ty Cơ khí Tân An | Quận ủy Tân Bình]->Quận ủy Tân Bình']),
        # so many staff move, the body stays
        ('Chuyển giao 4 công chức của Văn phòng Sở về Sở Tài chính.', []),
    ],
    "renamed_from_a_name_written_out": [
        ('Năm 2005, trường được đổi tên từ Trường Trung cấp Y tế Hà Tây thành Trường Cao đẳng Y tế Hà Tây.', ['rename[Trường Trung cấp Y tế Hà Tây]->Trường Cao đẳng Y tế Hà Tây']),
        ('Năm 1996, tạp chí Nông nghiệp đổi tên thành tạp chí Nông nghiệp và Phát triển nông thôn.', ['rename[tạp chí Nông nghiệp]->tạp chí Nông nghiệp và Phát triển nông thôn']),
        ('Năm 1980, nội san Thủy lợi được đổi tên thành Tập san Thủy lợi.', ['rename[nội san Thủy lợi]->Tập san Thủy lợi']),
        ('Năm 2005, trường được đổi tên.', []),
    ],
    "merge_tables": [
        # a row a line, the merged units first
        ('Tin tức\n\nDanh sách đơn vị hành chính cấp xã mới:\n\nSTT Xã, phường hiện nay Xã, phường sau sáp nhập\n1 xã Tân An, Tân Bình và Tân Hòa xã Tân Hòa\n2 thị trấn Phú Lâm và các xã Phú Mỹ, Phú Xuân xã Phú Lâm\n\nNgười dân vẫn làm thủ tục như trước.', ['merge[xã Tân An | xã Tân Bình | xã Tân Hòa]->xã Tân Hòa', 'merge[thị trấn Phú Lâm | xã Phú Mỹ | xã Phú Xuân]->xã Phú Lâm']),
        # a row a line, the new unit first
        ('Tin tức\n\nSTT Tên xã mới Các xã trước sắp xếp\n1 xã Tân Hòa xã Tân An, xã Tân Bình và xã Tân Hòa\n\nNgười dân vẫn làm thủ tục như trước.', ['merge[xã Tân An | xã Tân Bình | xã Tân Hòa]->xã Tân Hòa']),
        # a cell a line, row numbers on lines of their own, a seat column passed over
        ('Tin tức\n\nSTT\n\nTên xã mới\n\nTên các xã cũ sáp nhập\n\nTrụ sở xã mới\n\n1\n\nxã Tân Hòa\n\nxã Tân An, Tân Bình và Tân Hòa\n\nẤp Tân Lập, xã Tân Hòa\n\n2\n\nxã Phú Lâm\n\nthị trấn Phú Lâm, xã Phú Mỹ\n\nKhu phố 2, thị trấn Phú Lâm\n\nNgười dân vẫn làm thủ tục như trước.', ['merge[xã Tân An | xã Tân Bình | xã Tân Hòa]->xã Tân Hòa', 'merge[thị trấn Phú Lâm | xã Phú Mỹ]->xã Phú Lâm']),
        # a unit kept as it was is no merge; a table of one column of names is none
        ('Tin tức\n\nSTT Xã hiện nay Xã sau sáp nhập\n1 xã Tân An xã Tân An\n\nNgười dân vẫn làm thủ tục như trước.', []),
        ('Tin tức\n\nSTT Tên xã Diện tích\n1 xã Tân An, xã Tân Bình 25 km2\n\nNgười dân vẫn làm thủ tục như trước.', []),
    ],
    "fields_that_end_a_name_elsewhere": [
        # "Chuyển giao" capitalised in a name, "chuyển giao" after a name the verb
        ('Trung tâm Ứng dụng khoa học và Trung tâm Nghiên cứu và Chuyển giao công nghệ hợp nhất thành Trung tâm Khoa học Tân An.', ['merge[Trung tâm Ứng dụng khoa học | Trung tâm Nghiên cứu và Chuyển giao công nghệ]->Trung tâm Khoa học Tân An']),
        ('Bộ Công Thương chuyển giao nguyên trạng Chi cục Quản lý thị trường về UBND tỉnh.', ['transfer[Chi cục Quản lý thị trường | UBND tỉnh]->UBND tỉnh']),
        # building after the trade a school or a firm is named for
        ('Bộ thành lập Trường Cao đẳng Kinh tế xây dựng Tân An trên cơ sở Trường Trung cấp Kỹ thuật xây dựng Tân An.', ['establish[Trường Trung cấp Kỹ thuật xây dựng Tân An]->Trường Cao đẳng Kinh tế xây dựng Tân An']),
    ],
    "descriptions_in_lower_case_in_a_list": [
        # after "sắp xếp lại", the first member of a list, its fields joined by "và"
        ('Thành phố đề nghị sắp xếp lại Trung tâm tổ chức biểu diễn và điện ảnh, Trung tâm Ca nhạc nhẹ thành Trung tâm Biểu diễn nghệ thuật Tân An.', ['merge[Trung tâm tổ chức biểu diễn và điện ảnh | Trung tâm Ca nhạc nhẹ]->Trung tâm Biểu diễn nghệ thuật Tân An']),
        # the member after "và"; a lower-case head after "và" opens a body of its own
        ('Tỉnh sáp nhập Trung tâm Dịch vụ việc làm và Trung tâm dạy nghề nông dân thành Trung tâm Hỗ trợ nông dân Tân An.', ['merge[Trung tâm Dịch vụ việc làm | Trung tâm dạy nghề nông dân]->Trung tâm Hỗ trợ nông dân Tân An']),
        ('Huyện giải thể Trung tâm quản lý chợ và trường mầm non Tân An.', ['dissolve[Trung tâm quản lý chợ | trường mầm non Tân An]->None']),
    ],
    "committees_named_by_their_fields": [
        # fields listed with commas, the young among them; "thành" before the new committee is no "thành ủy"
        ('Năm 2007, Quốc hội đổi tên Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng thành Ủy ban Văn hóa, Giáo dục.', ['rename[Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng]->Ủy ban Văn hóa, Giáo dục']),
        ('Năm 2016, đổi tên Ủy ban Pháp luật thành Ủy ban Pháp luật và Tư pháp.', ['rename[Ủy ban Pháp luật]->Ủy ban Pháp luật và Tư pháp']),
        # the city party committee is still read inside a name
        ('Năm 2020, giải thể Ban Tổ chức thành ủy Tân An.', ['dissolve[Ban Tổ chức thành ủy Tân An]->None']),
    ],
    "clubs_abbreviated": [
        ('Hội sáp nhập CLB Thơ lục bát Tân An vào CLB Văn nghệ Tân An.', ['merge[CLB Thơ lục bát Tân An | CLB Văn nghệ Tân An]->CLB Văn nghệ Tân An']),
        ('Năm 2009, CLB Tân An đổi tên thành CLB Tân Hòa.', ['rename[CLB Tân An]->CLB Tân Hòa']),
        # the head alone names no club
        ('CLB được thành lập năm 2010 với 30 hội viên.', []),
    ],
    "owner_rights_handed_over_in_the_passive": [
        # the rights held in a corporation, handed over: the corporation is what moves
        ('Quyền đại diện chủ sở hữu vốn nhà nước tại Tổng công ty Viễn thông Tân An được chuyển giao về Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.', ['transfer[Tổng công ty Viễn thông Tân An | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp]->Ủy ban Quản lý vốn nhà nước tại doanh nghiệp']),
        ('Theo đề xuất, quyền đại diện chủ sở hữu của TanAnTel được chuyển giao cho Bộ Công an.', ['transfer[TanAnTel | Bộ Công an]->Bộ Công an']),
    ],
    "counted_units_described_and_placed": [
        # which of their kind the units are, between the level and the names; the province after them places them;
        # the date of the merge before the new name
        ('3 huyện phía Nam Tân An, Tân Bình và Tân Hòa, tỉnh Lâm Giang chính thức sáp nhập từ ngày 5/12, lấy tên gọi huyện Tân Hòa.', ['merge[huyện Tân An | huyện Tân Bình | huyện Tân Hòa]->huyện Tân Hòa#3']),
        ('Hai xã biên giới Tân An và Tân Bình sáp nhập thành xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Hòa#2']),
        ('Hai xã Tân An và Tân Bình sáp nhập từ 1-7-2025, lấy tên là xã Tân Hòa.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Hòa#2']),
        # a count that opens the sentence, the places after "là"
        ('3 thôn là Tân An, Tân Bình và Tân Hòa sáp nhập thành thôn Tân Phú.', ['merge[thôn Tân An | thôn Tân Bình | thôn Tân Hòa]->thôn Tân Phú#3']),
        # a province after a unit named alone is its address
        ('Huyện Tân An, tỉnh Lâm Giang được thành lập năm 1990.', ['establish[]->Huyện Tân An']),
    ],
    "moved_to_belong_to": [
        # "về thuộc" as "về trực thuộc": the body moves under the one named after it
        ('Năm 2020, Trung tâm Dịch vụ nông nghiệp Tân An được chuyển về thuộc Trung tâm Khuyến nông tỉnh Hà Lâm.', ['transfer[Trung tâm Dịch vụ nông nghiệp Tân An | Trung tâm Khuyến nông tỉnh Hà Lâm]->Trung tâm Khuyến nông tỉnh Hà Lâm']),
    ],
    "received_in_the_passive": [
        # the subject is what is received; the body after "về" receives it
        ('Năm 2010, Công ty Cổ phần Cảng Tân An được tiếp nhận về Tổng công ty Hàng hải Tân An.', ['transfer[Công ty Cổ phần Cảng Tân An | Tổng công ty Hàng hải Tân An]->Tổng công ty Hàng hải Tân An']),
        # in the active the subject receives
        ('Bộ Y tế tiếp nhận Bệnh viện Tân An về Bộ Y tế trực tiếp quản lý.', ['transfer[Bệnh viện Tân An | Bộ Y tế]->Bộ Y tế']),
    ],
    "unions_received_by_their_federation": [
        # a federation or a youth committee receives unions of another head: it takes over their management
        ('LĐLĐ huyện Tân An tiếp nhận 03 CĐCS gồm: CĐCS Trung tâm Y tế Tân An, CĐCS Trường THPT Tân An và CĐCS Trường THPT Tân Hòa.', ['transfer[CĐCS Trung tâm Y tế Tân An | CĐCS Trường THPT Tân An | CĐCS Trường THPT Tân Hòa | LĐLĐ huyện Tân An]->LĐLĐ huyện Tân An#3']),
        ('Tỉnh đoàn Bình Dương tiếp nhận Đoàn trường Cao đẳng Tân An.', ['transfer[Đoàn trường Cao đẳng Tân An | Tỉnh đoàn Bình Dương]->Tỉnh đoàn Bình Dương']),
        # one of its own head it absorbs
        ('Hội Nông dân tỉnh Tân An tiếp nhận Hội Làm vườn tỉnh Tân An.', ['merge[Hội Làm vườn tỉnh Tân An | Hội Nông dân tỉnh Tân An]->Hội Nông dân tỉnh Tân An']),
    ],
    "a_unit_planned_from_its_bracket_then_named": [
        # the units in the bracket make the unit, which takes the name after the naming words
        ('Theo phương án, phường Tân An 1 (gồm các phường: Tân Bình, Tân Hòa, Tân Phú) dự kiến đặt tên là phường Tân An.', ['merge[phường Tân Bình | phường Tân Hòa | phường Tân Phú]->phường Tân An']),
        ('Cụ thể, phường Tân An 2 (gồm các phường Tân Lập, Tân Thành và xã Tân Tiến), dự kiến đặt tên là phường Nguyễn Trãi.', ['merge[phường Tân Lập | phường Tân Thành | xã Tân Tiến]->phường Nguyễn Trãi']),
        # a bracket that only describes a unit, with no naming words after it
        ('Xã Tân An (gồm các thôn Đông, Tây) có 2.000 dân.', []),
    ],
    "not_events": [
        ('Bộ yêu cầu các địa phương tiếp tục sắp xếp các đơn vị sự nghiệp công lập.', []),
        # the abbreviation of a noun for bodies names no body: cooperatives, public units in general
        ('Tỉnh yêu cầu xử lý giải thể HTX ngừng hoạt động lâu năm.', []),
        ('UBND cấp xã được quyền giải thể các ĐVSNCL trực thuộc.', []),
        ('Nếu sáp nhập Trường A vào Trường B thì học sinh phải đi xa hơn.', []),
        ('Sở Nội vụ khẳng định thông tin sáp nhập Sở Y tế với Sở Lao động là không chính xác.', []),
        ('Năm 2024, toàn tỉnh có 1.250 doanh nghiệp thành lập mới.', []),
        # a superscript digit is a digit to str.isdigit() but no number: "km²" right before a trigger
        ('Xã Đông Sơn rộng 20 km² và xã Tây Sơn rộng 15 km², khi sáp nhập vào nhau thì rộng hơn.', []),
    ],
    "new_names_of_a_member_of_a_chain": [
        ('Chúng tôi về thôn Bến Đá, xã Minh Tân, nay là thôn Tân Lập, xã Minh Hòa, vào một ngày mưa.', ['rename[thôn Bến Đá]->thôn Tân Lập']),
        ('Ông Bình, nguyên chủ nhiệm Ủy ban Kinh tế của Quốc hội, nay là Ủy ban Kinh tế và Tài chính, cho biết.', ['rename[Ủy ban Kinh tế]->Ủy ban Kinh tế và Tài chính']),
        ('Tiểu đoàn 5, Trung đoàn 9, Sư đoàn 3 (trước đây là Tiểu đoàn 5, Trung đoàn 2) vinh dự đón nhận danh hiệu Anh hùng.', []),
        ('Phòng khám đa khoa khu vực Tân Lạc, nay là Bệnh viện Đa khoa Tân Lạc, được xây mới.', ['rename[Phòng khám đa khoa khu vực Tân Lạc]->Bệnh viện Đa khoa Tân Lạc']),
    ],
    "a_bracketed_now_only_says_which_body": [
        ('Năm 1976, Bộ Nội vụ (nay là Bộ Công an) thành lập Trại giam Tân Lập.', ['establish[]->Trại giam Tân Lập']),
        ('Việc rà soát theo Thông tư 36 của Bộ Giao thông (nay là Bộ Xây dựng) đã xong.', []),
        ('Tiểu đoàn 1 (nguyên là Tiểu đoàn 69) và Tiểu đoàn 2 (nguyên là Tiểu đoàn 88) được biên chế cho trung đoàn.', []),
        ('Ngân hàng Bắc Hải (tên mới là Ngân hàng số Hải Âu) được chuyển giao bắt buộc.', ['rename[Ngân hàng Bắc Hải]->Ngân hàng số Hải Âu']),
    ],
    "possibilities_are_no_plans": [
        ('Trong trường hợp hai, hoặc ba xã sáp nhập với nhau là chưa hợp lý.', []),
        ('Dự án nhằm giúp cảng biển Việt Nam hội nhập WTO.', []),
        ('Cấp tỉnh có thể chỉ hai, cùng lắm đến ba tỉnh sáp nhập với nhau.', []),
        ('Với cấp xã, có thể 4 - 5 xã sáp nhập thành một xã lớn.', []),
        ('Theo đề án, 4 xã sẽ sáp nhập thành một xã.', ['merge[]->None#4']),
    ],
    "units_redrawn_to_found_others": [
        ('Chính phủ điều chỉnh địa giới hành chính huyện Na Sơn và huyện Chiêm Sơn để thành lập huyện Lâm Sơn.', ['establish[huyện Na Sơn | huyện Chiêm Sơn]->huyện Lâm Sơn']),
        ('Chính phủ điều chỉnh địa giới hành chính huyện Na Sơn, thành lập thị xã Lâm Sơn.', ['establish[huyện Na Sơn]->thị xã Lâm Sơn']),
        ('Điều chỉnh địa giới hành chính huyện Bình Sơn, huyện Phước Sơn để thành lập thị xã Bình Sơn, thị xã Phước Sơn.', ['establish[huyện Bình Sơn]->thị xã Bình Sơn', 'establish[huyện Phước Sơn]->thị xã Phước Sơn']),
        ('Nghị quyết điều chỉnh địa giới hành chính xã, thành lập phường của tỉnh Bình Phước.', []),
    ],
    "names_in_quotation_marks_lead_and_join": [
        ('Trong 15 chi nhánh, “Chi nhánh Thủy lợi thị xã Bình Sơn” sẽ đổi tên thành “Chi nhánh Thủy lợi Tân Gia”.', ['rename[Chi nhánh Thủy lợi thị xã Bình Sơn]->Chi nhánh Thủy lợi Tân Gia']),
        ('"Trường Tiểu học Hòa Bình" được đổi tên thành "Trường Tiểu học Lê Lợi".', ['rename[Trường Tiểu học Hòa Bình]->Trường Tiểu học Lê Lợi']),
        ('“Trường Tiểu học Hòa Bình” và “Trường Tiểu học Hòa Lạc” sáp nhập thành “Trường Tiểu học Hòa Bình”.', ['merge[Trường Tiểu học Hòa Bình | Trường Tiểu học Hòa Lạc]->Trường Tiểu học Hòa Bình']),
        ('Sáp nhập “Trường Tiểu học Hòa Bình”, “Trường Tiểu học Hòa Lạc” vào “Trường Tiểu học Lê Lợi”.', ['merge[Trường Tiểu học Hòa Bình | Trường Tiểu học Hòa Lạc | Trường Tiểu học Lê Lợi]->Trường Tiểu học Lê Lợi']),
    ],
    "adverbs_between_a_body_and_its_verb": [
        ('Ngân hàng Sài Hà (SAHABANK) bất ngờ đổi tên thành Ngân hàng Sài Hà Tài Lộc.', ['rename[Ngân hàng Sài Hà]->Ngân hàng Sài Hà Tài Lộc']),
        ('Trường Tiểu học Hòa Bình bất ngờ bị giải thể.', ['dissolve[Trường Tiểu học Hòa Bình]->None']),
        ('Hai trường Tiểu học Hòa Bình và Hòa Lạc đã lặng lẽ sáp nhập thành Trường Tiểu học Hòa Lạc.', ['merge[trường Tiểu học Hòa Bình | trường Tiểu học Hòa Lạc]->Trường Tiểu học Hòa Lạc']),
    ],
    "divided_into_tiers_or_zones": [
        ('Từ năm 1990, hệ thống Ngân hàng Việt Nam được chia thành 2 cấp.', []),
        ('Theo địa hình, thị xã Tân Minh được chia thành 4 khu: Bắc, Nam, Đông và Tây.', []),
        ('Năm 1995, Trường THPT Hòa Bình được tách thành 2 trường.', ['split[Trường THPT Hòa Bình]->None']),
    ],
    "a_share_of_bodies_written_as_a_fraction": [
        ('Với quy định mới, Bộ Tài nguyên xóa bỏ 4/5 tổng cục gồm Tổng cục Môi trường, Tổng cục Địa chất, Tổng cục Đất đai và Tổng cục Biển.', ['dissolve[Tổng cục Môi trường | Tổng cục Địa chất | Tổng cục Đất đai | Tổng cục Biển]->None#4']),
        ('Tỉnh đã giải thể 3/7 trung tâm y tế huyện.', ['dissolve[]->None#3']),
        ('Đến nay, 3/8 xã đã thành lập chi bộ Công an.', ['establish[]->None#3']),
        ('Tháng 9/1996 trường được chuyển về thị xã Điện Biên.', []),
    ],
    "a_bulleted_list_goes_on_past_a_line_not_understood": [
        ('Tin tức\n\nBộ trưởng quyết định thành lập các cục, vụ như sau:\n\n- Cục Kế hoạch - Tài chính;\n\n- Vụ Giám đốc, kiểm tra về hình sự;\n\n- Vụ Giám đốc, kiểm tra về dân sự;\n\n- Vụ Giám đốc, kiểm tra về hành chính;\n\n- Vụ Giám đốc, kiểm tra về kinh tế;\n\n- Vụ Hợp tác quốc tế.', ['establish[]->Cục Kế hoạch - Tài chính', 'establish[]->Vụ Hợp tác quốc tế']),
        ('Tin tức\n\nBộ trưởng quyết định thành lập các cục như sau:\n\n- Cục Kế hoạch - Tài chính.\n\nCác cục đi vào hoạt động từ ngày 1/7.\n\nBuổi lễ có nhiều khách mời.\n\nSau đó, các đại biểu thăm trụ sở.\n\nCũng trong dịp này, tỉnh khen thưởng.\n\nTổng kết, Sở Y tế báo cáo kết quả.', ['establish[]->Cục Kế hoạch - Tài chính']),
    ],
    "a_passive_act_with_its_agent_named": [
        ('Bệnh viện Bạc Liêu được Ban Dân Y tỉnh Bạc Liêu tiếp nhận.', ['transfer[Bệnh viện Bạc Liêu | Ban Dân Y tỉnh Bạc Liêu]->Ban Dân Y tỉnh Bạc Liêu']),
        ('Trường Tiểu học Tân An được UBND huyện đổi tên thành Trường Tiểu học Lê Lợi.', ['rename[Trường Tiểu học Tân An]->Trường Tiểu học Lê Lợi']),
        ('Trường Tiểu học Tân An được UBND huyện sáp nhập vào Trường Tiểu học Lê Lợi.', ['merge[Trường Tiểu học Tân An | Trường Tiểu học Lê Lợi]->Trường Tiểu học Lê Lợi']),
        ('Hợp tác xã Tân An bị UBND huyện giải thể.', ['dissolve[Hợp tác xã Tân An]->None']),
        ('Trung tâm Y tế huyện Tân An được Sở Y tế chuyển về trực thuộc UBND huyện.', ['transfer[Trung tâm Y tế huyện Tân An | UBND huyện]->UBND huyện']),
        ('Hạt Kiểm lâm rừng phòng hộ Sông Tranh được UBND tỉnh quyết định thành lập ngày 28/11/2013.', ['establish[]->Hạt Kiểm lâm rừng phòng hộ Sông Tranh']),
        ('Trường THPT Tân An và Trường THPT Tân Bình được Bộ Giáo dục cho phép sáp nhập.', ['merge[Trường THPT Tân An | Trường THPT Tân Bình]->None']),
        ('Bảo tàng Tây Sơn được UBND thị xã thành lập năm 2009 dưới tên gọi Ban Quản lý di tích Tây Sơn.', ['establish[]->Ban Quản lý di tích Tây Sơn']),
    ],
    "a_history_goes_on_past_a_step_not_understood": [
        ('Lịch sử\n\nNông trường quốc doanh Tân Lợi được thành lập năm 1977. Đến năm 1996 đổi tên thành Công ty cà phê Tân Lợi, năm 2007 đổi tên thành Công ty TNHH Một thành viên cà phê Tân Lợi.', ['establish[]->Nông trường quốc doanh Tân Lợi', 'rename[Nông trường quốc doanh Tân Lợi]->Công ty cà phê Tân Lợi', 'rename[Công ty cà phê Tân Lợi]->Công ty TNHH Một thành viên cà phê Tân Lợi']),
        ('Lịch sử\n\n- Năm 1967: Thành lập nhà máy nước nhỏ của thị xã.\n\n- Năm 1986: Đổi tên thành Công ty Cấp nước Hải Long.\n\n- Năm 2007: Chuyển đổi thành Công ty TNHH Một thành viên Cấp nước Hải Long.', ['rename[Công ty Cấp nước Hải Long]->Công ty TNHH Một thành viên Cấp nước Hải Long']),
        ('Lịch sử\n\n- Năm 1967: Thành lập NMN Hải Long.\n\n- Năm 1986: Đổi tên thành Công ty Cấp nước Hải Long.', ['establish[]->NMN Hải Long', 'rename[NMN Hải Long]->Công ty Cấp nước Hải Long']),
        # the step's voice or aspect between its date and its verb, the body still unsaid
        ('Trại An dưỡng Kim Sơn được thành lập năm 1972. Năm 1993, được đổi tên thành Bệnh viện Điều dưỡng Kim Sơn.', ['establish[]->Trại An dưỡng Kim Sơn', 'rename[Trại An dưỡng Kim Sơn]->Bệnh viện Điều dưỡng Kim Sơn']),
        ('Đội Cầu đường Ea Hleo được thành lập năm 1986, đến năm 2001 chính thức được đổi tên thành Công ty Cầu đường Ea Hleo.', ['establish[]->Đội Cầu đường Ea Hleo', 'rename[Đội Cầu đường Ea Hleo]->Công ty Cầu đường Ea Hleo']),
        ('Xưởng in Tân Châu được thành lập năm 1979. Ngày 2/9/1995 đã đổi tên thành Công ty In Tân Châu.', ['establish[]->Xưởng in Tân Châu', 'rename[Xưởng in Tân Châu]->Công ty In Tân Châu']),
    ],
    "a_body_founded_from_one_other": [
        ('Sở Giao thông Công chánh được thành lập từ Sở Giao thông vận tải.', ['establish[Sở Giao thông vận tải]->Sở Giao thông Công chánh']),
        ('Trường Tiểu học Tân An được thành lập năm 1995 từ Trường Tiểu học Tân Lập.', ['establish[Trường Tiểu học Tân Lập]->Trường Tiểu học Tân An']),
        ('Huyện Tân Sơn được thành lập từ năm 1990.', ['establish[]->Huyện Tân Sơn']),
    ],
    "what_a_founded_unit_is_made_of": [
        ('Tỉnh Thừa Thiên Huế được tái lập gồm 5 đơn vị hành chính là thành phố Huế và các huyện Phú Lộc, Hương Phú, Hương Điền và A Lưới.', ['establish[]->Tỉnh Thừa Thiên Huế']),
        ('Huyện Tân Sơn được thành lập gồm 12 xã.', ['establish[]->Huyện Tân Sơn']),
        ('Thành lập 3 phường gồm phường Tân An, phường Tân Bình và phường Tân Hòa.', ['establish[]->phường Tân An', 'establish[]->phường Tân Bình', 'establish[]->phường Tân Hòa']),
    ],
    "a_body_made_an_unnamed_unit_of_another": [
        ('Chuyển đổi chi nhánh Nam Hà thành phòng giao dịch trực thuộc chi nhánh Hà Giang.', ['transfer[chi nhánh Nam Hà | chi nhánh Hà Giang]->chi nhánh Hà Giang']),
        ('Chuyển Trường Cao đẳng Tân An thành trường thành viên thuộc Đại học Huế.', ['transfer[Trường Cao đẳng Tân An | Đại học Huế]->Đại học Huế']),
        ('Sáp nhập Trường Cao đẳng Y tế Tân An thành trường thành viên thuộc Đại học Huế.', ['merge[Trường Cao đẳng Y tế Tân An | Đại học Huế]->Đại học Huế']),
        ('Chuyển đổi chi nhánh Bắc Hà thành phòng giao dịch Châu Phú trực thuộc Chi nhánh Hà Giang.', ['rename[chi nhánh Bắc Hà]->phòng giao dịch Châu Phú']),
        ('Đổi tên Trường Tiểu học số 2 thành Trường Tiểu học Tân An thuộc huyện Tân Sơn.', ['rename[Trường Tiểu học số 2]->Trường Tiểu học Tân An']),
        ('Chuyển Trường Tiểu học Tân An thành trường tiểu học thuộc huyện Tân Sơn.', []),
    ],
    "counted_cells_listed_by_their_bodies": [
        ('Đảng ủy quyết định thành lập mới 3 chi bộ trực thuộc gồm: Sở Nội vụ; Sở Tài chính; Sở Xây dựng.', ['establish[]->Chi bộ Sở Nội vụ', 'establish[]->Chi bộ Sở Tài chính', 'establish[]->Chi bộ Sở Xây dựng']),
    ],
    "a_unit_raised_up_its_ladder_is_founded_on_it": [
        ('Năm 2018, Quốc hội chuyển xã Tân Thành thành thị trấn Tân Thành.', ['establish[xã Tân Thành]->thị trấn Tân Thành']),
        ('Năm 2018, nâng cấp xã Tân Thành thành thị trấn Tân Thành.', ['establish[xã Tân Thành]->thị trấn Tân Thành']),
        ('Năm 2009, thị xã Tân An được nâng lên thành phố Tân An.', ['establish[thị xã Tân An]->thành phố Tân An']),
        ('Năm 1976, quận Lạc Thiện đổi tên thành huyện Lắk.', ['rename[quận Lạc Thiện]->huyện Lắk']),
        ('Trường Cao đẳng Tân An được nâng cấp thành Trường Đại học Tân An.', ['establish[Trường Cao đẳng Tân An]->Trường Đại học Tân An']),
    ],
    "part_of_a_unit_taken_to_found_another": [
        ('Ngày 17/11/2004, điều chỉnh một phần diện tích và dân số của xã Tân Thành để thành lập xã Đất Cuốc.', ['establish[xã Tân Thành]->xã Đất Cuốc']),
    ],
    "one_body_becomes_another_of_its_kind": [
        ('Năm 1992, Trường Cao đẳng sư phạm Cửu Long trở thành Trường Cao đẳng sư phạm Vĩnh Long.', ['rename[Trường Cao đẳng sư phạm Cửu Long]->Trường Cao đẳng sư phạm Vĩnh Long']),
        ('Từ năm 2005, Trường Đại học Tân An trở thành trường đại học hàng đầu.', []),
    ],
    "a_unit_of_land_that_only_places_a_body": [
        ('Lực lượng Kiểm lâm tỉnh Lạng Sơn được thành lập theo Quyết định số 53-QĐ ngày 15/01/1974.', []),
        # the places only seat the branch: the branch is what is founded
        ('Chi hội Nông dân nghề nghiệp trồng miến tại tổ dân phố 4 thị trấn Tĩnh Túc được thành lập gồm 24 thành viên.',
         ['establish[]->Chi hội Nông dân nghề nghiệp trồng miến']),
        ('Theo đó huyện Tân Sơn được thành lập.', ['establish[]->huyện Tân Sơn']),
        ('Năm 1990 huyện Tân Sơn được tái lập.', ['establish[]->huyện Tân Sơn']),
        ('Năm 1990, thị xã Tân Sơn và huyện Tân Lập được thành lập.', ['establish[]->thị xã Tân Sơn', 'establish[]->huyện Tân Lập']),
        ('Đây là 2 chi bộ Công an xã được thành lập của huyện Đầm Hà.', ['establish[]->None#2']),
    ],
    "a_merge_then_the_body_it_founds": [
        ('Cụ thể, hợp nhất Sở Lao động - Thương binh và Xã hội với Sở Nội vụ, thành lập Sở Nội vụ.', ['merge[Sở Lao động - Thương binh và Xã hội | Sở Nội vụ]->Sở Nội vụ']),
        ('Hợp nhất Sở Tài nguyên và Môi trường với Sở Nông nghiệp và Phát triển nông thôn, thành lập Sở Nông nghiệp và Môi trường.', ['merge[Sở Tài nguyên và Môi trường | Sở Nông nghiệp và Phát triển nông thôn]->Sở Nông nghiệp và Môi trường']),
        ('Sáp nhập Trường Tiểu học A vào Trường Tiểu học B, thành lập Trường Tiểu học C.', ['merge[Trường Tiểu học A | Trường Tiểu học B]->Trường Tiểu học B', 'establish[]->Trường Tiểu học C']),
    ],
    "a_headline_founding_named_with_its_place": [
        ('Thành lập Sở Thông tin và Truyền thông tỉnh Hà Sơn\n\nTheo quyết định của UBND tỉnh, Sở Thông tin và Truyền thông được thành lập trên cơ sở Sở Bưu chính Viễn thông.', ['establish[Sở Bưu chính Viễn thông]->Sở Thông tin và Truyền thông']),
    ],
    "bodies_re_formed_line_by_line": [
        ('Bộ Chỉ huy tổ chức lại Đại đội Trinh sát, Đại đội Thiết giáp thành Đại đội Trinh sát - Cơ giới; Trung đội Thông tin thành Đại đội Thông tin.', ['merge[Đại đội Trinh sát | Đại đội Thiết giáp]->Đại đội Trinh sát - Cơ giới', 'establish[Trung đội Thông tin]->Đại đội Thông tin']),
        ('Sáp nhập xã Tân An, xã Tân Bình thành xã Tân Phú; xã Hòa An, xã Hòa Bình thành xã Hòa Phú.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Phú', 'merge[xã Hòa An | xã Hòa Bình]->xã Hòa Phú']),
        ('Thành ủy ban hành quyết định thành lập 2 chi bộ cơ sở gồm: Chi bộ cơ sở Hội Nông dân thành phố; Chi bộ cơ sở Liên đoàn Lao động thành phố.', ['establish[]->Chi bộ cơ sở Hội Nông dân thành phố', 'establish[]->Chi bộ cơ sở Liên đoàn Lao động thành phố']),
    ],
    "a_unit_founded_from_parts_or_wholes_after_its_name": [
        ('Thành lập xã Đắk Nang từ một phần các xã Quảng Phú, Đức Xuyên.', ['establish[xã Quảng Phú | xã Đức Xuyên]->xã Đắk Nang']),
        ('Thành lập xã Tân Phú từ xã Tân An và xã Tân Bình.', ['merge[xã Tân An | xã Tân Bình]->xã Tân Phú']),
        ('Thành lập Trường Tiểu học Tân An từ năm 1990.', ['establish[]->Trường Tiểu học Tân An']),
        ('Thị xã Tân Sơn được thành lập trên cơ sở toàn bộ diện tích và dân số từ 2 đơn vị cấp xã, gồm thị trấn Tân Sơn và xã Tân Hòa.', ['establish[thị trấn Tân Sơn | xã Tân Hòa]->Thị xã Tân Sơn']),
    ],
    "a_unit_laid_out_as_lower_units_is_not_split": [
        ('Huyện Mèo Vạc chia thành 1 thị trấn và 17 xã.', []),
        ('Năm 2003, chia huyện Tân Sơn thành 2 huyện Tân Sơn và Tân Lập.', ['split[huyện Tân Sơn]->None']),
        ('Ví dụ TP Hội An cũ được chia thành ba phường mới là Hội An, Hội An Đông và Hội An Tây.', ['split[TP Hội An]->None']),
    ],
    "one_of_a_number_counts_nothing_founded": [
        ('Là một trong 11 Tòa án được thành lập đầu tiên trên cả nước, Tòa án tỉnh đã có nhiều đóng góp.', []),
        ('Trường là một trong 3 trường được thành lập sớm nhất của tỉnh.', []),
        ('Tỉnh đã thành lập 3 trường mới.', ['establish[]->None#3']),
    ],
    "a_brand_that_closes_offices_it_does_not_name": [
        ('Trong tháng 11, VietinBank cũng đóng cửa một loạt phòng giao dịch.', []),
        ('VCBNeo đóng cửa nhiều phòng giao dịch.', []),
        ('Ngân hàng ACB giải thể 3 phòng giao dịch.', ['dissolve[]->None#3']),
        ('MobiFone được chuyển đổi thành Tổng công ty Viễn thông MobiFone.', ['rename[MobiFone]->Tổng công ty Viễn thông MobiFone']),
    ],
    "merge_lists_whose_lines_name_what_the_others_go_into": [
        ('Tỉnh sáp nhập các xã như sau: xã Yên Hưng vào xã Yên Thái thành xã Yên Thái; xã Văn Lãng vào xã Phú Thịnh thành xã Phú Thịnh.', ['merge[xã Yên Hưng | xã Yên Thái]->xã Yên Thái', 'merge[xã Văn Lãng | xã Phú Thịnh]->xã Phú Thịnh']),
        ('Sáp nhập thôn Đông vào thôn Tây; thôn Nam vào thôn Bắc.', ['merge[thôn Đông | thôn Tây]->thôn Tây', 'merge[thôn Nam | thôn Bắc]->thôn Bắc']),
    ],
    "counted_units_of_listed_levels": [
        ('Theo đề án, 443 trạm y tế xã, phường, đặc khu được tổ chức lại thành 168 trạm.', ['merge[]->None#443']),
    ],
    "later_names_and_old_names_taken_back": [
        ('Theo quy định mới, Tổng cục Biển và Hải đảo Việt Nam được thay bằng Cục Biển và Hải đảo Việt Nam.', ['rename[Tổng cục Biển và Hải đảo Việt Nam]->Cục Biển và Hải đảo Việt Nam']),
        ('Máy cũ được thay thế bằng máy mới.', []),
        ('Công ty Nguyên liệu giấy Tân An (sau này đổi tên thành Công ty TNHH MTV Nguyên liệu giấy Tân An) hoạt động từ năm 1985.', ['rename[Công ty Nguyên liệu giấy Tân An]->Công ty TNHH MTV Nguyên liệu giấy Tân An']),
        ('Tạp chí Người Làm vườn, sau đó đổi tên thành Báo Người Làm vườn, có nhiều bạn đọc.', ['rename[Tạp chí Người Làm vườn]->Báo Người Làm vườn']),
        ('Năm 1990, Ban Y tế thị xã Tân An đổi lại tên cũ là Phòng Y tế thị xã Tân An.', ['rename[Ban Y tế thị xã Tân An]->Phòng Y tế thị xã Tân An']),
    ],
    "questions_that_ask_which_body_state_none": [
        ('Huyện cũ nào của Vĩnh Phúc được sáp nhập vào Hà Nội hai lần?', []),
        ('Tỉnh Đắk Nông được tách ra từ tỉnh Đắk Lắk vào năm nào?', []),
        ('Vì sao sáp nhập Trường Tiểu học A vào Trường Tiểu học B?', ['merge[Trường Tiểu học A | Trường Tiểu học B]->Trường Tiểu học B']),
        ('Sáp nhập Trường Tiểu học A vào Trường Tiểu học B, đặt tên thế nào?', ['merge[Trường Tiểu học A | Trường Tiểu học B]->Trường Tiểu học B']),
    ],
    "a_founding_told_beside_the_bodys_other_name": [
        ('Trường Tiểu học Tân An (nay là Trường Tiểu học Lê Lợi) được thành lập năm 1990.', ['establish[]->Trường Tiểu học Tân An']),
        ('Ngày 25-10-1958, Công ty cổ phần Chè Mỹ Lâm (trước đây là Nông trường chè Tháng 10) được thành lập.', ['establish[]->Nông trường chè Tháng 10']),
        ('Lực lượng An ninh vũ trang tỉnh Bình Phước (nay là Bộ đội Biên phòng tỉnh Bình Phước) được thành lập trong điều kiện khó khăn.', []),
    ],
    "a_body_split_off_to_another_is_transferred": [
        ('Năm 2014, Chính phủ quyết định tách Công ty Thông tin di động (MobiFone) về Bộ Thông tin và Truyền thông.', ['transfer[Công ty Thông tin di động | Bộ Thông tin và Truyền thông]->Bộ Thông tin và Truyền thông']),
        ('Tách Trường Tiểu học Tân An khỏi Phòng Giáo dục huyện về trực thuộc Sở Giáo dục.', ['transfer[Trường Tiểu học Tân An | Sở Giáo dục]->Sở Giáo dục']),
        ('Năm 1951 tách thôn Phượng An về xã Thọ Lâm.', ['split[thôn Phượng An]->None']),
    ],
    "numbered_units_written_packed": [
        ('Xóm 3 mới được sáp nhập từ xóm 5,6,7,8 cũ.', ['merge[xóm 5 | xóm 6 | xóm 7 | xóm 8]->Xóm 3']),
        ('Sáp nhập xóm 5, 6, 7 và 8 thành xóm 3.', ['merge[xóm 5 | xóm 6 | xóm 7 | xóm 8]->xóm 3']),
        ('Tỷ lệ tăng 1,5% so với năm trước ở phường 3.', []),
    ],
    "a_founder_that_founds_elsewhere_or_need_not": [
        ('Năm 1961, Ủy ban hành chính tỉnh Hải Dương thành lập Quốc doanh dược phẩm.', []),
        ('Năm 1961, Ủy ban hành chính tỉnh Hải Dương thành lập Công ty Dược phẩm Hải Dương.', ['establish[]->Công ty Dược phẩm Hải Dương']),
        ('Vào tháng 6/1964, Bộ Giáo dục đã thành lập tại các tỉnh, thành phố hệ thống các trường bồi dưỡng giáo viên.', []),
        ('Ở những huyện thấy không cần thiết thành lập Phòng Y tế thì Văn phòng huyện tham mưu.', []),
        ('Trường Tiểu học Tân An đã thành lập từ năm 1990.', ['establish[]->Trường Tiểu học Tân An']),
    ],
    "rename_tables_run_into_one_line": [
        ('Tên cũ Tên mới Bệnh viện quận 3 Bệnh viện đa khoa Hòa Hưng Bệnh viện huyện Cần Giờ Bệnh viện đa khoa Cần Thạnh',
         ['rename[Bệnh viện quận 3]->Bệnh viện đa khoa Hòa Hưng', 'rename[Bệnh viện huyện Cần Giờ]->Bệnh viện đa khoa Cần Thạnh']),
        ('STT Tên cũ Tên mới 1 Trạm Y tế xã An Lạc Trạm Y tế An Lạc', ['rename[Trạm Y tế xã An Lạc]->Trạm Y tế An Lạc']),
        ('Tên cũ của Bệnh viện quận 3 là Bệnh viện Hòa Hưng.', []),
    ],
    "listed_bodies_with_their_short_names": [
        ('Danh sách 3 tổng công ty được chuyển về Ủy ban Quản lý vốn nhà nước gồm: Tổng công ty Thép Hà Sơn (HSS), '
         'Tổng công ty Giấy Phương Lâm (PLP), Tổng công ty Muối Tân An (TAS).',
         ['transfer[Tổng công ty Thép Hà Sơn | Tổng công ty Giấy Phương Lâm | Tổng công ty Muối Tân An | '
          'Ủy ban Quản lý vốn nhà nước]->Ủy ban Quản lý vốn nhà nước']),
        ('Bộ chuyển giao 2 tổng công ty về Ủy ban Quản lý vốn nhà nước, gồm Tổng công ty Thép Hà Sơn và Tổng công ty '
         'Giấy Phương Lâm.',
         ['transfer[Tổng công ty Thép Hà Sơn | Tổng công ty Giấy Phương Lâm | Ủy ban Quản lý vốn nhà nước]'
          '->Ủy ban Quản lý vốn nhà nước#2']),
        ('Sở chuyển 2 trường về UBND huyện Tân An quản lý.', ['transfer[UBND huyện Tân An]->UBND huyện Tân An#2']),
    ],
    "bodies_gathered_under_an_owner": [
        ('Chính phủ gom Tổng công ty Thép Hà Sơn và Tổng công ty Giấy Phương Lâm về Ủy ban Quản lý vốn nhà nước.',
         ['transfer[Tổng công ty Thép Hà Sơn | Tổng công ty Giấy Phương Lâm | Ủy ban Quản lý vốn nhà nước]'
          '->Ủy ban Quản lý vốn nhà nước']),
        ('Bộ sẽ gom 12 tập đoàn về Ủy ban Quản lý vốn nhà nước.',
         ['transfer[Ủy ban Quản lý vốn nhà nước]->Ủy ban Quản lý vốn nhà nước#12']),
        ('Cán bộ gom hồ sơ về Văn phòng UBND tỉnh.', []),
    ],
    "counted_sources_of_a_founding": [
        ('Thành lập 8 phường thuộc thị xã Tân An trên cơ sở nguyên trạng 3 thị trấn và 5 xã của huyện Tân An.',
         ['establish[]->None#8']),
        ('Thành lập 4 phường và 2 xã mới thuộc thị xã Tân An.', ['establish[]->None#4', 'establish[]->None#2']),
    ],
    "where_a_founding_comes_from": [
        ('Bộ Nội vụ nhận được đề xuất thành lập 2 hiệp hội cà phê từ Bộ Công Thương và Bộ Nông nghiệp.',
         ['establish[]->None#2']),
        ('Thành lập 2 trường gồm Trường Tiểu học Tân An và Trường Tiểu học Tân Bình.',
         ['establish[]->Trường Tiểu học Tân An', 'establish[]->Trường Tiểu học Tân Bình']),
    ],
    "founded_on_joined_verbs": [
        ('Tỉnh thành lập Trường Tiểu học Tân An mới trên cơ sở hợp nhất, sáp nhập Trường Tiểu học Tân Bình và '
         'Trường Tiểu học Tân Phú.',
         ['merge[Trường Tiểu học Tân Bình | Trường Tiểu học Tân Phú]->Trường Tiểu học Tân An']),
        ('Hội nghị thông qua đề án thành lập Đảng bộ Công an tỉnh Hà Sơn (mới) trên cơ sở hợp nhất, sáp nhập Đảng bộ '
         'Công an tỉnh Phương Lâm và Đảng bộ Công an tỉnh Hà Sơn, thành lập Đảng bộ các cơ quan Đảng tỉnh Hà Sơn (mới).',
         ['merge[Đảng bộ Công an tỉnh Phương Lâm | Đảng bộ Công an tỉnh Hà Sơn]->Đảng bộ Công an tỉnh Hà Sơn',
          'establish[]->Đảng bộ các cơ quan Đảng tỉnh Hà Sơn']),
    ],
    "an_aside_renames_the_body_before_it": [
        ('Ngày 5/1, Tổng công ty Thép Hà Sơn (HSS), nay được đổi tên thành Tổng công ty Công nghiệp Hà Sơn, tổ chức '
         'lễ kỷ niệm.', ['rename[Tổng công ty Thép Hà Sơn]->Tổng công ty Công nghiệp Hà Sơn']),
        ('Trường Tiểu học Tân An, được đổi tên thành Trường Tiểu học Lê Lợi năm 2000.',
         ['rename[Trường Tiểu học Tân An]->Trường Tiểu học Lê Lợi']),
    ],
    "an_aside_merges_the_unit_before_it": [
        ('Phụ huynh phản đối việc sáp nhập trường này với Trường Tiểu học Lê Lợi (xã Tân An cũ, nay sáp nhập vào thị trấn '
         'Tân Bình).', ['merge[xã Tân An | thị trấn Tân Bình]->thị trấn Tân Bình']),
        ('Xã Tân An cũ, nay sáp nhập vào thị trấn Tân Bình, có 3 thôn.',
         ['merge[Xã Tân An | thị trấn Tân Bình]->thị trấn Tân Bình']),
    ],
    "units_founded_with_their_size": [
        ('Đồng thời, thành lập 2 phường thuộc thị xã Tân An gồm: Phường Cầu Mới với 6,51 km2 diện tích tự nhiên và quy '
         'mô dân số 5.649 người; phường Hàm Long với 8,69 km2 diện tích tự nhiên và quy mô dân số 7.413 người.',
         ['establish[]->Phường Cầu Mới', 'establish[]->phường Hàm Long']),
        ('Thành lập 3 xã gồm: xã Hoàng Sơn với diện tích tự nhiên 40,5 km2 và quy mô dân số 3.100 người; xã Minh Phú '
         'với diện tích 22,1 km2; xã Tân An với diện tích tự nhiên khoảng 30 km2.',
         ['establish[]->xã Hoàng Sơn', 'establish[]->xã Minh Phú', 'establish[]->xã Tân An']),
        ('Giải thể Trường Tiểu học Tân An; Trường Tiểu học Tân Bình có 300 học sinh sẽ chuyển sang.',
         ['dissolve[Trường Tiểu học Tân An]->None']),
    ],
    "counted_bodies_handed_over_by_an_agent": [
        ('5 trường phổ thông DTNT cấp THCS được Sở GDĐT bàn giao về UBND các huyện quản lý gồm các Trường phổ thông '
         'DTNT Tân An, Tân Bình và Trường phổ thông DTNT Hòa Bình.',
         ['transfer[Trường phổ thông DTNT Tân An | Trường phổ thông DTNT Tân Bình | Trường phổ thông DTNT Hòa Bình | '
          'UBND các huyện]->UBND các huyện']),
        ('3 trường được UBND huyện Tân An sáp nhập vào Trường Tiểu học Hòa Bình.',
         ['merge[]->Trường Tiểu học Hòa Bình#3']),
        ('Trường Tiểu học Tân An được Sở Giáo dục bàn giao về UBND huyện Hòa Bình.',
         ['transfer[Trường Tiểu học Tân An | UBND huyện Hòa Bình]->UBND huyện Hòa Bình']),
    ],
    "a_list_of_renames_that_varies_its_verb": [
        ('Cụ thể, Bệnh viện quận 1 đổi thành Bệnh viện Tân Định, Bệnh viện quận 7 đổi tên thành Bệnh viện Tân Phong, '
         'Bệnh viện quận 8 là Bệnh viện Chánh Hưng, Bệnh viện quận 11 thành Bệnh viện Hòa Bình.',
         ['rename[Bệnh viện quận 1]->Bệnh viện Tân Định', 'rename[Bệnh viện quận 7]->Bệnh viện Tân Phong',
          'rename[Bệnh viện quận 8]->Bệnh viện Chánh Hưng', 'rename[Bệnh viện quận 11]->Bệnh viện Hòa Bình']),
        ('Trường Tiểu học Tân An đổi tên thành Trường Tiểu học Lê Lợi, Trường Tiểu học Tân Bình là trường lớn nhất.',
         ['rename[Trường Tiểu học Tân An]->Trường Tiểu học Lê Lợi']),
    ],
    "an_act_named_as_a_noun": [
        ('Miền Trung từng chứng kiến sự hợp nhất của ba tỉnh Tân An, Tân Bình và Hòa Bình vào năm 1976 để thành lập '
         'tỉnh An Bình.', ['merge[tỉnh Tân An | tỉnh Tân Bình | tỉnh Hòa Bình]->tỉnh An Bình#3']),
        ('Bộ đang xem xét phương án hợp nhất của 16 cục thuế.', []),
    ],
    "a_fronted_passive_founding": [
        ('Được người Pháp thành lập để sửa chữa đầu máy vào đầu thế kỷ XX, Cơ xưởng hỏa xa Tân An là một trong những '
         'nhà máy lớn.', ['establish[]->Cơ xưởng hỏa xa Tân An']),
        ('Được thành lập năm 1990, Trường Tiểu học Tân An là trường đầu tiên của huyện.',
         ['establish[]->Trường Tiểu học Tân An']),
        ('Được UBND tỉnh đồng ý, huyện thành lập Trường Tiểu học Tân Bình.', ['establish[]->Trường Tiểu học Tân Bình']),
    ],
    "central_blocs_of_a_region": [
        ('Hợp nhất Đảng bộ Khối Doanh nghiệp Công nghiệp Trung ương tại Thành phố Hồ Chí Minh và Đảng bộ Khối Doanh '
         'nghiệp Thương mại Trung ương tại Thành phố Hồ Chí Minh.',
         ['merge[Đảng bộ Khối Doanh nghiệp Công nghiệp Trung ương tại Thành phố Hồ Chí Minh | Đảng bộ Khối Doanh '
          'nghiệp Thương mại Trung ương tại Thành phố Hồ Chí Minh]->None']),
    ],
    "a_merged_body_split_again": [
        ('Năm 1976, tỉnh Tân An và tỉnh Tân Bình được sáp nhập với nhau thành tỉnh An Bình, sau đó được tách ra làm hai.',
         ['merge[tỉnh Tân An | tỉnh Tân Bình]->tỉnh An Bình', 'split[tỉnh An Bình]->None']),
    ],
    "counted_bodies_named_by_their_shared_head": [
        ('Bộ sẽ thành lập 3 Tổng cục trực thuộc Bộ. Đó là các Tổng cục: Thủy lợi, Thủy sản và Lâm nghiệp.',
         ['establish[]->None#3', 'establish[]->Tổng cục Thủy lợi', 'establish[]->Tổng cục Thủy sản',
          'establish[]->Tổng cục Lâm nghiệp']),
        ('Bộ sẽ thành lập 3 Tổng cục trực thuộc Bộ. Đó là các Tổng cục: Thủy lợi và Thủy sản.', ['establish[]->None#3']),
    ],
    "a_news_site_between_headline_and_lead": [
        ('Tổng thống ký sắc lệnh giải thể Bộ Giáo dục Mỹ VnExpress Tổng thống ký sắc lệnh hành pháp nhằm giải thể Bộ.',
         ['dissolve[Bộ Giáo dục Mỹ]->None']),
    ],
    "conditions_for_a_founding": [
        ('Còn 22 trường học chưa đủ điều kiện thành lập trường phổ thông dân tộc bán trú.', []),
        ('Xã Tân An đủ tiêu chuẩn thành lập phường.', []),
        ('Tỉnh thành lập 3 trường phổ thông dân tộc bán trú.', ['establish[]->None#3']),
    ],
    "further_counts_bounded_from_one_side": [
        ('Bộ quyết định xóa 4 tổng cục và hơn 30 cục nghiệp vụ.', ['dissolve[]->None#4', 'dissolve[]->None#30']),
        ('Tỉnh giải thể 3 trường, khoảng 20 điểm trường và 5 nhóm trẻ.',
         ['dissolve[]->None#3', 'dissolve[]->None#20']),
    ],
    "bodies_sharing_a_prefix_and_a_person_after_them": [
        ('Thành ủy công bố quyết định hợp nhất Đảng bộ Khối Doanh nghiệp, Khối Công nghiệp Tân An.',
         ['merge[Đảng bộ Khối Doanh nghiệp | Đảng bộ Khối Công nghiệp Tân An]->None']),
        ('Báo cáo về việc hợp nhất Đảng bộ Khối Doanh nghiệp, Khối Công nghiệp Tân An, Phó Trưởng ban Tổ chức Thành ủy '
         'Trần Văn Hòa cho biết.', ['merge[Đảng bộ Khối Doanh nghiệp | Đảng bộ Khối Công nghiệp Tân An]->None']),
    ],
    "a_counted_closure_then_its_offices_named": [
        ('Ngân hàng A thông báo chấm dứt hoạt động của 3 phòng giao dịch. Các điểm đóng cửa gồm 2 phòng giao dịch ở '
         'Tân An và 1 phòng giao dịch ở Tân Bình, cụ thể: PGD Hòa Bình, PGD Hòa Lạc, PGD Hòa Hưng.',
         ['dissolve[PGD Hòa Bình | PGD Hòa Lạc | PGD Hòa Hưng]->None#3']),
        ('Ngân hàng Hòa Bình được chuyển giao về Ngân hàng Tân An. Trong một tháng, ngân hàng này đã đóng cửa 1/5 số '
         'phòng giao dịch.', ['transfer[Ngân hàng Hòa Bình | Ngân hàng Tân An]->Ngân hàng Tân An']),
    ],
    "businesses_registered_or_named": [
        # cooperatives are organisations: counted foundings and endings of them are events, a company count is a
        # figure of the business register
        ('Tỉnh đã thành lập mới 85 hợp tác xã.', ['establish[]->None#85']),
        ('Năm nay thành phố có 1.250 doanh nghiệp thành lập mới.', []),
        ('Toàn tỉnh có 79 HTX thành lập trước năm 2013 phải tổ chức chuyển đổi.', []),
        ('Có 2 HTX giải thể trong năm.', ['dissolve[]->None#2']),
        ('Tỉnh đã thành lập mới 2 HTX (HTX Nông nghiệp Tân An; HTX Dịch vụ Tân Bình).',
         ['establish[]->HTX Nông nghiệp Tân An', 'establish[]->HTX Dịch vụ Tân Bình']),
    ],
    "founded_as_what_a_body_grew_from": [
        ('Nhà hát Chèo Tân An đi lên từ Đoàn Chèo Tân Bình, thành lập năm 1961.', ['establish[]->Đoàn Chèo Tân Bình']),
        ('Nhà hát Chèo Tân An đi lên từ nhiều khó khăn.', []),
    ],
    "new_name_right_after_the_verb": [
        # "A đổi tên B": a body of the same kind before the verb, nothing after the name to say it comes out
        ('Năm 1957, tỉnh Long Châu đổi tên tỉnh Hòa Châu.', ['rename[tỉnh Long Châu]->tỉnh Hòa Châu']),
        ('Năm 1968, Bệnh viện Bình An đổi tên “Bệnh viện Hòa Lợi”.', ['rename[Bệnh viện Bình An]->Bệnh viện Hòa Lợi']),
        ('Bệnh viện Bình An được thành lập năm 1960. - Tháng 4/1976: đổi tên “Bệnh viện Đa khoa tỉnh Hòa Vân”.',
         ['establish[]->Bệnh viện Bình An', 'rename[Bệnh viện Bình An]->Bệnh viện Đa khoa tỉnh Hòa Vân']),
        # a decider before the verb is of another kind: the name after it is the body renamed
        ('UBND tỉnh đổi tên Trường THCS Hòa Lạc.', ['rename[Trường THCS Hòa Lạc]->None']),
        # undated, a line that opens with the verb names the body renamed, not its new name
        ('Đổi tên Bệnh viện Đa khoa huyện Tân Lạc, trực thuộc Sở Y tế.', ['rename[Bệnh viện Đa khoa huyện Tân Lạc]->None']),
    ],
    "members_founded_each_on_a_unit_placed_in_a_district": [
        ('Thành lập 2 xã mới gồm: xã Hòa Bình thuộc huyện Tân Lạc trên cơ sở điều chỉnh 500 ha diện tích tự nhiên của '
         'xã Hòa Lạc; xã Hòa Phú, thuộc huyện Kim Bôi trên cơ sở điều chỉnh 300 ha diện tích tự nhiên của xã Hòa An.',
         ['establish[]->None#2', 'establish[xã Hòa Lạc]->xã Hòa Bình', 'establish[xã Hòa An]->xã Hòa Phú']),
    ],
    "counts_that_say_where_or_who": [
        # the counts after "tại" say where the bodies were founded; members are people
        ('Năm qua, huyện thành lập được 31 chi bộ tại 17 doanh nghiệp, 8 HTX, 6 trường học.', ['establish[]->None#31']),
        ('Hội thành lập được 6 chi hội, trong đó 2 chi hội nghề nghiệp.', ['establish[]->None#6']),
        ('Hội đã thành lập CLB Cây cảnh với 45 hội viên.', ['establish[]->CLB Cây cảnh']),
        ('Giải thể 2 tòa án cấp tỉnh và 13 tòa án cấp huyện.', ['dissolve[]->None#2', 'dissolve[]->None#13']),
        # after a comma "gồm" lists the bodies counted, no breakdown
        ('Tỉnh dự kiến sáp nhập hai trường, gồm Trường Cao đẳng Y tế Hòa Vân và Trường Cao đẳng Sư phạm Hòa Vân.',
         ['merge[Trường Cao đẳng Y tế Hòa Vân | Trường Cao đẳng Sư phạm Hòa Vân]->None#2']),
    ],
    "a_subject_let_open_what_it_does_not_name": [
        ('Ngân hàng Tây Đô được mở thêm chi nhánh tại Cần Thơ.', []),
        ('Ngân hàng Tây Đô được thành lập năm 1992.', ['establish[]->Ngân hàng Tây Đô']),
    ],
    "a_paper_repealed_is_no_body_ended": [
        ('Chủ tịch UBND tỉnh đã bãi bỏ quyết định số 3189/QĐ-UBND năm 2021.', []),
        ('Bộ trưởng bãi bỏ quy định về thủ tục cấp phép.', []),
        ('Bộ Y tế bãi bỏ Trung tâm Giám định tỉnh Hòa Vân.', ['dissolve[Trung tâm Giám định tỉnh Hòa Vân]->None']),
    ],
    "headline_and_body_of_one_event": [
        # the headline founds what the body's merge forms, the body cut off before it says so
        ('Thành lập Hội Nghề cá tỉnh Hà Lâm\n\nUBND tỉnh cho phép hợp nhất Hội Nuôi trồng thủy sản, Hội Khai thác hải sản '
         'tỉnh thành H',
         ['merge[Hội Nuôi trồng thủy sản | Hội Khai thác hải sản tỉnh]->Hội Nghề cá tỉnh Hà Lâm']),
        # a brand in the headline, its full name in the body
        ('Chuyển giao SaoVietCom về Bộ Công Thương\n\nChính phủ đồng ý chuyển giao Tổng công ty Viễn thông SaoVietCom '
         'về Bộ Công Thương.',
         ['transfer[Tổng công ty Viễn thông SaoVietCom | Bộ Công Thương]->Bộ Công Thương']),
    ],
    "renamed_by_an_agent_of_the_passive": [
        ('Năm 1998, Trường Trung học Y tế Hòa Vân được Bộ Y tế đổi tên thành Trường Cao đẳng Y tế Hòa Vân.',
         ['rename[Trường Trung học Y tế Hòa Vân]->Trường Cao đẳng Y tế Hòa Vân']),
        ('Năm 1960, Đoàn Kịch Hà Lâm được thành lập, sau đó được Bộ Văn hóa đổi tên thành Nhà hát Kịch Hà Lâm.',
         ['establish[]->Đoàn Kịch Hà Lâm', 'rename[Đoàn Kịch Hà Lâm]->Nhà hát Kịch Hà Lâm']),
        ('Năm 1952, Đoàn Văn công Liên khu được thành lập, sau đó được Chủ tịch Hồ Chí Minh đổi tên thành Đoàn Ca múa '
         'nhân dân Trung ương.',
         ['establish[]->Đoàn Văn công Liên khu', 'rename[Đoàn Văn công Liên khu]->Đoàn Ca múa nhân dân Trung ương']),
    ],
    "handed_over_as_a_subsidiary_or_as_a_topic": [
        ('Bộ chuyển Công ty Cơ khí Hòa Vân về làm công ty con của Tổng công ty Máy động lực.',
         ['transfer[Công ty Cơ khí Hòa Vân | Tổng công ty Máy động lực]->Tổng công ty Máy động lực']),
        ('Riêng đối với Tổng công ty Bưu chính Hà Lâm, quyền đại diện chủ sở hữu sẽ được chuyển giao về Bộ Công Thương.',
         ['transfer[Tổng công ty Bưu chính Hà Lâm | Bộ Công Thương]->Bộ Công Thương']),
    ],
    "a_new_form_under_a_new_name": [
        ('Nông trường Hòa Vân đã chuyển sang mô hình Công ty TNHH MTV Nông nghiệp Hòa Vân.',
         ['rename[Nông trường Hòa Vân]->Công ty TNHH MTV Nông nghiệp Hòa Vân']),
        ('Lâm trường Hòa Vân sẽ chuyển sang mô hình công ty.', []),
    ],
    "who_founds_after_of": [
        # "thẩm quyền quyết định thành lập của Chính phủ": the government founds, it is not founded
        ('UBND tỉnh quyết định thành lập các đơn vị, trừ các đơn vị thuộc thẩm quyền quyết định thành lập của Chính '
         'phủ và Thủ tướng Chính phủ.', []),
        ('Năm 1955, Thủ tướng Chính phủ quyết định thành lập Ủy ban Dân tộc.', ['establish[]->Ủy ban Dân tộc']),
    ],
    "a_field_whose_first_word_is_a_verb": [
        ('Trung tâm Hỗ trợ khởi nghiệp và chuyển đổi số tỉnh Hòa Vân được thành lập trên cơ sở hợp nhất Trung tâm Tin '
         'học và Trung tâm Khởi nghiệp.',
         ['merge[Trung tâm Tin học | Trung tâm Khởi nghiệp]->Trung tâm Hỗ trợ khởi nghiệp và chuyển đổi số tỉnh Hòa Vân']),
    ],
    "one_founding_told_twice_or_a_unit_left_after_it": [
        # the name told again without the word that describes the body
        ('Quận ủy công bố quyết định thành lập Đảng bộ Trường Cao đẳng tư thục Hòa Bình.\n\nĐại diện Quận ủy trao Quyết '
         'định thành lập Đảng bộ Trường Cao đẳng Hòa Bình.', ['establish[]->Đảng bộ Trường Cao đẳng tư thục Hòa Bình']),
        # what the unit a new one was cut from keeps is no second founding
        ('Sau khi thành lập xã Hòa Phú, xã Hòa Bình còn lại 3.126 ha diện tích tự nhiên.', ['establish[]->xã Hòa Phú']),
    ],
    "wards_known_by_number_in_each_district": [
        # each district numbers its own wards: the same numbers merged in two districts are two merges
        ('- Quận 5 nhập phường 5, 6 thành phường 5.\n- Quận Bình Thạnh nhập phường 1, 3 thành phường 1; phường 5, 6 '
         'thành phường 5.',
         ['merge[phường 5 | phường 6]->phường 5', 'merge[phường 1 | phường 3]->phường 1',
          'merge[phường 5 | phường 6]->phường 5']),
        # told again without its district, the merge is the one told before
        ('Quận 3 sáp nhập phường 9 và phường 10 thành phường 9.\n\nTheo đó, phường 9 và phường 10 sáp nhập thành '
         'phường 9.', ['merge[phường 9 | phường 10]->phường 9']),
    ],
    "a_new_name_with_no_head": [
        ('CLB bóng đá Hòa Vân tiếp tục đổi tên thành Sunrise Hòa Vân Club.',
         ['rename[CLB bóng đá Hòa Vân]->Sunrise Hòa Vân Club']),
        ('CLB Hà Lâm cũng đã chuyển thành Hà Lâm United.', ['rename[CLB Hà Lâm]->Hà Lâm United']),
        ('Nhiều đội bóng đổi tên thành Hà Lâm United.', []),
    ],
    "justice_bodies_whose_fields_run_in_lower_case": [
        ('Thành lập Văn phòng Thừa phát lại Hòa Vân.', ['establish[]->Văn phòng Thừa phát lại Hòa Vân']),
        ('Trung tâm Trợ giúp pháp lý của Nhà nước tỉnh Hòa Vân được đổi tên thành Trung tâm Trợ giúp pháp lý Nhà nước '
         'tỉnh Hòa Vân.',
         ['rename[Trung tâm Trợ giúp pháp lý của Nhà nước tỉnh Hòa Vân]->Trung tâm Trợ giúp pháp lý Nhà nước tỉnh Hòa Vân']),
    ],
    "a_receipt_with_nobody_to_receive": [
        ('Ngày 22/3, UBND tỉnh Hòa Vân ban hành công văn về việc tiếp nhận Đội bóng đá hạng Nhất thuộc câu lạc bộ Bóng '
         'đá Hà Lâm về thi đấu cho tỉnh.', []),
        ('Sở Y tế tỉnh Hòa Vân tiếp nhận Bệnh viện Giao thông vận tải Hòa Vân.',
         ['transfer[Bệnh viện Giao thông vận tải Hòa Vân | Sở Y tế tỉnh Hòa Vân]->Sở Y tế tỉnh Hòa Vân']),
    ],
    "local_units_named_like_a_head": [
        # after a commune, capitals that read as a head ("Liên minh", "Đoàn kết") are another commune's name
        ('Sáp nhập các xã Mường Cang, Liên Minh thành xã Mường Cang.',
         ['merge[xã Mường Cang | xã Liên Minh]->xã Mường Cang']),
        ('Sáp nhập xã Hòa Bình, Đoàn Kết thành xã Hòa Kết.', ['merge[xã Hòa Bình | xã Đoàn Kết]->xã Hòa Kết']),
    ],
    "abbreviated_and_lower_case_heads": [
        ('Tỉnh sáp nhập BVĐK huyện Tân Lạc vào TTYT huyện Tân Lạc.',
         ['merge[BVĐK huyện Tân Lạc | TTYT huyện Tân Lạc]->TTYT huyện Tân Lạc']),
        ('Bộ quyết định sáp nhập trại tạm giam Hà Lâm vào trại tạm giam Hòa Vân.',
         ['merge[trại tạm giam Hà Lâm | trại tạm giam Hòa Vân]->trại tạm giam Hòa Vân']),
    ],
    "abbreviated_units_and_words_that_end_a_name": [
        ('Tỉnh sẽ sáp nhập H. Tây Sơn với H. Nam Sơn thành H. Tây Nam.', ['merge[H. Tây Sơn | H. Nam Sơn]->H. Tây Nam']),
        ('Sáp nhập TDP 2 vào TDP 1; sáp nhập TDP 3 và TDP 4 thành TDP 2.',
         ['merge[TDP 2 | TDP 1]->TDP 1', 'merge[TDP 3 | TDP 4]->TDP 2']),
        ('Đại hội thành lập Hội Cựu chiến binh xã Hòa Bình nhiệm kỳ 2023-2028.',
         ['establish[]->Hội Cựu chiến binh xã Hòa Bình']),
        # a council after a province word is no place: "sáp nhập tỉnh" is the act, "Quốc hội" who decides it
        ('Khi sáp nhập tỉnh Quốc hội có thẩm quyền quyết định đổi tên đơn vị hành chính.', []),
    ],
    "a_counted_group_closing_a_list_and_a_name_proposed": [
        ('Nhập phường Hòa Thu và 2 xã Hòa Mỹ, Hòa Xuân để thành 1 phường mới, tên gọi dự kiến là phường Hòa Điền.',
         ['merge[phường Hòa Thu | xã Hòa Mỹ | xã Hòa Xuân]->phường Hòa Điền']),
    ],
    "founded_by_a_minister_s_decision": [
        # the body after a minister's title decides; the one before the verb is founded
        ('Ngày 15/3/1989, theo Quyết định của Bộ trưởng Bộ Quốc phòng, Quân cảng Hòa Vân được thành lập.',
         ['establish[]->Quân cảng Hòa Vân']),
        ('Ngày 15/3/1989, theo Quyết định của Bộ trưởng Bộ Quốc phòng, đơn vị được thành lập.', []),
    ],
    "founded_on_a_part_taken_out": [
        # the founding is the event; the unit the part leaves is its source
        ('Xã Hòa Phú được thành lập năm 1981 trên cơ sở tách một phần diện tích và dân số của xã Hòa Lạc.',
         ['establish[xã Hòa Lạc]->Xã Hòa Phú']),
        ('Chia tách xã Hòa Lạc thành xã Hòa Phú và xã Hòa An.', ['split[xã Hòa Lạc]->None']),
    ],
    "a_part_taken_out_to_found_another": [
        # the part taken out or redrawn founds the new unit; the unit it leaves is the source, and goes on
        ('Tách 2.900 ha diện tích tự nhiên và 813 nhân khẩu của xã Hòa Lạc để thành lập xã Hòa Phú.',
         ['establish[xã Hòa Lạc]->xã Hòa Phú']),
        ('Năm 1994, một phần diện tích và dân số của xã Hòa Lạc được tách ra để thành lập thị trấn Hòa Phú.',
         ['establish[xã Hòa Lạc]->thị trấn Hòa Phú']),
        ('Điều chỉnh 6.900 ha diện tích tự nhiên và 813 nhân khẩu của xã Hòa Lạc để thành lập xã Hòa Phú.',
         ['establish[xã Hòa Lạc]->xã Hòa Phú']),
        ('UBND tỉnh giao 500 triệu đồng của xã Hòa Lạc để thành lập quỹ.', []),
        ('Xã Hòa Lạc được chia tách để thành lập xã Hòa Phú và xã Hòa An.', ['split[Xã Hòa Lạc]->None']),
        # a whole unit taken out of its district founds the new one, its source
        ('Năm 1965, thành lập huyện Hòa Tiến trên cơ sở tách xã Hòa Bắc thuộc huyện Hòa Lạc.',
         ['establish[xã Hòa Bắc]->huyện Hòa Tiến']),
        # a count of units taken out, then their names: every unit is a source of the new one
        ('Năm 1995, tách 3 xã: Hòa Bắc, Hòa Nam, Hòa Trung để thành lập huyện Hòa Tiến.',
         ['establish[xã Hòa Bắc | xã Hòa Nam | xã Hòa Trung]->huyện Hòa Tiến']),
        ('Năm 1995, tách 2 xã Hòa Bắc và Hòa Nam để thành lập thị trấn Hòa Tiến.',
         ['establish[xã Hòa Bắc | xã Hòa Nam]->thị trấn Hòa Tiến']),
    ],
    "into_a_unit_of_a_level_with_a_name_given": [
        # "thành đơn vị hành chính cấp xã (mới) có tên gọi là X": one unit, its level, then its name
        ('Tổ chức lại huyện đảo Hòa Sơn thành đơn vị hành chính cấp xã có tên gọi là đặc khu Hòa Sơn.',
         ['establish[huyện đảo Hòa Sơn]->đặc khu Hòa Sơn']),
        ('Sắp xếp xã Hòa Bình và xã Hòa Lạc thành đơn vị hành chính cấp xã mới có tên gọi là xã Hòa Phú.',
         ['merge[xã Hòa Bình | xã Hòa Lạc]->xã Hòa Phú']),
        ('Nhập xã Hòa Bình và xã Hòa Lạc thành đơn vị hành chính mới.', ['merge[xã Hòa Bình | xã Hòa Lạc]->None']),
    ],
    "pairs_merged_one_after_another": [
        # after a merge of two that forms a third, each further pair parted by a comma forms one more
        ('Ở huyện Hòa Sơn, sáp nhập xã Hòa Thới với thị trấn Châu Ổ thành thị trấn Châu Ổ, xã Hòa Phú với xã Hòa Tân '
         'thành xã Hòa Tân Phú.',
         ['merge[xã Hòa Thới | thị trấn Châu Ổ]->thị trấn Châu Ổ', 'merge[xã Hòa Phú | xã Hòa Tân]->xã Hòa Tân Phú']),
        ('Hợp nhất Trường A và Trường B thành Trường C, Trường D thành lập năm 1990.',
         ['merge[Trường A | Trường B]->Trường C', 'establish[]->Trường D']),
    ],
    "handed_over_to_form_a_third": [
        ('Ban Tôn giáo được chuyển về Ban Dân tộc để thành lập Ban Dân tộc và Tôn giáo.',
         ['merge[Ban Tôn giáo | Ban Dân tộc]->Ban Dân tộc và Tôn giáo']),
        ('Trung tâm Dân số được chuyển về Trung tâm Y tế huyện Tân Lạc.',
         ['transfer[Trung tâm Dân số | Trung tâm Y tế huyện Tân Lạc]->Trung tâm Y tế huyện Tân Lạc']),
    ],
    "a_headline_founding_what_the_body_merges": [
        # the headline founds the centres by their places; the body merges two units into each, named with its level
        ('Thành lập Trung tâm Văn hóa và Truyền thông Tân Lạc, Kim Bôi\n\nTỉnh phê duyệt đề án hợp nhất Trung tâm Văn '
         'hóa - Thể thao và Đài Truyền thanh huyện thành Trung tâm Văn hóa và Truyền thông huyện Kim Bôi.',
         ['establish[]->Trung tâm Văn hóa và Truyền thông Tân Lạc',
          'merge[Trung tâm Văn hóa - Thể thao | Đài Truyền thanh huyện]->Trung tâm Văn hóa và Truyền thông huyện Kim Bôi']),
    ],
    "a_body_that_praises_is_named_before_its_verb": [
        # the association that praises is no body founded; the group it praises is named by no name
        ('Phát biểu tại buổi lễ ra mắt, Hội Nông dân huyện đánh giá cao việc chuẩn bị và thành lập, ra mắt tổ hội nghề '
         'nghiệp của Hội Nông dân xã Hòa Hiệp.', []),
    ],
    "a_table_flattened_with_a_region_column": [
        # each row opens with its number and the city it lies in, then the old and the new name
        ('Số TT Khu vực Tên bệnh viện cũ Tên bệnh viện mới 1 Hà Lâm Bệnh viện Quận 1 Bệnh viện đa khoa Tân An 2 Hà Lâm '
         'Bệnh viện Quận 4 Bệnh viện đa khoa Khánh Hòa',
         ['rename[Bệnh viện Quận 1]->Bệnh viện đa khoa Tân An', 'rename[Bệnh viện Quận 4]->Bệnh viện đa khoa Khánh Hòa']),
        ('Số TT Tên bệnh viện cũ Tên bệnh viện mới 1 Bệnh viện Quận 1 Bệnh viện đa khoa Tân An',
         ['rename[Bệnh viện Quận 1]->Bệnh viện đa khoa Tân An']),
        # the province as it was before the merge of provinces labels a row, one row a line
        ('Khu vựcTên cũTên mới\nHà Lâm cũ Bệnh viện quận 1 Bệnh viện đa khoa Tân An\n'
         '  Bệnh viện quận 4Bệnh viện đa khoa Khánh Hòa',
         ['rename[Bệnh viện quận 1]->Bệnh viện đa khoa Tân An', 'rename[Bệnh viện quận 4]->Bệnh viện đa khoa Khánh Hòa']),
    ],
    "counts_after_joined_verbs_of_a_state": [
        ('Số đơn vị hành chính cấp xã sau sáp nhập, hợp nhất là 24 xã và 3 phường.', []),
        ('Tỉnh đã sáp nhập, hợp nhất 24 xã.', ['merge[]->None#24']),
    ],
    "ended_or_redrawn_to_found_another": [
        # the units dissolved, or whose bounds are redrawn, for a founding are what it is founded on
        ('Giải thể phường Tân Thành (thị xã Hà Lâm) để thành lập xã Tân Thành.',
         ['dissolve[phường Tân Thành]->None', 'establish[phường Tân Thành]->xã Tân Thành']),
        ('Giải thể Trường Tiểu học Bình An và Trường THCS Bình An để thành lập Trường TH&THCS Bình An.',
         ['dissolve[Trường Tiểu học Bình An | Trường THCS Bình An]->None',
          'establish[Trường Tiểu học Bình An | Trường THCS Bình An]->Trường TH&THCS Bình An']),
        ('Tỉnh điều chỉnh địa giới hành chính xã Bản Mế, xã Lùng Sui để mở rộng và thành lập thị trấn Cán Cấu.',
         ['establish[xã Bản Mế | xã Lùng Sui]->thị trấn Cán Cấu']),
        # a plan in general names no unit ended
        ('Tỉnh sẽ giải thể các đơn vị yếu kém để thành lập các đơn vị mới.', []),
    ],
    "founded_under_a_first_name_after_its_decision": [
        # the decision a founding is told by stands between the verb and the name the body was founded under
        ('Trường Cao đẳng Hà Lâm tiền thân là Trường Trung học Hà Lâm, được thành lập theo quyết định số 205 NN/QĐ '
         'ngày 27/04/1962 của Tổng cục Lâm nghiệp, với tên gọi ban đầu là Trường Sơ cấp Kỹ thuật Hà Lâm.',
         ['establish[]->Trường Sơ cấp Kỹ thuật Hà Lâm']),
        ('Bệnh viện được thành lập theo Quyết định số 12/QĐ-UB ngày 3/5/1980 của UBND tỉnh, với tên gọi Bệnh viện Đa '
         'khoa khu vực Đông Sơn.', ['establish[]->Bệnh viện Đa khoa khu vực Đông Sơn']),
    ],
    "an_act_named_as_a_process": [
        # the units going through a merger are no count of units merged
        ('Ông Lê Văn Tâm đánh giá cao nỗ lực của 2 đơn vị trong quá trình hợp nhất.', []),
        # the act named as a time
        ('Tổng biên chế của hai ban tại thời điểm hợp nhất được giữ nguyên.', []),
        ('Tỉnh sẽ hợp nhất hai ban vào thời điểm thích hợp.', ['merge[]->None#2']),
        ('Ba trường trong tiến trình sáp nhập đều giữ ổn định số học sinh.', []),
        # the process of merging counted units under way is a merge proposed
        ('Tiến trình sáp nhập 3 trường đang được tỉnh xem xét.', ['merge[]->None#3']),
    ],
    "a_counted_merge_named_in_the_next_sentence": [
        # the headline counts the bodies that the body of the article names: one merge
        ('Thủ tướng thành lập Ban Quản lý Khu kinh tế tỉnh Hà Lâm trên cơ sở hợp nhất hai ban quản lý. Theo quyết định, '
         'Ban Quản lý Khu kinh tế tỉnh Hà Lâm được thành lập trên cơ sở hợp nhất Ban Quản lý các Khu công nghiệp tỉnh Hà '
         'Lâm và Ban Quản lý Khu kinh tế Nam Hà Lâm.',
         ['merge[Ban Quản lý các Khu công nghiệp tỉnh Hà Lâm | Ban Quản lý Khu kinh tế Nam Hà Lâm]->Ban Quản lý Khu '
          'kinh tế tỉnh Hà Lâm']),
    ],
    "a_body_of_the_province_named_twice": [
        # the province's library named with and without the province's name is one founding; two committees whose
        # names share their first words are two
        ('Ngày 5/6/1978, Thư viện Long Hà được thành lập. Quyết định số 1101 về việc thành lập Thư viện tỉnh.',
         ['establish[]->Thư viện Long Hà']),
        ('Năm 1945, Chính phủ thành lập Ban Thanh tra đặc biệt. Năm 1976, UBND tỉnh thành lập Ban Thanh tra tỉnh.',
         ['establish[]->Ban Thanh tra đặc biệt', 'establish[]->Ban Thanh tra tỉnh']),
    ],
    "a_list_of_merges_one_new_unit_a_line": [
        # the new unit, the word that lists what it holds and a colon, then the merge or only its members
        ('Phường Hòa Bình, gồm: sáp nhập các phường Yên Thế, Đống Đa và xã Trà Đa.\n'
         'Phường Thắng Lợi, gồm: phường Tây Sơn, Hội Thương, Hội Phú và xã Diên Phú.',
         ['merge[phường Yên Thế | phường Đống Đa | xã Trà Đa]->Phường Hòa Bình',
          'merge[phường Tây Sơn | phường Hội Thương | phường Hội Phú | xã Diên Phú]->Phường Thắng Lợi']),
        # without a merge before it, such a line only says what a unit holds
        ('Huyện Hòa Vang gồm: xã Hòa Phú, xã Hòa Sơn và thị trấn Hòa Bình.', []),
        # a line that goes on after its list describes the unit
        ('Sáp nhập xã Hòa Sơn vào huyện Hòa Vang. Huyện Hòa Vang gồm: xã Hòa Phú, xã Hòa Sơn và thị trấn Hòa Bình có '
         'diện tích 700 km2.', ['merge[xã Hòa Sơn | huyện Hòa Vang]->huyện Hòa Vang']),
    ],
    "founded_where_it_stands": [
        # a place after the verb that closes the clause: the body before the verb was founded there
        ('Lữ đoàn 175 thành lập tại thị xã Tam Hà, đóng quân trên địa bàn tỉnh Hà Lâm.', ['establish[]->Lữ đoàn 175']),
        ('Trường Tiểu học Hòa An thành lập tại xã Hòa An năm 1990.', ['establish[]->Trường Tiểu học Hòa An']),
        # a founder of bodies elsewhere
        ('Bộ Giáo dục đã thành lập tại các tỉnh hệ thống các trường dân tộc nội trú.', []),
    ],
    "counted_with_a_noun_for_any_body": [
        # "tổ chức", "đơn vị": the noun names none of the bodies listed after it
        ('Hội nghị hợp nhất 3 tổ chức: Liên minh Nông dân Bắc, Liên minh Nông dân Trung và Liên minh Nông dân Nam.',
         ['merge[Liên minh Nông dân Bắc | Liên minh Nông dân Trung | Liên minh Nông dân Nam]->None#3']),
        ('Sở giải thể 3 đơn vị: Hòa An, Hòa Bình và Hòa Phú.', ['dissolve[Hòa An | Hòa Bình | Hòa Phú]->None#3']),
    ],
    "founded_out_of_another": [
        # a body founded on what is taken out of another: founded from it, no split
        ('Huyện Như Lâm được thành lập trên cơ sở chia tách từ huyện Như Hà.', ['establish[huyện Như Hà]->Huyện Như Lâm']),
        ('Huyện Đông Hà (nay là thị xã Đông Hà) được thành lập năm 2005 trên cơ sở tách ra từ huyện Tuy Hà.',
         ['establish[huyện Tuy Hà]->Huyện Đông Hà']),
        ('Chia tách huyện Như Hà thành hai huyện.', ['split[huyện Như Hà]->None']),
    ],
    "a_member_with_what_it_is_now": [
        # a bracket that says what a member is called now is no member
        ('Sáp nhập hai tỉnh Nam Hà (nay là Hà Nam) và Ninh Lâm thành tỉnh Hà Nam Lâm.',
         ['merge[tỉnh Nam Hà | tỉnh Ninh Lâm]->tỉnh Hà Nam Lâm#2']),
        ('Sáp nhập tỉnh Nam Hà (nay là tỉnh Hà Nam) và tỉnh Ninh Lâm thành tỉnh Hà Nam Lâm.',
         ['merge[tỉnh Nam Hà | tỉnh Ninh Lâm]->tỉnh Hà Nam Lâm']),
    ],
    "bodies_merged_said_to_be_gone": [
        # the units a merge took in, listed as no longer existing: the merge told again
        ('Hợp nhất 2 xã Phước Lâm và Bình Lâm thành xã Phước Bình.\n* Đơn vị hành chính cũ không còn tồn tại là:\n-\n'
         'Xã Bình Lâm\n-\nXã Phước Lâm', ['merge[xã Phước Lâm | xã Bình Lâm]->xã Phước Bình#2']),
        # dissolving one of them is an act of its own
        ('Hợp nhất 2 xã Phước Lâm và Bình Lâm thành xã Phước Bình. Giải thể xã Phước Lâm.',
         ['merge[xã Phước Lâm | xã Bình Lâm]->xã Phước Bình#2', 'dissolve[xã Phước Lâm]->None']),
    ],
    "new_units_formed_from_counted_ones": [
        # where the counted units lie is no part of their names; a new unit's name in quotes after "mới"
        ('Tại TP Đà Lâm, phường mới “Sơn Hà 2” được lập từ ba phường ven biển gồm Mân Hòa, Thọ Lâm, Nại Hiên Tây.',
         ['merge[phường Mân Hòa | phường Thọ Lâm | phường Nại Hiên Tây]->phường Sơn Hà 2#3']),
        ('Tỉnh sáp nhập 3 xã biên giới: Hòa An, Hòa Phú và Hòa Sơn thành xã Hòa Biên.',
         ['merge[xã Hòa An | xã Hòa Phú | xã Hòa Sơn]->xã Hòa Biên#3']),
        # an anniversary after a unit founded is no unit
        ('Nhân ngày công bố thành lập Thị xã Ngã Hòa và Kỷ niệm 39 năm ngày giải phóng, tỉnh khởi công tượng đài.',
         ['establish[]->Thị xã Ngã Hòa']),
    ],
    "histories_of_the_colonial_era": [
        ('Năm 1938, Hôpital Indigene de Hòa Lâm đổi tên thành Hôpital Lalung Hòa Lâm.',
         ['rename[Hôpital Indigene de Hòa Lâm]->Hôpital Lalung Hòa Lâm']),
        ('Nhà thương Hòa Lâm được đổi tên thành Bệnh viện Đa khoa Hòa Lâm.',
         ['rename[Nhà thương Hòa Lâm]->Bệnh viện Đa khoa Hòa Lâm']),
    ],
    "a_merge_joined_to_another_verb": [
        # a verb joined to the merge acts on the same bodies
        ('Hội đồng trường thành lập Trường Ngoại ngữ - Du lịch trên cơ sở sáp nhập và phát triển Khoa Ngoại ngữ và khoa '
         'Du lịch.', ['merge[Khoa Ngoại ngữ | khoa Du lịch]->Trường Ngoại ngữ - Du lịch']),
        ('Tỉnh sáp nhập và nâng cấp Trạm Y tế xã Hòa An và Trạm Y tế xã Hòa Bình thành Phòng khám đa khoa khu vực Hòa An.',
         ['merge[Trạm Y tế xã Hòa An | Trạm Y tế xã Hòa Bình]->Phòng khám đa khoa khu vực Hòa An']),
        ('Ngành y tế sẽ tiếp tục sáp nhập và phát triển mạng lưới.', []),
    ],
    "clinics_told_again_as_a_group": [
        # clinics named in lower case, then pointed back to by count and a word for "above"
        ('Năm 1945, bệnh viện tách thành hai phòng khám Hàm Lâm và phòng khám Nam Lâm. Năm 1957, hai phòng khám nêu trên '
         'sáp nhập lại thành bệnh viện Chợ Lâm.', ['merge[phòng khám Hàm Lâm | phòng khám Nam Lâm]->bệnh viện Chợ Lâm#2']),
        ('Bệnh nhân đến phòng khám để được tư vấn.', []),
    ],
    "abbreviated_heads_shared_by_bare_members": [
        # the abbreviation written onto the first name is shared as written, not the first name's first syllable
        ('Sáp nhập P.Hòa An Tây và Cẩm Lâm thành P.Hòa An Đông.', ['merge[P.Hòa An Tây | P.Cẩm Lâm]->P.Hòa An Đông']),
        ('Sáp nhập TP.Hòa Bình, Hòa An vào tỉnh Hà Lâm.', ['merge[TP.Hòa Bình | TP.Hòa An | tỉnh Hà Lâm]->tỉnh Hà Lâm']),
    ],
    "a_subject_listed_with_commas_only": [
        # the list ends at the verb it is the subject of, though a word of time stands between
        ('Xã Long Hòa, xã Bù Lâm, xã Long Hà sẽ sáp nhập vào thị xã Phước Lâm.',
         ['merge[Xã Long Hòa | xã Bù Lâm | xã Long Hà | thị xã Phước Lâm]->thị xã Phước Lâm']),
        ('Ba xã gồm Long Hòa, Bù Lâm, Long Hà đã sáp nhập vào thị xã Phước Lâm.',
         ['merge[xã Long Hòa | xã Bù Lâm | xã Long Hà | thị xã Phước Lâm]->thị xã Phước Lâm#3']),
        # "cũng": a body doing as another did, in a clause of its own
        ('Ngoài Trường ĐH Công nghiệp Hà Lâm, Trường ĐH Kinh tế Hà Lâm cũng dự kiến chuyển thành ĐH Kinh tế Hà Lâm.',
         ['rename[Trường ĐH Kinh tế Hà Lâm]->ĐH Kinh tế Hà Lâm']),
    ],
    "units_put_together": [
        # "hợp lại thành": put together into one
        ('Ba xã Hòa An, Hòa Bình và Hòa Phú hợp lại thành xã Hòa Sơn.',
         ['merge[xã Hòa An | xã Hòa Bình | xã Hòa Phú]->xã Hòa Sơn#3']),
        # "trường hợp" (a case), "tổng hợp" (to sum up): the syllable closes another word
        ('Có 2 trường hợp lại được xét duyệt.', []),
        ('Các ý kiến được tổng hợp lại để trình Bộ.', []),
    ],
    "a_unit_that_came_into_being": [
        # "ra đời": the unit before it is what comes into being, not who founds (as with "thành lập")
        ('Tỉnh Tân Phú chính thức ra đời năm 1991.', ['establish[]->Tỉnh Tân Phú']),
        ('UBND tỉnh Tân Phú thành lập Ban Quản lý dự án.', ['establish[]->Ban Quản lý dự án']),
    ],
    "a_clause_after_what_a_merge_formed": [
        # the unit after "thành" closes the first clause; the party cells after the comma merge on their own
        ('Năm 1971, hai xã Tân An và Kim Sơn hợp nhất lại thành xã Tân Sơn, chi bộ Tân An và chi bộ Kim Sơn được '
         'hợp nhất để thành lập Đảng bộ Tân Sơn.',
         ['merge[xã Tân An | xã Kim Sơn]->xã Tân Sơn#2', 'merge[chi bộ Tân An | chi bộ Kim Sơn]->Đảng bộ Tân Sơn']),
    ],
    "a_new_unit_formed_from_bare_places": [
        # the places listed bare after "từ sáp nhập" are units of the new one's kind
        ('- Phường Tân Hòa mới từ sáp nhập Hiệp Thành và Tân Thới; trụ sở đặt tại phường Tân Thới (cũ).',
         ['merge[phường Hiệp Thành | phường Tân Thới]->Phường Tân Hòa']),
        ('Phường An Lạc mới được hình thành từ sáp nhập An Phú, An Khánh và Bình An.',
         ['merge[phường An Phú | phường An Khánh | phường Bình An]->Phường An Lạc']),
        ('Phường An Lạc mới từ sáp nhập đến nay hoạt động ổn định.', []),
    ],
    "units_called_what_they_are_before_their_names": [
        # "đơn vị hành chính" before the units merged only says what they are
        ('Thành lập xã Tân Hòa trên cơ sở nhập đơn vị hành chính xã Tân An, xã Bình Phú và thị trấn Sa Lâm.',
         ['merge[xã Tân An | xã Bình Phú | thị trấn Sa Lâm]->xã Tân Hòa']),
        ('Thành lập phường An Hòa trên cơ sở sáp nhập các đơn vị hành chính phường An Lạc và phường An Phú.',
         ['merge[phường An Lạc | phường An Phú]->phường An Hòa']),
    ],
    "a_school_told_with_its_levels_short": [
        # the headline's founding and the body's merge name one school, its levels written short and in full
        ('Huyện Tân Sơn thành lập Trường TH&THCS Hòa Lạc. Trường Tiểu học và Trung học cơ sở Hòa Lạc được thành lập '
         'trên cơ sở hợp nhất Trường Tiểu học Hòa Lạc và Trường THCS Hòa Lạc.',
         ['merge[Trường Tiểu học Hòa Lạc | Trường THCS Hòa Lạc]->Trường Tiểu học và Trung học cơ sở Hòa Lạc']),
    ],
    "a_body_told_again_with_another_field": [
        # "Trường A" founded, then merged with another into "Trường A và B": another body, not A's name in full
        ('Năm 1959, Chính phủ thành lập Trường Hành chính. Năm 1980, sáp nhập Trường Hành chính và Trường Kinh tế '
         'thành Trường Hành chính và Kinh tế.',
         ['establish[]->Trường Hành chính',
          'merge[Trường Hành chính | Trường Kinh tế]->Trường Hành chính và Kinh tế']),
    ],
    "a_body_come_out_of_another_of_its_kind": [
        # the association of a province restored comes out of the joint one; both are foundings of their own
        ('Năm 1991, Hội Khuyến học tỉnh Hà Sơn - Tân An được thành lập. Năm 1997, Hội Khuyến học tỉnh Hà Sơn được '
         'tách ra từ Hội Khuyến học tỉnh Hà Sơn - Tân An.',
         ['establish[]->Hội Khuyến học tỉnh Hà Sơn - Tân An',
          'establish[Hội Khuyến học tỉnh Hà Sơn - Tân An]->Hội Khuyến học tỉnh Hà Sơn']),
    ],
    "a_body_of_a_kind_founded_by_each_of_a_count": [
        # each of the units counted before the verb founds one committee of the kind named
        ('Đến nay đã có 27 tỉnh, thành phố thành lập Ban Chỉ đạo cấp tỉnh về phòng, chống lãng phí.',
         ['establish[]->Ban Chỉ đạo cấp tỉnh về phòng, chống lãng phí#27']),
        ('34 địa phương đã quyết định thành lập Ban Chỉ đạo phòng, chống thiên tai.',
         ['establish[]->Ban Chỉ đạo phòng, chống thiên tai#34']),
        # a body with a name of its own is one body, whoever founds it
        ('Trong năm, 3 xã đã thành lập Hợp tác xã Nông nghiệp Tân An.', ['establish[]->Hợp tác xã Nông nghiệp Tân An']),
    ],
    "counted_units_told_where_they_lie": [
        # which part of the province the counted units lie in, and whose they are: no part of their names
        ('Thành lập huyện Lạc Sơn trên cơ sở sáp nhập 3 huyện phía tây của tỉnh gồm Lạc Sơn, Kim Bôi, Tân Lạc.',
         ['merge[huyện Lạc Sơn | huyện Kim Bôi | huyện Tân Lạc]->huyện Lạc Sơn#3']),
        ('Sáp nhập 2 xã miền núi của huyện gồm Tân Lạc và Tân Sơn thành xã Tân Hòa.',
         ['merge[xã Tân Lạc | xã Tân Sơn]->xã Tân Hòa#2']),
    ],
    "counted_bodies_merged_to_found_one": [
        # the founding right after "vào" or a purpose word is what the counted merge forms
        ('Năm 1956, nhập bảy xã của tổng Đông Sơn vào thành lập xã Đông Hưng.', ['merge[]->xã Đông Hưng#7']),
        ('Năm 1956, nhập ba thôn lại để thành lập thôn Đông Hưng.', ['merge[]->thôn Đông Hưng#3']),
        # after a comma the founding is news of its own
        ('Năm 2020, huyện sáp nhập 20 trường, thành lập mới Trường Tiểu học Đông Hưng.',
         ['merge[]->None#20', 'establish[]->Trường Tiểu học Đông Hưng']),
    ],
    "a_later_name_after_a_merge": [
        # "sau" (later): the merge formed the first name, the rename is a step of its own
        ('Năm 1950, xã Tân An nhập với xã Phú Lộc thành xã Tân Phú, sau đổi tên thành xã Hòa Bình.',
         ['merge[xã Tân An | xã Phú Lộc]->xã Tân Phú', 'rename[xã Tân Phú]->xã Hòa Bình']),
        # told as one act, the merge forms the new name
        ('Sáp nhập xã Tân An vào xã Phú Lộc, đổi tên xã Phú Lộc thành xã Hòa Bình.',
         ['merge[xã Tân An | xã Phú Lộc]->xã Hòa Bình']),
    ],
    "what_happened_to_a_body_in_brackets": [
        # "(giải thể)" after a name labels the body by an end told elsewhere: no event of its own
        ('Xã Tân Lập mới có 200 ha của xã Quang Minh (giải thể) và 300 ha của xã Lạc Sơn.', []),
        ('Trường Tiểu học Hòa Bình (đã sáp nhập) có 300 học sinh.', []),
        # a bracket that tells where a unit came from is an event
        ('Phường Tân An (sáp nhập từ phường 1 và phường 2) có 40.000 dân.',
         ['merge[phường 1 | phường 2]->Phường Tân An']),
        # bare names merged in the bracket: units of the level of the unit they formed
        ('Năm 1969, Chính phủ hợp nhất các huyện của tỉnh thành 5 huyện gồm: huyện Vũ Lạc (Vũ Tiên sáp nhập với Lạc '
         'Trì), huyện Kiến Xương, huyện Thái Sơn (Thụy Sơn sáp nhập với Thái Ninh).',
         ['merge[huyện Vũ Tiên | huyện Lạc Trì]->huyện Vũ Lạc', 'merge[huyện Thụy Sơn | huyện Thái Ninh]->huyện Thái Sơn']),
        # a bracket that only places the unit is no merge
        ('Huyện Vũ Lạc (Lạc Sơn) có 30 xã.', []),
    ],
    "a_region_that_opens_the_next_clause": [
        # a region after a comma is where the next body was founded, no member sharing the head before it
        ('Năm 1945, ở Bắc Bộ thành lập Sở Cảnh vệ, Trung Bộ lập Sở Tuần tra.',
         ['establish[]->Sở Cảnh vệ', 'establish[]->Sở Tuần tra']),
        # a region replaces the region a name ended in
        ('Năm 1946, Sở Công an Bắc Bộ, Trung Bộ được thành lập.',
         ['establish[]->Sở Công an Bắc Bộ', 'establish[]->Sở Công an Trung Bộ']),
    ],
    "a_proposer_after_the_body_it_speaks_of": [
        # a body after a comma that proposes or reports speaks in a clause of its own
        ('Trong đề án giải thể Trường Trung cấp Lạc Sơn, Trường Cao đẳng Nghề Lạc Sơn đề xuất giữ lại khu ký túc xá.',
         ['dissolve[Trường Trung cấp Lạc Sơn]->None']),
        ('Sau khi sáp nhập Trạm Y tế xã An Hòa vào Trạm Y tế xã An Phú, Trung tâm Y tế huyện kiến nghị bổ sung bác sĩ.',
         ['merge[Trạm Y tế xã An Hòa | Trạm Y tế xã An Phú]->Trạm Y tế xã An Phú']),
    ],
    "higher_education_as_a_level": [
        ('Trường là cơ sở đầu tiên của hệ thống giáo dục đại học Việt Nam được thành lập theo mô hình mới.', []),
        ('Tỉnh thành lập Trường Đại học Lạc Sơn để đào tạo đại học cho vùng núi.', ['establish[]->Trường Đại học Lạc Sơn']),
    ],
    "bank_offices_counted_loosely_or_for_a_while": [
        # a count stressed with "tới" is a count; a rough one ("gần trăm") names no number, and who closes is no body closed
        ('Riêng năm 2024, ngân hàng này đã chấm dứt hoạt động tới 45 điểm giao dịch.', ['dissolve[]->None#45']),
        ('Ngân hàng TMCP Sông Lam đã đóng cửa gần trăm phòng giao dịch kể từ năm ngoái.', []),
        ('Công ty Lạc Sơn giải thể gần 10 chi nhánh.', []),
        # closed for a while
        ('Từ ngày 2/8, Ngân hàng Sông Lam tạm thời đóng cửa các chi nhánh Sông Lam tại TP HCM.', []),
        # what a subject has, listed before its next act, counts no bodies founded
        ('Ngân hàng có 60 phòng giao dịch cấp huyện, 870 điểm giao dịch cấp xã, thành lập và quản lý hơn 19 nghìn tổ '
         'vay vốn.', []),
        ('Huyện có 12 trường, sáp nhập thành 6 trường.', ['merge[]->None#12']),
        # the whole system of a bank merged into another
        ('Ngân hàng Nhà nước chấp thuận việc sáp nhập toàn hệ thống SongLamBank vào LacSonBank.',
         ['merge[SongLamBank | LacSonBank]->LacSonBank']),
    ],
    "founded_in_the_words_of_old_decrees": [
        ('Năm 1946, Chủ tịch ký sắc lệnh đặt ra Sở Thuế quan Lạc Sơn.', ['establish[]->Sở Thuế quan Lạc Sơn']),
        ('Tình hình đặt ra yêu cầu mới cho Sở Y tế.', []),
        ('Chính phủ ra sắc lệnh thành lập và chỉ định người đứng đầu Nha Lưu trữ Quốc gia.',
         ['establish[]->Nha Lưu trữ Quốc gia']),
        ('Bộ Quốc phòng triển khai thành lập khung Vùng Cảnh sát biển 5.', ['establish[]->Vùng Cảnh sát biển 5']),
    ],
    "the_forces_of_the_army_and_the_sea": [
        ('Năm 2010, Vùng Cảnh sát biển 4 đổi tên gọi thành Vùng Cảnh sát biển 3.',
         ['rename[Vùng Cảnh sát biển 4]->Vùng Cảnh sát biển 3']),
        ('Bộ ký quyết định bàn giao Cục Tuần tra biển từ Quân chủng Hải quân về trực thuộc Bộ Quốc phòng.',
         ['transfer[Cục Tuần tra biển | Bộ Quốc phòng]->Bộ Quốc phòng']),
    ],
    "one_clause_after_another_in_a_history": [
        # after an ending, a unit that undergoes the next act in the passive opens a clause of its own
        ('Năm 1969, giải thể huyện Lạc Sơn, xã Tân An được sáp nhập vào huyện Bình Sơn.',
         ['dissolve[huyện Lạc Sơn]->None', 'merge[xã Tân An | huyện Bình Sơn]->huyện Bình Sơn']),
        # two renames told from the former names, one after the other
        ('Xã Tân Lạc được đổi tên từ xã Văn Lạc và xã Văn Bình được đổi tên từ xã Tân Bình vào năm 1964.',
         ['rename[xã Văn Lạc]->Xã Tân Lạc', 'rename[xã Tân Bình]->xã Văn Bình']),
    ],
    "a_head_whose_field_is_in_lower_case": [
        ('Năm 1993, UBND tỉnh ra quyết định đổi tên Ban khoa học - kỹ thuật thành Sở Khoa học và Công nghệ tỉnh Lạc Sơn.',
         ['rename[Ban khoa học - kỹ thuật]->Sở Khoa học và Công nghệ tỉnh Lạc Sơn']),
        ('Tỉnh sáp nhập Ban kinh tế ngân sách vào Văn phòng HĐND tỉnh.',
         ['merge[Ban kinh tế ngân sách | Văn phòng HĐND tỉnh]->Văn phòng HĐND tỉnh']),
        # a trade whose first word is a verb elsewhere stays in the name
        ('Năm 1996, Thủ tướng ký quyết định thành lập Tổng công ty Công nghiệp đóng tàu Lạc Sơn.',
         ['establish[]->Tổng công ty Công nghiệp đóng tàu Lạc Sơn']),
    ],
    "land_taken_out_to_found_a_unit": [
        # land or people of a unit taken out to found another: the founding, on the unit they came from
        ('Năm 2011, 2.900 ha diện tích tự nhiên của xã Tân Lạc được tách ra để thành lập thị trấn Bình Sơn.',
         ['establish[xã Tân Lạc]->thị trấn Bình Sơn']),
        ('Năm 2011, tách 1.518,5 ha diện tích tự nhiên của xã Tân Lạc để thành lập thị trấn Bình Sơn.',
         ['establish[xã Tân Lạc]->thị trấn Bình Sơn']),
        # bare names of new communes, each out of the commune after "từ"
        ('Năm 1981, lập thêm các xã mới: Tân Hòa, Vĩnh Lạc tách từ xã Ngọc Sơn; Tân Bình và Hiệp Hòa tách từ xã '
         'Thạnh Lộc.', ['establish[xã Ngọc Sơn]->xã Tân Hòa', 'establish[xã Ngọc Sơn]->xã Vĩnh Lạc',
                        'establish[xã Thạnh Lộc]->xã Tân Bình', 'establish[xã Thạnh Lộc]->xã Hiệp Hòa']),
    ],
    "a_list_of_renames_pair_after_pair": [
        ('Danh sách bệnh viện được đề xuất đổi tên như sau:\nBệnh viện quận 2 thành Bệnh viện An Lạc, Bệnh viện quận 5 '
         'thành Bệnh viện Chợ Quán, Bệnh viện quận 9 thành Bệnh viện Phước Long.',
         ['rename[Bệnh viện quận 2]->Bệnh viện An Lạc', 'rename[Bệnh viện quận 5]->Bệnh viện Chợ Quán',
          'rename[Bệnh viện quận 9]->Bệnh viện Phước Long']),
    ],
    "places_listed_where_bodies_are_founded": [
        # the lines after "tại các đơn vị hành chính sau:" say where, they name no body founded
        ('Tỉnh cho phép thành lập 3 phòng công chứng tại các đơn vị hành chính sau: thành phố Lạc Sơn; thị xã Bình An; '
         'huyện Tân Lạc.', ['establish[]->None#3']),
    ],
    "who_issued_the_decision_a_body_was_founded_by": [
        ('Theo Quyết định số 256/TTg của Thủ tướng Chính phủ, Giấy Lạc Sơn được thành lập.', []),
        ('Thực hiện Quyết định số 131/2002/QĐ – TTg của Thủ tướng Chính phủ, Ngân hàng Chính sách Lạc Sơn được thành lập.',
         ['establish[]->Ngân hàng Chính sách Lạc Sơn']),
    ],
    "a_new_unit_labelled_before_where_it_comes_from": [
        ('Các thay đổi cụ thể:\nPhường Tân An: Nhập từ phường Tân Lạc và 2 xã Bình Sơn, Bình Lạc.',
         ['merge[phường Tân Lạc | xã Bình Sơn | xã Bình Lạc]->Phường Tân An']),
        ('Xã Đan Lạc: Nhập từ 3 xã Quảng Lạc, Quảng Bình, Quảng Sơn.',
         ['merge[xã Quảng Lạc | xã Quảng Bình | xã Quảng Sơn]->Xã Đan Lạc#3']),
        # goods bought in from a company are no merge
        ('Công ty nhập từ Công ty Sông Lam 200 tấn hàng.', []),
    ],
    "party_cells_merged_into_a_committee": [
        # the committee founded in the headline is what the cells merged in the body form; told twice, one merge
        ('Thị ủy Lạc Sơn công bố quyết định thành lập Đảng bộ Trung tâm Y tế thị xã Lạc Sơn.\n\nTheo đó, Đảng bộ bao '
         'gồm 60 đảng viên, được thành lập trên cơ sở sáp nhập 2 chi bộ đảng là Bệnh viện Đa khoa và Trung tâm Y tế '
         'thị xã. Việc sáp nhập 2 Chi bộ Trung tâm Y tế và Bệnh viên Đa khoa có ý nghĩa quan trọng.',
         ['merge[Chi bộ Bệnh viện Đa khoa | Chi bộ Trung tâm Y tế thị xã]->Đảng bộ Trung tâm Y tế thị xã Lạc Sơn#2']),
        # each cell named in full after the count
        ('Đảng bộ được lập trên cơ sở sáp nhập 2 Chi bộ Bệnh viện đa khoa thành phố và chi bộ Trung tâm y tế thành phố.',
         ['merge[Chi bộ Bệnh viện đa khoa thành phố | chi bộ Trung tâm y tế thành phố]->None#2']),
    ],
    "members_founded_each_on_a_faculty": [
        # a university's member schools, each on a faculty named in lower case
        ('Trường sẽ thành lập ba trường thuộc Đại học Lạc Sơn gồm: Trường Kinh tế trên cơ sở khoa kinh tế, Trường Bách '
         'khoa trên cơ sở khoa công nghệ, Trường Nông nghiệp trên cơ sở khoa nông nghiệp.',
         ['establish[]->None#3', 'establish[khoa kinh tế]->Trường Kinh tế', 'establish[khoa công nghệ]->Trường Bách khoa',
          'establish[khoa nông nghiệp]->Trường Nông nghiệp']),
    ],
    "bodies_merged_told_with_their_founding": [
        # each body merged told with the decision that founded it: the list goes on, the foundings are no events
        ('Ban Quản lý Khu kinh tế Lạc Sơn được thành lập trên cơ sở hợp nhất Ban Quản lý Khu kinh tế Bình Sơn đã được '
         'thành lập theo Quyết định số 12/2005/QĐ-TTg và Ban Quản lý các Khu công nghiệp Tân Lạc đã được thành lập theo '
         'Quyết định số 5/2003/QĐ-UB.',
         ['merge[Ban Quản lý Khu kinh tế Bình Sơn | Ban Quản lý các Khu công nghiệp Tân Lạc]->'
          'Ban Quản lý Khu kinh tế Lạc Sơn']),
    ],
    "a_bank_taken_over_by_its_brand": [
        # a bank received by another goes on under its new owner, as the referee's gold reads a compulsory transfer
        ('Trong khi đó, SMB tiếp nhận SongBank và đổi tên ngân hàng này.',
         ['transfer[SongBank | SMB]->SMB', 'rename[SongBank]->None']),
    ],
    "a_party_body_received_by_another": [
        # a party body received changes hands, nothing merges; told in the headline with the ward, one transfer
        ('Phường Tân Lạc tiếp nhận Đảng bộ Công ty Cổ phần Xi măng Lạc Sơn.\n\nĐảng ủy phường Tân Lạc chính thức tiếp '
         'nhận Đảng bộ Công ty Cổ phần Xi măng Lạc Sơn và 33 đảng viên.',
         ['transfer[Đảng bộ Công ty Cổ phần Xi măng Lạc Sơn | Đảng ủy phường Tân Lạc]->Đảng ủy phường Tân Lạc']),
    ],
    "a_bank_and_its_branch_after_a_comma": [
        ('Chiều 9/11, Đảng ủy Khối công bố Quyết định thành lập chi bộ Ngân hàng TMCP Sông Lam, chi nhánh Nghệ An.',
         ['establish[]->chi bộ Ngân hàng TMCP Sông Lam, chi nhánh Nghệ An']),
    ],
    "merges_pair_by_pair_parted_by_semicolons": [
        ('Thành phố giảm 3 trường (sáp nhập Trường Mầm non Tân Lập và Mầm non 8-3; Mầm non Phước Sơn và Mầm non Võ '
         'Lạc; Tiểu học Phước Tân 1 và Tiểu học Phước Tân 2).',
         # a pair after a semicolon is named as written, by its level ("Mầm non A"); after "và" a school shares the
         # head of the one before it
         ['merge[Trường Mầm non Tân Lập | Trường Mầm non 8-3]->None',
          'merge[Mầm non Phước Sơn | Mầm non Võ Lạc]->None',
          'merge[Tiểu học Phước Tân 1 | Tiểu học Phước Tân 2]->None']),
    ],
    "a_paragraph_hard_wrapped_over_lines": [
        # a page wrapped in mid-sentence: the list goes on on the next line
        ('Thành lập 4 phường thuộc thị xã Lạc Sơn là: phường Bạch Sam, phường Bần Yên,\n'
         '    phường Dị Sử và phường Minh Đức.',
         ['establish[]->phường Bạch Sam', 'establish[]->phường Bần Yên', 'establish[]->phường Dị Sử',
          'establish[]->phường Minh Đức']),
        # a line that ends its sentence, or a next line that opens with a capital, stays apart
        ('Tỉnh thành lập Trường Tiểu học Lạc Sơn.\nphường Dị Sử có 3 trường.', ['establish[]->Trường Tiểu học Lạc Sơn']),
    ],
    "a_school_named_by_its_level_in_a_list": [
        # "THPT B" in a list under "Trường THPT A" is the school founded again in the next sentence: one founding
        ('Thành phố thành lập 2 trường THPT công lập là Trường THPT Lạc Sơn (xã Lạc Sơn) và THPT Bình An (phường Bình '
         'An). Theo Quyết định về việc thành lập Trường THPT Bình An, trường thuộc Sở GD&ĐT.',
         ['establish[]->Trường THPT Lạc Sơn', 'establish[]->Trường THPT Bình An']),
    ],
    "a_history_s_year_before_a_name": [
        # a timeline's year before the body's name is no count of bodies
        ('·  2009 Trường Trung cấp Y tế Sơn Hà được thành lập.', ['establish[]->Trường Trung cấp Y tế Sơn Hà']),
        ('2016: Trường Cao đẳng Nghề Lạc Sơn thành lập theo quyết định của Bộ trưởng.',
         ['establish[]->Trường Cao đẳng Nghề Lạc Sơn']),
        # a count in digits goes on being one
        ('Năm 2024, 14 trường mầm non được thành lập.', ['establish[]->None#14']),
    ],
    "one_body_told_with_its_place_written_short": [
        # "VN" and "TP.HCM" in one mention, written out in the other: one event
        ('Sáp nhập Công ty Cà phê Lạc Sơn vào Tổng công ty Cà phê VN.\n\nTheo đó, Bộ đồng ý sáp nhập Công ty Cà phê Lạc '
         'Sơn vào Tổng công ty Cà phê Việt Nam.',
         ['merge[Công ty Cà phê Lạc Sơn | Tổng công ty Cà phê Việt Nam]->Tổng công ty Cà phê Việt Nam']),
        ('Thành lập Trung tâm Kiểm nghiệm khu vực TP.HCM.\n\nBộ quyết định thành lập Trung tâm Kiểm nghiệm khu vực '
         'thành phố Hồ Chí Minh trên cơ sở Trung tâm Kiểm nghiệm TP.HCM.',
         ['establish[Trung tâm Kiểm nghiệm TP.HCM]->Trung tâm Kiểm nghiệm khu vực thành phố Hồ Chí Minh']),
    ],
    "the_work_of_a_body_moved": [
        # a body's work or functions go to another body: no body merges or changes hands
        ('Công việc của Sở Ngoại vụ sẽ được ghép vào Văn phòng UBND tỉnh Sơn Hà.', []),
        ('Theo đó, nhiệm vụ của Ban Dân tộc được nhập vào Văn phòng UBND tỉnh.', []),
        ('Chức năng của Phòng Y tế huyện Lạc Sơn được chuyển về Trung tâm Y tế huyện.', []),
        # the body itself merged is one
        ('Ban Dân tộc được nhập vào Văn phòng UBND tỉnh.',
         ['merge[Ban Dân tộc | Văn phòng UBND tỉnh]->Văn phòng UBND tỉnh']),
    ],
    "the_system_a_body_stands_in": [
        # the system named in passing before the subject is not founded with it
        ('Nằm trong hệ thống Tòa án nhân dân, Tòa án nhân dân tỉnh Sơn Hà được thành lập năm 1976.',
         ['establish[]->Tòa án nhân dân tỉnh Sơn Hà']),
    ],
    "founded_by_whoever_follows_do": [
        # "A do B thành lập năm N": A was founded, B founded it
        ('Bệnh viện Đa khoa Lạc Sơn do Sở Y tế thành lập năm 1995.', ['establish[]->Bệnh viện Đa khoa Lạc Sơn']),
        ('Thư viện Hoàng gia do nhà vua thành lập năm 1753 và Bảo tàng Quốc gia do quốc hội thành lập năm 1820.',
         ['establish[]->Thư viện Hoàng gia', 'establish[]->Bảo tàng Quốc gia']),
        # with no date, bodies of a kind told by who founds them
        ('Các Ban Cán sự đảng ở Trung ương do Ban Bí thư thành lập; Ban Đối ngoại Trung ương.', []),
    ],
    "a_bulleted_list_ends_at_a_line_with_no_mark": [
        ('Giải thể các công ty sau:\n- Công ty Lương thực Sơn Hà;\n- Công ty Kinh doanh xuất nhập khẩu tổng hợp Sơn Hà.\n'
         'Giao Sở Tài chính hướng dẫn thủ tục.',
         ['dissolve[Công ty Lương thực Sơn Hà]->None', 'dissolve[Công ty Kinh doanh xuất nhập khẩu tổng hợp Sơn Hà]->None']),
        ('3. Thực hiện giải thể:\n- Công ty Dầu thực vật Lạc Sơn.\nĐiều 2.\n1. Chủ tịch Ủy ban nhân dân tỉnh Lạc Sơn:\n'
         '- Chỉ đạo thực hiện việc sắp xếp doanh nghiệp.', ['dissolve[Công ty Dầu thực vật Lạc Sơn]->None']),
    ],
    "a_count_told_again_by_its_council_named_short": [
        # "UBND TP" after "UBND TP Sơn Hà": one council, one merge of five boards
        ('UBND TP Sơn Hà sắp xếp năm ban quản lý dự án còn ba ban.\n\nTheo Giám đốc Sở Nội vụ, UBND TP sắp xếp năm ban '
         'quản lý dự án thành ba ban chuyên ngành.', ['merge[]->None#5']),
        # two councils of one kind, each with its count, stay two
        ('UBND huyện Lạc Sơn sáp nhập 4 trường mầm non.\n\nUBND huyện Tân An sáp nhập 4 trường mầm non.',
         ['merge[]->None#4', 'merge[]->None#4']),
    ],
    "a_later_name_that_opens_with_a_word_of_success": [
        # "đổi thành Công ty A" renames; "đổi tên thành công" succeeds
        ('Ty Cảng vụ Sơn Hà được thành lập năm 1976, đến năm 1983 đổi thành Công ty Cảng vụ Sơn Hà.',
         ['establish[]->Ty Cảng vụ Sơn Hà', 'rename[Ty Cảng vụ Sơn Hà]->Công ty Cảng vụ Sơn Hà']),
        ('Sở đã tiếp nhận hồ sơ, đổi tên thành công 12 doanh nghiệp.', []),
    ],
    "an_owner_with_its_acronym_between_the_body_and_its_founding": [
        ('Viện Vật liệu (IMS) thuộc Viện Hàn lâm Khoa học Sơn Hà (VAST) được thành lập năm 1993.',
         ['establish[]->Viện Vật liệu']),
        ('Bộ Tư lệnh Tác chiến không gian mạng được thành lập vào năm 2017.',
         ['establish[]->Bộ Tư lệnh Tác chiến không gian mạng']),
    ],
    "what_a_merged_body_becomes_after_a_comma": [
        ('Trường Cao đẳng Sư phạm Lạc Sơn dự kiến sáp nhập, trở thành cơ sở 2 của Trường Đại học Sơn Hà.',
         ['merge[Trường Cao đẳng Sư phạm Lạc Sơn | Trường Đại học Sơn Hà]->Trường Đại học Sơn Hà']),
        ('Xã Tân An sáp nhập, trở thành xã lớn nhất huyện.', []),
        ('Trường Mẫu giáo Trường Bình được thành lập năm 2008.', ['establish[]->Trường Mẫu giáo Trường Bình']),
    ],
    "a_school_founded_on_a_site_of_another": [
        # the site lies in a commune and belongs to a school: the school is the source; "Trường được thành lập" after
        # it tells the founding again
        ('Trường THPT Tân Phú thành lập trên cơ sở điểm học tại xã Tân Bình của Trường THPT Lạc Sơn. Trường được thành '
         'lập tạo điều kiện học tập cho học sinh xã Tân Bình.',
         ['establish[Trường THPT Lạc Sơn]->Trường THPT Tân Phú']),
    ],
    "a_bank_that_closes_offices_it_does_not_name": [
        # the bank closes offices, it does not end
        ('Từ đầu năm đến nay, Ngân hàng Sông Lam đã chấm dứt hoạt động của hàng loạt phòng giao dịch.', []),
        ('Ngân hàng Sông Lam đóng cửa thêm nhiều phòng giao dịch', []),
        ('25% phòng giao dịch của Ngân hàng Sông Lam đóng cửa sau chuyển giao bắt buộc.', []),
        # two verbs joined over the office named: one ending, of the office
        ('Ngân hàng Sông Lam chấm dứt hoạt động và giải thể Phòng giao dịch Bến Thủy thuộc chi nhánh Nghệ An.',
         ['dissolve[Phòng giao dịch Bến Thủy]->None']),
        ('Ngân hàng Sông Lam chấm dứt hoạt động của Phòng giao dịch Bến Thủy.', ['dissolve[Phòng giao dịch Bến Thủy]->None']),
    ],
    "rooms_handed_over_are_no_bodies": [
        ('6 phòng học mới được bàn giao cho Trường Tiểu học Tân Phú 1.', []),
    ],
    "a_name_given_then_and_the_next_subject": [
        # "lấy tên là C và ... D sáp nhập": C is the name the first merge gave, D the next subject
        ('Huyện Tân An sáp nhập với huyện Lạc Sơn lấy tên là huyện Lạc Sơn và đơn vị xã Tân Hòa sáp nhập vào xã Tân Phú '
         'lấy tên là xã Sơn Tân.',
         ['merge[Huyện Tân An | huyện Lạc Sơn]->huyện Lạc Sơn', 'merge[xã Tân Hòa | xã Tân Phú]->xã Sơn Tân']),
    ],
    "a_body_and_its_district_after_a_dash": [
        ('Đoàn nghệ thuật Khmer Sơn Hà – huyện Lạc Sơn được Sở Văn hóa tỉnh cho phép thành lập năm 1986.',
         ['establish[]->Đoàn nghệ thuật Khmer Sơn Hà']),
        ('Đoàn nghệ thuật Sơn Hà – huyện Lạc Sơn được thành lập năm 1986.', ['establish[]->Đoàn nghệ thuật Sơn Hà']),
        ('Xã Tân An - xã Tân Bình sáp nhập thành xã Tân Phú.', ['merge[Xã Tân An | xã Tân Bình]->xã Tân Phú']),
    ],
    "a_receiver_of_an_earlier_verb_before_the_next_subject": [
        # the ministry after "sang" receives what the first verb hands over; the school after the comma merges
        ('Năm 1982, tòa án chuyển giao công tác quản lý sang Bộ Tư pháp, Trường Cán bộ Tòa án được sáp nhập với Trường '
         'Đại học Pháp lý Sơn Hà thành Trường Đại học Luật Sơn Hà.',
         ['merge[Trường Cán bộ Tòa án | Trường Đại học Pháp lý Sơn Hà]->Trường Đại học Luật Sơn Hà']),
    ],
    "schools_named_by_their_level_written_out": [
        # "Tiểu học A" in a list of schools, without "Trường": a school of that level
        ('Sáp nhập các trường: Tiểu học Tân An và THCS Tân An thành Trường PTCS Tân An; Tiểu học Lạc Sơn và THCS Lạc '
         'Sơn thành Trường PTCS Lạc Sơn.',
         ['merge[Tiểu học Tân An | THCS Tân An]->Trường PTCS Tân An',
          'merge[Tiểu học Lạc Sơn | THCS Lạc Sơn]->Trường PTCS Lạc Sơn']),
        ('Trường Tiểu học Tân An được thành lập năm 1990.', ['establish[]->Trường Tiểu học Tân An']),
    ],
    "no_record_of_it_found": [
        # a writer who finds no decision tells no act
        ('Tuy nhiên tôi không tìm thấy quyết định đổi tên Viện Sử học thành Viện Hàn lâm Sử học, hay quyết định thành '
         'lập Viện Hàn lâm Sử học.', []),
        ('Ông Nam đã tìm thấy quyết định thành lập Trường Tiểu học Tân An năm 1960.',
         ['establish[]->Trường Tiểu học Tân An']),
    ],
    "a_history_names_a_body_anew": [
        # "được đặt tên là", "chính thức mang tên", "cải danh ... thành", "đổi danh hiệu thành": a new name in a history
        ('Năm 1938, Trường Tiểu học Hòa Lạc được đặt tên là Trường Tiểu học Nam Sơn.',
         ['rename[Trường Tiểu học Hòa Lạc]->Trường Tiểu học Nam Sơn']),
        ('Bệnh viện Lạc Hòa được xây dựng năm 1910. Năm 1935, bệnh viện được đặt tên là Bệnh viện Tân Mỹ.',
         ['rename[Bệnh viện Lạc Hòa]->Bệnh viện Tân Mỹ']),
        ('Năm 1962, Viện Nông học Lạc Sơn được đổi danh hiệu thành Học viện Nông nghiệp Lạc Sơn.',
         ['rename[Viện Nông học Lạc Sơn]->Học viện Nông nghiệp Lạc Sơn']),
        ('Năm 1966, Bộ Giáo dục cải danh Viện Sư phạm Hòa Vân thành Trường Sư phạm Hòa Vân.',
         ['rename[Viện Sư phạm Hòa Vân]->Trường Sư phạm Hòa Vân']),
        ('Năm 2004, Trường THCS Tân Lạc chính thức mang tên Trường THCS Phan Bội Châu.',
         ['rename[Trường THCS Tân Lạc]->Trường THCS Phan Bội Châu']),
        # a body that carries a name describes it, with no date nor "được" / "chính thức" before the words
        ('Trường THCS Phan Bội Châu mang tên nhà yêu nước Phan Bội Châu.', []),
    ],
    "born_where_and_named_in_a_medical_branch": [
        # "A ra đời tại B": A is born there (no body founded elsewhere); "Bệnh viện Nội khoa A": a branch, no faculty
        ('Năm 1925, Viện Vi trùng học Hòa Vân ra đời tại Hòa Vân.', ['establish[]->Viện Vi trùng học Hòa Vân']),
        ('Năm 1968, Bệnh viện Lạc Sơn được thành lập trên cơ sở hợp nhất Bệnh viện Ngoại Khoa Tân An, Bệnh viện Nhi '
         'khoa Tân An và Phòng khám Sản phụ khoa Tân An.',
         ['merge[Bệnh viện Ngoại Khoa Tân An | Bệnh viện Nhi khoa Tân An | Phòng khám Sản phụ khoa Tân An]'
          '->Bệnh viện Lạc Sơn']),
        # under whose lead a body works is no part of its name
        ('Được thành lập năm 1975, Hội Nông dân huyện Tân An dưới sự lãnh đạo của Huyện ủy đã lớn mạnh.',
         ['establish[]->Hội Nông dân huyện Tân An']),
        ('Bộ đã thành lập tại các tỉnh nhiều trường nghề.', []),
    ],
    "state_capital_and_acronyms_in_a_phrase": [
        # the state's capital in a company handed over names the company; an acronym before "theo", "để" ends its phrase
        ('Bộ đang hoàn thiện hồ sơ để chuyển giao vốn nhà nước tại Tổng công ty Xây dựng cầu Lạc Sơn về SCIC theo '
         'quy định.', ['transfer[Tổng công ty Xây dựng cầu Lạc Sơn | SCIC]->SCIC']),
        ('Năm 2018, Bộ chuyển giao phần vốn nhà nước tại 7 doanh nghiệp về SCIC để bán vốn.',
         ['transfer[SCIC]->SCIC#7']),
        ('Bộ cam kết quản lý tốt vốn nhà nước tại doanh nghiệp.', []),
        # a bank known by its acronym merges into another
        ('Năm 2012, HBK sáp nhập vào TNB theo đề án tái cơ cấu.', ['merge[HBK | TNB]->TNB']),
    ],
    "the_main_subject_of_a_clause_of_time": [
        # "A mất tên sau khi sáp nhập vào B": the main clause's subject is what merges
        ('Năm 2012, Kimsonbank mất tên sau khi sáp nhập vào Ngân hàng Á Đông.',
         ['merge[Kimsonbank | Ngân hàng Á Đông]->Ngân hàng Á Đông']),
        ('Trường Tiểu học Tân An có 300 học sinh khi sáp nhập vào Trường Tiểu học Lạc Sơn.',
         ['merge[Trường Tiểu học Tân An | Trường Tiểu học Lạc Sơn]->Trường Tiểu học Lạc Sơn']),
        # the clause of time has a subject of its own: a person before it is nobody that merges
        ('Ông Nam nghỉ hưu sau khi Trường Tiểu học Tân An sáp nhập vào Trường Tiểu học Lạc Sơn.',
         ['merge[Trường Tiểu học Tân An | Trường Tiểu học Lạc Sơn]->Trường Tiểu học Lạc Sơn']),
        ('Học sinh vui mừng khi không sáp nhập vào Trường Tiểu học Lạc Sơn.', []),
    ],
    "came_into_being_told_as_a_noun": [
        # "sự ra đời của A", "ra đời tờ báo A", "A ngày nay được thành lập": A comes into being
        ('Năm 1910 đánh dấu sự ra đời của Trường Y khoa Lạc Sơn.', ['establish[]->Trường Y khoa Lạc Sơn']),
        ('Ngày 2/9/1950, chính thức ra đời tờ báo Tân An.', ['establish[]->báo Tân An']),
        ('Năm 1905, Bệnh viện Lạc Sơn ngày nay được thành lập.', ['establish[]->Bệnh viện Lạc Sơn']),
        ('Việc ngừng hoạt động của Quỹ Tín dụng Tân An gây lo ngại cho người gửi tiền.',
         ['dissolve[Quỹ Tín dụng Tân An]->None']),
        ('Ngày nay, Bệnh viện Lạc Sơn được đầu tư lớn.', []),
    ],
    "two_bodies_under_one_new_name": [
        # several bodies that take one new name are merged into it; one body renamed after another is a rename each
        ('Hai xã Tân Đông và Tân Tây (huyện Lạc Sơn, tỉnh Hòa Vân) sẽ có tên mới là Đông Tây.',
         ['merge[xã Tân Đông | xã Tân Tây]->xã Đông Tây#2']),
        ('Xã Tân Đông và xã Tân Tây sẽ có tên mới là xã Đông Tây.', ['merge[Xã Tân Đông | xã Tân Tây]->xã Đông Tây']),
        ('Năm 1990, Trường Tiểu học Hòa và Trường Tiểu học Bình được đổi tên thành Trường Tiểu học Hòa Bình.',
         ['merge[Trường Tiểu học Hòa | Trường Tiểu học Bình]->Trường Tiểu học Hòa Bình']),
        ('Xã Thạch Lạc và xã Chàng Lạc sau sáp nhập sẽ mang tên xã Thạch Lạc.',
         ['merge[Xã Thạch Lạc | xã Chàng Lạc]->xã Thạch Lạc']),
        ('Trường Tân An đổi tên thành Trường Lạc An, Trường Tân Bình được đổi tên thành Trường Lạc Bình.',
         ['rename[Trường Tân An]->Trường Lạc An', 'rename[Trường Tân Bình]->Trường Lạc Bình']),
    ],
    "founded_on_bodies_reorganised": [
        # "trên cơ sở tổ chức, sắp xếp lại A và B": the two bodies go into the one founded
        ('Thủ tướng quyết định thành lập Viện Khoa học Thủy sản Tân An trên cơ sở tổ chức, sắp xếp lại Viện Thủy sản '
         'Tân An và Viện Thủy sản miền Nam.',
         ['merge[Viện Thủy sản Tân An | Viện Thủy sản miền Nam]->Viện Khoa học Thủy sản Tân An']),
        ('Thành lập Viện Khoa học Thủy sản Tân An trên cơ sở tổ chức, sắp xếp lại Viện Thủy sản Tân An.',
         ['establish[Viện Thủy sản Tân An]->Viện Khoa học Thủy sản Tân An']),
    ],
    "a_body_seated_somewhere_is_founded": [
        # "A đóng tại xã B được thành lập": the body seated in the commune is founded, not the commune
        ('Nông trường Sông Lạc đóng tại xã Long Hòa huyện Tân An được thành lập năm 1979.',
         ['establish[]->Nông trường Sông Lạc']),
        ('Trạm Y tế có trụ sở tại phường Tân An được thành lập năm 1990.', ['establish[]->Trạm Y tế']),
        ('Lực lượng Kiểm lâm tỉnh Tân An được thành lập năm 1990.', []),
    ],
    "raised_up_to_a_named_unit": [
        # "nâng cấp A lên B": the name right after "lên" is what A becomes, though "thành phố" opens with "thành"
        ('Năm 2010, Chính phủ nâng cấp thị xã Tân Lạc lên thành phố Tân Lạc.',
         ['establish[thị xã Tân Lạc]->thành phố Tân Lạc']),
        ('Năm 2010, thị xã Tân Lạc được nâng cấp lên thành phố Tân Lạc.', ['establish[thị xã Tân Lạc]->thành phố Tân Lạc']),
        ('Tỉnh đề nghị nâng cấp đường lên thành phố Tân Lạc.', []),
    ],    "a_body_taken_over_then_renamed": [
        # "A tiếp quản B, đổi tên thành C": the body taken over is renamed, its new owner keeps its name
        ('Năm 1978, Sở Y tế tiếp quản Nhà thương Bình Lạc, đổi tên thành Bệnh viện Nhân dân Tân An.',
         ['transfer[Nhà thương Bình Lạc | Sở Y tế]->Sở Y tế', 'rename[Nhà thương Bình Lạc]->Bệnh viện Nhân dân Tân An']),
        ('UBND tỉnh tiếp nhận Trường Trung cấp Y tế Tân An từ Bộ Y tế và đổi tên thành Trường Trung cấp Y tế tỉnh.',
         ['transfer[Trường Trung cấp Y tế Tân An | UBND tỉnh]->UBND tỉnh',
          'rename[Trường Trung cấp Y tế Tân An]->Trường Trung cấp Y tế tỉnh']),
        ('Năm 1975, Ban Quân quản tiếp quản thành phố Tân An.', []),
    ],
    "a_predecessor_named_with_nowadays": [
        # "Tiền thân của A ngày nay là B, được thành lập năm X": B is what was founded
        ('Tiền thân của Bệnh viện Đa khoa Tân An ngày nay là Nhà thương Bình Lạc, được thành lập vào năm 1952 tại '
         'thị xã.', ['establish[]->Nhà thương Bình Lạc']),
        ('Tiền thân của Trường Cao đẳng Tân An hiện nay là Trường Sơ cấp Y tế Tân An, thành lập năm 1960.',
         ['establish[]->Trường Sơ cấp Y tế Tân An']),
        # a unit named as the predecessor, with no comma before the verb: the unit is founded, not a place
        ('Thành phố Tân An tiền thân là Thị xã Tân An được thành lập trên cơ sở thị trấn Lạc Sơn và các xã Tân Bình, '
         'Tân Phú.', ['establish[thị trấn Lạc Sơn | xã Tân Bình | xã Tân Phú]->Thị xã Tân An']),
        # the predecessor in a bracket after the founding's date: the body before the verb is what was founded
        ('Công ty TNHH Dược Tân An được thành lập vào năm 2001 (tiền thân là Công ty TNHH Dược Lạc Sơn), hiện là '
         'doanh nghiệp dược lớn.', ['establish[]->Công ty TNHH Dược Tân An']),
    ],
    "communes_counted_and_listed_after_their_district": [
        # "N xã của huyện A: B, C": each member is a commune, the district only says whose they were
        ('Sáp nhập 3 xã của huyện Lạc Sơn: Lạc Bình, Lạc Hòa, Lạc Phú vào huyện Tân Sơn.',
         ['merge[xã Lạc Bình | xã Lạc Hòa | xã Lạc Phú | huyện Tân Sơn]->huyện Tân Sơn#3']),
        ('Nhập 2 phường của thị xã Tân An là Tân Bình và Tân Phú vào thành phố Lạc An.',
         ['merge[phường Tân Bình | phường Tân Phú | thành phố Lạc An]->thành phố Lạc An#2']),
        # the bracket opens with "gồm các xã:", and the district they join follows "với"
        ('Hợp nhất ba xã của huyện Lạc Sơn (gồm các xã: Lạc Bình, Lạc Hòa và Lạc Phú) với huyện Tân Sơn thành một '
         'huyện mới lấy tên là huyện Lạc Tân.',
         ['merge[xã Lạc Bình | xã Lạc Hòa | xã Lạc Phú | huyện Tân Sơn]->huyện Lạc Tân#3']),
        ('Hợp nhất hai xã (Lạc Bình, Lạc Hòa) với huyện Tân Sơn thành huyện Lạc Tân.',
         ['merge[xã Lạc Bình | xã Lạc Hòa | huyện Tân Sơn]->huyện Lạc Tân#2']),
    ],
    "communes_cut_off_and_merged_elsewhere": [
        # "cắt xã A của huyện B sáp nhập vào huyện C": the commune moves; no split of its own
        ('Cắt xã Lạc Bình của huyện Lạc Sơn sáp nhập vào huyện Tân Sơn.',
         ['merge[xã Lạc Bình | huyện Tân Sơn]->huyện Tân Sơn']),
        ('Cắt xã Lạc Bình, xã Lạc Hòa của huyện Lạc Sơn sáp nhập vào huyện Tân Sơn.',
         ['merge[xã Lạc Bình | xã Lạc Hòa | huyện Tân Sơn]->huyện Tân Sơn']),
    ],
    "a_merge_told_again_by_short_names": [
        # the short names given in brackets stand for the full names: the second sentence tells the same merge
        ('Thống đốc chấp thuận sáp nhập Ngân hàng Phát triển Nhà Tân An (TAHB) vào Ngân hàng Đầu tư Lạc Sơn (LSIB). '
         'Như vậy, thủ tục sáp nhập TAHB vào LSIB đã hoàn tất.',
         ['merge[Ngân hàng Phát triển Nhà Tân An | Ngân hàng Đầu tư Lạc Sơn]->Ngân hàng Đầu tư Lạc Sơn']),
        # the short name first, the full name later: the event is named the long way
        ('Đại hội cổ đông đã thông qua đề án sáp nhập vào TASB. Kế hoạch sáp nhập vào Ngân hàng Thương mại Tân An '
         '(TASB) được nhiều người chú ý.',
         ['merge[Ngân hàng Thương mại Tân An]->Ngân hàng Thương mại Tân An']),
        # half told again by the short name of one body
        ('Thống đốc chấp thuận sáp nhập Ngân hàng Phát triển Nhà Tân An (TAHB) vào Ngân hàng Đầu tư Lạc Sơn (LSIB). '
         'Từ 11/5, sẽ bàn giao sáp nhập TAHB vào LSIB cấp cơ sở, gồm các chi nhánh.',
         ['merge[Ngân hàng Phát triển Nhà Tân An | Ngân hàng Đầu tư Lạc Sơn]->Ngân hàng Đầu tư Lạc Sơn']),
        ('Công ty Điện lực Tân An (PCTA) sáp nhập vào Tổng công ty Điện lực Lạc Sơn (EVNLS). Năm sau, Công ty Nước '
         'Tân An sáp nhập vào EVNLS.',
         ['merge[Công ty Điện lực Tân An | Tổng công ty Điện lực Lạc Sơn]->Tổng công ty Điện lực Lạc Sơn',
          'merge[Công ty Nước Tân An | EVNLS]->EVNLS']),
    ],
    "founded_by_a_people_or_a_regime": [
        # "được <người Pháp | thực dân Pháp | chính quyền thuộc địa> thành lập": who founded it stands after "được"
        ('Bưu điện Tân An được thực dân Pháp thành lập từ năm 1884.', ['establish[]->Bưu điện Tân An']),
        ('Trường Tiểu học Lạc Sơn được chính quyền thuộc địa thành lập năm 1920.',
         ['establish[]->Trường Tiểu học Lạc Sơn']),
        ('Trường Tiểu học Lạc Sơn được người dân quyên góp xây dựng năm 1920.', []),
    ],
    "moved_over_to_a_new_name": [
        ('Năm 2005, Công ty Dược Tân An được chuyển đổi sang tên gọi Công ty TNHH MTV Dược phẩm Tân An.',
         ['rename[Công ty Dược Tân An]->Công ty TNHH MTV Dược phẩm Tân An']),
        ('Xí nghiệp Cơ khí Lạc Sơn chuyển sang tên gọi Công ty Cơ khí Lạc Sơn từ năm 1995.',
         ['rename[Xí nghiệp Cơ khí Lạc Sơn]->Công ty Cơ khí Lạc Sơn']),
    ],
    "an_upgrade_or_a_policy_as_the_basis": [
        # "trên cơ sở nâng cấp B" after a cited decision: the upgrade is the founding's basis, the decider founds nothing
        ('Trường Cao đẳng Y tế Lạc Sơn được thành lập năm 2006 theo Quyết định số 29/QĐ-BGDĐT của Bộ Giáo dục và Đào '
         'tạo trên cơ sở nâng cấp từ Trường Trung học Y tế Lạc Sơn.',
         ['establish[Trường Trung học Y tế Lạc Sơn]->Trường Cao đẳng Y tế Lạc Sơn']),
        # a policy carried out is no source
        ('Trường Đại học Tân An được thành lập trên cơ sở thực hiện chủ trương của Chính phủ về xã hội hóa giáo dục.',
         ['establish[]->Trường Đại học Tân An']),
        # a comma inside the bracket of where it was founded places it; no body is named after it
        ('Được thành lập từ năm 2003 tại khu Lạc Sơn (quận 7, TP.HCM), đây là một bệnh viện quốc tế.', []),
    ],
    "a_member_that_keeps_its_name": [
        ('Trường Đại học Lạc Sơn sẽ trở thành trường thành viên của Đại học Tân An.',
         ['transfer[Trường Đại học Lạc Sơn | Đại học Tân An]->Đại học Tân An']),
        ('Bộ đồng ý chuyển Trường Đại học Lạc Sơn thành trường đại học thành viên của Đại học Tân An.',
         ['transfer[Trường Đại học Lạc Sơn | Đại học Tân An]->Đại học Tân An']),
        ('Trường Đại học Lạc Sơn trở thành trường đại học thành viên của Đại học Tân An.',
         ['transfer[Trường Đại học Lạc Sơn | Đại học Tân An]->Đại học Tân An']),
    ],
    "merged_then_named_after_a_word_of_sequence": [
        ('Năm 2022, trường Cao đẳng Sư phạm Lạc Sơn được sáp nhập với trường Cao đẳng Kinh tế Lạc Sơn và trường Cao đẳng '
         'nghề Lạc Sơn, sau đó đổi tên thành trường Cao đẳng Lạc Sơn.',
         ['merge[trường Cao đẳng Sư phạm Lạc Sơn | trường Cao đẳng Kinh tế Lạc Sơn | trường Cao đẳng nghề Lạc Sơn]'
          '->trường Cao đẳng Lạc Sơn']),
        # what a ceremony goes on to do after "và" is no part of a name
        ('Bộ công bố thành lập Trường Đại học Tân An trên cơ sở nâng cấp Trường Cao đẳng Tân An và khai giảng năm học mới.',
         ['establish[Trường Cao đẳng Tân An]->Trường Đại học Tân An']),
    ],
    "local_units_a_place_gains": [
        # "có thêm": new local units, named or counted; units that reach a standard are none
        ('Tỉnh Lạc Sơn có thêm 2 phường là: Tân An, Tân Bình.',
         ['establish[]->phường Tân An', 'establish[]->phường Tân Bình']),
        ('Tỉnh Lạc Sơn sẽ có thêm thành phố Tân An và Tân Bình.',
         ['establish[]->thành phố Tân An', 'establish[]->thành phố Tân Bình']),
        ('Tỉnh Lạc Sơn có thêm 2 thị xã mới.', ['establish[]->None#2']),
        ('Huyện Lạc Sơn có thêm 5 xã đạt chuẩn nông thôn mới.', []),
        ('Trường Tân An có thêm 2 phòng học mới.', []),
    ],
    "a_higher_unit_after_a_colon_list_places_it": [
        # "các huyện: A, B, tỉnh C": the province says where the new districts lie; it is not founded
        ('Điều chỉnh địa giới hành chính xã, thành lập các huyện: Lạc Sơn, Tân Bình, tỉnh Hà Sơn như sau.',
         ['establish[]->huyện Lạc Sơn', 'establish[]->huyện Tân Bình']),
    ],
    "what_a_new_unit_is_made_of": [
        # a unit founded with the old units it holds, listed on after a semicolon and a colon
        ('Tỉnh Vạn Lạc được thành lập năm 1895 gồm phủ Tân An với châu Mộc; phủ Lạc Sơn với các châu: Châu Yên, châu '
         'Mai Sơn.', ['establish[]->Tỉnh Vạn Lạc']),
        # "A được thành lập có ... và N đơn vị hành chính: B, C": the units listed are A's parts, none founded
        ('Thị xã Lạc An được thành lập có tổng diện tích hơn 17.700 ha với 56.241 nhân khẩu và 4 đơn vị hành chính: '
         'phường 1, phường 2, xã Tân An, xã Tân Bình.', ['establish[]->Thị xã Lạc An']),
        ('Thành lập 3 phường: Tân An, Tân Bình, Tân Phú.',
         ['establish[]->phường Tân An', 'establish[]->phường Tân Bình', 'establish[]->phường Tân Phú']),
    ],
    "units_counted_after_their_place": [
        # the district before the comma only says where the counted wards lie
        ('Quận Lạc Sơn, bốn phường Tân An, Tân Bình, Tân Phú, Tân Hòa hợp nhất thành phường Lạc Sơn.',
         ['merge[phường Tân An | phường Tân Bình | phường Tân Phú | phường Tân Hòa]->phường Lạc Sơn#4']),
        ('Tại quận Lạc Sơn, bốn phường Tân An, Tân Bình, Tân Phú, Tân Hòa hợp nhất thành phường Lạc Sơn.',
         ['merge[phường Tân An | phường Tân Bình | phường Tân Phú | phường Tân Hòa]->phường Lạc Sơn#4']),
        # the communes' district between their count and their names
        ('Cụ thể, 3 xã của huyện Lạc Sơn gồm Tân An, Tân Bình, Tân Phú sẽ sáp nhập vào thị xã Lạc An.',
         ['merge[xã Tân An | xã Tân Bình | xã Tân Phú | thị xã Lạc An]->thị xã Lạc An#3']),
        # a part of another ward joined to the list: that ward goes on
        ('Phường Tân An, Tân Bình cùng một phần diện tích phường Tân Phú (quận Lạc Sơn) sáp nhập thành phường Tân Bình.',
         ['merge[Phường Tân An | Phường Tân Bình]->phường Tân Bình']),
    ],
    "new_communes_where_they_lie": [
        # the districts after "thuộc các huyện:" say where new communes lie; no commune is named
        ('Điều chỉnh địa giới hành chính xã để thành lập xã thuộc các huyện: Tân An, Lạc Sơn, Tân Bình.', []),
        ('Thành lập 3 trung tâm y tế trực thuộc các huyện: Tân An, Lạc Sơn, Tân Bình.',
         ['establish[]->trung tâm y tế huyện Tân An', 'establish[]->trung tâm y tế huyện Lạc Sơn',
          'establish[]->trung tâm y tế huyện Tân Bình']),
    ],
    "new_units_listed_after_their_full_address": [
        # "3 phường thuộc thị xã A, tỉnh B gồm: C, D, E": the address runs on past a comma before the list
        ('Đồng thời, thành lập 3 phường thuộc thị xã Lạc Sơn, tỉnh Tân An gồm: Hương Hòa, Hương Bình, Hương Phú.',
         ['establish[]->phường Hương Hòa', 'establish[]->phường Hương Bình', 'establish[]->phường Hương Phú']),
    ],
    "a_new_city_under_its_province": [
        # "thành lập thành phố mới trực thuộc tỉnh A trên cơ sở sáp nhập B và C": A owns the city, it is not formed
        ('Tỉnh đề xuất thành lập thành phố mới trực thuộc tỉnh Lạc Sơn trên cơ sở sáp nhập huyện Tân An và huyện Tân '
         'Bình.', ['merge[huyện Tân An | huyện Tân Bình]->None']),
    ],
    "one_unit_named_after_its_count": [
        # "thành 1 tỉnh A": one unit, its name right after the unit noun
        ('Năm 1950, tỉnh Đông Lâm và tỉnh Tây Hà được sáp nhập lại thành 1 tỉnh Lâm Hà.',
         ['merge[tỉnh Đông Lâm | tỉnh Tây Hà]->tỉnh Lâm Hà']),
        ('Hai huyện Đông Yên và Tây Yên sẽ hợp nhất thành một huyện Yên Hà.',
         ['merge[huyện Đông Yên | huyện Tây Yên]->huyện Yên Hà#2']),
        ('Hai trường sáp nhập thành 1 trường mới.', ['merge[]->None#2']),
    ],
    "the_merged_name_after_the_date": [
        # the day of the merge, written in full, stands between the verb and the name it took
        ('Tỉnh Đông Lâm và tỉnh Tây Hà được hợp nhất vào ngày 1 tháng 1 năm 1976 với tên gọi ban đầu là tỉnh Lâm Hà.',
         ['merge[Tỉnh Đông Lâm | tỉnh Tây Hà]->tỉnh Lâm Hà']),
        ('Tỉnh Đông Lâm và tỉnh Tây Hà hợp nhất vào năm 1976 với tên gọi là tỉnh Lâm Hà.',
         ['merge[Tỉnh Đông Lâm | tỉnh Tây Hà]->tỉnh Lâm Hà']),
    ],
    "a_merge_named_as_a_noun_for_a_basis": [
        # "dựa trên sự sáp nhập của ...": the act as a noun, its units after "của"
        ('Chính phủ đồng ý chủ trương thành lập thị xã Đông Lâm,dựa trên sự sáp nhập của 2 huyện phía bắc gồm huyện Đông '
         'Yên và huyện Lâm Hà.', ['merge[huyện Đông Yên | huyện Lâm Hà]->thị xã Đông Lâm#2']),
        ('Thị xã Đông Lâm được thành lập dựa trên việc sáp nhập huyện Đông Yên và huyện Lâm Hà.',
         ['merge[huyện Đông Yên | huyện Lâm Hà]->Thị xã Đông Lâm']),
    ],
    "sources_in_brackets_after_a_founding": [
        # "Thành lập phường A (từ xã B và phường C)": the bracket names what the new unit is made of
        ('Thành lập phường Tân Lộc (từ xã Tân Lộc và phường 2 TP Hòa Bình), xã Bình Minh (từ xã An Hòa, xã Bình Phú).',
         ['merge[xã Tân Lộc | phường 2]->phường Tân Lộc', 'merge[xã An Hòa | xã Bình Phú]->xã Bình Minh']),
        # where the new unit lies, in brackets, names no source
        ('Thành lập xã Tân Lộc (huyện Đông Yên, tỉnh Hà Lâm) vào năm 1990.', ['establish[]->xã Tân Lộc']),
    ],
    "a_unit_founded_with_only_a_date_after": [
        # an active founding with no object but its date: the unit before it came to be
        ('TP Tân Lộc thành lập năm 2009, là đô thị loại III.', ['establish[]->TP Tân Lộc']),
        ('Huyện Đông Yên thành lập năm 2009.', ['establish[]->Huyện Đông Yên']),
        ('Năm 2009, thị xã Tân Lộc thành lập.', ['establish[]->thị xã Tân Lộc']),
        # a council founds what follows it
        ('UBND tỉnh thành lập Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Lâm.',
         ['establish[]->Ban Chỉ đạo phòng chống thiên tai tỉnh Hà Lâm']),
        ('UBND tỉnh thành lập năm 1997 Trung tâm Xúc tiến đầu tư.', []),
    ],
    "a_body_founded_after_a_fronted_place": [
        # "Riêng tại tỉnh A, Hội B ...": the place ends at the comma, the body after it is founded
        ('Riêng tại tỉnh Hà Lâm, Hội Người mù chính thức được thành lập ngày 11/4/2012.',
         ['establish[]->Hội Người mù']),
        ('Tại huyện Đông Yên, Trường Tiểu học Tân Lộc và Trường Tiểu học Tân An được sáp nhập thành Trường Tiểu học '
         'Tân Lộc An.', ['merge[Trường Tiểu học Tân Lộc | Trường Tiểu học Tân An]->Trường Tiểu học Tân Lộc An']),
    ],
    "works_on_buildings_found_nothing": [
        # "nâng cấp, mở rộng cơ sở vật chất cho 4 bệnh viện: A, B": building works, the hospitals stand
        ('Hà Nội sẽ thành lập 4 bệnh viện mới. Thành phố cũng đầu tư nâng cấp, mở rộng cơ sở vật chất cho 4 bệnh viện: '
         'Bệnh viện Đa khoa Tân An, Bệnh viện Nhi Tân An, Bệnh viện Tim Tân An và Bệnh viện Mắt Tân An.',
         ['establish[]->None#4']),
        ('Tỉnh sẽ nâng cấp và mở rộng Bệnh viện Đa khoa Hà Lâm.', []),
        ('Năm 2005, Trường Trung cấp Y tế Hà Lâm được nâng cấp thành Trường Cao đẳng Y tế Hà Lâm.',
         ['establish[Trường Trung cấp Y tế Hà Lâm]->Trường Cao đẳng Y tế Hà Lâm']),
    ],
    "a_renaming_across_a_cited_decision": [
        # the decision that founded the body, in brackets, between the old name and the new
        ('Đổi tên Tổng công ty Thép Hà Lâm (theo Quyết định số 12/TTg ngày 3/1/1996 của Thủ tướng Chính phủ về thành lập '
         'Tổng công ty Thép Hà Lâm) thành Tổng công ty Kim khí Hà Lâm.',
         ['rename[Tổng công ty Thép Hà Lâm]->Tổng công ty Kim khí Hà Lâm', 'establish[]->Tổng công ty Thép Hà Lâm']),
    ],
    "groups_of_an_association_counted": [
        # farmers' groups and cooperative groups founded by number
        ('Năm nay, huyện đã thành lập 12 tổ hội nghề nghiệp.', ['establish[]->None#12']),
        ('Liên minh HTX tỉnh đã thành lập mới 16/40 tổ hợp tác nông nghiệp.', ['establish[]->None#16']),
        ('Xã thí điểm thành lập 2 tổ khuyến nông cộng đồng.', ['establish[]->None#2']),
        ('Hội Nông dân xã đã thành lập Tổ hội nghề nghiệp trồng lúa Tân Lập.',
         ['establish[]->Tổ hội nghề nghiệp trồng lúa Tân Lập']),
    ],
    "a_new_name_in_lower_case_after_naming_words": [
        # a bare head and its field in lower case, to the end of the clause
        ('Phòng Cảnh sát bảo vệ và Trung đoàn Cảnh sát cơ động hợp nhất, lấy tên là Phòng cảnh sát cơ động.',
         ['merge[Phòng Cảnh sát bảo vệ | Trung đoàn Cảnh sát cơ động]->Phòng cảnh sát cơ động']),
        ('Xã Tân An và xã Tân Bình hợp nhất, lấy tên là xã mới.', ['merge[Xã Tân An | xã Tân Bình]->None']),
    ],
    "a_brand_receiver_before_the_sentence_verb": [
        # the merge told as a noun, the sentence's verb right after the receiver's short name
        ('Nguyên tắc của giao dịch sáp nhập HLB vào TNB là kế thừa mọi quyền lợi của khách hàng.',
         ['merge[HLB | TNB]->TNB']),
        ('Việc chuyển giao bắt buộc HaLamBank về TNB đã hoàn tất.', ['transfer[HaLamBank | TNB]->TNB']),
    ],
    "who_comes_to_take_a_body_over": [
        # "A về tiếp quản B": A came to take B over, A receives it
        ('Sau giải phóng, Trường Sư phạm Hà Lâm về tiếp quản Trường Quốc gia Sư phạm Tân An và thành lập Trường Cao '
         'đẳng Sư phạm Tân An.', ['transfer[Trường Quốc gia Sư phạm Tân An | Trường Sư phạm Hà Lâm]->Trường Sư phạm Hà '
                                'Lâm', 'establish[]->Trường Cao đẳng Sư phạm Tân An']),
        ('Ban Quân y tỉnh Hà Lâm vào tiếp quản Bệnh viện Tân An.',
         ['transfer[Bệnh viện Tân An | Ban Quân y tỉnh Hà Lâm]->Ban Quân y tỉnh Hà Lâm']),
    ],
    "how_far_a_rearrangement_brought_units_down": [
        # ", giảm từ N xuống còn M UNITS" after what is re-arranged: a merge of N
        ('Ngành đã sắp xếp lại hệ thống tổ chức, giảm từ 22 xuống còn 15 chi cục.', ['merge[]->None#22']),
        ('Huyện sáp nhập các thôn, giảm từ 120 xuống còn 80 thôn.', ['merge[]->None#120']),
        # a share of costs brought down counts no units
        ('Tỉnh sắp xếp lại bộ máy, giảm từ 40 xuống còn 25 phần trăm chi phí.', []),
    ],
    "names_taken_one_after_another": [
        # "lần lượt đổi tên thành B, C và D": each name renames the one before it
        ('Trường được thành lập năm 1960 với tên Trường Sư phạm Tân An, sau đó lần lượt đổi tên thành Trường Cao đẳng '
         'Sư phạm Tân An và Trường Đại học Tân An.',
         ['establish[]->Trường Sư phạm Tân An', 'rename[Trường Sư phạm Tân An]->Trường Cao đẳng Sư phạm Tân An',
          'rename[Trường Cao đẳng Sư phạm Tân An]->Trường Đại học Tân An']),
        ('Trường Tân An lần lượt đổi tên thành Trường Tân Bình, Trường Tân Hòa.',
         ['rename[Trường Tân An]->Trường Tân Bình', 'rename[Trường Tân Bình]->Trường Tân Hòa']),
        # two bodies, two names: each in turn, no chain
        ('Hai xã Tân An và Tân Bình lần lượt đổi tên thành xã Hòa An và xã Hòa Bình.',
         ['rename[xã Tân An]->xã Hòa An', 'rename[xã Tân Bình]->xã Hòa Bình']),
    ],
    "renames_in_a_table_with_group_labels": [
        # a table flattened with spaces: the group label with its count in brackets opens the first row
        ('Tỉnh đổi tên 4 bệnh viện.\n\nKhu vực Tên cũ Tên mới\nHà Lâm (3 bệnh viện) Bệnh viện quận 1 Bệnh viện đa khoa '
         'Tân Định\nBệnh viện quận 4 Bệnh viện đa khoa Khánh Hội\nLạc Sơn cũ Bệnh viện huyện Lạc Sơn Bệnh viện đa '
         'khoa Lạc Sơn', ['rename[]->None#4', 'rename[Bệnh viện quận 1]->Bệnh viện đa khoa Tân Định',
                          'rename[Bệnh viện quận 4]->Bệnh viện đa khoa Khánh Hội',
                          'rename[Bệnh viện huyện Lạc Sơn]->Bệnh viện đa khoa Lạc Sơn']),
        ('Tỉnh đổi tên 2 bệnh viện.\n\nKhu vực Tên cũ Tên mới\nTP.HCM (2 bệnh viện) Bệnh viện quận 1 Bệnh viện đa '
         'khoa Tân Định\nBệnh viện quận 4 Bệnh viện đa khoa Khánh Hội',
         ['rename[]->None#2', 'rename[Bệnh viện quận 1]->Bệnh viện đa khoa Tân Định',
          'rename[Bệnh viện quận 4]->Bệnh viện đa khoa Khánh Hội']),
    ],
    "a_body_founded_beside_its_successor": [
        # "A, tiền thân của B ngày nay, đã ra đời": A came to be
        ('Ngày 5-12-1945, Nhà xuất bản Tân An, tiền thân của Nhà xuất bản Chính trị Tân An ngày nay đã chính thức ra '
         'đời.', ['establish[]->Nhà xuất bản Tân An']),
    ],
    "the_name_merged_bodies_share": [
        ('Thông tấn xã Tân An và Thông tấn xã Hà Lâm hợp nhất với tên chung là Thông tấn xã Lâm An.',
         ['merge[Thông tấn xã Tân An | Thông tấn xã Hà Lâm]->Thông tấn xã Lâm An']),
    ],
    "the_first_of_a_number_founds_alone": [
        # "là đơn vị đầu tiên trong 20 phường": the total the first one stands among, no count founded
        ('Phường Tân An là đơn vị đầu tiên trong 20 phường của thành phố thành lập cơ quan tham mưu, giúp việc chung.',
         []),
        ('Xã Tân An là đơn vị duy nhất trong 12 xã của huyện thành lập hợp tác xã nông nghiệp.', []),
    ],
    "judgment_enforcement_offices_counted": [
        ('Sau khi bỏ cấp huyện, Cục Thi hành án dân sự tỉnh Hà Lâm sẽ thành lập 6 thi hành án khu vực.',
         ['establish[]->None#6']),
        ('Bộ Tư pháp quyết định giải thể 9 chi cục thi hành án dân sự cấp huyện.', ['dissolve[]->None#9']),
    ],
    "a_body_reformed_as_one_of_its_own_kind": [
        # "tổ chức lại Phòng A thành Phòng B": the same kind of body under a new name is renamed
        ('Bộ tổ chức lại Phòng Đường sắt thành Phòng Phương tiện giao thông đường sắt.',
         ['rename[Phòng Đường sắt]->Phòng Phương tiện giao thông đường sắt']),
        ('Sở tổ chức lại Trường Trung học phổ thông Tân An thành Trường Trung học phổ thông chuyên Tân An.',
         ['rename[Trường Trung học phổ thông Tân An]->Trường Trung học phổ thông chuyên Tân An']),
        # another kind of body is founded on it
        ('Bộ tổ chức lại Vụ Tổ chức cán bộ thành Cục Tổ chức cán bộ.',
         ['establish[Vụ Tổ chức cán bộ]->Cục Tổ chức cán bộ']),
    ],
    "a_city_s_management_areas_merged": [
        ('Thành phố thành lập Trung tâm Quản lý đường thủy trực thuộc Sở Giao thông vận tải trên cơ sở hợp nhất và tổ '
         'chức lại Khu Quản lý đường thủy nội địa và Trung tâm Đăng kiểm phương tiện thủy.',
         ['merge[Khu Quản lý đường thủy nội địa | Trung tâm Đăng kiểm phương tiện thủy]->Trung tâm Quản lý đường thủy']),
    ],
    "bodies_handed_over_counted_after_the_receiver": [
        # "chuyển giao A quản lý 3 cơ sở: B, C và D": the receiver first, then the bodies it is to run, by their places
        ('Sở Lao động chuyển giao Công an tỉnh quản lý 3 cơ sở cai nghiện ma túy: Tân An, Tân Bình và Tân Hòa.',
         ['transfer[cơ sở cai nghiện ma túy Tân An | cơ sở cai nghiện ma túy Tân Bình | cơ sở cai nghiện ma túy Tân Hòa '
          '| Công an tỉnh]->Công an tỉnh']),
    ],
    "communes_whose_names_open_like_an_old_level": [
        # "Phủ Lý" under "3 xã:" is a commune's name, its first syllable an old level word
        ('Xã Hợp An được thành lập trên cơ sở sáp nhập nguyên trạng diện tích tự nhiên và dân số của 3 xã: Ôn Lương, '
         'Phủ Lý và Hợp An.', ['merge[xã Ôn Lương | xã Phủ Lý | xã Hợp An]->Xã Hợp An#3']),
    ],
    "a_unit_history_in_wiki_markup": [
        # the link markup of a wiki's source is read as the words it shows
        ('Các huyện được hợp nhất như sau:\n* 2 huyện [[Lệ Sơn]], [[Quảng Hà, Hà Lâm|Quảng Hà]] thành huyện [[Lệ Hà]].',
         ['merge[huyện Lệ Sơn | huyện Quảng Hà]->huyện Lệ Hà']),
    ],
    "a_body_s_names_one_dated_line_each": [
        # a bullet, a date, a colon and one name a line: the names a body bore, each the renaming of the one before
        ('Lịch sử hình thành Trường Sĩ quan Tân An\n- Từ ngày 15 tháng 4 năm 1945: Trường Quân chính kháng chiến;\n'
         '- Từ ngày 7 tháng 9 năm 1945: Trường Quân chính Tân An;\n- Từ tháng 2 năm 1948: Trường Lục quân Tân An;',
         ['rename[Trường Quân chính kháng chiến]->Trường Quân chính Tân An',
          'rename[Trường Quân chính Tân An]->Trường Lục quân Tân An']),
        # two dated lines are no history of names
        ('Khen thưởng:\n- Năm 2010: Trường Tiểu học Tân An;\n- Năm 2015: Trường Tiểu học Tân Bình.', []),
    ],
    "breaking_in_is_no_merge": [
        ('Kẻ gian đột nhập nhà máy Z125 ở Phú Thọ.', []),
    ],
    "a_unit_raised_in_brackets": [
        # "xã A (lên phường A)": the bracket says the commune becomes a ward of its own name
        ('Thị xã gồm thị trấn Tân An (được nâng cấp lên phường Tân An) và các xã Hồng Lạc (lên phường Hồng Lạc), Kiên '
         'Hòa.', ['establish[thị trấn Tân An]->phường Tân An', 'establish[xã Hồng Lạc]->phường Hồng Lạc']),
        # another place in the bracket is where one goes
        ('Đoàn đi xã Tân An (lên phường Tân Bình) để khảo sát.', []),
    ],
    "a_unit_come_to_be_on_a_basis": [
        # "thành phố A thành lập trên cơ sở ... của thị xã A": no "được", the basis says A came to be
        ('Theo đó, thành phố Phổ An thành lập trên cơ sở toàn bộ 258,42 km2 diện tích tự nhiên và quy mô dân số của thị '
         'xã Phổ An.', ['establish[thị xã Phổ An]->thành phố Phổ An']),
    ],
    "a_unit_laid_out_in_lower_units_actively": [
        # "chia tỉnh A thành 8 huyện": the province laid out as its districts, nothing split
        ('Chính quyền chia tỉnh Lạc Sơn thành 8 huyện, trong đó có huyện Tân An.', []),
        ('Chia tỉnh Hà Lâm thành 2 tỉnh Hà Sơn và Lâm An.', ['split[tỉnh Hà Lâm]->None']),
        ('Chia xã Tân An thành 3 xã.', ['split[xã Tân An]->None']),
    ],
    "a_unit_founded_again_from_another": [
        # "tái lập từ B": B is where the unit came from, not what was founded
        ('Năm 1997, tỉnh Bắc Kạn được tái lập từ tỉnh Bắc Thái.', ['establish[tỉnh Bắc Thái]->tỉnh Bắc Kạn']),
        # the same without "được": the province came out of the other
        ('Tháng 10 năm 1991, tỉnh Lâm Hà tái thành lập từ tỉnh Lâm Đồng.', ['establish[tỉnh Lâm Đồng]->tỉnh Lâm Hà']),
        # a unit placed under the new one after a comma is its part from then on, no source
        ('Ngày 1/7/1991, tỉnh Lâm Hà được tái lập từ tỉnh Lâm Đồng cũ, huyện Đơn Dương thuộc tỉnh Lâm Hà.', ['establish[tỉnh Lâm Đồng]->tỉnh Lâm Hà']),
        ('Xã Tân Phú được thành lập từ xã Tân An, xã Tân Bình thuộc huyện Hòa Vang.', ['merge[xã Tân An | xã Tân Bình]->Xã Tân Phú']),
    ],
    "new_units_listed_after_a_count_of_units": [
        # units named with their own level word take no other noun from the count before them
        ('Quận Hải An sẽ thành lập 2 đơn vị cơ sở mới, gồm: phường Đông Hải 1 và phường Đông Hải 2.', ['establish[]->phường Đông Hải 1', 'establish[]->phường Đông Hải 2']),
    ],
    "a_name_ends_before_a_second_act": [
        # "và việc ...": the next act named as a noun, no part of the new name
        ('Việc đổi tên Ban Thi đua thành Sở Thi đua và việc sáp nhập Trường Bồi dưỡng vào Sở Thi đua là cần thiết.', ['rename[Ban Thi đua]->Sở Thi đua', 'merge[Trường Bồi dưỡng | Sở Thi đua]->Sở Thi đua']),
    ],
    "a_class_is_no_name": [
        # "Cục loại II", "bệnh viện hạng I": the class a body is raised to
        ('Năm 2010, Cục Kiểm lâm được nâng lên Cục loại II và đổi tên thành Cục Kiểm lâm Việt Nam.', ['rename[Cục Kiểm lâm]->Cục Kiểm lâm Việt Nam']),
        # one of a number founded first is no count of one
        ('Sở Tư pháp là một trong số 12 sở được thành lập đầu tiên của tỉnh.', []),
    ],
    "a_list_of_new_bodies_with_what_each_is_made_of": [
        # each line names a new body, then the units it takes in after "gồm": those are founded on, not founded
        ('Danh sách các đảng bộ mới được thành lập như sau:\n\nĐảng bộ phường Tân An, gồm các phường: Tân Lập, Tân Hòa. Đảng bộ phường Tân Bình, gồm phường Tân Thuận và xã Tân Phú.', ['establish[]->Đảng bộ phường Tân An', 'establish[]->Đảng bộ phường Tân Bình']),
    ],
    "a_body_that_founds_an_unnamed_one": [
        # the body before an active founding verb founds what follows, a lower-case kind with no name: no event
        ('Sắp tới, Liên đoàn Lao động tỉnh sẽ thành lập thêm nghiệp đoàn nghề cá ở huyện Vạn Ninh.', []),
        ('Hội Nông dân huyện vừa thành lập thêm chi hội nghề nghiệp.', []),
        # a body founded at a time, the verb active
        ('Trường Tiểu học Hòa Bình thành lập cách đây 30 năm.', ['establish[]->Trường Tiểu học Hòa Bình']),
    ],
    "a_body_proposed_for_a_change": [
        # "được đề xuất": a proposal said of the body changed, which stays the subject
        ('Bệnh viện Quận 5 được đề xuất đổi tên thành Bệnh viện Chợ Quán.', ['rename[Bệnh viện Quận 5]->Bệnh viện Chợ Quán']),
        ('Trường THCS Hòa Lạc được đề xuất sáp nhập vào Trường THCS Hòa Bình.', ['merge[Trường THCS Hòa Lạc | Trường THCS Hòa Bình]->Trường THCS Hòa Bình']),
    ],
    "the_body_formed_named_before_its_basis": [
        # "A hình thành từ việc sáp nhập B và C", "A ra đời trên cơ sở hợp nhất B và C": A is what the merge forms
        ('Trường Cao đẳng Y tế Tây Nguyên hình thành từ việc sáp nhập Trường Cao đẳng Y tế Gia Lai và Trường Cao đẳng Y tế Kon Tum.', ['merge[Trường Cao đẳng Y tế Gia Lai | Trường Cao đẳng Y tế Kon Tum]->Trường Cao đẳng Y tế Tây Nguyên']),
        ('Trung tâm Y tế huyện Đak Pơ ra đời trên cơ sở hợp nhất Bệnh viện huyện Đak Pơ và Trung tâm Y tế dự phòng huyện Đak Pơ.', ['merge[Bệnh viện huyện Đak Pơ | Trung tâm Y tế dự phòng huyện Đak Pơ]->Trung tâm Y tế huyện Đak Pơ']),
    ],
    "a_body_that_takes_its_peers_in": [
        # a school merging schools goes on, the others in it; a department that merges schools is no peer
        ('Trường Cao đẳng Nghề Gia Lai hợp nhất Trường Trung cấp nghề An Khê và Trường Trung cấp nghề Ayun Pa.', ['merge[Trường Trung cấp nghề An Khê | Trường Trung cấp nghề Ayun Pa | Trường Cao đẳng Nghề Gia Lai]->Trường Cao đẳng Nghề Gia Lai']),
        ('Sở Giáo dục hợp nhất Trường Tiểu học Đông và Trường Tiểu học Tây.', ['merge[Trường Tiểu học Đông | Trường Tiểu học Tây]->None']),
    ],
    "units_counted_then_listed_with_their_level": [
        # "3 xã gồm các xã A, B": the count's words give no name to the units listed (after "cũ bao gồm" the list is not
        # read yet, but no name is made up)
        ('Xã Hòa Phong hình thành trên cơ sở sáp nhập 3 xã gồm các xã Hòa Nhơn, Hòa Sơn và Hòa Khương.', ['merge[xã Hòa Nhơn | xã Hòa Sơn | xã Hòa Khương]->Xã Hòa Phong#3']),
        ('Xã Hòa Phong hình thành trên cơ sở sáp nhập 3 xã cũ bao gồm các xã Hòa Nhơn, Hòa Sơn và Hòa Khương.', ['merge[]->Xã Hòa Phong#3']),
    ],
    "wards_merged_as_units_of_land": [
        # "đơn vị hành chính các phường": the words for units of land give no head to the wards
        ('Phường Bình Minh hình thành trên cơ sở sáp nhập đơn vị hành chính các phường: Tân Hòa, Tân Lập và Tân Thuận.', ['merge[phường Tân Hòa | phường Tân Lập | phường Tân Thuận]->Phường Bình Minh']),
        ('Phường Bình Minh hình thành trên cơ sở sáp nhập đơn vị hành chính các phường Tân Hòa, Tân Lập và Tân Thuận.', ['merge[phường Tân Hòa | phường Tân Lập | phường Tân Thuận]->Phường Bình Minh']),
        # a head alone after the naming word names no unit: no renaming told
        ('Xã Tân Phú đổi tên thành Xã, phường mới Tân Lộc.', []),
    ],
    "provinces_merged_in_a_history": [
        # the capital named as such; the land of a province merged; the body they come to after a comma
        ('Năm 2008, tỉnh Hà Tây được sáp nhập vào Thủ đô Hà Nội.', ['merge[tỉnh Hà Tây | Thủ đô Hà Nội]->Thủ đô Hà Nội']),
        ('Năm 1950, Chính phủ quyết định hợp nhất tỉnh Vĩnh Yên với Phúc Yên, thành tỉnh Vĩnh Phúc.', ['merge[tỉnh Vĩnh Yên | tỉnh Phúc Yên]->tỉnh Vĩnh Phúc']),
        # a comma before "thành lập" opens another act
        ('Giải thể 3 trường, thành lập 2 trường mới.', ['dissolve[]->None#3', 'establish[]->None#2']),
    ],
    "a_history_step_renames_by_thay_doi_ten_goi": [
        # "thay đổi tên gọi là B": B is the new name, with a subject or as a step of a history
        ('Năm 1993, Sở Giao thông Cửu Long thay đổi tên gọi là Sở Giao thông Trà Vinh.', ['rename[Sở Giao thông Cửu Long]->Sở Giao thông Trà Vinh']),
        ('Sở Thủy lợi Cửu Long được thành lập năm 1976. Ngày 21 tháng 5 năm 1993 thay đổi tên gọi là Sở Thủy lợi Trà Vinh.', ['establish[]->Sở Thủy lợi Cửu Long', 'rename[Sở Thủy lợi Cửu Long]->Sở Thủy lợi Trà Vinh']),
    ],
    "a_founded_body_described_after_a_comma": [
        # ", cơ quan ...": the body founded, told again by a word for bodies in general
        ('Năm 1959, Chủ tịch nước ký sắc lệnh thành lập Ủy ban Khoa học Nhà nước, cơ quan Trung ương quản lý khoa học.', ['establish[]->Ủy ban Khoa học Nhà nước']),
    ],
    "a_site_of_a_body_founded": [
        # "cơ sở 2 của Trường A", "phân hiệu của Trường A": a part of A, unnamed, is founded, not A
        ('Năm 1979 cơ sở 2 của Trường Đại học Y Thái Bình được thành lập tại Nam Định.', []),
        ('Năm 2017 phân hiệu của Trường Đại học Nông Lâm được thành lập tại Lào Cai.', []),
    ],
    "a_history_step_merges_the_unit_named_last": [
        # a dated step with no subject: the unit of the partner's level the history named last merges with it
        ('Tỉnh Lạng Giang được thành lập năm 1965. Ngày 27 tháng 12 năm 1975 hợp nhất với tỉnh Cao Sơn thành tỉnh Lạng Cao.', ['establish[]->Tỉnh Lạng Giang', 'merge[Tỉnh Lạng Giang | tỉnh Cao Sơn]->tỉnh Lạng Cao']),
        ('Năm 1975 hợp nhất với tỉnh Cao Sơn thành tỉnh Lạng Cao.', ['merge[tỉnh Cao Sơn]->tỉnh Lạng Cao']),
    ],
    "a_unit_divided_by_phan_chia": [
        # "phân chia", "phân tách" split a unit as "chia" does; dividing tasks is no split
        ('Năm 1983, huyện Hàm Tân được phân chia thành huyện Hàm Tân Bắc và huyện Hàm Tân Nam.', ['split[huyện Hàm Tân]->None']),
        ('Tỉnh phân chia nhiệm vụ cho các sở.', []),
    ],
    "a_village_followed_by_its_commune": [
        # the commune right after a village gives its address; the village is the subject
        ('Năm 2010, thôn Đông xã Hòa Lạc đổi tên thành thôn Đông Lạc.', ['rename[thôn Đông]->thôn Đông Lạc']),
        ('Thôn Bắc và thôn Nam xã Hòa Lạc sáp nhập thành thôn Bắc Nam.', ['merge[Thôn Bắc | thôn Nam]->thôn Bắc Nam']),
    ],
    "a_founded_body_described_before_its_verb": [
        # "A, cơ quan ..., đã được thành lập": an aside tells what kind of body A is; A is founded
        ('Năm 1965, Viện Thổ nhưỡng, cơ quan nghiên cứu đất đai đầu tiên của cả nước, đã được thành lập.', ['establish[]->Viện Thổ nhưỡng']),
        ('Ngày 2/3/1990, Trung tâm Kiểm định Xây dựng, đơn vị sự nghiệp trực thuộc Sở Xây dựng, được thành lập.', ['establish[]->Trung tâm Kiểm định Xây dựng']),
        ('Năm 1965, Viện Thổ nhưỡng, nơi nghiên cứu đất đai, đã được công nhận.', []),
    ],
    "hotels_and_brands_of_airlines_and_groups": [
        # a hotel is a business of its own; an airline or a group may be named by its brand alone
        ('Khách sạn Hoa Sen được thành lập năm 1972.', ['establish[]->Khách sạn Hoa Sen']),
        ('Năm 2007, hãng hàng không Mekong Airlines ra đời.', ['establish[]->Mekong Airlines']),
        ('Năm 2019, Lotus Group được thành lập.', ['establish[]->Lotus Group']),
    ],
    "a_count_named_by_do_la_in_the_next_sentence": [
        # "Đó là A, B và C": as many bodies as the founding counted, named in the sentence after it
        ('Huyện thành lập 2 trường mầm non mới. Đó là Trường Mầm non Hoa Mai và Trường Mầm non Hoa Hồng tại xã Yên Lạc.', ['establish[]->None#2', 'establish[]->Trường Mầm non Hoa Mai', 'establish[]->Trường Mầm non Hoa Hồng']),
        ('Huyện thành lập 3 trường mầm non mới. Đó là Trường Mầm non Hoa Mai và Trường Mầm non Hoa Hồng.', ['establish[]->None#3']),
    ],
    "a_member_with_its_short_name_in_brackets": [
        # "(gọi tắt là X)", "(tên giao dịch là X)": the member's other name, the list goes on after it
        ('Năm 1960, hợp nhất Hội Nông dân Cứu quốc (gọi tắt là Nông hội) và Hội Nông dân Tập thể thành Hội Nông dân Việt Nam.', ['merge[Hội Nông dân Cứu quốc | Hội Nông dân Tập thể]->Hội Nông dân Việt Nam']),
        ('Công ty Bình Minh (tên giao dịch là BM Co) sáp nhập vào Công ty Ánh Dương.', ['merge[Công ty Bình Minh | Công ty Ánh Dương]->Công ty Ánh Dương']),
    ],
    "a_predecessor_in_brackets_founded": [
        # "A (tiền thân của B) ra đời": A, the predecessor, came to be
        ('Năm 1976, Xí nghiệp In Tổng hợp (tiền thân của Tổng công ty In Miền Nam) ra đời.', ['establish[]->Xí nghiệp In Tổng hợp']),
    ],
    "a_receiver_announcing_its_decision": [
        # "A công bố quyết định tiếp nhận B": who announces the decision to receive B receives it
        ('UBND tỉnh Hòa Bình công bố quyết định tiếp nhận Bệnh viện Đa khoa Trung ương Lạc Sơn từ Bộ Y tế.', ['transfer[Bệnh viện Đa khoa Trung ương Lạc Sơn | UBND tỉnh Hòa Bình]->UBND tỉnh Hòa Bình']),
        ('Sở Giáo dục tổ chức lễ tiếp nhận Trường Cao đẳng Sư phạm Lạng Giang từ UBND tỉnh.', ['transfer[Trường Cao đẳng Sư phạm Lạng Giang | Sở Giáo dục]->Sở Giáo dục']),
    ],
    "a_founding_based_on_a_decision": [
        # "trên cơ sở Quyết định ... của B": a decision and who issued it, no body the new one grows from
        ('Việc thành lập Trung tâm Y tế Bắc Hà được thực hiện trên cơ sở Quyết định số 45/QĐ-UBND của UBND tỉnh.', ['establish[]->Trung tâm Y tế Bắc Hà']),
    ],
    "a_founded_body_with_its_address_in_brackets": [
        # "Công ty A (xã B, huyện C, tỉnh D)": a body named in full and where it stands, one body, not one per place
        ('Năm 2005, thành lập Công ty TNHH Hòa Bình Xanh (xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước) chuyên trồng điều.', ['establish[]->Công ty TNHH Hòa Bình Xanh']),
        ('Giải thể Hội Nông dân (xã Tân Lập, xã Tân Hòa).', ['dissolve[Hội Nông dân xã Tân Lập | Hội Nông dân xã Tân Hòa]->None']),
    ],
    "a_receiver_given_a_body_in_the_passive": [
        # "A được chuyển giao B": A is handed B; "B được chuyển giao về A" is the same handover told from B
        ('Công an tỉnh Hòa Bình được chuyển giao Cơ sở cai nghiện ma túy số 4.', ['transfer[Cơ sở cai nghiện ma túy số 4 | Công an tỉnh Hòa Bình]->Công an tỉnh Hòa Bình']),
        ('Cơ sở cai nghiện ma túy số 4 được chuyển giao về Công an tỉnh Hòa Bình.', ['transfer[Cơ sở cai nghiện ma túy số 4 | Công an tỉnh Hòa Bình]->Công an tỉnh Hòa Bình']),
    ],
    "a_unit_merged_back_into_another": [
        # "sáp nhập trở lại B": back into the unit it had left
        ('Năm 2019, huyện Bảo Thắng được sáp nhập trở lại huyện Bảo Yên.', ['merge[huyện Bảo Thắng | huyện Bảo Yên]->huyện Bảo Yên']),
    ],
    "what_a_unit_holds_then_the_last_founded": [
        # "A có 10 huyện: B, C ... và huyện D được thành lập năm 2005": the list is what A holds; D was founded
        ('Tỉnh Lâm Viên có 3 huyện: Đơn Hòa, Lạc Sơn và huyện Đạm Thủy được thành lập năm 2005.', ['establish[]->huyện Đạm Thủy']),
        # a founding's own list after a colon: every body named is founded
        ('Năm 2005, thành lập 3 huyện: huyện Đơn Hòa, huyện Lạc Sơn và huyện Đạm Thủy.',
         ['establish[]->huyện Đơn Hòa', 'establish[]->huyện Lạc Sơn', 'establish[]->huyện Đạm Thủy']),
    ],
    "a_history_renames_by_doi_lam_and_cai_lam": [
        # the old words of the histories for a new name or rank: "đổi làm", "cải làm", "đổi gọi là"
        ('Năm 1841, huyện Quảng Hóa đổi làm châu Hòa Lạc.', ['rename[huyện Quảng Hóa]->châu Hòa Lạc']),
        ('Năm 1928, huyện Bình Giang đổi gọi là phủ Bình Giang.', ['rename[huyện Bình Giang]->phủ Bình Giang']),
        ('Năm 1903, phủ An Hòa cải làm huyện An Hòa.', ['rename[phủ An Hòa]->huyện An Hòa']),
        ('Ông được đổi làm việc ở Sở Tư pháp.', []),
    ],
    "a_unit_placed_by_its_province_with_no_comma": [
        # "huyện A tỉnh B về/vào C": the province right after the district says where it lay, no body moved
        ('Năm 1978, chuyển huyện Tân Lạc tỉnh Hà Lâm về thành phố Bình Sơn.', ['transfer[huyện Tân Lạc | thành phố Bình Sơn]->thành phố Bình Sơn']),
        ('Năm 1991, sáp nhập xã An Bình huyện Tân Lạc vào huyện Bình Sơn.', ['merge[xã An Bình | huyện Bình Sơn]->huyện Bình Sơn']),
    ],
    "a_refounding_verb_opening_its_object": [
        # "tái lập 2 thị xã A và B": with nothing before it, the verb founds what follows, each named body
        ('Năm 1955, tái lập 2 thị xã Tân Lạc và Bình Sơn.', ['establish[]->thị xã Tân Lạc', 'establish[]->thị xã Bình Sơn']),
        # what an act is for: "điều chỉnh ... huyện A để tái lập huyện B" founds B out of A
        ('Năm 2000, điều chỉnh địa giới hành chính huyện Tân Lạc để tái lập huyện Bình Sơn, huyện Tân Lạc còn 20 xã.', ['establish[huyện Tân Lạc]->huyện Bình Sơn']),
    ],
    "units_of_two_levels_founded_together": [
        # "thành lập thị xã A, thị trấn B thuộc huyện C": a lower level beside a higher one is founded too
        ('Nghị quyết thành lập thị xã Tân Lạc, thị trấn An Bình thuộc huyện Bình Sơn và thị trấn Hòa Phú thuộc huyện Lạc Yên, tỉnh Hà Lâm.', ['establish[]->thị xã Tân Lạc', 'establish[]->thị trấn An Bình', 'establish[]->thị trấn Hòa Phú']),
        # a higher level after a comma only places the unit founded
        ('Năm 2003, thành lập xã Tân Lạc, huyện Bình Sơn.', ['establish[]->xã Tân Lạc']),
    ],
    "a_body_in_lower_case_before_its_own_founding": [
        # "Tiền thân là Đội A thành lập năm 1959", "Ngày 5/7, Trạm B được thành lập": head, lower-case field, founding
        ('Tiền thân là Đội khảo sát địa chất thành lập năm 1959, đến năm 1965 chuyển thành Viện Địa chất Hà Lâm.', ['establish[]->Đội khảo sát địa chất', 'rename[Đội khảo sát địa chất]->Viện Địa chất Hà Lâm']),
        ('Ngày 5/7/1960, Trạm nghiên cứu thủy sản được thành lập.', ['establish[]->Trạm nghiên cứu thủy sản']),
        # the head alone, or a verb of its own after it: no name
        ('Trường tổ chức lễ kỷ niệm 50 năm ngày thành lập.', []),
        ('Ban quản lý dự án họp bàn việc thành lập trạm bơm.', []),
    ],
    "a_rename_with_how_the_body_works": [
        # "chuyển đổi hình thức hoạt động thành B": the form changes with the name
        ('Từ năm 2021, Báo Văn nghệ Hà Lâm sẽ chuyển đổi hình thức hoạt động thành Tạp chí Văn nghệ Hà Lâm.', ['rename[Báo Văn nghệ Hà Lâm]->Tạp chí Văn nghệ Hà Lâm']),
    ],
    "a_fronted_founding_then_phrases_of_time": [
        # "Thành lập năm 1952, trong suốt 70 năm ..., đến nay A ...": the body after the phrases of time
        ('Thành lập vào tháng 12 năm 1952, trong suốt 70 năm xây dựng và trưởng thành, đến nay Nhà hát Kịch Hà Lâm đã có nhiều vở diễn.', ['establish[]->Nhà hát Kịch Hà Lâm']),
        # a phrase with a body of its own in between: no subject to tell
        ('Thành lập năm 1952, sau nhiều năm, nhà hát phối hợp với Nhà hát Lớn Hà Lâm biểu diễn.', []),
    ],
    "units_of_two_levels_counted_then_named": [
        # "01 phường và 02 xã (A, B, C)": one count of three units, then their names
        ('Phường Đông Lâm được thành lập trên cơ sở sáp nhập toàn bộ diện tích tự nhiên, quy mô dân số của 01 phường và 02 xã (phường Lộc Hòa, xã Mỹ Thắng, xã Mỹ Hà).', ['merge[phường Lộc Hòa | xã Mỹ Thắng | xã Mỹ Hà]->Phường Đông Lâm#3']),
        ('Sáp nhập 3 xã (xã Lộc Hòa, xã Mỹ Thắng, xã Mỹ Hà) thành phường Đông Lâm.', ['merge[xã Lộc Hòa | xã Mỹ Thắng | xã Mỹ Hà]->phường Đông Lâm#3']),
        ('Đặc khu Hà Lâm sẽ được thành lập trên cơ sở sáp nhập hai phường và sáu xã thuộc thành phố Hà Lâm.', ['merge[]->Đặc khu Hà Lâm#8']),
        # a comma between the counts: merges of each level
        ('Tỉnh sẽ sáp nhập 2 xã, 2 phường trong năm nay.', ['merge[]->None#2']),
    ],
    "a_founding_source_in_brackets": [
        # "thành lập phường A (từ xã A)": where the new unit comes from, in brackets
        ('Thành lập phường Hương Lâm (từ xã Hương Lâm).', ['establish[xã Hương Lâm]->phường Hương Lâm']),
        # a bracket that only says where it lies
        ('Thành lập phường Hương Lâm (thị xã Hương Trà).', ['establish[]->phường Hương Lâm']),
    ],
    "bodies_taken_out_and_moved_at_once": [
        # "tách hai quận A, B nhập vào tỉnh C", "cắt xã A chuyển qua thị xã B": the taking out is how they move
        ('Năm 1963, tách hai quận Tân Lạc, Bình Sơn nhập vào tỉnh Hà Lâm.', ['merge[quận Tân Lạc | quận Bình Sơn | tỉnh Hà Lâm]->tỉnh Hà Lâm#2']),
        ('Năm 1981, cắt hai xã Tân Lạc, Bình Sơn chuyển qua thị xã Hà Lâm.', ['transfer[xã Tân Lạc | xã Bình Sơn | thị xã Hà Lâm]->thị xã Hà Lâm']),
        ('Năm 1981, cắt xã Tân Lạc chuyển về thị xã Hà Lâm.', ['transfer[xã Tân Lạc | thị xã Hà Lâm]->thị xã Hà Lâm']),
        # parting from its owner is an act of its own beside the handover
        ('Công ty Viễn thông Hà Lâm được tách khỏi Tập đoàn Bình Sơn và điều chuyển sang cho Bộ Công Thương quản lý.', ['split[Tập đoàn Bình Sơn]->Công ty Viễn thông Hà Lâm', 'transfer[Công ty Viễn thông Hà Lâm | Bộ Công Thương]->Bộ Công Thương']),
    ],
    "one_body_told_by_its_kind_then_named": [
        # "thành lập một cơ quan kinh doanh lấy tên là Sở A": one body of a kind, then the name it is given
        ('Năm 1951, Chính phủ thành lập một cơ quan kinh doanh lấy tên là Sở Mậu dịch Hà Lâm.', ['establish[]->Sở Mậu dịch Hà Lâm']),
        ('Năm 1960, thành lập một xã mới lấy tên là xã Bình An.', ['establish[]->xã Bình An']),
        ('Thành lập một Tổng hội lấy tên là Hội Phật giáo Hà Lâm.', ['establish[]->Hội Phật giáo Hà Lâm']),
        # a body of a kind with no name: none founded by name
        ('Tỉnh thành lập một tổ công tác để rà soát.', []),
    ],
    "a_body_told_again_by_its_head_takes_a_name": [
        # "bệnh viện chính thức mang tên B": the body told of before, by its head, given its new name
        ('Bệnh viện Tân Lạc được xây dựng năm 1950. Năm 1978, bệnh viện chính thức mang tên Bệnh viện Bình Sơn.', ['rename[Bệnh viện Tân Lạc]->Bệnh viện Bình Sơn']),
        ('Trường Tân Lạc được xây dựng năm 1950. Năm 1978, trường được mang tên Trường Bình Sơn.', ['rename[Trường Tân Lạc]->Trường Bình Sơn']),
        # a name it bears, no change told
        ('Trường mang tên Trường Bình Sơn từ năm 1990.', []),
    ],
    "a_body_declaring_itself_founded": [
        # "Hội A tuyên bố thành lập": a body that declares its own founding, with nothing after the verb
        ('Ngày 2/9/2001, Hội Doanh nhân trẻ huyện Bình Sơn tuyên bố thành lập.', ['establish[]->Hội Doanh nhân trẻ huyện Bình Sơn']),
        ('Công ty Cổ phần Tân Lạc tuyên bố giải thể từ ngày 1/7.', ['dissolve[Công ty Cổ phần Tân Lạc]->None']),
        # the declaring body founds another: that one is the new body
        ('UBND huyện Bình Sơn tuyên bố thành lập Ban Chỉ đạo phòng chống dịch.', ['establish[]->Ban Chỉ đạo phòng chống dịch']),
        # a declared refusal founds nothing
        ('Nhóm cổ đông tuyên bố sẽ không sáp nhập Ngân hàng Tân Lạc vào Ngân hàng Bình Sơn.', []),
    ],
    "a_body_told_again_by_its_head_is_founded": [
        # "Bảo tàng A nằm ở ... Bảo tàng được thành lập năm 1929": the head alone stands for the body named before
        ('Bảo tàng Tân Lạc nằm ở trung tâm thành phố. Bảo tàng được thành lập năm 1929.', ['establish[]->Bảo tàng Tân Lạc']),
        ('Trường Tân Lạc nằm ở xã Hà Lâm. Năm 2005, trường được đổi tên thành Trường Bình Sơn.', ['rename[Trường Tân Lạc]->Trường Bình Sơn']),
    ],
    "a_list_of_renamings_by_se_goi_la": [
        # "đổi tên các Địa phận như sau: - A sẽ gọi là B": the one who renames a class is no body renamed; each line is
        ('Bộ Truyền giáo đổi tên các Địa phận như sau:\n- Địa phận Tân Lạc sẽ gọi là Địa phận Hà Lâm.\n- Địa phận Bình Sơn sẽ gọi là Địa phận Phú Mỹ.', ['rename[Địa phận Tân Lạc]->Địa phận Hà Lâm', 'rename[Địa phận Bình Sơn]->Địa phận Phú Mỹ']),
        ('Trường Tân Lạc đổi tên các khoa.', []),
    ],
    "numbered_bodies_joined_together": [
        # "Quân đoàn 1 và Quân đoàn 2 hợp lại thành Quân đoàn 12": a body known by its number ends before the verb
        ('Cuối năm 2023, Sư đoàn 1 và Sư đoàn 2 hợp lại thành Sư đoàn 12.', ['merge[Sư đoàn 1 | Sư đoàn 2]->Sư đoàn 12']),
    ],
    "parts_taken_out_that_form_a_new_unit": [
        # "tách ấp A và ấp B của xã C, lập thành một xã lấy tên là xã D": the villages form the new commune
        ('Năm 1979, tách ấp Tân Lạc và ấp Hà Lâm của xã Bình Sơn, lập thành một xã lấy tên là xã Tân Lạc.', ['establish[ấp Tân Lạc | ấp Hà Lâm]->xã Tân Lạc']),
        # after a merge the same words say what the merge forms
        ('Sáp nhập xã Tân Lạc và xã Hà Lâm, lập thành xã Bình Sơn.', ['merge[xã Tân Lạc | xã Hà Lâm]->xã Bình Sơn']),
    ],
    "villages_taken_out_to_found_a_unit": [
        # "tách thôn A thuộc xã B để thành lập thị trấn C": the village is the part taken, whole
        ('Năm 1958, tách thôn Khe Mây thuộc xã Đồng Lư để thành lập thị trấn Lư Sơn.', ['establish[thôn Khe Mây]->thị trấn Lư Sơn']),
        ('Năm 1979, tách ấp Tân Lạc và ấp Hà Lâm của xã Bình Sơn để thành lập xã Tân Lạc.', ['establish[ấp Tân Lạc | ấp Hà Lâm]->xã Tân Lạc']),
        # taken out of the commune, named after "khỏi": the commune is split
        ('Tỉnh tách thôn Tân Lạc ra khỏi xã Bình Sơn để thành lập xã Hà Lâm.', ['split[xã Bình Sơn]->xã Hà Lâm']),
    ],
    "a_new_name_told_aside_inside_a_phrase": [
        # "của Đoạn A nay là Công ty B": with no comma, the name governed by a preposition only says which body
        ('Cán bộ của Đoạn quản lý đường bộ Tân Lạc nay là Công ty Giao thông Tân Lạc luôn kiên trì đổi mới.', []),
        ('Từ 1994 đến 2004, viện trực thuộc Bộ Khoa học, Công nghệ và Môi trường nay là Bộ Khoa học và Công nghệ.', []),
        # after a comma it tells the rename, governed or not
        ('Cán bộ của Ngân hàng Nam Hải, nay là Ngân hàng số Sao Mai, đã đến dự.', ['rename[Ngân hàng Nam Hải]->Ngân hàng số Sao Mai']),
        ('Ngân hàng Nam Hải nay là Ngân hàng số Sao Mai.', ['rename[Ngân hàng Nam Hải]->Ngân hàng số Sao Mai']),
    ],
    "land_of_several_units_taken_to_found_one": [
        # "tách 600 ha ... của xã A cùng với 2.600 ha ... của xã B để thành lập xã C": each unit that gives land
        ('Tách 600 ha diện tích tự nhiên với 425 nhân khẩu của xã Tân Lạc cùng với 2.600 ha diện tích tự nhiên của xã Hà Lâm để thành lập xã Bình Sơn.', ['establish[xã Tân Lạc | xã Hà Lâm]->xã Bình Sơn']),
        ('Tách 600 ha diện tích tự nhiên của xã Tân Lạc và 200 ha của xã Hà Lâm để thành lập xã Bình Sơn.', ['establish[xã Tân Lạc | xã Hà Lâm]->xã Bình Sơn']),
        # the district a commune lies in gives nothing
        ('Tách 600 ha diện tích tự nhiên của xã Tân Lạc thuộc huyện Hà Lâm để thành lập xã Bình Sơn.', ['establish[xã Tân Lạc]->xã Bình Sơn']),
    ],
    "a_unit_ended_then_going_into_another": [
        # "A giải thể, nhập (địa bàn) vào B": A ends, and goes into B
        ('Năm 1871, xã Tân Lạc giải thể, nhập vào xã Hà Lâm.', ['dissolve[xã Tân Lạc]->None', 'merge[xã Tân Lạc | xã Hà Lâm]->xã Hà Lâm']),
        ('Năm 1871, Hạt Thanh tra Tân Lạc giải thể, nhập địa bàn vào Hạt Thanh tra Hà Lâm.', ['dissolve[Hạt Thanh tra Tân Lạc]->None', 'merge[Hạt Thanh tra Tân Lạc | Hạt Thanh tra Hà Lâm]->Hạt Thanh tra Hà Lâm']),
        # the ending verb with its object: one merge, whether the land is said or not
        ('Năm 1871, giải thể xã Tân Lạc, nhập địa bàn vào xã Hà Lâm.', ['merge[xã Tân Lạc | xã Hà Lâm]->xã Hà Lâm']),
    ],
    "units_of_a_list_placed_by_their_owner": [
        # "3 xã A, B, C của thị xã D về huyện E": the town after "của" is where the communes lie, no member
        ('Năm 1995, chuyển 3 xã Hòa Lạc, Hòa Sơn, Hòa Đông của thị xã Bình Sơn về huyện Tân Lạc quản lý.', ['transfer[xã Hòa Lạc | xã Hòa Sơn | xã Hòa Đông | huyện Tân Lạc]->huyện Tân Lạc#3']),
        ('Sáp nhập xã Tân Lạc của huyện Bình Sơn vào xã Hà Lâm.', ['merge[xã Tân Lạc | xã Hà Lâm]->xã Hà Lâm']),
        ('Các phường 11, 12, 13 của quận 5 cũ được sáp nhập với tên mới là phường Bình An.', ['merge[phường 11 | phường 12 | phường 13]->phường Bình An']),
    ],
    "place_names_with_an_apostrophe": [
        # "Ea H’lam", "Đạ P’rông": a minority language's syllable with an apostrophe inside stays one name
        ('Năm 1977, tách 3 xã: Ea H’lam, Cư Pơng, Đạ P’rông để thành lập huyện Krông Lạc.', ['establish[xã Ea H’lam | xã Cư Pơng | xã Đạ P’rông]->huyện Krông Lạc']),
        ("Sáp nhập xã Ea Tân vào xã Đạ P'rông.", ["merge[xã Ea Tân | xã Đạ P'rông]->xã Đạ P'rông"]),
    ],
    "a_member_placed_as_it_is_now_in_brackets": [
        # "phường A (quận B hiện nay) và xã C (huyện D)": where each member lies, now or then
        ('Nhập phường Hòa Quý (quận Bình Sơn hiện nay) và xã Hòa Phước (huyện Tân Lạc) lấy tên mới là phường Hòa Quý.', ['merge[phường Hòa Quý | xã Hòa Phước]->phường Hòa Quý']),
        ('Nhập xã Hòa Phước (huyện Tân Lạc cũ) vào phường Hòa Quý.', ['merge[xã Hòa Phước | phường Hòa Quý]->phường Hòa Quý']),
    ],
    "a_history_renames_by_doi_la": [
        # "phủ A đổi là phủ B", "huyện A được đổi là châu B": the old word for a change of name
        ('Năm 1832, phủ Tân Lạc đổi là phủ Hà Lâm.', ['rename[phủ Tân Lạc]->phủ Hà Lâm']),
        ('Đến thời Lê, huyện Tân Lạc được đổi là phủ Hà Lâm.', ['rename[huyện Tân Lạc]->phủ Hà Lâm']),
        # no name after it: no rename
        ('Huyện Tân Lạc đổi là huyện có nhiều thay đổi nhất.', []),
    ],
    "places_that_get_units_founded": [
        # "3 tỉnh A, B và C được thành lập 3 thị xã": the towns are founded, the provinces only get them
        ('3 tỉnh Tân Lạc, Hà Lâm và Bình Sơn được thành lập 3 thị xã.', ['establish[]->None#3']),
        ('Tỉnh Tân Lạc được thành lập thêm 2 phường mới.', ['establish[]->None#2']),
        # the bodies before the verb are the ones founded when nothing is counted after it
        ('Ba trường Tân Lạc, Hà Lâm và Bình Sơn được thành lập năm 1990.', ['establish[]->trường Tân Lạc', 'establish[]->trường Hà Lâm', 'establish[]->trường Bình Sơn']),
    ],
    "a_refounding_after_a_list_of_other_bodies": [
        # "... bao gồm 3 thành phố là A, B, C và tái lập thị xã D": the verb founds D; the cities before it are no part
        ('Tỉnh hình thành khu vực nội thành bao gồm 3 thành phố là Tân Lạc, Hà Lâm, Bình Sơn và tái lập thị xã Tiên Yên.', ['establish[]->thị xã Tiên Yên']),
        # after a merging verb it says what the merge re-forms
        ('Sáp nhập xã Tân Lạc và xã Hà Lâm tái lập xã Bình Sơn.', ['merge[xã Tân Lạc | xã Hà Lâm]->xã Bình Sơn']),
    ],
    "a_unit_told_by_its_boundaries": [
        # "nhập địa giới hành chính huyện A vào thành phố B": the district goes in whole
        ('Nhập địa giới hành chính huyện Tân Lạc vào thành phố Hà Lâm.', ['merge[huyện Tân Lạc | thành phố Hà Lâm]->thành phố Hà Lâm']),
        # boundaries adjusted with no unit going in whole: no merge
        ('Chính phủ điều chỉnh địa giới hành chính huyện Tân Lạc và huyện Hà Lâm.', []),
    ],
    "units_founded_each_on_its_namesake": [
        # "thành lập 3 phường (A, B, C) trên cơ sở ... của thị trấn A và 2 xã (B, C)": each ward on the unit of its name
        ('Thành lập 3 phường (Tân Lạc, Hà Lâm, Bình Sơn) trên cơ sở nguyên trạng diện tích tự nhiên và quy mô dân số của thị trấn Tân Lạc và 2 xã (Hà Lâm, Bình Sơn) thuộc huyện Phú Mỹ.', ['establish[thị trấn Tân Lạc]->phường Tân Lạc', 'establish[xã Hà Lâm]->phường Hà Lâm', 'establish[xã Bình Sơn]->phường Bình Sơn']),
        ('Thành lập các phường Tân Lạc, Hà Lâm thuộc thị xã Phú Mỹ trên cơ sở xã Tân Lạc, Hà Lâm.', ['establish[xã Tân Lạc]->phường Tân Lạc', 'establish[xã Hà Lâm]->phường Hà Lâm']),
        # one source for all, no namesakes: each is founded on it
        ('Thành lập 2 phường Tân Lạc và Hà Lâm trên cơ sở toàn bộ diện tích của xã Bình Sơn.', ['establish[xã Bình Sơn]->phường Tân Lạc', 'establish[xã Bình Sơn]->phường Hà Lâm']),
    ],
    "a_board_that_prepares_a_founding": [
        # "thành lập Ban vận động thành lập Hội A": the board is founded; the association only later
        ('Năm 1961, Tỉnh ủy thành lập Ban vận động thành lập Hội Phụ nữ tỉnh Tân Lạc, Ban vận động có 15 thành viên.', ['establish[]->Ban vận động thành lập Hội Phụ nữ tỉnh Tân Lạc']),
    ],
    "a_basis_of_bare_units_after_a_plural_head": [
        # "trên cơ sở ... của các phường: A, B, C và xã D": every unit listed, the bare ones with the plural's head
        ('Thành lập quận Tân Lạc trên cơ sở toàn bộ diện tích tự nhiên và dân số của các phường: Cái Khế, An Hòa, Thới Bình và xã An Bình (thuộc thành phố Hà Lâm cũ).', ['establish[phường Cái Khế | phường An Hòa | phường Thới Bình | xã An Bình]->quận Tân Lạc']),
        ('Thành lập quận Tân Lạc trên cơ sở toàn bộ diện tích tự nhiên và dân số của các phường: Cái Khế, An Hòa, Thới Bình, An Nghiệp, An Cư, An Hội, Tân An, An Lạc, An Phú, Xuân Khánh và Hưng Lợi.', ['establish[phường Cái Khế | phường An Hòa | phường Thới Bình | phường An Nghiệp | phường An Cư | phường An Hội | phường Tân An | phường An Lạc | phường An Phú | phường Xuân Khánh | phường Hưng Lợi]->quận Tân Lạc']),
        ('Thành lập xã Tân Lạc trên cơ sở các thôn: Cái Khế, An Hòa.', ['establish[thôn Cái Khế | thôn An Hòa]->xã Tân Lạc']),
    ],
    "a_province_as_the_topic_after_an_opening_word": [
        # "Cụ thể, với tỉnh A, thành phố B được thành lập ...": the province is what the sentence speaks of
        ('Cụ thể, với tỉnh Tân Lạc, thành phố Hà Lâm được thành lập trên cơ sở thị xã Hà Lâm.', ['establish[thị xã Hà Lâm]->thành phố Hà Lâm']),
        # "với" joining two bodies merged together stays a joiner
        ('Trường Tân Lạc với Trường Hà Lâm, Trường Bình Sơn sáp nhập thành Trường Phú Mỹ.', ['merge[Trường Tân Lạc | Trường Hà Lâm | Trường Bình Sơn]->Trường Phú Mỹ']),
    ],
    "never_restructured": [
        # "chưa từng bị sáp nhập hoặc chia tách": never so far, for both verbs joined
        ('Việt Nam có 2 tỉnh chưa từng bị sáp nhập hoặc chia tách, đó là tỉnh Tân Lạc và tỉnh Hà Lâm.', []),
        ('Xã Tân Lạc không hề bị giải thể.', []),
        # after a comma the next verb may say what is done instead
        ('Không sáp nhập, giải thể Trường Tân Lạc.', ['dissolve[Trường Tân Lạc]->None']),
        # in the passive, not negated
        ('Xã Tân Lạc bị sáp nhập vào xã Hà Lâm.', ['merge[Xã Tân Lạc | xã Hà Lâm]->xã Hà Lâm']),
    ],
    "a_new_form_after_a_colon": [
        # "chuyển sang mô hình: Cục A": the new form's name after a colon
        ('Từ ngày 1/7, Tổng cục Thể thao Tân Lạc chính thức chuyển sang mô hình: Cục Thể thao Tân Lạc.', ['rename[Tổng cục Thể thao Tân Lạc]->Cục Thể thao Tân Lạc']),
    ],
    "a_member_with_its_former_name_in_brackets": [
        # "3 đơn vị: A (trước đây là B), C và D": what the member was called before, an aside in the list
        ('Học viện Tân Lạc được thành lập năm 2001 trên cơ sở sáp nhập 3 đơn vị: Trường Đại học Tân Lạc (trước đây là Trường cán bộ Tân Lạc), Viện Nghiên cứu Hà Lâm và Trung tâm Bồi dưỡng Bình Sơn.', ['merge[Trường Đại học Tân Lạc | Viện Nghiên cứu Hà Lâm | Trung tâm Bồi dưỡng Bình Sơn]->Học viện Tân Lạc#3']),
    ],
    "bodies_named_then_counted_again": [
        # the same handover or merge told again by a count of the bodies named before: one event
        ('Bộ Y tế chuyển giao Bệnh viện Lao và Bệnh viện Phổi về Trường Đại học Y Thái Bình. Việc chuyển giao hai bệnh viện về Trường Đại học Y Thái Bình giúp đào tạo tốt hơn.', ['transfer[Bệnh viện Lao | Bệnh viện Phổi | Trường Đại học Y Thái Bình]->Trường Đại học Y Thái Bình']),
        ('Huyện sáp nhập Trường THCS Hòa Lạc và Trường THCS Hòa Bình vào Trường THCS Hòa Phú. Việc sáp nhập hai trường vào Trường THCS Hòa Phú giúp tiết kiệm.', ['merge[Trường THCS Hòa Lạc | Trường THCS Hòa Bình | Trường THCS Hòa Phú]->Trường THCS Hòa Phú']),
        # another count to the same receiver is another handover
        ('Bộ Y tế chuyển giao Bệnh viện Lao và Bệnh viện Phổi về Trường Đại học Y Thái Bình. Năm sau, Bộ chuyển giao thêm ba trung tâm về Trường Đại học Y Thái Bình.', ['transfer[Bệnh viện Lao | Bệnh viện Phổi | Trường Đại học Y Thái Bình]->Trường Đại học Y Thái Bình', 'transfer[Trường Đại học Y Thái Bình]->Trường Đại học Y Thái Bình#3']),
    ],
    "a_merged_unit_described_in_brackets_first": [
        # the unit formed, its seat and size in brackets, then where it comes from
        ('Phường Hòa Bình (trụ sở tại UBND phường Tân Lập, diện tích 20 km2, dân số 60.000 người), sáp nhập từ các phường Tân Lập, Tân Hòa và xã Tân Phú.', ['merge[phường Tân Lập | phường Tân Hòa | xã Tân Phú]->Phường Hòa Bình']),
    ],
    "a_part_of_a_unit_taken_to_found_another": [
        # the unit whose part is taken is the source, dated ("cũ") or told by the side the part lies on
        ('Năm 2008, trên cơ sở tách một phần của huyện Tam Đường cũ để thành lập thêm huyện Tân Uyên.', ['establish[huyện Tam Đường]->huyện Tân Uyên']),
        ('Năm 1925, chính quyền tách một phần đất phía bắc châu Văn Lãng để lập ra châu Tràng Định.', ['establish[châu Văn Lãng]->châu Tràng Định']),
    ],
    "villages_renamed_where_a_place_is_fronted": [
        # "Tại huyện A, thôn B ...": the district only says where; a bracket after the village no longer hides it
        ('Tại huyện Kim Bảng, thôn Đồng Sơn được đổi tên thành thôn Đồng Lạc.', ['rename[thôn Đồng Sơn]->thôn Đồng Lạc']),
        ('Tại huyện Kim Bảng, thôn Đồng Sơn của xã Thi Sơn (cũ) được đổi tên thành thôn Đồng Lạc.', ['rename[thôn Đồng Sơn]->thôn Đồng Lạc']),
        ('Tại xã Tân An, thôn Đông và thôn Tây được sáp nhập thành thôn Đông Tây.', ['merge[thôn Đông | thôn Tây]->thôn Đông Tây']),
    ],
    "bodies_renamed_each_to_its_own_name": [
        # as many new names as bodies before the verb: one renaming each, no merge
        ('Thôn Bãi Cát và thôn Bãi Sỏi được đổi tên thành thôn Bình Minh và thôn Hoàng Hôn.', ['rename[Thôn Bãi Cát]->thôn Bình Minh', 'rename[thôn Bãi Sỏi]->thôn Hoàng Hôn']),
        ('Trường Mầm non Hoa Sen, Trường Mầm non Hoa Mai đổi tên thành Trường Mầm non Tân An, Trường Mầm non Tân Bình.', ['rename[Trường Mầm non Hoa Sen]->Trường Mầm non Tân An', 'rename[Trường Mầm non Hoa Mai]->Trường Mầm non Tân Bình']),
        # the commune after "của" owns the villages and is not renamed
        ('Các thôn 1, 2 của xã Hồng Phong được đổi tên thành thôn Hồng Phong 1, thôn Hồng Phong 2.', ['rename[thôn 1]->thôn Hồng Phong 1', 'rename[thôn 2]->thôn Hồng Phong 2']),
        # one name for both: a merge
        ('Xã Tân An và xã Tân Bình sẽ có tên mới là xã Tân Phú.', ['merge[Xã Tân An | xã Tân Bình]->xã Tân Phú']),
    ],
    "the_name_a_merge_comes_to": [
        # a name with no head after "mang tên mới là"
        ('Từ ngày 1/7, Công ty Điện lực Tân An và Công ty Điện lực Lạc Sơn sáp nhập, mang tên mới là PC Tân An.',
         ['merge[Công ty Điện lực Tân An | Công ty Điện lực Lạc Sơn]->PC Tân An']),
        # ", hình thành đơn vị hành chính mới: C"
        ('Sau khi tỉnh Tân An và tỉnh Lạc Sơn hợp nhất, hình thành đơn vị hành chính mới: tỉnh Tân An.',
         ['merge[tỉnh Tân An | tỉnh Lạc Sơn]->tỉnh Tân An']),
        # "Bộ A sau khi hợp nhất giữa Bộ A và Bộ B": A is the merged ministry
        ('Nghị định quy định cơ cấu tổ chức của Bộ Nông nghiệp sau khi hợp nhất giữa Bộ Nông nghiệp và Bộ Thủy lợi.',
         ['merge[Bộ Nông nghiệp | Bộ Thủy lợi]->Bộ Nông nghiệp']),
    ],
    "the_new_unit_named_after_the_merge": [
        # the next clause names "the new commune"
        ('Huyện nhập xã Tân Lạc và xã Yên Mỹ thành một xã; tên gọi của xã mới là xã Tân Mỹ.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->xã Tân Mỹ']),
        # the next sentence names it, by "xã mới có tên gọi là"
        ('Nhập xã Tân Lạc và xã Yên Mỹ thành một xã. Xã mới có tên gọi là xã Tân Mỹ.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->xã Tân Mỹ']),
        # a voters' consultation: the name after "Về tên phường sau khi thành lập là"
        ('Thành lập phường mới trên cơ sở nhập toàn bộ diện tích tự nhiên, quy mô dân số của các xã: Tân Lạc, Yên Mỹ. '
         'Về tên phường sau khi thành lập là phường Yên Lạc.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->phường Yên Lạc']),
        # a school merged into a new one, named by "Trường mới mang tên"
        ('Sáp nhập Trường Tiểu học Tân Lạc và Trường Tiểu học Yên Mỹ thành trường mới. Trường mới mang tên Trường '
         'Tiểu học Tân Mỹ.', ['merge[Trường Tiểu học Tân Lạc | Trường Tiểu học Yên Mỹ]->Trường Tiểu học Tân Mỹ']),
        # the name proposed: "tên ... sau sắp xếp dự kiến là"
        ('Hợp nhất Sở Văn hóa và Sở Du lịch, tên sở sau sắp xếp dự kiến là Sở Văn hóa và Du lịch.',
         ['merge[Sở Văn hóa | Sở Du lịch]->Sở Văn hóa và Du lịch']),
        # negatives: a name that is not said to be the new unit's; a name two sentences on
        ('Nhập xã Tân Lạc và xã Yên Mỹ. Tên gọi của thôn là thôn Đoài.', ['merge[xã Tân Lạc | xã Yên Mỹ]->None']),
        ('Nhập xã Tân Lạc và xã Yên Mỹ. Hai xã rộng 40 km2. Xã mới có tên là xã Tân Mỹ.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->None']),
        ('Tên gọi của xã mới là xã Tân Mỹ.', []),
    ],
    "a_unit_founded_with_the_land_of_others": [
        # "với diện tích ... của A, cùng ... của B": two whole units of its level taken in, a merge
        ('Thành lập phường Yên Lạc với diện tích tự nhiên 5,1 km2 và dân số 4.200 người của xã Yên Mỹ, cùng diện tích '
         'tự nhiên 8,3 km2 và dân số 11.000 người của thị trấn Yên Lạc.',
         ['merge[xã Yên Mỹ | thị trấn Yên Lạc]->phường Yên Lạc']),
        # one unit's land: founded on it
        ('Thành lập thị trấn Yên Lạc với diện tích tự nhiên 8,3 km2 và dân số 11.000 người của xã Yên Lạc.',
         ['establish[xã Yên Lạc]->thị trấn Yên Lạc']),
        # "trên cơ sở toàn bộ ... của" two communes of the ward's level
        ('Thành lập phường Tân Mỹ trên cơ sở toàn bộ diện tích tự nhiên và dân số của xã Tân Lạc và xã Yên Mỹ.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->phường Tân Mỹ']),
        # communes founding a district stay communes inside it: founded on them
        ('Thành lập huyện Tân Mỹ trên cơ sở toàn bộ diện tích tự nhiên và dân số của xã Tân Lạc, xã Yên Mỹ và xã '
         'Phú Sơn.', ['establish[xã Tân Lạc | xã Yên Mỹ | xã Phú Sơn]->huyện Tân Mỹ']),
        # bounds redrawn between two communes: founded on them, nothing merged
        ('Thành lập thị trấn Tân Lạc trên cơ sở điều chỉnh địa giới hành chính xã Tân Lạc và xã Yên Mỹ.',
         ['establish[xã Tân Lạc | xã Yên Mỹ]->thị trấn Tân Lạc']),
        # a size given, no source
        ('Thành lập xã Tân Mỹ với diện tích tự nhiên 24,6 km2 và dân số 8.000 người.', ['establish[]->xã Tân Mỹ']),
    ],
    "a_name_told_as_new_or_former": [
        ('Theo quyết định, tên gọi mới của Tổng công ty Thủy sản Hòa Vân là Tổng công ty Nông sản Hòa Vân.',
         ['rename[Tổng công ty Thủy sản Hòa Vân]->Tổng công ty Nông sản Hòa Vân']),
        ('Tên mới của Quỹ Đầu tư Hòa Vân dự kiến là Quỹ Phát triển Hòa Vân.',
         ['rename[Quỹ Đầu tư Hòa Vân]->Quỹ Phát triển Hòa Vân']),
        ('Trước đây, Ngân hàng TMCP Hòa Vân có tên gọi là Ngân hàng Nông thôn Hòa Vân.',
         ['rename[Ngân hàng Nông thôn Hòa Vân]->Ngân hàng TMCP Hòa Vân']),
        ('Công ty Cổ phần Sông Lam từng mang tên Xí nghiệp Gạch ngói Sông Lam.',
         ['rename[Xí nghiệp Gạch ngói Sông Lam]->Công ty Cổ phần Sông Lam']),
        # negatives: a body's name as it is, and a new name to come for bodies not named
        ('Ngân hàng TMCP Hòa Vân có tên gọi là Ngân hàng Nông thôn Hòa Vân.', []),
        ('Tên gọi mới của các trường sẽ được công bố sau.', []),
    ],
    "a_counted_class_then_its_members": [
        # the class written in capitals, described, then "gồm" and the bodies
        ('Tỉnh giải thể 3 Trung tâm Y tế khu vực không có giường bệnh (y tế dự phòng) thuộc Sở Y tế, gồm Trung tâm Y tế '
         'khu vực Tân Lạc, Yên Mỹ, Phú Sơn.',
         ['dissolve[Trung tâm Y tế khu vực Tân Lạc | Trung tâm Y tế khu vực Yên Mỹ | Trung tâm Y tế khu vực Phú Sơn]'
          '->None#3']),
        ('Sáp nhập 2 Trường Tiểu học, gồm Trường Tiểu học Tân Lạc và Trường Tiểu học Yên Mỹ.',
         ['merge[Trường Tiểu học Tân Lạc | Trường Tiểu học Yên Mỹ]->None#2']),
        # fewer listed than counted: the class is still none of them
        ('Tỉnh giải thể 4 Trung tâm Y tế khu vực, gồm Trung tâm Y tế khu vực Tân Lạc, Yên Mỹ.',
         ['dissolve[Trung tâm Y tế khu vực Tân Lạc | Trung tâm Y tế khu vực Yên Mỹ]->None#4']),
        ('Tỉnh giải thể 4 trung tâm, gồm Trung tâm Y tế khu vực Tân Lạc, Yên Mỹ.',
         ['dissolve[Trung tâm Y tế khu vực Tân Lạc | Trung tâm Y tế khu vực Yên Mỹ]->None#4']),
    ],
    "a_bank_known_by_its_acronym_merged_into_another": [
        ('Ngân hàng Nhà nước chấp thuận cho PTB sáp nhập vào Ngân hàng TMCP Hòa Vân.',
         ['merge[PTB | Ngân hàng TMCP Hòa Vân]->Ngân hàng TMCP Hòa Vân']),
        ('NHNN đồng ý về nguyên tắc PTB sáp nhập vào HVB.', ['merge[PTB | HVB]->HVB']),
        # whose the acronym is: not the subject
        ('Cổ đông của PTB sáp nhập vào HVB.', ['merge[HVB]->HVB']),
    ],
    "a_unit_founded_after_the_merge_that_forms_it": [
        ('Tỉnh sẽ còn 20 đơn vị như sau:\nThành lập phường Tân Mỹ sau khi sáp nhập 3 phường gồm: Tân Lạc, Yên Mỹ và Phú '
         'Sơn.\nThành lập phường Hòa Vân sau khi sáp nhập 2 phường gồm: Hòa Lạc và Vân Sơn.',
         ['merge[phường Tân Lạc | phường Yên Mỹ | phường Phú Sơn]->phường Tân Mỹ#3',
          'merge[phường Hòa Lạc | phường Vân Sơn]->phường Hòa Vân#2']),
        # a board founded beside a merge of communes is founded, not formed by it
        ('UBND tỉnh thành lập Ban Chỉ đạo sau khi sáp nhập các xã Tân Lạc và Yên Mỹ.',
         ['establish[]->Ban Chỉ đạo', 'merge[xã Tân Lạc | xã Yên Mỹ]->None']),
    ],
    "a_history_of_renamings_told_without_subjects": [
        # the first name told by "khởi nguồn với tên gọi", the later ones by verbs with no subject of their own
        ('Thành lập năm 1960, HVB khởi nguồn với tên gọi Ngân hàng Kiến thiết Hòa Vân. Năm 1985, đổi tên thành Ngân '
         'hàng Đầu tư Hòa Vân. Đến năm 1995, đổi tên tiếp thành Ngân hàng Phát triển Hòa Vân.',
         ['rename[Ngân hàng Kiến thiết Hòa Vân]->Ngân hàng Đầu tư Hòa Vân',
          'rename[Ngân hàng Đầu tư Hòa Vân]->Ngân hàng Phát triển Hòa Vân']),
        # the year told between the bare head and its verb
        ('Năm 1960 thành lập Trường Trung cấp Y tế Hòa Vân. Trường vào năm 1985 đổi tên thành Trường Cao đẳng Y tế '
         'Hòa Vân.', ['establish[]->Trường Trung cấp Y tế Hòa Vân',
                      'rename[Trường Trung cấp Y tế Hòa Vân]->Trường Cao đẳng Y tế Hòa Vân']),
        ('Tiền thân là Xí nghiệp Gạch Hòa Vân, công ty năm 2005 đổi tên thành Công ty Cổ phần Gạch Hòa Vân.',
         ['rename[Xí nghiệp Gạch Hòa Vân]->Công ty Cổ phần Gạch Hòa Vân']),
        # a first name with nothing renamed after it is no event
        ('HVB khởi nguồn với tên gọi Ngân hàng Kiến thiết Hòa Vân.', []),
    ],
    "bodies_of_several_kinds_founded_in_a_list_after_a_colon": [
        ('Bộ Tư lệnh công bố quyết định thành lập các đơn vị trực thuộc: Lữ đoàn 5, Trung tâm Kiểm định, Viện 12.',
         ['establish[]->Lữ đoàn 5', 'establish[]->Trung tâm Kiểm định', 'establish[]->Viện 12']),
        # no colon: a unit of another kind after the list only places the new ones
        ('Tỉnh thành lập thị trấn Tân Lạc, thị trấn Yên Mỹ thuộc huyện Phú Sơn.',
         ['establish[]->thị trấn Tân Lạc', 'establish[]->thị trấn Yên Mỹ']),
    ],
    "encyclopedia_reference_marks_and_bare_years": [
        # a reference mark between a name and its former one, or before a dated step of a history
        ('Viện Chiến lược Hòa Vân,[2] trước đây là Viện Quy hoạch Hòa Vân, là cơ quan nghiên cứu.',
         ['rename[Viện Quy hoạch Hòa Vân]->Viện Chiến lược Hòa Vân']),
        ('Viện Đại học Hòa Vân thành lập năm 1917;[3] sau 1955 đổi tên thành Viện Đại học Tân An.',
         ['establish[]->Viện Đại học Hòa Vân', 'rename[Viện Đại học Hòa Vân]->Viện Đại học Tân An']),
        # a bare year after a word of time opens a step of the history
        ('Trường Sư phạm Hòa Vân thành lập năm 1960. Đến 1975 đổi tên thành Trường Cao đẳng Sư phạm Hòa Vân.',
         ['establish[]->Trường Sư phạm Hòa Vân',
          'rename[Trường Sư phạm Hòa Vân]->Trường Cao đẳng Sư phạm Hòa Vân']),
    ],
    "a_grassroots_group_founded_at_its_launch": [
        ('Hội Nông dân xã Tân Lạc tổ chức ra mắt Tổ hợp tác sản xuất chè xã Tân Lạc.',
         ['establish[]->Tổ hợp tác sản xuất chè xã Tân Lạc']),
        ('Phường ra mắt Câu lạc bộ Thơ ca Yên Mỹ.', ['establish[]->Câu lạc bộ Thơ ca Yên Mỹ']),
        # a public body launched was founded before; units that met a standard are no bodies
        ('Tỉnh ra mắt Trung tâm Phục vụ hành chính công Tân Lạc.', []),
        ('Huyện ra mắt 12 xã đạt chuẩn nông thôn mới.', []),
    ],
    "a_unit_merged_from_a_count_of_bodies": [
        # the bodies counted, then named in brackets by the counted head itself
        ('TYT xã Tân Mỹ được sáp nhập từ 2 TYT (TYT Tân Lạc và TYT Yên Mỹ).',
         ['merge[TYT Tân Lạc | TYT Yên Mỹ]->TYT xã Tân Mỹ#2']),
        ('Xã Tân Mỹ được hợp nhất từ 3 xã.', ['merge[]->Xã Tân Mỹ#3']),
        ('Phường Tân Mỹ được sáp nhập từ 3 phường: Tân Lạc, Yên Mỹ và Phú Sơn.',
         ['merge[phường Tân Lạc | phường Yên Mỹ | phường Phú Sơn]->Phường Tân Mỹ#3']),
    ],
    "who_hands_over_and_what_it_hands": [
        # the active subject names what it hands after the receiver: it gives, it does not move
        ('Sở Giáo dục đã bàn giao cho Sở Lao động 13 trường cao đẳng, trung cấp.',
         ['transfer[Sở Lao động]->Sở Lao động#13']),
        ('Sở Giáo dục bàn giao cho Sở Lao động Trường Trung cấp Nghề Tân Lạc.',
         ['transfer[Trường Trung cấp Nghề Tân Lạc | Sở Lao động]->Sở Lao động']),
        # nothing named after the receiver: the subject itself moves
        ('Phòng giao dịch Yên Mỹ chuyển giao cho Chi nhánh Tân Lạc.',
         ['transfer[Phòng giao dịch Yên Mỹ | Chi nhánh Tân Lạc]->Chi nhánh Tân Lạc']),
    ],
    "a_founded_body_written_in_lower_case": [
        # a decree's formula, or an institute, a school or a hospital
        ('Điều 1. Nay thành lập Viện nghiên cứu dược liệu trực thuộc Bộ Y tế.',
         ['establish[]->Viện nghiên cứu dược liệu']),
        ('Năm 1975, Chính phủ cho thành lập Bệnh viện điều dưỡng, đặt tại Tân Lạc.', ['establish[]->Bệnh viện điều dưỡng']),
        # a plain noun and what is said of it
        ('Việc thành lập Hội đồng sai quy định bị phản ánh.', []),
    ],
    "a_conversion_that_names_its_new_form_then_its_name": [
        ('Chuyển đổi Ngân hàng TMCP Hòa Vân thành Công ty TNHH MTV do Nhà nước sở hữu, với tên tiếng Việt là Ngân hàng '
         'TNHH MTV Hòa Vân.', ['rename[Ngân hàng TMCP Hòa Vân]->Ngân hàng TNHH MTV Hòa Vân']),
        ('Ngân hàng TMCP Tân Lạc được chuyển đổi thành ngân hàng thương mại TNHH một thành viên với tên gọi là Ngân hàng '
         'TNHH MTV Tân Lạc.', ['rename[Ngân hàng TMCP Tân Lạc]->Ngân hàng TNHH MTV Tân Lạc']),
        # a new way of working, no new name
        ('Chuyển đổi Công ty Cổ phần Tân Lạc sang mô hình quản trị mới.', []),
    ],
    "a_plan_named_before_its_colon": [
        # the plan's name holds a verb; the sentence after its colon states the event
        ('Phương án sắp xếp: thành lập xã Tân Mỹ trên cơ sở sắp xếp xã Tân Lạc và xã Yên Mỹ.',
         ['merge[xã Tân Lạc | xã Yên Mỹ]->xã Tân Mỹ']),
        ('Đề án sáp nhập: sáp nhập xã Tân Lạc vào xã Yên Mỹ.', ['merge[xã Tân Lạc | xã Yên Mỹ]->xã Yên Mỹ']),
    ],
    "a_new_unit_with_its_lower_units_in_brackets": [
        # the wards a new town is laid out in are none of them merged into it
        ('Thành lập thị xã Yên Lạc (phường Yên Lạc, phường Tân Mỹ, phường Phú Sơn).', ['establish[]->thị xã Yên Lạc']),
        ('Tỉnh thành lập 3 phường thuộc thị xã Yên Lạc (phường Yên Lạc, phường Tân Mỹ, phường Phú Sơn).',
         ['establish[]->phường Yên Lạc', 'establish[]->phường Tân Mỹ', 'establish[]->phường Phú Sơn']),
        # units of its own level in brackets are what it was formed from
        ('Thành lập phường Yên Lạc (sáp nhập xã Tân Mỹ, xã Phú Sơn).', ['merge[xã Tân Mỹ | xã Phú Sơn]->phường Yên Lạc']),
        # a city, of two levels, formed from districts
        ('Thành lập thành phố Yên Lạc (quận Tân Mỹ, quận Phú Sơn, huyện Yên Lạc).',
         ['merge[quận Tân Mỹ | quận Phú Sơn | huyện Yên Lạc]->thành phố Yên Lạc']),
    ],
    "a_place_whose_second_syllable_is_a_head": [
        # "Hội", "Trường", "Đội" after a place's first syllable go on the place, not open a body
        ('Sáp nhập xã Vĩnh Hội Tây và xã Phú Hội thành xã An Hội.',
         ['merge[xã Vĩnh Hội Tây | xã Phú Hội]->xã An Hội']),
        ('Nhập Xã Đông Trường Lâm vào Xã Tây Lâm.', ['merge[Xã Đông Trường Lâm | Xã Tây Lâm]->Xã Tây Lâm']),
        # a place of two syllables, then a body of its own
        ('Huyện Yên Lạc thành lập Hội Nông dân xã Tân Mỹ.', ['establish[]->Hội Nông dân xã Tân Mỹ']),
    ],
    "a_sub_board_founded_under_its_owner": [
        ('Phân ban Ni giới Hà Lâm trực thuộc Ban Tăng sự được thành lập từ năm 2011.',
         ['establish[]->Phân ban Ni giới Hà Lâm']),
        ('Năm 2020, Ban Chấp hành thành lập Tiểu ban Văn kiện Đại hội.', ['establish[]->Tiểu ban Văn kiện Đại hội']),
    ],
    "founded_first_under_an_older_name": [
        ('Ban Tuyên giáo Tỉnh ủy được thành lập lần đầu ngày 3-3-1960, với tên gọi ban đầu là Ban Tuyên huấn Tỉnh ủy.',
         ['establish[]->Ban Tuyên huấn Tỉnh ủy']),
        ('Trường được chính thức thành lập năm 1975 với tên gọi Trường Sư phạm Yên Lạc.',
         ['establish[]->Trường Sư phạm Yên Lạc']),
    ],
    "a_year_between_the_body_and_its_verb": [
        ('Ngân hàng Kiến thiết Hà Lâm vào năm 1981 đổi tên thành Ngân hàng Đầu tư Hà Lâm.',
         ['rename[Ngân hàng Kiến thiết Hà Lâm]->Ngân hàng Đầu tư Hà Lâm']),
        ('Trường Sư phạm Hà Lâm đến năm 1990 được đổi tên thành Trường Cao đẳng Sư phạm Hà Lâm.',
         ['rename[Trường Sư phạm Hà Lâm]->Trường Cao đẳng Sư phạm Hà Lâm']),
        ('Trường Tiểu học Yên Lạc năm 2020 sáp nhập vào Trường THCS Yên Lạc.',
         ['merge[Trường Tiểu học Yên Lạc | Trường THCS Yên Lạc]->Trường THCS Yên Lạc']),
        # who acts, with its year, is still no body founded
        ('UBND tỉnh năm 2020 thành lập Trung tâm Y tế huyện Tam Nông.', ['establish[]->Trung tâm Y tế huyện Tam Nông']),
        ('Trường Tiểu học Yên Lạc năm 2020 có 30 lớp học.', []),
    ],
    "a_relative_clause_whose_subject_founds": [
        ('Đây là công đoàn cơ sở thứ 2 mà LĐLĐ huyện Tân Mỹ thành lập trong năm 2022.', []),
        ('Đây là hợp tác xã thứ hai mà UBND xã Yên Lạc thành lập.', []),
        ('Năm đó mà Trường Tân Mỹ được thành lập, xã có 3 thôn.', ['establish[]->Trường Tân Mỹ']),
    ],
    "one_body_counted_in_digits": [
        ('Hội đã thành lập mới 1 chi hội nữ công nhân trong doanh nghiệp.', ['establish[]->None#1']),
        ('Ngân hàng giải thể 1 phòng giao dịch.', ['dissolve[]->None#1']),
        # "một" is mostly an article: no count
        ('Tỉnh thành lập một trung tâm mới.', []),
    ],
    "an_association_s_committee_named_by_it": [
        ('Ban Thường vụ Đoàn phường công bố quyết định thành lập Ủy ban Hội Liên hiệp Thanh niên Việt Nam phường Tân Mỹ.',
         ['establish[]->Ủy ban Hội Liên hiệp Thanh niên Việt Nam phường Tân Mỹ']),
    ],
    "organised_on_a_basis": [
        ('Báo Tân Mỹ là đơn vị trực thuộc Bộ, được tổ chức trên cơ sở hợp nhất Báo điện tử Tân Mỹ, Báo Bưu điện Tân Mỹ.',
         ['merge[Báo điện tử Tân Mỹ | Báo Bưu điện Tân Mỹ]->Báo Tân Mỹ']),
        ('Trung tâm Y tế huyện Tân Mỹ được tổ chức trên cơ sở Bệnh viện huyện Tân Mỹ.',
         ['establish[Bệnh viện huyện Tân Mỹ]->Trung tâm Y tế huyện Tân Mỹ']),
        ('Trung tâm Tân Mỹ là đơn vị sự nghiệp trực thuộc Sở Y tế, được thành lập trên cơ sở hợp nhất Trung tâm A Tân Mỹ '
         'và Trung tâm B Tân Mỹ.', ['merge[Trung tâm A Tân Mỹ | Trung tâm B Tân Mỹ]->Trung tâm Tân Mỹ']),
        # a meeting held is no body organised
        ('Hội nghị được tổ chức tại Trường Tân Mỹ.', []),
        ('Hội nghị tổng kết của Hội Nông dân xã Tân Mỹ được tổ chức vào ngày 5/3.', []),
    ],
    "army_units_disbanded_or_redesignated": [
        ('Năm 1976, Bộ Quốc phòng giải tán Sư đoàn bộ binh 6 và Sư đoàn bộ binh 1.',
         ['dissolve[Sư đoàn bộ binh 6 | Sư đoàn bộ binh 1]->None']),
        ('Sau năm 1975, Sư đoàn 5 được giải tán.', ['dissolve[Sư đoàn 5]->None']),
        ('Trung đoàn 24 đổi phiên hiệu thành Trung đoàn 66.', ['rename[Trung đoàn 24]->Trung đoàn 66']),
        # a crowd dispersed is no body ended
        ('Công an giải tán đám đông tụ tập trước cổng.', []),
    ],
    "boards_named_alike_in_lower_case": [
        ('Thành lập Ban quản lý dự án Tân Mỹ trên cơ sở hợp nhất Ban quản lý dự án công trình y tế và Ban quản lý dự án '
         'công trình giáo dục.',
         ['merge[Ban quản lý dự án công trình y tế | Ban quản lý dự án công trình giáo dục]->Ban quản lý dự án Tân Mỹ']),
        ('Hợp nhất Trung tâm truyền thông giáo dục sức khỏe và Trung tâm chăm sóc sức khỏe sinh sản thành Trung tâm Kiểm '
         'soát bệnh tật tỉnh.',
         ['merge[Trung tâm truyền thông giáo dục sức khỏe | Trung tâm chăm sóc sức khỏe sinh sản]->Trung tâm Kiểm soát '
          'bệnh tật tỉnh']),
    ],
    "merged_units_owning_what_they_had": [
        # "của 2 đơn vị sáp nhập": the staff of the units merged, told before
        ('Ban sử dụng nhân sự hiện có của 2 đơn vị sáp nhập và đi vào hoạt động từ tháng 5.', []),
        ('Tỉnh có 8 trường sáp nhập thành 4 trường.', ['merge[]->None#8']),
    ],
    "war_zones_and_local_commands": [
        ('Năm 1947, thành lập Thành đội Hà Lâm.', ['establish[]->Thành đội Hà Lâm']),
        ('Năm 1949, Bộ Tổng tư lệnh giải tán Chiến khu 11 và Liên khu 3.', ['dissolve[Chiến khu 11 | Liên khu 3]->None']),
        # inside another name the zone goes on with it
        ('Năm 1952, Đoàn Văn công Liên khu Tân Mỹ được thành lập.', ['establish[]->Đoàn Văn công Liên khu Tân Mỹ']),
    ],
    "several_parts_taken_out_of_one": [
        ('Các tỉnh Hà Lâm, Tân Mỹ và Nam Lâm ngày nay được tách ra từ tỉnh Hà Nam Lâm trước kia.',
         ['split[tỉnh Hà Nam Lâm]->None']),
        ('Trường A Tân Mỹ và Trường B Tân Mỹ tách ra từ Trường Tân Mỹ.', ['split[Trường Tân Mỹ]->None']),
        # one part: founded on what it came out of
        ('Tỉnh Hà Lâm được tách ra từ tỉnh Hà Tân năm 1991.', ['establish[tỉnh Hà Tân]->Tỉnh Hà Lâm']),
    ],
    "one_school_of_two_levels": [
        # "trường THCS và THPT A": one school teaching both levels, not two schools
        ('Lễ công bố sáp nhập trường THCS và THPT Tân Mỹ\nSở sáp nhập trường THCS Lê Lâm và trường THPT Tân Mỹ thành '
         'trường THCS và THPT Tân Mỹ.',
         ['merge[trường THCS Lê Lâm | trường THPT Tân Mỹ]->trường THCS và THPT Tân Mỹ']),
        # two places after one level: two schools
        ('Sáp nhập Trường Mầm non Vĩnh Lâm và Hưng Lâm thành Trường Mầm non Vĩnh Hưng.',
         ['merge[Trường Mầm non Vĩnh Lâm | Trường Mầm non Hưng Lâm]->Trường Mầm non Vĩnh Hưng']),
    ],
    "units_listed_after_their_owner": [
        ('Ủy ban Thường vụ Quốc hội thành lập thị xã Tân Mỹ và 3 phường trực thuộc thị xã Tân Mỹ gồm: Nhà Lâm, Nhơn Lâm '
         'và An Lâm.', ['establish[]->thị xã Tân Mỹ', 'establish[]->phường Nhà Lâm', 'establish[]->phường Nhơn Lâm',
                       'establish[]->phường An Lâm']),
        ('Sáp nhập 3 xã thuộc huyện Tân Mỹ gồm: Nhà Lâm, Nhơn Lâm và An Lâm thành xã Tân Lâm.',
         ['merge[xã Nhà Lâm | xã Nhơn Lâm | xã An Lâm]->xã Tân Lâm#3']),
    ],
    "counted_parts_of_several_units_taken_to_found_one": [
        # each unit that gives its counted part is a source, as with land
        ('Thành lập huyện Hiệp Lâm trên cơ sở tách 2 xã thuộc huyện Thăng Lâm, 4 xã thuộc huyện Quế Lâm và 2 xã thuộc '
         'huyện Phước Lâm.', ['establish[huyện Thăng Lâm | huyện Quế Lâm | huyện Phước Lâm]->huyện Hiệp Lâm']),
        ('Thành lập xã Tân Mỹ trên cơ sở tách 2 thôn của xã Tân An.', ['establish[xã Tân An]->xã Tân Mỹ']),
    ],
    "an_act_told_as_once_done": [
        ('Vào năm 1976, ba tỉnh Yên Lâm, Lào Lâm và Nghĩa Lâm đã từng hợp nhất thành tỉnh Hoàng Liên Lâm.',
         ['merge[tỉnh Yên Lâm | tỉnh Lào Lâm | tỉnh Nghĩa Lâm]->tỉnh Hoàng Liên Lâm#3']),
        ('Trường từng đạt danh hiệu trường chuẩn quốc gia.', []),
    ],
    "names_adjusted_by_the_kind_of_unit": [
        ('Cụ thể, TP.Hà Lâm điều chỉnh tên phường từ phường Hà Lâm 1 thành phường Trường Lâm, phường Hà Lâm 2 thành '
         'phường Thành Lâm, riêng phường Cửa Lâm được giữ nguyên tên.',
         ['rename[phường Hà Lâm 1]->phường Trường Lâm', 'rename[phường Hà Lâm 2]->phường Thành Lâm']),
        ('Thành phố đổi tên phường từ phường Hà Lâm 1 thành phường Trường Lâm.',
         ['rename[phường Hà Lâm 1]->phường Trường Lâm']),
        ('Điều chỉnh tên gọi thôn Tân Lâm thành thôn Tân Mỹ.', ['rename[thôn Tân Lâm]->thôn Tân Mỹ']),
        # names to be adjusted in general, none given
        ('Huyện sẽ điều chỉnh tên các thôn cho phù hợp.', []),
    ],
    "a_number_too_large_to_count_bodies": [
        # a page's picture number run into the text is no count
        ('Một đội bóng dừng hoạt động 557079 CLB futsal Tân Mỹ tạm dừng hoạt động.', []),
        ('Cả nước giải thể 10.500 thôn.', ['dissolve[]->None#10500']),
    ],
    "nature_reserves_and_bodies_placed_after_a_comma": [
        ('Chuyển Khu bảo tồn thiên nhiên Phước Lâm, tỉnh Tân Mỹ thành Vườn quốc gia Phước Lâm.',
         ['rename[Khu bảo tồn thiên nhiên Phước Lâm]->Vườn quốc gia Phước Lâm']),
        ('Năm 2002, Khu bảo tồn thiên nhiên Mường Lâm được thành lập.', ['establish[]->Khu bảo tồn thiên nhiên Mường Lâm']),
        # the district after a comma places the school, it merges nothing
        ('Sáp nhập Trường Tân Mỹ, huyện Hà Lâm vào Trường Hà Mỹ.', ['merge[Trường Tân Mỹ | Trường Hà Mỹ]->Trường Hà Mỹ']),
        ('Đổi tên Trường Trung cấp Y tế Tân Mỹ, tỉnh Hà Lâm thành Trường Cao đẳng Y tế Tân Mỹ.',
         ['rename[Trường Trung cấp Y tế Tân Mỹ]->Trường Cao đẳng Y tế Tân Mỹ']),
        # two councils of one level listed, none the other's address
        ('Giải thể UBND huyện Tân Mỹ, huyện Hà Lâm.', ['dissolve[UBND huyện Tân Mỹ | UBND huyện Hà Lâm]->None']),
        ('Khu bảo tồn đa dạng sinh học của tỉnh rất phong phú.', []),
    ],
    "a_founder_of_a_force_or_a_section": [
        # the body before an active verb founds what has no name; it is not founded
        ('Công an tỉnh vừa thành lập lực lượng cảnh sát phản ứng nhanh.', []),
        ('UBND phường Tân Mỹ đã thành lập bộ phận tiếp nhận hồ sơ.', []),
        ('Hội Phụ nữ xã thành lập mô hình tổ phụ nữ tự quản.', []),
    ],
    "names_and_verbs_of_state_histories": [
        # a name's kinds of work paired by "và", a club named after its owner, a unit only placed under its owner
        ('UBND thành phố thành lập Trung tâm Quản lý và vận hành chợ đầu mối Tân Mỹ.',
         ['establish[]->Trung tâm Quản lý và vận hành chợ đầu mối Tân Mỹ']),
        ('Tập đoàn Hà Lâm công bố thành lập Công ty CP sản xuất và kinh doanh Hà Lâm Steel.',
         ['establish[]->Công ty CP sản xuất và kinh doanh Hà Lâm Steel']),
        ('CLB Bóng đá Công an Tân Mỹ được thành lập năm 1962.', ['establish[]->CLB Bóng đá Công an Tân Mỹ']),
        ('Bộ quyết định thành lập Khoa Du lịch trực thuộc Đại học Hà Lâm.', ['establish[]->Khoa Du lịch']),
        ('Năm 1993, Bộ Văn hóa thành lập Ban Chuẩn bị đầu tư Làng Văn hóa Tân Mỹ.',
         ['establish[]->Ban Chuẩn bị đầu tư Làng Văn hóa Tân Mỹ']),
        # the agent signs the decision; an old workshop; a name changed with "chuyển tên"
        ('Viện Thủy văn Tân Mỹ được Thủ tướng Chính phủ ký quyết định thành lập năm 2007.',
         ['establish[]->Viện Thủy văn Tân Mỹ']),
        ('Công xưởng Hà Lâm thành lập năm 1975.', ['establish[]->Công xưởng Hà Lâm']),
        ('Xí nghiệp Bao bì Tân Mỹ chuyển tên là Xí nghiệp Dược Tân Mỹ.',
         ['rename[Xí nghiệp Bao bì Tân Mỹ]->Xí nghiệp Dược Tân Mỹ']),
        ('Công ty Hà Lâm sản xuất và kinh doanh thép xây dựng.', []),
        # the former name in brackets before a passive with its agent is what was founded, never the agent
        ('Công ty Chè Tân Mỹ (tiền thân là Xí nghiệp Chè Tân Mỹ) được UBND tỉnh Tân Mỹ thành lập năm 1992.',
         ['establish[]->Xí nghiệp Chè Tân Mỹ']),
        ('Trường Tân Mỹ (tiền thân là Trường Hà Lâm) được UBND huyện thành lập năm 1990.',
         ['establish[]->Trường Hà Lâm']),
        # what a body is, said between commas before its verb, names no subject
        ('Năm 1941, Hội Phụ nữ Cứu quốc Tân Mỹ, một bộ phận của Mặt trận Hà Lâm ra đời.',
         ['establish[]->Hội Phụ nữ Cứu quốc Tân Mỹ']),
        ('Bệnh viện Tân Mỹ, một bệnh viện tuyến tỉnh, được nâng cấp thành Bệnh viện Đa khoa Tân Mỹ.',
         ['establish[Bệnh viện Tân Mỹ]->Bệnh viện Đa khoa Tân Mỹ']),
        # the bodies a founding grows from, unnamed, lie in the place after "trên địa bàn": it is no source
        ('Đại học Tân Mỹ được thành lập trên cơ sở tổ chức lại các trường trên địa bàn thành phố Tân Mỹ.',
         ['establish[]->Đại học Tân Mỹ']),
        ('Thành lập Trường Tân Mỹ trên cơ sở Trường Hà Lâm tại xã Đông Sơn.',
         ['establish[Trường Hà Lâm]->Trường Tân Mỹ']),
        # a body that receives the decision ending it; the southern spelling of "ngừng"
        ('Báo Tân Mỹ chính thức nhận được quyết định ngưng hoạt động.', ['dissolve[Báo Tân Mỹ]->None']),
        ('Trường Hà Lâm nhận quyết định giải thể.', ['dissolve[Trường Hà Lâm]->None']),
        ('Trường Hà Lâm ngưng hoạt động từ năm 2010.', ['dissolve[Trường Hà Lâm]->None']),
        ('Bến xe Tân Mỹ tạm ngưng hoạt động trong dịp Tết.', []),
        # companies that set up a joint venture or a subsidiary found it, they are not founded
        ('Tổng Công ty Hà Lâm cùng Tổng Công ty Tân Mỹ thành lập liên doanh mang tên PetroTan.', []),
        ('Tổng Công ty Hà Lâm và Tổng Công ty Tân Mỹ thành lập liên doanh.', []),
        # a province or city before a colon labels a headline; a commune before one may be what merges
        ('TP.HCM: Ngừng hoạt động mái ấm tình thương Tân Mỹ', []),
        ('Tỉnh Tân Mỹ: Giải thể Trường Hà Lâm', ['dissolve[Trường Hà Lâm]->None']),
        ('Xã Tân Mỹ: sáp nhập vào xã Hà Lâm', ['merge[Xã Tân Mỹ | xã Hà Lâm]->xã Hà Lâm']),
        # a school of several levels is one body; an idea that appears ends the name
        ('UBND thành phố giải thể Trường Tiểu học, THCS và THPT Quốc tế Tân Mỹ.',
         ['dissolve[Trường Tiểu học, THCS và THPT Quốc tế Tân Mỹ]->None']),
        ('Ý tưởng về việc thành lập Trường Đại học Tân Mỹ xuất hiện vào năm 2006.',
         ['establish[]->Trường Đại học Tân Mỹ']),
        # founded in a decade, not a year
        ('Nông trường Cao su Tân Mỹ được thành lập từ những năm 80 của thế kỷ trước.',
         ['establish[]->Nông trường Cao su Tân Mỹ']),
        ('Trường Hà Lâm được thành lập trong thập niên 1990.', ['establish[]->Trường Hà Lâm']),
        ('Ngân hàng Tân Mỹ được mở thêm chi nhánh.', []),
        # a province after a commune and a comma, last and alone, is where it lies
        ('Xã Mù Cả, Lai Châu sau sáp nhập có gì đặc biệt?', []),
        ('Sáp nhập xã Tân Mỹ, Lai Châu vào xã Đông Sơn.', ['merge[xã Tân Mỹ | xã Đông Sơn]->xã Đông Sơn']),
        # counted communes, the second named as a province is
        ('Thành lập phường Tân An trên cơ sở toàn bộ dân số của 2 xã Tân An, Hòa Bình.',
         ['merge[xã Tân An | xã Hòa Bình]->phường Tân An']),
        ('Sáp nhập xã Tân Mỹ, Hà Lâm và Đông Sơn thành xã Tân Hà.',
         ['merge[xã Tân Mỹ | xã Hà Lâm | xã Đông Sơn]->xã Tân Hà']),
        # the new unit after "để hình thành"
        ('Phường 4 sáp nhập với Phường 5 và Phường 7 để hình thành phường Tân Hòa.',
         ['merge[Phường 4 | Phường 5 | Phường 7]->phường Tân Hòa']),
        # a board's members named by their offices are no bodies founded; a board's name ends before "như sau"
        ('Thủ tướng quyết định thành lập Ban Chỉ đạo Tân Mỹ như sau:\nCác Phó Trưởng Ban gồm: Bộ trưởng Bộ Tài chính; '
         'Bộ trưởng Bộ Công Thương; Thứ trưởng Bộ Quốc phòng.', ['establish[]->Ban Chỉ đạo Tân Mỹ']),
        # an adverb ends a body's description in lower case
        ('Trong tiến trình đó, Ban Quản lý rất tự hào khi được thành lập.', []),
        # licensed to be founded; what a body is, said in lower case after "là" before its founding
        ('Công ty Thép Tân Mỹ được cấp phép thành lập ngày 28/6/1994.', ['establish[]->Công ty Thép Tân Mỹ']),
        ('Công ty Tân Mỹ là xí nghiệp liên doanh giữa Việt Nam và Nga được thành lập từ ngày 19/11/1981.',
         ['establish[]->Công ty Tân Mỹ']),
        ('Trường Tân Mỹ là trường công lập được thành lập năm 1990.', ['establish[]->Trường Tân Mỹ']),
        ('Tiền thân của trường là Trường Hà Lâm được thành lập năm 1990.', ['establish[]->Trường Hà Lâm']),
        ('Trường Tân Mỹ là một trong những trường được thành lập đầu tiên.', []),
        # a range of counts counts its lower bound, also in a list of counts
        ('Đến năm 2027, Trường Đại học Tân Mỹ sẽ thành lập 5 - 6 trường và 4 – 5 viện nghiên cứu.',
         ['establish[]->None#5', 'establish[]->None#4']),
        ('Tỉnh sẽ thành lập 5-6 trường.', ['establish[]->None#5']),
        # a body that came out of counted others, named in brackets, is what they merged into; a body that founds a
        # count founds them
        ('Trường Tân Mỹ ra đời từ 3 viện đào tạo (Viện Cơ khí, Viện Hóa học và Viện Vật lý).',
         ['merge[Viện Cơ khí | Viện Hóa học | Viện Vật lý]->Trường Tân Mỹ#3']),
        ('Đội Tân Mỹ thành lập 24 tổ tuần tra.', []),
    ],
}


def _written(event: dict) -> str:
    result = event["result"]["name"] if event["result"] else None
    shape = f"{event['type']}[{' | '.join(p['name'] for p in event['participants'])}]->{result}"
    return shape + (f"#{event['count']}" if event["count"] is not None else "")


def _cases(table: dict) -> list:
    return [pytest.param(text, expected, id=f"{group}-{number}")
            for group, cases in table.items() for number, (text, expected) in enumerate(cases, start=1)]


@pytest.mark.parametrize(("text", "expected"), _cases(BY_SECTOR))
def test_events_by_sector(text: str, expected: list[str]) -> None:
    assert [_written(e) for e in extract(text, doc_id="case")["events"]] == expected


@pytest.mark.parametrize(("text", "expected"), _cases(BY_WAY_OF_WRITING))
def test_events_by_way_of_writing(text: str, expected: list[str]) -> None:
    assert [_written(e) for e in extract(text, doc_id="case")["events"]] == expected


def test_every_sector_has_a_negative() -> None:
    assert all(any(not expected for _, expected in cases) for cases in BY_SECTOR.values())


def test_a_unit_that_only_places_a_list_is_not_established() -> None:
    """``3 phường thuộc thị xã A, gồm: B, C, D được thành lập``: the wards are new, the town is where they lie."""
    text = "Ba phường thuộc thị xã Hòa Thành, gồm: Long Thành, Hiệp Tân, Long Hoa được thành lập trên cơ sở các xã cùng tên."
    results = [e["result"]["name"] for e in extract(text, doc_id="case")["events"] if e["result"]]
    assert not any(name.startswith("thị xã") for name in results)
