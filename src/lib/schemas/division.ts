import { z } from 'zod';

/**
 * A GB/T 2260 six-digit code, e.g. `370116`. Which province's codes a registry may hold is the
 * registry's own table schema (data/divisions/datapackage.json allows `37…` only), so a data
 * folder of several provinces reads through the same code.
 */
const CODE = /^[1-9]\d{5}$/;

/** One row of `data/divisions/divisions.csv`: a division that existed at some time in the site's years. */
export const DivisionSchema = z.object({
  /** Six-digit code, e.g. `370116`. */
  code: z.string().regex(CODE),
  /** `province` (370000 only), `prefecture` (地级市) or `county` (县级: 市辖区, 县级市, 县). */
  level: z.enum(['province', 'prefecture', 'county']),
  /** Chinese administrative type: 省, 地级市, 市辖区, 县级市, 县. */
  kind: z.enum(['省', '地级市', '市辖区', '县级市', '县']),
  /** Official Chinese name, e.g. `莱芜区`. */
  nameZh: z.string().min(1),
  /** English name in pinyin with its type, e.g. `Laiwu District`. */
  nameEn: z.string().min(1),
  /** Code of the division it belongs to; empty for the province. */
  parent: z.string().regex(CODE).nullable(),
  /** First day in force (inclusive); null when it was already in force before 2018-01-01. */
  validFrom: z.iso.date().nullable(),
  /** First day no longer in force (exclusive); null when still in force after 2020-12-31. */
  validTo: z.iso.date().nullable(),
  /** Codes that took over from it when it ended (empty when it did not end). */
  successors: z.array(z.string().regex(CODE)),
  /** Approval document of the change that created or ended it, e.g. `国函〔2018〕163号`. */
  changeDocument: z.string().nullable(),
});
export type Division = z.output<typeof DivisionSchema>;
