import { describe, expect, it } from 'vitest';
import { SpeechReader, type ReaderEvent, type UtteranceEvents } from '../../../src/lib/speech/reader.ts';

/** A recording stand-in for the browser's speechSynthesis: it speaks nothing, it remembers calls. */
class FakeUtterance {
  constructor(
    readonly text: string,
    readonly events: UtteranceEvents,
  ) {}
}
function setup() {
  const calls: string[] = [];
  const spoken: FakeUtterance[] = [];
  const events: ReaderEvent[] = [];
  const synth = {
    speak: (u: FakeUtterance) => (calls.push(`speak ${u.text}`), spoken.push(u)),
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
  };
  const reader = new SpeechReader(
    synth,
    (text, events) => new FakeUtterance(text, events),
    (_state, event) => events.push(event),
  );
  const current = () => spoken[spoken.length - 1]!;
  return { reader, calls, spoken, events, current };
}

describe('the 朗读 controller', () => {
  it('speaks the pieces one after another and says when it has finished', () => {
    const { reader, spoken, events, current } = setup();
    reader.start(['一', '二']);
    expect(spoken.map((u) => u.text)).toEqual(['一']);
    current().events.end();
    expect(spoken.map((u) => u.text)).toEqual(['一', '二']);
    current().events.end();
    expect(reader.state).toBe('idle');
    expect(events).toEqual(['start', 'end']);
  });

  it('pauses and resumes the browser voice, and ignores a pause when nothing plays', () => {
    const { reader, calls, events } = setup();
    reader.pause();
    reader.start(['一']);
    reader.pause();
    expect(reader.state).toBe('paused');
    reader.resume();
    expect(reader.state).toBe('playing');
    expect(calls).toEqual(['cancel', 'speak 一', 'pause', 'resume']);
    expect(events).toEqual(['start', 'pause', 'resume']);
  });

  it('stops: cancels the voice, un-pauses it for the next reading, and ignores the cut-off utterance', () => {
    const { reader, calls, spoken, events } = setup();
    reader.start(['一', '二']);
    reader.pause();
    reader.stop();
    expect(calls.slice(-2)).toEqual(['cancel', 'resume']);
    spoken[0]!.events.error('interrupted');
    spoken[0]!.events.end();
    expect(spoken).toHaveLength(1);
    expect(reader.state).toBe('idle');
    expect(events).toEqual(['start', 'pause', 'stop']);
  });

  it('gives up and says so when the browser fails to speak a piece', () => {
    const { reader, spoken, events } = setup();
    reader.start(['一', '二']);
    spoken[0]!.events.error('synthesis-failed');
    expect(reader.state).toBe('idle');
    expect(spoken).toHaveLength(1);
    expect(events).toEqual(['start', 'error']);
  });

  it('starting again drops the previous reading', () => {
    const { reader, spoken } = setup();
    reader.start(['旧']);
    reader.start(['新']);
    spoken[0]!.events.end();
    expect(spoken.map((u) => u.text)).toEqual(['旧', '新']);
    spoken[1]!.events.end();
    expect(reader.state).toBe('idle');
  });
});
