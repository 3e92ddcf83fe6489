import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import * as representationErrors from '../domain/representation.errors';
import { registerRepresentativeProblems } from './representative-problems';

describe('representative problem texts', () => {
  beforeAll(() => registerRepresentativeProblems());

  itAnswersInFrenchAndDutch(errorsOf(representationErrors));
});
