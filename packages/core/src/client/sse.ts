/**
 * Reads Server-Sent Events from a fetch `Response` body. `fetch` (not `EventSource`) is used so
 * the token travels in the `Authorization` header, never in a URL.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Feeds every event of an SSE body to `onMessage` until the stream ends or `signal` aborts
 * (an abort resolves quietly: the caller asked to stop listening).
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: EventSourceMessage) => void,
  signal?: AbortSignal,
): Promise<void> {
  const parser = createParser({ onEvent: onMessage });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      if (signal?.aborted) break;
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
