import { InvalidIdentityInput } from './identity.errors';

const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[a-z]{2,}$/i;

/** Emails are compared and stored lowercased and trimmed. */
export function normalizeEmailAddress(email: string, field = 'email'): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.length > 254 || !EMAIL.test(normalized)) {
    throw new InvalidIdentityInput('Not a valid email address', { field });
  }
  return normalized;
}
