import { formatCalendarDate, formatIban } from '@shared/domain';
import type { CalendarDate } from '@shared/domain';
import { letterheadBlock } from '../../../shared/pdf/letterhead';
import type { PdfContent, PdfNode } from '../../../shared/pdf/pdf-renderer';
import { EPC_QR_ERROR_CORRECTION, epcBeneficiaryName, epcQrPayload } from '../domain/epc-qr';
import type {
  LetterAddressee,
  BuildingOnLetter,
  LetterIssuer,
  LetterLanguage,
  PaymentAccount,
} from '../domain/payment-letters';
import { paymentLetterTexts } from './payment-letter-texts';

/**
 * Integer euro cents as Belgian-formatted euros: 1234567 → "12.345,67 €" (fr, nl), "€12,345.67" (en).
 * Works on the digits of the integer, never on a floating-point amount.
 */
export function formatEuros(amountCents: number, lang: LetterLanguage): string {
  if (!Number.isSafeInteger(amountCents)) throw new RangeError(`Not an integer number of cents: ${amountCents}`);
  const digits = String(Math.abs(amountCents)).padStart(3, '0');
  const sign = amountCents < 0 ? '-' : '';
  const separator = lang === 'en' ? ',' : '.';
  const euros = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const cents = digits.slice(-2);
  return lang === 'en' ? `${sign}€${euros}.${cents}` : `${sign}${euros},${cents} €`;
}

/** 800 basis points → "8 %" (fr, nl), "8%" (en); 750 → "7,5 %" / "7.5%". */
export function formatRate(basisPoints: number, lang: LetterLanguage): string {
  const digits = String(Math.abs(Math.trunc(basisPoints))).padStart(3, '0');
  const decimals = digits.slice(-2).replace(/0+$/, '');
  const whole = digits.slice(0, -2);
  const number = decimals ? `${whole}${lang === 'en' ? '.' : ','}${decimals}` : whole;
  return lang === 'en' ? `${number}%` : `${number} %`;
}

export const formatDate = (date: CalendarDate): string => formatCalendarDate(date);

export function buildingLine(building: BuildingOnLetter): string {
  return `${building.name}, ${building.address}, ${building.postalCode} ${building.city}`;
}

export function letterhead(issuer: LetterIssuer, building: BuildingOnLetter, lang: LetterLanguage): PdfContent {
  return letterheadBlock(issuer, { ...building, bceNumber: building.associationBce }, lang);
}

/**
 * The addressee on the right, where a window envelope (C5/6, DL) shows it, with the letter's date below. A foreign
 * address ends with its country's name in capitals, as the postal rules ask.
 */
export function addresseeBlock(owner: LetterAddressee, dateLine: string, lang: LetterLanguage): PdfContent {
  const address = owner.address;
  const lines = address
    ? [
        address.street,
        `${address.postalCode} ${address.city}`,
        ...(address.country === 'BE' ? [] : [countryName(address.country, lang)]),
      ]
    : [];
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 220,
        stack: [{ text: owner.name, bold: true }, ...lines, { text: dateLine, style: 'meta', margin: [0, 14, 0, 0] }],
      },
    ],
    margin: [0, 4, 0, 22],
  };
}

function countryName(code: string, lang: LetterLanguage): string {
  const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  return name.toLocaleUpperCase(lang);
}

// Data capacity in bytes (octet mode, error correction M) of QR versions 1 to 13; EPC069-12 stops at version 13.
const QR_M_OCTET_CAPACITY = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331];

/**
 * The EPC QR code of a transfer to `account`, drawn with whole modules of `modulePoints` (pdfmake rounds a module
 * down to whole points) so that its size follows the payload and every module stays sharp when printed.
 */
export function epcQrNode(account: PaymentAccount, amountCents: number, ogm: string, modulePoints: number): PdfNode {
  const payload = epcQrPayload({
    beneficiaryName: epcBeneficiaryName(account.beneficiary, true),
    iban: account.iban,
    bic: account.bic,
    amountCents,
    ogm,
  });
  const bytes = new TextEncoder().encode(payload).length;
  const version = QR_M_OCTET_CAPACITY.findIndex((capacity) => bytes <= capacity) + 1;
  return { qr: payload, eccLevel: EPC_QR_ERROR_CORRECTION, mode: 'octet', fit: (17 + 4 * version) * modulePoints };
}

/** Label/value rows without borders; values may be rich text. */
export function factsTable(rows: ReadonlyArray<[string, PdfContent]>, labelWidth: number): PdfNode {
  return {
    table: { widths: [labelWidth, '*'], body: rows.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: 'noBorders',
  };
}

/** "Fonds de roulement", or the fund's own name with its kind: "Fonds travaux toiture (Fonds de réserve)". */
export function fundLabel(account: PaymentAccount, lang: LetterLanguage): string {
  const kind = paymentLetterTexts(lang).fundKind[account.fundKind];
  return account.fundName === kind ? kind : `${account.fundName} (${kind})`;
}

export function accountIban(account: PaymentAccount): string {
  return formatIban(account.iban);
}
