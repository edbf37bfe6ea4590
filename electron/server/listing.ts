import { z } from 'zod';
import { CONTRACT, METHOD_NAMES, type MethodName } from '../../shared/contract';

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

let memo: { methods: MethodListing[] } | undefined;

/** What `GET /api` answers: every contract method with its description and input/output JSON Schemas. */
export const describeContract = (): { methods: MethodListing[] } => {
  memo ??= {
    methods: METHOD_NAMES.map((name) => ({
      name,
      path: `/api/${name}`,
      httpMethod: 'POST',
      description: CONTRACT[name].description,
      input: jsonSchemaOf(CONTRACT[name].input, 'input'),
      output: jsonSchemaOf(CONTRACT[name].output, 'output'),
    })),
  };
  return memo;
};
