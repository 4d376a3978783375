/**
 * The 朗读 controller: speaks a list of pieces one after another through the browser's
 * `speechSynthesis`, and can pause, resume and stop. The browser API is passed in (`SynthLike`,
 * and a factory for utterances), so the unit tests drive it with a recording fake.
 *
 * One utterance at a time rather than the whole queue at once: stopping then never leaves queued
 * pieces behind, and each piece stays under Chrome's 15-second limit (chunk.ts).
 */

/** The parts of `SpeechSynthesis` the controller calls. */
export interface SynthLike<U> {
  speak(utterance: U): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

/** What the controller wants to hear from one utterance: that it ended, or that it failed and why
 * (the `error` of a SpeechSynthesisErrorEvent). The utterance factory wires these to its events. */
export interface UtteranceEvents {
  end(): void;
  error(reason: string): void;
}

export type ReaderState = 'idle' | 'playing' | 'paused';
/** What just happened, for the live region: started, paused, resumed, stopped, finished, failed. */
export type ReaderEvent = 'start' | 'pause' | 'resume' | 'stop' | 'end' | 'error';

export class SpeechReader<U> {
  state: ReaderState = 'idle';
  private pieces: readonly string[] = [];
  private index = 0;
  /** Counts runs, so the end or error of an utterance from a stopped run is ignored. */
  private run = 0;

  constructor(
    private readonly synth: SynthLike<U>,
    private readonly utterance: (text: string, events: UtteranceEvents) => U,
    private readonly onChange: (state: ReaderState, event: ReaderEvent) => void,
  ) {}

  /** Starts reading `pieces` from the first, dropping whatever was being read. */
  start(pieces: readonly string[]): void {
    this.run++;
    this.synth.cancel();
    this.pieces = pieces;
    this.index = 0;
    this.set('playing', 'start');
    this.speakNext(this.run);
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.synth.pause();
    this.set('paused', 'pause');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.synth.resume();
    this.set('playing', 'resume');
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.run++;
    this.synth.cancel();
    // Chrome keeps a paused synthesizer paused after cancel(), and would hold the next reading.
    if (this.state === 'paused') this.synth.resume();
    this.set('idle', 'stop');
  }

  private speakNext(run: number): void {
    if (run !== this.run) return;
    const text = this.pieces[this.index];
    if (text === undefined) return this.set('idle', 'end');
    const utterance = this.utterance(text, {
      end: () => {
        if (run !== this.run) return;
        this.index++;
        this.speakNext(run);
      },
      error: (reason) => {
        // cancel() ends the current utterance with "interrupted" or "canceled": that is stop(), not a failure.
        if (run !== this.run || reason === 'interrupted' || reason === 'canceled') return;
        this.run++;
        this.synth.cancel();
        this.set('idle', 'error');
      },
    });
    this.synth.speak(utterance);
  }

  private set(state: ReaderState, event: ReaderEvent): void {
    this.state = state;
    this.onChange(state, event);
  }
}
