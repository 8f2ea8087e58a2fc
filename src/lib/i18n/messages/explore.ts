import { defineMessages } from '../translate.ts';

export const explore = defineMessages(
  {
    pageTitle: 'Khám phá số liệu',
    intro:
      'Chọn chỉ tiêu và địa bàn; biểu đồ được vẽ lại từ truy vấn chạy ngay trong trình duyệt của bạn (DuckDB-WASM). Không có dữ liệu nào được gửi đi.',
    engineLoading: 'Đang khởi động công cụ truy vấn…',
    engineData: 'Đang tải bộ dữ liệu: {loaded} / {total}',
    engineReady: 'Công cụ truy vấn đã sẵn sàng.',
    engineError: 'Không khởi động được công cụ truy vấn: {message}',
    retry: 'Thử lại',
    indicator: 'Chỉ tiêu',
    area: 'Địa bàn',
    queryError: 'Truy vấn thất bại: {message}',
    resultCount: '{n} giá trị',
  },
  {
    pageTitle: 'Explore the data',
    intro:
      'Pick an indicator and an area; the chart is redrawn from a query that runs in your own browser (DuckDB-WASM). No data leaves your computer.',
    engineLoading: 'Starting the query engine…',
    engineData: 'Loading the dataset: {loaded} / {total}',
    engineReady: 'The query engine is ready.',
    engineError: 'The query engine could not start: {message}',
    retry: 'Try again',
    indicator: 'Indicator',
    area: 'Area',
    queryError: 'The query failed: {message}',
    resultCount: '{n} values',
  },
);
