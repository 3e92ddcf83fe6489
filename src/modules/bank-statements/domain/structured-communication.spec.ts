import { formatStructuredCommunication, structuredCommunicationDigits } from './structured-communication';

describe('structured communication (OGM) as statements carry it', () => {
  it.each([
    ['+++042/0007/00108+++', '042000700108'],
    ['+++000/0012/34526+++', '000001234526'],
    ['000000009797', '000000009797'],
    ['***042/0007/00108***', '042000700108'],
    [' 042 0007 00108 ', '042000700108'],
  ])('reads %s as %s (domain.md examples, base mod 97, 0 becomes 97)', (written, digits) => {
    expect(structuredCommunicationDigits(written)).toBe(digits);
  });

  it.each(['042000700109', '000000009700', '04200070010', 'abc000700108', '+++042/0007/00108'])(
    'refuses %s (wrong check or not 12 digits)',
    (written) => {
      expect(structuredCommunicationDigits(written)).toBeNull();
    },
  );

  it('prints the digits the way payment letters show them', () => {
    expect(formatStructuredCommunication('000001234526')).toBe('+++000/0012/34526+++');
  });
});
