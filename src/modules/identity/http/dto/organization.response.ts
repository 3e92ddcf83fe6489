import type { OrganizationSnapshot } from '../../domain/organization';
import { UserResponse } from './user.response';
import type { UserSnapshot } from '../../domain/user';
import { ApiEmail, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class OrganizationResponse {
  @ApiId()
  id!: string;
  /** @example "Syndic Dubois & Associés" */
  name!: string;
  /** @example "syndic-dubois" */
  slug!: string;
  @ApiEmail({ example: 'contact@syndic-dubois.be' }) contactEmail!: string;
  /**
   * The letterhead (null until recorded): one-line postal address.
   * @example "Avenue Louise 231, 1050 Ixelles"
   */
  address!: string | null;
  /**
   * BCE/KBO, "0403.170.701".
   * @example "0403.170.701"
   */
  bceNumber!: string | null;
  /**
   * IPI/BIV, "504.123".
   * @example "504.123"
   */
  ipiNumber!: string | null;
  /** @example "+32 2 511 42 18" */
  phone!: string | null;
  /** The address owners write to. */
  @ApiEmail({ nullable: true, example: 'gestion@syndic-dubois.be' })
  email!: string | null;
  /**
   * Compact IBAN, "BE68539007547034".
   * @example "BE68539007547034"
   */
  feesIban!: string | null;
  /**
   * False while suspended: its users cannot sign in.
   * @example true
   */
  active!: boolean;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: OrganizationSnapshot): OrganizationResponse {
    return {
      id: s.id,
      name: s.name,
      slug: s.slug,
      contactEmail: s.contactEmail,
      address: s.address,
      bceNumber: s.bceNumber,
      ipiNumber: s.ipiNumber,
      phone: s.phone,
      email: s.email,
      feesIban: s.feesIban,
      active: s.active,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class CreatedOrganizationResponse extends OrganizationResponse {
  /** The first syndic account. */
  syndic!: UserResponse;

  static withSyndic(organization: OrganizationSnapshot, syndic: UserSnapshot): CreatedOrganizationResponse {
    return { ...OrganizationResponse.from(organization), syndic: UserResponse.from(syndic) };
  }
}
