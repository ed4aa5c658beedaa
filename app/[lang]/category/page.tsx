import { facetIndexRoute } from '../_facets/index-route';

/** Every category that has releases, each linking to its listing: `/th/category`. */
const route = facetIndexRoute('category');

export const generateMetadata = route.generateMetadata;
export default route.Page;
