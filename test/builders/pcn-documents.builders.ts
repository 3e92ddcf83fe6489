import type {
  PcnAccountLine,
  PcnBuildingReport,
  PcnDocumentContext,
  PcnExpenseLine,
  PcnLanguage,
  PcnUnitTotal,
} from '@modules/pcn';

export function aPcnDocumentContext(overrides: Partial<PcnDocumentContext> = {}): PcnDocumentContext {
  return {
    organizationName: 'Syndic Grand-Place',
    building: { name: 'Résidence Les Érables', address: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    generatedAt: new Date('2026-03-02T08:05:00Z'),
    ...overrides,
  };
}

/** The sample report's context with the firm's letterhead, the association's number, and each unit's quota and owners. */
export function aLetterheadPcnDocumentContext(): PcnDocumentContext {
  const id = (n: string) => `00000000-0000-4000-8000-${n.replace(/\W/g, '').padStart(12, '0')}`;
  return aPcnDocumentContext({
    issuer: {
      address: 'Avenue Louise 54, 1050 Ixelles',
      bceNumber: '0403.170.701',
      ipiNumber: '504.123',
      phone: '+32 2 123 45 67',
      email: 'gestion@grand-place.be',
      feesIban: 'BE68539007547034',
    },
    building: {
      name: 'Résidence Les Érables',
      address: 'Rue de la Loi 16',
      postalCode: '1000',
      city: 'Bruxelles',
      associationBce: '0850.123.440',
      totalQuota: 1000,
    },
    units: {
      [id('A-01')]: { quota: 500, owners: ['Dupont Marie'] },
      [id('B-02')]: { quota: 333, owners: ['Janssens Pieter', 'Peeters Anna'] },
      [id('P-03')]: { quota: 167, owners: ['Lefèvre Émile'] },
    },
  });
}

/**
 * A small report whose figures are all distinct, with thousands separators and a unit without some accounts. Its
 * units hold every quota: nothing is unallocated.
 */
export function aSamplePcnReport(lang: PcnLanguage = 'fr'): PcnBuildingReport {
  return {
    buildingId: '7d4f5c1e-8a40-4a8e-9a43-0c5d2b7f1a10',
    from: '2026-01-01',
    to: '2026-12-31',
    lang,
    accounts: [
      { accountCode: '610000', label: 'Entretien courant', count: 3, totalCents: 123456789, unallocatedCents: 0, coveredByReserveCents: 0 },
      { accountCode: '612000', label: 'Eau et énergie', count: 2, totalCents: 450011, unallocatedCents: 0, coveredByReserveCents: 0 },
      { accountCode: '614000', label: 'Assurances', count: 1, totalCents: 99, unallocatedCents: 0, coveredByReserveCents: 0 },
    ],
    totalCents: 123906899,
    unallocatedCents: 0,
    coveredByReserveCents: 0,
    units: [
      unit('A-01', 61728394, [['610000', 61728394]]),
      unit('B-02', 41152263 + 300007, [
        ['610000', 41152263],
        ['612000', 300007],
      ]),
      unit('P-03', 20576132 + 150004 + 99, [
        ['610000', 20576132],
        ['612000', 150004],
        ['614000', 99],
      ]),
    ],
  };
}

/** A building whose units hold 5/6 of the quotas: a sixth of every account stays with the building. */
export function aPcnReportWithUnallocated(lang: PcnLanguage = 'fr'): PcnBuildingReport {
  return {
    buildingId: '0c0b5d4e-3f21-4a55-8f0e-6b2d9c1a7e42',
    from: '2026-01-01',
    to: '2026-12-31',
    lang,
    accounts: [
      { accountCode: '610000', label: 'Entretien courant', count: 2, totalCents: 1234500, unallocatedCents: 205750, coveredByReserveCents: 0 },
      { accountCode: '612000', label: 'Eau et énergie', count: 1, totalCents: 999, unallocatedCents: 167, coveredByReserveCents: 0 },
    ],
    totalCents: 1235499,
    unallocatedCents: 205917,
    coveredByReserveCents: 0,
    units: [
      unit('A-01', 514375 + 416, [
        ['610000', 514375],
        ['612000', 416],
      ]),
      unit('B-02', 514375 + 416, [
        ['610000', 514375],
        ['612000', 416],
      ]),
    ],
  };
}

function unit(unitNumber: string, totalCents: number, accounts: Array<[string, number]>): PcnUnitTotal {
  return {
    unitId: `00000000-0000-4000-8000-${unitNumber.replace(/\W/g, '').padStart(12, '0')}`,
    unitNumber,
    totalCents,
    accounts: accounts.map(([accountCode, amountCents]) => ({ accountCode, amountCents })),
  };
}

export interface LargePcnFixture {
  report: PcnBuildingReport;
  expenses: PcnExpenseLine[];
}

/**
 * A consistent report built from generated expenses: account totals sum the lines; unit shares and the unallocated
 * part (a missing quota of 17) sum the totals.
 */
export function aLargePcnFixture(
  size: { units: number; accounts: number; expenses: number },
  lang: PcnLanguage = 'fr',
): LargePcnFixture {
  const random = seeded(2026);
  const codes = Array.from({ length: size.accounts }, (_, i) => String(610000 + i * 100));
  const expenses = Array.from({ length: size.expenses }, (_, i) => anExpenseLine(i, codes, random));
  const quotas = Array.from({ length: size.units }, () => 1 + Math.floor(random() * 20));
  const accounts: PcnAccountLine[] = codes.map((accountCode) => {
    const lines = expenses.filter((line) => line.accountCode === accountCode);
    const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
    return {
      accountCode,
      label: `Compte de charges ${accountCode}`,
      count: lines.length,
      totalCents,
      unallocatedCents: 0,
      coveredByReserveCents: 0,
    };
  });
  const shares = accounts.map((account) => splitByQuota(account.totalCents, [...quotas, MISSING_QUOTA]));
  accounts.forEach((account, a) => (account.unallocatedCents = shares[a][quotas.length]));
  const units = quotas.map((_, u) => {
    const lines = accounts.map((account, a) => ({ accountCode: account.accountCode, amountCents: shares[a][u] }));
    const unitNumber = `${String.fromCharCode(65 + (u % 8))}-${String(u + 1).padStart(3, '0')}`;
    return { ...unit(unitNumber, 0, []), totalCents: lines.reduce((s, l) => s + l.amountCents, 0), accounts: lines };
  });
  const totalCents = accounts.reduce((sum, account) => sum + account.totalCents, 0);
  const unallocatedCents = accounts.reduce((sum, account) => sum + account.unallocatedCents, 0);
  const report = { buildingId: 'b0000000-0000-4000-8000-000000000001', from: '2026-01-01', to: '2026-12-31', lang };
  return { report: { ...report, accounts, totalCents, unallocatedCents, coveredByReserveCents: 0, units }, expenses };
}

const MISSING_QUOTA = 17;

function anExpenseLine(index: number, codes: string[], random: () => number): PcnExpenseLine {
  const day = 1 + (index % 28);
  const month = 1 + (index % 12);
  return {
    date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    accountCode: codes[index % codes.length],
    category: ['maintenance', 'repairs', 'cleaning', 'utilities', 'insurance'][index % 5],
    description: `Facture ${index + 1} – entretien des parties communes`,
    supplier: index % 7 === 0 ? null : `Fournisseur ${index % 40}`,
    invoiceNumber: index % 9 === 0 ? null : `F-2026-${String(index + 1).padStart(5, '0')}`,
    amountCents: 100 + Math.floor(random() * 2_500_000),
    status: (['paid', 'pending', 'overdue'] as const)[index % 3],
  };
}

// Largest remainder, so the shares are whole cents that add up to the total exactly.
function splitByQuota(totalCents: number, quotas: number[]): number[] {
  const quotaSum = quotas.reduce((s, q) => s + q, 0);
  const shares = quotas.map((q) => Math.floor((totalCents * q) / quotaSum));
  const order = quotas
    .map((q, i) => ({ i, remainder: (totalCents * q) % quotaSum }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = totalCents - shares.reduce((s, v) => s + v, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    shares[i] += 1;
  }
  return shares;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
