import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { normalizeEnterpriseNumber } from '../../../../shared/domain/belgian-identifiers';
import {
  Collapse,
  IsAcceptedBy,
  IsPostalCodeOf,
  IsYearAtMostAhead,
  UpperCase,
} from '../../../../shared/http/validation';
import { ApiInteger } from '../../../../shared/http/api-property.decorators';

/** A building's editable fields: the body of POST /buildings and, in full, of PUT /buildings/:id. */
export class BuildingRequest {
  /**
   * Name of the co-ownership, e.g. "Résidence Les Tilleuls".
   * @example "Résidence Les Érables"
   */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  /**
   * Street and number.
   * @example "Rue du Marché aux Herbes 61"
   */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  address!: string;

  /** @example "Bruxelles" */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city!: string;

  /**
   * 4 digits from 1000 to 9999 when the country is BE.
   * @example "1000"
   */
  @Collapse()
  @IsString()
  @IsPostalCodeOf('country')
  postalCode!: string;

  /**
   * ISO 3166-1 alpha-2 country code; BE by default.
   * @example "BE"
   */
  @IsOptional()
  @UpperCase()
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  /** Number of units the deed of division defines; more units are refused. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  @ApiInteger({ example: 24 })
  totalUnits!: number;

  /** Total quotas (tantièmes / millièmes) of the building; 1000 by default. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  @ApiInteger({ required: false, example: 10000 })
  totalQuota?: number;

  /** From 1000 to the current year + 5. */
  @IsOptional()
  @IsInt()
  @Min(1000)
  @IsYearAtMostAhead(5)
  @ApiInteger({ required: false, example: 1968 })
  constructionYear?: number;

  /**
   * Enterprise number (BCE/KBO) of the association of co-owners, e.g. "0850.123.440" (checked by its mod-97 digits);
   * printed on its letters and reports. Left out or null: not recorded.
   * @example "0850.123.440"
   */
  @IsOptional()
  @IsString()
  @IsAcceptedBy(normalizeEnterpriseNumber, 'a BCE/KBO number of 10 digits with a valid check (mod 97)')
  associationBce?: string | null;

  /**
   * Days of notice the internal rules ask before a general assembly, from 15 (the law's floor, Civil Code art. 3.87
   * §3, and the default) to 90. Convocations are then sent at least max(15, noticeDays) calendar days ahead.
   * @example 15
   */
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(90)
  noticeDays?: number;
}
