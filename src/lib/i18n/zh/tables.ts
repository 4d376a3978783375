/** Chinese strings: sortable tables, row links and copy-link, CSV downloads and how to open them in Excel and WPS. */
export const tables = {
  'tables.sort.ascending': '已按“{column}”升序排列，缺失的数字排在最后。',
  'tables.sort.descending': '已按“{column}”降序排列，缺失的数字排在最后。',
  'tables.link.anchor': '本行链接',
  'tables.link.copy': '复制链接',
  'tables.link.copyLabel': '复制链接：{name}',
  'tables.link.anchorLabel': '本行链接：{name}',
  'tables.link.copied': '已复制链接：{url}',
  'tables.link.failed': '无法复制，请右键点击“本行链接”复制地址。',
  'tables.downloads.countyYear': '本页数字，CSV',
  'tables.downloads.countyYearJson': '本页数字，JSON',
  'tables.downloads.countyAllYears': '{name}各年全部数字，CSV',
  'tables.downloads.prefectureYear': '{name}及所辖县（市、区）{year} 年全部数字，CSV',
  'tables.downloads.ranking': '{indicator}（{year} 年）各县排名，CSV',
  'tables.downloads.excelNote': 'CSV 文件以 UTF-8 编码并带 BOM，可在 Excel 或 WPS 中直接双击打开。',
  'tables.downloads.howTo': '如何在 Excel 和 WPS 中打开',
  'api.file.indicatorCsv': '{year} 年各县{indicator}排名（CSV）',
  'api.file.countyAllYears': '{name}（{code}）各年全部指标（CSV）',
  'api.file.prefectureYear': '{name}（{code}）及所辖县 {year} 年全部指标（CSV）',
  'api.endpoint.indicatorCsv':
    '同一指标同一年的各县排名（名次、并列、所属地级市、数值、缺失原因、来源），缺失的排在最后。',
  'api.endpoint.countyAllYears': '一个县各年的全部指标，字段同县级 rows。',
  'api.endpoint.prefectureYear': '一个地级市一年的全部指标，先是地级市本身，再是所辖各县，字段同县级 rows。',
  'excel.title': '在 Excel 和 WPS 中打开 CSV',
  'excel.bom':
    '本站 /api/ 下的每个 CSV 都以 UTF-8 编码并在开头带字节顺序标记（BOM），在中文版 Windows 的 Excel 或 WPS 表格中双击即可正确显示中文。',
  'excel.twin':
    '/data/ 下的原始 CSV 与代码库逐字节相同（没有 BOM，SHA-256 见各数据包）；每个原始 CSV 旁另有一个 .excel.csv 文件，内容相同，只在开头加了 BOM，供 Excel 和 WPS 使用。',
  'excel.step.excel':
    'Excel：双击 .excel.csv 或 /api/ 下的 CSV 即可。若中文仍是乱码（例如打开的是原始 CSV），请新建空白工作簿，选择“数据”→“从文本/CSV”，文件原始格式选“65001：Unicode (UTF-8)”，再点“加载”。',
  'excel.step.wps': 'WPS 表格：双击打开即可；若是乱码，请从“数据”菜单的“导入数据”导入，编码选 UTF-8，分隔符选逗号。',
  'excel.step.codes':
    '区划代码（如 371327）在 Excel 中会被当作数字，不影响阅读；若要保留为文本，导入时把 division_code 列的格式设为“文本”。',
  'excel.step.headers':
    '表头是英文字段名，含义见下方“API”一节的字段说明和各数据包的数据字典；name_zh、indicator_zh 等列给出中文名称。',
  'excel.twinLink': 'Excel 版（带 BOM）',
} as const;
