/**
 * `activate-probe --list-products` through the one pipeline: nothing is read or probed; the
 * product table is the section of one report envelope, so every format the registry renders for
 * it (the human table, JSON, NDJSON, Markdown, HTML, JUnit) and --out work as for any report.
 */
import { PRODUCTS } from '../kms/products.js';
import { type ProductsReport, productEntry } from '../report/products-report.js';
import { type OutputChoice, runReport } from './run-report.js';

export function runProductsReport(args: { output: OutputChoice }): Promise<{ exitCode: number; report: ProductsReport }> {
  return runReport({
    command: 'activate-probe',
    kind: 'products',
    output: args.output,
    probing: null,
    input: () => ({ listProducts: true }),
    load: async () => undefined,
    observe: async () => PRODUCTS.map(productEntry),
    // A listing judges nothing: no rules, no findings, verdict pass.
    evaluate: () => [],
    section: (products) => ({ products }),
  });
}
