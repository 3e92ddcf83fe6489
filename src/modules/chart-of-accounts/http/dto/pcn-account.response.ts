import type { PcnAccountSnapshot } from '../../domain/pcn-account';
import { ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class PcnAccountResponse {
  /**
   * Six-digit class-6 code.
   * @example "611200"
   */
  code!: string;
  /** @example "Entretien des ascenseurs" */
  labelFr!: string;
  /** @example "Onderhoud van de liften" */
  labelNl!: string;
  /**
   * Null: English documents print the French label.
   * @example "Lift maintenance"
   */
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
