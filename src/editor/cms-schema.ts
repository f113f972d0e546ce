// The content schemas as JSON Schema (zod's own toJSONSchema), the form the web editor's config
// is generated from. Inputs, not outputs: a field with a default is optional to write. Field
// kinds JSON Schema cannot name (a date is a transform, a URL a refinement, a cover Astro's
// image()) are tagged with a `format` by the identity of the shared field schema.
import { z } from 'astro/zod';
import { articleSchema } from '../schema/article.ts';
import { authorSchema } from '../schema/author.ts';
import { channelSchema } from '../schema/channel.ts';
import { contentDate, httpsUrl, webUrl } from '../schema/fields.ts';

/** The part of JSON Schema the content schemas produce. */
export interface JsonNode {
  type?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
}

export type ContentFormat = 'content-date' | 'web-url' | 'https-url' | 'image';

/** Stands in for Astro's image() helper, which only exists inside the build (as in validate.ts). */
const coverImage = z.string();

const FORMATS = new Map<unknown, ContentFormat>([
  [contentDate, 'content-date'],
  [webUrl, 'web-url'],
  [httpsUrl, 'https-url'],
  [coverImage, 'image'],
]);

export function contentJsonSchema(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    reused: 'inline',
    // The transforms and refinements themselves have no JSON form; their format tag says enough.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const format = FORMATS.get(zodSchema);
      if (format) jsonSchema.format = format;
    },
  }) as JsonNode;
}

/** The schemas the web editor edits, by its collection names. */
export const CMS_SCHEMAS = {
  articles: articleSchema(() => coverImage),
  channels: channelSchema,
  authors: authorSchema,
} as const;

export type CmsCollection = keyof typeof CMS_SCHEMAS;
