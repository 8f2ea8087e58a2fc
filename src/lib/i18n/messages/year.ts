import { defineMessages } from '../translate.ts';

export const yearPage = defineMessages(
  {
    title: 'Báo cáo năm {year}',
    intro:
      'Tình hình thực hiện các mục tiêu của Chiến lược quốc gia về bình đẳng giới (và kế hoạch của tỉnh, nếu có) theo số liệu đã công bố đến năm {year}.',
    summaryHeading: 'Tóm tắt',
    summaryNational:
      'Toàn quốc: {met} mục tiêu đã đạt, {on_track} đúng lộ trình, {off_track} chậm, {not_met} không đạt, {undetermined} chưa xác định được và {no_data} chưa có số liệu (tính theo {total} chỉ tiêu có mục tiêu).',
    summaryProvinces:
      'Các tỉnh, thành: có số liệu để đánh giá {assessed} trên {cells} cặp tỉnh – chỉ tiêu; trong đó {met} đã đạt và {bad} chậm hoặc không đạt.',
    summaryMerger:
      'Năm 2025 có cả 63 tỉnh cũ (đến 30/6) và 34 tỉnh mới (từ 1/7); mỗi đơn vị được đánh giá theo số liệu của chính nó.',
    summaryChanges: 'So với năm {prev}: {n} thay đổi về tình trạng.',
    gridHeading: 'Bảng tình trạng: địa bàn × chỉ tiêu',
    gridCaption: 'Tình trạng năm {year} theo mục tiêu có thời hạn gần nhất (từ năm {year} trở đi)',
    grid63: '63 tỉnh, thành (đến 30/6/2025)',
    grid34: '34 tỉnh, thành (từ 1/7/2025)',
    changesHeading: 'Thay đổi so với năm {prev}',
    noChanges: 'Không có thay đổi tình trạng nào.',
    colArea: 'Địa bàn',
    colIndicator: 'Chỉ tiêu',
    colFrom: 'Năm trước',
    colTo: 'Năm nay',
    print: 'In báo cáo (A4 ngang)',
    national: 'Toàn quốc',
  },
  {
    title: 'Annual report {year}',
    intro:
      'Progress on the targets of the National Strategy on Gender Equality (and of provincial plans, where they exist) with the data published up to {year}.',
    summaryHeading: 'Summary',
    summaryNational:
      'Vietnam: {met} targets met, {on_track} on track, {off_track} off track, {not_met} not met, {undetermined} undetermined and {no_data} without data (over {total} indicators with targets).',
    summaryProvinces:
      'Provinces: {assessed} of {cells} province–indicator pairs have data to assess; {met} are met and {bad} are off track or not met.',
    summaryMerger:
      '2025 holds both the 63 former provinces (until 30 June) and the 34 new ones (from 1 July); each unit is assessed on its own data.',
    summaryChanges: 'Since {prev}: {n} status changes.',
    gridHeading: 'Status grid: areas × indicators',
    gridCaption: 'Status in {year} against the nearest deadline from {year} on',
    grid63: '63 provinces (until 30 June 2025)',
    grid34: '34 provinces (from 1 July 2025)',
    changesHeading: 'Changes since {prev}',
    noChanges: 'No status changed.',
    colArea: 'Area',
    colIndicator: 'Indicator',
    colFrom: 'Previous year',
    colTo: 'This year',
    print: 'Print the report (A4 landscape)',
    national: 'Vietnam',
  },
);
