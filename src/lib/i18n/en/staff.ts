/** English strings: feedback channels, "report a problem" links and the footer identifiers (site.config.ts). */
export const staff = {
  'staff.report.title': 'Report a problem',
  'staff.report.lede':
    'Found a wrong figure on this page? Tell us which figure, what the right value is and where it is published.',
  'staff.report.issue': 'Open an issue in the code repository (needs a GitHub account)',
  'staff.report.email': 'Report by email (no account needed)',
  'staff.report.form': 'Report with the form (no account needed)',
  'staff.report.subject': 'Problem report: ',
  'staff.report.page': 'Page: ',
  'staff.report.division': 'Division: ',
  'staff.report.indicator': 'Indicator: ',
  'staff.report.year': 'Year: ',
  'staff.report.release': 'Data release: ',
  'staff.report.ask':
    'Which figure is wrong? What is the right value? Please add the source that publishes it (a link):',
  'staff.feedback.title': 'We look forward to hearing from you',
  'staff.feedback.issue': 'Write to us in the code repository',
  'staff.feedback.email': 'Email',
  'staff.feedback.form': 'Feedback form',
  'staff.feedback.none': 'This site offers no email or form channel for now.',
  'staff.id.sponsor': 'Sponsored by',
  'staff.id.operator': 'Run by',
  'staff.id.contact': 'Contact',
  'staff.id.icp': 'ICP record number',
  'staff.id.policeRecord': 'Public security record number',
  'staff.id.siteCode': 'Website identification code',
} as const;
