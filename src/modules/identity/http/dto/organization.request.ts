import { Type } from 'class-transformer';
import { IsEmail, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  normalizeEnterpriseNumber,
  normalizeIban,
  normalizeIpiNumber,
  normalizePhone,
} from '../../../../shared/domain/belgian-identifiers';
import { Collapse, IsAcceptedBy } from '../../../../shared/http/validation';

/** A new sign-in account: the first syndic of an organization, or any user created later. */
export class NewAccountRequest {
  /**
   * Sign-in email (unique on the platform).
   * @example "sophie.peeters@example.be"
   */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /**
   * At least 12 characters.
   * @example "Grand-Place-1000-Bxl"
   */
  @IsString()
  @Length(12, 256)
  password!: string;

  /** @example "Sophie" */
  @IsString()
  @Length(1, 100)
  firstName!: string;

  /** @example "Peeters" */
  @IsString()
  @Length(1, 100)
  lastName!: string;
}

export class CreateOrganizationRequest {
  /**
   * Name of the syndic firm, 2 to 255 characters.
   * @example "Syndic Dubois & Associés"
   */
  @IsString()
  @Length(2, 255)
  name!: string;

  /**
   * URL-friendly identifier; derived from the name when absent.
   * @example "syndic-dubois"
   */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(100)
  slug?: string;

  /**
   * Where the platform reaches the firm.
   * @example "contact@syndic-dubois.be"
   */
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  /** The first syndic account, created in the same transaction. */
  @IsObject() // a list would pass the nested validation with no element to check
  @ValidateNested()
  @Type(() => NewAccountRequest)
  syndic!: NewAccountRequest;
}

/**
 * The letterhead of the firm, printed on every letter and report. Each field is optional: left out it keeps its
 * value, null clears it. Numbers are checked (BCE/KBO and IBAN by their mod-97 digits) and stored in one spelling.
 */
export class UpdateOrganizationRequest {
  /** @example "Syndic Dubois & Associés" */
  @IsString()
  @Length(2, 255)
  name!: string;

  /** @example "contact@syndic-dubois.be" */
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  /**
   * Postal address on one line: "Rue Haute 12, 1000 Bruxelles".
   * @example "Avenue Louise 231, 1050 Ixelles"
   */
  @IsOptional()
  @Collapse()
  @IsString()
  @Length(1, 255)
  address?: string | null;

  /**
   * Enterprise number (BCE/KBO) of the firm, e.g. "0403.170.701"; "BE 0403 170 701" is read the same.
   * @example "0403.170.701"
   */
  @IsOptional()
  @IsString()
  @IsAcceptedBy(normalizeEnterpriseNumber, 'a BCE/KBO number of 10 digits with a valid check (mod 97)')
  bceNumber?: string | null;

  /**
   * IPI/BIV registration of the syndic, 6 digits, e.g. "504.123".
   * @example "504.123"
   */
  @IsOptional()
  @IsString()
  @IsAcceptedBy(normalizeIpiNumber, 'an IPI/BIV number of 6 digits')
  ipiNumber?: string | null;

  /** @example "+32 2 511 42 18" */
  @IsOptional()
  @IsString()
  @IsAcceptedBy(normalizePhone, 'a telephone number (8 to 15 digits)')
  phone?: string | null;

  /**
   * The address owners write to, printed on letters.
   * @example "gestion@syndic-dubois.be"
   */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  /**
   * Account the syndic's fees are paid to, e.g. "BE68 5390 0754 7034".
   * @example "BE68 5390 0754 7034"
   */
  @IsOptional()
  @IsString()
  @IsAcceptedBy(normalizeIban, 'an IBAN with a valid check (mod 97)')
  feesIban?: string | null;
}
