/*
 * The Belgian structured communication (OGM/VCS) as bank statements carry it: 12 digits, the last two being the first
 * ten mod 97 (0 becomes 97). A private copy for this context: it is to be replaced at merge by the shared one
 * (src/shared/domain/structured-communication.ts, written with the funds module).
 */

/** "+++090/9337/55493+++", "090933755493" or "***090/9337/55493***" → "090933755493"; null unless the check holds. */
export function structuredCommunicationDigits(value: string): string | null {
  const framed = /^\s*(\+\+\+|\*\*\*)(.*)\1\s*$/.exec(value);
  const digits = (framed ? (framed[2] ?? '') : value).replace(/[\s/]/g, '');
  if (!/^\d{12}$/.test(digits)) return null;
  const base = Number(digits.slice(0, 10));
  const check = Number(digits.slice(10));
  return (base % 97 || 97) === check ? digits : null;
}

/** "090933755493" → "+++090/9337/55493+++", the way it is printed on a payment letter. */
export function formatStructuredCommunication(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}
