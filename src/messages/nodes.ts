// The nodes a message can be written for (contact nodes, with delay and payment) and the
// channels it can be written for.
export const MESSAGE_NODES = ['confirmed', 'production_started', 'ship_date', 'shipped', 'arriving', 'delivered', 'follow_up', 'delay', 'payment'] as const;
export type MessageNode = (typeof MESSAGE_NODES)[number];

export const MESSAGE_CHANNELS = ['wechat', 'email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export function isMessageNode(s: string): s is MessageNode {
  return (MESSAGE_NODES as readonly string[]).includes(s);
}

export function isMessageChannel(s: string): s is MessageChannel {
  return (MESSAGE_CHANNELS as readonly string[]).includes(s);
}

/** The contact channel a message sent by this channel is logged with. */
export function contactChannel(channel: MessageChannel): string {
  return channel === 'sms' ? 'phone' : channel;
}
