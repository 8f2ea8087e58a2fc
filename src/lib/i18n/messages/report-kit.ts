import { defineMessages } from '../translate.ts';

/** The import page's report panel and the steps to publish a province's figures (data pack). */
export const reportKitMessages = defineMessages(
  {
    panelHeading: 'Báo cáo của tỉnh',
    panelIntro:
      'Dự thảo báo cáo kết quả thực hiện mục tiêu quốc gia về bình đẳng giới và phụ lục của báo cáo, lập từ số liệu của tỉnh đang lưu trong trình duyệt này (chỉ các giá trị đã qua kiểm tra) và số liệu công bố trên trang. Văn bản bằng tiếng Việt; mọi con số trong văn bản lấy từ phụ lục.',
    panelForAnnual: 'Báo cáo của {area}, năm {year}.',
    panelForH1: 'Báo cáo của {area}, 6 tháng đầu năm {year}.',
    periodLabel: 'Kỳ báo cáo',
    periodOptionAnnual: 'Cả năm',
    periodOptionH1: '6 tháng đầu năm',
    prepare: 'Xem báo cáo sẽ ghi gì',
    preparing: 'Đang lập phụ lục…',
    failed: 'Không lập được phụ lục: {message}. Tải lại trang rồi thử lại.',
    noEngine: 'công cụ truy vấn không khởi động được',
    counts:
      '{total} chỉ tiêu: {met} đạt, {notMet} chưa đạt, {na} không đánh giá được, {none} chưa có số liệu.',
    countsTrack: 'Trong số chưa đạt: {on} đúng lộ trình, {off} chậm so với lộ trình.',
    origins: 'Giá trị được dùng: {own} của tỉnh, {public} công bố.',
    noKept:
      'Chưa có số liệu của tỉnh cho kỳ này trong trình duyệt: báo cáo chỉ dùng số liệu công bố. Tải lên các tệp đã điền ở trên để đưa số liệu của tỉnh vào báo cáo.',
    conflicts:
      '{n} chỉ tiêu có giá trị khác nhau giữa các tệp: báo cáo không dùng giá trị nào của chỉ tiêu đó cho đến khi các tệp thống nhất.',
    missingHeading: 'Còn thiếu số liệu: {n} chỉ tiêu',
    missingNone: 'Mọi chỉ tiêu đều có số liệu.',
    missingItem: '{target} ({number}) — {agencies}',
    missingNoAgency: 'chưa xác định cơ quan báo cáo',
    downloadAnnexXlsx: 'Phụ lục (XLSX)',
    downloadAnnexDocx: 'Phụ lục (DOCX)',
    downloadReportDocx: 'Dự thảo báo cáo kèm phụ lục (DOCX)',
    making: 'Đang tạo tệp…',
    made: 'Đã tạo “{file}”.',
    makeFailed: 'Không tạo được tệp: {message}.',
    officerNote:
      'Trong dự thảo, phần tô vàng trong ngoặc vuông là phần cơ quan soạn thảo tự viết; số, ngày văn bản và người ký để trống.',

    publishHeading: 'Công bố số liệu sau khi báo cáo được ban hành',
    publishIntro:
      'Khi báo cáo đã ký ban hành và công khai, gửi {n} giá trị đang lưu để trang công bố. Không cần cài phần mềm hay biết lập trình:',
    step1:
      'Điền số và trích yếu, cơ quan ban hành, ngày và địa chỉ công khai của báo cáo, rồi bấm “{button}”.',
    step2Link: 'Mở biểu mẫu gửi đóng góp',
    step2GitHub: '(trên GitHub; cần một tài khoản miễn phí)',
    step3: 'Đính kèm tệp vừa tải: kéo thả tệp vào ô nội dung của biểu mẫu.',
    step4:
      'Bấm gửi. Người quản trị trang kiểm tra tệp và đưa số liệu lên trang ở lần cập nhật tiếp theo; phản hồi được gửi tại chính biểu mẫu đó.',
    packFormula:
      '{field}: không được bắt đầu bằng = + - @ (bảng tính sẽ hiểu đó là công thức); hãy bỏ ký tự đầu',
    packHalfYear:
      'Số liệu 6 tháng không được công bố như số liệu cả năm: gói dữ liệu chỉ dành cho số liệu cả năm.',
    packDone: 'Đã tải “{file}” ({n} giá trị). Bước tiếp theo: mở biểu mẫu và đính kèm tệp này.',
    issueTitle: 'Số liệu của {area}, năm {years} ({file})',
    issueBody:
      'Gói dữ liệu: {file} (đính kèm tệp vào đây trước khi gửi)\nBáo cáo: {document}\nCơ quan ban hành: {agency}\nNgày văn bản: {date}\nĐịa chỉ công khai: {url}\nSố giá trị: {n}',
  },
  {
    panelHeading: 'The province’s report',
    panelIntro:
      'A draft of the province’s report on the national gender-equality targets and its annex, made from the province’s figures kept in this browser (only values that passed the checks) and the figures published on this site. The documents are in Vietnamese, as official documents are; every figure in them comes from the annex.',
    panelForAnnual: 'Report of {area}, {year}.',
    panelForH1: 'Report of {area}, first six months of {year}.',
    periodLabel: 'Reporting period',
    periodOptionAnnual: 'Whole year',
    periodOptionH1: 'First six months',
    prepare: 'See what the report will say',
    preparing: 'Preparing the annex…',
    failed: 'The annex could not be made: {message}. Reload the page and try again.',
    noEngine: 'the query engine did not start',
    counts:
      '{total} {total|target|targets}: {met} met, {notMet} not met, {na} cannot be assessed, {none} without data.',
    countsTrack: 'Of those not met: {on} on track, {off} behind the path.',
    origins: 'Values used: {own} the province’s own, {public} published.',
    noKept:
      'No figures of the province for this period are kept in this browser: the report uses published figures only. Upload the filled files above to bring the province’s figures into the report.',
    conflicts:
      '{n} {n|target has|targets have} different values in different files: the report uses none of them until the files agree.',
    missingHeading: 'Still missing: {n} {n|target|targets}',
    missingNone: 'Every target has a value.',
    missingItem: '{target} ({number}) — {agencies}',
    missingNoAgency: 'reporting agency not known',
    downloadAnnexXlsx: 'Annex (Vietnamese), XLSX',
    downloadAnnexDocx: 'Annex (Vietnamese), DOCX',
    downloadReportDocx: 'Report draft with annex (Vietnamese), DOCX',
    making: 'Making the file…',
    made: 'Made “{file}”.',
    makeFailed: 'The file could not be made: {message}.',
    officerNote:
      'In the draft, the bracketed parts highlighted in yellow are for the drafting office to write; the document number, date and signatory are left blank.',

    publishHeading: 'Publish the figures once the report is issued',
    publishIntro:
      'Once the report is signed and public, send the {n} {n|value|values} kept here so that the site publishes them. No software to install and no programming needed:',
    step1:
      'Fill in the report’s number and title, the issuing body, the date and where it is published, then click “{button}”.',
    step2Link: 'Open the contribution form',
    step2GitHub: '(on GitHub; needs a free account)',
    step3: 'Attach the file you downloaded: drag it into the form’s text box.',
    step4:
      'Send it. The site’s maintainers check the file and publish the figures at the next update; they answer on the form itself.',
    packFormula:
      '{field}: must not start with = + - @ (a spreadsheet would read it as a formula); remove the first character',
    packHalfYear:
      'Six-month figures are not published as a year’s figures: a data pack is for whole-year figures only.',
    packDone:
      'Downloaded “{file}” ({n} {n|value|values}). Next: open the form and attach this file.',
    issueTitle: 'Figures of {area}, {years} ({file})',
    issueBody:
      'Data pack: {file} (attach the file here before sending)\nReport: {document}\nIssuing body: {agency}\nDate of the report: {date}\nPublished at: {url}\nValues: {n}',
  },
);
