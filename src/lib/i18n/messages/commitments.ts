import { defineMessages } from '../translate.ts';

/** Commitments of the provincial plans: their types and the table around them. */
export const commitmentMessages = defineMessages(
  {
    colType: 'Loại',
    colWhat: 'Nội dung',
    colWhen: 'Thời hạn / giá trị',
    colWhere: 'Vị trí trong kế hoạch',
    type_data_requirement: 'Yêu cầu số liệu',
    type_event: 'Sự kiện',
    type_qualitative_commitment: 'Cam kết (không định lượng)',
    type_referenced_plan: 'Văn bản được dẫn chiếu',
    type_reporting_deadline: 'Hạn báo cáo',
    type_reporting_task: 'Nhiệm vụ báo cáo',
    type_review_task: 'Nhiệm vụ sơ kết, tổng kết',
  },
  {
    colType: 'Type',
    colWhat: 'What',
    colWhen: 'Deadline / value',
    colWhere: 'Where in the plan',
    type_data_requirement: 'Data requirement',
    type_event: 'Event',
    type_qualitative_commitment: 'Commitment (not quantified)',
    type_referenced_plan: 'Referenced document',
    type_reporting_deadline: 'Reporting deadline',
    type_reporting_task: 'Reporting task',
    type_review_task: 'Review task',
  },
);
