import { DomainError } from '@shared/domain';

export type EpcTransferField = 'beneficiaryName' | 'iban' | 'bic' | 'amountCents' | 'ogm' | 'payload';

/**
 * A credit transfer that the EPC QR code cannot carry (EPC069-12): a name over 70 characters, an amount outside
 * 0.01..999,999,999.99, an IBAN or OGM whose check fails, or a payload over 331 bytes.
 */
export class InvalidEpcTransfer extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'INVALID_EPC_TRANSFER';
  constructor(
    readonly field: EpcTransferField,
    reason: string,
  ) {
    super(`The EPC QR code cannot carry this ${field}: ${reason}`, { field });
  }
}
