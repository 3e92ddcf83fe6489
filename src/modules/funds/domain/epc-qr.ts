import { normalizeIban } from '@shared/domain';
import { InvalidEpcTransfer } from './epc-qr.errors';

/**
 * The EPC QR code ("Quick Response Code: guidelines to enable data capture for the initiation of a SEPA credit
 * transfer", European Payments Council EPC069-12, version 002) that Belgian banking apps scan to fill in a transfer:
 * twelve lines joined by a line feed, UTF-8, at most 331 bytes, printed with error correction level M.
 *
 * Where the Belgian structured communication goes: the guidelines have a "structured remittance" line (10, at most 35
 * characters, meant for ISO 11649 RF references) and a free-text line (11). Belgian invoicing software puts the OGM as
 * its 12 bare digits on line 10: Odoo's account_qr_code_sepa turns "+++020/3430/57642+++" into "020343057642"
 * (account/tools/structured_reference.py, sanitize_structured_reference) and writes it as "Remittance Information
 * (Structured)"; and a Belgian user reported that his banking app took an OGM sent as free text for an ordinary
 * message instead of a structured communication (github.com/letspeppol/letspeppol issue #274, fixed that way). The
 * bank then carries it as the Belgian structured communication, which is what our bank-statement matching reads.
 */
export const EPC_QR_ERROR_CORRECTION = 'M';
export const EPC_MAX_BENEFICIARY_NAME = 70;
export const EPC_MAX_PAYLOAD_BYTES = 331;
export const EPC_MIN_AMOUNT_CENTS = 1;
export const EPC_MAX_AMOUNT_CENTS = 99_999_999_999;

export interface EpcTransfer {
  /** The account holder: the association of co-owners, as its bank knows it. */
  readonly beneficiaryName: string;
  readonly iban: string;
  /** Optional in version 002 within the EEA. */
  readonly bic?: string | null;
  readonly amountCents: number;
  /** `+++ddd/dddd/ddddd+++` or its 12 digits. */
  readonly ogm: string;
}

const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
const OGM = /^(?:\+{3}|\*{3})?(\d{3})\/?(\d{4})\/?(\d{5})(?:\+{3}|\*{3})?$/;

/** The text to encode in the QR code; every field is checked, nothing is cut silently. */
export function epcQrPayload(transfer: EpcTransfer): string {
  const lines = [
    'BCD',
    '002',
    '1', // UTF-8
    'SCT',
    epcBic(transfer.bic),
    epcBeneficiaryName(transfer.beneficiaryName),
    epcIban(transfer.iban),
    epcAmount(transfer.amountCents),
    '', // purpose
    ogmDigits(transfer.ogm), // structured remittance
  ];
  // The last populated element is followed by no separator (EPC069-12): lines 11 and 12 stay absent.
  const payload = lines.join('\n');
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > EPC_MAX_PAYLOAD_BYTES) {
    throw new InvalidEpcTransfer('payload', `${bytes} bytes, at most ${EPC_MAX_PAYLOAD_BYTES}`);
  }
  return payload;
}

/** 12345 → "EUR123.45": the digits of the integer, never a floating-point amount. */
export function epcAmount(amountCents: number): string {
  if (
    !Number.isSafeInteger(amountCents) ||
    amountCents < EPC_MIN_AMOUNT_CENTS ||
    amountCents > EPC_MAX_AMOUNT_CENTS
  ) {
    throw new InvalidEpcTransfer('amountCents', `${String(amountCents)} is not from 0.01 to 999999999.99 euros`);
  }
  const digits = String(amountCents).padStart(3, '0');
  return `EUR${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** "+++042/0007/00108+++" → "042000700108"; refused unless the check digits (mod 97, 0 → 97) hold. */
export function ogmDigits(ogm: string): string {
  const match = OGM.exec(ogm.replace(/\s/g, ''));
  if (!match) throw new InvalidEpcTransfer('ogm', 'not a structured communication +++ddd/dddd/ddddd+++');
  const digits = match.slice(1).join('');
  const check = Number(digits.slice(0, 10)) % 97 || 97;
  if (check !== Number(digits.slice(10))) throw new InvalidEpcTransfer('ogm', 'wrong check digits');
  return digits;
}

/**
 * The beneficiary name as the QR code may carry it: trimmed, on one line, at most 70 characters. `shorten` cuts a
 * longer name instead of refusing it (the letter prints the full name beside the code).
 */
export function epcBeneficiaryName(name: string, shorten = false): string {
  const oneLine = name.replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  if (characters.length === 0) throw new InvalidEpcTransfer('beneficiaryName', 'empty');
  if (characters.length <= EPC_MAX_BENEFICIARY_NAME) return oneLine;
  if (shorten) return characters.slice(0, EPC_MAX_BENEFICIARY_NAME).join('').trimEnd();
  throw new InvalidEpcTransfer(
    'beneficiaryName',
    `${characters.length} characters, at most ${EPC_MAX_BENEFICIARY_NAME}`,
  );
}

function epcIban(iban: string): string {
  const normalized = normalizeIban(iban);
  if (!normalized) throw new InvalidEpcTransfer('iban', 'the IBAN check fails');
  return normalized;
}

function epcBic(bic: string | null | undefined): string {
  if (!bic) return '';
  const compact = bic.replace(/\s/g, '').toUpperCase();
  if (!BIC.test(compact)) throw new InvalidEpcTransfer('bic', 'not 8 or 11 letters and digits');
  return compact;
}
