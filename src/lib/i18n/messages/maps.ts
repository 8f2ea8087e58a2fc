import { defineMessages } from '../translate.ts';

export const maps = defineMessages(
  {
    hoangSa: 'Quần đảo Hoàng Sa (Đà Nẵng)',
    truongSa: 'Quần đảo Trường Sa (Khánh Hòa)',
    noData: 'Không có dữ liệu',
    mapTitle: '{indicator}, năm {year}: bản đồ theo tỉnh',
    mapDesc:
      'Bản đồ {n} tỉnh, thành; {withData} có giá trị, còn lại gạch chéo là không có dữ liệu. Bảng xếp hạng bên cạnh có đầy đủ số liệu.',
    attribution63:
      'Ranh giới: geoBoundaries.org (Runfola D. et al. 2020, PLoS ONE 15(4): e0231866).',
    attribution34:
      'Ranh giới: Vietnamese Provinces Database, © 2021 Thang Le Quoc, giấy phép MIT; dựng từ Bản đồ đơn vị hành chính (sapnhap.bando.com.vn).',
    legendLow: 'thấp',
    legendHigh: 'cao',
    meets: 'đạt mục tiêu',
    fails: 'chưa đạt mục tiêu',
    rankTitle: '{indicator}, năm {year}: xếp hạng các tỉnh',
    rankDesc:
      'Biểu đồ điểm: {n} tỉnh, thành có giá trị năm {year} ({series}), sắp xếp từ tốt đến kém theo hướng của chỉ tiêu; đường dọc là mục tiêu {target}. Bảng số liệu ở dưới.',
    rankNoData: 'Không có giá trị năm {year}: {names}.',
    colRank: 'Hạng',
    colArea: 'Tỉnh, thành',
    colValue: 'Giá trị',
    colTarget: 'So với mục tiêu',
  },
  {
    hoangSa: 'Hoang Sa (Paracel) Islands (Da Nang)',
    truongSa: 'Truong Sa (Spratly) Islands (Khanh Hoa)',
    noData: 'No data',
    mapTitle: '{indicator}, {year}: map by province',
    mapDesc:
      'Map of {n} provinces; {withData} have a value, the hatched ones have no data. The ranking beside it has all the figures.',
    attribution63:
      'Boundaries: geoBoundaries.org (Runfola D. et al. 2020, PLoS ONE 15(4): e0231866).',
    attribution34:
      'Boundaries: Vietnamese Provinces Database, © 2021 Thang Le Quoc, MIT License; derived from the Vietnam Administrative Units Reference Map (sapnhap.bando.com.vn).',
    legendLow: 'low',
    legendHigh: 'high',
    meets: 'meets the target',
    fails: 'does not meet the target',
    rankTitle: '{indicator}, {year}: provinces ranked',
    rankDesc:
      'Dot plot: {n} provinces with a value in {year} ({series}), sorted from best to worst in the indicator’s direction; the vertical line is the target {target}. Data table below.',
    rankNoData: 'No value in {year}: {names}.',
    colRank: 'Rank',
    colArea: 'Province',
    colValue: 'Value',
    colTarget: 'Against the target',
  },
);
