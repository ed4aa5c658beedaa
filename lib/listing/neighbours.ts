import type { Archive, Story } from '../content';
import { indexes } from './indexes';

/** The releases just before (older) and just after (newer) a story in date order. */
export function neighbours(archive: Archive, story: Story): { older?: Story; newer?: Story } {
  const i = indexes(archive).position.get(story.slug);
  if (i === undefined) return {};
  const older = archive.stories[i + 1];
  const newer = i > 0 ? archive.stories[i - 1] : undefined;
  return { ...(older && { older }), ...(newer && { newer }) };
}
