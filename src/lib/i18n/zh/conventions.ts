/** Chinese strings: the page's QR code, and the page tools (朗读, text size, 打印). */
export const conventions = {
  'conventions.qr.caption': '扫一扫在手机打开',
  'conventions.qr.label': '本页网址的二维码：',
  'conventions.tools.label': '页面工具',
  'conventions.read.button': '朗读本页',
  'conventions.read.pause': '暂停',
  'conventions.read.stop': '停止',
  'conventions.read.started': '正在朗读本页。',
  'conventions.read.paused': '已暂停朗读。',
  'conventions.read.resumed': '继续朗读。',
  'conventions.read.stopped': '已停止朗读。',
  'conventions.read.finished': '本页已读完。',
  'conventions.read.failed': '浏览器未能朗读，已停止。',
  'conventions.size.label': '文字大小',
  'conventions.size.standard': '标准',
  'conventions.size.large': '大字',
  'conventions.print.button': '打印本页',
} as const;
