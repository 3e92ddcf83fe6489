import { aCreateOwnerRequest, aTenant } from '../../../../test/builders/registry.builders';
import { FakeOwnerAccounts } from '../../../../test/fakes/fake-owner-accounts';
import { InMemoryOwnerRepository } from '../../../../test/fakes/in-memory-owner.repository';
import { OwnersService } from './owners.service';
import { FixedClock } from '../../../../test/fakes/fixed-clock';
import { InMemoryConsentRegister } from '../../../../test/fakes/in-memory-consent.register';

describe('OwnersService', () => {
  let repo: InMemoryOwnerRepository;
  let accounts: FakeOwnerAccounts;
  let service: OwnersService;
  const syndic = aTenant();
  const page = { page: 1, perPage: 20 };

  beforeEach(() => {
    repo = new InMemoryOwnerRepository();
    accounts = new FakeOwnerAccounts();
    service = new OwnersService(repo, accounts, new FixedClock(), new InMemoryConsentRegister());
  });

  const notFound = expect.objectContaining({ code: 'NOT_FOUND', kind: 'not_found' });
  /** An owner-role user of the syndic's organization, in the identity fake. */
  const anOwnerAccount = (overrides: { active?: boolean; organizationId?: string } = {}) => {
    const user = aTenant({ organizationId: overrides.organizationId ?? syndic.organizationId, role: 'owner' });
    accounts.add(user.userId, { organizationId: user.organizationId, role: 'owner', active: overrides.active ?? true });
    return user;
  };

  it('records an owner with normalised names and address', async () => {
    const created = await service.create(
      syndic,
      aCreateOwnerRequest({
        firstName: ' Jean  Pierre ',
        address: { street: 'Rue  Haute 1', postalCode: '1000', city: 'Bxl' },
      }),
    );
    expect(created).toMatchObject({
      organizationId: syndic.organizationId,
      firstName: 'Jean Pierre',
      address: { street: 'Rue Haute 1', postalCode: '1000', city: 'Bxl', country: 'BE' },
      userId: null,
    });
    await expect(service.get(syndic, created.id)).resolves.toEqual(created);
  });

  it('refuses a bad address with the owner error code', async () => {
    await expect(
      service.create(syndic, aCreateOwnerRequest({ address: { street: 'x', postalCode: '100', city: 'y' } })),
    ).rejects.toMatchObject({ code: 'INVALID_OWNER', params: { field: 'address.postalCode' } });
  });

  it('refuses an email already used in the organization, but not in another one', async () => {
    const email = 'marie@example.be';
    await service.create(syndic, aCreateOwnerRequest({ email }));
    await expect(service.create(syndic, aCreateOwnerRequest({ email: 'MARIE@example.be' }))).rejects.toMatchObject({
      code: 'DUPLICATE_OWNER_EMAIL',
    });
    await expect(service.create(aTenant(), aCreateOwnerRequest({ email }))).resolves.toMatchObject({ email });
  });

  describe('linking a portal account', () => {
    it('links an active owner-role user of the organization, once', async () => {
      const user = anOwnerAccount();
      const owner = await service.create(syndic, aCreateOwnerRequest({ userId: user.userId }));
      expect(owner.userId).toBe(user.userId);
      await expect(service.ownerIdOf(user)).resolves.toBe(owner.id);
      await expect(service.ownerIdLinkedTo(syndic.organizationId, user.userId)).resolves.toBe(owner.id);
      await expect(service.create(syndic, aCreateOwnerRequest({ userId: user.userId }))).rejects.toMatchObject({
        code: 'OWNER_USER_ALREADY_LINKED',
      });
    });

    it('refuses a user of another role, an inactive one, and one of another organization', async () => {
      const accountant = aTenant({ organizationId: syndic.organizationId, role: 'accountant' });
      accounts.add(accountant.userId, { organizationId: syndic.organizationId, role: 'accountant', active: true });
      const notOwner = { code: 'USER_NOT_OWNER_ROLE', kind: 'rule_violated' };
      await expect(service.create(syndic, aCreateOwnerRequest({ userId: accountant.userId }))).rejects.toMatchObject(
        notOwner,
      );
      const inactive = anOwnerAccount({ active: false });
      await expect(service.create(syndic, aCreateOwnerRequest({ userId: inactive.userId }))).rejects.toMatchObject(
        notOwner,
      );
      const foreign = anOwnerAccount({ organizationId: aTenant().organizationId });
      await expect(service.create(syndic, aCreateOwnerRequest({ userId: foreign.userId }))).rejects.toEqual(notFound);
      expect((await service.list(syndic, page)).totalItems).toBe(0);
    });

    it('checks a user only when the revision links a new one', async () => {
      const user = anOwnerAccount();
      const owner = await service.create(syndic, aCreateOwnerRequest({ userId: user.userId }));
      accounts.add(user.userId, { organizationId: syndic.organizationId, role: 'owner', active: false });
      await expect(
        service.revise(syndic, owner.id, aCreateOwnerRequest({ lastName: 'Peeters', userId: user.userId })),
      ).resolves.toMatchObject({ lastName: 'Peeters', userId: user.userId });
      const other = anOwnerAccount({ active: false });
      await expect(
        service.revise(syndic, owner.id, aCreateOwnerRequest({ userId: other.userId })),
      ).rejects.toMatchObject({ code: 'USER_NOT_OWNER_ROLE' });
      await expect(service.revise(aTenant(), owner.id, aCreateOwnerRequest({ userId: user.userId }))).rejects.toEqual(
        notFound,
      );
    });
  });

  it('lists by last name, by name prefix or exact email', async () => {
    for (const [firstName, lastName, email] of [
      ['Éric', 'Martin', 'zoe@example.be'],
      ['anna', 'Peeters', 'bart@example.be'],
      ['Zoé', 'Aerts', 'alice@example.be'],
    ]) {
      await service.create(syndic, aCreateOwnerRequest({ firstName, lastName, email }));
    }
    const lastNames = async (input: Record<string, unknown>) =>
      (await service.list(syndic, { ...page, ...input })).items.map((o) => o.lastName);
    await expect(lastNames({})).resolves.toEqual(['Aerts', 'Martin', 'Peeters']);
    await expect(lastNames({ q: 'eric' })).resolves.toEqual(['Martin']);
    await expect(lastNames({ q: 'BART@example.be' })).resolves.toEqual(['Peeters']);
    await expect(lastNames({ sort: 'email', order: 'desc' })).resolves.toEqual(['Martin', 'Peeters', 'Aerts']);
  });

  it('shows a caller with role owner only its own record', async () => {
    const user = anOwnerAccount();
    const mine = await service.create(syndic, aCreateOwnerRequest({ userId: user.userId }));
    const other = await service.create(syndic, aCreateOwnerRequest());
    expect((await service.list(user, page)).items.map((o) => o.id)).toEqual([mine.id]);
    await expect(service.get(user, other.id)).rejects.toEqual(notFound);
    await expect(service.assertExists(user, mine.id)).resolves.toBeUndefined();
    await expect(service.assertExists(user, other.id)).rejects.toEqual(notFound);
    const unlinked = aTenant({ organizationId: syndic.organizationId, role: 'owner' });
    await expect(service.ownerIdOf(unlinked)).resolves.toBeNull();
  });

  it("never reads, names, changes or deletes another organization's owner", async () => {
    const owner = await service.create(syndic, aCreateOwnerRequest());
    const stranger = aTenant();
    await expect(service.get(stranger, owner.id)).rejects.toEqual(notFound);
    await expect(service.assertExists(stranger, owner.id)).rejects.toEqual(notFound);
    await expect(service.namesFor(stranger, [owner.id])).resolves.toEqual(new Map());
    await expect(service.revise(stranger, owner.id, aCreateOwnerRequest())).rejects.toEqual(notFound);
    await expect(service.remove(stranger, owner.id)).rejects.toEqual(notFound);
    await expect(service.namesFor(syndic, [owner.id, owner.id])).resolves.toEqual(
      new Map([[owner.id, { firstName: owner.firstName, lastName: owner.lastName }]]),
    );
  });

  it('removes an owner only without an ownership history', async () => {
    const kept = await service.create(syndic, aCreateOwnerRequest());
    const removed = await service.create(syndic, aCreateOwnerRequest());
    repo.withOwnerships.add(kept.id);
    await expect(service.remove(syndic, kept.id)).rejects.toMatchObject({ code: 'OWNER_HAS_OWNERSHIPS' });
    await service.remove(syndic, removed.id);
    await expect(service.get(syndic, removed.id)).rejects.toEqual(notFound);
  });
});
