// The benchmark's data set, generated deterministically (the same on every machine): Belgian buildings, units whose
// quotas add up to 1000, co-owners, four years of expenses and the coming general assemblies.
import { SIZES } from './env.mjs';

/** mulberry32: a small deterministic generator, enough to vary amounts and names. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  ['1000', 'Bruxelles'],
  ['1050', 'Ixelles'],
  ['1060', 'Saint-Gilles'],
  ['1180', 'Uccle'],
  ['2000', 'Antwerpen'],
  ['3000', 'Leuven'],
  ['4000', 'Liège'],
  ['5000', 'Namur'],
  ['6000', 'Charleroi'],
  ['7000', 'Mons'],
  ['8000', 'Brugge'],
  ['9000', 'Gent'],
];
const STREETS = [
  'Rue Haute',
  'Avenue Louise',
  'Chaussée de Charleroi',
  'Rue du Marché',
  'Boulevard d’Avroy',
  'Meir',
  'Veldstraat',
  'Rue de Fer',
  'Naamsestraat',
  'Rue de la Station',
  'Steenstraat',
  'Place Flagey',
];
const RESIDENCES = [
  'Les Marolles',
  'Flagey',
  'Outremeuse',
  'Bel-Air',
  'Les Tilleuls',
  'Parc Royal',
  'Ter Kameren',
  'Den Haag',
  'Mont des Arts',
  'Saint-Jacques',
];
const FIRST_NAMES = [
  'Sophie',
  'Marc',
  'Élise',
  'Thomas',
  'Fatima',
  'Pieter',
  'Chantal',
  'Jean',
  'Marie',
  'Luc',
  'Nathalie',
  'Koen',
  'Anneleen',
  'Mehdi',
  'Inès',
  'Bart',
  'Julie',
  'Olivier',
  'Sarah',
  'Wim',
];
const LAST_NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'Leroy',
  'Renard',
  'El Amrani',
  'Vermeulen',
  'Lejeune',
  'Martin',
  'Simon',
];

export function organizationSpec(n) {
  const city = CITIES[n % CITIES.length];
  return {
    name: `Syndic Bench ${String(n).padStart(2, '0')} ${city[1]}`,
    contactEmail: `contact@bench-${String(n).padStart(2, '0')}.koprogo.be`,
  };
}

/** Building `b` (0-based) of organization `n`: 20 units, quotas out of 1000. */
export function buildingSpec(n, b) {
  const rnd = random(n * 1000 + b);
  const [postalCode, city] = CITIES[(n + b) % CITIES.length];
  return {
    name: `Résidence ${RESIDENCES[b % RESIDENCES.length]} ${n}-${b + 1}`,
    address: `${STREETS[(n * 7 + b) % STREETS.length]} ${1 + Math.floor(rnd() * 200)}`,
    postalCode,
    city,
    country: 'BE',
    totalUnits: SIZES.unitsPerBuilding,
    totalQuota: 1000,
    constructionYear: 1900 + Math.floor(rnd() * 120),
  };
}

/** 16 apartments (50 or 60), 2 shops (40), a parking space and a cellar (20): 1000 in all. */
export function unitSpec(u) {
  if (u < 16) {
    const floor = 1 + Math.floor(u / 4);
    return {
      unitNumber: `${floor}${'ABCD'[u % 4]}`,
      type: 'apartment',
      floor,
      surfaceArea: u % 2 ? 84.5 : 71.25,
      quota: u % 2 ? 60 : 50,
    };
  }
  if (u < 18) return { unitNumber: `R${u - 15}`, type: 'commercial', floor: 0, surfaceArea: 95, quota: 40 };
  if (u === 18) return { unitNumber: 'P1', type: 'parking', floor: -1, surfaceArea: 12.5, quota: 20 };
  return { unitNumber: 'C1', type: 'cellar', floor: -1, surfaceArea: 8, quota: 20 };
}

export function ownerSpec(n, i) {
  const first = FIRST_NAMES[(i * 7 + n) % FIRST_NAMES.length];
  const last = LAST_NAMES[(i * 3 + n * 11) % LAST_NAMES.length];
  const slug = (text) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '');
  return {
    firstName: first,
    lastName: last,
    email: `${slug(first)}.${slug(last)}.${n}-${i}@example.be`,
    phone: `+32 47${i % 10} ${String(10 + (i % 90)).padStart(2, '0')} ${String(10 + ((i * 7) % 90))} ${String(10 + ((n * 13) % 90))}`,
  };
}

/**
 * Who owns unit `k` (0..199) of an organization: units 0..99 are co-owned 60/40 by owners k and 200+k, the others
 * belong to owner k alone; every one of the 300 owners holds exactly one share.
 */
export function ownershipsOfUnit(k) {
  const perOrganization = SIZES.buildingsPerOrganization * SIZES.unitsPerBuilding;
  const coOwned = SIZES.ownersPerOrganization - perOrganization;
  return k < coOwned
    ? [
        { owner: k, share: '60', isPrimaryContact: true },
        { owner: perOrganization + k, share: '40', isPrimaryContact: false },
      ]
    : [{ owner: k, share: '100', isPrimaryContact: true }];
}
export const OWNERSHIP_START = '2020-01-01';

const CATEGORY_TEMPLATES = {
  maintenance: {
    description: 'Entretien annuel de la chaudière',
    supplier: 'Vivaqua Chauffage',
    vatRate: 6,
    min: 20_000,
    max: 150_000,
  },
  repairs: {
    description: 'Réparation de la porte d’entrée',
    supplier: 'Menuiserie Dewitte',
    vatRate: 6,
    min: 10_000,
    max: 300_000,
  },
  cleaning: {
    description: 'Nettoyage des communs',
    supplier: 'Net & Clair SRL',
    vatRate: 21,
    min: 30_000,
    max: 60_000,
  },
  works: {
    description: 'Rénovation de la toiture (fonds de réserve)',
    supplier: 'Toitures Bruxelloises',
    vatRate: 6,
    min: 500_000,
    max: 4_000_000,
  },
  utilities: { description: 'Électricité des communs', supplier: 'Engie', vatRate: 6, min: 10_000, max: 60_000 },
  administration: { description: 'Honoraires du syndic', supplier: 'Syndic', vatRate: 21, min: 80_000, max: 120_000 },
  insurance: {
    description: 'Assurance incendie immeuble',
    supplier: 'AG Insurance',
    vatRate: 0,
    min: 150_000,
    max: 400_000,
  },
  other: {
    description: 'Frais de convocation et de reprographie',
    supplier: 'bpost',
    vatRate: 0,
    min: 2_000,
    max: 10_000,
  },
};
/** Frequent small charges, rare works. */
const CATEGORY_WHEEL = [
  'cleaning',
  'utilities',
  'maintenance',
  'cleaning',
  'administration',
  'utilities',
  'repairs',
  'cleaning',
  'utilities',
  'other',
  'maintenance',
  'insurance',
  'cleaning',
  'repairs',
  'utilities',
  'works',
];

const DAY_MS = 86_400_000;
export const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Expense `e` (0 = newest) of building `buildingIndex` (0..499), as an ExpensesService.create input, about every
 * 3.5 days back from `todayMs`: 400 expenses span almost four years. `paidAt` is set for expenses paid 20 days after
 * their date, when that day is already past.
 */
export function expenseSpec(buildingIndex, e, todayMs) {
  const rnd = random(buildingIndex * 100_003 + e);
  const category = CATEGORY_WHEEL[(e + buildingIndex) % CATEGORY_WHEEL.length];
  const t = CATEGORY_TEMPLATES[category];
  const day = todayMs - Math.floor(1 + e * 3.5) * DAY_MS;
  const expenseDate = isoDay(day);
  const paidMs = day + 20 * DAY_MS + 10 * 3_600_000;
  return {
    input: {
      category,
      description: `${t.description} (${expenseDate.slice(0, 7)})`,
      amountCents: t.min + Math.floor(rnd() * (t.max - t.min)),
      expenseDate,
      vatRate: t.vatRate,
      dueDate: isoDay(day + 30 * DAY_MS),
      supplier: t.supplier,
      invoiceNumber: `F-${expenseDate.slice(0, 4)}-${String(buildingIndex).padStart(3, '0')}${String(e).padStart(4, '0')}`,
    },
    createdAt: new Date(day + 9 * 3_600_000),
    paidAt: paidMs < todayMs - DAY_MS ? new Date(paidMs) : null,
  };
}

/** Meeting `m` of a building: the ordinary assembly in 3 to 8 weeks, an extraordinary one a little later. */
export function meetingSpec(buildingIndex, m, nowMs) {
  const days = 21 + (buildingIndex % 35) + m * 14;
  const at = new Date(Math.floor(nowMs / DAY_MS) * DAY_MS + days * DAY_MS + 17.5 * 3_600_000);
  return m === 0
    ? {
        type: 'ordinary',
        title: 'Assemblée générale ordinaire',
        scheduledAt: at.toISOString(),
        location: 'Salle polyvalente, rez-de-chaussée',
        agenda: [
          { title: 'Approbation des comptes de l’exercice', description: 'Comptes arrêtés au 31 décembre.' },
          { title: 'Décharge au syndic et au conseil de copropriété' },
          { title: 'Budget prévisionnel et appels de fonds', description: 'Fonds de roulement et fonds de réserve.' },
        ],
      }
    : {
        type: 'extraordinary',
        title: 'Assemblée générale extraordinaire: travaux de façade',
        scheduledAt: at.toISOString(),
        location: 'Salle polyvalente, rez-de-chaussée',
        agenda: [
          { title: 'Travaux de façade: devis et décision', description: 'Majorité des deux tiers (art. 3.88 §1er).' },
        ],
      };
}
