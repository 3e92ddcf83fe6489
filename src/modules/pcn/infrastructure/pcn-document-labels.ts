import type { PcnExpenseStatus, PcnLanguage } from '../domain/pcn-report';

/** Texts shared by the PCN PDF and workbook, so both documents say the same thing. */
export interface PcnDocumentLabels {
  title: string;
  organization: string;
  building: string;
  address: string;
  period: (from: string, to: string) => string;
  generatedAt: (dateTime: string) => string;
  accountsTitle: string;
  accountCode: string;
  accountLabel: string;
  count: string;
  total: string;
  grandTotal: string;
  /** Heading of the part of each account that no unit carries (missing quotas). */
  unallocated: string;
  unallocatedNote: string;
  /** Heading of the part of each account the reserve fund pays (charged to no unit). */
  coveredByReserve: string;
  coveredByReserveNote: string;
  noExpenses: string;
  unitsTitle: string;
  unit: string;
  breakdown: string;
  /** Before a unit's quota, "Quotité 125 / 1000". */
  quota: string;
  owners: string;
  vat: string;
  dueDate: string;
  paidDate: string;
  totalsRow: string;
  organizationAddress: string;
  organizationBce: string;
  ipiNumber: string;
  feesIban: string;
  associationBce: string;
  summarySheet: string;
  unitsSheet: string;
  expensesSheet: string;
  date: string;
  category: string;
  description: string;
  supplier: string;
  invoiceNumber: string;
  amount: string;
  status: string;
  statuses: Record<PcnExpenseStatus, string>;
  categories: Record<string, string>;
}

const FR: PcnDocumentLabels = {
  title: 'Rapport PCMN – charges par compte',
  organization: 'Syndic',
  building: 'Immeuble',
  address: 'Adresse',
  period: (from, to) => `Période du ${from} au ${to}`,
  generatedAt: (at) => `Généré le ${at} (heure de Bruxelles)`,
  accountsTitle: 'Charges par compte',
  accountCode: 'Compte',
  accountLabel: 'Libellé',
  count: 'Nombre',
  total: 'Total',
  grandTotal: 'Total général',
  unallocated: 'Non attribué',
  unallocatedNote:
    "Non attribué : la part des quotités qui ne sont encore attribuées à aucun lot ; elle reste à charge de l'immeuble.",
  coveredByReserve: 'Fonds de réserve',
  coveredByReserveNote:
    "Fonds de réserve : la part payée par le fonds de réserve (travaux décidés par l'assemblée) ; elle n'est pas répartie une seconde fois entre les lots.",
  noExpenses: 'Aucune dépense sur la période.',
  unitsTitle: 'Répartition par lot',
  unit: 'Lot',
  breakdown: 'Détail par compte',
  quota: 'Quotité',
  owners: 'Propriétaires',
  vat: 'dont TVA',
  dueDate: 'Échéance',
  paidDate: 'Payée le',
  totalsRow: 'Total',
  organizationAddress: 'Adresse du syndic',
  organizationBce: 'BCE du syndic',
  ipiNumber: 'N° IPI',
  feesIban: 'IBAN honoraires',
  associationBce: "BCE de l'ACP",
  summarySheet: 'Synthèse',
  unitsSheet: 'Lots',
  expensesSheet: 'Dépenses',
  date: 'Date',
  category: 'Catégorie',
  description: 'Description',
  supplier: 'Fournisseur',
  invoiceNumber: 'N° de facture',
  amount: 'Montant',
  status: 'Statut',
  statuses: { pending: 'À payer', paid: 'Payée', overdue: 'En retard' },
  categories: {
    maintenance: 'Entretien courant',
    repairs: 'Réparations',
    cleaning: 'Nettoyage',
    works: 'Travaux',
    utilities: 'Eau et énergie',
    administration: 'Gestion',
    insurance: 'Assurances',
    other: 'Autres',
  },
};

const NL: PcnDocumentLabels = {
  title: 'MAR-rapport – kosten per rekening',
  organization: 'Syndicus',
  building: 'Gebouw',
  address: 'Adres',
  period: (from, to) => `Periode van ${from} tot ${to}`,
  generatedAt: (at) => `Aangemaakt op ${at} (Brusselse tijd)`,
  accountsTitle: 'Kosten per rekening',
  accountCode: 'Rekening',
  accountLabel: 'Omschrijving',
  count: 'Aantal',
  total: 'Totaal',
  grandTotal: 'Algemeen totaal',
  unallocated: 'Niet toegewezen',
  unallocatedNote:
    'Niet toegewezen: het deel van de quotiteiten dat nog aan geen enkele kavel is toegewezen; het blijft ten laste van het gebouw.',
  coveredByReserve: 'Reservekapitaal',
  coveredByReserveNote:
    'Reservekapitaal: het deel dat het reservekapitaal betaalt (werken waartoe de algemene vergadering besliste); het wordt niet een tweede keer over de kavels verdeeld.',
  noExpenses: 'Geen uitgaven in deze periode.',
  unitsTitle: 'Verdeling per kavel',
  unit: 'Kavel',
  breakdown: 'Detail per rekening',
  quota: 'Aandeel',
  owners: 'Eigenaars',
  vat: 'waarvan btw',
  dueDate: 'Vervaldag',
  paidDate: 'Betaald op',
  totalsRow: 'Totaal',
  organizationAddress: 'Adres van de syndicus',
  organizationBce: 'KBO van de syndicus',
  ipiNumber: 'BIV-nummer',
  feesIban: 'IBAN erelonen',
  associationBce: 'KBO van de VME',
  summarySheet: 'Overzicht',
  unitsSheet: 'Kavels',
  expensesSheet: 'Uitgaven',
  date: 'Datum',
  category: 'Categorie',
  description: 'Omschrijving',
  supplier: 'Leverancier',
  invoiceNumber: 'Factuurnummer',
  amount: 'Bedrag',
  status: 'Status',
  statuses: { pending: 'Te betalen', paid: 'Betaald', overdue: 'Achterstallig' },
  categories: {
    maintenance: 'Gewoon onderhoud',
    repairs: 'Herstellingen',
    cleaning: 'Schoonmaak',
    works: 'Werken',
    utilities: 'Water en energie',
    administration: 'Beheer',
    insurance: 'Verzekeringen',
    other: 'Andere',
  },
};

const EN: PcnDocumentLabels = {
  title: 'PCN report – charges by account',
  organization: 'Property manager',
  building: 'Building',
  address: 'Address',
  period: (from, to) => `Period ${from} to ${to}`,
  generatedAt: (at) => `Generated on ${at} (Brussels time)`,
  accountsTitle: 'Charges by account',
  accountCode: 'Account',
  accountLabel: 'Label',
  count: 'Count',
  total: 'Total',
  grandTotal: 'Grand total',
  unallocated: 'Unallocated',
  unallocatedNote: 'Unallocated: the share of the quotas not yet attributed to any unit; it stays with the building.',
  coveredByReserve: 'Reserve fund',
  coveredByReserveNote:
    'Reserve fund: the part paid from the reserve fund (works decided by the assembly); it is not charged to the units a second time.',
  noExpenses: 'No expenses in this period.',
  unitsTitle: 'Breakdown by unit',
  unit: 'Unit',
  breakdown: 'Per account',
  quota: 'Quota',
  owners: 'Owners',
  vat: 'of which VAT',
  dueDate: 'Due date',
  paidDate: 'Paid on',
  totalsRow: 'Total',
  organizationAddress: 'Property manager address',
  organizationBce: 'Property manager BCE/KBO',
  ipiNumber: 'IPI number',
  feesIban: 'Fees IBAN',
  associationBce: 'Association BCE/KBO',
  summarySheet: 'Summary',
  unitsSheet: 'Units',
  expensesSheet: 'Expenses',
  date: 'Date',
  category: 'Category',
  description: 'Description',
  supplier: 'Supplier',
  invoiceNumber: 'Invoice number',
  amount: 'Amount',
  status: 'Status',
  statuses: { pending: 'Pending', paid: 'Paid', overdue: 'Overdue' },
  categories: {
    maintenance: 'Routine maintenance',
    repairs: 'Repairs',
    cleaning: 'Cleaning',
    works: 'Works',
    utilities: 'Water and energy',
    administration: 'Management',
    insurance: 'Insurance',
    other: 'Other',
  },
};

const LABELS: Record<PcnLanguage, PcnDocumentLabels> = { fr: FR, nl: NL, en: EN };

export function pcnDocumentLabels(lang: PcnLanguage): PcnDocumentLabels {
  return LABELS[lang];
}

/** Unknown categories print as their code. */
export function categoryLabel(labels: PcnDocumentLabels, category: string): string {
  return Object.hasOwn(labels.categories, category) ? (labels.categories[category] ?? category) : category;
}
