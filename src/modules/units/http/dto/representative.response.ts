import type { RepresentativeView } from '../../application/representatives.service';

/** The representative of a unit on one day. */
export class RepresentativeResponse {
  unitId!: string;
  /** The day asked about, YYYY-MM-DD. */
  at!: string;
  /** The co-owner who votes for the unit that day; null when none is named or the named one no longer holds a share. */
  ownerId!: string | null;
  /** First day of the mandate covering `at`, null when there is none. */
  validFrom!: string | null;
  /** First day without that mandate (exclusive), null while it lasts. */
  validTo!: string | null;
  /** Named for that day but no longer holding a share of the unit (sold it): the mandate lapsed. */
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
