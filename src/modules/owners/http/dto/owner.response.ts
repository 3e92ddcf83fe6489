import { ApiProperty } from '@nestjs/swagger';
import { ApiDay, ApiEmail, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
import type { OwnerSnapshot } from '../../domain/owner';

export class OwnerAddressResponse {
  street!: string;
  postalCode!: string;
  city!: string;
  /** ISO 3166-1 alpha-2. */
  country!: string;
}

export class EmailConsentResponse {
  /** The day the owner agreed in writing, YYYY-MM-DD. */
  @ApiDay()
  givenOn!: string;
  /** The signed consent among the organization's documents, if scanned. */
  @ApiId({ nullable: true })
  documentId!: string | null;
}

export class OwnerResponse {
  @ApiId() id!: string;
  /** @example "Marie" */
  firstName!: string;
  /** @example "Dubois" */
  lastName!: string;
  @ApiEmail() email!: string;
  /** @example "+32 2 123 45 67" */
  phone!: string | null;
  /** Postal address for letters, or null while not recorded. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      street: { type: 'string', example: 'Rue Haute 12' },
      postalCode: { type: 'string', example: '1000' },
      city: { type: 'string', example: 'Bruxelles' },
      country: { type: 'string', description: 'ISO 3166-1 alpha-2.', example: 'BE' },
    },
    required: ['street', 'postalCode', 'city', 'country'],
    selfRequired: true,
  })
  address!: OwnerAddressResponse | null;
  /** The linked owner-portal account, if any. */
  @ApiId({ nullable: true, example: null })
  userId!: string | null;
  /**
   * How convocations and letters reach the owner today: `email` only with a written consent in force.
   * @example "email"
   */
  convocationChannel!: 'email' | 'registered_mail';
  /** The written consent to e-mail in force, or null. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      givenOn: {
        type: 'string',
        format: 'date',
        description: 'The day the owner agreed in writing.',
        example: '2026-01-15',
      },
      documentId: {
        type: 'string',
        format: 'uuid',
        nullable: true,
        description: "The signed consent among the organization's documents, if scanned.",
        example: null,
      },
    },
    required: ['givenOn', 'documentId'],
    selfRequired: true,
  })
  emailConsent!: EmailConsentResponse | null;
  @ApiTimestamp() createdAt!: string;
  @ApiTimestamp() updatedAt!: string;

  static from(s: OwnerSnapshot): OwnerResponse {
    return {
      id: s.id,
      firstName: s.firstName,
      lastName: s.lastName,
      email: s.email,
      phone: s.phone,
      address: s.address
        ? {
            street: s.address.street,
            postalCode: s.address.postalCode,
            city: s.address.city,
            country: s.address.country,
          }
        : null,
      userId: s.userId,
      convocationChannel: s.emailConsent ? 'email' : 'registered_mail',
      emailConsent: s.emailConsent ? { givenOn: s.emailConsent.givenOn, documentId: s.emailConsent.documentId } : null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
