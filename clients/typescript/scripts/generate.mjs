// Generates src/generated/<service>.ts from each service's OpenAPI document.
//
//   node scripts/generate.mjs            from the documents the Maven build stores
//                                        (<service>/target/openapi/openapi.json)
//   node scripts/generate.mjs --check    the same, but only compares: exits 1 on drift
//   node scripts/generate.mjs --live     from running services (each document's servers URL,
//                                        or BACKHABIT_<SERVICE>_URL, e.g. BACKHABIT_CATALOG_URL)
//
// Every module named *-service with a stored document takes part, so a new service is picked up
// without changing this script.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const out = resolve(here, "../src/generated");
const check = process.argv.includes("--check");
const live = process.argv.includes("--live");

const services = readdirSync(root)
  .filter((dir) => dir.endsWith("-service") && existsSync(join(root, dir, "pom.xml")))
  .sort();

async function documentOf(service) {
  const stored = join(root, service, "target/openapi/openapi.json");
  const storedDoc = existsSync(stored) ? JSON.parse(readFileSync(stored, "utf8")) : undefined;
  if (!live) {
    if (!storedDoc) {
      throw new Error(`${stored} is missing: package the service first (./mvnw -B package -DskipTests -pl ${service} -am)`);
    }
    return storedDoc;
  }
  const name = service.replace(/-service$/, "").toUpperCase();
  const base = process.env[`BACKHABIT_${name}_URL`] ?? storedDoc?.servers?.[0]?.url;
  if (!base) {
    throw new Error(`no URL for ${service}: set BACKHABIT_${name}_URL`);
  }
  const response = await fetch(`${base}/q/openapi?format=json`);
  if (!response.ok) {
    throw new Error(`${base}/q/openapi answered ${response.status}`);
  }
  return response.json();
}

const header = (service) =>
  `// Generated from ${service}'s OpenAPI document by scripts/generate.mjs (openapi-typescript). Do not edit.\n\n`;

let drifted = [];
mkdirSync(out, { recursive: true });
for (const service of services) {
  const document = await documentOf(service);
  const types = header(service) + astToString(await openapiTS(document, { alphabetize: true }));
  const file = join(out, `${service.replace(/-service$/, "")}.ts`);
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (current === types) {
    continue;
  }
  if (check) {
    drifted.push(file);
  } else {
    writeFileSync(file, types);
    console.log(`wrote ${file}`);
  }
}
if (drifted.length > 0) {
  console.error(`Generated types differ from the services' OpenAPI documents:\n  ${drifted.join("\n  ")}\n`
    + "Run `npm run generate` in clients/typescript and commit the result.");
  process.exit(1);
}
if (check) {
  console.log(`types match the OpenAPI documents of ${services.join(", ")}`);
}
