import { DomainError } from '../../../shared/domain';

export class RepresentativeNotOwner extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'REPRESENTATIVE_NOT_OWNER';
  constructor(day: string) {
    super(`The representative of a unit must hold a share of it on ${day}`, { day });
  }
}

export class RepresentativeChangedLater extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'REPRESENTATIVE_CHANGED_LATER';
  constructor(day: string) {
    super(`A representative is already named from ${day}, a later day: name this one from that day on or later`, {
      day,
    });
  }
}
