import { registerDecorator } from 'class-validator';

const SHARE = /^\d{1,3}(\.\d{1,4})?$/;

/** An ownership share: a number or a decimal string, above 0 and at most 100, with up to 4 decimals. */
export function IsShare() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isShare',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'number' && typeof value !== 'string') return false;
          const text = String(value).trim();
          if (!SHARE.test(text)) return false;
          const [units = '0', decimals = ''] = text.split('.');
          const tenThousandths = Number(units) * 10_000 + Number(decimals.padEnd(4, '0'));
          return tenThousandths > 0 && tenThousandths <= 1_000_000;
        },
        defaultMessage: () => `${property} must be a percentage above 0 and at most 100 with up to 4 decimals`,
      },
    });
}
