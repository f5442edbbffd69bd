/**
 * The SCORM 1.2 package of the teaching cases (src/scorm), written by `npm run build` as a file of the
 * site: /downloads/itp-pathway-teaching-cases-scorm12.zip. The Teach section links to it.
 */
import type { APIRoute } from 'astro';
import { scormPackage } from '../../scorm/build';

export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await scormPackage()), { headers: { 'Content-Type': 'application/zip' } });
