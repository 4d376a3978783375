/** English strings: the page's QR code, and the page tools (read aloud, text size, print). */
export const conventions = {
  'conventions.qr.caption': 'Scan to open on a phone',
  'conventions.qr.label': 'QR code of this page’s address: ',
  'conventions.tools.label': 'Page tools',
  'conventions.read.button': 'Read aloud',
  'conventions.read.pause': 'Pause',
  'conventions.read.stop': 'Stop',
  'conventions.read.started': 'Reading this page aloud.',
  'conventions.read.paused': 'Reading paused.',
  'conventions.read.resumed': 'Reading resumed.',
  'conventions.read.stopped': 'Reading stopped.',
  'conventions.read.finished': 'Finished reading this page.',
  'conventions.read.failed': 'The browser could not read the page aloud; reading stopped.',
  'conventions.size.label': 'Text size',
  'conventions.size.standard': 'Standard',
  'conventions.size.large': 'Large',
  'conventions.print.button': 'Print',
} as const;
