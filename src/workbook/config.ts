/**
 * A consultant's configuration for a client's workbook (JSON, e.g. `klant-inzicht init --config`):
 * the company, terms, language, ladder and reminder texts, extra user columns per table and
 * column aliases for headers the client already uses. setUp writes it into Instellingen and the
 * tables; it never overrides what the workbook already holds.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { dunningStepSchema, languageSchema, toneSchema, type SettingsInput } from '../domain/model';
import type { ColumnAliases } from './binding';
import type { TableId } from './schema';

const tableId = z.enum(['customers', 'invoices', 'payments', 'contacts', 'arrangements', 'settings']);
const days = z.number().int().min(0).max(365);

export const consultantConfigSchema = z
  .object({
    company: z
      .object({
        name: z.string().trim().min(1).optional(),
        iban: z
          .string()
          .optional()
          .refine((v) => v === undefined || isValidIBAN(electronicFormatIBAN(v) ?? ''), {
            message: 'not a valid IBAN',
          }),
        email: z.string().trim().optional(),
        phone: z.string().trim().optional(),
        senderName: z.string().trim().optional(),
      })
      .strict()
      .default({}),
    language: languageSchema.default('nl'),
    tone: toneSchema.optional(),
    country: z.enum(['NL', 'BE']).optional(),
    terms: z.object({ businessDays: days.optional(), consumerDays: days.optional() }).strict().default({}),
    ladder: z.array(dunningStepSchema).min(1).optional(),
    /** Reminder texts keyed "<stepId>.<language>.<tone>.subject|body". */
    templates: z.record(z.string(), z.string()).default({}),
    /** User columns to add per table, e.g. { invoices: ['Projectcode'] }. */
    extraColumns: z.partialRecord(tableId, z.array(z.string().trim().min(1))).default({}),
    /** Extra headers per table and field, e.g. { invoices: { number: ['Nr. factuur'] } }. */
    aliases: z.partialRecord(tableId, z.record(z.string(), z.array(z.string().trim().min(1)))).default({}),
  })
  .strict();

export type ConsultantConfig = z.infer<typeof consultantConfigSchema>;
export type ConsultantConfigInput = z.input<typeof consultantConfigSchema>;

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

export function extraColumnsFromConfig(c: ConsultantConfig): Partial<Record<TableId, string[]>> {
  return c.extraColumns;
}
