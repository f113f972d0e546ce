// Runs before every npm script that needs Astro, so a forgotten step fails at once with advice
// instead of deep inside Astro. Plain JS on purpose: it must run on any Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\n这个项目需要 Node.js >= 22.12，当前是 ${process.version}。\n` +
      `This project needs Node.js >= 22.12 but found ${process.version}.\n` +
      `Run it through the wrapper, which brings a pinned Node from the npm registry:\n` +
      `    ./site build      # or: ./site test, ./site dev\n`,
  );
  process.exit(1);
}
