import type { APIRoute } from 'astro';
import { SITE } from '../config.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = () => new Response(robotsTxt(SITE.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
