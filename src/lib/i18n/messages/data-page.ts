import { defineMessages } from '../translate.ts';

export const dataPage = defineMessages(
  {
    title: 'Dữ liệu tải về',
    intro:
      'Mọi tệp dưới đây được tạo lại mỗi lần xây dựng trang từ các tệp nguồn trong thư mục data/ của dự án. Đường dẫn ổn định, có thể trích dẫn. CSV mã hóa UTF-8 có BOM (mở đúng tiếng Việt trong Excel); Parquet cho các công cụ phân tích.',
    file: 'Tệp',
    size: 'Dung lượng',
    columns: 'Các cột',
    licence: 'Giấy phép',
    licenceData:
      'Số liệu tổng hợp: CC BY 4.0, ghi nguồn dự án và nguồn gốc từng giá trị (cột source_url).',
    licenceMapGb: 'Ranh giới 63 tỉnh: geoBoundaries, ghi công bắt buộc (CC BY 4.0).',
    licenceMapVpd:
      'Ranh giới 34 tỉnh: Vietnamese Provinces Database, © 2021 Thang Le Quoc, giấy phép MIT.',
    perIndicator: 'Tệp theo từng chỉ tiêu',
    mainFiles: 'Bảng chính',
    mapFiles: 'Bản đồ',
    citation: 'Trích dẫn',
    citationText: '{title}. Truy cập ngày {date}. {url}',
  },
  {
    title: 'Data downloads',
    intro:
      'Every file below is rebuilt with the site from the source files in the project’s data/ folder. Stable URLs you can cite. CSV files are UTF-8 with a BOM (Vietnamese shows correctly in Excel); Parquet for analysis tools.',
    file: 'File',
    size: 'Size',
    columns: 'Columns',
    licence: 'Licence',
    licenceData:
      'Compiled data: CC BY 4.0, credit the project and the origin of each value (the source_url column).',
    licenceMapGb: '63-province boundaries: geoBoundaries, attribution required (CC BY 4.0).',
    licenceMapVpd:
      '34-province boundaries: Vietnamese Provinces Database, © 2021 Thang Le Quoc, MIT licence.',
    perIndicator: 'Files per indicator',
    mainFiles: 'Main tables',
    mapFiles: 'Maps',
    citation: 'Citation',
    citationText: '{title}. Accessed {date}. {url}',
  },
);
