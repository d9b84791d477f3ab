/** Every correction on the site, newest first, with its story: for /corrections/ and its feed. */
import type { Story, StoryNote } from './story.ts';

export interface SiteCorrection {
  story: Story;
  note: StoryNote;
}

export function siteCorrections(stories: Story[]): SiteCorrection[] {
  return stories
    .flatMap((story) => story.corrections.map((note) => ({ story, note })))
    .sort((a, b) => b.note.date.getTime() - a.note.date.getTime() || a.story.id.localeCompare(b.story.id));
}
