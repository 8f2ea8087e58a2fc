import { defineMessages } from '../translate.ts';

export const statusMessages = defineMessages(
  {
    met: 'Đã đạt',
    on_track: 'Đúng lộ trình',
    off_track: 'Chậm so với lộ trình',
    not_met: 'Không đạt',
    undetermined: 'Chưa xác định được',
    no_data: 'Không có dữ liệu',
    no_target: 'Không có mục tiêu',
    legend: 'Chú giải tình trạng',
    stale: 'số liệu cũ',
    preliminary: 'sơ bộ',
  },
  {
    met: 'Met',
    on_track: 'On track',
    off_track: 'Off track',
    not_met: 'Not met',
    undetermined: 'Undetermined',
    no_data: 'No data',
    no_target: 'No target',
    legend: 'Status legend',
    stale: 'old data',
    preliminary: 'preliminary',
  },
);
