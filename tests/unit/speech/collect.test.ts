import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, type SpeechNode } from '../../../src/lib/speech/collect.ts';

/** A page's `<main>` parsed from markup, as the browser would hand it to the collector. */
function main(html: string): SpeechNode {
  const doc = new DOMParser().parseFromString(`<html><body><main>${html}</main></body></html>`, 'text/html');
  return doc.getElementsByTagName('main')[0] as unknown as SpeechNode;
}

const zh = { cellSeparator: '，' };

describe('what 朗读 reads from <main>', () => {
  it('reads headings, paragraphs and list items as separate blocks, white space collapsed', () => {
    const blocks = collectBlocks(
      main(`<h1>巨野县 2018 年</h1>
        <p>累计脱贫
           <strong>135,136</strong> 人。</p>
        <ul><li>第一项</li><li>第二 <a href="#x">链接</a></li></ul>`),
      zh,
    );
    expect(blocks).toEqual(['巨野县 2018 年', '累计脱贫 135,136 人。', '第一项', '第二 链接']);
  });

  it('leaves out navigation, buttons, forms, drawings, the page tools and copy-link controls', () => {
    const blocks = collectBlocks(
      main(`<nav><a href="/">首页</a></nav>
        <read-aloud><button type="button">朗读本页</button></read-aloud>
        <p>正文<button type="button">排序</button></p>
        <form><label>搜索<input name="q"/></label></form>
        <svg><text>济南市</text></svg>
        <p>表后<copy-link><a href="#r">链接</a></copy-link></p>`),
      zh,
    );
    expect(blocks).toEqual(['正文', '表后']);
  });

  it('leaves out hidden text: hidden, aria-hidden, visually hidden, data-speech="skip" and what the page reports hidden', () => {
    const blocks = collectBlocks(
      main(`<p hidden="">隐藏</p><p aria-hidden="true">装饰</p>
        <p>可见<span class="note visually-hidden">读屏文字</span></p>
        <div data-speech="skip">跳过</div>
        <details><summary>摘要</summary><p class="closed">折叠内容</p></details>`),
      { ...zh, isHidden: (el) => el.getAttribute?.('class') === 'closed' },
    );
    expect(blocks).toEqual(['可见', '摘要']);
  });

  it('reads a table as its caption, then one sentence per row with the cells joined by the comma', () => {
    const blocks = collectBlocks(
      main(`<table><caption>各县贫困人口</caption>
        <thead><tr><th>县</th><th>人数 <button>排序</button></th></tr></thead>
        <tbody><tr><th>巨野县</th><td> 135,136 </td></tr><tr><th>成武县</th><td></td></tr></tbody></table>`),
      zh,
    );
    expect(blocks).toEqual(['各县贫困人口', '县，人数', '巨野县，135,136', '成武县']);
  });

  it('joins cells with the English comma on English pages', () => {
    const blocks = collectBlocks(main('<table><tr><td>Juye</td><td>135,136</td></tr></table>'), {
      cellSeparator: ', ',
    });
    expect(blocks).toEqual(['Juye, 135,136']);
  });
});
