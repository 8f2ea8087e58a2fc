import { defineMessages } from '../translate.ts';

export const dataPage = defineMessages(
  {
    title: 'Dữ liệu tải về',
    intro:
      'Mọi tệp dưới đây được tạo lại mỗi lần xây dựng trang từ các tệp nguồn trong thư mục data/ của dự án. Đường dẫn ổn định, có thể trích dẫn và dùng trong mã. Phiên bản dữ liệu hiện tại: {version} (xem manifest.json).',
    filesHeading: 'Các tệp',
    colFile: 'Tệp',
    colWhat: 'Nội dung',
    colRows: 'Số dòng',
    colFormats: 'Định dạng và dung lượng',
    colLicence: 'Giấy phép',
    what_indicators: 'Chỉ tiêu: tên, đơn vị, định nghĩa, chiều tốt, vị trí trong Nghị quyết 28.',
    what_targets:
      'Mục tiêu quốc gia và của kế hoạch tỉnh: điều kiện, mức, thời hạn, căn cứ pháp lý.',
    what_areas: 'Địa bàn: toàn quốc, 63 tỉnh (đến 30/6/2025), 34 tỉnh (từ 1/7/2025), 6 vùng.',
    what_area_regions: 'Tỉnh thuộc vùng nào, và căn cứ.',
    what_crosswalk: 'Tỉnh cũ → tỉnh mới (sáp nhập 1/7/2025).',
    what_actuals:
      'Giá trị thực tế: một dòng cho mỗi chỉ tiêu × địa bàn × năm × chuỗi số liệu × giới tính, kèm nguồn.',
    what_actual_sources: 'Mọi nguồn của từng giá trị (khi nhiều nguồn cùng cho một giá trị).',
    what_sources: 'Nguồn: cơ quan công bố, tên, loại, đường dẫn.',
    what_government_assessments:
      'Đánh giá của chính Chính phủ về các chỉ tiêu (báo cáo hằng năm trình Quốc hội, theo các bản tin tóm tắt): số chỉ tiêu đạt, xếp loại từng chỉ tiêu khi văn bản có nêu, kèm trích dẫn.',
    what_status:
      'Tình trạng đạt mục tiêu: mỗi mục tiêu × địa bàn áp dụng × năm đánh giá × chuỗi số liệu, kèm câu giải thích.',
    what_database:
      'Toàn bộ các bảng trên trong một cơ sở dữ liệu DuckDB (bản gọn mà trang dùng trong trình duyệt).',
    what_manifest: 'Số dòng, mã kiểm tra (SHA-256) của tệp đầu vào và tệp CSV, phiên bản.',
    what_perIndicator:
      'Giá trị của từng chỉ tiêu riêng: /data/indicators/{id}.csv, .parquet và .json (thông tin chỉ tiêu, mục tiêu, nguồn).',
    what_plans: 'Toàn văn các kế hoạch của tỉnh (văn bản thuần, UTF-8).',
    what_maps: 'Ranh giới tỉnh (TopoJSON) và tệp giấy phép.',
    filesCount: '{n} tệp',
    licenceData:
      'Số liệu tổng hợp: CC BY 4.0, ghi nguồn dự án và nguồn gốc của từng giá trị (các cột source_*).',
    licenceTexts: 'Toàn văn kế hoạch: văn bản của cơ quan ban hành, lưu để đối chiếu.',
    licenceMapGb: 'Ranh giới 63 tỉnh: geoBoundaries, ghi công bắt buộc (CC BY 4.0).',
    licenceMapVpd:
      'Ranh giới 34 tỉnh: Vietnamese Provinces Database, © 2021 Thang Le Quoc, giấy phép MIT.',
    licenceFile: 'Tệp giấy phép',
    licenceMaps: 'geoBoundaries (CC BY 4.0); VPD (MIT)',
    licenceTextsShort: 'văn bản của cơ quan ban hành',
    codesNote: 'Chữ in đậm là cách trang và các tệp tải từ biểu đồ viết mã đó; tệp ổn định ghi mã.',
    conventionsHeading: 'Quy ước của các tệp',
    convention1:
      'CSV mã hóa UTF-8 có BOM (Excel hiển thị đúng tiếng Việt), theo RFC 4180; dấu thập phân là dấu chấm; ô trống nghĩa là không có giá trị.',
    convention2:
      "Các tệp ổn định ghi mã (survey, true/false, official…) chứ không ghi chữ; bảng mã ở dưới. Ô văn bản bắt đầu bằng = + - @ được thêm dấu nháy đơn để bảng tính không chạy công thức (mã điều kiện “=” vì vậy thành “'=”).",
    convention3:
      'Parquet giữ đúng kiểu dữ liệu của từng cột; các dòng được sắp theo chỉ tiêu, địa bàn, năm.',
    convention4:
      'Tệp tải từ biểu đồ và bảng trên các trang thì viết bằng ngôn ngữ của trang (chuỗi số liệu, giới tính, có/không, loại nguồn, đơn vị của chỉ tiêu); mã tương ứng nằm ở các cột *_code (series_code, sex_code, source_quality_code, status_code).',
    dictionaryHeading: 'Từ điển cột',
    dictionaryIntro:
      'Mỗi cột được mô tả một lần, dù có mặt trong nhiều tệp. Cột có bảng mã thì liên kết tới bảng mã.',
    colColumn: 'Cột',
    colType: 'Kiểu',
    colIn: 'Có trong',
    colMeaning: 'Ý nghĩa',
    colCodes: 'Mã',
    type_VARCHAR: 'văn bản',
    type_INTEGER: 'số nguyên',
    type_DOUBLE: 'số',
    type_BOOLEAN: 'true/false',
    codesHeading: 'Bảng mã',
    colCode: 'Mã',
    colCodeMeaning: 'Ý nghĩa',
    codes_series: 'Chuỗi số liệu (series)',
    codes_sex: 'Giới tính (sex)',
    codes_flags: 'Cờ của giá trị (preliminary, uncertain_year, approximate, derived)',
    codes_source_quality: 'Loại nguồn (source_quality)',
    codes_status: 'Tình trạng (status)',
    codes_reason: 'Lý do (reason)',
    codes_target_role: 'Loại mục tiêu (target_role)',
    codes_comparator: 'Điều kiện (comparator)',
    codes_direction: 'Chiều tốt (direction)',
    codes_value_type: 'Kiểu giá trị (value_type)',
    codes_area_kind: 'Loại địa bàn (areas.kind)',
    codes_region_basis: 'Căn cứ vùng (basis)',
    codes_source_kind: 'Loại nguồn trong danh mục (sources.kind)',
    codes_domain: 'Lĩnh vực (domain)',
    codes_government_status: 'Xếp loại của Chính phủ (government_status)',
    scriptsHeading: 'Dùng trong mã',
    scriptsIntro:
      'Đường dẫn của các tệp không đổi giữa các lần cập nhật; nội dung thay đổi khi dữ liệu được bổ sung (so phiên bản trong manifest.json). Mỗi chỉ tiêu có ba tệp theo cùng một mẫu:',
    scriptsJson:
      'Tệp .json gồm thông tin chỉ tiêu (các cột của indicators.csv), targets (các mục tiêu), sources (đường dẫn, cơ quan công bố, tên, loại nguồn), rows (số dòng) và files (tên hai tệp kia).',
    scriptsExamples: 'Ví dụ:',
    indicatorList: 'Danh sách {n} chỉ tiêu và tệp của chúng',
    plansHeading: 'Toàn văn kế hoạch của tỉnh',
    plansIntro:
      'Tên tệp gồm tỉnh, số hiệu và năm của văn bản. Đường dẫn cũ theo tên tệp trong thư mục data/plans/ (ví dụ 004_03423e82c8fe3694.txt) vẫn dùng được.',
    colPlan: 'Kế hoạch',
  },
  {
    title: 'Data downloads',
    intro:
      'Every file below is rebuilt with the site from the source files in the project’s data/ folder. Stable URLs you can cite and use in code. Current data version: {version} (see manifest.json).',
    filesHeading: 'Files',
    colFile: 'File',
    colWhat: 'What it holds',
    colRows: 'Rows',
    colFormats: 'Formats and size',
    colLicence: 'Licence',
    what_indicators:
      'Indicators: names, units, definitions, which way is better, place in Resolution 28.',
    what_targets:
      'National and provincial-plan targets: condition, level, deadline, legal reference.',
    what_areas:
      'Areas: the nation, 63 provinces (until 30 June 2025), 34 provinces (from 1 July 2025), 6 regions.',
    what_area_regions: 'Which region each province belongs to, and why.',
    what_crosswalk: 'Old province → new province (merger of 1 July 2025).',
    what_actuals:
      'Actual values: one row per indicator × area × year × series × sex, with its source.',
    what_actual_sources: 'Every source of each value (when several give the same value).',
    what_sources: 'Sources: publisher, title, kind, URL.',
    what_government_assessments:
      "The Government's own assessment of the targets (its annual report to the National Assembly, as press summaries quote it): how many targets it counts as met, and each target's classification where the text states one, with the quote.",
    what_status:
      'Target attainment: each target × applicable area × evaluation year × series, with its explanation.',
    what_database:
      'All the tables above in one DuckDB database (the slim one the site queries in the browser).',
    what_manifest: 'Row counts, SHA-256 checksums of the input files and CSV outputs, version.',
    what_perIndicator:
      'Each indicator’s values on their own: /data/indicators/{id}.csv, .parquet and .json (indicator, targets, sources).',
    what_plans: 'Full texts of the provincial plans (plain text, UTF-8).',
    what_maps: 'Province boundaries (TopoJSON) and licence files.',
    filesCount: '{n} {n|file|files}',
    licenceData:
      'Compiled data: CC BY 4.0, credit the project and the origin of each value (the source_* columns).',
    licenceTexts: 'Plan texts: documents of the issuing bodies, kept for checking.',
    licenceMapGb: '63-province boundaries: geoBoundaries, attribution required (CC BY 4.0).',
    licenceMapVpd:
      '34-province boundaries: Vietnamese Provinces Database, © 2021 Thang Le Quoc, MIT licence.',
    licenceFile: 'Licence file',
    licenceMaps: 'geoBoundaries (CC BY 4.0); VPD (MIT)',
    licenceTextsShort: 'texts of the issuing bodies',
    codesNote:
      'Bold is how the site and the downloads from charts write the code; the stable files hold the code.',
    conventionsHeading: 'File conventions',
    convention1:
      'CSV is UTF-8 with a BOM (Excel shows Vietnamese correctly), RFC 4180; the decimal separator is a point; an empty cell means no value.',
    convention2:
      "The stable files hold codes (survey, true/false, official…), not words; the code lists are below. A text cell starting with = + - @ gets a leading apostrophe so spreadsheets run no formula (the comparator code “=” therefore reads “'=”).",
    convention3: 'Parquet keeps each column’s type; rows are sorted by indicator, area, year.',
    convention4:
      'Files downloaded from a chart or table on a page are written in the page’s language (series, sex, yes/no, source quality, the indicator’s unit); the codes are in the *_code columns (series_code, sex_code, source_quality_code, status_code).',
    dictionaryHeading: 'Column dictionary',
    dictionaryIntro:
      'Each column is described once, whichever files hold it. Coded columns link to their code list.',
    colColumn: 'Column',
    colType: 'Type',
    colIn: 'In',
    colMeaning: 'Meaning',
    colCodes: 'Codes',
    type_VARCHAR: 'text',
    type_INTEGER: 'integer',
    type_DOUBLE: 'number',
    type_BOOLEAN: 'true/false',
    codesHeading: 'Code lists',
    colCode: 'Code',
    colCodeMeaning: 'Meaning',
    codes_series: 'Series (series)',
    codes_sex: 'Sex (sex)',
    codes_flags: 'Value flags (preliminary, uncertain_year, approximate, derived)',
    codes_source_quality: 'Source quality (source_quality)',
    codes_status: 'Status (status)',
    codes_reason: 'Reason (reason)',
    codes_target_role: 'Target role (target_role)',
    codes_comparator: 'Comparator (comparator)',
    codes_direction: 'Direction (direction)',
    codes_value_type: 'Value type (value_type)',
    codes_area_kind: 'Kind of area (areas.kind)',
    codes_region_basis: 'Region basis (basis)',
    codes_source_kind: 'Kind of catalog source (sources.kind)',
    codes_domain: 'Domain (domain)',
    codes_government_status: 'The Government’s classification (government_status)',
    scriptsHeading: 'Using the files in code',
    scriptsIntro:
      'File URLs stay the same between updates; their contents change when data is added (compare the version in manifest.json). Each indicator has three files on one pattern:',
    scriptsJson:
      'The .json file holds the indicator (the columns of indicators.csv), targets, sources (URL, publisher, title, source quality), rows (row count) and files (the other two file names).',
    scriptsExamples: 'Examples:',
    indicatorList: 'The {n} indicators and their files',
    plansHeading: 'Full texts of provincial plans',
    plansIntro:
      'File names hold the province, the document number and the year. The old URLs by the file name in data/plans/ (e.g. 004_03423e82c8fe3694.txt) still work.',
    colPlan: 'Plan',
  },
);
