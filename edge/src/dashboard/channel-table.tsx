/** @jsxImportSource hono/jsx */
import type { ChannelRow } from "../analytics/summary-schema.ts";
import { formatCount, formatMoney } from "./format.ts";

const channelNames: Record<ChannelRow["channel"], string> = { widget: "Widget", email: "Email", sms: "SMS", whatsapp: "WhatsApp" };

export function ChannelTable(props: { channels: ChannelRow[]; currency: string }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>Channel</th>
            <th>Conversations</th>
            <th>Follow-ups sent</th>
            <th>Messages in / out</th>
            <th>Recovered</th>
            <th>Revenue</th>
          </tr>
        </thead>
        <tbody>
          {props.channels.map((c) => (
            <tr data-channel={c.channel}>
              <td>{channelNames[c.channel]}</td>
              <td>{formatCount(c.conversations)}</td>
              <td>{formatCount(c.followupsSent)}</td>
              <td>
                {formatCount(c.messagesIn)} / {formatCount(c.messagesOut)}
              </td>
              <td>{formatCount(c.recovered)}</td>
              <td>{formatMoney(c.revenue, props.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
