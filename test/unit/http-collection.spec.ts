import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpCollection, OpenApiDocument, ROOT } from '../../scripts/http-collection';

const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as OpenApiDocument;
const collection = httpCollection(document);

describe('api.http, the request collection', () => {
  it('is what `npm run http-collection` writes from the committed openapi.json', () => {
    expect(readFileSync(join(ROOT, 'api.http'), 'utf8')).toBe(collection);
  });

  it('has one request per operation, signing in first', () => {
    const operations = Object.values(document.paths).flatMap((methods) => Object.keys(methods));
    const requests = collection.split('\n').filter((line) => line.startsWith('### '));
    expect(requests).toHaveLength(operations.length);
    expect(requests[0]).toMatch(/^### POST \/auth\/login/);
  });

  it('uses only variables it declares', () => {
    const declared = new Set([...collection.matchAll(/^@(\w+) =/gm)].map((match) => match[1]));
    const used = new Set([...collection.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]));
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
  });
});
