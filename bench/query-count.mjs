// Counts the queries each route sends to PostgreSQL, one request at a time, by wrapping pg's Client#query in this
// process (the application's pool uses that same class). Each call is one round trip (a simple-protocol call may
// carry several statements, such as "BEGIN; SELECT set_config(…)"). A list route whose count grows with the page
// size issues queries per row (N+1). Used by bench/prepare.mjs; a test can use the same wrapping around app.inject().
import { requireDist } from './lib/app.mjs';
import { BENCH_PASSWORD, syndicEmail } from './lib/env.mjs';

/** Wraps pg's Client#query once; `capture(fn)` returns the statements `fn` issued. */
export function statementRecorder() {
  const { Client } = requireDist('pg');
  let current = null;
  if (!Client.prototype.query.__benchWrapped) {
    const original = Client.prototype.query;
    const wrapped = function (config, ...rest) {
      const text = String((typeof config === 'string' ? config : config?.text) ?? '');
      // A statement is prepared once per connection (PreparedStatements), not once per request.
      if (!text.startsWith('PREPARE ')) recorder.onStatement?.(text);
      return original.call(this, config, ...rest);
    };
    wrapped.__benchWrapped = true;
    Client.prototype.query = wrapped;
  }
  const recorder = {
    onStatement: (text) => current?.push(text),
    async capture(fn) {
      current = [];
      try {
        const result = await fn();
        return { result, statements: current };
      } finally {
        current = null;
      }
    },
  };
  return recorder;
}

const summarize = (statements) => ({
  queries: statements.length,
  transactions: statements.filter((s) => /^\s*(BEGIN|START TRANSACTION)/i.test(s)).length,
  sql: statements.map((s) => s.replace(/\s+/g, ' ').trim().slice(0, 90)),
});

/** The queries (round trips) per request of the main routes, for organization 1's syndic, after a warm-up call. */
export async function countQueries(api, recorder) {
  const app = api.app;
  const inject = async (method, url, { token, body } = {}) => {
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      payload: body ? JSON.stringify(body) : undefined,
    });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    return response.body ? JSON.parse(response.body) : undefined;
  };
  const login = { email: syndicEmail(1), password: BENCH_PASSWORD };
  const { accessToken: token } = await inject('POST', '/auth/login', { body: login });
  const building = (await inject('GET', '/buildings?perPage=1', { token })).data[0];
  const unit = (await inject('GET', `/buildings/${building.id}/units?perPage=1`, { token })).data[0];
  const expense = (await inject('GET', `/expenses?buildingId=${building.id}&perPage=1`, { token })).data[0];
  const owner = (await inject('GET', `/units/${unit.id}/owners?perPage=1`, { token })).data[0];
  const year = new Date().getUTCFullYear() - 1;
  const period = `from=${year}-01-01&to=${year}-12-31`;
  const newExpense = () => ({
    buildingId: building.id,
    category: 'repairs',
    description: 'Bench POST query count',
    amountCents: 12_345,
    expenseDate: `${year}-06-15`,
    vatRate: 21,
  });

  /** [label, method, url, body?, pageSizes?]: for lists, `{n}` is replaced by a small then a large page size. */
  const routes = [
    ['POST /auth/login', 'POST', '/auth/login', login],
    ['GET /buildings', 'GET', '/buildings?perPage={n}', undefined, [2, 10]],
    ['GET /buildings/:id', 'GET', `/buildings/${building.id}`],
    ['GET /buildings/:id/units', 'GET', `/buildings/${building.id}/units?perPage={n}`, undefined, [5, 20]],
    ['GET /units?buildingId=', 'GET', `/units?buildingId=${building.id}&perPage={n}`, undefined, [5, 20]],
    ['GET /units/:id/owners', 'GET', `/units/${unit.id}/owners?perPage={n}`, undefined, [1, 10]],
    ['GET /owners', 'GET', '/owners?perPage={n}', undefined, [5, 100]],
    [
      'GET /expenses?buildingId=&from=&to=',
      'GET',
      `/expenses?buildingId=${building.id}&${period}&perPage={n}`,
      undefined,
      [5, 100],
    ],
    ['GET /buildings/:id/expenses', 'GET', `/buildings/${building.id}/expenses?perPage={n}`, undefined, [5, 100]],
    ['GET /expenses/:id', 'GET', `/expenses/${expense.id}`],
    ['GET /expenses/:id/distribution', 'GET', `/expenses/${expense.id}/distribution`],
    ['POST /expenses', 'POST', '/expenses', newExpense],
    ['GET /buildings/:id/charges', 'GET', `/buildings/${building.id}/charges?${period}`],
    ['GET /owners/:id/statement', 'GET', `/owners/${owner.ownerId}/statement?${period}`],
    ['GET /meetings', 'GET', '/meetings?perPage={n}', undefined, [2, 20]],
    ['GET /buildings/:id/meetings', 'GET', `/buildings/${building.id}/meetings?perPage={n}`, undefined, [1, 2]],
    ['GET /pcn/:buildingId', 'GET', `/pcn/${building.id}?${period}`],
    ['GET /pcn/accounts', 'GET', '/pcn/accounts?perPage={n}', undefined, [2, 8]],
    ['GET /documents', 'GET', '/documents?perPage={n}', undefined, [5, 50]],
    ['GET /auth/me', 'GET', '/auth/me'],
  ];
  const results = [];
  for (const [label, method, url, body, pageSizes] of routes) {
    const call = (size) =>
      inject(method, url.replace('{n}', String(size ?? 20)), {
        token: label.startsWith('POST /auth') ? undefined : token,
        body: typeof body === 'function' ? body() : body,
      });
    await call(pageSizes?.[1]); // warm: first calls may initialise lazily (the chart of accounts, caches)
    const sizes = pageSizes ?? [undefined];
    const counted = [];
    for (const size of sizes) {
      const { result, statements } = await recorder.capture(() => call(size));
      const rows = Array.isArray(result?.data) ? result.data.length : undefined;
      counted.push({ perPage: size, rows, ...summarize(statements) });
    }
    const first = counted[0];
    const last = counted[counted.length - 1];
    results.push({
      route: label,
      queries: last.queries,
      transactions: last.transactions,
      ...(pageSizes
        ? {
            pages: counted.map(({ perPage, rows, queries }) => ({ perPage, rows, queries })),
            growsWithPageSize: last.queries > first.queries,
          }
        : {}),
      sql: last.sql,
    });
  }
  return results;
}
