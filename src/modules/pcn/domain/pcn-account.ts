import type { PcnLanguage } from './pcn-report';
import { InvalidPcnInput } from './pcn.errors';

/** A charge account of the Belgian PCN: class 6, six digits. Other classes are not booked by expenses. */
export const PCN_ACCOUNT_CODE = /^6\d{5}$/;
const MAX_LABEL = 255;

export interface PcnAccountLabels {
  readonly labelFr: string;
  readonly labelNl: string;
  /** Absent: the French label is shown in English documents. */
  readonly labelEn?: string | null;
}

export interface PcnAccountSnapshot {
  readonly organizationId: string;
  readonly code: string;
  readonly labelFr: string;
  readonly labelNl: string;
  readonly labelEn: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The eight accounts every organization's chart starts with (domain.md; official numbering to verify). */
export const DEFAULT_PCN_ACCOUNTS: ReadonlyArray<{ code: string } & Required<PcnAccountLabels>> = [
  { code: '610000', labelFr: 'Entretien courant', labelNl: 'Gewoon onderhoud', labelEn: 'Routine maintenance' },
  { code: '610100', labelFr: 'Réparations', labelNl: 'Herstellingen', labelEn: 'Repairs' },
  { code: '610200', labelFr: 'Nettoyage', labelNl: 'Schoonmaak', labelEn: 'Cleaning' },
  { code: '611000', labelFr: 'Travaux (fonds de réserve)', labelNl: 'Werken (reservekapitaal)', labelEn: 'Works (reserve fund)' },
  { code: '612000', labelFr: 'Eau et énergie', labelNl: 'Water en energie', labelEn: 'Water and energy' },
  { code: '613000', labelFr: 'Honoraires et frais de gestion', labelNl: 'Erelonen en beheerskosten', labelEn: 'Management fees' },
  { code: '614000', labelFr: 'Assurances', labelNl: 'Verzekeringen', labelEn: 'Insurance' },
  { code: '619000', labelFr: 'Autres charges', labelNl: 'Andere kosten', labelEn: 'Other charges' },
];

/** One account of an organization's chart. Its code is its identity and never changes; its labels may. */
export class PcnAccount {
  private constructor(private state: PcnAccountSnapshot) {}

  static open(input: PcnAccountLabels & { organizationId: string; code: string }, now: Date): PcnAccount {
    if (!PCN_ACCOUNT_CODE.test(input.code)) throw new InvalidPcnInput('code', 'must be a class-6 account of 6 digits');
    return new PcnAccount({ organizationId: input.organizationId, code: input.code, ...checkedLabels(input), createdAt: now, updatedAt: now });
  }

  static restore(snapshot: PcnAccountSnapshot): PcnAccount {
    return new PcnAccount({ ...snapshot });
  }

  relabel(labels: PcnAccountLabels, now: Date): void {
    this.state = { ...this.state, ...checkedLabels(labels), updatedAt: now };
  }

  toSnapshot(): Readonly<PcnAccountSnapshot> {
    return { ...this.state };
  }
}

/** The label printed for `lang`; English falls back to French when the account has no English label. */
export function labelIn(account: Pick<PcnAccountSnapshot, 'labelFr' | 'labelNl' | 'labelEn'>, lang: PcnLanguage): string {
  if (lang === 'nl') return account.labelNl;
  if (lang === 'en') return account.labelEn ?? account.labelFr;
  return account.labelFr;
}

function checkedLabels(labels: PcnAccountLabels): Pick<PcnAccountSnapshot, 'labelFr' | 'labelNl' | 'labelEn'> {
  return {
    labelFr: requiredLabel('labelFr', labels.labelFr),
    labelNl: requiredLabel('labelNl', labels.labelNl),
    labelEn: labels.labelEn == null || labels.labelEn.trim() === '' ? null : requiredLabel('labelEn', labels.labelEn),
  };
}

function requiredLabel(field: string, value: string): string {
  const label = (value ?? '').trim().replace(/\s+/g, ' ');
  if (label.length < 1 || label.length > MAX_LABEL) throw new InvalidPcnInput(field, `must have 1 to ${MAX_LABEL} characters`);
  return label;
}
