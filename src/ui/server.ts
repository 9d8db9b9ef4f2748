// The sidebars' side of google.script.run: a typed promise around a server call, and the text of a failure.

declare const google: { script: { run: Record<string, unknown> } };

/** A typed promise around google.script.run. */
export function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = (google.script.run as { withSuccessHandler(f: (v: T) => void): unknown }).withSuccessHandler(resolve) as {
      withFailureHandler(f: (e: unknown) => void): Record<string, (...a: unknown[]) => void>;
    };
    runner.withFailureHandler(reject)[fn](...args);
  });
}

/**
 * A failure's message without the "Exception: " (or "Error: ", "Lỗi: ") Apps Script puts before it, nor its final
 * full stop: the sidebars end the sentence themselves.
 */
export function messageOf(e: unknown): string {
  const m = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/^(Exception|Error|Lỗi):\s*/, '').replace(/\.+\s*$/, '');
}
