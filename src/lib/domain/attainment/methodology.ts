// The attainment rules as applied, for the Methodology section of the About page. Each rule here
// is one branch of evaluate.ts / target-choice.ts and one row of their table-driven tests.
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
        'Với mỗi chỉ tiêu, địa bàn và thời hạn (2025, 2030): nếu kế hoạch của tỉnh đặt mục tiêu riêng thì dùng mục tiêu đó (“mục tiêu của kế hoạch tỉnh”); nếu không, dùng mục tiêu quốc gia của Nghị quyết 28/NQ-CP (“áp dụng mục tiêu quốc gia”).',
        'Mục tiêu của kế hoạch tỉnh áp dụng cho tỉnh như lúc kế hoạch được ban hành. Tỉnh mới từ 1/7/2025 giữ nguyên địa giới của một tỉnh cũ (ví dụ Hà Nội) tiếp tục dùng mục tiêu của tỉnh cũ; tỉnh mới hợp nhất từ nhiều tỉnh thì không kế thừa mục tiêu riêng của tỉnh nào: các mục tiêu đó được trình bày riêng, với phạm vi của tỉnh cũ, và đánh giá bằng số liệu của chính tỉnh cũ.',
        'Trang báo cáo năm Y trình bày, cho mỗi chỉ tiêu, mục tiêu có thời hạn gần nhất từ năm Y trở đi (đến 2025: mục tiêu 2025; từ 2026: mục tiêu 2030). Một địa bàn có báo cáo năm Y nếu nó tồn tại vào bất kỳ thời điểm nào trong năm đó; năm 2025 có cả 63 tỉnh cũ và 34 tỉnh mới.',
      ],
    },
    {
      heading: 'So sánh đúng như văn bản',
      paragraphs: [
        '“Dưới” là nhỏ hơn hẳn (<), “trên” là lớn hơn hẳn (>), “không dưới”, “ít nhất”, “đạt” là lớn hơn hoặc bằng (≥), “ở mức” (trần) và “giảm xuống còn” là nhỏ hơn hoặc bằng (≤), mục tiêu có/không là bằng (=). Ví dụ: 111 đạt “≤ 111” nhưng không đạt “< 111”.',
      ],
    },
    {
      heading: 'Giá trị nào được đánh giá',
      paragraphs: [
        'Với năm Y, dùng giá trị mới nhất của cùng một chuỗi số liệu từ năm Y trở về trước, nhưng không muộn hơn thời hạn của mục tiêu: giá trị năm 2026 không bao giờ quyết định mục tiêu năm 2025.',
        'Các chuỗi khác phương pháp (điều tra thống kê, tổng điều tra, đăng ký hộ tịch, báo cáo hành chính, kết quả bầu cử, nhóm của Bộ Y tế) được đánh giá riêng, không trộn lẫn. Bảng tổng hợp chọn chuỗi cho được kết luận, rồi chuỗi có số liệu mới nhất; kết luận của các chuỗi khác vẫn được ghi bên cạnh.',
        'Khi nhiều nguồn cho cùng một giá trị (cùng chỉ tiêu, địa bàn, năm, chuỗi), chỉ có một điểm: nguồn chính xác nhất (nhiều chữ số hơn), rồi trực tiếp nhất (công bố chính thức trước báo chí, báo chí trước tổng hợp của bên thứ ba); mọi nguồn đều được liệt kê, và nếu các nguồn khác nhau quá mức làm tròn thì giá trị được đánh dấu.',
      ],
    },
    {
      heading: 'Các kết luận',
      paragraphs: [
        'Đạt: giá trị thỏa mãn mục tiêu. Không đạt: đã đến thời hạn mà giá trị chưa thỏa mãn.',
        'Trước thời hạn, nếu chưa thỏa mãn, giá trị được so với đường thẳng từ mức cơ sở đến mục tiêu tại thời hạn: bằng hoặc tốt hơn đường này là “chưa đạt, đúng lộ trình”, kém hơn là “chưa đạt, chậm lộ trình”. Mức cơ sở là mức ghi trong kế hoạch (không ghi năm thì lấy năm bắt đầu kế hoạch), nếu không có thì là giá trị đầu tiên của cùng chuỗi từ năm bắt đầu kế hoạch. Biểu đồ vẽ đúng đường đã dùng để kết luận.',
        'Nếu không dựng được lộ trình (giá trị duy nhất chính là giá trị đang đánh giá, giá trị có trước năm cơ sở, hoặc mục tiêu có/không) thì kết luận là “chưa đạt”, kèm lý do.',
      ],
    },
    {
      heading: 'Không đánh giá được',
      paragraphs: [
        `Có giá trị nhưng không đủ căn cứ để kết luận thì ghi “không đánh giá được”, và lý do ghi ngay trên nhãn: năm của số liệu không chắc chắn (ví dụ năm được suy ra từ ngày đăng bài); số liệu có trước kỳ kế hoạch (ví dụ tỷ suất sinh ở vị thành niên năm 2011 so với mục tiêu 2025); số liệu cũ hơn ${STALE_AFTER_YEARS} năm so với năm được đánh giá; hoặc giá trị chỉ biết theo nhóm, khoảng (nhóm năm 2021 của Bộ Y tế: trên 112, 109–112, dưới 109) nằm ở cả hai phía của ngưỡng hay của lộ trình.`,
        'Các mục tiêu không đánh giá được và chưa có số liệu không bao giờ được tính là đạt hay chưa đạt.',
      ],
    },
    {
      heading: 'Tổng hợp theo báo cáo của Chính phủ',
      paragraphs: [
        'Báo cáo hằng năm của Chính phủ về mục tiêu quốc gia về bình đẳng giới phân loại từng chỉ tiêu là đạt, chưa đạt hoặc không đánh giá được. Trang này tổng hợp theo đúng ba loại đó (cộng thêm “chưa có số liệu”): “chưa đạt” gồm chưa đạt đúng lộ trình, chậm lộ trình, chưa đạt không có lộ trình và không đạt khi đã đến hạn.',
      ],
    },
    {
      heading: 'Thay đổi so với năm trước',
      paragraphs: [
        'Với cùng một mục tiêu, kết luận năm Y được so với năm Y − 1. Thay đổi được tách theo nguyên nhân: do có số liệu mới (giá trị được đánh giá khác đi); do đến thời hạn của mục tiêu (cùng giá trị, năm Y là năm thời hạn); do số liệu trở nên quá cũ (cùng giá trị, nay vượt giới hạn).',
      ],
    },
    {
      heading: 'Đường trên biểu đồ',
      paragraphs: [
        'Mỗi đường là một chuỗi số liệu của một địa bàn; các chuỗi khác phương pháp không bao giờ được nối với nhau. Đường nối các năm liên tiếp có số liệu; thiếu một năm thì đường đứt, không vẽ qua chỗ trống. Kết quả bầu cử Quốc hội và Hội đồng nhân dân là theo nhiệm kỳ 5 năm: các nhiệm kỳ liên tiếp được nối, thiếu một nhiệm kỳ thì đường đứt. Nhóm giá trị (như nhóm tỷ số giới tính khi sinh của Bộ Y tế) được vẽ thành khoảng, không nối.',
      ],
    },
  ],
  en: [
    {
      heading: 'Which target applies',
      paragraphs: [
        'For each indicator, area and deadline (2025, 2030): the area’s own provincial target when its plan sets one (“target of the provincial plan”); otherwise the national target of Resolution 28/NQ-CP (“national target applied”).',
        'A provincial target applies to the province as it was when the plan was adopted. A province of 1 July 2025 with the same territory as one former province (e.g. Hà Nội) keeps that province’s targets; a province merged from several inherits none of their own targets: those are shown apart, with the former province’s scope, and judged on the former province’s own values.',
        'The report for year Y shows, for each indicator, the target with the nearest deadline from Y on (up to 2025: the 2025 target; from 2026: the 2030 target). An area has a report for year Y if it existed at any time that year, so 2025 holds both the 63 former and the 34 new provinces.',
      ],
    },
    {
      heading: 'Comparisons exactly as the legal text says',
      paragraphs: [
        '“Below” (dưới) is strictly less (<), “above” (trên) strictly more (>), “not below”, “at least”, “reach” are at least (≥), “at the level of” (a ceiling) and “reduce to” are at most (≤), yes/no targets are equal (=). For example 111 meets “≤ 111” but fails “< 111”.',
      ],
    },
    {
      heading: 'Which value is judged',
      paragraphs: [
        'For year Y, the latest value of one series at or before Y, but never after the target’s deadline: a 2026 value never decides a 2025 target.',
        'Series measured differently (statistical survey, census, civil registration, administrative reports, election results, Ministry of Health groups) are judged separately, never mixed. Scorecards show a series that supports a verdict, then the most recent; the other series’ verdicts are listed beside it.',
        'When several sources give the same value (same indicator, area, year and series), there is one point: from the most precise source (more digits), then the most direct (official publication before press, press before third-party compilations); every source is listed, and values that differ beyond rounding are flagged.',
      ],
    },
    {
      heading: 'Verdicts',
      paragraphs: [
        'Met: the value satisfies the target. Not met: the deadline has come and the value does not.',
        'Before the deadline, a value that does not yet satisfy the target is compared with the straight path from the baseline to the target at its deadline: at or better than the path is “not yet met, on track”, worse is “not yet met, off track”. The baseline is the plan’s own (taken at the plan’s first year when it has no year), else the series’ first value from the plan’s first year. Charts draw the very path the verdict used.',
        'When no path can be drawn (the only value is the one judged, the value predates the baseline, or the target is yes/no), the verdict is “not yet met”, with the reason.',
      ],
    },
    {
      heading: 'Cannot be assessed',
      paragraphs: [
        `A value that cannot support a verdict is “cannot be assessed”, with the reason on the badge itself: the year of the value is uncertain (e.g. inferred from the publication date); the value is from before the plan period (e.g. the adolescent birth rate of 2011 against the 2025 target); the value is more than ${STALE_AFTER_YEARS} years older than the year assessed; or a value known only as a group or range (the Ministry of Health 2021 groups: above 112, 109–112, below 109) lies on both sides of the threshold or of the path.`,
        'Targets that cannot be assessed and targets without data are never counted as met or not met.',
      ],
    },
    {
      heading: 'Summaries in the Government’s classes',
      paragraphs: [
        'The Government’s annual report on the national gender-equality targets classes each target as met, not met or cannot be assessed. This site summarises in exactly those classes (plus “no data”): “not met” holds not yet met on track, off track, not yet met without a path, and not met at the deadline.',
      ],
    },
    {
      heading: 'Changes since the previous year',
      paragraphs: [
        'For the same target, the verdict of year Y is compared with that of Y − 1. Changes are listed by cause: new data (the value judged is a different one); the target’s deadline passing (same value, Y is the deadline year); the value becoming too old (same value, now past the limit).',
      ],
    },
    {
      heading: 'Lines on the charts',
      paragraphs: [
        'Each line is one data series of one area; series measured by different methods are never joined. A line joins consecutive years with values; where a year is missing it breaks and never bridges the gap. National Assembly and People’s Council election results come every five-year term: consecutive terms are joined, a missing term breaks the line. Grouped values (such as the Ministry of Health’s sex-ratio-at-birth groups) are drawn as ranges and never joined.',
      ],
    },
  ],
};
