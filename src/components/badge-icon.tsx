/**
 * Icons for the card's notices, drawn as inline SVG. The Unicode symbols they replace ("⏸" U+23F8,
 * "⌛" U+231B) are in neither DejaVu nor Noto CJK, the fonts a Debian Chromium has, and came out as
 * empty boxes. The icon takes the text's colour and size; the text beside it carries the meaning.
 */
const PATHS = {
  // Two bars: data held still because the refresh failed.
  paused: 'M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z',
  // An hourglass: the feed is behind its publication schedule.
  behind: 'M3 1h10v1.5H3zM3 13.5h10V15H3zM4.5 3h7L8 8zM8 8l3.5 5h-7z',
  // A clock face: figures replayed as known on a past day.
  replay: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11zM7.25 4h1.5v3.6l2.5 1.45-.75 1.3-3.25-1.9z',
} as const satisfies Record<string, string>;

export type BadgeIconName = keyof typeof PATHS;

export function BadgeIcon({ name }: { name: BadgeIconName }) {
  return (
    <svg className="badge-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" data-icon={name}>
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
