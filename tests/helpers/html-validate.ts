import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT } from './fixture.ts';

/** html-validate's findings on these files under the project's .htmlvalidate.json, one line each. */
export async function htmlValidationFailures(files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const r of report.results)
      for (const m of r.messages) failures.push(`${relative(ROOT, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return failures;
}
