import type { RepresentativeView } from '../../application/representatives.service';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The representative of a unit on one day. */
export class RepresentativeResponse {
  @ApiId()
  unitId!: string;
  /** The day asked about, YYYY-MM-DD. */
  @ApiDay() at!: string;
  /** The co-owner who votes for the unit that day; null when none is named or the named one no longer holds a share. */
  @ApiId({ nullable: true })
  ownerId!: string | null;
  /** First day of the mandate covering `at`, null when there is none. */
  @ApiDay({ nullable: true })
  validFrom!: string | null;
  /** First day without that mandate (exclusive), null while it lasts. */
  @ApiDay({ nullable: true })
  validTo!: string | null;
  /** Named for that day but no longer holding a share of the unit (sold it): the mandate lapsed. */
  @ApiId({ nullable: true })
  lapsedOwnerId!: string | null;

  static from(v: RepresentativeView): RepresentativeResponse {
    return {
      unitId: v.unitId,
      at: v.at,
      ownerId: v.ownerId,
      validFrom: v.validFrom,
      validTo: v.validTo,
      lapsedOwnerId: v.lapsedOwnerId,
    };
  }
}
