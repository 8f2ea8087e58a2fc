import { defineMessages } from '../translate.ts';

/** Uploads kept in the browser per province, year and period: choices, list, notices, choices. */
export const keptMessages = defineMessages(
  {
    period: 'Kỳ báo cáo',
    period_annual: 'Báo cáo năm',
    period_h1: 'Báo cáo 6 tháng đầu năm',
    slot_annual: '{area}, báo cáo năm {year}',
    slot_h1: '{area}, báo cáo 6 tháng đầu năm {year}',
    values: '{n} giá trị',

    url_unknown_area:
      'Đường dẫn ghi tỉnh/thành “{value}”, trang không biết tỉnh/thành này: đang hiển thị {area}.',
    url_bad_year:
      'Đường dẫn ghi năm “{value}”, không phải năm báo cáo của {area}: đang hiển thị năm {year}.',
    url_bad_period:
      'Đường dẫn ghi kỳ báo cáo “{value}”, không có kỳ này: đang hiển thị báo cáo năm.',
    url_unknown_agency:
      'Đường dẫn ghi cơ quan “{value}”, không có mẫu nào của cơ quan này cho {area} năm {year}: đang hiển thị mọi mẫu.',
    url_duplicate: 'Đường dẫn ghi “{param}” nhiều lần: chỉ dùng giá trị đầu tiên.',

    why_missing: 'trình duyệt không cho lưu trữ (IndexedDB) trong cửa sổ này, ví dụ cửa sổ ẩn danh',
    why_blocked:
      'bộ lưu trữ (IndexedDB) đang bị một thẻ khác của trang này giữ; hãy đóng các thẻ đó rồi tải lại trang',
    why_quota: 'bộ lưu trữ của trình duyệt đã đầy (vượt hạn mức)',
    why_failed: 'bộ lưu trữ (IndexedDB) báo lỗi: {message}',

    kept: 'Đã lưu “{file}” trong trình duyệt này cho {slot} ({n} giá trị).',
    keptMerged: 'Đã gộp và lưu cho {slot}: {file} ({n} giá trị).',
    memoryOnly:
      'Không lưu được “{file}”: {why}. Kết quả bên dưới chỉ hiển thị trong lần xem này và sẽ mất khi tải lại trang.',
    unreadable:
      'Không đọc được số liệu đã lưu: {why}. Vẫn tải tệp lên được; kết quả hiển thị trong lần xem này.',
    changedElsewhere:
      'Một thẻ khác vừa thay đổi số liệu của {slot}: nay là “{file}” ({n} giá trị).',
    changedElsewhereEmpty: 'Một thẻ khác vừa xóa số liệu của {slot}.',
    deleteFailed: 'Không xóa được: {why}.',
    discarded: 'Không lưu “{file}”; số liệu đã lưu giữ nguyên.',
    abandoned:
      'Không lưu “{file}”: bạn đã chọn tỉnh, năm hoặc kỳ khác trước khi quyết định. Số liệu của {slot} không thay đổi.',

    decideHeading: 'Đã có số liệu lưu cho {slot}',
    decideExisting: 'Đang lưu: {files} ({n} giá trị, lưu lúc {date}).',
    decideIncoming:
      'Vừa đọc: {files} ({n} giá trị), chưa lưu. Bảng so sánh bên dưới dùng tệp vừa đọc.',
    decideChanged:
      'Một thẻ khác đã thay đổi số liệu này trong lúc tệp của bạn được đọc: hãy chọn lại.',
    decideGone: 'Số liệu đã lưu cho {slot} vừa bị xóa ở một thẻ khác.',
    decideMergeHelp:
      'Gộp: giá trị giống nhau giữ một lần; giá trị khác nhau là xung đột, không giữ giá trị nào cho đến khi bạn sửa tệp.',
    replace: 'Thay bằng tệp vừa đọc',
    merge: 'Gộp hai bộ số liệu',
    keepNew: 'Lưu tệp vừa đọc',
    discard: 'Không lưu tệp vừa đọc',
    writing: 'Đang lưu…',
    notKeptYet: 'Chưa lưu: chỉ hiển thị trong lần xem này.',
    notKeptChoose: 'Chưa lưu: hãy chọn thay thế, gộp hay không lưu (ở trên).',
    officialFailed:
      'Không lấy được số liệu chính thức để so sánh ({message}): cột số liệu chính thức để trống.',

    listHeading: 'Số liệu đang lưu trong trình duyệt này',
    listIntro:
      'Mỗi tỉnh, năm và kỳ báo cáo được lưu riêng: tải lên cho tỉnh này không thay số liệu của tỉnh khác. Các thẻ khác của trang thấy ngay thay đổi.',
    listEmpty: 'Chưa lưu số liệu nào.',
    listUnreadable: 'Không đọc được danh sách số liệu đã lưu: {why}.',
    colSlot: 'Tỉnh/thành, kỳ báo cáo',
    colFiles: 'Tệp',
    colValues: 'Số giá trị',
    colSaved: 'Lưu lúc',
    colActions: 'Thao tác',
    choose: 'Xem',
    chooseLabel: 'Xem số liệu của {slot}',
    chosen: 'đang xem',
    deleteOne: 'Xóa',
    deleteLabel: 'Xóa số liệu của {slot}',
    deletedOne: 'Đã xóa số liệu của {slot} (“{file}”).',
    changedList:
      'Không xóa: số liệu của {slot} vừa được thay đổi ở một thẻ khác. Danh sách đã cập nhật; hãy xem lại rồi xóa nếu vẫn muốn.',
    deleteFailedList: 'Không xóa được số liệu của {slot}: {why}.',
    memoryRow: 'chưa lưu, chỉ trong lần xem này',
    forArea: '{n} giá trị của {area}',
    otherAreas:
      'Tệp còn có {n} giá trị của tỉnh/thành khác ({list}): được lưu cùng tệp và hiển thị trên trang của các tỉnh/thành đó.',

    ownUploadsHeading: 'Số liệu của bạn lấy từ',
    ownH1Note: 'Số liệu 6 tháng không dùng để đánh giá trên trang báo cáo năm.',
    ownUnreadable: 'Không đọc được số liệu lưu trong trình duyệt này: {why}.',
  },
  {
    period: 'Reporting period',
    period_annual: 'Annual report',
    period_h1: 'Six-month report',
    slot_annual: '{area}, annual report {year}',
    slot_h1: '{area}, six-month report {year}',
    values: '{n} {n|value|values}',

    url_unknown_area:
      'The link names the province “{value}”, which this site does not know: showing {area}.',
    url_bad_year:
      'The link names the year “{value}”, not a reporting year of {area}: showing {year}.',
    url_bad_period:
      'The link names the reporting period “{value}”, which does not exist: showing the annual report.',
    url_unknown_agency:
      'The link names the agency “{value}”, which has no template for {area} in {year}: showing every template.',
    url_duplicate: 'The link gives “{param}” more than once: only the first value is used.',

    why_missing:
      'this browser window does not allow storage (IndexedDB), a private window for example',
    why_blocked:
      'the storage (IndexedDB) is held by another tab of this site; close those tabs and reload the page',
    why_quota: 'the browser’s storage is full (quota exceeded)',
    why_failed: 'the storage (IndexedDB) failed: {message}',

    kept: '“{file}” is kept in this browser for {slot} ({n} {n|value|values}).',
    keptMerged: 'Merged and kept for {slot}: {file} ({n} {n|value|values}).',
    memoryOnly:
      '“{file}” could not be kept: {why}. The results below show for this visit only and are gone when the page is reloaded.',
    unreadable:
      'The figures kept in this browser could not be read: {why}. You can still upload; the results show for this visit.',
    changedElsewhere:
      'Another tab just changed the figures of {slot}: they are now “{file}” ({n} {n|value|values}).',
    changedElsewhereEmpty: 'Another tab just deleted the figures of {slot}.',
    deleteFailed: 'Could not delete: {why}.',
    discarded: '“{file}” was not kept; the kept figures are unchanged.',
    abandoned:
      '“{file}” was not kept: another province, year or period was chosen before deciding. The figures of {slot} are unchanged.',

    decideHeading: 'Figures are already kept for {slot}',
    decideExisting: 'Kept: {files} ({n} {n|value|values}, kept {date}).',
    decideIncoming:
      'Just read: {files} ({n} {n|value|values}), not kept yet. The comparison below uses the files just read.',
    decideChanged: 'Another tab changed these figures while your files were read: choose again.',
    decideGone: 'The figures kept for {slot} were just deleted in another tab.',
    decideMergeHelp:
      'Merge: equal values are kept once; values that differ are conflicts, and none of them is kept until you correct a file.',
    replace: 'Replace them with the files just read',
    merge: 'Merge both',
    keepNew: 'Keep the files just read',
    discard: 'Do not keep the files just read',
    writing: 'Saving…',
    notKeptYet: 'Not kept: shown for this visit only.',
    notKeptChoose: 'Not kept yet: choose to replace, merge or not keep (above).',
    officialFailed:
      'The official figures to compare with could not be read ({message}): their column is left empty.',

    listHeading: 'Figures kept in this browser',
    listIntro:
      'Each province, year and period is kept apart: uploading for one never replaces another’s figures. The site’s other tabs see every change at once.',
    listEmpty: 'Nothing is kept yet.',
    listUnreadable: 'The list of kept figures could not be read: {why}.',
    colSlot: 'Province, reporting period',
    colFiles: 'Files',
    colValues: 'Values',
    colSaved: 'Kept',
    colActions: 'Actions',
    choose: 'Show',
    chooseLabel: 'Show the figures of {slot}',
    chosen: 'shown',
    deleteOne: 'Delete',
    deleteLabel: 'Delete the figures of {slot}',
    deletedOne: 'Deleted the figures of {slot} (“{file}”).',
    changedList:
      'Not deleted: the figures of {slot} were just changed in another tab. The list is updated; look again and delete if you still want to.',
    deleteFailedList: 'The figures of {slot} could not be deleted: {why}.',
    memoryRow: 'not kept, this visit only',
    forArea: '{n} {n|value|values} of {area}',
    otherAreas:
      'The files also give {n} {n|value|values} of other provinces ({list}): kept with them and shown on those provinces’ pages.',

    ownUploadsHeading: 'Your figures come from',
    ownH1Note: 'Six-month figures are not used to judge the annual page.',
    ownUnreadable: 'The figures kept in this browser could not be read: {why}.',
  },
);
