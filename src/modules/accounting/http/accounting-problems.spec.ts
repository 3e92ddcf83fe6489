import { errorsOf, itAnswersInFrenchAndDutch } from '../../../../test/support/problem-texts';
import * as accountingErrors from '../domain/accounting.errors';
import { registerAccountingProblems } from './accounting-problems';

describe('accounting problem texts', () => {
  beforeAll(() => registerAccountingProblems());

  // Field refusals answer VALIDATION_FAILED with the shared texts and the reason in `errors`.
  itAnswersInFrenchAndDutch(errorsOf(accountingErrors).filter((e) => e.code !== 'VALIDATION_FAILED'));
});
