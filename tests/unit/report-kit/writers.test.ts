// The files themselves: the XLSX's print set-up and number cells, the DOCX's text (headings,
// every target, every assessment), sections and repeated header rows; the draft says nothing
// the annex does not.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AnnexText } from '../../../src/lib/report-kit/annex-text.ts';
import { annexXlsx, linesIn, numberFormat } from '../../../src/lib/report-kit/annex-xlsx.ts';
import { annexDocx, reportDocx } from '../../../src/lib/report-kit/docx.ts';
import { reportDraft } from '../../../src/lib/report-kit/report-draft.ts';
import { annexOf, own, published } from './fixtures.ts';

const annex = annexOf({
  areaId: '63-56',
  year: 2025,
  actuals: [
    published('63-56', 'edu', 2019, 51),
    published('63-56', 'srb', 2024, 110.5),
    published('63-56', 'care', 2024, 1.9),
  ],
  values: [
    own('leaders', 2025, 46.666, { numerator: 14, denominator: 30, agency: 'Sở Nội vụ' }),
    own('wage', 2025, 111.5),
    own('news', 2025, 1234.5),
  ],
  conflicts: [
    {
      indicator_id: 'mmr',
      area_id: '63-56',
      year: 2025,
      entries: [
        { file: 'a.xlsx', row: 3, value: 40 },
        { file: 'b.xlsx', row: 4, value: 44 },
      ],
    },
  ],
});
const vi = new AnnexText('vi');

const files = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));
/** The visible text of a WordprocessingML part, paragraphs on their own lines. */
const docText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

describe('annex XLSX', () => {
  it('A4 landscape fitted to the width, print titles, frozen header, numbers as numbers in a Vietnamese format', async () => {
    const zip = await files(await annexXlsx(annex));
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    const workbook = strFromU8(zip['xl/workbook.xml']!);
    const styles = strFromU8(zip['xl/styles.xml']!);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(sheet).toMatch(
      /<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/,
    );
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toMatch(/<pane ySplit="7"[^>]*state="frozen"/);
    expect(sheet).toContain('Trang &amp;P/&amp;N');
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Phu luc'!$6:$7</definedName>`,
    );
    // The share 46.666 is a number cell (no t="s"), shown "14/30 = 46,67" by its format.
    expect(sheet).toMatch(/<c r="G\d+" s="\d+"><v>46\.666<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="G\d+" s="\d+"><v>111\.5<\/v><\/c>/);
    expect(styles).toContain('formatCode="[$-42A]&quot;14/30 = &quot;#,##0.00"');
    expect(styles).toContain('formatCode="[$-42A]#,##0.0"');
    // The year is a number without thousands.
    expect(styles).toContain('formatCode="[$-42A]0"');
    for (const row of annex.rows) {
      expect(strings).toContain(row.indicator.name_vi);
      expect(strings).toContain(vi.assessment(row, annex).replace(/[()]/g, (c) => c));
    }
    // Wrapped rows say their height (spreadsheets do not size rows to wrapped text on opening).
    expect(sheet).toMatch(/<row r="9" ht="\d+" customHeight="1">/);
  });

  it('a number format keeps its words; lines are counted by whole words', () => {
    const cell = vi.goal(annex.rows.find((r) => r.indicator.id === 'care')!);
    expect(cell).toMatchObject({ kind: 'number', value: 1.7, text: '≤ 1,7' });
    expect(numberFormat(cell as Extract<typeof cell, { kind: 'number' }>)).toBe(
      '[$-42A]"≤ "#,##0.0',
    );
    expect(linesIn('một hai ba', 30)).toBe(1);
    expect(linesIn('một hai ba bốn năm sáu bảy tám chín mười', 10)).toBeGreaterThan(3);
    expect(linesIn('a\nb', 30)).toBe(2);
  });
});

describe('annex and report DOCX', () => {
  it('the annex: a landscape section, header rows repeated, every target with its assessment', async () => {
    const zip = await files(await annexDocx(annex));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
    const text = docText(xml);
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('14/30 = 46,67');
    expect(text).toContain('1.234,5');
    for (const row of annex.rows) {
      expect(text).toContain(row.indicator.name_vi);
      expect(text).toContain(vi.assessment(row, annex));
    }
  });

  it('the draft: Decree 30 layout, the results written from the verdicts, placeholders marked, the annex appended', async () => {
    const zip = await files(await reportDocx(annex));
    const xml = strFromU8(zip['word/document.xml']!);
    const text = docText(xml);
    // A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; then the landscape annex.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH KHÁNH HÒA',
      'Số: …/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Khánh Hòa, ngày … tháng … năm …',
      'BÁO CÁO',
      'Kết quả thực hiện mục tiêu quốc gia về bình đẳng giới năm 2025',
      'Kính gửi: Bộ Nội vụ.',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
      'III. KẾT QUẢ THỰC HIỆN CÁC GIẢI PHÁP',
      'IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'PHỤ LỤC',
    ])
      expect(text).toContain(line);
    expect(text).toContain(
      'Năm 2025, tỉnh Khánh Hòa có 7 chỉ tiêu được theo dõi: 2 chỉ tiêu đạt; 3 chỉ tiêu chưa đạt; 1 chỉ tiêu không đánh giá được; 1 chỉ tiêu chưa có số liệu. Số liệu của tỉnh được dùng cho 3 chỉ tiêu, số liệu công bố cho 3 chỉ tiêu.',
    );
    expect(text).toContain(
      'Tỷ lệ lãnh đạo nữ (MT1): 14/30 = 46,67% (năm 2025, số liệu của tỉnh), chưa đạt mục tiêu ≥ 60 vào năm 2025 (đã đến thời hạn năm 2025).',
    );
    expect(text).toContain(
      'giá trị gần nhất 51% (năm 2019, điều tra thống kê), mục tiêu ≥ 50 vào năm 2025; không đánh giá được: số liệu năm 2019, trước kỳ kế hoạch (từ năm 2021).',
    );
    expect(text).toContain('Các tệp báo cáo cho giá trị khác nhau (40 trong tệp “a.xlsx”, dòng 3');
    // Placeholders highlighted.
    const highlighted = xml.match(/<w:highlight w:val="yellow"\/>/g) ?? [];
    expect(highlighted.length).toBeGreaterThanOrEqual(7);
    for (const row of annex.rows) expect(text).toContain(row.indicator.name_vi);
  });

  it('every figure in the draft comes from the annex', () => {
    const draft = reportDraft(annex, vi);
    const prose = draft.blocks
      .flatMap((b) =>
        b.kind === 'paragraph' || b.kind === 'item' ? b.runs.map((r) => r.text) : [],
      )
      .join('\n');
    const annexFigures = new Set(
      annex.rows.flatMap((r) =>
        [r.current, r.previous]
          .filter((v) => v !== null)
          .flatMap((v) => [v!.value, v!.numerator, v!.denominator, v!.year])
          .concat([r.target.value, r.target.year, r.verdict.actual_year, r.verdict.plan_start_year])
          .filter((x): x is number => typeof x === 'number'),
      ),
    );
    const counts = Object.values(annex.classes).concat(Object.values(annex.counts), [
      annex.rows.length,
      annex.origins.own,
      annex.origins.public,
      annex.year,
    ]);
    const conflictValues = annex.conflicts.flatMap((r) =>
      r.conflict!.entries.flatMap((e) => [e.value, e.row]),
    );
    const allowed = new Set(
      [...annexFigures, ...counts, ...conflictValues].flatMap((x) => [
        String(x),
        new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(x),
      ]),
    );
    // Every number in the prose (but the numbers in targets' names: MT1 CT2) is one of them.
    const numbers = prose.replace(/\b(MT|CT)\d+[a-z]?/g, '').match(/\d+(?:[.,]\d+)*/g)!;
    expect(numbers.length).toBeGreaterThan(20);
    for (const x of numbers) expect(allowed.has(x), x).toBe(true);
  });
});
