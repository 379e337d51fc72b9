/** Notification settings: the daily digest instead of an email per notification. */
export const reminders = {
  menu: {
    settings: 'Notification settings',
  },
  settings: {
    title: 'Notification settings',
    intro:
      'Throughline tells you when something needs you: a mention, a signature, a monthly status coming due or overdue, a support request. Each notification appears in your inbox as soon as it happens.',
    email: 'Email',
    digest: 'Send me one daily digest instead of an email for each notification',
    digestHelp:
      'Once a day you get a single email listing the notifications you have not read yet. Days with nothing unread send no email. Your inbox keeps updating as before.',
    saving: 'Saving…',
    savedOn: 'Saved. You will get one digest email a day.',
    savedOff: 'Saved. You will get an email for each notification.',
    conflict:
      'Your settings were changed in another window. The switch now shows what is saved; change it again if you need to.',
    inbox: 'Open your inbox',
  },
};
