export { OwnersModule } from './owners.module';
export { OwnersService } from './application/owners.service';
export type { OwnerName } from './domain/owner.repository';
export type { ConvocationChannel, EmailConsent } from './domain/email-consent';
export { OwnerConsentsService } from './application/owner-consents.service';
