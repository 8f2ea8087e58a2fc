// The attainment rules as applied, for the Methodology section of the About page.
import type { Locale } from '../types.ts';
import { STALE_AFTER_YEARS } from './status.ts';

export interface MethodSection {
  heading: string;
  paragraphs: string[];
}

export const METHODOLOGY: Record<Locale, MethodSection[]> = {
  vi: [
    {
      heading: 'Mục tiêu nào được áp dụng',
      paragraphs: [
        'Với mỗi chỉ tiêu, địa bàn và thời hạn (2025, 2030), nếu kế hoạch của tỉnh đặt mục tiêu riêng thì dùng mục tiêu đó (hiện chỉ có kế hoạch 2021–2025 của Khánh Hòa); nếu không, dùng mục tiêu quốc gia của Nghị quyết 28/NQ-CP và ghi rõ “áp dụng mục tiêu quốc gia”.',
        'Mục tiêu của kế hoạch tỉnh áp dụng cho tỉnh như lúc kế hoạch được ban hành: mục tiêu 2025 của Khánh Hòa áp dụng cho Khánh Hòa trước sáp nhập (63 tỉnh), không cho tỉnh Khánh Hòa mới (gồm cả Ninh Thuận) từ 1/7/2025.',
        'Một địa bàn được đánh giá trong năm Y nếu nó tồn tại vào bất kỳ thời điểm nào trong năm đó; vì vậy năm 2025 có cả 63 tỉnh cũ và 34 tỉnh mới.',
      ],
    },
    {
      heading: 'So sánh đúng như văn bản',
      paragraphs: [
        '“Dưới” là nhỏ hơn hẳn (<), “trên” là lớn hơn hẳn (>), “không dưới”, “ít nhất”, “đạt” là lớn hơn hoặc bằng (≥), “ở mức” (trần) và “giảm xuống còn” là nhỏ hơn hoặc bằng (≤), mục tiêu có/không là bằng (=). Ví dụ: 111 đạt “≤ 111” nhưng không đạt “< 111”.',
      ],
    },
    {
      heading: 'Giá trị nào được dùng',
      paragraphs: [
        'Với năm đánh giá Y, dùng giá trị thực tế mới nhất, từ năm Y trở về trước, của cùng một chuỗi số liệu. Các chuỗi khác phương pháp (khảo sát, tổng điều tra, đăng ký hộ tịch, báo cáo hành chính, đếm từ danh sách, nhóm của Bộ Y tế) được đánh giá riêng, không trộn lẫn; bảng tổng hợp chọn chuỗi có số liệu mới nhất.',
        `Nếu giá trị cũ hơn năm đánh giá quá ${STALE_AFTER_YEARS} năm, kết quả được đánh dấu “số liệu cũ”. Giá trị sơ bộ được ghi rõ là sơ bộ.`,
      ],
    },
    {
      heading: 'Các tình trạng',
      paragraphs: [
        'Đã đạt: giá trị thỏa mãn mục tiêu. Không đạt: đã đến thời hạn mà giá trị chưa thỏa mãn. Trước thời hạn, nếu chưa thỏa mãn: so với đường thẳng từ mức cơ sở đến mục tiêu tại thời hạn — bằng hoặc tốt hơn đường này là “đúng lộ trình”, kém hơn là “chậm so với lộ trình”.',
        'Mức cơ sở là mức ghi trong văn bản (nếu văn bản không ghi năm, lấy năm bắt đầu kế hoạch, 2021); nếu không có, là giá trị đầu tiên của cùng chuỗi từ năm bắt đầu kế hoạch. Nếu giá trị duy nhất chính là giá trị đang đánh giá thì không có lộ trình: “chưa xác định được”.',
        'Giá trị chỉ biết theo khoảng (nhóm của Bộ Y tế năm 2021: trên 112, 109–112, dưới 109) chỉ cho kết luận khi cả khoảng cùng một phía của ngưỡng; nếu không là “chưa xác định được”. Không có giá trị nào thì là “không có dữ liệu”.',
      ],
    },
  ],
  en: [
    {
      heading: 'Which target applies',
      paragraphs: [
        'For each indicator, area and deadline (2025, 2030), the area’s own provincial target is used when its plan sets one (so far only Khánh Hòa’s 2021–2025 plan); otherwise the national target of Resolution 28/NQ-CP, marked “national target applied”.',
        'A provincial target applies to the province as it was when the plan was adopted: Khánh Hòa’s 2025 targets apply to the pre-merger Khánh Hòa (63 provinces), not to the new Khánh Hòa (which includes Ninh Thuận) from 1 July 2025.',
        'An area is assessed in year Y if it existed at any time that year, so 2025 holds both the 63 former and the 34 new provinces.',
      ],
    },
    {
      heading: 'Comparisons exactly as the legal text says',
      paragraphs: [
        '“Below” (dưới) is strictly less (<), “above” (trên) strictly more (>), “not below”, “at least”, “reach” are at least (≥), “at the level of” (a ceiling) and “reduce to” are at most (≤), yes/no targets are equal (=). For example 111 meets “≤ 111” but fails “< 111”.',
      ],
    },
    {
      heading: 'Which value is used',
      paragraphs: [
        'For evaluation year Y, the latest actual value at or before Y of one series is used. Series measured differently (survey, census, civil registration, administrative reports, counts of official lists, Ministry of Health groups) are assessed separately, never mixed; scorecards show the series with the most recent value.',
        `A value more than ${STALE_AFTER_YEARS} years older than the evaluation year is flagged as old data. Preliminary values are marked as such.`,
      ],
    },
    {
      heading: 'Statuses',
      paragraphs: [
        'Met: the value satisfies the target. Not met: the deadline has come and the value does not. Before the deadline, if not yet satisfied, the value is compared with the straight path from the baseline to the target at its deadline: at or better than the path is “on track”, worse is “off track”.',
        'The baseline is the one stated in the legal text (taken at the plan’s start year, 2021, when no year is stated), else the first value of the same series from the plan’s start. If the only value is the one being judged there is no path: “undetermined”.',
        'Values known only as a range (the Ministry of Health 2021 groups: above 112, 109–112, below 109) decide a status only when the whole range is on one side of the threshold; otherwise “undetermined”. No value at all is “no data”.',
      ],
    },
  ],
};
