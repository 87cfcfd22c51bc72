/**
 * What each KMS host key (CSVLK) activates (src/kms/epid.ts), shown in the activation report and
 * beside the host's key coverage. Product names stay as Microsoft writes them.
 */
export const CSVLK = {
  'csvlk.activates.windows-server-2025': 'Windows Server 2025 and older servers; Windows 11/10 (incl. Enterprise LTSC 2024 and LTSC/LTSB), 8.1, 7',
  'csvlk.activates.windows-server-2025-group-4918': 'as the Windows Server 2025 key, if it is one',
  'csvlk.activates.windows-server-2022': 'Windows Server 2022 and older servers; Windows 11/10 Enterprise/Pro/Education, Windows 10 LTSC/LTSB, 8.1, 7',
  'csvlk.activates.windows-server-2019': 'Windows Server 2019 and older servers; Windows 10 LTSC/LTSB and Enterprise/Pro/Education, 8.1, 7',
  'csvlk.activates.windows-server-2019-lab': 'as the Windows Server 2019 key',
  'csvlk.activates.windows-server-2016': 'Windows Server 2016 and older servers; Windows 10 LTSB 2015/2016 and Enterprise/Pro/Education, 8.1, 7',
  'csvlk.activates.windows-10-2019': 'Windows client editions only, up to Windows 10 LTSC 2019',
  'csvlk.activates.windows-10-2016-csvlk': 'Windows client editions only, up to Windows 10 LTSB 2016',
  'csvlk.activates.windows-10-2015-csvlk': 'Windows client editions only: Windows 10 LTSB 2015 and Enterprise/Pro/Education, 8.1, 7',
  'csvlk.activates.windows-server-2012-r2-win10': 'Windows Server 2012 R2 and older servers; Windows 10, 8.1, 7',
  'csvlk.activates.windows-server-2012-r2': 'Windows Server 2012 R2 and older servers; Windows 8.1 and older clients',
  'csvlk.activates.windows-8-1': 'Windows client editions up to 8.1',
  'csvlk.activates.windows-server-2012': 'Windows Server 2012 and older servers; Windows 8 and older clients',
  'csvlk.activates.windows-8': 'Windows client editions up to 8',
  'csvlk.activates.windows-server-2008-r2': 'Windows Server 2008 R2 and older servers; Windows 7 and Vista',
  'csvlk.activates.windows-7': 'Windows 7 and Vista client editions',
  'csvlk.activates.windows-server-2008': 'Windows Server 2008 and Vista (Windows 7 only with KB968912)',
  'csvlk.activates.windows-vista': 'Windows Vista',
  'csvlk.activates.windows-10-11-china-government': 'Windows 10/11 Enterprise G',
  'csvlk.activates.office-ltsc-2024': 'Office LTSC 2024 and older Office 2013+ products',
  'csvlk.activates.office-ltsc-2021': 'Office LTSC 2021 and older Office 2013+ products',
  'csvlk.activates.office-2019': 'Office 2019 and older Office 2013+ products',
  'csvlk.activates.office-2016': 'Office 2016 and Office 2013',
  'csvlk.activates.office-2013': 'Office 2013',
  'csvlk.activates.office-2010': 'Office 2010',
} as const satisfies Record<string, string>;
