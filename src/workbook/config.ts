/**
 * A consultant's configuration for a client's workbook (JSON, e.g. `klant-inzicht init --config`):
 * the company, terms, language, ladder and reminder texts, extra user columns per table and
 * column aliases for headers the client already uses. setUp writes it into Instellingen and the
 * tables; it never overrides what the workbook already holds.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import * as z from 'zod/mini';
import { DomainError } from '../domain/errors';
import { dunningStepSchema, languageSchema, toneSchema, type SettingsInput } from '../domain/model';
import type { ColumnAliases } from './binding';

const tableId = z.enum(['customers', 'invoices', 'payments', 'contacts', 'arrangements', 'settings']);
const days = z.int().check(z.minimum(0), z.maximum(365));
const trimmed = z.string().check(z.trim());
const name = z.string().check(z.trim(), z.minLength(1));

const consultantConfigSchema = z.strictObject({
  company: z._default(
    z.strictObject({
      name: z.optional(name),
      iban: z.optional(
        z
          .string()
          .check(
            z.refine((v) => isValidIBAN(electronicFormatIBAN(v) ?? ''), { message: 'not a valid IBAN' }),
          ),
      ),
      email: z.optional(trimmed),
      phone: z.optional(trimmed),
      senderName: z.optional(trimmed),
    }),
    {},
  ),
  language: z._default(languageSchema, 'nl'),
  tone: z.optional(toneSchema),
  country: z.optional(z.enum(['NL', 'BE'])),
  terms: z._default(z.strictObject({ businessDays: z.optional(days), consumerDays: z.optional(days) }), {}),
  ladder: z.optional(z.array(dunningStepSchema).check(z.minLength(1))),
  /** Reminder texts keyed "<stepId>.<language>.<tone>.subject|body". */
  templates: z._default(z.record(z.string(), z.string()), {}),
  /** User columns to add per table, e.g. { invoices: ['Projectcode'] }. */
  extraColumns: z._default(z.partialRecord(tableId, z.array(name)), {}),
  /** Extra headers per table and field, e.g. { invoices: { number: ['Nr. factuur'] } }. */
  aliases: z._default(z.partialRecord(tableId, z.record(z.string(), z.array(name))), {}),
});

export type ConsultantConfig = z.infer<typeof consultantConfigSchema>;

/** Parses a config; a bad one is a DomainError naming the first offending path. */
export function parseConfig(input: unknown): ConsultantConfig {
  const r = consultantConfigSchema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  throw new DomainError('invalid-input', `config: ${issue?.message ?? 'invalid'}`, {
    path: path || 'config',
    value: input,
  });
}

/** The Settings a config asks for (only what it names; defaults fill the rest). */
export function settingsFromConfig(c: ConsultantConfig): SettingsInput {
  const s: SettingsInput = { language: c.language, templates: c.templates };
  if (c.tone) s.tone = c.tone;
  if (c.country) s.country = c.country;
  if (c.company.name) s.companyName = c.company.name;
  if (c.company.iban) s.companyIban = electronicFormatIBAN(c.company.iban) ?? c.company.iban;
  if (c.company.email) s.companyEmail = c.company.email;
  if (c.company.phone) s.companyPhone = c.company.phone;
  if (c.company.senderName) s.senderName = c.company.senderName;
  if (c.terms.businessDays !== undefined) s.businessTermDays = c.terms.businessDays;
  if (c.terms.consumerDays !== undefined) s.consumerTermDays = c.terms.consumerDays;
  if (c.ladder) s.ladder = c.ladder;
  return s;
}

export function aliasesFromConfig(c: ConsultantConfig): ColumnAliases {
  return c.aliases as ColumnAliases;
}
