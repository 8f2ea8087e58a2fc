import { defineMessages } from '../translate.ts';

/** The Government's own assessment beside the site's verdicts (national annual page, indicator page). */
export const governmentMessages = defineMessages(
  {
    heading: 'Đánh giá của chính Chính phủ',
    intro:
      'Hằng năm Chính phủ báo cáo Quốc hội về việc thực hiện các mục tiêu quốc gia về bình đẳng giới. Đây là cách báo cáo về kết quả năm {year} tự xếp loại các chỉ tiêu, theo các bản tin tóm tắt báo cáo đó, đặt cạnh kết luận của trang này. Trang không suy ra xếp loại nào mà văn bản không nêu.',
    notFound:
      'Không tìm thấy báo cáo nào của Chính phủ về kết quả năm {year}, hay bản tóm tắt của báo cáo đó, trong các nguồn đã đọc.',
    reportsLine: 'Báo cáo: {report} ({note}).',
    reportsLineBare: 'Báo cáo: {report}.',
    countHeading: 'Số chỉ tiêu đạt: hai cách đếm',
    governmentCount: 'Chính phủ: {n}/{of} chỉ tiêu được tính là đạt (so với mục tiêu năm 2025).',
    draftCount: 'Bản dự thảo của cùng báo cáo: {n}/{of}.',
    siteCount:
      'Trang này, năm {year}: {met}/{total} chỉ tiêu đạt ({notMet} chưa đạt, {na} không đánh giá được, {none} chưa có số liệu).',
    whyHeading: 'Vì sao hai cách đếm khác nhau',
    reasonTargetList:
      'Chính phủ tính {of} chỉ tiêu được đánh số trong Chiến lược; trang này hiển thị danh sách riêng gồm {total} chỉ tiêu.',
    reasonSplit: 'Trang đánh giá riêng từng phần của {codes}.',
    reasonMissing: 'Trang chưa có mục tiêu quốc gia được xác nhận cho {codes}.',
    reasonNoPublicValue:
      '{n} chỉ tiêu không có giá trị công khai nào trong dữ liệu của trang cho năm này ({codes}), nên trang không thể tính là đạt.',
    reasonBeforePlan:
      '{n} chỉ tiêu chỉ có giá trị từ trước kỳ kế hoạch, trước năm 2021 ({codes}): theo quy tắc của trang, “không đánh giá được — số liệu có trước kỳ kế hoạch”.',
    reasonCountedMet: 'Chính phủ vẫn tính {code} là đạt, dựa trên giá trị năm {year}.',
    reasonCountedMetNoYear: 'Chính phủ vẫn tính {code} là đạt.',
    reasonNotAssessable: 'Trang không đánh giá: {items}.',
    reasonVerdictsDiffer:
      'Với {codes}, cả hai cùng đánh giá nhưng kết luận khác nhau (xem bảng dưới).',
    reasonNamed:
      'Các đoạn văn đã đọc chỉ nêu tên {n} trong {count} chỉ tiêu Chính phủ tính là đạt ({codes}); các chỉ tiêu còn lại không được nêu tên, nên không thể so từng chỉ tiêu.',
    reasonNamedNone:
      'Các đoạn văn đã đọc không nêu tên chỉ tiêu nào trong {count} chỉ tiêu Chính phủ tính là đạt, nên không thể so từng chỉ tiêu.',
    tableHeading: 'Từng chỉ tiêu',
    tableCaption:
      'Xếp loại của Chính phủ về năm {year} và kết luận của trang này cho toàn quốc cùng năm',
    colTarget: 'Chỉ tiêu',
    colGovernment: 'Chính phủ',
    colSite: 'Trang này',
    colCompare: 'So sánh',
    colYear: 'Năm',
    part: 'Một phần của chỉ tiêu: {label}',
    govValue: 'Giá trị nêu: {value}',
    govValueYear: 'Giá trị nêu: {value} (giá trị của năm {year})',
    reportDated: '{report}, ngày {date}',
    noValue: 'không nêu giá trị',
    quote: 'Trích',
    source: 'Nguồn',
    siteValue: '{value} (năm {year})',
    siteNone: 'không có',
    status_met: 'Đạt',
    status_not_met: 'Chưa đạt',
    status_on_track: 'Có thể đạt đúng hạn',
    status_approaching: 'Tiệm cận mục tiêu (chưa đạt)',
    status_none: 'Không nêu xếp loại (trong đoạn văn đã đọc)',
    agree: 'Cùng kết luận',
    differ: 'Khác nhau',
    notStated: 'Không so sánh: văn bản không nêu xếp loại',
    partOnly: 'Không so sánh: đánh giá của Chính phủ chỉ về một phần của chỉ tiêu',
    notInSiteList: 'Không so sánh: trang chưa có mục tiêu quốc gia được xác nhận cho chỉ tiêu này',
    diff_site_no_value: 'trang không có giá trị công khai nào cho năm này',
    diff_before_plan:
      'giá trị của trang là của năm {year}, trước kỳ kế hoạch: trang không đánh giá',
    diff_uncertain_year: 'năm của giá trị trên trang không chắc chắn: trang không đánh giá',
    diff_stale: 'giá trị của trang quá cũ: trang không đánh giá',
    diff_range_straddles: 'khoảng giá trị trên trang nằm hai phía mục tiêu: trang không đánh giá',
    diff_site_met: 'giá trị của trang đã đạt mục tiêu',
    diff_site_not_met: 'giá trị của trang chưa đạt mục tiêu',
    diff_site_behind_path: 'giá trị của trang chậm so với lộ trình thẳng tới mục tiêu',
    partLabel: 'phần ({part})',
    indicatorIntro:
      'Cách các báo cáo hằng năm của Chính phủ trình Quốc hội xếp loại chỉ tiêu này (theo các bản tin tóm tắt), đặt cạnh kết luận của trang cho toàn quốc cùng năm. Ô “Không nêu xếp loại”: văn bản có nêu giá trị nhưng không nêu xếp loại; trang không suy ra.',
    nationalLink: 'Báo cáo toàn quốc năm {year}',
    indicatorCaption:
      'Xếp loại của Chính phủ cho chỉ tiêu này, từng năm, và kết luận của trang cho toàn quốc cùng năm',
    otherTargetsHeading: 'Mục tiêu khác do tỉnh đặt, không thuộc kế hoạch thực hiện NQ28',
    otherTargetsIntro: 'Chỉ để tham khảo: trang không dùng các mục tiêu này để đánh giá.',
    otherTarget: '{area}: {target} vào năm {year}.',
  },
  {
    heading: "The Government's own assessment",
    intro:
      "Every year the Government reports to the National Assembly on the national gender-equality targets. This is how its report on the results of {year} classifies the targets, as press summaries of the report quote it, beside this site's verdicts. The site infers no classification the text does not state.",
    notFound:
      'No Government report on the results of {year}, nor a summary of one, was found in the sources read.',
    reportsLine: 'Report: {report} ({note}).',
    reportsLineBare: 'Report: {report}.',
    countHeading: 'Targets met: two counts',
    governmentCount: 'The Government: {n} of {of} targets counted as met (against the 2025 goals).',
    draftCount: 'A draft of the same report: {n} of {of}.',
    siteCount:
      'This site, {year}: {met} of {total} targets met ({notMet} not met, {na} cannot be assessed, {none} with no data).',
    whyHeading: 'Why the two counts differ',
    reasonTargetList:
      "The Government counts the Strategy's {of} numbered targets; this site shows its own list of {total}.",
    reasonSplit: 'The site judges each part of {codes} separately.',
    reasonMissing: 'The site has no confirmed national target for {codes}.',
    reasonNoPublicValue:
      "{n} {n|target has|targets have} no public value in the site's data for this year ({codes}), so the site cannot count {n|it|them} as met.",
    reasonBeforePlan:
      "{n} {n|target has|targets have} only a value from before the plan period, before 2021 ({codes}): by the site's rules, “cannot be assessed — value from before the plan period”.",
    reasonCountedMet: 'The Government counts {code} as met all the same, on a value for {year}.',
    reasonCountedMetNoYear: 'The Government counts {code} as met all the same.',
    reasonNotAssessable: 'The site does not judge: {items}.',
    reasonVerdictsDiffer:
      'For {codes}, both judge the target and reach different results (see the table below).',
    reasonNamed:
      'The texts read name only {n} of the {count} targets the Government counts as met ({codes}); the others are not named, so the counts cannot be compared target by target.',
    reasonNamedNone:
      'The texts read name none of the {count} targets the Government counts as met, so the counts cannot be compared target by target.',
    tableHeading: 'Target by target',
    tableCaption:
      "The Government's classification for {year} and this site's national verdict for the same year",
    colTarget: 'Target',
    colGovernment: 'The Government',
    colSite: 'This site',
    colCompare: 'Comparison',
    colYear: 'Year',
    part: 'Part of the target: {label}',
    govValue: 'Value given: {value}',
    govValueYear: 'Value given: {value} (the value is for {year})',
    reportDated: '{report}, {date}',
    noValue: 'no value given',
    quote: 'Quote',
    source: 'Source',
    siteValue: '{value} ({year})',
    siteNone: 'none',
    status_met: 'Met',
    status_not_met: 'Not met',
    status_on_track: 'Can be met on time',
    status_approaching: 'Approaching the target (not met)',
    status_none: 'No classification stated (in the text read)',
    agree: 'Same result',
    differ: 'Different',
    notStated: 'Not compared: the text states no classification',
    partOnly: "Not compared: the Government's classification covers only part of the target",
    notInSiteList: 'Not compared: the site has no confirmed national target for it',
    diff_site_no_value: 'the site has no public value for this year',
    diff_before_plan:
      "the site's value is for {year}, before the plan period: the site does not judge it",
    diff_uncertain_year: "the year of the site's value is uncertain: the site does not judge it",
    diff_stale: "the site's value is too old: the site does not judge it",
    diff_range_straddles:
      "the site's range lies on both sides of the target: the site does not judge it",
    diff_site_met: "the site's value meets the target",
    diff_site_not_met: "the site's value does not meet the target",
    diff_site_behind_path: "the site's value is behind the straight path to the target",
    partLabel: 'part ({part})',
    indicatorIntro:
      "How the Government's annual reports to the National Assembly classify this target (as press summaries quote them), beside this site's national verdict for the same year. “No classification stated”: the text gives a value but no classification; the site infers none.",
    nationalLink: 'National report for {year}',
    indicatorCaption:
      "The Government's classification of this target, year by year, and this site's national verdict for the same year",
    otherTargetsHeading: 'Other targets set by provinces, outside their NQ28 plans',
    otherTargetsIntro: 'For context only: the site judges nothing against them.',
    otherTarget: '{area}: {target} by {year}.',
  },
);
