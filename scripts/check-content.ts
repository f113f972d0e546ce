// `npm run check:content`: the build's content validation on its own, for editors and `dev`.
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { checkContent, formatProblems } from './lib/check.ts';

const { problems, content } = checkContent(buildInputsOrExit().contentDir);
if (problems.length) {
  console.error(`\n${formatProblems(problems)}\n`);
  process.exit(1);
}
console.log(`内容检查通过：${content.articles.length} 篇文章，${content.channels.size} 个渠道，${content.authors.size} 位作者。`);
