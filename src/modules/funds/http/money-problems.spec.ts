import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import { InvalidOgm } from '../../../shared/domain';
import * as moneyErrors from '../domain/money.errors';
import { registerMoneyProblems } from './money-problems';

describe('money problem texts', () => {
  beforeAll(() => registerMoneyProblems());

  // Field refusals answer VALIDATION_FAILED with the shared texts and the reason in `errors`.
  itAnswersInFrenchAndDutch(errorsOf(moneyErrors, { InvalidOgm }).filter((e) => e.code !== 'VALIDATION_FAILED'));
});
