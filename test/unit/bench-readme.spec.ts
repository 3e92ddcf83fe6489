import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error -- the benchmark's report helpers are plain ES modules without type declarations
import { README_END, README_START, withLatestRun } from '../../bench/lib/report.mjs';

const ROOT = join(__dirname, '..', '..');
const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results', '2026-11-29.json'), 'utf8'));

describe("npm run bench writes the README's latest-run table", () => {
  it('replaces only the block between the markers, with the run, its commit and its runtime', () => {
    const readme = `# Title\n\nbefore\n${README_START}\nold table\n${README_END}\nafter\n`;
    const written: string = withLatestRun(readme, { ...results, commit: 'abc1234', date: '2027-01-02' });
    expect(written.startsWith('# Title\n\nbefore\n')).toBe(true);
    expect(written.endsWith(`${README_END}\nafter\n`)).toBe(true);
    expect(written).not.toContain('old table');
    expect(written).toContain('Latest run (2027-01-02, commit abc1234, Node 20.20.2, PostgreSQL 18.4 (embedded)');
    expect(written).toContain('| `GET /buildings/:id` | 1,733 |');
    expect(written).toContain('bare baseline: 67 %');
  });

  it('refuses a README without its markers rather than leaving a stale table', () => {
    expect(() => withLatestRun('# no markers\n', results)).toThrow(/markers/);
  });

  it("is what the committed README shows: the table is the latest committed run's", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const dates = readdirSync(join(ROOT, 'bench', 'results')).sort();
    const latest = JSON.parse(readFileSync(join(ROOT, 'bench', 'results', dates[dates.length - 1]), 'utf8'));
    expect(withLatestRun(readme, latest)).toBe(readme);
  });
});
