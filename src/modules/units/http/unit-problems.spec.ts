import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import * as unitErrors from '../domain/unit.errors';
import { registerUnitProblems } from './unit-problems';

describe('unit problem texts', () => {
  beforeAll(() => registerUnitProblems());

  itAnswersInFrenchAndDutch(errorsOf(unitErrors));
});
