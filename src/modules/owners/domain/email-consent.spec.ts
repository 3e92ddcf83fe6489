import { channelOn, ConsentSnapshot, OwnerConsents } from './email-consent';

const TODAY = '2026-05-01';
const given = (givenOn: string, withdrawnOn: string | null = null): ConsentSnapshot => ({
  id: `consent-${givenOn}`,
  organizationId: 'org',
  ownerId: 'owner',
  channel: 'email',
  givenOn,
  withdrawnOn,
  documentId: null,
  recordedBy: 'syndic',
  withdrawnBy: withdrawnOn ? 'syndic' : null,
});
const consent = (givenOn: string, documentId: string | null = null) => ({
  id: `new-${givenOn}`,
  givenOn,
  documentId,
  recordedBy: 'clerk',
});

describe('OwnerConsents', () => {
  it('records a consent given today or earlier, and e-mail applies from that day', () => {
    const consents = OwnerConsents.restore('org', 'owner', []);
    const recorded = consents.give(consent(TODAY, 'doc-1'), TODAY);
    expect(recorded).toMatchObject({ givenOn: TODAY, documentId: 'doc-1', recordedBy: 'clerk', withdrawnOn: null });
    expect(channelOn(consents.changes(), '2026-04-30')).toBe('registered_mail');
    expect(channelOn(consents.changes(), TODAY)).toBe('email');
  });

  it('refuses a consent dated after today with CONSENT_IN_FUTURE', () => {
    const consents = OwnerConsents.restore('org', 'owner', []);
    expect(() => consents.give(consent('2026-05-02'), TODAY)).toThrow(
      expect.objectContaining({ code: 'CONSENT_IN_FUTURE', kind: 'rule_violated' }) as Error,
    );
    expect(consents.changes()).toEqual([]);
  });

  it('corrects the consent in force instead of starting a second one', () => {
    const consents = OwnerConsents.restore('org', 'owner', [given('2025-01-10')]);
    consents.give(consent('2025-01-01', 'doc-2'), TODAY);
    expect(consents.changes()).toEqual([
      { ...given('2025-01-01'), id: 'consent-2025-01-10', documentId: 'doc-2', recordedBy: 'clerk' },
    ]);
  });

  it('withdraws from today, keeps the history, and withdraws nothing twice', () => {
    const consents = OwnerConsents.restore('org', 'owner', [given('2025-01-10')]);
    expect(consents.withdraw(TODAY, 'clerk')).toMatchObject({ withdrawnOn: TODAY, withdrawnBy: 'clerk' });
    expect(consents.withdraw(TODAY, 'clerk')).toBeNull();
    const history = consents.changes();
    expect(channelOn(history, '2026-04-30')).toBe('email');
    expect(channelOn(history, TODAY)).toBe('registered_mail');
  });

  it('takes a new consent from the day of the last withdrawal on, never before it', () => {
    const history = [given('2024-01-01', '2025-06-01')];
    expect(() => OwnerConsents.restore('org', 'owner', history).give(consent('2025-05-31'), TODAY)).toThrow(
      expect.objectContaining({ code: 'CONSENT_BEFORE_WITHDRAWAL' }) as Error,
    );
    const consents = OwnerConsents.restore('org', 'owner', history);
    consents.give(consent('2025-06-01'), TODAY);
    expect(channelOn([...history, ...consents.changes()], '2025-06-01')).toBe('email');
  });
});
