import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StatusLegend from '../../../src/lib/charts/StatusLegend.svelte';
import { emptyCounts } from '../../../src/lib/domain/attainment/status.ts';

const text = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the verdict summary', () => {
  it('does not repeat a count whose only status has the class’s own name', () => {
    const counts = { ...emptyCounts(), met: 2, not_yet_met: 4 };
    const body = text(render(StatusLegend, { props: { locale: 'vi', counts } }).body);
    expect(body).toContain('Chưa đạt 4');
    expect(body).not.toContain('trong đó');
  });
  it('breaks a class down when that tells more than the class', () => {
    const counts = { ...emptyCounts(), off_track: 1, not_yet_met: 3 };
    const body = text(render(StatusLegend, { props: { locale: 'vi', counts } }).body);
    expect(body).toMatch(/Chưa đạt 4 trong đó .*chậm.* 1 · chưa đạt 3/i);
    const one = { ...emptyCounts(), off_track: 2 };
    expect(text(render(StatusLegend, { props: { locale: 'en', counts: one } }).body)).toMatch(
      /of which .*2/,
    );
  });
});
