/** The demo data set of api.md: two Brussels buildings and a Liège organization that proves isolation. */
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_ADMIN_EMAIL = 'admin@demo.koprogo.be';

export const DEMO_ORGANIZATIONS = [
  {
    slug: 'syndic-grand-place',
    name: 'Syndic Grand-Place',
    contactEmail: 'contact@demo.koprogo.be',
    syndic: { email: 'syndic@demo.koprogo.be', firstName: 'Sophie', lastName: 'Lambert' },
    users: [
      { email: 'accountant@demo.koprogo.be', firstName: 'Marc', lastName: 'Dubois', role: 'accountant' as const },
      { email: 'owner@demo.koprogo.be', firstName: 'Élise', lastName: 'Vermeulen', role: 'owner' as const },
    ],
  },
  {
    slug: 'syndic-liege',
    name: 'Syndic Liège',
    contactEmail: 'contact@liege.koprogo.be',
    syndic: { email: 'syndic@liege.koprogo.be', firstName: 'Jean', lastName: 'Renard' },
    users: [],
  },
];

export interface DemoUnit {
  readonly unitNumber: string;
  readonly type: 'apartment' | 'commercial' | 'parking' | 'cellar' | 'other';
  readonly floor: number;
  readonly surfaceArea: number;
  readonly quota: number;
}

export interface DemoBuilding {
  readonly name: string;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
  readonly constructionYear: number;
  readonly units: readonly DemoUnit[];
  /** A distribution key of the statutes: the lift, charged to the upper floors only, by unit number → weight. */
  readonly liftKey?: Readonly<Record<string, number>>;
  /** A quota revision decided by the assembly (unanimity), from the first day of a month some months ago. */
  readonly quotaRevision?: {
    readonly monthsAgo: number;
    readonly decisionRef: string;
    /** Unit number → its new quota; the building total still holds on every date. */
    readonly quotas: Readonly<Record<string, number>>;
  };
  /** The owners (by email) whose payments go wrong: one in arrears, one with a credit. */
  readonly money?: { readonly late?: string; readonly overpaying?: string };
}

/** Quotas sum exactly to the 1000 of each building. */
export const DEMO_BUILDINGS: Record<string, readonly DemoBuilding[]> = {
  'syndic-grand-place': [
    {
      name: 'Résidence Les Marolles',
      address: 'Rue Haute 112',
      postalCode: '1000',
      city: 'Bruxelles',
      constructionYear: 1962,
      units: [
        { unitNumber: 'A0', type: 'commercial', floor: 0, surfaceArea: 95.5, quota: 180 },
        { unitNumber: 'A1', type: 'apartment', floor: 1, surfaceArea: 78.25, quota: 220 },
        { unitNumber: 'A2', type: 'apartment', floor: 2, surfaceArea: 78.25, quota: 220 },
        { unitNumber: 'A3', type: 'apartment', floor: 3, surfaceArea: 64, quota: 200 },
        { unitNumber: 'P1', type: 'parking', floor: -1, surfaceArea: 12.5, quota: 90 },
        { unitNumber: 'C1', type: 'cellar', floor: -1, surfaceArea: 8, quota: 90 },
      ],
      liftKey: { A1: 1, A2: 2, A3: 3 },
      money: { late: 'pieter.desmet@example.be', overpaying: 'chantal.leroy@example.be' },
    },
    {
      name: 'Résidence Flagey',
      address: 'Avenue du Général de Gaulle 37',
      postalCode: '1050',
      city: 'Ixelles',
      constructionYear: 1934,
      units: [
        { unitNumber: '1', type: 'apartment', floor: 1, surfaceArea: 110, quota: 350 },
        { unitNumber: '2', type: 'apartment', floor: 2, surfaceArea: 110, quota: 350 },
        { unitNumber: '3', type: 'apartment', floor: 3, surfaceArea: 85.4, quota: 300 },
      ],
      quotaRevision: {
        monthsAgo: 4,
        decisionRef: 'AG extraordinaire, unanimité, acte modificatif des statuts',
        quotas: { '1': 340, '3': 310 },
      },
    },
  ],
  'syndic-liege': [
    {
      name: 'Résidence Outremeuse',
      address: 'Rue Puits-en-Sock 45',
      postalCode: '4020',
      city: 'Liège',
      constructionYear: 1978,
      units: [
        { unitNumber: '1A', type: 'apartment', floor: 1, surfaceArea: 72, quota: 500 },
        { unitNumber: '1B', type: 'apartment', floor: 1, surfaceArea: 72, quota: 500 },
      ],
    },
  ],
};

export const DEMO_OWNERS: Record<
  string,
  ReadonlyArray<{ firstName: string; lastName: string; email: string; phone: string; linkUser?: string }>
> = {
  'syndic-grand-place': [
    {
      firstName: 'Élise',
      lastName: 'Vermeulen',
      email: 'owner@demo.koprogo.be',
      phone: '+32 470 12 34 56',
      linkUser: 'owner@demo.koprogo.be',
    },
    { firstName: 'Thomas', lastName: 'Vermeulen', email: 'thomas.vermeulen@example.be', phone: '+32 471 22 33 44' },
    { firstName: 'Fatima', lastName: 'El Amrani', email: 'fatima.elamrani@example.be', phone: '+32 472 55 66 77' },
    { firstName: 'Pieter', lastName: 'De Smet', email: 'pieter.desmet@example.be', phone: '+32 473 88 99 00' },
    { firstName: 'Chantal', lastName: 'Leroy', email: 'chantal.leroy@example.be', phone: '+32 2 512 34 56' },
  ],
  'syndic-liege': [
    { firstName: 'Marie', lastName: 'Lejeune', email: 'marie.lejeune@example.be', phone: '+32 4 223 45 67' },
  ],
};

/** Unit number → owners (by email) and shares. A1 is the 60/40 co-owned unit. */
export const DEMO_OWNERSHIPS: Record<string, Record<string, ReadonlyArray<[string, string]>>> = {
  'Résidence Les Marolles': {
    A0: [['chantal.leroy@example.be', '100']],
    A1: [
      ['owner@demo.koprogo.be', '60'],
      ['thomas.vermeulen@example.be', '40'],
    ],
    A2: [['fatima.elamrani@example.be', '100']],
    A3: [['pieter.desmet@example.be', '100']],
    P1: [['owner@demo.koprogo.be', '100']],
    C1: [['fatima.elamrani@example.be', '100']],
  },
  'Résidence Flagey': {
    '1': [['pieter.desmet@example.be', '100']],
    '2': [['chantal.leroy@example.be', '100']],
    '3': [
      ['fatima.elamrani@example.be', '50'],
      ['pieter.desmet@example.be', '50'],
    ],
  },
  'Résidence Outremeuse': {
    '1A': [['marie.lejeune@example.be', '100']],
    '1B': [['marie.lejeune@example.be', '100']],
  },
};
