// The embed builder's output: the embed address and the snippet an educator pastes.
import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, SANDBOX } from './embed-url';
import { pageHref } from '../tools/frame/open-link';

describe('embedUrl', () => {
  it.each([
    [[], 'https://x.org/embed/dose/'],
    [[['wt', '70'], ['regimen', 'ivig']], 'https://x.org/embed/dose/?wt=70&regimen=ivig'],
    [[['pltu', 'x10^9/L'], ['hide', 'case,notes']], 'https://x.org/embed/dose/?pltu=x10%5E9%2FL&hide=case%2Cnotes'],
  ] as const)('%j', (values, url) => {
    expect(embedUrl('https://x.org', 'dose', values)).toBe(url);
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet({ src: 'https://x.org/embed/dose/?wt=70&bsa=dubois', title: 'Dose "calculator"', height: 1200.4, hostScriptOrigin: 'https://x.org' });

  it('is a sandboxed, lazily loaded, titled iframe with its address escaped for HTML', () => {
    expect(snippet).toContain('src="https://x.org/embed/dose/?wt=70&amp;bsa=dubois"');
    expect(snippet).toContain('title="Dose &quot;calculator&quot;"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="1200"');
    expect(snippet).toContain(`sandbox="${SANDBOX}"`);
  });

  it('lets a diagram fill the screen (Full screen needs the frame’s permission)', () => {
    expect(snippet).toMatch(/allow="[^"]*\bfullscreen\b/);
  });

  it('runs scripts but never shares the host’s origin', () => {
    expect(SANDBOX.split(' ')).toContain('allow-scripts');
    expect(SANDBOX).not.toContain('allow-same-origin');
  });

  it('adds the host script only when asked', () => {
    expect(snippet).toContain('<script src="https://x.org/embed-host.js" defer></script>');
    expect(iframeSnippet({ src: 'https://x.org/embed/dose/', title: 'Dose', height: 600 })).not.toContain('<script');
  });
});

describe('pageHref: the state in the fragment, never the query', () => {
  it.each([
    ['/tools/dose-calculator/', '', undefined, '/tools/dose-calculator/'],
    ['/tools/dose-calculator/', 'wt=70', undefined, '/tools/dose-calculator/#wt=70'],
    ['/algorithm/', 'age=45', 'walker', '/algorithm/#age=45&at=walker'],
    ['/algorithm/', '', 'walker', '/algorithm/#walker'],
  ] as const)('%s + %s + %s', (page, query, anchor, href) => {
    expect(pageHref(page, query, anchor)).toBe(href);
  });
});
