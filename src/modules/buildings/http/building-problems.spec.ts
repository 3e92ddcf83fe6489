import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import * as buildingErrors from '../domain/building.errors';
import { registerBuildingProblems } from './building-problems';

describe('building problem texts', () => {
  beforeAll(() => registerBuildingProblems());

  itAnswersInFrenchAndDutch(errorsOf(buildingErrors));
});
