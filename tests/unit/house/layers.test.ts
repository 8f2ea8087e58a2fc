// The layers hold transitively: dependency-cruiser (the rules in tests/architecture/) run on the
// fixtures, where each rule has an example that breaks it, and on src, where none may; and the
// rooms of src/lib (its folders) import each other without a cycle.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

const CONFIG = 'tests/architecture/dependency-cruiser.cjs';

interface Cruise {
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  modules: { source: string; dependencies: { resolved: string; dependencyTypes: string[] }[] }[];
}

function cruise(path: string, ...args: string[]): Cruise {
  const out = execFileSync(
    'npx',
    ['depcruise', '--config', CONFIG, '--output-type', 'json', ...args, path],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Cruise;
}

/** Groups of rooms that import each other, directly or through others (Tarjan's algorithm). */
function roomCycles(edges: readonly [string, string][]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of edges) if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** The rooms' import edges (type-only imports count: a room cycle is a design cycle). */
function roomEdges(result: Cruise): [string, string][] {
  const room = (file: string) => /(?:^|\/)src\/lib\/([^/]+)\//.exec(file)?.[1] ?? null;
  return result.modules.flatMap((m) =>
    m.dependencies.flatMap((d) => {
      const [a, b] = [room(m.source), room(d.resolved)];
      return a && b && a !== b ? [[a, b] as [string, string]] : [];
    }),
  );
}

// One cruise of each tree (a few seconds each, more on a loaded machine).
let fixtures: Cruise;
let src: Cruise;
beforeAll(() => {
  fixtures = cruise('tests/architecture/fixtures/src');
  src = cruise('src');
}, 240_000);

describe('dependency-cruiser enforces the layers', () => {
  it('every rule fails on its example in the fixtures', () => {
    const broken = new Set(fixtures.summary.violations.map((v) => v.rule.name));
    expect([...broken].sort()).toEqual([
      'charts-never-reach-exports-or-the-database',
      'components-never-query',
      'data-reads-the-domain-only',
      'domain-is-pure',
      'figure-models-are-pure',
      'i18n-reads-the-domain-only',
      'import-never-reaches-the-report-pages',
      'no-room-reaches-the-routes',
      'no-runtime-cycles',
    ]);
  });

  it('a chart reaching the database through another room is caught (transitively)', () => {
    const found = fixtures.summary.violations.filter(
      (v) => v.rule.name === 'charts-never-reach-exports-or-the-database',
    );
    expect(found.map((v) => v.from)).toContain(
      'tests/architecture/fixtures/src/lib/charts/util.ts',
    );
  });

  it('src breaks none of them', () => {
    expect(src.summary.violations).toEqual([]);
  });
});

describe('the rooms of src/lib import each other without a cycle', () => {
  it('finds the cycle in the fixtures (explore ↔ export)', () => {
    const cycles = roomCycles(roomEdges(fixtures));
    expect(cycles.some((c) => c.includes('explore') && c.includes('export'))).toBe(true);
  });

  it('src has none', () => {
    expect(roomCycles(roomEdges(src))).toEqual([]);
  });
});
