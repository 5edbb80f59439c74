// Keys and choices the user sets in the page, kept in this browser only. The admin key is not among them: the
// settings dialog sends it once to open the queue dashboard (startDashboardSession in api.ts) and forgets it.
const get = (k: string) => localStorage.getItem(`lardom.${k}`) ?? '';
const set = (k: string, v: string) => (v ? localStorage.setItem(`lardom.${k}`, v) : localStorage.removeItem(`lardom.${k}`));

/** The user's keys, language and comparison tray. */
export const settings = {
  writeKey: () => get('writeKey'),
  setWriteKey: (v: string) => set('writeKey', v.trim()),
  readKey: () => get('readKey'),
  setReadKey: (v: string) => set('readKey', v.trim()),
  lang: (): 'sv' | 'en' => (get('lang') === 'en' ? 'en' : 'sv'),
  setLang: (v: 'sv' | 'en') => set('lang', v),
  tray: (): { id: string; name: string }[] => {
    try {
      return JSON.parse(get('tray') || '[]') as { id: string; name: string }[];
    } catch {
      return [];
    }
  },
  setTray: (items: { id: string; name: string }[]) => set('tray', JSON.stringify(items.slice(0, 5))),
};
