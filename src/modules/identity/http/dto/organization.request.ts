import { Type } from 'class-transformer';
import { IsEmail, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

/** A new sign-in account: the first syndic of an organization, or any user created later. */
export class NewAccountRequest {
  /** Sign-in email (unique on the platform). */
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** At least 12 characters. */
  @IsString()
  @Length(12, 256)
  password!: string;

  @IsString()
  @Length(1, 100)
  firstName!: string;

  @IsString()
  @Length(1, 100)
  lastName!: string;
}

export class CreateOrganizationRequest {
  /** Name of the syndic firm, 2 to 255 characters. */
  @IsString()
  @Length(2, 255)
  name!: string;

  /** URL-friendly identifier; derived from the name when absent. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(100)
  slug?: string;

  /** Where the platform reaches the firm. */
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  /** The first syndic account, created in the same transaction. */
  @IsObject() // a list would pass the nested validation with no element to check
  @ValidateNested()
  @Type(() => NewAccountRequest)
  syndic!: NewAccountRequest;
}

export class UpdateOrganizationRequest {
  @IsString()
  @Length(2, 255)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;
}
