import { randomUUID } from 'node:crypto';

/**
 * SES's events as EventBridge delivers them from a configuration set's event destination
 * (source `aws.ses`; the detail is SES's event record, as in the SES developer guide's examples),
 * with the fields SES sends that Liike ignores too, so the parser is tried on the real shape.
 */
const mail = (to: string) => ({
  timestamp: '2027-03-01T09:00:00.012Z',
  source: 'Liike <no-reply@liike-mail.fi>',
  sourceArn: 'arn:aws:ses:eu-north-1:123456789012:identity/liike-mail.fi',
  sendingAccountId: '123456789012',
  messageId: `0100018e-${randomUUID()}-000000`,
  destination: [to],
  headersTruncated: false,
  headers: [{ name: 'To', value: to }],
  commonHeaders: { from: ['Liike <no-reply@liike-mail.fi>'], to: [to], messageId: 'x', subject: 'Hakemuksesi on vastaanotettu' },
  tags: { 'ses:configuration-set': ['LiikeStatefulConfigurationSet'], 'ses:source-ip': ['203.0.113.5'] },
});

const envelope = <D>(detailType: string, detail: D) => ({
  version: '0',
  id: randomUUID(),
  'detail-type': detailType,
  source: 'aws.ses',
  account: '123456789012',
  time: '2027-03-01T09:00:02Z',
  region: 'eu-north-1',
  resources: ['arn:aws:ses:eu-north-1:123456789012:configuration-set/LiikeStatefulConfigurationSet'],
  detail,
});

export const sesBounce = (to: string, bounceType: 'Permanent' | 'Transient' = 'Permanent', bounceSubType = 'General') =>
  envelope('Email Bounced', {
    eventType: 'Bounce',
    bounce: {
      feedbackId: `0100018e-${randomUUID()}-000000`,
      bounceType,
      bounceSubType,
      bouncedRecipients: [{ emailAddress: to, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
      timestamp: '2027-03-01T09:00:01.669Z',
      reportingMTA: 'dsn; a1-2.smtp-out.eu-north-1.amazonses.com',
    },
    mail: mail(to),
  });

export const sesComplaint = (to: string) =>
  envelope('Email Complaint Received', {
    eventType: 'Complaint',
    complaint: {
      feedbackId: `0100018e-${randomUUID()}-000000`,
      complaintSubType: null,
      complainedRecipients: [{ emailAddress: to }],
      timestamp: '2027-03-01T10:00:00.000Z',
      userAgent: 'ExampleCorp Feedback Loop (V0.01)',
      complaintFeedbackType: 'abuse',
      arrivalDate: '2027-03-01T09:59:00.000Z',
    },
    mail: mail(to),
  });
