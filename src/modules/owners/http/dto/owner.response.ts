import type { OwnerSnapshot } from '../../domain/owner';

export class OwnerAddressResponse {
  street!: string;
  postalCode!: string;
  city!: string;
  /** ISO 3166-1 alpha-2. */
  country!: string;
}

export class OwnerResponse {
  id!: string;
  firstName!: string;
  lastName!: string;
  email!: string;
  phone!: string | null;
  address!: OwnerAddressResponse | null;
  /** The linked owner-portal account, if any. */
  userId!: string | null;
  createdAt!: string;
  updatedAt!: string;

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
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
