import { PersonalDataRegistry } from '@modules/identity';
import { aCreateOwnerRequest, aTenant } from '../../../../test/builders/registry.builders';
import { FakeOwnerAccounts } from '../../../../test/fakes/fake-owner-accounts';
import { InMemoryOwnerRepository } from '../../../../test/fakes/in-memory-owner.repository';
import { OwnerPersonalData } from './owner-personal-data';
import { OwnersService } from './owners.service';
import { FixedClock } from '../../../../test/fakes/fixed-clock';
import { InMemoryConsentRegister } from '../../../../test/fakes/in-memory-consent.register';

describe('OwnerPersonalData', () => {
  const syndic = aTenant();
  const user = aTenant({ organizationId: syndic.organizationId, role: 'owner' });
  let repo: InMemoryOwnerRepository;
  let registry: PersonalDataRegistry;
  let contributor: OwnerPersonalData;
  let owners: OwnersService;

  beforeEach(() => {
    repo = new InMemoryOwnerRepository();
    const accounts = new FakeOwnerAccounts();
    accounts.add(user.userId, { organizationId: user.organizationId, role: 'owner', active: true });
    owners = new OwnersService(repo, accounts, new FixedClock(), new InMemoryConsentRegister());
    registry = new PersonalDataRegistry();
    contributor = new OwnerPersonalData(repo, registry, new FixedClock());
    contributor.onModuleInit();
  });

  it('registers itself as the owners section', () => {
    expect(registry.all().map((c) => c.section)).toEqual(['owners']);
  });

  it('exports the owner record linked to the user, and nothing for anyone else', async () => {
    const owner = await owners.create(syndic, aCreateOwnerRequest({ userId: user.userId, phone: '02 123 45 67' }));
    await owners.create(syndic, aCreateOwnerRequest());
    await expect(contributor.exportFor(user.organizationId, user.userId)).resolves.toEqual([owner]);
    await expect(contributor.exportFor(aTenant().organizationId, user.userId)).resolves.toEqual([]);
    await expect(contributor.exportFor(syndic.organizationId, syndic.userId)).resolves.toEqual([]);
    await expect(contributor.exportFor(null, user.userId)).resolves.toEqual([]);
  });

  it('anonymises names and contact details, keeping the id and the account link', async () => {
    const owner = await owners.create(syndic, aCreateOwnerRequest({ userId: user.userId, lastName: 'Vandamme' }));
    const other = await owners.create(syndic, aCreateOwnerRequest());
    await expect(contributor.anonymizeFor(user.organizationId, user.userId)).resolves.toEqual([
      'owner.firstName',
      'owner.lastName',
      'owner.email',
      'owner.phone',
      'owner.address',
    ]);
    expect(repo.stored(owner.id)).toMatchObject({
      id: owner.id,
      userId: user.userId,
      firstName: 'Anonymised',
      lastName: 'Person',
      email: `erased-${owner.id}@anonymized.invalid`,
      phone: null,
      address: null,
      createdAt: owner.createdAt,
    });
    expect(repo.stored(other.id)).toEqual(other);
  });

  it('anonymises nothing for a user without an owner record', async () => {
    await expect(contributor.anonymizeFor(syndic.organizationId, syndic.userId)).resolves.toEqual([]);
    await expect(contributor.anonymizeFor(null, user.userId)).resolves.toEqual([]);
  });
});
