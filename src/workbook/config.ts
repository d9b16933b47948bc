/**
 * A consultant's configuration for a client's workbook (JSON, e.g. `klant-inzicht init --config`):
 * the company, terms, language, ladder, segments and reminder texts, extra user columns per table
 * and column aliases for headers the client already uses. setUp writes it into Instellingen and the
 * tables; it never overrides what the workbook already holds.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import * as z from 'zod/mini';
import { DomainError } from '../domain/errors';
import { checkLadder } from '../domain/ladder/steps';
import { dunningStepSchema, languageSchema, toneSchema, type SettingsInput } from '../domain/model';
import { parseRule, ruleProblemText, ruleReachesConsumers } from '../domain/segments';
import type { ColumnAliases } from './binding';
import type { Why } from './cells';
import { ladderWhy } from './settingsLadderRows';
// The CLI runs from source through tsx, whose require hook leaves loadSegmentReader's dynamic
// import unresolved (no extension): loading the reader here registers it for every command.
import './settingsSegments';

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
  /**
   * Segments as Instellingen holds them (settingsSegments.ts): a name, a rule in the rules' words
   * (docs/core-api.md) and optionally a ladder of its own; the first whose rule holds counts.
   */
  segments: z.optional(
    z.array(
      z.strictObject({
        name,
        rule: name,
        ladder: z.optional(z.array(dunningStepSchema).check(z.minLength(1))),
      }),
    ),
  ),
  /** Reminder texts keyed "<stepId>.<language>.<tone>.subject|body". */
  templates: z._default(z.record(z.string(), z.string()), {}),
  /** User columns to add per table, e.g. { invoices: ['Projectcode'] }. */
  extraColumns: z._default(z.partialRecord(tableId, z.array(name)), {}),
  /** Extra headers per table and field, e.g. { invoices: { number: ['Nr. factuur'] } }. */
  aliases: z._default(z.partialRecord(tableId, z.record(z.string(), z.array(name))), {}),
});

export type ConsultantConfig = z.infer<typeof consultantConfigSchema>;

/** A config the ladder or segment checks refuse: its path in the config and why, in both languages. */
export class ConfigProblem extends DomainError {
  constructor(
    readonly why: Why,
    path: string,
    value: unknown,
  ) {
    super('invalid-input', `config: ${why.en}`, { path, value });
  }
}

/**
 * The ladder checks Instellingen applies (settingsLadder/settingsSegments), on a config: the main
 * ladder reaches consumers; a segment's rule must read, its name be unique, its ladder obey the
 * same rules as the main one.
 */
function checkConfig(c: ConsultantConfig): void {
  const ladder = (steps: readonly unknown[], path: string, consumers: boolean): void => {
    try {
      checkLadder(steps, path, consumers);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const at = /\[(\d+)\]/.exec(e.where.path ?? '')?.[1] ?? '0';
      throw new ConfigProblem(ladderWhy(e, Number(at) + 1), `${path}.${at}.kind`, steps[Number(at)]);
    }
  };
  if (c.ladder) ladder(c.ladder, 'ladder', true);
  const names = new Set<string>();
  (c.segments ?? []).forEach((s, i) => {
    const key = s.name.toLocaleLowerCase('nl');
    if (names.has(key))
      throw new ConfigProblem(
        {
          code: 'duplicate-segment',
          nl: `de segmentnaam ${s.name} komt twee keer voor`,
          en: `the segment name ${s.name} occurs twice`,
        },
        `segments.${i}.name`,
        s.name,
      );
    names.add(key);
    const parsed = parseRule(s.rule);
    if (!parsed.ok)
      throw new ConfigProblem(
        {
          code: 'invalid-segment-rule',
          nl: ruleProblemText(parsed.problem, 'nl'),
          en: ruleProblemText(parsed.problem, 'en'),
        },
        `segments.${i}.rule`,
        s.rule,
      );
    if (s.ladder) ladder(s.ladder, `segments.${i}.ladder`, ruleReachesConsumers(parsed.rule));
  });
}

/** Parses a config; a bad one is a DomainError naming the first offending path. */
export function parseConfig(input: unknown): ConsultantConfig {
  const r = consultantConfigSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue ? issue.path.join('.') : '';
    throw new DomainError('invalid-input', `config: ${issue?.message ?? 'invalid'}`, {
      path: path || 'config',
      value: input,
    });
  }
  checkConfig(r.data);
  return r.data;
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
  if (c.segments && c.segments.length > 0)
    s.segments = c.segments.map((x) => ({
      name: x.name,
      rule: x.rule,
      ...(x.ladder ? { ladder: x.ladder } : {}),
    }));
  return s;
}

export function aliasesFromConfig(c: ConsultantConfig): ColumnAliases {
  return c.aliases as ColumnAliases;
}
