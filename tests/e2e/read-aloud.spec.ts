import { expect, test, type Page } from '@playwright/test';

/**
 * 朗读 read aloud. The browser's speech synthesis is the boundary: headless Chromium has no voices,
 * so the control must stay hidden there; a stand-in `speechSynthesis` (installed before the page's
 * scripts run) then gives the page voices and records what the page asks it to say.
 */
const countyYear = '/counties/371724/2018/';

/** Replaces the browser's speech API with one that has the given voices and speaks nothing. */
async function fakeSpeech(page: Page, voiceLangs: string[]): Promise<void> {
  await page.addInitScript((langs: string[]) => {
    const w = window as unknown as Record<string, unknown>;
    const calls: { call: string; text?: string; lang?: string; voice?: string }[] = [];
    const voices = langs.map((lang) => ({ name: `Fake ${lang}`, lang, localService: true, default: false }));
    const events = new EventTarget();
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(public text: string) {
        super();
      }
    }
    w.__speechCalls = calls;
    w.__current = null;
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak(u: FakeUtterance) {
          calls.push({ call: 'speak', text: u.text, lang: u.lang, voice: u.voice?.name });
          w.__current = u;
        },
        cancel() {
          calls.push({ call: 'cancel' });
          const u = w.__current as FakeUtterance | null;
          w.__current = null;
          u?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
        },
        pause: () => calls.push({ call: 'pause' }),
        resume: () => calls.push({ call: 'resume' }),
        addEventListener: events.addEventListener.bind(events),
        removeEventListener: events.removeEventListener.bind(events),
        dispatchEvent: events.dispatchEvent.bind(events),
      },
    });
  }, voiceLangs);
}

type Call = { call: string; text?: string; lang?: string; voice?: string };
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speechCalls: Call[] }).__speechCalls);
const spoken = async (page: Page) => (await calls(page)).filter((c) => c.call === 'speak');

/** Lets the stand-in voice finish every piece in turn, as a real one would. */
async function speakToTheEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __current: EventTarget | null };
    for (let guard = 0; w.__current && guard < 5000; guard++) {
      const u = w.__current;
      w.__current = null;
      u.dispatchEvent(new Event('end'));
    }
  });
}

for (const path of [countyYear, `/en${countyYear}`]) {
  test(`${path}: no voice in the browser, no read-aloud control`, async ({ page }) => {
    await page.goto(path);
    const voices = await page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang));
    test.skip(voices.length > 0, `this Chromium has voices (${voices.join(', ')})`);
    await expect(page.locator('read-aloud')).toBeHidden();
    await expect(page.locator('text-size')).toBeVisible(); // the bar itself still works
  });
}

test('a Chinese page with only an English voice offers no read-aloud', async ({ page }) => {
  await fakeSpeech(page, ['en-US']);
  await page.goto(countyYear);
  await expect(page.locator('text-size')).toBeVisible();
  await expect(page.locator('read-aloud')).toBeHidden();
});

test('a voice that arrives after the page loads (voiceschanged) shows the control', async ({ page }) => {
  await fakeSpeech(page, []);
  await page.goto(countyYear);
  await expect(page.locator('text-size')).toBeVisible();
  await expect(page.locator('read-aloud')).toBeHidden();
  await page.evaluate(() => {
    const voices = speechSynthesis.getVoices() as unknown as object[];
    voices.push({ name: 'Fake zh-CN', lang: 'zh-CN', localService: true, default: false });
    speechSynthesis.dispatchEvent(new Event('voiceschanged'));
  });
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
});

test('朗读 reads the main text of a Chinese page in the Mandarin voice, pauses, resumes and stops', async ({
  page,
}) => {
  await fakeSpeech(page, ['en-US', 'zh-CN']);
  await page.goto(countyYear);
  const read = page.getByRole('button', { name: '朗读本页' });
  const pause = page.getByRole('button', { name: '暂停' });
  const stop = page.getByRole('button', { name: '停止' });
  const status = page.locator('read-aloud [role="status"]');
  await expect(pause).toBeHidden();
  await read.click();
  await expect(read).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('正在朗读本页。');
  const [first] = await spoken(page);
  expect(first).toMatchObject({ lang: 'zh-CN', voice: 'Fake zh-CN' });
  const h1 = (await page.locator('main h1').innerText()).replace(/\s+/g, ' ').trim();
  expect(h1.startsWith(first!.text!) || first!.text!.includes(h1)).toBe(true);

  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(status).toHaveText('已暂停朗读。');
  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await expect(status).toHaveText('继续朗读。');
  await stop.click();
  await expect(status).toHaveText('已停止朗读。');
  await expect(read).toHaveAttribute('aria-pressed', 'false');
  await expect(stop).toBeHidden();
  expect((await calls(page)).map((c) => c.call)).toEqual(['cancel', 'speak', 'pause', 'resume', 'cancel']);
});

test('朗读 reads the whole main text in short pieces, and no controls, navigation or drawings', async ({ page }) => {
  await fakeSpeech(page, ['zh-CN']);
  await page.goto(countyYear);
  await page.getByRole('button', { name: '朗读本页' }).click();
  await speakToTheEnd(page);
  await expect(page.locator('read-aloud [role="status"]')).toHaveText('本页已读完。');
  const texts = (await spoken(page)).map((c) => c.text!);
  expect(texts.every((text) => text.length <= 50)).toBe(true); // src/lib/speech/chunk.ts MAX_CHARS
  const all = texts.join('');
  const main = page.locator('main');
  const caption = (await main.locator('table caption').first().innerText()).replace(/\s+/g, ' ').trim();
  expect(all).toContain(caption);
  for (const chrome of ['朗读本页', '文字大小', '复制链接', '本行链接']) expect(all).not.toContain(chrome);
  const mapTitle = (await main.locator('svg title').first().textContent())!.trim();
  expect(mapTitle.length).toBeGreaterThan(0);
  expect(all).not.toContain(mapTitle);
});

test('Read aloud on an English page uses the English voice', async ({ page }) => {
  await fakeSpeech(page, ['zh-CN', 'en-GB']);
  await page.goto(`/en${countyYear}`);
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.locator('read-aloud [role="status"]')).toHaveText('Reading this page aloud.');
  const [first] = await spoken(page);
  expect(first).toMatchObject({ lang: 'en-GB', voice: 'Fake en-GB' });
  expect(first!.text).toMatch(/[A-Za-z]/);
  // Pressing the button again stops, like the Stop button.
  await page.getByRole('button', { name: 'Read aloud' }).click();
  await expect(page.locator('read-aloud [role="status"]')).toHaveText('Reading stopped.');
});
