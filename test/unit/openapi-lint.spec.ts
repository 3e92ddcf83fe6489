import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const document = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8')) as {
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
};

interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; format?: string } }> }>;
}

/** What integrators' tools say about the committed openapi.json: nothing. */
describe('openapi.json', () => {
  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const { stdout } = await run(bin('redocly'), ['lint', 'openapi.json', '--format=json'], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout: string }) => error);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("passes Spectral's spectral:oas ruleset without an error or a warning", async () => {
    const { stdout } = await run(bin('spectral'), ['lint', 'openapi.json', '--format=json', '--quiet'], {
      cwd: root,
    }).catch((error: { stdout: string }) => error);
    const findings = JSON.parse(stdout || '[]') as { code: string; path: string[]; message: string }[];
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`)).toEqual([]);
  });

  it('matches the committed TypeScript client types (run `npm run client`)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'koprogo-client-'));
    try {
      const out = join(folder, 'openapi.d.ts');
      await run(bin('openapi-typescript'), ['openapi.json', '-o', out], { cwd: root });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'test', 'client', 'openapi.d.ts'), 'utf8'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));

  it.each(operations.map((operation) => [operation.operationId, operation] as const))(
    '%s documents its success body, summary, description, tag and security',
    (_, operation) => {
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
      expect(operation.tags).toHaveLength(1);
      expect(document.tags.map((tag) => tag.name)).toContain(operation.tags![0]);
      const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      // One success, or an idempotent create: 201 created and 200 with the resource already kept, of one schema.
      expect(successes.length).toBeGreaterThan(0);
      if (successes.length > 1) {
        expect(successes.map(([status]) => status)).toEqual(['200', '201']);
        const [ok, created] = successes.map(([, success]) => JSON.stringify(success.content));
        expect(ok).toBe(created);
      }
      for (const [status, success] of successes) {
        if (status === '204') {
          expect(success.content).toBeUndefined();
        } else {
          // A named schema for JSON; bytes with their content types for files.
          const media = Object.entries(success.content ?? {});
          expect(media.length).toBeGreaterThan(0);
          for (const [type, { schema }] of media) {
            if (type.endsWith('json')) expect(schema?.$ref).toMatch(/^#\/components\/schemas\/\w+$/);
            else expect(schema?.format).toBe('binary');
          }
        }
      }
      if (operation.security?.length !== 0) expect(operation.responses['401']).toBeDefined();
    },
  );
});
