import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';
import { EvalCsvError, parseEvalCsv, readEvalCsv } from './eval-csv.ts';
import { evaluate, formatEvaluation } from './evaluate.ts';

describe('evaluate', () => {
  it('computes metrics per SDG and their average on a hand-checked example', () => {
    const rows = [
      { text: 'a', sdg: 4, label: true }, // suggested {4}: TP
      { text: 'b', sdg: 4, label: false }, // suggested {4}: FP
      { text: 'c', sdg: 4, label: true }, // suggested {}: FN
      { text: 'c', sdg: 9, label: false }, // TN
    ];
    const suggested: Record<string, number[]> = { a: [4], b: [4], c: [] };
    const result = evaluate(rows, (t) => suggested[t]);
    const sdg4 = result.perSdg.get(4)!;
    assert.equal(sdg4.n, 3);
    assert.equal(sdg4.accuracy, 1 / 3);
    assert.equal(sdg4.precision, 1 / 2);
    assert.equal(sdg4.recall, 1 / 2);
    assert.equal(sdg4.f1, 1 / 2);
    assert.equal(result.perSdg.get(9)!.accuracy, 1);
    assert.equal(result.average.accuracy, (1 / 3 + 1) / 2);
    assert.equal(result.overall.accuracy, 2 / 4);
    assert.match(formatEvaluation(result), /SDG 4\s+3\s+33\.3%/);
  });

  it('parses CSV and reports bad rows with line numbers', () => {
    const rows = parseEvalCsv('text,sdg,label\n"Schools, teachers",4,True\nRoads,SDG-9,false\n');
    assert.deepEqual(rows, [{ text: 'Schools, teachers', sdg: 4, label: true }, { text: 'Roads', sdg: 9, label: false }]);
    assert.throws(() => parseEvalCsv('text,sdg,label\nok,4,True\nbad,18,True\nworse,3,maybe\n'), (e: unknown) =>
      e instanceof EvalCsvError && e.problems[0].startsWith('line 3: sdg "18"') && e.problems[1].startsWith('line 4: label "maybe"'));
    assert.throws(() => parseEvalCsv('words,goal\nx,1\n'), /header must name/);
  });

  it('keeps the good rows of a partly bad file, and reads a file without a header as text, sdg, label', () => {
    const { rows, problems } = readEvalCsv('label,text,sdg\nTRUE,Clean water,SDG 06\nmaybe,x,3\n');
    assert.deepEqual(rows, [{ text: 'Clean water', sdg: 6, label: true }]);
    assert.deepEqual(problems, ['line 3: label "maybe" is not True or False']);
    assert.deepEqual(readEvalCsv('Solar mini-grids,7,True\nRoads,9,False\n').rows.map((r) => r.sdg), [7, 9]);
  });

  it('keeps the development set average accuracy at or above 0.88 (regression guard)', () => {
    const rows = parseEvalCsv(readFileSync(new URL('../../../test/fixtures/classify/dev.csv', import.meta.url), 'utf8'));
    assert.ok(rows.length >= 300);
    const result = evaluate(rows, (t) => classify(t).sdgs.filter((s) => !s.target).map((s) => s.goal));
    assert.ok(result.average.accuracy >= 0.88, formatEvaluation(result));
  });
});
