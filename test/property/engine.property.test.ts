/**
 * Property tests (fast-check, seeded so a failure reproduces): the engine on random sheets and on the
 * seed budgets mutated as people and PDF pastes break them. Bounded here; `npm run fuzz` runs 10,000.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { checkWorkbook } from '../../src/engine';
import { parseAmountText } from '../../src/engine/amount';
import { shownText } from '../../src/engine/fixes';
import { compareTotal, type Figure } from '../../src/engine/tolerance';
import { a1, type Workbook } from '../../src/engine/workbook';
import { seedWorkbook } from '../helpers/fixtures';
import { applyAllPlans, engineProblems, planProblems } from './invariants';
import { generatedArb, mutate, mutatedArb, randomWorkbook, totalCells } from './workbooks';

const SEED = 20240607;
const SEEDS: Workbook[] = [
  seedWorkbook('seed000.tsv'),
  seedWorkbook('seed004.tsv'),
  seedWorkbook('seed002-t1.tsv', 'seed002-t4.tsv', 'seed002-t7.tsv', 'seed002-t8.tsv'),
  seedWorkbook('seed003-sangong.tsv'),
  seedWorkbook('seed004-sangong.tsv', 'seed004-prev-2022.tsv'),
];

describe('the engine on random sheets', () => {
  test('never throws, leaves its input alone, repeats itself, and points only inside its sheets', () => {
    fc.assert(
      fc.property(randomWorkbook, (wb) => {
        expect(engineProblems(wb).problems).toEqual([]);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  test('the random sheets do reach the recognizer and the rules', () => {
    const reports = fc.sample(randomWorkbook, { numRuns: 200, seed: SEED }).map((wb) => checkWorkbook(wb));
    expect(reports.filter((r) => r.tables.length > 0).length).toBeGreaterThan(50);
    expect(reports.filter((r) => r.findings.some((f) => f.rule === 'subtotal-mismatch' || f.rule === 'row-sum-mismatch')).length).toBeGreaterThan(5);
  });
});

describe('the engine on mutated seed budgets', () => {
  test('never throws, repeats itself, points only inside its sheets', () => {
    fc.assert(
      fc.property(mutatedArb(SEEDS), ({ base, sheet, mutations }) => {
        expect(engineProblems(mutate(SEEDS[base], sheet, mutations)).problems).toEqual([]);
      }),
      { numRuns: 120, seed: SEED },
    );
  });

  test('a plan applied twice equals it applied once, and clears its own finding', () => {
    fc.assert(
      fc.property(mutatedArb(SEEDS, 3), ({ base, sheet, mutations }) => {
        const wb = mutate(SEEDS[base], sheet, mutations);
        const { report } = engineProblems(wb);
        expect(planProblems(wb, report!, 4)).toEqual([]);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  test('the mutations do reach the rules: some runs find errors with plans', () => {
    // Guards the two tests above from passing on workbooks the engine never recognizes.
    const samples = fc.sample(mutatedArb(SEEDS, 3), { numRuns: 30, seed: SEED });
    const reports = samples.map(({ base, sheet, mutations }) => checkWorkbook(mutate(SEEDS[base], sheet, mutations)));
    expect(reports.filter((r) => r.tables.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(reports.filter((r) => r.findings.some((f) => f.severity === 'error')).length).toBeGreaterThan(5);
  });
});

describe('fix plans on generated budgets whose totals were overwritten', () => {
  const corrupted = generatedArb.chain((wb) => {
    const cells = totalCells(wb);
    return fc.record({
      wb: fc.constant(wb),
      hits: fc.uniqueArray(fc.nat({ max: cells.length - 1 }), { minLength: 1, maxLength: 3 }).map((is) => is.map((i) => cells[i])),
      deltas: fc.array(fc.integer({ min: 1, max: 90000 }).chain((d) => fc.constantFrom(d, -d)), { minLength: 3, maxLength: 3 }),
    });
  });

  test('a generated budget has no error to begin with', () => {
    fc.assert(
      fc.property(generatedArb, (wb) => {
        expect(checkWorkbook(wb).findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 30, seed: SEED },
    );
  });

  test('applying every plan, round after round, leaves no subtotal-mismatch or row-sum-mismatch', () => {
    fc.assert(
      fc.property(corrupted, ({ wb, hits, deltas }) => {
        const broken: Workbook = JSON.parse(JSON.stringify(wb));
        hits.forEach((h, i) => {
          const line = broken.sheets.find((s) => s.name === h.sheet)!.cells[h.row];
          const old = line[h.col]!;
          const value = (Math.round((old.value as number) * 100) + deltas[i] * 100) / 100;
          line[h.col] = { ...old, value, text: shownText(value, old.numberFormat) };
        });
        const before = checkWorkbook(broken).findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'row-sum-mismatch');
        expect(before.length).toBeGreaterThan(0);
        const { report, rounds } = applyAllPlans(broken);
        const left = report.findings.filter((f) => f.rule === 'subtotal-mismatch' || f.rule === 'row-sum-mismatch');
        expect({ left: left.map((f) => `${f.sheet}!${f.cell} ${f.rule}`), hits: hits.map((h) => `${h.sheet}!${a1(h.row, h.col)}`), rounds }).toEqual({ left: [], hits: expect.anything(), rounds: expect.any(Number) });
      }),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe('exact arithmetic short cuts agree with Decimal', () => {
  const figureText = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.nat({ max: 4 }), fc.boolean())
    .map(([neg, n, decimals, grouped]) => {
      const digits = n.toString().padStart(decimals + 1, '0');
      const int = digits.slice(0, digits.length - decimals);
      const frac = digits.slice(digits.length - decimals);
      const intShown = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
      return `${neg ? '-' : ''}${intShown}${decimals ? '.' + frac : ''}`;
    });

  test('a printed figure reads as the Decimal of its digits, and its units are that figure in its last place', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const a = parseAmountText(text);
        if (a.kind !== 'number') throw new Error(`${text} did not read`);
        expect(a.value.equals(new Decimal(text.replace(/,/g, '')))).toBe(true);
        if (a.units !== undefined) expect(new Decimal(a.units).equals(a.value.times(new Decimal(10).pow(a.decimals)))).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  test('compareTotal gives the same answer with and without whole units', () => {
    const fig = figureText.map((t) => parseAmountText(t) as Figure);
    fc.assert(
      fc.property(fig, fc.array(fig, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), (total, parts, exact, makeEqual) => {
        // Half the time the total is made the exact sum, so the whole-unit path is taken.
        const sum = parts.reduce((s, p) => s.plus(p.value), new Decimal(0));
        const decimals = Math.max(...parts.map((p) => p.decimals));
        const t = makeEqual ? (parseAmountText(sum.toFixed(decimals)) as Figure) : total;
        const plain = (f: Figure): Figure => ({ value: f.value, decimals: f.decimals });
        const fast = compareTotal(t, parts, exact);
        const slow = compareTotal(plain(t), parts.map(plain), exact);
        expect([fast.agreement, fast.sum.toFixed(), fast.difference.toFixed(), fast.tolerance.toFixed()]).toEqual([slow.agreement, slow.sum.toFixed(), slow.difference.toFixed(), slow.tolerance.toFixed()]);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
