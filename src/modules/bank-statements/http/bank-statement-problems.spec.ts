import * as statementErrors from '../domain/bank-statement.errors';
import { errorsOf, itAnswersInFrenchAndDutch } from '@test/support/problem-texts';
import { registerBankStatementProblems } from './bank-statement-problems';

describe('bank statement problem texts', () => {
  beforeAll(() => registerBankStatementProblems());
  // PAYLOAD_TOO_LARGE is the shared kernel's code, with its own texts.
  itAnswersInFrenchAndDutch(errorsOf(statementErrors).filter((error) => error.code !== 'PAYLOAD_TOO_LARGE'));
});
