/** The digest page: pick a week, preview its digest, download it in every format. */
@NullMarked
package org.frontierledger.ui.digest;

import org.jspecify.annotations.NullMarked;
