import { facetListingRoute } from '../../../_facets/listing-route';

/** The releases of one category: `/th/category/<id>`, later pages `…/page/2`, English `…/with-thai`. */
const route = facetListingRoute('category');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
