// @vitest-environment happy-dom
// Binding a page's state: the link is read once however many tools name it, its fragment rewritten as the
// stores change (never its query), unit choices remembered only where storage exists, and nothing breaks in a sandboxed frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function freshModules() {
  vi.resetModules();
  const [state, caseStore, caseBinding, binding, url, dose] = await Promise.all([
    import('./shared/page-state'),
    import('./case/case'),
    import('./case/binding'),
    import('./shared/binding'),
    import('./shared/url-state'),
    import('./dose/state'),
  ]);
  return { ...state, ...caseStore, ...caseBinding, ...binding, ...url, ...dose };
}

const visit = (search: string) => window.history.replaceState(null, '', `/tools/dose-calculator/${search}`);

beforeEach(() => {
  window.localStorage.clear();
  visit('');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('startPageState', () => {
  it('reads the link once, however many tools start it', async () => {
    visit('?wt=70&wtu=stone&regimen=ivig');
    const m = await freshModules();
    const dose = m.binding(m.$dose, m.doseCodec);
    m.startPageState(m.caseBinding, dose);
    m.startPageState(m.caseBinding, dose);
    m.startPageState(m.caseBinding);
    expect(m.$case.get().weight).toBe('70');
    expect(m.$dose.get().regimen).toBe('ivig');
    expect(m.$urlNotices.get()).toEqual(['“wtu=stone” is not one of kg, lb; the default was kept.']);
  });

  it('writes each store into the fragment as it changes, never the query, keeping the others’ parameters', async () => {
    visit('#regimen=ivig');
    const m = await freshModules();
    m.startPageState(m.caseBinding, m.binding(m.$dose, m.doseCodec));
    m.setCaseField('weight', '72.5');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#regimen=ivig&wt=72.5');
  });

  it('reads an old link’s query, then moves it into the fragment and out of the address bar', async () => {
    visit('?regimen=ivig&wt=70#at=result');
    const m = await freshModules();
    m.startPageState(m.caseBinding, m.binding(m.$dose, m.doseCodec));
    expect(m.$case.get().weight).toBe('70');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#regimen=ivig&wt=70&at=result');
  });

  it('keeps the case beside an in-page anchor the reader follows (the table of contents, #result)', async () => {
    visit('#wt=70&regimen=ivig');
    const m = await freshModules();
    m.startPageState(m.caseBinding, m.binding(m.$dose, m.doseCodec));
    window.history.replaceState(null, '', '/tools/dose-calculator/#result');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(window.location.hash).toBe('#wt=70&regimen=ivig&at=result');
    expect(m.$dose.get().regimen).toBe('ivig');
    m.setCaseField('age', '47');
    expect(window.location.hash).toBe('#wt=70&regimen=ivig&age=47&at=result');
  });

  it('reads a shared link opened over the page afresh, never mixed with the case on screen', async () => {
    visit('#wt=70&age=47');
    const m = await freshModules();
    m.startPageState(m.caseBinding);
    window.history.replaceState(null, '', '/tools/dose-calculator/#wt=55');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(m.$case.get()).toMatchObject({ weight: '55', age: '' });
  });

  it('remembers unit choices (and nothing else) and restores them on a visit without a link', async () => {
    const first = await freshModules();
    first.startPageState(first.caseBinding);
    first.setCaseField('weightUnit', 'lb');
    first.setCaseField('weight', '150');
    expect(window.localStorage.getItem('itp-pathway:units')).toBe('wtu=lb');

    visit('');
    const second = await freshModules();
    second.startPageState(second.caseBinding);
    expect(second.$case.get()).toMatchObject({ weightUnit: 'lb', weight: '' });
  });

  it.each(['#wt=70', '?wt=70'])('ignores remembered units when the page is opened from a link (%s), which must mean what it says', async (link) => {
    window.localStorage.setItem('itp-pathway:units', 'wtu=lb');
    visit(link);
    const m = await freshModules();
    m.startPageState(m.caseBinding);
    expect(m.$case.get()).toMatchObject({ weight: '70', weightUnit: 'kg' });
  });

  it('in an embed, neither applies remembered units nor stores new ones: the widget shows what its link says', async () => {
    window.localStorage.setItem('itp-pathway:units', 'wtu=lb');
    const m = await freshModules();
    m.startEmbedState(m.caseBinding);
    expect(m.$case.get().weightUnit).toBe('kg');
    m.setCaseField('heightUnit', 'in');
    expect(window.localStorage.getItem('itp-pathway:units')).toBe('wtu=lb');
  });

  it('works in a sandboxed frame: no storage, no history changes', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const m = await freshModules();
    expect(() => m.startPageState(m.caseBinding)).not.toThrow();
    expect(() => m.setCaseField('weight', '70')).not.toThrow();
    expect(m.$case.get().weight).toBe('70');
  });
});
