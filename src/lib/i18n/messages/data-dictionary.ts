// The column dictionary of the stable downloads (/data page): every column once, its meaning in
// both languages and, for coded columns, the code list it takes values from. Types come from the
// schema (src/lib/data/schema.ts); a test checks every downloaded column is described exactly once.
import type { Locale } from '../../domain/types.ts';

export type CodeList =
  | 'series'
  | 'sex'
  | 'flags'
  | 'source_quality'
  | 'status'
  | 'reason'
  | 'target_role'
  | 'comparator'
  | 'direction'
  | 'value_type'
  | 'area_kind'
  | 'region_basis'
  | 'source_kind'
  | 'domain'
  | 'government_status';

export interface ColumnEntry {
  /** Column names this entry describes (a pair such as name_vi/name_en counts as one entry). */
  columns: readonly string[];
  vi: string;
  en: string;
  codes?: CodeList | readonly CodeList[];
}

export const COLUMN_DICTIONARY: readonly ColumnEntry[] = [
  {
    columns: ['id'],
    vi: 'Mã của dòng trong bảng: mã chỉ tiêu (indicators), mã địa bàn (areas), mã mục tiêu {địa bàn}-{chỉ tiêu}-{năm} (targets), mã nguồn (sources). Mã ổn định, dùng để nối các bảng.',
    en: 'Id of the row: the indicator id (indicators), area id (areas), target id {area}-{indicator}-{year} (targets), source id (sources). Stable; use it to join tables.',
  },
  {
    columns: ['indicator_id'],
    vi: 'Mã chỉ tiêu (nối với indicators.id).',
    en: 'Indicator id (joins indicators.id).',
  },
  {
    columns: ['area_id'],
    vi: 'Mã địa bàn (nối với areas.id): VN toàn quốc, 63-NN tỉnh trước 1/7/2025, 34-NN tỉnh từ 1/7/2025, R-… vùng.',
    en: 'Area id (joins areas.id): VN national, 63-NN province before 1 July 2025, 34-NN province from 1 July 2025, R-… region.',
  },
  {
    columns: ['name_vi', 'name_en'],
    vi: 'Tên đầy đủ bằng tiếng Việt / tiếng Anh.',
    en: 'Full name in Vietnamese / English.',
  },
  {
    columns: ['short_vi', 'short_en'],
    vi: 'Tên ngắn của chỉ tiêu (tiêu đề biểu đồ).',
    en: 'Short indicator name (chart titles).',
  },
  {
    columns: ['domain'],
    vi: 'Lĩnh vực của Chiến lược mà chỉ tiêu thuộc về; context = chỉ tiêu bối cảnh, không có mục tiêu.',
    en: 'Strategy domain of the indicator; context = context indicator with no target.',
    codes: 'domain',
  },
  {
    columns: ['unit_vi', 'unit_en'],
    vi: 'Đơn vị của chỉ tiêu (indicators) hoặc của giá trị Chính phủ nêu (government_assessments).',
    en: 'Unit of the indicator (indicators) or of the value the Government gives (government_assessments).',
  },
  {
    columns: ['direction'],
    vi: 'Chiều tốt của chỉ tiêu.',
    en: 'Which way is better for the indicator.',
    codes: 'direction',
  },
  {
    columns: ['definition_vi', 'definition_en'],
    vi: 'Định nghĩa của chỉ tiêu.',
    en: 'Definition of the indicator.',
  },
  {
    columns: ['lead_agency_vi'],
    vi: 'Cơ quan chủ trì theo văn bản (chỉ tiêu: cấp tỉnh 2021; mục tiêu: theo kế hoạch của tỉnh).',
    en: 'Lead agency as the text names it (indicators: provincial level 2021; targets: per the provincial plan).',
  },
  {
    columns: ['strategy_ref'],
    vi: 'Vị trí trong Nghị quyết 28/NQ-CP, ví dụ “NQ28 MT4 CT1” (mục tiêu 4, chỉ tiêu 1).',
    en: 'Place in Resolution 28/NQ-CP, e.g. “NQ28 MT4 CT1” (objective 4, target 1).',
  },
  {
    columns: ['has_target'],
    vi: 'Chỉ tiêu có ít nhất một mục tiêu (true/false).',
    en: 'The indicator has at least one target (true/false).',
  },
  {
    columns: ['value_type'],
    vi: 'Kiểu giá trị của chỉ tiêu.',
    en: 'Kind of value the indicator takes.',
    codes: 'value_type',
  },
  {
    columns: ['min_plausible', 'max_plausible'],
    vi: 'Khoảng giá trị hợp lý; bản dựng dữ liệu từ chối giá trị nằm ngoài khoảng này.',
    en: 'Plausible range; the data build rejects values outside it.',
  },
  {
    columns: ['reference_low', 'reference_high', 'reference_vi', 'reference_en'],
    vi: 'Khoảng tham chiếu vẽ trên biểu đồ (ví dụ tỷ số giới tính khi sinh tự nhiên 104–106) và tên của nó.',
    en: 'Reference band drawn on charts (e.g. the natural sex ratio at birth, 104–106) and its label.',
  },
  {
    columns: ['kind'],
    vi: 'Loại: địa bàn (areas) hoặc nguồn (sources).',
    en: 'Kind: of area (areas) or of source (sources).',
    codes: ['area_kind', 'source_kind'],
  },
  {
    columns: ['vintage'],
    vi: 'Thời kỳ địa giới: 63 (các tỉnh đến 30/6/2025) hoặc 34 (các tỉnh từ 1/7/2025); trống với toàn quốc và vùng.',
    en: 'Boundary vintage: 63 (provinces until 30 June 2025) or 34 (from 1 July 2025); empty for the nation and regions.',
  },
  {
    columns: ['code'],
    vi: 'Mã tỉnh của Tổng cục Thống kê (hai chữ số); hai thời kỳ dùng chung mã, vì vậy area_id có tiền tố 63-/34-.',
    en: 'GSO province code (two digits); the vintages share codes, hence the 63-/34- prefix of area_id.',
  },
  {
    columns: ['region_id'],
    vi: 'Vùng kinh tế – xã hội (R-…) của tỉnh khi tỉnh thuộc đúng một vùng.',
    en: 'Socio-economic region (R-…) of the province when it belongs to exactly one.',
  },
  {
    columns: ['valid_from', 'valid_to'],
    vi: 'Thời gian địa bàn tồn tại (YYYY-MM-DD); trống nghĩa là không giới hạn.',
    en: 'When the area existed (YYYY-MM-DD); empty means open-ended.',
  },
  {
    columns: ['basis'],
    vi: 'Căn cứ gắn tỉnh với vùng.',
    en: 'Why the province is linked to the region.',
    codes: 'region_basis',
  },
  {
    columns: ['source_id'],
    vi: 'Mã nguồn (nối với sources.id); nguồn của giá trị thực tế có mã U… (từ đường dẫn).',
    en: 'Source id (joins sources.id); sources of actual values have ids U… (from the URL).',
  },
  {
    columns: ['old_area_id', 'new_area_id'],
    vi: 'Tỉnh trước 1/7/2025 và tỉnh mới mà nó được hợp nhất vào.',
    en: 'Province before 1 July 2025 and the new province it became part of.',
  },
  {
    columns: ['year'],
    vi: 'Năm: năm của số liệu (actuals) hoặc thời hạn của mục tiêu (targets).',
    en: 'Year: of the value (actuals) or the deadline of the target (targets).',
  },
  {
    columns: ['comparator'],
    vi: "Điều kiện của mục tiêu, đúng như văn bản nêu. Trong tệp CSV, mã “=” được ghi là “'=” để bảng tính không hiểu thành công thức.",
    en: "Condition of the target, as the text states it. In CSV files the code “=” is written “'=” so spreadsheets do not read a formula.",
    codes: 'comparator',
  },
  {
    columns: ['value'],
    vi: 'Giá trị: số liệu thực tế (actuals; trống nếu nguồn chỉ cho một khoảng), mức mục tiêu (targets), hoặc giá trị như báo cáo của Chính phủ nêu (government_assessments: văn bản, nhiều giá trị cách nhau bằng “ / ”, trống nếu không nêu).',
    en: 'Value: the actual figure (actuals; empty when the source gives only a range), the target level (targets), or the value as the Government’s report gives it (government_assessments: text, several values separated by “ / ”, empty when none is given).',
  },
  {
    columns: ['value_low', 'value_high', 'low_inclusive', 'high_inclusive'],
    vi: 'Cận dưới/cận trên khi giá trị là một khoảng (các nhóm của Bộ Y tế: “dưới 109”, “109–112”, “trên 112”), và cận có bao gồm hay không.',
    en: 'Lower/upper bound when the value is a range (the Ministry of Health groups: “below 109”, “109–112”, “above 112”), and whether each bound is included.',
  },
  {
    columns: ['series'],
    vi: 'Chuỗi số liệu (phương pháp đo). Các chuỗi không bao giờ được nối hay so sánh trực tiếp.',
    en: 'Measurement series (method). Series are never joined or compared directly.',
    codes: 'series',
  },
  {
    columns: ['sex'],
    vi: 'Giới tính mà giá trị mô tả.',
    en: 'Sex the value describes.',
    codes: 'sex',
  },
  {
    columns: ['preliminary', 'derived', 'uncertain_year', 'approximate'],
    vi: 'Cờ của giá trị (true/false), do người biên soạn ghi theo nguồn.',
    en: 'Flags of the value (true/false), set by the curator from the source.',
    codes: 'flags',
  },
  {
    columns: ['source_url'],
    vi: 'Đường dẫn tới trang nguồn mà giá trị (hoặc mục tiêu) được đọc từ đó.',
    en: 'URL of the page the value (or target) was read from.',
  },
  {
    columns: ['source_title'],
    vi: 'Tên nguồn như người biên soạn ghi trong tệp gốc (tên hiển thị: xem sources.csv).',
    en: 'Source title as the curator wrote it in the source file (display names: see sources.csv).',
  },
  {
    columns: ['source_quality'],
    vi: 'Mức độ trực tiếp của nguồn.',
    en: 'How directly the figure reaches us from whoever produced it.',
    codes: 'source_quality',
  },
  {
    columns: ['n_sources', 'conflict', 'preferred'],
    vi: 'Số nguồn cho cùng một giá trị (chỉ tiêu, địa bàn, năm, chuỗi, giới tính); conflict = các nguồn lệch nhau quá mức làm tròn; preferred = nguồn được chọn hiển thị (actual_sources liệt kê mọi nguồn).',
    en: 'How many sources give the same key (indicator, area, year, series, sex); conflict = they disagree beyond rounding; preferred = the source shown (actual_sources lists them all).',
  },
  {
    columns: ['unit'],
    vi: 'Đơn vị đúng như nguồn ghi (đơn vị chuẩn của chỉ tiêu: indicators.unit_vi / unit_en).',
    en: 'Unit as the source wrote it (the indicator’s unit: indicators.unit_vi / unit_en).',
  },
  {
    columns: ['note', 'period_note', 'quote_hint'],
    vi: 'Ghi chú của người biên soạn (tiếng Anh hoặc tiếng Việt như trong tệp gốc): kỳ số liệu, đoạn trích để tìm lại con số trong nguồn.',
    en: 'Curator’s notes (English or Vietnamese as in the source file): the period, a quote to find the figure in the source.',
  },
  {
    columns: ['source_file', 'source_line'],
    vi: 'Tệp và dòng trong thư mục data/ của dự án mà giá trị đến từ đó.',
    en: 'File and line in the project’s data/ folder the value comes from.',
  },
  {
    columns: ['baseline_value', 'baseline_year', 'baseline_stated'],
    vi: 'Mức cơ sở của mục tiêu và năm của nó (để dựng lộ trình); baseline_stated = văn bản nêu mức cơ sở.',
    en: 'Baseline of the target and its year (to draw the path); baseline_stated = the text states the baseline.',
  },
  {
    columns: ['plan_start_year'],
    vi: 'Năm bắt đầu kỳ kế hoạch của mục tiêu.',
    en: 'First year of the target’s plan period.',
  },
  {
    columns: ['source_publisher', 'source_page_title', 'source_language'],
    vi: 'Trang nguồn của giá trị như bạn đọc thấy: đơn vị đăng, tên trang và ngôn ngữ của trang (vi, en, ja), theo catalog/web_sources.csv.',
    en: 'The page a value was read from as readers see it: its publisher, its title and its language (vi, en, ja), from catalog/web_sources.csv.',
  },
  {
    columns: ['legal_ref', 'legal_ref_en'],
    vi: 'Căn cứ pháp lý của mục tiêu (văn bản, mục, chỉ tiêu); legal_ref_en = bản dịch tiếng Anh, giữ nguyên số và ngày văn bản.',
    en: 'Legal reference of the target (document, section, target); legal_ref_en = its English rendering, document numbers and dates as written.',
  },
  {
    columns: ['lead_agency_en', 'lead_agency_basis'],
    vi: 'Cơ quan chủ trì bằng tiếng Anh (indicators); lead_agency_basis = mục của kế hoạch tỉnh nêu cơ quan chủ trì của mục tiêu (targets).',
    en: 'The lead agency in English (indicators); lead_agency_basis = the section of the provincial plan that names the target’s lead agency (targets).',
  },
  {
    columns: ['lead_agency_2025_vi', 'lead_agency_2025_en', 'lead_agency_2025_basis'],
    vi: 'Cơ quan chủ trì sau sắp xếp bộ máy từ 1/3/2025, và căn cứ (READ: đọc được trong nguồn; INFERRED: suy ra, kèm lập luận).',
    en: 'The lead agency after the reorganisation of 1 March 2025, and its basis (READ: read in a source; INFERRED: inferred, with the reasoning).',
  },
  {
    columns: ['document', 'agency', 'document_date'],
    vi: 'Với số liệu tỉnh đóng góp (data/contrib): báo cáo (số, tên), cơ quan ban hành và ngày ban hành; để trống với các nguồn khác.',
    en: 'For a province’s contributed figures (data/contrib): the report (number, title), the issuing agency and its date; empty for other sources.',
  },
  {
    columns: ['plan_id', 'provisional'],
    vi: 'Kế hoạch của tỉnh đặt mục tiêu; provisional = kế hoạch chỉ biết qua nguồn thứ cấp (số, ngày chưa xác nhận).',
    en: 'Provincial plan that sets the target; provisional = known only from a secondary report (number, date unconfirmed).',
  },
  {
    columns: ['comparator_reason'],
    vi: 'Vì sao điều kiện được đọc như vậy (ví dụ “dưới” = nhỏ hơn hẳn).',
    en: 'Why the condition was read this way (e.g. “dưới” = strictly below).',
  },
  {
    columns: ['source_document', 'source_ref'],
    vi: 'Văn bản đặt mục tiêu và vị trí trong văn bản.',
    en: 'Document that sets the target and the place in it.',
  },
  {
    columns: ['title', 'title_en'],
    vi: 'Tên nguồn như đã ghi (ngôn ngữ gốc) và tên tiếng Anh của tài liệu trong danh mục.',
    en: 'Title as recorded (original language) and the English title of a catalog document.',
  },
  {
    columns: ['url', 'host'],
    vi: 'Đường dẫn của nguồn và tên miền; trống với văn bản chỉ dẫn theo số hiệu.',
    en: 'URL of the source and its host; empty for a document cited by its number.',
  },
  {
    columns: ['file'],
    vi: 'Toàn văn kế hoạch trong /data/plans/ (nguồn loại seed).',
    en: 'Full text of the plan under /data/plans/ (seed sources).',
  },
  {
    columns: ['publisher_vi', 'publisher_en', 'publisher'],
    vi: 'Cơ quan, đơn vị công bố (tên hiển thị); publisher = publisher_vi, giữ cho các truy vấn cũ.',
    en: 'Publisher (display name); publisher = publisher_vi, kept for older queries.',
  },
  {
    columns: ['kind_vi', 'kind_en'],
    vi: 'Loại trang nguồn (ví dụ báo điện tử tỉnh).',
    en: 'Kind of page (e.g. provincial online newspaper).',
  },
  {
    columns: ['language'],
    vi: 'Ngôn ngữ của trang nguồn: vi, en hoặc ja (một bản dịch máy tiếng Nhật).',
    en: 'Language of the source page: vi, en or ja (one Japanese machine translation).',
  },
  {
    columns: ['licence'],
    vi: 'Điều kiện dùng: “cited; © publisher” = trích dẫn, bản quyền thuộc cơ quan công bố.',
    en: 'Terms: “cited; © publisher” = cited here, © the publisher.',
  },
  {
    columns: ['what_it_confirms_vi', 'what_it_confirms_en'],
    vi: 'Nội dung dự án đã đối chiếu trong tài liệu.',
    en: 'What the project checked in the document.',
  },
  {
    columns: ['eval_year'],
    vi: 'Năm đánh giá: tình trạng tính với số liệu có đến hết năm này.',
    en: 'Evaluation year: the status with the values available up to that year.',
  },
  {
    columns: ['target_id', 'target_area_id', 'target_value', 'target_year'],
    vi: 'Mục tiêu được áp dụng (nối với targets.id), địa bàn đặt mục tiêu, mức và thời hạn.',
    en: 'Target applied (joins targets.id), the area that set it, its level and deadline.',
  },
  {
    columns: ['target_role'],
    vi: 'Vì sao mục tiêu này áp dụng cho địa bàn.',
    en: 'Why this target applies to the area.',
    codes: 'target_role',
  },
  {
    columns: [
      'actual_value',
      'actual_low',
      'actual_high',
      'actual_low_inclusive',
      'actual_high_inclusive',
      'actual_year',
    ],
    vi: 'Giá trị thực tế được dùng để đánh giá (hoặc khoảng) và năm của nó.',
    en: 'Actual value the verdict was judged on (or its range) and its year.',
  },
  {
    columns: [
      'actual_source_url',
      'actual_source_quality',
      'actual_preliminary',
      'actual_approximate',
      'actual_uncertain_year',
      'actual_n_sources',
      'actual_conflict',
    ],
    vi: 'Nguồn và các cờ của giá trị được dùng (như các cột cùng tên trong actuals).',
    en: 'Source and flags of the value used (as the columns of the same name in actuals).',
  },
  {
    columns: ['path_value'],
    vi: 'Mức của lộ trình thẳng từ mức cơ sở tới mục tiêu tại năm của số liệu (khi có lộ trình).',
    en: 'Level of the straight path from the baseline to the target at the value’s year (when a path applies).',
  },
  {
    columns: ['status'],
    vi: 'Kết luận về mục tiêu.',
    en: 'Verdict on the target.',
    codes: 'status',
  },
  {
    columns: ['reason'],
    vi: 'Lý do kèm theo kết luận (trống khi không cần).',
    en: 'Reason given with the verdict (empty when none is needed).',
    codes: 'reason',
  },
  {
    columns: ['report_year'],
    vi: 'Năm kết quả mà báo cáo của Chính phủ đánh giá (báo cáo về năm 2023 trình Quốc hội năm 2024).',
    en: 'Year of results the Government’s report assesses (the report on 2023 went to the National Assembly in 2024).',
  },
  {
    columns: ['target_code'],
    vi: 'Chỉ tiêu theo cách đánh số của Nghị quyết 28 (MT2 CT1); “MT1 (component)” là một phần của chỉ tiêu; ALL là con số tổng của báo cáo; REPORT là dòng ghi nhận có báo cáo.',
    en: 'Target in Resolution 28’s numbering (MT2 CT1); “MT1 (component)” is a part of a target; ALL is the report’s headline count; REPORT records that the report exists.',
  },
  {
    columns: ['government_status'],
    vi: 'Xếp loại của Chính phủ như văn bản nêu; trống khi đoạn văn đã đọc không nêu (không bao giờ được suy ra).',
    en: 'The Government’s classification as the text states it; empty where the text read states none (never inferred).',
    codes: 'government_status',
  },
  {
    columns: ['count_value', 'count_of'],
    vi: 'Con số tổng: số chỉ tiêu được tính là đạt, trên tổng số chỉ tiêu Chính phủ tính (chỉ ở dòng ALL).',
    en: 'Headline count: targets counted as met, out of the number of targets the Government counts (ALL rows only).',
  },
  {
    columns: ['value_year'],
    vi: 'Năm của giá trị khi văn bản nêu rõ (ví dụ 2020 cho giá trị báo cáo năm 2023 dùng); trống nếu không nêu.',
    en: 'Year the value refers to where the text states it (e.g. 2020 for a value the 2023 report uses); empty otherwise.',
  },
  {
    columns: ['label_vi', 'label_en', 'note_vi', 'note_en'],
    vi: 'Dòng này nói về gì, và ghi chú của người biên soạn, bằng tiếng Việt / tiếng Anh.',
    en: 'What the row is about, and the curator’s note, in Vietnamese / English.',
  },
  {
    columns: ['report_vi', 'report_en', 'report_date'],
    vi: 'Báo cáo của Chính phủ mà dòng này dẫn, và ngày của nó (YYYY-MM-DD; trống khi nguồn đã đọc không nêu).',
    en: 'The Government report the row cites, and its date (YYYY-MM-DD; empty when the source read does not state it).',
  },
  {
    columns: ['quote'],
    vi: 'Trích nguyên văn từ trang nguồn (ngôn ngữ của trang).',
    en: 'Verbatim quote from the source page (in the page’s language).',
  },
  {
    columns: ['target_text'],
    vi: 'Mô tả chỉ tiêu của người biên soạn, như trong tệp gốc (tiếng Anh).',
    en: 'The curator’s description of the target, as in the source file (English).',
  },
  {
    columns: ['explanation_vi', 'explanation_en'],
    vi: 'Câu giải thích kết luận.',
    en: 'Sentence explaining the verdict.',
  },
];

/** Meaning of each code in a code list (words the site shows come from the vocabulary). */
export const CODE_NOTES: Record<Locale, Partial<Record<CodeList, Record<string, string>>>> = {
  vi: {
    series: {
      survey: 'điều tra chọn mẫu của Tổng cục Thống kê và chuỗi chính thức của chúng',
      census: 'tổng điều tra dân số, tổng điều tra doanh nghiệp',
      civil_registration: 'thống kê từ cơ sở dữ liệu hộ tịch',
      admin_register: 'báo cáo hành chính và sổ sách của cơ quan (dân số, các bộ)',
      election: 'kết quả bầu cử (tỷ lệ nguồn công bố hoặc đếm từ danh sách chính thức)',
      moh_group:
        'các nhóm tỷ số giới tính khi sinh của Quyết định 3671/QĐ-BYT (2021), lưu dưới dạng khoảng',
    },
    sex: { all: 'chung hai giới', female: 'nữ', male: 'nam' },
    flags: {
      preliminary: 'nguồn ghi là sơ bộ hoặc chưa đầy đủ',
      uncertain_year: 'năm của số liệu được suy ra (ví dụ bằng năm công bố) hoặc không nêu',
      approximate: 'nguồn ghi “khoảng”',
      derived: 'người biên soạn tính từ số đếm trong cùng nguồn',
    },
    source_quality: {
      official:
        'công bố chính thức (cơ quan thống kê, bộ, cổng thông tin chính phủ, văn bản pháp luật) hoặc bản lưu nguyên văn của dữ liệu chính thức',
      press_official: 'báo chí hoặc tổ chức đoàn thể đưa tin số liệu chính thức',
      compilation: 'bên thứ ba tổng hợp, đăng lại, chép lại',
    },
    government_status: {
      met: 'Chính phủ tính là đạt (đạt và vượt)',
      not_met: 'Chính phủ tính là chưa đạt',
      on_track: 'Chính phủ nhận định có thể đạt đúng hạn',
      approaching: 'Chính phủ nhận định “tiệm cận” mục tiêu (chưa đạt)',
      met_count: 'con số tổng của báo cáo chính thức: số chỉ tiêu đạt',
      met_count_draft: 'con số tổng của bản dự thảo báo cáo',
      report_exists: 'có báo cáo; nội dung về từng chỉ tiêu chưa đọc được',
    },
    status: {
      met: 'giá trị đã đạt mục tiêu',
      on_track: 'chưa đạt nhưng ở đúng hoặc vượt lộ trình',
      off_track: 'chưa đạt và chậm so với lộ trình',
      not_yet_met: 'chưa đạt, chưa đến hạn, không có lộ trình để so',
      not_met: 'đã quá hạn mà không đạt',
      not_assessable: 'có số liệu nhưng không đánh giá được (xem reason)',
      no_data: 'không có số liệu',
    },
    comparator: {
      '<': 'nhỏ hơn hẳn (“dưới”)',
      '<=': 'không vượt quá (“ở mức”, trần)',
      '>': 'lớn hơn hẳn (“trên”)',
      '>=': 'không dưới (“ít nhất”, “đạt”)',
      '=': 'bằng (mục tiêu có/không)',
      reduce_to: 'giảm xuống còn (đạt khi ≤)',
    },
    direction: {
      at_least: 'càng cao càng tốt',
      at_most: 'càng thấp càng tốt',
      none: 'không có chiều tốt (chỉ tiêu bối cảnh)',
    },
    value_type: { number: 'số', yes_no: 'có (1) / không (0)' },
    area_kind: {
      national: 'toàn quốc',
      province: 'tỉnh, thành phố',
      region: 'vùng kinh tế – xã hội',
    },
    region_basis: {
      legal: 'theo danh sách của Nghị quyết 81/2023/QH15',
      predecessors: 'tỉnh mới (2025) gắn với vùng của các tỉnh hợp thành nó',
    },
    source_kind: {
      seed: 'kế hoạch của tỉnh, toàn văn trong /data/plans/',
      web: 'trang web',
      legal: 'văn bản pháp luật dẫn theo số hiệu',
    },
    domain: {
      politics: 'chính trị',
      economy: 'kinh tế, lao động',
      family_gbv: 'đời sống gia đình, phòng chống bạo lực trên cơ sở giới',
      health: 'y tế',
      education: 'giáo dục, đào tạo',
      communication: 'thông tin, truyền thông',
      context: 'bối cảnh (không có mục tiêu)',
    },
  },
  en: {
    series: {
      survey: 'GSO/NSO sample surveys and their official series',
      census: 'population and enterprise censuses',
      civil_registration: 'statistics from the civil-registration database',
      admin_register: 'administrative reports and registers (population offices, ministries)',
      election: 'election results (shares as published or counted from the official list)',
      moh_group: 'the sex-ratio-at-birth groups of Decision 3671/QĐ-BYT (2021), stored as ranges',
    },
    sex: { all: 'both sexes', female: 'women', male: 'men' },
    flags: {
      preliminary: 'the source calls it preliminary or incomplete',
      uncertain_year: 'the year is inferred (e.g. the publication year) or not stated',
      approximate: 'printed as “about”',
      derived: 'computed by the curator from counts in the same source',
    },
    source_quality: {
      official:
        'an official publication (statistics office, ministry, government portal, legal text) or a verbatim archive of official data',
      press_official: 'a press or mass-organisation report of an official figure',
      compilation: 'a third-party compilation, repost or transcription',
    },
    government_status: {
      met: 'the Government counts it as met (met or exceeded)',
      not_met: 'the Government counts it as not met',
      on_track: 'the Government expects it to be met on time',
      approaching: 'the Government calls it “approaching” the target (not met)',
      met_count: 'headline count of the final report: targets met',
      met_count_draft: 'headline count of a draft of the report',
      report_exists: 'the report exists; its section on the targets was not read',
    },
    status: {
      met: 'the value meets the target',
      on_track: 'not yet met, at or ahead of the path',
      off_track: 'not yet met, behind the path',
      not_yet_met: 'not yet met, deadline ahead, no path to compare with',
      not_met: 'deadline passed without meeting it',
      not_assessable: 'a value exists but cannot be judged (see reason)',
      no_data: 'no value',
    },
    comparator: {
      '<': 'strictly below (“dưới”)',
      '<=': 'at most (“ở mức”, a ceiling)',
      '>': 'strictly above (“trên”)',
      '>=': 'at least (“ít nhất”, “đạt”)',
      '=': 'equals (yes/no targets)',
      reduce_to: 'reduce to (met when ≤)',
    },
    direction: {
      at_least: 'higher is better',
      at_most: 'lower is better',
      none: 'no better direction (context indicator)',
    },
    value_type: { number: 'number', yes_no: 'yes (1) / no (0)' },
    area_kind: { national: 'the nation', province: 'province', region: 'socio-economic region' },
    region_basis: {
      legal: 'as listed in Resolution 81/2023/QH15',
      predecessors: 'a 2025 province linked to the regions of the provinces it was formed from',
    },
    source_kind: {
      seed: 'provincial plan, full text under /data/plans/',
      web: 'web page',
      legal: 'legal document cited by its number',
    },
    domain: {
      politics: 'politics',
      economy: 'economy and labour',
      family_gbv: 'family life and gender-based violence',
      health: 'health',
      education: 'education and training',
      communication: 'information and communication',
      context: 'context (no target)',
    },
  },
};
