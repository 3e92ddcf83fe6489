import * as statementErrors from '../domain/bank-statement.errors';
import { errorsOf, itAnswersInFrenchAndDutch } from '@test/support/problem-texts';
import { registerBankStatementProblems } from './bank-statement-problems';

describe('bank statement problem texts', () => {
  beforeAll(() => registerBankStatementProblems());
  // PAYLOAD_TOO_LARGE is the shared kernel's code, with its own texts;
  // VALIDATION_FAILED too: its field messages are written where the field is checked.
  itAnswersInFrenchAndDutch(
    errorsOf(statementErrors).filter((error) => !['PAYLOAD_TOO_LARGE', 'VALIDATION_FAILED'].includes(error.code)),
  );
});
