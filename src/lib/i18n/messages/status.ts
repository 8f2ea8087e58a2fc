import { defineMessages } from '../translate.ts';

/** Words around the verdicts; the verdict labels themselves are in vocabulary.ts. */
export const statusMessages = defineMessages(
  {
    legend: 'Chú giải tình trạng',
    summary: 'Tổng hợp theo cách phân loại của báo cáo Chính phủ',
    of: 'trong đó',
    targets: '{n} mục tiêu',
  },
  {
    legend: 'Status legend',
    summary: 'Summary in the classes of the Government’s annual report',
    of: 'of which',
    targets: '{n} {n|target|targets}',
  },
);
