/**
 * Foresight from the ledger and "today": a predicted pay date per open invoice (payDate) and the
 * cash of the next weeks (cash). Use `forecast(ledger, { today, dueDateOf })`, or, with a ledger
 * the metrics already prepared, predictPayDates(prepared) and cashForecast(prepared, predictions).
 */
import {
  prepareLedger,
  type MetricsLedger,
  type PrepareOptions,
  type PreparedLedger,
} from '../metrics/prepare';
import { cashForecast, type CashForecast } from './cash';
import { predictPayDates, type PayDateOptions, type PayDatePrediction } from './payDate';

export { predictPayDates, isForecastable } from './payDate';
export type { PayDateOptions, PayDatePrediction, PredictionBasis, ExpectedPart } from './payDate';
export { cashForecast } from './cash';
export { customersAboveThreshold } from './dependencyThreshold';
export type { CashForecast, CashWeek, CashRest, CashTotals, CustomerCash } from './cash';

export interface ForecastOptions extends PrepareOptions, PayDateOptions {
  /** Weeks of cash from today (default 13). */
  weeks?: number;
}

export interface Forecast {
  predictions: PayDatePrediction[];
  cash: CashForecast;
}

/** Pay dates and cash over an already prepared ledger (the overview's, say). */
export function forecastPrepared(
  prepared: PreparedLedger,
  options: PayDateOptions & { weeks?: number } = {},
): Forecast {
  const predictions = predictPayDates(prepared, options);
  return {
    predictions,
    cash: cashForecast(prepared, predictions, options.weeks === undefined ? {} : { weeks: options.weeks }),
  };
}

export function forecast(ledger: MetricsLedger, options: ForecastOptions): Forecast {
  return forecastPrepared(prepareLedger(ledger, options), options);
}
