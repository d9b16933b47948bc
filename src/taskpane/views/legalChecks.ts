/**
 * Vandaag's checks that need the legal code, which loads after the first view so the entry chunk
 * stays small: why a customer's message cannot be drafted, found before the person opens it (the
 * legal amounts on a day the rate table does not reach fail that customer's card only, never the
 * list), and whether today is past the rate table.
 */
import type { IsoDate } from '../../domain/dates';
import type { DunningGroup } from '../../domain/dunning';
import { DomainError } from '../../domain/errors';
import type { RatesOutdated } from '../../domain/legal/interestRates';
import type { LedgerIndex } from '../../domain/ledger';
import type { Settings } from '../../domain/model';

export interface LegalChecks {
  errors: Map<string, DomainError>;
  outdated?: RatesOutdated;
}

export async function legalChecks(
  plan: readonly DunningGroup[],
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): Promise<LegalChecks> {
  const [{ finalNoticeClaim }, { ratesOutdated }] = await Promise.all([
    import('../../domain/actions'),
    import('../../domain/legal/interestRates'),
  ]);
  const errors = new Map<string, DomainError>();
  for (const g of plan) {
    try {
      finalNoticeClaim(g, index, settings, today);
    } catch (error) {
      if (error instanceof DomainError) errors.set(g.customerNumber, error);
      else throw error;
    }
  }
  return { errors, outdated: ratesOutdated(today, settings.extraInterestRates, settings.country) };
}
