// Where the editors' files live. Tests and benchmarks point CONTENT_DIR at a fixture tree.
export const contentDir = process.env.CONTENT_DIR ?? './content';
