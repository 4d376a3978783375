/**
 * A small JSON scanner (RFC 8259 grammar) that records where each value starts, so descriptor
 * problems can point at a line and column, and that names the first syntax error with its
 * position. V8's JSON.parse message gives no position for some errors (e.g. a trailing comma:
 * "Unexpected token ']'"), so the position comes from here; the value still comes from JSON.parse.
 */
export type JsonPath = Array<string | number>;

export interface JsonSyntaxError {
  offset: number;
  message: string;
  hint: string | null;
  /** The text may be valid JSON, but nested deeper than MAX_JSON_DEPTH: not read at all. */
  tooDeep?: boolean;
}

/**
 * Deepest nesting of objects and arrays read. A Data Package descriptor needs about 8 levels
 * (resources → schema → fields → constraints → enum); 64 leaves room for any extension while a
 * descriptor nested 10,000 levels deep gets a clear refusal instead of a stack overflow here,
 * in JSON.parse or in the profile check.
 */
export const MAX_JSON_DEPTH = 64;

export interface JsonScan {
  /** Offset of each value by JSON pointer (`/resources/0/path`); "" is the root. */
  positions: Map<string, number>;
  error: JsonSyntaxError | null;
}

export const pointer = (path: JsonPath): string =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

class Stop extends Error {
  detail: JsonSyntaxError;
  constructor(detail: JsonSyntaxError) {
    super(detail.message);
    this.detail = detail;
  }
}

export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  let i = 0;
  /** Offset of the last comma read, where a trailing-comma error points. */
  let lastComma = 0;
  const fail = (message: string, hint: string | null = null, at = i): never => {
    throw new Stop({ offset: at, message, hint });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? '文件结束' : `“${text[i]}”`);
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const c = text[i]!;
      if (c < ' ') fail('字符串里不能直接换行或含控制字符', '字符串里的换行请写成 \\n');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('无效的转义序列', '反斜杠要写成 \\\\');
      } else i++;
    }
    if (i >= text.length) fail('字符串没有结束引号', null, start);
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: JsonPath): void => {
    ws();
    positions.set(pointer(path), i);
    const c = text[i];
    if ((c === '{' || c === '[') && path.length >= MAX_JSON_DEPTH)
      throw new Stop({ offset: i, message: `嵌套超过 ${MAX_JSON_DEPTH} 层，太深，不读取`, hint: '描述文件只需要几层嵌套：检查是否误粘贴了生成的内容', tooDeep: true });
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return void string();
    const m = text.slice(i).match(/^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/);
    if (m) {
      i += m[0].length;
      return;
    }
    if (c === "'") fail('JSON 字符串必须用双引号', '把单引号 \' 换成双引号 "');
    fail(`此处应为一个值，实际为 ${found()}`);
  };
  const object = (path: JsonPath): void => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      if (text[i] === '}') fail('最后一个属性后面多了逗号', 'JSON 不允许结尾逗号：删除“}”前面的逗号', lastComma);
      if (text[i] !== '"') fail(`此处应为带双引号的属性名，实际为 ${found()}`, text[i] === "'" ? '把单引号换成双引号' : null);
      const key = string();
      ws();
      if (text[i] !== ':') fail(`属性名后面应为“:”，实际为 ${found()}`);
      i++;
      value([...path, key]);
      ws();
      if (text[i] === ',') {
        lastComma = i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      fail(`此处应为“,”或“}”，实际为 ${found()}`, text[i] === '"' ? '上一个属性后面缺少逗号' : null);
    }
  };
  const array = (path: JsonPath): void => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (let k = 0; ; k++) {
      ws();
      if (text[i] === ']' && k > 0) fail('最后一项后面多了逗号', 'JSON 不允许结尾逗号：删除“]”前面的逗号', lastComma);
      value([...path, k]);
      ws();
      if (text[i] === ',') {
        lastComma = i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      fail(`此处应为“,”或“]”，实际为 ${found()}`, text[i] === '"' || text[i] === '{' ? '上一项后面缺少逗号' : null);
    }
  };
  try {
    if (text.trim() === '') fail('文件是空的', '描述文件至少应为 {"resources": [...]}');
    value([]);
    ws();
    if (i < text.length) fail(`JSON 结束后还有多余的内容 ${found()}`);
    return { positions, error: null };
  } catch (e) {
    if (e instanceof Stop) return { positions, error: e.detail };
    return { positions, error: { offset: i, message: `无法解析 JSON：${String(e)}`, hint: null } };
  }
}

/** 1-based line and character column of an offset (LF, CRLF or lone CR end a line). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: [...text.slice(start, offset)].length + 1 };
}

/** Position of the value at `path`, or of its nearest ancestor that exists (for a missing property). */
export function locate(scan: JsonScan, text: string, path: JsonPath): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const at = scan.positions.get(pointer(path.slice(0, n)));
    if (at !== undefined) return lineColumn(text, at);
  }
  return { line: 1, column: 1 };
}
