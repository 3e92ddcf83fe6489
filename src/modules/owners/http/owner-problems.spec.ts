import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import * as ownerErrors from '../domain/owner.errors';
import { registerOwnerProblems } from './owner-problems';

describe('owner problem texts', () => {
  beforeAll(() => registerOwnerProblems());

  itAnswersInFrenchAndDutch(errorsOf(ownerErrors));
});
