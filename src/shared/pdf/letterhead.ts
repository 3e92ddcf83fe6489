import { formatIban } from '../domain/belgian-identifiers';
import type { PdfContent, PdfLanguage } from './pdf-renderer';

/**
 * Who issues a letter or report: the syndic firm with what Belgian rules ask it to print (enterprise number, IPI
 * registration, how to reach it, the account its fees are paid to). Missing fields are simply not printed.
 */
export interface IssuerIdentity {
  readonly name: string;
  readonly address?: string | null;
  readonly bceNumber?: string | null;
  readonly ipiNumber?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly feesIban?: string | null;
}

/** The association of co-owners the document is about: its building and, once recorded, its own BCE/KBO number. */
export interface AssociationIdentity {
  readonly name: string;
  readonly address: string;
  readonly postalCode: string;
  readonly city: string;
  readonly bceNumber?: string | null;
}

interface LetterheadWords {
  bce: string;
  ipi: string;
  phone: string;
  feesIban: string;
  association: string;
}

// The enterprise register is the BCE in French and the KBO in Dutch; the syndic's institute is the IPI or the BIV.
const WORDS: Record<PdfLanguage, LetterheadWords> = {
  fr: { bce: 'BCE', ipi: 'IPI', phone: 'Tél.', feesIban: 'IBAN honoraires', association: 'ACP' },
  nl: { bce: 'KBO', ipi: 'BIV', phone: 'Tel.', feesIban: 'IBAN erelonen', association: 'VME' },
  en: { bce: 'BCE/KBO', ipi: 'IPI', phone: 'Tel.', feesIban: 'Fees IBAN', association: 'Association of co-owners' },
};

const joined = (parts: ReadonlyArray<string | null | undefined>): string | null => {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length ? present.join('  ·  ') : null;
};

/** Two columns: the syndic firm on the left, the association of co-owners on the right, above a thin rule. */
export function letterheadBlock(
  issuer: IssuerIdentity,
  association: AssociationIdentity,
  lang: PdfLanguage,
): PdfContent {
  const words = WORDS[lang];
  const firmLines = [
    issuer.address,
    joined([
      issuer.bceNumber && `${words.bce} ${issuer.bceNumber}`,
      issuer.ipiNumber && `${words.ipi} ${issuer.ipiNumber}`,
    ]),
    joined([issuer.phone && `${words.phone} ${issuer.phone}`, issuer.email]),
    issuer.feesIban && `${words.feesIban} ${formatIban(issuer.feesIban)}`,
  ].filter((line): line is string => Boolean(line));
  const associationLines = [
    `${association.address}, ${association.postalCode} ${association.city}`,
    ...(association.bceNumber ? [`${words.association} – ${words.bce} ${association.bceNumber}`] : []),
  ];
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: issuer.name, bold: true, fontSize: 11 },
            ...firmLines.map((text) => ({ text, style: 'meta' })),
          ],
        },
        {
          width: 220,
          alignment: 'right',
          stack: [
            { text: association.name, bold: true, fontSize: 10 },
            ...associationLines.map((text) => ({ text, style: 'meta' })),
          ],
        },
      ],
      columnGap: 16,
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5, lineColor: '#999999' }],
      margin: [0, 8, 0, 18],
    },
  ];
}
