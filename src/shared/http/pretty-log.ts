/**
 * A readable form of pino's JSON lines for development, one line per event:
 *
 *   09:14:02.311 INFO  [Bootstrap] KoproGo API on http://0.0.0.0:8080/api/v1 (docs at /docs)
 *   09:14:05.020 INFO  GET /api/v1/buildings 200 3.1 ms (request 5f0c…)
 *   09:14:06.402 ERROR GET /api/v1/expenses 500 12.0 ms (request 77a1…)
 *       Error: connection terminated
 *           at …
 *
 * Other fields follow as `key=value`; an error's stack is printed under its line. Production keeps the JSON.
 */
const LEVELS: Record<number, { name: string; color: number }> = {
  10: { name: 'TRACE', color: 90 },
  20: { name: 'DEBUG', color: 90 },
  30: { name: 'INFO', color: 32 },
  40: { name: 'WARN', color: 33 },
  50: { name: 'ERROR', color: 31 },
  60: { name: 'FATAL', color: 35 },
};
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'context', 'req', 'res', 'responseTime', 'err']);

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A pino destination that writes each line in its readable form to `output` (colored on a terminal). */
export function prettyDestination(output: Output, colors = Boolean(output.isTTY) && !process.env.NO_COLOR) {
  return { write: (line: string) => output.write(`${prettyLine(line, colors)}\n`) };
}

export function prettyLine(line: string, colors = false): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const paint = (color: number, text: string) => (colors ? `\u001b[${color}m${text}\u001b[0m` : text);
  const level = LEVELS[Number(entry.level)] ?? { name: String(entry.level), color: 0 };
  const parts = [paint(90, clock(entry.time)), paint(level.color, level.name.padEnd(5))];
  if (typeof entry.context === 'string') parts.push(paint(36, `[${entry.context}]`));
  parts.push(typeof entry.msg === 'string' ? entry.msg : '');
  if (typeof entry.responseTime === 'number') parts.push(`${entry.responseTime.toFixed(1)} ms`);
  const requestId = (entry.req as { id?: unknown } | undefined)?.id ?? entry.requestId;
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key) && key !== 'requestId')
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  parts.push(...fields);
  if (requestId !== undefined) parts.push(paint(90, `(request ${String(requestId)})`));
  const text = parts.filter((part) => part !== '').join(' ');
  const stack = errorText(entry.err);
  return stack ? `${text}\n${indent(stack)}` : text;
}

function clock(time: unknown): string {
  const date = new Date(typeof time === 'number' ? time : Date.now());
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

function errorText(err: unknown): string | undefined {
  if (err === undefined || err === null) return undefined;
  if (typeof err !== 'object') return String(err);
  const { stack, message, type } = err as { stack?: unknown; message?: unknown; type?: unknown };
  if (typeof stack === 'string') return stack;
  return `${typeof type === 'string' ? type : 'Error'}: ${String(message)}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
