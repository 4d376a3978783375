import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/lib/speech/voice.ts';

const voice = (lang: string, localService = true, isDefault = false) => ({
  lang,
  localService,
  default: isDefault,
  name: lang,
});

describe('choosing the voice for a page', () => {
  it('finds a Mandarin voice for Chinese pages however the system writes its language', () => {
    for (const lang of ['zh-CN', 'zh_CN', 'ZH-cn', 'cmn-Hans-CN', 'zh-Hans']) {
      expect(pickVoice([voice('en-US'), voice(lang)], 'zh-CN')?.lang).toBe(lang);
    }
  });

  it('has no voice for Chinese pages when only English, Taiwanese or Cantonese voices exist', () => {
    expect(pickVoice([voice('en-US'), voice('zh-TW'), voice('zh-HK'), voice('zhx')], 'zh-CN')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });

  it('reads English pages with any English voice, one on the device first, the default among equals', () => {
    const remote = voice('en-US', false, true);
    const local = voice('en-GB', true, false);
    const localDefault = voice('en-IN', true, true);
    expect(pickVoice([voice('zh-CN'), remote, local], 'en')).toBe(local);
    expect(pickVoice([remote, local, localDefault], 'en')).toBe(localDefault);
    expect(pickVoice([voice('zh-CN'), remote], 'en')).toBe(remote);
  });
});
