import { once } from "node:events";
import { EventEmitter } from "node:events";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A real local SMTP server (npm `smtp-server`) that keeps every message it receives, parsed with
 * `mailparser`. Tests assert on it; `npm start` can run it so follow-up emails are visible.
 * Plain SMTP on 127.0.0.1, no AUTH and no STARTTLS: what a local relay looks like.
 */
export interface ReceivedMail {
  envelope: { from: string | null; to: string[] };
  raw: string;
  parsed: ParsedMail;
}

export interface LocalSmtpServer {
  host: string;
  port: number;
  messages: ReceivedMail[];
  /** Resolves with the first received message (past or future) that matches. */
  waitForMessage(match?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtpServer(port: number, onMessage?: (mail: ReceivedMail) => void): Promise<LocalSmtpServer> {
  const messages: ReceivedMail[] = [];
  const events = new EventEmitter();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (parsed) => {
            const from = session.envelope.mailFrom;
            const mail = {
              envelope: { from: from ? from.address : null, to: session.envelope.rcptTo.map((r) => r.address) },
              raw,
              parsed,
            };
            messages.push(mail);
            onMessage?.(mail);
            events.emit("message", mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  server.listen(port, "127.0.0.1");
  await once(server.server, "listening");
  return {
    host: "127.0.0.1",
    port,
    messages,
    waitForMessage(match = () => true, timeoutMs = 15_000) {
      const existing = messages.find(match);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off("message", listener);
          reject(new Error(`no matching email within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const listener = (mail: ReceivedMail) => {
          if (!match(mail)) return;
          clearTimeout(timer);
          events.off("message", listener);
          resolve(mail);
        };
        events.on("message", listener);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
