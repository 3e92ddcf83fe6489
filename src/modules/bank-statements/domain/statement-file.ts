import type { ParsedStatement } from './bank-statement-file';
import { MalformedStatement, StatementUnbalanced, UnknownStatementFormat } from './bank-statement.errors';
import { looksLikeXml, parseCamt053 } from './camt053-parser';
import { looksLikeCoda, parseCoda } from './coda-parser';

/**
 * The statements of an uploaded file, its format recognised from the content: a CODA header record, or an XML
 * document in a camt.053 namespace. Text is read as UTF-8, or as ISO 8859-1 when it is not valid UTF-8 (older CODA).
 */
export function readStatementFile(bytes: Uint8Array): ParsedStatement[] {
  const text = decode(bytes);
  if (looksLikeCoda(text)) return parseCoda(text);
  if (looksLikeXml(text)) {
    if (!utf8(bytes)) throw new MalformedStatement('CAMT.053', 'the XML document is not UTF-8');
    return parseCamt053(text);
  }
  throw new UnknownStatementFormat();
}

/** The movements' total, in cents. */
export function movementsCents(statement: ParsedStatement): number {
  return statement.movements.reduce((sum, movement) => sum + movement.amountCents, 0);
}

/** Refuses a statement whose opening balance plus its movements is not its closing balance (STATEMENT_UNBALANCED). */
export function assertBalanced(statement: ParsedStatement): void {
  const moved = movementsCents(statement);
  if (statement.openingCents + moved !== statement.closingCents) {
    throw new StatementUnbalanced(statement.openingCents, moved, statement.closingCents);
  }
}

/**
 * What makes a statement the same statement whatever file brought it: its account, its balances, its closing day and
 * the dated amounts it moved. Bank references, numbering and free text differ between a bank's CODA and its CAMT.053
 * of the same day; these do not. The caller hashes it.
 */
export function statementIdentity(statement: ParsedStatement): string {
  const moves = statement.movements.map((movement) => `${movement.bookingDate}:${movement.amountCents}`).sort();
  return [
    'statement-v1',
    statement.accountIban,
    statement.currency,
    statement.openingCents,
    statement.closingDate,
    statement.closingCents,
    moves.join(','),
  ].join('|');
}

function decode(bytes: Uint8Array): string {
  return utf8(bytes) ?? new TextDecoder('latin1').decode(bytes);
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
