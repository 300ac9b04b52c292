/** The options of `herald generate`, as commander hands them over (command.ts declares them). */
export interface GenerateOptions {
  date?: string;
  from?: string;
  to?: string;
  /** The output folder, relative to the working folder; default: drafts/ next to the plan. */
  out?: string | undefined;
  /** A folder of the user's own templates. */
  templates?: string;
  stdout: boolean;
  dryRun: boolean;
  /** Print the template data as JSON instead of rendering. */
  data: boolean;
  /** Draft touchpoints with nothing new too. */
  quietToo?: boolean;
  force: boolean;
  /** Show how kept drafts differ from what Herald would write now. */
  diff?: boolean;
  /** Not an option of generate: -f is --format everywhere, and generate explains that. */
  format?: string | undefined;
}
