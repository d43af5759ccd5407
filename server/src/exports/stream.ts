import type { Encoder } from './encoders.js';

/**
 * A response body that reads one page only when the client has taken the previous one: the
 * stream pulls (highWaterMark 1 page), so memory holds about one page whatever the export's
 * size, and a slow client slows the reads instead of filling the heap. Each page is its own
 * query — no transaction stays open across the stream, which on the embedded engine's single
 * connection would block every other request.
 */
export function pagedBody<T>(pages: AsyncGenerator<T[]>, encoder: Encoder<T>): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  let first = true;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (encoder.head) controller.enqueue(bytes.encode(encoder.head));
      },
      async pull(controller) {
        const page = await pages.next();
        if (page.done) {
          if (encoder.tail) controller.enqueue(bytes.encode(encoder.tail));
          controller.close();
          return;
        }
        let text = '';
        for (const item of page.value) {
          text += (first ? '' : encoder.separator) + encoder.row(item);
          first = false;
        }
        controller.enqueue(bytes.encode(text));
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
