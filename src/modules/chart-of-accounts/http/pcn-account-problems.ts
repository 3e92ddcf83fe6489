import { registerProblemMessages } from '../../../shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the chart of accounts' error codes (Accept-Language); English is the error's
 * own message.
 */
export function registerPcnAccountProblems(): void {
  registerProblemMessages({
    PCN_ACCOUNT_EXISTS: {
      fr: 'Le plan comptable contient déjà le compte {accountCode}',
      nl: 'Het rekeningenstelsel bevat de rekening {accountCode} al',
    },
  });
}
