import { LOT_RULES, lotRegime } from './lots';

describe('lotRegime (art. 3.90 Civil Code, RD 12 July 2012)', () => {
  it('leaves a building of 19 lots free of a board, with simplified accounts', () => {
    expect(lotRegime(19)).toEqual({ lotCount: 19, boardRequired: false, accountingMode: 'simplified' });
  });

  it('requires a board and full accounts from 20 lots', () => {
    expect(lotRegime(20)).toEqual({ lotCount: 20, boardRequired: true, accountingMode: 'full' });
    expect(lotRegime(21).accountingMode).toBe('full');
  });

  it('treats an empty building as small', () => {
    expect(lotRegime(0)).toMatchObject({ boardRequired: false, accountingMode: 'simplified' });
  });

  it('does not count parkings, garages and cellars as lots', () => {
    expect([...LOT_RULES.notCountedTypes].sort()).toEqual(['cellar', 'garage', 'parking']);
  });
});
