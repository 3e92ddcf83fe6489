import { InvalidShare } from './unit.errors';

const DECIMAL = /^\d{1,3}(\.\d{1,4})?$/;
export const FULL_SHARE = 1_000_000;

/** An exact ownership share: a percentage with 4 decimals, held as an integer of ten-thousandths of a percent. */
export class Share {
  private constructor(readonly tenThousandths: number) {}

  /** "60", "33.3333" or 60.5; anything else, 0 or above 100 is refused. */
  static parse(value: string | number): Share {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (!DECIMAL.test(text)) throw new InvalidShare(text);
    const [units = '0', decimals = ''] = text.split('.');
    const tenThousandths = Number(units) * 10_000 + Number(decimals.padEnd(4, '0'));
    return Share.of(tenThousandths);
  }

  static of(tenThousandths: number): Share {
    if (!Number.isInteger(tenThousandths) || tenThousandths <= 0 || tenThousandths > FULL_SHARE) {
      throw new InvalidShare(formatShare(tenThousandths));
    }
    return new Share(tenThousandths);
  }

  static full(): Share {
    return new Share(FULL_SHARE);
  }

  toString(): string {
    return formatShare(this.tenThousandths);
  }
}

/** 600000 → "60.0000". */
export function formatShare(tenThousandths: number): string {
  const sign = tenThousandths < 0 ? '-' : '';
  const abs = Math.abs(tenThousandths);
  return `${sign}${Math.floor(abs / 10_000)}.${String(abs % 10_000).padStart(4, '0')}`;
}
