/** @jsxImportSource hono/jsx */
import { followUpCopy, type FollowUpLanguage } from "./follow-up-copy.ts";

export interface EmailLine {
  title: string;
  variantTitle: string;
  quantity: number;
  lineTotal: string;
  image: string | null;
}

export interface FollowUpEmailProps {
  storeName: string;
  color: string;
  language: FollowUpLanguage;
  lines: EmailLine[];
  total: string;
  answer: string | null;
  resumeUrl: string;
  unsubscribeUrl: string | null;
  /** The store's postal address (CAN-SPAM wants it in every commercial email). */
  senderAddress: string | null;
}

/** The follow-up email body: inline styles and tables, because that is what mail clients render. */
export function FollowUpEmail(p: FollowUpEmailProps) {
  const t = followUpCopy[p.language];
  return (
    <html lang={p.language}>
      <body style="margin:0;padding:24px;background:#f6f6f6;font-family:Arial,Helvetica,sans-serif;color:#222">
        <table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;padding:24px">
          <tr><td>
            <p>{t.greeting}</p>
            <p>{t.intro(p.storeName)}</p>
            {p.answer && <p style="font-weight:bold">{p.answer}</p>}
            <h2 style="font-size:16px">{t.itemsHeading}</h2>
            <table role="presentation" width="100%">
              {p.lines.map((line) => (
                <tr>
                  <td width="72">{line.image && <img src={line.image} alt={line.title} width="64" height="64" style="display:block;object-fit:cover" />}</td>
                  <td><strong>{line.title}</strong><br />{line.variantTitle} · {t.quantity} {line.quantity}</td>
                  <td align="right">{line.lineTotal}</td>
                </tr>
              ))}
              <tr><td /><td><strong>{t.total}</strong></td><td align="right"><strong>{p.total}</strong></td></tr>
            </table>
            <p style="text-align:center;margin:24px 0">
              <a href={p.resumeUrl} style={`background:${p.color};color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px`}>{t.cta}</a>
            </p>
            <p>{t.questions}</p>
            <p style="font-size:12px;color:#666">
              {t.optOutEmail}
              {p.unsubscribeUrl && (
                <>
                  {" "}
                  <a href={p.unsubscribeUrl} style="color:#444">{t.unsubscribe}</a>
                </>
              )}
            </p>
            {p.senderAddress && <p style="font-size:12px;color:#666">{p.storeName} · {p.senderAddress}</p>}
          </td></tr>
        </table>
      </body>
    </html>
  );
}
