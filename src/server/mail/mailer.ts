import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.js';

export type Mail = { to: string; subject: string; text: string };

export type Mailer = {
  send: (mail: Mail) => Promise<void>;
  close: () => void;
};

/** Sends plain-text mail through SMTP_URL; undefined when no SMTP server is configured. */
export function createMailer(config: MailConfig | undefined): Mailer | undefined {
  if (!config) return undefined;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.from, ...mail });
    },
    close: () => transport.close(),
  };
}
