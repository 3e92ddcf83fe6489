import type { PcnAccountSnapshot } from '../../domain/pcn-account';
import { ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class PcnAccountResponse {
  /** Six-digit class-6 code. */
  code!: string;
  labelFr!: string;
  labelNl!: string;
  /** Null: English documents print the French label. */
  labelEn!: string | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: PcnAccountSnapshot): PcnAccountResponse {
    return {
      code: s.code,
      labelFr: s.labelFr,
      labelNl: s.labelNl,
      labelEn: s.labelEn,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
