// Reads each JSON-LD file named on the command line with jsonld.js and prints a JSON object mapping
// the file name to the N-Quads the processor makes of it. The document loader refuses every URL, so a
// document that needs anything from the network fails instead of fetching it.
import { readFile } from "node:fs/promises";
import jsonld from "jsonld";

const refuse = async (url) => {
  throw new Error(`refused to fetch ${url}: the document must be self-contained`);
};

const out = {};
for (const file of process.argv.slice(2)) {
  const document = JSON.parse(await readFile(file, "utf8"));
  out[file] = await jsonld.toRDF(document, { format: "application/n-quads", documentLoader: refuse });
}
process.stdout.write(JSON.stringify(out));
