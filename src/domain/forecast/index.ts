/**
 * Foresight from the ledger and "today": a predicted pay date per open invoice (payDate) and the
 * cash of the next weeks (cash). Use `forecast(ledger, { today, dueDateOf })`, or, with a ledger
 * the metrics already prepared, predictPayDates(prepared) and cashForecast(prepared, predictions).
 */
import {
  prepareLedger,
  type MetricsLedger,
  type PreparedLedger,
  type PrepareOptions,
} from '../metrics/prepare';
import { cashForecast, type CashForecast } from './cash';
import { predictPayDates, type PayDateOptions, type PayDatePrediction } from './payDate';

export { predictPayDates } from './payDate';
export type { PayDatePrediction, PredictionBasis } from './payDate';
export { cashForecast } from './cash';
export { customersAboveThreshold } from './dependencyThreshold';
export type { CashForecast, CashTotals } from './cash';

export interface ForecastOptions extends PrepareOptions, PayDateOptions {
  /** Weeks of cash from today (default 13). */
  weeks?: number;
}

export interface Forecast {
  predictions: PayDatePrediction[];
  cash: CashForecast;
}

export function forecast(ledger: MetricsLedger, options: ForecastOptions): Forecast {
  return forecastOfPrepared(prepareLedger(ledger, options), options);
}

/** The same, over a ledger the metrics already prepared. */
export function forecastOfPrepared(
  prepared: PreparedLedger,
  options: Omit<ForecastOptions, keyof PrepareOptions> = {},
): Forecast {
  const predictions = predictPayDates(prepared, options);
  return {
    predictions,
    cash: cashForecast(prepared, predictions, options.weeks === undefined ? {} : { weeks: options.weeks }),
  };
}
