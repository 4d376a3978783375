/** Chinese strings: the page's QR code. */
export const conventions = {
  'conventions.qr.caption': '扫一扫在手机打开',
  'conventions.qr.label': '本页网址的二维码：',
} as const;
