import { randomUUID } from 'node:crypto';

export const A_PASSWORD = 'correct horse battery staple';

export function aCreateOrganizationRequest(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    name: `Syndic Test ${tag}`,
    contactEmail: `contact-${tag}@syndic.be`,
    syndic: { email: `syndic-${tag}@syndic.be`, password: A_PASSWORD, firstName: 'Sophie', lastName: 'Peeters' },
    ...overrides,
  };
}

export function aCreateUserRequest(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return { email: `user-${tag}@syndic.be`, password: A_PASSWORD, firstName: 'Luc', lastName: 'Janssens', role: 'accountant', ...overrides };
}
