import { defineMessages } from '../translate.ts';

export const importMessages = defineMessages(
  {
    title: 'Lập báo cáo của tỉnh',
    intro:
      'Bốn bước: chọn tỉnh, năm và kỳ báo cáo; tải mẫu biểu cho từng cơ quan; tải lên các tệp đã điền (CSV, TSV, Excel XLSX hoặc OpenDocument ODS) để xem ngay tình hình so với mục tiêu, cạnh số liệu chính thức; tải phụ lục và dự thảo báo cáo. Tệp chỉ được đọc trong trình duyệt của bạn: không gửi đi đâu, và được lưu trên máy này cho đến khi bạn xóa.',
    area: 'Tỉnh/thành (dùng khi tệp không có cột tỉnh)',
    evalYear: 'Năm đánh giá',
    template: 'Mẫu báo cáo trống của tỉnh (CSV)',
    templateXlsx: 'Mẫu báo cáo (Excel)',
    file: 'Chọn tệp (CSV, TSV, XLSX, ODS; tối đa {limit} MiB)',
    chooseFile: 'Chọn tệp…',
    noFile: 'Chưa chọn tệp nào',
    reading: 'Đang đọc và kiểm tra tệp…',
    readBytes: 'đã đọc {done} / {total} MiB',
    unassessed: '{n} mục tiêu khác chưa có giá trị ở cả hai phía',
    restored: 'Đã khôi phục “{file}” ({n} giá trị), lưu trong trình duyệt này từ {date}.',
    delete: 'Xóa dữ liệu đã tải lên',
    deleted: 'Đã xóa dữ liệu đã tải lên khỏi trình duyệt.',
    summaryText: 'Tệp “{file}”: {encoding}, phân cách “{delimiter}”, dạng {layout}.',
    summaryXlsx: 'Tệp “{file}”: Excel (XLSX).',
    tab: 'dấu tab',
    sheetsRead: 'Đã đọc trang tính {list}.',
    sheetsSkipped: 'Bỏ qua trang tính {list}.',
    sheetRead: '“{name}” ({layout})',
    short_long: 'dạng dọc',
    short_wide: 'dạng ngang',
    sheetSkipped: '“{name}” ({reason})',
    sheet_empty: 'trống',
    sheet_no_header: 'không có dòng tiêu đề “Chỉ tiêu”, “Năm”, “Giá trị” hay các năm',
    sheet_not_a_table: 'không phải bảng tính, ví dụ biểu đồ',
    summaryCounts:
      'Nhận {accepted} giá trị, {rows} dòng có vấn đề, bỏ qua {skipped} dòng không phải số liệu.',
    notKept_no_values: '“{file}” không có giá trị nào được nhận nên không được lưu.',
    notKept_failed: '“{file}” không đọc được nên không được lưu.',
    keptStill: 'Dữ liệu đang lưu trong trình duyệt vẫn là “{file}” ({n} giá trị).',
    saveFailed:
      'Không lưu được vào trình duyệt ({message}); kết quả chỉ hiển thị trong lần xem này.',
    yoursFrom: 'Số liệu của bạn lấy từ “{file}” ({n} giá trị).',
    layout_long: 'dọc (mỗi dòng một giá trị)',
    layout_wide: 'ngang (năm theo cột)',
    problemsHeading: 'Các vấn đề cần sửa ({n})',
    colSheet: 'Trang tính',
    colRow: 'Dòng',
    colColumn: 'Cột',
    colProblem: 'Vấn đề',
    downloadRejected: 'Tải các dòng bị từ chối (CSV, kèm lý do)',
    confirm: 'Đúng, là “{name}”',
    compareHeading: 'So sánh với mục tiêu, năm {year}',
    colIndicator: 'Chỉ tiêu',
    colTarget: 'Mục tiêu',
    colOfficial: 'Số liệu chính thức',
    colYours: 'Số liệu của bạn',
    differs: 'khác số liệu chính thức',
    noComparison: 'Chưa có giá trị nào để so sánh.',
    err_too_large: 'Tệp lớn {size} MiB, quá giới hạn {limit} MiB. Hãy chia nhỏ tệp.',
    err_empty: 'Tệp trống.',
    err_no_header:
      'Không tìm thấy dòng tiêu đề. Tệp cần các cột “Chỉ tiêu”, “Năm”, “Giá trị” (hoặc các năm làm tên cột).',
    err_truncated: 'Tệp bị cắt ngang hoặc hỏng (thiếu dấu ngoặc kép đóng).',
    err_legacy_tcvn3:
      'Tệp dùng bảng mã TCVN3 (ABC) cũ. Hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã, TCVN3 → Unicode) rồi tải lại.',
    err_legacy_vni:
      'Tệp dùng bảng mã VNI cũ. Hãy chuyển sang Unicode (ví dụ bằng Unikey: VNI Windows → Unicode) rồi tải lại.',
    err_binary: 'Đây không phải tệp CSV, Excel (XLSX) hay bảng tính ODS đọc được.',
    err_xlsx_unreadable:
      'Không đọc được tệp Excel này. Hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.',
    err_xlsx_too_large:
      'Tệp Excel này khi giải nén lớn {size} MiB, quá giới hạn {limit} MiB để đọc an toàn trong trình duyệt. Hãy xóa các trang tính không cần hoặc lưu thành CSV UTF-8.',
    err_xlsx_too_large_inflating:
      'Tệp Excel này khi giải nén vượt quá giới hạn {limit} MiB (lớn hơn kích thước tệp tự khai báo) nên đã dừng đọc. Hãy xóa các trang tính không cần hoặc lưu thành CSV UTF-8.',
    err_worker_failed:
      'Bộ đọc tệp bị lỗi và đã dừng; đây không phải lỗi của tệp. Thông báo: “{message}”. Hãy tải lại trang rồi thử lại.',
    r_unknown_indicator: 'không nhận ra chỉ tiêu “{text}”',
    r_uncertain_indicator: 'chỉ tiêu “{text}” chưa chắc chắn, có phải “{proposalName}”?',
    r_unknown_area: 'không nhận ra tỉnh/thành “{text}”',
    r_merged_area: '“{text}” không còn tồn tại sau 1/7/2025 (đã hợp nhất vào {into})',
    r_bad_year: 'năm “{text}” không hợp lệ',
    r_bad_value: 'giá trị “{text}” không phải là số',
    r_ambiguous_value:
      'giá trị “{text}” là {thousands} hay {decimal}? Các số khác trong tệp không cho biết “{separator}” ngăn cách hàng nghìn hay là dấu thập phân: hãy viết lại không có dấu ngăn cách hàng nghìn',
    r_out_of_range: 'giá trị {text} nằm ngoài khoảng hợp lý {min}–{max}',
    r_duplicate: 'trùng với dòng {first} (cùng chỉ tiêu, tỉnh, năm)',
    r_cell_error: 'ô bị lỗi công thức {error}',
    r_no_formula_result:
      'ô có công thức nhưng tệp không lưu kết quả (hãy mở tệp trong Excel rồi lưu lại)',
    r_extra_fields:
      'dòng có {fields} ô, nhiều hơn {columns} cột của dòng tiêu đề (thừa: “{extra}”); trong tệp phân cách bằng dấu phẩy, số thập phân phải đặt trong ngoặc kép, ví dụ "110,5"',
    yearOne: 'cột năm {years}',
    yearMany: 'các cột năm {years}',
    linkFromProvince: 'Kiểm tra số liệu của tỉnh này',
    moreProblems: '… và {n} vấn đề khác: tải danh sách đầy đủ ở trên.',
    r_area_not_in_year:
      '“{text}” không tồn tại trong năm {year} (tỉnh theo địa giới mới có từ 1/7/2025; số liệu các năm trước ghi theo tỉnh cũ)',
    templateYear: 'Năm báo cáo',
    uploadHeading: 'Tải các tệp đã điền lên',
    templatesHeading: 'Mẫu báo cáo, mỗi cơ quan một tệp',
    templatesIntro:
      'Các mục tiêu trang báo cáo năm {year} của {area} đánh giá ({n} mục tiêu), chia theo cơ quan báo cáo: cơ quan chủ trì theo kế hoạch của tỉnh hoặc theo danh mục chỉ tiêu, và từ 1/3/2025 là cơ quan sau sắp xếp. Gửi mỗi cơ quan phần của mình, rồi tải tất cả các tệp nhận về lên cùng một lúc.',
    templateAll: 'Cả tỉnh, một tệp:',
    templateZip: 'Tất cả các cơ quan (tệp zip, CSV và Excel)',
    agencyTargets: '{n} mục tiêu',
    agencyNone: 'Chưa xác định cơ quan báo cáo',
    agencyCol: 'Cơ quan',
    agencyTargetsCol: 'Mục tiêu',
    agencyFilesCol: 'Tải về',
    csv: 'CSV',
    excel: 'Excel',
    fileMany: 'Chọn một hoặc nhiều tệp (CSV, TSV, XLSX, ODS; mỗi tệp tối đa {limit} MiB)',
    readingFile: 'Tệp {index}/{count}: “{name}”.',
    colFile: 'Tệp',
    mergedSummary:
      'Gộp {files} tệp: giữ {accepted} giá trị; {conflicts} giá trị khác nhau giữa các tệp (không giữ giá trị nào); {agreeing} giá trị có ở nhiều tệp với cùng số liệu (giữ một).',
    conflictsHeading: 'Giá trị khác nhau giữa các tệp ({n}): không giữ giá trị nào',
    conflictsIntro:
      'Cùng chỉ tiêu, tỉnh và năm nhưng các tệp ghi khác nhau. Hãy thống nhất với các cơ quan, sửa tệp sai rồi tải lại tất cả các tệp.',
    colWhat: 'Chỉ tiêu, tỉnh, năm',
    colValues: 'Các tệp ghi',
    conflictEntry: '“{file}”, dòng {row}: {value}',
    conflictEntrySheet: '“{file}”, trang “{sheet}”, dòng {row}: {value}',
    ownPageLink: 'Xem số liệu của bạn trên trang báo cáo năm {year} của {area}',
    packDocument: 'Văn bản báo cáo (số, trích yếu)',
    packAgency: 'Cơ quan ban hành',
    packDate: 'Ngày văn bản',
    packDateHint: 'ngày/tháng/năm, ví dụ 15/01/2026',
    packUrl: 'Địa chỉ công bố văn bản (URL)',
    packButton: 'Xuất gói dữ liệu (CSV)',
    packMissing: 'Còn thiếu hoặc chưa đúng: {fields}.',
    pack_missing: '{field} (chưa điền)',
    pack_invalid: '{field} (không hợp lệ)',
    pack_future: '{field} (sau ngày hôm nay)',
    unpublished: 'chưa công bố — chỉ có trong trình duyệt này',
    // Readers and templates: ODS, percentages, dates, merged headers, counts of a share.
    summaryOds: 'Tệp “{file}”: bảng tính OpenDocument (ODS).',
    sheet_duplicate_column: 'dòng {row}: các cột {columns} cùng là “{text}”',
    err_ods_unreadable:
      'Không đọc được tệp ODS này. Hãy mở tệp trong LibreOffice rồi lưu lại dưới dạng .ods hoặc .xlsx.',
    err_ods_too_large:
      'Tệp ODS này khi giải nén lớn {size} MiB, quá giới hạn {limit} MiB để đọc an toàn trong trình duyệt. Hãy xóa các trang tính không cần hoặc lưu thành CSV UTF-8.',
    err_ods_too_large_inflating:
      'Tệp ODS này khi giải nén vượt quá giới hạn {limit} MiB (lớn hơn kích thước tệp tự khai báo) nên đã dừng đọc. Hãy xóa các trang tính không cần hoặc lưu thành CSV UTF-8.',
    err_xls_old:
      'Đây là tệp Excel 97–2003 (.xls), định dạng cũ không đọc được. Hãy mở tệp rồi lưu lại dưới dạng Excel (.xlsx) hoặc ODS.',
    err_duplicate_column:
      'Dòng {row}: các cột {columns} cùng là “{text}” nên không biết cột nào chứa số liệu. Hãy đặt tên riêng cho mỗi cột.',
    mergedHeader:
      'Các ô tiêu đề này đang được gộp ({merged}): hãy bỏ gộp ô rồi đặt tên riêng cho từng cột.',
    inSheet: 'Trang tính “{sheet}”: ',
    noHeaderNear:
      'Dòng {row} có cột “{text}” nhưng không có cột “Giá trị” (hoặc “Tử số” và “Mẫu số”) cùng cột “Năm”, cũng không có các năm làm tên cột. Nếu tiêu đề chia thành nhiều dòng hoặc có ô gộp, hãy để tên các cột trên cùng một dòng.',
    r_unnamed_column:
      'ô có nội dung “{text}” nhưng cột {column} không có tiêu đề nên không được đọc: hãy đặt tên cho cột hoặc xóa nội dung',
    r_date_value:
      'ô chứa ngày tháng ({date}), không phải số: ô đang được định dạng ngày; hãy định dạng ô là số rồi gõ lại giá trị',
    r_date_year:
      'ô năm chứa ngày tháng ({date}), không phải năm: hãy định dạng ô là số hoặc văn bản rồi gõ lại năm, ví dụ 2025',
    r_merged_value:
      'ô giá trị nằm trong vùng ô gộp {range}: số liệu của vùng gộp chỉ thuộc dòng đầu của vùng; hãy bỏ gộp ô và điền giá trị cho từng dòng',
    r_percent_fraction:
      'đọc được {value} cho chỉ tiêu tính bằng %: là {value} %, hay là tỷ lệ {value} tức {percent} %? Hãy ghi số phần trăm (ví dụ {percent} hoặc {percent}%), hoặc chọn bên cạnh',
    fractionAsWritten: 'Đúng là {value} %',
    fractionPercent: 'Là {percent} %',
    r_percent_not_unit:
      'giá trị {text} được ghi dạng phần trăm nhưng đơn vị của chỉ tiêu là “{unit}”: hãy ghi số không có dấu %',
    r_counts_incomplete: 'thiếu {missing}: hãy điền cả tử số và mẫu số, hoặc để trống cả hai',
    r_bad_count: '“{text}” không phải là số đếm',
    r_counts_invalid:
      'tử số {numerator} và mẫu số {denominator} không tạo thành một tỷ lệ: mẫu số phải lớn hơn 0 và tử số không lớn hơn mẫu số',
    r_counts_not_share:
      'chỉ tiêu có đơn vị “{unit}”, không phải tỷ lệ phần trăm: không dùng tử số, mẫu số; hãy để trống hai cột này',
    r_counts_disagree:
      'giá trị {text} không khớp với tử số/mẫu số {numerator}/{denominator} = {computed} %: hãy sửa giá trị hoặc số đếm',
    noDataRows: 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.',
    noValues:
      'Chưa có giá trị nào được điền: cột “Giá trị” (và “Tử số”, “Mẫu số”) còn trống ở cả {n} dòng.',
    derived:
      '{n} giá trị được tính từ tử số và mẫu số trong tệp (số đếm của tỉnh, không phải ước tính): {rows}.',
    derivedRow: 'dòng {row}',
    derivedSheetRow: 'trang “{sheet}” dòng {row}',
    excelFirst:
      'Nên dùng tệp Excel: mở được bằng Excel và LibreOffice, giữ số thập phân là số. Tệp CSV mở bằng bảng tính cài đặt tiếng Việt có thể đọc số viết dấu chấm thập phân thành chữ, nên chỉ dùng CSV khi cần.',
    agencyNoneExplain:
      'Tệp “Chưa xác định cơ quan báo cáo” gồm các mục tiêu mà cả kế hoạch của tỉnh lẫn danh mục chỉ tiêu đều không giao cho cơ quan nào. Sở Nội vụ chọn cơ quan nắm số liệu, gửi tệp này cho cơ quan đó, và cơ quan ghi tên mình vào cột “{column}”.',
    countsIntro:
      'Với mục tiêu là tỷ lệ (đơn vị %), mẫu có thêm hai cột không bắt buộc “Tử số” và “Mẫu số”, ví dụ 14 cơ quan có lãnh đạo chủ chốt là nữ trên 30 cơ quan. Nếu chỉ điền hai số này, giá trị được tính từ chúng; nếu điền cả giá trị, hai bên phải khớp nhau.',
    agencyLinked: 'cơ quan báo cáo mục tiêu bạn vừa chọn',
  },
  {
    title: 'Make the province’s report',
    intro:
      'Four steps: choose the province, year and period; download each agency’s template; upload the filled files (CSV, TSV, Excel XLSX or OpenDocument ODS) to see at once where the province stands against its targets, beside the official figures; download the annex and the report draft. Files are read in your browser only: sent nowhere, and kept on this computer until you delete them.',
    area: 'Province (used when the file has no province column)',
    evalYear: 'Evaluation year',
    template: 'Blank reporting template for the province (CSV)',
    templateXlsx: 'Reporting template (Excel)',
    file: 'Choose a file (CSV, TSV, XLSX, ODS; at most {limit} MiB)',
    chooseFile: 'Choose file…',
    noFile: 'No file chosen',
    reading: 'Reading and checking the file…',
    readBytes: '{done} of {total} MiB read',
    unassessed: '{n} other {n|target|targets} with no value on either side',
    restored: 'Restored “{file}” ({n} {n|value|values}), kept in this browser since {date}.',
    delete: 'Delete the uploaded data',
    deleted: 'The uploaded data was deleted from this browser.',
    summaryText: 'File “{file}”: {encoding}, delimiter “{delimiter}”, {layout} layout.',
    summaryXlsx: 'File “{file}”: Excel (XLSX).',
    tab: 'tab',
    sheetsRead: 'Sheets read: {list}.',
    sheetsSkipped: 'Sheets skipped: {list}.',
    sheetRead: '“{name}” ({layout})',
    short_long: 'long layout',
    short_wide: 'wide layout',
    sheetSkipped: '“{name}” ({reason})',
    sheet_empty: 'empty',
    sheet_no_header:
      'no header row with “Chỉ tiêu” (indicator), “Năm” (year), “Giá trị” (value) or years',
    sheet_not_a_table: 'not a worksheet, e.g. a chart',
    summaryCounts:
      'Values accepted: {accepted}; rows with problems: {rows}; non-data rows skipped: {skipped}.',
    notKept_no_values: '“{file}” gave no accepted value, so it was not kept.',
    notKept_failed: '“{file}” could not be read, so it was not kept.',
    keptStill: 'The data kept in this browser is still “{file}” ({n} {n|value|values}).',
    saveFailed:
      'The upload could not be kept in this browser ({message}); the results show for this visit only.',
    yoursFrom: 'Your figures are from “{file}” ({n} {n|value|values}).',
    layout_long: 'long (one value per row)',
    layout_wide: 'wide (years as columns)',
    problemsHeading: 'Problems to fix ({n})',
    colSheet: 'Sheet',
    colRow: 'Row',
    colColumn: 'Column',
    colProblem: 'Problem',
    downloadRejected: 'Download the rejected rows (CSV, with reasons)',
    confirm: 'Yes, it is “{name}”',
    compareHeading: 'Against the targets, {year}',
    colIndicator: 'Indicator',
    colTarget: 'Target',
    colOfficial: 'Official figures',
    colYours: 'Your figures',
    differs: 'differs from the official figure',
    noComparison: 'No value to compare yet.',
    err_too_large: 'The file is {size} MiB, over the {limit} MiB limit. Please split it.',
    err_empty: 'The file is empty.',
    err_no_header:
      'No header row found. The file needs “Chỉ tiêu” (indicator), “Năm” (year) and “Giá trị” (value) columns, or years as column names.',
    err_truncated: 'The file is cut off or damaged (a closing quote is missing).',
    err_legacy_tcvn3:
      'The file uses the old TCVN3 (ABC) encoding. Convert it to Unicode (e.g. Unikey: conversion tool, TCVN3 → Unicode) and upload again.',
    err_legacy_vni:
      'The file uses the old VNI encoding. Convert it to Unicode (e.g. Unikey: VNI Windows → Unicode) and upload again.',
    err_binary: 'This is not a readable CSV, Excel (XLSX) or OpenDocument (ODS) file.',
    err_xlsx_unreadable:
      'This Excel file could not be read. Save it again as .xlsx or as UTF-8 CSV.',
    err_xlsx_too_large:
      'Unpacked, this Excel file is {size} MiB, over the {limit} MiB that can be read safely in a browser. Delete the sheets you do not need, or save it as UTF-8 CSV.',
    err_xlsx_too_large_inflating:
      'Unpacked, this Excel file goes past the {limit} MiB limit (more than its own stated size), so reading it was stopped. Delete the sheets you do not need, or save it as UTF-8 CSV.',
    err_worker_failed:
      'The file reader failed and stopped; this is not a fault in the file. Message: “{message}”. Reload the page and try again.',
    r_unknown_indicator: 'indicator “{text}” not recognised',
    r_uncertain_indicator: 'indicator “{text}” uncertain: is it “{proposalName}”?',
    r_unknown_area: 'province “{text}” not recognised',
    r_merged_area: '“{text}” no longer exists after 1 July 2025 (merged into {into})',
    r_bad_year: 'year “{text}” is not valid',
    r_bad_value: 'value “{text}” is not a number',
    r_ambiguous_value:
      'value “{text}”: {thousands} or {decimal}? The file’s other numbers do not show whether “{separator}” separates thousands or decimals: write it without a thousands separator',
    r_out_of_range: 'value {text} is outside the plausible range {min}–{max}',
    r_duplicate: 'duplicate of row {first} (same indicator, province, year)',
    r_cell_error: 'the cell holds a formula error, {error}',
    r_no_formula_result:
      'the cell has a formula but the file holds no result for it (open the file in Excel and save it again)',
    r_extra_fields:
      'the row has {fields} cells, more than the {columns} {columns|column|columns} of the header row (extra: “{extra}”); in a comma-separated file a decimal comma must be quoted, e.g. "110,5"',
    yearOne: 'year column {years}',
    yearMany: 'year columns {years}',
    linkFromProvince: 'Check this province’s own figures',
    moreProblems: '… and {n} more problems: download the full list above.',
    r_area_not_in_year:
      '“{text}” did not exist in {year} (the provinces of the new boundaries exist from 1 July 2025; earlier years go under the former province)',
    templateYear: 'Reporting year',
    uploadHeading: 'Upload the filled files',
    templatesHeading: 'Reporting templates, one file per agency',
    templatesIntro:
      'The targets the {year} annual page of {area} assesses ({n} {n|target|targets}), split by the agency that reports them: the lead agency of the province’s plan or of the indicator catalog, and from 1 March 2025 the agency after the reorganisation. Send each agency its part, then upload all the returned files at once.',
    templateAll: 'Whole province, one file:',
    templateZip: 'Every agency (zip file, CSV and Excel)',
    agencyTargets: '{n} {n|target|targets}',
    agencyNone: 'No reporting agency known',
    agencyCol: 'Agency',
    agencyTargetsCol: 'Targets',
    agencyFilesCol: 'Download',
    csv: 'CSV',
    excel: 'Excel',
    fileMany: 'Choose one or more files (CSV, TSV, XLSX, ODS; at most {limit} MiB each)',
    readingFile: 'File {index} of {count}: “{name}”.',
    colFile: 'File',
    mergedSummary:
      '{files} {files|file|files} merged: {accepted} {accepted|value|values} kept; {conflicts} {conflicts|value differs|values differ} between files (none of them kept); {agreeing} {agreeing|value|values} given by several files with the same figure (kept once).',
    conflictsHeading: 'Values that differ between files ({n}): none of them kept',
    conflictsIntro:
      'Same indicator, province and year, but the files give different values. Agree with the agencies, correct the wrong file and upload all the files again.',
    colWhat: 'Indicator, province, year',
    colValues: 'The files give',
    conflictEntry: '“{file}”, row {row}: {value}',
    conflictEntrySheet: '“{file}”, sheet “{sheet}”, row {row}: {value}',
    ownPageLink: 'See your figures on the {year} annual page of {area}',
    packDocument: 'Report (number and title)',
    packAgency: 'Issuing agency',
    packDate: 'Date of the report',
    packDateHint: 'day/month/year, e.g. 15/01/2026',
    packUrl: 'Where the report is published (URL)',
    packButton: 'Export as data pack (CSV)',
    packMissing: 'Missing or not valid: {fields}.',
    pack_missing: '{field} (not filled in)',
    pack_invalid: '{field} (not valid)',
    pack_future: '{field} (after today)',
    unpublished: 'unpublished — only in this browser',
    // Readers and templates: ODS, percentages, dates, merged headers, counts of a share.
    summaryOds: 'File “{file}”: OpenDocument spreadsheet (ODS).',
    sheet_duplicate_column: 'row {row}: columns {columns} are all “{text}”',
    err_ods_unreadable:
      'This ODS file could not be read. Open it in LibreOffice and save it again as .ods or .xlsx.',
    err_ods_too_large:
      'Unpacked, this ODS file is {size} MiB, over the {limit} MiB that can be read safely in a browser. Delete the sheets you do not need, or save it as UTF-8 CSV.',
    err_ods_too_large_inflating:
      'Unpacked, this ODS file goes past the {limit} MiB limit (more than its own stated size), so reading it was stopped. Delete the sheets you do not need, or save it as UTF-8 CSV.',
    err_xls_old:
      'This is an Excel 97–2003 file (.xls), an old format that cannot be read. Open it and save it again as Excel (.xlsx) or ODS.',
    err_duplicate_column:
      'Row {row}: columns {columns} are all “{text}”, so which one holds the figures cannot be told. Give each column its own name.',
    mergedHeader: 'These header cells are merged ({merged}): unmerge them and name each column.',
    inSheet: 'Sheet “{sheet}”: ',
    noHeaderNear:
      'Row {row} has a “{text}” column but no “Giá trị” (value) column (or “Tử số” and “Mẫu số”, numerator and denominator) with a “Năm” (year) column, nor years as column names. If the header spans several rows or has merged cells, put the column names on one row.',
    r_unnamed_column:
      'the cell holds “{text}” but column {column} has no header, so it was not read: name the column or clear the cell',
    r_date_value:
      'the cell holds a date ({date}), not a number: it is formatted as a date; format it as a number and type the value again',
    r_date_year:
      'the year cell holds a date ({date}), not a year: format it as a number or as text and type the year again, e.g. 2025',
    r_merged_value:
      'the value cell is inside the merged cells {range}: the figure of a merged range belongs to its first row only; unmerge the cells and fill in each row',
    r_percent_fraction:
      'read {value} for an indicator in %: is it {value} %, or the fraction {value}, that is {percent} %? Write the percentage ({percent} or {percent}%), or choose beside',
    fractionAsWritten: 'It is {value} %',
    fractionPercent: 'It is {percent} %',
    r_percent_not_unit:
      'value {text} is written as a percentage but the indicator’s unit is “{unit}”: write the number without %',
    r_counts_incomplete:
      'missing {missing}: give both the numerator and the denominator, or leave both empty',
    r_bad_count: '“{text}” is not a count',
    r_counts_invalid:
      'numerator {numerator} and denominator {denominator} do not make a share: the denominator must be above 0 and the numerator not above it',
    r_counts_not_share:
      'the indicator’s unit is “{unit}”, not a percentage: numerator and denominator do not apply; leave both columns empty',
    r_counts_disagree:
      'value {text} does not match numerator/denominator {numerator}/{denominator} = {computed} %: correct the value or the counts',
    noDataRows: 'The file has no data rows below its header row.',
    noValues:
      'No value filled in: the “Giá trị” (value) column, and “Tử số” and “Mẫu số”, are empty in all {n} rows.',
    derived:
      '{n} {n|value was|values were} computed from the file’s numerator and denominator (the province’s own counts, not an estimate): {rows}.',
    derivedRow: 'row {row}',
    derivedSheetRow: 'sheet “{sheet}” row {row}',
    excelFirst:
      'Prefer the Excel file: it opens in Excel and LibreOffice and keeps decimals as numbers. A CSV file opened in a spreadsheet set to Vietnamese can read numbers with a decimal point as text, so use CSV only when you need to.',
    agencyNoneExplain:
      'The file “No reporting agency known” holds the targets that neither the province’s plan nor the indicator catalog gives to an agency. The Department of Home Affairs chooses the agency that holds the figures and sends it this file; that agency writes its name in the “{column}” (reporting agency) column.',
    countsIntro:
      'For targets that are shares (unit %), the templates have two optional columns, “Tử số” and “Mẫu số” (numerator and denominator), e.g. 14 agencies with a female key leader out of 30. Give only these two and the value is computed from them; give the value too and the two must agree.',
    agencyLinked: 'the agency that reports the target you chose',
  },
);
