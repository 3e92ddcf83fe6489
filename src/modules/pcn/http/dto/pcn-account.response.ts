import type { ChargeAccount } from '@modules/accounting';
import { ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class PcnAccountResponse {
  /**
   * Class-6 code, 2 to 10 digits.
   * @example "611200"
   */
  code!: string;
  /**
   * Null for an account of the co-ownership chart; for a sub-account of the organization, the account it extends.
   * @example "61"
   */
  parentCode!: string | null;
  /** @example "Entretien des ascenseurs" */
  labelFr!: string;
  /** @example "Onderhoud van de liften" */
  labelNl!: string;
  /**
   * Null (always for the chart's accounts): English documents print the French label.
   * @example "Lift maintenance"
   */
  labelEn!: string | null;
  /** A chart account: when its chart version was published. */
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: ChargeAccount): PcnAccountResponse {
    return {
      code: s.code,
      parentCode: s.parentCode,
      labelFr: s.labelFr,
      labelNl: s.labelNl,
      labelEn: s.labelEn,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
