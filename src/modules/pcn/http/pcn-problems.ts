import { registerProblemMessages } from '../../../shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the PCN reports' error codes (Accept-Language); English is the error's own message.
 * QUOTA_EXCEEDED is the units context's code too: its texts are registered there.
 */
export function registerPcnProblems(): void {
  registerProblemMessages({
    INVALID_PERIOD: {
      fr: 'La période commence après sa fin ({from} > {to})',
      nl: 'De periode begint na het einde ervan ({from} > {to})',
    },
  });
}
