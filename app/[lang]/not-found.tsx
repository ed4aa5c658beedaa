import { NotFoundView } from '@/components/NotFoundView';

/** A 404 inside a language (an unknown slug): the `[lang]` layout has set `<html lang>` already. */
export default function NotFound() {
  return <NotFoundView langs={['th', 'en']} />;
}
