import { defineMessages } from '../translate.ts';

export const yearPage = defineMessages(
  {
    title: 'Báo cáo năm {year}',
    intro:
      'Tình hình thực hiện các mục tiêu của Chiến lược quốc gia về bình đẳng giới (và kế hoạch của tỉnh, nếu có) theo số liệu đã công bố đến năm {year}. Mỗi địa bàn có một trang báo cáo năm riêng, in được trên giấy A4.',
    nationalReport: 'Báo cáo năm {year} của Toàn quốc',
    summaryHeading: 'Tóm tắt',
    summaryNational: 'Toàn quốc, các mục tiêu của Nghị quyết 28:',
    summaryProvinces:
      'Các tỉnh, thành: {assessed} trên {cells} cặp tỉnh – mục tiêu có kết luận; {met} đạt, {notMet} chưa đạt, {na} không đánh giá được.',
    summaryMerger:
      'Năm 2025 có cả 63 tỉnh cũ (đến 30/6) và 34 tỉnh mới (từ 1/7); mỗi đơn vị được đánh giá theo số liệu của chính nó.',
    reportsHeading: 'Báo cáo năm {year} theo tỉnh, thành',
    reportsCount: '{met} đạt · {notMet} chưa đạt · {na} không đánh giá được',
    reportsNone: 'chưa có kết luận',
    gridHeading: 'Bảng kết luận: địa bàn × chỉ tiêu',
    gridCaption: '{vintage}: kết luận năm {year} theo mục tiêu có thời hạn gần nhất',
    gridColumnsHidden: '{n} chỉ tiêu không có kết luận cho tỉnh nào: không hiện cột.',
    gridRowsHidden: '{n} tỉnh, thành không có số liệu cho chỉ tiêu nào trong bảng',
    grid63: '63 tỉnh, thành (đến 30/6/2025)',
    grid34: '34 tỉnh, thành (từ 1/7/2025)',
    changesHeading: 'Thay đổi so với năm {prev}',
    changesNewData: 'Do có số liệu mới',
    changesDeadline: 'Do đến thời hạn của mục tiêu',
    changesAgeing: 'Do số liệu trở nên quá cũ',
    noChanges: 'Không có kết luận nào thay đổi.',
    colArea: 'Địa bàn',
    colIndicator: 'Chỉ tiêu',
    colFrom: 'Năm {year}',
    colTo: 'Năm {year}',
    print: 'In báo cáo (A4)',
    national: 'Toàn quốc',
  },
  {
    title: 'Annual report {year}',
    intro:
      'Progress on the targets of the National Strategy on Gender Equality (and of provincial plans, where they exist) with the data published up to {year}. Every area has its own annual report page, printable on A4.',
    nationalReport: 'Viet Nam’s {year} report',
    summaryHeading: 'Summary',
    summaryNational: 'Vietnam as a whole, the targets of Resolution 28:',
    summaryProvinces:
      'Provinces: {assessed} of {cells} province–target {cells|pair|pairs} {assessed|has|have} a verdict; {met} met, {notMet} not met, {na} cannot be assessed.',
    summaryMerger:
      '2025 holds both the 63 former provinces (until 30 June) and the 34 new ones (from 1 July); each unit is assessed on its own data.',
    reportsHeading: '{year} reports by province',
    reportsCount: '{met} met · {notMet} not met · {na} cannot be assessed',
    reportsNone: 'no verdict yet',
    gridHeading: 'Verdict grid: areas × indicators',
    gridCaption: '{vintage}: verdicts in {year} against the nearest deadline',
    gridColumnsHidden:
      '{n} {n|indicator has|indicators have} no verdict for any province: no column shown.',
    gridRowsHidden: '{n} {n|province|provinces} without data for any indicator in the grid',
    grid63: '63 provinces (until 30 June 2025)',
    grid34: '34 provinces (from 1 July 2025)',
    changesHeading: 'Changes since {prev}',
    changesNewData: 'Because of new data',
    changesDeadline: 'Because the target’s deadline passed',
    changesAgeing: 'Because the value became too old',
    noChanges: 'No verdict changed.',
    colArea: 'Area',
    colIndicator: 'Indicator',
    colFrom: '{year}',
    colTo: '{year}',
    print: 'Print the report (A4)',
    national: 'Viet Nam',
  },
);
