import { facetIndexRoute } from '../_facets/index-route';

/** Every agency that has releases, each linking to its listing: `/th/agency`. */
const route = facetIndexRoute('agency');

export const generateMetadata = route.generateMetadata;
export default route.Page;
