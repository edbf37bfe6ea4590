import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaOf } from '../../../electron/server/listing';
import { CONTRACT, METHOD_NAMES } from '../../../shared/contract';
import { send, startHttpFixture, type HttpFixture } from './fixture';

interface Listed {
  name: string;
  path: string;
  description: string;
  input: { type?: string; properties?: Record<string, unknown> };
  output: unknown;
}

describe('GET /api describes the contract', () => {
  let fx: HttpFixture;
  beforeAll(async () => {
    fx = await startHttpFixture();
  });
  afterAll(async () => fx.stop());

  it('lists every method of the contract with its description and JSON Schemas', async () => {
    const response = await send(fx.server, { path: '/api' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const { methods } = response.json as { methods: Listed[] };
    expect(methods.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of methods) {
      const name = method.name as keyof typeof CONTRACT;
      expect(method.description).toBe(CONTRACT[name].description);
      expect(method.path).toBe(`/api/${name}`);
      expect(method.input.type).toBe('object');
      expect(method.output).toBeTypeOf('object');
    }
  });

  it('describes inputs as a caller writes them (defaults are optional)', async () => {
    const { methods } = (await send(fx.server, { path: '/api/' })).json as { methods: (Listed & { input: { required?: string[] } })[] };
    const create = methods.find((m) => m.name === 'workshops.create');
    expect(create?.input.properties).toHaveProperty('title');
    expect(create?.input.required).toEqual(['title']);
    const apply = methods.find((m) => m.name === 'workshop.apply');
    expect(JSON.stringify(apply?.input)).toContain('renameWorkshop');
  });
});

describe('turning a schema into JSON Schema never fails the listing', () => {
  type Node = { label: string; children: Node[] };
  const TreeSchema: z.ZodType<Node> = z.lazy(() => z.object({ label: z.string(), children: z.array(TreeSchema) }));

  it.each([
    ['a recursive rich-text-like tree', TreeSchema],
    ['a date', z.object({ at: z.date() })],
    ['a bigint', z.object({ amount: z.bigint() })],
    ['a custom check', z.object({ file: z.custom<Uint8Array>((value) => value instanceof Uint8Array) })],
    ['a transform with a default', z.object({ title: z.string().default('Tanpa judul').transform((s) => s.trim()) })],
  ])('%s becomes a JSON Schema object', (_label, schema) => {
    expect(jsonSchemaOf(schema, 'input')).toBeTypeOf('object');
    expect(jsonSchemaOf(schema, 'output')).toBeTypeOf('object');
  });
});
