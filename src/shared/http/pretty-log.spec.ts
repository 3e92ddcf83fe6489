import { prettyDestination, prettyLine } from './pretty-log';

const at = (h: number, m: number, s: number, ms: number) => new Date(2026, 11, 7, h, m, s, ms).getTime();

describe('prettyLine', () => {
  it('prints a request as one line: time, level, method, path, status, duration and request id', () => {
    const line = JSON.stringify({
      level: 30,
      time: at(9, 14, 5, 20),
      pid: 1,
      hostname: 'h',
      req: { id: 'r-1', method: 'GET', path: '/api/v1/buildings' },
      res: { statusCode: 200 },
      responseTime: 3.14,
      msg: 'GET /api/v1/buildings 200',
    });
    expect(prettyLine(line)).toBe('09:14:05.020 INFO  GET /api/v1/buildings 200 3.1 ms (request r-1)');
  });

  it('names the context, shows other fields, and prints an error stack under its line', () => {
    const line = JSON.stringify({
      level: 50,
      time: at(9, 0, 0, 0),
      context: 'Problem',
      requestId: 'r-2',
      attempt: 2,
      err: { type: 'Error', message: 'boom', stack: 'Error: boom\n    at f (a.ts:1:1)' },
      msg: 'Unexpected error',
    });
    expect(prettyLine(line)).toBe(
      '09:00:00.000 ERROR [Problem] Unexpected error attempt=2 (request r-2)\n    Error: boom\n        at f (a.ts:1:1)',
    );
  });

  it('colors the level on a terminal and passes a line that is not JSON through', () => {
    const written: string[] = [];
    prettyDestination({ write: (text) => written.push(text) }, true).write(
      JSON.stringify({ level: 40, time: at(1, 2, 3, 4), msg: 'careful' }),
    );
    expect(written[0]).toContain('\u001b[33mWARN \u001b[0m');
    expect(written[0]).toMatch(/careful\n$/);
    expect(prettyLine('plain text\n')).toBe('plain text');
  });
});
