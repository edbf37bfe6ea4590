import { z } from 'zod';
import { AppErrorSchema, ErrorCodeSchema } from '../../shared/commands';
import { CONTRACT, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { ERROR_REASONS, ERRORS_ID, placeholdersOf } from '../../shared/i18n/errors';

export interface MethodListing {
  name: MethodName;
  path: string;
  httpMethod: 'POST';
  description: string;
  input: unknown;
  output: unknown;
}

/** A JSON Schema for one side of a method. A schema zod cannot express becomes `{}` (any JSON) rather than an error. */
export const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output'): unknown => {
  try {
    return z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'ref', reused: 'inline' });
  } catch {
    return {};
  }
};

/** How a refusal looks: the body's `error` and every reason with the params it carries and its Indonesian wording. */
export interface ErrorListing {
  description: string;
  codes: readonly string[];
  schema: unknown;
  reasons: { reason: string; params: string[]; message: string }[];
}

let memo: { methods: MethodListing[]; errors: ErrorListing } | undefined;

/** What `GET /api` answers: every contract method with its description and input/output JSON Schemas. */
export const describeContract = (): { methods: MethodListing[]; errors: ErrorListing } => {
  memo ??= {
    methods: METHOD_NAMES.map((name) => ({
      name,
      path: `/api/${name}`,
      httpMethod: 'POST',
      description: CONTRACT[name].description,
      input: jsonSchemaOf(CONTRACT[name].input, 'input'),
      output: jsonSchemaOf(CONTRACT[name].output, 'output'),
    })),
    errors: {
      description:
        'A refused call answers { error: { code, reason, params, field?, message } }: code is the kind (it sets the HTTP status), reason and params say exactly what, field names the input at fault, and message is the Indonesian wording of reason and params.',
      codes: ErrorCodeSchema.options,
      schema: jsonSchemaOf(AppErrorSchema, 'output'),
      reasons: ERROR_REASONS.map((reason) => ({ reason, params: placeholdersOf(ERRORS_ID[reason]), message: ERRORS_ID[reason] })),
    },
  };
  return memo;
};
