import { APPLICATION_IDS, APPLICATION_NAMES, type KmsProduct, type ProductFamily } from '../kms/products.js';
import type { Envelope } from './envelope.js';

/** One product `--product` accepts, as data: its ids, KMS group, protocol version and threshold. */
export interface ProductEntry {
  name: string;
  aliases: string[];
  family: ProductFamily;
  /** null: the table has no SKU id for the edition (the all-zero GUID is sent unless --sku names one). */
  skuId: string | null;
  kmsCountedId: string;
  kmsGroup: string;
  applicationId: string;
  /** The application's short name (Windows, Office 2010, Office 2013+). */
  application: string;
  protocol: number;
  minimumCount: number;
  /** The KMS counted id comes from third-party sources only (†). */
  unverifiedIds: boolean;
}

/** The section of `activate-probe --list-products`: the product table, in the table's order. */
export interface ProductsSection {
  products: ProductEntry[];
}

export type ProductsReport = Envelope<'products'> & ProductsSection;

export function productEntry(product: KmsProduct): ProductEntry {
  const { group } = product;
  return {
    name: product.name,
    aliases: [...product.aliases],
    family: product.family,
    skuId: product.skuId,
    kmsCountedId: group.kmsCountedId,
    kmsGroup: group.name,
    applicationId: APPLICATION_IDS[group.application],
    application: APPLICATION_NAMES[group.application],
    protocol: group.protocol,
    minimumCount: group.minimumCount,
    unverifiedIds: group.unverified,
  };
}
