import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Integrators read the document's examples before they send anything: every field of every request body, and of
 * every schema a checked operation answers with (its success body, the problem details of its errors), shows an
 * example, and that example is valid against the field's own schema (type, format, pattern, enum, bounds).
 */

/** The tags whose operations are checked: every tag of the API (a new context joins by adding its tag here). */
const CHECKED_TAGS = [
  'auth',
  'organizations',
  'users',
  'buildings',
  'units',
  'owners',
  'expenses',
  'documents',
  'pcn',
  'platform',
  'meetings',
  'funds',
  'bank-statements',
  'accounting',
];

/** Operations of a checked tag served by a context that is not checked yet (none today). */
const WAITING_OPERATIONS: string[] = [];

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  example?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Operation {
  operationId: string;
  tags: string[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}

const DOCUMENT_ID = 'openapi.json';
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  };
};
const schemas = document.components.schemas;

/** One field of a named schema, e.g. `OwnerResponse.address.city`. */
interface Field {
  readonly name: string;
  readonly schema: Schema;
}

/** The fields the checked operations read and write, each once; a field whose value is a named schema is entered. */
function checkedFields(): Field[] {
  const fields: Field[] = [];
  const entered = new Set<string>();
  const enter = (schema: Schema | undefined, at: string): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      if (entered.has(name)) return;
      entered.add(name);
      enter(schemas[name], name);
      return;
    }
    for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) enter(part, at);
    enter(schema.items, at);
    for (const [property, value] of Object.entries(schema.properties ?? {})) {
      const name = `${at}.${property}`;
      // A nested object or list of objects is described by its own fields, unless it shows a whole example.
      if (value.example === undefined && leadsToFields(value)) enter(value, name);
      // Bytes (multipart uploads) have no example a document can show.
      else if (value.format !== 'binary') fields.push({ name, schema: value });
    }
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (!CHECKED_TAGS.includes(operation.tags[0]!) || WAITING_OPERATIONS.includes(operation.operationId)) continue;
      for (const media of Object.values(operation.requestBody?.content ?? {})) enter(media.schema, 'request');
      for (const response of Object.values(operation.responses)) {
        const described = response.$ref
          ? document.components.responses[response.$ref.replace('#/components/responses/', '')]
          : response;
        for (const media of Object.values(described?.content ?? {})) enter(media.schema, 'response');
      }
    }
  }
  return fields;
}

function leadsToFields(schema: Schema): boolean {
  return Boolean(
    schema.$ref ||
    schema.properties ||
    [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some(leadsToFields) ||
    (schema.items && leadsToFields(schema.items)),
  );
}

/**
 * The JSON Schema Ajv reads: local references point into the document registered under DOCUMENT_ID, and OpenAPI
 * 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum` become the bound they qualify.
 */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOCUMENT_ID}${value}` : rebase(value),
    ]),
  ) as Record<string, unknown>;
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof copy[exclusive] !== 'boolean') continue;
    if (copy[exclusive]) copy[exclusive] = copy[bound];
    else delete copy[exclusive];
    if (copy[exclusive] !== undefined) delete copy[bound];
  }
  return copy;
}

describe('openapi.json examples', () => {
  const fields = checkedFields();

  it('reads the fields of the checked operations', () => {
    expect(fields.length).toBeGreaterThan(300);
    expect(fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(['BuildingRequest.name', 'ExpenseResponse.supplier', 'ProblemDetailsSchema.detail']),
    );
  });

  it('gives every field of a request body and of an answer an example', () => {
    expect(fields.filter((field) => field.schema.example === undefined).map((field) => field.name)).toEqual([]);
  });

  it("gives examples that are valid against their field's own schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    ajv.addSchema({ $id: DOCUMENT_ID, components: rebase(document.components) });
    const invalid = fields
      .filter((field) => field.schema.example !== undefined)
      .flatMap((field) => {
        const validate = ajv.compile(rebase(field.schema) as object);
        return validate(field.schema.example)
          ? []
          : [`${field.name} = ${JSON.stringify(field.schema.example)}: ${ajv.errorsText(validate.errors)}`];
      });
    expect(invalid).toEqual([]);
  });
});
