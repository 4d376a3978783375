/** English strings: the page's QR code. */
export const conventions = {
  'conventions.qr.caption': 'Scan to open on a phone',
  'conventions.qr.label': 'QR code of this page’s address: ',
} as const;
