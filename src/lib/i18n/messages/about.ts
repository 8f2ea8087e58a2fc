import { defineMessages } from '../translate.ts';

export const about = defineMessages(
  {
    title: 'Giới thiệu và phương pháp',
    intro:
      'Trang này tổng hợp mục tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030 (Nghị quyết 28/NQ-CP ngày 03/3/2021) và kế hoạch của các tỉnh, cùng các giá trị thực tế đã được công bố, để biết mục tiêu nào đã đạt, ở đâu và năm nào.',
    principlesHeading: 'Nguyên tắc về dữ liệu',
    principle1:
      'Không ước tính, nội suy hay “điền” bất kỳ giá trị nào. Thiếu số liệu thì hiển thị là thiếu.',
    principle2: 'Mỗi giá trị kèm nguồn (tài liệu hoặc đường dẫn); mỗi mục tiêu kèm căn cứ pháp lý.',
    principle3:
      'Các chuỗi số liệu khác phương pháp (khảo sát, đăng ký hộ tịch, báo cáo hành chính) không bao giờ được nối với nhau hay so sánh trực tiếp.',
    principle4:
      'Số liệu trước ngày 1/7/2025 thuộc 63 tỉnh cũ, sau đó thuộc 34 tỉnh mới; không tự cộng gộp số liệu cũ vào đơn vị mới.',
    methodologyHeading: 'Cách đánh giá mức độ đạt mục tiêu',
    accessHeading: 'Đọc biểu đồ không cần chuột',
    access:
      'Mỗi biểu đồ có bảng số liệu ngay bên dưới. Với bàn phím: phím Tab đưa vào biểu đồ (một lần cho mỗi biểu đồ), các phím mũi tên chuyển giữa các giá trị, Home và End đến giá trị đầu và cuối; giá trị đang chọn hiện kèm nguồn gốc như khi trỏ chuột. Màu không bao giờ là dấu hiệu duy nhất: chuỗi số liệu khác nhau ở cả hình điểm và nét vẽ, kết luận có chữ trên nhãn.',
    sourcesHeading: 'Nguồn dữ liệu',
    licencesHeading: 'Giấy phép và ghi công',
    licenceCode: 'Mã nguồn: giấy phép MIT.',
    licenceData: 'Số liệu tổng hợp: CC BY 4.0; nguồn gốc của từng giá trị được ghi kèm.',
    attributionGb:
      'Ranh giới hành chính 63 tỉnh (và bản gộp 34 tỉnh dựng từ đó): Administrative boundaries courtesy of geoBoundaries.org (Runfola D. et al. 2020, geoBoundaries: A global database of political administrative boundaries. PLoS ONE 15(4): e0231866). Bản gộp theo Nghị quyết 202/2025/QH15.',
    attributionVpd:
      'Ranh giới 34 tỉnh: Vietnamese Provinces Database (github.com/thanglequoc/vietnamese-provinces-database), © 2021 Thang Le Quoc, giấy phép MIT; dựng từ Bản đồ đơn vị hành chính (sapnhap.bando.com.vn), Nhà xuất bản Tài nguyên Môi trường và Bản đồ Việt Nam.',
    sovereignty:
      'Bản đồ thể hiện quần đảo Hoàng Sa (thuộc thành phố Đà Nẵng) và quần đảo Trường Sa (thuộc tỉnh Khánh Hòa) của Việt Nam.',
    sourcesIntro:
      'Mỗi giá trị và mỗi mục tiêu trên trang đều kèm nguồn của nó. Văn bản và số liệu thuộc bản quyền của cơ quan, đơn vị công bố; trang này chỉ trích dẫn, kèm đường dẫn để người đọc đối chiếu.',
    catalogHeading: 'Văn bản về mục tiêu: Chiến lược, kế hoạch của tỉnh, văn bản pháp luật',
    webHeading: 'Trang nguồn của số liệu thực tế',
    webIntro:
      '{n} trang mà các giá trị thực tế được đọc từ đó. “Loại nguồn” cho biết số liệu đến từ công bố chính thức, từ báo chí đưa tin số liệu chính thức, hay từ tổng hợp của bên thứ ba.',
    colTitle: 'Tài liệu',
    colPublisher: 'Cơ quan, đơn vị',
    colConfirms: 'Nội dung đã đối chiếu',
    colPage: 'Trang',
    colKind: 'Loại trang',
    colQuality: 'Loại nguồn',
    planText: 'toàn văn kế hoạch (.txt)',
    untitled: 'trang không ghi tiêu đề',
  },
  {
    title: 'About and methodology',
    intro:
      'This site brings together the targets of the National Strategy on Gender Equality 2021–2030 (Resolution 28/NQ-CP of 3 March 2021) and of provincial plans with the actual values published so far, to show which targets are met, where and in which year.',
    principlesHeading: 'Data principles',
    principle1:
      'No value is estimated, interpolated or “filled in”. Missing data is shown as missing.',
    principle2:
      'Every value carries its source (document or URL); every target its legal reference.',
    principle3:
      'Series measured by different methods (surveys, civil registration, administrative reports) are never joined or compared directly.',
    principle4:
      'Values before 1 July 2025 belong to the 63 former provinces, later values to the 34 new ones; old values are not summed into new units.',
    methodologyHeading: 'How attainment is assessed',
    accessHeading: 'Reading the charts without a mouse',
    access:
      'Every chart has its data table right below it. With the keyboard: Tab enters a chart (one stop per chart), the arrow keys move between its values, Home and End go to the first and last; the value in focus is shown as on hovering. Colour is never the only cue: series differ by marker shape and line style too, and verdicts are written on their badges.',
    sourcesHeading: 'Data sources',
    licencesHeading: 'Licences and attributions',
    licenceCode: 'Code: MIT licence.',
    licenceData: 'Compiled data: CC BY 4.0; the origin of each value is recorded with it.',
    attributionGb:
      '63-province boundaries (and the 34-province dissolve made from them): Administrative boundaries courtesy of geoBoundaries.org (Runfola D. et al. 2020, geoBoundaries: A global database of political administrative boundaries. PLoS ONE 15(4): e0231866). Dissolved to the 34 provinces of Resolution 202/2025/QH15.',
    attributionVpd:
      '34-province boundaries: Vietnamese Provinces Database (github.com/thanglequoc/vietnamese-provinces-database), © 2021 Thang Le Quoc, MIT License; derived from the Vietnam Administrative Units Reference Map (sapnhap.bando.com.vn), Nhà xuất bản Tài nguyên Môi trường và Bản đồ Việt Nam.',
    sovereignty:
      'The maps show Vietnam’s Hoàng Sa (Paracel) Islands, part of Đà Nẵng, and Trường Sa (Spratly) Islands, part of Khánh Hòa.',
    sourcesIntro:
      'Every value and every target on this site carries its source. Texts and figures are © the bodies that published them; this site only cites them, with a link so readers can check.',
    catalogHeading: 'Documents setting targets: the Strategy, provincial plans, legal texts',
    webHeading: 'Pages the actual values come from',
    webIntro:
      '{n} {n|page|pages} the actual values were read from. “Source quality” tells whether a figure comes from an official publication, from a press report of an official figure, or from a third-party compilation.',
    colTitle: 'Document',
    colPublisher: 'Publisher',
    colConfirms: 'What was checked in it',
    colPage: 'Page',
    colKind: 'Kind of page',
    colQuality: 'Source quality',
    planText: 'full text of the plan (.txt)',
    untitled: 'page without a title',
  },
);
