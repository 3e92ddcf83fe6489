import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

class FieldErrorSchema {
  @ApiProperty({ example: 'postalCode' }) field!: string;
  @ApiProperty({ example: 'postalCode must be a Belgian postal code (4 digits, 1000-9999)' }) message!: string;
}

/** RFC 9457 problem details, the body of every error. */
export class ProblemDetailsSchema {
  @ApiProperty({ example: 'urn:koprogo:problem:validation-failed' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ type: 'integer', example: 400 }) status!: number;
  @ApiProperty({ example: 'The request is not valid: see errors' }) detail!: string;
  @ApiProperty({ description: 'Stable identifier clients may branch on', example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ example: '5d1c8e2a-7b3f-4c6d-9e0a-1f2b3c4d5e6f' }) requestId!: string;
  @ApiPropertyOptional({ type: [FieldErrorSchema] }) errors?: FieldErrorSchema[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input',
  401: 'Missing or invalid access token',
  403: 'The role may not do this',
  404: 'No such resource in your organization',
  409: 'Conflicts with the current state',
  413: 'Upload too large',
  415: 'Unsupported file type',
  422: 'A business rule refuses it',
  429: 'Too many attempts',
};

/** Documents the problem+json answers a route can give. 400 and 401 are added by default on protected routes. */
export const ApiProblem = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDetailsSchema),
    ...[...new Set(statuses)].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
  );
