import type { QuotaPeriod } from '../../domain/unit-quotas';
import { ApiDay, ApiInteger } from '../../../../shared/http/api-property.decorators';

/** One period of a unit's quota. */
export class QuotaPeriodResponse {
  @ApiInteger({ example: 420 })
  quota!: number;
  /** First day (YYYY-MM-DD); null: since the deed, every earlier date included. */
  @ApiDay({ nullable: true })
  validFrom!: string | null;
  /** First day without it (exclusive); null while current. */
  @ApiDay({ nullable: true })
  validTo!: string | null;
  /**
   * The deed or decision it comes from.
   * @example "Acte de base du 3 mars 1968"
   */
  decisionRef!: string | null;

  static from(p: QuotaPeriod): QuotaPeriodResponse {
    return { quota: p.quota, validFrom: p.validFrom, validTo: p.validTo, decisionRef: p.decisionRef };
  }
}

/** A unit's quota history, since the deed first, then by start. */
export class QuotaHistoryResponse {
  data!: QuotaPeriodResponse[];

  static from(periods: readonly QuotaPeriod[]): QuotaHistoryResponse {
    return { data: periods.map(QuotaPeriodResponse.from) };
  }
}
