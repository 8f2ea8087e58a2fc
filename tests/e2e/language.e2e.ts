// One language per page: every prerendered page in build/ is scanned for the other language's
// interface strings, for raw codes, left-over placeholders and English plurals of one, in its visible text and its accessible attributes. Text
// inside an element marked with the other language (a source's own title, lang="en") is allowed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';

const BUILD = 'build';
const MESSAGES = 'src/lib/i18n/messages';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === '_app' || f === 'data' ? [] : pages(p);
    return f === 'index.html' ? [p] : [];
  });
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const ATTRS = ['aria-label', 'title', 'alt', 'placeholder'];

/** Text runs of a page with the language in force (nearest lang attribute), tags tokenised. */
export function textRuns(html: string): { lang: string; text: string }[] {
  const runs: { lang: string; text: string }[] = [];
  const stack: { name: string; lang: string | null }[] = [];
  const lang = () => [...stack].reverse().find((e) => e.lang)?.lang ?? '';
  const skip = () => stack.some((e) => e.name === 'script' || e.name === 'style');
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&');
  const re = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w:-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[4] !== undefined) {
      if (!skip() && m[4].trim()) runs.push({ lang: lang(), text: decode(m[4]) });
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (m[0].startsWith('</')) {
      const i = stack.map((e) => e.name).lastIndexOf(name);
      if (i >= 0) stack.length = i;
      continue;
    }
    const attrs = m[2] ?? '';
    const own = attrs.match(/\slang="([^"]*)"/)?.[1] ?? null;
    const element = { name, lang: own };
    for (const a of ATTRS) {
      const v = attrs.match(new RegExp(`\\s${a}="([^"]*)"`))?.[1];
      if (v?.trim()) runs.push({ lang: own ?? lang(), text: decode(v) });
    }
    if (!m[3] && !VOID.has(name)) stack.push(element);
  }
  return runs;
}

/** Fragments of one language's interface strings that the other language never uses. */
async function fragments(): Promise<{ vi: Set<string>; en: Set<string> }> {
  const vi = new Set<string>();
  const en = new Set<string>();
  const split = (s: string) =>
    s
      .split(/\{\w+(?:\|[^{}]*)?\}|[.:;()·—–,“”"]/)
      .map((x) => x.trim())
      .filter((x) => x.split(/\s+/).length >= 3 && x.length >= 12);
  for (const f of readdirSync(MESSAGES)) {
    const mod = (await import(pathToFileURL(join(MESSAGES, f)).href)) as Record<string, unknown>;
    for (const table of Object.values(mod)) {
      const t = table as { vi?: unknown; en?: unknown };
      if (!t || typeof t !== 'object' || !t.vi || !t.en) continue;
      const walk = (a: unknown, b: unknown) => {
        if (typeof a === 'string' && typeof b === 'string') {
          if (a === b) return;
          for (const x of split(a)) if (!b.includes(x)) vi.add(x);
          for (const x of split(b)) if (!a.includes(x)) en.add(x);
        } else if (a && b && typeof a === 'object' && typeof b === 'object')
          for (const k of Object.keys(a)) walk((a as never)[k], (b as never)[k]);
      };
      walk(t.vi, t.en);
    }
  }
  return { vi, en };
}

// Codes that must never reach a reader as text. On English pages the plain English words among
// them (survey, census, election) are words, not codes.
const CODES_ANY =
  /\b(admin_register|civil_registration|moh_group|derived_count|reduce_to|not_assessable|not_yet_met|no_data|on_track|off_track|not_met|press_official|uncertain_year|undefined|NaN|SEED00\d)\b/;
const CODES_VI = /\b(true|false|null|survey|census|national target|target)\b/;
// A placeholder left in the text, and English that does not agree with its count (years and
// "objective 2 target 2" are not counts).
const PLACEHOLDER = /\{\w+(\|[^{}]*)?\}/;
const ONE_PLURAL =
  /(?<![\d.,])1 (targets|values|rows|provinces|files|sources|indicators|areas|units|pages|pairs|groups|columns)\b/;
const MANY_SINGULAR =
  /(?<![\d.,]|objective |NQ)(?!1 |(?:19|20)\d\d )\d[\d,]* (value|target|row|province|file|source|indicator)(?![\w–-])(?! group)/;

test('every prerendered page speaks one language and shows no raw codes', async () => {
  const all = pages(BUILD);
  assert.ok(all.length > 500, `expected the whole site in build/ (found ${all.length} pages)`);
  const { vi, en } = await fragments();
  assert.ok(vi.size > 100 && en.size > 100, 'the message tables were read');
  const problems: string[] = [];
  for (const file of all) {
    const html = readFileSync(file, 'utf8');
    const pageLang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '';
    const other = pageLang === 'vi' ? en : vi;
    for (const run of textRuns(html)) {
      if (run.lang && run.lang !== pageLang) continue;
      const where = `${file.slice(BUILD.length)} [${pageLang}]`;
      for (const frag of other)
        if (run.text.includes(frag))
          problems.push(`${where}: "${frag}" in "${run.text.trim().slice(0, 90)}"`);
      const code =
        run.text.match(CODES_ANY) ?? (pageLang === 'vi' ? run.text.match(CODES_VI) : null);
      if (code) problems.push(`${where}: code "${code[0]}" in "${run.text.trim().slice(0, 90)}"`);
      const slip =
        run.text.match(PLACEHOLDER) ??
        (pageLang === 'en' ? (run.text.match(ONE_PLURAL) ?? run.text.match(MANY_SINGULAR)) : null);
      if (slip) problems.push(`${where}: "${slip[0]}" in "${run.text.trim().slice(0, 90)}"`);
    }
  }
  const unique = [...new Set(problems)];
  assert.deepEqual(unique.slice(0, 40), [], `${unique.length} language leaks (first 40 shown)`);
});

/**
 * Curated data texts that have a Vietnamese twin (a plan commitment, the Government-assessment
 * rows, a target outside the plans): their English must never reach a Vietnamese page outside an
 * element marked lang="en" (the interface fragments above do not know them).
 */
function curatedEnglish(): string[] {
  const rows = (file: string) =>
    Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const texts = [
    ...rows('catalog/seed_commitments.csv').flatMap((r) => [
      r.description_en,
      r.date_or_value_en,
      r.where_in_plan_en,
    ]),
    ...rows('catalog/government_assessments.csv').flatMap((r) => [
      r.label_en,
      r.note_en,
      r.report_en,
      r.unit_en,
    ]),
    ...rows('catalog/other_targets.csv').map((r) => r.note_en),
  ];
  // English words, long enough not to be a code or a number ("% (15/30)", "MT2 CT1").
  return [
    ...new Set(texts.filter((t): t is string => !!t && t.length >= 8 && /\b[a-z]{3,}\b/.test(t))),
  ];
}

test('curated English with a Vietnamese twin never reaches a Vietnamese page', () => {
  const english = curatedEnglish();
  assert.ok(english.length > 50, `the curated texts were read (${english.length})`);
  const problems: string[] = [];
  for (const file of pages(BUILD)) {
    const html = readFileSync(file, 'utf8');
    if (!/<html[^>]*\slang="vi"/.test(html)) continue;
    for (const run of textRuns(html)) {
      if (run.lang && run.lang !== 'vi') continue;
      for (const en of english)
        if (run.text.includes(en))
          problems.push(`${file.slice(BUILD.length)}: "${en.slice(0, 60)}"`);
    }
  }
  const unique = [...new Set(problems)];
  assert.deepEqual(unique.slice(0, 40), [], `${unique.length} curated English texts on vi pages`);
});
