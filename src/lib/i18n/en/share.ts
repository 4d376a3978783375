/** English strings: link previews (Open Graph), map downloads and the embed frame. */
export const share = {
  'share.example': 'The figures on this page are example data, not real statistics.',
  'share.headline.indicatorYear':
    'Across the {with} counties with a figure, the median is {median} and the highest {max}.',
  'share.siteCard.alt': "Map of Shandong's county-level divisions, with prefecture borders in bold.",
  'share.mapImage.alt':
    "Choropleth map of Shandong's counties: {indicator}, {year} (no text; darker means more, hatching means no data).",
  'share.mapImage.altExample':
    "Choropleth map of Shandong's counties: {indicator}, {year} (example data, not real statistics; no text; darker means more, hatching means no data).",
  'share.download.label': 'Download the map',
  'share.download.chartLabel': 'Download the chart',
  // Shown before the links, naming what they download (share.download.label or chartLabel).
  'share.download.lead': '{what}:',
  'share.download.svg': 'SVG (vector)',
  'share.download.png': 'PNG (image)',
  'share.download.svgTitle': 'Download as SVG (vector, with title, key and source)',
  'share.download.pngTitle': 'Download as PNG (made from the SVG in your browser)',
  'share.download.failed': 'The PNG could not be made; please download the SVG.',
  'share.source': 'Source: ',
  'share.siteLine': '{site}  {url}',
  'share.embed.site': 'From: ',
  'share.embed.fixed': 'Fixed height (no script needed):',
  'share.embed.responsive': 'Automatic height (add one script line; the frame grows when the data table is opened):',
} as const;
