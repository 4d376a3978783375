/** Chinese strings: link previews (Open Graph), map downloads and the embed frame. */
export const share = {
  'share.example': '页面中的数字为示例数据，并非真实统计。',
  'share.headline.indicatorYear': '有数字的 {with} 个县中，中位数为 {median}，最高为 {max}。',
  'share.siteCard.alt': '山东省各县（市、区）地图，粗线为各市边界。',
  'share.mapImage.alt': '{year} 年山东省各县{indicator}分级设色图（不含文字；颜色越深数值越大，斜线为无数据）。',
  'share.mapImage.altExample':
    '{year} 年山东省各县{indicator}分级设色图（示例数据，并非真实统计；不含文字；颜色越深数值越大，斜线为无数据）。',
  'share.download.label': '下载地图',
  'share.download.chartLabel': '下载图表',
  // Shown before the links, naming what they download (share.download.label or chartLabel).
  'share.download.lead': '{what}：',
  'share.download.svg': 'SVG 矢量图',
  'share.download.png': 'PNG 图片',
  'share.download.svgTitle': '下载 SVG 矢量图（含标题、图例、来源）',
  'share.download.pngTitle': '下载 PNG 图片（由 SVG 在浏览器中生成）',
  'share.download.failed': 'PNG 未能生成，请下载 SVG。',
  'share.source': '数据来源：',
  'share.siteLine': '{site}　{url}',
  'share.embed.site': '来自：',
  'share.embed.fixed': '固定高度（不需要脚本）：',
  'share.embed.responsive': '自动高度（另加一行脚本，地图展开数据表时框架随之变高）：',
} as const;
