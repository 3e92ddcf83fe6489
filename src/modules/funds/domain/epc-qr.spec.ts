import { epcAmount, epcBeneficiaryName, epcQrPayload, EpcTransfer, ogmDigits } from './epc-qr';
import { InvalidEpcTransfer } from './epc-qr.errors';

const transfer = (overrides: Partial<EpcTransfer> = {}): EpcTransfer => ({
  beneficiaryName: 'ACP Résidence Les Érables',
  iban: 'BE68 5390 0754 7034',
  amountCents: 14063,
  ogm: '+++042/0007/00108+++',
  ...overrides,
});

function refusal(action: () => unknown): InvalidEpcTransfer {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidEpcTransfer) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('EPC QR payload (EPC069-12 version 002)', () => {
  it('writes the ten lines a Belgian banking app reads, the OGM as 12 digits in the structured remittance', () => {
    expect(epcQrPayload(transfer())).toBe(
      'BCD\n002\n1\nSCT\n\nACP Résidence Les Érables\nBE68539007547034\nEUR140.63\n\n042000700108',
    );
  });

  it('carries the BIC when given, upper-cased and without spaces', () => {
    expect(epcQrPayload(transfer({ bic: 'gkcc be bb', amountCents: 1, ogm: '000000001212' }))).toBe(
      'BCD\n002\n1\nSCT\nGKCCBEBB\nACP Résidence Les Érables\nBE68539007547034\nEUR0.01\n\n000000001212',
    );
  });

  it('writes amounts from integer cents, two decimals, no thousands separator', () => {
    expect(epcAmount(1)).toBe('EUR0.01');
    expect(epcAmount(100)).toBe('EUR1.00');
    expect(epcAmount(12345)).toBe('EUR123.45');
    expect(epcAmount(56250)).toBe('EUR562.50');
    expect(epcAmount(99_999_999_999)).toBe('EUR999999999.99');
  });

  it.each([0, -1, 100_000_000_000, 12.5, Number.NaN])('refuses the amount %p', (cents) => {
    expect(refusal(() => epcQrPayload(transfer({ amountCents: cents }))).field).toBe('amountCents');
  });

  it('keeps a 70-character name and refuses a 71-character one', () => {
    const seventy = 'É'.repeat(70);
    expect(epcQrPayload(transfer({ beneficiaryName: seventy }))).toContain(`\n${seventy}\n`);
    const error = refusal(() => epcQrPayload(transfer({ beneficiaryName: 'É'.repeat(71) })));
    expect(error.field).toBe('beneficiaryName');
    expect(error.code).toBe('INVALID_EPC_TRANSFER');
  });

  it('shortens a long name on request, and puts a name on one line', () => {
    expect(epcBeneficiaryName(`ACP ${'x'.repeat(80)}`, true)).toHaveLength(70);
    expect(epcBeneficiaryName('ACP  Les\nÉrables ')).toBe('ACP Les Érables');
    expect(refusal(() => epcBeneficiaryName('   ', true)).field).toBe('beneficiaryName');
  });

  it('refuses an IBAN whose check fails and a malformed BIC', () => {
    expect(refusal(() => epcQrPayload(transfer({ iban: 'BE68539007547035' }))).field).toBe('iban');
    expect(refusal(() => epcQrPayload(transfer({ bic: 'GKCC' }))).field).toBe('bic');
  });

  it('reads the OGM in its printed form or as digits, and refuses a wrong check', () => {
    expect(ogmDigits('+++042/0007/00108+++')).toBe('042000700108');
    expect(ogmDigits('+++000/0012/34526+++')).toBe('000001234526');
    expect(ogmDigits('000000009797')).toBe('000000009797'); // 97 mod 97 = 0, written 97
    expect(refusal(() => ogmDigits('+++042/0007/00109+++')).field).toBe('ogm');
    expect(refusal(() => ogmDigits('RF18539007547034')).field).toBe('ogm');
  });

  it('refuses a payload over 331 bytes', () => {
    // 70 three-byte characters (210 bytes) fit; with a BIC the payload stays under 331 bytes.
    expect(() => epcQrPayload(transfer({ beneficiaryName: '€'.repeat(70), bic: 'GKCCBEBB' }))).not.toThrow();
    const fourBytes = '😀'.repeat(70); // 280 bytes for the name alone
    expect(refusal(() => epcQrPayload(transfer({ beneficiaryName: fourBytes }))).field).toBe('payload');
  });
});
