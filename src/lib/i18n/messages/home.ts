import { defineMessages } from '../translate.ts';

export const home = defineMessages(
  {
    pageTitle: 'Tổng quan',
    intro:
      'Theo dõi các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030 (Nghị quyết 28/NQ-CP) và kế hoạch của các tỉnh: mục tiêu nào đã đạt, đang đúng lộ trình hay chậm, ở đâu và năm nào.',
    featuredHeading: 'Tỷ số giới tính khi sinh, toàn quốc',
    featuredNote:
      'Biểu đồ này được dựng sẵn khi xây dựng trang: đọc được ngay, không cần tải công cụ truy vấn.',
    exploreCta: 'Tự khám phá số liệu (tải công cụ DuckDB trong trình duyệt)',
    scorecardHeading: 'Toàn quốc so với Nghị quyết 28, năm {year}',
    scorecardIntro:
      'Mỗi mục tiêu của Chiến lược với giá trị toàn quốc mới nhất cùng một phương pháp đo. Nhiều mục tiêu chưa có số liệu công bố: chúng được hiển thị là “không có dữ liệu”, không ước tính.',
    forWhom: 'Bạn cần gì?',
    forLeaders: 'Lãnh đạo: báo cáo năm theo từng tỉnh, in được cho cuộc họp',
    forAnalysts: 'Chuyên viên phân tích: khám phá, so sánh, kiểm tra số liệu của tỉnh mình',
    forPress: 'Báo chí: tải dữ liệu kèm nguồn, đường dẫn ổn định để trích dẫn',
    provinceReport: 'Lập báo cáo của tỉnh',
    forOffice:
      'Sở Nội vụ: mẫu biểu cho từng cơ quan, nhận số liệu, phụ lục và dự thảo báo cáo năm hoặc 6 tháng',
    annualReport: 'Báo cáo năm {year}',
    provinces: 'Chọn tỉnh, thành',
    data: 'Dữ liệu tải về',
  },
  {
    pageTitle: 'Overview',
    intro:
      'Follow the targets of the National Strategy on Gender Equality 2021–2030 (Resolution 28/NQ-CP) and of provincial plans: which are met, on track or behind, where and in which year.',
    featuredHeading: 'Sex ratio at birth, Vietnam',
    featuredNote:
      'This chart is drawn when the site is built: it reads at once, without loading the query engine.',
    exploreCta: 'Explore the data yourself (loads DuckDB in your browser)',
    scorecardHeading: 'Vietnam against Resolution 28, {year}',
    scorecardIntro:
      'Each target of the Strategy with the latest national value of one measurement method. Many targets have no published data yet: they are shown as “no data”, never estimated.',
    forWhom: 'What do you need?',
    forLeaders: 'Leadership: annual report per province, printable for a meeting',
    forAnalysts: 'Analysts: explore, compare, check your own province’s figures',
    forPress: 'Journalists: download data with sources, stable links to cite',
    provinceReport: 'Make the province’s report',
    forOffice:
      'Provincial Department of Home Affairs: templates per agency, their figures, the annex and a draft of the annual or 6-month report',
    annualReport: 'Annual report {year}',
    provinces: 'Pick a province',
    data: 'Data downloads',
  },
);
