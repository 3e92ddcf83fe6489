import { Type } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Collapse, IsPostalCodeOf, UpperCase } from '../../../../shared/http/validation';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class OwnerAddressRequest {
  /**
   * Street and number.
   * @example "Rue du Marché aux Herbes 61"
   */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  street!: string;

  /**
   * 4 digits from 1000 to 9999 when the country is BE.
   * @example "1000"
   */
  @Collapse()
  @IsString()
  @IsPostalCodeOf('country')
  postalCode!: string;

  /** @example "Bruxelles" */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city!: string;

  /**
   * ISO 3166-1 alpha-2; BE by default.
   * @example "BE"
   */
  @IsOptional()
  @UpperCase()
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;
}

/** An owner's editable fields: the body of POST /owners and, in full, of PUT /owners/:id. */
export class OwnerRequest {
  /** @example "Sophie" */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName!: string;

  /** @example "Peeters" */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName!: string;

  /**
   * Unique in the organization (case-insensitive); stored encrypted.
   * @example "sophie.peeters@example.be"
   */
  @Collapse()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  /**
   * Stored encrypted.
   * @example "+32 475 12 34 56"
   */
  @IsOptional()
  @Collapse()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()./-]{4,28}$/, { message: 'phone must be a phone number' })
  phone?: string;

  /** Postal address, for letters. */
  @IsOptional()
  @IsObject() // a list would pass the nested validation with no element to check
  @ValidateNested()
  @Type(() => OwnerAddressRequest)
  address?: OwnerAddressRequest;

  /** The owner-portal account: a user of the organization with role owner. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  userId?: string;
}
