import { facetListingRoute } from '../../../_facets/listing-route';

/** The releases of one agency: `/th/agency/<id>`, later pages `…/page/2`, English `…/with-thai`. */
const route = facetListingRoute('agency');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
