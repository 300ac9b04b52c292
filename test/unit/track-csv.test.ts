/**
 * `herald track --from-csv`, run in this process on real export shapes written here: Google
 * Forms, Microsoft Forms saved from Excel, a European semicolon sheet.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempFolder } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'track', 'commented-plan.yaml');
const ANCHOR = '  - {goal: launch-brief-lag, date: 2027-02-19, value: 7}\n';

/** The commented plan in a temp folder with one CSV beside it. */
async function setUp(csvName: string, csv: string | Uint8Array): Promise<{ folder: string; path: string; original: string }> {
  const folder = await tempFolder();
  const path = join(folder, 'herald.yaml');
  await copyFile(FIXTURE, path);
  await writeFile(join(folder, csvName), csv);
  return { folder, path, original: await readFile(FIXTURE, 'utf8') };
}

/** The lines track added, each checked to sit right after the last measurement. */
async function addedLine(path: string, original: string): Promise<string> {
  const after = await readFile(path, 'utf8');
  const at = original.indexOf(ANCHOR) + ANCHOR.length;
  expect(after.slice(0, at)).toBe(original.slice(0, at));
  const rest = original.slice(at);
  expect(after.endsWith(rest)).toBe(true);
  return after.slice(at, after.length - rest.length);
}

// Google Forms: a Timestamp column, the collected e-mail address, questions as headers;
// fields with commas quoted; LF line ends, no BOM.
const GOOGLE_FORMS = [
  'Timestamp,Email Address,"How well do you know what marketing achieved this quarter? (1 = not at all, 5 = very well)",Team',
  '2027/03/01 9:14:02 AM GMT+1,ana.lopez@example.com,4,Sales',
  '2027/03/01 9:20:45 AM GMT+1,ben.okafor@example.com,5,Sales',
  '2027/03/01 10:02:11 AM GMT+1,chen.wu@example.com,2,Finance',
  '2027/03/01 11:47:30 AM GMT+1,dana.smith@example.com,3,Sales',
  '2027/03/02 8:05:09 AM GMT+1,eve.martin@example.com,4,Leadership',
  '2027/03/02 2:31:56 PM GMT+1,farid.haddad@example.com,5,Sales',
  '2027/03/02 4:12:40 PM GMT+1,gita.rao@example.com,,Sales',
  '2027/03/03 9:00:00 AM GMT+1,hugo.berg@example.com,1,Finance',
  '2027/03/03 9:30:00 AM GMT+1,ines.kim@example.com,4,Sales',
].join('\n');

describe('track --from-csv: a Google Forms export', () => {
  it('records the top-box share, its responses and a note, and no address reaches the plan', async () => {
    const { folder, path, original } = await setUp('pulse.csv', GOOGLE_FORMS);
    const result = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'C', '--date', '2027-02-10'],
      folder,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // 8 answers (one left blank), 5 of them 4 or 5.
    expect(await addedLine(path, original)).toBe(
      '  - {goal: leadership-awareness, date: 2027-02-10, value: 62.5, responses: 8, note: "pulse.csv: top-box (4, 5) of \\"How well do you know what marketing achieved this quarter…\\""}\n',
    );
    expect(result.stdout).toContain('from 8 responses');
    const after = await readFile(path, 'utf8');
    expect(after).not.toMatch(/@example\.com|lopez|okafor/i);
  });

  it('filters rows with --where and names the filter in the note', async () => {
    const { folder, path, original } = await setUp('pulse.csv', GOOGLE_FORMS);
    const result = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'C', '--where', 'Team=sales', '--date', '2027-02-10'],
      folder,
    );
    expect(result.code).toBe(0);
    // Sales: 4, 5, 3, 5, 4 answered (one blank): 4 of 5 agree.
    expect(await addedLine(path, original)).toContain('value: 80, responses: 5, note: "pulse.csv: top-box (4, 5) of \\"How well');
    expect(await addedLine(path, original)).toContain('quarter…\\", Team=sales"}');
  });

  it('never uses a name or e-mail column, as the figure or as the filter', async () => {
    const { folder, path, original } = await setUp('pulse.csv', GOOGLE_FORMS);
    const byEmail = await runMain(['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'Email Address'], folder);
    expect(byEmail.code).toBe(2);
    expect(byEmail.stderr).toContain('Column "Email Address" names people');
    const filter = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'C', '--where', 'B=ana.lopez@example.com'],
      folder,
    );
    expect(filter.code).toBe(2);
    expect(filter.stderr).not.toContain('ana.lopez');
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('says which columns there are when --column matches none', async () => {
    const { folder } = await setUp('pulse.csv', GOOGLE_FORMS);
    const result = await runMain(['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'Score'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pulse.csv: The CSV has no column "Score" (--column)');
    expect(result.stderr).toContain('A  "Timestamp"');
    expect(result.stderr).toContain('D  "Team"');
  });
});

// Microsoft Forms: the results workbook saved from Excel as "CSV UTF-8" in a German locale:
// a byte-order mark, `;` between fields, CRLF, Forms' own columns, Likert answers in words.
const MICROSOFT_FORMS =
  '\uFEFF' +
  [
    'ID;Start time;Completion time;Email;Name;I understand why the Q2 launch matters;Comments',
    '1;3/1/27 09:01:12;3/1/27 09:03:40;anonymous;;Strongly agree;',
    '2;3/1/27 09:15:00;3/1/27 09:16:31;p.shah@contoso.com;Priya Shah;Agree;"Clear; thanks"',
    '3;3/1/27 10:20:05;3/1/27 10:22:10;anonymous;;Neutral;"More on pricing,\r\nplease"',
    '4;3/2/27 11:00:00;3/2/27 11:02:00;m.jones@contoso.com;Max Jones;Agree;',
    '5;3/2/27 13:45:00;3/2/27 13:46:00;anonymous;;Disagree;',
    '6;3/3/27 08:30:00;3/3/27 08:31:00;anonymous;;agree;',
  ].join('\r\n') +
  '\r\n';

describe('track --from-csv: Microsoft Forms saved from Excel', () => {
  it('counts text labels given with --agree, through a BOM, semicolons, CRLF and a quoted line break', async () => {
    const { folder, path, original } = await setUp('forms.csv', MICROSOFT_FORMS);
    const result = await runMain(
      [
        'track',
        'leadership-awareness',
        '--from-csv',
        'forms.csv',
        '--column',
        'I understand why the Q2 launch matters',
        '--agree',
        'Agree,Strongly agree',
        '--date',
        '2027-02-10',
      ],
      folder,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // 6 answers; Strongly agree, Agree, Agree, agree: 4 of 6.
    expect(await addedLine(path, original)).toBe(
      '  - {goal: leadership-awareness, date: 2027-02-10, value: 66.7, responses: 6, note: "forms.csv: top-box (Agree, Strongly agree) of \\"I understand why the Q2 launch matters\\""}\n',
    );
    expect(await readFile(path, 'utf8')).not.toMatch(/Priya|Jones|contoso/);
  });

  it('asks for --agree when the answers are words', async () => {
    const { folder, path, original } = await setUp('forms.csv', MICROSOFT_FORMS);
    const result = await runMain(['track', 'leadership-awareness', '--from-csv', 'forms.csv', '--column', 'F'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has answers in words ("Strongly agree", "Agree", "Neutral", "Disagree" and "agree")');
    expect(result.stderr).toContain('--agree "Agree,Strongly agree"');
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('reads Excel\'s "CSV (Comma delimited)" in the Windows code page, and notes an --agree label no answer has', async () => {
    const text = [
      'Team;Ich verstehe die Ziele',
      'Vertrieb;Stimme völlig zu',
      'Vertrieb;Stimme zu',
      'Technik;Neutral',
      'Technik;Stimme zu',
      'Vertrieb;Stimme nicht zu',
    ].join('\r\n');
    const bytes = Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
    const { folder, path, original } = await setUp('umfrage.csv', bytes);
    const result = await runMain(
      [
        'track',
        'leadership-awareness',
        '--from-csv',
        'umfrage.csv',
        '--column',
        'B',
        '--agree',
        'Stimme zu',
        '--agree',
        'Stimme völlig zu,Stimme voll zu',
        '--date',
        '2027-02-10',
      ],
      folder,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('note: no answer reads "Stimme voll zu"; check the spelling of --agree\n');
    expect(await addedLine(path, original)).toContain('value: 60,');
  });
});

// A sheet kept by hand in a European locale: `;` separators, decimal commas, a 0–10 column.
const SEMICOLON_SHEET = ['Team;Satisfaction;Recommend', 'Sales;4;9', 'Sales;3,5;10', 'Ops;5;7', 'Ops;2;3', 'Sales;4;9', 'Ops;3;6', ''].join(
  '\n',
);

describe('track --from-csv: a semicolon-separated sheet', () => {
  it('computes a mean in the scale units, decimal commas read', async () => {
    const { folder, path, original } = await setUp('sheet.csv', SEMICOLON_SHEET);
    const result = await runMain(
      ['track', 'launch-brief-lag', '--from-csv', 'sheet.csv', '--column', 'satisfaction', '--stat', 'mean', '--date', '2027-02-10'],
      folder,
    );
    expect(result.code).toBe(0);
    expect(await addedLine(path, original)).toBe(
      '  - {goal: launch-brief-lag, date: 2027-02-10, value: 3.58, responses: 6, note: "sheet.csv: mean of \\"Satisfaction\\""}\n',
    );
  });

  it('computes eNPS from -100 to 100: promoters 9-10 minus detractors 0-6', async () => {
    const { folder, path, original } = await setUp('sheet.csv', SEMICOLON_SHEET);
    const result = await runMain(
      ['track', 'launch-brief-lag', '--from-csv', 'sheet.csv', '--column', 'C', '--stat', 'enps', '--date', '2027-02-10'],
      folder,
    );
    expect(result.code).toBe(0);
    // 6 answers: promoters 9, 10, 9; detractors 3, 6: (3 - 2) / 6 = 17.
    expect(await addedLine(path, original)).toContain('value: 17, responses: 6, note: "sheet.csv: eNPS of \\"Recommend\\""}');
  });

  it('refuses a 1-5 default on a 0-10 column', async () => {
    const { folder } = await setUp('sheet.csv', SEMICOLON_SHEET);
    const result = await runMain(['track', 'launch-brief-lag', '--from-csv', 'sheet.csv', '--column', 'C'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a 1–5 scale');
  });
});

describe('track --from-csv: answers off the scale', () => {
  it('leaves "N/A" and "Don\'t know" out of the figure and its responses, and says so', async () => {
    const sheet = ['Score', '5', '4', 'N/A', '2', "Don't know", '4', 'N/A', '1', '5'].join('\n');
    const { folder, path, original } = await setUp('pulse.csv', sheet);
    const result = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'A', '--date', '2027-02-10'],
      folder,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('note: 3 answers off the scale ("N/A" and "Don\'t know") left out\n');
    // 6 on the scale, 4 of them 4 or 5.
    expect(await addedLine(path, original)).toContain('value: 66.7, responses: 6,');
  });
});

describe('track --from-csv: too few responses', () => {
  const FOUR = ['Team,Score', 'Sales,4', 'Sales,5', 'Sales,3', 'Sales,4', 'Ops,2', 'Ops,5', 'Ops,4', 'Ops,1', 'Ops,5'].join('\n');

  it('refuses 4 responses (exit 1) and leaves the plan as it was', async () => {
    const { folder, path, original } = await setUp('pulse.csv', FOUR);
    const result = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'Score', '--where', 'Team=Sales'],
      folder,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Only 4 responses in "Score" for Team=Sales: fewer than 5 is too few to report');
    expect(result.stderr).toContain('--min-responses 4');
    expect(await readFile(path, 'utf8')).toBe(original);
  });

  it('records them with --min-responses 4, and validate then warns', async () => {
    const { folder, path, original } = await setUp('pulse.csv', FOUR);
    const result = await runMain(
      [
        'track',
        'leadership-awareness',
        '--from-csv',
        'pulse.csv',
        '--column',
        'Score',
        '--where',
        'Team=Sales',
        '--min-responses',
        '4',
        '--date',
        '2027-02-10',
      ],
      folder,
    );
    expect(result.code).toBe(0);
    expect(await addedLine(path, original)).toContain(
      'value: 75, responses: 4, note: "pulse.csv: top-box (4, 5) of \\"Score\\", Team=Sales"}',
    );
    const check = await runMain(['validate', '--format', 'json'], folder);
    const rules = (JSON.parse(check.stdout) as { diagnostics: { rule: string; line: number }[] }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('survey-responses');
  });

  it('takes a value or --from-csv, not both, and checks its flags before reading anything', async () => {
    const { folder } = await setUp('pulse.csv', FOUR);
    const both = await runMain(['track', 'leadership-awareness', '45', '--from-csv', 'pulse.csv'], folder);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give a value or --from-csv, not both');
    const noColumn = await runMain(['track', 'leadership-awareness', '--from-csv', 'missing.csv'], folder);
    expect(noColumn.stderr).toContain('--from-csv needs --column');
    const badStat = await runMain(
      ['track', 'leadership-awareness', '--from-csv', 'pulse.csv', '--column', 'B', '--stat', 'median'],
      folder,
    );
    expect(badStat.stderr).toContain('--stat "median" is not a statistic');
    const missing = await runMain(['track', 'leadership-awareness', '--from-csv', 'missing.csv', '--column', 'B'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No file at missing.csv');
    const none = await runMain(['track', 'leadership-awareness'], folder);
    expect(none.stderr).toContain('track needs a value, or --from-csv');
  });
});
