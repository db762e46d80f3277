/**
 * The smallest worker that shows the local runtime dropping requests under load: no bindings,
 * no Durable Object, no I/O; each request burns `?cpu=` milliseconds of CPU, about what one agent
 * turn costs, and answers a short event stream. Served by scripts/bench-overload.ts.
 */
function burn(ms: number): number {
  const end = Date.now() + ms;
  let x = 0;
  while (Date.now() < end) x += Math.sqrt(x + 1);
  return x;
}

export default {
  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/health") return new Response("ok");
    await request.text();
    burn(Number(url.searchParams.get("cpu") ?? 0));
    return new Response('data: {"type":"finish"}\n\n', { headers: { "content-type": "text/event-stream" } });
  },
};
