/**
 * Shandong's GB/T 2260 code: the one `province` row of `data/divisions/divisions.csv`, the parent
 * of every prefecture, and the code under which the province-wide figures are filed.
 */
export const PROVINCE_CODE = '370000';
