// Reporting deadlines the provincial plans set (catalog/report_deadlines.csv): each row is checked
// against the plan it quotes — the province is the plan's own, the years within the plan, the day
// and month those the quoted words state, and the words found on the named line of the plan's
// text — so a deadline shown on a page is always one a plan held here says.
import type { ReportDeadline } from '../domain/report-deadline.ts';
import { isReportPeriod } from '../domain/report-period.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';

export const REPORT_DEADLINE_COLUMNS = [
  'province',
  'vintage',
  'from_year',
  'to_year',
  'period',
  'day',
  'month',
  'plan_id',
  'quote_vi',
  'where_read',
] as const;

/** The plans' first and last years the deadlines may cover (NQ28 runs 2021–2030). */
const FIRST_YEAR = 2021;
const LAST_YEAR = 2030;

export interface DeadlinePlan {
  id: string;
  area_id: string;
  text_file: string;
  start_year: number;
}

const squash = (s: string) => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

/** Does the text state this day and month ("10/12", "05/6", "10 tháng 12")? */
export function statesDayMonth(text: string, day: number, month: number): boolean {
  return new RegExp(`(^|\\D)0?${day}\\s*(/|tháng)\\s*0?${month}(\\D|$)`).test(text);
}

const daysIn = (month: number) => new Date(Date.UTC(2024, month, 0)).getUTCDate();

export function buildReportDeadlines(
  records: readonly SourceRecord[],
  areaIndex: AreaIndex,
  plans: readonly DeadlinePlan[],
  /** A plan's text by its file name in data/plans (null when not held). */
  planText: (textFile: string) => string | null,
): { deadlines: ReportDeadline[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const deadlines: { row: ReportDeadline; line: number; file: string }[] = [];
  const planById = new Map(plans.map((p) => [p.id, p]));
  for (const r of records) {
    const v = r.values;
    const fail = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const before = errors.length;
    const missing = REPORT_DEADLINE_COLUMNS.filter((c) => !(v[c] ?? '').trim());
    for (const c of missing) fail(c, 'empty');
    if (missing.length) continue;

    const vintage = v.vintage!.trim();
    if (vintage !== '63' && vintage !== '34') fail('vintage', `"${vintage}" is not 63 or 34`);
    const area =
      vintage === '63' || vintage === '34'
        ? matchArea(v.province!, areaIndex, { vintage: Number(vintage) as 63 | 34 })
        : null;
    if ((vintage === '63' || vintage === '34') && (!area || area.kind !== 'province'))
      fail('province', `no ${vintage}-province matches "${v.province}"`);

    const year = (column: 'from_year' | 'to_year') => {
      const text = v[column]!.trim();
      const y = Number(text);
      if (!/^\d{4}$/.test(text) || y < FIRST_YEAR || y > LAST_YEAR) {
        fail(column, `"${text}" is not a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
        return null;
      }
      return y;
    };
    const from = year('from_year');
    const to = year('to_year');
    if (from !== null && to !== null && from > to)
      fail('to_year', `${to} is before from_year ${from}`);

    const period = v.period!.trim();
    if (!isReportPeriod(period)) fail('period', `"${period}" is not annual or h1`);

    const whole = (column: 'day' | 'month', max: number) => {
      const text = v[column]!.trim();
      const n = Number(text);
      if (!/^\d{1,2}$/.test(text) || n < 1 || n > max) {
        fail(column, `"${text}" is not a ${column} (1–${max})`);
        return null;
      }
      return n;
    };
    const month = whole('month', 12);
    const day = whole('day', month === null ? 31 : daysIn(month));

    // The deadline is the province's own plan's: a plan of another province is refused.
    const named = planById.get(v.plan_id!.trim());
    const plan = named && (!area || named.area_id === area.id) ? named : null;
    if (!named) fail('plan_id', `no plan in plans.csv has the id "${v.plan_id}"`);
    else if (!plan)
      fail('plan_id', `plan ${named.id} is the plan of ${named.area_id}, not of ${area?.id}`);
    else if (from !== null && from < plan.start_year)
      fail('from_year', `${from} is before the first year of plan ${plan.id} (${plan.start_year})`);

    const quote = squash(v.quote_vi!);
    if (day !== null && month !== null && !statesDayMonth(quote, day, month))
      fail('quote_vi', `the quoted words do not state ${day}/${month}`);

    if (plan) {
      const where = /^plans\/(\S+) line (\d+)\b/.exec(v.where_read!.trim());
      if (!where) fail('where_read', 'does not start with "plans/<file> line <n>"');
      else if (where[1] !== plan.text_file)
        fail('where_read', `${where[1]} is not the text of plan ${plan.id} (${plan.text_file})`);
      else {
        const text = planText(plan.text_file);
        const line = text?.split(/\r?\n/)[Number(where[2]) - 1];
        if (line === undefined)
          fail('where_read', `plans/${plan.text_file} has no line ${where[2]}`);
        else if (!squash(line).includes(quote))
          fail(
            'quote_vi',
            `the quoted words are not on line ${where[2]} of plans/${plan.text_file}`,
          );
      }
    }
    if (errors.length > before || !area || !plan || from === null || to === null) continue;
    if (day === null || month === null || !isReportPeriod(period)) continue;
    deadlines.push({
      file: r.file,
      line: r.line,
      row: {
        area_id: area.id,
        period,
        from_year: from,
        to_year: to,
        day,
        month,
        plan_id: plan.id,
        quote_vi: quote,
        where_read: v.where_read!.trim(),
      },
    });
  }
  // One deadline per province, period and year.
  for (const [i, d] of deadlines.entries()) {
    const earlier = deadlines
      .slice(0, i)
      .find(
        (e) =>
          e.row.area_id === d.row.area_id &&
          e.row.period === d.row.period &&
          e.row.from_year <= d.row.to_year &&
          d.row.from_year <= e.row.to_year,
      );
    if (earlier)
      errors.push({
        file: d.file,
        line: d.line,
        column: 'from_year',
        reason: `years overlap the ${d.row.period} deadline of line ${earlier.line} for the same province`,
      });
  }
  return { deadlines: deadlines.map((d) => d.row), errors };
}
