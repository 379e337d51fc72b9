/** The parts of an OpenAPI 3.1 document the reference page reads. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  maxItems?: number;
};

type Content = Record<string, { schema?: Schema }>;

export type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
};

export type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Content };
  responses?: Record<string, { description?: string; content?: Content }>;
  security?: unknown[];
};

export type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Partial<Record<string, Operation>>>;
  components?: { schemas?: Record<string, Schema> };
};

export type Endpoint = { id: string; method: string; path: string; operation: Operation };
export type TagGroup = { tag: string; endpoints: Endpoint[] };

const methods = ['get', 'post', 'put', 'patch', 'delete'];

/** Endpoints grouped by their first tag, in the order the document lists them. */
export function groupByTag(doc: OpenApiDocument, untagged: string): TagGroup[] {
  const groups = new Map<string, Endpoint[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? untagged;
      const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-');
      groups.set(tag, [...(groups.get(tag) ?? []), { id, method, path, operation }]);
    }
  }
  return [...groups].map(([tag, endpoints]) => ({ tag, endpoints }));
}

export function matches(endpoint: Endpoint, tag: string, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const { method, path, operation } = endpoint;
  return [method, path, tag, operation.summary ?? '', operation.description ?? ''].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return resolve(doc, doc.components?.schemas?.[name]);
}

/** i18next's `t`, narrowed to what these helpers use so they stay testable without React. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A short, readable type: "string (uuid)", "one of: a, b", "array of object", with "or null" when nullable. */
export function typeLabel(doc: OpenApiDocument, input: Schema | undefined, t: Translate): string {
  const schema = resolve(doc, input);
  if (!schema) return t('admin.reference.types.any');
  if (schema.enum) {
    return t('admin.reference.types.oneOf', {
      values: schema.enum.map((v) => (v === '' ? '""' : String(v))).join(', '),
    });
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const labels = [...new Set(variants.map((v) => typeLabel(doc, v, t)))];
    return labels.join(t('admin.reference.types.or'));
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const main = types.filter((t) => t !== 'null');
  let label = main.length
    ? main.join(t('admin.reference.types.or'))
    : schema.properties
      ? 'object'
      : t('admin.reference.types.any');
  if (main.includes('array'))
    label = t('admin.reference.types.arrayOf', { type: typeLabel(doc, schema.items, t) });
  if (schema.format) label += ` (${schema.format})`;
  return types.includes('null') ? t('admin.reference.types.nullable', { type: label }) : label;
}

/** Limits worth knowing before sending a value. */
export function constraints(doc: OpenApiDocument, input: Schema | undefined, t: Translate): string[] {
  const schema = resolve(doc, input);
  if (!schema) return [];
  const out: string[] = [];
  const add = (key: string, value: unknown) => out.push(t(`admin.reference.constraints.${key}`, { value }));
  if (schema.minLength !== undefined && schema.minLength > 0) add('minLength', schema.minLength);
  if (schema.maxLength !== undefined) add('maxLength', schema.maxLength);
  if (schema.minimum !== undefined) add('minimum', schema.minimum);
  if (schema.maximum !== undefined) add('maximum', schema.maximum);
  if (schema.maxItems !== undefined) add('maxItems', schema.maxItems);
  if (schema.pattern) add('pattern', schema.pattern);
  if (schema.default !== undefined) add('default', JSON.stringify(schema.default));
  return out;
}

export type FieldRow = {
  name: string;
  depth: number;
  type: string;
  required: boolean;
  notes: string[];
  description?: string;
};

/** An object schema as rows, nested objects (and objects inside arrays) indented beneath their field. */
export function fieldRows(
  doc: OpenApiDocument,
  input: Schema | undefined,
  t: Translate,
  depth = 0,
  prefix = '',
): FieldRow[] {
  const schema = resolve(doc, input);
  const object = schema?.type === 'array' ? resolve(doc, schema.items) : schema;
  if (!object?.properties) return [];
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties).flatMap(([name, property]) => {
    const resolved = resolve(doc, property);
    const row: FieldRow = {
      name: prefix + name,
      depth,
      type: typeLabel(doc, resolved, t),
      required: required.has(name),
      notes: constraints(doc, resolved, t),
      description: resolved?.description,
    };
    const inner = resolved?.type === 'array' ? resolve(doc, resolved.items) : resolved;
    const suffix = resolved?.type === 'array' ? '[].' : '.';
    return [row, ...(depth < 4 ? fieldRows(doc, inner, t, depth + 1, `${prefix}${name}${suffix}`) : [])];
  });
}
