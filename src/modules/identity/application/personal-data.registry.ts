import { Injectable } from '@nestjs/common';

/**
 * Another context holding personal data about a user (for example the owner record linked to the account).
 * Contexts register themselves at start-up, so identity depends on none of them.
 */
export interface PersonalDataContributor {
  /** Section name in the export, e.g. "owners". */
  readonly section: string;
  exportFor(organizationId: string | null, userId: string): Promise<unknown>;
  /** Replaces the person's names and contact details, keeping the accounting facts the law requires. */
  anonymizeFor(organizationId: string | null, userId: string): Promise<string[]>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
