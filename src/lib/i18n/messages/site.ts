// The site's own states: a page not found, an address too long, offline, a part of a page that
// needs the network, an unexpected error.
import { defineMessages } from '../translate.ts';

export const site = defineMessages(
  {
    notFoundTitle: 'Không tìm thấy trang',
    notFoundPage: 'Không có trang nào ở địa chỉ này trên trang web.',
    notFoundProvince: 'Không có tỉnh, thành phố nào có mã “{id}”.',
    notFoundReport: 'Không có báo cáo năm “{year}” của địa bàn có mã “{id}”.',
    notFoundIndicator: 'Không có chỉ tiêu nào có mã “{id}”.',
    notFoundYear: 'Không có trang cho năm “{year}”.',
    notFoundHelp:
      'Có thể đường dẫn bị gõ sai hoặc bị cắt mất một phần. Hãy tìm trong các danh sách:',
    listProvinces: 'Danh sách tỉnh, thành phố (63 tỉnh trước 1/7/2025 và 34 tỉnh từ 1/7/2025)',
    listIndicators: 'Danh sách chỉ tiêu của Chiến lược',
    listYears: 'Danh sách các năm có số liệu',
    listHome: 'Trang tổng quan',
    tooLongTitle: 'Địa chỉ quá dài',
    tooLongBody:
      'Máy chủ không nhận địa chỉ dài hơn {limit} ký tự. Đường dẫn do trang web này tạo ra ngắn hơn nhiều: có thể đường dẫn đã bị lặp hoặc bị sửa.',
    tooLongExplore: 'Mở trang Khám phá và chọn lại',
    offlineTitle: 'Bạn đang ngoại tuyến',
    offlineNotSaved:
      'Trang này chưa được lưu trên máy này, nên không mở được khi không có mạng. Trang sẽ mở khi có mạng trở lại.',
    offlineSaved:
      'Các trang trong thanh điều hướng, trang Nhập số liệu và những trang bạn đã mở khi có mạng vẫn dùng được:',
    offlineImport: 'Nhập số liệu của tỉnh',
    retry: 'Thử lại',
    bannerOffline:
      'Bạn đang ngoại tuyến. Các trang đã lưu trên máy này vẫn dùng được; phần nào cần mạng sẽ báo rõ.',
    bannerOfflineNotSaved:
      'Bạn đang ngoại tuyến, và trang web chưa được lưu xong để dùng khi không có mạng: các trang khác, bản đồ và công cụ truy vấn có thể không mở được cho tới khi có mạng.',
    partNeedsNetwork:
      'Một phần của trang này chưa được lưu trên máy và cần mạng để tải. Hãy kết nối mạng rồi tải lại trang.',
    reload: 'Tải lại trang',
    engineNeedsNetwork:
      'Công cụ truy vấn chưa được lưu trên máy này và cần mạng để tải lần đầu. Hãy kết nối mạng rồi thử lại.',
    errorTitle: 'Trang không hiển thị được',
    errorBody:
      'Đã có lỗi khi mở trang này (mã {status}). Hãy tải lại trang hoặc về trang tổng quan.',
    scrollRegion: 'Bảng rộng: cuộn ngang để xem hết',
    scrollCode: 'Ví dụ mã: cuộn ngang để xem hết',
  },
  {
    notFoundTitle: 'Page not found',
    notFoundPage: 'There is no page at this address on the site.',
    notFoundProvince: 'There is no province or city with the code “{id}”.',
    notFoundReport: 'There is no {year} annual report for the area with the code “{id}”.',
    notFoundIndicator: 'There is no indicator with the code “{id}”.',
    notFoundYear: 'There is no page for the year “{year}”.',
    notFoundHelp: 'The link may have been mistyped or cut short. Look in the lists:',
    listProvinces: 'Provinces and cities (63 until 30 June 2025, 34 from 1 July 2025)',
    listIndicators: 'Indicators of the Strategy',
    listYears: 'Years with data',
    listHome: 'Overview',
    tooLongTitle: 'Address too long',
    tooLongBody:
      'The server does not accept addresses longer than {limit} characters. Links made by this site are far shorter: the link may have been repeated or altered.',
    tooLongExplore: 'Open Explore and choose again',
    offlineTitle: 'You are offline',
    offlineNotSaved:
      'This page has not been saved on this device, so it cannot open without the network. It will open once you are back online.',
    offlineSaved:
      'The pages of the navigation bar, the import page and the pages you opened while online still work:',
    offlineImport: 'Import a province’s figures',
    retry: 'Try again',
    bannerOffline:
      'You are offline. Pages saved on this device still work; anything that needs the network says so.',
    bannerOfflineNotSaved:
      'You are offline, and the site has not finished saving for offline use: other pages, maps and the query engine may not open until you are back online.',
    partNeedsNetwork:
      'Part of this page has not been saved on this device and needs the network to load. Connect and reload the page.',
    reload: 'Reload the page',
    engineNeedsNetwork:
      'The query engine has not been saved on this device and needs the network the first time. Connect and try again.',
    errorTitle: 'This page could not be shown',
    errorBody:
      'Something went wrong while opening this page (code {status}). Reload the page or go to the overview.',
    scrollRegion: 'Wide table: scroll sideways to see all of it',
    scrollCode: 'Code example: scroll sideways to see all of it',
  },
);
