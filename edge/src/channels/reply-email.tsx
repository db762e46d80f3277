/** @jsxImportSource hono/jsx */

/** The agent's answer by email: the text part as-is, the HTML part one paragraph per block. */
export function replyEmailHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/);
  return (
    "<!doctype html>" +
    (
      <html>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#222">
          {paragraphs.map((p) => (
            <p>{p}</p>
          ))}
        </body>
      </html>
    ).toString()
  );
}

/** The shopper's new text, without the quoted history mail clients append. */
export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const kept: string[] = [];
  for (const line of lines) {
    if (/^On .+wrote:\s*$/.test(line) || /^Am .+schrieb.*:\s*$/.test(line) || /^-{2,}\s*Original Message/i.test(line)) break;
    if (line.startsWith(">")) continue;
    kept.push(line);
  }
  return kept.join("\n").trim();
}
