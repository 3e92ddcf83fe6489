import { closeBooks, CloseBooksInput } from './book-closing';

const NOW = { instant: new Date('2026-03-20T10:00:00Z'), today: '2026-03-20' };
const input = (overrides: Partial<CloseBooksInput> = {}): CloseBooksInput => ({
  id: 'c-1',
  organizationId: 'org-1',
  buildingId: 'b-1',
  until: '2025-12-31',
  closedBy: 'u-1',
  note: '  AGO 2026-03-14, résolution 3 ',
  ...overrides,
});

describe('closing the books of a building', () => {
  it('records the first closing with who closed it, when, and the assembly decision', () => {
    expect(closeBooks(input(), null, NOW)).toEqual({
      id: 'c-1',
      organizationId: 'org-1',
      buildingId: 'b-1',
      until: '2025-12-31',
      closedAt: NOW.instant,
      closedBy: 'u-1',
      note: 'AGO 2026-03-14, résolution 3',
    });
    expect(closeBooks(input({ note: '   ' }), null, NOW).note).toBeNull();
  });

  it('only moves forward: the same day or an earlier one than the last closing is refused (409)', () => {
    expect(() => closeBooks(input({ until: '2025-12-31' }), '2025-12-31', NOW)).toThrow(
      expect.objectContaining({
        code: 'CLOSING_NOT_AFTER_LAST',
        params: { until: '2025-12-31', lastUntil: '2025-12-31' },
      }),
    );
    expect(() => closeBooks(input({ until: '2024-12-31' }), '2025-12-31', NOW)).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
    expect(closeBooks(input({ until: '2026-01-01' }), '2025-12-31', NOW).until).toBe('2026-01-01');
  });

  it('closes up to today at the latest: an assembly approves the accounts of a period that is over (422)', () => {
    expect(closeBooks(input({ until: '2026-03-20' }), null, NOW).until).toBe('2026-03-20');
    expect(() => closeBooks(input({ until: '2026-03-21' }), null, NOW)).toThrow(
      expect.objectContaining({ code: 'CLOSING_IN_FUTURE', kind: 'rule_violated' }),
    );
  });

  it('refuses a day that is not a date, and a note above 500 characters (400)', () => {
    expect(() => closeBooks(input({ until: '2025-02-30' }), null, NOW)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', params: { field: 'until' } }),
    );
    expect(() => closeBooks(input({ note: 'x'.repeat(501) }), null, NOW)).toThrow(
      expect.objectContaining({ params: { field: 'note' } }),
    );
  });
});
