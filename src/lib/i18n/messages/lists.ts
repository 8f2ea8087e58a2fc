import { defineMessages } from '../translate.ts';

export const lists = defineMessages(
  {
    indicatorsTitle: 'Các chỉ tiêu',
    indicatorsIntro:
      'Các chỉ tiêu của Chiến lược quốc gia về bình đẳng giới 2021–2030 theo sáu lĩnh vực, và các chỉ số bối cảnh (không có mục tiêu) giúp đọc chúng.',
    domain_politics: 'Chính trị',
    domain_economy: 'Kinh tế, lao động',
    domain_family_gbv: 'Gia đình và phòng, chống bạo lực trên cơ sở giới',
    domain_health: 'Y tế',
    domain_education: 'Giáo dục, đào tạo',
    domain_communication: 'Thông tin, truyền thông',
    domain_context: 'Chỉ số bối cảnh (không có mục tiêu)',
    hasTarget: 'có mục tiêu',
    valueCount: '{n} giá trị',
    noTarget: 'không có mục tiêu',
    provincesTitle: 'Tỉnh, thành phố',
    provincesIntro:
      'Từ ngày 1/7/2025, 63 tỉnh, thành phố được sắp xếp thành 34 (Nghị quyết 202/2025/QH15). Số liệu trước và sau sáp nhập đều được giữ theo đơn vị của thời điểm đó.',
    vintage34: '34 tỉnh, thành phố từ 1/7/2025',
    vintage63: '63 tỉnh, thành phố đến 30/6/2025',
    national: 'Toàn quốc',
    yearsTitle: 'Báo cáo theo năm',
    yearsIntro: 'Mỗi năm một trang: tình hình thực hiện các mục tiêu, in được trên khổ A4.',
  },
  {
    indicatorsTitle: 'Indicators',
    indicatorsIntro:
      'The indicators of the National Strategy on Gender Equality 2021–2030 in six domains, and the context indicators (without targets) that help read them.',
    domain_politics: 'Politics',
    domain_economy: 'Economy and labour',
    domain_family_gbv: 'Family and gender-based violence',
    domain_health: 'Health',
    domain_education: 'Education and training',
    domain_communication: 'Information and communication',
    domain_context: 'Context indicators (no target)',
    hasTarget: 'has targets',
    valueCount: '{n} {n|value|values}',
    noTarget: 'no target',
    provincesTitle: 'Provinces and cities',
    provincesIntro:
      'On 1 July 2025 the 63 provinces and cities were merged into 34 (Resolution 202/2025/QH15). Data before and after the merger are kept for the units of their time.',
    vintage34: '34 provinces and cities from 1 July 2025',
    vintage63: '63 provinces and cities until 30 June 2025',
    national: 'Vietnam (national)',
    yearsTitle: 'Annual reports',
    yearsIntro: 'One page per year: progress on every target, printable on A4.',
  },
);
