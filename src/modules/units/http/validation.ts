import { registerDecorator } from 'class-validator';
import { shareFromInput } from '../../../shared/domain';

/** An ownership share: a number or a decimal string, above 0 and at most 100, with up to 4 decimals. */
export function IsShare() {
  return (target: object, property: string) =>
    registerDecorator({
      name: 'isShare',
      target: target.constructor,
      propertyName: property,
      validator: {
        validate(value: unknown) {
          return shareFromInput(value) !== null;
        },
        defaultMessage: () => `${property} must be a percentage above 0 and at most 100 with up to 4 decimals`,
      },
    });
}
