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
  },
  {
    pageTitle: 'Overview',
    intro:
      'Follow the targets of the National Strategy on Gender Equality 2021–2030 (Resolution 28/NQ-CP) and of provincial plans: which are met, on track or behind, where and in which year.',
    featuredHeading: 'Sex ratio at birth, Vietnam',
    featuredNote:
      'This chart is drawn when the site is built: it reads at once, without loading the query engine.',
    exploreCta: 'Explore the data yourself (loads DuckDB in your browser)',
  },
);
