// The formula guard of the downloads and the closed vocabularies it leaves alone: a comparator `=`
// is written as it is; the same text in a free-text column, or anything outside the vocabulary in
// the coded column, is still neutralised.
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { COMPARATORS } from '../../../src/lib/domain/vocabulary.ts';
import { toCsvText } from '../../../src/lib/export/csv.ts';

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;

it.each([
  ['=', '=', '=', "'="],
  ['>=', '=1+1', '>=', "'=1+1"],
  ['=SUM(A1)', 'x', "'=SUM(A1)", 'x'],
  ['-1', '+cmd', "'-1", "'+cmd"],
])('comparator %j, note %j → %j, %j', (comparator, note, expectedComparator, expectedNote) => {
  const rows = parse(
    toCsvText(['comparator', 'note'], [{ comparator, note }], ['comparator', 'note'], {
      comparator: COMPARATORS,
    }),
  );
  expect(rows).toEqual([{ comparator: expectedComparator, note: expectedNote }]);
});

it('without a vocabulary every cell keeps the guard', () => {
  expect(parse(toCsvText(['comparator'], [{ comparator: '=' }]))).toEqual([{ comparator: "'=" }]);
});
