import { jsonDepth } from './json-body';

describe('jsonDepth', () => {
  it.each([
    ['a scalar', '42', 0],
    ['a flat object', '{"a":1,"b":[]}', 2],
    ['an owner with an address', '{"address":{"street":"Rue Haute 1"}}', 2],
    ['brackets inside strings', '{"a":"[[[{{{","b":"\\"[["}', 1],
  ])('measures %s', (_, text, depth) => {
    expect(jsonDepth(text, 32)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(jsonDepth('['.repeat(100_000), 32)).toBe(Infinity);
  });
});
